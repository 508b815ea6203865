package events

import (
	"sort"
	"strings"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/places"
)

// domesticTarget applies the CAMEO coders' convention for domestic events
// (Options.DomesticTargets) to an event of a domestic type whose sources
// are of one country X, and only where the text supports it:
//
//   - a target phrase naming people but no country ("police arrested 40
//     people", "rejected the demands of the protesters") is of X, unless the
//     clause names a place of another country; bodies without a country
//     ("Western allies", "the West") are left alone;
//   - with no target at all, the event is aimed at X when the clause places
//     it in X ("students protested in Tehran", "Cairo's security chief
//     warned…"; the dateline's place when the sentence names none, except
//     for the words of a state body: a ministry speaking at home may speak
//     of anyone) and at X's government when the source is a domestic group,
//     not a state body ("the teachers' union called off its strike"). The
//     target has no name;
//     its sector is GOV when the source is not a state body, else none (the
//     people of X: "police made arrests in Cairo").
func (r *reader) domesticTarget(c, t int, typ string, src, tgt []actor) []actor {
	own := ""
	state := false
	for _, a := range src {
		if a.ev.Country != "" {
			own = a.ev.Country
			state = state || r.stateActor(a)
		}
	}
	if own == "" || own == "IGO" {
		return tgt // no domestic side
	}
	if !state {
		for i := range tgt {
			// "in Skopje demonstrators demanded the government's
			// resignation": a domestic group's own state, wherever else the
			// sentence goes
			if tgt[i].bare && tgt[i].ev.Country == "" && stateSector[tgt[i].ev.Sector] && r.definiteAt(tgt[i].tokS) {
				tgt[i].ev.Country = own
			}
		}
	}
	setting, inClause, foreign := r.domesticSetting(c, t, own, src)
	if foreign {
		return tgt
	}
	if len(tgt) > 0 {
		for i := range tgt {
			// people, not bodies: "Western allies", "the West" stay unplaced
			if tgt[i].bare && tgt[i].ev.Country == "" && (tgt[i].ev.Sector != "" || r.groupNoun(tgt[i])) && !stateSector[tgt[i].ev.Sector] {
				tgt[i].ev.Country = own
			}
		}
		return tgt
	}
	if state && (!setting && typ != "COERCE" || verbal(typ) && !inClause) {
		// (a state's coercion names its own people when no place says
		// otherwise: "authorities restricted access to Instagram")
		// a state body's words said at home are not aimed at home: "the
		// ministry rejected the statements" (MOSCOW dateline) has no target
		return nil
	}
	d := dateline.EventActor{Entity: -1, Country: own}
	if !state {
		d.Sector = "GOV"
	}
	return []actor{{ev: d, key: own + "/" + d.Sector + "/domestic", tokS: -1}}
}

// domesticSetting reports whether clause c (or the clauses it depends on)
// names a place in country own, other than the source's own name ("Moscow
// demanded…" names no setting), whether that place is in the clause (not
// only the dateline's), and whether it names a place of another country as
// its setting ("in Gaza"). A sentence naming no place at all is set at the
// dateline's place.
func (r *reader) domesticSetting(c, t int, own string, src []actor) (setting, inClause, foreign bool) {
	if r.s.places == nil {
		return false, false, false
	}
	r.findPlaces()
	any := false
	cut := r.nextSubjectClause(c, t)
	for _, pm := range r.placeMatches {
		if pm.Location.Country == "" {
			continue
		}
		start := r.sent.Start + pm.Start
		if ti := r.tokAt(start); ti >= cut {
			continue
		}
		self := false
		for _, a := range src {
			if a.ev.Span.Start <= start && start < a.ev.Span.End || a.ev.Name == pm.Text {
				// the place names the source ("Moscow demanded") or its
				// nationality ("Pakistan's president"); a city may place a
				// local body ("Cairo's security chief")
				self = pm.Location.Kind == "country" || !(len(a.ev.Name) > len(pm.Text) && strings.Contains(a.ev.Name, pm.Text))
			}
		}
		if self {
			continue
		}
		any = true
		ti := r.tokAt(start)
		if ti < 0 || !r.inScope(c, r.clauseOf[ti]) {
			continue
		}
		if !r.within(c, r.clauseOf[ti]) && r.modifier(r.sent.Start+pm.End) {
			// "U.S. Special Envoy X has said that Washington …": a place
			// naming the speaker is not where the words' act happens
			continue
		}
		if pm.Location.Country != own {
			if ti > 0 && settingPreps[r.toks[ti-1].low] || ti > 1 && r.toks[ti-1].low == "the" && settingPreps[r.toks[ti-2].low] {
				return false, false, true // "police arrested 40 people in Gaza"
			}
			continue // "sending troops to Iraq", "the border with Bulgaria"
		}
		setting = true
	}
	if setting || any {
		return setting, setting, false
	}
	if loc, ok := r.datelineLoc(); ok && loc.Country == own {
		return true, false, false
	}
	return false, false, false
}

// within reports whether clause k is c or lies inside it.
func (r *reader) within(c, k int) bool {
	for ; k >= 0; k = r.clauses[k].parent {
		if k == c {
			return true
		}
	}
	return false
}

// modifier reports whether a place name ending at byte off modifies the
// noun after it ("U.S. envoy", "Ukraine's air force").
func (r *reader) modifier(off int) bool {
	for i, t := range r.toks {
		if t.start >= off {
			return t.low == "'s" || t.low == "’s" || strings.HasPrefix(t.tag, "NN") || t.tag == "JJ" || r.mentAt[i] >= 0
		}
	}
	return false
}

// datelinePlace returns the dateline's place when the sentence names no
// place of its own.
func (r *reader) datelinePlace() (dateline.Location, bool) {
	return r.datelinePlaceFor(-1)
}

// datelinePlaceFor is datelinePlace for an event of clause c (-1: any): a
// place named inside quoted words outside clause c ('"Lebanon is not
// alone," Macron said during a walkabout, where residents chanted …') does
// not keep the dateline from placing it.
func (r *reader) datelinePlaceFor(c int) (dateline.Location, bool) {
	if r.dl == nil || r.s.places == nil {
		return dateline.Location{}, false
	}
	r.findPlaces()
	for _, pm := range r.placeMatches {
		if pm.Location.Country == "" {
			continue
		}
		if ti := r.tokAt(r.sent.Start + pm.Start); c >= 0 && ti >= 0 && r.quotedTok(ti) && !r.within(c, r.clauseOf[ti]) {
			continue
		}
		return dateline.Location{}, false
	}
	return r.datelineLoc()
}

// quotedTok reports whether token t lies between an opening and a
// closing quote mark of the sentence.
func (r *reader) quotedTok(t int) bool {
	open := false
	for k := 0; k < t; k++ {
		switch r.toks[k].tag {
		case "``":
			open = true
		case "''":
			open = false
		}
	}
	return open
}

// settingPlace returns the first place named in clause c's scope after a
// setting preposition ("in Hong Kong", "at a jail in Dili").
func (r *reader) settingPlace(c int) (dateline.Location, bool) {
	return r.settingPlaceIn(c, func(k int) bool { return r.inScope(c, k) })
}

// settingPlaceIn is settingPlace over the clauses k for which in(k) holds.
func (r *reader) settingPlaceIn(c int, in func(k int) bool) (dateline.Location, bool) {
	if r.s.places == nil {
		return dateline.Location{}, false
	}
	r.findPlaces()
	for _, pm := range r.placeMatches {
		if pm.Location.Country == "" {
			continue
		}
		ti := r.tokAt(r.sent.Start + pm.Start)
		if ti < 0 || !in(r.clauseOf[ti]) {
			continue
		}
		if te := r.tokAt(r.sent.Start + pm.End - 1); te >= 0 && te+1 < len(r.toks) && missionNouns[r.toks[te+1].low] {
			continue // "outside the U.S. embassy in Baghdad": not in the US
		}
		if ti > 0 && settingPreps[r.toks[ti-1].low] || ti > 1 && r.toks[ti-1].low == "the" && settingPreps[r.toks[ti-2].low] {
			return pm.Location, true
		}
	}
	return dateline.Location{}, false
}

// settingPreps make a place the setting of an event.
var settingPreps = map[string]bool{"in": true, "at": true, "near": true, "inside": true, "outside": true, "across": true, "around": true, "throughout": true}

// findPlaces fills r.placeMatches once.
func (r *reader) findPlaces() {
	if r.placeMatches == nil {
		found := r.s.places.Find(r.text[r.sent.Start:min(r.sent.End, len(r.text))])
		r.placeMatches = []places.Match{}
		for _, pm := range found {
			if !r.nameBefore(r.sent.Start+pm.End) && !r.personAt(r.sent.Start+pm.Start, r.sent.Start+pm.End) {
				r.placeMatches = append(r.placeMatches, pm)
			}
		}
	}
}

// personAt reports whether the actors stage read the words from start to
// end as (part of) a person's name ("Morales said", not the Colombian town).
func (r *reader) personAt(start, end int) bool {
	for _, m := range r.a.Mentions {
		if m.Field != r.sent.Field || m.End <= start || m.Start >= end || m.Entity < 0 || m.Entity >= len(r.a.Entities) {
			continue
		}
		if r.a.Entities[m.Entity].Type == dateline.Person {
			return true
		}
	}
	return false
}

// nameBefore reports whether the place name ending at byte offset end is
// the first word of a longer name: a capitalised word follows that is no
// place word ("Sofia Sapega", "Washington Post"; but "Gaza Strip").
func (r *reader) nameBefore(end int) bool {
	i := sort.Search(len(r.toks), func(i int) bool { return r.toks[i].start >= end })
	if i == len(r.toks) {
		return false
	}
	t := r.toks[i]
	return t.start <= end+1 && t.tag == "NNP" && t.text != strings.ToLower(t.text) && !placeWords[t.low]
}

// placeWords end a place's name.
var placeWords = map[string]bool{
	"strip": true, "bank": true, "province": true, "governorate": true, "region": true, "oblast": true,
	"city": true, "valley": true, "island": true, "islands": true, "heights": true, "sea": true,
	"river": true, "peninsula": true, "state": true, "county": true, "district": true, "republic": true,
	"square": true, "airport": true, "border": true, "mountains": true, "coast": true, "gulf": true,
}

// tokAt returns the token holding byte offset off, or -1.
func (r *reader) tokAt(off int) int {
	// tokens are in text order: the first ending after off
	i := sort.Search(len(r.toks), func(i int) bool { return r.toks[i].end > off })
	if i < len(r.toks) && r.toks[i].start <= off {
		return i
	}
	return -1
}

// stateActor reports whether a is a state body: a state sector, or a
// country or city named as an actor ("Iran", "Ankara").
func (r *reader) stateActor(a actor) bool {
	if stateSector[a.ev.Sector] {
		return true
	}
	if a.ev.Sector != "" || a.ev.Entity < 0 || a.ev.Entity >= len(r.a.Entities) {
		return false
	}
	for _, m := range r.mentions {
		if m.Span == a.ev.Span && m.Kind == dateline.MentionDemonym {
			return false // "Young Algerians": people, not the state
		}
	}
	t := r.a.Entities[a.ev.Entity].Type
	return t == dateline.Place || t == dateline.Org // "Kenya", "Ankara"
}

// inScope reports whether clause k is c, a clause c depends on, or a clause
// inside c (a relative or participle clause of its object).
func (r *reader) inScope(c, k int) bool {
	if k == c || r.related(c, k) {
		return true
	}
	for p := r.clauses[k].parent; p >= 0; p = r.clauses[p].parent {
		if p == c {
			return true
		}
	}
	return false
}

// groupNoun reports whether a bare actor with no sector is named by a
// people noun ("the Kifaya group", "its members").
func (r *reader) groupNoun(a actor) bool {
	words := strings.Fields(strings.ToLower(a.ev.Name))
	if len(words) == 0 {
		return false
	}
	switch words[len(words)-1] {
	case "group", "groups", "members", "movement", "party", "parties", "coalition", "supporters", "followers":
		return true
	}
	return false
}
