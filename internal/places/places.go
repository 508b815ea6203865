// Package places is dateline's gazetteer: countries, their first-level
// divisions, cities of at least 15,000 people (GeoNames) and a few named
// regions, with coordinates. It finds place names in a sentence and
// resolves each to the most likely place, using the context the sentence
// gives ("Syria's Idlib", "Paris, Texas", "Idlib province").
//
// The data are the bundled files under data/places (see its README); they
// are parsed and indexed once by Load.
package places

import (
	"strings"

	"github.com/dateline-news/dateline"
)

// Match is one place name found in a text.
type Match struct {
	Start, End int    // byte offsets into the text, End exclusive
	Text       string // text[Start:End]
	Location   dateline.Location
	// Context is true when the name serves to place another name ("Syria"
	// in "Syria's Idlib", "Texas" in "Paris, Texas").
	Context bool
}

// Option changes how Find resolves names.
type Option func(*findOpts)

type findOpts struct {
	hint    string // ISO3 country preferred on ties, e.g. the dateline's
	anyCase bool   // accept lower-case names and stoplisted words (Lookup)
}

// PreferCountry makes Find prefer places in the given country (ISO 3166-1
// alpha-3), e.g. the country of the article's dateline.
func PreferCountry(iso3 string) Option {
	return func(o *findOpts) { o.hint = iso3 }
}

// Country returns the country with the given ISO 3166-1 alpha-3 (or
// alpha-2) code.
func (g *Gazetteer) Country(code string) (dateline.Location, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if len(code) == 2 {
		code = g.iso2[code]
	}
	i, ok := g.countries[code]
	if !ok {
		return dateline.Location{}, false
	}
	return g.entries[i].loc, true
}

// Len is the number of places in the gazetteer.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Lookup resolves one place name, as a dateline or a user gives it:
// "DAMASCUS", "Idlib Governorate", "Paris, Texas", "Syria's Idlib". Case is
// ignored. country (ISO 3166-1 alpha-3 or alpha-2, a country name, or "" for any) restricts
// the answer; when no place of that name lies in it, Lookup reports false.
// Ambiguity is resolved by the words around the name, then by population
// (capitals first; a division only when it is far larger than the towns of
// its name, or when the name says "Governorate", "Province", "Oblast",
// "Region", "State"...).
func (g *Gazetteer) Lookup(name, country string) (dateline.Location, bool) {
	country = strings.ToUpper(strings.TrimSpace(country))
	if len(country) == 2 {
		if c3, ok := g.iso2[country]; ok {
			country = c3
		}
	}
	if _, ok := g.countries[country]; !ok && len(country) > 3 {
		// A country name ("Syria", "Britain").
		if key, _, _, ok := nameKey(country); ok {
			for _, c := range g.index[key] {
				if e := &g.entries[c.e]; e.loc.Kind == KindCountry {
					country = e.loc.Country
					break
				}
			}
		}
	}
	ms := g.find(name, findOpts{anyCase: true, hint: country}, country)
	for _, m := range ms {
		if m.ctx {
			continue
		}
		if partOfCompound(name, m.start, m.end) {
			// "Crans-Montana" is no Montana (Bulgaria): a name the
			// gazetteer does not hold is unknown, not its last part
			continue
		}
		if m.best < 0 {
			return dateline.Location{}, false
		}
		return g.entries[m.best].loc, true
	}
	return dateline.Location{}, false
}

// Find returns the place names in text, leftmost-longest, whole capitalised
// words only, each with its most likely place. Names that are also common
// words or surnames (stop.txt) count only with context ("Mobile,
// Alabama").
func (g *Gazetteer) Find(text string, opts ...Option) []Match {
	var o findOpts
	for _, f := range opts {
		f(&o)
	}
	raw := g.find(text, o, "")
	out := make([]Match, 0, len(raw))
	for _, m := range raw {
		if m.best < 0 {
			continue
		}
		out = append(out, Match{Start: m.start, End: m.end, Text: text[m.start:m.end],
			Location: g.entries[m.best].loc, Context: m.ctx})
	}
	return out
}

// partOfCompound reports whether text[start:end] is joined by a hyphen to
// a letter on either side: one part of a hyphenated name.
func partOfCompound(text string, start, end int) bool {
	if start >= 2 && text[start-1] == '-' && isLetter(text[start-2]) {
		return true
	}
	return end+1 < len(text) && text[end] == '-' && isLetter(text[end+1])
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }
