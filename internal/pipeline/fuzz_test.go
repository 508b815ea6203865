package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
)

// FuzzProcess runs every stage over arbitrary text: an input may be refused
// with an error, but no stage may panic (Process turns a panic into an error
// naming its site, which this test treats as a failure).
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"Top stories\nLavrov: talks go on\n\nMOSCOW, May 4. /TASS/. \"We agree,\" Lavrov said on Tuesday.",
		"BEIRUT (AP) — Israeli jets struck targets in southern Lebanon, the army said. Hezbollah did not respond.",
		"\"Unclosed quote, he said\n\n«Nested „quote“» — Mr. A's and Mr. A's.",
		"WASHINGTON —\n\n\n,",
	} {
		f.Add(s)
	}
	p := mustPipeline(f)
	f.Fuzz(func(t *testing.T, s string) {
		_, err := p.Process(context.Background(), dateline.Raw{Source: "fuzz.txt", Format: "text", Bytes: []byte(s)})
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatal(err)
		}
	})
}
