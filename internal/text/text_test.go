package text

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/segment"

	"github.com/dateline-news/dateline"
)

// mustArticle builds an article from the test article: the body's
// paragraphs are the file's blank-line separated blocks.
func mustArticle(tb testing.TB) *dateline.Article {
	tb.Helper()
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	body := strings.TrimSpace(string(b))
	return &dateline.Article{
		Headline:    "Russia vows to respond to new U.S. sanctions",
		Subheadline: "Lavrov says Moscow is ready. Talks set for Sept. 12 in doubt",
		Body:        body,
		Paragraphs:  Paragraphs(body),
	}
}

func TestRun(t *testing.T) {
	for _, pos := range []bool{false, true} {
		t.Run(fmt.Sprintf("POS=%v", pos), func(t *testing.T) {
			st, err := New(Options{POS: pos})
			if err != nil {
				t.Fatal(err)
			}
			a := mustArticle(t)
			if err := st.Run(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			checkSentences(t, a, pos)
			var head, sub, body int
			for _, s := range a.Sentences {
				switch s.Field {
				case dateline.InHeadline:
					head++
				case dateline.InSubheadline:
					sub++
				default:
					body++
				}
			}
			if head != 1 || sub != 2 {
				t.Errorf("headline %d sentences, subheadline %d; want 1 and 2", head, sub)
			}
			if body < 30 {
				t.Errorf("only %d body sentences", body)
			}
			// spot checks
			want := []string{
				`"We will respond.`,
				`We are ready for any scenario," Lavrov told reporters after a meeting with his Turkish counterpart, Mevlut Cavusoglu.`,
				`"Why now?" he asked.`,
				`"Most of these companies have no assets in the U.S.`,
				`The effect will be limited," said Maria Ivanova, an economist at a Moscow consultancy.`,
				`Gen. Valery Gerasimov, chief of the general staff, met U.S. Gen. Mark Milley in Helsinki in June, and both sides described that meeting as "useful."`,
			}
			have := map[string]bool{}
			for _, s := range a.Sentences {
				have[a.SpanText(s.Span)] = true
			}
			for _, w := range want {
				if !have[w] {
					t.Errorf("missing sentence %q", w)
				}
			}
			// run twice: replaces, does not append
			n := len(a.Sentences)
			if err := st.Run(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			if len(a.Sentences) != n {
				t.Errorf("second run gave %d sentences, first %d", len(a.Sentences), n)
			}
		})
	}
}

// checkSentences verifies the invariants every consumer relies on.
func checkSentences(t *testing.T, a *dateline.Article, pos bool) {
	t.Helper()
	prev := map[dateline.Field]int{}
	for i, s := range a.Sentences {
		txt := a.Text(s.Field)
		if s.Start < prev[s.Field] || s.End <= s.Start || s.End > len(txt) {
			t.Fatalf("sentence %d: bad span %+v", i, s.Span)
		}
		prev[s.Field] = s.End
		if s.Field == dateline.InBody {
			if s.Para < 0 || s.Para >= len(a.Paragraphs) || !a.Paragraphs[s.Para].Contains(s.Span) {
				t.Fatalf("sentence %d %q not inside its paragraph %d", i, a.SpanText(s.Span), s.Para)
			}
		} else if s.Para != -1 {
			t.Fatalf("sentence %d in %s has Para %d", i, s.Field, s.Para)
		}
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d has no tokens", i)
		}
		tp := s.Start
		for _, tok := range s.Tokens {
			if tok.Start < tp || tok.End <= tok.Start || tok.End > s.End {
				t.Fatalf("sentence %d: token [%d,%d) outside or out of order", i, tok.Start, tok.End)
			}
			if strings.TrimSpace(txt[tok.Start:tok.End]) == "" {
				t.Fatalf("sentence %d: blank token", i)
			}
			if pos != (tok.Tag != "") {
				t.Fatalf("sentence %d: token %q tag %q with POS=%v", i, txt[tok.Start:tok.End], tok.Tag, pos)
			}
			tp = tok.End
		}
	}
}

func TestTokens(t *testing.T) {
	st, err := New(Options{POS: true})
	if err != nil {
		t.Fatal(err)
	}
	a := &dateline.Article{Headline: `Mr. Lavrov said the U.S. "can't" win.`}
	if err := st.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tok := range a.Sentences[0].Tokens {
		got = append(got, a.Headline[tok.Start:tok.End]+"/"+tok.Tag)
	}
	want := "Mr./NNP Lavrov/NNP said/VBD the/DT U.S./NNP \"/`` ca/MD n't/RB \"/'' win/VB ./."
	if g := strings.Join(got, " "); g != want {
		t.Errorf("tokens\n got %s\nwant %s", g, want)
	}
}

func TestRunNoParagraphs(t *testing.T) {
	st, _ := New(Options{})
	a := &dateline.Article{Body: "First one. Second one.\n\nThird one."}
	if err := st.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 2 || len(a.Sentences) != 3 || a.Sentences[2].Para != 1 {
		t.Fatalf("paragraphs %v sentences %d", a.Paragraphs, len(a.Sentences))
	}
	a.Paragraphs = []dateline.Span{{Field: dateline.InBody, Start: 0, End: 999}}
	if err := st.Run(context.Background(), a); err == nil {
		t.Error("want an error for a paragraph outside the body")
	}
}

func TestParagraphs(t *testing.T) {
	body := "  One.\n\nTwo\nlines.\n\n\n\nThree.  "
	var got []string
	for _, p := range Paragraphs(body) {
		got = append(got, body[p.Start:p.End])
	}
	if strings.Join(got, "|") != "One.|Two\nlines.|Three." {
		t.Errorf("got %q", got)
	}
}

// TestCompareProse reports where prose's punkt segmenter and our splitter
// disagree on the test article (information only; run with -v).
func TestCompareProse(t *testing.T) {
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	a := mustArticle(t)
	ours, theirs := map[string]bool{}, map[string]bool{}
	var nOurs, nTheirs int
	for _, p := range a.Paragraphs {
		txt := a.Body[p.Start:p.End]
		for _, s := range splitSentences(txt) {
			ours[txt[s.start:s.end]] = true
			nOurs++
		}
		for _, s := range seg.Segment(txt) {
			theirs[s.Text] = true
			nTheirs++
		}
	}
	t.Logf("ours %d sentences, prose %d", nOurs, nTheirs)
	for s := range theirs {
		if !ours[s] {
			t.Logf("prose only: %q", s)
		}
	}
	for s := range ours {
		if !theirs[s] {
			t.Logf("ours only:  %q", s)
		}
	}
}

func BenchmarkRun(b *testing.B) {
	for _, pos := range []bool{false, true} {
		b.Run(fmt.Sprintf("POS=%v", pos), func(b *testing.B) {
			st, err := New(Options{POS: pos})
			if err != nil {
				b.Fatal(err)
			}
			a := mustArticle(b)
			b.ReportAllocs()
			for b.Loop() {
				if err := st.Run(context.Background(), a); err != nil {
					b.Fatal(err)
				}
			}
			if len(a.Sentences) < 30 {
				b.Fatalf("only %d sentences", len(a.Sentences))
			}
		})
	}
}

// BenchmarkSplit compares sentence splitting alone: our rules against prose's
// punkt segmenter, paragraph by paragraph on the test article.
func BenchmarkSplit(b *testing.B) {
	a := mustArticle(b)
	var paras []string
	for _, p := range a.Paragraphs {
		paras = append(paras, a.Body[p.Start:p.End])
	}
	b.Run("rules", func(b *testing.B) {
		for b.Loop() {
			for _, p := range paras {
				splitSentences(p)
			}
		}
	})
	b.Run("prose", func(b *testing.B) {
		seg, err := segment.New()
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			for _, p := range paras {
				seg.Segment(p)
			}
		}
	})
}

func ExampleSentences() {
	text := `He said: "We will respond. We are ready." The U.S. Embassy declined to comment.`
	for _, s := range Sentences(text) {
		fmt.Println(text[s[0]:s[1]])
	}
	// Output:
	// He said: "We will respond.
	// We are ready."
	// The U.S. Embassy declined to comment.
}
