package actors

import (
	"strings"
	"testing"
)

// TestPronounGender checks that a pronoun gives its gender only to the one
// person who can be its antecedent, and never against a given name, an
// honorific or a gendered title.
func TestPronounGender(t *testing.T) {
	k := bundled(t)
	tests := []struct {
		name, body, person, want string
	}{
		{"a woman's given name wins over a pronoun meant for another",
			"Defence lawyer Paul Otieno called the ruling unjust. Chief Justice Martha Koome read the verdict. He said the court had ignored the evidence.",
			"Martha Koome", "f"},
		{"a pronoun after two people named gives neither a gender",
			"Opposition leader Juma Otieno met Chief Justice Wanjala Koome on Monday. He said the talks were useful.",
			"Wanjala Koome", ""},
		{"a pronoun after two people gives the first none either",
			"Opposition leader Juma Otieno met Chief Justice Wanjala Koome on Monday. He said the talks were useful.",
			"Juma Otieno", ""},
		{"another person named the sentence before keeps the pronoun ambiguous",
			"Lawyer Juma Otieno filed the appeal on Friday. Chief Justice Wanjala Koome read the verdict. He said the ruling was unjust.",
			"Wanjala Koome", ""},
		{"the one person named: the pronoun is that person's",
			"Chief Justice Wanjala Koome read the verdict on Monday. She said the court had weighed all the evidence.",
			"Wanjala Koome", "f"},
		{"the one person named, a possessive in the same sentence",
			"Wanjala Koome, a lawyer in Nairobi, said his client would appeal.",
			"Wanjala Koome", "m"},
		{"an honorific wins over a pronoun",
			"Ms Wanjala Koome read the verdict. He said the court had weighed the evidence.",
			"Wanjala Koome", "f"},
		{"a gendered title wins over a pronoun",
			"Court spokesman Wanjala Koome read the statement. She said the verdict was final.",
			"Wanjala Koome", "m"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			runStage(t, k, a)
			for _, e := range a.Entities {
				if e.Name == tc.person || strings.HasSuffix(e.Name, " "+tc.person) {
					if e.Gender != tc.want {
						t.Errorf("%s: gender %q, want %q", tc.person, e.Gender, tc.want)
					}
					return
				}
			}
			t.Errorf("no %s in %v", tc.person, a.Entities)
		})
	}
}
