package events

import (
	"github.com/dateline-news/dateline"
)

// corefWindow is how many sentences back a personal pronoun may find its
// antecedent.
const corefWindow = 3

// pronounActor resolves a subject "he" or "she" at token i: the speaker the
// quotes stage found for that pronoun, else the person named last before it
// in the same field within a few sentences (wire copy names a person and
// goes on with "he"), of a matching gender when the KB knows it.
func (r *reader) pronounActor(i int) *actor {
	t := r.toks[i]
	gender := ""
	switch t.low {
	case "he":
		gender = "m"
	case "she":
		gender = "f"
	default:
		return nil
	}
	span := dateline.Span{Field: r.sent.Field, Start: t.start, End: t.end}
	ent := -1
	for _, q := range r.a.Quotes {
		sp := q.Speaker
		if sp.Entity >= 0 && sp.Span.Field == span.Field && sp.Span.Start <= span.Start && span.End <= sp.Span.End {
			ent = sp.Entity
			break
		}
	}
	if ent < 0 {
		from := 0
		if k := r.si - corefWindow; k > 0 {
			from = r.a.Sentences[k].Start
			if r.a.Sentences[k].Field != span.Field {
				from = 0
			}
		}
		best := -1
		for mi, m := range r.a.Mentions {
			if m.Field != span.Field || m.Entity < 0 || m.Entity >= len(r.a.Entities) || m.End > span.Start || m.Start < from {
				continue
			}
			e := r.a.Entities[m.Entity]
			if e.Type != dateline.Person || e.Gender != "" && e.Gender != gender {
				continue
			}
			if best < 0 || m.Start > r.a.Mentions[best].Start {
				best = mi
			}
		}
		if best >= 0 {
			ent = r.a.Mentions[best].Entity
		}
	}
	if ent < 0 || ent >= len(r.a.Entities) {
		return nil
	}
	e := r.a.Entities[ent]
	if e.Country == "" && e.Sector == "" {
		return nil
	}
	ev := dateline.EventActor{Name: e.Name, Entity: ent, Country: e.Country, Sector: e.Sector, Span: span}
	return &actor{ev: ev, key: e.Country + "/" + e.Sector + "/" + e.ID, tokS: i}
}
