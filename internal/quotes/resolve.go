package quotes

import (
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dateline-news/dateline"
)

// resolver turns speaker mentions into names: entity links from the actors
// stage, pronouns to the most salient preceding person or body, and proper
// names read from the text when no entity is known.
type resolver struct {
	st      *Stage
	prev    dateline.Speaker  // the previous quote's resolved speaker
	prevGen string            // its gender when known
	quoted  []dateline.Span   // the quoted passages: names inside are less salient
	nested  bool              // resolving a quote nested in another
	stmt    dateline.Speaker  // the issuer of the latest statement quoted
	genders map[string]string // genders of names no entity links, from the pronouns that named them
}

func newResolver(s *Stage) *resolver { return &resolver{st: s, prev: dateline.Speaker{Entity: -1}} }

var fieldRank = map[dateline.Field]int{dateline.InHeadline: 0, dateline.InSubheadline: 1, dateline.InBody: 2}

func before(a, b dateline.Span) bool {
	if fieldRank[a.Field] != fieldRank[b.Field] {
		return fieldRank[a.Field] < fieldRank[b.Field]
	}
	return a.Start < b.Start
}

func (r *resolver) resolve(a *dateline.Article, f *found) {
	if f.inherit != nil {
		f.q.Speaker = f.inherit.q.Speaker
	}
	sp := &f.q.Speaker
	if sp.Mention == "" {
		return
	}
	if f.inherit != nil {
		return
	}
	if f.anteText != "" {
		// "X, who said": the mention is "who", the name X's
		who, whoSpan := sp.Mention, sp.Span
		sp.Mention, sp.Span = f.anteText, f.ante
		defer func() { sp.Mention, sp.Span = who, whoSpan }()
	}
	low := strings.ToLower(sp.Mention)
	if subj, ok := objectPronouns[low]; ok {
		low = subj
	}
	if g, ok := pronouns[low]; ok {
		sp.Name, sp.Entity = "", -1
		if low == "i" {
			return
		}
		if n, ok := r.unlinkedSubject(a, f, g); ok {
			// "Ferrero-Waldner said …. “…,” she said": the sentence
			// before names the speaker, though no entity links the name
			sp.Name, sp.Entity = n, -1
			r.remember(a, *sp, g)
			return
		}
		e, score := r.pronoun(a, sp.Span, g)
		if ps, ok := r.prevUnlinked(a, sp.Span, g); ok && ps > score {
			e = -1 // the previous speaker, named by no entity, is nearer
		}
		if e >= 0 {
			sp.Entity = e
			sp.Name = entityName(a, e)
		} else if r.prev.Name != "" && (g == "p") == (r.prevGen == "p") && (g == "p" || r.prevGen == "" || r.prevGen == g) {
			sp.Name, sp.Entity = r.prev.Name, r.prev.Entity
		}
		r.remember(a, *sp, g)
		return
	}
	// a mention linked by the actors stage
	// the first named entity inside the mention: "James Jeffrey, the US
	// Special Representative" is James Jeffrey; a person before a body
	// a body before a place or country: "Turkey's defense ministry" is
	// the ministry, not Turkey — the mention holding the phrase's head
	// noun wins among mentions of one rank
	headLo, headHi := mouthpieceHead(sp.Mention)
	headLo, headHi = headLo+sp.Span.Start, headHi+sp.Span.Start
	// a relative clause after the speaker's phrase names others: "the
	// opposition New Democracy party, whose motion against Tsipras failed"
	coreEnd := sp.Span.Start + relativeCut(sp.Mention)
	best, bestStart, bestEnd, bestRank, bestHead := -1, 0, 0, 0, false
	for _, m := range a.Mentions {
		if m.Entity < 0 || m.Entity >= len(a.Entities) || m.Field != sp.Span.Field {
			continue
		}
		if lo, hi := max(m.Start, sp.Span.Start), min(m.End, coreEnd); hi <= lo {
			continue
		}
		rank := 1
		if e := a.Entities[m.Entity]; e.Type == dateline.Person && m.Kind != dateline.MentionRole {
			rank = 3
		} else if m.Kind != dateline.MentionDemonym && m.Kind != dateline.MentionMetonym {
			rank = 2
		}
		head := headHi > headLo && m.Start <= headLo && m.End >= headHi
		if rank < 3 && headHi > headLo && m.Start >= headHi && placePrep(sp.Mention[headLo-sp.Span.Start:headHi-sp.Span.Start], sp.Mention[headHi-sp.Span.Start:m.Start-sp.Span.Start]) {
			continue // "a medical source at al-Kindi hospital": where the speaker is
		}
		if best < 0 || rank > bestRank || (rank == bestRank && (head && !bestHead || head == bestHead && m.Start < bestStart)) {
			best, bestStart, bestEnd, bestRank, bestHead = m.Entity, m.Start, m.End, rank, head
		}
	}
	if best >= 0 && bestRank < 3 {
		// "Chen Xu, China's envoy to the UN": a name before the
		// appositive that no entity links is the speaker, not the body or
		// place the appositive names
		if i := strings.IndexByte(sp.Mention, ','); i > 0 && sp.Span.Start+i <= bestStart {
			if n := properName(sp.Mention[:i]); n != "" && len(strings.Fields(n)) >= 2 {
				sp.Name, sp.Entity = n, -1
				r.remember(a, *sp, "")
				return
			}
		}
	}
	if best >= 0 && bestStart < sp.Span.Start+strings.LastIndexByte(sp.Mention, ',') {
		// "A spokesman for Secretary-General Antonio Guterres, Stephane
		// Dujarric": the name after the role speaks, not the one inside it
		i := strings.LastIndexByte(sp.Mention, ',')
		after := strings.TrimSpace(sp.Mention[i+1:])
		if n := properName(after); n != "" && n == after && len(strings.Fields(n)) >= 2 {
			if e := personAt(a, sp.Span.Field, sp.Span.Start+i+1, sp.Span.End); e >= 0 {
				sp.Name, sp.Entity = entityName(a, e), e
			} else {
				sp.Name, sp.Entity = n, -1
			}
			r.remember(a, *sp, "")
			return
		}
	}
	party, partyAt := partyName(sp.Mention[:coreEnd-sp.Span.Start])
	if best >= 0 && !(party != "" && !bestHead && bestRank < 3 && bestEnd <= sp.Span.Start+partyAt) {
		// (but "the opposition New Democracy party" is the party its
		// name and head noun give, not the opposition at large)
		sp.Entity = best
		sp.Name = entityName(a, best)
		r.remember(a, *sp, "")
		return
	}
	sp.Name = properName(sp.Mention)
	if i := strings.LastIndex(sp.Mention, sp.Name); sp.Name != "" && headHi > headLo && sp.Span.Start+i >= headHi && placePrep(sp.Mention[headLo-sp.Span.Start:headHi-sp.Span.Start], sp.Mention[headHi-sp.Span.Start:i]) {
		sp.Name = "" // "a senior fellow at the Center for Global Development"
	}
	if sp.Name == "" {
		sp.Name = party
	} else if e := surnameEntity(a, sp.Name, sp.Span); e >= 0 {
		// "Mrs. May" that no entity links is the Theresa May named before
		sp.Name, sp.Entity = entityName(a, e), e
	}
	if sp.Name == "" {
		core := cutAside(sp.Mention)
		if e := r.described(a, core, sp.Span); e >= 0 {
			// "Andriy Yermak … wrote. “…,” the 51-year-old official
			// wrote": a description restates the person last named
			sp.Entity = e
			sp.Name = entityName(a, e)
		} else if e := r.bodyMouthpiece(a, core, sp.Span); e >= 0 {
			// "a ministry spokesman told …": the ministry named before
			// speaks through him
			sp.Entity = e
			sp.Name = entityName(a, e)
		} else if e := roleReferent(a, core, sp.Span); e >= 0 && !indefinite(core) {
			// (but "a minister" is none named before: "Prime Minister
			// X met …, a minister said")
			sp.Entity = e
			sp.Name = entityName(a, e)
		} else if head, ok := definiteHead(core); ok {
			switch {
			case docNouns[head] && r.stmt.Name != "":
				// "The statement said": the statement's issuer speaks
				sp.Name, sp.Entity = r.stmt.Name, r.stmt.Entity
			case bodyNouns[head]:
				// "the organization said": the body so named before
				if e := referent(a, []string{head}, sp.Span); e >= 0 {
					sp.Name, sp.Entity = entityName(a, e), e
				}
			case personNouns[head]:
				// "the Green politician": the most salient person before
				if e, _ := r.pronoun(a, sp.Span, "x"); e >= 0 {
					sp.Name, sp.Entity = entityName(a, e), e
				}
			}
		}
		if sp.Name == "" {
			// "police and medical sources said", "witnesses said": a
			// group with no name of its own is named by its words
			sp.Name = groupName(sp.Mention)
		}
	}
	r.remember(a, *sp, "")
}

// relativeOpeners open a relative clause after a speaker's phrase.
var relativeOpeners = set("who", "whose", "which", "whom")

// relativeCut returns the length of a speaker mention before a relative
// clause that follows its phrase (", whose …", ", which …"), or the whole
// length when there is none.
func relativeCut(m string) int {
	toks := tokenize(m, 0, len(m))
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].is(",") && relativeOpeners[toks[i+1].low] {
			return toks[i].start
		}
	}
	return len(m)
}

// partyNouns head a mention of a party or movement named by the capitalised
// words before them ("the opposition New Democracy party").
var partyNouns = set("party", "movement", "alliance", "coalition", "bloc", "front")

// partyName reads the name of a party or movement from a speaker mention:
// the capitalised words and the noun that heads the phrase ("the opposition
// New Democracy party" → "New Democracy party"), with its offset in m. A
// single demonym-like word names no party ("the Russian party"); "" when
// there is no such name.
func partyName(m string) (string, int) {
	toks := tokenize(m, 0, len(m))
	for i, t := range toks {
		if t.is(",") || t.is("(") {
			toks = toks[:i]
			break
		}
	}
	n := len(toks)
	if n < 2 || !partyNouns[toks[n-1].low] || toks[n-1].isCap() {
		return "", 0
	}
	i := n - 1
	for i > 0 && toks[i-1].isCap() && toks[i-1].isWord() && !determiners[toks[i-1].low] {
		i--
	}
	if i == n-1 || i == 0 && n-1-i == 1 {
		return "", 0 // no name, or a sentence-initial capital ("Opposition party")
	}
	if n-1-i == 1 && demonymLike(toks[i].low) {
		return "", 0
	}
	return m[toks[i].start:toks[n-1].end], toks[i].start
}

// demonymLike reports whether a word looks like a demonym ("Russian",
// "Chinese", "Turkish", "Israeli").
func demonymLike(w string) bool {
	for _, suf := range []string{"an", "ese", "ish", "i"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// unlinkedSubject reads the antecedent of a he or she that speaks after the
// sentence before it in its paragraph opens with a person's name that no
// entity links: "Deputy head of the interim government Azimbek Beknazarov
// blamed …. “…,” he said" (a title before the name may be linked to someone
// else). The name must be of two words or more, or a surname written
// with a given name before; false when the subject is linked, when there is no
// such name, and when the previous quote's speaker is a person the pronoun
// may name.
func (r *resolver) unlinkedSubject(a *dateline.Article, f *found, g string) (string, bool) {
	p := f.para
	if r.st == nil || r.nested || (g != "m" && g != "f") || p == nil || f.spkTok[0] < 0 || f.spkTok[0] >= len(p.toks) {
		return "", false
	}
	if e := r.prev.Entity; e >= 0 && e < len(a.Entities) && a.Entities[e].Type == dateline.Person && (a.Entities[e].Gender == "" || a.Entities[e].Gender == g) {
		return "", false // the last speaker, a person who may be meant, goes on
	}
	u := p.unitOf(f.spkTok[0])
	if u < 1 {
		return "", false
	}
	toks := p.toks
	lo, hi := p.units[u-1][0], p.units[u-1][1]
	np, ok := r.st.subject(toks, lo, hi)
	if !ok || toks[np[0]].quote >= 0 || !toks[np[1]-1].isCap() {
		return "", false
	}
	text := a.Text(p.field)
	m := text[toks[np[0]].start:toks[np[1]-1].end]
	name := properName(m)
	if name == "" || strings.ContainsAny(name, ",(") {
		return "", false
	}
	// the name's words: no entity may link them (a linked name is
	// weighed with the others by pronoun)
	at := toks[np[0]].start + strings.LastIndex(m, name)
	for _, mn := range a.Mentions {
		if mn.Entity >= 0 && mn.Field == p.field && mn.Start < at+len(name) && mn.End > at {
			return "", false
		}
	}
	if !personName(a, name) {
		return "", false // "Nobody asked …", "Allies say …"
	}
	if known := r.genders[name]; known != "" && known != g {
		return "", false // named "she" before
	}
	// an object pronoun of the same gender in the sentence is someone
	// else: "Axelrod emailed her …. She replied …"
	obj := "him"
	if g == "f" {
		obj = "her"
	}
	for i := lo; i < hi; i++ {
		if toks[i].quote < 0 && toks[i].low == obj && toks[i].tag != "PRP$" {
			return "", false
		}
	}
	if bodyNouns[strings.ToLower(lastWord(name))] || orgWords[strings.ToLower(lastWord(name))] {
		return "", false
	}
	return name, true
}

// objectAfter reports whether the sentence naming sp has, after it and
// outside quotations, the object form of the pronoun of gender g ("her",
// "him"): that pronoun is someone else, whom a later one may name too.
func (r *resolver) objectAfter(a *dateline.Article, sp dateline.Span, g string) bool {
	obj := map[string]string{"m": "him", "f": "her"}[g]
	if obj == "" {
		return false
	}
	i := sentenceAt(a, sp)
	if i < 0 {
		return false
	}
	text := a.Text(sp.Field)
	for _, t := range a.Sentences[i].Tokens {
		if t.Start < sp.End || !strings.EqualFold(text[t.Start:t.End], obj) || t.Tag == "PRP$" {
			continue // (but "her program" is anyone's)
		}
		inQuote := false
		for _, q := range r.quoted {
			inQuote = inQuote || q.Field == sp.Field && q.Start <= t.Start && t.End <= q.End
		}
		if !inQuote {
			return true
		}
	}
	return false
}

// personName reports whether a name no entity links reads as a person's:
// two words or more, none of them a function word or a title ("The Most
// Powerful Things", "Wisconsin Republican"), or one word written after a
// given name somewhere in the article ("Benita Ferrero-Waldner").
func personName(a *dateline.Article, name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return fullNameBefore(a, name)
	}
	for _, w := range ws {
		l := strings.ToLower(strings.TrimSuffix(w, "."))
		if titleSmall[l] || determiners[l] || nameTitles[l] && l != "state" {
			return false
		}
	}
	return true
}

// fullNameBefore reports whether the article names someone with a given name
// before the one-word name: "Benita Ferrero-Waldner" before "Ferrero-Waldner".
func fullNameBefore(a *dateline.Article, name string) bool {
	for _, text := range []string{a.Headline, a.Body} {
		for i := 0; ; {
			k := strings.Index(text[i:], " "+name)
			if k < 0 {
				break
			}
			at := i + k
			j := at
			for j > 0 && text[j-1] != ' ' && text[j-1] != '\n' {
				j--
			}
			if w := text[j:at]; w != "" && isCapWord(w) && !nameTitles[strings.ToLower(strings.TrimSuffix(w, "."))] && !notGiven(w) {
				return true
			}
			i = at + 1
		}
	}
	return false
}

// surnameEntity returns the one person named before at whose full name ends
// with the one-word name ("May" of "Theresa May"), or -1.
func surnameEntity(a *dateline.Article, name string, at dateline.Span) int {
	if strings.Contains(name, " ") {
		return -1
	}
	found := -1
	for _, m := range a.Mentions {
		if m.Entity < 0 || m.Entity >= len(a.Entities) || m.Entity == found || !before(m.Span, at) {
			continue
		}
		e := a.Entities[m.Entity]
		if e.Type != dateline.Person || !strings.HasSuffix(e.Name, " "+name) {
			continue
		}
		if found >= 0 {
			return -1 // two of that name
		}
		found = m.Entity
	}
	return found
}

// notGiven reports whether a capitalised word before a name is no given
// name: a function word opening a sentence ("On Tuesday"), a weekday or a
// month.
func notGiven(w string) bool {
	l := strings.ToLower(w)
	_, wd := weekdays[l]
	_, mo := months[l]
	return titleSmall[l] || determiners[l] || npStop[l] || wd || mo
}

// isCapWord reports whether w is a capitalised word of letters.
func isCapWord(w string) bool {
	toks := tokenize(w, 0, len(w))
	return len(toks) == 1 && toks[0].isWord() && toks[0].isCap()
}

// leadTitles head an indefinite speaker of a story's lead whom the next
// paragraphs name: "…, a minister said on Friday." then "“…,” Elections
// Minister Mathias Pierre said." Officials and sources stay unnamed: the
// official named later is often another.
var leadTitles = set("minister", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy",
	"governor", "mayor", "commander", "prosecutor")

// namedAfterLead gives an unresolved indefinite speaker of the lead's
// indirect speech ("a minister said", "a Chinese foreign ministry
// spokesperson said") the first person quoted in the two
// paragraphs after it under a title with the same noun, when the lead names
// no one else with it.
func namedAfterLead(a *dateline.Article, out []*found, parents map[*found]*found) {
	for i, f := range out {
		sp := f.q.Speaker
		// (an entity of the knowledge base for the office alone, "Chinese
		// foreign ministry spokesperson", names no one either)
		anonymous := sp.Name == "" || sp.Entity >= 0 && sp.Entity < len(a.Entities) && a.Entities[sp.Entity].Type == dateline.Person && properName(sp.Name) == ""
		if _, nested := parents[f]; nested || !anonymous || f.q.Field != dateline.InBody || f.para == nil || f.para.idx != 0 {
			continue
		}
		words := strings.Fields(strings.ToLower(cutAside(sp.Mention)))
		if len(words) < 2 || len(words) > 6 || (words[0] != "a" && words[0] != "an") || !leadTitles[words[len(words)-1]] {
			continue
		}
		title := words[len(words)-1]
		for _, g := range out[i+1:] {
			if _, nested := parents[g]; nested || g.q.Field != dateline.InBody || g.para == nil {
				continue
			}
			if g.para.idx > 2 {
				break
			}
			gs := g.q.Speaker
			if gs.Name == "" || !hasWord(gs.Mention, title) {
				continue
			}
			person := gs.Entity >= 0 && gs.Entity < len(a.Entities) && a.Entities[gs.Entity].Type == dateline.Person ||
				gs.Entity < 0 && len(strings.Fields(gs.Name)) >= 2
			if person && !titleInLead(a, f.para, title, sp.Span) {
				f.q.Speaker.Name, f.q.Speaker.Entity = gs.Name, gs.Entity
			}
			break
		}
	}
}

// indefinite reports whether a mention opens with "a" or "an".
func indefinite(m string) bool {
	w := strings.ToLower(firstWord(m))
	return w == "a" || w == "an"
}

// hasWord reports whether s holds the word w, in any case.
func hasWord(s, w string) bool {
	for _, x := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if x == w {
			return true
		}
	}
	return false
}

// titleInLead reports whether the lead paragraph p uses the title outside
// the speaker's mention at sp ("Prime Minister X met … , a minister said":
// the minister may be X).
func titleInLead(a *dateline.Article, p *para, title string, sp dateline.Span) bool {
	for _, t := range p.toks {
		if t.low == title && (t.start < sp.Start || t.start >= sp.End) {
			return true
		}
	}
	return false
}

// orgWords end the name of a body, not a person's ("Interior Ministry").
var orgWords = set("ministry", "department", "government", "office", "service", "army", "police", "forces",
	"embassy", "news", "times", "post", "press", "television", "radio", "institute", "foundation", "bank",
	"group", "association", "network", "university", "federation", "society", "assembly", "parliament")

// groupNouns head a mention of a group that speaks with no name of its
// own: police, witnesses, sources.
var groupNouns = set("police", "witnesses", "sources", "officials", "residents", "activists", "organisers",
	"organizers", "lawmakers", "legislators", "protesters", "demonstrators", "medics", "rescuers", "doctors",
	"paramedics", "analysts", "diplomats", "observers", "monitors", "investigators", "prosecutors", "villagers",
	"survivors", "relatives", "campaigners", "opponents", "critics", "supporters", "eyewitnesses", "authorities")

// groupLeaders may open a group mention and are no part of its name.
var groupLeaders = set("the", "a", "an", "some", "several", "many", "other", "two", "three", "four", "five",
	"its", "their", "these", "those", "numerous", "multiple", "dozens", "hundreds", "thousands", "more", "most")

// groupName returns the words of a mention headed by a group noun,
// without a leading determiner ("police and medical sources",
// "Republican lawmakers"); "" for other mentions.
func groupName(m string) string {
	toks := tokenize(m, 0, len(m))
	end := len(toks)
	for i, t := range toks {
		if i > 0 && headStops[t.low] && t.low != "of" {
			end = i
			break
		}
	}
	start := 0
	for i := 0; i < end; i++ {
		if toks[i].low == "of" {
			start = i + 1 // "hundreds of protesters", "one of two witnesses"
		}
	}
	for start < end && (groupLeaders[toks[start].low] || isNumber(toks[start])) {
		start++
	}
	if start >= end || !groupNouns[toks[end-1].low] {
		return ""
	}
	for _, t := range toks[start:end] {
		if !t.isWord() {
			return ""
		}
	}
	return m[toks[start].start:toks[end-1].end]
}

// placePrep reports whether the words between a speaker's head noun and a
// name after it open with "at" or "in": the name is where the speaker is.
// But a document in a publication speaks for it ("a report in the Des
// Moines Register"): head is the mention's head noun.
func placePrep(head, between string) bool {
	if mediumNouns[strings.ToLower(head)] {
		return false
	}
	w := strings.ToLower(firstWord(between))
	return w == "at" || w == "in"
}

// mediumNouns name what a publication or a broadcaster prints or airs.
var mediumNouns = set("report", "reports", "article", "story", "stories", "editorial", "column", "op-ed",
	"piece", "interview", "post", "letter", "poll", "polls", "survey", "study", "analysis", "statement", "release")

// headStops end the head noun phrase of a speaker mention: "the Russian
// embassy in Washington", "a spokesman for the ministry", "X, a doctor".
var headStops = set(",", "(", "of", "for", "in", "at", "to", "from", "on", "with", "who", "which", "that")

// mentionHead returns the byte range, inside the mention, of the head noun
// of its first noun phrase: the last word before a preposition, a comma or
// a relative pronoun. An empty range when there is none.
func mentionHead(m string) (int, int) {
	toks := tokenize(m, 0, len(m))
	last := -1
	for i, t := range toks {
		if i > 0 && headStops[t.low] {
			break
		}
		if t.isWord() {
			last = i
		}
	}
	if last < 0 {
		return 0, 0
	}
	return toks[last].start, toks[last].end
}

// mouthpieceNouns name one who speaks for a body named after "for".
var mouthpieceNouns = set("spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen")

// mouthpieceHead is mentionHead, but for a mouthpiece of a body ("the
// spokeswoman for the U.S. State Department", "a spokesman for Turkey's
// defense ministry") the head of the body's phrase: the body speaks, not
// the country that modifies it.
func mouthpieceHead(m string) (int, int) {
	lo, hi := mentionHead(m)
	if !mouthpieceNouns[strings.ToLower(m[lo:hi])] {
		return lo, hi
	}
	rest := m[hi:]
	after, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), "for ")
	if !ok {
		return lo, hi
	}
	at := len(m) - len(after)
	blo, bhi := mentionHead(after)
	if bhi <= blo {
		return lo, hi
	}
	return at + blo, at + bhi
}

// docNouns name a document that speaks for its issuer ("the statement
// said", "the text said").
var docNouns = set("statement", "communique", "communiqué", "declaration", "release", "readout", "text")

// bodyMouthpiece resolves "a ministry spokesman", "an embassy spokeswoman"
// (a body noun before a mouthpiece noun, no name) to the body of that kind
// named last before at; -1 when the mention is not such or none is named.
func (r *resolver) bodyMouthpiece(a *dateline.Article, core string, at dateline.Span) int {
	toks := tokenize(core, 0, len(core))
	if len(toks) != 3 || !indefinite(core) || !mouthpieceNouns[toks[2].low] || toks[1].isCap() {
		return -1
	}
	keys, ok := roleWords[toks[1].low]
	if !ok || !orgWords[toks[1].low] {
		return -1
	}
	return referent(a, keys, at)
}

// bodyNouns head a definite mention of a body named before by a name
// holding the noun ("the organization" after "the Collective Security
// Treaty Organization").
var bodyNouns = set("organization", "organisation", "alliance", "bloc", "agency", "council", "committee",
	"union", "commission", "court", "company", "directorate", "command", "corps", "movement", "party", "front")

// personNouns head a definite role mention of one person that no entity's
// role fits ("the Green politician", "the veteran lawmaker").
var personNouns = set("politician", "lawmaker", "legislator", "official", "diplomat", "leader", "minister",
	"veteran", "negotiator", "envoy", "chancellor", "premier", "president", "spokesman", "spokeswoman",
	"spokesperson", "commander", "general", "senator", "congressman", "congresswoman", "governor", "mayor",
	"prosecutor", "secretary", "ambassador", "head", "chief", "politician", "monarch", "cleric")

// definiteHead returns the head noun of a definite mention with no proper
// name ("the Green politician" → "politician"); false for other mentions.
func definiteHead(m string) (string, bool) {
	toks := tokenize(m, 0, len(m))
	if len(toks) < 2 || (toks[0].low != "the" && toks[0].low != "this") {
		return "", false
	}
	for _, t := range toks[1:] {
		if !t.isWord() {
			return "", false // "the minister, who …"
		}
	}
	return toks[len(toks)-1].low, true
}

// asidePreps open an aside after a speaker's noun ("the ministry, in a
// statement, said").
var asidePreps = set("in", "on", "at", "during", "after", "via")

// cutAside returns a speaker mention without an aside after a comma:
// "the ministry, in a statement" is "the ministry".
func cutAside(m string) string {
	toks := tokenize(m, 0, len(m))
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].is(",") && asidePreps[toks[i+1].low] {
			return m[:toks[i].start]
		}
	}
	return m
}

// noteStatement remembers the issuer of a statement ("X said in a
// statement", "according to a statement by X") for a later "the statement
// said".
func (r *resolver) noteStatement(f *found) {
	sp := f.q.Speaker
	if sp.Name == "" || r.nested {
		return
	}
	if _, ok := definiteHead(sp.Mention); ok && docNouns[strings.ToLower(lastWord(sp.Mention))] {
		return
	}
	p := f.para
	if f.unit < 0 || f.unit >= len(p.units) {
		return
	}
	u := p.units[f.unit]
	for i := u[0]; i < u[1]; i++ {
		if t := p.toks[i]; (t.quote < 0 || t.mark) && docNouns[t.low] {
			r.stmt = sp
			return
		}
	}
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// roleWords maps the head noun of a role mention ("the diplomat", "the
// ministry") to words of the roles, titles or names it can refer to.
var roleWords = map[string][]string{
	"diplomat":     {"minister", "ambassador", "envoy", "diplomat", "secretary of state", "representative"},
	"minister":     {"minister"},
	"spokesman":    {"spokesman", "spokesperson", "spokeswoman", "press secretary"},
	"spokeswoman":  {"spokeswoman", "spokesperson", "spokesman", "press secretary"},
	"spokesperson": {"spokesperson", "spokesman", "spokeswoman", "press secretary"},
	"ministry":     {"ministry"},
	"department":   {"department"},
	"president":    {"president"},
	"envoy":        {"envoy", "representative", "ambassador"},
	"ambassador":   {"ambassador", "representative"},
	"secretary":    {"secretary"},
	"chancellor":   {"chancellor"},
	"premier":      {"prime minister", "premier"},
	"military":     {"military", "army", "armed forces", "defense forces", "defence forces"},
	"army":         {"army", "armed forces", "military"},
	"embassy":      {"embassy"},
	"police":       {"police"},
	"government":   {"government"},
	"leader":       {"president", "leader", "prime minister", "chancellor"},
	"official":     {"official", "minister", "spokesman", "spokesperson"},
}

// describers modify a definite person noun that restates someone just
// named rather than naming an office ("the veteran diplomat", "the former
// general"); an age ("the 51-year-old official") does the same.
var describers = set("veteran", "former", "longtime", "long-serving", "seasoned", "elderly", "young",
	"retired", "ex", "outspoken", "embattled", "hardline", "hard-line", "moderate", "conservative", "liberal")

// genericPersonNouns fit any person named with a public role.
var genericPersonNouns = set("official", "politician", "veteran", "leader", "head", "chief")

// described resolves a definite description of a person by age or
// character ("the 51-year-old official", "the veteran diplomat") to the
// most salient person named before, as for "he" — when the noun is one of
// an office, only if that person's roles carry it. -1 for other mentions
// or when none fits.
func (r *resolver) described(a *dateline.Article, core string, at dateline.Span) int {
	head, ok := definiteHead(core)
	if !ok || !personNouns[head] {
		return -1
	}
	toks := tokenize(core, 0, len(core))
	desc := false
	for _, t := range toks[1 : len(toks)-1] {
		desc = desc || describers[t.low] || strings.HasSuffix(t.low, "-year-old")
	}
	if !desc {
		return -1
	}
	e, _ := r.pronoun(a, at, "x")
	if e < 0 {
		return -1
	}
	if keys, ok := roleWords[head]; ok && !genericPersonNouns[head] && !entityFits(a.Entities[e], keys) {
		return -1
	}
	return e
}

// roleReferent resolves a role mention with no entity link ("the ministry",
// "diplomat") to the nearest entity before it — or, for a headline, the
// first in the body — whose role, titles or name carry the head noun's
// words. -1 when none does.
func roleReferent(a *dateline.Article, mention string, at dateline.Span) int {
	toks := tokenize(mention, 0, len(mention))
	if len(toks) == 0 {
		return -1
	}
	head := toks[len(toks)-1].low
	keys, ok := roleWords[head]
	if !ok {
		return -1
	}
	return referent(a, keys, at)
}

// referent returns the entity nearest before at whose role, titles or name
// carry one of keys; -1 when none does.
func referent(a *dateline.Article, keys []string, at dateline.Span) int {
	best, bestDist := -1, 0
	for _, m := range a.Mentions {
		if m.Entity < 0 || m.Entity >= len(a.Entities) || !entityFits(a.Entities[m.Entity], keys) {
			continue
		}
		var dist int
		switch {
		case m.Field == at.Field && m.End <= at.Start:
			dist = at.Start - m.End
		case at.Field != dateline.InBody && m.Field == dateline.InBody:
			dist = 1_000_000 + m.Start // a headline's referent is named in the body
		case before(m.Span, at):
			dist = 500_000
		default:
			continue
		}
		if best < 0 || dist < bestDist {
			best, bestDist = m.Entity, dist
		}
	}
	return best
}

// entityFits reports whether e's role, titles or name carry one of keys.
func entityFits(e dateline.Entity, keys []string) bool {
	hay := []string{strings.ToLower(e.Role), strings.ToLower(e.Name)}
	for _, r := range e.Roles {
		hay = append(hay, strings.ToLower(r.Title))
	}
	for _, h := range hay {
		for _, k := range keys {
			if h != "" && strings.Contains(h, k) {
				return true
			}
		}
	}
	return false
}

func (r *resolver) remember(a *dateline.Article, sp dateline.Speaker, g string) {
	if sp.Name == "" || r.nested {
		return
	}
	r.prev = sp
	r.prevGen = g
	if sp.Entity >= 0 {
		e := a.Entities[sp.Entity]
		switch {
		case e.Plural || e.Type == dateline.Org || e.Type == dateline.Group:
			r.prevGen = "p"
		case e.Gender != "":
			r.prevGen = e.Gender
		}
	} else if g == "" {
		r.prevGen = ""
		low := strings.ToLower(sp.Mention)
		switch {
		case strings.HasPrefix(low, "mr.") || strings.HasPrefix(low, "mr "):
			r.prevGen = "m"
		case strings.HasPrefix(low, "mrs") || strings.HasPrefix(low, "ms"):
			r.prevGen = "f"
		case sp.Name == groupName(sp.Mention):
			r.prevGen = "p" // "witnesses", "police and medical sources"
		case r.genders[sp.Name] != "":
			r.prevGen = r.genders[sp.Name] // named before, then "she said"
		}
	} else if g == "m" || g == "f" {
		// a name no entity links takes the gender of the pronoun that
		// named it once
		if r.genders == nil {
			r.genders = map[string]string{}
		}
		r.genders[sp.Name] = g
	}
}

// pronoun picks the entity a pronoun refers to: the most salient preceding
// person (he, she) or body (they) of matching gender and number. Salience
// is recency, the subject of a sentence over an object or a name after a
// preposition, the pronoun's own paragraph over earlier ones, and the
// previous quote's speaker; names inside someone's words count less.
func (r *resolver) pronoun(a *dateline.Article, at dateline.Span, g string) (int, float64) {
	best, bestScore := -1, 0.0
	atPara := paragraphOf(a, at)
	for _, m := range a.Mentions {
		if m.Entity < 0 || m.Entity >= len(a.Entities) || m.Kind == dateline.MentionPronoun || m.Kind == dateline.MentionDemonym {
			continue // "Russian" in "the Russian ministry" is no antecedent
		}
		if !before(m.Span, at) {
			continue
		}
		e := a.Entities[m.Entity]
		switch g {
		case "m", "f":
			if e.Type != dateline.Person || e.Plural || (e.Gender != "" && e.Gender != g) {
				continue
			}
		case "p":
			if !(e.Plural || e.Type == dateline.Org || e.Type == dateline.Group) {
				continue
			}
		case "n": // it: a body (a ministry is "it" or "they"), not a group of people or a place
			if e.Type != dateline.Org {
				continue
			}
		case "x": // a person of either gender
			if e.Type != dateline.Person || e.Plural {
				continue
			}
		default:
			continue
		}
		score := r.salience(a, m.Span, at, atPara, r.prev.Entity == m.Entity)
		if score > bestScore {
			best, bestScore = m.Entity, score
		}
	}
	return best, bestScore
}

// salience scores a candidate antecedent named at sp for a pronoun at at
// (in body paragraph atPara): recency, less inside someone's words, more
// for the previous quote's speaker (prev), a sentence's subject and the
// pronoun's own paragraph.
func (r *resolver) salience(a *dateline.Article, sp, at dateline.Span, atPara int, prev bool) float64 {
	dist := 0
	if sp.Field == at.Field {
		dist = at.Start - sp.End
	} else {
		dist = at.Start + 200
	}
	score := 1.0 / (1.0 + float64(dist)/300.0)
	for _, q := range r.quoted {
		if q.Contains(sp) {
			score *= 0.3 // named inside someone's words
			break
		}
	}
	if prev {
		score += 0.3
	}
	if subjectLike(a, sp) {
		score += 0.5
	}
	if atPara >= 0 && paragraphOf(a, sp) == atPara {
		score += 0.4
	}
	return score
}

// prevUnlinked scores the previous quote's speaker as the antecedent of a
// pronoun at at when no entity links its name ("said Katie Harbath, …. “…,”
// she said"): the score its mention earns as any named candidate, and
// false when there is no such speaker or it does not fit the pronoun.
func (r *resolver) prevUnlinked(a *dateline.Article, at dateline.Span, g string) (float64, bool) {
	pv := r.prev
	if pv.Entity >= 0 || pv.Name == "" || pv.Span.End <= pv.Span.Start || !before(pv.Span, at) {
		return 0, false
	}
	if !personName(a, pv.Name) {
		return 0, false // "The Gap Goes On:" names no one
	}
	if pp, ap := paragraphOf(a, pv.Span), paragraphOf(a, at); pp < 0 || ap < 0 || ap-pp > 1 {
		return 0, false // named in this paragraph or the one before
	}
	if r.objectAfter(a, pv.Span, g) {
		return 0, false // "Axelrod emailed her …, telling her “…”. She replied": someone else
	}
	switch g {
	case "m", "f":
		if r.prevGen != "" && r.prevGen != g {
			return 0, false
		}
	case "p":
		if r.prevGen != "p" {
			return 0, false
		}
	default:
		return 0, false
	}
	return r.salience(a, pv.Span, at, paragraphOf(a, at), true), true
}

// paragraphOf returns the index of the body paragraph holding sp, or -1.
func paragraphOf(a *dateline.Article, sp dateline.Span) int {
	if sp.Field != dateline.InBody {
		return -1
	}
	i := sort.Search(len(a.Paragraphs), func(i int) bool { return a.Paragraphs[i].End > sp.Start })
	if i < len(a.Paragraphs) && a.Paragraphs[i].Start <= sp.Start {
		return i
	}
	return -1
}

// subjectLike reports whether a mention reads as the subject of its
// sentence: no finite verb before it in the sentence, no preposition right
// before it, and no possessive after it ("Putin's decree was …" is about
// the decree).
func subjectLike(a *dateline.Article, sp dateline.Span) bool {
	text := a.Text(sp.Field)
	if rest := text[sp.End:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return false
	}
	k := sort.Search(len(a.Sentences), func(i int) bool {
		s := a.Sentences[i]
		if s.Field != sp.Field {
			return fieldRank[s.Field] > fieldRank[sp.Field]
		}
		return s.End > sp.Start
	})
	if k >= len(a.Sentences) || a.Sentences[k].Field != sp.Field || a.Sentences[k].Start > sp.Start {
		return false
	}
	s := a.Sentences[k]
	var prev dateline.Token
	aside := false // inside ", in a statement carried by …," after the subject
	for j, t := range s.Tokens {
		if t.End > sp.Start {
			break
		}
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
		if text[t.Start:t.End] == "," {
			aside = j > 0 && j+1 < len(s.Tokens) && s.Tokens[j+1].Tag == "IN" && s.Tokens[j+1].End <= sp.Start
		}
		prev = t
	}
	if aside {
		return false
	}
	if prev.End > prev.Start {
		switch strings.ToLower(text[prev.Start:prev.End]) {
		case "of", "to", "for", "with", "by", "from", "about", "against", "than", "between", "and", "or":
			return false
		}
		if prev.Tag == "IN" || prev.Tag == "TO" {
			return false
		}
	}
	return true
}

var nameTitles = set("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "prof",
	"rev", "sgt", "maj", "adm", "president", "senator", "governor", "secretary", "minister", "state",
	"foreign", "defense", "spokesman", "spokeswoman", "chairman", "democratic", "republican", "gop",
	"former", "vice", "prime", "attorney", "general", "chief", "judge", "mayor", "ambassador",
	"the", "u.s", "us", "uk", "un", "house", "senate", "speaker", "leader", "majority", "minority", "whip", "press",
	"white", "national", "security", "adviser", "campaign", "manager", "chair", "council", "committee",
	"justice", "panel", "executive", "director", "democrat", "republicans", "democrats", "sens", "reps", "representative", "candidate", "nominee")

// properName reads a proper name from a speaker mention: the last run of
// capitalised words, without titles. "" when there is none.
func properName(m string) string {
	toks := tokenize(m, 0, len(m))
	// cut an appositive
	for i, t := range toks {
		if t.is(",") || t.is("(") {
			toks = toks[:i]
			break
		}
	}
	end := len(toks)
	if end == 0 || !toks[end-1].isCap() {
		return "" // the head is a common noun: "the Russian defense ministry"
	}
	if end == 0 {
		return ""
	}
	start := end - 1
	for start > 0 {
		t := toks[start-1]
		if t.isCap() {
			start--
			continue
		}
		// "Court of Appeals for the 6th Circuit", "Bank of America"
		k := start - 1
		for k > 0 && (toks[k].low == "the" || isNumber(toks[k])) {
			k--
		}
		if (toks[k].low == "of" || toks[k].low == "for") && k > 0 && toks[k-1].isCap() {
			start = k
			continue
		}
		break
	}
	for start < end && nameTitles[toks[start].low] && end-start > 1 {
		start++
	}
	if start < end && nameTitles[toks[start].low] {
		return ""
	}
	if start < end && toks[start].low == "of" {
		start++
	}
	if start >= end {
		return ""
	}
	return m[toks[start].start:toks[end-1].end]
}

// quoteDate reads the date of a quote from its sentence ("on Tuesday", "on
// August 30", "yesterday", "earlier") relative to the article's date; the
// article's date when the sentence says nothing; zero when that is unknown.
func quoteDate(a *dateline.Article, f *found) dateline.Date {
	pub := a.Published
	if pub.IsZero() {
		return dateline.Date{}
	}
	p := f.para
	lo, hi := 0, len(p.toks)
	if f.unit >= 0 && f.unit < len(p.units) {
		lo, hi = p.units[f.unit][0], p.units[f.unit][1]
	}
	toks := p.toks
	for i := lo; i < hi; i++ {
		t := toks[i]
		if t.quote >= 0 && !t.mark {
			continue // the speaker's words are not the outlet's dating
		}
		if wd, ok := weekdays[t.low]; ok && t.isCap() {
			back := (int(pub.Time().Weekday()) - wd + 7) % 7
			if i > lo && toks[i-1].low == "next" {
				continue
			}
			return pub.AddDays(-back)
		}
		if m, ok := months[t.low]; ok && t.isCap() && i+1 < hi {
			d, err := strconv.Atoi(toks[i+1].text)
			if err != nil || d < 1 || d > 31 {
				continue
			}
			y := pub.Year
			if i+3 < hi && toks[i+2].is(",") {
				if yy, err := strconv.Atoi(toks[i+3].text); err == nil && yy > 1900 && yy < 2200 {
					y = yy
				}
			}
			dt := dateline.Date{Year: y, Month: timeMonth(m), Day: d}
			if y == pub.Year && pub.Before(dt) {
				dt.Year--
			}
			return dt
		}
		if t.low == "yesterday" {
			return pub.AddDays(-1)
		}
	}
	return pub
}

// insertions lists the editorial insertions — "[Russia]", "(both outlawed in
// Russia)" — inside the quote's parts.
func insertions(a *dateline.Article, f *found) []dateline.Span {
	if f.q.Kind == dateline.Indirect {
		return nil
	}
	var out []dateline.Span
	for _, sp := range f.q.Parts {
		text := a.Text(sp.Field)
		for i := sp.Start; i < sp.End; i++ {
			var closer byte
			switch text[i] {
			case '[':
				closer = ']'
			case '(':
				closer = ')'
			default:
				continue
			}
			j := strings.IndexByte(text[i:sp.End], closer)
			if j < 0 {
				continue
			}
			out = append(out, dateline.Span{Field: sp.Field, Start: i, End: i + j + 1})
			i += j
		}
	}
	return out
}

func timeMonth(m int) time.Month { return time.Month(m) }

// personAt returns the person an entity mention in [lo, hi) of field f
// names, or -1.
func personAt(a *dateline.Article, f dateline.Field, lo, hi int) int {
	for _, m := range a.Mentions {
		if m.Entity >= 0 && m.Entity < len(a.Entities) && m.Field == f && m.Start >= lo && m.End <= hi && a.Entities[m.Entity].Type == dateline.Person {
			return m.Entity
		}
	}
	return -1
}

// entityName is the name a speaker takes from entity e: none for a person
// the actors stage knows only by a role noun ("her boss" as "chairman",
// "he" as "mayor"), which the contract forbids as a name; the entity stays
// linked. (A body named by its common noun, "the health ministry", is the
// body speaking.)
func entityName(a *dateline.Article, e int) string {
	n := a.Entities[e].Name
	if a.Entities[e].Type == dateline.Person && strings.ToLower(n) == n {
		return ""
	}
	return n
}
