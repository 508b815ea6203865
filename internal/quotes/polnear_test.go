package quotes

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
)

// TestPolNeARHarness writes contract-shaped JSON Lines for a PolNeAR-style
// folder of plain-text documents, for ../shared/eval/score.py quotes. It runs
// only when QUOTES_EVAL names the folder (holding docs/) and QUOTES_OUT the
// output file:
//
//	QUOTES_EVAL=/work/shared/data/polnear/dev QUOTES_OUT=/tmp/q.jsonl go test -run PolNeAR ./internal/quotes/
func TestPolNeARHarness(t *testing.T) {
	dir, out := os.Getenv("QUOTES_EVAL"), os.Getenv("QUOTES_OUT")
	if dir == "" || out == "" {
		t.Skip("QUOTES_EVAL and QUOTES_OUT not set")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no evaluation data: %v", err)
	}
	st, err := New(Options{Beliefs: os.Getenv("QUOTES_BELIEFS") != ""})
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "docs", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	enc := json.NewEncoder(w)
	for _, fn := range files {
		b, err := os.ReadFile(fn)
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
		type spk struct {
			Name    *string `json:"name"`
			Mention string  `json:"mention"`
		}
		type q struct {
			Text    string `json:"text"`
			Kind    string `json:"kind"`
			In      string `json:"in"`
			Speaker spk    `json:"speaker"`
			Cue     string `json:"cue"`
			Parent  *int   `json:"parent"`
		}
		rec := struct {
			Source string `json:"source"`
			Quotes []q    `json:"quotes"`
		}{Source: filepath.Base(fn), Quotes: []q{}}
		for _, x := range a.Quotes {
			var name *string
			if x.Speaker.Name != "" {
				n := x.Speaker.Name
				name = &n
			}
			var parent *int
			if x.Parent >= 0 {
				p := x.Parent
				parent = &p
			}
			rec.Quotes = append(rec.Quotes, q{Text: x.Text, Kind: x.Kind, In: string(x.Field), Speaker: spk{name, x.Speaker.Mention}, Cue: x.Cue, Parent: parent})
		}
		if err := enc.Encode(rec); err != nil {
			t.Fatal(err)
		}
	}
}

// plainArticle builds an article from plain text: the first line is the
// headline, paragraphs are separated by blank lines.
func plainArticle(s string) *dateline.Article {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	a := &dateline.Article{}
	head, rest, _ := strings.Cut(s, "\n")
	a.Headline = strings.TrimSpace(head)
	var paras []string
	for _, p := range strings.Split(rest, "\n\n") {
		p = strings.TrimSpace(strings.ReplaceAll(p, "\n", " "))
		if p != "" {
			paras = append(paras, p)
		}
	}
	a.Body = strings.Join(paras, "\n\n")
	off := 0
	for _, p := range paras {
		a.Paragraphs = append(a.Paragraphs, dateline.Span{Field: dateline.InBody, Start: off, End: off + len(p)})
		off += len(p) + 2
	}
	return a
}
