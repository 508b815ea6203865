package quotes

import (
	"unicode"
	"unicode/utf8"
)

// Pair is one quotation found by its marks inside a text: Open and Close are
// the byte offsets of the opening and closing marks, and [Start, End) is the
// quoted text between them. An unclosed quotation (the closing mark is
// missing before the end of the paragraph) has Close == -1 and ends at the
// paragraph's end; Cont marks a quotation that continues a quotation left
// open at the end of the previous paragraph (an opening mark re-opened).
type Pair struct {
	Open, Close int
	Start, End  int
	Single      bool // quoted with single marks (‘ ’ or ')
	Cont        bool // continues the previous pair across a paragraph break
}

// markKind classifies one quotation mark.
type markKind int

const (
	mkNone   markKind = iota
	mkOpen            // only opens: “ „ « ‘(as opener)
	mkClose           // only closes: ” »
	mkEither          // straight " or '' : decided by context
)

type mark struct {
	pos, size int
	kind      markKind
	single    bool
}

// scanMarks lists the double quotation marks (and, when singles is true, the
// single ones) of s with a first guess at their role.
func scanMarks(s string, singles bool) []mark {
	var out []mark
	for i := 0; i < len(s); {
		r, sz := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '"':
			out = append(out, mark{i, sz, mkEither, false})
		case '“':
			// „…“ (German style) closes with “; the pairer sorts that out.
			out = append(out, mark{i, sz, mkOpen, false})
		case '„', '«':
			out = append(out, mark{i, sz, mkOpen, false})
		case '”', '»':
			out = append(out, mark{i, sz, mkClose, false})
		case '\'':
			run := 1
			for i+run < len(s) && s[i+run] == '\'' {
				run++
			}
			if run >= 3 {
				// ''' is a double and a single: ,''' closes both, '''Hey opens both
				if isWordRune(nextRune(s, i+run)) {
					out = append(out, mark{i, 2, mkEither, false})
				} else {
					out = append(out, mark{i + run - 2, 2, mkEither, false})
				}
				sz = run
			} else if run == 2 { // NYT-style doubled apostrophes
				out = append(out, mark{i, 2, mkEither, false})
				sz = 2
			} else if singles {
				if k := singleRole(s, i, sz); k != mkNone {
					out = append(out, mark{i, sz, k, true})
				}
			}
		case '‘':
			if singles {
				out = append(out, mark{i, sz, mkOpen, true})
			}
		case '’':
			if singles {
				if k := singleRole(s, i, sz); k == mkClose || k == mkEither {
					out = append(out, mark{i, sz, mkClose, true})
				}
			}
		}
		i += sz
	}
	return out
}

// singleRole tells whether a single mark at i can open or close a quotation
// rather than be an apostrophe (don't, Clinton's, '90s, students').
func singleRole(s string, i, sz int) markKind {
	before, after := prevRune(s, i), nextRune(s, i+sz)
	lb, la := isWordRune(before), isWordRune(after)
	switch {
	case lb && la:
		return mkNone // apostrophe inside a word
	case !lb && la:
		if before == 0 || unicode.IsSpace(before) || isOpenPunct(before) {
			return mkOpen
		}
		return mkNone
	case lb && !la:
		if before == 's' || before == 'S' {
			// "the students' union": ambiguous; a close only before punctuation.
			if after == 0 || after == ',' || after == '.' || after == '?' || after == '!' || after == '"' || after == '”' {
				return mkClose
			}
			return mkNone
		}
		return mkClose
	default:
		if isClosePunct(before) {
			return mkClose
		}
		return mkNone
	}
}

func prevRune(s string, i int) rune {
	if i <= 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func nextRune(s string, i int) rune {
	if i >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func isWordRune(r rune) bool { return r != 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', '"', '“', '„', '«':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', '?', '!', ';', ':', '…', ')', ']', '—', '–', '-':
		return true
	}
	return false
}

// straightOpens guesses whether an ambiguous straight mark at i opens a quotation.
func straightOpens(s string, i, sz int) (opens, closes bool) {
	before, after := prevRune(s, i), nextRune(s, i+sz)
	bs := before == 0 || unicode.IsSpace(before) || isOpenPunct(before)
	as := after == 0 || unicode.IsSpace(after) || (isClosePunct(after) && after != '-' && after != '—' && after != '–')
	switch {
	case bs && !as:
		return true, false
	case !bs && as:
		return false, true
	default:
		return true, true
	}
}

// Pairs finds the quotations of one paragraph (a text with no paragraph
// break) by their marks. Double marks of every style are paired first;
// single marks count as top-level quotations only when singles is true (in
// headlines, where ‘…’ stands for “…”). Unbalanced marks never derail the
// rest: a stray closing mark is ignored, and an opening mark with no close
// runs to the end of the text (Close == -1). Pairs are ordered and do not
// overlap.
func Pairs(s string, singles bool) []Pair {
	marks := scanMarks(s, false)
	out, ok := nestedCurly(s, marks)
	if !ok {
		out = pairMarks(s, marks, false)
	}
	if singles {
		// Single-quoted quotations outside every double one.
		sm := scanMarks(s, true)
		var outside []mark
		for _, m := range sm {
			if !m.single {
				continue
			}
			in := false
			for _, p := range out {
				if m.pos >= p.Open && (p.Close < 0 || m.pos <= p.Close) {
					in = true
					break
				}
			}
			if !in {
				outside = append(outside, m)
			}
		}
		sp := pairMarks(s, outside, true)
		for _, p := range sp {
			if p.Close >= 0 { // an unclosed single is most likely an apostrophe
				out = insertPair(out, p)
			}
		}
	}
	return out
}

func insertPair(ps []Pair, p Pair) []Pair {
	i := 0
	for i < len(ps) && ps[i].Open < p.Open {
		i++
	}
	ps = append(ps, Pair{})
	copy(ps[i+1:], ps[i:])
	ps[i] = p
	return ps
}

func pairMarks(s string, marks []mark, single bool) []Pair {
	var out []Pair
	open := -1 // index into marks of the pending opener
	closeAt := func(oi int, m mark) {
		o := marks[oi]
		out = append(out, Pair{Open: o.pos, Close: m.pos, Start: o.pos + o.size, End: m.pos, Single: single})
	}
	for k, m := range marks {
		opens, closes := false, false
		switch m.kind {
		case mkOpen:
			opens = true
			// „…“: a “ closes a quotation opened by „.
			if open >= 0 && s[marks[open].pos:marks[open].pos+marks[open].size] == "„" && s[m.pos:m.pos+m.size] == "“" {
				opens, closes = false, true
			}
		case mkClose:
			closes = true
			if open < 0 {
				// a closing mark used to open (”Fear. …”)
				if o, c := straightOpens(s, m.pos, m.size); o && !c {
					opens, closes = true, false
				}
			}
		case mkEither:
			if m.size == 1 {
				opens, closes = straightOpens(s, m.pos, m.size)
			} else {
				opens, closes = straightOpens(s, m.pos, m.size)
			}
		}
		switch {
		case open < 0 && opens:
			open = k
		case open >= 0 && closes:
			closeAt(open, m)
			open = -1
		case open >= 0 && opens:
			// A second opener while one is pending: the first was never closed.
			// Keep the first as an unclosed quotation up to this mark only if
			// they are of the same family; otherwise the new mark nests (it is
			// left to the nested scan) and we wait for the outer close.
			if sameFamily(s, marks[open], m) {
				o := marks[open]
				end := trimRightSpace(s, o.pos+o.size, m.pos)
				out = append(out, Pair{Open: o.pos, Close: -1, Start: o.pos + o.size, End: end, Single: single})
				open = k
			}
		}
	}
	if open >= 0 {
		o := marks[open]
		out = append(out, Pair{Open: o.pos, Close: -1, Start: o.pos + o.size, End: trimRightSpace(s, o.pos+o.size, len(s)), Single: single})
	}
	return out
}

func sameFamily(s string, a, b mark) bool {
	fam := func(m mark) int {
		switch s[m.pos : m.pos+m.size] {
		case "«", "»":
			return 1
		default:
			return 0
		}
	}
	return fam(a) == fam(b)
}

func trimRightSpace(s string, lo, hi int) int {
	for hi > lo {
		r, sz := utf8.DecodeLastRuneInString(s[lo:hi])
		if !unicode.IsSpace(r) {
			break
		}
		hi -= sz
	}
	return hi
}

// nestedCurly pairs text whose double marks are all curly or guillemets
// (“ ” « »), whose direction is never in doubt, with a stack, so that a
// quotation inside a quotation (“… he calls “hell” …”) stays inside. It
// gives up (false) when straight or low marks appear or when the marks do
// not balance; the flat pairing then takes over.
func nestedCurly(s string, marks []mark) ([]Pair, bool) {
	var out []Pair
	var stack []mark
	nested := false
	for _, m := range marks {
		switch s[m.pos : m.pos+m.size] {
		case "“", "«":
			stack = append(stack, m)
			if len(stack) > 1 {
				nested = true
			}
		case "”", "»":
			if len(stack) == 0 {
				return nil, false
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				out = append(out, Pair{Open: o.pos, Close: m.pos, Start: o.pos + o.size, End: m.pos})
			}
		default:
			return nil, false
		}
	}
	if len(stack) > 0 || !nested {
		return nil, false
	}
	return out, true
}
