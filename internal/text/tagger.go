package text

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/jdkato/prose/v3/tokenize"
)

// Tagger gives tokens the part-of-speech tags of prose's averaged-perceptron
// tagger (github.com/jdkato/prose/v3/tag), the same tags, faster: it scores
// prose's English model itself, with the features filed by what they read
// (see perceptron), where prose builds each feature's name and searches its
// sorted list of names for it. A sentence with a
// token prose handles outside its model in ways not repeated here (see
// ordinary) goes to prose's own tagger. It is safe for concurrent use.
type Tagger struct {
	m     *perceptron
	prose *tag.Tagger
	pool  sync.Pool // of *scratch
}

// NewTagger loads prose's English model for both taggers.
func NewTagger() (*Tagger, error) {
	m, err := readPerceptron(aptagmodel.English)
	if err != nil {
		return nil, fmt.Errorf("text: reading the part-of-speech model: %w", err)
	}
	p, err := tag.New()
	if err != nil {
		return nil, fmt.Errorf("text: loading the part-of-speech model: %w", err)
	}
	return &Tagger{m: m, prose: p}, nil
}

// TagTokens sets the Tag of each token, from its Text; the tokens are one
// sentence.
func (t *Tagger) TagTokens(toks []tokenize.Token) {
	if len(toks) == 0 {
		return
	}
	for i := range toks {
		if !ordinary(toks[i].Text) {
			t.prose.TagTokens(toks)
			return
		}
	}
	s, _ := t.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{scores: make([]float32, len(t.m.classes))}
	}
	t.m.tag(s, toks)
	t.pool.Put(s)
}

// ordinary reports whether the tagger tags word as prose does, with its
// model. prose gives a fixed tag, whatever the words around, to emoticons
// (":-)", "xD"), to words starting with "@", to the treebank's empty
// elements ("0", "*T*-1") and to bracket names ("-LRB-"). All of them are
// "0", "*" or "@", or start and end with "-", or are one of the few
// emoticons written with letters, digits and dots or hyphens only, or have a
// character in them other than a letter, a digit, a currency sign, a
// quotation mark or one of .,'’&%/-+#; any other word is ordinary.
func ordinary(word string) bool {
	if word == "" {
		return true
	}
	if _, n := utf8.DecodeRuneInString(word); n == len(word) {
		return word != "0" && word != "*" && word != "@"
	}
	switch word {
	case "``", "''", "--", "...": // the treebank forms the text stage writes
		return true
	case "xD", "xDD", "XDD", "8D", "8-D", "O.o": // emoticons prose knows
		return false
	}
	if word[0] == '-' && word[len(word)-1] == '-' {
		return false
	}
	for _, r := range word {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			continue
		}
		switch r {
		case '.', ',', '\'', '’', '&', '$', '%', '/', '-', '+', '#', '€', '£', '¥', '“', '”', '„', '‘', '«', '»':
		default:
			return false
		}
	}
	return true
}

// perceptron is prose's English averaged-perceptron model, read from its
// flat format (described in prose's internal/flat package): classes,
// features with their weights per class, and words with a fixed class.
//
// prose finds a token's fourteen features by name ("i-1 word the"). Here
// the features are sorted at load by what they read: a tag (or two), the
// first byte of the word, a word of the context or a last-three-bytes
// suffix. A token then needs one lookup of each context word (shared by
// the five tokens that read it) and of two suffixes.
type perceptron struct {
	classes  []string
	blob     string   // the features' names, one after the other
	featOff  []uint32 // feature i is blob[featOff[i]:featOff[i+1]]
	pairOff  []uint32 // its weights are pairs pairOff[i] to pairOff[i+1]
	classIDs []uint8
	weights  []float32
	fixed    map[string]tagID // word → its one class

	// tags are the tags a token can get and read: the classes, then the
	// sentence start markers, "-" and "" when they are not classes.
	tags                []string
	start, start2, dash tagID

	// The features, by what they read; -1 for none.
	bias      feature
	pref1     [256]feature // "i pref1 " + the word's first byte
	pref1None feature      // "i pref1 " for the empty word
	prev      [2][]feature // "i-1 tag " + p1, "i-2 tag " + p2, by tag
	prevPair  []feature    // "i tag+i-2 tag " + p1 + " " + p2, at p1*len(tags)+p2
	words     keyed[wordFeatures]
	afterTag  []tagFeature // by word: the word's "i-1 tag+i word " features
	suffixes  keyed[suffixFeatures]
	// the words' and suffixes' entries of the start and end markers
	markerWord [4]int32
	markerSuf  [4]int32
}

// tagID indexes perceptron.tags.
type tagID uint16

// feature indexes featOff and pairOff; -1 is none.
type feature int32

// wordFeatures are the features that read a context word.
type wordFeatures struct {
	at, before1, before2, after1, after2 feature  // "i word ", "i-1 word ", "i-2 word ", "i+1 word ", "i+2 word "
	afterTag                             [2]int32 // afterTag[afterTag[0]:afterTag[1]]
}

// suffixFeatures are the features that read the last three bytes of a word.
type suffixFeatures struct {
	at, before1, after1 feature // "i suffix " (of the token as written), "i-1 suffix ", "i+1 suffix "
}

// tagFeature is a "i-1 tag+i word " feature: the tag before and the word.
type tagFeature struct {
	tag tagID
	f   feature
}

// keyed holds entries found by a string key: index maps the key's maphash
// (seed seed) to the entry, and the key is then compared; no two keys share
// a hash.
type keyed[E any] struct {
	seed    maphash.Seed
	index   map[uint64]int32
	keys    []string
	entries []E
}

// find returns the index of key's entry, or -1.
func (k *keyed[E]) find(key string) int32 {
	if k.index == nil {
		return -1
	}
	if i, ok := k.index[maphash.String(k.seed, key)]; ok && k.keys[i] == key {
		return i
	}
	return -1
}

// add returns the index of key's entry, added if new, with a new entry.
func (k *keyed[E]) add(key string, fresh E) int32 {
	if i := k.find(key); i >= 0 {
		return i
	}
	if k.index == nil {
		k.seed, k.index = maphash.MakeSeed(), map[uint64]int32{}
	}
	h := maphash.String(k.seed, key)
	if _, clash := k.index[h]; clash {
		k.rehash()
		return k.add(key, fresh)
	}
	k.index[h] = int32(len(k.keys))
	k.keys = append(k.keys, key)
	k.entries = append(k.entries, fresh)
	return int32(len(k.keys) - 1)
}

// rehash draws seeds until no two keys share a hash.
func (k *keyed[E]) rehash() {
	for {
		k.seed, k.index = maphash.MakeSeed(), make(map[uint64]int32, len(k.keys))
		ok := true
		for i, key := range k.keys {
			h := maphash.String(k.seed, key)
			if _, clash := k.index[h]; clash {
				ok = false
				break
			}
			k.index[h] = int32(i)
		}
		if ok {
			return
		}
	}
}

// readPerceptron reads a model in prose's flat format.
func readPerceptron(b []byte) (*perceptron, error) {
	r := modelReader{b: b}
	if string(r.next(8)) != "PROSETAG" {
		return nil, errors.New("not a prose flat model")
	}
	if v := r.u32(); v != 1 {
		return nil, fmt.Errorf("model format version %d, want 1", v)
	}
	m := &perceptron{}
	m.classes = make([]string, r.u32())
	if len(m.classes) > 256 {
		return nil, fmt.Errorf("%d classes", len(m.classes))
	}
	for i := range m.classes {
		m.classes[i] = string(r.next(int(r.u16())))
	}
	nFeat, nPairs, blobLen := int(r.u32()), int(r.u32()), int(r.u32())
	m.blob = string(r.next(blobLen))
	m.featOff = r.u32s(nFeat + 1)
	m.pairOff = r.u32s(nFeat + 1)
	m.classIDs = append([]uint8(nil), r.next(nPairs)...)
	m.weights = make([]float32, nPairs)
	for i, u := range r.u32s(nPairs) {
		m.weights[i] = math.Float32frombits(u)
	}
	nFixed := int(r.u32())
	if r.err != nil {
		return nil, r.err
	}
	m.fixed = make(map[string]tagID, nFixed)
	for range nFixed {
		w := string(r.next(int(r.u16())))
		id := r.next(1)
		if r.err != nil {
			return nil, r.err
		}
		if int(id[0]) >= len(m.classes) {
			return nil, fmt.Errorf("word %q of class %d, of %d", w, id[0], len(m.classes))
		}
		m.fixed[w] = tagID(id[0])
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	if err := m.sortFeatures(); err != nil {
		return nil, err
	}
	return m, nil
}

// check verifies the offsets, class IDs and weights the scorer relies on.
func (m *perceptron) check() error {
	n := len(m.featOff) - 1
	if n < 0 || len(m.pairOff) != n+1 {
		return errors.New("feature offsets missing")
	}
	prevF, prevP := uint32(0), uint32(0)
	for i := range n + 1 {
		f, p := m.featOff[i], m.pairOff[i]
		if f < prevF || p < prevP || int(f) > len(m.blob) || int(p) > len(m.weights) {
			return fmt.Errorf("feature %d: offsets out of order or range", i)
		}
		prevF, prevP = f, p
	}
	for _, id := range m.classIDs {
		if int(id) >= len(m.classes) {
			return fmt.Errorf("class ID %d of %d", id, len(m.classes))
		}
	}
	for _, w := range m.weights {
		if math.IsNaN(float64(w)) || math.IsInf(float64(w), 0) {
			return errors.New("a weight is not a number")
		}
	}
	return nil
}

// sortFeatures files every feature under what it reads. A feature the
// tagger never looks up (a tag not in tags) is left out.
func (m *perceptron) sortFeatures() error {
	ids := map[string]tagID{}
	m.tags = nil
	tag := func(t string) tagID {
		if id, ok := ids[t]; ok {
			return id
		}
		ids[t] = tagID(len(m.tags))
		m.tags = append(m.tags, t)
		return ids[t]
	}
	for _, c := range m.classes {
		if strings.IndexByte(c, ' ') >= 0 {
			return fmt.Errorf("class %q has a space", c)
		}
		tag(c)
	}
	m.start, m.start2, m.dash = tag("-START-"), tag("-START2-"), tag("-")
	tag("")
	nt := len(m.tags)
	m.bias, m.pref1None = -1, -1
	for i := range m.pref1 {
		m.pref1[i] = -1
	}
	for j := range m.prev {
		m.prev[j] = make([]feature, nt)
		for i := range m.prev[j] {
			m.prev[j][i] = -1
		}
	}
	m.prevPair = make([]feature, nt*nt)
	for i := range m.prevPair {
		m.prevPair[i] = -1
	}
	noWord := wordFeatures{-1, -1, -1, -1, -1, [2]int32{}}
	noSuf := suffixFeatures{-1, -1, -1}
	word := func(w string) *wordFeatures { return &m.words.entries[m.words.add(w, noWord)] }
	suf := func(s string) *suffixFeatures { return &m.suffixes.entries[m.suffixes.add(s, noSuf)] }
	// two tags, or a tag and a word, joined by a space: no tag has one
	split := func(s string) (tagID, string, bool) {
		sp := strings.IndexByte(s, ' ')
		if sp < 0 {
			return 0, "", false
		}
		id, ok := ids[s[:sp]]
		return id, s[sp+1:], ok
	}
	type wordTag struct {
		word int32
		tagFeature
	}
	var afterTag []wordTag
	for i := range len(m.featOff) - 1 {
		f := feature(i)
		name := m.blob[m.featOff[i]:m.featOff[i+1]]
		if name == "bias" {
			m.bias = f
			continue
		}
		t, v, ok := strings.Cut(name, " ")
		if !ok {
			continue
		}
		// t is the feature's first word; two-word templates are told by
		// the second
		switch t {
		case "i":
			t2, v2, ok := strings.Cut(v, " ")
			if !ok {
				continue
			}
			switch t2 {
			case "suffix":
				suf(v2).at = f
			case "pref1":
				switch len(v2) {
				case 0:
					m.pref1None = f
				case 1:
					m.pref1[v2[0]] = f
				}
			case "word":
				word(v2).at = f
			case "tag+i-2":
				if rest, ok := strings.CutPrefix(v2, "tag "); ok {
					if p1, p2, ok := split(rest); ok {
						if id2, ok := ids[p2]; ok {
							m.prevPair[int(p1)*nt+int(id2)] = f
						}
					}
				}
			}
		case "i-1", "i-2", "i+1", "i+2":
			t2, v2, ok := strings.Cut(v, " ")
			if !ok {
				continue
			}
			switch {
			case t2 == "word" && t == "i-1":
				word(v2).before1 = f
			case t2 == "word" && t == "i-2":
				word(v2).before2 = f
			case t2 == "word" && t == "i+1":
				word(v2).after1 = f
			case t2 == "word" && t == "i+2":
				word(v2).after2 = f
			case t2 == "suffix" && t == "i-1":
				suf(v2).before1 = f
			case t2 == "suffix" && t == "i+1":
				suf(v2).after1 = f
			case t2 == "tag" && (t == "i-1" || t == "i-2"):
				if id, ok := ids[v2]; ok {
					m.prev[t[2]-'1'][id] = f
				}
			case t2 == "tag+i" && t == "i-1":
				if rest, ok := strings.CutPrefix(v2, "word "); ok {
					if p1, w, ok := split(rest); ok {
						afterTag = append(afterTag, wordTag{m.words.add(w, noWord), tagFeature{p1, f}})
					}
				}
			}
		}
	}
	slices.SortStableFunc(afterTag, func(a, b wordTag) int { return cmp.Compare(a.word, b.word) })
	m.afterTag = make([]tagFeature, len(afterTag))
	for i, wt := range afterTag {
		m.afterTag[i] = wt.tagFeature
		e := &m.words.entries[wt.word]
		if i == 0 || afterTag[i-1].word != wt.word {
			e.afterTag[0] = int32(i)
		}
		e.afterTag[1] = int32(i + 1)
	}
	for i, w := range []string{"-START-", "-START2-", "-END-", "-END2-"} {
		m.markerWord[i] = m.words.find(w)
		m.markerSuf[i] = m.suffixes.find(last3(w))
	}
	return nil
}

// scratch is the working space of one sentence, used again for the next.
type scratch struct {
	scores []float32
	// by index into the sentence's words with two markers on each side:
	// the word's entry in words, and the entries in suffixes of the
	// suffix of the word as written (own) and of its model form (ctx)
	word, own, ctx []int32
}

// tag sets the tags of one sentence of ordinary tokens.
func (m *perceptron) tag(s *scratch, toks []tokenize.Token) {
	n := len(toks) + 4
	if cap(s.word) < n {
		s.word, s.own, s.ctx = make([]int32, n), make([]int32, n), make([]int32, n)
	}
	s.word, s.own, s.ctx = s.word[:n], s.own[:n], s.ctx[:n]
	s.word[0], s.word[1], s.word[n-2], s.word[n-1] = m.markerWord[0], m.markerWord[1], m.markerWord[2], m.markerWord[3]
	s.ctx[0], s.ctx[1], s.ctx[n-2], s.ctx[n-1] = m.markerSuf[0], m.markerSuf[1], m.markerSuf[2], m.markerSuf[3]
	for i := range toks {
		w := toks[i].Text
		form := modelForm(w)
		s.word[i+2] = m.words.find(form)
		s.ctx[i+2] = m.suffixes.find(last3(form))
		if last3(w) == last3(form) {
			s.own[i+2] = s.ctx[i+2]
		} else {
			s.own[i+2] = m.suffixes.find(last3(w))
		}
	}
	p1, p2 := m.start, m.start2 // the last two tags
	for i := range toks {
		w := toks[i].Text
		tg, ok := m.fixed[w]
		switch {
		case w == "-":
			tg = m.dash
		case ok:
		default:
			tg = m.predict(s, i+2, w, p1, p2)
		}
		toks[i].Tag = m.tags[tg]
		p1, p2 = tg, p1
	}
}

// predict scores word, at index i of the sentence with markers, after tags
// p1 and p2, on the model's fourteen features, added up in prose's order.
func (m *perceptron) predict(s *scratch, i int, word string, p1, p2 tagID) tagID {
	clear(s.scores)
	m.add(s, m.bias)
	if e := s.own[i]; e >= 0 {
		m.add(s, m.suffixes.entries[e].at)
	}
	if word == "" {
		m.add(s, m.pref1None)
	} else {
		m.add(s, m.pref1[word[0]])
	}
	m.add(s, m.prev[0][p1])
	m.add(s, m.prev[1][p2])
	m.add(s, m.prevPair[int(p1)*len(m.tags)+int(p2)])
	if e := s.word[i]; e >= 0 {
		wf := &m.words.entries[e]
		m.add(s, wf.at)
		for _, tf := range m.afterTag[wf.afterTag[0]:wf.afterTag[1]] {
			if tf.tag == p1 {
				m.add(s, tf.f)
				break
			}
		}
	}
	if e := s.word[i-1]; e >= 0 {
		m.add(s, m.words.entries[e].before1)
	}
	if e := s.ctx[i-1]; e >= 0 {
		m.add(s, m.suffixes.entries[e].before1)
	}
	if e := s.word[i-2]; e >= 0 {
		m.add(s, m.words.entries[e].before2)
	}
	if e := s.word[i+1]; e >= 0 {
		m.add(s, m.words.entries[e].after1)
	}
	if e := s.ctx[i+1]; e >= 0 {
		m.add(s, m.suffixes.entries[e].after1)
	}
	if e := s.word[i+2]; e >= 0 {
		m.add(s, m.words.entries[e].after2)
	}
	best, bestID := float32(math.Inf(-1)), -1
	for id, v := range s.scores {
		if v > best { // a tie goes to the first class
			best, bestID = v, id
		}
	}
	if bestID < 0 {
		return tagID(len(m.tags) - 1) // ""
	}
	return tagID(bestID)
}

// add adds the weights of feature f, if any, to s.scores.
func (m *perceptron) add(s *scratch, f feature) {
	if f < 0 {
		return
	}
	lo, hi := m.pairOff[f], m.pairOff[f+1]
	ids, ws := m.classIDs[lo:hi], m.weights[lo:hi]
	for j, id := range ids {
		s.scores[id] += ws[j]
	}
}

// modelForm is the form of a word the model's word features use: words
// with an inner hyphen, four-digit numbers (with a sign or not) and other
// numbers are classes of their own; other words are lower case.
func modelForm(w string) string {
	switch {
	case w == "":
		return w
	case w[0] != '-' && strings.IndexByte(w, '-') >= 0:
		return "!HYPHEN"
	case len(w) == 4 && fourDigits(w):
		return "!YEAR"
	case w[0] >= '0' && w[0] <= '9':
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

// fourDigits reports whether the four bytes of w are digits, the first
// possibly a sign instead.
func fourDigits(w string) bool {
	i := 0
	if w[0] == '+' || w[0] == '-' {
		i = 1
	}
	for ; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// last3 is the last three bytes of w (bytes, as the model was trained).
func last3(w string) string {
	if len(w) <= 3 {
		return w
	}
	return w[len(w)-3:]
}

// first1 is the first byte of w.
func first1(w string) string {
	if w == "" {
		return ""
	}
	return w[:1]
}

// modelReader reads the little-endian fields of a model; the first error
// sticks.
type modelReader struct {
	b   []byte
	err error
}

func (r *modelReader) next(n int) []byte {
	if r.err != nil {
		return make([]byte, n)
	}
	if n < 0 || n > len(r.b) {
		r.err = errors.New("model cut short")
		return make([]byte, max(n, 0))
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *modelReader) u16() uint16 { return binary.LittleEndian.Uint16(r.next(2)) }
func (r *modelReader) u32() uint32 { return binary.LittleEndian.Uint32(r.next(4)) }

func (r *modelReader) u32s(n int) []uint32 {
	if n < 0 || n > len(r.b)/4 {
		r.err = errors.New("model cut short")
		return nil
	}
	b := r.next(4 * n)
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}
