package actors

import (
	"testing"

	"github.com/dateline-news/dateline"
)

// TestBareBodyNounStaysHome checks which entity a bare "the government" or
// "the authorities" joins when a foreign body of that kind was named
// before: in a sentence that names an actor of the dateline's country and
// none of another, it does not cross countries into an earlier paragraph.
func TestBareBodyNounStaysHome(t *testing.T) {
	k := bundled(t)
	tests := []struct {
		name, place string
		paras       []string
		mention     string // the bare noun's text; its last mention is checked
		want        string // country of its entity, "-" for no entity
		notWith     string // a mention that must not share its entity
	}{
		{"a domestic party's call is on the dateline's government", "BERLIN",
			[]string{
				"Prosecutors said the Russian authorities had refused to help with the inquiry.",
				"Chancellor Olaf Scholz said the matter was serious.",
				"The opposition Greens called on the government to do more.",
			},
			"government", "DEU", "Russian authorities"},
		{"a domestic speaker's government is not a foreign one of another paragraph", "PARIS",
			[]string{
				"The Iranian government denied any role in the attack on the tanker.",
				"Investigators were still examining the wreckage on Thursday.",
				"French shipping firms said the government had promised more patrols.",
			},
			"government", "FRA", "Iranian government"},
		{"with no domestic actor the foreign body of another paragraph is kept", "PARIS",
			[]string{
				"The Iranian government denied any role in the attack on the tanker.",
				"Investigators were still examining the wreckage on Thursday.",
				"Shipping firms said the government had promised more patrols.",
			},
			"government", "IRN", ""},
		{"a foreign body named in the same paragraph is still joined", "PARIS",
			[]string{
				"The Iranian government denied any role in the attack. The government said the tanker had strayed into its waters.",
			},
			"government", "IRN", ""},
		{"the dateline's own body is joined across paragraphs", "ANKARA",
			[]string{
				"The Turkish government said it would reopen the border crossing.",
				"Aid groups welcomed the step.",
				"Officials said the government would review the decision in a month.",
			},
			"government", "TUR", ""},
		{"a sentence naming another country keeps a same-paragraph body", "BERLIN",
			[]string{
				"Russian authorities denied the charge. Germany said the authorities had not cooperated with its inquiry.",
			},
			"authorities", "RUS", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.paras...)
			a.Dateline = &dateline.Dateline{Place: tc.place}
			runStage(t, k, a)
			got, owner := "-", -1
			for i, e := range a.Entities {
				for _, m := range e.Mentions {
					if m.Text == tc.mention {
						got, owner = e.Country, i
					}
				}
			}
			if got != tc.want {
				t.Errorf("%q is of %q, want %q", tc.mention, got, tc.want)
			}
			if tc.notWith == "" || owner < 0 {
				return
			}
			for _, m := range a.Entities[owner].Mentions {
				if m.Text == tc.notWith {
					t.Errorf("%q is joined to %q", tc.mention, tc.notWith)
				}
			}
		})
	}
}

// TestHistoricalDemonym checks that the demonym of a state that no longer
// exists names no country.
func TestHistoricalDemonym(t *testing.T) {
	k := bundled(t)
	for _, tc := range []struct{ place, body, forbidden string }{
		{"YEREVAN", "The two former Soviet republics fought a six-week war over the disputed region in 2020.", "RUS"},
		{"TBILISI", "Georgia was a Soviet republic until 1991, officials recalled on Friday.", "RUS"},
	} {
		t.Run(tc.body, func(t *testing.T) {
			a := article("", tc.body)
			a.Dateline = &dateline.Dateline{Place: tc.place}
			runStage(t, k, a)
			for _, e := range a.Entities {
				for _, m := range e.Mentions {
					if m.Text == "Soviet" {
						t.Errorf("%q is %s (%s)", m.Text, e.Name, e.Country)
					}
				}
				if e.Country == tc.forbidden {
					t.Errorf("unexpected entity %s (%s)", e.Name, e.Country)
				}
			}
		})
	}
}
