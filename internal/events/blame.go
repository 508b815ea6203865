package events

import (
	"strings"

	"github.com/dateline-news/dateline"
)

// blame codes an accusation by naming in clause c: "Y called X a crime",
// or "X was a crime" in Y's words (a speech complement, a tail
// attribution or a quote with a known speaker). X's actor is the target:
// the actor X names ("the Russian veto", "Washington's decision"), else,
// when X names an act ("the strike", "these attacks"), the source of the
// article's latest earlier event of that kind. It returns nil when the
// clause holds no such construction, when the condemning word is negated,
// or when source or target is missing. [from, to) are the tokens of X.
func (r *reader) blame(c int, speaker []actor) (evs []dateline.Event, from, to int) {
	cl := r.clauses[c]
	b := -1
	namer := -1 // a naming verb seen before
	for _, i := range cl.toks {
		cue, m := r.cueAt(i)
		if cue == cueNaming && m.start == i {
			namer = i
		}
		if cue == cueBlame && m.start == i {
			b = r.at[i]
			break
		}
		if m != nil && m.start == i && namer >= 0 && i > namer+1 && i <= namer+8 && m.p.Noun && hostileDeeds[m.p.Type] && (r.toks[i-1].low == "a" || r.toks[i-1].low == "an") {
			// "called the incursion a massacre": a hostile deed named is a
			// condemning word
			b = r.at[i]
			break
		}
	}
	if b < 0 {
		return nil, 0, 0
	}
	bm := r.matches[b]
	// the verb the condemning word hangs on: a naming verb, or "be"
	verb, naming := -1, false
	for k := bm.start - 1; k >= 0 && k >= bm.start-12 && r.clauseOf[k] == c; k-- {
		if cue, m := r.cueAt(k); cue == cueNaming {
			verb, naming = m.start, true
			break
		}
	}
	for k := bm.start - 1; k >= 0 && k >= bm.start-12 && r.clauseOf[k] == c; k-- {
		cue, m := r.cueAt(k)
		if cue == cueNeg {
			return nil, 0, 0 // "is not illegal", "did not call it a crime"
		}
		if naming {
			if k <= verb {
				break
			}
			continue
		}
		if m != nil && isPlover(m.p.Type) && !m.p.Noun {
			return nil, 0, 0 // the word belongs to another event's phrase
		}
		if low := r.toks[k].low; beForms[low] && low != "get" && low != "got" || copulas[low] ||
			(low == "have" || low == "has" || low == "had") && r.matches[b].p.Text == "blood on .. hands" {
			verb = k
			break
		}
	}
	if verb < 0 {
		return nil, 0, 0
	}
	for k := verb - 1; !naming && k >= 0 && k >= verb-3 && r.clauseOf[k] == c; k-- {
		if cue, _ := r.cueAt(k); cue == cueNeg {
			return nil, 0, 0 // "has never been the aggressor"
		}
		if low := r.toks[k].low; !beForms[low] && low != "has" && low != "have" && low != "had" && r.toks[k].tag != "RB" && r.toks[k].tag != "MD" {
			break
		}
	}
	var src []actor
	var x []int
	own := false
	if naming {
		if len(speaker) > 0 && verb > 0 && r.toks[verb-1].low == "and" && cl.kind == kComp {
			// "Putin said the plane had been hit … and called Turkey's
			// action a betrayal": the speaker's own act, told by the outlet
			src, own = speaker, true
		} else {
			src = r.subject(c, verb)
		}
		if len(src) == 0 && r.pronounOrNothingBefore(c, verb) {
			src = speaker
		}
		x = r.clauseToks(c, r.matches[r.at[verb]].end, bm.start)
		for len(x) > 1 && (r.toks[x[len(x)-1]].tag == "RB" || r.toks[x[len(x)-1]].tag == "DT" || quoteMark(r.toks[x[len(x)-1]])) {
			x = x[:len(x)-1] // 'called the move "totally unacceptable"': the move
		}
	} else {
		src = speaker
		x = r.clauseToks(c, 0, verb)
		// X starts after the last "that" or comma before the verb ("there
		// was no doubt that the Russian state was culpable")
		for k := len(x) - 1; k >= 0; k-- {
			if low := r.toks[x[k]].low; low == "that" || low == "," || k == 0 && cl.opener != "" {
				x = x[k+1:]
				break
			}
		}
	}
	if len(src) == 0 || len(x) == 0 {
		return nil, 0, 0
	}
	tgt := r.actorsIn(x, false)
	if len(tgt) == 0 {
		tgt = r.actOf(x, src)
	}
	if len(tgt) == 0 {
		// "the explanations offered by Minsk were implausible": the
		// author of what is named
		for k := 1; k+1 < len(x); k++ {
			if r.toks[x[k]].low == "by" && r.toks[x[k-1]].tag == "VBN" {
				tgt = r.actorsIn(x[k+1:], false)
				break
			}
		}
	}
	if len(tgt) == 0 && countries(src) == 1 && r.stateActor(src[0]) && r.definitePhrase(x) {
		// "Lavrov called the removal blasphemous" in a story pairing
		// Russia with Estonia alone: the deed is the counterpart's
		tgt = r.soleCounterpart(src)
	}
	var out []dateline.Event
	for _, s := range src {
		for _, t := range tgt {
			if s.key == t.key || s.ev.Country == "" || t.ev.Country == "" || sameState(s.ev, t.ev) || s.ev.Country == t.ev.Country && s.ev.Sector == t.ev.Sector ||
				s.ev.Country == t.ev.Country && t.ev.Sector == "" && stateSector[s.ev.Sector] {
				continue // (a state's officials do not condemn their own state)
			}
			s, t := s, t
			ev := r.told(c, "ACCUSE", bm.start, bm.end, &s, &t, nil, src, tgt)
			switch {
			case own && ev.Quote < 0:
				ev.Mode = dateline.Asserted
			case naming && !own && r.quoteAt(r.toks[verb].start, r.toks[verb].end) < 0 && !r.reported(c):
				// "Thomas-Greenfield called the Russian veto 'an act of
				// pure cruelty'": the naming is the outlet's to tell, the
				// words named are quoted
				ev.Mode = dateline.Asserted
			}
			out = append(out, ev)
		}
	}
	return out, x[0], x[len(x)-1] + 1
}

// actOf returns the source of the article's latest earlier event of the
// kind the tokens name ("the strike", "these attacks": the last ASSAULT);
// for an act named only by a demonstrative or a general noun ("this",
// "this step", "the move"), the latest deed done by someone other than
// the speaker in the sentences just before.
func (r *reader) actOf(x []int, speaker []actor) []actor {
	typ, mutual := "", false
	for _, i := range x {
		if m := r.at[i]; m >= 0 && isPlover(r.matches[m].p.Type) && r.matches[m].p.Noun {
			typ, mutual = r.matches[m].p.Type, r.matches[m].p.Both
		}
	}
	if typ == "" && r.namesWords(x) {
		words := r.phraseWords(x)
		return r.wordsOf(speaker, words[len(words)-1])
	}
	anaphor := typ == "" && r.anaphoricAct(x)
	bare := anaphor && len(r.phraseWords(x)) == 1 // "this", "that", "it" alone
	if typ == "" && !anaphor {
		return nil
	}
	for k := len(r.a.Events) - 1; k >= 0; k-- {
		ev := r.a.Events[k]
		if anaphor && ev.Sentence < r.si-actWindow {
			break
		}
		if anaphor && (ev.Mode == dateline.Hypothetical && (bare || verbal(ev.Type)) || ev.Mode == dateline.Negated || ev.Type == "ACCUSE" || ev.Type == "CONSULT" ||
			!bare && verbal(ev.Type) && ev.Type != "REJECT" || ev.Source != nil && ownSide(ev.Source.Country, speaker)) {
			// "this" is a deed or words of another side; "the measure", "the
			// decision" a deed done, not words
			continue
		}
		riot := typ == "ASSAULT" && ev.Type == "PROTEST" && riotVerbs[strings.ToLower(r.a.SpanText(ev.Trigger))] // "the storming" after protesters stormed
		if (ev.Type == typ || anaphor || riot) && ev.Sentence < r.si && ev.Source != nil && ev.Source.Country != "" {
			if mutual && r.mutualOther(k) == nil {
				continue // "the ceasefire": not a one-sided act of its type
			}
			if other := r.mutualOther(k); other != nil && (ev.Type == "RETREAT" || ev.Type == "AGREE") && !ownSide(other.Country, speaker) && !ownSide(ev.Source.Country, speaker) {
				// "welcomed the truce", "the swap", "the agreement": a mutual
				// withdrawal, release or agreement is both sides'
				return []actor{r.sourceActor(ev, x[0]), {ev: *other, key: other.Country + "/" + other.Sector + "/" + other.Name, tokS: x[0]}}
			}
			return []actor{r.sourceActor(ev, x[0])}
		}
	}
	if hostileDeeds[typ] {
		// "the crackdown" after "security forces had killed protesters":
		// the latest hostile deed of another kind, in the sentences just
		// before
		for k := len(r.a.Events) - 1; k >= 0; k-- {
			ev := r.a.Events[k]
			if ev.Sentence < r.si-actWindow {
				break
			}
			if hostileDeeds[ev.Type] && ev.Mode != dateline.Hypothetical && ev.Mode != dateline.Negated && ev.Source != nil && ev.Source.Country != "" && !ownSide(ev.Source.Country, speaker) {
				return []actor{r.sourceActor(ev, x[0])}
			}
		}
	}
	if verbal(typ) && r.namesWords(x) {
		// "rejected the criticism" with no criticism coded before: the
		// words last said against the speaker's side
		words := r.phraseWords(x)
		return r.wordsOf(speaker, words[len(words)-1])
	}
	return nil
}

// mutualOther returns the other side of story event k when the act is
// mutual, coded both ways in its sentence (a truce, a swap, talks), else
// nil.
func (r *reader) mutualOther(k int) *dateline.EventActor {
	ev := r.a.Events[k]
	if ev.Source == nil || ev.Target == nil || ev.Target.Country == "" || ev.Target.Country == ev.Source.Country {
		return nil
	}
	// a sentence's events stand together in the article's list
	lo, hi := k, k+1
	for lo > 0 && r.a.Events[lo-1].Sentence == ev.Sentence {
		lo--
	}
	for hi < len(r.a.Events) && r.a.Events[hi].Sentence == ev.Sentence {
		hi++
	}
	if codedBothWays(r.a.Events[lo:hi], ev) {
		return ev.Target
	}
	return nil
}

// codedBothWays reports whether evs hold ev's act the other way round in
// ev's sentence: a mutual act (a truce, a swap, talks).
func codedBothWays(evs []dateline.Event, ev dateline.Event) bool {
	for _, b := range evs {
		if b.Sentence == ev.Sentence && b.Type == ev.Type && b.Source != nil && b.Target != nil && ev.Source != nil && ev.Target != nil &&
			b.Source.Country == ev.Target.Country && b.Target.Country == ev.Source.Country {
			return true
		}
	}
	return false
}

// actWindow is how many sentences back "this" or "the statements" may find
// what they name: a reaction paragraph often answers the story's lead.
const actWindow = 6

// anaphoricAct reports whether tokens x name an act only by pointing at
// it: "this", "that", "it", or a demonstrative or "the" with a general
// noun ("this step", "the move", "such actions").
func (r *reader) anaphoricAct(x []int) bool {
	words := r.phraseWords(x)
	switch len(words) {
	case 1:
		return words[0] == "this" || words[0] == "that" || words[0] == "it"
	case 2, 3:
		det := words[0]
		if det != "this" && det != "that" && det != "these" && det != "those" && det != "the" && det != "such" && det != "their" && det != "its" {
			return false
		}
		return generalActs[words[len(words)-1]]
	}
	return false
}

// definitePhrase reports whether tokens x are a short phrase pointing at
// something known ("the removal", "these expulsions", "its decision").
func (r *reader) definitePhrase(x []int) bool {
	words := r.phraseWords(x)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	switch words[0] {
	case "the", "this", "that", "these", "those", "such", "its", "their":
		return true
	}
	return false
}

// generalActs name an act in general.
var generalActs = map[string]bool{
	"step": true, "steps": true, "move": true, "moves": true, "decision": true, "decisions": true,
	"action": true, "actions": true, "measure": true, "measures": true, "gesture": true, "act": true,
	"acts": true, "behaviour": true, "behavior": true, "policy": true, "conduct": true, "approach": true,
	"announcement": true, "law": true, "bill": true, "legislation": true,
}

// speechNouns name what someone said: "the statements", "these
// accusations", "his remarks".
var speechNouns = map[string]bool{
	"statement": true, "statements": true, "remarks": true, "comments": true, "words": true,
	"claim": true, "claims": true, "accusation": true, "accusations": true, "allegation": true,
	"allegations": true, "charges": true, "criticism": true, "threats": true, "ultimatum": true,
	"rhetoric": true, "assertions": true, "assertion": true, "demands": true, "demand": true, "calls": true,
	"appeals": true, "requests": true, "warnings": true, "charge": true, "criticisms": true, "imputations": true,
	"insinuations": true, "warning": true,
}

// namesWords reports whether tokens x are a short phrase headed by a noun
// naming what someone said ("the statements", "these groundless claims").
func (r *reader) namesWords(x []int) bool {
	words := r.phraseWords(x)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, i := range x {
		if r.mentAt[i] >= 0 {
			return false // "Kyiv's claims": the phrase names its author
		}
	}
	return speechNouns[words[len(words)-1]]
}

// wordsOf returns the author of the words a phrase like "the statements"
// answers: the source of the latest verbal act aimed at the answering
// side's country, else the speaker of the latest quote by someone of
// another country, within actWindow sentences before this one.
func (r *reader) wordsOf(src []actor, head string) []actor {
	own := ""
	for _, s := range src {
		if s.ev.Country != "" {
			own = s.ev.Country
		}
	}
	if own == "" {
		return nil
	}
	// "rejected the accusations": those made with "accused", before a
	// condemnation told after them
	stem := ""
	if strings.HasPrefix(head, "accusation") {
		stem = "accus"
	}
	for pass := 0; pass < 2; pass++ {
		if pass == 0 && stem == "" {
			continue
		}
		for k := len(r.a.Events) - 1; k >= 0; k-- {
			ev := r.a.Events[k]
			if ev.Sentence < r.si-actWindow {
				break
			}
			if pass == 0 && !strings.HasPrefix(strings.ToLower(r.a.SpanText(ev.Trigger)), stem) {
				continue
			}
			if verbal(ev.Type) && ev.Target != nil && ev.Target.Country == own && ev.Source != nil && ev.Source.Country != "" && ev.Source.Country != own {
				return []actor{r.sourceActor(ev, -1)}
			}
		}
	}
	for k := len(r.a.Quotes) - 1; k >= 0; k-- {
		q := r.a.Quotes[k]
		if si := q.Sentence; si < 0 || si >= r.si || si < r.si-actWindow {
			continue
		}
		e := q.Speaker.Entity
		if e < 0 || e >= len(r.a.Entities) {
			continue
		}
		ent := r.a.Entities[e]
		if ent.Country == "" || ent.Country == own {
			continue
		}
		ev := dateline.EventActor{Name: ent.Name, Entity: e, Country: ent.Country, Sector: ent.Sector, Span: q.Speaker.Span}
		return []actor{{ev: ev, key: ent.Country + "/" + ent.Sector + "/" + ent.ID, tokS: -1}}
	}
	return nil
}

// sourceActor returns the source of an event already coded as an actor,
// keyed by its KB entity when it has one.
func (r *reader) sourceActor(ev dateline.Event, tokS int) actor {
	a := *ev.Source
	key := a.Country + "/" + a.Sector + "/" + a.Name
	if a.Entity >= 0 && a.Entity < len(r.a.Entities) {
		key = a.Country + "/" + a.Sector + "/" + r.a.Entities[a.Entity].ID
	}
	return actor{ev: a, key: key, tokS: tokS}
}

// phraseWords returns the lower-case words of tokens x, without
// punctuation and quotation marks.
func (r *reader) phraseWords(x []int) []string {
	var words []string
	for _, i := range x {
		if low := r.toks[i].low; !isPunct(r.toks[i]) && low != "``" && low != "''" {
			words = append(words, low)
		}
	}
	return words
}

// ownSide reports whether country is the country of one of the speakers.
func ownSide(country string, speaker []actor) bool {
	for _, s := range speaker {
		if s.ev.Country != "" && s.ev.Country == country {
			return true
		}
	}
	return false
}

// quoteSpeaker returns the speaker the quotes stage found for the quote
// holding token i, as an actor, if the KB places it.
func (r *reader) quoteSpeaker(i int) []actor {
	as := r.quoteSpeakerOf(r.quoteAt(r.toks[i].start, r.toks[i].end))
	for k := range as {
		as[k].tokS = i
	}
	return as
}

// quoteSpeakerOf returns the speaker of quote q as an actor, if the KB
// places it.
func (r *reader) quoteSpeakerOf(q int) []actor {
	if q < 0 {
		return nil
	}
	sp := r.a.Quotes[q].Speaker
	if sp.Entity < 0 || sp.Entity >= len(r.a.Entities) {
		return nil
	}
	e := r.a.Entities[sp.Entity]
	if e.Country == "" {
		return nil
	}
	ev := dateline.EventActor{Name: e.Name, Entity: sp.Entity, Country: e.Country, Sector: e.Sector, Span: sp.Span}
	return []actor{{ev: ev, key: e.Country + "/" + e.Sector + "/" + e.ID, tokS: -1}}
}

// wrongdoing codes an accusation carried by what someone says another side
// does: a wrongdoing of the lexicon's WRONG class ("the British side
// continues to hide the facts", "Russia wants blood and land", "Moscow
// cannot be trusted") said, in a quote or in reported speech, of the
// clause's subject is the speaker's accusation of that subject (ACCUSE,
// reported). Nothing is coded when the outlet says it in its own words,
// when the wrongdoing is negated, when the speaker is unknown or when the
// subject is the speaker's own side.
//
// It also returns the token after the wrongdoing's "to" ("cannot be
// trusted to negotiate"), whose verb is part of the wrongdoing, or -1.
func (r *reader) wrongdoing(c int, speaker []actor) ([]dateline.Event, int) {
	cl := r.clauses[c]
	w := -1
	for _, i := range cl.toks {
		if cue, m := r.cueAt(i); cue == cueWrong && m.start == i {
			w = r.at[i]
			break
		}
	}
	if w < 0 {
		return nil, -1
	}
	wm := r.matches[w]
	inner := -1
	if wm.end+1 < len(r.toks) && r.toks[wm.end].low == "to" {
		inner = wm.end + 1
	}
	if len(speaker) == 0 || r.quoteAt(r.toks[wm.start].start, r.toks[wm.end-1].end) < 0 && !r.reported(c) {
		return nil, inner
	}
	for _, i := range r.clauseToks(c, 0, wm.start) {
		if cue, _ := r.cueAt(i); cue == cueNeg {
			return nil, inner // "did not hide anything"
		}
	}
	doers := r.subject(c, wm.start)
	before := r.clauseToks(c, 0, wm.start)
	for k := len(before) - 1; k >= 0; k-- {
		if r.toks[before[k]].low == "that" {
			// "the remarks showed that Russia wants blood": the doer is
			// the subject of the innermost that-clause
			doers = r.actorsIn(before[k+1:], true)
			break
		}
	}
	var out []dateline.Event
	for _, s := range speaker {
		for _, t := range doers {
			if s.key == t.key || s.ev.Country == "" || t.ev.Country == "" || s.ev.Country == t.ev.Country || sameState(s.ev, t.ev) {
				continue
			}
			s, t := s, t
			ev := r.told(c, "ACCUSE", wm.start, wm.end, &s, &t, nil, speaker, doers)
			ev.Mode = dateline.Reported
			out = append(out, ev)
		}
	}
	return out, inner
}

// accusationNouns name an accusation whose content a that-clause gives.
var accusationNouns = map[string]bool{
	"accusation": true, "accusations": true, "allegation": true, "allegations": true,
	"charge": true, "charges": true, "claim": true, "claims": true,
}

// namedAccusations codes the accusations the words of clause c name with
// their author and content ("rejected accusations by the European Union
// that Minsk had endangered …", "dismissed Kyiv's claims that its troops
// shelled …"): an ACCUSE of the content's subject by the author, told by
// the outlet (or by the speaker whose words hold it).
func (r *reader) namedAccusations(c int, speaker []actor) []dateline.Event {
	var out []dateline.Event
	toks := r.clauses[c].toks
	for n, i := range toks {
		if !accusationNouns[r.toks[i].low] || r.toks[i].tag != "NNS" && r.toks[i].tag != "NN" {
			continue
		}
		// the content: "that" right after the noun, or after its author
		that := -1
		var author []actor
		if n+1 < len(toks) && (r.toks[toks[n+1]].low == "by" || r.toks[toks[n+1]].low == "from") {
			for k := i + 2; k < len(r.toks) && k <= i+12; k++ {
				if r.toks[k].low == "that" {
					that = k
					author = r.actorsIn(r.span(i+2, k), true)
					break
				}
				if isPunct(r.toks[k]) {
					break
				}
			}
		} else if i+1 < len(r.toks) && r.toks[i+1].low == "that" {
			that = i + 1
			// "Kyiv's claims that …": the possessor before the noun
			for k := i - 1; k >= 0 && k >= i-4; k-- {
				if low := r.toks[k].low; low == "'s" || low == "’s" || low == "'" {
					from := k
					for from > 0 && (r.mentAt[from-1] >= 0 || r.toks[from-1].tag == "NNP" || r.toks[from-1].low == "'") {
						from--
					}
					author = r.actorsIn(r.span(from, i+1), true)
					break
				}
			}
		}
		if that < 0 || len(author) == 0 {
			continue
		}
		end := that + 1
		for end < len(r.toks) && end < that+10 && !isPunct(r.toks[end]) && !strings.HasPrefix(r.toks[end].tag, "VB") && r.toks[end].tag != "MD" {
			end++
		}
		accused := r.actorsIn(r.span(that+1, end), true)
		for _, s := range author {
			for _, t := range accused {
				if s.ev.Country == "" || t.ev.Country == "" || s.ev.Country == t.ev.Country || sameState(s.ev, t.ev) {
					continue
				}
				s, t := s, t
				out = append(out, r.told(c, "ACCUSE", i, i+1, &s, &t, nil, author, accused))
			}
		}
	}
	return out
}

// copulas link a subject to a condemning word as "be" does: "the use of
// chemical weapons constitutes a flagrant violation of international law".
var copulas = map[string]bool{"constitute": true, "constitutes": true, "constituted": true, "represents": true, "represented": true, "amounts": true, "amounted": true}
