package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
)

// line is one non-blank line of a text input, whitespace-normalised.
type line struct {
	text        string
	blankBefore bool // a blank line (or the start of the text) precedes it
}

// textLines splits s into normalised, non-blank lines.
func textLines(s string) []line {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var out []line
	blank := true
	for _, l := range strings.Split(s, "\n") {
		l = normLine(l)
		if l == "" {
			blank = true
			continue
		}
		out = append(out, line{text: l, blankBefore: blank})
		blank = false
	}
	return out
}

// normLine collapses white space (tabs, no-break spaces, newlines) to single
// spaces, drops control and zero-width characters, and trims.
func normLine(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError && !strings.ContainsRune(s, utf8.RuneError):
			continue
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			continue
		case unicode.IsSpace(r) || unicode.IsControl(r):
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return sb.String()
}

// groupParagraphs turns lines into paragraphs. Blank lines always separate
// paragraphs. Inside a block of consecutive lines: when most lines end
// without closing punctuation the block is hard-wrapped text and becomes one
// paragraph; otherwise each line is a paragraph, except that a line without
// closing punctuation followed by one going on in lower case is joined to it.
// Photo credit lines are taken out first (they are not body text and would
// otherwise be joined to a paragraph).
func groupParagraphs(lines []line, captions *[]string) []string {
	var kept []line
	carry := false  // a dropped line began a block
	teaser := false // the previous line was "Read also": a linked headline follows
	tags := false   // under a "Related topics" head: topic tags follow
	for _, l := range lines {
		drop := false
		wasTeaser := teaser
		teaser = false
		if tags && !(words(l.text) <= 4 && !endsSentence(l.text)) && !isNav(l.text) {
			tags = false
		}
		switch {
		case isCredit(l.text, false) && words(l.text) <= 40:
			*captions = append(*captions, l.text)
			drop = true
		case isNav(l.text) && words(l.text) <= 8:
			drop = true
			teaser = readAlso.MatchString(l.text)
			tags = tagsHead.MatchString(l.text)
		case linkLine(l.text):
			drop = true // "Read also: Ukraine war latest: Russia launches ..."
		case tagsLine(l.text):
			drop = true // "Tags: Burkina Faso, coup, ECOWAS"
		case tags && words(l.text) <= 4 && !endsSentence(l.text):
			drop = true // a topic tag under "Related topics"
			continue
		case isTrailer(l.text) && words(l.text) <= 60:
			drop = true // "Reporting by ...; Editing by ..."
		case isBoilerplate(l.text, false):
			drop = true // an agency's disclaimer or copyright line
		case wasTeaser && !endsSentence(l.text) && words(l.text) <= 20:
			drop = true // the headline a "Read also" box links to
		}
		if drop {
			carry = carry || l.blankBefore
			continue
		}
		l.blankBefore = l.blankBefore || carry
		carry = false
		kept = append(kept, l)
	}
	var out []string
	for s := 0; s < len(kept); {
		e := s + 1
		for e < len(kept) && !kept[e].blankBefore {
			e++
		}
		out = appendBlock(out, kept[s:e])
		s = e
	}
	return out
}

// appendBlock appends the paragraphs of one block of consecutive lines.
func appendBlock(out []string, block []line) []string {
	open := 0
	for _, l := range block[:len(block)-1] {
		if !closes(l.text) {
			open++
		}
	}
	wrapped := len(block) > 1 && open*2 > len(block)-1
	var cur strings.Builder
	for i, l := range block {
		if i > 0 && (wrapped || joins(block[i-1].text, l.text)) {
			cur.WriteByte(' ')
			cur.WriteString(l.text)
			continue
		}
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
		cur.WriteString(l.text)
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// closes reports whether a line ends with closing punctuation.
func closes(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?\"”’':;)]…", last)
}

// joins reports whether next continues prev's paragraph in a block that is
// not hard-wrapped.
func joins(prev, next string) bool {
	if closes(prev) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(first)
}

// header is what readHeader found before the body.
type header struct {
	headline, subheadline string
	captions              []string
	date                  dateline.Date
	bodyStart             int // index of the first body line
	// dateline, when the dateline fills a line of its own before the body
	// ("MADRID", "MOSCOW, December 3. /TASS/."); else nil and the body's
	// first paragraph may start with one
	dateline *dateline.Dateline
}

// lineDateline reads a dateline at line i: a wire dateline
// (ParseDateline, with the next line as the story when the dateline
// stands alone), or a bare city line ("MADRID") right before the story's
// first paragraph. whole reports whether the dateline fills line i.
func lineDateline(lines []line, i int, known func(string) bool) (d *dateline.Dateline, whole, ok bool) {
	t := lines[i].text
	if d, rest, ok := ParseDateline(probe(lines, i)); ok {
		return d, rest > len(t), true
	}
	if d, _, ok := cityDateline(t, known); ok {
		return d, false, true
	}
	if i+1 < len(lines) && storyLine(lines, i+1) {
		if d, ok := bareDateline(t, known); ok {
			return d, true, true
		}
	}
	return nil, false, false
}

// storyLine reports whether line j can open a story's first paragraph: a
// sentence of eight words or more (or the first line of a hard-wrapped
// one) that is no furniture and no dateline.
func storyLine(lines []line, j int) bool {
	t := lines[j].text
	if !storyParagraph(t) {
		// a hard-wrapped paragraph: its first line goes on in lower case
		if words(t) < 6 || endsSentence(t) || j+1 >= len(lines) || lines[j+1].blankBefore {
			return false
		}
		r, _ := utf8.DecodeRuneInString(lines[j+1].text)
		if !unicode.IsLower(r) {
			return false
		}
	}
	if _, ok := dateStamp(t); ok || isNav(t) || isCredit(t, true) || isByline(t) {
		return false
	}
	_, _, ok := ParseDateline(probe(lines, j))
	return !ok
}

// storyParagraph reports whether t reads as a paragraph of a story: a
// sentence of eight words or more starting with a capital, a digit or a
// quotation mark.
func storyParagraph(t string) bool {
	if words(t) < 8 || !endsSentence(t) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'«", r)
}

// readHeader finds the headline, subheadline, captions and a date stamp at
// the top of a text input, and where the body starts.
func readHeader(lines []line, finiteVerb func(string) bool, known func(string) bool) header {
	var h header
	h.bodyStart = 0
	var pre []string // captions seen before the headline
	hl := -1
	for i := 0; i < len(lines) && i < 40; i++ {
		t := lines[i].text
		if d, ok := dateStamp(t); ok {
			h.noteDate(d, t)
			continue
		}
		if _, _, ok := lineDateline(lines, i, known); ok {
			break // the story starts without a headline
		}
		if isCredit(t, true) {
			pre = append(pre, t)
			continue
		}
		if isNav(t) || isByline(t) || words(t) <= 2 {
			continue
		}
		if words(t) > 40 {
			break // a body paragraph: no headline
		}
		if mastheadLine(t) && headlineFollows(lines, i+1) {
			continue // "Kenya News Agency", "Southern Wire Service (SWS)"
		}
		if sectionLabel(t) && headlineFollows(lines, i+1) && !(words(t) >= 3 && finiteVerb(t)) {
			continue // "Russian Politics & Diplomacy", "WORLD, MIDDLE EAST"
		}
		if bodyLike(t) && i+1 < len(lines) && words(lines[i+1].text) >= 12 {
			if _, _, ok := ParseDateline(probe(lines, i+1)); !ok {
				break // the text starts with its first paragraph
			}
		}
		hl = i
		break
	}
	if hl < 0 {
		// no headline: the body starts at the first line that is not furniture
		for i := 0; i < len(lines) && i < 40; i++ {
			t := lines[i].text
			if d, ok := dateStamp(t); ok {
				h.noteDate(d, t)
				continue
			}
			if d, whole, ok := lineDateline(lines, i, known); ok {
				h.bodyStart = i
				if whole {
					h.dateline, h.bodyStart = d, i+1
				}
				return h
			}
			if isCredit(t, true) {
				h.captions = append(h.captions, t)
				continue
			}
			if isNav(t) || isByline(t) || (words(t) <= 2 && !endsSentence(t)) {
				continue
			}
			h.bodyStart = i
			return h
		}
		h.bodyStart = 0
		return h
	}
	h.headline = lines[hl].text
	h.captions = pre
	// look for the dateline in the next lines
	dl := -1
	var dlWhole *dateline.Dateline // the dateline when it fills line dl
	for j := hl + 1; j < len(lines) && j <= hl+10; j++ {
		if _, ok := dateStamp(lines[j].text); ok {
			continue
		}
		if d, whole, ok := lineDateline(lines, j, known); ok {
			dl = j
			if whole {
				dlWhole = d
			}
			break
		}
		if words(lines[j].text) > 60 {
			break
		}
	}
	end := dl
	if dl < 0 {
		if e := headerEnd(lines, hl); e > hl {
			return h.withoutDateline(lines, hl, e, finiteVerb)
		}
		end = len(lines)
	}
	var rest []int // header lines that are neither furniture nor a subheadline yet
	j := hl + 1
	for ; j < end; j++ {
		t := lines[j].text
		if d, ok := dateStamp(t); ok {
			h.noteDate(d, t)
			continue
		}
		if isCredit(t, true) {
			h.captions = append(h.captions, t)
			continue
		}
		if isNav(t) || isByline(t) {
			continue
		}
		if dl < 0 {
			break // no dateline: the body starts here
		}
		rest = append(rest, j)
	}
	if dl < 0 {
		// without a dateline, take a subheadline only when it cannot be a
		// body paragraph: no closing punctuation, and more text follows
		if j < len(lines)-1 {
			t := lines[j].text
			if !endsSentence(t) && words(t) >= 4 && words(t) <= 40 {
				h.subheadline = t
				j++
			}
		}
		h.bodyStart = j
		return h
	}
	for _, idx := range rest {
		t := lines[idx].text
		// a photo's description stands before its credit line: a sentence
		// ("X speaks at a news conference.") or words without a finite verb
		// ("Ship carrying grain in the Bosphorus"); a standfirst has a verb
		captionNext := idx+1 < len(lines) && bareCredit(lines[idx+1].text)
		caption := nameAndTitle(t) || (captionNext && (endsSentence(t) || !finiteVerb(t)))
		if h.subheadline == "" && !caption {
			h.subheadline = t
		} else {
			h.captions = append(h.captions, t)
		}
	}
	h.bodyStart = dl
	if dlWhole != nil {
		h.dateline, h.bodyStart = dlWhole, dl+1
	}
	return h
}

// headerEnd finds, for a story without a dateline, the last line of the
// header after the headline at hl: the last date stamp, byline or reading
// time ("Published On 11 Apr 2019", "by Martin Fornusek", "2 min read")
// among the next dozen lines, when only short lines (a standfirst,
// captions) stand between. Such lines never interrupt a body, so what
// comes before them is header. It returns -1 when there is none.
func headerEnd(lines []line, hl int) int {
	end, content := -1, 0
	for j := hl + 1; j < len(lines) && j <= hl+12; j++ {
		t := lines[j].text
		if _, ok := dateStamp(t); ok {
			end = j
			continue
		}
		if isByline(t) || (len(t) <= 40 && readTime.MatchString(t)) {
			end = j
			continue
		}
		if isCredit(t, true) || isNav(t) {
			continue
		}
		if words(t) > 40 {
			break
		}
		content++
		if content > 3 {
			break
		}
	}
	// a stamp that nothing but furniture follows closes the page: what
	// stands before it is the story
	if end >= 0 {
		for j := end + 1; j < len(lines); j++ {
			t := lines[j].text
			if _, ok := dateStamp(t); ok || isNav(t) || isCredit(t, true) || isBoilerplate(t, true) || isSignOff(t) {
				continue
			}
			return end
		}
		return -1
	}
	return end
}

// withoutDateline lays out the header of a story without a dateline whose
// header runs from the headline at hl to the line at end: the first line
// that is neither furniture nor a caption is the subheadline, the others
// are captions; the body starts at the first line after end that is not
// furniture.
func (h header) withoutDateline(lines []line, hl, end int, finiteVerb func(string) bool) header {
	j := hl + 1
	for ; j < len(lines); j++ {
		t := lines[j].text
		if d, ok := dateStamp(t); ok {
			h.noteDate(d, t)
			continue
		}
		if isCredit(t, true) {
			h.captions = append(h.captions, t)
			continue
		}
		if isNav(t) || isByline(t) {
			continue
		}
		if j > end {
			break
		}
		captionNext := j+1 < len(lines) && bareCredit(lines[j+1].text)
		caption := nameAndTitle(t) || (captionNext && (endsSentence(t) || !finiteVerb(t)))
		if h.subheadline == "" && !caption {
			h.subheadline = t
		} else {
			h.captions = append(h.captions, t)
		}
	}
	h.bodyStart = j
	return h
}

// headlineFollows reports whether one of the three lines from i is a likely
// headline: four words or more, not a dateline, a credit or another label.
func headlineFollows(lines []line, i int) bool {
	for j := i; j < len(lines) && j < i+3; j++ {
		t := lines[j].text
		if _, _, ok := ParseDateline(probe(lines, j)); ok {
			return false
		}
		if isCredit(t, true) || isNav(t) {
			continue
		}
		if words(t) >= 4 && !sectionLabel(t) {
			return true
		}
	}
	return false
}

// bodyLike reports whether a line looks like a paragraph rather than a
// headline: a sentence of twenty words or more, in sentence case.
func bodyLike(t string) bool {
	if !endsSentence(t) || words(t) < 20 {
		return false
	}
	caps, n := 0, 0
	for _, w := range strings.Fields(t) {
		n++
		if titleWord(w) {
			caps++
		}
	}
	return caps*2 < n
}

// outletWords end the name of a news agency or an outlet.
var outletWords = map[string]bool{
	"Agency": true, "News": true, "Press": true, "Presse": true, "Service": true, "Services": true,
	"Media": true, "Corporation": true, "Network": true, "Broadcasting": true, "Wire": true,
}

// mastheadLine reports whether t is only an outlet's name standing above
// the headline: a wire agency ("Kenya News Agency"), or a name ending in
// an outlet word and maybe followed by its acronym in brackets ("African
// News Agency (ANA)", "Caribbean Media Corporation"), every word
// capitalised but "of", "and", "the".
func mastheadLine(t string) bool {
	name := t
	if i := strings.LastIndex(t, " ("); i > 0 && strings.HasSuffix(t, ")") {
		acr := t[i+2 : len(t)-1]
		if acr == "" || !upperWord(acr) || strings.ContainsAny(acr, " ,;") {
			return false
		}
		name = t[:i]
	}
	if isWireAgency(name) {
		return true
	}
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 6 || !outletWords[ws[len(ws)-1]] {
		return false
	}
	for _, w := range ws {
		switch w {
		case "of", "and", "the", "&":
			continue
		}
		if !titleWord(w) {
			return false
		}
	}
	return true
}

// sectionLabel reports whether a line before the headline looks like a
// section or tag label: three words or fewer, "A & B", or capitals with commas.
func sectionLabel(t string) bool {
	if closes(t) {
		return false
	}
	return words(t) <= 3 || strings.Contains(t, " & ") || (upperWord(t) && strings.Contains(t, ","))
}

// noteDate keeps a date stamp: the first one, or a later one that says it
// is the publication date ("Published", "Posted", AFP's "Issued on") when
// the first was an update.
func (h *header) noteDate(d dateline.Date, text string) {
	low := strings.ToLower(text)
	if h.date.IsZero() || strings.Contains(low, "publish") || strings.Contains(low, "posted") || strings.Contains(low, "issued") {
		if h.date.IsZero() || !strings.Contains(low, "updat") {
			h.date = d
		}
	}
}

// probe is line i, with the next line appended so that a dateline standing
// alone on its line ("MOSCOW, July 21. /TASS/.") is seen with its story.
func probe(lines []line, i int) string {
	return probeText(lines[i].text, i+1 < len(lines), func() string { return lines[i+1].text })
}

// probeText is the start of a paragraph (clipped: a dateline is short) with
// the start of the next one appended when the first is short enough to be a
// dateline alone.
func probeText(first string, hasNext bool, next func() string) string {
	if len(first) > maxDateline || !hasNext {
		return head(first, maxDateline)
	}
	return first + "\n" + head(next(), 64)
}

// maxDateline bounds the bytes a dateline may take.
const maxDateline = 400

// words counts the white-space separated words of s, stopping early once
// past 100 (callers only compare with small numbers).
func words(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			n++
			if n > 100 {
				return n
			}
		}
		in = !sp
	}
	return n
}

// head and tail clip s to at most n bytes at a rune boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// endsSentence reports whether s ends with a sentence's closing
// punctuation, possibly inside closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"”’')]»")
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…", last)
}

// navLines are whole lines of page furniture, lower case.
var navLines = map[string]bool{
	"all news": true, "top stories": true, "top news": true, "world": true, "news": true, "home": true,
	"share": true, "share this": true, "share this article": true, "share on facebook": true,
	"share on twitter": true, "advertisement": true, "advertising": true, "ad": true, "read more": true,
	"related": true, "related articles": true, "related news": true, "related stories": true, "related coverage": true,
	"more": true, "menu": true, "search": true, "subscribe": true, "sign in": true, "log in": true,
	"sign up": true, "tweet": true, "email": true, "e-mail": true, "print": true, "facebook": true,
	"twitter": true, "whatsapp": true, "telegram": true, "linkedin": true, "reddit": true,
	"comments": true, "comment": true, "skip to content": true, "skip to main content": true,
	"latest": true, "latest news": true, "politics": true, "business": true, "europe": true,
	"middle east": true, "asia": true, "americas": true, "africa": true, "opinion": true,
	"sport": true, "sports": true, "video": true, "videos": true, "photos": true, "live": true,
	"trending": true, "most read": true, "most popular": true, "follow us": true, "copy link": true,
	"listen": true, "listen to article": true, "save": true, "print this page": true,
	"back to top": true, "next article": true, "previous article": true, "close": true,
	"continue reading": true, "also read": true, "read also": true, "see also": true, "breaking news": true,
	"world news": true, "international": true, "u.s": true, "us": true, "uk": true, "russia": true,
	"newsletter": true, "podcasts": true, "more news": true, "editor's picks": true,
	"read next": true, "recommended": true, "you may also like": true, "show comments": true,
	"add comment": true, "font size": true, "a a a": true, "a+ a-": true, "in pictures": true,
	"abstract": true, "full text": true, "correction appended": true, "corrections appended": true,
	"copy link copied": true, "link copied": true, "listen to this article": true, "news feed": true,
	"story continues below advertisement": true, "article continues below advertisement": true,
	"continue reading below": true, "advertisement - scroll to continue": true, "related topics": true,
	"send us your feedback": true, "you are here": true, "print this article": true, "print article": true,
	"email this article": true, "share this story": true, "share on facebook share on twitter": true,
	"save articles to read later and create your own reading list": true,
	// agency names alone on a line
	"associated press": true, "the associated press": true, "reuters": true, "afp": true, "ap": true,
	"agence france-presse": true, "agence france presse": true, "tass": true, "xinhua": true,
	"anadolu agency": true, "anadolu": true, "dpa": true, "deutsche presse-agentur": true,
	"bloomberg": true, "sputnik": true, "ria novosti": true, "interfax": true,
}

// tagsHead heads a list of topic tags, one a line.
var tagsHead = regexp.MustCompile(`(?i)^(skip next section )?(related topics|topics|tags|more on (this|these) topics?)\s*:?$`)

// tagsLabel opens a line of topic tags: "Tags: Burkina Faso, coup, ECOWAS",
// "Keywords: …", "Filed under: …", "Read more about: …".
var tagsLabel = regexp.MustCompile(`(?i)^(tags|tagged|tagged with|topics|related topics|keywords|key words|filed under|labels|subjects|categories|(read )?more (about|on))\s*:\s*`)

// hashtags is a line of nothing but a site's hashtags: "#Fiji #Tonga
// #Fisheries", "#Elections2024, #Ghana".
var hashtags = regexp.MustCompile(`^#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*([\s,;|·•]+#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)*$`)

// tagsLine reports whether t is a line of topic tags: a label and a list of
// short names separated by commas, semicolons, bars or bullets, with no
// sentence among them; or hashtags alone.
func tagsLine(t string) bool {
	if len(t) > 300 || endsSentence(t) {
		return false
	}
	if hashtags.MatchString(t) {
		return true // "#Kenya #Budget #Protests"
	}
	loc := tagsLabel.FindStringIndex(t)
	if loc == nil || loc[1] == len(t) {
		return false
	}
	items := strings.FieldsFunc(t[loc[1]:], func(r rune) bool { return strings.ContainsRune(",;|•·#", r) })
	if len(items) == 0 {
		return false
	}
	for _, it := range items {
		if words(it) > 4 {
			return false
		}
	}
	return true
}

// linkPrefix starts a line that links to another story: "Read also: ...".
var linkPrefix = regexp.MustCompile(`(?i)^(read (also|more|next)|also read|see also|related( news| stories| story| articles| article| content| coverage| links| reading| posts)?|more on this|watch)\s*[:»>|]`)

// linkLine reports whether t is a link to another story: a "Read also:"
// prefix and a headline (no sentence end, twenty words at most).
func linkLine(t string) bool {
	return words(t) <= 20 && !endsSentence(t) && navFirst[firstWord(t)] && linkPrefix.MatchString(t)
}

// endMark is a paragraph that closes a wire story or a page after the
// body: "(END)", "—END—", EFE's "(FIN)", the older wires' "-0-" and "xxx",
// "* * *", IRNA's "3020**1393", dpa's editor initials "dpa cr/ab xx", a
// plea for readers' support or feedback.
var endMark = regexp.MustCompile(`(?i)^([-/(\[—–]*\s*(end|ends|fin)\s*[-/)\]—–]*(\s+[a-z]{1,5}([./][a-z]{1,5}){0,3})?|#{3}|-0-|x{3}|(\*\s*){3}|-{2,}\s*end\s*-{2,}|\d{0,6}\*\*\d{2,6}|dpa(-afx)?(\s+[a-z]{1,4}(/[a-z]{1,4})*){1,4})$|\b(consider supporting|support (our|independent) journalism|become a (member|subscriber|patron)|subscribe to our newsletter|sign up for our (daily |weekly )?newsletter|send us your feedback)\b`)

// dropEnd removes end marks, pleas, trailers and date stamps from the end
// of the body. It returns the date of a stamp it removed ("First
// Published: Mar 03 2021 | 2:05 PM IST", Dawn's "Published in Dawn, March
// 3rd, 2021"), or a zero date.
func dropEnd(paras []string) ([]string, dateline.Date) {
	var stamp dateline.Date
	for len(paras) > 1 {
		p := strings.TrimSpace(paras[len(paras)-1])
		if d, ok := footerStamp(p); ok {
			stamp = d
		} else if p != "" && !(words(p) <= 40 && endMark.MatchString(p)) && !isBoilerplate(p, true) && !isSignOff(p) &&
			!(isTrailer(p) && words(p) <= 60) && !(isNav(p) && words(p) <= 12) && !linkLine(p) && !tagsLine(p) {
			break
		}
		paras = paras[:len(paras)-1]
	}
	if n := len(paras); n > 0 {
		paras[n-1] = trimSignOff(paras[n-1])
	}
	return paras, stamp
}

// publishedIn is a newspaper's note of the issue a story ran in: "Published
// in Dawn, March 3rd, 2021".
var publishedIn = regexp.MustCompile(`(?i)^(first\s+)?published\s+in\s+[\p{L} .&'’-]{2,40}?[,\s]+(on\s+)?$`)

// footerStamp reads a date stamp closing a page: a stamp line, or a
// newspaper's "Published in ..., DATE".
func footerStamp(p string) (dateline.Date, bool) {
	if len(p) > 120 {
		return dateline.Date{}, false
	}
	if d, ok := dateStamp(p); ok {
		return d, true
	}
	// the words before the date name the paper
	if loc := stampDate.FindStringIndex(p); loc != nil && loc[0] > 0 && publishedIn.MatchString(p[:loc[0]]) {
		return dateOnlyStamp(p[loc[0]:])
	}
	return dateline.Date{}, false
}

// commentCount is a page's link to its comments: "Comments (0)", "12
// comments".
var commentCount = regexp.MustCompile(`(?i)^(\d+\s+comments?|comments?\s*\(\d+\))$`)

var readTime = regexp.MustCompile(`(?i)^(\d+\s*(min|mins|minute|minutes)\s*(read|reading)|reading time:?\s*\d+\s*(min|mins|minutes))$`)

// readAlso is a box announcing a link to another story.
var readAlso = regexp.MustCompile(`(?i)^(read (also|more|next)|also read|see also|related( (news|stories|articles|story|article|coverage))?|more on this|recommended)\s*[:»>|-]?$`)

// trailer is the credit line closing a wire story.
var trailer = regexp.MustCompile(`(?i)^[(\[*—–-]*\s*((additional |further )?reporting|writing|editing|compiled|edited|reported|research|graphics|produced|translated|sub-edited) by\b|^our standards:`)

// navFirst are the first words navPrefix can match, to skip the regexp.
var navFirst = map[string]bool{
	"read": true, "also": true, "see": true, "related": true, "watch": true, "more": true,
	"recommended": true, "advertisement": true, "source": true, "editor": true, "editors": true,
	"edited": true, "editing": true, "translated": true,
}

// trailerFirst are the first words trailer can match.
var trailerFirst = map[string]bool{
	"reporting": true, "additional": true, "further": true, "writing": true, "editing": true,
	"compiled": true, "edited": true, "reported": true, "research": true, "graphics": true,
	"produced": true, "translated": true, "sub-edited": true, "our": true,
}

// firstWord is the first word of t in lower case, without opening brackets
// or a closing colon.
func firstWord(t string) string {
	t = strings.TrimLeft(t, "([ *—–-")
	if i := strings.IndexAny(t, " :"); i >= 0 {
		t = t[:i]
	}
	return strings.ToLower(head(t, 20))
}

func isTrailer(t string) bool {
	if !trailerFirst[firstWord(t)] {
		return false
	}
	loc := trailer.FindStringIndex(t)
	if loc == nil {
		return false
	}
	// a name follows "by": "Reporting by Aziz Haddad", not "Reporting by
	// the state media was limited."; several credits or a desk may
	// follow in lower case ("Reporting by the Kyiv newsroom; Editing by ...")
	rest := strings.TrimLeft(t[loc[1]:], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	if rest == "" || !unicode.IsLower(r) || !strings.HasSuffix(strings.ToLower(t[:loc[1]]), "by") {
		return true
	}
	low := strings.ToLower(strings.TrimRight(t, ".) "))
	return strings.Contains(rest, ";") || strings.Count(low, " by ") >= 2 ||
		strings.HasSuffix(low, "newsroom") || strings.HasSuffix(low, "bureau") || strings.HasSuffix(low, "bureaus") || strings.HasSuffix(low, "staff")
}

var skipLink = regexp.MustCompile(`(?i)^skip (next section|to (main )?(content|navigation)|navigation)\b`)

var navPrefix = regexp.MustCompile(`(?i)^((read more|read also|also read|see also|related( news| stories| story| articles| article| content| coverage| links| reading| posts)?|watch|more on this|recommended|advertisement)\s*[:»>|-]|(source|editor|editors|edited by|editing by|translated by)\s*:)`)

// isNav reports whether a whole line is navigation or page furniture.
func isNav(t string) bool {
	if len(t) > 200 {
		return false
	}
	if len(t) <= 80 && navLines[strings.ToLower(strings.TrimRight(t, " .:»›>|•·"))] {
		return true
	}
	if navFirst[firstWord(t)] && navPrefix.MatchString(t) {
		return true
	}
	if skipLink.MatchString(t) && words(t) <= 8 {
		return true // "Skip next section Navigation"
	}
	if len(t) <= 40 && (readTime.MatchString(t) || commentCount.MatchString(t)) {
		return true
	}
	// menus: "World | Europe | Politics", "Home > News > World", maybe
	// after "You are here:"
	if loc := youAreHere.FindStringIndex(t); loc != nil {
		t = t[loc[1]:]
	}
	for _, sep := range []string{" | ", " › ", " >> ", " > ", " » ", " • ", " · ", " :: ", " → ", " ‹ "} {
		if strings.Count(t, sep) >= 1 {
			parts := strings.Split(t, strings.TrimSpace(sep))
			short := true
			for _, p := range parts {
				if words(p) > 3 {
					short = false
				}
			}
			if short && (len(parts) >= 3 || allShort(parts, 2)) {
				return true
			}
		}
	}
	// breadcrumbs with slashes: "Home / Bulgaria / Politics", "News /
	// World"; a slash also joins two sides in a headline ("Greece / Turkey
	// talks"), so two parts are a menu only when the first is a menu word
	if strings.Contains(t, " / ") {
		parts := strings.Split(t, " / ")
		if allShort(parts, 3) && (len(parts) >= 3 || navLines[strings.ToLower(strings.TrimSpace(parts[0]))]) {
			return true
		}
	}
	// with hyphens or slashes without spaces ("Home - World - Europe",
	// "Home/World/Europe"), which headlines use too: three parts at least,
	// the first a menu word
	for _, sep := range []string{" - ", " – ", "/"} {
		parts := strings.Split(t, sep)
		if len(parts) >= 3 && allShort(parts, 3) && navLines[strings.ToLower(strings.TrimSpace(parts[0]))] {
			return true
		}
	}
	return false
}

// youAreHere opens a line of breadcrumbs.
var youAreHere = regexp.MustCompile(`(?i)^\s*you are here\s*:?\s*`)

const agencies = `AP|AFP|Reuters|REUTERS|EPA|EPA-EFE|EFE|Getty Images|Getty|TASS|ITAR-TASS|Sputnik|RIA Novosti|Anadolu|Anadolu Agency|Xinhua|Bloomberg|Pool|SANA|IRNA|DPA|dpa|ANSA|Kyodo|Yonhap|UPI|Shutterstock|Alamy|Wikimedia Commons|WENN|PA|PA Images|PA Wire|Zuma|ZUMA Press|NurPhoto|SOPA Images|Xinhua News Agency|Kremlin|Kremlin\.ru|Handout|KCNA|WAFA|Ukrinform|UNIAN|Interfax`

var (
	// Credit lines at the top of a page, in five parts, each tried only on
	// a line with what it needs (see isCredit): at the start of the line,
	// and, further on, with a slash, a colon, "via" or a closing bracket.
	creditStartLine = regexp.MustCompile(`(?i)^(?:(©|\(c\)\s|copyright\b|photo|photograph|picture|image|video|file photo|photo credit|credit|pictured|illustration)s?\b\s*(by)?\s*[:/|]|(` + agencies + `)\s*(photo|images|/|$))`)
	// after a slash: "/ AFP" ending the line, "/Getty Images", a capital
	creditAfterSlash = regexp.MustCompile(`(?i)^\s*((` + agencies + `)\s*\)?$|getty images\b)`)
	creditCapital    = regexp.MustCompile(`(?i)^\s*\p{Lu}`)
	// an agency's name ending the text (agencyBefore)
	creditAgencyEnd = regexp.MustCompile(`(?i)(` + agencies + `)$`)
	creditColon     = regexp.MustCompile(`(?i)\b(photo|image|picture)s?\s*(by)?\s*:`)
	creditVia       = regexp.MustCompile(`(?i)via\s*getty images\b|\bvia\s+(` + agencies + `)\s*\)?$`)
	creditBracket   = regexp.MustCompile(`(?i)\(\s*(` + agencies + `)\s*(photo)?\s*(/[^)]*)?\)$`)
	// credit at the end of a caption line inside the body: "REUTERS/Maxim Shemetov"
	creditEnd  = regexp.MustCompile(`(?i)(\bvia\s+(` + agencies + `)|(` + agencies + `)\s*(photo)?\s*/\s*[\p{L} .'’-]{2,40}|/\s*(` + agencies + `)|(photo|image)s?\s*(by)?\s*:\s*[\p{L} .,'’/-]{2,60})\)?$`)
	creditHead = regexp.MustCompile(`(?i)^(©|copyright\b|(photo|image|picture)\s*:)`)
	byline     = regexp.MustCompile(`^(By|BY|by|Von|Par)\s+\p{Lu}[\p{L}.'’-]*,?(\s+(\p{Lu}[\p{L}.'’-]*,?|and|&|,|in|de|van|von|al-\p{L}+|staff|writers?|correspondents?|reporters?))*,?(\s+(` + agencies + `|Staff|Reporter|Correspondent|Editor|AP|for .*))?$`)
)

// isCredit reports whether t is a photo caption credit. top relaxes the rule
// for lines before the body.
func isCredit(t string, top bool) bool {
	if top {
		if len(t) > 400 {
			return false
		}
		if !strings.ContainsAny(t, "/:©") && !strings.HasSuffix(t, ")") && !hasPrefixFold(t, "copyright") &&
			!hasPrefixFold(t, "(c)") && !strings.Contains(t, "via ") && !strings.Contains(t, "VIA ") {
			return false
		}
		// No letter outside ASCII folds to one of "photo", "image",
		// "picture" or "via", so an ASCII search finds all that (?i) does.
		return creditStartLine.MatchString(t) ||
			creditSlash(t) ||
			strings.IndexByte(t, ':') >= 0 && (containsFoldASCII(t, "photo") || containsFoldASCII(t, "image") || containsFoldASCII(t, "picture")) && creditColon.MatchString(t) ||
			containsFoldASCII(t, "via") && creditVia.MatchString(t) ||
			strings.HasSuffix(t, ")") && creditBracket.MatchString(t)
	}
	if strings.HasSuffix(t, ".") {
		return false
	}
	if (strings.HasPrefix(t, "©") || hasPrefixFold(t, "copyright") || hasPrefixFold(t, "photo") ||
		hasPrefixFold(t, "image") || hasPrefixFold(t, "picture")) && creditHead.MatchString(head(t, 20)) {
		return true
	}
	end := tail(t, 100)
	if !strings.ContainsAny(end, "/:") && !strings.Contains(end, "via ") && !strings.Contains(end, "VIA ") {
		return false
	}
	return creditEnd.MatchString(end)
}

// creditStart is a credit line that begins with the credit itself.
var creditStart = regexp.MustCompile(`(?i)^(©|\(c\)|copyright|photo|photograph|picture|image|credit|file photo|\(?(` + agencies + `)\s*(photo|images|/))`)

// bareCredit reports whether t is a credit line without a description of
// its own ("© AP Photo/Mark Hollis", "AFP/Getty Images"): only then is the
// line before it the photo's description. A line that holds both ("Petr
// Fiala at the chateau Image: Michal Kamaryt/CTK") describes its photo
// itself.
func bareCredit(t string) bool {
	return isCredit(t, true) && (words(t) <= 5 || creditStart.MatchString(t))
}

// hasPrefixFold is strings.HasPrefix ignoring ASCII case.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// creditSlash reports whether t has a slash after an agency's name, with or
// without "photo", and before a capital ("REUTERS/Maxim Shemetov", "AP
// Photo / Evan Vucci"), or before an agency's name ending the line ("… /
// AFP") or "Getty Images". It is the regular expression
//
//	(?i)(AG)\s*(photo)?\s*/\s*\p{Lu}|/\s*(AG)\s*\)?$|/\s*getty images\b
//
// (AG the agencies) matched from each slash, which is much faster.
func creditSlash(t string) bool {
	for k := strings.IndexByte(t, '/'); k >= 0; {
		after := t[k+1:]
		if creditAfterSlash.MatchString(after) || creditCapital.MatchString(after) && agencyBefore(t[:k]) {
			return true
		}
		j := strings.IndexByte(after, '/')
		if j < 0 {
			break
		}
		k += 1 + j
	}
	return false
}

// agencyBefore reports whether s ends with an agency's name, white space and
// "photo" (in any case), each or both left out. No letter outside ASCII
// folds to one of "photo", so an ASCII comparison finds all that (?i) does.
func agencyBefore(s string) bool {
	s = strings.TrimRight(s, " \t\n\f\r") // \s
	if agencyEnds(s) {
		return true
	}
	if len(s) >= 5 && strings.EqualFold(s[len(s)-5:], "photo") {
		return agencyEnds(strings.TrimRight(s[:len(s)-5], " \t\n\f\r"))
	}
	return false
}

// agencyEnds reports whether s ends with an agency's name. The longest has
// 18 characters, each matched by at most 3 bytes under (?i) (the Kelvin
// sign is a k): it is in the last 64 bytes.
func agencyEnds(s string) bool {
	return creditAgencyEnd.MatchString(s[max(0, len(s)-64):])
}

// containsFoldASCII reports whether s holds sub, a lower-case ASCII word,
// in any mix of ASCII case.
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

func isByline(t string) bool {
	if len(t) >= 200 {
		return false
	}
	// "Written by Jane Doe", "Posted by Jane Doe"
	for _, p := range []string{"Written by ", "Posted by ", "WRITTEN BY ", "POSTED BY "} {
		if strings.HasPrefix(t, p) {
			t = "By " + t[len(p):]
			break
		}
	}
	if !(strings.HasPrefix(t, "By ") || strings.HasPrefix(t, "BY ") || strings.HasPrefix(t, "by ") || strings.HasPrefix(t, "Von ") || strings.HasPrefix(t, "Par ")) {
		return false
	}
	// the agency or the outlet after a bar: "By Kadri Lepik | BNS"
	if i := strings.Index(t, " | "); i > 0 {
		for _, part := range strings.Split(t[i+3:], " | ") {
			if !sourcePart(strings.TrimSpace(part)) && !labelField(strings.TrimSpace(part)) {
				return false
			}
		}
		t = t[:i]
	}
	return words(t) <= 10 && byline.MatchString(t)
}

// verbs common in headlines and standfirsts; a line with none of them that
// is mostly capitalised is a name-and-title caption.
var commonVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "can": true, "could": true,
	"may": true, "might": true, "must": true, "should": true, "says": true, "said": true,
	"say": true, "to": true, "does": true, "did": true, "do": true, "not": true,
}

func allShort(parts []string, n int) bool {
	for _, p := range parts {
		if words(p) > n {
			return false
		}
	}
	return true
}

// titleWords name offices; a caption naming a person usually has one.
var titleWords = regexp.MustCompile(`\b(President|Minister|Secretary|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Chair|Ambassador|Chancellor|Premier|General|Director|Leader|King|Queen|Prince|Governor|Senator|Mayor|CEO|Head|Chief|Envoy|Commissioner|Speaker|Representative|Adviser|Advisor|Pope|Emir|Sheikh|Commander|Colonel|Admiral|Officer)\b`)

// nameAndTitle reports whether t looks like "Sergei Lavrov, Russian Foreign
// Minister": short, no closing punctuation, no common verb, mostly
// capitalised, with a comma or an office title.
func nameAndTitle(t string) bool {
	if endsSentence(t) || words(t) > 12 {
		return false
	}
	if !strings.Contains(t, ",") && !titleWords.MatchString(t) {
		return false
	}
	caps, n := 0, 0
	for _, w := range strings.Fields(t) {
		w = strings.Trim(w, ",;:()\"'“”")
		if w == "" {
			continue
		}
		lw := strings.ToLower(w)
		if commonVerbs[lw] {
			return false
		}
		if lw == "of" || lw == "the" || lw == "and" || lw == "for" || lw == "in" {
			continue
		}
		n++
		if titleWord(w) {
			caps++
		}
	}
	return n > 0 && caps*10 >= n*7
}

// dropFurniture removes navigation paragraphs and moves photo credits to
// captions; it never drops an ordinary sentence.
func dropFurniture(paras []string, captions *[]string) []string {
	out := paras[:0]
	for i, p := range paras {
		switch {
		case isNav(p) && words(p) <= 8, tagsLine(p):
			continue
		case isCredit(p, false) && words(p) <= 40:
			*captions = append(*captions, p)
			continue
		case i < 2 && isByline(p):
			continue
		case isBoilerplate(p, false):
			continue
		}
		out = append(out, p)
	}
	return out
}
