package text

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"math"
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
// prose's English model itself, finding each feature's weights with one hash
// lookup where prose searches its sorted feature list. A sentence with a
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
		s = &scratch{scores: make([]float32, len(t.m.classes)), key: make([]byte, 0, 64)}
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
type perceptron struct {
	classes  []string
	blob     string   // the features' names, one after the other
	featOff  []uint32 // feature i is blob[featOff[i]:featOff[i+1]]
	pairOff  []uint32 // its weights are pairs pairOff[i] to pairOff[i+1]
	classIDs []uint8
	weights  []float32
	fixed    map[string]string // word → its one class
	// index finds a feature by the maphash of its name (seed seed); the
	// name is then compared, and no two names share a hash.
	seed  maphash.Seed
	index map[uint64]int32
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
	m.fixed = make(map[string]string, nFixed)
	for range nFixed {
		w := string(r.next(int(r.u16())))
		id := r.next(1)
		if r.err != nil {
			return nil, r.err
		}
		if int(id[0]) >= len(m.classes) {
			return nil, fmt.Errorf("word %q of class %d, of %d", w, id[0], len(m.classes))
		}
		m.fixed[w] = m.classes[id[0]]
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	m.buildIndex()
	return m, nil
}

// check verifies the offsets and class IDs the scorer relies on.
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
	return nil
}

// buildIndex fills index, drawing seeds until no two names share a hash.
func (m *perceptron) buildIndex() {
	n := len(m.featOff) - 1
	for {
		m.seed = maphash.MakeSeed()
		m.index = make(map[uint64]int32, n)
		clash := false
		for i := range n {
			h := maphash.String(m.seed, m.name(int32(i)))
			if _, dup := m.index[h]; dup {
				clash = true
				break
			}
			m.index[h] = int32(i)
		}
		if !clash {
			return
		}
	}
}

func (m *perceptron) name(i int32) string { return m.blob[m.featOff[i]:m.featOff[i+1]] }

// scratch is the working space of one sentence, used again for the next.
type scratch struct {
	scores []float32
	key    []byte
	ctx    []string
}

// tag sets the tags of one sentence of ordinary tokens.
func (m *perceptron) tag(s *scratch, toks []tokenize.Token) {
	// the words as the model knows them, two markers on each side
	if cap(s.ctx) < len(toks)+4 {
		s.ctx = make([]string, len(toks)+4)
	}
	s.ctx = s.ctx[:len(toks)+4]
	s.ctx[0], s.ctx[1] = "-START-", "-START2-"
	for i := range toks {
		s.ctx[i+2] = modelForm(toks[i].Text)
	}
	s.ctx[len(toks)+2], s.ctx[len(toks)+3] = "-END-", "-END2-"
	p1, p2 := "-START-", "-START2-" // the last two tags
	for i := range toks {
		w := toks[i].Text
		tg, ok := m.fixed[w]
		switch {
		case w == "-":
			tg = "-"
		case ok:
		default:
			tg = m.predict(s, i+2, w, p1, p2)
		}
		toks[i].Tag = tg
		p1, p2 = tg, p1
	}
}

// predict scores word, at index i of s.ctx, after tags p1 and p2, on the
// model's fourteen features, in the order prose adds them up.
func (m *perceptron) predict(s *scratch, i int, word, p1, p2 string) string {
	clear(s.scores)
	m.add(s, "bias")
	m.add(s, "i suffix ", last3(word))
	m.add(s, "i pref1 ", first1(word))
	m.add(s, "i-1 tag ", p1)
	m.add(s, "i-2 tag ", p2)
	m.add(s, "i tag+i-2 tag ", p1, " ", p2)
	m.add(s, "i word ", s.ctx[i])
	m.add(s, "i-1 tag+i word ", p1, " ", s.ctx[i])
	m.add(s, "i-1 word ", s.ctx[i-1])
	m.add(s, "i-1 suffix ", last3(s.ctx[i-1]))
	m.add(s, "i-2 word ", s.ctx[i-2])
	m.add(s, "i+1 word ", s.ctx[i+1])
	m.add(s, "i+1 suffix ", last3(s.ctx[i+1]))
	m.add(s, "i+2 word ", s.ctx[i+2])
	best, bestID := float32(math.Inf(-1)), -1
	for id, v := range s.scores {
		if v > best { // a tie goes to the first class
			best, bestID = v, id
		}
	}
	if bestID < 0 {
		return ""
	}
	return m.classes[bestID]
}

// add adds the weights of the feature named by parts to s.scores.
func (m *perceptron) add(s *scratch, parts ...string) {
	s.key = s.key[:0]
	for _, p := range parts {
		s.key = append(s.key, p...)
	}
	i, ok := m.index[maphash.Bytes(m.seed, s.key)]
	if !ok || m.name(i) != string(s.key) {
		return
	}
	lo, hi := m.pairOff[i], m.pairOff[i+1]
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
