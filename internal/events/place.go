package events

import (
	"github.com/dateline-news/dateline"
)

// locPreps are the words that make a place name the place of an event.
var locPreps = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "into": true, "inside": true, "across": true,
	"around": true, "from": true, "on": true, "of": true, "to": true,
}

// place returns the place of an event of clause c: a place named in the
// clause after "in", "at", "near"… (a country only so), else a city or
// division named there that is not one of the event's actors; nil when the
// clause names none (Run then uses the dateline's place).
func (r *reader) place(c int, src, tgt []actor) *dateline.Location {
	if r.s.places == nil {
		return nil
	}
	r.findPlaces()
	var fallback *dateline.Location
	for _, pm := range r.placeMatches {
		if pm.Context {
			continue
		}
		start := r.sent.Start + pm.Start
		ti := r.tokAt(start)
		if ti < 0 || r.clauseOf[ti] != c && !r.related(c, r.clauseOf[ti]) {
			continue
		}
		prep := ti > 0 && locPreps[r.toks[ti-1].low] || ti > 1 && r.toks[ti-1].low == "the" && locPreps[r.toks[ti-2].low]
		loc := pm.Location
		if prep && loc.Kind != "country" || prep && r.toks[ti-1].low != "of" && r.toks[ti-1].low != "to" && r.toks[ti-1].low != "from" {
			return &loc
		}
		if loc.Kind == "country" || fallback != nil {
			continue
		}
		isActor := false
		for _, as := range [][]actor{src, tgt} {
			for _, a := range as {
				if a.ev.Span.Start <= start && start < a.ev.Span.End {
					isActor = true
				}
			}
		}
		if !isActor {
			l := loc
			fallback = &l
		}
	}
	return fallback
}

// related reports whether clause k is a non-sub clause on c's chain.
func (r *reader) related(c, k int) bool {
	if r.clauses[k].kind == kSub {
		return false
	}
	for p := r.clauses[c].parent; p >= 0; p = r.clauses[p].parent {
		if p == k {
			return true
		}
	}
	return false
}
