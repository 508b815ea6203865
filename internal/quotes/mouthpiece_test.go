package quotes_test

import (
	"strings"
	"testing"
)

// TestMouthpieceAndCoordinatedCue checks two wire constructions: a body
// that speaks "through" a spokesperson (the words begin after the
// mouthpiece and its name, at "that"), and "It warned that …, and said that
// …", where the body named before says the second clause too.
func TestMouthpieceAndCoordinatedCue(t *testing.T) {
	cases := []struct {
		name, text   string
		words, whose string // the quote's text must begin with words; whose ends the speaker's name ("" = any)
	}{
		{"through a named spokeswoman",
			"Visit off\n\nOSLO (Wire) — The Norwegian Foreign Ministry said through its chief spokeswoman, Kari Lund, that the trip had been put off.",
			"the trip had been put off", "Foreign Ministry"},
		{"through a lawyer",
			"Appeal\n\nLAGOS (Wire) — The former governor said through his lawyer that he would appeal the ruling.",
			"he would appeal the ruling", ""},
		{"a second cue after and, the body's",
			"Border\n\nSANTIAGO (Wire) — The Chilean Interior Ministry said on Monday that the border crossings would stay shut. It warned that smugglers were using the mountain passes, and said that patrols would be doubled from next week.",
			"patrols would be doubled from next week", "Interior Ministry"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := process(t, c.text)
			for _, q := range a.Quotes {
				if strings.Contains(q.Text, c.words) {
					if !strings.HasPrefix(q.Text, c.words) {
						t.Errorf("quote %q should begin %q", q.Text, c.words)
					}
					if c.whose != "" && !strings.HasSuffix(q.Speaker.Name, c.whose) {
						t.Errorf("%q: speaker %q (mention %q), want %q", q.Text, q.Speaker.Name, q.Speaker.Mention, c.whose)
					}
					return
				}
			}
			t.Errorf("no quote %q; have:", c.words)
			for _, q := range a.Quotes {
				t.Logf("  %q (%s)", q.Text, q.Speaker.Name)
			}
		})
	}
}
