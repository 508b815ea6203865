package events

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-news/dateline"
)

// maxPairs bounds the events one trigger can give (coordinated actors).
const maxPairs = 12

// events codes the sentence's events.
func (r *reader) events() []dateline.Event {
	var out []dateline.Event
	subj := make([][]actor, len(r.clauses)) // the subject each clause's event used
	for c := range r.clauses {
		cl := r.clauses[c]
		if len(cl.toks) > 0 && !r.coded(c) && r.relativeOnly(c) {
			// "the trucks, which passed through the crossing after days of
			// negotiations involving Egypt, Israel and the UN": talks
			// whose sides their own phrase names are told as a fact in
			// any clause
			out = append(out, r.namedTalks(c, subj)...)
			r.done = out
		}
		if len(cl.toks) == 0 || !r.coded(c) {
			continue
		}
		var verbs, nouns []int
		for _, i := range cl.toks {
			mi := r.at[i]
			if mi < 0 || r.matches[mi].start != i || !isPlover(r.matches[mi].p.Type) || r.audience[i] {
				continue
			}
			if r.matches[mi].p.Noun || r.nounUse(mi) {
				if e := r.matches[mi].end; e < len(r.toks) {
					if _, ok := r.sectorOf(e); ok {
						continue // "aid workers", "protest leaders"
					}
				}
				nouns = append(nouns, mi)
			} else {
				verbs = append(verbs, mi)
			}
		}
		speaker := r.speakerOf(c)
		for _, i := range cl.toks {
			if len(speaker) > 0 {
				break
			}
			if !isPunct(r.toks[i]) {
				// the clause's first word ('"Putin is an aggressor," X
				// said'): the speaker of the quote holding it, if any
				speaker = r.quoteSpeaker(i)
				break
			}
		}
		// "Y called X a crime", "X is a crime" in Y's words
		if acc, from, to := r.blame(c, speaker); len(acc) > 0 {
			out = append(out, acc...)
			nouns = nil
			kept := verbs[:0]
			for _, mi := range verbs {
				if s := r.matches[mi].start; s < from || s >= to {
					kept = append(kept, mi) // not a word of the named act
				}
			}
			verbs = kept
		}
		// "the British side continues to hide the facts" in X's words
		acc, inner := r.wrongdoing(c, speaker)
		out = append(out, acc...)
		if inner >= 0 {
			// "cannot be trusted to negotiate": no talks are told
			kept := verbs[:0]
			for _, mi := range verbs {
				if r.matches[mi].start != inner {
					kept = append(kept, mi)
				}
			}
			verbs = kept
		}
		// "rejected accusations by the EU that Minsk had endangered …"
		out = append(out, r.namedAccusations(c, speaker)...)
		// "… in the face of the Assad regime's attacks in Idlib," Turkey's
		// minister said: another side's attacks named in one's words
		out = append(out, r.namedAttacks(c, speaker, out)...)
		// a denial answers an accusation; a warning of a conditional act
		// threatens whoever must comply
		r.done = out
		out = append(out, r.speechActs(c, speaker)...)
		out = append(out, r.requests(c)...)
		// "In a phone call with Scholz, Zelensky thanked …": the talks of
		// the fronted phrase are the main subject's
		out = append(out, r.frontedTalks(c, nouns, verbs)...)
		// an obligation inside speech is the speaker's demand
		if req, ok := r.mustRequest(c, verbs, speaker); ok {
			out = append(out, req...)
			continue
		}
		var chosen []int
		switch {
		case len(verbs) > 0:
			if len(verbs) > 1 && r.inApposition(verbs[0], verbs[1]) {
				// "Macron, the first foreign leader to visit since the
				// blast, met Aoun": the apposition's infinitive is no act
				verbs = verbs[1:]
			}
			if len(verbs) > 1 && r.decidedAct(verbs[0], verbs[1]) {
				// "agreed to impose sanctions on Belarus": the decision is
				// the act, no agreement with its target
				verbs = verbs[1:]
			}
			if len(verbs) > 1 && r.pledgedAct(verbs[0], verbs[1]) {
				// "offered on Saturday to send rescue teams": the offer
				// (AGREE) and the act offered, not yet done, read from
				// the act's own words
				verbs = verbs[1:]
				r.pledged = r.matches[verbs[0]].start
			}
			chosen = append(chosen, verbs[0])
			for _, mi := range nouns {
				if len(r.crowdDoing(c, mi)) > 0 {
					chosen = append(chosen, mi) // "to disperse thousands of people protesting outside parliament"
				}
			}
			for _, mi := range verbs[1:] {
				if r.coordinated(c, r.matches[mi].start) && !r.inContent(verbs[0], mi) || r.secondAct(verbs[0], mi) ||
					len(r.thankedFor(c, r.matches[mi].start)) > 0 || len(r.crowdDoing(c, mi)) > 0 { // "thanked Oman for hosting the talks"
					chosen = append(chosen, mi)
				}
			}
		case len(nouns) > 0 && r.namedBy(nouns[0]):
			// 'Tsipras called the agreement "a brave step"': the thing
			// named is no act of the one naming it
		case len(nouns) > 0 && (!r.factual(c) || joint[r.matches[nouns[0]].p.Type] || r.nounSubject(nouns[0])):
			// "after the raid on Gaza" is a prepositional phrase, no clause
			// (but "said after talks with X": the subject took part)
			chosen = append(chosen, nouns[0])
		}
		var firstEvs []dateline.Event // the events of the clause's first act
		for n, mi := range chosen {
			if n > 0 && r.speakersOwn(c, chosen[0], mi) {
				// "Moscow denied that its jets had struck … and accused
				// militants of …": the second verb is the speaker's
				evs, _ := r.code(c, &r.matches[mi], speaker, subj, true)
				out = append(out, evs...)
				r.done = out
				continue
			}
			evs, s := r.code(c, &r.matches[mi], speaker, subj, false)
			if subj[c] == nil {
				subj[c] = s
			}
			if n == 0 {
				firstEvs = evs
			} else if r.secondAct(chosen[0], mi) {
				evs = r.addressed(evs, firstEvs)
			}
			out = append(out, evs...)
			r.done = out
			if n == 0 {
				// "Erdogan telephoned Putin to ask for help": the purpose
				// of a call is the caller's request of the one called
				out = append(out, r.callPurpose(c, mi, verbs, s, evs)...)
				r.done = out
			}
		}
	}
	out = append(out, r.mediation(out)...)
	out = append(out, r.callActs(out)...)
	return dedupe(out, r.a)
}

// triggerBetween reports whether an event trigger starts at a token from
// a up to b.
func (r *reader) triggerBetween(a, b int) bool {
	for i := a; i < b && i < len(r.toks); i++ {
		if mi := r.at[i]; mi >= 0 && r.matches[mi].start == i && isPlover(r.matches[mi].p.Type) {
			return true
		}
	}
	return false
}

// attackDoers returns the doers of the attack noun a passive deed was done
// in ("were killed in the Israeli strikes", "died in Russian shelling"):
// the modifiers of an ASSAULT noun after "in" or "during" right after the
// trigger ending at e, when they are of a country none of tgt is of.
func (r *reader) attackDoers(c, e int, tgt []actor) []actor {
	idx := r.clauseToks(c, e, min(e+5, len(r.toks)))
	if len(idx) == 0 || idx[0] != e || r.toks[e].low != "in" && r.toks[e].low != "during" {
		return nil
	}
	for _, i := range idx[1:] {
		if mi := r.at[i]; mi >= 0 && r.matches[mi].start == i && r.matches[mi].p.Type == "ASSAULT" && r.matches[mi].p.Noun {
			if as := r.modifiers(c, i); countries(as) > 0 && !sharesCountry(as, tgt) {
				return as
			}
			return nil
		}
		if t := r.toks[i]; t.tag != "DT" && t.tag != "JJ" && r.mentAt[i] < 0 {
			return nil
		}
	}
	return nil
}

// nounSubject reports whether the noun trigger of match mi is the subject
// of a finite verb of its clause ("where Israeli airstrikes had destroyed
// homes"): a clause telling the act, not a prepositional phrase ("after
// the raid on Gaza").
func (r *reader) nounSubject(mi int) bool {
	m := r.matches[mi]
	c := r.clauseOf[m.start]
	if m.start > 0 && isPrep(r.toks[m.start-1].low) {
		return false
	}
	for k := m.start - 1; k >= 0 && r.clauseOf[k] == c; k-- {
		if isPrep(r.toks[k].low) {
			return false // "after the Israeli raid"
		}
		if r.toks[k].low == "where" || r.toks[k].low == "as" || r.toks[k].low == "when" || r.toks[k].low == "after" {
			break
		}
	}
	for k := m.end; k < len(r.toks) && k < m.end+3 && r.clauseOf[k] == c; k++ {
		switch tag := r.toks[k].tag; {
		case tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD":
			return true
		case tag == "RB":
		default:
			return false
		}
	}
	return false
}

// callPurpose codes the request a call or visit was made for ("telephoned
// Putin to ask for help", "called Aliyev to urge restraint"): a REQUEST
// verb right after "to" that follows the contact verb mi and its object,
// by the contact's subject sub, of the one contacted.
func (r *reader) callPurpose(c, mi int, verbs []int, sub []actor, evs []dateline.Event) []dateline.Event {
	m := &r.matches[mi]
	if m.p.Type != "CONSULT" || len(sub) == 0 {
		return nil
	}
	var contacted []actor
	for _, ev := range evs {
		if ev.Target != nil && ev.Source != nil && sharesCountry(sub, []actor{{ev: *ev.Source}}) {
			contacted = appendActors(contacted, []actor{{ev: *ev.Target, key: ev.Target.Country + "/" + ev.Target.Sector + "/" + ev.Target.Name, tokS: -1}})
		}
	}
	if len(contacted) == 0 {
		return nil
	}
	for _, vi := range verbs {
		v := &r.matches[vi]
		if v.start <= m.end || v.start > m.end+8 || v.p.Type != "REQUEST" || r.toks[v.start-1].low != "to" {
			continue
		}
		var out []dateline.Event
		for si := range sub {
			for ti := range contacted {
				s, t := sub[si], contacted[ti]
				if s.ev.Country == "" || t.ev.Country == "" || s.ev.Country == t.ev.Country {
					continue
				}
				out = append(out, r.told(c, "REQUEST", v.start, v.end, &s, &t, nil, sub, contacted))
			}
		}
		return out
	}
	return nil
}

// speakerOf returns the speaker whose words clause c reports, if any.
func (r *reader) speakerOf(c int) []actor {
	for k := c; k >= 0; k = r.clauses[k].parent {
		cl := r.clauses[k]
		if cl.kind == kComp && cl.speech >= 0 {
			m := r.matches[cl.speech]
			// the clause holding the cue: a continued complement's parent
			// may be the first complement ("said X …, but he urged …")
			at := r.clauseOf[m.start]
			if m.start > 0 && r.toks[m.start-1].low == "to" {
				// "Iran has written to the Security Council to say it …":
				// the one who wrote says it, not the one written to
				finite := false
				for _, k := range r.clauseToks(at, 0, m.start-1) {
					if tag := r.toks[k].tag; tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" {
						finite = true
						if sp := r.subject(at, k); len(sp) > 0 {
							return sp
						}
						break
					}
				}
				if !finite && at != k && r.clauses[at].kind == kComp && r.clauses[at].speech >= 0 {
					// "has written to the Council to say …": the writer's
					return r.speakerOf(at)
				}
			}
			if sp := r.subject(at, m.start); len(sp) > 0 {
				return sp
			}
			if at != k && r.clauses[at].kind == kComp && r.pronounSubjectBefore(at, m.start) {
				// "Baghdad said it had told Sweden that …": "it" is the
				// one whose words hold the cue, not the one told
				return r.speakerOf(at)
			}
			// inverted: "…, said X"
			return r.actorsIn(r.clauseToks(at, m.end, len(r.toks)), true)
		}
	}
	if r.tail >= 0 && len(r.clauses[c].toks) > 0 && r.clauses[c].toks[0] < r.tail {
		return r.tailSpk
	}
	// "According to the ministry, …": the phrase before the comma
	if len(r.toks) > 3 && r.toks[0].low == "according" && r.toks[1].low == "to" {
		for k := 2; k < len(r.toks); k++ {
			if r.toks[k].low == "," {
				return r.actorsIn(r.span(2, k), true)
			}
		}
	}
	return nil
}

// reported reports whether clause c is someone's speech.
func (r *reader) reported(c int) bool {
	if op := r.clauses[c].opener; (op == "when" || op == "as" || op == "while") && r.tail >= 0 && len(r.clauses[c].toks) > 0 && r.clauses[c].toks[0] < r.tail {
		// "… were killed when Azerbaijani forces shelled …, Pashinyan
		// said": what happened then is told by the speaker ("after …"
		// stays the outlet's background)
		return true
	}
	if r.factual(c) && !r.insideSpeech(c) {
		// background told by the outlet: "…, after the US killed …" (but
		// "after Pyongyang announced that it was severing relations": its
		// words)
		return false
	}
	for k := c; k >= 0; k = r.clauses[k].parent {
		if r.clauses[k].kind == kComp {
			return true
		}
	}
	if r.tail >= 0 && len(r.clauses[c].toks) > 0 && r.clauses[c].toks[0] < r.tail {
		return true
	}
	for _, m := range r.matches {
		if m.p.Type == cueSpeech && m.p.Text == "according to" {
			return true
		}
	}
	return false
}

func (r *reader) negatedSpeech(c int) bool {
	for k := c; k >= 0; k = r.clauses[k].parent {
		if r.clauses[k].negated {
			return true
		}
	}
	return false
}

// hasCond reports whether a conditional clause ("if", "unless") hangs on c.
func (r *reader) hasCond(c int) bool {
	for k, cl := range r.clauses {
		if !cl.cond {
			continue
		}
		for p := cl.parent; p >= 0; p = r.clauses[p].parent {
			if p == c {
				return true
			}
		}
		_ = k
	}
	return false
}

// coordinated reports whether the verb at t is joined by "and"/"but" to
// what comes before it in its clause.
func (r *reader) coordinated(c, t int) bool {
	if r.absoluteWith(c, t) >= 0 {
		// "…, with police firing tear gas at demonstrators": an absolute
		// phrase with its own doer
		return true
	}
	if r.sent.Field == dateline.InHeadline {
		// a headline's "… march in Paris, police fire tear gas": a new
		// clause after the comma, with its own subject
		for k := t - 1; k >= 0 && k >= t-5 && r.clauseOf[k] == c; k-- {
			if r.toks[k].low == "," {
				if k+1 < t {
					return true
				}
				break
			}
			if _, ok := r.sectorOf(k); !ok && r.mentAt[k] < 0 && r.toks[k].tag != "DT" && r.toks[k].tag != "JJ" {
				break
			}
		}
	}
	for k := t - 1; k >= 0 && k >= t-5 && r.clauseOf[k] == c; k-- {
		tk := r.toks[k]
		if tk.low == "and" || tk.low == "but" || tk.low == "or" {
			return true
		}
		if tk.low == "," && k == t-1 && r.sent.Field == dateline.InHeadline && (r.toks[t].tag == "VBZ" || r.toks[t].tag == "VBP") {
			return true // a headline's "Iran, U.S. hold talks in Oman, agree to …"
		}
		cue, _ := r.cueAt(k)
		if beForms[tk.low] || tk.low == "has" || tk.low == "have" || tk.low == "had" || tk.tag == "RB" || tk.tag == "MD" ||
			cue == cueNeg || cue == cueFuture || cue == cueMaybe || tk.low == "also" || tk.low == "then" ||
			isTimeTok(tk) || tk.low == "on" && k+1 < t && isTimeTok(r.toks[k+1]) ||
			tk.low == "since" && k > 0 && (r.toks[k-1].low == "has" || r.toks[k-1].low == "have" || r.toks[k-1].low == "had") {
			continue // ("and has since delivered …")
		}
		return false
	}
	return false
}

// inContent reports whether verb match b lies in the words of speech act
// a before it ("demand that Russia stop its offensive and withdraw its
// troops": the withdrawal is demanded, not done by the one demanding).
func (r *reader) inContent(a, b int) bool {
	ma, mb := r.matches[a], r.matches[b]
	if !speechActs[ma.p.Type] && ma.p.Type != "REJECT" && ma.p.Type != "AGREE" {
		return false // ("agreed that neither would threaten or use force": the terms agreed)
	}
	if r.toks[mb.start].tag != "VB" {
		return false // "complained that … and expressed solidarity": the speaker's own
	}
	for k := ma.end; k < mb.start; k++ {
		low := r.toks[k].low
		if low == "that" || low == "to" && k+1 < len(r.toks) && r.toks[k+1].tag == "VB" {
			return true
		}
	}
	return false
}

// clauseIsMain reports whether clause c is a main clause or a complement,
// not a coded background clause (see coded).
func (r *reader) clauseIsMain(c int) bool {
	for k := c; k >= 0; k = r.clauses[k].parent {
		if r.clauses[k].kind == kSub {
			return false
		}
	}
	return true
}

// backgroundKept are the kinds of act coded in a factual adverbial clause
// even with no other side, or with a side of the doer's own country
// ("hours after the Russian leader ordered a partial mobilization", "as
// they protested against the order"): acts at home or with no target.
var backgroundKept = map[string]bool{"MOBILIZE": true, "PROTEST": true, "COERCE": true}

// factualSub reports whether the nearest sub clause holding c is a
// factual adverbial clause ("hours after the Russian leader ordered a
// mobilization", "as they protested against the order").
func (r *reader) factualSub(c int) bool {
	for k := c; k >= 0; k = r.clauses[k].parent {
		if r.clauses[k].kind == kSub {
			return r.factualClause(k)
		}
	}
	return false
}

// weBefore reports whether "we" is the subject before token t in clause c.
func (r *reader) weBefore(c, t int) bool {
	for _, i := range r.clauseToks(c, 0, t) {
		if r.toks[i].low == "we" {
			return true
		}
	}
	return false
}

// partnerOf returns the other side of the latest joint act (talks, an
// agreement, cooperation) of src's country, in this sentence or the three
// before it.
func (r *reader) partnerOf(src []actor) []actor {
	if countries(src) != 1 {
		return nil
	}
	return r.latest(3, func(ev dateline.Event) []actor {
		if !joint[ev.Type] || ev.Source == nil || ev.Target == nil || ev.Target.Country == "" || ev.Mode == dateline.Negated ||
			!sharesCountry(src, []actor{r.sourceActor(ev, -1)}) || sharesCountry(src, []actor{{ev: *ev.Target}}) {
			return nil
		}
		return []actor{{ev: *ev.Target, key: ev.Target.Country + "/" + ev.Target.Sector + "/" + ev.Target.Name, tokS: -1}}
	})
}

// groupWindow is how many sentences back "the two sides" may find the act
// whose sides it names (a quote of two sentences often comes between).
const groupWindow = 5

// groupWords count the members of a group phrase ("the two leaders").
var groupWords = map[string]int{"two": 2, "three": 3, "four": 4, "both": 2}

// groupSides resolves a people phrase naming a group by its number ("the
// two leaders", "both sides", "the three countries") to the sides of the
// latest event naming that many countries, none of them not's, in this
// sentence or the few before it.
func (r *reader) groupSides(a actor, not []actor) []actor {
	n := 0
	words := strings.Fields(strings.ToLower(a.ev.Name))
	if len(words) == 2 && words[0] == "each" {
		n = 2 // "Each side accused the other …": one of two sides
	}
	for _, w := range words {
		if n > 0 {
			break
		}
		if k, ok := groupWords[w]; ok {
			n = k
			break
		}
		if w != "the" && w != "all" {
			break
		}
	}
	if n == 0 {
		return nil
	}
	evs := append(append([]dateline.Event(nil), r.a.Events...), r.done...)
	// the doers of one act of the sentence before ("The Saudi and Iranian
	// sides thanked China for hosting and supporting the talks. The two
	// countries pledged …"), before any act's two sides
	for k := len(evs) - 1; k >= 0 && evs[k].Sentence >= r.si-1; k-- {
		if doers := r.doersOf(evs, k, a); len(doers) == n && !sharesCountry(doers, not) {
			return doers
		}
	}
	for k := len(evs) - 1; k >= 0; k-- {
		ev := evs[k]
		if ev.Sentence < r.si-groupWindow {
			break
		}
		// the doers of one act ("Sweden and Finland committed …": the
		// two countries), before one act's two sides
		if doers := r.doersOf(evs, k, a); len(doers) == n && !sharesCountry(doers, not) {
			return doers
		}
		var out []actor
		seen := map[string]bool{}
		for _, x := range []*dateline.EventActor{ev.Source, ev.Target} {
			if x == nil || x.Country == "" || seen[x.Country] {
				continue
			}
			seen[x.Country] = true
			y := *x
			y.Span = a.ev.Span
			out = append(out, actor{ev: y, key: y.Country + "/" + y.Sector + "/" + y.Name, tokS: a.tokS})
		}
		if sharesCountry(out, not) {
			continue // ("warned that … the two countries' membership …": not the speaker's own)
		}
		if len(out) >= 2 && (len(out) == n || n == 2 && len(out) == 2) {
			return out
		}
		if len(out) >= 2 && n > 2 {
			// a three-way event is recorded pair by pair: gather its pairs
			for j := k - 1; j >= 0 && evs[j].Sentence == ev.Sentence && evs[j].Type == ev.Type; j-- {
				for _, x := range []*dateline.EventActor{evs[j].Source, evs[j].Target} {
					if x != nil && x.Country != "" && !seen[x.Country] {
						seen[x.Country] = true
						y := *x
						y.Span = a.ev.Span
						out = append(out, actor{ev: y, key: y.Country + "/" + y.Sector + "/" + y.Name, tokS: a.tokS})
					}
				}
			}
			if len(out) == n {
				return out
			}
		}
	}
	return nil
}

// bareGroup returns n when the subject before token t in clause c is a
// number with no noun ("The two had held talks", "Both said"), else 0.
func (r *reader) bareGroup(c, t int) int {
	n := 0
	idx := r.clauseToks(c, 0, t)
	if r.clauses[c].kind == kComp {
		// "said after a call with his counterpart, Mykola Solskyi, on
		// Thursday that the two had agreed": the words after "that"
		for j := len(idx) - 1; j > 0; j-- {
			if r.toks[idx[j]].low == "that" {
				idx = idx[j:]
				break
			}
		}
	}
	for j, k := range idx {
		low := r.toks[k].low
		switch {
		case j == 0 && (r.clauses[c].kind == kSub && low == r.clauses[c].opener || r.clauses[c].kind == kComp && low == "that"):
			// "when the two meet", "said … that the two had agreed"
		case groupWords[low] > 0 && n == 0:
			n = groupWords[low]
		case low == "the" && n == 0:
		case n > 0 && (verbTag(r.toks[k].tag) || r.toks[k].tag == "MD" || r.toks[k].tag == "RB"):
		default:
			return 0
		}
	}
	return n
}

// futureWhen reports whether the verb at t, in the present tense, lies in
// a "when" or "once" clause that hangs on a clause with a future cue ("will
// raise it when the two meet"): a time still to come.
func (r *reader) futureWhen(c, t int) bool {
	cl := r.clauses[c]
	if cl.kind != kSub || cl.opener != "when" && cl.opener != "once" || cl.parent < 0 {
		return false
	}
	if tag := r.toks[t].tag; tag != "VBP" && tag != "VBZ" {
		return false
	}
	for _, k := range r.clauses[cl.parent].toks {
		if cue, _ := r.cueAt(k); cue == cueFuture {
			return true
		}
	}
	return false
}

// earlierSides returns the last n actors, of n countries, the sentence
// names before token t when t opens a subordinate clause ("Merkel said she
// would raise the case with Putin when the two meet"), placed at t; else
// nil.
func (r *reader) earlierSides(n, t int) []actor {
	if t == 0 || r.clauses[r.clauseOf[t]].kind == kMain {
		// ("when the two meet", "said after a call with his Ukrainian
		// counterpart that the two had agreed": a clause inside the one
		// naming them)
		return nil
	}
	var out []actor
	seen := map[string]bool{}
	for k := t - 1; k >= 0 && len(out) < n; k-- {
		if r.mentAt[k] < 0 || k > 0 && r.mentAt[k-1] == r.mentAt[k] {
			continue // not where a name starts
		}
		as := r.actorsIn(r.span(k, t), true)
		if len(as) == 0 {
			continue
		}
		a := as[0]
		if a.ev.Country == "" || seen[a.ev.Country] {
			continue
		}
		seen[a.ev.Country] = true
		a = r.standingAt(a, t)
		out = append(out, a)
	}
	if len(out) != n {
		return nil
	}
	return out
}

// standingAt returns actor a as named by the word at token t ("the two",
// "they"): a side read back from elsewhere, placed where this sentence
// names it.
func (r *reader) standingAt(a actor, t int) actor {
	a.ev.Span = dateline.Span{Field: r.sent.Field, Start: r.toks[t].start, End: r.toks[t].end}
	a.tokS = t
	return a
}

// priorSubjects returns the subject of the sentence before when it names
// n actors of n countries ("Ferrero-Waldner and Cécilia Sarkozy flew with
// the medics … The two had held talks"), placed at token t; else nil.
func (r *reader) priorSubjects(n, t int) []actor {
	if r.si == 0 || r.a.Sentences[r.si-1].Field != r.sent.Field {
		return nil
	}
	prev := r.s.newReader(r.a, r.si-1)
	for _, k := range prev.clauses[0].toks {
		if tg := prev.toks[k].tag; tg != "VBD" && tg != "VBZ" && tg != "VBP" && tg != "MD" {
			continue
		}
		var out []actor
		seen := map[string]bool{}
		for _, a := range prev.subject(0, k) {
			if a.ev.Country == "" {
				return nil
			}
			if seen[a.ev.Country] {
				continue // "Cécilia Sarkozy, the wife of the French President"
			}
			seen[a.ev.Country] = true
			a = r.standingAt(a, t)
			out = append(out, a)
		}
		if len(out) != n {
			return nil
		}
		return out
	}
	return nil
}

// doersOf returns the sources, one per country, of the events sharing
// event k's trigger, placed at a's span.
func (r *reader) doersOf(evs []dateline.Event, k int, a actor) []actor {
	var out []actor
	seen := map[string]bool{}
	for _, ev := range evs {
		if ev.Sentence != evs[k].Sentence || ev.Trigger != evs[k].Trigger || ev.Source == nil || ev.Source.Country == "" || seen[ev.Source.Country] {
			continue
		}
		seen[ev.Source.Country] = true
		y := *ev.Source
		y.Span = a.ev.Span
		out = append(out, actor{ev: y, key: y.Country + "/" + y.Sector + "/" + y.Name, tokS: a.tokS})
	}
	return out
}

// isPrep reports whether w is a preposition (see preps).
func isPrep(w string) bool { return preps[w] }

// scheduled are the future cues that announce a decided act ("will expel",
// "is due to sign"), not a vow or a readiness.
var scheduled = map[string]bool{"will": true, "would": true, "shall": true, "'ll": true, "wo": true,
	"going to": true, "set to": true, "is|are|was|were due to": true, "is|are|was|were due in|at": true, "scheduled to": true, "expected to": true}

// futureCue returns the pattern of the FUTURE cue standing before token t
// in clause c (see window), or "".
func (r *reader) futureCue(c, t int) string {
	for k := t - 1; k >= 0 && k >= t-8 && r.clauseOf[k] == c; k-- {
		if cue, m := r.cueAt(k); cue == cueFuture {
			return m.p.Text
		}
	}
	return ""
}

// participle reports whether the verb at t opens a participle clause after
// a comma (", freezing the assets of …"), or continues one ("and barring").
// A participle is coded only when its clause has no verb trigger before it:
// after one it tells the event's consequence (", killing 20 people").
func (r *reader) participle(t int) bool {
	return t > 0 && r.toks[t].tag == "VBG" && (r.toks[t-1].low == "," || r.toks[t-1].low == "and")
}

// visitPurpose reports whether the noun at t follows "for" in a clause
// whose verb is only a form of "be" ("is due in Tripoli … for talks", "was
// in Moscow for talks").
func (r *reader) visitPurpose(c, t int) bool {
	if t < 1 || r.toks[t-1].low != "for" {
		return false
	}
	be := false
	for _, k := range r.clauseToks(c, 0, t) {
		if r.verbTrigger(k) {
			return false
		}
		if tg := r.toks[k].tag; verbTag(tg) && tg != "VBG" && tg != "VBN" {
			if !beForms[r.toks[k].low] {
				return false
			}
			be = true
		}
	}
	return be
}

// namedBy reports whether the noun trigger of match mi is the object of a
// naming verb ("called the agreement …").
func (r *reader) namedBy(mi int) bool {
	for k := r.matches[mi].start - 1; k >= 0 && k >= r.matches[mi].start-4; k-- {
		if cue, _ := r.cueAt(k); cue == cueNaming {
			return true
		}
		if tg := r.toks[k].tag; tg != "DT" && tg != "JJ" && tg != "PRP$" && tg != "POS" {
			return false
		}
	}
	return false
}

// secondAct reports whether the verb of match mi is a participle after a
// comma telling a speech act of another type than the clause's first verb
// (match first): "threatened Iran with sanctions …, laying out a dozen
// demands" (", killing 12 people" after a strike tells its toll).
func (r *reader) secondAct(first, mi int) bool {
	t := r.matches[mi].start
	typ := r.matches[mi].p.Type
	return t > 0 && r.toks[t].tag == "VBG" && r.toks[t-1].low == "," && speechActs[typ] && typ != r.matches[first].p.Type
}

// addressed gives the events of a second act (see secondAct) that name no
// other side the target of the clause's first act: "threatened Iran …,
// laying out a dozen demands" are demands made of Iran.
func (r *reader) addressed(evs, firstEvs []dateline.Event) []dateline.Event {
	var first *dateline.EventActor
	for k := len(firstEvs) - 1; k >= 0; k-- {
		if ev := firstEvs[k]; ev.Target != nil && ev.Target.Country != "" {
			first = ev.Target
			break
		}
	}
	if first == nil {
		return evs
	}
	for i := range evs {
		ev := &evs[i]
		if ev.Source != nil && ev.Source.Country != first.Country && (ev.Target == nil || ev.Target.Country == ev.Source.Country) {
			t := *first
			ev.Target = &t
		}
	}
	return evs
}

// enclosingSubject reads the subject of the clauses that clause c depends
// on, nearest first: the actor of a participle clause ("Britain announced
// new sanctions, freezing …").
func (r *reader) enclosingSubject(c int) []actor {
	if len(r.clauses[c].toks) == 0 {
		return nil
	}
	first := r.clauses[c].toks[0]
	for k := r.clauses[c].parent; k >= 0; k = r.clauses[k].parent {
		if s := r.subject(k, first); len(s) > 0 {
			return s
		}
	}
	return nil
}

// relAntecedent reads the actor phrase ending at token e ("US State
// Department Spokesman Ned Price" before ", who").
func (r *reader) relAntecedent(e int) []actor {
	s := e
	for s > 0 && e-s < 10 {
		p := r.toks[s-1]
		if r.mentAt[s-1] >= 0 || p.tag == "NNP" || p.tag == "JJ" || p.low == "'s" || p.low == "of" || p.low == "the" {
			if _, ok := r.sectorOf(s - 1); ok || r.mentAt[s-1] >= 0 || p.tag == "NNP" || p.tag == "JJ" || p.low == "'s" || p.low == "of" || p.low == "the" {
				s--
				continue
			}
		}
		break
	}
	return r.actorsIn(r.span(s, e+1), true)
}

// mustRequest codes "X said Y must/should …" as a REQUEST from X on Y.
func (r *reader) mustRequest(c int, verbs []int, speaker []actor) ([]dateline.Event, bool) {
	if len(speaker) == 0 || !r.reported(c) {
		return nil, false
	}
	cl := r.clauses[c]
	mustAt := -1
	for _, i := range cl.toks {
		if cue, m := r.cueAt(i); cue == cueMust && m.start == i {
			mustAt = i
			break
		}
		if r.at[i] >= 0 && isPlover(r.matches[r.at[i]].p.Type) && !r.matches[r.at[i]].p.Noun {
			break
		}
	}
	if mustAt < 0 {
		return nil, false
	}
	if k := r.matches[r.at[mustAt]].end; k < len(r.toks) && (beForms[r.toks[k].low] || k+1 < len(r.toks) && (r.toks[k].low == "not" || r.toks[k].low == "n't") && beForms[r.toks[k+1].low]) {
		return nil, false // "X should be alive today": a judgment, not a demand on X
	}
	tgt := r.subject(c, mustAt)
	if len(tgt) == 0 && r.pronounOrNothingBefore(c, mustAt) {
		// "The EU told Belgrade it must recognise Kosovo": the one told
		// must
		tgt = r.toldAudience(c, speaker)
	}
	if len(tgt) == 0 {
		return nil, false
	}
	trig := r.toks[mustAt]
	var out []dateline.Event
	for _, s := range speaker {
		for _, t := range tgt {
			if s.key == t.key || sameState(s.ev, t.ev) || r.ownCountry(s.ev, t.ev) || r.ownBody(s.ev, t.ev) {
				continue // "Russia must defend itself," Lavrov said
			}
			s, t := s, t
			ev := r.newEvent(c, "REQUEST", trig.start, trig.end, &s, &t, nil, mustAt)
			ev.Mode = dateline.Reported // a demand made in words
			ev.Quote = r.quoteAt(trig.start, trig.end)
			out = append(out, ev)
		}
	}
	return out, len(out) > 0
}

// policeOnly reports whether every source is police: forces that act at
// home, unlike an army.
func policeOnly(src []actor) bool {
	for _, a := range src {
		if a.ev.Sector != "COP" {
			return false
		}
	}
	return len(src) > 0
}

// domesticTypes may take the source's country as target by convention
// (Options.DomesticTargets).
var domesticTypes = map[string]bool{"PROTEST": true, "COERCE": true, "CONCEDE": true, "REJECT": true, "REQUEST": true, "THREATEN": true, "ACCUSE": true}

// placeTargets are the types whose target may be the people of the place
// they happen in, when the clause names no one else.
var placeTargets = map[string]bool{"ASSAULT": true, "COERCE": true, "MOBILIZE": true, "PROTEST": true, "RETREAT": true}

// condSubject reads the subject of a conditional clause ("if", "unless")
// hanging on clause c, when it names an actor other than the sources.
func (r *reader) condSubject(c int, src []actor) []actor {
	for k, cl := range r.clauses {
		if !cl.cond || cl.parent != c || len(cl.toks) < 2 {
			continue
		}
		as := r.actorsIn(cl.toks[1:], true)
		var out []actor
		for _, a := range as {
			if a.ev.Country == "" {
				continue
			}
			dup := false
			for _, s := range src {
				dup = dup || s.ev.Country == a.ev.Country
			}
			if !dup {
				out = append(out, a)
			}
		}
		_ = k
		return out
	}
	return nil
}

// askedBefore returns, when the condition on clause c has a pronoun
// subject ("if it does not"), the target of the latest demand the same
// side made in this sentence or the two before it.
func (r *reader) askedBefore(c int, src []actor) []actor {
	pronoun := false
	for _, cl := range r.clauses {
		if cl.cond && cl.parent == c && len(cl.toks) > 1 {
			low := r.toks[cl.toks[1]].low
			pronoun = low == "it" || low == "they"
		}
	}
	if !pronoun || countries(src) == 0 {
		return nil
	}
	return r.latest(2, func(ev dateline.Event) []actor {
		if ev.Type == "REQUEST" && ev.Target != nil && ev.Target.Country != "" && ev.Source != nil && sharesCountry(src, []actor{r.sourceActor(ev, -1)}) &&
			!sharesCountry(src, []actor{{ev: *ev.Target}}) {
			return []actor{{ev: *ev.Target, key: ev.Target.Country + "/" + ev.Target.Sector + "/" + ev.Target.Name, tokS: -1}}
		}
		return nil
	})
}

// untilSubject returns the subject of an "until" or "unless" clause
// depending on clause c, when of a country other than the sources'.
func (r *reader) untilSubject(c int, src []actor) []actor {
	for _, cl := range r.clauses {
		if cl.parent != c || cl.opener != "until" && cl.opener != "unless" || len(cl.toks) < 2 {
			continue
		}
		var out []actor
		for _, a := range r.actorsIn(cl.toks[1:], true) {
			if a.ev.Country != "" && !sharesCountry([]actor{a}, src) {
				out = append(out, a)
			}
		}
		return out
	}
	return nil
}

// condAct returns the doer of the act a condition of clause c names ("if
// the attacks continued": the source of the article's latest attack), when
// of a country other than the sources'.
func (r *reader) condAct(c int, src []actor) []actor {
	for _, cl := range r.clauses {
		if !cl.cond || cl.parent != c || len(cl.toks) < 2 {
			continue
		}
		var out []actor
		for _, a := range r.actOf(cl.toks[1:], src) {
			if !sharesCountry([]actor{a}, src) {
				out = append(out, a)
			}
		}
		return out
	}
	return nil
}

// placeTarget returns, as a target, the country of a place named after
// the trigger in clause c ("in Gaza"), when it differs from every source's.
func (r *reader) placeTarget(c, e int, src []actor) []actor {
	if r.s.places == nil {
		return nil
	}
	r.findPlaces()
	cut := r.nextSubjectClause(c, e)
	for _, pm := range r.placeMatches {
		if pm.Context || pm.Location.Country == "" {
			continue
		}
		start := r.sent.Start + pm.Start
		ti := r.tokAt(start)
		if ti >= cut {
			break // "… restricted access to Instagram and Raisi addressed the assembly in New York"
		}
		if ti < e || r.clauseOf[ti] != c || !r.afterLocPrep(ti) && !(ti > 0 && r.toks[ti-1].low == "from" && e > 0 && r.at[e-1] >= 0 && r.matches[r.at[e-1]].p.Type == "RETREAT") {
			// ("withdrew its troops from Kherson": where it withdrew from)
			continue
		}
		foreign := false // ("Rwandan and Mozambican troops recaptured the town in Cabo Delgado": one side fights abroad)
		for _, s := range src {
			if s.ev.Country != pm.Location.Country {
				foreign = true
			}
		}
		if !foreign {
			return nil
		}
		ev := dateline.EventActor{Name: pm.Text, Entity: -1, Country: pm.Location.Country,
			Span: dateline.Span{Field: r.sent.Field, Start: start, End: r.sent.Start + pm.End}}
		return []actor{{ev: ev, key: ev.Country + "//" + ev.Name, tokS: ti}}
	}
	if cl := r.clauses[c]; cl.kind == kSub && cl.opener == "where" && len(cl.toks) > 0 {
		// "rebuild Gaza, where Israeli airstrikes had destroyed homes":
		// the place the clause is about
		w := cl.toks[0]
		for _, pm := range r.placeMatches {
			end := r.tokAt(r.sent.Start + pm.End - 1)
			if pm.Context || pm.Location.Country == "" || end < 0 || end+1 > w || !(end+1 == w || end+2 == w && r.toks[end+1].low == ",") {
				continue
			}
			if len(src) == 0 || sharesCountry(src, []actor{{ev: dateline.EventActor{Country: pm.Location.Country}}}) {
				return nil
			}
			start := r.sent.Start + pm.Start
			ev := dateline.EventActor{Name: pm.Text, Entity: -1, Country: pm.Location.Country,
				Span: dateline.Span{Field: r.sent.Field, Start: start, End: r.sent.Start + pm.End}}
			return []actor{{ev: ev, key: ev.Country + "//" + ev.Name, tokS: r.tokAt(start)}}
		}
	}
	// "raided a camp inside Ecuadorian territory": the country of the
	// people named
	for _, i := range r.clauseToks(c, e, min(cut, len(r.toks))) {
		if i+2 >= len(r.toks) || !locPreps[r.toks[i].low] || r.toks[i].low == "of" || !territoryNouns[r.toks[i+2].low] {
			continue
		}
		mi := r.mentAt[i+1]
		if mi < 0 || r.mentions[mi].Kind != dateline.MentionDemonym {
			continue
		}
		country := r.mentions[mi].Country
		if en := r.mentions[mi].Entity; en >= 0 && en < len(r.a.Entities) && r.a.Entities[en].Country != "" {
			country = r.a.Entities[en].Country
		}
		if country == "" || country == "IGO" || len(src) == 0 || sharesCountry(src, []actor{{ev: dateline.EventActor{Country: country}}}) {
			return nil
		}
		ev := dateline.EventActor{Entity: -1, Country: country}
		return []actor{{ev: ev, key: country + "//territory", tokS: i + 1}}
	}
	// "strikes hit power plants across the country": the dateline's
	// country, when the story is filed from it
	for _, i := range r.clauseToks(c, e, len(r.toks)) {
		if i+2 < len(r.toks) && locPreps[r.toks[i].low] && r.toks[i].low != "of" && r.toks[i+1].low == "the" && (r.toks[i+2].low == "country" || r.toks[i+2].low == "nation") {
			country := r.lastCountryNamed(i, src)
			if country == "" {
				// "strikes hit power plants across the country" (KYIV)
				loc, ok := r.datelineLoc()
				if !ok {
					return nil
				}
				country = loc.Country
			}
			if len(src) == 0 || sharesCountry(src, []actor{{ev: dateline.EventActor{Country: country}}}) {
				return nil
			}
			ev := dateline.EventActor{Entity: -1, Country: country}
			return []actor{{ev: ev, key: country + "//country", tokS: i + 2}}
		}
	}
	return nil
}

// territoryNouns name a country's ground after its demonym ("Ecuadorian
// territory", "on Venezuelan soil").
var territoryNouns = map[string]bool{"territory": true, "soil": true, "airspace": true, "waters": true, "land": true}

// nextSubjectClause returns the token where, after token e in clause c, a
// coordinated clause with its own subject begins ("and President Raisi
// addressed …"), else len(r.toks).
func (r *reader) nextSubjectClause(c, e int) int {
	idx := r.clauseToks(c, e, len(r.toks))
	for k, i := range idx {
		if low := r.toks[i].low; low != "and" && low != "but" || k+1 >= len(idx) || r.mentAt[idx[k+1]] < 0 && r.toks[idx[k+1]].tag != "NNP" {
			continue
		}
		for n := k + 1; n < len(idx) && n <= k+7; n++ {
			tk := r.toks[idx[n]]
			if tk.tag == "VBD" || tk.tag == "VBZ" || tk.tag == "VBP" || tk.tag == "MD" {
				return i
			}
			if r.mentAt[idx[n]] < 0 && !strings.HasPrefix(tk.tag, "NN") && tk.tag != "DT" && tk.tag != "JJ" && tk.tag != "POS" {
				break
			}
		}
	}
	return len(r.toks)
}

// answered returns the actor whose act an event of clause c answers, read
// after token e: "in response to|in retaliation for|over|after X's act"
// (a possessive actor), when of a country other than the sources'.
func (r *reader) answered(c, e int, src []actor) []actor {
	idx := r.clauseToks(c, e, len(r.toks))
	for k, i := range idx {
		low := r.toks[i].low
		start := -1
		switch {
		case low == "response" && k > 0 && r.toks[idx[k-1]].low == "in" && k+1 < len(idx) && r.toks[idx[k+1]].low == "to":
			start = k + 2
		case low == "retaliation" && k > 0 && r.toks[idx[k-1]].low == "in" && k+1 < len(idx) && r.toks[idx[k+1]].low == "for":
			start = k + 2
		case low == "over" || low == "after":
			start = k + 1
		}
		if start < 0 || start >= len(idx) {
			continue
		}
		// an actor right there, owning the act: "Moscow's recognition"
		j := start
		if r.toks[idx[j]].low == "the" && j+1 < len(idx) {
			j++
		}
		mi := r.mentAt[idx[j]]
		if mi < 0 {
			continue
		}
		end := j
		for end < len(idx) && r.mentAt[idx[end]] == mi {
			end++
		}
		if end >= len(idx) || r.toks[idx[end]].low != "'s" && r.toks[idx[end]].low != "’s" && r.toks[idx[end]].low != "'" {
			continue
		}
		as := r.actorsIn(idx[j:end], false)
		if len(as) > 0 && !sharesCountry(as, src) {
			return as
		}
	}
	return nil
}

// datelineLoc returns the dateline's place, when the gazetteer knows its
// country.
func (r *reader) datelineLoc() (dateline.Location, bool) {
	if r.dl == nil || r.dl.Country == "" {
		return dateline.Location{}, false
	}
	return *r.dl, true
}

// placeState returns the country where clause c's event happens: the
// place after a setting preposition in the clause, else the dateline's
// place when the sentence names none; "" when unknown.
func (r *reader) placeState(c int) string {
	if loc, ok := r.settingPlace(c); ok {
		return loc.Country
	}
	if loc, ok := r.datelinePlace(); ok {
		return loc.Country
	}
	return ""
}

// unplaced reports whether no target has a country: none named, or only
// people or things without one ("military and energy facilities").
func unplaced(tgt []actor) bool {
	for _, a := range tgt {
		if a.ev.Country != "" || !a.bare {
			return false
		}
	}
	return true
}

// partNouns name a part of a place: "the heart of Baghdad".
var partNouns = map[string]bool{"heart": true, "centre": true, "center": true, "outskirts": true, "streets": true, "suburbs": true, "edge": true, "north": true, "south": true, "east": true, "west": true, "part": true, "parts": true}

// afterLocPrep reports whether token ti follows a locative preposition,
// over a determiner and adjectives ("in the occupied West Bank").
func (r *reader) afterLocPrep(ti int) bool {
	for k := ti - 1; k >= 0 && k >= ti-6; k-- {
		t := r.toks[k]
		if locPreps[t.low] {
			if t.low == "of" && k > 0 && partNouns[r.toks[k-1].low] {
				// "into the heart of Baghdad", "on the outskirts of Kyiv"
				k--
				continue
			}
			return t.low != "of" && t.low != "to" && t.low != "from"
		}
		if !determiners[t.low] && t.tag != "JJ" && t.tag != "DT" && t.tag != "VBN" {
			return false
		}
	}
	return false
}

// speakersOwn reports whether the verb of match mi, coordinated in the
// speech complement c after its first verb (match first), belongs to the
// speech clause instead: same form as the speech verb, not as the first verb.
func (r *reader) speakersOwn(c, first, mi int) bool {
	cl := r.clauses[c]
	if cl.kind != kComp || cl.speech < 0 {
		return false
	}
	sv := r.toks[r.matches[cl.speech].start].tag
	v, f := r.toks[r.matches[mi].start].tag, r.toks[r.matches[first].start].tag
	if f == "VBN" && !verbal(r.matches[mi].p.Type) {
		// "said police had shot dead five people and wounded 31 others":
		// a deed after a perfect shares its auxiliary (the tagger reads
		// "wounded" as a past tense); one who speaks seldom does a deed
		// in the same breath
		return false
	}
	return sv != "" && v == sv && f != v && r.toks[r.matches[mi].start-1].low == "and"
}

// code reads the event(s) of one trigger; own marks a verb of the speaker's
// clause read inside its complement.
func (r *reader) code(c int, m *match, speaker []actor, subj [][]actor, own bool) ([]dateline.Event, []actor) {
	p := m.p
	typ := p.Type
	if typ == "ASSAULT" && !p.Noun && riotVerbs[r.toks[m.start].low] && r.riotersBefore(m.start) {
		// "protesters stormed the Swedish embassy": a crowd's riot is a
		// protest (PLOVER PROTEST, riot), not an armed attack
		typ = "PROTEST"
	}
	if p.Type == "REJECT" && r.toks[m.start].low != "rejected" && strings.HasPrefix(r.toks[m.start].low, "den") && m.end < len(r.toks) && r.toks[m.end].tag == "VBG" {
		// "Iran denied sending weapons to Russia": a denial of a deed,
		// not a rejection aimed at the deed's recipient
		return nil, nil
	}
	// "civilians killed since January", "aid promised by X": a participle
	// after its noun is passive when the pattern takes an object
	pass := !p.Noun && !p.Passive && !p.Phrase && (r.passive(m.start) || p.Obj == roleTarget && r.reducedPassive(m.start))
	var src, tgt []actor
	put := func(role string, as []actor) {
		switch role {
		case roleSource:
			src = appendActors(src, as)
		case roleTarget:
			tgt = appendActors(tgt, as)
		}
	}
	if p.Crowd && !r.crowdBefore(m.start) {
		return nil, nil // "ministers gathered in Brussels"
	}
	if p.Type == "PROTEST" && p.Noun && r.campaignRally(m) {
		return nil, nil // "at a campaign rally in Florida", "a Trump rally", "Sanders held a rally"
	}
	// the subject
	var sub []actor
	if own || len(speaker) > 0 && !p.Noun && speechActs[typ] && r.clauses[c].kind == kComp && m.start > 0 && r.toks[m.start-1].low == "and" {
		// "Xie said the U.S. side would pay the price and urged
		// Washington to…": a speech act coordinated after the words is
		// the speaker's
		sub = speaker
	} else if p.Noun {
		sub = r.modifiers(c, m.start)
		if len(sub) == 0 && r.lightObject(c, m.start) {
			// "launched a mediation effort", "announced a suspension"
			sub = r.subject(c, m.start)
			if x := r.infinitiveSubject(c, m.start); len(x) > 0 {
				sub = x // "Kyiv expected Russia to launch new offensives"
			}
		}
		if len(sub) == 0 && joint[p.Type] && r.visitPurpose(c, m.start) {
			// "Sarkozy is due in Tripoli on Wednesday for talks with
			// Gaddafi": the one there takes part
			sub = r.subject(c, m.start)
		}
		if len(sub) == 0 && joint[p.Type] && r.betweenTheTwo(m.end) {
			// "before the summit, the first ever between the two
			// countries": the sides of the joint act told last
			if sides := r.latestJointSides(); len(sides) == 2 {
				sub, tgt = sides[:1], append(tgt, sides[1])
			}
		}
		if len(sub) == 0 && len(speaker) > 0 && r.speechObject(m.start) {
			sub = speaker // "Italy announced a suspension of air links"
		}
		if m.start > 0 && r.venue(m.start-1, p.Type) {
			// "the Vienna talks were…": the city is no side
			kept := sub[:0]
			for _, a := range sub {
				if a.tokS != m.start-1 {
					kept = append(kept, a)
				}
			}
			sub = kept
		}
	} else if ps := r.possessor(c, m.start); len(ps) > 0 {
		// "was looking into Ankara's request": a verb's noun after its
		// owner is the owner's act, addressed to the clause's subject
		sub = ps
		if speechActs[p.Type] {
			for _, a := range r.subject(c, m.start) {
				if a.ev.Country != "" && !sharesCountry(ps, []actor{a}) {
					tgt = append(tgt, a)
				}
			}
		}
	} else if th := r.thankedFor(c, m.start); len(th) > 0 {
		sub = th // "thanked Oman for hosting the talks": Oman hosted them
	} else if cr := r.crowdDoing(c, r.at[m.start]); len(cr) > 0 {
		sub = cr // "to disperse thousands of people protesting outside parliament"
	} else {
		sub = r.subject(c, m.start)
		if n := r.bareGroup(c, m.start); n > 0 {
			first := r.clauseToks(c, 0, m.start)[0]
			if es := r.earlierSides(n, first); len(es) > 0 {
				sub = es // "would raise the case with Putin when the two meet"
			} else if len(sub) == 0 {
				sub = r.priorSubjects(n, first) // "The two had held talks with Gaddafi"
			}
		}
	}
	if m.start > 0 && p.Type == "CONSULT" && visitNouns[r.toks[m.start].low] && nounTag(r.toks[m.start].tag) && r.mentAt[m.start-1] >= 0 {
		// "Pelosi's Taiwan visit": the visitor's, to the place named
		if host := r.actorsIn(r.span(m.start-1, m.start), false); len(host) > 0 {
			tgt = appendActors(tgt, host)
			sub = r.modifiers(c, m.start-1)
		}
	}
	if len(sub) == 0 && !own && !p.Noun && r.tail >= 0 && m.start > r.tail && len(r.tailSpk) > 0 && r.participleTail(m.start) {
		sub = r.tailSpk // "…, Anwar announced after hosting talks between …": the one announcing
	}
	speakersAct := false
	if len(sub) == 0 && !own && !p.Noun {
		// (a noun with no doer before it, "threats of new strikes do not
		// help", is a mention, not the speaker's act)
		switch {
		case len(speaker) > 0 && r.clauses[c].kind == kComp && speechActs[typ] && m.start > 0 && r.toks[m.start-1].low == "and":
			// "said that the expansion was a war crime and called on
			// Israel to …": a speech act after the words is the speaker's,
			// told by the outlet
			sub = speaker
			speakersAct = true
		case r.pronounOrNothingBefore(c, m.start) && r.thirdPersonQuoted(c, m.start):
			// '"The Turkish side did not notify us, and they came under
			// fire"': a third person in the speaker's own words is not
			// the speaker; after "and" it is the subject just named
			if r.clauses[c].parent >= 0 && r.toks[r.clauses[c].toks[0]].low == "and" {
				sub = r.clauseSubject(r.clauses[c].parent)
			}
		case r.pronounOrNothingBefore(c, m.start) && len(speaker) > 0 && r.clauses[c].kind == kComp:
			sub = speaker
		case r.pronounOrNothingBefore(c, m.start) && r.clauses[c].parent >= 0 && subj[r.clauses[c].parent] != nil:
			sub = subj[r.clauses[c].parent]
		case r.pronounOrNothingBefore(c, m.start) && len(speaker) > 0:
			sub = speaker
		}
	}
	if len(sub) == 0 {
		sub = r.possessed(c, m.start, speaker, subj)
	}
	if len(sub) == 1 && sub[0].bare {
		if g := r.groupSides(sub[0], nil); len(g) > 0 {
			sub = g // "the two leaders agreed …": the sides named before
		} else if v := r.visitorOf(sub[0]); v != nil {
			sub = []actor{*v} // "The visiting minister held talks with …"
		}
	}
	if len(sub) == 0 && !own && !p.Noun && r.participle(m.start) {
		sub = r.enclosingSubject(c)
	}
	if len(sub) == 0 && !own && p.Noun && joint[p.Type] && !r.factual(c) && r.inTalksAfterCue(m.start) {
		// "Erdogan said in a phone call with Putin that …": the one
		// speaking took part
		sub = r.subject(c, m.start)
	}
	if len(sub) == 0 && !own && p.Noun && joint[p.Type] && r.factual(c) {
		sub = r.enclosingSubject(c) // "Putin said after talks with Erdogan"
		if len(sub) == 0 {
			sub = r.speakerOf(c) // "said after talks with Erdogan that …"
		}
		for q := range r.a.Quotes {
			if len(sub) > 0 {
				break
			}
			if r.a.Quotes[q].Sentence == r.si {
				sub = r.quoteSpeakerOf(q) // '"…," Zelenskiy wrote after a phone call with Biden'
			}
		}
	}
	if len(sub) == 0 && !own && r.clauses[c].ante >= 0 {
		sub = r.relAntecedent(r.clauses[c].ante) // "Ned Price, who condemned …"
	}
	if (p.Subj == roleNone || p.Subj == roleTarget && !p.Passive) && len(speaker) > 0 &&
		(r.clauses[c].kind == kComp || r.reported(c) || r.quoteAt(r.toks[m.start].start, r.toks[m.end-1].end) >= 0) {
		// "X said there would be consequences", "said Iran would face
		// consequences": the speaker's threat
		put(roleSource, speaker)
	}
	role := p.Subj
	if pass && role == roleSource {
		role = roleTarget
	}
	put(role, sub)
	if !p.Noun && !pass {
		obj := r.object(c, m.end)
		if p.Obj == roleTarget {
			if co := r.countryObject(m.end, src); len(co) > 0 {
				obj = co // "suspended the country"
			}
			if mo := r.missionOwner(c, m.end, speaker, subj); len(mo) > 0 {
				obj = mo // "after protesters stormed its embassy in Tehran"
			}
		}
		put(p.Obj, obj)
	}
	preps := make([]string, 0, len(p.Preps))
	for w := range p.Preps {
		preps = append(preps, w)
	}
	sort.Strings(preps)
	for _, w := range preps {
		if w != "gap" {
			put(p.Preps[w], r.prep(c, m.end, w))
		}
	}
	if pass {
		put(roleSource, r.prep(c, m.end, "by"))
	}
	if w, ok := p.Preps["gap"]; ok {
		// actors inside the pattern's gap: "shares Germany's concerns"
		for k := m.start + 1; k < m.end; k++ {
			if r.mentAt[k] >= 0 {
				put(w, r.actorsIn(r.span(k, m.end), false))
				break
			}
		}
	}
	if m.slotS >= 0 {
		var idx []int
		if m.slotE > m.slotS {
			idx = r.span(m.slotS, m.slotE)
		} else {
			idx = r.clauseToks(c, m.slotS, len(r.toks))
		}
		if len(idx) > 1 && r.toks[idx[0]].tag == "PRP$" {
			idx = idx[1:] // "expects its NATO allies to"
		}
		as := r.groupPhrase(idx, src) // "complaints against all three countries"
		if len(as) == 0 {
			as = r.actorsIn(idx, true)
		}
		put(p.Slot, as)
	}
	if len(tgt) == 1 && tgt[0].bare && tgt[0].ev.Country == "" {
		if g := r.groupSides(tgt[0], nil); len(g) > 0 && !sharesCountry(g, src) {
			tgt = g // "called on both sides to show restraint"
		}
	}
	for i := range tgt {
		if tgt[i].bare && tgt[i].ev.Country == "" && r.countryPossessor(tgt[i].tokS) {
			// "urged the country's leaders to …": the country named last
			tgt[i].ev.Country = r.lastCountryNamed(tgt[i].tokS, src)
		}
	}
	src, tgt = r.bodyNouns(src), r.bodyNouns(tgt)
	if p.Official {
		kept := src[:0]
		for _, a := range src {
			people := a.ev.Sector == "" && a.ev.Entity >= 0 && a.ev.Entity < len(r.a.Entities) && r.a.Entities[a.ev.Entity].Type == dateline.Place
			if !a.bare && a.ev.Sector != "CVL" && !people || stateSector[a.ev.Sector] {
				kept = append(kept, a) // ("thousands of Syrians fled": a people)
			}
		}
		src = kept
	}
	if len(tgt) == 0 && !p.Both && !pass && len(speaker) > 0 && countries(src) > 0 && m.end < len(r.toks) {
		// "Baku said Armenian forces had shelled its positions": what is
		// the speaker's, in the speaker's words
		if w := r.toks[m.end].low; (w == "its" || w == "our") && r.clauseOf[m.end] == c && !sharesCountry(speaker, src) {
			for _, s := range speaker {
				if s.ev.Country != "" {
					t := s
					t.tokS = m.end
					tgt = []actor{t}
					break
				}
			}
		}
	}
	mutual := p.Both
	if !mutual && countries(src) >= 2 && countries(tgt) == 0 && r.otherPossessive(m.end) {
		// "each side expelled the other's ambassador": the sides' own
		// people, each acted on by the other
		tgt = nil
	}
	if !mutual && len(tgt) == 0 && countries(src) >= 2 && r.eachOther(c, m.end) {
		// "pledged not to interfere in each other's internal affairs":
		// the sides act on one another, whatever the verb
		mutual = true
	}
	if !mutual && typ == "ASSAULT" && countries(src) >= 2 && countries(tgt) == 0 && fightVerbs[r.toks[m.start].low] && (m.end >= len(r.toks) || fightAfter[r.toks[m.end].low]) {
		// "Kyrgyz and Tajik forces fought with tanks and drones": the
		// sides fought one another (not "… fought with Islamic State
		// militants")
		arms := true
		for _, t := range tgt {
			arms = arms && t.ev.Entity < 0 && (t.ev.Sector == "" || t.ev.Sector == "MIL")
		}
		if arms {
			tgt, mutual = nil, true
		}
	}
	if !mutual && len(tgt) == 0 && (countries(src) >= 2 || rivalSides(src)) && (!p.Single || typ == "AGREE" && r.infinitiveAt(m.end)) && (typ == "AGREE" || cooperative(typ) && typ != "AID" && typ != "RETREAT" && typ != "CONCEDE") {
		// "Turkey and Russia agreed to …": an agreement between them,
		// unless what they agree to names a third side ("agreed to lift
		// restrictions on arms sales to Turkey")
		if third := r.later(c, m.end, src); len(third) > 0 && !sharesCountry(third, src) && third[0].tokS > 0 && recipientPreps[r.toks[third[0].tokS-1].low] {
			tgt = third
		} else {
			mutual = true
		}
	}
	switch {
	case pass || p.Subj == roleTarget || mutual && len(src) >= 2:
	case p.Both && len(src)+len(tgt) < 2 && r.weBefore(c, m.start) && len(r.partnerOf(src)) > 0:
		// '"We will work together …," Erdogan said' after his talks
		// with Putin: "we" are the speaker and the one he just met
		tgt = r.partnerOf(src)
	case p.Both && len(src)+len(tgt) < 2:
		tgt = r.later(c, m.end, src)
	case !p.Both && len(tgt) == 0 && (p.Obj != roleNone || r.complement(c, m.end)) && !(p.Obj == roleTarget && r.collectiveAfter(m.end)):
		// ("urged Western states to lift sanctions imposed in the Assad
		// era": the collective named is the target, with no country)
		tgt = r.later(c, m.end, src)
	}
	if dl, ok := r.datelineLoc(); ok && countries(src) > 0 && officialSides(src) && !sharesCountry(src, []actor{{ev: dateline.EventActor{Country: dl.Country}}}) && !pass {
		// "They urged the authorities to respect the right to peaceful
		// assembly" (NAIROBI), said by foreign envoys: the state bodies of
		// the place the story is told from
		for i := range tgt {
			if tgt[i].bare && tgt[i].ev.Country == "" && stateSector[tgt[i].ev.Sector] && tgt[i].ev.Sector != "MIL" && r.definiteAt(tgt[i].tokS) {
				if sole, _ := r.soleCountry(c, append(append([]actor(nil), src...), tgt...)); sole == "" {
					tgt[i].ev.Country = dl.Country
				}
			}
		}
	}
	if !pass && countries(src) == 1 && len(tgt) > 0 && r.stateActor(src[0]) {
		// "Nairobi summoned the ambassador": a foreign envoy with no
		// country named is the story's sole counterpart's
		for i := range tgt {
			if tgt[i].bare && tgt[i].ev.Country == "" && envoyNoun(tgt[i].ev.Name) && !r.possessedAt(tgt[i].tokS) {
				if cp := r.soleCounterpart(src); len(cp) > 0 {
					tgt[i].ev.Country = cp[0].ev.Country
				}
			}
		}
	}
	// people phrases without a country ("the president", "police") are of
	// the one country the sentence names, if it names only one
	if sole, placed := r.soleCountry(c, append(append([]actor(nil), src...), tgt...)); sole != "" {
		// a doer takes no country from the phrase naming the person or
		// body it acts on ("the junta expelled the French ambassador")
		fromTarget := false
		for _, t := range tgt {
			if !t.bare && t.ev.Country == sole && r.demonymIn(t.ev.Span) {
				if _, apart := r.soleCountry(c, tgt); !apart {
					fromTarget = true
				}
			}
		}
		// "Police arrested a Russian citizen travelling under the name
		// …" (BERLIN): police arrest where they act (see placeState below)
		policeHere := false
		if (typ == "COERCE" || typ == "ASSAULT") && policeOnly(src) {
			st := r.placeState(c)
			policeHere = st != "" && st != sole
		}
		for n, as := range [][]actor{src, tgt} {
			for i := range as {
				if n == 0 && (fromTarget || policeHere) {
					continue
				}
				if (typ == "PROTEST" || p.Type == "PROTEST") && r.clauses[c].opener == "where" {
					// "Macron toured the district, where angry residents
					// called for the fall of the government": people
					// protest where they live, against their own rulers,
					// not the country of the one named before "where"
					continue
				}
				// state bodies ("the president", "police") are the country's;
				// people ("students", "12 people") only when the sentence
				// names the country apart from the event's other side
				if as[i].bare && as[i].ev.Country == "" && (stateSector[as[i].ev.Sector] || placed && as[i].ev.Sector != "") && !r.foreignModifier(as[i].tokS) {
					as[i].ev.Country = sole
				}
			}
		}
	}
	both := mutual
	if p.Mutual && countries(src) >= 2 {
		typ, both = "COOPERATE", true
	}
	if both && countries(src) >= 2 && len(tgt) > 0 {
		// "Russia and Ukraine carried out an exchange of prisoners, with
		// 248 Russian servicemen brought back": a side's own people are
		// no third side of a mutual act
		kept := tgt[:0:0]
		for _, a := range tgt {
			if !sharesCountry(src, []actor{a}) {
				kept = append(kept, a)
			}
		}
		tgt = kept
	}

	// mode and the PLOVER reading of intentions
	w := r.window(c, m.start)
	neg := w[cueNeg] || r.negatedSpeech(c) && !own
	fut, maybe := w[cueFuture] || m.start == r.pledged, w[cueMaybe]
	if p.Noun && !fut && r.futureCue(c, m.start) != "" && r.visitPurpose(c, m.start) {
		fut = true // "is due in Tripoli on Wednesday for talks"
	}
	futWhen := !fut && r.futureWhen(c, m.start)
	if futWhen {
		fut = true // "she would raise the case with Putin when the two meet"
	}
	cond := r.hasCond(c)
	intended := "" // a cooperative action stated as an intention
	if fut || maybe && cond {
		switch {
		case cooperative(typ) && typ != "AGREE" && fut && !maybe && !cond && (scheduled[r.futureCue(c, m.start)] || futWhen) && (mutual || p.Both) && len(src)+len(tgt) >= 2:
			// "Russia, Turkey and Iran are due to discuss…", "X will meet
			// Y": a joint act scheduled is no one side's pledge; the act,
			// not yet done (a unilateral "will send aid" is a pledge: AGREE
			// and the act)
			intended = ""
		case p.Self && len(tgt) == 0:
			// "Cameron said he would step down": a resignation to come
			// is the act, not yet done; no one is promised anything
		case cooperative(typ) && typ != "AGREE":
			intended = typ
			typ = "AGREE"
		case typ == "MOBILIZE" && len(r.askers(src, tgt)) > 0:
			// "Tokayev asked the CSTO for help, and it said it would send
			// peacekeeping forces to the country": a deployment asked for
			// is no threat; the act, not yet done, for the one who asked
			if len(tgt) == 0 {
				tgt = r.askers(src, tgt)
			}
		case !verbal(typ):
			// "will expel": the threat (PLOVER) and, when it is announced
			// as decided (no condition, no "may", no vow), the act itself,
			// not yet done
			if fut && !maybe && !cond && !neg && scheduled[r.futureCue(c, m.start)] {
				intended = typ // (not "would not attack": no act to come)
			}
			typ = "THREATEN"
		}
	}
	if p.Also != "" && intended == "" && !neg {
		// "promised Lebanon aid": the pledge and the act pledged, not yet done
		intended = p.Also
	}
	if fut && neg && cooperative(typ) {
		typ, neg, fut, maybe = "REJECT", false, false, false
		intended = ""
	}
	if typ == "THREATEN" && cond && !both {
		// "…unless Israel rescinds…": the threat is aimed at whoever
		// must comply
		if ca := r.condSubject(c, src); len(ca) > 0 {
			tgt = ca
		} else if ca := r.condAct(c, src); len(ca) > 0 {
			// "…would respond if the attacks continued": the doer of the
			// act the condition names
			tgt = ca
		} else if ca := r.askedBefore(c, src); len(ca) > 0 {
			// '"Iraq must comply." … "If it does not, the consequences
			// will be serious"': the one just asked to comply
			tgt = ca
		}
	}
	if pass && len(src) == 0 && len(tgt) > 0 && (typ == "COERCE" || typ == "SANCTION") {
		// "dozens of protesters were detained in Moscow", "two diplomats
		// were expelled" (BERLIN): arrests and expulsions are the acts of
		// the state where they happen, named or not
		if st := r.placeState(c); st != "" {
			ev := dateline.EventActor{Entity: -1, Country: st, Sector: "GOV"}
			src = []actor{{ev: ev, key: st + "/GOV/state", tokS: m.start, bare: true}}
		}
	}
	if (typ == "COERCE" || typ == "ASSAULT" && policeOnly(src)) && len(src) > 0 && countries(src) == 0 {
		// "police detained the blogger" (MINSK), "police opened fire on
		// protesters": unnamed police or authorities are those of the
		// state where they act
		if st := r.placeState(c); st != "" && st != "IGO" {
			for i := range src {
				if src[i].bare && (src[i].ev.Sector == "COP" || src[i].ev.Sector == "GOV" || src[i].ev.Sector == "MIL" || src[i].ev.Sector == "SPY") {
					src[i].ev.Country = st
				}
			}
		}
	}
	if (typ == "COERCE" || typ == "ASSAULT" && policeOnly(src)) && r.s.domestic && !pass && len(src) == 1 && src[0].ev.Country != "" && src[0].ev.Country != "IGO" && stateSector[src[0].ev.Sector] {
		// "Greek police fired tear gas at protesters", "police shot dead
		// five people": the people a state's forces or police act on are
		// that state's, unless the sentence sets the act in another
		// country (the domestic convention; of armed acts only police's:
		// an army may fight abroad)
		if loc, ok := r.settingPlaceIn(c, func(k int) bool { return k == c }); !ok || loc.Country == src[0].ev.Country {
			for i := range tgt {
				if tgt[i].bare && tgt[i].ev.Country == "" && !stateSector[tgt[i].ev.Sector] && !r.foreignModifier(tgt[i].tokS) {
					tgt[i].ev.Country = src[0].ev.Country
				}
			}
		}
	}
	if (typ == "PROTEST" || p.Type == "PROTEST") && !pass {
		// "people gathered outside the Israeli consulate in Istanbul to
		// protest": the mission's country is protested against, and the
		// protesters are not its people
		if ms := r.missionOf(); len(ms) > 0 {
			for i := range src {
				if src[i].bare && src[i].ev.Country == ms[0].ev.Country && !stateSector[src[i].ev.Sector] {
					src[i].ev.Country = ""
				}
			}
			if countries(tgt) == 0 {
				tgt = ms
			}
		}
	}
	if typ == "REQUEST" && !pass && len(src) > 0 && src[0].bare && src[0].ev.Country == "" && src[0].ev.Sector == "CVL" {
		// "in Skopje demonstrators gathered … and demanded the
		// government's resignation": a crowd is of the place it is in
		if loc, ok := r.settingPlace(c); ok {
			for i := range src {
				if src[i].bare && src[i].ev.Country == "" && src[i].ev.Sector == "CVL" {
					src[i].ev.Country = loc.Country
				}
			}
		}
	}
	if typ == "PROTEST" || p.Type == "PROTEST" {
		// "thousands of people blocked streets in Hong Kong": protesters
		// are people of the place they protest in (the dateline's when the
		// sentence names no place)
		for i := range src {
			if src[i].bare && src[i].ev.Country == "" && !stateSector[src[i].ev.Sector] {
				if loc, ok := r.settingPlace(c); ok {
					src[i].ev.Country = loc.Country
				} else if loc, ok := r.datelinePlaceFor(c); ok {
					src[i].ev.Country = loc.Country
				}
			}
		}
		if len(src) == 1 && src[0].bare && src[0].ev.Country != "" && !stateSector[src[0].ev.Sector] {
			// "… residents called for the fall of the government": their
			// own government
			for i := range tgt {
				if tgt[i].bare && tgt[i].ev.Country == "" && stateSector[tgt[i].ev.Sector] {
					tgt[i].ev.Country = src[0].ev.Country
				}
			}
		}
		if len(src) == 0 && p.Noun && !pass {
			// "protests spread across Iran", "protests against his rule":
			// the people of the country protested in, or of the state
			// protested against, unnamed (never the dateline's: a story
			// filed from Dubai may tell of protests in Iran)
			country := ""
			if loc, ok := r.settingPlace(c); ok {
				country = loc.Country
			} else if len(tgt) == 1 && tgt[0].ev.Country != "" && r.stateActor(tgt[0]) {
				country = tgt[0].ev.Country
			}
			if country != "" && country != "IGO" {
				ev := dateline.EventActor{Entity: -1, Country: country, Sector: "CVL"}
				src = []actor{{ev: ev, key: country + "/CVL/protesters", tokS: m.start, bare: true}}
			}
		}
	}
	if domesticTypes[typ] && len(tgt) == 1 && tgt[0].ev.Country != "" && tgt[0].ev.Country != "IGO" && r.stateActor(tgt[0]) {
		// "protesters are demanding the resignation of President
		// Macron": people making demands of a state are its own people
		for i := range src {
			if src[i].bare && src[i].ev.Country == "" && src[i].ev.Sector != "" && !stateSector[src[i].ev.Sector] {
				src[i].ev.Country = tgt[0].ev.Country
			}
		}
	}
	if len(tgt) == 0 && !both && p.Subj == roleNone && r.clauses[c].kind == kComp && verbal(typ) {
		// "said the sanctions would not go unanswered": a threat over
		// the act named by the subject is aimed at its doer
		for _, a := range r.actOf(r.clauseToks(c, 0, m.start), src) {
			if countries(src) > 0 && !sameState(src[0].ev, a.ev) && src[0].ev.Country != a.ev.Country {
				tgt = append(tgt, a)
			}
		}
	}
	if typ == "PROTEST" && !p.Noun && !pass && len(src) > 0 && r.allStates(src) {
		// "Pakistan protested the killing of its soldiers": a state's
		// protest is an accusation, not a demonstration (of the doer of
		// the act protested, not of its victims)
		typ = "ACCUSE"
		if sharesCountry(src, tgt) {
			tgt = nil
		}
	}
	if !both && !p.Noun && !pass && typ == "ACCUSE" && countries(tgt) == 0 && r.objectIsAct(m.end) {
		// "condemned the detention of protesters": aimed at the doer of
		// the act, not at its victims
		tgt = nil
	}
	if !both && !p.Noun && !pass && typ == "ACCUSE" && countries(tgt) > 0 && r.objectIsAct(m.end) && countries(src) > 0 {
		// "condemned the storming of the embassy" after protesters
		// stormed it: the doer told before, not the act's victim
		var doers []actor
		for _, a := range r.actOf(r.objectPhrase(c, m), src) {
			if !sameState(src[0].ev, a.ev) && !sharesCountry(tgt, []actor{a}) {
				doers = append(doers, a)
			}
		}
		if len(doers) > 0 {
			tgt = doers
		}
	}
	if len(tgt) == 0 && !both && !p.Noun && !pass && (verbal(p.Type) || typ == "ACCUSE") {
		// "Rouhani dismissed the demands", "denounced the agreement": the
		// doer of the act named by the object
		obj := r.objectPhrase(c, m)
		if len(obj) == 0 && m.end-m.start > 1 && speechNouns[r.toks[m.end-1].low] {
			// "ignored the demands": the words answered are inside the
			// pattern
			obj = r.span(m.start+1, m.end)
		}
		for _, a := range r.actOf(obj, src) {
			// (a crowd of one's own country counts: "Cairo condemned the
			// storming" of an embassy by protesters)
			home := typ == "ACCUSE" && a.ev.Sector != "" && !stateSector[a.ev.Sector] && len(src) > 0 && r.stateActor(src[0])
			if countries(src) > 0 && !sameState(src[0].ev, a.ev) && (src[0].ev.Country != a.ev.Country || home) {
				tgt = append(tgt, a)
			}
		}
		if len(tgt) == 0 && countries(src) > 0 {
			// "dismissed the reasons put forward by Algiers": the author of
			// the words or case answered (not "vetoed a resolution drafted
			// by France": a document put to a body)
			head := ""
			for _, i := range obj {
				if verbTag(r.toks[i].tag) {
					break // ("the reasons put forward": the noun before the participle)
				}
				if nounTag(r.toks[i].tag) {
					head = r.toks[i].low
				}
			}
			if speechNouns[head] || reasonNouns[head] {
				for _, a := range r.authorAfter(c, m.end) {
					if !sharesCountry(src, []actor{a}) {
						tgt = append(tgt, a)
					}
				}
			}
		}
		if len(tgt) == 0 && typ == "ACCUSE" && countries(src) > 0 && r.namesAct(obj) && !r.namesDeal(obj) {
			// "France condemned the mutiny", "we condemn any effort to
			// seize power by force": with no doer named, the accusation is
			// aimed at the country where the act happened
			var words []int // the object with its place phrase ("the attack in Kabul")
			for _, i := range r.clauseToks(c, m.end, m.end+10) {
				if isPunct(r.toks[i]) {
					break
				}
				words = append(words, i)
			}
			if loc, ok := r.actPlace(c, words); ok && loc.Country != src[0].ev.Country {
				ev := dateline.EventActor{Entity: -1, Country: loc.Country}
				if loc.Kind == "country" {
					ev.Name = loc.Name
				}
				tgt = []actor{{ev: ev, key: loc.Country + "//place", tokS: -1}}
			}
		}
	}
	if len(tgt) == 0 && !both && typ == "REJECT" && countries(src) > 0 {
		// "will not lift sanctions until Iran returns to compliance": the
		// refusal is aimed at the one whose act would end it
		tgt = r.untilSubject(c, src)
		if len(tgt) == 0 && r.complyWords(m) {
			// "ordered him to leave within 48 hours, but Paris refused to
			// comply": a refusal of the demand or order just made of it
			tgt = r.latest(2, func(ev dateline.Event) []actor {
				if ev.Type != "REQUEST" && ev.Type != "SANCTION" && ev.Type != "COERCE" || ev.Source == nil || ev.Target == nil ||
					ev.Source.Country == "" || ev.Mode == dateline.Negated || !sharesCountry(src, []actor{{ev: *ev.Target}}) || sharesCountry(src, []actor{{ev: *ev.Source}}) {
					return nil
				}
				return []actor{r.sourceActor(ev, -1)}
			})
		}
	}
	if !both && !pass && countries(src) > 0 && (countries(tgt) == 0 || allBare(tgt)) {
		// "expelled diplomats from seven Latin American countries,
		// including Argentina, Chile and Peru": the countries listed
		if inc := r.includedActors(m.end); len(inc) > 0 {
			tgt = inc
		}
	}
	if unplaced(tgt) && !both && !pass && !cooperative(typ) && countries(src) > 0 {
		// "halted the approval in response to Moscow's recognition of …",
		// "expelled two diplomats over Egypt's role": aimed at the one
		// whose act it answers
		if as := r.answered(c, m.end, src); len(as) > 0 {
			tgt = as
		}
	}
	if typ == "ASSAULT" && !both && !pass && countries(src) > 0 && (countries(tgt) == 0 || allBare(tgt) || len(tgt) == 1 && sharesCountry(src, tgt)) && r.unowned != nil {
		// "49 Armenian soldiers were killed when Azerbaijani forces
		// shelled towns along the border": the victims just told of in
		// this sentence
		for k := len(*r.unowned) - 1; k >= 0; k-- {
			d := &(*r.unowned)[k]
			if d.Sentence == r.si && d.Source == nil && d.Target != nil && !sharesCountry(src, []actor{{ev: *d.Target}}) {
				tgt = []actor{{ev: *d.Target, key: d.Target.Country + "/" + d.Target.Sector + "/victims", tokS: -1}}
				s := src[0].ev
				d.Source = &s // owned
				break
			}
		}
	}
	if typ == "REQUEST" && !both && countries(src) > 0 && (countries(tgt) == 0 || sharesCountry(src, tgt) || allBare(tgt)) && r.aboutRelease(m) {
		// "Beijing demanded the captain's release", "Kenya called for the
		// release of its journalists": asked of the one holding them
		if h := r.holder(src); len(h) > 0 {
			tgt = h
		}
	}
	if len(tgt) == 0 && !both && !pass && (typ == "THREATEN" || typ == "ACCUSE") && countries(src) > 0 {
		// "Turkey shoots down Russian warplane; Putin warns of serious
		// consequences": words against no one named answer the hostile
		// deed just done to the speaker's country
		window := deedWindow
		if typ == "THREATEN" {
			window = len(r.a.Sentences) // "Russia would respond": to the story's deed
		}
		tgt = r.deedAgainst(src, window)
	}
	if len(tgt) == 0 && !both && !pass && cooperative(typ) && countries(src) > 0 {
		// "Putin had told Lukashenko by phone that Moscow was ready to
		// provide assistance": a pledge made to the one told
		for _, a := range r.audienceOf(c) {
			if a.ev.Country != "" && !sharesCountry(src, []actor{a}) {
				tgt = append(tgt, a)
			}
		}
	}
	if len(tgt) == 0 && !both && !pass && (typ == "SUPPORT" || typ == "AGREE") && countries(src) > 0 {
		// "Guterres spoke with Bazoum by telephone and expressed the full
		// support of the United Nations": for the one just spoken with
		tgt = r.latest(0, func(ev dateline.Event) []actor {
			if ev.Sentence != r.si || ev.Type != "CONSULT" || ev.Source == nil || ev.Target == nil || ev.Target.Country == "" ||
				!sharesCountry(src, []actor{r.sourceActor(ev, -1)}) || sharesCountry(src, []actor{{ev: *ev.Target}}) {
				return nil
			}
			return []actor{{ev: *ev.Target, key: ev.Target.Country + "/" + ev.Target.Sector + "/" + ev.Target.Name, tokS: -1}}
		})
	}
	if len(tgt) == 0 && !both && !pass && (typ == "SUPPORT" || typ == "REJECT" || typ == "ACCUSE") && countries(src) > 0 && r.outcomeObject(c, m.end) {
		// "South Korean President Kim Dae-jung welcomed the outcome": the
		// sides of the deal or talks told last (in the story so far), when
		// the source is none of them
		tgt = r.latest(r.si, func(ev dateline.Event) []actor {
			if !jointBetween(ev) && !r.signingBetween(ev) || ev.Mode == dateline.Hypothetical {
				return nil // (an outcome welcomed was reached, not planned)
			}
			sides := r.eventSides(ev)
			if sharesCountry(src, sides) {
				return nil
			}
			return sides
		})
	}
	if len(tgt) == 0 && !pass && (typ == "SANCTION" || intended == "SANCTION") && countries(src) == 1 && r.relationsAct(m) {
		// "Malaysia ordered North Korean diplomats out after Pyongyang
		// announced it was severing relations": ties cut with no one named
		// are the ties with the side the sentence or story pairs it with
		tgt = r.relationsPartner(c, src)
	}
	if len(tgt) == 0 && !pass && (typ == "AID" || intended == "AID") && countries(src) == 1 {
		// "Britain said it was sending 60 rescue specialists" (after
		// Morocco accepted teams from Spain): aid with no recipient named
		// goes to the one whose asking it waits for ("if Morocco
		// requested them"), where the story's aid goes, or to the one who
		// asked
		tgt = r.condSubject(c, src)
		if len(tgt) == 0 {
			tgt = r.latest(r.si, func(ev dateline.Event) []actor {
				if ev.Type != "AID" || ev.Target == nil || ev.Target.Country == "" || ev.Target.Country == "IGO" || ev.Mode == dateline.Negated {
					return nil
				}
				a := countrySide(ev.Target.Country, "")
				if sharesCountry(src, []actor{a}) {
					return nil
				}
				return []actor{a}
			})
		}
		if len(tgt) == 0 {
			tgt = r.askers(src, tgt)
		}
	}
	if len(tgt) == 0 && !both && !pass && (typ == "REQUEST" || typ == "THREATEN") && countries(src) == 1 && !r.collectiveAfter(m.end) {
		// "called for the withdrawal of all Turkish troops", "warned
		// that Chinese consumers could turn away from Australian wine":
		// a demand or warning whose words name one other country is
		// aimed at it
		tgt = r.contentCountry(c, m.start+1, src) // (the pattern's gap may hold it: "insisted that all Turkish troops be …")
		if len(tgt) == 0 && p.Type != typ {
			// "had told Britain that it would cut relations if …": the
			// one told is the one a deed held over it would hit ("tells
			// Kenya it will respond to any attack" names no target)
			tgt = r.toldAudience(c, src)
		}
		if len(tgt) == 0 {
			// "warned that ratification of the two countries' membership
			// could be halted": the group the words name by its number
			tgt = r.contentGroup(c, m.end, src)
		}
		if len(tgt) == 0 && typ == "REQUEST" && r.redressObject(c, m.end) {
			// "summoned the Ugandan envoy. The ministry also demanded an
			// apology": of the side it just acted against
			tgt = r.lastActedOn(src)
		}
	}
	if len(tgt) == 0 && !pass && typ == "SUPPORT" && strings.HasPrefix(r.toks[m.start].low, "apolog") && countries(src) > 0 {
		// "South Africa summoned Ambassador Brigety …, and he
		// apologised": to the side whose charge or summons he answers,
		// as a denial does
		tgt = r.accuserOf(src)
	}
	if len(tgt) == 0 && typ == "CONSULT" && !p.Noun && countries(src) > 0 && r.talksNamed(c, m, pass) {
		// "The talks were hosted by Gonsalves", "Oman hosted the
		// meeting": the host takes part in the talks told last, with
		// each of their sides; "Guyana had come to the meeting": one
		// side, with the other
		tgt = r.latest(r.si, func(ev dateline.Event) []actor {
			if ev.Type == "COOPERATE" || !jointBetween(ev) {
				return nil
			}
			var sides []actor
			for _, a := range r.eventSides(ev) {
				if !sharesCountry(src, []actor{a}) {
					sides = append(sides, a)
				}
			}
			return sides
		})
	}
	if len(tgt) == 0 && !both && p.Body && !pass {
		// "China and Russia vetoed the draft": cast in the council
		tgt = r.bodyTarget(m.start)
	}
	if !both && (placeTargets[typ] || placeTargets[p.Type]) && unplaced(tgt) {
		// "shelled positions in Gaza", "reimposed blockades in the West
		// Bank", "struck energy facilities across Ukraine": the people
		// of a named foreign place
		if pt := r.placeTarget(c, m.end, src); len(pt) > 0 || len(tgt) == 0 {
			tgt = pt
		}
	} else if !both && (typ == "AID" || p.Also == "AID") && len(tgt) == 0 {
		// "pledged 500 million dollars for reconstruction in Gaza", "the
		// UN aid convoy crossed into Syria": aid for the people of the
		// foreign place it goes to, named before any other act ("support
		// in the face of the regime's attacks in Idlib" is not)
		if pt := r.placeTarget(c, m.end, src); len(pt) > 0 && !r.triggerBetween(m.end, pt[0].tokS) {
			tgt = pt
		}
	}
	if p.Self && countries(src) == 1 && !pass && len(tgt) > 0 && sameState(src[0].ev, tgt[0].ev) {
		// "handed power to the army": the act is aimed at his own
		// country, not at a body of his own state
		tgt = nil
	}
	if len(tgt) == 0 && p.Self && countries(src) == 1 && !pass {
		// "Mubarak resigned": the act is aimed at his own country
		own := dateline.EventActor{Entity: -1}
		for _, a := range src {
			if a.ev.Country != "" {
				own.Country = a.ev.Country
			}
		}
		tgt = []actor{{ev: own, key: own.Country + "//", tokS: m.start}}
	}
	if len(tgt) == 0 && !both && !pass && (counterpartTypes[typ] || counterpartTypes[intended]) && intended != "CONSULT" && countries(src) == 1 && r.stateActor(src[0]) && (typ != "REQUEST" || r.definiteObject(c, m)) {
		// "Japan said it would lift the export controls", "Kenya warned of
		// retaliation": an act with no side named, in a story pairing its
		// maker with one other state, is aimed at that state (an appeal
		// only when its object is named as known: "called for more aid"
		// asks no one)
		if !(m.end+1 < len(r.toks) && r.toks[m.end+1].low == "own") { // ("praised its own ambassador"; "condemned its decision" is the other's)
			tgt = r.soleCounterpart(src)
		}
	}
	if !both && r.s.domestic && domesticTypes[typ] && countries(src) == 1 && !(len(tgt) == 0 && r.collectiveAfter(m.end)) && !stateSide(src) {
		tgt = r.domesticTarget(c, m.start, typ, src, tgt)
	}
	if !speakersAct && len(speaker) > 0 && r.clauses[c].kind == kComp && speechActs[typ] && m.start > 0 && r.toks[m.start-1].low == "and" && sharesCountry(src, speaker) {
		// "He warned that …, and urged Moscow …": the subject is the
		// speaker, his next act
		speakersAct = true
	}
	if typ == "CONSULT" {
		// "speaking to CNN", "met reporters": the press is told, no side
		// consulted
		s2, t2 := dropSector(src, "JRN"), dropSector(tgt, "JRN")
		if len(s2) == 0 && len(src) > 0 || len(t2) == 0 && len(tgt) > 0 {
			return nil, sub
		}
	}
	if typ == "ASSAULT" && verbalAttacks[r.toks[m.start].low] && len(src) > 0 && len(tgt) > 0 && r.allPersons(src) && r.allPersons(tgt) {
		// "Clinton attacked Trump", "Bush interjected by hitting Trump":
		// one named person attacking another is words (PLOVER ACCUSE)
		typ = "ACCUSE"
	}
	mode := dateline.Asserted
	q := r.quoteAt(r.toks[m.start].start, r.toks[m.end-1].end)

	switch {
	case neg:
		mode = dateline.Negated
	case maybe || fut && typ != "THREATEN" && !(intended != "" && typ == "AGREE"):
		// a threat is made now, of something to come ("will respond",
		// "there would be consequences"): its future is the threat's own;
		// so is an intention ("will send aid": the AGREE is stated now,
		// only the act intended is not yet done)
		mode = dateline.Hypothetical
	case typ == "THREATEN" && (q < 0 || r.a.Quotes[q].Kind != dateline.Direct) && r.warnedBy(c):
		// "He warned that Ankara would respond …": the warning the outlet
		// tells is the threat, asserted
	case (speakersAct || own) && q < 0 && r.cueToldByOutlet(c):
		// "He warned that Ankara would respond …, and urged Moscow not to
		// stand in the way": the speaker's next act, told by the outlet
	case q >= 0 || r.reported(c) && !(own && r.clauses[c].parent >= 0 && !r.reported(r.clauses[c].parent)):
		mode = dateline.Reported
	}
	// "X accused Y of …", "urged Y to …": the act of speaking is the
	// outlet's to assert (what X said of Y is X's, and is coded, if at
	// all, as reported)
	if p.NeedPerson {
		// "Turkey receives first parts of Russian S-400": no one received
		kept := tgt[:0]
		for _, t := range tgt {
			if t.ev.Sector != "" || r.personActor(t.ev) {
				kept = append(kept, t)
			}
		}
		if tgt = kept; len(tgt) == 0 {
			return nil, sub
		}
	}
	req, src, tgt := r.splitRequesters(c, src, tgt)
	if typ == "CONSULT" && len(req) == 0 && len(src) > 0 {
		// "At Ankara's request, NATO ambassadors held an extraordinary
		// meeting": a fronted request names no side the clause read
		if from, to, _, ok := r.requestedBy(c); ok {
			req = r.actorsIn(r.span(from, to), true)
		}
	}
	if typ == "MOBILIZE" {
		if from, to, _, ok := r.requestedBy(c); ok {
			// "troops entered Gambia at the invitation of President
			// Barrow": forces sent at a state's request are military aid
			if asked := r.actorsIn(r.span(from, to), true); countries(asked) > 0 && !sharesCountry(asked, src) {
				typ, tgt = "AID", asked
			}
		}
	}
	if pass && len(src) == 0 && typ == "ASSAULT" && countries(tgt) > 0 {
		// "230 Palestinians were killed in the Israeli strikes": the doer
		// of the attack named after "in"
		src = r.attackDoers(c, m.end, tgt)
	}
	prs := pairs(typ, both, src, tgt)
	if typ == "CONSULT" && len(req) > 0 {
		// "NATO ambassadors held talks at Turkey's request": the one who
		// asked for the talks takes part with the others, not with its
		// co-requesters
		prs = mediatedPairs(req, appendActors(append([]actor(nil), src...), tgt))
	} else if typ == "CONSULT" {
		// a mediator talks with each party, not with its co-mediators
		// ("Qatar and Egypt mediated talks between Israel and Hamas",
		// "held talks under the mediation of the AU", "…, with Saudi
		// Arabia and the US acting as mediators")
		var med []actor
		if p.Single && !p.Noun {
			med, src = src, nil // "mediated", "brokered": the subject
		} else {
			med = r.mediators(m.start)
		}
		if len(med) > 0 {
			prs = mediatedPairs(med, appendActors(append([]actor(nil), src...), tgt))
			if len(src) == 0 && len(tgt) == 0 {
				// "the UAE had provided mediation for the return of the
				// servicemen": the sides of the mutual act mediated
				prs = mediatorPairs(med, r.mediatedSides(med, r.done))
			}
		}
	}
	var out []dateline.Event
	for _, pr := range prs {
		if pr[0] == nil {
			// no one does anything ("the sanctions", "protests spread"),
			// or no one is said to do it ("nine people were killed", "the
			// boats were handed over"): a mention of what happened, not a
			// coded event with a doer a user could check — unless a side
			// blames someone for it next (see ownDeeds)
			if r.unowned != nil && typ == "ASSAULT" && pr[1] != nil && pr[1].ev.Country != "" && pr[1].ev.Country != "IGO" &&
				(mode == dateline.Asserted || mode == dateline.Reported) && !p.Noun {
				ev := r.newEvent(c, typ, r.toks[m.start].start, r.toks[m.end-1].end, nil, pr[1], p.Context, m.start)
				ev.Mode = mode
				ev.Quote = q
				ev.Date = r.date(c, fut)
				ev.Place = r.place(c, src, tgt)
				*r.unowned = append(*r.unowned, ev)
			}
			continue
		}
		if pr[0].ev.Country == "" && (pr[1] == nil || pr[1].ev.Country == "") {
			// "Left Party lawmakers criticized the move": no state, body
			// or country on either side that a user could place
			continue
		}
		if p.Noun && p.Both && pr[1] == nil {
			// "the talks with Iran could collapse": a joint act with one
			// side named is a mention of it
			continue
		}
		if (p.NeedTarget || needsRecipient[typ]) && (pr[1] == nil || pr[1].ev.Country == "") {
			// PLOVER's material exchanges (aid, cooperation, sanctions)
			// need a recipient; "released a statement" is no release
			continue
		}
		if p.Noun && (pr[0] == nil || pr[0].ev.Country == "" && pr[0].ev.Entity < 0) && !pass {
			// a noun naming an act without its doer ("cross-border aid to
			// Syria", "the expulsion of diplomats") mentions the act
			continue
		}
		kept := backgroundKept[typ] || typ == "REQUEST" && pr[0] != nil && pr[0].ev.Sector != "" && !stateSector[pr[0].ev.Sector] // a crowd's demands, as its protest
		if !r.clauseIsMain(c) && !(kept && r.factualSub(c) && pr[0] != nil && pr[0].ev.Country != "" && pr[0].ev.Country != "IGO") &&
			(pr[0] == nil || pr[1] == nil || pr[0].ev.Country == "" || pr[1].ev.Country == "" || pr[0].ev.Country == pr[1].ev.Country) {
			// background told in passing ("after the US killed …", ",
			// who condemned …") is coded only when it names who did what
			// to whom
			continue
		}
		if typ == "REQUEST" && pr[1] != nil && pr[1].bare && pr[1].ev.Country == "" && stateSector[pr[1].ev.Sector] && r.stateActor(*pr[0]) {
			// "Yoon ordered the military to…", "asked the Economy
			// Ministry to…": an order inside one state
			continue
		}
		// "he and the prime minister were detained by the soldiers": a
		// coup's arrests are acts between the army and the government's
		// people, not a state acting on itself
		coup := (typ == "COERCE" || typ == "ASSAULT") && pr[0] != nil && pr[1] != nil && pr[0].ev.Sector == "MIL" && pr[1].ev.Sector == "GOV" && r.personActor(pr[1].ev)
		if !coup && pr[0] != nil && pr[1] != nil && (sameState(pr[0].ev, pr[1].ev) || r.ownCountry(pr[0].ev, pr[1].ev) || r.ownBody(pr[0].ev, pr[1].ev) ||
			joint[typ] && typ != "REJECT" && countryAndState(pr[0].ev, pr[1].ev)) {
			if len(tgt) > 1 || len(src) == 0 {
				continue
			}
			if typ == "REQUEST" && (sameState(pr[0].ev, pr[1].ev) || r.ownBody(pr[0].ev, pr[1].ev)) {
				// "Yoon ordered the military to…": an order inside one
				// state is no event between actors
				continue
			}
			// "Erdogan warned that Ankara would respond": a state does
			// not act on itself; keep the act without that target
			pr[1] = nil
		}
		ev := r.newEvent(c, typ, r.toks[m.start].start, r.toks[m.end-1].end, pr[0], pr[1], p.Context, m.start)
		ev.Mode = mode
		ev.Quote = q
		ev.Date = r.date(c, fut)
		ev.Place = r.place(c, src, tgt)
		if joint[typ] && typ != "COOPERATE" {
			if meet, ok := r.meetingPlace(c); ok {
				ev.Place = &meet // "agreed on a ceasefire in Idlib at talks in Moscow": where they met
			} else if ev.Place != nil && r.topicPlace(c, ev.Place.Name) {
				ev.Place = nil // "held talks on Idlib": the topic, not the venue (the dateline's, below)
			}
		}
		out = append(out, ev)
		if acc, ok := r.victimsClaim(ev, p.Claim, q, speaker); ok {
			out = append(out, acc)
		} else if acc, ok := r.failureClaim(ev, c, q, speaker); ok {
			out = append(out, acc)
		}
		if intended != "" && !(needsRecipient[intended] && (pr[1] == nil || pr[1].ev.Country == "")) {
			// "will send aid", "will hold talks": the pledge (AGREE, as
			// PLOVER codes intentions) and the action itself, not yet done
			act := ev
			act.Type = intended
			act.Mode = dateline.Hypothetical
			if act.Target == nil && !both && r.s.domestic && domesticTypes[intended] && countries(src) == 1 {
				// "the ruling party said it would withdraw the bill": a
				// concession to come, at home by convention (the pledge
				// itself stays aimed at no one)
				if dt := r.domesticTarget(c, m.start, intended, src, nil); len(dt) == 1 {
					act.Target = &dt[0].ev
				}
			}
			out = append(out, act)
		}
		if p.Given != "" && ev.Mode != dateline.Negated && ev.Source != nil && ev.Target != nil && ev.Source.Country != "" && ev.Target.Country != "" {
			// "accepted rescue teams from Spain": the acceptance, and
			// what the other side gives
			act := ev
			from, to := *ev.Target, *ev.Source
			act.Type, act.Source, act.Target = p.Given, &from, &to
			out = append(out, act)
		}
	}
	return out, sub
}

// complyWords reports whether the refusal of match m is to comply, obey or
// go along ("refused to comply", "would not obey").
func (r *reader) complyWords(m *match) bool {
	for i := m.start; i < min(m.end+3, len(r.toks)); i++ {
		switch r.toks[i].low {
		case "comply", "obey", "heed":
			return true
		}
	}
	return false
}

// eachOther reports whether "each other" or "one another" follows token e
// in clause c.
func (r *reader) eachOther(c, e int) bool {
	idx := r.clauseToks(c, e, len(r.toks))
	each := false // "Each side accused the other", "In the row that followed, each side expelled the other's …"
	for _, k := range r.clauseToks(c, 0, e) {
		each = each || r.toks[k].low == "each" && k+1 < len(r.toks) && eachNouns[r.toks[k+1].low]
	}
	for k := 0; k+1 < len(idx); k++ {
		a, b := r.toks[idx[k]].low, r.toks[idx[k+1]].low
		if a == "each" && strings.HasPrefix(b, "other") || a == "one" && strings.HasPrefix(b, "another") || each && a == "the" && b == "other" {
			return true
		}
	}
	return false
}

// infinitiveAt reports whether a "to" infinitive opens at token e ("pledged
// to restore road links"): sides that pledge a deed together agree on it,
// where "pledged their support" is each side's own.
func (r *reader) infinitiveAt(e int) bool {
	return e+1 < len(r.toks) && r.toks[e].low == "to" && r.toks[e+1].tag == "VB"
}

// toldAudience returns the side told (see audienceOf), when clause c is
// what a telling cue ("told Britain that", "informed the British government
// … that") says and that side is a state none of src's; else nil.
func (r *reader) toldAudience(c int, src []actor) []actor {
	cl := r.clauses[c]
	if cl.kind != kComp || cl.speech < 0 || !tellingCue[r.toks[r.matches[cl.speech].start].low] {
		return nil
	}
	var out []actor
	for _, a := range r.audienceOf(c) {
		if a.ev.Country != "" && a.ev.Country != "IGO" && !sharesCountry(src, []actor{a}) {
			out = append(out, a)
		}
	}
	return out
}

// pronounSubjectBefore reports whether a subject pronoun ("it", "they")
// stands before token t in clause c.
func (r *reader) pronounSubjectBefore(c, t int) bool {
	for _, k := range r.clauseToks(c, 0, t) {
		if r.toks[k].tag == "PRP" && pronounSubjects[r.toks[k].low] {
			return true
		}
	}
	return false
}

// inTalksAfterCue reports whether the noun at token t follows "in" or
// "during" (and an article) right after a speech cue: "said in a phone call
// with Putin", "told reporters during talks with".
func (r *reader) inTalksAfterCue(t int) bool {
	k := t - 1
	if k >= 0 && (r.toks[k].low == "a" || r.toks[k].low == "an" || r.toks[k].low == "the") {
		k--
	}
	if k >= 0 && (r.toks[k].tag == "NN" || r.toks[k].tag == "JJ") && k+1 < t {
		k-- // "in a telephone conversation": "telephone" may stand before
	}
	if k < 1 || r.toks[k].low != "in" && r.toks[k].low != "during" {
		return false
	}
	cue, _ := r.cueAt(k - 1)
	return cue == cueSpeech
}

// redressWords are what one side demands of another that wronged it.
var redressWords = map[string]bool{"apology": true, "apologies": true, "explanation": true, "explanations": true, "clarification": true,
	"clarifications": true, "compensation": true, "reparations": true, "redress": true}

// redressObject reports whether the object after token e in clause c is a
// demand for redress ("an apology", "an official explanation").
func (r *reader) redressObject(c, e int) bool {
	for _, i := range r.clauseToks(c, e, min(e+4, len(r.toks))) {
		if redressWords[r.toks[i].low] {
			return true
		}
		if isPunct(r.toks[i]) || isPrep(r.toks[i].low) {
			return false
		}
	}
	return false
}

// lastActedOn returns the target of the latest act of src's country on
// another country, in this sentence so far or the two before; nil when
// there is none.
func (r *reader) lastActedOn(src []actor) []actor {
	return r.latest(2, func(ev dateline.Event) []actor {
		if ev.Source == nil || ev.Target == nil || ev.Target.Country == "" || ev.Target.Country == ev.Source.Country ||
			!sharesCountry(src, []actor{{ev: *ev.Source}}) || sharesCountry(src, []actor{{ev: *ev.Target}}) || ev.Mode == dateline.Negated {
			return nil
		}
		t := *ev.Target
		return []actor{{ev: t, key: t.Country + "/" + t.Sector + "/" + t.Name, tokS: -1}}
	})
}

// stateSide reports whether a side is named as a state's "side" ("The
// Chinese side firmly opposes …"): the state speaking, not people at home
// acting against their rulers.
func stateSide(src []actor) bool {
	for _, a := range src {
		if f := strings.Fields(strings.ToLower(a.ev.Name)); len(f) > 1 && f[len(f)-1] == "side" {
			return true
		}
	}
	return false
}

// visitorOf resolves a bare "the visiting minister" at a's place to the
// one whose visit or arrival the story told in the sentences just before;
// nil otherwise.
func (r *reader) visitorOf(a actor) *actor {
	visiting := false
	for k := max(a.tokS-1, 0); k < len(r.toks) && k <= a.tokS+2; k++ {
		visiting = visiting || r.toks[k].low == "visiting"
	}
	if !visiting {
		return nil
	}
	for k := len(r.a.Events) - 1; k >= 0 && r.a.Events[k].Sentence >= r.si-3; k-- {
		ev := r.a.Events[k]
		if ev.Type != "CONSULT" || ev.Source == nil || ev.Source.Country == "" || ev.Target == nil || ev.Target.Country == ev.Source.Country {
			continue
		}
		trig := strings.ToLower(r.a.SpanText(ev.Trigger))
		if strings.Contains(trig, "visit") || strings.Contains(trig, "arriv") || strings.Contains(trig, "travel") || strings.Contains(trig, "flew") {
			v := r.standingAt(r.sourceActor(ev, a.tokS), a.tokS)
			return &v
		}
	}
	return nil
}

// otherPossessive reports whether the object at token e opens with "the
// other's", "each other's" or "one another's".
func (r *reader) otherPossessive(e int) bool {
	if e+2 >= len(r.toks) || r.toks[e+2].tag != "POS" && r.toks[e+2].low != "'s" && r.toks[e+2].low != "'" {
		return false
	}
	a, b := r.toks[e].low, r.toks[e+1].low
	return a == "the" && b == "other" || a == "each" && b == "other" || a == "one" && b == "another"
}

// insideSpeech reports whether clause c, or a clause holding it, is the
// complement of a speech cue: someone's words, a factual clause inside them
// included ("said the diplomats were expelled because Moscow had not
// cooperated").
func (r *reader) insideSpeech(c int) bool {
	if len(r.clauses[c].toks) == 0 {
		return false
	}
	first := r.clauses[c].toks[0]
	if r.clauses[c].kind == kSub && r.clauses[c].opener != "because" {
		// ("announced sanctions …, after Russian forces invaded
		// Ukraine": the time told by the outlet; a reason given is the
		// speaker's)
		return false
	}
	for k := c; k >= 0; k = r.clauses[k].parent {
		cl := r.clauses[k]
		if cl.kind != kComp || cl.speech < 0 || len(cl.toks) == 0 {
			continue
		}
		// the words follow their cue and hold the clause ("said on Monday
		// after talks with X that …": the talks are not the words; nor
		// is what follows a trailing cue: '"…," X said after meeting Y')
		cue := r.matches[cl.speech].start
		if r.tail >= 0 && cue > r.tail {
			return false
		}
		for q := cue - 1; q >= 0 && q >= cue-8; q-- {
			if closingQuote(r.toks[q]) {
				return false // '"…," Macron said during a walkabout, where …': the words came first
			}
		}
		return cue < cl.toks[0] && (k == c || cl.toks[0] < first)
	}
	return false
}

// possessedAt reports whether a possessive pronoun ("its", "their",
// "our") opens the phrase at token t or stands right before it.
func (r *reader) possessedAt(t int) bool {
	for k := max(t-1, 0); k <= t+1 && k < len(r.toks); k++ {
		if r.toks[k].tag == "PRP$" {
			return true
		}
	}
	return false
}

// envoyNoun reports whether a people phrase names a foreign envoy ("the
// ambassador", "the chargé d'affaires", "two diplomats").
func envoyNoun(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "chargé", "charge", "consul", "attaché", "attache":
			return true
		}
	}
	return false
}

// counterpartTypes are the acts on another state a story may leave its
// target unnamed in, when it pairs its maker with one state.
var counterpartTypes = map[string]bool{"SANCTION": true, "RETREAT": true, "CONCEDE": true, "REJECT": true, "ACCUSE": true, "THREATEN": true, "REQUEST": true, "AGREE": true, "SUPPORT": true, "ASSAULT": true, "AID": true, "COOPERATE": true}

// definiteObject reports whether match m's act names a thing already known:
// "the", "its" or "their" inside or right after the trigger ("lift the
// export controls", "withdraw the complaint", "pull out its troops").
func (r *reader) definiteObject(c int, m *match) bool {
	for k := m.start + 1; k < len(r.toks) && k <= m.end+1 && r.clauseOf[k] == c; k++ {
		switch r.toks[k].low {
		case "the", "its", "their":
			return true
		}
	}
	return false
}

// soleCounterpart returns the one other state the story's events so far
// pair src's country with, when there is exactly one; else nil.
func (r *reader) soleCounterpart(src []actor) []actor {
	var own string
	for _, a := range src {
		if a.ev.Country != "" {
			own = a.ev.Country
		}
	}
	found := ""
	for _, evs := range [][]dateline.Event{r.a.Events, r.done} {
		for _, ev := range evs {
			if ev.Source == nil || ev.Target == nil || ev.Source.Country == "" || ev.Target.Country == "" || ev.Source.Country == ev.Target.Country {
				continue
			}
			other := ""
			switch own {
			case ev.Source.Country:
				other = ev.Target.Country
			case ev.Target.Country:
				other = ev.Source.Country
			default:
				continue
			}
			if other == "IGO" {
				continue
			}
			if found != "" && found != other {
				return nil
			}
			found = other
		}
	}
	if found == "" {
		return nil
	}
	return []actor{countrySide(found, "counterpart")}
}

// reasonNouns name a side's case, answered as its words are.
var reasonNouns = map[string]bool{"reasons": true, "reason": true, "arguments": true, "argument": true, "explanations": true,
	"explanation": true, "justification": true, "justifications": true, "grounds": true, "evidence": true}

// authorAfter returns the author named in a past participle's "by" phrase
// right after an object that names no one ("the reasons put forward by
// Algiers", "the claims made by Kyiv"); nil otherwise.
func (r *reader) authorAfter(c, e int) []actor {
	idx := r.clauseToks(c, e, min(e+8, len(r.toks)))
	for k := 1; k+1 < len(idx); k++ {
		t := r.toks[idx[k]]
		if isPunct(t) || r.mentAt[idx[k]] >= 0 {
			return nil // (an actor named before "by": the object's own)
		}
		participle := func(j int) bool { tg := r.toks[idx[j]].tag; return tg == "VBN" || tg == "VBD" } // ("put" is tagged either)
		if t.low == "by" && (participle(k-1) || k > 1 && participle(k-2) && (r.toks[idx[k-1]].tag == "RP" || r.toks[idx[k-1]].tag == "RB")) {
			return r.actorsIn(idx[k+1:], false)
		}
	}
	return nil
}

// countrySide is a side known only by its country (code), read from
// elsewhere than a phrase of the sentence; tag tells where in its key.
func countrySide(code, tag string) actor {
	return actor{ev: dateline.EventActor{Entity: -1, Country: code}, key: code + "//" + tag, tokS: -1}
}

// relationsAct reports whether match m cuts or breaks ties ("severing
// diplomatic relations").
func (r *reader) relationsAct(m *match) bool {
	for k := m.start; k < m.end; k++ {
		if w := r.toks[k].low; w == "ties" || w == "relations" {
			return true
		}
	}
	return false
}

// relationsPartner returns the other side of src's relations: the subject
// of the clause c hangs on, when it is another country, else the other side
// of src's country's latest act with another country in the story; nil when
// there is none.
func (r *reader) relationsPartner(c int, src []actor) []actor {
	for _, a := range r.enclosingSubject(c) {
		if a.ev.Country != "" && a.ev.Country != "IGO" && !sharesCountry(src, []actor{a}) {
			return []actor{a}
		}
	}
	return r.latest(corefWindow, func(ev dateline.Event) []actor {
		if ev.Source == nil || ev.Target == nil || ev.Source.Country == "" || ev.Target.Country == "" || ev.Source.Country == ev.Target.Country ||
			ev.Target.Country == "IGO" || ev.Source.Country == "IGO" {
			return nil
		}
		var other dateline.EventActor
		switch {
		case sharesCountry(src, []actor{{ev: *ev.Source}}):
			other = *ev.Target
		case sharesCountry(src, []actor{{ev: *ev.Target}}):
			other = *ev.Source
		default:
			return nil
		}
		return []actor{{ev: other, key: other.Country + "/" + other.Sector + "/" + other.Name, tokS: -1}}
	})
}

// fightVerbs say that sides fought, with no one else named as the target
// ("X and Y forces fought with tanks").
var fightVerbs = map[string]bool{"fight": true, "fights": true, "fought": true, "fighting": true, "battled": true, "battle": true}

// fightAfter are the words after a fight verb that name no side fought
// ("fought with tanks", "fought for days"; not "fought Islamic State").
var fightAfter = map[string]bool{"with": true, "for": true, "in": true, "on": true, "over": true, "near": true, "along": true, ",": true, ".": true, "and": true}

// officialSides reports whether every side is a state, a state body or an
// intergovernmental body, not people ("demonstrators").
func officialSides(as []actor) bool {
	for _, a := range as {
		if a.ev.Country == "" || a.ev.Sector != "" && !stateSector[a.ev.Sector] {
			return false
		}
	}
	return true
}

// definiteAt reports whether the phrase at token t opens with "the" ("the
// authorities"), a phrase pointing at bodies the reader knows.
func (r *reader) definiteAt(t int) bool {
	return t > 0 && r.toks[t-1].low == "the" || t >= 0 && t < len(r.toks) && r.toks[t].low == "the"
}

// sameState reports whether two sides are one state body: the same
// country and the same state sector, or government and military
// ("Erdogan" and "Ankara"). Government and legislature, or a government
// and its people, stay apart.
func sameState(a, b dateline.EventActor) bool {
	if a.Country == "" || a.Country != b.Country || a.Country == "IGO" {
		return false
	}
	if !stateSector[a.Sector] || !stateSector[b.Sector] {
		return false
	}
	return a.Sector == b.Sector || (a.Sector == "GOV" || a.Sector == "MIL") && (b.Sector == "GOV" || b.Sector == "MIL")
}

// countryAndState reports whether a and b are a country named as such
// and a state body of it ("Iran … Tehran's nuclear programme").
func countryAndState(a, b dateline.EventActor) bool {
	if a.Country == "" || a.Country == "IGO" || a.Country != b.Country {
		return false
	}
	return a.Sector == "" && stateSector[b.Sector] || b.Sector == "" && stateSector[a.Sector]
}

// ownCountry reports whether target b is source a's own country, named
// by its name ("Putin signed a treaty on Crimea's accession to Russia", "the
// Taliban would not allow Afghan territory to be used"): a country is not
// the target of its own state's or people's acts. A domestic target the
// convention fills in (no name) is not this.
func (r *reader) ownCountry(a, b dateline.EventActor) bool {
	if a.Country == "" || a.Country == "IGO" || a.Country != b.Country || b.Name == "" || a.Name == "" {
		return false
	}
	if a.Sector != "" && !stateSector[a.Sector] || b.Sector != "" {
		return false
	}
	if r.s.places == nil {
		return b.Entity >= 0 && r.a.Entities[b.Entity].Type == dateline.Place && r.a.SpanText(b.Span) == r.a.Entities[b.Entity].Name
	}
	loc, ok := r.s.places.Lookup(r.a.SpanText(b.Span), "") // the words, not a demonym's country ("Palestinian factions")
	return ok && loc.Kind == "country" && loc.Country == a.Country
}

// bodyTarget returns the intergovernmental body named in the sentence
// (the first, after token t or before it), else the last one named before
// the sentence in the same field: where a vote or veto is cast.
func (r *reader) bodyTarget(t int) []actor {
	for ti, mi := range r.mentAt {
		if mi < 0 || ti > 0 && r.mentAt[ti-1] == mi {
			continue
		}
		if as := r.igoAt(ti); len(as) > 0 {
			return as
		}
	}
	best := -1
	for i, m := range r.a.Mentions {
		if m.Field != r.sent.Field || m.End > r.sent.Start || m.Entity < 0 {
			continue
		}
		if e := r.a.Entities[m.Entity]; e.Country == "IGO" && e.Type == dateline.Org && (best < 0 || m.Start > r.a.Mentions[best].Start) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	m := r.a.Mentions[best]
	e := r.a.Entities[m.Entity]
	ev := dateline.EventActor{Name: e.Name, Entity: m.Entity, Country: e.Country, Sector: e.Sector, Span: m.Span}
	return []actor{{ev: ev, key: e.Country + "/" + e.Sector + "/" + e.ID, tokS: t}}
}

// igoNouns head a phrase that names an intergovernmental body named
// before ("the bloc", "the alliance", "the allies", "the 193-member
// assembly").
var igoNouns = map[string]bool{
	"bloc": true, "alliance": true, "allies": true, "council": true, "assembly": true, "union": true,
	"organization": true, "organisation": true, "commission": true, "body": true,
}

// bodyNouns resolves people phrases headed by an igoNouns word ("the
// bloc") to the intergovernmental body named last before them in the
// article, when there is one.
func (r *reader) bodyNouns(as []actor) []actor {
	out := as[:0]
	for _, a := range as {
		w := strings.Fields(strings.ToLower(a.ev.Name))
		if !a.bare || a.ev.Country != "" || len(w) == 0 || !igoNouns[w[len(w)-1]] {
			out = append(out, a)
			continue
		}
		if b, ok := r.igoBefore(a.ev.Span); ok && w[0] == "the" {
			b.tokS = a.tokS
			out = append(out, b)
		} else if a.ev.Sector != "" {
			out = append(out, a) // "the assembly" of a country: a legislature
		}
		// else "the Russia-NATO Council", "the allies" with no body named
		// before: no side that can be placed
	}
	return out
}

// igoBefore returns the intergovernmental body mentioned last before sp
// in the same field.
func (r *reader) igoBefore(sp dateline.Span) (actor, bool) {
	best := -1
	for i, m := range r.a.Mentions {
		if m.Field != sp.Field || m.End > sp.Start || m.Entity < 0 || m.Entity >= len(r.a.Entities) {
			continue
		}
		if e := r.a.Entities[m.Entity]; e.Country == "IGO" && e.Type == dateline.Org && (best < 0 || m.Start > r.a.Mentions[best].Start) {
			best = i
		}
	}
	if best < 0 {
		return actor{}, false
	}
	m := r.a.Mentions[best]
	e := r.a.Entities[m.Entity]
	ev := dateline.EventActor{Name: e.Name, Entity: m.Entity, Country: e.Country, Sector: e.Sector, Span: sp}
	return actor{ev: ev, key: e.Country + "/" + e.Sector + "/" + e.ID}, true
}

// igoAt returns the actor of the mention starting at token ti when it is an
// intergovernmental body.
func (r *reader) igoAt(ti int) []actor {
	m := r.mentions[r.mentAt[ti]]
	if m.Entity < 0 {
		return nil
	}
	if e := r.a.Entities[m.Entity]; e.Country != "IGO" || e.Type != dateline.Org {
		return nil
	}
	return r.actorsIn(r.span(ti, ti+1), false)
}

// actNouns name acts that have no trigger of their own in the lexicon (a
// bill criticised is aimed where it is made).
var actNouns = map[string]bool{"coup": true, "mutiny": true, "putsch": true, "takeover": true, "violence": true,
	"bloodshed": true, "power grab": true, "seizure": true, "uprising": true, "insurrection": true,
	"bill": true, "legislation": true}

// namesAct reports whether the tokens name an act: a trigger of the
// lexicon ("the attack", "any effort to seize power") or an act noun
// ("the coup", "the mutiny").
func (r *reader) namesAct(x []int) bool {
	for _, i := range x {
		if m := r.at[i]; m >= 0 && isPlover(r.matches[m].p.Type) || actNouns[r.toks[i].low] {
			return true
		}
	}
	return false
}

// actPlace returns where an act named by tokens x of clause c happened: a
// place named in them, else the dateline's.
func (r *reader) actPlace(c int, x []int) (dateline.Location, bool) {
	if r.s.places == nil || len(x) == 0 {
		return dateline.Location{}, false
	}
	r.findPlaces()
	for _, pm := range r.placeMatches {
		if ti := r.tokAt(r.sent.Start + pm.Start); ti >= x[0] && ti <= x[len(x)-1] && pm.Location.Country != "" {
			return pm.Location, true
		}
	}
	// where the speaker is ("In Washington, Blinken condemned …") is not
	// where the act happened: the dateline's place is
	return r.datelineLoc()
}

// ownBody reports whether a and b are an intergovernmental body and a
// person holding one of its offices ("NATO allies must …," Stoltenberg
// said: the alliance's own chief): one side, not two.
func (r *reader) ownBody(a, b dateline.EventActor) bool {
	if a.Country != "IGO" || b.Country != "IGO" || a.Entity < 0 || b.Entity < 0 {
		return false
	}
	pa, pb := r.a.Entities[a.Entity], r.a.Entities[b.Entity]
	if pb.Type == dateline.Person {
		pa, pb = pb, pa
	}
	if pa.Type != dateline.Person || pb.Type == dateline.Person {
		return false
	}
	for _, ro := range pa.Roles {
		if ro.Org != "" && (ro.Org == pb.KBID || ro.Org == pb.ID) {
			return true
		}
	}
	return false
}

// foreignModifier reports whether the actor phrase starting at token t
// opens with a word naming a group of countries ("European leaders",
// "foreign ministers"): the phrase is not of the one country the sentence
// names.
func (r *reader) foreignModifier(t int) bool {
	if t < 0 || t >= len(r.toks) || r.mentAt[t] >= 0 {
		return false
	}
	return regionWords[r.toks[t].low]
}

// regionWords name groups of countries, not one: "European leaders",
// "Western governments", "Arab ministers".
var regionWords = map[string]bool{"european": true, "western": true, "arab": true, "african": true, "asian": true,
	"latin": true, "gulf": true, "nordic": true, "baltic": true, "balkan": true, "international": true, "world": true,
	"foreign": true, "regional": true, "allied": true}

// needsRecipient are the PLOVER types whose definition requires a
// recipient (plover_event_types: requires_recipient): without a target
// the text names, they are not coded.
var needsRecipient = map[string]bool{"AID": true, "COOPERATE": true, "SANCTION": true}

// speechActs are the verbal types whose triggers are acts of saying: with
// the words said (a complement or a quote) they are reported speech.
var speechActs = map[string]bool{"ACCUSE": true, "REQUEST": true, "THREATEN": true, "SUPPORT": true}

// content reports whether the words of a speech act follow token e in
// clause c: a to-infinitive or that-clause, "of" with a gerund ("accused
// Moscow of using…"), or a quotation.
func (r *reader) content(c, e int) bool {
	idx := r.clauseToks(c, e, e+14)
	for k, i := range idx {
		if k > 0 && idx[k-1] != i-1 {
			break
		}
		t := r.toks[i]
		switch t.low {
		case "that", "\"", "``", "“", "«", "„":
			return true
		case "to":
			if k+1 < len(idx) && r.toks[idx[k+1]].tag == "VB" {
				return true
			}
		case "of":
			if k+1 < len(idx) && r.toks[idx[k+1]].tag == "VBG" {
				return true
			}
		}
		if q := r.quoteAt(t.start, t.end); q >= 0 {
			return true
		}
	}
	return false
}

// missionOwner reads an object "its embassy" or "their consulate" at token e
// in clause c, the owner's post, not the host country's: the owner is the speaker, else the subject of the clause c
// hangs on ("Saudi Arabia broke off relations after protesters stormed its
// embassy"); nil when the object is no such phrase.
func (r *reader) missionOwner(c, e int, speaker []actor, subj [][]actor) []actor {
	if e+1 >= len(r.toks) || r.toks[e].low != "its" && r.toks[e].low != "their" || !missionNouns[r.toks[e+1].low] {
		return nil
	}
	owner := speaker
	if p := r.clauses[c].parent; len(owner) == 0 && p >= 0 {
		owner = subj[p]
	}
	var out []actor
	for _, o := range owner {
		if o.ev.Country != "" {
			n := o
			n.ev.Sector, n.ev.Entity = "GOV", -1
			n.ev.Name = r.text[r.toks[e].start:r.toks[e+1].end]
			n.ev.Span = dateline.Span{Field: r.sent.Field, Start: r.toks[e].start, End: r.toks[e+1].end}
			n.key, n.tokS = n.ev.Country+"/GOV/"+n.ev.Name, e
			out = append(out, n)
		}
	}
	return out
}

// possessed reads a subject such as "its forces" or "their troops": the
// people of the speaker (in speech) or of the previous clause's subject.
func (r *reader) possessed(c, t int, speaker []actor, subj [][]actor) []actor {
	idx := r.clauseToks(c, 0, t)
	for k, i := range idx {
		if r.toks[i].low != "its" && r.toks[i].low != "their" {
			continue
		}
		if k+1 >= len(idx) {
			return nil
		}
		sec, ok := r.sectorOf(idx[k+1])
		if !ok {
			return nil
		}
		owner := speaker
		if p := r.clauses[c].parent; len(owner) == 0 && p >= 0 {
			owner = subj[p]
		}
		var out []actor
		for _, o := range owner {
			if o.ev.Country == "" {
				continue
			}
			n := o
			n.ev.Sector = sec
			n.ev.Entity = -1
			n.ev.Name = r.text[r.toks[i].start:r.toks[idx[k+1]].end]
			n.key = n.ev.Country + "/" + sec + "/" + n.ev.Name
			out = append(out, n)
		}
		return out
	}
	return nil
}

// complement reports whether a to-infinitive, a that-clause or a means
// ("by striking", "with strikes") follows token e: "offered to negotiate
// with Armenia".
func (r *reader) complement(c, e int) bool {
	for k := e; k < len(r.toks) && r.clauseOf[k] == c; k++ {
		tk := r.toks[k]
		if isTimeTok(tk) && tk.low != "to" || tk.tag == "RB" {
			continue
		}
		if tk.low == "by" || tk.low == "with" {
			// "retaliated by striking …", "responded with strikes on …"
			return k+1 < len(r.toks) && (r.toks[k+1].tag == "VBG" || r.at[k+1] >= 0 && isPlover(r.matches[r.at[k+1]].p.Type))
		}
		return tk.low == "to" || tk.low == "that"
	}
	return false
}

// lightObject reports whether the noun at t is the object of its clause's
// verb (only determiners and modifiers between them), or opens its clause.
func (r *reader) lightObject(c, t int) bool {
	for k := t - 1; k >= 0 && r.clauseOf[k] == c; k-- {
		tk := r.toks[k]
		switch {
		case tk.low == "law" && k > 1 && r.toks[k-1].low == "into":
			k-- // "signed into law a package of aid"
			continue
		case determiners[tk.low] || tk.tag == "JJ" || tk.tag == "JJS" || tk.tag == "JJR" || tk.tag == "DT" || tk.tag == "CD" || tk.tag == "PRP$" || tk.tag == "RP" ||
			nounTag(tk.tag) && r.at[k] < 0 || tk.low == "-" || tk.low == "of" || tk.tag == "$" || tk.low == "$":
			continue
		case r.at[k] >= 0 && r.matches[r.at[k]].p.Type == cueSpeech:
			return true
		case verbTag(tk.tag):
			// "held talks", "launched a mediation effort"; not "described
			// the talks as…", "did not mention the protests"
			return lightVerbs[tk.low]
		}
		return false
	}
	return true
}

// speechObject reports whether the noun trigger at t is the object of an
// announcing verb right before it, over determiners and adjectives ("announced
// a suspension", "declared a ceasefire").
func (r *reader) speechObject(t int) bool {
	for k := t - 1; k >= 0; k-- {
		tk := r.toks[k]
		if determiners[tk.low] || tk.tag == "DT" || tk.tag == "JJ" || tk.tag == "CD" || tk.tag == "PRP$" {
			continue
		}
		m := r.at[k]
		return m >= 0 && r.matches[m].p.Type == cueSpeech && r.matches[m].end == k+1 && nounSpeech[r.matches[m].p.Text]
	}
	return false
}

// nounSpeech are the speech cues that take an act as their object
// ("announced a suspension"); "said the strike was …" introduces a clause.
var nounSpeech = map[string]bool{"announce": true, "declare": true}

// infinitiveSubject reads the actor right before "to" + the light verb of
// the noun trigger at t ("expected Russia to launch offensives": Russia),
// the subject of the infinitive rather than of the clause.
func (r *reader) infinitiveSubject(c, t int) []actor {
	lv := -1
	for k := t - 1; k >= 0 && r.clauseOf[k] == c; k-- {
		if verbTag(r.toks[k].tag) {
			lv = k
			break
		}
	}
	if lv < 2 || r.toks[lv-1].low != "to" || r.mentAt[lv-2] < 0 {
		return nil
	}
	k := lv - 2
	for k > 0 && r.mentAt[k-1] == r.mentAt[lv-2] {
		k--
	}
	return r.actorsIn(r.span(k, lv-1), true)
}

// lightVerbs carry a noun trigger's event without adding one of their own.
var lightVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"hold", "keep", "maintain", "conduct", "launch", "stage", "begin", "start", "resume", "open",
		"make", "give", "take", "carry", "impose", "order", "sign", "reach", "issue", "deliver", "provide",
		"send", "mount", "wage", "pursue", "continue", "organize", "organise", "lead", "host", "join",
		"seek", "lodge", "file", "grant", "extend", "offer", "slap", "level", "unleash", "step", "intensify",
		"expand", "renew", "announce", "declare", "introduce", "adopt", "approve", "pass", "enforce",
		"tighten", "broaden", "escalate", "do", "have", "be", "get", "put", "place", "call", "stop", "end",
		"halt", "lift", "ease", "suspend", "accept", "agree", "sponsor", "fund", "finance", "back", "support",
		"help", "arrange", "set", "plan", "prepare", "propose", "demand", "urge", "request", "ask", "threaten",
		"use", "fire", "drop", "deploy", "bring", "receive", "win", "secure", "conclude", "complete", "finalize",
		"finalise", "broker", "mediate", "facilitate", "allow", "permit", "attend", "speed", "accelerate", "hasten",
		"finish"} {
		for _, f := range inflections(w) {
			m[f] = true
		}
	}
	for _, f := range []string{"is", "are", "was", "were", "been", "being", "has", "had", "did", "does"} {
		m[f] = true
	}
	return m
}()

// modifiers reads actors standing right before a noun trigger ("Israeli air
// strikes", "Russia's invasion").
func (r *reader) modifiers(c, t int) []actor {
	s := t
	for s > 0 && s > t-5 && r.clauseOf[s-1] == c {
		p := r.toks[s-1]
		if r.mentAt[s-1] >= 0 || p.low == "'s" || p.low == "'" || p.tag == "POS" || p.tag == "JJ" || p.tag == "NNP" || p.tag == "NN" || p.low == "-" {
			s--
			continue
		}
		break
	}
	if s == t {
		return nil
	}
	if r.at[t] >= 0 && r.venue(t-1, r.matches[r.at[t]].p.Type) {
		// "the Vienna talks", "the Minsk agreements": the city is where
		// they are held, not a side
		return nil
	}
	return r.actorsIn(r.span(s, t), false)
}

// namesDeal reports whether the words name a deal or talks ("the Paris
// agreement"): criticising it is not aimed at the place it was made.
func (r *reader) namesDeal(idx []int) bool {
	for _, i := range idx {
		if venueNouns[r.toks[i].low] {
			return true
		}
	}
	return false
}

// dropSector returns the actors not of sector sec.
func dropSector(as []actor, sec string) []actor {
	var out []actor
	for _, a := range as {
		if a.ev.Sector != sec {
			out = append(out, a)
		}
	}
	return out
}

// verbalAttacks are the attack words that, between two named persons, are
// words, not blows.
var verbalAttacks = map[string]bool{"attack": true, "attacks": true, "attacked": true, "attacking": true,
	"hit": true, "hits": true, "hitting": true}

// allPersons reports whether every actor is a person the KB or the article
// names.
func (r *reader) allPersons(as []actor) bool {
	for _, a := range as {
		if !r.personActor(a.ev) {
			return false
		}
	}
	return true
}

// campaignRally reports whether the rally noun m is a candidate's or a
// party's campaign event, no protest: "a campaign rally", "an election
// rally", "a Trump rally", or "Sanders held a rally" with no one protested
// against.
func (r *reader) campaignRally(m *match) bool {
	w := r.toks[m.start].low
	if w != "rally" && w != "rallies" {
		return false
	}
	if m.start > 0 {
		prev := r.toks[m.start-1]
		switch prev.low {
		case "campaign", "election", "electoral", "re-election", "reelection", "victory", "primary":
			return true
		}
		k := m.start - 1
		if (prev.low == "'s" || prev.low == "'" || prev.low == "s" || prev.low == "’s") && k > 0 {
			k-- // "Sanders's rally"
			if k > 0 && r.toks[k].low == "'" {
				k--
			}
		}
		if mi := r.mentAt[k]; mi >= 0 && r.personActor(dateline.EventActor{Entity: r.mentions[mi].Entity}) {
			return true
		}
	}
	for i := m.end; i < len(r.toks) && i < m.end+8; i++ {
		if r.toks[i].low == "against" {
			return false
		}
	}
	c := r.clauseOf[m.start]
	for _, a := range r.subject(c, m.start) {
		if r.personActor(a.ev) || a.ev.Sector == "PTY" {
			return true // "Sanders held a rally Saturday"
		}
	}
	return false
}

// betweenTheTwo reports whether "between the two" (with a people noun or
// none: "countries", "sides", "leaders") follows token e within a few
// words and no verb, naming no actor.
func (r *reader) betweenTheTwo(e int) bool {
	var idx []int // the words after the noun, its apposition too ("the summit, the first ever between …")
	for i := e; i < len(r.toks) && i < e+9 && !verbTag(r.toks[i].tag); i++ {
		idx = append(idx, i)
	}
	for k, i := range idx {
		if r.toks[i].low != "between" {
			continue
		}
		if k+2 < len(idx) && r.toks[idx[k+1]].low == "the" && (r.toks[idx[k+2]].low == "two" || r.toks[idx[k+2]].low == "both") {
			return k+3 >= len(idx) || r.mentAt[idx[k+3]] < 0
		}
		return false
	}
	return false
}

// latestJointSides returns the two sides, of two countries, of the latest
// joint act (talks, an agreement, cooperation) in the story so far, or nil.
func (r *reader) latestJointSides() []actor {
	return r.latest(r.si, func(ev dateline.Event) []actor {
		if !jointBetween(ev) {
			return nil
		}
		return r.eventSides(ev)
	})
}

// jointBetween reports whether ev is a joint act (talks, an agreement,
// cooperation) between sides of two countries, not denied.
func jointBetween(ev dateline.Event) bool {
	return outcomeTypes[ev.Type] && ev.Source != nil && ev.Target != nil && ev.Source.Country != "" && ev.Target.Country != "" &&
		ev.Mode != dateline.Negated && ev.Source.Country != ev.Target.Country
}

// signingBetween reports whether ev is the signing of a deal by two
// countries ("Kyrgyzstan and Tajikistan signed a treaty"): what "the
// signing" welcomed points back to.
func (r *reader) signingBetween(ev dateline.Event) bool {
	return ev.Type == "SUPPORT" && ev.Source != nil && ev.Target != nil && ev.Source.Country != "" && ev.Target.Country != "" &&
		ev.Mode != dateline.Negated && ev.Source.Country != ev.Target.Country && strings.HasPrefix(strings.ToLower(r.a.SpanText(ev.Trigger)), "sign")
}

// eventSides returns the source and the target of ev as actors.
func (r *reader) eventSides(ev dateline.Event) []actor {
	return []actor{r.sourceActor(ev, -1), {ev: *ev.Target, key: ev.Target.Country + "/" + ev.Target.Sector + "/" + ev.Target.Name, tokS: -1}}
}

// relativeOnly reports whether every background clause clause c lies in
// is a relative clause ("which passed …") or a factual one ("after …"): a
// fact told in passing, not a condition or a purpose.
func (r *reader) relativeOnly(c int) bool {
	for k := c; k >= 0; k = r.clauses[k].parent {
		cl := r.clauses[k]
		if cl.kind != kSub || r.factualClause(k) {
			continue
		}
		switch cl.opener {
		case "which", "who", "whom", "whose", "that", "where":
		default:
			return false
		}
	}
	return true
}

// namedTalks codes, in a clause not otherwise coded, the talks nouns
// followed by "between" or "involving" and the sides they name.
func (r *reader) namedTalks(c int, subj [][]actor) []dateline.Event {
	var out []dateline.Event
	for _, i := range r.clauses[c].toks {
		mi := r.at[i]
		if mi < 0 || r.matches[mi].start != i || r.matches[mi].p.Type != "CONSULT" || !r.matches[mi].p.Noun {
			continue
		}
		if e := r.matches[mi].end; e >= len(r.toks) || r.toks[e].low != "between" && r.toks[e].low != "involving" {
			continue
		}
		evs, _ := r.code(c, &r.matches[mi], nil, subj, false)
		for _, ev := range evs {
			if ev.Source != nil && ev.Target != nil && ev.Source.Country != "" && ev.Target.Country != "" {
				out = append(out, ev)
			}
		}
	}
	return out
}

// talksNouns name talks without naming their sides.
var talksNouns = map[string]bool{"talks": true, "meeting": true, "meetings": true, "negotiations": true, "summit": true,
	"conference": true, "dialogue": true, "discussions": true, "consultations": true}

// talksNamed reports whether the phrase a talks verb acts on is talks
// with no actor named: the object after match m ("hosted the meeting"),
// or inside the pattern ("had come to the meeting"), or, passive, the
// subject before it ("The talks were hosted by …").
func (r *reader) talksNamed(c int, m *match, pass bool) bool {
	idx := r.clauseToks(c, m.start, min(m.end+4, len(r.toks))) // "came to the meeting", "hosted the talks"
	if pass {
		idx = r.clauseToks(c, 0, m.start)
	}
	for _, i := range idx {
		if r.mentAt[i] >= 0 {
			return false
		}
		if talksNouns[r.toks[i].low] || outcomeNouns[r.toks[i].low] {
			return true // "helped broker the agreement"
		}
	}
	return false
}

// outcomeTypes are the joint acts an outcome noun points back to.
var outcomeTypes = map[string]bool{"AGREE": true, "CONSULT": true, "COOPERATE": true}

// outcomeNouns name the result of talks or a deal ("welcomed the outcome").
var outcomeNouns = map[string]bool{"outcome": true, "deal": true, "agreement": true, "accord": true, "declaration": true,
	"result": true, "results": true, "summit": true, "breakthrough": true, "compromise": true, "understanding": true,
	"pact": true, "treaty": true, "rapprochement": true, "ceasefire": true, "cease-fire": true, "truce": true, "signing": true}

// outcomeObject reports whether the object after token e in clause c is a
// short phrase pointing back at an outcome ("the outcome", "Tuesday's
// deal"), naming no actor.
func (r *reader) outcomeObject(c, e int) bool {
	idx := r.clauseToks(c, e, min(e+4, len(r.toks)))
	for k, i := range idx {
		t := r.toks[i]
		if r.mentAt[i] >= 0 {
			return false
		}
		if outcomeNouns[t.low] {
			return k+1 >= len(idx) || !nounTag(r.toks[idx[k+1]].tag)
		}
		if t.tag != "DT" && t.tag != "JJ" && t.tag != "POS" && t.tag != "PRP$" && !isTimeTok(t) {
			return false
		}
	}
	return false
}

// possessor reads the owner of a verb trigger used as a noun right after
// a possessive ("Ankara's request"), or nil.
func (r *reader) possessor(c, t int) []actor {
	if t < 2 || !nounTag(r.toks[t].tag) || r.toks[t-1].tag != "POS" && r.toks[t-1].low != "'s" {
		return nil
	}
	return r.modifiers(c, t)
}

// recipientPreps introduce the side an act is for ("arms sales to
// Turkey"), not its setting ("a corridor in Syria").
var recipientPreps = map[string]bool{"to": true, "for": true, "with": true, "against": true}

// rivalSides reports whether src names two sides of one country that are
// not one state body ("Sudan's army and the RSF agreed to a truce").
func rivalSides(src []actor) bool {
	for i := range src {
		for j := i + 1; j < len(src); j++ {
			a, b := src[i].ev, src[j].ev
			if a.Country != "" && a.Country == b.Country && a.Sector != b.Sector && !sameState(a, b) {
				return true
			}
		}
	}
	return false
}

// sharesCountry reports whether an actor of as is of a country of bs.
func sharesCountry(as, bs []actor) bool {
	for _, a := range as {
		for _, b := range bs {
			if a.ev.Country != "" && a.ev.Country == b.ev.Country {
				return true
			}
		}
	}
	return false
}

// victimsClaim returns the accusation a victim makes by telling of a
// hostile deed done to it ("Zelenskiy says Moscow targets civilians",
// "Baku said Armenian troops had fired rockets at Ganja"): when ev, a deed
// or threat in reported speech, is aimed at the speaker's own country by
// another, the speaker accuses its doer; so does a speaker telling of
// another side's act that the lexicon marks as a claim (claim=true). A
// speaker telling of its own side's deed, or of a deed between others,
// accuses no one.
func (r *reader) victimsClaim(ev dateline.Event, claim bool, q int, speaker []actor) (dateline.Event, bool) {
	if ev.Mode != dateline.Reported || ev.Source == nil || ev.Source.Country == "" {
		return dateline.Event{}, false
	}
	// a wrong the lexicon marks as a claim (a violation) told by another
	// side is its accusation whoever the victim ("the US actions grossly
	// violate Resolution 2231", the ministry said)
	violation := claim
	// "He said NATO troops were massing on the western border": a
	// build-up of another side's forces, told by a state, accuses it
	buildup := ev.Type == "MOBILIZE" && (ev.Target == nil || ev.Target.Country == "")
	if !violation && !buildup && (!hostileDeeds[ev.Type] && ev.Type != "THREATEN" || ev.Target == nil || ev.Target.Country == "") {
		return dateline.Event{}, false
	}
	spk := r.claimant(q, speaker)
	for _, s := range spk {
		if (violation || buildup && stateSector[s.ev.Sector] || ev.Target != nil && s.ev.Country == ev.Target.Country) && s.ev.Country != "" && s.ev.Country != ev.Source.Country && s.ev.Country != "IGO" {
			acc := ev
			acc.Type = "ACCUSE"
			a := s.ev
			acc.Source = &a
			t := *ev.Source
			acc.Target = &t
			acc.Context = nil
			return acc, true
		}
	}
	return dateline.Event{}, false
}

// namedAttacks codes the attacks another side's words name by their doer
// as a noun ("support in the face of the Assad regime's attacks in Idlib",
// Cavusoglu said): the speaker's accusation of that doer, reported, when no
// event of the sentence already aims the speaker's words at it.
func (r *reader) namedAttacks(c int, speaker []actor, done []dateline.Event) []dateline.Event {
	if countries(speaker) == 0 || !r.reported(c) {
		return nil
	}
	var out []dateline.Event
	for _, i := range r.clauses[c].toks {
		mi := r.at[i]
		if mi < 0 || r.matches[mi].start != i || r.matches[mi].p.Type != "ASSAULT" || !r.matches[mi].p.Noun || i == 0 {
			continue
		}
		if w := r.toks[i-1].low; w != "'s" && w != "'" && w != "’s" && r.mentAt[i-1] < 0 {
			continue // "the regime's attacks", "Russian strikes"; not "the attacks"
		}
		if r.timePhrase(c, i) {
			continue // "since last month's U.S. invasion": when, not a charge
		}
		doers := r.modifiers(c, i)
		for _, d := range doers {
			for _, s := range speaker {
				if d.ev.Country == "" || s.ev.Country == "" || d.ev.Country == s.ev.Country || d.ev.Country == "IGO" {
					continue
				}
				dup := false
				for _, ev := range done {
					dup = dup || ev.Type == "ACCUSE" && ev.Source != nil && ev.Target != nil && ev.Source.Country == s.ev.Country && ev.Target.Country == d.ev.Country
				}
				if dup {
					continue
				}
				s, d := s, d
				m := r.matches[mi]
				out = append(out, r.told(c, "ACCUSE", m.start, m.end, &s, &d, nil, speaker, doers))
				done = append(done, out[len(out)-1])
			}
		}
	}
	return out
}

// timePhrase reports whether the noun at t heads a phrase opened by a
// preposition of time ("since last month's invasion", "after the Russian
// strikes").
func (r *reader) timePhrase(c, t int) bool {
	for k := t - 1; k >= 0 && k >= t-8 && r.clauseOf[k] == c; k-- {
		switch low := r.toks[k].low; low {
		case "since", "after", "before", "following", "until", "during", "amid":
			return true
		}
		if tk := r.toks[k]; r.mentAt[k] < 0 && tk.tag != "DT" && tk.tag != "JJ" && tk.tag != "POS" && tk.low != "'s" && tk.low != "'" && tk.tag != "CD" && !isTimeTok(tk) {
			return false
		}
	}
	return false
}

// claimant returns who says an event in quote q (the quote's speaker, when
// the quotes stage named one), else the clause's speaker.
func (r *reader) claimant(q int, speaker []actor) []actor {
	if q >= 0 {
		if qs := r.quoteSpeakerOf(q); len(qs) > 0 {
			return qs
		}
	}
	return speaker
}

// failureClaim returns the accusation a side makes by telling that another
// side has not done what it owed ("saying Hamas had not handed over the
// names of the hostages", "Russia has not withdrawn its troops"): a negated
// withdrawal, release or concession of another country, in a speaker's
// words, is the speaker's ACCUSE of that country, reported.
func (r *reader) failureClaim(ev dateline.Event, c, q int, speaker []actor) (dateline.Event, bool) {
	if ev.Mode != dateline.Negated || ev.Type != "RETREAT" && ev.Type != "CONCEDE" || ev.Source == nil || ev.Source.Country == "" {
		return dateline.Event{}, false
	}
	if q < 0 && !r.reported(c) {
		return dateline.Event{}, false
	}
	spk := r.claimant(q, speaker)
	for _, s := range spk {
		if s.ev.Country != "" && s.ev.Country != ev.Source.Country && s.ev.Country != "IGO" {
			acc := ev
			acc.Type = "ACCUSE"
			acc.Mode = dateline.Reported
			a := s.ev
			acc.Source = &a
			t := *ev.Source
			acc.Target = &t
			acc.Context = nil
			return acc, true
		}
	}
	return dateline.Event{}, false
}

// nounUse reports whether verb pattern match mi stands as a noun or a
// participle modifying the subject ("EU leaders meeting in Brussels agreed
// to …"): a one-word match tagged as a noun, or a participle right after a
// noun, in a clause whose finite verb comes later.
func (r *reader) nounUse(mi int) bool {
	m := r.matches[mi]
	if m.end-m.start != 1 {
		return false
	}
	t := r.toks[m.start]
	if !nounTag(t.tag) && !(t.tag == "VBG" && m.start > 0 && r.peopleBefore(m.start)) {
		return false
	}
	c := r.clauseOf[m.start]
	for k := m.end; k < len(r.toks) && r.clauseOf[k] == c; k++ {
		if tag := r.toks[k].tag; tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" {
			return true
		}
	}
	return false
}

// inApposition reports whether verb match a is an infinitive inside an
// apposition set off by commas before the finite verb b ("Macron, the
// first foreign leader to visit since the blast, met …").
func (r *reader) inApposition(a, b int) bool {
	ma, mb := r.matches[a], r.matches[b]
	if ma.start == 0 || r.toks[ma.start-1].low != "to" {
		return false
	}
	if tag := r.toks[mb.start].tag; tag != "VBD" && tag != "VBZ" && tag != "VBP" {
		return false
	}
	before, after := false, false
	for k := ma.start - 1; k >= 0 && k >= ma.start-8; k-- {
		if r.toks[k].low == "," {
			before = true
			break
		}
	}
	for k := ma.end; k < mb.start; k++ {
		if r.toks[k].low == "," {
			after = true
		}
		if strings.HasPrefix(r.toks[k].tag, "VB") && r.toks[k].tag != "VBG" && r.toks[k].tag != "VBN" {
			return false
		}
	}
	return before && after && r.toks[mb.start-1].low == ","
}

// decidedAct reports whether verb match b is the hostile act that an
// agreement match a right before it decides ("agreed to ban", "agreed to
// impose sanctions").
func (r *reader) decidedAct(a, b int) bool {
	ma, mb := r.matches[a], r.matches[b]
	if ma.p.Type != "AGREE" || ma.p.Single || !hostileDeeds[mb.p.Type] && mb.p.Type != "THREATEN" {
		return false // ("offered to send troops" is an offer, not the act)
	}
	return mb.start > ma.end && mb.start <= ma.end+2 && r.toks[mb.start-1].low == "to"
}

// pledgedActs are the acts whose offer or promise is coded as for "will":
// AGREE and the act, not yet done (one side's acts).
var pledgedActs = map[string]bool{"AID": true, "RETREAT": true, "CONCEDE": true}

// pledgedAct reports whether match b is the act one side's offer or
// promise a is made of ("offered on Saturday to send rescue teams",
// "promised to withdraw its troops").
func (r *reader) pledgedAct(a, b int) bool {
	ma, mb := r.matches[a], r.matches[b]
	if ma.p.Type != "AGREE" || !ma.p.Single || ma.p.Also != "" || !pledgedActs[mb.p.Type] {
		return false
	}
	return mb.start > ma.end && mb.start <= ma.end+4 && r.toks[mb.start-1].low == "to"
}

// peopleBefore reports whether the token before t ends an actor phrase: a
// people noun or a named actor ("EU leaders meeting", "Kenya meeting").
func (r *reader) peopleBefore(t int) bool {
	if _, ok := r.sectorOf(t - 1); ok {
		return true
	}
	return r.mentAt[t-1] >= 0
}

// personActor reports whether a names a person of the KB or the article.
func (r *reader) personActor(a dateline.EventActor) bool {
	return a.Entity >= 0 && a.Entity < len(r.a.Entities) && r.a.Entities[a.Entity].Type == dateline.Person
}

// demonymIn reports whether a people word of a country ("French",
// "Syrian") stands in span sp: the phrase names someone of that country,
// not the country itself.
func (r *reader) demonymIn(sp dateline.Span) bool {
	for _, m := range r.mentions {
		if m.Kind == dateline.MentionDemonym && m.Field == sp.Field && sp.Start <= m.Start && m.End <= sp.End {
			return true
		}
	}
	return false
}

// hostileDeeds are the material acts a threat or an accusation may answer.
var hostileDeeds = map[string]bool{"ASSAULT": true, "COERCE": true, "SANCTION": true, "MOBILIZE": true}

// deedAgainst returns the doer of the latest hostile deed aimed at the
// country of src, done (not hypothetical, not denied) in this sentence
// before the current event or in the sentence before.
func (r *reader) deedAgainst(src []actor, window int) []actor {
	own := ""
	for _, s := range src {
		if s.ev.Country != "" {
			own = s.ev.Country
		}
	}
	return r.latest(window, func(ev dateline.Event) []actor {
		if !hostileDeeds[ev.Type] || ev.Mode == dateline.Hypothetical || ev.Mode == dateline.Negated ||
			ev.Target == nil || ev.Target.Country != own || ev.Source == nil || ev.Source.Country == "" || ev.Source.Country == own || ev.Source.Country == "IGO" {
			return nil
		}
		return []actor{r.sourceActor(ev, -1)}
	})
}

// contentCountry returns the one country other than the sources' named
// after token e in clause c or the clauses inside it (by name or people
// word), as a target with no name; nil when none or several are named.
func (r *reader) contentCountry(c, e int, src []actor) []actor {
	found := ""
	setting := false // inside a list of places after "in", "near" …: "with stops in Lima, Brasília and Caracas"
	for i := e; i < len(r.toks); i++ {
		low := r.toks[i].low
		if setting && (low == "," || low == "and" || r.mentAt[i] >= 0) {
			continue
		}
		setting = false
		if (low == "and" || low == "but" || low == "or" || low == ",") && i+1 < len(r.toks) && determiners[r.toks[i+1].low] || low == ";" {
			break // "a ban on Muslims entering the United States and his harsh rhetoric on Mexican migrants": the demand ends
		}
		if !r.within(c, r.clauseOf[i]) {
			continue
		}
		mi := r.mentAt[i]
		if mi < 0 || i > 0 && r.mentAt[i-1] == mi {
			continue
		}
		if i > 0 && settingPreps[r.toks[i-1].low] || i > 1 && r.toks[i-1].low == "with" && strings.HasPrefix(r.toks[i-2].low, "border") {
			setting = true
			continue // a setting: "near Macedonia's border with Bulgaria"
		}
		m := r.mentions[mi]
		country := m.Country
		if m.Entity >= 0 && m.Entity < len(r.a.Entities) && r.a.Entities[m.Entity].Country != "" {
			country = r.a.Entities[m.Entity].Country
		}
		if country == "" || country == "IGO" || sharesCountry(src, []actor{{ev: dateline.EventActor{Country: country}}}) {
			continue
		}
		if found != "" && found != country {
			return nil
		}
		found = country
	}
	if found == "" {
		return nil
	}
	return []actor{countrySide(found, "content")}
}

// groupPhrase returns the sides of a phrase at idx that names a group by
// its number and a noun that names no actor ("all three countries", "the
// two nations"), other than src's; nil when it is none.
func (r *reader) groupPhrase(idx []int, src []actor) []actor {
	k := 0
	for k < len(idx) && (r.toks[idx[k]].low == "all" || r.toks[idx[k]].low == "the") {
		k++
	}
	if k+1 >= len(idx) || groupWords[r.toks[idx[k]].low] == 0 || !nounTag(r.toks[idx[k+1]].tag) {
		return nil
	}
	name := "the " + r.toks[idx[k]].low + " " + r.toks[idx[k+1]].low
	var out []actor
	for _, a := range r.groupSides(actor{ev: dateline.EventActor{Name: name, Entity: -1}, tokS: idx[0]}, src) {
		if !sharesCountry(src, []actor{a}) {
			out = append(out, a)
		}
	}
	return out
}

// contentGroup returns the sides of a group named by its number ("the two
// countries", "both sides") after token e in clause c or the clauses inside
// it, other than the sources; nil when none is named.
func (r *reader) contentGroup(c, e int, src []actor) []actor {
	for i := e; i+2 < len(r.toks) && i < e+20; i++ {
		if !r.within(c, r.clauseOf[i]) || groupWords[r.toks[i].low] == 0 || i == 0 || r.toks[i-1].low != "the" && r.toks[i].low != "both" {
			continue
		}
		name := "the " + r.toks[i].low + " " + r.toks[i+1].low
		var out []actor
		for _, a := range r.groupSides(actor{ev: dateline.EventActor{Name: name, Entity: -1}}, src) {
			if !sharesCountry(src, []actor{a}) {
				out = append(out, a)
			}
		}
		return out
	}
	return nil
}

// deedWindow is how many sentences back words against no one named may
// answer a hostile deed.
const deedWindow = 3

// visitNouns name a visit: the place before them is the one visited.
var visitNouns = map[string]bool{"visit": true, "visits": true, "trip": true, "tour": true, "stopover": true}

// venue reports whether token i, right before a noun trigger of a joint
// act of type typ, names a city or region where the act is held ("the
// Vienna talks"), not a country or a capital standing for its government.
func (r *reader) venue(i int, typ string) bool {
	mi := r.mentAt[i]
	if mi < 0 || !joint[typ] {
		return false
	}
	e := r.mentions[mi].Entity
	return e >= 0 && e < len(r.a.Entities) && r.a.Entities[e].Type == dateline.Place && r.mentions[mi].Kind != dateline.MentionMetonym
}

// pronounOrNothingBefore reports whether the clause has no words before t
// other than a pronoun, auxiliaries and cues.
func (r *reader) pronounOrNothingBefore(c, t int) bool {
	for _, i := range r.clauseToks(c, 0, t) {
		tk := r.toks[i]
		cue, _ := r.cueAt(i)
		if pronounSubjects[tk.low] || isPunct(tk) || isTimeTok(tk) || beForms[tk.low] || cue != "" && cue != cueSector ||
			tk.low == "and" || tk.low == "but" || tk.low == "that" || tk.low == "has" || tk.low == "have" || tk.low == "had" ||
			tk.tag == "RB" || tk.tag == "MD" || tk.low == "to" {
			continue
		}
		return false
	}
	return true
}

// thirdPersonQuoted reports whether clause c's subject before token t is
// "he", "she" or "they" inside a direct quote.
func (r *reader) thirdPersonQuoted(c, t int) bool {
	for _, i := range r.clauseToks(c, 0, t) {
		switch r.toks[i].low {
		case "he", "she", "they":
			q := r.quoteAt(r.toks[i].start, r.toks[i].end)
			return q >= 0 && r.a.Quotes[q].Kind == dateline.Direct
		case "we", "i", "it":
			return false
		}
	}
	return false
}

// clauseSubject returns the subject of clause c's first verb.
func (r *reader) clauseSubject(c int) []actor {
	for _, i := range r.clauses[c].toks {
		if strings.HasPrefix(r.toks[i].tag, "VB") || r.toks[i].tag == "MD" {
			return r.subject(c, i)
		}
	}
	return nil
}

func appendActors(dst, src []actor) []actor {
	for _, a := range src {
		dup := false
		for _, d := range dst {
			if d.key == a.key {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, a)
		}
	}
	return dst
}

func countries(as []actor) int {
	seen := map[string]bool{}
	for _, a := range as {
		if a.ev.Country != "" {
			seen[a.ev.Country] = true
		}
	}
	return len(seen)
}

// mutualActs are the joint acts recorded for every side: a meeting, an
// agreement or cooperation between X and Y is X's with Y and Y's with X
// (PLOVER's CONSULT records both sides).
var mutualActs = map[string]bool{"CONSULT": true, "AGREE": true, "COOPERATE": true}

// joint types are acts done together. A symmetric event of a joint type
// that is not a mutual act is one event, from the side named first to each
// other side; symmetric events of other types (clashes, a ceasefire) are
// each side's own act.
var joint = map[string]bool{"CONSULT": true, "AGREE": true, "COOPERATE": true, "SUPPORT": true, "REJECT": true}

// countryPossessor reports whether the phrase at token t opens with, or
// follows, "the country's" or "the nation's" ("the country's leaders").
func (r *reader) countryPossessor(t int) bool {
	for k := max(t-3, 0); k < len(r.toks) && k <= t+1; k++ {
		if (r.toks[k].low == "country" || r.toks[k].low == "nation") && k > 0 && r.toks[k-1].low == "the" && k+1 < len(r.toks) && r.toks[k+1].tag == "POS" {
			return true
		}
	}
	return false
}

// crowdWords head a crowd ("thousands of people", "protesters").
var crowdWords = map[string]bool{"thousands": true, "hundreds": true, "dozens": true, "tens": true, "crowds": true, "crowd": true, "people": true,
	"protesters": true, "protestors": true, "demonstrators": true, "supporters": true, "opponents": true, "residents": true, "students": true,
	"workers": true, "activists": true, "mourners": true, "women": true, "villagers": true}

// riotVerbs are the violent acts a crowd commits in a riot.
var riotVerbs = map[string]bool{"storm": true, "stormed": true, "storming": true, "torched": true, "torch": true, "ransacked": true,
	"ransack": true, "set": true, "stoned": true, "pelted": true, "attacked": true, "attack": true, "burned": true, "burnt": true}

// riotersBefore reports whether the subject right before token t, in its
// clause, is a crowd of protesters ("protesters stormed", "hundreds of Sadr
// supporters stormed").
func (r *reader) riotersBefore(t int) bool {
	for k := t - 1; k >= 0 && k >= t-8 && r.clauseOf[k] == r.clauseOf[t]; k-- {
		switch r.toks[k].low {
		case "protesters", "protestors", "demonstrators", "rioters", "crowd", "crowds", "mob", "supporters":
			return true
		}
		if isPunct(r.toks[k]) && r.toks[k].low != "'" || verbTag(r.toks[k].tag) {
			return false
		}
	}
	return false
}

// crowdBefore reports whether the words just before token t, in its
// clause, name a crowd.
func (r *reader) crowdBefore(t int) bool {
	for k := t - 1; k >= 0 && k >= t-8 && r.clauseOf[k] == r.clauseOf[t]; k-- {
		if crowdWords[r.toks[k].low] {
			return true
		}
		if isPunct(r.toks[k]) && r.toks[k].low != "'" {
			return false
		}
	}
	return false
}

// mediatedPairs pairs each mediator with each party, both ways, and the
// parties with each other; co-mediators are no pair. With no party named,
// the mediators alone are sources of a CONSULT with no target.
func mediatedPairs(med, sides []actor) [][2]*actor {
	var parties []actor
	for _, s := range sides {
		if !slices.ContainsFunc(med, func(m actor) bool { return m.key == s.key }) {
			parties = append(parties, s)
		}
	}
	med = appendActors(nil, med)
	var out [][2]*actor
	if len(parties) == 0 {
		for i := range med {
			out = append(out, [2]*actor{&med[i], nil})
		}
		return out
	}
	for i := range med {
		for j := range parties {
			if len(out) < maxPairs {
				out = append(out, [2]*actor{&med[i], &parties[j]}, [2]*actor{&parties[j], &med[i]})
			}
		}
	}
	// the parties' own pairs last: "the two sides" read back from a
	// later sentence are the parties, not a mediator and a party
	for i := range parties {
		for j := range parties {
			if i != j && len(out) < maxPairs {
				out = append(out, [2]*actor{&parties[i], &parties[j]})
			}
		}
	}
	return out
}

// crowdDoing returns the crowd a protest participle follows ("fired tear
// gas to disperse thousands of people protesting outside parliament"): the
// crowd protests, whatever the clause's own verb; nil otherwise.
func (r *reader) crowdDoing(c, mi int) []actor {
	if mi < 0 {
		return nil
	}
	m := r.matches[mi]
	if m.p.Type != "PROTEST" || m.p.Noun || r.toks[m.start].tag != "VBG" || m.start == 0 || r.toks[m.start-1].low == "," {
		return nil
	}
	k := m.start - 1
	for k >= 0 && r.clauseOf[k] == c && !isPunct(r.toks[k]) && !verbTag(r.toks[k].tag) && k >= m.start-6 {
		k--
	}
	if !r.crowdBefore(m.start) {
		return nil
	}
	return r.actorsIn(r.span(k+1, m.start), true)
}

// thanksWords are the words of thanks and praise a deed is owned by
// after "for" ("thanked Oman for hosting the talks").
var thanksWords = map[string]bool{"thank": true, "thanked": true, "thanks": true, "thanking": true, "appreciation": true,
	"gratitude": true, "grateful": true, "thankful": true, "praised": true, "praise": true, "praising": true, "commended": true, "commend": true}

// thankedFor returns the side thanked or praised for the deed at token t,
// a gerund after "for" ("thanked Oman for hosting the talks", "expressed
// their appreciation to China for hosting and supporting the talks"): its
// doer is the one thanked, not the one thanking. Nil otherwise.
func (r *reader) thankedFor(c, t int) []actor {
	if r.toks[t].tag != "VBG" {
		return nil
	}
	k := t - 1
	if k > 1 && (r.toks[k].low == "and" || r.toks[k].low == "or") && r.toks[k-1].tag == "VBG" {
		k -= 2 // "for hosting and supporting"
	}
	if k < 1 || r.toks[k].low != "for" || r.clauseOf[k] != c {
		return nil
	}
	for j := k - 1; j >= 0 && j >= k-12 && r.clauseOf[j] == c; j-- {
		mi := r.at[j]
		if mi < 0 || r.matches[mi].start != j || r.matches[mi].p.Type != "SUPPORT" {
			continue
		}
		m := &r.matches[mi]
		thanks := false
		for i := m.start; i < m.end; i++ {
			thanks = thanks || thanksWords[r.toks[i].low]
		}
		if !thanks {
			return nil
		}
		from := m.end
		if from < k && r.toks[from].low == "to" {
			from++ // "appreciation to China"
		}
		if as := r.actorsIn(r.span(from, k), true); countries(as) > 0 {
			return as
		}
		return nil
	}
	return nil
}

// callActs codes the call a speech act was made in ("Blinken urged Aliyev
// to halt hostilities in a phone call"): the sides of the act talked, both
// ways (CONSULT), in the act's mode, unless the sentence codes their talks
// already.
func (r *reader) callActs(evs []dateline.Event) []dateline.Event {
	at := -1
	for i := 0; i+3 < len(r.toks); i++ {
		if r.toks[i].low != "in" && r.toks[i].low != "during" {
			continue
		}
		j := i + 1
		if d := r.toks[j].low; d == "a" || d == "an" || d == "the" {
			j++
		}
		if j+1 < len(r.toks) && (r.toks[j].low == "phone" || r.toks[j].low == "telephone" || r.toks[j].low == "video") &&
			(r.toks[j+1].low == "call" || r.toks[j+1].low == "conversation" || r.toks[j+1].low == "conference") {
			at = j
			break
		}
	}
	if at < 0 || at+2 < len(r.toks) && r.toks[at+2].low == "with" {
		return nil // "in a phone call with Blinken": the talks verb's own partner
	}
	var out []dateline.Event
	for _, ev := range evs {
		if !speechActs[ev.Type] || ev.Sentence != r.si || ev.Source == nil || ev.Target == nil || ev.Source.Country == "" || ev.Target.Country == "" ||
			ev.Source.Country == ev.Target.Country || ev.Mode == dateline.Negated {
			continue
		}
		talked := false
		for _, o := range append(append([]dateline.Event(nil), evs...), out...) {
			talked = talked || o.Type == "CONSULT" && o.Source != nil && o.Target != nil && o.Source.Country == ev.Source.Country && o.Target.Country == ev.Target.Country
		}
		if talked {
			continue
		}
		sides := r.eventSides(ev)
		for _, pr := range [][2]*actor{{&sides[0], &sides[1]}, {&sides[1], &sides[0]}} {
			c := r.clauseOf[at]
			call := r.told(c, "CONSULT", at, at+2, pr[0], pr[1], nil, sides[:1], sides[1:])
			call.Mode = ev.Mode
			call.Quote = ev.Quote
			out = append(out, call)
		}
	}
	return out
}

// mediatorPairs pairs each mediator with each side, both ways: a third
// side's talks with the parties, not the parties' own.
func mediatorPairs(med, sides []actor) [][2]*actor {
	var out [][2]*actor
	med = appendActors(nil, med)
	sides = appendActors(nil, sides)
	for i := range med {
		for j := range sides {
			if len(out) < maxPairs {
				out = append(out, [2]*actor{&med[i], &sides[j]}, [2]*actor{&sides[j], &med[i]})
			}
		}
	}
	return out
}

// mediatedSides returns the two sides of the joint or mutual act a third
// side med brought about: that of the sentence's own events evs (talks, a
// deal, or an act coded both ways between two countries, neither med's),
// else the last such act of the story (a swap, a ceasefire).
func (r *reader) mediatedSides(med []actor, evs []dateline.Event) []actor {
	pick := func(evs []dateline.Event) func(dateline.Event) []actor {
		return func(ev dateline.Event) []actor {
			if ev.Source == nil || ev.Target == nil || ev.Source.Country == "" || ev.Target.Country == "" ||
				ev.Source.Country == ev.Target.Country || ev.Mode == dateline.Negated {
				return nil
			}
			sides := r.eventSides(ev)
			if sharesCountry(med, sides[:1]) || sharesCountry(med, sides[1:]) {
				return nil
			}
			if jointBetween(ev) {
				return sides
			}
			if codedBothWays(evs, ev) {
				return sides // a mutual act
			}
			return nil
		}
	}
	for k := len(evs) - 1; k >= 0; k-- {
		if sides := pick(evs)(evs[k]); sides != nil {
			return sides
		}
	}
	for k := len(evs) - 1; k >= 0; k-- {
		// "Tehran released them under a Qatar-brokered deal": the sides
		// of the sentence's own act, one way
		ev := evs[k]
		if ev.Sentence == r.si && ev.Source != nil && ev.Target != nil && ev.Source.Country != "" && ev.Target.Country != "" &&
			ev.Source.Country != ev.Target.Country && ev.Mode != dateline.Negated {
			if sides := r.eventSides(ev); !sharesCountry(med, sides) {
				for i := range sides {
					if !stateSector[sides[i].ev.Sector] && sides[i].ev.Sector != "" {
						// the people released are their state's side
						c := sides[i].ev.Country
						sides[i] = actor{ev: dateline.EventActor{Entity: -1, Country: c, Span: sides[i].ev.Span}, key: c + "//", tokS: -1}
					}
				}
				return sides
			}
		}
	}
	return r.latest(r.si, pick(r.a.Events))
}

// mediation codes a third side the sentence names as mediating an act no
// talks verb of its own carries ("Russia and Ukraine swapped prisoners in
// an exchange mediated by the UAE", "The truce, mediated by Egypt, took
// effect"): the mediator talks with each side of the act mediated, both
// ways (CONSULT), as a host or a broker does.
func (r *reader) mediation(evs []dateline.Event) []dateline.Event {
	med, at := r.mediatorPhrase()
	if countries(med) == 0 {
		return nil
	}
	for _, ev := range evs {
		if ev.Type == "CONSULT" && ev.Source != nil && sharesCountry(med, []actor{{ev: *ev.Source}}) {
			return nil // the talks verb coded it
		}
	}
	var out []dateline.Event
	for _, pr := range mediatorPairs(med, r.mediatedSides(med, evs)) {
		out = append(out, r.told(r.clauseOf[at], "CONSULT", at, at+1, pr[0], pr[1], nil, med, nil))
	}
	return out
}

// mediatorNouns name a third side's part in talks.
var mediatorNouns = map[string]bool{"mediation": true, "auspices": true, "aegis": true, "mediator": true, "mediators": true, "facilitator": true, "facilitators": true, "mediating": true}

// mediators returns the third sides the sentence names as mediating talks
// whose trigger is at token t: "mediated|brokered|facilitated by X",
// "under|through the mediation|auspices of X", "with X acting as
// mediator(s)", "X's mediation".
func (r *reader) mediators(t int) []actor {
	as, _ := r.mediatorsAt(t)
	return as
}

// mediatorPhrase returns the mediators the sentence names (see mediators)
// and the token of the word naming their part.
func (r *reader) mediatorPhrase() ([]actor, int) { return r.mediatorsAt(-1) }

func (r *reader) mediatorsAt(t int) ([]actor, int) {
	n := len(r.toks)
	phrase := func(from int) []actor {
		end := from
		for end < n && !isPunct(r.toks[end]) && !verbTag(r.toks[end].tag) && r.toks[end].low != "to" && r.toks[end].low != "on" && r.toks[end].low != "in" {
			end++
		}
		return r.actorsIn(r.span(from, end), true)
	}
	for i := 0; i < n; i++ {
		if i == t {
			continue
		}
		low := r.toks[i].low
		switch {
		case t < 0 && (strings.HasSuffix(low, "-brokered") || strings.HasSuffix(low, "-mediated")):
			// "under a Qatar-brokered deal": the country written into the word
			if r.s.places != nil {
				name := r.toks[i].text[:strings.LastIndex(r.toks[i].text, "-")]
				if loc, ok := r.s.places.Lookup(name, ""); ok && loc.Kind == "country" && loc.Country != "" {
					ev := dateline.EventActor{Name: name, Entity: -1, Country: loc.Country,
						Span: dateline.Span{Field: r.sent.Field, Start: r.toks[i].start, End: r.toks[i].start + len(name)}}
					return []actor{{ev: ev, key: loc.Country + "//" + name, tokS: i}}, i
				}
			}
		case (low == "mediated" || low == "brokered" || low == "facilitated") && i+1 < n && r.toks[i+1].low == "by":
			if as := phrase(i + 2); len(as) > 0 {
				return as, i
			}
		case (low == "mediation" || low == "auspices" || low == "aegis") && i+1 < n && r.toks[i+1].low == "of":
			if as := phrase(i + 2); len(as) > 0 {
				return as, i
			}
		case (low == "mediators" || low == "mediator") && i+1 < n:
			// "with mediators from Qatar, Egypt and the United States"
			from := i + 1
			if w := r.toks[i+1].low; w == "from" || w == "of" {
				from = i + 2
			}
			if as := phrase(from); len(as) > 0 {
				return as, i
			}
		case low == "mediation" && i > 0 && r.mentAt[i-1] >= 0:
			if as := r.modifiers(r.clauseOf[i], i); len(as) > 0 {
				return as, i // "Qatar's mediation", "Qatari mediation"
			}
		case low == "with":
			// "with Saudi Arabia and the US acting as mediators"
			for k := i + 1; k < n && k < i+12 && !isPunct(r.toks[k]); k++ {
				if (r.toks[k].low == "acting" || r.toks[k].low == "serving") && k+2 < n && r.toks[k+1].low == "as" && mediatorNouns[r.toks[k+2].low] ||
					r.toks[k].low == "mediating" {
					if as := r.actorsIn(r.span(i+1, k), true); len(as) > 0 {
						return as, i
					}
					break
				}
			}
		}
	}
	return nil, -1
}

// pairs lists (source, target) pairs: source×target, or for symmetric
// events of type typ the pairs of sides (see joint).
func pairs(typ string, both bool, src, tgt []actor) [][2]*actor {
	var out [][2]*actor
	if both {
		sides := appendActors(append([]actor(nil), src...), tgt)
		if len(sides) <= 1 {
			var s *actor
			if len(sides) == 1 {
				s = &sides[0]
			}
			return [][2]*actor{{s, nil}}
		}
		if joint[typ] && !mutualActs[typ] {
			// one act of all sides: the side named first (the subject)
			// is the source, the others its targets ("Russia and China
			// rejected the draft")
			for i := 1; i < len(sides) && len(out) < maxPairs; i++ {
				out = append(out, [2]*actor{&sides[0], &sides[i]})
			}
			return out
		}
		// each side's own act ("clashes", "a ceasefire between X and Y"),
		// and talks and agreements, recorded for both sides ("Russia,
		// Iran and Turkey met": each pair both ways)
		// "Macron met Aoun, Diab and Berri": the subject with each one met,
		// not those met with each other when they are of one country
		nsrc := len(appendActors(nil, src))
		for i := range sides {
			for j := range sides {
				if i == j || len(out) >= maxPairs {
					continue
				}
				if !joint[typ] && nsrc > 0 && nsrc < len(sides) && (i < nsrc) == (j < nsrc) {
					// "Serbs clashed with Kosovo police and KFOR troops":
					// the two sides of a fight, not those on one side
					continue
				}
				if nsrc > 0 && i >= nsrc && j >= nsrc && sides[i].ev.Country != "" && sides[i].ev.Country == sides[j].ev.Country {
					continue
				}
				out = append(out, [2]*actor{&sides[i], &sides[j]})
			}
		}
		return out
	}
	ss := make([]*actor, 0, len(src))
	for i := range src {
		ss = append(ss, &src[i])
	}
	ts := make([]*actor, 0, len(tgt))
	for i := range tgt {
		ts = append(ts, &tgt[i])
	}
	if len(ss) == 0 {
		ss = []*actor{nil}
	}
	if len(ts) == 0 {
		ts = []*actor{nil}
	}
	for _, s := range ss {
		for _, t := range ts {
			if len(out) < maxPairs {
				out = append(out, [2]*actor{s, t})
			}
		}
	}
	return out
}

func (r *reader) newEvent(c int, typ string, start, end int, src, tgt *actor, ctx []string, tok int) dateline.Event {
	ev := dateline.Event{
		Type:     typ,
		Sentence: r.si,
		Quote:    -1,
		Trigger:  dateline.Span{Field: r.sent.Field, Start: start, End: end},
		Date:     r.a.Published,
	}
	if src != nil {
		a := src.ev
		ev.Source = &a
	}
	if tgt != nil {
		a := tgt.ev
		ev.Target = &a
	}
	if len(ctx) > 0 {
		ev.Context = append([]string(nil), ctx...)
	}
	return ev
}

// quoteAt returns the innermost quote whose parts contain [start, end), or -1.
func (r *reader) quoteAt(start, end int) int {
	best, bestLen := -1, 0
	sp := dateline.Span{Field: r.sent.Field, Start: start, End: end}
	for qi, q := range r.a.Quotes {
		parts := q.Parts
		if len(parts) == 0 {
			parts = []dateline.Span{q.Span}
		}
		for _, p := range parts {
			if p.Contains(sp) && (best < 0 || p.Len() < bestLen) {
				best, bestLen = qi, p.Len()
			}
		}
	}
	return best
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// date reads the event's own date from its clause ("on Tuesday", "on August
// 30", "yesterday"), relative to the article's date; else the article's date.
func (r *reader) date(c int, future bool) dateline.Date {
	pub := r.a.Published
	idx := r.clauses[c].toks
	for n, i := range idx {
		t := r.toks[i]
		if wd, ok := weekdays[t.low]; ok && !pub.IsZero() {
			d := pub
			for k := 0; k < 7; k++ {
				if d.Time().Weekday() == wd {
					return d
				}
				if future {
					d = d.AddDays(1)
				} else {
					d = d.AddDays(-1)
				}
			}
		}
		switch t.low {
		case "today", "tonight":
			return pub
		case "yesterday":
			if !pub.IsZero() {
				return pub.AddDays(-1)
			}
		case "tomorrow":
			if !pub.IsZero() {
				return pub.AddDays(1)
			}
		}
		if mo, ok := months[t.low]; ok && t.text[0] >= 'A' && t.text[0] <= 'Z' {
			day, year := 0, 0
			if n+1 < len(idx) {
				day, _ = strconv.Atoi(r.toks[idx[n+1]].low)
			}
			if day == 0 && n > 0 {
				day, _ = strconv.Atoi(r.toks[idx[n-1]].low)
			}
			if day < 1 || day > 31 {
				continue
			}
			if n+2 < len(idx) && r.toks[idx[n+2]].low == "," && n+3 < len(idx) {
				year, _ = strconv.Atoi(r.toks[idx[n+3]].low)
			} else if n+2 < len(idx) {
				year, _ = strconv.Atoi(r.toks[idx[n+2]].low)
			}
			if year < 1900 || year > 2200 {
				year = 0
			}
			if year == 0 {
				if pub.IsZero() {
					continue
				}
				year = pub.Year
				d := dateline.Date{Year: year, Month: mo, Day: day}
				if !future && pub.AddDays(2).Before(d) {
					d.Year--
				}
				if future && d.Before(pub.AddDays(-2)) {
					d.Year++
				}
				return d
			}
			return dateline.Date{Year: year, Month: mo, Day: day}
		}
	}
	return pub
}

// dedupe drops repeated events of one sentence (same type, sides, mode).
// An event with no target (or a target of no country) is dropped when the
// sentence has the same type from the same source with a placed target
// ("Russia attacked Kyiv …, killing four people").
func dedupe(evs []dateline.Event, a *dateline.Article) []dateline.Event {
	seen := map[string]bool{}
	aimed := map[string]bool{}
	for _, ev := range evs {
		if ev.Source != nil && ev.Target != nil && ev.Target.Country != "" {
			aimed[ev.Type+"|"+actorID(ev.Source, a)] = true
		}
	}
	out := evs[:0]
	for _, ev := range evs {
		if ev.Source != nil && (ev.Target == nil || ev.Target.Country == "") && aimed[ev.Type+"|"+actorID(ev.Source, a)] {
			continue
		}
		k := Key(ev, a).String() + "|" + ev.Mode + "|" + actorID(ev.Source, a) + "|" + actorID(ev.Target, a)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, ev)
	}
	return out
}

func actorID(x *dateline.EventActor, a *dateline.Article) string {
	if x == nil {
		return ""
	}
	if x.Entity >= 0 && x.Entity < len(a.Entities) {
		return a.Entities[x.Entity].ID
	}
	return x.Name
}

// includedActors returns the actors listed after ", including" in the
// words right after a trigger ending at token t, when those words name a
// group of states ("seven Latin American countries, including Argentina,
// Chile and Peru"); nil otherwise.
func (r *reader) includedActors(t int) []actor {
	group := false
	for k := t; k < len(r.toks) && k < t+12; k++ {
		low := r.toks[k].low
		if groupNouns[low] {
			group = true
		}
		if low == "including" && k > t && r.toks[k-1].low == "," && group {
			end := k + 1
			for end < len(r.toks) && (!isPunct(r.toks[end]) || r.toks[end].low == ",") {
				end++
			}
			return r.actorsIn(r.span(k+1, end), false)
		}
		if isPunct(r.toks[k]) && low != "," || strings.HasPrefix(r.toks[k].tag, "VB") && low != "including" {
			return nil
		}
	}
	return nil
}

// allBare reports whether every actor is named by a bare noun ("diplomats").
func allBare(as []actor) bool {
	for _, a := range as {
		if !a.bare {
			return false
		}
	}
	return true
}

// groupNouns name a group of states.
var groupNouns = map[string]bool{"countries": true, "states": true, "nations": true, "governments": true, "capitals": true, "members": true}

// missionNouns name a country's diplomatic mission.
var missionNouns = map[string]bool{"embassy": true, "consulate": true, "embassies": true, "consulates": true, "mission": true}

// missionOf returns the country whose diplomatic mission the sentence
// names after a place preposition ("outside the Israeli consulate", "at
// the U.S. embassy"), or nil.
func (r *reader) missionOf() []actor {
	for i, t := range r.toks {
		if !missionNouns[t.low] || i == 0 {
			continue
		}
		from := max(i-3, 0)
		for k := from; k < i; k++ {
			if low := r.toks[k].low; low == "outside" || low == "at" || low == "near" || low == "to" || low == "in" || low == "of" {
				from = k + 1
			}
		}
		if from >= i || from == max(i-3, 0) && !r.afterLocPrep(from) {
			continue
		}
		if as := r.actorsIn(r.span(from, i+1), false); len(as) == 1 && as[0].ev.Country != "" && as[0].ev.Country != "IGO" {
			return as
		}
	}
	return nil
}

// collectiveAfter reports whether the words right after token t name a
// collective with no country ("accused the West of double standards",
// "urged the international community to act"): a target the text names,
// not one at home.
func (r *reader) collectiveAfter(t int) bool {
	for k := t; k < len(r.toks) && k < t+3; k++ {
		switch r.toks[k].low {
		case "the", "its", "his", "their":
			continue
		case "west", "western", "international", "world":
			return true
		}
		return false
	}
	return false
}

// lastCountryNamed returns the country other than the sources' named last
// (by its name or its demonym) before token t in this sentence, else in the
// sentence before:
// what "the country" refers to ("Kazakh President Tokayev asked the CSTO for
// help, and it would send forces to the country"); "" when none is.
func (r *reader) lastCountryNamed(t int, src []actor) string {
	if ei := r.lastCountryEntity(t, src); ei >= 0 {
		return r.a.Entities[ei].Country
	}
	return ""
}

// lastCountryEntity is lastCountryNamed's entity (a country or a place in
// one), or -1.
func (r *reader) lastCountryEntity(t int, src []actor) int {
	end := r.toks[t].start
	for k := r.si; k >= 0 && k >= r.si-1; k-- {
		s := r.a.Sentences[k]
		best, bestAt := -1, -1
		for _, m := range r.a.Mentions {
			if m.Field != s.Field || m.Start < s.Start || m.End > s.End || k == r.si && m.End > end || m.Entity < 0 || m.Entity >= len(r.a.Entities) {
				continue
			}
			e := r.a.Entities[m.Entity]
			if e.Type != dateline.Place && e.KBID != e.Country || e.Country == "" || e.Country == "IGO" || m.Kind != dateline.MentionName && m.Kind != dateline.MentionDemonym ||
				sharesCountry(src, []actor{{ev: dateline.EventActor{Country: e.Country}}}) {
				continue
			}
			if m.Start > bestAt {
				best, bestAt = m.Entity, m.Start
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// askers returns the side that asked src for something in this sentence
// or the two before it (the source of a REQUEST aimed at src's country),
// when tgt names no one else.
func (r *reader) askers(src, tgt []actor) []actor {
	return r.latest(2, func(ev dateline.Event) []actor {
		if ev.Type != "REQUEST" || ev.Source == nil || ev.Target == nil || ev.Source.Country == "" || ev.Target.Country == "" || ev.Mode == dateline.Negated {
			return nil
		}
		if !sharesCountry(src, []actor{{ev: *ev.Target}}) || len(tgt) > 0 && !sharesCountry(tgt, []actor{{ev: *ev.Source}}) {
			return nil
		}
		return []actor{r.sourceActor(ev, -1)}
	})
}

// latest returns what pick makes of the latest event it accepts: among
// this sentence's events so far, then the article's back to `back`
// sentences before this one; nil when pick accepts none.
func (r *reader) latest(back int, pick func(dateline.Event) []actor) []actor {
	for k := len(r.done) - 1; k >= 0; k-- {
		if as := pick(r.done[k]); as != nil {
			return as
		}
	}
	for k := len(r.a.Events) - 1; k >= 0 && r.a.Events[k].Sentence >= r.si-back; k-- {
		if as := pick(r.a.Events[k]); as != nil {
			return as
		}
	}
	return nil
}

// audienceOf returns the one told the words clause c reports ("told
// Lukashenko by phone that …"): the actors between the nearest speech
// cue's end and the words.
func (r *reader) audienceOf(c int) []actor {
	for k := c; k >= 0; k = r.clauses[k].parent {
		cl := r.clauses[k]
		if cl.kind != kComp || cl.speech < 0 {
			continue
		}
		m := r.matches[cl.speech]
		end := m.end
		for end < len(r.toks) && r.audience[end] {
			end++
		}
		if end == m.end {
			return nil
		}
		return r.actorsIn(r.span(m.end, end), true)
	}
	return nil
}

// aboutRelease reports whether a demand matched by m asks for someone's
// release ("demanded the captain's immediate release", "called for the
// release of").
func (r *reader) aboutRelease(m *match) bool {
	for k := m.start; k < len(r.toks) && k < m.end+6; k++ {
		switch r.toks[k].low {
		case "release", "freedom", "free", "freeing", "releasing":
			// "to release the vote counts": no one is held
			for x := k + 1; x < len(r.toks) && x <= k+4 && !isPunct(r.toks[x]); x++ {
				if heldThings[r.toks[x].low] {
					return false
				}
			}
			return true
		}
		if k >= m.end && isPunct(r.toks[k]) && r.toks[k].low != "'s" && r.toks[k].low != "'" && !quoteMark(r.toks[k]) {
			return false
		}
	}
	return false
}

// holder returns the doer of the latest arrest or seizure by a country
// other than src's, in this sentence or the three before it: the one
// holding whom a demand for release is about.
func (r *reader) holder(src []actor) []actor {
	return r.latest(3, func(ev dateline.Event) []actor {
		if ev.Type != "COERCE" || ev.Mode == dateline.Negated || ev.Source == nil || ev.Source.Country == "" || ev.Source.Country == "IGO" ||
			sharesCountry(src, []actor{{ev: *ev.Source}}) {
			return nil
		}
		if !holdingTrigger(r.a.SpanText(ev.Trigger)) {
			return nil // tear gas, a ban: no one is held
		}
		return []actor{r.sourceActor(ev, -1)}
	})
}

// heldThings are things released that no one holds captive ("release the
// vote counts", "release funds").
var heldThings = map[string]bool{"results": true, "counts": true, "count": true, "figures": true, "data": true, "funds": true,
	"money": true, "report": true, "statement": true, "documents": true, "tallies": true, "details": true, "information": true,
	"records": true, "footage": true, "findings": true, "evidence": true, "minutes": true, "transcript": true, "budget": true}

// holdingTrigger reports whether a coercion's trigger words tell of
// holding someone (an arrest, a detention, a seizure, a kidnapping).
func holdingTrigger(s string) bool {
	s = strings.ToLower(s)
	for _, w := range []string{"arrest", "detain", "detention", "seiz", "held", "hold", "captur", "abduct", "kidnap", "custody", "jail", "imprison", "hostage", "round", "intern"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// allStates reports whether every actor is a state: a country, a capital or
// a government body, not its people.
func (r *reader) allStates(as []actor) bool {
	for _, a := range as {
		if a.ev.Country == "" || a.ev.Country == "IGO" || !r.stateActor(a) || a.ev.Sector != "" && a.ev.Sector != "GOV" {
			return false
		}
		for _, m := range r.mentions {
			if m.Kind == dateline.MentionDemonym && m.Start < a.ev.Span.End && a.ev.Span.Start < m.End {
				return false // "Thousands of Pakistanis protested": people
			}
		}
	}
	return true
}

// objectPhrase returns the few words right after match m in clause c, up to
// punctuation, a preposition or a second conjunct: the thing acted on.
func (r *reader) objectPhrase(c int, m *match) []int {
	var obj []int
	for _, i := range r.clauseToks(c, m.end, m.end+5) {
		if isPunct(r.toks[i]) || isPrep(r.toks[i].low) || r.toks[i].tag == "CC" && len(obj) > 0 {
			break // ("rejected the criticism and accused Russia …")
		}
		obj = append(obj, i)
	}
	return obj
}

// objectIsAct reports whether the phrase after token t is headed by a noun
// naming an act ("the detention of protesters", "the recent attacks on").
func (r *reader) objectIsAct(t int) bool {
	for k := t; k < len(r.toks) && k < t+4; k++ {
		tk := r.toks[k]
		if determiners[tk.low] || tk.tag == "JJ" || tk.tag == "DT" || quoteMark(tk) {
			continue
		}
		mi := r.at[k]
		return mi >= 0 && r.matches[mi].start == k && isPlover(r.matches[mi].p.Type) && r.matches[mi].p.Noun
	}
	return false
}

// warnedBy reports whether clause c is the words of a warning the outlet
// tells ("He warned that Ankara would respond"): a complement of a "warn"
// cue whose own clause is nobody's speech.
func (r *reader) warnedBy(c int) bool {
	cl := r.clauses[c]
	if cl.kind != kComp || cl.speech < 0 {
		return false
	}
	m := r.matches[cl.speech]
	switch r.toks[m.start].low {
	case "warn", "warns", "warned", "warning", "threaten", "threatens", "threatened":
	default:
		return false
	}
	return cl.parent < 0 || !r.reported(cl.parent)
}

// cueToldByOutlet reports whether the speech cue whose words clause c
// continues stands in a clause that is nobody's speech ("He warned that
// …, and urged …": "warned" is the outlet's to tell).
func (r *reader) cueToldByOutlet(c int) bool {
	cl := r.clauses[c]
	if cl.kind != kComp || cl.speech < 0 {
		return false
	}
	return !r.reported(r.clauseOf[r.matches[cl.speech].start])
}
