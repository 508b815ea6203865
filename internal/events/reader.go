package events

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/places"
)

// tok is one token of the sentence being read.
type tok struct {
	text, low, tag string
	start, end     int // byte offsets into the field
}

// match is one lexicon pattern found in a sentence.
type match struct {
	p            *Pattern
	start, end   int // token range [start, end)
	slotS, slotE int // token range of X, or -1
}

// clause kinds.
const (
	kMain = iota // a main clause: its first trigger is coded
	kSub         // a relative or adverbial clause: background, not coded
	kComp        // the complement of a speech cue: coded, reported
)

type clause struct {
	kind    int
	parent  int    // enclosing clause, -1 for none
	cond    bool   // a sub clause opened by "if"/"unless"
	speech  int    // for kComp: index into r.matches of the speech cue, else -1
	negated bool   // complement of a negating speech cue ("denied that")
	toks    []int  // token indices, in order
	opener  string // for kSub: the subordinator that opened it ("after", "who")
	ante    int    // for a ", who" clause: the last token of the person named before the comma, else -1
	own     bool   // a relative clause with its own named subject ("which Moscow blamed on Kyiv")
}

// factualOpeners open adverbial clauses that state an event as a fact
// ("after the US killed …", "as police fired tear gas"): their events are
// coded, asserted by the outlet. Conditions, concessions of the future
// ("until", "before", "unless") and relative clauses on things ("which …
// was", but see clause.own) stay background.
var factualOpeners = map[string]bool{"after": true, "as": true, "while": true, "when": true, "because": true, "since": true, "whereas": true, "where": true}

// coded reports whether the events of clause c are coded: main clauses,
// complements, factual adverbial clauses, ", who" and ", which" clauses
// about a named actor and ", which" clauses with their own named subject,
// when no background clause encloses them.
func (r *reader) coded(c int) bool {
	if r.clauses[c].own {
		// its own subject's act, told as a fact whatever clause it
		// hangs on, unless a condition encloses it
		for k := c; k >= 0; k = r.clauses[k].parent {
			if r.clauses[k].cond {
				return false
			}
		}
		return true
	}
	for k := c; k >= 0; k = r.clauses[k].parent {
		cl := r.clauses[k]
		if cl.kind != kSub {
			continue
		}
		if !r.factualClause(k) && cl.ante < 0 && !cl.own {
			return false
		}
	}
	return true
}

// factualClause reports whether sub clause k tells a fact in passing: a
// factual opener ("after", "as", "when" …), or "before" with a noun and no
// verb ("speaking before talks with King Abdullah": the talks took place;
// "before it rolls back its program" may never happen).
func (r *reader) factualClause(k int) bool {
	cl := r.clauses[k]
	if factualOpeners[cl.opener] {
		return true
	}
	if cl.opener != "before" {
		return false
	}
	for _, i := range cl.toks {
		if verbTag(r.toks[i].tag) || r.toks[i].tag == "MD" {
			return false
		}
	}
	return true
}

// factual reports whether clause c lies in a factual adverbial clause.
func (r *reader) factual(c int) bool {
	for k := c; k >= 0; k = r.clauses[k].parent {
		if r.clauses[k].kind == kSub && r.factualClause(k) {
			return true
		}
	}
	return false
}

// actor is one actor phrase read from the text.
type actor struct {
	ev   dateline.EventActor
	key  string // identity for de-duplication
	tokS int    // first token of the phrase
	bare bool   // a people phrase without a named actor ("the president")
}

// reader reads one sentence.
type reader struct {
	s        *Stage
	a        *dateline.Article
	si       int
	sent     dateline.Sentence
	text     string // the field's text
	toks     []tok
	matches  []match
	at       []int // token → index into matches of the chosen match covering it, -1
	clauses  []clause
	clauseOf []int // token → clause
	mentions []dateline.Mention
	mentAt   []int              // token → index into mentions (first mention overlapping it), -1
	dl       *dateline.Location // the dateline's place, looked up once per article (nil: none)
	unowned  *[]dateline.Event  // the article's hostile deeds told without a doer so far (see ownDeeds)
	audience []bool             // token → between a speech verb and its "that" ("told a rally in Tbilisi that")
	done     []dateline.Event   // the sentence's events coded so far
	tail     int                // token index where a trailing attribution starts ("…, officials said"), -1
	tailSpk  []actor
	pledged  int // token index of an act offered or promised ("offered to send teams"), read as intended; -1
	// placeMatches caches the gazetteer's matches in the sentence (nil: not
	// looked up yet).
	placeMatches []places.Match
}

func (s *Stage) newReader(a *dateline.Article, si int) *reader {
	sent := a.Sentences[si]
	r := &reader{s: s, a: a, si: si, sent: sent, text: a.Text(sent.Field), tail: -1, pledged: -1}
	r.tokenize()
	r.findMentions()
	r.findMatches()
	r.splitClauses()
	return r
}

// plainVerbs are verbs a tagger may take for nouns after a plural subject
// ("when the two meet").
var plainVerbs = map[string]bool{"meet": true, "talk": true, "agree": true, "clash": true, "fight": true, "visit": true, "speak": true}

// pluralSubjects are words that end a plural subject right before its verb.
var pluralSubjects = map[string]bool{"two": true, "three": true, "both": true, "they": true, "we": true, "sides": true, "leaders": true}

// tokenize copies the sentence's tokens, or splits it when the text stage
// gave none.
func (r *reader) tokenize() {
	if len(r.sent.Tokens) > 0 {
		r.toks = make([]tok, 0, len(r.sent.Tokens))
		for _, t := range r.sent.Tokens {
			if t.Start < 0 || t.End > len(r.text) || t.Start >= t.End {
				continue
			}
			r.add(t.Start, t.End, t.Tag)
		}
		if r.sent.Field == dateline.InHeadline && titleCase(r.toks) {
			// a headline in Title Case: the tagger takes its verbs for
			// names ("Britain Expels 23 Russian Diplomats"); read it untagged
			for i := range r.toks {
				r.toks[i].tag = ""
			}
		}
		// "when the two meet", "where they meet": the tagger's noun after
		// a plural subject word is the verb
		for i := 1; i < len(r.toks); i++ {
			if tk := &r.toks[i]; tk.tag == "NN" && plainVerbs[tk.low] && pluralSubjects[r.toks[i-1].low] {
				tk.tag = "VBP"
			}
		}
		// some tokenizers split "Lebanon's" as Lebanon ' s
		for i := 1; i < len(r.toks); i++ {
			if r.toks[i].low == "s" && (r.toks[i-1].low == "'" || r.toks[i-1].text == "’") && r.toks[i-1].end == r.toks[i].start {
				r.toks[i].low, r.toks[i].tag = "'s", "POS"
				r.toks[i-1].low, r.toks[i-1].tag = "'", "POS"
			}
		}
		return
	}
	s := r.text
	i := r.sent.Start
	end := min(r.sent.End, len(s))
	for i < end {
		c, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(c):
			i += w
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			j := i + w
			for j < end {
				d, dw := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(d) || unicode.IsDigit(d) {
					j += dw
					continue
				}
				if (d == '-' || d == '.' || d == '\'' || d == '’') && j+dw < end {
					e, _ := utf8.DecodeRuneInString(s[j+dw:])
					if unicode.IsLetter(e) || unicode.IsDigit(e) {
						j += dw
						continue
					}
				}
				break
			}
			// "didn't" → "did" "n't"
			if strings.HasSuffix(strings.ToLower(s[i:j]), "n't") && j-i > 3 {
				r.add(i, j-3, "")
				r.add(j-3, j, "")
			} else {
				r.add(i, j, "")
			}
			i = j
		default:
			r.add(i, i+w, "")
			i += w
		}
	}
}

// titleCase reports whether most longer words are capitalized (a headline
// in Title Case).
func titleCase(toks []tok) bool {
	n, caps := 0, 0
	for _, t := range toks {
		if len(t.text) < 4 || isPunct(t) {
			continue
		}
		n++
		if c, _ := utf8.DecodeRuneInString(t.text); unicode.IsUpper(c) {
			caps++
		}
	}
	return n >= 3 && caps*4 >= n*3
}

func (r *reader) add(start, end int, tag string) {
	t := r.text[start:end]
	low := strings.ToLower(strings.ReplaceAll(t, "’", "'"))
	if low != "." && low != "..." && strings.HasSuffix(low, ".") && strings.Count(low, ".") == 1 {
		low = strings.TrimSuffix(low, ".")
	}
	r.toks = append(r.toks, tok{text: t, low: low, tag: tag, start: start, end: end})
}

// findMentions collects the actors stage's mentions inside the sentence.
func (r *reader) findMentions() {
	r.mentAt = make([]int, len(r.toks))
	for i := range r.mentAt {
		r.mentAt[i] = -1
	}
	for _, m := range r.a.Mentions {
		if m.Field != r.sent.Field || m.End <= r.sent.Start || m.Start >= r.sent.End {
			continue
		}
		r.mentions = append(r.mentions, m)
	}
	sort.SliceStable(r.mentions, func(i, j int) bool { return r.mentions[i].Start < r.mentions[j].Start })
	for mi, m := range r.mentions {
		for ti, t := range r.toks {
			if t.end > m.Start && t.start < m.End && r.mentAt[ti] < 0 {
				r.mentAt[ti] = mi
			}
		}
	}
}

// currencySigns may stand inside a pattern's gap ("pledged $50 million").
var currencySigns = map[string]bool{"$": true, "€": true, "£": true, "¥": true, "US$": true}

// isPunct reports whether a token is punctuation.
func isPunct(t tok) bool {
	for _, c := range t.text {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

func nounTag(tag string) bool { return strings.HasPrefix(tag, "NN") }
func verbTag(tag string) bool { return strings.HasPrefix(tag, "VB") || tag == "MD" }

var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "'s": true, "get": true, "got": true, "gets": true, "getting": true, "'re": true, "am": true}

var determiners = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true, "this": true, "that": true, "these": true, "those": true, "our": true, "new": true, "further": true, "fresh": true}

// findMatches finds every lexicon pattern in the sentence and keeps the
// longest at each place, left to right, without overlaps.
// monthWords are capitalised month names that are also trigger or cue
// words in lower case.
var monthWords = map[string]bool{"March": true, "May": true}

func (r *reader) findMatches() {
	var all []match
	for i, t := range r.toks {
		if i > 0 && monthWords[t.text] {
			continue // "in March", "on May 3": a month, no march and no may
		}
		for _, p := range r.s.lex.byFirst[t.low] {
			end, ss, se, ok := r.try(p.elems, 0, i, -1, -1)
			if !ok || !r.posOK(p, i, end) {
				continue
			}
			all = append(all, match{p: p, start: i, end: end, slotS: ss, slotE: se})
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if a.p.literals != b.p.literals {
			return a.p.literals > b.p.literals
		}
		if a.end != b.end {
			return a.end > b.end
		}
		// later entries (user files) win ties
		if a.p.File != b.p.File {
			return a.p.File != "data/"+bundled
		}
		return a.p.Line > b.p.Line
	})
	r.at = make([]int, len(r.toks))
	for i := range r.at {
		r.at[i] = -1
	}
	for _, m := range all {
		free := true
		for k := m.start; k < m.end; k++ {
			if r.at[k] >= 0 && !(m.slotS >= 0 && k >= m.slotS && k < m.slotE) {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		// a longer match starting later beats a shorter one it overlaps only
		// when it starts at the same token; otherwise first come first served.
		r.matches = append(r.matches, m)
		for k := m.start; k < m.end; k++ {
			if m.slotS >= 0 && k >= m.slotS && k < m.slotE {
				continue
			}
			r.at[k] = len(r.matches) - 1
		}
	}
	sort.SliceStable(r.matches, func(i, j int) bool { return r.matches[i].start < r.matches[j].start })
	for i := range r.at {
		r.at[i] = -1
	}
	for mi, m := range r.matches {
		for k := m.start; k < m.end; k++ {
			if m.slotS >= 0 && k >= m.slotS && k < m.slotE {
				continue
			}
			r.at[k] = mi
		}
	}
}

// try matches elems[e:] at token i; it returns the end token.
func (r *reader) try(elems []elem, e, i, ss, se int) (int, int, int, bool) {
	if e == len(elems) {
		return i, ss, se, true
	}
	el := elems[e]
	switch {
	case el.gap > 0:
		for n := 0; n <= el.gap && i+n <= len(r.toks); n++ {
			if g := r.toks[i+n-1]; n > 0 && isPunct(g) && g.text != "-" && g.low != "'" && g.low != "'s" && !quoteMark(g) && !currencySigns[g.text] {
				break
			}
			if end, a, b, ok := r.try(elems, e+1, i+n, ss, se); ok {
				return end, a, b, true
			}
		}
		return 0, 0, 0, false
	case el.slot:
		if e == len(elems)-1 { // trailing X: the phrase that follows
			return i, i, i, true
		}
		for n := 1; n <= 8 && i+n <= len(r.toks); n++ {
			t := r.toks[i+n-1]
			if isPunct(t) && (t.text != "," || el.tight) && t.text != "-" && t.text != "." {
				break
			}
			if end, _, _, ok := r.try(elems, e+1, i+n, i, i+n); ok {
				return end, i, i + n, true
			}
		}
		return 0, 0, 0, false
	default:
		if i < len(r.toks) && el.words[r.toks[i].low] {
			if end, a, b, ok := r.try(elems, e+1, i+1, ss, se); ok {
				return end, a, b, true
			}
		}
		if el.opt {
			if end, a, b, ok := r.try(elems, e+1, i, ss, se); ok {
				return end, a, b, true
			}
		}
		if e > 0 && i < len(r.toks) && quoteMark(r.toks[i]) {
			// quoted words inside a pattern: called for the « immediate
			// release » of X
			return r.try(elems, e, i+1, ss, se)
		}
		return 0, 0, 0, false
	}
}

// quoteMark reports whether t is a quotation mark.
func quoteMark(t tok) bool {
	switch t.text {
	case "\"", "«", "»", "“", "”", "''", "``", "„":
		return true
	}
	return false
}

// posOK checks a match against the part-of-speech tags, when there are any:
// noun entries need a noun, verb entries a verb (or a word that a modal, "to"
// or an auxiliary makes a verb).
func (r *reader) posOK(p *Pattern, start, end int) bool {
	switch p.Type {
	case cueNeg, cueFuture, cueMaybe, cueMust, cueSector, cueBlame, cueWrong:
		return true
	}
	if p.Phrase {
		return true
	}
	first := r.toks[start]
	if first.tag == "" {
		return true
	}
	if p.Noun {
		// the last literal word is the noun
		for k := end - 1; k >= start; k-- {
			if !isPunct(r.toks[k]) {
				tg := r.toks[k].tag
				if tg == "VBG" || tg == "JJ" {
					// "the fighting", "fresh shelling"
					return k > 0 && (r.toks[k-1].tag == "DT" || r.toks[k-1].tag == "JJ" || r.toks[k-1].tag == "PRP$" || r.toks[k-1].tag == "POS")
				}
				return nounTag(tg)
			}
		}
		return false
	}
	if verbTag(first.tag) {
		return true
	}
	if r.headline() && first.tag == "NNS" && start > 0 && nounTag(r.toks[start-1].tag) && end > start+1 {
		// a headline's "… as opposition cries fraud": a verb the tagger
		// took for a plural noun, with its object in the pattern
		return true
	}
	if start > 0 {
		prev := r.toks[start-1].low
		if prev == "to" || beForms[prev] || prev == "will" || prev == "would" || prev == "not" || prev == "n't" ||
			prev == "has" || prev == "have" || prev == "had" || prev == "they" || prev == "we" || r.toks[start-1].tag == "MD" {
			return !determiners[prev]
		}
		if determiners[prev] || r.toks[start-1].tag == "DT" || r.toks[start-1].tag == "PRP$" || r.toks[start-1].tag == "JJ" {
			return false
		}
	}
	if (first.tag == "JJ" || first.tag == "NN") && start > 0 && r.toks[start-1].tag == "RB" && p.Type != cueSpeech {
		return true // "sexually abused", "reportedly shelled"
	}
	if nounTag(first.tag) || first.tag == "JJ" {
		// taggers often take sentence-medial verbs after a plural subject
		// for nouns; accept when a noun or name precedes directly.
		if start == 0 {
			return false
		}
		if pt := r.toks[start-1].tag; (pt == "NNS" || pt == "NNP" || pt == "NNPS" || pt == "PRP") && p.Type != cueSpeech {
			return first.tag != "NNP"
		}
		return false
	}
	return first.tag != "IN" && first.tag != "DT"
}

// cueAt returns the cue class of the match covering token i, or "".
func (r *reader) cueAt(i int) (string, *match) {
	if i < 0 || i >= len(r.toks) || r.at[i] < 0 {
		return "", nil
	}
	m := &r.matches[r.at[i]]
	return m.p.Type, m
}

// ledByList reports whether clause c so far is a subject with a "led by"
// or "headed by" phrase and no finite verb: a list of leaders goes on.
func (r *reader) ledByList(c int) bool {
	toks := r.clauses[c].toks
	led := false
	for k, i := range toks {
		t := r.toks[i]
		if (t.low == "led" || t.low == "headed" || t.low == "including") && k+1 < len(toks) && (r.toks[toks[k+1]].low == "by" || t.low == "including") {
			led = true
			continue
		}
		if t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" {
			return false
		}
	}
	return led
}

// timeBefore reports whether "before" or "after" at token i closes a time
// phrase ("the day before that it would …", "a week after"), or "since" is an
// adverb ("has since delivered"), opening no clause.
func (r *reader) timeBefore(i int) bool {
	if r.toks[i].low == "since" && i > 0 && i+1 < len(r.toks) && verbTag(r.toks[i+1].tag) {
		switch r.toks[i-1].low {
		case "has", "have", "had":
			return true // "and has since delivered": an adverb
		}
	}
	if w := r.toks[i].low; w != "before" && w != "after" || i == 0 || i+1 >= len(r.toks) {
		return false
	}
	switch r.toks[i-1].low {
	case "day", "days", "week", "weeks", "month", "months", "year", "years", "night", "hours", "evening", "morning":
	default:
		return false
	}
	next := r.toks[i+1]
	return next.low == "that" || next.low == "," || next.low == "." || next.low == "and"
}

var subordinators = map[string]bool{
	"after": true, "before": true, "following": true, "because": true, "since": true, "when": true,
	"whenever": true, "while": true, "whereas": true, "although": true, "though": true, "despite": true,
	"amid": true, "until": true, "unless": true, "if": true, "which": true, "who": true,
	"whom": true, "whose": true, "where": true, "whereby": true, "lest": true,
}

var timeWords = map[string]bool{
	"on": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true, "last": true,
	"this": true, "next": true, "week": true, "month": true, "year": true, "earlier": true, "later": true,
	"recently": true, "now": true, "morning": true, "evening": true, "night": true, "afternoon": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "jan": true,
	"feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "also": true, "again": true, "late": true, "early": true, "in": true,
	"a": true, "day": true, "ago": true, "previously": true, "separately": true, "publicly": true, "however": true,
}

func isTimeTok(t tok) bool {
	if timeWords[t.low] {
		return true
	}
	for _, c := range t.low {
		if !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// splitClauses cuts the sentence into clauses (see the package comment).
// absoluteWith returns the "with" opening an absolute phrase whose
// participle is at t ("…, with police firing tear gas at demonstrators"):
// "with", an actor phrase (a name or a people noun, with determiners and
// adjectives), then the participle; -1 when there is none.
func (r *reader) absoluteWith(c, t int) int {
	if t <= 1 || r.toks[t].tag != "VBG" {
		return -1
	}
	actor := false
	for k := t - 1; k >= 0 && k >= t-7 && r.clauseOf[k] == c; k-- {
		if r.toks[k].low == "with" {
			if actor {
				return k
			}
			return -1
		}
		if _, ok := r.sectorOf(k); ok || r.mentAt[k] >= 0 {
			actor = true
			continue
		}
		if r.toks[k].tag != "DT" && r.toks[k].tag != "JJ" && r.toks[k].tag != "POS" { // ("with Iran's new hardline government insisting")
			return -1
		}
	}
	return -1
}

// participleAfter reports whether the words from token j are a
// participle clause after a comma, maybe behind a short prepositional
// phrase ("said in a statement, urging …", "said, adding …").
func (r *reader) participleAfter(j int) bool {
	k := j
	if k < len(r.toks) && r.toks[k].low != "," && r.toks[k].tag != "IN" && !isTimeTok(r.toks[k]) {
		return false // "announced new measures, freezing …": what was announced
	}
	for k < len(r.toks) && k < j+6 && r.toks[k].low != "," {
		if t := r.toks[k]; strings.HasPrefix(t.tag, "VB") || t.tag == "MD" || isPunct(t) || r.mentAt[k] >= 0 {
			return false
		}
		k++
	}
	return k+1 < len(r.toks) && r.toks[k].low == "," && r.toks[k+1].tag == "VBG"
}

// participleSpeaker returns, for a participle at t after a speech cue and
// a comma ("…," Borrell said in a statement, urging the authorities …), the
// one who spoke: the actor phrase right before the cue.
func (r *reader) participleSpeaker(c, t int) []actor {
	if t < 2 || r.toks[t].tag != "VBG" || r.toks[t-1].low != "," {
		return nil
	}
	for k := t - 2; k >= 0 && k >= t-8 && r.clauseOf[k] == c; k-- {
		cue, m := r.cueAt(k)
		if cue != cueSpeech {
			continue
		}
		from := m.start
		for from > 0 && r.clauseOf[from-1] == c {
			tk := r.toks[from-1]
			if _, ok := r.sectorOf(from - 1); !ok && r.mentAt[from-1] < 0 && tk.tag != "NNP" && tk.tag != "JJ" && tk.tag != "DT" && tk.tag != "NN" {
				break
			}
			from--
		}
		if from < m.start {
			return r.actorsIn(r.span(from, m.start), true)
		}
		return nil
	}
	return nil
}

// listComma reports whether the comma at i separates the names of a list
// of actors ("talks between President Erdogan, Swedish Prime Minister
// Andersson and Finnish President Niinisto"): a name ends before it, and
// names without a verb lead to "and" and another name before the next
// comma.
func (r *reader) listComma(i int) bool {
	if i == 0 {
		return false
	}
	if _, ok := r.sectorOf(i - 1); !ok && r.mentAt[i-1] < 0 {
		return false
	}
	for k := i + 1; k+1 < len(r.toks); k++ {
		t := r.toks[k]
		switch {
		case t.low == "and":
			return r.mentAt[k+1] >= 0 || r.toks[k+1].tag == "NNP"
		case t.low == ",":
			continue
		case isPunct(t), strings.HasPrefix(t.tag, "VB"), t.tag == "MD", subordinators[t.low]:
			return false
		case r.mentAt[k] < 0 && t.tag != "NNP" && t.tag != "NNPS" && t.tag != "JJ" && t.tag != "DT":
			if _, ok := r.sectorOf(k); !ok {
				return false
			}
		}
	}
	return false
}

func (r *reader) splitClauses() {
	n := len(r.toks)
	r.clauseOf = make([]int, n)
	r.audience = make([]bool, n)
	newClause := func(kind, parent int) int {
		r.clauses = append(r.clauses, clause{kind: kind, parent: parent, speech: -1, ante: -1})
		return len(r.clauses) - 1
	}
	cur := newClause(kMain, -1)
	lastTrigger := -1 // token index of the last event trigger's end in the current clause
	var parens []int  // clauses to return to when a parenthesis closes
	for i := 0; i < n; i++ {
		t := r.toks[i]
		cl := &r.clauses[cur]
		cue, m := r.cueAt(i)
		switch {
		case m != nil && i == m.start && cue == cueSpeech:
			// assign the cue's own tokens to the current clause
			for k := m.start; k < m.end; k++ {
				r.clauseOf[k] = cur
				r.clauses[cur].toks = append(r.clauses[cur].toks, k)
			}
			i = m.end - 1
			if m.p.Text == "according to" {
				continue
			}
			// forward speech opens a complement; a tail attribution is marked later.
			j := m.end
			for j < n && (isTimeTok(r.toks[j]) || r.toks[j].low == ",") {
				j++
			}
			if k := r.placePhraseThat(j); k > j {
				// "said in Washington that", "told a rally in Tbilisi that":
				// the phrase is the audience or the setting, no event
				// (but "said in a phone call with Putin that": talks)
				for x := j; x < k; x++ {
					if mi := r.at[x]; mi >= 0 && r.matches[mi].start == x && r.matches[mi].p.Type == "CONSULT" && r.matches[mi].p.Noun &&
						r.matches[mi].end < k && r.toks[r.matches[mi].end].low == "with" {
						x = r.matches[mi].end - 1
						continue
					}
					r.audience[x] = true
				}
				j = k
			} else if k := r.audienceBefore(m, j); k > j {
				// "Iran tells U.N. it reserves…": the one told is no
				// side of what is said
				for x := j; x < k; x++ {
					r.audience[x] = true
				}
				j = k
			}
			if j < n && r.toks[j].low == "that" {
				j++
			}
			if j >= n || isPunct(r.toks[j]) && !quoteMark(r.toks[j]) && r.toks[j].low != "``" {
				continue
			}
			if r.participleAfter(m.end) {
				// "said in a statement, urging the authorities to …": the
				// speaker's next act, not the words said
				continue
			}
			kind := kComp
			if r.clauses[cur].kind == kSub && !(factualOpeners[r.clauses[cur].opener] && r.clauses[cur].opener != "where") {
				// (what a side said in a factual clause is reported: "after
				// Pyongyang announced that it was severing relations")
				kind = kSub
			}
			for k := m.end; k < j; k++ {
				r.clauseOf[k] = cur
				r.clauses[cur].toks = append(r.clauses[cur].toks, k)
			}
			c := newClause(kind, cur)
			r.clauses[c].speech = r.at[m.start]
			r.clauses[c].negated = m.p.Neg
			cur = c
			lastTrigger = -1
			i = j - 1
			continue
		case t.low == "(" || t.low == "[":
			// a parenthesis is background ("militants (outlawed in
			// Russia)", "ECOWAS (the regional bloc) said")
			r.clauseOf[i] = cur
			r.clauses[cur].toks = append(r.clauses[cur].toks, i)
			parens = append(parens, cur)
			cur = newClause(kSub, cur)
			continue
		case (t.low == ")" || t.low == "]") && len(parens) > 0:
			cur = parens[len(parens)-1]
			parens = parens[:len(parens)-1]
			r.clauseOf[i] = cur
			r.clauses[cur].toks = append(r.clauses[cur].toks, i)
			continue
		case t.low == ";" || t.low == ":" || t.low == "--" || t.low == "—" || t.low == "–":
			r.clauseOf[i] = cur
			cur = newClause(kMain, -1)
			lastTrigger = -1
			continue
		case t.low == "," || closingQuote(t) && i > 0 && r.toks[i-1].low == "," && i+1 < n && r.toks[i+1].low == "as":
			// (a closing quote after the comma: '… "within a reasonable
			// time," as neighbours closed …')
			r.clauseOf[i] = cur
			cl.toks = append(cl.toks, i)
			next := ""
			if i+1 < n {
				next = r.toks[i+1].low
			}
			left := -1 // a sub clause the comma closes
			if cl.kind == kSub && cl.parent >= 0 && !r.listComma(i) {
				left = cur
				cur = r.returnTo(cl.parent)
			}
			switch {
			case left >= 0 && i+1 < n && r.toks[i+1].tag == "VBG" && r.verbTrigger(i+1) && r.doerless(left):
				// "after two earthquakes struck Syria, killing 20,000": the
				// toll of what the sub clause told, no one's act
				cur = newClause(kSub, cur)
			case (next == "and" || next == "or") && r.ledByList(cur):
				// "The delegation, led by X, the NSC's coordinator, and Y,
				// met …": the leaders listed, not a second clause
			case next == "and" || next == "but" || next == "or" || next == "whereas":
				if r.clauses[cur].kind != kSub {
					cur = newClause(r.clauses[cur].kind, cur)
					r.clauses[cur].speech = r.clauses[r.clauses[cur].parent].speech
					lastTrigger = -1
				}
			case next == "as":
				cur = newClause(kSub, cur)
				r.clauses[cur].opener = "as"
				lastTrigger = -1
			case r.headline() && r.clauses[cur].kind == kMain && r.hasVerbTrigger(cur) && r.newSubjectAfter(i+1) && !r.speechAfter(i+1):
				// a headline's "Djibouti accuses Eritrea of attack, UN
				// Security Council condemns Asmara": a second sentence
				cur = newClause(kMain, -1)
				lastTrigger = -1
			case i+1 < n && r.toks[i+1].tag == "VBG" && r.at[i+1] < 0:
				// a participle clause: ", killing 20", ", setting fire to"
				cur = newClause(kSub, cur)
				r.clauses[cur].opener = participleOpener
			}
			continue
		case t.low == "and" && i > 0 && r.toks[i-1].low != "," && r.hasVerbTrigger(cur) && r.newSubjectAfter(i+1):
			// "… closed their borders with Mali and the African Union
			// suspended the country": a second clause with its own
			// subject, of the same standing as the first
			k := newClause(cl.kind, cl.parent)
			r.clauses[k].speech, r.clauses[k].opener, r.clauses[k].negated = cl.speech, cl.opener, cl.negated
			r.clauseOf[i] = k
			r.clauses[k].toks = append(r.clauses[k].toks, i)
			cur = k
			lastTrigger = -1
			continue
		case t.low == "and" && cl.kind == kSub && cl.opener == participleOpener && i+1 < n && r.toks[i+1].tag == "VBG" && r.verbTrigger(i+1):
			// ", waving flags and chanting slogans": the act coordinated
			// in a participle clause is the main subject's, as ", chanting
			// slogans" would be
			cur = r.returnTo(cl.parent)
		case t.low == "as" && r.headline() && m == nil && r.clauses[cur].kind != kSub && r.subjectVerbAfter(i+1):
			// a headline's "X backs coup as Bazoum refuses to resign":
			// a clause with its own subject, told in passing
			c := newClause(kSub, cur)
			r.clauses[c].opener = "as"
			cur = c
			lastTrigger = -1
		case subordinators[t.low] && (m == nil || m.p.Type == cueSector) && !(t.low == "since" && i+1 < n && isTimeTok(r.toks[i+1])) && !r.timeBefore(i):
			c := newClause(kSub, cur)
			r.clauses[c].cond = t.low == "if" || t.low == "unless"
			r.clauses[c].opener = t.low
			if (t.low == "who" || t.low == "which") && i > 1 && r.toks[i-1].low == "," && r.mentAt[i-2] >= 0 && r.clauses[cur].kind != kSub {
				// ", who …" after a named actor tells what the actor did
				// (", which has imposed sanctions on Niger" after a body)
				r.clauses[c].ante = i - 2
			}
			if t.low == "which" && i > 1 && (r.toks[i-1].low == "," || r.toks[i-1].low == "and") && i+2 < n && r.mentAt[i+1] >= 0 {
				// "the shelling of Belgorod, which Moscow blamed on
				// Ukrainian forces": an act of its own named subject, told
				// in passing
				r.clauses[c].own = true
			}
			cur = c
		case t.low == "that" && m == nil && i > 0 && (r.toks[i-1].low == "and" || r.toks[i-1].low == "but") && r.speechComp(cur) >= 0:
			// "said that X … and that Y …": a second complement of the
			// same speech verb, with its own subject
			k := r.speechComp(cur)
			r.clauseOf[i] = cur
			r.clauses[cur].toks = append(r.clauses[cur].toks, i)
			c := newClause(kComp, r.clauses[k].parent)
			r.clauses[c].speech = r.clauses[k].speech
			r.clauses[c].negated = r.clauses[k].negated
			cur = c
			lastTrigger = -1
			continue
		case t.low == "that" && i > 0 && emotionWords[r.toks[i-1].low]:
			// "was disappointed and surprised that Trump had called off
			// his visit": the cause felt is a clause with its own subject,
			// said or told as the feeling is
			r.clauseOf[i] = cur
			r.clauses[cur].toks = append(r.clauses[cur].toks, i)
			c := newClause(r.clauses[cur].kind, cur)
			r.clauses[c].speech = r.clauses[cur].speech
			r.clauses[c].negated = r.clauses[cur].negated
			cur = c
			lastTrigger = -1
			continue
		case t.low == "that" && (m == nil):
			// a complementizer after a trigger continues its clause; after a
			// noun it opens a relative clause.
			prev := i - 1
			for prev >= 0 && isTimeTok(r.toks[prev]) {
				prev--
			}
			if prev >= 0 && lastTrigger >= 0 && prev < lastTrigger+6 && !(t.tag == "WDT" && nounTag(r.toks[prev].tag)) {
				// ("vetoed a draft resolution that would have condemned
				// …": a relative clause on the noun, not the verb's
				// complement)
				break
			}
			if prev >= 0 && (nounTag(r.toks[prev].tag) || r.toks[prev].tag == "" && !isPunct(r.toks[prev])) {
				cur = newClause(kSub, cur)
			}
		}
		if m != nil && isPlover(m.p.Type) && i == m.start {
			lastTrigger = m.end - 1
		}
		r.clauseOf[i] = cur
		r.clauses[cur].toks = append(r.clauses[cur].toks, i)
	}
	r.findTail()
}

// emotionWords are feelings whose cause may follow as a "that" clause.
var emotionWords = map[string]bool{"disappointed": true, "surprised": true, "concerned": true, "pleased": true, "glad": true,
	"happy": true, "saddened": true, "angry": true, "angered": true, "shocked": true, "dismayed": true, "relieved": true,
	"alarmed": true, "worried": true, "outraged": true, "regrets": true, "regretted": true, "deplored": true, "deplores": true}

// speechComp returns the speech complement clause c is, or lies in, or -1.
func (r *reader) speechComp(c int) int {
	for k := c; k >= 0; k = r.clauses[k].parent {
		if r.clauses[k].kind == kComp && r.clauses[k].speech >= 0 {
			return k
		}
	}
	return -1
}

// placePhraseThat returns the index of a "that" standing after a short
// phrase of nouns and prepositions from token j ("in Washington that",
// "a rally in Tbilisi that", "on social media that"), or j.
func (r *reader) placePhraseThat(j int) int {
	for k := j; k < len(r.toks) && k < j+12; k++ {
		t := r.toks[k]
		if t.low == "that" {
			if k == j {
				return j
			}
			return k
		}
		if isPunct(t) || verbTag(t.tag) || subordinators[t.low] && !r.timeBefore(k) || r.at[k] >= 0 && isPlover(r.matches[r.at[k]].p.Type) && !r.matches[r.at[k]].p.Noun {
			return j
		}
	}
	return j
}

// audienceBefore returns the end of the audience of a telling cue m
// when the told clause follows it without "that" ("tells U.N. it
// reserves", "told reporters he would"): the audience is one actor
// mention or object word right before a subject pronoun. It returns j
// otherwise.
func (r *reader) audienceBefore(m *match, j int) int {
	if !tellingCue[r.toks[m.start].low] || j >= len(r.toks) {
		return j
	}
	k := j
	if objectWords[r.toks[j].low] {
		k = j + 1
	} else if me := r.mentAt[j]; me >= 0 {
		for k < len(r.toks) && r.mentAt[k] == me {
			k++
		}
	}
	if k == j || k >= len(r.toks) || !subjectPronouns[r.toks[k].low] {
		return j
	}
	return k
}

// tellingCue are the speech verbs that take the one told as their object.
var tellingCue = map[string]bool{
	"tell": true, "tells": true, "told": true, "telling": true, "informed": true, "informs": true,
	"assured": true, "assures": true, "reminded": true, "reminds": true,
}

var objectWords = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true, "reporters": true, "journalists": true, "lawmakers": true, "parliament": true}

var subjectPronouns = map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true, "i": true}

// closingQuote reports whether t closes a quotation.
func closingQuote(t tok) bool {
	return t.tag == "''" || t.text == "”" || t.text == "»"
}

// participleOpener marks a participle clause whose first verb is no
// event (", waving flags").
const participleOpener = "-ing"

// verbTrigger reports whether an event trigger used as a verb starts at t.
func (r *reader) verbTrigger(t int) bool {
	mi := r.at[t]
	return mi >= 0 && r.matches[mi].start == t && isPlover(r.matches[mi].p.Type) && !r.matches[mi].p.Noun
}

// doerless reports whether clause c tells something done by no actor:
// a finite verb with no actor named before it ("two earthquakes struck").
func (r *reader) doerless(c int) bool {
	for _, k := range r.clauses[c].toks {
		if r.mentAt[k] >= 0 {
			return false
		}
		if _, ok := r.sectorOf(k); ok || r.toks[k].tag == "PRP" || r.toks[k].tag == "NNP" {
			return false // "if it did not change": a doer
		}
		if tg := r.toks[k].tag; tg == "VBD" || tg == "VBZ" || tg == "VBP" {
			return true
		}
	}
	return false
}

// speechAfter reports whether a speech cue comes at or after token i
// ("…, Macedonian officials said Wednesday").
func (r *reader) speechAfter(i int) bool {
	for k := i; k < len(r.toks); k++ {
		if cue, _ := r.cueAt(k); cue == cueSpeech {
			return true
		}
	}
	return false
}

// hasVerbTrigger reports whether clause c holds an event trigger used as
// a verb.
func (r *reader) hasVerbTrigger(c int) bool {
	for _, k := range r.clauses[c].toks {
		if r.verbTrigger(k) {
			return true
		}
	}
	return false
}

// returnTo gives the clause to continue after a sub clause closes: its
// nearest non-sub ancestor (or the sub's parent when all are sub).
func (r *reader) returnTo(c int) int {
	for k := c; k >= 0; k = r.clauses[k].parent {
		if r.clauses[k].kind != kSub {
			return k
		}
	}
	return c
}

// findTail finds a trailing attribution ("…, officials said on Monday.",
// "…, said a spokesman.", "…, according to the ministry.").
// participleTail reports whether a participle phrase with no finite verb
// runs from token j (after "after", "following", "while" or "before") to
// the end of the sentence: what the speaker did when speaking.
func (r *reader) participleTail(j int) bool {
	if j == 0 || r.toks[j].tag != "VBG" {
		return false
	}
	switch r.toks[j-1].low {
	case "after", "following", "while", "before", "when":
	default:
		return false
	}
	for k := j + 1; k < len(r.toks); k++ {
		if tg := r.toks[k].tag; tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "MD" || r.toks[k].low == "," {
			return false
		}
	}
	return true
}

func (r *reader) findTail() {
	for mi := len(r.matches) - 1; mi >= 0; mi-- {
		m := r.matches[mi]
		if m.p.Type != cueSpeech || m.p.Neg {
			continue
		}
		// after the cue: time words, an actor phrase without a verb, the end
		j := m.end
		for j < len(r.toks) {
			t := r.toks[j]
			if isPunct(t) || isTimeTok(t) || !verbTag(t.tag) && (r.at[j] < 0 || r.matches[r.at[j]].p.Type == cueSector) {
				j++
				continue
			}
			if r.participleTail(j) {
				j = len(r.toks) // "…, Anwar announced after hosting talks between the two"
			}
			break
		}
		if j < len(r.toks) {
			continue
		}
		// before the cue: a comma, then an actor phrase
		k := m.start - 1
		for k >= 0 && r.toks[k].low != "," && r.toks[k].low != "''" && !quoteMark(r.toks[k]) {
			k--
		}
		if k < 0 && m.p.Text != "according to" {
			continue
		}
		if m.p.Text == "according to" {
			k = m.start - 1
		} else if !r.speakerPhrase(k+1, m.start) {
			continue // "…, a meeting that X had refused to confirm"
		}
		var spk []actor
		if m.start-(k+1) > 0 {
			spk = r.actorsIn(r.span(k+1, m.start), true) // "a spokesman for Truss"
		}
		if len(spk) == 0 {
			spk = r.actorsIn(r.span(m.end, len(r.toks)), true)
		}
		r.tail = max(k, 0)
		r.tailSpk = spk
		return
	}
}

// speakerPhrase reports whether tokens [s, e) can be the speaker of a
// trailing attribution: a noun phrase, without a verb or a relative word
// of its own ("Ukrainian officials", "a spokesman for the ministry").
func (r *reader) speakerPhrase(s, e int) bool {
	for k := max(s, 0); k < e && k < len(r.toks); k++ {
		t := r.toks[k]
		switch t.low {
		case "that", "which", "who", "whom", "had", "has", "have", "to", "would", "will":
			return false
		}
		if r.mentAt[k] < 0 && (strings.HasPrefix(t.tag, "VB") && t.tag != "VBN" && t.tag != "VBG" || t.tag == "MD") {
			return false
		}
	}
	return true
}

// span lists token indices [s, e).
func (r *reader) span(s, e int) []int {
	var out []int
	for i := max(s, 0); i < min(e, len(r.toks)); i++ {
		out = append(out, i)
	}
	return out
}

// sectorOf returns the sector a noun names, and whether it is a person noun.
func (r *reader) sectorOf(i int) (string, bool) {
	if i < 0 || i >= len(r.toks) || r.at[i] < 0 {
		return "", false
	}
	m := r.matches[r.at[i]]
	if m.p.Type != cueSector {
		return "", false
	}
	return m.p.Value, true
}

// breaks reports whether token i ends a noun phrase.
func (r *reader) breaks(i int) bool {
	t := r.toks[i]
	if t.low == "of" || t.low == "'s" || t.low == "’s" || t.low == "'" || t.low == "-" {
		return false
	}
	if isPunct(t) {
		return t.low != "," && t.low != "(" && t.low != ")" && !quoteMark(t) && t.low != "``" && t.low != "''"
	}
	if r.mentAt[i] >= 0 {
		return false
	}
	if r.at[i] >= 0 && r.matches[r.at[i]].p.Type != cueBlame {
		p := r.matches[r.at[i]].p
		// a noun trigger may stand inside a phrase ("demands from UNITA")
		return p.Type != cueSector && !p.Noun
	}
	if subordinators[t.low] || t.low == "that" || t.low == "to" {
		return true
	}
	if t.tag != "" {
		switch {
		case t.tag == "RB" && i+1 < len(r.toks) && r.toks[i+1].tag == "JJ":
			return false // "thousands of mostly young demonstrators", "heavily armed men"
		case strings.HasPrefix(t.tag, "VB") && t.tag != "VBN" && t.tag != "VBG", t.tag == "MD", t.tag == "IN", t.tag == "WDT", t.tag == "WP", t.tag == "WRB", t.tag == "RB" && t.low != "also":
			return true
		}
		return false
	}
	return preps[t.low] || beForms[t.low] || t.low == "has" || t.low == "have" || t.low == "had"
}

var preps = map[string]bool{
	"in": true, "on": true, "at": true, "for": true, "with": true, "from": true, "by": true, "against": true,
	"into": true, "near": true, "over": true, "under": true, "about": true, "between": true, "during": true,
	"to": true, "toward": true, "towards": true, "across": true, "through": true, "without": true, "inside": true,
	"outside": true, "upon": true, "within": true, "among": true, "around": true, "than": true, "as": true,
}

var hopPreps = map[string]bool{"for": true, "from": true, "by": true, "of": true}
var placePreps = map[string]bool{"in": true, "at": true, "from": true, "of": true, "to": true, "near": true, "with": true}

// quantityWords open a quantity before a noun: "up to 100", "at least three".
var quantityWords = map[string]bool{
	"up": true, "to": true, "at": true, "least": true, "more": true, "than": true, "some": true,
	"about": true, "around": true, "nearly": true, "almost": true, "over": true, "hundreds": true,
	"thousands": true, "dozens": true, "tens": true, "of": true, "scores": true, "only": true,
}

// skipQuantity drops a leading quantity ("at least 20", "thousands of").
func (r *reader) skipQuantity(idx []int) []int {
	k := 0
	for k < len(idx) {
		t := r.toks[idx[k]]
		if quantityWords[t.low] || t.tag == "CD" || isTimeTok(t) && t.low != "in" && t.low != "a" && r.mentAt[idx[k]] < 0 && t.low != "on" {
			k++
			continue
		}
		break
	}
	// keep "of" only after a quantity word
	if k > 0 && k < len(idx) {
		return idx[k:]
	}
	if k == len(idx) {
		return idx
	}
	return idx
}

var pronounSubjects = map[string]bool{"it": true, "they": true, "he": true, "she": true, "we": true, "its": true, "their": true, "his": true, "her": true, "our": true, "i": true}

// actorsIn reads the first actor phrase in the given tokens, with the
// actors coordinated with it. With people set, a phrase headed by a people
// noun takes its country from a place after a preposition ("demonstrators
// in Baghdad").
// venueName reports whether mention mi, starting at token i, is a city
// naming talks or a deal held there ("the Paris agreement", "the Minsk
// accords", "the Astana process"): the word after it is such a noun.
func (r *reader) venueName(mi, i int) bool {
	if r.mentions[mi].Kind != dateline.MentionMetonym { // a capital standing for its government ("the Iran deal" names a side)
		return false
	}
	j := i
	for j < len(r.toks) && r.mentAt[j] == mi {
		j++
	}
	if j >= len(r.toks) || i > 0 && r.toks[i-1].low != "the" {
		return false
	}
	return venueNouns[r.toks[j].low]
}

// venueNouns are talks and deals a city's name may name.
var venueNouns = map[string]bool{"agreement": true, "agreements": true, "accord": true, "accords": true, "deal": true,
	"talks": true, "process": true, "format": true, "summit": true, "declaration": true, "treaty": true, "protocol": true,
	"conference": true, "communique": true, "memorandum": true, "convention": true, "conventions": true}

// roleApposition reports whether the words at idx, after a name and its
// comma, are "the (adjectives) ROLE of …", the named person's office,
// not another actor ("France, the United States and Britain" is a list).
func (r *reader) roleApposition(idx []int) bool {
	for k := 1; k < len(idx) && k <= 4; k++ {
		i := idx[k]
		t := r.toks[i]
		if t.low == "of" {
			return false
		}
		mi := r.mentAt[i]
		if mi >= 0 && r.mentions[mi].Kind != dateline.MentionRole {
			return false
		}
		if (mi >= 0 || t.tag == "NN") && k+1 < len(idx) && r.toks[idx[k+1]].low == "of" {
			_, sec := r.sectorOf(i)
			return mi >= 0 || sec
		}
		if t.tag != "JJ" && t.tag != "FW" && t.tag != "NN" && t.tag != "VBG" {
			return false
		}
	}
	return false
}

func (r *reader) actorsIn(idx []int, people bool) []actor {
	var out []actor
	headSector, headPeople := "", false
	hops := 0
	var placeLoc *dateline.Location
	var group []int // mention indices of the current actor
	groupStart := -1
	flush := func(lastTok int) {
		if len(group) == 0 {
			return
		}
		a := r.makeActor(group, headSector, headPeople, groupStart)
		if a != nil {
			dup := false
			for _, o := range out {
				if o.key == a.key {
					dup = true
				}
			}
			if !dup {
				out = append(out, *a)
			}
		}
		group = nil
		headSector, headPeople = "", false
	}
	coord := false
	for n, i := range idx {
		t := r.toks[i]
		if n > 0 && i != idx[n-1]+1 && r.toks[idx[n-1]].low != "(" && r.toks[idx[n-1]].low != "[" {
			break // not contiguous: another clause came between (a parenthesis may)
		}
		if mi := r.mentAt[i]; mi >= 0 {
			if len(group) > 0 && group[len(group)-1] == mi {
				continue
			}
			m := r.mentions[mi]
			if m.Kind == dateline.MentionPronoun && m.Entity < 0 {
				continue
			}
			if m.Kind == dateline.MentionDemonym && i > 0 && r.toks[i-1].low == "ethnic" && len(group) == 0 {
				// "ethnic Albanians": a people, not the state of Albania
				headSector, headPeople = "CVL", true
				continue
			}
			if r.venueName(mi, i) && len(group) == 0 {
				continue // "criticized the Paris agreement": the city names the deal, no side
			}
			if sec, ok := r.generic(mi, i); ok {
				// "troops", "demonstrators": a people noun, not a named actor
				if len(group) == 0 {
					headSector, headPeople = sec, true
				}
				continue
			}
			if coord {
				flush(i)
				coord = false
			}
			if len(group) == 0 {
				groupStart = i
			}
			group = append(group, mi)
			continue
		}
		if sec, ok := r.sectorOf(i); ok {
			if coord {
				flush(i)
				coord = false
			}
			if len(group) == 0 && len(out) == 0 || len(group) > 0 {
				headSector, headPeople = sec, true
			}
			continue
		}
		low := t.low
		if (low == "'s" || low == "'") && headPeople && len(group) == 0 && len(out) == 0 {
			break // "the government's Syria policy": the possessor is the actor
		}
		if low == "and" || low == "&" || low == "," || low == "or" || low == "nor" {
			if len(group) == 0 && len(out) == 0 && low == "," && n > 0 {
				break // a phrase without an actor ends here
			}
			if len(group) > 0 || len(out) > 0 {
				if low == "," && n+1 < len(idx) {
					nx := r.toks[idx[n+1]].low
					if nx == "a" || nx == "an" || nx == "who" || nx == "which" || nx == "both" || nx == "all" || nx == "each" {
						break // an apposition ends the list
					}
					if nx == "the" && len(group) > 0 && r.roleApposition(idx[n+1:]) {
						break // "Ralph Gonsalves, the pro tempore president of CELAC": the same man
					}
				}
				coord = true
			}
			continue
		}
		if (low == "along" || low == "together" || low == "as") && n+1 < len(idx) {
			continue
		}
		if low == "well" || low == "with" && coord {
			continue
		}
		if low == "him" && n == 0 {
			if a := r.objectPronounActor(i); a != nil && people {
				return []actor{*a} // "telephoned him": the man named before
			}
			return nil
		}
		if low == "them" && n == 0 {
			if as := r.themActors(i); len(as) > 0 && people {
				return as // "after Tehran released them": the main clause's subject
			}
			return nil
		}
		if pronounSubjects[low] && n == 0 {
			if low == "they" && people {
				if as := r.groupAntecedents(i); len(as) > 1 {
					return as // "They urged …" after three countries' envoys spoke
				}
				if as := r.mutualAntecedents(i); len(as) > 1 {
					return as // "They pledged …" after the two leaders held talks
				}
			}
			if a := r.pronounActor(i); a != nil && people {
				return []actor{*a} // "he", "she": the person named before
			}
			return nil // an unresolved pronoun: the caller may use the speaker
		}
		if low == "of" && n+1 < len(idx) && r.toks[idx[n+1]].tag == "VBG" {
			break // "accused Russia of violating the U.N. Charter": the act, not the actor
		}
		if low == "of" && headPeople && len(group) == 0 && len(out) == 0 && people && n+1 < len(idx) {
			if loc, ok := r.placeAfter(idx[n+1:]); ok && !r.countryList(idx[n+1:], loc) {
				placeLoc = &loc // "the government of Sindh province"
				break
			}
		}
		if r.breaks(i) {
			if (preps[low] || t.tag == "IN") && len(group) == 0 && len(out) == 0 && people && hops < 2 {
				// "a camp for Congolese refugees", "calls by Belarus's
				// rulers", "demonstrators in Baghdad" (places only for people)
				if hopPreps[low] || headPeople && placePreps[low] {
					hops++
					if headPeople && placePreps[low] && n+1 < len(idx) {
						if loc, ok := r.placeAfter(idx[n+1:]); ok && !r.countryList(idx[n+1:], loc) {
							placeLoc = &loc
							break
						}
					}
					continue
				}
			}
			break
		}
	}
	flush(-1)
	if len(out) == 0 && placeLoc != nil {
		// a people phrase placed by the gazetteer: "militants in Idlib"
		st, en := r.toks[idx[0]].start, r.toks[idx[0]].end
		for _, i := range idx {
			if _, ok := r.sectorOf(i); ok {
				en = r.toks[i].end
				break
			}
		}
		name := r.text[st:en]
		return []actor{{
			ev:   dateline.EventActor{Name: name, Entity: -1, Country: placeLoc.Country, Sector: headSector, Span: dateline.Span{Field: r.sent.Field, Start: st, End: en}},
			key:  placeLoc.Country + "/" + headSector + "/" + strings.ToLower(name),
			tokS: idx[0],
		}}
	}
	if len(out) == 0 && headPeople && len(idx) > 0 {
		// a people phrase naming no country: "the president", "police",
		// "students"; its country may come from the sentence (see code)
		last := idx[0]
		for _, i := range idx {
			if _, ok := r.sectorOf(i); ok {
				last = i
				break
			}
		}
		st, en := r.toks[idx[0]].start, r.toks[last].end
		name := r.text[st:en]
		out = append(out, actor{
			ev:   dateline.EventActor{Name: name, Entity: -1, Sector: headSector, Span: dateline.Span{Field: r.sent.Field, Start: st, End: en}},
			key:  "bare/" + strings.ToLower(name),
			tokS: idx[0],
			bare: true,
		})
	}
	return out
}

// generic reports whether mention mi (at token i) is a common noun naming
// people without a country ("troops", "Demonstrators"), and its sector.
func (r *reader) generic(mi, i int) (string, bool) {
	m := r.mentions[mi]
	country, sector := m.Country, ""
	if m.Entity >= 0 && m.Entity < len(r.a.Entities) {
		e := r.a.Entities[m.Entity]
		if e.Country != "" {
			country = e.Country
		}
		sector = e.Sector
		if e.Type == dateline.Person || e.Type == dateline.Place {
			return "", false
		}
	}
	if country != "" {
		return "", false
	}
	if m.Entity < 0 {
		// an unresolved role mention: "The Federal Minister"
		for k := i; k < len(r.toks) && r.toks[k].start < m.End; k++ {
			if sec, ok := r.sectorOf(k); ok {
				return sec, true
			}
		}
	}
	if sec, ok := r.sectorOf(i); ok {
		if sector == "" {
			sector = sec
		}
		return sector, true
	}
	if m.Text != "" && strings.ToLower(m.Text) == m.Text {
		return sector, true
	}
	return "", false
}

// inChain reports whether mention mi stands in clause c or in a clause
// that c depends on (the speech clause of a complement).
func (r *reader) inChain(mi, c int) bool {
	for ti, t := range r.toks {
		if t.start <= r.mentions[mi].Start && r.mentions[mi].Start < t.end {
			for k := c; k >= 0; k = r.clauses[k].parent {
				if r.clauseOf[ti] == k {
					return true
				}
			}
			return false
		}
	}
	return false
}

// stateSector holds the sectors of state bodies.
var stateSector = map[string]bool{"GOV": true, "COP": true, "MIL": true, "LEG": true, "JUD": true, "SPY": true}

// ethnic reports whether mention mi is a demonym after "ethnic".
func (r *reader) ethnic(mi int) bool {
	m := r.mentions[mi]
	if m.Kind != dateline.MentionDemonym {
		return false
	}
	for i, t := range r.toks {
		if t.start == m.Start {
			return i > 0 && r.toks[i-1].low == "ethnic"
		}
	}
	return false
}

// placeAfter returns the place the gazetteer finds at the start of the
// given tokens (after a determiner), if any.
func (r *reader) placeAfter(idx []int) (dateline.Location, bool) {
	if r.s.places == nil || len(idx) == 0 {
		return dateline.Location{}, false
	}
	if r.placeMatches == nil {
		r.placeMatches = r.s.places.Find(r.text[r.sent.Start:min(r.sent.End, len(r.text))])
		if r.placeMatches == nil {
			r.placeMatches = []places.Match{}
		}
	}
	k := 0
	for k < len(idx)-1 && (determiners[r.toks[idx[k]].low] || r.toks[idx[k]].tag == "JJ") {
		k++
	}
	at := r.toks[idx[k]].start
	for _, pm := range r.placeMatches {
		if !pm.Context && r.sent.Start+pm.Start == at && pm.Location.Country != "" {
			return pm.Location, true
		}
	}
	return dateline.Location{}, false
}

// soleCountry returns the one country the sentence's mentions name, or "";
// placed tells whether a mention other than the given actors names it.
func (r *reader) soleCountry(cl int, actors []actor) (string, bool) {
	c, placed := "", false
	for mi, m := range r.mentions {
		if !r.inChain(mi, cl) || r.ethnic(mi) {
			continue
		}
		k := m.Country
		if m.Entity >= 0 && m.Entity < len(r.a.Entities) && r.a.Entities[m.Entity].Country != "" {
			k = r.a.Entities[m.Entity].Country
		}
		if k == "" || k == "IGO" {
			continue
		}
		if c != "" && c != k {
			return "", false
		}
		c = k
		own := false
		for _, a := range actors {
			if !a.bare && a.ev.Span.Start <= m.Start && m.Start < a.ev.Span.End {
				own = true
			}
		}
		if !own {
			placed = true
		}
	}
	return c, placed
}

// makeActor builds an actor from mentions naming one actor ("Israeli Prime
// Minister Ehud Barak": Israeli, Ehud Barak).
func (r *reader) makeActor(group []int, headSector string, headPeople bool, tokS int) *actor {
	best, bestScore := -1, -1
	for _, mi := range group {
		m := r.mentions[mi]
		score := 0
		country, sector, typ := m.Country, "", ""
		if m.Entity >= 0 && m.Entity < len(r.a.Entities) {
			e := r.a.Entities[m.Entity]
			if e.Country != "" {
				country = e.Country
			}
			sector, typ = e.Sector, e.Type
		}
		if country != "" {
			score += 4
		}
		if sector != "" {
			score += 2
		}
		if typ == dateline.Person || typ == dateline.Org || typ == dateline.Group {
			score++
		}
		// on a tie a later person wins: the person named last is the head
		// of the phrase ("Russia's U.N. Ambassador Vassily Nebenzia")
		if score > bestScore || score == bestScore && typ == dateline.Person {
			best, bestScore = mi, score
		}
	}
	m := r.mentions[best]
	ev := dateline.EventActor{Name: m.Text, Entity: -1, Country: m.Country, Span: m.Span}
	modifier := m.Kind == dateline.MentionDemonym
	if m.Entity >= 0 && m.Entity < len(r.a.Entities) {
		e := r.a.Entities[m.Entity]
		ev.Entity = m.Entity
		ev.Name = e.Name
		if e.Country != "" {
			ev.Country = e.Country
		}
		ev.Sector = e.Sector
		if e.Type == dateline.Place || m.Kind == dateline.MentionMetonym {
			modifier = true
		}
	}
	if headPeople && (modifier || ev.Sector == "") {
		ev.Sector = headSector
		if !modifier || m.Kind == dateline.MentionDemonym || headSector != "" {
			// the phrase names people of the country, not the country
			ev.Name = r.phraseText(tokS, m)
			ev.Entity = -1
			if m.Entity >= 0 && m.Entity < len(r.a.Entities) && r.a.Entities[m.Entity].Type != dateline.Place {
				ev.Entity = m.Entity
				ev.Name = r.a.Entities[m.Entity].Name
			}
		}
	}
	if ev.Country == "" && ev.Sector == "" && ev.Entity < 0 {
		return nil
	}
	key := ev.Country + "/" + ev.Sector + "/" + ev.Name
	if ev.Entity >= 0 {
		key = ev.Country + "/" + ev.Sector + "/" + r.a.Entities[ev.Entity].ID
	}
	// a country may be supplied by the sentence only to a phrase that names
	// no one: "the president", "police"; or "President Mugabe" when the KB
	// knows no role of his at the date, or a titled person it does not know
	bare := ev.Country == "" && (m.Entity < 0 || headPeople && headSector != "" && r.a.Entities[m.Entity].Type == dateline.Person ||
		// "Vice-President Moody Awori": a titled person the KB does not place
		r.a.Entities[m.Entity].Type == dateline.Person && r.a.Entities[m.Entity].KBID == "" && stateSector[ev.Sector])
	return &actor{ev: ev, key: key, tokS: tokS, bare: bare}
}

// phraseText is the text of a people phrase from its first token through
// the people noun ("Israeli troops").
func (r *reader) phraseText(tokS int, m dateline.Mention) string {
	end := m.End
	for i := tokS; i < len(r.toks) && i < tokS+6; i++ {
		if _, ok := r.sectorOf(i); ok {
			end = max(end, r.toks[i].end)
			break
		}
	}
	start := min(m.Start, r.toks[tokS].start)
	if start < 0 || end > len(r.text) || start >= end {
		return m.Text
	}
	return r.text[start:end]
}

// clauseToks returns the tokens of clause c in [from, to).
func (r *reader) clauseToks(c, from, to int) []int {
	var out []int
	if r.tail > from && to > r.tail {
		to = r.tail // a trailing attribution is not part of the clause's phrases
	}
	for _, i := range r.clauses[c].toks {
		if i >= from && i < to {
			out = append(out, i)
		}
	}
	return out
}

// subject reads the subject of the trigger at token t in clause c.
func (r *reader) subject(c, t int) []actor {
	if k := r.absoluteWith(c, t); k >= 0 {
		return r.actorsIn(r.span(k+1, t), true) // "with police firing tear gas"
	}
	if sp := r.participleSpeaker(c, t); len(sp) > 0 {
		return sp // "…, Borrell said in a statement, urging …"
	}
	idx := r.clauseToks(c, 0, t)
	if cl := r.clauses[c]; cl.opener != "" && len(idx) > 0 && len(cl.toks) > 0 && idx[0] == cl.toks[0] {
		idx = idx[1:] // "after the US killed …": the subordinator
	}
	// skip a cue at the start ("according to reports"), with its source
	// ("According to the ministry, …")
	if len(idx) > 0 && r.at[idx[0]] >= 0 && r.matches[r.at[idx[0]]].p.Text == "according to" {
		for k, i := range idx {
			if r.toks[i].low == "," {
				idx = idx[k+1:]
				break
			}
		}
	}
	for len(idx) > 0 && r.at[idx[0]] >= 0 && r.matches[r.at[idx[0]]].p.Type == cueSpeech {
		idx = idx[1:]
	}
	// "…, but he urged …": the conjunction opens the clause, the pronoun
	// is its subject
	for len(idx) > 1 && (r.toks[idx[0]].low == "but" || r.toks[idx[0]].low == "and" || r.toks[idx[0]].low == "yet") && pronounSubjects[r.toks[idx[1]].low] {
		idx = idx[1:]
	}
	// skip a leading prepositional phrase or participle clause closed by a
	// comma ("In London, …", "Waving flags of the opposition, …")
	if len(idx) > 1 && (r.toks[idx[0]].low == "at" || r.toks[idx[0]].low == "up") && (r.toks[idx[1]].low == "least" || r.toks[idx[1]].low == "most" || r.toks[idx[1]].low == "to") {
		// "At least 49 soldiers were killed": a quantity, not a phrase
		idx = idx[2:]
	} else if len(idx) > 0 {
		f := r.toks[idx[0]]
		if preps[f.low] || f.tag == "IN" || strings.HasPrefix(f.tag, "RB") || f.tag == "VBG" || f.tag == "VBN" {
			comma := false
			for k, i := range idx {
				if r.toks[i].low == "," {
					idx, comma = idx[k+1:], true
					break
				}
			}
			if !comma && (f.low == "in" || f.low == "at") {
				// "while in Skopje demonstrators gathered": a fronted
				// place with no comma before the people it places
				k := 1
				for k < len(idx) && r.toks[idx[k]].tag == "NNP" {
					k++
				}
				if _, ok := r.sectorOf(idx[min(k, len(idx)-1)]); ok && k > 1 && k < len(idx) {
					idx = idx[k:]
				}
			}
		}
	}
	// "The delegation, led by X and Y, met …": the head before its leaders
	for k := 1; k+2 < len(idx); k++ {
		if r.toks[idx[k]].low == "," && (r.toks[idx[k+1]].low == "led" || r.toks[idx[k+1]].low == "headed") && r.toks[idx[k+2]].low == "by" {
			if as := r.actorsIn(r.skipQuantity(idx[:k]), true); len(as) > 0 {
				return as
			}
			break
		}
	}
	// a fronted sub clause comes between ("Hours before the truce …, the
	// ministry accused …"): the subject is the run right before the verb
	for k := len(idx) - 1; k > 0; k-- {
		if idx[k] != idx[k-1]+1 {
			if as := r.eachSubject(idx[k:]); len(as) > 0 {
				return as // "In the row that followed, each side expelled …"
			}
			if as := r.actorsIn(r.skipQuantity(idx[k:]), true); len(as) > 0 {
				return as
			}
			break
		}
	}
	as := r.actorsIn(r.skipQuantity(idx), true)
	if len(as) == 0 && len(idx) == 1 && crowdCounts[r.toks[idx[0]].low] {
		// "Thousands rallied in Belgrade": a crowd, of no country named
		// (the place may give it one)
		t := r.toks[idx[0]]
		span := dateline.Span{Field: r.sent.Field, Start: t.start, End: t.end}
		return []actor{{ev: dateline.EventActor{Name: t.text, Entity: -1, Sector: "CVL", Span: span}, key: "crowd/" + t.low, tokS: idx[0], bare: true}}
	}
	if each := r.eachSubject(idx); len(as) == 0 && len(each) > 0 {
		return each
	}
	if countries(as) == 0 && len(idx) > 0 {
		// "Ambassadors of 13 Western countries, including the United
		// States, Britain and Germany, said …": the countries listed
		if inc := r.includedActors(idx[0]); len(inc) > 0 {
			return inc
		}
	}
	return as
}

// crowdCounts stand alone for a crowd as a subject ("Thousands rallied").
var crowdCounts = map[string]bool{"thousands": true, "hundreds": true, "dozens": true, "scores": true, "tens": true}

// eachSubject returns a subject "each NOUN" at idx ("Each country accused
// the other …"): one of two sides named before (see groupSides); nil when
// idx is no such phrase.
func (r *reader) eachSubject(idx []int) []actor {
	if len(idx) != 2 || r.toks[idx[0]].low != "each" || !eachNouns[r.toks[idx[1]].low] {
		return nil
	}
	a, b := r.toks[idx[0]], r.toks[idx[1]]
	span := dateline.Span{Field: r.sent.Field, Start: a.start, End: b.end}
	return []actor{{ev: dateline.EventActor{Name: "each " + b.low, Entity: -1, Span: span}, key: "each/" + b.low, tokS: idx[0], bare: true}}
}

// eachNouns name one of two sides after "each" ("Each country accused the
// other"), though they name no actor alone.
var eachNouns = map[string]bool{"country": true, "nation": true, "state": true, "party": true, "camp": true, "government": true, "side": true}

// object reads the phrase right after token e (skipping time words).
func (r *reader) object(c, e int) []actor {
	idx := r.clauseToks(c, e, len(r.toks))
	for len(idx) > 0 && (isTimeTok(r.toks[idx[0]]) && r.toks[idx[0]].low != "in" && r.mentAt[idx[0]] < 0 || r.toks[idx[0]].tag == "RB") {
		if preps[r.toks[idx[0]].low] && (len(idx) < 2 || !isTimeTok(r.toks[idx[1]]) || r.toks[idx[1]].tag == "DT") {
			return nil // "reached a deal Saturday on a plan …": a preposition, not a date
		}
		idx = idx[1:]
	}
	if len(idx) == 0 {
		return nil
	}
	idx = r.skipQuantity(idx)
	for k, i := range idx {
		if r.toks[i].low == "," && r.attributionAfter(i) {
			idx = idx[:k] // "expel 23 diplomats, Prime Minister X announced"
			break
		}
	}
	if len(idx) == 0 {
		return nil
	}
	f := r.toks[idx[0]]
	if preps[f.low] || f.low == "that" || f.tag == "IN" || f.tag == "TO" {
		return nil
	}
	return r.actorsIn(idx, true)
}

// prep reads the phrase after the first preposition w following token e in
// clause c that names an actor.
func (r *reader) prep(c, e int, w string) []actor {
	idx := r.clauseToks(c, e, len(r.toks))
	for k, i := range idx {
		if mi := r.at[i]; mi >= 0 && r.matches[mi].start == i && isPlover(r.matches[mi].p.Type) && !r.matches[mi].p.Noun {
			return nil // "demands Russia withdraw from Ukraine": another verb's phrase
		}
		if r.toks[i].low != w {
			continue
		}
		if nx := idx[min(k+1, len(idx)-1)]; k+1 < len(idx) && r.toks[nx].tag == "VB" && r.mentAt[nx] < 0 && r.at[nx] < 0 {
			continue // "to hand over": an infinitive
		}
		if w == "with" && r.absoluteAfter(idx[k+1:]) {
			continue // "…, with South Korean fighters dropping bombs": no side
		}
		if as := r.actorsIn(idx[k+1:], true); len(as) > 0 {
			return as
		}
	}
	return nil
}

// later reads the first actor named after token e in clause c, within a
// few words: the target of a complement ("threatened to launch an offensive
// against Iraq", "refused to deploy troops in Iraq").
func (r *reader) later(c, e int, exclude []actor) []actor {
	idx := r.clauseToks(c, e, e+14)
	inner := false // past "to" + verb: the complement's own act ("refused to deploy troops in Iraq")
	for k, i := range idx {
		if k > 0 && idx[k-1] != i-1 {
			break
		}
		tk := r.toks[i]
		if tk.low == "to" && k+1 < len(idx) && r.toks[idx[k+1]].tag == "VB" {
			inner = true
		}
		if tk.low == "by" && !(k+1 < len(idx) && r.toks[idx[k+1]].tag == "VBG") || k > 1 && tk.low == "that" {
			break
		}
		if (tk.low == "on" || tk.low == "about") && (k == 0 && e > 0 && talksNouns[r.toks[e-1].low] || k > 0 && talksNouns[r.toks[idx[k-1]].low]) {
			break // "a summit on the conflict in Ukraine": the topic, no side
		}
		if tk.low == "that" && k > 0 && (speechNouns[r.toks[idx[k-1]].low] || reportNouns[r.toks[idx[k-1]].low]) {
			break // "rejected reports that it had supplied drones to Russia": not aimed at Russia
		}
		if (tk.low == "and" || tk.low == "but" || tk.low == "or") && k+1 < len(idx) && verbTag(r.toks[idx[k+1]].tag) {
			break // another verb phrase
		}
		if tk.low == "," && k+1 < len(idx) && r.toks[idx[k+1]].tag == "VBG" {
			break // "welcomed the decision, calling it a step for NATO": another predicate
		}
		if r.tail >= 0 && i >= r.tail || tk.low == "," && r.attributionAfter(i) {
			// the trailing attribution ("…, Prime Minister X announced on
			// Wednesday, after …")
			break
		}
		if r.mentAt[i] < 0 {
			continue
		}
		if !inner && r.afterLocPrep(i) && r.cityMention(r.mentAt[i]) {
			// "lodge a protest through channels in Beijing", "held talks
			// in Brussels": where the act happens, not whom it aims at
			continue
		}
		as := r.actorsIn(idx[k:], true)
		var out []actor
		for _, a := range as {
			if a.ev.Country == "" {
				continue
			}
			dup := false
			for _, x := range exclude {
				dup = dup || x.key == a.key
			}
			if !dup {
				out = append(out, a)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// passive reports whether the verb at token t is in the passive voice.
func (r *reader) passive(t int) bool {
	v := r.toks[t]
	if v.tag != "" && v.tag != "VBN" && v.tag != "VBD" && v.tag != "JJ" {
		return false
	}
	if v.tag == "" && !strings.HasSuffix(v.low, "ed") && !strings.HasSuffix(v.low, "en") && !strings.HasSuffix(v.low, "wn") {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		p := r.toks[k]
		if beForms[p.low] {
			return true
		}
		if p.tag == "RB" || p.low == "not" || p.low == "n't" || p.low == "reportedly" || p.low == "allegedly" || p.low == "also" {
			continue
		}
		return false
	}
	return false
}

// attributionAfter reports whether the words between the comma at token i
// and the next comma (or the end) hold a speech cue: an attribution set
// off by commas ("…, Prime Minister X announced on Wednesday, after …").
func (r *reader) attributionAfter(i int) bool {
	for k := i + 1; k < len(r.toks) && r.toks[k].low != ","; k++ {
		if m := r.at[k]; m >= 0 && r.matches[m].p.Type == cueSpeech && r.matches[m].start == k {
			return true
		}
	}
	return false
}

// cityMention reports whether mention mi (of r.mentions) names a city (a capital read as
// its government, or a place the gazetteer knows as a city): after a
// locative preposition it says where something happens ("in Beijing"),
// where a country ("a ceasefire in Syria") names whom it concerns.
func (r *reader) cityMention(mi int) bool {
	m := r.mentions[mi]
	if m.Kind == dateline.MentionMetonym {
		return true
	}
	if r.s.places == nil {
		return false
	}
	loc, ok := r.s.places.Lookup(m.Text, "")
	return ok && loc.Kind != "country"
}

// reducedPassive reports whether the participle at token t follows its
// noun with no auxiliary and no object ("civilians killed since January",
// "the aid promised by Western partners", headline "US sailors released
// after apology"): a passive whose subject is the one acted on.
func (r *reader) reducedPassive(t int) bool {
	v := r.toks[t]
	if t == 0 || v.tag != "VBN" && !(v.tag == "VBD" && r.headlineStyle()) {
		return false
	}
	prev := r.toks[t-1]
	if !nounTag(prev.tag) && r.mentAt[t-1] < 0 || isTimeTok(prev) {
		return false
	}
	if v.tag == "VBD" && (prev.tag == "NNP" || prev.tag == "NNPS") {
		return false // "Serbia demanded …": a name before a past tense is its subject
	}
	if !r.headline() {
		// in running text the clause has its own finite verb ("the aid
		// promised by X had arrived"); a lone participle is a mis-tagged
		// main verb ("Kenyan students protested on Monday")
		finite := false
		for _, k := range r.clauses[r.clauseOf[t]].toks {
			if tg := r.toks[k].tag; k != t && (tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "MD") {
				finite = true
			}
		}
		if !finite {
			return false
		}
	}
	if t+1 >= len(r.toks) {
		return true
	}
	nx := r.toks[t+1]
	return isPunct(nx) || nx.tag == "IN" || nx.tag == "TO" || nx.tag == "RB" || isTimeTok(nx) || nx.low == "by"
}

// headline reports whether the sentence is the article's headline.
func (r *reader) headline() bool { return r.sent.Field == dateline.InHeadline }

// headlineStyle reports whether the sentence is a headline written as one,
// with no closing full stop: there a past participle after its noun is
// passive even when tagged as a past tense ("31,000 soldiers killed since
// start of war, president says").
func (r *reader) headlineStyle() bool {
	return r.headline() && len(r.toks) > 0 && r.toks[len(r.toks)-1].low != "."
}

// window collects the cue classes standing right before token t in its
// clause: auxiliaries, adverbs, negations, modal and volitional markers.
func (r *reader) window(c, t int) map[string]bool {
	out := map[string]bool{}
	k := t - 1
	steps := 0
	for k >= 0 && steps < 8 && r.clauseOf[k] == c {
		tk := r.toks[k]
		cue, m := r.cueAt(k)
		switch {
		case cue == cueNeg || cue == cueFuture || cue == cueMaybe || cue == cueMust:
			out[cue] = true
			k = m.start - 1
			steps++
			continue
		case beForms[tk.low] || tk.low == "has" || tk.low == "have" || tk.low == "had" || tk.low == "do" ||
			tk.low == "does" || tk.low == "did" || tk.low == "to" || tk.tag == "RB" || tk.low == "also" ||
			tk.low == "again" || tk.low == "soon" || tk.low == "now" || tk.low == "reportedly" || tk.low == "already" ||
			tk.low == "later" || tk.low == "further" || tk.low == "then" || tk.low == "still" || quoteMark(tk) ||
			(tk.low == "continue" || tk.low == "keep" || tk.low == "begin" || tk.low == "start") && k+1 < t && r.toks[k+1].low == "to":
			k--
			steps++
			continue
		case r.at[t] >= 0 && r.matches[r.at[t]].p.Noun && !r.compoundModifier(r.matches[r.at[t]].end) && (tk.tag == "RP" || tk.tag == "JJ" || tk.tag == "DT" || tk.tag == "PRP$" ||
			tk.tag == "NN" && r.at[k] < 0 && r.mentAt[k] < 0 || tk.tag == "VB" && lightVerbs[tk.low]):
			// "vowed to step up strikes", "will launch new strikes",
			// "would not conclude trade agreements": a noun act after the
			// light verb of an intention
			k--
			steps++
			continue
		}
		break
	}
	return out
}

// compoundModifier reports whether a noun trigger ending at token e
// modifies the noun right after it ("an aid conference"): the meeting, not
// the act.
func (r *reader) compoundModifier(e int) bool {
	return e < len(r.toks) && (r.toks[e].tag == "NN" || r.toks[e].tag == "NNS")
}

// countryList reports whether the place loc, found at the start of idx, is
// a country named first in a list ("the leaders of Russia, Iran and
// Turkey"): the names are then read as actors, one each.
func (r *reader) countryList(idx []int, loc dateline.Location) bool {
	if loc.Kind != "country" {
		return false
	}
	first := r.mentAt[idx[0]]
	for k, i := range idx {
		if first >= 0 && r.mentAt[i] == first {
			continue // the country's own name
		}
		low := r.toks[i].low
		return (low == "," || low == "and") && k+1 < len(idx) && r.mentAt[idx[k+1]] >= 0
	}
	return false
}

// absoluteAfter reports whether the words idx after "with" hold a
// participle before any punctuation ("with F-15K fighters dropping
// bombs"): an absolute phrase, not a side of the act.
func (r *reader) absoluteAfter(idx []int) bool {
	for n, i := range idx {
		if n > 8 || isPunct(r.toks[i]) {
			return false
		}
		if r.toks[i].tag == "VBG" && n > 0 {
			return true
		}
	}
	return false
}

// subjectVerbAfter reports whether the words from token i are an actor's
// name followed by a finite verb ("Bazoum refuses", "protests spread").
func (r *reader) subjectVerbAfter(i int) bool {
	if i >= len(r.toks) || r.mentAt[i] < 0 && !strings.HasPrefix(r.toks[i].tag, "NNP") {
		return false
	}
	for k := i + 1; k < len(r.toks) && k <= i+4; k++ {
		switch tg := r.toks[k].tag; {
		case tg == "VBZ" || tg == "VBD" || tg == "VBP" || tg == "MD":
			return true
		case tg == "NNS" && r.at[k] >= 0 && r.matches[r.at[k]].start == k && isPlover(r.matches[r.at[k]].p.Type):
			return true // "as opposition cries fraud": a verb tagged as a noun
		case strings.HasPrefix(tg, "NN") || r.mentAt[k] >= 0 || tg == "POS":
			continue
		default:
			return false
		}
	}
	return false
}

// newSubjectAfter reports whether a subject and its finite verb start at
// token i, maybe after "the" ("the African Union suspended").
func (r *reader) newSubjectAfter(i int) bool {
	if i < len(r.toks) && r.toks[i].low == "the" {
		i++
	}
	return r.subjectVerbAfter(i)
}

// reportNouns name hearsay a side may reject ("reports that …").
var reportNouns = map[string]bool{"report": true, "reports": true, "suggestion": true, "suggestions": true, "rumour": true,
	"rumours": true, "rumor": true, "rumors": true, "speculation": true, "allegation": true}
