package htmlx

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// TestArticlesDev runs Extract over a development set of HTML pages and
// scores the bodies the way the project's scorer does (word 4-gram
// precision and recall, averaged over pages). It runs only when
// DATELINE_ARTICLES_DEV names the set's directory (docs/ and gold.jsonl);
// DATELINE_ARTICLES_OUT, when set, receives JSON Lines {"source","body"};
// DATELINE_HTMLX_VARIANTS=1 also scores the alternative option sets.
func TestArticlesDev(t *testing.T) {
	dir := os.Getenv("DATELINE_ARTICLES_DEV")
	if dir == "" {
		t.Skip("DATELINE_ARTICLES_DEV not set")
	}
	gold := readGold(t, filepath.Join(dir, "gold.jsonl"))
	files, err := filepath.Glob(filepath.Join(dir, "docs", "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages in %s/docs: %v", dir, err)
	}
	sort.Strings(files)
	pages := make(map[string][]byte, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages[f] = b
	}

	variants := []struct {
		name string
		opt  options
	}{{"default", defaultOptions}}
	if os.Getenv("DATELINE_HTMLX_VARIANTS") != "" {
		v := func(name string, f func(*options)) {
			o := defaultOptions
			f(&o)
			variants = append(variants, struct {
				name string
				opt  options
			}{name, o})
		}
		v("balanced", func(o *options) { o.focus = trafilatura.Balanced })
		v("recall", func(o *options) { o.focus = trafilatura.FavorRecall })
		v("balanced-no-traf-fallback", func(o *options) { o.focus = trafilatura.Balanced; o.trafFallback = false })
		v("recall-no-traf-fallback", func(o *options) { o.focus = trafilatura.FavorRecall; o.trafFallback = false })
		v("precision-no-traf-fallback", func(o *options) { o.trafFallback = false })
		v("no-agree-trim", func(o *options) { o.agreeTrim = false })
		v("no-tables", func(o *options) { o.excludeTables = true })
		v("dedup", func(o *options) { o.deduplicate = true })
		v("no-readability", func(o *options) { o.readability = false })
		v("no-furniture-filter", func(o *options) { o.dropFurniture = false })
		v("no-title-drop", func(o *options) { o.dropTitleLines = false })
		v("min-chars-250", func(o *options) { o.minChars = 250 })
		v("min-chars-1000", func(o *options) { o.minChars = 1000 })
	}

	for _, v := range variants {
		var sumP, sumR float64
		var out *bufio.Writer
		if path := os.Getenv("DATELINE_ARTICLES_OUT"); path != "" && v.name == "default" {
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			out = bufio.NewWriter(f)
			defer out.Flush()
		}
		var report, meta []string
		start := time.Now()
		for _, f := range files {
			doc := strings.TrimSuffix(filepath.Base(f), ".html")
			g, ok := gold[doc]
			if !ok {
				continue
			}
			body := ""
			p, err := extract(context.Background(), pages[f], g.URL, v.opt)
			if err != nil {
				t.Logf("%s: %v", doc, err)
			} else {
				body = p.Body()
			}
			if err == nil && v.name == "default" {
				meta = append(meta, fmt.Sprintf("%s\t%s\t%s\t%s\t%q\t%q", doc[:8], p.Date, p.DateBasis, p.URL, p.Title, p.Subtitle))
			}
			if out != nil {
				line, _ := json.Marshal(map[string]string{"source": f, "body": body})
				out.Write(append(line, '\n'))
			}
			pr, rc := gramScore(g.Body, body)
			sumP += pr
			sumR += rc
			report = append(report, fmt.Sprintf("%.3f %.3f %s %s", pr, rc, doc[:12], g.URL))
		}
		el := time.Since(start)
		n := float64(len(files))
		p, r := sumP/n, sumR/n
		t.Logf("%-20s P=%.3f R=%.3f F1=%.3f  (%.1f ms/page)", v.name, p, r, 2*p*r/(p+r), float64(el.Milliseconds())/n)
		if path := os.Getenv("DATELINE_ARTICLES_REPORT"); path != "" && v.name == "default" {
			sort.Strings(report)
			os.WriteFile(path, []byte(strings.Join(report, "\n")+"\n"), 0o644)
			os.WriteFile(path+".meta", []byte(strings.Join(meta, "\n")+"\n"), 0o644)
		}
	}
}

type goldPage struct {
	Doc  string `json:"doc"`
	URL  string `json:"url"`
	Body string `json:"body"`
}

func readGold(t *testing.T, path string) map[string]goldPage {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]goldPage{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var g goldPage
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		out[g.Doc] = g
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// gramScore is the word 4-gram precision and recall of pred against gold.
func gramScore(gold, pred string) (p, r float64) {
	gg, pg := grams4(gold), grams4(pred)
	inter, np, ng := 0, 0, 0
	for k, n := range pg {
		np += n
		inter += min(n, gg[k])
	}
	for _, n := range gg {
		ng += n
	}
	if np > 0 {
		p = float64(inter) / float64(np)
	}
	if ng > 0 {
		r = float64(inter) / float64(ng)
	}
	return p, r
}

func grams4(s string) map[[4]string]int {
	toks := strings.Fields(s)
	m := map[[4]string]int{}
	for i := 0; i+4 <= len(toks); i++ {
		m[[4]string{toks[i], toks[i+1], toks[i+2], toks[i+3]}]++
	}
	return m
}
