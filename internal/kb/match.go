package kb

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind says what a name refers to.
type Kind uint8

// Kinds of names.
const (
	KindCountry Kind = iota + 1 // a country's name or alias: "Russia", "the U.S."
	KindDemonym                 // "Russian", "Syrians"
	KindCapital                 // a capital as a place: "Moscow"
	KindMetonym                 // a seat standing for a government: "the Kremlin"
	KindOrg                     // an organisation or group: "NATO", "Islamic State"
	KindPerson                  // a person: "Sergey Lavrov", "Lavrov"
	KindTitle                   // a role noun: "foreign minister", "top diplomat"
	KindBody                    // a generic body noun: "defense ministry", "rebels"
)

var kindNames = [...]string{"", "country", "demonym", "capital", "metonym", "org", "person", "title", "body"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind?"
}

// Ref points at a KB entry: ID is an ISO3 code (countries, demonyms,
// capitals, metonyms), an org or person id, a title key or a body's first
// noun.
type Ref struct {
	Kind Kind
	ID   string
}

// nameIndex maps every name the KB knows to its entries.
type nameIndex struct {
	patterns []string         // unique names, the automaton's patterns
	refs     [][]Ref          // refs[i] for patterns[i]
	exact    map[string]int   // name → pattern index
	folded   map[string][]int // lower-cased name → pattern indexes
}

func (k *KB) buildNames() nameIndex {
	ix := nameIndex{exact: map[string]int{}, folded: map[string][]int{}}
	add := func(name string, r Ref) {
		name = strings.TrimSpace(name)
		if name == "" {
			return
		}
		i, ok := ix.exact[name]
		if !ok {
			i = len(ix.patterns)
			ix.exact[name] = i
			ix.patterns = append(ix.patterns, name)
			ix.refs = append(ix.refs, nil)
			f := strings.ToLower(name)
			ix.folded[f] = append(ix.folded[f], i)
		}
		for _, o := range ix.refs[i] {
			if o == r {
				return
			}
		}
		ix.refs[i] = append(ix.refs[i], r)
	}
	for _, c := range k.countries {
		r := Ref{KindCountry, c.ISO3}
		add(c.Name, r)
		for _, a := range c.Aliases {
			add(a, r)
		}
		for _, a := range c.Demonyms {
			add(a, Ref{KindDemonym, c.ISO3})
		}
		for _, a := range c.Capitals {
			add(a, Ref{KindCapital, c.ISO3})
		}
		for _, a := range c.Metonyms {
			add(a, Ref{KindMetonym, c.ISO3})
		}
	}
	for _, o := range k.orgs {
		r := Ref{KindOrg, o.ID}
		add(o.Name, r)
		for _, a := range o.Aliases {
			add(a, r)
		}
	}
	for _, p := range k.people {
		r := Ref{KindPerson, p.ID}
		add(p.Name, r)
		for _, a := range p.Aliases {
			add(a, r)
		}
	}
	for _, t := range k.titles {
		r := Ref{KindTitle, t.Title}
		add(t.Title, r)
		if !strings.EqualFold(t.Canonical, t.Title) {
			add(t.Canonical, r)
		}
		for _, a := range t.Aliases {
			add(a, r)
		}
	}
	for _, b := range k.bodies {
		r := Ref{KindBody, b.Nouns[0]}
		for _, n := range b.Nouns {
			add(n, r)
		}
	}
	return ix
}

// Lookup returns the entries a name refers to. The match is exact
// (case-sensitive); when nothing matches exactly, an all-caps or
// all-lowercase query ("LAVROV", "lavrov") and any query for a name written
// in lower case in the KB (a generic noun: "Foreign Minister" for "foreign
// minister") fall back to case-insensitive matching.
func (k *KB) Lookup(name string) []Ref {
	name = strings.TrimSpace(name)
	if i, ok := k.names.exact[name]; ok {
		return k.names.refs[i]
	}
	anyCase := isAllCaps(name) || isAllLower(name)
	var out []Ref
	for _, i := range k.names.folded[strings.ToLower(name)] {
		if anyCase || isAllLower(k.names.patterns[i]) {
			out = append(out, k.names.refs[i]...)
		}
	}
	return out
}

// Match is one gazetteer match in a text.
type Match struct {
	Start, End int    // byte offsets into the text
	Text       string // text[Start:End]
	Name       string // the KB name matched (may differ from Text in case)
	Refs       []Ref  // the entries the name refers to
}

// Matcher finds KB names in text. It is safe for concurrent use.
//
// It holds the names with ASCII letters folded to lower case in a trie of
// bytes, walked from each place in the text where a word may start, folding
// the text's ASCII letters the same way (which keeps byte offsets); each name
// found is then checked against the names as the KB writes them.
type Matcher struct {
	names *nameIndex
	// byFold[i] lists the names (indexes into names.patterns) whose folded
	// form is the trie's name i.
	byFold [][]int
	trie   trie
}

func newMatcher(ix nameIndex) *Matcher {
	m := &Matcher{names: &ix}
	idx := map[string]int{}
	var folded []string
	for i, p := range ix.patterns {
		f := foldASCII(p)
		j, ok := idx[f]
		if !ok {
			j = len(folded)
			idx[f] = j
			folded = append(folded, f)
			m.byFold = append(m.byFold, nil)
		}
		m.byFold[j] = append(m.byFold[j], i)
	}
	m.trie = buildTrie(folded)
	return m
}

// foldASCII lower-cases ASCII letters only, so that byte offsets stay.
func foldASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// foldByte is foldASCII on one byte.
func foldByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// Matcher returns the KB's gazetteer matcher.
func (k *KB) Matcher() *Matcher { return k.matcher }

// Find returns the leftmost-longest, non-overlapping, whole-word matches of
// KB names in text, in text order. A name matches when the text has it
// exactly; when the text is written in capitals (a headline: "LAVROV
// WARNS"); or, for names the KB writes in lower case (generic nouns such as
// "foreign minister"), in any case.
func (m *Matcher) Find(text string) []Match {
	if m == nil || len(m.names.patterns) == 0 || text == "" {
		return nil
	}
	var out []Match
	for s := 0; s < len(text); s++ {
		x := m.trie.root[foldByte(text[s])]
		if x == 0 || !wordStart(text, s) {
			continue
		}
		// the longest name that starts at s, ends a word and is written
		// as the KB allows
		end, pat := -1, -1
		for e := s + 1; ; e++ {
			if f := m.trie.term[x]; f >= 0 && wordEnd(text, e) {
				if p := m.written(text[s:e], f); p >= 0 {
					end, pat = e, p
				}
			}
			if e == len(text) {
				break
			}
			if x = m.trie.next(x, foldByte(text[e])); x < 0 {
				break
			}
		}
		if pat >= 0 {
			out = append(out, Match{
				Start: s, End: end, Text: text[s:end],
				Name: m.names.patterns[pat], Refs: m.names.refs[pat],
			})
			s = end - 1 // a name starting inside this one is covered by it
		}
	}
	return out
}

// written returns the KB name (an index into names.patterns) with folded
// form f that text is written as, or -1: the name as written wins over a
// case-folded one.
func (m *Matcher) written(text string, f int32) int {
	best := -1
	for _, p := range m.byFold[f] {
		if text == m.names.patterns[p] {
			return p
		}
		if best < 0 && caseOK(text, m.names.patterns[p]) {
			best = p
		}
	}
	return best
}

// trie is a byte trie stored flat. Node 0 is the root. The children of node
// x are the nodes first[x] to first[x]+count[x]-1, in the order of their
// label, the byte on the edge into them; term[x] is the name (an index into
// the folded names) that ends at x, or -1.
type trie struct {
	root  [256]int32 // the root's child for each byte, or 0 for none
	first []int32
	count []uint16
	label []byte
	term  []int32
}

// buildTrie builds the trie of names, which must be distinct.
func buildTrie(names []string) trie {
	order := make([]int, len(names))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return names[order[a]] < names[order[b]] })
	var t trie
	node := func(label byte) {
		t.first = append(t.first, 0)
		t.count = append(t.count, 0)
		t.label = append(t.label, label)
		t.term = append(t.term, -1)
	}
	node(0)
	// fill gives node x, reached by the first depth bytes of the names
	// order[lo:hi], its name and children.
	var fill func(x int32, lo, hi, depth int)
	fill = func(x int32, lo, hi, depth int) {
		if lo < hi && len(names[order[lo]]) == depth {
			t.term[x] = int32(order[lo]) // a name sorts before its extensions
			lo++
		}
		first := int32(len(t.label))
		var bounds []int // where each child's names start, then hi
		for i := lo; i < hi; i++ {
			if c := names[order[i]][depth]; i == lo || c != names[order[i-1]][depth] {
				node(c)
				bounds = append(bounds, i)
			}
		}
		bounds = append(bounds, hi)
		t.first[x], t.count[x] = first, uint16(len(bounds)-1)
		for k := 0; k+1 < len(bounds); k++ {
			fill(first+int32(k), bounds[k], bounds[k+1], depth+1)
		}
	}
	fill(0, 0, len(order), 0)
	for k := range int32(t.count[0]) {
		c := t.first[0] + k
		t.root[t.label[c]] = c
	}
	return t
}

// next returns the child of node x by byte c, or -1.
func (t *trie) next(x int32, c byte) int32 {
	lo := t.first[x]
	labels := t.label[lo : lo+int32(t.count[x])]
	if len(labels) <= 8 {
		for i, l := range labels {
			if l == c {
				return lo + int32(i)
			}
		}
		return -1
	}
	i, j := 0, len(labels)
	for i < j {
		h := int(uint(i+j) >> 1)
		if labels[h] < c {
			i = h + 1
		} else {
			j = h
		}
	}
	if i < len(labels) && labels[i] == c {
		return lo + int32(i)
	}
	return -1
}

func caseOK(text, pattern string) bool {
	if text == pattern {
		return true
	}
	if isAllLower(pattern) {
		return true
	}
	// A name written with a lower-case first letter ("the Kremlin",
	// "al-Nusra Front") also matches with it capitalised, as at the start
	// of a sentence.
	if r, n := utf8.DecodeRuneInString(pattern); unicode.IsLower(r) && len(text) >= n && len(text) == len(pattern) {
		t, tn := utf8.DecodeRuneInString(text)
		if tn == n && unicode.ToLower(t) == r && text[tn:] == pattern[n:] {
			return true
		}
	}
	return isAllCaps(text) && hasLetters(text, 2)
}

// wordStart reports whether a name may start at byte s of text: the text
// before it does not end in a letter or digit. A name that starts with
// punctuation (".NET") may so start inside a word of the text.
func wordStart(text string, s int) bool {
	if s == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:s])
	return !isWordRune(r)
}

// wordEnd reports whether a name may end at byte e of text: the text after
// it does not start with a letter or digit ("U.S." ends a word in "U.S.-led").
func wordEnd(text string, e int) bool {
	if e == len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[e:])
	return !isWordRune(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isAllCaps reports whether s has letters and none is lower-case.
func isAllCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

// isAllLower reports whether s has letters and none is upper-case.
func isAllLower(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

func hasLetters(s string, n int) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			n--
			if n <= 0 {
				return true
			}
		}
	}
	return false
}
