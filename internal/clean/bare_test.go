package clean

import (
	"context"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
)

// fakeGazetteer knows a few places by name (case ignored).
type fakeGazetteer map[string]string // lower-case name → kind

func (g fakeGazetteer) Lookup(name, country string) (dateline.Location, bool) {
	kind, ok := g[strings.ToLower(name)]
	if !ok {
		return dateline.Location{}, false
	}
	return dateline.Location{Name: name, Kind: kind}, true
}

var testGazetteer = fakeGazetteer{"madrid": "city", "vilnius": "city", "ukraine": "country", "europe": "area"}

func TestBareDatelineLine(t *testing.T) {
	known := func(name string) bool {
		loc, ok := testGazetteer.Lookup(name, "")
		return ok && loc.Kind == "city"
	}
	tests := []struct {
		name       string
		in         string
		known      func(string) bool
		place      string // "" when no dateline
		month, day int
		text       string
	}{
		{"city in capitals", "MADRID", nil, "MADRID", 0, 0, "MADRID"},
		{"two words", "NEW DELHI", nil, "NEW DELHI", 0, 0, "NEW DELHI"},
		{"region", "KYIV, Ukraine", nil, "KYIV", 0, 0, "KYIV, Ukraine"},
		{"with a date", "MADRID, June 28", nil, "MADRID", 6, 28, "MADRID, June 28"},
		{"day first", "VILNIUS, 3 March", nil, "VILNIUS", 3, 3, "VILNIUS, 3 March"},
		{"closing dash", "MADRID -", nil, "MADRID", 0, 0, "MADRID -"},
		{"ordinary case, known city", "Madrid", known, "Madrid", 0, 0, "Madrid"},
		{"ordinary case with a date, known", "Vilnius, June 28", known, "Vilnius", 6, 28, "Vilnius, June 28"},
		{"ordinary case, no gazetteer", "Madrid", nil, "", 0, 0, ""},
		{"ordinary case, a country", "Ukraine", known, "", 0, 0, ""},
		{"ordinary case, unknown", "Analysis", known, "", 0, 0, ""},
		{"section label", "POLITICS", nil, "", 0, 0, ""},
		{"kicker", "EXCLUSIVE", nil, "", 0, 0, ""},
		{"weekday", "TUESDAY", nil, "", 0, 0, ""},
		{"month", "JUNE", nil, "", 0, 0, ""},
		{"acronym of a body", "NATO", nil, "", 0, 0, ""},
		{"four words", "THE LAND OF FIRE", nil, "", 0, 0, ""},
		{"agency follows", "MADRID (AA) -", nil, "", 0, 0, ""},
		{"a sentence", "Talks resumed.", known, "", 0, 0, ""},
		{"headline in capitals", "IRAN WILL RESPOND", nil, "", 0, 0, ""},
		{"full date and time", "NEW DELHI, March 03, 2021 14:05 IST", nil, "NEW DELHI", 3, 3, "NEW DELHI, March 03, 2021"},
		{"time without a year", "NEW DELHI, March 03 14:05 IST", nil, "", 0, 0, ""},
		{"full date and words", "NEW DELHI, March 03, 2021 talks end", nil, "", 0, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := bareDateline(tt.in, tt.known)
			if tt.place == "" {
				if ok {
					t.Fatalf("bareDateline(%q) = %+v, want none", tt.in, d)
				}
				return
			}
			if !ok {
				t.Fatalf("bareDateline(%q): none, want %q", tt.in, tt.place)
			}
			if d.Place != tt.place || d.Month != tt.month || d.Day != tt.day || d.Text != tt.text || d.Agency != "" {
				t.Errorf("bareDateline(%q) = %+v, want %q %d/%d %q", tt.in, d, tt.place, tt.month, tt.day, tt.text)
			}
		})
	}
}

// An agency page: section labels, headline, standfirst, byline and date
// stamp on one line, the city alone, the story, the agency's disclaimer.
const barePage = `DIPLOMACY, EUROPE
Lithuania, Poland agree to pool air defences on NATO's eastern flank
Joint command to be set up by autumn, says Lithuanian defence ministry
Ruta Kairyte and Marek Nowicki |14.03.2024 - Update : 15.03.2024
VILNIUS

Lithuania and Poland on Thursday agreed to pool their air defence systems under a joint command, the two countries' defence ministers said after talks in Vilnius.

The Lithuanian minister said the plan would be put to NATO allies at a meeting in Brussels next month.

Anadolu Agency reported earlier that the talks had been planned since January.

The agency's website shows only a portion of its stories; this sentence stays.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.
`

// A city and date on their own line, the story on the next, no blank
// line between.
const cityDateLine = `Bulgaria sets snap election for June
SOFIA, March 3
Bulgaria's president on Monday set a snap parliamentary election for June 9, the sixth in three years, after talks on a new government failed.
The caretaker cabinet will be sworn in on Friday.
`

// A dateline with an agency alone on its line.
const agencyAloneLine = `Turkish, Greek ministers meet on migration
ANKARA (AA) -
Turkish and Greek interior ministers met on Tuesday to discuss irregular migration across the Aegean, officials said.

They agreed to meet again in Athens.
`

// No headline: the city line opens the text.
const cityNoHeadline = `ROME

Italy's government on Wednesday approved a decree to speed up the return of migrants whose asylum claims are rejected, officials said.

The opposition said it would challenge the decree in court.
`

// A label in capitals over a headline that reads like a sentence: no
// dateline.
const labelOverHeadline = `Opinion pieces
Peace talks stall again
ANALYSIS
Negotiators from both sides left the talks on Friday without a date for the next round, diplomats said.

A ceasefire is still holding in the south.
`

// A city in ordinary case alone on its line: a dateline only when a
// gazetteer knows the city.
const titleCity = `Spain recalls envoy over remarks
Madrid

Spain on Sunday recalled its ambassador for consultations after remarks by a foreign leader about the prime minister's wife, the foreign ministry said.

The ministry demanded a public apology.
`

func TestCleanBareDateline(t *testing.T) {
	plain, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	withPlaces, err := New(Options{Places: testGazetteer})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		cl          *Cleaner
		in          string
		headline    string
		subheadline string
		place       string
		agency      string
		dlText      string
		paras       []string // expected paragraph prefixes (nil: not checked)
		metaDate    string
	}{
		{"agency page with a bare city line", plain, barePage,
			"Lithuania, Poland agree to pool air defences on NATO's eastern flank",
			"Joint command to be set up by autumn, says Lithuanian defence ministry",
			"VILNIUS", "", "VILNIUS",
			[]string{"Lithuania and Poland on Thursday agreed", "The Lithuanian minister said",
				"Anadolu Agency reported earlier", "The agency's website shows only a portion"},
			"2024-03-14"},
		{"city and date line", plain, cityDateLine, "Bulgaria sets snap election for June", "",
			"SOFIA", "", "SOFIA, March 3",
			[]string{"Bulgaria's president on Monday set", "The caretaker cabinet"}, ""},
		{"agency dateline alone", plain, agencyAloneLine, "Turkish, Greek ministers meet on migration", "",
			"ANKARA", "AA", "ANKARA (AA) -",
			[]string{"Turkish and Greek interior ministers", "They agreed to meet again"}, ""},
		{"city line without headline", plain, cityNoHeadline, "", "", "ROME", "", "ROME",
			[]string{"Italy's government on Wednesday", "The opposition said"}, ""},
		{"label is no dateline", plain, labelOverHeadline, "Peace talks stall again", "", "", "", "",
			nil, ""},
		{"city in ordinary case, gazetteer", withPlaces, titleCity, "Spain recalls envoy over remarks", "",
			"Madrid", "", "Madrid",
			[]string{"Spain on Sunday recalled", "The ministry demanded"}, ""},
		{"city in ordinary case, no gazetteer", plain, titleCity, "Spain recalls envoy over remarks", "",
			"", "", "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := tt.cl.Clean(context.Background(), dateline.Raw{Source: "x.txt", Format: "text", Bytes: []byte(tt.in)})
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			if a.Headline != tt.headline {
				t.Errorf("headline %q, want %q", a.Headline, tt.headline)
			}
			if a.Subheadline != tt.subheadline {
				t.Errorf("subheadline %q, want %q", a.Subheadline, tt.subheadline)
			}
			if tt.place == "" {
				if a.Dateline != nil {
					t.Errorf("dateline %+v, want none", a.Dateline)
				}
			} else if a.Dateline == nil || a.Dateline.Place != tt.place || a.Dateline.Agency != tt.agency || a.Dateline.Text != tt.dlText {
				t.Errorf("dateline %+v, want %q %q %q", a.Dateline, tt.place, tt.agency, tt.dlText)
			}
			if tt.paras != nil && len(a.Paragraphs) != len(tt.paras) {
				t.Fatalf("%d paragraphs, want %d:\n%s", len(a.Paragraphs), len(tt.paras), a.Body)
			}
			for i, p := range tt.paras {
				if got := a.SpanText(a.Paragraphs[i]); !strings.HasPrefix(got, p) {
					t.Errorf("paragraph %d = %q, want prefix %q", i, got, p)
				}
			}
			if tt.paras == nil && !strings.Contains(a.Body, "said.") {
				t.Errorf("the story is lost from the body:\n%s", a.Body)
			}
			if got := a.MetaDate.String(); got != tt.metaDate {
				t.Errorf("meta date %q, want %q", got, tt.metaDate)
			}
		})
	}
}

// TestCleanJSONBareDateline checks a bare city paragraph at the start of a
// JSON record's text (the path HTML pages take too).
func TestCleanJSONBareDateline(t *testing.T) {
	tests := []struct {
		name, text, place string
		first             string
	}{
		{"city paragraph", "BEIRUT\n\nLebanon's parliament on Thursday failed for the twelfth time to elect a president, the speaker's office said.\n\nThe next session was not set.",
			"BEIRUT", "Lebanon's parliament on Thursday"},
		{"label paragraph", "WORLD NEWS\n\nLebanon's parliament on Thursday failed for the twelfth time to elect a president, the speaker's office said.",
			"", "Lebanon's parliament on Thursday"},
		{"city before a short line", "BEIRUT\n\nParliament fails again\n\nThe next session was not set.",
			"", "BEIRUT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean(dateline.Raw{Source: "x.jsonl#1", Format: "json", Title: "Lebanon fails to elect president", Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			got := ""
			if a.Dateline != nil {
				got = a.Dateline.Place
			}
			if got != tt.place {
				t.Errorf("dateline place %q, want %q", got, tt.place)
			}
			if !strings.HasPrefix(a.Body, tt.first) {
				t.Errorf("body starts %q, want %q", head(a.Body, 60), tt.first)
			}
		})
	}
}

func TestDateStampWithByline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ruta Kairyte and Marek Nowicki |14.03.2024 - Update : 15.03.2024", "2024-03-14"},
		{"Jane Doe | 5 September 2018", "2018-09-05"},
		{"5 September 2018 | Jane Doe, John Roe", "2018-09-05"},
		{"World | 5 September 2018", ""},
		{"Talks resumed today | 5 September 2018", ""},
		{"Jane Doe | Moscow", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, _ := dateStamp(tt.in)
			if d.String() != tt.want {
				t.Errorf("dateStamp(%q) = %q, want %q", tt.in, d.String(), tt.want)
			}
		})
	}
}

func FuzzBareDateline(f *testing.F) {
	for _, s := range []string{"MADRID", "KYIV, Ukraine", "MADRID, June 28", "Madrid", "ST. PETERSBURG -",
		"RIO de JANEIRO", "VILNIUS, 3 March 2024", "POLITICS", "", "Ä, Ö", "MADRID, June 31"} {
		f.Add(s)
	}
	known := func(name string) bool { return strings.EqualFold(name, "madrid") }
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := bareDateline(s, known)
		if !ok {
			return
		}
		trimmed := strings.TrimSpace(s)
		if d.Place == "" || !strings.HasPrefix(trimmed, d.Text) || !strings.HasPrefix(d.Text, d.Place) {
			t.Fatalf("bareDateline(%q) = %+v: place and text must be prefixes of the line", s, d)
		}
		if d.Agency != "" || d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 || (d.Month == 0) != (d.Day == 0) {
			t.Fatalf("bareDateline(%q) = %+v: bad agency or date", s, d)
		}
	})
}

func TestCityDateline(t *testing.T) {
	cities := fakeGazetteer{"new delhi": "city", "kuala lumpur": "city", "islamabad": "city", "rabat": "city",
		"jackson": "city", "police": "city", "ukraine": "country"}
	known := func(name string) bool {
		loc, ok := cities.Lookup(name, "")
		return ok && loc.Kind == "city"
	}
	story := " The Supreme Court on Thursday reserved its verdict on the petitions."
	tests := []struct {
		name, in, place, text string
	}{
		{"caps and colon", "NEW DELHI:" + story, "NEW DELHI", "NEW DELHI:"},
		{"caps one word and colon", "ISLAMABAD:" + story, "ISLAMABAD", "ISLAMABAD:"},
		{"two words in ordinary case and colon", "Kuala Lumpur:" + story, "Kuala Lumpur", "Kuala Lumpur:"},
		{"ordinary case and dash", "Rabat -" + story, "Rabat", "Rabat -"},
		{"caps and dash", "RABAT —" + story, "RABAT", "RABAT —"},
		// no dateline
		{"one word in ordinary case and colon", "Islamabad:" + story, "Islamabad", "Islamabad:"},
		{"one word in ordinary case, colon and a quotation: a speaker", "Jackson: \"We will appeal against the ruling in the high court,\" she said.", "", ""},
		{"one word in ordinary case, colon and a headline: a speaker", "Jackson: Court ruling will be appealed", "", ""},
		{"a word the gazetteer knows as a town", "POLICE:" + story, "", ""},
		{"a country", "Ukraine:" + story, "", ""},
		{"an unknown word", "UPDATES:" + story, "", ""},
		{"a headline after the colon", "NEW DELHI: Court reserves verdict on poll bonds", "", ""},
		{"lower case after the dash", "Rabat - the capital - is quiet today, officials said on Monday.", "", ""},
		{"a colon touching the story", "NEW DELHI:The Supreme Court on Thursday reserved its verdict on the petitions.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, rest, ok := cityDateline(tt.in, known)
			if !ok {
				if tt.place != "" {
					t.Fatalf("cityDateline(%q): none, want %q", tt.in, tt.place)
				}
				return
			}
			if tt.place == "" {
				t.Fatalf("cityDateline(%q) = %+v, want none", tt.in, d)
			}
			if d.Place != tt.place || d.Text != tt.text || !strings.HasPrefix(tt.in[rest:], "The Supreme Court") {
				t.Errorf("got %+v rest %q, want %q %q", d, tt.in[rest:], tt.place, tt.text)
			}
		})
	}
	if _, _, ok := cityDateline("NEW DELHI:"+story, nil); ok {
		t.Error("a dateline without a gazetteer")
	}
}

func TestCleanCityDateline(t *testing.T) {
	cl, err := New(Options{Places: fakeGazetteer{"kuala lumpur": "city"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ in, headline string }{
		{"Anwar: Malaysia ready to host summit\nKUALA LUMPUR: Prime Minister Anwar Ibrahim said on Wednesday (Feb 14) that Malaysia was ready to host the summit.\n\nHe spoke after a cabinet meeting.\n",
			"Anwar: Malaysia ready to host summit"},
		// no headline: the dateline's paragraph opens the story
		{"KUALA LUMPUR: Prime Minister Anwar Ibrahim said on Wednesday that Malaysia was ready to host the summit.\n\nHe spoke after a cabinet meeting.\n", ""},
	} {
		a, err := cl.Clean(context.Background(), dateline.Raw{Source: "x.txt", Format: "text", Bytes: []byte(tt.in)})
		if err != nil {
			t.Fatal(err)
		}
		if a.Headline != tt.headline || a.Dateline == nil || a.Dateline.Place != "KUALA LUMPUR" ||
			!strings.HasPrefix(a.Body, "Prime Minister Anwar Ibrahim") {
			t.Errorf("headline %q dateline %+v body %q", a.Headline, a.Dateline, head(a.Body, 40))
		}
	}
}
