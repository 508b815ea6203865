package places

import "strings"

// directions may start a name in lower case ("eastern Ghouta").
var directions = map[string]bool{
	"north": true, "south": true, "east": true, "west": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"upper": true, "lower": true,
}

// articles are name words news reports write in lower case ("al-Bab").
var articles = map[string]bool{
	"al": true, "el": true, "ar": true, "as": true, "ad": true, "at": true, "az": true, "an": true,
	"ash": true, "ad-": true, "ez": true, "es": true, "ul": true, "de": true, "la": true, "le": true,
}

// functionWords may stand capitalised before a place name at the start of
// a sentence ("In Idlib, ...").
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "at": true, "on": true, "from": true, "to": true,
	"for": true, "near": true, "into": true, "across": true, "around": true, "outside": true,
	"inside": true, "of": true, "by": true, "with": true, "without": true, "and": true, "but": true,
	"or": true, "as": true, "while": true, "after": true, "before": true, "since": true, "until": true,
	"when": true, "where": true, "both": true, "between": true, "through": true, "over": true,
	"under": true, "against": true, "toward": true, "towards": true, "via": true, "like": true,
	"unlike": true, "beyond": true, "within": true, "despite": true, "amid": true, "along": true,
	"also": true, "meanwhile": true, "yesterday": true, "today": true, "earlier": true, "later": true,
	"if": true, "than": true, "about": true, "visiting": true, "leaving": true, "including": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "why": true, "how": true, "what": true, "outskirts": true,
}

// titleCase reports whether most longer words are capitalised, as in a
// headline ("Bombs Hit Aleppo Hospital"), where a capitalised word before a
// name says nothing.
func titleCase(toks []token) bool {
	n, up := 0, 0
	for _, t := range toks {
		if t.end-t.start < 4 {
			continue
		}
		n++
		if t.upper {
			up++
		}
	}
	return n >= 3 && up*4 >= n*3
}

func allCaps(s string) bool {
	return strings.ToUpper(s) == s
}

// divisionWords after a name ask for a first-level division; "city" asks
// for a city.
var divisionWords = map[string]string{
	"governorate": KindAdmin1, "province": KindAdmin1, "oblast": KindAdmin1, "region": KindAdmin1,
	"state": KindAdmin1, "krai": KindAdmin1, "prefecture": KindAdmin1, "district": KindAdmin1,
	"governorates": KindAdmin1, "provinces": KindAdmin1, "city": KindCity,
}

// rawMatch is a name found in the text, before and while it is resolved.
type rawMatch struct {
	start, end int
	t0, tn     int // tokens [t0, tn)
	key        string
	cands      []int32
	best       int32
	ctx        bool // serves as context for another match
	placed     bool // was placed by context (suffix, possessive, comma)
}

// placeLinks join the words of a place name in the languages whose towns
// wire copy names untranslated ("Mocímboa da Praia", "Vila Nova de Gaia").
var placeLinks = map[string]bool{
	"da": true, "do": true, "das": true, "dos": true, "de": true, "del": true,
	"della": true, "di": true, "du": true, "des": true,
}

// linkedTails drops a match that a capitalised word and a linking particle
// lead into ("Mocímboa da Praia", "Foz do Iguaçu"): it ends a longer name
// and is not the place of its own name (Praia, Cape Verde's capital). When
// the word before the particle ends a match of its own, that match stands
// for the whole name. A country keeps its match ("Universidad de Chile"
// still names Chile).
func (g *Gazetteer) linkedTails(ms []rawMatch, toks []token, seps []string, sepOK []bool) []rawMatch {
	out := ms[:0]
	for _, m := range ms {
		p := m.t0 - 1
		if p < 1 || !sepOK[m.t0] || seps[m.t0] != " " || !sepOK[p] || seps[p] != " " ||
			toks[p].upper || !placeLinks[toks[p].key] || !toks[p-1].upper || len(g.ofKind(m.cands, KindCountry)) > 0 {
			out = append(out, m)
			continue
		}
		if n := len(out); n > 0 && out[n-1].tn == p {
			out[n-1].end, out[n-1].tn = m.end, m.tn
		}
	}
	return out
}

// find is the matcher behind Find and Lookup. only, when set, restricts the
// answer of the head matches to that country.
func (g *Gazetteer) find(text string, o findOpts, only string) []rawMatch {
	toks := tokenize(text)
	if len(toks) == 0 {
		return nil
	}
	seps := make([]string, len(toks)) // seps[i] is between toks[i-1] and toks[i]
	sepOK := make([]bool, len(toks))
	for i := 1; i < len(toks); i++ {
		seps[i], sepOK[i] = sepKey(text[toks[i-1].end:toks[i].start])
	}

	var ms []rawMatch
	var kb strings.Builder
	for i := 0; i < len(toks); {
		t := toks[i]
		if !o.anyCase && !t.upper && !directions[t.key] && !articles[t.key] {
			i++
			continue
		}
		kb.Reset()
		bestN := 0
		var bestC []int32
		var bestKey string
		for n := 1; n <= int(g.longest[t.key]) && i+n <= len(toks); n++ {
			if n > 1 {
				if !sepOK[i+n-1] {
					break
				}
				kb.WriteString(seps[i+n-1])
			}
			kb.WriteString(toks[i+n-1].key)
			cs, ok := g.index[kb.String()]
			if !ok {
				continue
			}
			if f := g.capsFilter(cs, toks[i:i+n], o.anyCase); len(f) > 0 {
				bestN, bestC, bestKey = n, f, kb.String()
			}
		}
		if bestN == 0 {
			i++
			continue
		}
		ms = append(ms, rawMatch{start: toks[i].start, end: toks[i+bestN-1].end, t0: i, tn: i + bestN,
			key: bestKey, cands: bestC, best: -1})
		i += bestN
	}
	if len(ms) == 0 {
		return nil
	}
	if !o.anyCase {
		ms = g.linkedTails(ms, toks, seps, sepOK)
	}

	// Words around a name: "Idlib province", "the province of Idlib", "Idlib city".
	for k := range ms {
		m := &ms[k]
		if m.tn < len(toks) && sepOK[m.tn] && seps[m.tn] == " " {
			if want, ok := divisionWords[toks[m.tn].key]; ok && (k+1 >= len(ms) || ms[k+1].t0 > m.tn) {
				if f := g.ofKind(m.cands, want); len(f) > 0 {
					m.cands, m.end, m.tn, m.placed = f, toks[m.tn].end, m.tn+1, true
					continue
				}
			}
		}
		if m.t0 >= 2 && sepOK[m.t0] && seps[m.t0] == " " && toks[m.t0-1].key == "of" && seps[m.t0-1] == " " {
			if want, ok := divisionWords[toks[m.t0-2].key]; ok {
				if f := g.ofKind(m.cands, want); len(f) > 0 {
					m.cands, m.placed = f, true
				}
			}
		}
	}

	// Possessive: "Syria's Idlib".
	for k := 0; k+1 < len(ms); k++ {
		a, b := &ms[k], &ms[k+1]
		s := a.tn
		if s+1 != b.t0 || !sepOK[s] || seps[s] != "'" || toks[s].key != "s" || !sepOK[b.t0] || seps[b.t0] != " " {
			continue
		}
		a.best = g.choose(a.cands, nil)
		if f := g.within(b.cands, a.best); len(f) > 0 {
			b.cands, b.placed, a.ctx = f, true, true
		}
	}

	// Apposition: "Paris, Texas", "Idlib, Syria", "Idlib, northwestern Syria".
	for k := 0; k+1 < len(ms); k++ {
		a, b := &ms[k], &ms[k+1]
		if a.tn >= len(toks) || !sepOK[a.tn] || seps[a.tn] != ", " {
			continue
		}
		gap := true
		for j := a.tn; j < b.t0; j++ {
			if !directions[toks[j].key] || (j > a.tn && seps[j] != " ") {
				gap = false
				break
			}
		}
		if !gap || (b.t0 > a.tn && seps[b.t0] != " ") {
			continue
		}
		if fa, fb := g.contained(a.cands, b.cands); len(fa) > 0 {
			a.cands, b.cands, a.placed, b.placed, b.ctx = fa, fb, true, true, true
		}
	}

	// Without context, stoplisted words count only as countries or areas,
	// and so does a one-word name right after another capitalised word
	// ("John Bolton", "Kim Jong Un"), unless it is a capital.
	if !o.anyCase {
		headline := titleCase(toks)
		for k := range ms {
			m := &ms[k]
			if m.placed || m.ctx {
				continue
			}
			if g.stop[m.key] {
				m.cands = g.ofKind(m.cands, KindCountry, KindArea)
				continue
			}
			if !headline && m.tn-m.t0 == 1 && m.t0 > 0 && sepOK[m.t0] && seps[m.t0] == " " && (k == 0 || ms[k-1].tn != m.t0) {
				p := toks[m.t0-1]
				if p.upper && !functionWords[p.key] && !directions[p.key] && !allCaps(text[p.start:p.end]) {
					m.cands = g.capitalsOnly(m.cands)
				}
			}
		}
	}

	// First choice, then again preferring the countries the text names.
	named := map[string]bool{}
	if o.hint != "" {
		named[o.hint] = true
	}
	for k := range ms {
		m := &ms[k]
		m.best = g.choose(m.cands, nil)
		if m.best >= 0 && g.entries[m.best].loc.Kind == KindCountry {
			named[g.entries[m.best].loc.Country] = true
		}
	}
	for k := range ms {
		m := &ms[k]
		cs := m.cands
		if only != "" && !m.ctx {
			cs = g.inCountry(cs, only)
		}
		m.best = g.choose(cs, named)
	}
	return ms
}

// capsFilter keeps the candidates whose capitalised words are capitalised
// in the text too.
func (g *Gazetteer) capsFilter(cs []cand, toks []token, anyCase bool) []int32 {
	out := make([]int32, 0, len(cs))
	upper := false
	for _, t := range toks {
		if t.upper {
			upper = true
			break
		}
	}
	if !anyCase && !upper {
		return nil
	}
	for _, c := range cs {
		ok := true
		if !anyCase {
			for j, t := range toks {
				if c.caps&(1<<j) != 0 && !t.upper && !directions[t.key] && !articles[t.key] {
					ok = false
					break
				}
			}
		}
		if ok {
			out = append(out, c.e)
		}
	}
	return out
}

func (g *Gazetteer) ofKind(cs []int32, kinds ...string) []int32 {
	var out []int32
	for _, c := range cs {
		for _, k := range kinds {
			if g.entries[c].loc.Kind == k {
				out = append(out, c)
				break
			}
		}
	}
	if len(kinds) == 1 && kinds[0] == KindAdmin1 && len(out) > 1 {
		// "Moscow region" is the oblast, not the federal city of Moscow.
		var suffixed []int32
		for _, c := range out {
			if admin1Suffix.MatchString(g.entries[c].loc.Name) {
				suffixed = append(suffixed, c)
			}
		}
		if len(suffixed) > 0 {
			return suffixed
		}
	}
	return out
}

// capitalsOnly keeps countries, areas and national capitals.
func (g *Gazetteer) capitalsOnly(cs []int32) []int32 {
	var out []int32
	for _, c := range cs {
		e := &g.entries[c]
		if e.loc.Kind == KindCountry || e.loc.Kind == KindArea || e.fc == "PPLC" {
			out = append(out, c)
		}
	}
	return out
}

func (g *Gazetteer) inCountry(cs []int32, iso3 string) []int32 {
	var out []int32
	for _, c := range cs {
		if g.entries[c].loc.Country == iso3 {
			out = append(out, c)
		}
	}
	return out
}

// within keeps the candidates that lie inside place p (a country or an
// admin1).
func (g *Gazetteer) within(cs []int32, p int32) []int32 {
	if p < 0 {
		return nil
	}
	pe := &g.entries[p]
	var out []int32
	for _, c := range cs {
		e := &g.entries[c]
		if c == p || e.loc.Country != pe.loc.Country || e.loc.Kind == KindCountry {
			continue
		}
		if pe.loc.Kind == KindAdmin1 && e.code != pe.code {
			continue
		}
		if pe.loc.Kind == KindCity || pe.loc.Kind == KindArea {
			continue
		}
		out = append(out, c)
	}
	return out
}

// contained pairs the places named a with the divisions or countries named
// b that hold them ("Paris, Texas"): it returns the a and b candidates that
// fit, divisions before countries.
func (g *Gazetteer) contained(as, bs []int32) (fa, fb []int32) {
	for _, kind := range []string{KindAdmin1, KindCountry} {
		fa, fb = nil, nil
		for _, b := range bs {
			if g.entries[b].loc.Kind != kind {
				continue
			}
			in := g.within(as, b)
			if len(in) > 0 {
				fb = append(fb, b)
				fa = append(fa, in...)
			}
		}
		if len(fa) > 0 {
			return fa, fb
		}
	}
	return nil, nil
}

// choose returns the candidate of highest weight, places in the named
// countries counting 30 times more.
func (g *Gazetteer) choose(cs []int32, named map[string]bool) int32 {
	best, bw := int32(-1), -1.0
	for _, c := range cs {
		e := &g.entries[c]
		w := e.weight
		if named[e.loc.Country] && e.loc.Kind != KindCountry {
			w *= 30
		}
		if w > bw || (w == bw && c < best) {
			best, bw = c, w
		}
	}
	return best
}
