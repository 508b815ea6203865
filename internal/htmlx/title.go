package htmlx

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleSeparators split a headline from the site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", " / "}

// chooseTitle picks the headline: JSON-LD headline, og:title, other title
// metadata, the first <h1> (not the site's name), <title>, then
// trafilatura's title.
func chooseTitle(m pageMeta, trafTitle string) string {
	for _, t := range []string{m.ldHeadline, m.ogTitle, m.metaTitle, m.h1, m.docTitle, normSpace(trafTitle)} {
		if c := cleanTitle(t, m.siteName, m.host); c != "" {
			return h1Part(c, m.h1)
		}
	}
	return ""
}

// cleanTitle removes " | Site" suffixes and "Site | " prefixes.
func cleanTitle(t, site, host string) string {
	t = normSpace(t)
	for range 3 {
		cut := false
		for _, sep := range titleSeparators {
			i := strings.LastIndex(t, sep)
			if i <= 0 {
				continue
			}
			head, tail := t[:i], t[i+len(sep):]
			if isSiteName(tail, site, host) || (!hyphenSep(sep) && words(tail) <= 3 && words(head) >= 4) {
				t, cut = strings.TrimSpace(head), true
				break
			}
		}
		for _, sep := range titleSeparators {
			i := strings.Index(t, sep)
			if i <= 0 {
				continue
			}
			head, tail := t[:i], t[i+len(sep):]
			if isSiteName(head, site, host) && words(tail) >= 2 {
				t, cut = strings.TrimSpace(tail), true
				break
			}
		}
		if !cut {
			break
		}
	}
	return t
}

// h1Part returns the page's <h1> when t is the <h1> plus a section name or
// site name beyond a separator ("Opinion | Title" with <h1> "Title").
func h1Part(t, h1 string) string {
	if h1 == "" || t == h1 || !strings.Contains(t, h1) {
		return t
	}
	for _, sep := range titleSeparators {
		if strings.HasPrefix(t, h1+sep) || strings.HasSuffix(t, sep+h1) {
			return h1
		}
	}
	return t
}

func hyphenSep(sep string) bool {
	return sep == " - " || sep == " – " || sep == " — " || sep == " / "
}

func words(s string) int { return len(strings.Fields(s)) }

// isSiteName reports whether s names the site: equal to og:site_name, or
// made of the host's main label ("nytimes" for www.nytimes.com).
func isSiteName(s, site, host string) bool {
	k := squash(s)
	if k == "" {
		return false
	}
	if site != "" && (k == squash(site) || strings.HasPrefix(squash(site), k) && len(k) >= 4) {
		return true
	}
	if label := hostLabel(host); label != "" {
		if k == label || strings.HasPrefix(k, label) && words(s) <= 4 || label == acronym(s) && len(label) >= 2 {
			return true
		}
		if strings.Contains(squash(host), k) && len(k) >= 4 {
			return true
		}
	}
	return false
}

// squash lower-cases s and keeps letters and digits only.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// acronym is the lower-cased initials of s's words ("New York Times" → "nyt").
func acronym(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// hostLabel is the main label of a host name: "bbc" for bbc.co.uk.
func hostLabel(host string) string {
	labels := strings.Split(strings.ToLower(host), ".")
	for i := len(labels) - 1; i >= 0; i-- {
		switch labels[i] {
		case "", "com", "co", "uk", "org", "net", "gov", "edu", "ac", "au", "ca", "in", "io",
			"de", "fr", "ie", "nz", "za", "us", "info", "news", "www", "m", "amp":
			continue
		}
		return squash(labels[i])
	}
	return ""
}

// chooseSubtitle returns a standfirst when the page has a real one, and
// the paragraphs without it: the JSON-LD alternativeHeadline, the meta
// description when that text is shown on the page, or an element next to
// the headline marked as standfirst. A candidate that is a teaser of the
// body (its opening words are in the body, or it ends in an ellipsis) is
// not a standfirst; a marked standfirst that the extractor took as the
// first body paragraph is moved out of the body.
func chooseSubtitle(m pageMeta, title string, paras []string, pageText string) (string, []string) {
	plausible := func(c string) bool {
		n := utf8.RuneCountInString(c)
		if n < 25 || n > 500 || rxNotStandfirst.MatchString(c) {
			return false
		}
		if strings.HasSuffix(c, "...") || strings.HasSuffix(c, "…") || strings.HasSuffix(c, "[…]") {
			return false
		}
		k, tk := wordKey(c), wordKey(title)
		return k != "" && k != tk && !strings.HasPrefix(tk, k)
	}
	sf := standfirstNear(m.h1s, title)
	if len(paras) > 1 && plausible(sf) && wordKey(paras[0]) == wordKey(sf) {
		return sf, paras[1:]
	}
	body := " " + wordKey(strings.Join(paras, " ")) + " "
	ok := func(c string) bool {
		return plausible(c) && !strings.Contains(body, " "+openingWords(wordKey(c), 8)+" ")
	}
	if ok(m.ldAltHeadline) {
		return m.ldAltHeadline, paras
	}
	if ok(m.description) && strings.Contains(pageText, " "+openingWords(wordKey(m.description), 12)+" ") {
		return m.description, paras
	}
	if ok(sf) {
		return sf, paras
	}
	return "", paras
}

var rxWord = regexp.MustCompile(`[\p{L}\p{N}]+`)

// wordKey is s lower-cased with punctuation removed and single spaces.
func wordKey(s string) string {
	return strings.Join(rxWord.FindAllString(strings.ToLower(s), -1), " ")
}

func openingWords(k string, n int) string {
	f := strings.Fields(k)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// dropLeadingTitle removes opening paragraphs that repeat the headline.
func dropLeadingTitle(paras []string, title string) []string {
	if title == "" {
		return paras
	}
	k := wordKey(title)
	for len(paras) > 0 && wordKey(paras[0]) == k {
		paras = paras[1:]
	}
	return paras
}

// rxFurniture matches short paragraphs that are page furniture rather than
// article text: calls to action, share bars, picture credits, reporter
// credits and e-mail lines, pointers to related stories.
var rxFurniture = regexp.MustCompile(`(?i)^(` +
	`advertisement|advertising|sponsored( content)?|` +
	`share( this( article| story)?)?( on)?( facebook| twitter| email)*|` +
	`like this (story|article)\??.{0,40}|` +
	`(click|tap) (here )?to .{0,60}|` +
	`(read more|see more|see also|also read|related( posts?| articles?| stories| coverage| content)?|more on this( story)?)\s*[:|»›>]\s*.{0,150}|` +
	`related( posts?| articles?| stories| coverage| content)?|more great .{0,30} stories|most (read|popular)( in .{0,30})?|you (may|might) also like:?|read more|see more|` +
	`(sign up|subscribe)( for| to)? .{0,80}|` +
	`follow (us|him|her|them|@\S+) on .{0,80}|` +
	`(image|photo|picture) (copyright|credit|caption).{0,80}|` +
	`copyright\s*(©|ⓒ|\(c\)|\d{4}\b).{0,100}|(©|ⓒ).{0,100}|all rights reserved\.?|` +
	`(skip|jump) to .{0,30}|comments?|(\d+ )?comments|print|email|loading\.*|` +
	`continue reading( below)?\.?|story continues below( advertisement)?\.?|(this )?article continues below\.?|` +
	`\((additional )?(reporting|writing|editing|compiled|translated)( by)? [^)]{0,150}\)\.?|` +
	`(additional )?(reporting|writing|editing) by (?-i:\p{Lu})[^.;]{0,60}(; ?(additional )?(reporting|writing|editing) by [^.;]{0,60})*\.?|` +
	`[^.]{0,120} contributed (to this report|reporting)\b.{0,60}|` +
	`(write to|contact) [^.]{0,60} at \S+@\S+|` +
	`(reach|email) the (reporter|writer|author)s? .{0,120}|` +
	`filed under:?.{0,80}|tags?:.{0,100}` +
	`)$`)

// dropFurniture removes paragraphs that are page furniture.
func dropFurniture(paras []string) []string {
	out := paras[:0:0]
	for _, p := range paras {
		if utf8.RuneCountInString(p) < 250 && rxFurniture.MatchString(p) {
			continue
		}
		out = append(out, p)
	}
	return out
}
