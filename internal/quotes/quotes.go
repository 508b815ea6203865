// Package quotes finds the quotations of an article — direct, indirect and
// mixed — with their cue, their speaker (resolved to a named person or body
// where the article allows), their date, and the quotes nested inside them.
//
// The stage works on each paragraph of the headline, subheadline and body:
// it pairs quotation marks (see Pairs), reads the cue and speaker around each
// quoted passage, then reads indirect speech ("X said (that) Y", "Y, X said",
// "according to X, Y") from a lexicon of cues that the user can extend.
package quotes

import (
	"context"
	"fmt"
	"github.com/dateline-news/dateline/data"
	"sort"
	"strings"

	"github.com/dateline-news/dateline"
)

// Options configure the stage.
type Options struct {
	// CueFiles are extra cue lexicons in the format of the bundled
	// data/lexicon/cues.tsv; their lines override bundled cues of the same form.
	CueFiles []string
	// Beliefs keeps attributions whose cue is of class belief or report
	// (polls show, X believes, the paper reported), not only speech.
	Beliefs bool
	// Filter drops candidate quotes that a learnt linear model
	// (data/lexicon/quote-filter.tsv, trained on PolNeAR train) scores as
	// unlikely: a little more precision for a little less recall.
	Filter bool
}

// Stage is the quote extraction stage. It is safe for concurrent use.
type Stage struct {
	lx      lexicon
	beliefs bool
	filter  filterModel
	// keepFeatures, when set (by the filter's training), sees every quote
	// written with its features.
	keepFeatures func(*found)
}

// New loads the cue lexicons and builds the stage.
func New(opts Options) (*Stage, error) {
	lx, err := loadLexicon(opts.CueFiles)
	if err != nil {
		return nil, err
	}
	st := &Stage{lx: lx, beliefs: opts.Beliefs}
	if opts.Filter {
		m, err := loadFilter(data.FS, "lexicon/quote-filter.tsv")
		if err != nil {
			return nil, err
		}
		st.filter = m
	}
	return st, nil
}

// Name is the stage's name.
func (s *Stage) Name() string { return "quotes" }

// para is one paragraph of one field, tokenised.
type para struct {
	field dateline.Field
	idx   int // paragraph index in the field
	start int
	end   int
	toks  []tok
	pairs []Pair   // absolute offsets
	pt    [][4]int // per pair: opening mark token, first and end word tokens, closing mark token (-1 none)
	units [][2]int
}

// found is a quote being built, before it is written to the article.
type found struct {
	q       dateline.Quote
	para    *para
	unit    int
	cueTok  [2]int // token range of the cue, -1 when none
	spkTok  [2]int // token range of the speaker mention
	clause  [2]int // token range of the whole attribution clause
	pairs   []int  // quotation pairs of para it is made of (direct)
	extra   []extraPair
	inherit *found // the quote whose speaker this one carries over
	// participle: the cue is a participle ("…, adding that …") whose speaker
	// is the previous attribution's
	participle bool
	content    [2]int // token range of an indirect content
	origin     string // which reading found it, for the quote filter's features
	// ante is the antecedent of a relative speaker mention ("Nikki Haley"
	// of "Nikki Haley, who said"): the name is read from it
	ante     dateline.Span
	anteText string
	feats    []string // the filter's features
}

// nestedIndirect reads attributions nested inside indirect speech too, not
// only inside direct quotes.
const nestedIndirect = true

// Run finds the article's quotes and sets a.Quotes.
func (s *Stage) Run(ctx context.Context, a *dateline.Article) error {
	if a == nil {
		return fmt.Errorf("quotes: nil article")
	}
	a.Quotes = a.Quotes[:0]
	var paras []*para
	add := func(f dateline.Field, text string, spans []dateline.Span) {
		for i, sp := range spans {
			p := &para{field: f, idx: i, start: sp.Start, end: sp.End}
			p.toks = tokenize(text, sp.Start, sp.End)
			ps := Pairs(text[sp.Start:sp.End], f != dateline.InBody)
			for _, q := range ps {
				q.Open += sp.Start
				q.Start += sp.Start
				q.End += sp.Start
				if q.Close >= 0 {
					q.Close += sp.Start
				}
				p.pairs = append(p.pairs, q)
			}
			p.markTokens()
			p.units = splitUnits(p.toks)
			paras = append(paras, p)
		}
	}
	if a.Headline != "" {
		add(dateline.InHeadline, a.Headline, []dateline.Span{{Field: dateline.InHeadline, Start: 0, End: len(a.Headline)}})
	}
	if a.Subheadline != "" {
		add(dateline.InSubheadline, a.Subheadline, []dateline.Span{{Field: dateline.InSubheadline, Start: 0, End: len(a.Subheadline)}})
	}
	if a.Body != "" {
		add(dateline.InBody, a.Body, bodyParagraphs(a))
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("quotes: %w", err)
	}
	tagTokens(a, paras)

	var all []*found
	var prevBody *para
	for _, p := range paras {
		text := a.Text(p.field)
		// A quotation left open at the end of the previous paragraph and
		// re-opened at the start of this one continues it.
		if p.field == dateline.InBody && prevBody != nil && len(p.pairs) > 0 && len(prevBody.pairs) > 0 {
			last := prevBody.pairs[len(prevBody.pairs)-1]
			first := &p.pairs[0]
			if last.Close < 0 && first.Open == firstNonSpace(text, p.start, p.end) {
				first.Cont = true
			}
		}
		fs := s.paragraph(a, p, prevBody, all)
		all = append(all, fs...)
		if p.field == dateline.InBody {
			prevBody = p
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("quotes: %w", err)
		}
	}
	// Nested attribution: indirect speech inside a direct quote.
	parents := map[*found]*found{}
	out := make([]*found, 0, len(all))
	out = append(out, all...)
	read := map[nestKey]*found{} // the cues read already
	for _, f := range all {
		read[nestKey{f.para, f.cueTok}] = f
	}
	links := map[*found]*found{} // top-level quotes found inside another's words
	nest := func(f, n *found) {
		if g := read[nestKey{n.para, n.cueTok}]; g != nil {
			// "X told Y that Z, an official said": X's words, read
			// already, are inside the official's
			if g != f && links[g] == nil && f.q.Start < g.q.Start {
				links[g] = f
			}
			return
		}
		if firstPerson(firstWord(n.q.Speaker.Mention)) && n.q.Kind != dateline.Direct {
			// "I urge all sides to …", "We have said many times that
			// …" inside the speaker's words: the speaker's own, no
			// words of another told (but "I told him, 'Go home'" quotes)
			return
		}
		read[nestKey{n.para, n.cueTok}] = n
		parents[n] = f
		out = append(out, n)
	}
	for _, f := range all {
		if f.q.Kind != dateline.Direct {
			if nestedIndirect && f.content[1]-f.content[0] >= 6 && f.q.Field == dateline.InBody {
				// "Lavrov said Kerry had told him that Washington would
				// not recognize the vote": Kerry's words inside Lavrov's
				for _, n := range s.indirect(a, f.para, f.content[0], f.content[1], -1, nil) {
					nest(f, n)
				}
			}
			continue
		}
		for _, pi := range f.pairs {
			pr := f.para.pairs[pi]
			lo, hi := f.para.tokRange(pr.Start, pr.End)
			for _, n := range s.indirect(a, f.para, lo, hi, -1, nil) {
				nest(f, n)
			}
		}
	}
	fieldRank := map[dateline.Field]int{dateline.InHeadline: 0, dateline.InSubheadline: 1, dateline.InBody: 2}
	sort.SliceStable(out, func(i, j int) bool {
		fi, fj := fieldRank[out[i].q.Field], fieldRank[out[j].q.Field]
		if fi != fj {
			return fi < fj
		}
		return out[i].q.Start < out[j].q.Start
	})
	r := newResolver(s)
	for _, f := range out {
		if f.q.Kind == dateline.Direct {
			r.quoted = append(r.quoted, f.q.Parts...)
		}
	}
	for _, f := range out {
		var parent *found
		parent, r.nested = parents[f]
		r.resolve(a, f)
		r.noteStatement(f)
		if parent != nil && parent.q.Speaker.Name != "" && firstPerson(f.q.Speaker.Mention) {
			// "I told her …" inside X's words: X speaks
			f.q.Speaker.Name, f.q.Speaker.Entity = parent.q.Speaker.Name, parent.q.Speaker.Entity
		}
		f.q.Date = quoteDate(a, f)
		f.q.Sentence = sentenceAt(a, f.q.Span)
		f.q.Insertions = insertions(a, f)
	}
	namedAfterLead(a, out, parents)
	// the learnt filter drops unlikely candidates (and what they contain)
	dropped := map[*found]bool{}
	if len(s.filter) > 0 || s.keepFeatures != nil {
		for _, f := range out {
			_, nested := parents[f]
			f.feats = features(a, f, nested)
			if len(s.filter) > 0 && s.filter.score(f.feats) < filterMargin {
				dropped[f] = true
			}
		}
	}
	index := map[*found]int{}
	for _, f := range out {
		if dropped[f] || dropped[parents[f]] {
			continue
		}
		trimComma(a, &f.q)
		index[f] = len(a.Quotes)
		f.q.Parent = -1
		if p, ok := parents[f]; ok {
			f.q.Parent = index[p]
		} else if p, ok := index[links[f]]; ok {
			f.q.Parent = p
		}
		a.Quotes = append(a.Quotes, f.q)
		if s.keepFeatures != nil {
			s.keepFeatures(f)
		}
	}
	return nil
}

func firstNonSpace(s string, lo, hi int) int {
	for lo < hi && (s[lo] == ' ' || s[lo] == '\n' || s[lo] == '\t') {
		lo++
	}
	return lo
}

// bodyParagraphs returns the body's paragraph spans: Article.Paragraphs, or
// the body split on blank lines.
func bodyParagraphs(a *dateline.Article) []dateline.Span {
	if len(a.Paragraphs) > 0 {
		return a.Paragraphs
	}
	var out []dateline.Span
	start := 0
	for start < len(a.Body) {
		i := strings.Index(a.Body[start:], "\n\n")
		end := len(a.Body)
		if i >= 0 {
			end = start + i
		}
		lo, hi := start, end
		for lo < hi && (a.Body[lo] == '\n' || a.Body[lo] == ' ') {
			lo++
		}
		for hi > lo && (a.Body[hi-1] == '\n' || a.Body[hi-1] == ' ') {
			hi--
		}
		if hi > lo {
			out = append(out, dateline.Span{Field: dateline.InBody, Start: lo, End: hi})
		}
		if i < 0 {
			break
		}
		start = end + 2
	}
	return out
}

// markTokens notes which quotation pair covers each token, and which tokens
// are the marks themselves.
func (p *para) markTokens() {
	// pairs are ordered and do not overlap: one sweep
	k := 0
	for i := range p.toks {
		t := &p.toks[i]
		for k < len(p.pairs) && pairEnd(p.pairs[k]) <= t.start {
			k++
		}
		if k < len(p.pairs) {
			q := p.pairs[k]
			switch {
			case t.start == q.Open || (q.Close >= 0 && t.start == q.Close):
				t.mark = true
				t.quote = k
			case t.start >= q.Start && t.end <= q.End:
				t.quote = k
			}
		}
		if !t.mark && isQuoteMark(t.text) && t.text != "'" && t.text != "’" {
			t.mark = true
		}
	}
	// token positions of each pair's marks and words
	p.pt = make([][4]int, len(p.pairs))
	for k, q := range p.pairs {
		lo, hi := p.tokRange(q.Start, q.End)
		p.pt[k] = [4]int{-1, lo, hi, -1}
		_ = q
	}
	for i, t := range p.toks {
		if t.mark && t.quote >= 0 {
			q := p.pairs[t.quote]
			if t.start == q.Open {
				p.pt[t.quote][0] = i
			} else if t.start == q.Close {
				p.pt[t.quote][3] = i
			}
		}
	}
}

// pairEnd is the byte offset just past a pair (its closing mark, or its
// text when unclosed).
func pairEnd(q Pair) int {
	if q.Close >= 0 {
		return q.Close + 1
	}
	return q.End
}

// tokRange returns the token indexes [lo, hi) lying inside [start, end).
func (p *para) tokRange(start, end int) (int, int) {
	lo := sort.Search(len(p.toks), func(i int) bool { return p.toks[i].start >= start })
	hi := lo
	for hi < len(p.toks) && p.toks[hi].end <= end {
		hi++
	}
	return lo, hi
}

// splitUnits splits a paragraph's tokens into sentence-like units, never
// inside a quotation: [lo, hi) token ranges.
func splitUnits(toks []tok) [][2]int {
	var out [][2]int
	lo := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.quote >= 0 && !t.mark {
			continue
		}
		end := false
		switch t.text {
		case ".", "!", "?", "…", "...":
			end = true
		}
		// "… in the U.S. He says": an abbreviation's dot ends a sentence
		// when a usual sentence opener follows
		if strings.HasSuffix(t.text, ".") && len(t.text) > 2 && strings.Count(t.text, ".") > 1 && i+1 < len(toks) && toks[i+1].isCap() && sentenceOpeners[toks[i+1].low] {
			end = true
		}
		if t.mark && t.quote >= 0 && i > 0 {
			// closing mark right after sentence punctuation: “….” Next
			pt := toks[i-1].text
			if (pt == "." || pt == "!" || pt == "?" || pt == "…") && i+1 < len(toks) && toks[i+1].quote != t.quote {
				end = true
			}
		}
		if t.quote >= 0 && !t.mark {
			end = false
		}
		if !end {
			continue
		}
		j := i + 1
		// swallow a closing mark or bracket right after the punctuation
		for j < len(toks) && (toks[j].text == ")" || (toks[j].mark && toks[j].quote == t.quote && t.quote >= 0 && j == i+1 && false)) {
			j++
		}
		if j >= len(toks) {
			break
		}
		nt := toks[j]
		if nt.isCap() || nt.mark || (nt.isWord() && nt.text[0] >= '0' && nt.text[0] <= '9') {
			out = append(out, [2]int{lo, j})
			lo = j
		}
	}
	if lo < len(toks) {
		out = append(out, [2]int{lo, len(toks)})
	}
	return out
}

func (p *para) unitOf(i int) int {
	k := sort.Search(len(p.units), func(k int) bool { return p.units[k][1] > i })
	if k >= len(p.units) {
		return len(p.units) - 1
	}
	return k
}

// tagTokens copies the text stage's part-of-speech tags onto our tokens.
func tagTokens(a *dateline.Article, paras []*para) {
	if len(a.Sentences) == 0 {
		return
	}
	tags := map[dateline.Field]map[int]string{}
	for _, s := range a.Sentences {
		m := tags[s.Field]
		if m == nil {
			m = map[int]string{}
			tags[s.Field] = m
		}
		for _, t := range s.Tokens {
			if t.Tag != "" {
				m[t.Start] = t.Tag
			}
		}
	}
	for _, p := range paras {
		m := tags[p.field]
		if m == nil {
			continue
		}
		for i := range p.toks {
			p.toks[i].tag = m[p.toks[i].start]
		}
	}
}

// sentenceAt returns the index of the article sentence holding the span's
// start, or -1.
func sentenceAt(a *dateline.Article, sp dateline.Span) int {
	for i, s := range a.Sentences {
		if s.Field == sp.Field && sp.Start >= s.Start && sp.Start < s.End {
			return i
		}
	}
	return -1
}

var sentenceOpeners = set("he", "she", "they", "it", "we", "i", "the", "but", "and", "this", "that",
	"in", "a", "an", "there", "his", "her", "their", "its", "our", "mr", "mrs", "ms", "officials")

// nestKey names a cue by its paragraph and tokens.
type nestKey struct {
	p   *para
	cue [2]int
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// firstPerson reports whether a speaker mention is "I" or "we".
func firstPerson(m string) bool {
	m = strings.ToLower(m)
	return m == "i" || m == "we"
}

// trimComma drops the comma or semicolon that closes a quotation's words in
// wire style ('"We will respond," he said'): it belongs to the sentence
// around the quote, not to what was said.
func trimComma(a *dateline.Article, q *dateline.Quote) {
	n := len(q.Parts)
	if n == 0 {
		return
	}
	last := &q.Parts[n-1]
	text := a.Text(last.Field)
	end := last.End
	for end > last.Start && end <= len(text) && (text[end-1] == ' ' || text[end-1] == ',' || text[end-1] == ';') {
		end--
	}
	if end == last.End || end == last.Start {
		return
	}
	last.End = end
	if n == 1 {
		q.Span = *last
	}
	q.Text = strings.TrimRight(strings.TrimSpace(q.Text), " ,;")
}
