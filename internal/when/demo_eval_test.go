//go:build demoeval

// The demo evaluation runs the real ingest, clean, text and actors stages
// over the bundled demo corpus and compares the resolved dates with the
// gold in testdata/demo-gold.json. It is a development harness (it reaches
// across packages), built only with -tags demoeval:
//
//	go test -tags demoeval -run TestDemoDates -v ./internal/when/
package when

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/actors"
	"github.com/dateline-news/dateline/internal/clean"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/kb"
	"github.com/dateline-news/dateline/internal/text"
)

func TestDemoDates(t *testing.T) {
	ctx := context.Background()
	b, err := os.ReadFile("../../testdata/demo-gold.json")
	if err != nil {
		t.Skip(err)
	}
	var gold []struct {
		ID        string  `json:"id"`
		Published *string `json:"published"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, g := range gold {
		if g.Published != nil {
			want[g.ID] = *g.Published
		} else {
			want[g.ID] = ""
		}
	}
	k, err := kb.Load(ctx, kb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cl, _ := clean.New(clean.Options{})
	tx, _ := text.New(text.Options{POS: true})
	act, err := actors.New(k)
	if err != nil {
		t.Fatal(err)
	}
	wh, _ := New(Options{Titles: k.CanonicalTitle})
	right, n := 0, 0
	err = ingest.Walk(ctx, []string{"../../data/demo"}, ingest.Options{}, func(r dateline.Raw) error {
		id := strings.TrimSuffix(filepath.Base(r.Source), filepath.Ext(filepath.Base(r.Source)))
		if i := strings.Index(id, "."); i > 0 {
			id = id[:i]
		}
		w, ok := want[id]
		if !ok {
			return nil
		}
		a, err := cl.Clean(ctx, r)
		if err != nil {
			t.Errorf("%s: %v", r.Source, err)
			return nil
		}
		for _, st := range []dateline.Stage{tx, act, wh} {
			if err := st.Run(ctx, a); err != nil {
				t.Errorf("%s: %s: %v", r.Source, st.Name(), err)
				return nil
			}
		}
		n++
		if a.Published.String() == w {
			right++
			t.Logf("ok   %-34s %-10s %s", id, w, a.PublishedBasis)
			return nil
		}
		var clues []string
		for _, c := range roleClues(a, k.CanonicalTitle) {
			var rs []string
			for _, r := range c.roles {
				rs = append(rs, r.Title+" "+r.Start.String()+".."+r.End.String())
			}
			clues = append(clues, strings.Join(rs, " | "))
		}
		wd, _ := firstWeekday(a)
		t.Logf("FAIL %-34s got %q (%s) want %q; weekday %d; roles %q", id, a.Published.String(), a.PublishedBasis, w, wd, clues)
		return nil
	}, func(err error) { t.Errorf("ingest: %v", err) })
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d of %d dates right", right, n)
}
