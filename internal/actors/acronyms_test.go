package actors

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
)

// mentionOf returns the entity that holds a mention whose text is mention,
// from the first character at or after offset from in the body, or nil.
func mentionOf(a *dateline.Article, mention string, from int) *dateline.Entity {
	for i := range a.Entities {
		for _, m := range a.Entities[i].Mentions {
			if m.Field == dateline.InBody && m.Text == mention && m.Start >= from {
				return &a.Entities[i]
			}
		}
	}
	return nil
}

// TestAcronymDefinition checks that an acronym the article defines after a
// body's name ("The National Electoral Council (CNE)") names that body
// later, and that bracketed capitals defining nothing are left alone.
func TestAcronymDefinition(t *testing.T) {
	k := bundled(t)
	tests := []struct {
		name, body string
		later      string // the later use, looked up after the definition's sentence
		want       string // the name of the entity the later use joins; "" for none
	}{
		{"a bracketed acronym in another language's order",
			"The National Electoral Council (CNE), which is controlled by Maduro loyalists, said Maduro won. Brazil urged the CNE to release the vote counts.",
			"CNE", "National Electoral Council"},
		{"a possessive use",
			"The National Electoral Council (CNE) said Maduro won. The CNE's president said the data would follow.",
			"CNE", "National Electoral Council"},
		{"initials in order",
			"The Movement for Democratic Change (MDC) said it would appeal. MDC officials filed the papers on Monday.",
			"MDC", "Movement for Democratic Change"},
		{"known as",
			"The Front for National Renewal, known as FNR, said it would boycott the vote. Police raided the offices of the FNR on Friday.",
			"FNR", "Front for National Renewal"},
		{"a party tag after a person defines nothing",
			"Senator Jane Doe (JD) said the vote was fair. JD later left the room.",
			"JD", ""},
		{"an agency's credit defines nothing",
			"The National Electoral Council (AFP) said Maduro won. AFP later reported that the data was missing.",
			"AFP", "Agence France-Presse"}, // the KB's agency, not the council
		{"capitals that do not abbreviate the name define nothing",
			"The National Electoral Council (XYZ) said Maduro won. XYZ later reported that the data was missing.",
			"XYZ", ""},
		{"a story tag defines nothing",
			"The National Electoral Council (PHOTO) said Maduro won. PHOTO later showed the crowd.",
			"PHOTO", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			a.Dateline = &dateline.Dateline{Place: "CARACAS"}
			runStage(t, k, a)
			from := strings.Index(tc.body, ". ") + 2
			e := mentionOf(a, tc.later, from)
			got := ""
			if e != nil {
				got = e.Name
			}
			if got != tc.want {
				t.Errorf("later %q joins %q, want %q", tc.later, got, tc.want)
			}
		})
	}
}

func TestAcronymShape(t *testing.T) {
	tests := []struct {
		acr, name string
		want      bool
	}{
		{"CNE", "National Electoral Council", true},
		{"INEC", "Independent National Electoral Commission", true},
		{"AfD", "Alternative for Germany", true},
		{"USAID", "U.S. Agency for International Development", true},
		{"M23", "March 23 Movement", true},
		{"R", "Republican Party", false},
		{"Reuters", "National Electoral Council", false},
		{"D-Calif.", "Democratic Party", false},
		{"XYZ", "National Electoral Council", false},
		{"CNE", "Council", false},
	}
	for _, tc := range tests {
		if got := acronymShape(tc.acr) && abbreviates(tc.acr, tc.name); got != tc.want {
			t.Errorf("%q for %q = %v, want %v", tc.acr, tc.name, got, tc.want)
		}
	}
}
