package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
)

// token is a word, a possessive "'s" or a punctuation mark of one field.
type token struct {
	s, e      int // byte offsets into the field
	text      string
	word      bool // letters or digits
	cap       bool // first letter upper-case
	lower     bool // no upper-case letter
	sentStart bool // first token of a sentence
}

// Abbreviations that keep their period ("Mr.", "Gen.").
var abbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Gen": true, "Lt": true, "Col": true,
	"Sen": true, "Rep": true, "Gov": true, "Sgt": true, "Capt": true, "Maj": true, "Adm": true,
	"Prof": true, "St": true, "Jr": true, "Sr": true, "Brig": true, "Cmdr": true, "Rev": true,
	"Gens": true, "Messrs": true, "Mt": true, "Ft": true, "Pres": true, "Supt": true, "Insp": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true, "No": true, "Inc": true,
	"Corp": true, "Co": true, "Ltd": true, "vs": true,
}

func isApos(r rune) bool { return r == '\'' || r == '’' }

// tokenize splits a field into tokens. Words keep inner hyphens, periods
// and apostrophes ("al-Assad", "U.S.", "O'Brien"); a possessive "'s" is its
// own token; a final period stays on abbreviations and initials.
func tokenize(text string, sentStarts map[int]bool) []token {
	var toks []token
	i := 0
	newSentence := true
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			if strings.HasPrefix(text[i:], "\n\n") {
				newSentence = true
			}
			i += n
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				if r2 == '-' || r2 == '.' || isApos(r2) || r2 == '&' {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						// A possessive 's is split off below.
						if isApos(r2) && (r3 == 's' || r3 == 'S') && !letterAt(text, j+n2+1) {
							break
						}
						j += n2
						continue
					}
				}
				break
			}
			w := text[i:j]
			// Keep a final period on abbreviations, initials and dotted
			// acronyms.
			if j < len(text) && text[j] == '.' {
				if abbrevs[w] || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r) || strings.Contains(w, ".") {
					j++
					w = text[i:j]
				}
			}
			toks = append(toks, mkToken(text, i, j, true, newSentence || sentStarts[i]))
			newSentence = false
			i = j
			// Possessive.
			if i < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[i:])
				if isApos(r2) && i+n2 < len(text) && (text[i+n2] == 's' || text[i+n2] == 'S') && !letterAt(text, i+n2+1) {
					toks = append(toks, token{s: i, e: i + n2 + 1, text: text[i : i+n2+1], lower: true})
					i += n2 + 1
				}
			}
			continue
		default:
			toks = append(toks, token{s: i, e: i + n, text: text[i : i+n]})
			if r == '.' || r == '!' || r == '?' {
				newSentence = true
			}
			i += n
		}
		// A period kept on an abbreviation does not end the sentence here;
		// the sentence stage's boundaries (sentStarts) correct both ways.
	}
	return toks
}

func letterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func mkToken(text string, s, e int, word, sentStart bool) token {
	w := text[s:e]
	r, _ := utf8.DecodeRuneInString(w)
	t := token{s: s, e: e, text: w, word: word, sentStart: sentStart}
	t.cap = unicode.IsUpper(r)
	t.lower = true
	for _, c := range w {
		if unicode.IsUpper(c) {
			t.lower = false
			break
		}
	}
	return t
}

// sentenceStarts returns the byte offsets where the text stage's sentences
// of field f start, when it ran.
func sentenceStarts(a *dateline.Article, f dateline.Field) map[int]bool {
	var m map[int]bool
	for _, s := range a.Sentences {
		if s.Field == f {
			if m == nil {
				m = map[int]bool{}
			}
			m[s.Start] = true
		}
	}
	return m
}
