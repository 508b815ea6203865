package actors

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/kb"
	"github.com/dateline-news/dateline/internal/places"
)

// TestPloverCountryRecall measures, over the PLOVER dev sentences in
// ../shared/data/plover/dev (skipped when absent), how many of the gold
// source and target countries are among the countries of the entities the
// stage finds in each sentence. DATELINE_PLOVER_MISSES=1 logs the misses,
// DATELINE_PLOVER_EXTRA=1 the countries found that the gold does not name.
func TestPloverCountryRecall(t *testing.T) {
	dir := os.Getenv("DATELINE_PLOVER_DEV")
	if dir == "" {
		dir = "../../../shared/data/plover/dev"
	}
	if _, err := os.Stat(filepath.Join(dir, "gold.jsonl")); err != nil {
		t.Skip("no PLOVER dev set:", err)
	}
	k, err := kb.Load(context.Background(), kb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := places.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, withPlaces := range []bool{false, true} {
		var opts []Option
		if withPlaces {
			opts = append(opts, WithPlaces(gaz))
		}
		t.Logf("with the gazetteer: %v", withPlaces)
		recall := ploverRecall(t, dir, k, opts...)
		if recall < 0.5 {
			t.Errorf("recall %.3f below 0.5", recall)
		}
	}
}

func ploverRecall(t *testing.T, dir string, k *kb.KB, opts ...Option) float64 {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := New(k, opts...)
	if err != nil {
		t.Fatal(err)
	}
	var gold, found, predicted, extra, docs int
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec struct {
			Doc    string   `json:"doc"`
			Source []string `json:"source"`
			Target []string `json:"target"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "docs", rec.Doc+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		a := article("", strings.TrimSpace(string(b)))
		if err := st.Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		docs++
		pred := map[string]bool{}
		for _, e := range a.Entities {
			if e.Country != "" {
				pred[e.Country] = true
			}
		}
		want := map[string]bool{}
		for _, c := range append(rec.Source, rec.Target...) {
			want[c] = true
		}
		var missed []string
		for c := range want {
			gold++
			if pred[c] {
				found++
			} else {
				missed = append(missed, c)
			}
		}
		for c := range pred {
			predicted++
			if !want[c] {
				extra++
			}
		}
		var wrong []string
		for c := range pred {
			if !want[c] {
				wrong = append(wrong, c)
			}
		}
		if len(wrong) > 0 && os.Getenv("DATELINE_PLOVER_EXTRA") != "" {
			sort.Strings(wrong)
			var ents []string
			for _, e := range a.Entities {
				ents = append(ents, e.Name+"="+e.Country)
			}
			t.Logf("%s: not in gold %v (gold %v); found %v\n    %s", rec.Doc, wrong, append(rec.Source, rec.Target...), ents, a.Body)
		}
		if len(missed) > 0 && os.Getenv("DATELINE_PLOVER_MISSES") != "" {
			sort.Strings(missed)
			var ents []string
			for _, e := range a.Entities {
				ents = append(ents, e.Name+"="+e.Country)
			}
			t.Logf("%s: missed %v; found %v\n    %s", rec.Doc, missed, ents, a.Body)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	recall := float64(found) / float64(gold)
	t.Logf("PLOVER dev: %d sentences, gold countries %d, found %d, recall %.3f; predicted countries %d, not in gold %d (%.3f)",
		docs, gold, found, recall, predicted, extra, float64(extra)/float64(predicted))
	return recall
}
