package server

import (
	"html/template"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/dateline-news/dateline/internal/contract"
)

// paletteSize is the number of speaker colours in style.css (.c0 … .c7).
const paletteSize = 8

// speakerKey identifies a quote's speaker for colouring: the entity, else the
// resolved name; unresolved speakers share the key "".
func speakerKey(q contract.Quote) string {
	if q.Speaker.Entity != nil {
		return "e:" + *q.Speaker.Entity
	}
	if q.Speaker.Name != nil {
		return "n:" + *q.Speaker.Name
	}
	return ""
}

// speakerLegend is one speaker of an article with their colour.
type speakerLegend struct {
	Name   string
	Entity string
	Class  string
	Quotes int
}

// annotated is an article made ready for its page.
type annotated struct {
	Headline    template.HTML
	Subheadline template.HTML
	Paragraphs  []template.HTML
	Speakers    []speakerLegend
	classes     []string // per quote
}

// annotate marks the article's quotes (coloured per speaker) and links its
// mentions to actor pages. Offsets are the contract's code points.
func annotate(doc *contract.Article) *annotated {
	out := &annotated{classes: make([]string, len(doc.Quotes))}
	colour := map[string]int{}
	for i, q := range doc.Quotes {
		k := speakerKey(q)
		if k == "" {
			out.classes[i] = "cx"
			continue
		}
		c, ok := colour[k]
		if !ok {
			c = len(colour)
			colour[k] = c
			name := strings.TrimPrefix(strings.TrimPrefix(k, "e:"), "n:")
			if q.Speaker.Name != nil {
				name = *q.Speaker.Name
			}
			ent := ""
			if q.Speaker.Entity != nil {
				ent = *q.Speaker.Entity
			}
			out.Speakers = append(out.Speakers, speakerLegend{Name: name, Entity: ent, Class: "c" + strconv.Itoa(c%paletteSize)})
		}
		out.Speakers[c].Quotes++
		out.classes[i] = "c" + strconv.Itoa(c%paletteSize)
	}
	if n := unresolved(doc); n > 0 {
		out.Speakers = append(out.Speakers, speakerLegend{Name: "unresolved speaker", Class: "cx", Quotes: n})
	}
	hl := out.field(doc, "headline", deref(doc.Headline))
	if len(hl) > 0 {
		out.Headline = hl[0]
	}
	sub := out.field(doc, "subheadline", deref(doc.Subheadline))
	if len(sub) > 0 {
		out.Subheadline = sub[0]
	}
	out.Paragraphs = out.field(doc, "body", doc.Body)
	return out
}

func unresolved(doc *contract.Article) int {
	n := 0
	for _, q := range doc.Quotes {
		if speakerKey(q) == "" {
			n++
		}
	}
	return n
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// field renders one field as HTML paragraphs (split on blank lines).
func (out *annotated) field(doc *contract.Article, in, text string) []template.HTML {
	if text == "" {
		return nil
	}
	rs := []rune(text)
	quoteAt := fill(len(rs))
	// Innermost quotes win: paint the longest first.
	type span struct{ q, start, end int }
	var spans []span
	for i, q := range doc.Quotes {
		if q.In != in {
			continue
		}
		parts := q.Parts
		if len(parts) == 0 {
			parts = []contract.Part{{Start: q.Start, End: q.End}}
		}
		for _, p := range parts {
			spans = append(spans, span{i, p.Start, p.End})
		}
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].end-spans[i].start > spans[j].end-spans[j].start })
	for _, s := range spans {
		for k := max(s.start, 0); k < min(s.end, len(rs)); k++ {
			quoteAt[k] = s.q
		}
	}
	entAt := fill(len(rs))
	for i, e := range doc.Entities {
		for _, m := range e.Mentions {
			if m.In != in {
				continue
			}
			for k := max(m.Start, 0); k < min(m.End, len(rs)); k++ {
				if entAt[k] < 0 {
					entAt[k] = i
				}
			}
		}
	}
	var paras []template.HTML
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			paras = append(paras, template.HTML(b.String()))
			b.Reset()
		}
	}
	for i := 0; i < len(rs); {
		if rs[i] == '\n' && i+1 < len(rs) && rs[i+1] == '\n' {
			flush()
			for i < len(rs) && rs[i] == '\n' {
				i++
			}
			continue
		}
		j := i + 1
		for j < len(rs) && quoteAt[j] == quoteAt[i] && entAt[j] == entAt[i] && !(rs[j] == '\n' && j+1 < len(rs) && rs[j+1] == '\n') {
			j++
		}
		seg := template.HTMLEscapeString(string(rs[i:j]))
		if e := entAt[i]; e >= 0 {
			ent := doc.Entities[e]
			title := ent.Name
			if ent.Role != nil {
				title += " · " + *ent.Role
			}
			seg = `<a class="ent" href="/actor/` + url.PathEscape(ent.ID) + `" title="` + template.HTMLEscapeString(title) + `">` + seg + `</a>`
		}
		if q := quoteAt[i]; q >= 0 {
			qq := doc.Quotes[q]
			who := "unresolved speaker"
			if qq.Speaker.Name != nil {
				who = *qq.Speaker.Name
			}
			title := who + " (" + qq.Kind + ")"
			seg = `<mark class="q ` + out.classes[q] + `" title="` + template.HTMLEscapeString(title) + `">` + seg + `</mark>`
		}
		b.WriteString(seg)
		i = j
	}
	flush()
	return paras
}

func fill(n int) []int {
	xs := make([]int, n)
	for i := range xs {
		xs[i] = -1
	}
	return xs
}

// snippetHTML escapes a search snippet and turns the store's [ ] match
// markers into <mark>.
func snippetHTML(s string) template.HTML {
	e := template.HTMLEscapeString(s)
	e = strings.ReplaceAll(e, "[", "<mark>")
	e = strings.ReplaceAll(e, "]", "</mark>")
	// Balance marks a truncated snippet may have left open.
	if open := strings.Count(e, "<mark>") - strings.Count(e, "</mark>"); open > 0 {
		e += strings.Repeat("</mark>", open)
	}
	return template.HTML(e)
}
