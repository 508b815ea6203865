package quotes_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/pipeline"
)

// TestDemoGold runs the whole pipe over the demo corpus's plain-text
// articles and checks the quotes against testdata/demo-gold.json: a quote is
// found when its words overlap a gold quote's (Dice >= 0.5, as the scorer
// does), and its speaker is right when the resolved name ends with the gold
// name's last word.
func TestDemoGold(t *testing.T) {
	b, err := os.ReadFile("../../testdata/demo-gold.json")
	if err != nil {
		t.Skipf("no demo gold: %v", err)
	}
	var gold []struct {
		ID     string `json:"id"`
		Quotes []struct {
			Text     string   `json:"text"`
			Speaker  []string `json:"speaker"`
			Optional bool     `json:"optional"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	p, err := pipeline.New(ctx, pipeline.Options{})
	if err != nil {
		t.Skipf("pipeline unavailable: %v", err)
	}
	var want, found, speaker, pred, predHit int
	for _, g := range gold {
		fn := filepath.Join("../../data/demo", g.ID+".txt")
		raw, err := os.ReadFile(fn)
		if err != nil {
			continue // HTML and JSON Lines records are checked elsewhere
		}
		a, err := p.Process(ctx, dateline.Raw{Source: fn, Format: "text", Bytes: raw})
		if err != nil {
			t.Fatalf("%s: %v", fn, err)
		}
		used := map[int]bool{}
		for _, q := range g.Quotes {
			if q.Optional {
				continue
			}
			want++
			best, bestScore := -1, 0.5
			for j, pq := range a.Quotes {
				if s := dice(q.Text, pq.Text); s >= bestScore && !used[j] {
					best, bestScore = j, s
				}
			}
			if best < 0 {
				t.Logf("%s: missed %q", g.ID, q.Text)
				continue
			}
			used[best] = true
			found++
			if nameOK(q.Speaker, a.Quotes[best].Speaker.Name) {
				speaker++
			} else {
				t.Logf("%s: %q by %q, want %q", g.ID, q.Text, a.Quotes[best].Speaker.Name, q.Speaker)
			}
		}
		for j, pq := range a.Quotes {
			pred++
			if used[j] {
				predHit++
				continue
			}
			for _, q := range g.Quotes {
				if dice(q.Text, pq.Text) >= 0.5 || strings.Contains(norm(q.Text), norm(pq.Text)) {
					predHit++
					break
				}
			}
		}
	}
	if want == 0 {
		t.Skip("no plain-text demo articles with gold quotes")
	}
	r, s, prec := float64(found)/float64(want), float64(speaker)/float64(want), float64(predHit)/float64(pred)
	t.Logf("demo quotes: recall %.3f (%d/%d), speaker right %.3f, precision %.3f (%d/%d)", r, found, want, s, prec, predHit, pred)
	if r < 0.85 || prec < 0.85 || s < 0.6 {
		t.Errorf("demo quotes: recall %.3f, precision %.3f, speaker %.3f; want >= 0.85, 0.85, 0.6", r, prec, s)
	}
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}']+`)

func words(s string) []string {
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(strings.ToLower(s))
	return wordRE.FindAllString(s, -1)
}

func norm(s string) string { return " " + strings.Join(words(s), " ") + " " }

func dice(a, b string) float64 {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, w := range wa {
		count[w]++
	}
	common := 0
	for _, w := range wb {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(wa)+len(wb))
}

func nameOK(golds []string, name string) bool {
	nw := words(name)
	if len(nw) == 0 {
		return false
	}
	for _, g := range golds {
		gw := words(g)
		if len(gw) > 0 && gw[len(gw)-1] == nw[len(nw)-1] {
			return true
		}
	}
	return false
}
