package actors

import (
	"testing"

	"github.com/dateline-news/dateline"
)

// TestNationalBodies checks that a state's body the KB does not know, named
// as a proper name without a country, takes the dateline's country and the
// sector its head noun gives, and that other bodies do not.
func TestNationalBodies(t *testing.T) {
	k := bundled(t)
	tests := []struct {
		name, place, body, mention string
		want                       string // "country|sector" of the mention's entity
	}{
		{"an electoral council", "CARACAS",
			"The National Electoral Council said Maduro won 51% of the vote.",
			"National Electoral Council", "VEN|GOV"},
		{"a supreme court", "CARACAS",
			"The Supreme Court on Tuesday rejected the appeal.",
			"Supreme Court", "VEN|JUD"},
		{"a constitutional council", "DAKAR",
			"The Constitutional Council ruled that the vote must go ahead.",
			"Constitutional Council", "SEN|GOV"},
		{"a national assembly", "CARACAS",
			"The National Assembly called a special session on Monday.",
			"National Assembly", "VEN|LEG"},
		{"a ministry named with of", "KINSHASA",
			"The Ministry of Mines said exports would resume.",
			"Ministry of Mines", "COD|GOV"},
		{"a ministry named by its portfolio", "CARACAS",
			"The Interior Ministry said 40 people had been arrested.",
			"Interior Ministry", "VEN|GOV"},
		{"a central bank", "CARACAS",
			"The Central Bank said reserves were stable.",
			"Central Bank", "VEN|GOV"},
		{"a department named with of", "MANILA",
			"The Department of Foreign Affairs (DFA) said in a statement that the shoal was Philippine territory.",
			"Department of Foreign Affairs", "PHL|GOV"},
		{"a presidential regiment", "OUAGADOUGOU",
			"Soldiers of the Regiment of Presidential Security burst into a cabinet meeting on Wednesday.",
			"Regiment of Presidential Security", "BFA|MIL"},
		{"a prosecutor's office", "BERN",
			"The Federal Prosecutor's Office said it had opened a criminal case against the two men.",
			"Federal Prosecutor's Office", "CHE|JUD"},
		{"a presidential office", "SEOUL",
			"The Presidential Office said the summit would go ahead.",
			"Presidential Office", "KOR|GOV"},
		{"an office with no national word is not taken", "BERN",
			"The Press Office of the club said the match would be replayed.",
			"Press Office", "|"},
		{"a department with no national word is not taken", "MANILA",
			"The Marketing Department of Ayala Land said sales rose.",
			"Marketing Department", "|"},
		{"a sentence opening on a capital sets the body's country", "QUITO",
			"In Bogotá, the National Police said computers seized at the camp showed contacts.",
			"National Police", "COL|COP"},
		{"no dateline, no country", "",
			"The National Electoral Council said Maduro won 51% of the vote.",
			"National Electoral Council", "|"},
		{"an international body is no state's", "GENEVA",
			"The International Trade Commission said the duties would stand.",
			"International Trade Commission", "|"},
		{"a party's committee is no state body", "WASHINGTON",
			"The Democratic Steering Committee met on Monday.",
			"Democratic Steering Committee", "|"},
		{"a council with no national word is not taken", "CARACAS",
			"The Caracas Chamber of Commerce Council said shops would reopen.",
			"Caracas Chamber of Commerce Council", "|"},
		{"a body named with its country keeps it", "CARACAS",
			"Colombia's Constitutional Court ruled on Monday.",
			"Colombia's Constitutional Court", "COL|JUD"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			if tc.place != "" {
				a.Dateline = &dateline.Dateline{Place: tc.place}
			}
			runStage(t, k, a)
			e := mentionOf(a, tc.mention, 0)
			if e == nil {
				if tc.want != "|" {
					t.Fatalf("no entity has a mention %q: %v", tc.mention, a.Entities)
				}
				return
			}
			if got := e.Country + "|" + e.Sector; got != tc.want && !(tc.want == "|" && e.Country == "") {
				t.Errorf("%q is %q, want %q", tc.mention, got, tc.want)
			}
		})
	}
}

// TestDescribedBodies checks that a body the KB does not know, named after
// a group noun ("the civil society movement Faso Debout") or before
// "party" ("the opposition New Path party"), is a body, with the
// sector the words give, and that a party or civic body takes the scene's
// or dateline's country.
func TestDescribedBodies(t *testing.T) {
	k := bundled(t)
	tests := []struct {
		name, place, body, mention string
		want                       string // "country|sector" of the mention's entity; "" for no entity
	}{
		{"a civic movement named after its noun", "OUAGADOUGOU",
			"The civil society movement Faso Debout called on Burkinabe to stay at home.",
			"Faso Debout", "BFA|SOC"},
		{"a youth movement of one word", "MOSCOW",
			"Around 100 activists of the youth movement Vperyod picketed the embassy on Friday.",
			"Vperyod", "RUS|SOC"},
		{"an opposition party named before 'party', in a scene", "SKOPJE",
			"In Athens, the opposition New Path party said the deal gave away Greek history.",
			"New Path", "GRC|OPP"},
		{"a rebel group is a group, not placed by the dateline", "BAMAKO",
			"The rebel group Siyo Bakira attacked the town on Sunday.",
			"Siyo Bakira", "|REB"},
		{"a weekday after a group noun is no name", "BAMAKO",
			"The group Friday said it would return.",
			"Friday", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			a.Dateline = &dateline.Dateline{Place: tc.place}
			runStage(t, k, a)
			e := mentionOf(a, tc.mention, 0)
			if e == nil {
				if tc.want != "" {
					t.Fatalf("no entity has a mention %q: %v", tc.mention, a.Entities)
				}
				return
			}
			if got := e.Country + "|" + e.Sector; got != tc.want {
				t.Errorf("%q is %q, want %q", tc.mention, got, tc.want)
			}
		})
	}
}
