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
//
// done holds the events coded so far in this sentence.
func (r *reader) speechActs(c int, speaker []actor, done []dateline.Event) []dateline.Event {
	var out []dateline.Event
	for _, i := range r.clauses[c].toks {
		cue, m := r.cueAt(i)
		if cue != cueSpeech || m.start != i || r.audience[i] {
			continue
		}
		first := r.toks[i].low
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
			typ, tgt = "REJECT", r.accuserOf(src, done)
		} else {
			typ, tgt = "THREATEN", r.warned(m, src)
		}
		q := r.quoteAt(r.toks[m.start].start, r.toks[m.end-1].end)
		for si := range src {
			for ti := range tgt {
				s, t := src[si], tgt[ti]
				if s.ev.Country == "" || t.ev.Country == "" || s.ev.Country == t.ev.Country {
					continue
				}
				ev := r.newEvent(c, typ, r.toks[m.start].start, r.toks[m.end-1].end, &s, &t, nil, m.start)
				ev.Mode = dateline.Reported // an act done in words
				ev.Quote = q
				ev.Date = r.date(c, false)
				ev.Place = r.place(c, src, tgt)
				out = append(out, ev)
			}
		}
	}
	return out
}

// accuserOf returns the source of the latest accusation aimed at the
// country of src, among this sentence's events so far and the article's
// within denialWindow sentences.
func (r *reader) accuserOf(src []actor, done []dateline.Event) []actor {
	own := ""
	for _, s := range src {
		if s.ev.Country != "" {
			own = s.ev.Country
		}
	}
	pick := func(ev dateline.Event) []actor {
		if ev.Type != "ACCUSE" || ev.Target == nil || ev.Target.Country != own || ev.Source == nil || ev.Source.Country == "" || ev.Source.Country == own {
			return nil
		}
		a := *ev.Source
		return []actor{{ev: a, key: a.Country + "/" + a.Sector + "/" + a.Name, tokS: -1}}
	}
	for k := len(done) - 1; k >= 0; k-- {
		if as := pick(done[k]); as != nil {
			return as
		}
	}
	for k := len(r.a.Events) - 1; k >= 0; k-- {
		ev := r.a.Events[k]
		if ev.Sentence < r.si-denialWindow {
			break
		}
		if as := pick(ev); as != nil {
			return as
		}
	}
	return nil
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
			if cue == "THREATEN" {
				return nil // "warned that Russia would respond": coded by its trigger
			}
			fut = fut || cue == cueFuture
		}
		if !fut {
			return nil
		}
		return r.condSubject(k, src)
	}
	return nil
}
