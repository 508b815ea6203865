package kb

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"
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

// Matcher finds KB names in text with an Aho-Corasick automaton built once.
// It is safe for concurrent use.
//
// The automaton holds the names with ASCII letters folded to lower case
// (half the states of a case-insensitive one) and runs over the text folded
// the same way, which keeps byte offsets; each hit is then checked against
// the names as the KB writes them.
type Matcher struct {
	ac    ahocorasick.AhoCorasick
	names *nameIndex
	// byFold[i] lists the names (indexes into names.patterns) whose folded
	// form is the automaton's pattern i.
	byFold [][]int
}

func newMatcher(ix nameIndex) *Matcher {
	b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{
		MatchKind: ahocorasick.StandardMatch,
		DFA:       false,
	})
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
	m.ac = b.Build(folded)
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
	type cand struct{ start, end, pat int }
	var cands []cand
	it := m.ac.IterOverlapping(foldASCII(text))
	for mt := it.Next(); mt != nil; mt = it.Next() {
		s, e := mt.Start(), mt.End()
		if !wordBoundary(text, s, e) {
			continue
		}
		best := -1
		for _, p := range m.byFold[mt.Pattern()] {
			if text[s:e] == m.names.patterns[p] {
				best = p // the name as written wins over a case-folded one
				break
			}
			if best < 0 && caseOK(text[s:e], m.names.patterns[p]) {
				best = p
			}
		}
		if best >= 0 {
			cands = append(cands, cand{s, e, best})
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].start != cands[j].start {
			return cands[i].start < cands[j].start
		}
		return cands[i].end > cands[j].end
	})
	var out []Match
	last := 0
	for _, c := range cands {
		if c.start < last {
			continue
		}
		out = append(out, Match{
			Start: c.start, End: c.end, Text: text[c.start:c.end],
			Name: m.names.patterns[c.pat], Refs: m.names.refs[c.pat],
		})
		last = c.end
	}
	return out
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

func wordBoundary(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if isWordRune(r) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if isWordRune(r) {
			return false
		}
	}
	// A pattern that starts or ends inside a word of the text (it begins or
	// ends with punctuation, such as "U.S.") is still whole-word when the
	// text around it is not a letter: checked above.
	return true
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
