// Package text is the pipe's sentence and token stage: it splits the
// headline, the subheadline and every body paragraph into sentences with
// byte offsets, and each sentence into tokens, optionally tagged with Penn
// Treebank part-of-speech tags.
//
// Sentences are found by a rule splitter written for wire copy (see
// splitSentences): it knows titles ("Mr.", "Gen."), months ("Sept. 12"),
// initials ("J.R.R."), initialisms ("U.S."), quotation marks and ellipses.
// Tokens and tags come from prose v3 (github.com/jdkato/prose/v3), whose
// tokenizer keeps offsets into the source; the tags are those of prose's
// perceptron tagger, computed faster by Tagger. Sentences never cross
// paragraphs.
package text

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tokenize"

	"github.com/dateline-news/dateline"
)

// Options configures the stage.
type Options struct {
	// POS tags every token with a Penn Treebank tag. Without it tokens are
	// still produced, with an empty Tag.
	POS bool
}

// Stage splits an article's fields into sentences and tokens. It is safe for
// concurrent use on different articles.
type Stage struct {
	opts      Options
	tokenizer *tokenize.Tokenizer
	tagger    *Tagger
	// split finds sentence spans in one paragraph; swappable in tests to
	// compare with prose's punkt segmenter.
	split func(string) []span
}

// New builds the stage; loading the tagger model happens here, once.
func New(opts Options) (*Stage, error) {
	s := &Stage{
		opts:      opts,
		tokenizer: newTokenizer(),
		split:     splitSentences,
	}
	if opts.POS {
		t, err := NewTagger()
		if err != nil {
			return nil, err
		}
		s.tagger = t
	}
	return s, nil
}

// Name is the stage's name in the pipe.
func (s *Stage) Name() string { return "text" }

// Run fills a.Sentences: the headline's sentences, the subheadline's, then
// each body paragraph's, in text order. When a.Paragraphs is empty but the
// body is not, the paragraphs are first found from the blank lines of the
// body and stored in a.Paragraphs. Any earlier sentences are replaced.
func (s *Stage) Run(ctx context.Context, a *dateline.Article) error {
	a.Sentences = a.Sentences[:0]
	s.field(a, dateline.InHeadline, a.Headline, 0, -1)
	s.field(a, dateline.InSubheadline, a.Subheadline, 0, -1)
	if len(a.Paragraphs) == 0 && strings.TrimSpace(a.Body) != "" {
		a.Paragraphs = Paragraphs(a.Body)
	}
	for i, p := range a.Paragraphs {
		if i%16 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if p.Start < 0 || p.End > len(a.Body) || p.Start > p.End {
			return fmt.Errorf("text: paragraph %d span [%d,%d) outside the body (%d bytes)", i, p.Start, p.End, len(a.Body))
		}
		s.field(a, dateline.InBody, a.Body[p.Start:p.End], p.Start, i)
	}
	return nil
}

// field appends the sentences of text, which starts at byte base of field f.
func (s *Stage) field(a *dateline.Article, f dateline.Field, text string, base, para int) {
	if strings.TrimSpace(text) == "" {
		return
	}
	for _, sp := range s.split(text) {
		sent := dateline.Sentence{
			Span: dateline.Span{Field: f, Start: base + sp.start, End: base + sp.end},
			Para: para,
		}
		sent.Tokens = s.tokens(text[sp.start:sp.end], base+sp.start)
		a.Sentences = append(a.Sentences, sent)
	}
}

// tokens tokenizes one sentence starting at byte base of its field.
func (s *Stage) tokens(sentence string, base int) []dateline.Token {
	toks := s.tokenizer.Tokenize(sentence)
	out := make([]dateline.Token, len(toks))
	for i, t := range toks {
		out[i] = dateline.Token{Start: base + t.Start, End: base + t.End()}
	}
	if s.tagger != nil {
		// The tagger was trained on Penn Treebank text: show it the
		// treebank forms of quotes, dashes and ellipses. Offsets were
		// taken above, so rewriting Text is safe.
		for i := range toks {
			toks[i].Text = treebankForm(sentence, toks[i])
		}
		s.tagger.TagTokens(toks)
		for i, t := range toks {
			out[i].Tag = t.Tag
		}
	}
	return out
}

// Sentences splits one paragraph of text into sentences and returns their
// byte spans [start, end) in text. It is the splitter Run uses, exposed for
// callers that have text outside an Article.
func Sentences(text string) [][2]int {
	sp := splitSentences(text)
	out := make([][2]int, len(sp))
	for i, x := range sp {
		out[i] = [2]int{x.start, x.end}
	}
	return out
}

// Paragraphs returns the spans of the paragraphs of a body whose paragraphs
// are separated by blank lines, trimmed of surrounding white space.
func Paragraphs(body string) []dateline.Span {
	var out []dateline.Span
	i := 0
	for i < len(body) {
		j := strings.Index(body[i:], "\n\n")
		end := len(body)
		if j >= 0 {
			end = i + j
		}
		if sp, ok := trim(body, i, end); ok {
			out = append(out, dateline.Span{Field: dateline.InBody, Start: sp.start, End: sp.end})
		}
		if j < 0 {
			break
		}
		i = end + 2
	}
	return out
}

// treebankForm returns the Penn Treebank spelling of a token for tagging.
func treebankForm(sentence string, t tokenize.Token) string {
	switch t.Text {
	case "“", "‘", "«", "„":
		return "``"
	case "”", "’", "»":
		return "''"
	case `"`, "'":
		if t.Start == 0 {
			return "``"
		}
		r, _ := utf8.DecodeLastRuneInString(sentence[:t.Start])
		if unicode.IsSpace(r) || isOpener(r) || r == '—' || r == '–' {
			return "``"
		}
		return "''"
	case "…":
		return "..."
	case "—", "–":
		return "--"
	}
	if strings.ContainsRune(t.Text, '’') {
		return strings.ReplaceAll(t.Text, "’", "'")
	}
	return t.Text
}

// newTokenizer is prose's tokenizer with our abbreviations kept whole and
// ellipses, dashes and guillemets split off.
func newTokenizer() *tokenize.Tokenizer {
	return tokenize.New(
		tokenize.UsingPrefixes([]string{"$", "(", `"`, "[", "“", "‘", "«", "—", "–", "…", "'"}),
		tokenize.UsingSuffixes([]string{"...", "…", ",", ")", `"`, "]", "!", ";", ".", "?", ":", "'", "”", "’", "»", "—", "–"}),
		tokenize.UsingSpecialTest(func(w string) bool {
			if !strings.HasSuffix(w, ".") || len(w) < 2 {
				return false
			}
			core := w[:len(w)-1]
			if abbrevs[strings.ToLower(core)] != notAbbrev {
				return true
			}
			return isInitialism(core)
		}),
	)
}
