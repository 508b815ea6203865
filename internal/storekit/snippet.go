package storekit

import "strings"

// SnippetWords is how many words a snippet shows, as many as the SQLite
// store's FTS5 snippets.
const SnippetWords = 24

// Snippet cuts from text the SnippetWords words that best show where the
// query's words (each a phrase of its parts, as a search reads them) occur,
// with the matched words between [ and ] and … where text goes on. Words
// match when they fold alike (Fold). It is the PostgreSQL store's snippet,
// made to read as the SQLite store's: ts_headline would neither fold
// accents nor mark "Zürich" for "zurich".
func Snippet(text, query string) string {
	words := wordSpans(text)
	if len(words) == 0 {
		return ""
	}
	folded := make([]string, len(words))
	for i, w := range words {
		folded[i] = Fold(text[w[0]:w[1]])
	}
	var phrases [][]string
	for _, q := range strings.Fields(query) {
		var p []string
		for _, w := range wordSpans(q) {
			p = append(p, Fold(q[w[0]:w[1]]))
		}
		if len(p) > 0 {
			phrases = append(phrases, p)
		}
	}
	// matched[i] is the number (from 1) of the phrase word i is part of.
	matched := make([]int, len(words))
	var starts []int
	for i := range words {
		for pi, p := range phrases {
			if i+len(p) <= len(words) && equalAt(folded, i, p) {
				for j := range p {
					matched[i+j] = pi + 1
				}
				starts = append(starts, i)
				break
			}
		}
	}
	// The window with the most distinct phrases, then the most matches,
	// starting a few words before a match; the first of equals.
	best, bestScore := 0, -1
	for _, s := range starts {
		s = max(0, s-3)
		seen := map[int]bool{}
		hits := 0
		for i := s; i < min(s+SnippetWords, len(words)); i++ {
			if matched[i] > 0 {
				seen[matched[i]] = true
				hits++
			}
		}
		if score := len(seen)*1000 + hits; score > bestScore {
			best, bestScore = s, score
		}
	}
	end := min(best+SnippetWords, len(words))
	var b strings.Builder
	if best > 0 {
		b.WriteString("…")
	}
	for i := best; i < end; i++ {
		if i > best {
			b.WriteString(text[words[i-1][1]:words[i][0]])
		}
		w := text[words[i][0]:words[i][1]]
		if matched[i] > 0 {
			b.WriteString("[" + w + "]")
		} else {
			b.WriteString(w)
		}
	}
	if end < len(words) {
		b.WriteString("…")
	} else {
		b.WriteString(text[words[end-1][1]:])
	}
	return b.String()
}

func equalAt(words []string, i int, phrase []string) bool {
	for j, p := range phrase {
		if words[i+j] != p {
			return false
		}
	}
	return true
}

// wordSpans gives the byte spans of the words of s: runs of letters and
// numbers.
func wordSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}
