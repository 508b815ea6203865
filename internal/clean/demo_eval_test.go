//go:build demoeval

// The demo evaluation checks the cleaner against the demo corpus gold
// (headline, dateline, text the body must and must not contain). A
// development harness, built only with -tags demoeval:
//
//	go test -tags demoeval -run TestDemoGold -v ./internal/clean/
package clean

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/ingest"
)

func TestDemoGold(t *testing.T) {
	ctx := context.Background()
	var gold []struct {
		ID          string  `json:"id"`
		Headline    *string `json:"headline"`
		Subheadline *string `json:"subheadline"`
		Dateline    *struct {
			Place  string  `json:"place"`
			Agency *string `json:"agency"`
		} `json:"dateline"`
		Must    []string `json:"body_must_contain"`
		MustNot []string `json:"body_must_not_contain"`
	}
	b, err := os.ReadFile("../../testdata/demo-gold.json")
	if err != nil {
		t.Skip(err)
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	byID := map[string]int{}
	for i, g := range gold {
		byID[g.ID] = i
	}
	c, _ := New(Options{})
	bad, n := 0, 0
	ingest.Walk(ctx, []string{"../../data/demo"}, ingest.Options{}, func(r dateline.Raw) error {
		base := filepath.Base(r.Source)
		id := base[:strings.IndexAny(base, ".")]
		i, ok := byID[id]
		if !ok || strings.Contains(r.Source, "#") && !strings.HasSuffix(r.Source, "#3") {
			return nil
		}
		g := gold[i]
		a, err := c.Clean(ctx, r)
		if err != nil {
			t.Errorf("%s: %v", id, err)
			return nil
		}
		n++
		var probs []string
		if g.Headline != nil && a.Headline != *g.Headline {
			probs = append(probs, "headline "+a.Headline)
		}
		if g.Subheadline != nil && a.Subheadline != *g.Subheadline {
			probs = append(probs, "subheadline "+a.Subheadline)
		}
		if g.Dateline != nil {
			ag := ""
			if g.Dateline.Agency != nil {
				ag = *g.Dateline.Agency
			}
			if a.Dateline == nil || a.Dateline.Place != g.Dateline.Place || a.Dateline.Agency != ag {
				probs = append(probs, "dateline")
			}
		}
		for _, s := range g.Must {
			if !strings.Contains(a.Body, s) {
				probs = append(probs, "missing "+s)
			}
		}
		for _, s := range g.MustNot {
			if strings.Contains(a.Body, s) {
				probs = append(probs, "has "+s)
			}
		}
		if len(probs) > 0 {
			bad++
			t.Logf("FAIL %s: %q", id, probs)
		}
		return nil
	}, func(err error) { t.Error(err) })
	t.Logf("%d of %d articles clean as the gold says", n-bad, n)
}
