package quotes

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestTrainFilter learns the quote filter's weights (an averaged perceptron)
// from a PolNeAR-style folder: every candidate the stage finds with the
// filter off is labelled by whether its words match an annotated
// attribution (Dice >= 0.5, or a run of words inside one, as the scorer
// counts them). Only feature weights are written, no text. It runs when
// QUOTES_TRAIN names the folder and QUOTES_FILTER_OUT the weights file:
//
//	QUOTES_TRAIN=/work/shared/data/polnear/train QUOTES_FILTER_OUT=data/lexicon/quote-filter.tsv go test -run TrainFilter ./internal/quotes/
func TestTrainFilter(t *testing.T) {
	dir, out := os.Getenv("QUOTES_TRAIN"), os.Getenv("QUOTES_FILTER_OUT")
	if dir == "" || out == "" {
		t.Skip("QUOTES_TRAIN and QUOTES_FILTER_OUT not set")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no training data: %v", err)
	}
	gold := map[string][][]string{}
	gf, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(gf)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d struct {
			Doc          string `json:"doc"`
			Attributions []struct {
				Content string `json:"content"`
			} `json:"attributions"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		for _, a := range d.Attributions {
			gold[d.Doc] = append(gold[d.Doc], scoreWords(a.Content))
		}
	}
	gf.Close()

	st, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	type example struct {
		feats []string
		y     float64
	}
	var data []example
	var cur [][]string
	st.keepFeatures = func(f *found) {
		w := scoreWords(f.q.Text)
		y := -1.0
		for _, g := range cur {
			if scoreDice(w, g) >= 0.5 || (len(w) >= 3 && strings.Contains(" "+strings.Join(g, " ")+" ", " "+strings.Join(w, " ")+" ")) {
				y = 1
				break
			}
		}
		data = append(data, example{f.feats, y})
	}
	files, _ := filepath.Glob(filepath.Join(dir, "docs", "*.txt"))
	for _, fn := range files {
		b, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		cur = gold[strings.TrimSuffix(filepath.Base(fn), ".txt")]
		a := plainArticle(string(b))
		if err := st.Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	// averaged perceptron
	w, acc := map[string]float64{}, map[string]float64{}
	rng := rand.New(rand.NewPCG(1, 2))
	c := 1.0
	pos := 0
	for _, e := range data {
		if e.y > 0 {
			pos++
		}
	}
	for epoch := 0; epoch < 10; epoch++ {
		rng.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
		for _, e := range data {
			s := 0.0
			for _, f := range e.feats {
				s += w[f]
			}
			if s*e.y <= 0 {
				for _, f := range e.feats {
					w[f] += e.y
					acc[f] += c * e.y
				}
			}
			c++
		}
	}
	var keys []string
	for f := range w {
		if v := w[f] - acc[f]/c; v > 0.00005 || v < -0.00005 {
			keys = append(keys, f)
		}
	}
	sort.Strings(keys)
	var sb strings.Builder
	fmt.Fprintf(&sb, "# Weights of the quote filter in internal/quotes: an averaged perceptron over\n")
	fmt.Fprintf(&sb, "# features of candidate quotes (how they were read, cue, speaker kind, length,\n")
	fmt.Fprintf(&sb, "# first word class, final punctuation). With quotes.Options{Filter}, a candidate\n")
	fmt.Fprintf(&sb, "# scoring below filterMargin (filter.go) is dropped.\n")
	fmt.Fprintf(&sb, "# Learnt by TestTrainFilter from PolNeAR train (%d candidates, %d matching an\n", len(data), pos)
	fmt.Fprintf(&sb, "# annotated attribution); only weights are kept, no text. feature<TAB>weight\n")
	for _, f := range keys {
		fmt.Fprintf(&sb, "%s\t%.4f\n", f, w[f]-acc[f]/c)
	}
	if err := os.WriteFile(out, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d candidates, %d positive, %d weights", len(data), pos, len(keys))
}

var scoreWordRE = regexp.MustCompile(`[\p{L}\p{N}_']+`)

func scoreWords(s string) []string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(strings.ToLower(s))
	return scoreWordRE.FindAllString(s, -1)
}

func scoreDice(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := map[string]int{}
	for _, w := range a {
		n[w]++
	}
	common := 0
	for _, w := range b {
		if n[w] > 0 {
			n[w]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}
