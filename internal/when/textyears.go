package when

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-news/dateline"
)

// Dates written in the text are a clue to the publication date: a past
// event dated in the text ("was detained in October 2021", "signed on
// March 3, 2019", "the worst fighting since 2014") happened before the
// article was written, so the article is no older than that date. That is
// a lower bound, and only a lower bound: a year in a future or planned
// context ("elections due in 2027", "pledged to cut emissions by 2030",
// "announced a referendum in 2027") says nothing sound and is dropped, as
// is anything that is not surely a year ("Resolution 2231", "S-400",
// "a force of 2000 troops").
//
// The reading is deliberately narrow; a date is taken only when
//   - it is a full date ("March 3, 2019", "3 March 2019"), a month and a
//     year ("October 2021", "March of 2019"), or a year, 1900 up to today's
//     year, touching no other digit, letter or hyphen; it follows "in",
//     "since", "during", "from", "of", "after" or "between" (with "early",
//     "late" or "mid-" allowed in front; "on" and "at" too before a month,
//     a past verb too before a full date: "signed Oct. 3, 2019"), so that
//     it is not a noun's modifier ("the October 2026 summit was
//     cancelled" may be written before October 2026); a year is not
//     followed by a lower-case word that would make it a count ("in 2000
//     villages");
//   - its clause (the words between the nearest clause breaks around it)
//     holds no word of the future, of a plan or of a possibility ("will",
//     "would", "due", "planned", "expected", "next", "by", "until", "if"…);
//   - and either it follows "since", or a past-tense verb comes before it in
//     its clause, close and with no "to", "for", "that" or event noun
//     ("election", "visit", "deadline"…) in between (a verb that may take a
//     future event as its object, "announced", "requested", counts only in
//     the passive or the pluperfect: "had requested the jets in October
//     2021"), or it opens its clause ("In 2019, Turkey bought …") and a
//     past-tense verb follows.
//
// A span of time anchored to such a date gives a tighter bound when it
// follows it in the same sentence as a second past clause joined by "but"
// or "and" and is a lower bound itself ("… requested the jets in October
// 2021, but the sale was held up for more than two years": not before
// October 2023). "Nearly two years", a sentence ("jailed for two years")
// or a pluperfect ("had been held for …", which may precede the anchor)
// give nothing.
//
// A relative expression ("last year", "in March") is no clue here.

// textDate is one dated past event read in a text: the earliest day it
// can stand for ("in 2019" is 2019-01-01), and where it was read.
type textDate struct {
	date       dateline.Date
	start, end int    // byte offsets of the date (or the span of time) in the text
	kind       string // "date", "month", "year" or "span"
}

// textBound is the latest lower bound the dated past events of the
// article's headline, subheadline and body give, zero when none.
func textBound(a *dateline.Article, today dateline.Date) dateline.Date {
	var b dateline.Date
	for _, f := range []dateline.Field{dateline.InHeadline, dateline.InSubheadline, dateline.InBody} {
		for _, d := range pastDates(a.Text(f), today) {
			if b.IsZero() || b.Before(d.date) {
				b = d.date
			}
		}
	}
	return b
}

const monthAlt = `January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?`

// dateExprRE finds the date expressions; the groups are, in order: month,
// day, year of "March 3, 2019"; day, month, year of "3 March 2019"; month
// and year of "October 2021" or "March of 2019"; a bare year.
var dateExprRE = regexp.MustCompile(`\b(?:(` + monthAlt + `)\s(\d{1,2}),?\s((?:19|20)\d\d)|(\d{1,2})\s(` + monthAlt + `)\s((?:19|20)\d\d)|(` + monthAlt + `)\s(?:of\s)?((?:19|20)\d\d)|((?:19|20)\d\d))`)

func monthNum(s string) int {
	s = strings.TrimSuffix(s, ".")
	if len(s) < 3 {
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(m.String(), s) {
			return int(m)
		}
	}
	return 0
}

// pastDates reads the dated past events of text (see the package notes
// above): each with the earliest date it allows, in text order. Dates after
// today are dropped.
func pastDates(text string, today dateline.Date) []textDate {
	var out []textDate
	for _, m := range dateMatches(text) {
		d, kind, ok := dateOfMatch(text, m, today)
		if !ok {
			continue
		}
		s, e := m[0], m[1]
		if !standsAlone(text, s, e) {
			continue
		}
		if kind == "year" && !yearInContext(text, s, e) {
			continue
		}
		if kind != "year" && !monthDateInContext(text, s, kind) {
			continue
		}
		if !pastContext(text, s, e) {
			continue
		}
		out = append(out, textDate{date: d, start: s, end: e, kind: kind})
		if sp, ok := spanAfter(text, e, d, today); ok {
			out = append(out, sp)
		}
	}
	return out
}

// dateMatches returns the matches of dateExprRE in text, as
// FindAllStringSubmatchIndex would, but runs the expression only on a short
// window before each four-digit number that may be a year (every date
// expression ends with its year): scanning whole articles with the
// alternation was the when stage's main cost.
func dateMatches(text string) [][]int {
	var out [][]int
	digit := func(b byte) bool { return b >= '0' && b <= '9' }
	for i := 0; i+4 <= len(text); i++ {
		if !(text[i] == '1' && text[i+1] == '9' || text[i] == '2' && text[i+1] == '0') || !digit(text[i+2]) || !digit(text[i+3]) {
			continue
		}
		if i > 0 && isWordByte(text[i-1]) {
			continue // inside a longer number or word
		}
		ws := max(0, i-24)
		for ws > 0 && isWordByte(text[ws-1]) {
			ws-- // start the window at a word's start
		}
		window := text[ws : i+4]
		for _, m := range dateExprRE.FindAllStringSubmatchIndex(window, -1) {
			if m[1] != len(window) {
				continue
			}
			for k := range m {
				if m[k] >= 0 {
					m[k] += ws
				}
			}
			out = append(out, m)
			break
		}
		i += 3
	}
	return out
}

// dateOfMatch turns a match of dateExprRE into the earliest date it stands
// for, when it is a real date no later than today.
func dateOfMatch(text string, m []int, today dateline.Date) (dateline.Date, string, bool) {
	g := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return text[m[2*i]:m[2*i+1]]
	}
	var y, mo, d int
	kind := ""
	switch {
	case g(1) != "":
		mo, d, y, kind = monthNum(g(1)), atoi(g(2)), atoi(g(3)), "date"
	case g(4) != "":
		d, mo, y, kind = atoi(g(4)), monthNum(g(5)), atoi(g(6)), "date"
	case g(7) != "":
		mo, d, y, kind = monthNum(g(7)), 1, atoi(g(8)), "month"
	default:
		mo, d, y, kind = 1, 1, atoi(g(9)), "year"
	}
	if mo == 0 || d < 1 || d > 31 || y < 1900 || y > today.Year {
		return dateline.Date{}, "", false
	}
	date := dateline.Date{Year: y, Month: time.Month(mo), Day: d}
	if t := date.Time(); t.Day() != d || t.Month() != time.Month(mo) || today.Before(date) {
		return dateline.Date{}, "", false
	}
	return date, kind, true
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// standsAlone reports whether text[s:e] is not part of a longer number or
// word: no digit, letter, hyphen, slash or currency sign before it ("mid-"
// aside), nothing after it but a space, punctuation ending a phrase or
// "'s" ("2020-21", "2019s", "2,019", "2019.5" are not dates).
func standsAlone(text string, s, e int) bool {
	if s > 0 {
		c := text[s-1]
		switch {
		case c == '-':
			if !strings.HasSuffix(strings.ToLower(text[:s]), "mid-") {
				return false
			}
		case isWordByte(c), c == '/', c == '$', c == '#', c == '.', c == ',', c == '\'', c == '&', c == '+':
			return false
		}
	}
	if e < len(text) {
		c := text[e]
		rest := text[e:]
		switch {
		case strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s "):
		case isWordByte(c), c == '-', c == '/', c == '%', c == '\'':
			return false
		case (c == ',' || c == '.') && e+1 < len(text) && text[e+1] >= '0' && text[e+1] <= '9':
			return false
		}
	}
	return true
}

// yearPreps may stand before a bare year.
var yearPreps = map[string]bool{"in": true, "since": true, "during": true, "from": true, "of": true, "after": true, "between": true}

// yearModifiers may stand between the preposition and the year.
var yearModifiers = map[string]bool{"early": true, "late": true, "mid": true, "mid-": true}

// sinceDets may stand between "since" and an adjectival year ("since their
// 2020 war").
var sinceDets = map[string]bool{"the": true, "their": true, "its": true, "his": true, "her": true, "our": true, "a": true}

// countFree are the lower-case words that may follow a year; any other
// lower-case word makes it a count ("of 2000 troops").
var countFree = map[string]bool{
	"and": true, "or": true, "but": true, "when": true, "after": true, "as": true, "that": true,
	"which": true, "while": true, "with": true, "until": true, "amid": true, "following": true,
	"in": true, "on": true, "at": true, "against": true, "the": true, "a": true, "an": true,
	"it": true, "he": true, "she": true, "they": true, "we": true, "its": true, "his": true,
	"her": true, "their": true, "alone": true, "before": true, "because": true, "during": true,
	"to": true, "by": true, "for": true, "from": true, "of": true, "over": true, "under": true,
}

// yearInContext reports whether the bare year at text[s:e] is written as a
// year: after one of yearPreps (with a modifier between, or "since the"),
// and not followed by a lower-case word making it a count.
func yearInContext(text string, s, e int) bool {
	ws := strings.Fields(tail(text[:s], 60))
	if strings.HasSuffix(text[:s], "mid-") || strings.HasSuffix(text[:s], "Mid-") {
		ws = append(ws[:len(ws)-1], "mid-") // "in mid-2019": the word touches the year
	}
	if len(ws) == 0 {
		return false
	}
	prev := strings.ToLower(ws[len(ws)-1])
	since := false
	if yearModifiers[prev] && len(ws) > 1 {
		prev = strings.ToLower(ws[len(ws)-2])
	} else if sinceDets[prev] && len(ws) > 1 && strings.ToLower(ws[len(ws)-2]) == "since" {
		prev, since = "since", true
	}
	if !yearPreps[prev] {
		return false
	}
	next := ""
	if rest := strings.Fields(head(text[e:], 40)); len(rest) > 0 {
		next = rest[0]
	}
	if next != "" && next[0] >= 'a' && next[0] <= 'z' && !since {
		if !countFree[strings.TrimRight(next, ".,;:!?\"”)")] {
			return false
		}
	}
	return true
}

// monthDateInContext reports whether the full or month date at text[s:]
// dates an event rather than names one: after a preposition ("in October
// 2021", "on March 3, 2019", "in early May 2020"), or, for a full date,
// right after a past verb ("signed Oct. 3, 2019"); not as a noun's modifier
// ("the October 2026 summit was cancelled" may be written before October
// 2026).
func monthDateInContext(text string, s int, kind string) bool {
	ws := strings.Fields(tail(text[:s], 60))
	if len(ws) == 0 {
		return false
	}
	prev := strings.ToLower(strings.Trim(ws[len(ws)-1], ",;:\"“”'’("))
	if yearModifiers[prev] && len(ws) > 1 {
		prev = strings.ToLower(ws[len(ws)-2])
	}
	switch {
	case yearPreps[prev], prev == "on", prev == "at":
		return true
	case kind == "date" && isPastVerb(ws[len(ws)-1]):
		v := strings.ToLower(strings.Trim(ws[len(ws)-1], ".,"))
		return !commVerbs[v] || len(ws) > 1 && auxPast[strings.ToLower(ws[len(ws)-2])]
	}
	return false
}

// head is the start of s, at most n bytes, cut at a rune start.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n] >= 0x80 && s[n] < 0xC0 {
		n--
	}
	return s[:n]
}

// futureWords in a date's clause make it no clue: what is to come, planned,
// hoped, feared or merely possible.
var futureWords = map[string]bool{
	"will": true, "would": true, "shall": true, "won't": true, "wouldn't": true, "could": true,
	"might": true, "should": true, "must": true, "can": true, "cannot": true, "may": true,
	"due": true, "expected": true, "expects": true, "expect": true, "expecting": true,
	"scheduled": true, "schedule": true, "planned": true, "plan": true, "plans": true,
	"planning": true, "slated": true, "aims": true, "aim": true, "aiming": true, "aimed": true,
	"target": true, "targets": true, "targeted": true, "targeting": true, "goal": true,
	"goals": true, "deadline": true, "next": true, "upcoming": true, "coming": true,
	"until": true, "till": true, "by": true, "before": true, "ahead": true, "intend": true,
	"intends": true, "intended": true, "intention": true, "projected": true, "projection": true,
	"projections": true, "forecast": true, "forecasts": true, "forecasted": true,
	"predicted": true, "predicts": true, "prediction": true, "proposed": true, "proposes": true,
	"propose": true, "proposal": true, "postponed": true, "delayed": true, "deferred": true,
	"rescheduled": true, "envisaged": true, "envisioned": true, "anticipated": true,
	"anticipates": true, "hope": true, "hopes": true, "hoped": true, "want": true, "wants": true,
	"wanted": true, "likely": true, "unlikely": true, "possible": true, "possibly": true,
	"potential": true, "prospect": true, "prospects": true, "if": true, "unless": true,
	"whether": true, "going": true, "poised": true, "set": true, "promise": true,
	"promised": true, "promises": true, "pledge": true, "pledged": true, "pledges": true,
	"vow": true, "vowed": true, "vows": true, "commit": true, "committed": true,
	"commitment": true, "warned": true, "warns": true, "warning": true, "fear": true,
	"feared": true, "fears": true, "estimate": true, "estimated": true, "estimates": true,
	"future": true, "later": true, "soon": true, "eventually": true, "tentatively": true,
	"supposed": true, "meant": true, "designed": true, "envisages": true, "foresees": true,
	"foresaw": true, "expiry": true, "expire": true, "expires": true, "expiring": true,
	"runs": true, "run": true, "lasts": true, "ends": true, "begins": true, "starts": true,
	"takes": true, "come": true, "comes": true, "bid": true, "seeks": true, "seek": true,
	"seeking": true, "prepare": true, "prepares": true, "preparing": true, "prepared": true,
	"wish": true, "wishes": true, "calls": true, "call": true, "calling": true, "urges": true,
	"demand": true, "demands": true, "demanding": true, "ready": true, "willing": true,
	"hypothetical": true, "imagine": true, "suppose": true, "assuming": true,
	"tomorrow": true, "then": true,
}

// blockers between a past verb and the date, or just before a full or
// month date, tie the date to something else than the verb's event.
var blockers = map[string]bool{
	"to": true, "for": true, "that": true, "which": true, "who": true, "whom": true,
	"when": true, "where": true, "whether": true, "if": true, "by": true, "until": true,
	"till": true, "before": true, "through": true, "than": true, "ahead": true, "next": true,
	"toward": true, "towards": true, "into": true, "beyond": true, "about": true,
	"including": true, "like": true, "such": true, "as": true, "against": true, "without": true,
}

// eventNouns between a verb and the date may be what the date belongs to
// ("announced elections in 2027").
var eventNouns = map[string]bool{
	"election": true, "elections": true, "vote": true, "votes": true, "voting": true,
	"referendum": true, "poll": true, "polls": true, "talks": true, "summit": true,
	"visit": true, "meeting": true, "meetings": true, "conference": true, "games": true,
	"olympics": true, "cup": true, "championship": true, "withdrawal": true, "exit": true,
	"pullout": true, "departure": true, "handover": true, "delivery": true, "deliveries": true,
	"launch": true, "completion": true, "start": true, "rollout": true, "opening": true,
	"inauguration": true, "census": true, "ban": true, "phase-out": true, "phaseout": true,
	"retirement": true, "return": true, "trip": true, "tour": true, "session": true,
	"hearing": true, "trial": true, "review": true, "renewal": true, "expiration": true,
	"end": true, "date": true, "timetable": true, "timeline": true, "roadmap": true,
	"schedule": true, "ceasefire": true, "accession": true, "membership": true, "entry": true,
	"transition": true, "release": true, "ballot": true, "contest": true, "race": true,
	"congress": true, "plenum": true, "anniversary": true, "celebration": true, "celebrations": true,
	"presidency": true, "chairmanship": true, "term": true, "mandate": true, "budget": true,
	"program": true, "programme": true, "strategy": true, "agenda": true, "vision": true,
	"funding": true, "spending": true, "level": true, "levels": true, "fiscal": true,
	"appropriations": true, "allocation": true, "quota": true, "quotas": true,
}

// commVerbs may take a future event as their object ("announced a
// referendum in 2027"): they date their own act only in the passive or the
// pluperfect ("was announced in 2019", "had requested the jets in 2021").
var commVerbs = map[string]bool{
	"announced": true, "requested": true, "ordered": true, "approved": true, "authorized": true,
	"authorised": true, "decided": true, "endorsed": true, "backed": true, "supported": true,
	"demanded": true, "called": true, "urged": true, "sought": true, "asked": true,
	"recommended": true, "suggested": true, "unveiled": true, "outlined": true,
	"discussed": true, "considered": true, "debated": true, "mooted": true, "floated": true,
	"offered": true, "invited": true, "confirmed": true, "agreed": true, "said": true,
	"told": true, "reported": true, "stated": true, "declared": true, "ruled": true,
	"signalled": true, "signaled": true, "indicated": true, "hinted": true, "suggests": true,
	"accepted": true, "welcomed": true, "rejected": true, "vetoed": true, "blocked": true,
	"opposed": true, "favoured": true, "favored": true, "voted": true, "passed": true,
	"adopted": true, "set": true, "fixed": true, "chose": true, "picked": true, "named": true,
	"designated": true, "earmarked": true, "budgeted": true, "allocated": true,
	"reserved": true, "booked": true, "arranged": true, "organised": true, "organized": true,
	"prepared": true, "drafted": true, "began": true, "started": true, "launched": true,
}

// auxPast before a verb make it a passive or a pluperfect.
var auxPast = map[string]bool{"was": true, "were": true, "had": true, "been": true}

// irregularPast are irregular past-tense forms that are not also common
// present forms.
var irregularPast = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "began": true, "took": true,
	"won": true, "lost": true, "fought": true, "came": true, "went": true, "made": true,
	"held": true, "met": true, "led": true, "left": true, "fell": true, "rose": true,
	"broke": true, "broken": true, "brought": true, "bought": true, "built": true,
	"chose": true, "drew": true, "drove": true, "fled": true, "flew": true, "gave": true,
	"given": true, "grew": true, "kept": true, "knew": true, "laid": true, "paid": true,
	"ran": true, "saw": true, "seen": true, "sent": true, "shot": true, "sold": true,
	"spent": true, "spoke": true, "spoken": true, "stood": true, "struck": true,
	"swore": true, "sworn": true, "taught": true, "told": true, "thought": true,
	"threw": true, "thrown": true, "became": true, "caught": true, "froze": true,
	"frozen": true, "hid": true, "sank": true, "sunk": true, "shook": true, "sought": true,
	"stole": true, "stolen": true, "stuck": true, "swept": true, "tore": true, "torn": true,
	"withdrew": true, "withdrawn": true, "overthrew": true, "overthrown": true,
	"undertook": true, "wrote": true, "written": true, "said": true, "born": true,
	"died": true, "killed": true, "taken": true, "woke": true, "arose": true,
	"bore": true, "forgot": true, "forgotten": true, "forgave": true, "rode": true,
	"sang": true, "slept": true, "slid": true, "spun": true, "stung": true, "strove": true,
	"wove": true, "wept": true, "dealt": true, "felt": true, "heard": true,
	"lent": true, "dug": true, "fed": true, "bled": true, "bred": true,
	"sped": true, "shone": true, "underwent": true, "overcame": true, "overtook": true,
	"got": true, "gotten": true, "ate": true, "eaten": true, "fallen": true, "risen": true,
	"driven": true, "flown": true, "shaken": true, "chosen": true, "done": true, "gone": true,
}

// notVerbsEd end in "ed" but are rarely past tenses in news prose.
var notVerbsEd = map[string]bool{
	"need": true, "speed": true, "seed": true, "feed": true, "indeed": true, "proceed": true,
	"exceed": true, "succeed": true, "hundred": true, "red": true, "bed": true, "shed": true,
	"breed": true, "creed": true, "greed": true, "steed": true, "weed": true, "deed": true,
	"heed": true, "reed": true, "bleed": true, "embed": true, "based": true, "related": true,
	"limited": true, "united": true, "armed": true, "advanced": true, "developed": true,
	"detailed": true, "alleged": true, "unprecedented": true, "concerned": true,
	"interested": true, "experienced": true, "skilled": true, "sophisticated": true,
	"dedicated": true, "talented": true, "so-called": true, "biased": true,
	"wicked": true, "naked": true, "sacred": true, "rugged": true, "beloved": true,
	"aged": true, "tired": true, "bored": true, "hatred": true, "kindred": true,
	"supposed": true, "unexpected": true, "unrelated": true, "unnamed": true,
	"unidentified": true, "unspecified": true, "undisclosed": true, "disputed": true,
	"contested": true, "occupied": true, "combined": true, "mixed": true,
	"coordinated": true, "integrated": true, "renewed": true, "increased": true,
	"reduced": true, "expanded": true, "improved": true, "enhanced": true, "elevated": true,
	"heightened": true, "intensified": true, "escalated": true, "sustained": true,
	"continued": true, "prolonged": true, "extended": true, "repeated": true,
	"revised": true, "updated": true, "amended": true, "modified": true, "restricted": true,
	"required": true, "mandated": true, "guaranteed": true, "secured": true, "balanced": true,
	"proposed": true, "planned": true, "expected": true, "scheduled": true,
}

// isPastVerb reports whether w (as written) is a past-tense verb or a past
// participle of an event.
func isPastVerb(w string) bool {
	w = strings.Trim(w, ".,;:!?\"“”'’()")
	if w == "" || !(w[0] >= 'a' && w[0] <= 'z') {
		return false
	}
	if i := strings.LastIndex(w, "-"); i >= 0 && i+1 < len(w) {
		w = w[i+1:]
	}
	if futureWords[w] {
		return false
	}
	if irregularPast[w] {
		return true
	}
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !notVerbsEd[w]
}

// clauseBreak reports whether text[i] ends a clause: punctuation that
// separates clauses, or a full stop ending a sentence (after a lower-case
// word or a number, not an abbreviation like "Oct." or "U.S.").
func clauseBreak(text string, i int) bool {
	switch text[i] {
	case ',':
		// not inside a number ("100,000")
		return !(i > 0 && i+1 < len(text) && text[i-1] >= '0' && text[i-1] <= '9' && text[i+1] >= '0' && text[i+1] <= '9')
	case ';', ':', '(', ')', '"', '\n', '!', '?', '[', ']':
		return true
	case '.':
		if i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n' {
			return false
		}
		j := i
		for j > 0 && text[j-1] != ' ' && text[j-1] != '\n' {
			j--
		}
		w := text[j:i]
		if len(w) < 2 || strings.ContainsAny(w, ".") {
			return false
		}
		for k := 0; k < len(w); k++ {
			if !(w[k] >= 'a' && w[k] <= 'z' || w[k] >= '0' && w[k] <= '9') {
				return false
			}
		}
		return true
	}
	// curly quotes and dashes (UTF-8: “ ” — –)
	if i+2 < len(text) && text[i] == 0xE2 && text[i+1] == 0x80 {
		switch text[i+2] {
		case 0x9C, 0x9D, 0x94, 0x93:
			return true
		}
	}
	return false
}

// clauseAround returns the words of the clause before text[s:] (from the
// last clause break before s) and after text[:e] (to the next break), and
// whether the date opens its clause (only a preposition and the like
// before it); then after is the clause that follows when a break comes
// right after the date ("In 2019, Turkey bought …").
func clauseAround(text string, s, e int) (before, after []string, opens bool) {
	lo := max(s-300, 0)
	i := s - 1
	for i >= lo && !clauseBreak(text, i) {
		i--
	}
	for i+1 < s && text[i+1] >= 0x80 && text[i+1] < 0xC0 { // the rest of a curly quote
		i++
	}
	before = strings.Fields(text[max(i+1, lo):s])
	opens = true
	for _, w := range before {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if !yearPreps[lw] && !yearModifiers[lw] && !openers[lw] {
			opens = false
			break
		}
	}
	hi := min(e+300, len(text))
	j := e
	if opens {
		for j < hi && text[j] == ' ' {
			j++
		}
		if j < hi && clauseBreak(text, j) && text[j] != '\n' && text[j] != '.' {
			j++
			for j < hi && text[j] >= 0x80 && text[j] < 0xC0 {
				j++
			}
		}
	}
	k := j
	for k < hi && !clauseBreak(text, k) {
		k++
	}
	after = strings.Fields(text[j:k])
	return before, after, opens
}

// openers may stand with the preposition before a date that opens a clause
// ("At the end of 2019", "In the summer of 2015", "Back in 2014").
var openers = map[string]bool{
	"at": true, "the": true, "end": true, "start": true, "beginning": true, "summer": true,
	"spring": true, "autumn": true, "fall": true, "winter": true, "back": true, "on": true,
	"first": true, "second": true, "half": true, "middle": true, "months": true,
}

// pastContext reports whether the date at text[s:e] dates a past event (see
// the package notes).
func pastContext(text string, s, e int) bool {
	before, after, opens := clauseAround(text, s, e)
	before, after = setUp(before), setUp(after)
	for _, ws := range [][]string{before, after} {
		for _, w := range ws {
			tw := strings.Trim(w, ".,;:!?\"“”'’()")
			lw := strings.ToLower(tw)
			if futureWords[lw] && !(lw == "may" && tw != lw) || strings.HasSuffix(lw, "'ll") || strings.HasSuffix(lw, "’ll") {
				return false
			}
		}
	}
	n := len(before)
	if n > 0 {
		p := strings.ToLower(before[n-1])
		if p == "since" || n > 1 && sinceDets[p] && strings.ToLower(before[n-2]) == "since" ||
			n > 1 && yearModifiers[p] && strings.ToLower(before[n-2]) == "since" {
			return true
		}
	}
	if opens {
		// "In 2019, Turkey bought …"; not "In 2017, Kerry said that …",
		// where the date may be the reported event's
		for i, w := range after {
			if i >= 8 {
				break
			}
			if isPastVerb(w) {
				v := strings.ToLower(strings.Trim(w, ".,"))
				return !commVerbs[v] || i > 0 && auxPast[strings.ToLower(after[i-1])]
			}
		}
		return false
	}
	for i := n - 1; i >= 0 && i >= n-7; i-- {
		w := before[i]
		if isPastVerb(w) {
			v := strings.ToLower(strings.Trim(w, ".,"))
			if commVerbs[v] && (i == 0 || !auxPast[strings.ToLower(before[i-1])]) {
				return false
			}
			return true
		}
		lw := strings.ToLower(strings.Trim(w, ".,;:!?\"“”'’()"))
		if blockers[lw] || eventNouns[lw] {
			return false
		}
	}
	return false
}

// setUp reads "set up" as the past participle it is ("the mechanism, set
// up in 2014"): "set" alone is a word of the future ("set to", "set for").
func setUp(ws []string) []string {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "set" && strings.Trim(ws[i+1], ".,") == "up" {
			out := append([]string{}, ws[:i]...)
			out = append(out, "established")
			return append(out, ws[i+2:]...)
		}
	}
	return ws
}

// spanWords are the number words a span of time may use.
var spanWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}

// spanRE is a second past clause after an anchor date lasting at least a
// span of time: ", but the sale was held up for more than two years".
var spanRE = regexp.MustCompile(`^,?\s+(?:but|and)\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[a-z]+\s+){0,2}?(?:was|were|has\s+been|have\s+been)\s+(?:[a-z]+ed|held|kept|stuck|frozen|shut)(?:\s+(?:up|back|off|down|in\s+limbo))?\s+for\s+(?:more\s+than|over|longer\s+than|at\s+least)\s+(\d{1,2}|[a-z]+)\s+(years?|months?|decades?)\b`)

// spanAfter reads a span of time anchored to the date ending at text[:e]
// (see spanRE): the anchor moved forward by the span, when the rest of
// the sentence puts the span nowhere else ("… two years earlier", "… in
// the 1990s").
func spanAfter(text string, e int, anchor dateline.Date, today dateline.Date) (textDate, bool) {
	m := spanRE.FindStringSubmatchIndex(text[e:])
	if m == nil {
		return textDate{}, false
	}
	num := text[e+m[2] : e+m[3]]
	n, ok := spanWords[num]
	if !ok {
		n = atoi(num)
	}
	if n <= 0 {
		return textDate{}, false
	}
	rest := text[e+m[1]:]
	if k := strings.IndexAny(rest, ".;\n"); k >= 0 {
		rest = rest[:k]
	}
	for _, w := range strings.Fields(rest) {
		lw := strings.ToLower(strings.Trim(w, ",;:!?\"“”'’()"))
		switch lw {
		case "earlier", "before", "previously", "prior", "ago", "once", "then", "until", "till", "by":
			return textDate{}, false
		}
		if strings.IndexAny(lw, "0123456789") >= 0 {
			return textDate{}, false
		}
	}
	t := anchor.Time()
	switch unit := text[e+m[4] : e+m[5]]; {
	case strings.HasPrefix(unit, "year"):
		t = t.AddDate(n, 0, 0)
	case strings.HasPrefix(unit, "decade"):
		t = t.AddDate(10*n, 0, 0)
	default:
		t = t.AddDate(0, n, 0)
	}
	d := dateline.DateOf(t)
	if today.Before(d) {
		return textDate{}, false
	}
	return textDate{date: d, start: e + m[0], end: e + m[1], kind: "span"}, true
}
