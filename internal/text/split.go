package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbrevClass says how a word followed by a period behaves at a possible
// sentence end.
type abbrevClass uint8

const (
	notAbbrev abbrevClass = iota
	// title words always precede a name: "Mr.", "Gen.", "Sen.". Never a break.
	title
	// before a number: "No. 10", "Sept. 12", "Art. 5". No break before a digit,
	// else the starter rule.
	numeric
	// may end a sentence: "Inc.", "Jr.", "a.m.", "U.S.". A break only when the
	// next word is a common sentence starter ("The", "He", ...).
	ambiguous
)

// abbrevs maps lower-cased abbreviations (without the final period) to their
// class. Written for English wire copy.
var abbrevs = map[string]abbrevClass{
	// titles and ranks
	"mr": title, "mrs": title, "ms": title, "messrs": title, "dr": title, "prof": title,
	"gen": title, "lt": title, "col": title, "maj": title, "capt": title, "cpt": title,
	"sgt": title, "cpl": title, "pvt": title, "adm": title, "cmdr": title, "cdr": title,
	"brig": title, "gens": title, "sen": title, "sens": title, "rep": title, "reps": title,
	"gov": title, "govs": title, "amb": title, "rev": title, "fr": title, "hon": title,
	"pres": title, "supt": title, "insp": title, "atty": title, "mt": title, "ft": title,
	"lieut": title, "comdr": title, "sec": title, "secy": title, "msgr": title,
	"gov-elect": title, "lt-gen": title,
	// months and other things that precede numbers
	"jan": numeric, "feb": numeric, "mar": numeric, "apr": numeric, "jun": numeric,
	"jul": numeric, "aug": numeric, "sep": numeric, "sept": numeric, "oct": numeric,
	"nov": numeric, "dec": numeric, "no": numeric, "nos": numeric, "art": numeric,
	"vol": numeric, "p": numeric, "pp": numeric, "fig": numeric, "ch": numeric,
	"para": numeric, "sect": numeric, "approx": numeric, "est": numeric,
	// words that may end a sentence
	"inc": ambiguous, "corp": ambiguous, "co": ambiguous, "ltd": ambiguous, "llc": ambiguous,
	"plc": ambiguous, "bros": ambiguous, "jr": ambiguous, "sr": ambiguous, "st": ambiguous,
	"ave": ambiguous, "blvd": ambiguous, "rd": ambiguous, "etc": ambiguous, "vs": ambiguous,
	"v": ambiguous, "al": ambiguous, "dept": ambiguous, "univ": ambiguous, "assn": ambiguous,
	"min": ambiguous, "max": ambiguous, "cf": ambiguous, "ca": ambiguous, "mln": ambiguous,
	"bln": ambiguous, "mn": ambiguous, "bn": ambiguous, "tn": ambiguous, "yr": ambiguous,
	"yrs": ambiguous, "hrs": ambiguous, "mins": ambiguous, "km": ambiguous, "kg": ambiguous,
	"calif": ambiguous, "fla": ambiguous, "mass": ambiguous, "conn": ambiguous, "ariz": ambiguous,
	"ill": ambiguous, "wash": ambiguous, "penn": ambiguous, "tenn": ambiguous, "ky": ambiguous,
	"va": ambiguous, "md": ambiguous, "pa": ambiguous, "ga": ambiguous, "okla": ambiguous,
	"colo": ambiguous, "mich": ambiguous, "minn": ambiguous, "wis": ambiguous, "ore": ambiguous,
	"nev": ambiguous, "ala": ambiguous, "miss": ambiguous, "la": ambiguous, "tex": ambiguous,
	"mo": ambiguous, "neb": ambiguous, "kan": ambiguous, "ind": ambiguous, "del": ambiguous,
}

// starters are words that commonly begin a sentence in news copy. After an
// ambiguous abbreviation ("Inc.", "U.S.", "a.m.", an initial) a break is made
// only when one of these follows.
var starters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "You": true, "This": true, "That": true, "These": true,
	"Those": true, "There": true, "His": true, "Her": true, "Its": true, "Their": true,
	"Our": true, "My": true, "But": true, "And": true, "Or": true, "So": true, "Yet": true,
	"In": true, "On": true, "At": true, "As": true, "By": true, "For": true, "From": true,
	"With": true, "After": true, "Before": true, "During": true, "Since": true, "While": true,
	"When": true, "If": true, "Although": true, "Though": true, "However": true,
	"Meanwhile": true, "Earlier": true, "Later": true, "Last": true, "Next": true,
	"According": true, "Also": true, "Still": true, "Some": true, "Many": true, "Most": true,
	"No": true, "Not": true, "Now": true, "Then": true, "What": true, "Who": true,
	"Why": true, "How": true, "Where": true, "Officials": true, "Both": true, "All": true,
	"Each": true, "One": true, "Two": true, "Another": true, "Such": true, "Under": true,
	"Asked": true, "Speaking": true, "Separately": true, "Moreover": true, "Further": true,
	"Furthermore": true, "Instead": true, "Despite": true, "Analysts": true, "Critics": true,
}

// span is a half-open byte range.
type span struct{ start, end int }

// splitSentences splits one paragraph (or headline) into sentence spans,
// byte offsets into s, trimmed of surrounding white space.
func splitSentences(s string) []span {
	var out []span
	start := 0
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isTerminator(r) {
			i += size
			continue
		}
		termStart := i
		// absorb a run of terminators: "?!", "...", "…"
		j := i
		periods, other := 0, 0
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if !isTerminator(r2) {
				break
			}
			if r2 == '.' {
				periods++
			} else {
				other++
			}
			j += sz
		}
		ellipsis := periods >= 2 || strings.Contains(s[termStart:j], "…")
		onlyPeriod := periods == 1 && other == 0
		// absorb closing quotes and brackets
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if !isCloser(r2) {
				break
			}
			j += sz
		}
		quoted := false
		for _, c := range s[i:j] {
			if c == '"' || c == '”' || c == '’' || c == '\'' || c == '»' {
				quoted = true
			}
		}
		end := j
		// a break needs white space (or the end of the text) next
		if j < len(s) {
			r2, _ := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r2) {
				i = j
				continue
			}
		}
		k := j
		for k < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[k:])
			if !unicode.IsSpace(r2) {
				break
			}
			k += sz
		}
		if k >= len(s) {
			break // end of text: the last sentence takes the rest
		}
		if quoted && !onlyPeriod && !ellipsis && speakerFollows(s, k) {
			i = k // "Why not?" Putin asked.
			continue
		}
		if breakHere(s, start, termStart, k, onlyPeriod, ellipsis) {
			if sp, ok := trim(s, start, end); ok {
				out = append(out, sp)
			}
			start = k
		}
		i = k
	}
	if sp, ok := trim(s, start, len(s)); ok {
		out = append(out, sp)
	}
	return out
}

// breakHere decides whether the terminator run starting at term (in the
// sentence begun at start) ends a sentence, given that the next word begins
// at next.
func breakHere(s string, start, term, next int, onlyPeriod, ellipsis bool) bool {
	nextWord, firstUpper, firstDigit := nextWordAt(s, next)
	if !firstUpper && !firstDigit {
		return false // "e.g. the", "'Stop!' he shouted", "… and then"
	}
	if ellipsis {
		return firstUpper && starters[nextWord]
	}
	if !onlyPeriod {
		return true // ? or !
	}
	word := wordBefore(s, start, term)
	if word == "" {
		return true
	}
	lw := strings.ToLower(word)
	switch abbrevs[lw] {
	case title:
		return false
	case numeric:
		if firstDigit {
			return false
		}
		return starters[nextWord]
	case ambiguous:
		return starters[nextWord]
	}
	// initials and initialisms: "J.", "J.R.R.", "U.S.", "a.m."
	if isInitialism(word) {
		return starters[nextWord]
	}
	// a list number at the start of a paragraph: "1. The ..."
	if term-start == len(word) && isDigits(word) {
		return false
	}
	return true
}

// speechVerbs are verbs of saying that may follow a quotation ending in
// "?" or "!" without a comma: `"Why not?" Putin asked.`
var speechVerbs = map[string]bool{
	"said": true, "says": true, "asked": true, "asks": true, "added": true, "adds": true,
	"told": true, "tells": true, "wrote": true, "writes": true, "shouted": true,
	"replied": true, "replies": true, "continued": true, "insisted": true, "exclaimed": true,
	"cried": true, "demanded": true, "wondered": true, "yelled": true, "tweeted": true,
}

// speakerFollows reports whether a verb of saying comes within the next four
// words at i, before any sentence punctuation.
func speakerFollows(s string, i int) bool {
	for n := 0; n < 4 && i < len(s); n++ {
		j := i
		for j < len(s) {
			r, sz := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			if isTerminator(r) || r == ',' || r == ';' || r == ':' {
				if speechVerbs[s[i:j]] {
					return true
				}
				return false
			}
			j += sz
		}
		if speechVerbs[s[i:j]] {
			return true
		}
		for j < len(s) {
			r, sz := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r) {
				break
			}
			j += sz
		}
		i = j
	}
	return false
}

// nextWordAt returns the word starting at i (after any opening quotes or
// brackets) and whether it starts with an upper-case letter or a digit.
func nextWordAt(s string, i int) (word string, upper, digit bool) {
	for i < len(s) {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if isOpener(r) {
			i += sz
			continue
		}
		// an ellipsis opening the next sentence: "obsolete. ... NATO was"
		if r == '…' || strings.HasPrefix(s[i:], "...") {
			j := i + sz
			if r == '.' {
				j = i + 3
			}
			for j < len(s) && s[j] == ' ' {
				j++
			}
			i = j
			continue
		}
		break
	}
	if i >= len(s) {
		return "", false, false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	j := i
	for j < len(s) {
		r2, sz := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
			break
		}
		j += sz
	}
	return s[i:j], unicode.IsUpper(r), unicode.IsDigit(r)
}

// wordBefore returns the white-space delimited word ending at end (exclusive,
// the terminator's position), with leading opening punctuation removed.
func wordBefore(s string, start, end int) string {
	i := end
	for i > start {
		r, sz := utf8.DecodeLastRuneInString(s[start:i])
		if unicode.IsSpace(r) || isOpener(r) || r == '(' || r == '—' || r == '/' {
			break
		}
		i -= sz
	}
	return s[i:end]
}

// isInitialism reports whether w (the text before a final period) is a
// single letter or letters separated by periods: "J", "J.R.R", "U.S", "a.m".
func isInitialism(w string) bool {
	n := 0
	prevLetter := false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			if prevLetter {
				return false
			}
			prevLetter = true
			n++
		case r == '.':
			if !prevLetter {
				return false
			}
			prevLetter = false
		default:
			return false
		}
	}
	return n >= 1 && prevLetter
}

func isDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

func isTerminator(r rune) bool {
	return r == '.' || r == '?' || r == '!' || r == '…'
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '„':
		return true
	}
	return false
}

// trim narrows [start,end) past white space; ok is false when nothing is left.
func trim(s string, start, end int) (span, bool) {
	for start < end {
		r, sz := utf8.DecodeRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += sz
	}
	for end > start {
		r, sz := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= sz
	}
	return span{start, end}, start < end
}
