package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word or punctuation mark of one field, with byte offsets.
type tok struct {
	start, end int
	text       string
	low        string
	tag        string // POS tag from the text stage, "" when untagged
	quote      int    // index of the quotation pair covering it, -1 when outside
	mark       bool   // a quotation mark
}

func (t tok) isWord() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func (t tok) isCap() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r) || articlePrefixed(t.text)
}

// articlePrefixed reports whether w is a name written with a lower-case
// Arabic article before its capital: "al-Kindi", "el-Sisi", "ash-Shaab".
func articlePrefixed(w string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "ash-", "as-", "at-", "az-", "an-", "ar-"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

func (t tok) is(p string) bool { return t.text == p }

var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true,
	"gen": true, "lt": true, "col": true, "capt": true, "prof": true, "rev": true, "st": true,
	"sgt": true, "maj": true, "adm": true, "jr": true, "sr": true, "pres": true, "sec": true,
	"u.s": true, "u.n": true, "u.k": true, "d.c": true, "inc": true, "corp": true, "co": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "sep": true, "oct": true, "nov": true, "dec": true,
	"no": true, "vs": true, "a.m": true, "p.m": true, "gop": false,
}

// tokenize splits s[lo:hi] into tokens with offsets into s.
func tokenize(s string, lo, hi int) []tok {
	out := make([]tok, 0, (hi-lo)/5+1)
	i := lo
	for i < hi {
		r, sz := utf8.DecodeRuneInString(s[i:hi])
		if unicode.IsSpace(r) {
			i += sz
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j := i + sz
			for j < hi {
				r2, sz2 := utf8.DecodeRuneInString(s[j:hi])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += sz2
					continue
				}
				// inner apostrophes, hyphens, dots and commas in numbers
				if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == ',') && j+sz2 < hi {
					r3, _ := utf8.DecodeRuneInString(s[j+sz2 : hi])
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						if r2 == ',' && !(unicode.IsDigit(r) && unicode.IsDigit(r3)) {
							break
						}
						if r2 == '.' && !(unicode.IsDigit(r3) || (unicode.IsLetter(r3) && j+sz2+1 <= hi && isInitialDot(s, j+sz2, hi))) {
							break
						}
						j += sz2
						continue
					}
				}
				break
			}
			// abbreviation dot
			if j < hi && s[j] == '.' {
				w := strings.ToLower(s[i:j])
				if abbrevs[w] || (utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r)) {
					j++
				}
			}
			out = append(out, tok{start: i, end: j, text: s[i:j], low: strings.ToLower(strings.TrimSuffix(s[i:j], ".")), quote: -1})
			i = j
			continue
		}
		j := i + sz
		if r == '\'' && j < hi && s[j] == '\'' {
			j++
			if j < hi && s[j] == '\'' {
				// ''' : the single mark stands inside the double one
				if r3 := nextRune(s, j+1); j+1 >= hi || !isWordRune(r3) {
					j = i + 1
				}
			}
		}
		if r == '.' && j+1 < hi && s[j] == '.' && s[j+1] == '.' {
			j += 2
		}
		out = append(out, tok{start: i, end: j, text: s[i:j], low: s[i:j], quote: -1})
		i = j
	}
	return out
}

// isInitialDot reports whether the letter at i is followed by a dot, as in
// "U.S." (so the dot before it belongs to the word).
func isInitialDot(s string, i, hi int) bool {
	_, sz := utf8.DecodeRuneInString(s[i:hi])
	return i+sz < hi && s[i+sz] == '.'
}

func isQuoteMark(t string) bool {
	switch t {
	case "\"", "“", "”", "„", "«", "»", "''", "‘", "’", "'":
		return true
	}
	return false
}

// Word classes used to read speakers.
var (
	pronouns = map[string]string{ // pronoun → "m", "f", "p" (plural/body), "" (I, we)
		"he": "m", "she": "f", "they": "p", "i": "", "we": "p", "it": "n",
	}
	determiners = set("the", "a", "an", "another", "his", "her", "their", "its", "this", "these",
		"those", "some", "many", "several", "two", "three", "four", "five", "both", "one", "our", "my",
		"other", "most", "few", "all", "each", "no", "any", "such")
	titles = set("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "prof",
		"rev", "sgt", "maj", "adm", "president", "senator", "governor", "secretary", "minister",
		"spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chief", "director",
		"judge", "justice", "mayor", "ambassador", "speaker", "leader", "representative", "congressman",
		"congresswoman", "prime", "vice", "general", "attorney", "pastor", "pope", "king", "queen", "prince")
	// closed-class words that never belong to a speaker's noun phrase
	npStop = set("that", "which", "who", "whom", "whose", "when", "where", "while", "and", "or", "but",
		"because", "if", "as", "after", "before", "since", "although", "though", "also", "then", "so",
		"is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
		"will", "would", "could", "should", "can", "may", "might", "must", "not", "never", "to", "in",
		"on", "at", "by", "with", "from", "about", "into", "than", "there", "here", "what", "how",
		"why", "it", "this", "him", "them", "us", "me", "you", "just", "even", "only", "again",
		"later", "earlier", "once", "yet", "still", "now", "today", "yesterday", "tonight", "recently",
		"repeatedly", "previously", "too", "very", "more", "less", "however", "instead", "over", "under",
		"up", "down", "out", "off", "back", "against", "during", "without", "through", "all", "both",
		"like", "said", "says", "say", "told", "its")
	// adverbs between a speaker and a cue or after a cue
	cueAdverbs = set("also", "later", "then", "again", "once", "previously", "repeatedly", "recently",
		"further", "earlier", "often", "frequently", "publicly", "privately", "has", "have", "had",
		"had", "once", "reportedly", "allegedly", "simply", "flatly", "angrily", "quickly", "finally",
		"openly", "bluntly", "separately", "initially", "first", "subsequently", "would", "will",
		"would", "did", "does", "do", "even", "had", "just", "still", "already", "last", "ultimately",
		"told", "explicitly", "directly", "curtly", "firmly", "never", "went", "on", "to")
	weekdays = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
		"friday": 5, "saturday": 6}
	months = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
		"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
		"oct": 10, "nov": 11, "dec": 12}
	// role nouns that can name a speaker without a proper name
	roleNouns = set("spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister",
		"diplomat", "president", "secretary", "senator", "governor", "source", "sources", "campaign",
		"ministry", "department", "agency", "report", "statement", "aide", "aides", "adviser",
		"advisers", "advisor", "candidate", "nominee", "lawmaker", "lawmakers", "leader", "leaders",
		"analyst", "analysts", "expert", "experts", "critics", "supporters", "police", "government",
		"administration", "committee", "office", "spokesmen", "chairman", "director", "chief",
		"representative", "officer", "prosecutors", "prosecutor", "lawyer", "attorney", "study",
		"poll", "survey", "researchers", "group", "organization", "people", "voters", "democrats",
		"republicans", "members", "witnesses", "residents", "authorities", "ambassador", "envoy",
		"commander", "military", "army", "company", "firm", "judge", "court", "mayor", "doctor",
		"pollster", "strategist", "operative", "activists", "observers", "commentators", "host")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
