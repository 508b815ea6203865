package actors

import (
	"testing"
)

// TestDiplomaticPostsApart checks that a state's embassy, its consulate and
// its foreign ministry are three bodies, while two mentions of one of them
// are one.
func TestDiplomaticPostsApart(t *testing.T) {
	k := bundled(t)
	tests := []struct {
		name, body string
		a, b       string // mention texts
		same       bool
	}{
		{"embassy and consulate",
			"Washington ordered the closure of the Russian consulate in Seattle. The Russian embassy in Washington said it had received no notice.",
			"Russian consulate", "Russian embassy", false},
		{"consulate and embassy, the embassy first",
			"The Chinese embassy in Ottawa protested. Police guarded the Chinese consulate in Toronto.",
			"Chinese embassy", "Chinese consulate", false},
		{"embassy and foreign ministry",
			"The Russian embassy in London said it would respond. The Russian foreign ministry summoned the British envoy.",
			"Russian embassy", "Russian foreign ministry", false},
		{"the embassy named again",
			"The Russian embassy in London said it would respond. Later the embassy posted a statement.",
			"Russian embassy", "embassy", true},
		{"the consulate named again after an embassy",
			"The Russian embassy protested the closure of the Russian consulate in Seattle. The consulate had been open since 1994.",
			"Russian consulate", "consulate", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			runStage(t, k, a)
			ea, eb := -1, -1
			for i, e := range a.Entities {
				for _, m := range e.Mentions {
					switch m.Text {
					case tc.a:
						ea = i
					case tc.b:
						eb = i
					}
				}
			}
			if ea < 0 || eb < 0 {
				t.Fatalf("mentions %q (%d) and %q (%d) not both found: %v", tc.a, ea, tc.b, eb, a.Entities)
			}
			if (ea == eb) != tc.same {
				t.Errorf("%q and %q in one entity = %v, want %v (%v)", tc.a, tc.b, ea == eb, tc.same, a.Entities)
			}
		})
	}
}

// TestSubOffice checks that a body's office or service named after it in
// the possessive is a body of its own, of the parent's country and sector.
func TestSubOffice(t *testing.T) {
	k := bundled(t)
	tests := []struct{ name, body, want string }{ // want: name|country|sector
		{"an international body's office", "The UN's humanitarian office said aid deliveries had stopped.",
			"UN humanitarian office|IGO|GOV"},
		{"a metonym's press service", "The Kremlin's press service said the two leaders had spoken by telephone.",
			"Kremlin press service|RUS|GOV"},
		{"a ministry's press service", "The Russian Foreign Ministry's press service said it would reply.",
			"Russian Foreign Ministry press service|RUS|GOV"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			runStage(t, k, a)
			var got []string
			for _, e := range a.Entities {
				g := e.Name + "|" + e.Country + "|" + e.Sector
				if g == tc.want {
					return
				}
				got = append(got, g)
			}
			t.Errorf("no entity %q in %v", tc.want, got)
		})
	}
}
