package htmlx

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockAtoms are the elements that start and end a paragraph.
var blockAtoms = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Center: true, atom.Dd: true,
	atom.Details: true, atom.Dialog: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Html: true,
	atom.Legend: true, atom.Li: true, atom.Main: true, atom.Menu: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Tbody: true,
	atom.Tfoot: true, atom.Thead: true, atom.Tr: true, atom.Ul: true,
}

// cellAtoms are table cells: a row is one paragraph, its cells separated by spaces.
var cellAtoms = map[atom.Atom]bool{atom.Td: true, atom.Th: true}

// skipAtoms hold no article text.
var skipAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Select: true, atom.Textarea: true, atom.Button: true,
	atom.Head: true, atom.Title: true,
}

// paragraphs returns the text of root's block elements, one string per
// paragraph, whitespace-normalised. A <br> ends a paragraph.
func paragraphs(root *html.Node) []string {
	if root == nil {
		return nil
	}
	w := paraWriter{}
	w.walk(root)
	w.flush()
	return w.out
}

type paraWriter struct {
	cur strings.Builder
	out []string
}

func (w *paraWriter) flush() {
	if s := normSpace(w.cur.String()); s != "" {
		w.out = append(w.out, s)
	}
	w.cur.Reset()
}

func (w *paraWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		a := tagAtom(n)
		if skipAtoms[a] {
			return
		}
		if a == atom.Br {
			w.flush()
			return
		}
		if a == atom.Img || a == atom.Input {
			w.cur.WriteByte(' ')
			return
		}
		block := blockAtoms[a] || (a == 0 && isBlockName(n.Data))
		if block {
			w.flush()
		} else if cellAtoms[a] {
			w.cur.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		if block {
			w.flush()
		} else if cellAtoms[a] {
			w.cur.WriteByte(' ')
		}
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// tagAtom is n's atom; trees built by the extractors may carry the tag
// name only.
func tagAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

// isBlockName covers the XML-ish element names trafilatura may leave in
// its output tree (head, list, item, quote, code, row, cell…).
func isBlockName(name string) bool {
	switch name {
	case "head", "list", "item", "quote", "code", "row", "doc", "main", "lb":
		return true
	}
	return false
}

// normSpace collapses runs of white space (including no-break and
// zero-width spaces) into one space and trims the ends.
func normSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\u2028' || r == '\u2029' || r == '\ufeff' {
			space = true
			continue
		}
		if unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) && r != '\u200d' {
			continue // control characters, soft hyphens, direction marks and the like
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// hasWord reports whether s holds a letter or a digit.
func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
