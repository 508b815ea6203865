package storekit

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold folds case and accents as SQLite's unicode61 tokenizer with
// remove_diacritics 2 does (the SQLite store's full-text indexes): "Zürich"
// and "ZURICH" fold to "zurich", "Erdoğan" to "erdogan". Letters it leaves
// alone are left alone (ı, ł, ø; Greek and Cyrillic accents). The PostgreSQL
// store indexes and searches folded text, so that a search finds the same
// words in both stores. Each letter folds to one letter, so offsets in code
// points are kept.
func Fold(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		b.WriteRune(FoldRune(r))
	}
	return b.String()
}

// FoldRune is Fold of one letter.
func FoldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	i := sort.Search(len(foldTable), func(i int) bool { return foldTable[i][0] >= r })
	if i < len(foldTable) && foldTable[i][0] == r {
		return foldTable[i][1]
	}
	return r
}

// isWordRune reports whether r is part of a word for Snippet, as for
// SQLite's unicode61 tokenizer: letters and numbers.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }
