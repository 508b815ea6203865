package actors

import (
	"strings"

	"github.com/dateline-news/dateline"
)

// nationalHeads are the head nouns of a state's institutions, with the
// sector a body so named takes when the KB does not say ("Department of
// Foreign Affairs", "Regiment of Presidential Security"). (Armies and forces are left out: "National Liberation Army" is
// a rebel group.)
var nationalHeads = map[string]string{
	"ministry": "GOV", "council": "GOV", "commission": "GOV", "committee": "GOV", "agency": "GOV",
	"authority": "GOV", "directorate": "GOV", "bureau": "GOV", "bank": "GOV",
	"court": "JUD", "tribunal": "JUD", "assembly": "LEG", "parliament": "LEG", "senate": "LEG",
	"congress": "LEG", "legislature": "LEG", "police": "COP", "gendarmerie": "COP",
	"department": "GOV", "regiment": "MIL", "office": "GOV",
}

// nationalWords mark a body's name as that of a state's own institution
// ("National Electoral Council", "Supreme Court", "Central Bank").
var nationalWords = set("national", "supreme", "constitutional", "central", "federal", "state",
	"electoral", "election", "elections", "high", "interior", "defence", "defense", "foreign",
	"finance", "justice", "presidential", "legislative", "grand")

// notNational are words that make a body international, private, a
// party's or a foreign state's ("European Central Bank", "International
// Court of Justice", "Democratic National Committee", "British High
// Commission").
var notNational = set("international", "european", "african", "arab", "islamic", "world", "global",
	"asian", "pacific", "atlantic", "gulf", "united", "nations", "regional", "democratic", "republican",
	"olympic", "inter-american", "commonwealth", "union", "foundation", "university", "party",
	"embassy", "consulate", "mission", "coalition", "liberation", "resistance", "revolutionary",
	"rebel", "islamist", "peacekeeping", "high commission")

// stateSectors are the sectors of a state's own bodies.
var stateSectors = set("GOV", "MIL", "LEG", "JUD", "COP", "SPY")

// properBodyName reads name as the text writes it: two words or more, each
// capitalised but for connectors ("Ministry of Mines"), none making the
// body international or another's. It returns the head noun (the word
// before the first connector, else the last word) and whether a word marks
// a state's institution.
func properBodyName(name string) (head string, national, ok bool) {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	words := strings.Fields(name)
	if len(words) < 2 || notNational[lower(name)] || strings.Contains(lower(name), "high commission") {
		return "", false, false
	}
	for i, w := range words {
		lw := lower(w)
		if notNational[lw] {
			return "", false, false
		}
		if orgConnectors[w] && i > 0 {
			if head == "" {
				head = lower(words[i-1]) // "Ministry of Mines"
			}
			continue
		}
		if w != titleCase(w) && !isAllCapsWord(w) {
			return "", false, false
		}
		if nationalWords[lw] {
			national = true
		}
	}
	if head == "" {
		head = lower(words[len(words)-1])
	}
	return head, national, true
}

// nationalBodySector reports whether name, as the text writes it, names a
// state's own institution the KB does not know without naming the state
// ("the National Electoral Council", "the Constitutional Council", "the
// Ministry of Mines", "the Mining Ministry"), and the sector its head noun
// gives.
func nationalBodySector(name string) (string, bool) {
	head, national, ok := properBodyName(name)
	if !ok {
		return "", false
	}
	sector, known := nationalHeads[head]
	if !known || !national && head != "ministry" {
		return "", false
	}
	if l := lower(name); head == "office" && (strings.Contains(l, "prosecutor") || strings.Contains(l, "attorney")) {
		sector = "JUD" // "the Federal Prosecutor's Office"
	}
	return sector, true
}

// describedBodies gives the scene's or the dateline's country to the
// parties, opposition and civic bodies the KB does not know that the text
// names after a group noun without a country ("the civil society movement
// Balai Citoyen" in an OUAGADOUGOU story, "In Athens, the opposition New
// Democracy party"): wire copy names the country of a foreign party.
func (r *run) describedBodies() {
	for i, e := range r.ents {
		if !e.described || e.e.Country != "" || !r.hasMention(i) {
			continue
		}
		if s := e.e.Sector; s != "PTY" && s != "OPP" && s != "SOC" {
			continue
		}
		e.e.Country = r.homeCountry(i)
	}
}

// nationalBodies gives the dateline's country to the state bodies of the
// article the KB does not know and the text names without a country: "The
// National Electoral Council" or "the Supreme Court" in a CARACAS story is
// Venezuela's (in a sentence opening "In Bogotá," Colombia's), as a holder of a national office named without a country
// is. Wire copy names the country of anything from elsewhere. A body with
// no sector gets the one its head noun gives (courts JUD, assemblies LEG,
// ministries and councils GOV). Generic nouns in lower case ("the army",
// "police") are left to the events stage; without a dateline nothing
// changes.
func (r *run) nationalBodies() {
	for i, e := range r.ents {
		if e.e.KBID != "" || e.e.Country != "" || e.state || e.e.Type != dateline.Org || !r.hasMention(i) {
			continue
		}
		if e.e.Sector != "" && !stateSectors[e.e.Sector] {
			continue // a party, the opposition
		}
		if e.body != "" {
			if b, ok := r.k.Body(e.body); !ok || b.Type == dateline.Group || !stateSectors[b.Sector] {
				continue
			}
		}
		sector, national := "", false
		for _, m := range r.mentions {
			if m.Entity != i {
				continue
			}
			if e.body != "" {
				// A generic body the KB knows, named as a proper name:
				// "the Interior Ministry", "the Supreme Court".
				if _, _, ok := properBodyName(m.Text); ok {
					national = true
					break
				}
			} else if s, ok := nationalBodySector(m.Text); ok {
				sector, national = s, true
				break
			}
		}
		if !national {
			continue
		}
		iso := r.homeCountry(i)
		if iso == "" {
			continue
		}
		e.e.Country = iso
		if e.e.Sector == "" {
			e.e.Sector = sector
		}
	}
}
