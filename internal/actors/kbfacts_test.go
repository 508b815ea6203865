package actors

import (
	"testing"

	"github.com/dateline-news/dateline"
)

// TestKBFacts checks people and bodies the bundled KB holds by their
// country: the World Health Assembly is the WHO's, an envoy is of the
// state he serves.
func TestKBFacts(t *testing.T) {
	k := bundled(t)
	tests := []struct{ name, date, body, want string }{ // want: "Name|country"
		{"the WHO's assembly", "", "The World Health Assembly adopted the text without a vote on Tuesday.",
			"World Health Assembly|IGO"},
		{"an ambassador's country is the one he serves", "", "Ambassador Reuben Brigety met officials in Pretoria on Monday.",
			"Reuben Brigety|USA"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			if tc.date != "" {
				a.Published, _ = dateline.ParseDate(tc.date)
			}
			runStage(t, k, a)
			var got []string
			for _, e := range a.Entities {
				got = append(got, e.Name+"|"+e.Country)
				if e.Name+"|"+e.Country == tc.want {
					return
				}
			}
			t.Errorf("no entity %q in %v", tc.want, got)
		})
	}
}
