package when

import (
	"regexp"
	"strings"
	"time"

	"github.com/dateline-news/dateline"
)

var weekdays = map[string]int{
	"Sunday": 0, "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5, "Saturday": 6,
}

// weekdayIndex returns the [start, end) offsets of every capitalised
// weekday name standing as a word in text ("Tuesday", "Tuesday's"; not
// "Tuesdays" — callers see the following byte).
func weekdayIndex(text string) [][2]int {
	var out [][2]int
	for i := 0; ; {
		j := strings.Index(text[i:], "day")
		if j < 0 {
			return out
		}
		end := i + j + 3
		start := i + j
		for start > 0 && start > end-9 && text[start-1] >= 'a' && text[start-1] <= 'z' {
			start--
		}
		if start > 0 && start > end-10 && text[start-1] >= 'A' && text[start-1] <= 'Z' {
			start--
		}
		w := text[start:end]
		if _, ok := weekdays[w]; ok && (start == 0 || !isWordByte(text[start-1])) && (end == len(text) || !isLetterByte(text[end]) || text[end] == 's') {
			out = append(out, [2]int{start, end})
		}
		i = end
	}
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func isWordByte(b byte) bool { return isLetterByte(b) || b >= '0' && b <= '9' || b >= 0x80 }

// wordsBefore that make a weekday useless as a clue: another week, a
// deadline or a span ("last Tuesday", "by Friday", "since Sunday").
var badBefore = map[string]bool{
	"last": true, "next": true, "this": true, "coming": true, "every": true, "each": true,
	"until": true, "till": true, "by": true, "before": true, "since": true, "following": true,
	"previous": true, "from": true, "through": true, "between": true, "after": true, "and": true,
	"or": true, "to": true,
	// named days, of any year: "Super Tuesday", "Good Friday", "Bloody Sunday"
	"super": true, "black": true, "good": true, "easter": true, "ash": true, "holy": true, "palm": true,
	"shrove": true, "bloody": true, "cyber": true, "giving": true, "maundy": true, "orthodox": true,
}

// future marks a sentence part that speaks of what is to come.
var future = regexp.MustCompile(`(?i)\b(will|would|shall|'ll|is due|are due|is expected|are expected|scheduled|plans? to|planning to|is set to|are set to|is to|are to|next|upcoming|ahead of)\b`)

// firstWeekday returns the weekday of the story's news: the first weekday
// mentioned next to a verb of saying ("said on Tuesday", "told reporters on
// Tuesday", "said in an interview aired on Sunday"), else the first weekday
// mentioned at all; in the headline, the subheadline or the body, in that
// order, and never one in a future or another-week phrase.
func firstWeekday(a *dateline.Article) (int, bool) {
	first, found := 0, false
	for _, f := range []dateline.Field{dateline.InHeadline, dateline.InSubheadline, dateline.InBody} {
		text := a.Text(f)
		for _, loc := range weekdayIndex(text) {
			if !usable(text, loc[0], loc[1]) {
				continue
			}
			w := weekdays[text[loc[0]:loc[1]]]
			if saying(text[:loc[0]]) {
				return w, true
			}
			if !found {
				first, found = w, true
			}
		}
	}
	return first, found
}

// sayVerbs are verbs of saying and reporting.
var sayVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "announced": true, "stated": true, "declared": true,
	"reported": true, "added": true, "noted": true, "warned": true, "stressed": true, "urged": true,
	"wrote": true, "confirmed": true, "denied": true, "claimed": true, "insisted": true,
	"explained": true, "commented": true, "asked": true, "replied": true, "tweeted": true,
	"emphasized": true, "emphasised": true, "underlined": true, "pointed": true, "indicated": true,
	"accused": true, "called": true, "demanded": true, "threatened": true, "promised": true,
	"vowed": true, "pledged": true, "agreed": true, "statement": true, "interview": true,
}

// saying reports whether one of the five words before the end of s is a
// verb of saying, within the same clause.
func saying(s string) bool {
	s = clause(s)
	ws := strings.Fields(s)
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-5; i-- {
		if sayVerbs[strings.ToLower(strings.Trim(ws[i], ".,;:\"'“”()"))] {
			return true
		}
	}
	return false
}

// clause is the end of s after its last clause break.
func clause(s string) string {
	s = tail(s, 300)
	if i := strings.LastIndexAny(s, ",;:\"“”()\n"); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.LastIndex(s, ". "); i >= 0 {
		s = s[i+2:]
	}
	return s
}

// usable reports whether the weekday at text[s:e] is a clue: not plural, not
// in another week or a deadline, not in a future phrase of its clause.
func usable(text string, s, e int) bool {
	if strings.HasPrefix(text[e:], "s") && !strings.HasPrefix(text[e:], "s'") { // "on Tuesdays"
		return false
	}
	prev := strings.ToLower(lastWord(text[:s]))
	if badBefore[prev] {
		return false
	}
	ws := strings.Fields(clause(text[:s]))
	if len(ws) > 8 {
		ws = ws[len(ws)-8:]
	}
	return !future.MatchString(strings.Join(ws, " "))
}

// lastWord is the last word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ,")
	i := strings.LastIndexAny(s, " \n\"“(")
	return s[i+1:]
}

// sentenceStart is where the sentence holding offset i of field f starts:
// from the text stage's sentences when there are any, else the paragraph or
// the last sentence end before i.
func sentenceStart(a *dateline.Article, f dateline.Field, text string, i int) int {
	for _, s := range a.Sentences {
		if s.Field == f && s.Start <= i && i < s.End {
			return s.Start
		}
	}
	j := strings.LastIndex(text[:i], "\n")
	for _, p := range []string{". ", "? ", "! "} {
		if k := strings.LastIndex(text[:i], p); k > j {
			j = k + 1
		}
	}
	return j + 1
}

// leadDateRE is a weekday with its date in the lead: "on Wednesday,
// October 30", "on Tuesday (March 12)" (as Malaysian and Indian papers
// write it), "on Tuesday, 12 March", "Tuesday 12th March".
var leadDateRE = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,?\s+|\s*\(\s*)(?:(` + monthRE + `)\s+(\d{1,2})(?:st|nd|rd|th)?\b|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthRE + `)(?:\s|,|\)|$))`)

const monthRE = `January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?`

var monthNums = map[string]int{
	"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
	"August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
	"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}

// leadDate finds "on Wednesday, October 30" in the first body paragraph:
// the month, the day and the weekday written with them.
func leadDate(a *dateline.Article) (month, day, weekday int, ok bool) {
	if len(a.Paragraphs) == 0 {
		return 0, 0, 0, false
	}
	lead := a.SpanText(a.Paragraphs[0])
	m := leadDateRE.FindStringSubmatchIndex(lead)
	if m == nil {
		return 0, 0, 0, false
	}
	// not followed by a year (that would be a full date, read elsewhere)
	// and not a future date
	after := strings.TrimLeft(lead[m[1]:], " )")
	if strings.HasPrefix(after, ",") {
		after = strings.TrimLeft(after, ", ")
	}
	if len(after) >= 4 && (after[0] == '1' || after[0] == '2') && strings.Trim(after[:4], "0123456789") == "" {
		return 0, 0, 0, false
	}
	if !usable(lead, m[2], m[3]) {
		return 0, 0, 0, false
	}
	monthAt, dayAt := 4, 6 // "Tuesday, March 12"
	if m[4] < 0 {
		monthAt, dayAt = 10, 8 // "Tuesday, 12 March"
	}
	d := 0
	for _, c := range lead[m[dayAt]:m[dayAt+1]] {
		d = d*10 + int(c-'0')
	}
	mon := monthNums[strings.TrimSuffix(lead[m[monthAt]:m[monthAt+1]], ".")]
	if d < 1 || d > 31 || mon == 0 {
		return 0, 0, 0, false
	}
	return mon, d, weekdays[lead[m[2]:m[3]]], true
}

// roleClue is one entity named with a title: the roles of its KB entry
// that match the title; the date must fall in one of them.
type roleClue struct {
	roles []dateline.Role
}

func (c roleClue) holds(d dateline.Date, today dateline.Date) bool {
	for _, r := range c.roles {
		if r.Holds(d) && !today.Before(d) {
			return true
		}
	}
	return false
}

// roleClues collects one clue per entity named with a title: the KB roles
// of the entity that match a title it is named with, either the title the
// actors stage read (Mention.Title) or the words written just before the
// name ("UN envoy Geir Pedersen", "Chief of Staff of the Iranian Armed
// Forces Mohammad Bagheri").
func roleClues(a *dateline.Article, canon func(string) string) []roleClue {
	var out []roleClue
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if len(e.Roles) == 0 {
			continue
		}
		matched := make([]bool, len(e.Roles))
		roleWords := make([]map[string]bool, len(e.Roles))
		for _, m := range e.Mentions {
			match(a, e, m, matched, roleWords, canon)
		}
		for _, m := range a.Mentions {
			if m.Entity == ei {
				match(a, e, m, matched, roleWords, canon)
			}
		}
		var c roleClue
		for i, ok := range matched {
			if ok {
				c.roles = append(c.roles, e.Roles[i])
			}
		}
		if len(c.roles) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// match marks the roles of e that mention m names with a title. roleWords
// holds the titleWords of e's roles, filled in here as they are first needed.
func match(a *dateline.Article, e *dateline.Entity, m dateline.Mention, matched []bool, roleWords []map[string]bool, canon func(string) string) {
	// only a title read next to the name ("Secretary of State Mike
	// Pompeo"); a role noun linked by coreference ("the president") is not
	// sure enough to date the story
	if m.Kind != "" && m.Kind != dateline.MentionName && m.Kind != dateline.MentionSurname {
		return
	}
	title := strings.TrimSpace(m.Title)
	text := a.Text(m.Field)
	written := titleBefore(text, m.Start)
	if written == "" {
		written = titleApposed(text, m.Start, m.End)
	}
	if title == "" && written == "" {
		return
	}
	var titleW, writtenW map[string]bool
	if title != "" {
		titleW = titleWords(strings.ToLower(title))
	}
	if written != "" {
		writtenW = titleWords(strings.ToLower(written))
	}
	for i, r := range e.Roles {
		if matched[i] {
			continue
		}
		if m.Country != "" && r.Country != "" && !strings.EqualFold(m.Country, r.Country) {
			continue
		}
		if roleWords[i] == nil {
			roleWords[i] = titleWords(r.Title)
		}
		switch {
		case title != "" && wordsMatch(titleW, roleWords[i]):
		case title != "" && canon != nil && strings.EqualFold(canon(title), canon(plainTitle(r.Title))):
		case written != "" && wordsMatch(writtenW, roleWords[i]):
		case written != "" && canon != nil && strings.EqualFold(canon(written), canon(plainTitle(r.Title))):
		default:
			continue
		}
		matched[i] = true
	}
}

// titleHeads are nouns that head an office's title.
var titleHeads = map[string]bool{
	"president": true, "minister": true, "secretary": true, "envoy": true, "ambassador": true,
	"chief": true, "director": true, "chairman": true, "chairwoman": true, "chair": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "premier": true,
	"chancellor": true, "governor": true, "general": true, "commander": true, "leader": true,
	"king": true, "queen": true, "prince": true, "emir": true, "coordinator": true,
	"commissioner": true, "representative": true, "senator": true, "mayor": true, "speaker": true,
	"adviser": true, "advisor": true, "negotiator": true, "head": true, "staff": true,
	"attorney": true, "justice": true, "pope": true, "sheikh": true, "president-elect": true,
}

// connectorsIn may stand inside a written title.
var connectorsIn = map[string]bool{"of": true, "the": true, "to": true, "for": true, "on": true, "and": false}

// pastWords before a title make it a past office.
var pastWords = map[string]bool{"former": true, "ex": true, "late": true, "then": true, "ousted": true, "deposed": true, "toppled": true, "exiled": true}

// titleBefore returns the title written just before offset start of text:
// the run of capitalised words, title nouns and connectors ending there
// ("U.S. Special Envoy to the Middle East"), if it holds a title noun and
// is not a past office ("former Secretary of State").
func titleBefore(text string, start int) string {
	if start <= 0 || start > len(text) {
		return ""
	}
	ws := strings.Fields(tail(text[:start], 120))
	if len(ws) > 0 && !strings.HasSuffix(tail(text[:start], 1), " ") {
		ws = ws[:len(ws)-1] // a cut word touching the name
	}
	i := len(ws)
	head := false
	for i > 0 {
		w := ws[i-1]
		if strings.ContainsAny(w, ",;:()\"“”") {
			break
		}
		lw := strings.ToLower(strings.Trim(w, "."))
		switch {
		case titleHeads[lw]:
			head = true
		case connectorsIn[lw]:
		case titleWord(w):
		default:
			goto done
		}
		i--
	}
done:
	if !head || i == len(ws) {
		return ""
	}
	for i < len(ws) && connectorsIn[strings.ToLower(ws[i])] {
		i++
	}
	if i > 0 {
		prev := strings.ToLower(strings.TrimRight(ws[i-1], "-"))
		if pastWords[prev] || strings.HasPrefix(strings.ToLower(ws[i]), "ex-") {
			return ""
		}
	}
	return strings.Join(ws[i:], " ")
}

// titleApposed returns the title set before a name in apposition, the
// name closed by a comma: "The head of Kyrgyzstan's interim government,
// Roza Otunbayeva, asked …", "Russia's foreign minister, Sergei Lavrov,
// said …". The title opens its sentence (or follows a semicolon or an
// opening quotation mark), opens with "the" or a possessive, holds a title
// noun, at most ten words and no verb of saying, and is no past office
// ("The former president, …").
func titleApposed(text string, start, end int) string {
	if start <= 0 || start > len(text) || end > len(text) || end < start {
		return ""
	}
	if !strings.HasPrefix(text[end:], ",") {
		return ""
	}
	before := strings.TrimRight(text[:start], " ")
	if !strings.HasSuffix(before, ",") {
		return ""
	}
	before = before[:len(before)-1]
	cut := len(before) > 200
	before = tail(before, 200)
	from := -1
	for _, p := range []string{". ", "; ", "\n", "\"", "“", ": "} {
		if i := strings.LastIndex(before, p); i >= 0 && i+len(p) > from {
			from = i + len(p)
		}
	}
	if from < 0 {
		if cut {
			return ""
		}
		from = 0 // the field's first words
	}
	phrase := strings.TrimSpace(before[from:])
	ws := strings.Fields(phrase)
	if len(ws) == 0 || len(ws) > 10 || strings.ContainsAny(phrase, ",()") {
		return ""
	}
	head := false
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".'’"))
		lw = strings.TrimSuffix(strings.TrimSuffix(lw, "'s"), "’s")
		if pastWords[lw] || sayVerbs[lw] || strings.HasPrefix(lw, "ex-") {
			return ""
		}
		if titleHeads[lw] {
			head = true
		}
	}
	// a noun phrase: it opens with "the" or a possessive ("Russia's"),
	// not with a preposition ("After the meeting with the president, …")
	first := strings.ToLower(ws[0])
	if !head || !(first == "the" || strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "’s")) {
		return ""
	}
	if first == "the" {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// titleWord reports whether w starts with an upper-case letter.
func titleWord(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z' || (r > 0x7f && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r))
	}
	return false
}

// plainTitle drops "acting" and "interim" from a role title: an acting
// Secretary of Defense is named "Defense Secretary" in the text.
func plainTitle(s string) string {
	for _, p := range []string{"acting ", "Acting ", "interim ", "Interim "} {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

// lesser are words that make a role a different, lower office when the
// title in the text does not have them.
var lesser = []string{"vice", "deputy", "assistant", "under", "associate", "former", "ex"}

// titleMatches reports whether the title in the text (lower case) names the
// KB role title: every word of one is in the other ("foreign minister" and
// "minister of foreign affairs"), and the role is not a lesser office the
// text does not name ("vice president" for "president").
func titleMatches(text, role string) bool {
	return wordsMatch(titleWords(text), titleWords(role))
}

// wordsMatch is titleMatches on the titleWords of the text's title (tw) and
// of the role's (rw).
func wordsMatch(tw, rw map[string]bool) bool {
	if len(rw) == 0 || len(tw) == 0 {
		return false
	}
	for _, w := range lesser {
		if rw[w] != tw[w] {
			return false
		}
	}
	return subset(tw, rw) || subset(rw, tw)
}

func subset(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

// titleFold folds the variants titleWords does not tell apart. Dots go
// without a space, so that "U.N." is "un" as in the KB's "UN". Built once: a
// Replacer is safe for concurrent use.
var titleFold = strings.NewReplacer("-", " ", ".", "", ",", " ", "defence", "defense", "'s", "")

// titleWords are the content words of a title, lower case, with common
// variants folded ("defence" → "defense", "secretary-general" → two words).
func titleWords(s string) map[string]bool {
	s = titleFold.Replace(strings.ToLower(s))
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		switch w {
		case "of", "the", "for", "and", "to", "on", "in", "a", "acting", "interim":
			continue
		}
		out[w] = true
	}
	return out
}

// weekdayOf is a helper for tests.
func weekdayOf(d dateline.Date) time.Weekday { return d.Time().Weekday() }

// tail is the end of s, at most n bytes, cut at a rune start.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && s[i] >= 0x80 && s[i] < 0xC0 {
		i++
	}
	return s[i:]
}
