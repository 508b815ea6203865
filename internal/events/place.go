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

// meetingPlace returns the place clause c names as the venue of talks: a
// place right after "in" or "at" that follows a talks noun ("at talks in
// Moscow", "a summit in Tehran").
func (r *reader) meetingPlace(c int) (dateline.Location, bool) {
	if r.s.places == nil {
		return dateline.Location{}, false
	}
	r.findPlaces()
	for _, pm := range r.placeMatches {
		if pm.Context || pm.Location.Country == "" {
			continue
		}
		ti := r.tokAt(r.sent.Start + pm.Start)
		if ti < 2 || r.clauseOf[ti] != c && !r.related(c, r.clauseOf[ti]) {
			continue
		}
		if p := r.toks[ti-1].low; p != "in" && p != "at" {
			continue
		}
		for k := ti - 2; k >= 0 && k >= ti-4; k-- {
			if talksNouns[r.toks[k].low] || r.toks[k].low == "visit" {
				return pm.Location, true
			}
			if isPunct(r.toks[k]) {
				break
			}
		}
	}
	return dateline.Location{}, false
}

// topicPlace reports whether the place called name stands in clause c as
// the topic of talks or a deal: after "on", "over" or "about", or named in
// a truce or ceasefire phrase ("a ceasefire in Idlib").
func (r *reader) topicPlace(c int, name string) bool {
	for _, pm := range r.placeMatches {
		if pm.Location.Name != name {
			continue
		}
		ti := r.tokAt(r.sent.Start + pm.Start)
		if ti < 1 || r.clauseOf[ti] != c && !r.related(c, r.clauseOf[ti]) {
			continue
		}
		if p := r.toks[ti-1].low; p == "on" || p == "over" || p == "about" {
			return true // "talks on Idlib"
		}
		for k := ti - 1; k >= 0 && k >= ti-4 && !isPunct(r.toks[k]); k-- {
			switch r.toks[k].low {
			case "ceasefire", "cease-fire", "truce", "deal", "agreement":
				return true // "a ceasefire in Idlib"
			}
		}
	}
	return false
}
