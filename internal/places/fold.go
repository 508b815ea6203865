package places

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// special maps letters that Unicode does not decompose to their usual ASCII
// spelling, and quote-like marks used in transliterations to an apostrophe.
var special = map[rune]string{
	'ł': "l", 'ø': "o", 'đ': "d", 'ı': "i", 'ß': "ss", 'æ': "ae", 'œ': "oe",
	'þ': "th", 'ð': "d", 'ħ': "h", 'ŀ': "l",
}

// isApos reports whether r is an apostrophe or a mark used like one in
// transliterated names (ʻAyn, ʼ, ‘, ’, `).
func isApos(r rune) bool {
	switch r {
	case '\'', '‘', '’', 'ʼ', 'ʻ', '`', 'ʿ', 'ʾ', '′', '´':
		return true
	}
	return false
}

func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—':
		return true
	}
	return false
}

// isWordRune reports whether r belongs inside a token.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// fold lower-cases a token and strips diacritics ("Ḩamāh" → "hamah").
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		if sp, ok := special[r]; ok {
			b.WriteString(sp)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// token is one word of a text, with byte offsets.
type token struct {
	start, end int
	key        string // folded
	upper      bool   // first rune is upper case
}

// tokenize splits s into word tokens.
func tokenize(s string) []token {
	var toks []token
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, newToken(s, start, i))
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, newToken(s, start, len(s)))
	}
	return toks
}

func newToken(s string, start, end int) token {
	r, _ := utf8.DecodeRuneInString(s[start:end])
	return token{start: start, end: end, key: fold(s[start:end]), upper: unicode.IsUpper(r)}
}

// sepKey normalises the text between two tokens: runs of spaces and dashes
// become one space, apostrophes become ASCII. It returns "" and false when
// the separator breaks a name (a line break or any other punctuation than
// ". , ' -" with spaces).
func sepKey(s string) (string, bool) {
	if s == " " {
		return s, true
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			return "", false
		case unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		case isDash(r):
			// Dashes and spaces are the same separator: "Deir ez-Zor" = "Deir ez Zor".
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		case isApos(r):
			b.WriteByte('\'')
		case r == '.' || r == ',':
			b.WriteRune(r)
		default:
			return "", false
		}
		space = false
	}
	if b.Len() > 4 {
		return "", false
	}
	return b.String(), true
}

// nameKey builds the lookup key of a name, and its capitalisation mask (bit
// i set when word i starts with an upper-case letter). ok is false when the
// name has no word or more than maxWords words.
func nameKey(name string) (key string, caps uint32, n int, ok bool) {
	toks := tokenize(name)
	if len(toks) == 0 || len(toks) > maxWords {
		return "", 0, 0, false
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			sep, ok := sepKey(name[toks[i-1].end:t.start])
			if !ok {
				return "", 0, 0, false
			}
			b.WriteString(sep)
		}
		b.WriteString(t.key)
		if t.upper {
			caps |= 1 << i
		}
	}
	return b.String(), caps, len(toks), true
}
