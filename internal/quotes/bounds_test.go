package quotes_test

import (
	"strings"
	"testing"
)

// TestQuoteBounds checks, over the whole pipe, where indirect words begin
// and end, and who is given as their speaker: each quote wanted must be
// found with exactly its text and a speaker whose name ends with name, and
// no quote may hold the words of not.
func TestQuoteBounds(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []said
		not  []string
	}{
		{"an appositive after a trailing 'according to' source is no words",
			"Airspace shut\n\nBAMAKO (Wire) - The army closed the airspace to foreign airliners on Monday, according to a bulletin issued by ASECNA, the regional air safety agency.",
			[]said{{"The army closed the airspace to foreign airliners on Monday", "ASECNA"}},
			[]string{"the regional air safety agency"}},
		{"a list of issuers after a trailing 'according to' is no words",
			"Deal\n\nBEIJING (Wire) - Egypt and Turkey have agreed to exchange ambassadors, according to a joint statement released by Egypt, Turkey and China in Beijing on Monday.",
			[]said{{"Egypt and Turkey have agreed to exchange ambassadors", ""}},
			[]string{"Turkey and China in Beijing"}},
		{"but words after a fronted 'according to' source are told",
			"Toll\n\nKYIV (Wire) - In the south, according to regional officials, four people were wounded overnight.",
			[]said{{"four people were wounded overnight", "officials"}},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := process(t, c.text)
			for _, w := range c.want {
				found := false
				for _, q := range a.Quotes {
					if q.Text == w.text && strings.HasSuffix(q.Speaker.Name, w.name) {
						found = true
					}
				}
				if !found {
					for _, q := range a.Quotes {
						t.Logf("got %s %q by %q (%q) cue %q", q.Kind, q.Text, q.Speaker.Mention, q.Speaker.Name, q.Cue)
					}
					t.Errorf("no quote %q by %q", w.text, w.name)
				}
			}
			for _, q := range a.Quotes {
				for _, n := range c.not {
					if strings.Contains(q.Text, n) {
						t.Errorf("unexpected quote %q (%s, cue %q)", q.Text, q.Speaker.Name, q.Cue)
					}
				}
			}
		})
	}
}
