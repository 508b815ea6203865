package events

import (
	"strings"

	"github.com/dateline-news/dateline"
)

// corefWindow is how many sentences back a personal pronoun may find its
// antecedent.
const corefWindow = 3

// pronounActor resolves a subject "he", "she" or "they" at token i: the speaker the
// quotes stage found for that pronoun, else its antecedent (see
// antecedent), of a matching gender when the KB knows it.
func (r *reader) pronounActor(i int) *actor {
	t := r.toks[i]
	gender := ""
	switch t.low {
	case "he":
		gender = "m"
	case "she":
		gender = "f"
	case "they":
		return r.groupAntecedent(i)
	case "it":
		return r.bodyAntecedent(i)
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
		ent = r.antecedent(span, gender)
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

// bodyAntecedent resolves "It" opening a sentence to the body or state the
// sentence before opened with ("The Moroccan foreign ministry said … It
// dismissed the reasons …"); nil when that sentence opened with no such
// actor.
func (r *reader) bodyAntecedent(i int) *actor {
	if !r.sentenceStart(i) || r.si == 0 {
		return nil
	}
	prev := r.a.Sentences[r.si-1]
	if prev.Field != r.sent.Field {
		return nil
	}
	for _, m := range r.a.Mentions {
		if m.Field != prev.Field || m.Start < prev.Start || m.End > prev.End || m.Entity < 0 || m.Entity >= len(r.a.Entities) {
			continue
		}
		e := r.a.Entities[m.Entity]
		if e.Type == dateline.Person || e.Type == dateline.Place && m.Start > prev.Start+3 || e.Country == "" {
			return nil // the sentence opened with a person, or a place inside a phrase
		}
		span := dateline.Span{Field: r.sent.Field, Start: r.toks[i].start, End: r.toks[i].end}
		ev := dateline.EventActor{Name: e.Name, Entity: m.Entity, Country: e.Country, Sector: e.Sector, Span: span}
		return &actor{ev: ev, key: e.Country + "/" + e.Sector + "/" + e.ID, tokS: i}
	}
	return nil
}

// antecedent returns the entity of the person a pronoun at span refers to:
// the first person named before it in its own sentence, else the first
// person named in the nearest sentence before that names one (the subject
// of wire copy's previous sentence), within corefWindow sentences; -1 when
// none.
func (r *reader) antecedent(span dateline.Span, gender string) int {
	for k := r.si; k >= 0 && k >= r.si-corefWindow; k-- {
		s := r.a.Sentences[k]
		if s.Field != span.Field {
			continue
		}
		best := -1
		for mi, m := range r.a.Mentions {
			if m.Field != span.Field || m.Start < s.Start || m.End > s.End || m.End > span.Start {
				continue
			}
			if m.Entity < 0 || m.Entity >= len(r.a.Entities) {
				continue
			}
			e := r.a.Entities[m.Entity]
			if e.Type != dateline.Person || e.Gender != "" && e.Gender != gender {
				continue
			}
			if low := strings.ToLower(m.Text); strings.HasPrefix(low, "its ") || strings.HasPrefix(low, "their ") {
				// "Algeria recalled its ambassador": an office of the
				// sentence's state, not a person the story follows
				continue
			}
			if best < 0 || m.Start < r.a.Mentions[best].Start {
				best = mi
			}
		}
		if best >= 0 {
			return r.a.Mentions[best].Entity
		}
	}
	return -1
}

// groupAntecedent resolves "they" opening a sentence ("They also demanded
// the release of …"): the doer of the first event of the sentence just
// before, when that is a group, a body or a state rather than one person.
func (r *reader) groupAntecedent(i int) *actor {
	for k := 0; k < i; k++ {
		if !isPunct(r.toks[k]) {
			return nil // not the sentence's first word
		}
	}
	for _, ev := range r.a.Events {
		if ev.Sentence != r.si-1 || ev.Source == nil || ev.Source.Country == "" || r.personActor(*ev.Source) {
			continue
		}
		a := r.standingAt(r.sourceActor(ev, i), i)
		return &a
	}
	return nil
}

// mutualAntecedents resolves a sentence-opening "they" to the two sides of
// a joint act done by both in the sentence before ("the two leaders held
// talks … They pledged …"), people included; nil when there is none.
func (r *reader) mutualAntecedents(i int) []actor {
	if !r.sentenceStart(i) {
		return nil
	}
	lo := len(r.a.Events)
	for lo > 0 && r.a.Events[lo-1].Sentence >= r.si-1 {
		lo--
	}
	evs := r.a.Events[lo:]
	for _, ev := range evs {
		if ev.Sentence != r.si-1 || !mutualActs[ev.Type] || ev.Mode == dateline.Hypothetical || ev.Mode == dateline.Negated ||
			ev.Source == nil || ev.Target == nil || ev.Source.Country == "" || ev.Target.Country == "" || ev.Source.Country == ev.Target.Country || !codedBothWays(evs, ev) {
			continue
		}
		t := *ev.Target
		return []actor{r.standingAt(r.sourceActor(ev, i), i), r.standingAt(actor{ev: t, key: t.Country + "/" + t.Sector + "/" + t.Name}, i)}
	}
	return nil
}

// sentenceStart reports whether token i opens its sentence (after
// punctuation only).
func (r *reader) sentenceStart(i int) bool {
	for k := 0; k < i; k++ {
		if !isPunct(r.toks[k]) {
			return false
		}
	}
	return true
}

// groupAntecedents resolves a sentence-opening "they" to every side, one
// per country, that acted through the same trigger in the sentence before
// ("Envoys of the US, Britain and Germany said they were concerned … They
// urged …"); nil when that sentence's first acting trigger had one side.
func (r *reader) groupAntecedents(i int) []actor {
	first := r.groupAntecedent(i)
	if first == nil {
		return nil
	}
	var out []actor
	seen := map[string]bool{}
	var trig dateline.Span
	for _, ev := range r.a.Events {
		if ev.Sentence != r.si-1 || ev.Source == nil || ev.Source.Country == "" || r.personActor(*ev.Source) {
			continue
		}
		if len(out) == 0 {
			trig = ev.Trigger
		}
		if ev.Trigger != trig || seen[ev.Source.Country] {
			continue
		}
		seen[ev.Source.Country] = true
		a := r.standingAt(r.sourceActor(ev, i), i)
		out = append(out, a)
	}
	return out
}

// objectPronounActor resolves an object "him" at token i ("Kenyatta later
// telephoned him"): the man named last before this sentence, within
// corefWindow sentences, who is not named earlier in this sentence (a man
// named there is the subject, who would be "himself").
func (r *reader) objectPronounActor(i int) *actor {
	span := dateline.Span{Field: r.sent.Field, Start: r.toks[i].start, End: r.toks[i].end}
	here := map[int]bool{}
	for _, m := range r.a.Mentions {
		if m.Field == span.Field && m.Start >= r.sent.Start && m.End <= span.Start && m.Entity >= 0 {
			here[m.Entity] = true
		}
	}
	for k := r.si - 1; k >= 0 && k >= r.si-corefWindow; k-- {
		s := r.a.Sentences[k]
		if s.Field != span.Field {
			continue
		}
		best := -1
		for mi, m := range r.a.Mentions {
			if m.Field != span.Field || m.Start < s.Start || m.End > s.End || m.Entity < 0 || m.Entity >= len(r.a.Entities) || here[m.Entity] {
				continue
			}
			e := r.a.Entities[m.Entity]
			if e.Type != dateline.Person || e.Gender == "f" {
				continue
			}
			if best < 0 || m.Start > r.a.Mentions[best].Start {
				best = mi
			}
		}
		if best >= 0 {
			ent := r.a.Mentions[best].Entity
			e := r.a.Entities[ent]
			if e.Country == "" && e.Sector == "" {
				return nil
			}
			ev := dateline.EventActor{Name: e.Name, Entity: ent, Country: e.Country, Sector: e.Sector, Span: span}
			return &actor{ev: ev, key: e.Country + "/" + e.Sector + "/" + e.ID, tokS: i}
		}
	}
	return nil
}

// themActors resolves an object "them" at token i inside a sub clause
// ("Five US citizens arrived in Doha after Tehran released them"): the
// subject of the sentence's first clause, when "them" is not in it.
func (r *reader) themActors(i int) []actor {
	c := r.clauseOf[i]
	if c <= 0 || len(r.clauses[0].toks) == 0 {
		return nil
	}
	as := r.clauseSubject(0)
	span := dateline.Span{Field: r.sent.Field, Start: r.toks[i].start, End: r.toks[i].end}
	out := make([]actor, 0, len(as))
	for _, a := range as {
		a.ev.Span = span
		a.tokS = i
		out = append(out, a)
	}
	return out
}

// countryObject resolves "the country" or "the nation" at token e (not
// "the country's"): the country named last before it (see
// lastCountryEntity) that is not a side of src ("closed their borders with
// Mali and the African Union suspended the country"); nil when there is
// none.
func (r *reader) countryObject(e int, src []actor) []actor {
	if e+1 >= len(r.toks) || r.toks[e].low != "the" || r.toks[e+1].low != "country" && r.toks[e+1].low != "nation" {
		return nil
	}
	if e+2 < len(r.toks) && r.toks[e+2].tag == "POS" {
		return nil
	}
	ei := r.lastCountryEntity(e, src)
	if ei < 0 {
		return nil
	}
	ent := r.a.Entities[ei]
	ev := dateline.EventActor{Entity: -1, Country: ent.Country, Span: dateline.Span{Field: r.sent.Field, Start: r.toks[e].start, End: r.toks[e+1].end}}
	if ent.KBID == ent.Country {
		ev.Name, ev.Entity = ent.Name, ei // a country, not a city in one
	}
	return []actor{{ev: ev, key: ent.Country + "//country", tokS: e}}
}
