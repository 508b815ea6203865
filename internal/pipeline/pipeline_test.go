package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/data"
	"github.com/dateline-news/dateline/internal/contract"
	"github.com/dateline-news/dateline/internal/ingest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

var (
	pipeOnce sync.Once
	pipe     *Pipeline
	pipeErr  error
)

func mustPipeline(tb testing.TB) *Pipeline {
	tb.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = New(context.Background(), Options{}) })
	if pipeErr != nil {
		tb.Fatal(pipeErr)
	}
	return pipe
}

// demoRaws reads the embedded demo corpus through the ingest readers, as the
// demo command does, with sources named data/demo/….
func demoRaws(tb testing.TB) []dateline.Raw {
	tb.Helper()
	dir := tb.TempDir()
	err := fs.WalkDir(data.FS, "demo", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Base(p) == "README.md" {
			return err
		}
		b, err := data.FS.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, path.Base(p)), b, 0o644)
	})
	if err != nil {
		tb.Fatal(err)
	}
	var raws []dateline.Raw
	err = ingest.Walk(context.Background(), []string{dir}, ingest.Options{}, func(r dateline.Raw) error {
		rel, _ := filepath.Rel(dir, r.Source)
		r.Source = "data/demo/" + filepath.ToSlash(rel)
		raws = append(raws, r)
		return nil
	}, func(err error) { tb.Errorf("demo corpus: %v", err) })
	if err != nil {
		tb.Fatal(err)
	}
	if len(raws) < 40 {
		tb.Fatalf("demo corpus has %d articles, want at least 40", len(raws))
	}
	return raws
}

func goldenName(source string) string {
	return strings.NewReplacer("/", "_", "#", "_").Replace(strings.TrimPrefix(source, "data/demo/")) + ".json"
}

// TestGolden runs the whole pipe over the demo corpus and compares each
// article's contract JSON with testdata/golden. Run with -update to accept.
func TestGolden(t *testing.T) {
	p := mustPipeline(t)
	for _, raw := range demoRaws(t) {
		t.Run(goldenName(raw.Source), func(t *testing.T) {
			a, err := p.Process(context.Background(), raw)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(contract.From(a, contract.Options{}), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			file := filepath.Join("testdata", "golden", goldenName(raw.Source))
			if *update {
				if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/pipeline -run TestGolden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file:\n%s\n(run with -update to accept)", file, firstDiff(want, got))
			}
		})
	}
}

// firstDiff shows the first differing line with a little context.
func firstDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  want: %s\n  got:  %s", i+1, w, g)
		}
	}
	return "(no line differs)"
}

// demoGold is the part of testdata/demo-gold.json (the team's hand-made gold,
// in the format ../shared/eval/score.py seeds reads) that fixes structure.
type demoGold struct {
	ID       string `json:"id"`
	Headline string `json:"headline"`
	Dateline struct {
		Place  *string `json:"place"`
		Agency *string `json:"agency"`
	} `json:"dateline"`
	Published *string `json:"published"`
}

// TestDemoStructure checks headline, dateline and published date of every demo
// article against the hand-made gold (issue 2: all of them right).
func TestDemoStructure(t *testing.T) {
	// demo-gold.json is keyed as score.py seeds keys outputs (base name
	// without extension); the feed's records, which that collapses, are
	// keyed feed.jsonl#N in demo-gold-feed.json.
	byID := map[string]demoGold{}
	for _, file := range []string{"demo-gold.json", "demo-gold-feed.json"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		var gold []demoGold
		if err := json.Unmarshal(b, &gold); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		for _, g := range gold {
			byID[g.ID] = g
		}
	}
	p := mustPipeline(t)
	norm := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
	deref := func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	}
	for _, raw := range demoRaws(t) {
		id := path.Base(raw.Source)
		g, ok := byID[id]
		if !ok {
			id = strings.TrimSuffix(id, path.Ext(id))
			g, ok = byID[id]
		}
		if !ok {
			t.Errorf("%s: no gold in testdata/demo-gold.json", raw.Source)
			continue
		}
		t.Run(id, func(t *testing.T) {
			a, err := p.Process(context.Background(), raw)
			if err != nil {
				t.Fatal(err)
			}
			if norm(a.Headline) != norm(g.Headline) {
				t.Errorf("headline = %q, want %q", a.Headline, g.Headline)
			}
			var place, agency string
			if a.Dateline != nil {
				place, agency = a.Dateline.Place, a.Dateline.Agency
			}
			if norm(place) != norm(deref(g.Dateline.Place)) || norm(agency) != norm(deref(g.Dateline.Agency)) {
				t.Errorf("dateline = %q/%q, want %q/%q", place, agency, deref(g.Dateline.Place), deref(g.Dateline.Agency))
			}
			if a.Published.String() != deref(g.Published) {
				t.Errorf("published = %q (%s), want %q", a.Published, a.PublishedBasis, deref(g.Published))
			}
		})
	}
}

// BenchmarkPipeline runs the whole pipe over the demo corpus on one core
// (-cpu 1); articles/s = 1e9 / (ns/op) * articles-per-op, reported as a metric.
func BenchmarkPipeline(b *testing.B) {
	p := mustPipeline(b)
	raws := demoRaws(b)
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		for _, r := range raws {
			if _, err := p.Process(ctx, r); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(raws)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// timed wraps a stage and adds up the time it takes.
type timed struct {
	dateline.Stage
	total *time.Duration
}

func (t timed) Run(ctx context.Context, a *dateline.Article) error {
	start := time.Now()
	err := t.Stage.Run(ctx, a)
	*t.total += time.Since(start)
	return err
}

// BenchmarkStages reports the time each stage takes per article over the demo
// corpus (metrics named <stage>-ns/article), and each stage's share of the
// whole pipe (for issue 3's "quotes add no more than 30%").
func BenchmarkStages(b *testing.B) {
	p := mustPipeline(b)
	raws := demoRaws(b)
	totals := make([]time.Duration, len(p.stages)+1)
	wrapped := make([]dateline.Stage, len(p.stages))
	for i, s := range p.stages {
		wrapped[i] = timed{s, &totals[i+1]}
	}
	clean := func(ctx context.Context, r dateline.Raw) (*dateline.Article, error) {
		start := time.Now()
		a, err := p.clean(ctx, r)
		totals[0] += time.Since(start)
		return a, err
	}
	q := Compose(clean, wrapped...)
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		for _, r := range raws {
			if _, err := q.Process(ctx, r); err != nil {
				b.Fatal(err)
			}
		}
	}
	n := float64(len(raws) * b.N)
	names := p.Stages()
	for i, d := range totals {
		b.ReportMetric(float64(d.Nanoseconds())/n, names[i]+"-ns/article")
	}
}
