package actors

import (
	"strings"
	"testing"
)

// TestPlaceNameTail checks that a capital's name ending a longer town name
// joined by a particle ("Mocímboa da Praia") is not that capital: the town
// names no state, and no entity of the capital's country is made.
func TestPlaceNameTail(t *testing.T) {
	k := bundled(t)
	tests := []struct {
		name, body string
		noCountry  string // an entity of this country must not appear
		want       string // "Name|country" that must appear, if any
	}{
		{"a Mozambican port town", "Insurgents attacked the port of Mocímboa da Praia again on Friday.", "CPV", ""},
		{"a Brazilian beach town", "Two boats sank off Baía da Praia on Sunday, the coastguard said.", "CPV", ""},
		{"the capital itself stays", "The minister flew to Praia on Monday for talks.", "", "Praia|CPV"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			runStage(t, k, a)
			var got []string
			found := tc.want == ""
			for _, e := range a.Entities {
				got = append(got, e.Name+"|"+e.Country)
				if tc.noCountry != "" && e.Country == tc.noCountry {
					t.Errorf("entity %s|%s made from a longer town name", e.Name, e.Country)
				}
				if e.Name+"|"+e.Country == tc.want {
					found = true
				}
			}
			if !found {
				t.Errorf("no entity %q in %s", tc.want, strings.Join(got, ", "))
			}
		})
	}
}
