package quotes

import (
	"context"
	"fmt"
	"os"
	"testing"
)

// TestDebugFile prints the quotes found in the plain-text file QUOTES_DEBUG.
func TestDebugFile(t *testing.T) {
	fn := os.Getenv("QUOTES_DEBUG")
	if fn == "" {
		t.Skip("QUOTES_DEBUG not set")
	}
	b, err := os.ReadFile(fn)
	if err != nil {
		t.Fatal(err)
	}
	st, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := plainArticle(string(b))
	if err := prepare(a); err != nil {
		t.Fatal(err)
	}
	if err := st.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	for i, q := range a.Quotes {
		fmt.Printf("%d %s [%s] spk=%q name=%q cue=%q parent=%d parts=%d\n   %s\n", i, q.Kind, q.Field, q.Speaker.Mention, q.Speaker.Name, q.Cue, q.Parent, len(q.Parts), q.Text)
	}
}
