package actors

import (
	"testing"

	"github.com/dateline-news/dateline"
)

// TestAliasOpensLongerName checks that a one-word KB alias of a person
// followed by a capitalised word the KB does not know ("Moussa" of Amr
// Moussa in "Moussa Kanoute") opens a longer name of someone else, as a
// KB surname after an unknown word already ends one.
func TestAliasOpensLongerName(t *testing.T) {
	k := bundled(t)
	tests := []struct {
		name, body  string
		mention     string // a mention of the entity looked up
		want, notKB string // the entity's name; a KB id it must not have
	}{
		{"a trader quoted by his full name",
			"\"Prices keep going up and nobody listens,\" said Moussa Kanoute, a trader at the main market in Niamey.",
			"Moussa Kanoute", "Moussa Kanoute", "amr-moussa"},
		{"the alias alone is still the KB person",
			"Arab League chief Amr Moussa arrived in Cairo on Monday. Moussa said the talks would go on.",
			"Moussa", "Amr Moussa", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			a.Dateline = &dateline.Dateline{Place: "NIAMEY"}
			runStage(t, k, a)
			e := mentionOf(a, tc.mention, 0)
			if e == nil {
				for _, x := range a.Entities {
					t.Logf("entity %q kb=%q mentions %v", x.Name, x.KBID, x.Mentions)
				}
				t.Fatalf("no entity has a mention %q", tc.mention)
			}
			if e.Name != tc.want || tc.notKB != "" && e.KBID == tc.notKB {
				t.Errorf("%q is %q (kb %q), want %q", tc.mention, e.Name, e.KBID, tc.want)
			}
		})
	}
}
