package events

import (
	"github.com/dateline-news/dateline"
)

// denialWindow is how many sentences back a denial looks for the
// accusation it answers.
const denialWindow = 3

// speechActs codes the acts done by two speech cues of clause c, beside the
// words they introduce:
//
//   - a denial ("denied that its army was targeting civilians") is a REJECT
//     of the accusation it answers: aimed at the side that last accused the
//     denier in the sentences just before (in this sentence's events done so
//     far, or the article's); with no such accuser it is not coded;
//   - a warning of a conditional act ("warned that Azerbaijan would restore
//     its territory if Armenian forces did not leave") is a THREATEN aimed at
//     the one who must comply (the subject of the condition).
func (r *reader) speechActs(c int, speaker []actor) []dateline.Event {
	var out []dateline.Event
	for _, i := range r.clauses[c].toks {
		cue, m := r.cueAt(i)
		if cue != cueSpeech || m.start != i || r.audience[i] {
			continue
		}
		first := r.toks[i].low
		if tellingCue[first] {
			out = append(out, r.toldInTalks(c, m, speaker)...)
		}
		deny := m.p.Neg && (first == "deny" || first == "denies" || first == "denied" || first == "denying")
		warn := first == "warn" || first == "warns" || first == "warned" || first == "warning"
		if !deny && !warn {
			continue
		}
		var src []actor
		if len(speaker) > 0 && i > 0 && r.toks[i-1].low == "and" && r.clauses[c].kind == kComp {
			// "Baku said Armenian troops had fired … and denied that …":
			// the speaker's own act, not the reported subject's
			src = speaker
		} else {
			src = r.subject(c, i)
		}
		if len(src) == 0 && len(speaker) > 0 && r.pronounOrNothingBefore(c, i) {
			src = speaker
		}
		if countries(src) == 0 {
			continue
		}
		var typ string
		var tgt []actor
		if deny {
			typ, tgt = "REJECT", r.accuserOf(src)
		} else {
			typ, tgt = "THREATEN", r.warned(m, src)
		}
		for si := range src {
			for ti := range tgt {
				s, t := src[si], tgt[ti]
				if s.ev.Country == "" || t.ev.Country == "" || s.ev.Country == t.ev.Country {
					continue
				}
				out = append(out, r.told(c, typ, m.start, m.end, &s, &t, nil, src, tgt))
			}
		}
	}
	return out
}

// accuserOf returns the source of the latest accusation aimed at the
// country of src, among this sentence's events so far and the article's
// within denialWindow sentences.
func (r *reader) accuserOf(src []actor) []actor {
	own := ""
	for _, s := range src {
		if s.ev.Country != "" {
			own = s.ev.Country
		}
	}
	return r.latest(denialWindow, func(ev dateline.Event) []actor {
		if ev.Type != "ACCUSE" || ev.Target == nil || ev.Target.Country != own || ev.Source == nil || ev.Source.Country == "" || ev.Source.Country == own {
			return nil
		}
		return []actor{r.sourceActor(ev, -1)}
	})
}

// warned returns the one a warning cue m threatens: the subject of a
// condition on a future act in the words it introduces.
func (r *reader) warned(m *match, src []actor) []actor {
	for k, cl := range r.clauses {
		if cl.kind != kComp || cl.speech < 0 || &r.matches[cl.speech] != m {
			continue
		}
		fut := false
		for _, i := range cl.toks {
			cue, _ := r.cueAt(i)
			if isPlover(cue) {
				// "warned that Russia would respond", "that it would
				// retake the posts if …": the act's trigger codes the
				// threat (a future hostile act is one)
				return nil
			}
			fut = fut || cue == cueFuture || cue == cueMaybe // ("could be halted if …")
		}
		if !fut {
			return nil
		}
		if w := r.condSubject(k, src); len(w) > 0 {
			return w
		}
		if !r.hasCond(k) {
			return nil
		}
		// "warned that ratification of the two countries' membership
		// could be halted if they were not kept": the group the warning
		// names
		return r.contentGroup(k, r.clauses[k].toks[0], src)
	}
	return nil
}

// told codes an event read by the rules of this file, of trigger tokens
// [start, end) of clause c: reported when inside a quote or someone's
// words, else asserted (the outlet tells the denial, the warning, the
// talks), dated and placed like the events of the lexicon's triggers.
func (r *reader) told(c int, typ string, start, end int, s, t *actor, ctx []string, src, tgt []actor) dateline.Event {
	ev := r.newEvent(c, typ, r.toks[start].start, r.toks[end-1].end, s, t, ctx, start)
	ev.Mode = dateline.Asserted
	if q := r.quoteAt(r.toks[start].start, r.toks[end-1].end); q >= 0 || r.reported(c) {
		ev.Mode = dateline.Reported
		ev.Quote = q
	}
	ev.Date = r.date(c, false)
	ev.Place = r.place(c, src, tgt)
	return ev
}

// frontedPreps open a fronted phrase that can hold talks: "In a phone call
// with X, …", "During talks with X, …", "At a meeting with X, …".
var frontedPreps = map[string]bool{"in": true, "during": true, "at": true, "after": true}

// frontedTalks codes the talks named in a phrase fronted before clause c's
// subject ("In a telephone call with German Chancellor Olaf Scholz,
// Zelensky thanked …"): a CONSULT of the subject with the side named after
// "with", both ways ("During a visit to Tokyo, …": the subject's visit,
// one way). nouns and verbs are the clause's trigger matches.
func (r *reader) frontedTalks(c int, nouns, verbs []int) []dateline.Event {
	cl := r.clauses[c]
	if len(verbs) == 0 || len(cl.toks) < 4 || !frontedPreps[r.toks[cl.toks[0]].low] {
		return nil
	}
	comma := -1
	for _, i := range cl.toks {
		if r.toks[i].low == "," {
			comma = i
			break
		}
	}
	if comma < 0 || r.matches[verbs[0]].start < comma {
		return nil
	}
	for _, mi := range nouns {
		m := r.matches[mi]
		if m.p.Type != "CONSULT" || m.end > comma {
			continue
		}
		with := -1
		for k := m.end; k < comma; k++ {
			// "a call with X", "a visit to X" (the one visited)
			if r.toks[k].low == "with" || r.toks[k].low == "to" && visitNouns[r.toks[m.start].low] {
				with = k
				break
			}
		}
		if with < 0 {
			return nil
		}
		tgt := r.actorsIn(r.span(with+1, comma), true)
		src := r.subject(c, r.matches[verbs[0]].start)
		var out []dateline.Event
		for si := range src {
			for ti := range tgt {
				s, t := src[si], tgt[ti]
				if s.ev.Country == "" || t.ev.Country == "" || s.ev.Country == t.ev.Country {
					continue
				}
				prs := [][2]*actor{{&s, &t}, {&t, &s}}
				if visitNouns[r.toks[m.start].low] {
					prs = prs[:1] // the visitor's
				}
				for _, pr := range prs {
					out = append(out, r.told(c, "CONSULT", m.start, m.end, pr[0], pr[1], m.p.Context, src, tgt))
				}
			}
		}
		return out
	}
	return nil
}

// requestNouns name a request made of the clause's subject: "at the
// request of X", "at X's request", "at the urging of X".
var requestNouns = map[string]bool{"request": true, "behest": true, "urging": true, "demand": true, "invitation": true}

// requestedBy returns the span [from, to) of the requesters named in
// clause c by "at the request of X" or "at X's request", and the token of
// the request noun; ok is false when the clause names none.
func (r *reader) requestedBy(c int) (from, to, noun int, ok bool) {
	idx := r.clauses[c].toks
	for k, i := range idx {
		if r.toks[i].low != "at" || k+2 >= len(idx) {
			continue
		}
		if r.toks[idx[k+1]].low == "the" && requestNouns[r.toks[idx[k+2]].low] && k+3 < len(idx) && r.toks[idx[k+3]].low == "of" {
			end := k + 4
			for end < len(idx) && !isPunct(r.toks[idx[end]]) && !verbTag(r.toks[idx[end]].tag) && r.toks[idx[end]].low != "to" && r.toks[idx[end]].low != "on" && r.toks[idx[end]].low != "in" {
				end++
			}
			if end > k+4 {
				return idx[k+4], idx[end-1] + 1, idx[k+2], true
			}
		}
		// "at Kenya's request"
		for e := k + 1; e < len(idx) && e < k+6; e++ {
			if requestNouns[r.toks[idx[e]].low] {
				if e > k+1 && r.mentAt[idx[e-1]] >= 0 || e > k+2 && r.toks[idx[e-1]].tag == "POS" {
					return idx[k+1], idx[e], idx[e], true
				}
				break
			}
		}
	}
	return 0, 0, 0, false
}

// requests codes "at the request of X" in clause c: X's REQUEST of the
// clause's subject ("The Security Council will meet at the request of
// France": FRA > the council), told by the outlet.
func (r *reader) requests(c int) []dateline.Event {
	from, to, noun, ok := r.requestedBy(c)
	if !ok {
		return nil
	}
	src := r.actorsIn(r.span(from, to), true)
	tgt := r.clauseSubject(c)
	var out []dateline.Event
	for si := range src {
		for ti := range tgt {
			s, t := src[si], tgt[ti]
			if s.ev.Country == "" || t.ev.Country == "" || s.key == t.key {
				continue
			}
			out = append(out, r.told(c, "REQUEST", noun, noun+1, &s, &t, nil, src, tgt))
		}
	}
	return out
}

// splitRequesters parts src and tgt into the actors named as requesters in
// clause c ("at Turkey's request") and the others: requesters ask for the
// act, they are not its sides.
func (r *reader) splitRequesters(c int, src, tgt []actor) (req, s, t []actor) {
	from, to, _, ok := r.requestedBy(c)
	if !ok {
		return nil, src, tgt
	}
	part := func(as []actor) []actor {
		kept := as[:0]
		for _, a := range as {
			if a.tokS >= from && a.tokS < to {
				req = appendActors(req, []actor{a})
			} else {
				kept = append(kept, a)
			}
		}
		return kept
	}
	s, t = part(src), part(tgt)
	return req, s, t
}

// talkNouns name a conversation one side tells another something in.
var talkNouns = map[string]bool{"call": true, "conversation": true, "talks": true, "meeting": true, "phone": true, "telephone": true}

// toldInTalks codes "X told Y in a phone call that …", "told him by
// phone": the telling happened in talks, a CONSULT of the teller and the
// one told, both ways.
func (r *reader) toldInTalks(c int, m *match, speaker []actor) []dateline.Event {
	j := m.end
	if j >= len(r.toks) {
		return nil
	}
	var told []actor
	k := j
	switch low := r.toks[j].low; {
	case low == "him" || low == "her":
		if len(speaker) > 0 && r.personActor(speaker[0].ev) {
			told = speaker // "Lavrov said Kerry had told him …": the speaker
		} else if a := r.objectPronounActor(j); a != nil && low == "him" {
			told = []actor{*a}
		}
		k = j + 1
	case r.mentAt[j] >= 0:
		me := r.mentAt[j]
		for k < len(r.toks) && r.mentAt[k] == me {
			k++
		}
		told = r.actorsIn(r.span(j, k), true)
	}
	if len(told) == 0 || k+1 >= len(r.toks) {
		return nil
	}
	// "in a phone call", "in a telephone conversation", "by phone",
	// "during talks", after the one told or fronted ("In a phone call on
	// Tuesday, Erdogan told Putin …")
	found := false
	for _, at := range []int{k, 0} {
		if w := r.toks[at].low; w != "in" && w != "by" && w != "during" && w != "over" {
			continue
		}
		if at == 0 && r.clauseOf[0] != c {
			continue
		}
		for x := at + 1; x < len(r.toks) && x <= at+4; x++ {
			if talkNouns[r.toks[x].low] {
				found = true
				break
			}
			if isPunct(r.toks[x]) || r.toks[x].low == "that" {
				break
			}
		}
		if found {
			break
		}
	}
	if !found {
		return nil
	}
	src := r.subject(c, m.start)
	if len(src) == 0 && len(speaker) > 0 && r.pronounOrNothingBefore(c, m.start) {
		src = speaker
	}
	var out []dateline.Event
	for si := range src {
		for ti := range told {
			s, t := src[si], told[ti]
			if s.ev.Country == "" || t.ev.Country == "" || s.ev.Country == t.ev.Country {
				continue
			}
			out = append(out, r.told(c, "CONSULT", m.start, m.end, &s, &t, nil, src, told),
				r.told(c, "CONSULT", m.start, m.end, &t, &s, nil, src, told))
		}
	}
	return out
}
