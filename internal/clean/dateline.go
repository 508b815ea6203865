package clean

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
)

// ParseDateline reads a wire-story dateline at the start of s (a paragraph):
//
//	WASHINGTON, September 5. /TASS/.
//	MOSCOW, July 21 (Reuters) -
//	BEIRUT (AP) —
//	KYIV, Ukraine —
//	NEW YORK, Sept. 12, 2019 (AP) -
//	Beijing, June 4 (Xinhua) --
//	Quito, Apr 6, 2024 (EFE).-
//	New Delhi, Apr 23 (PTI)        (the story going on after a space)
//	NAHA, Japan, Sept. 24 Kyodo -
//	(Reuters) -
//	MADRID, June 28        (alone on its line, the story on the next)
//
// It returns the dateline, the byte offset in s where the story's text
// begins (past the dateline and the white space after it), and whether a
// dateline was found. Place is the city as written ("KYIV"; a region after a
// comma stays only in Text), Agency the news agency ("" when none), Text the
// dateline as written with its closing punctuation.
//
// A place in capitals needs a date, an agency or a dash after it; a place in
// ordinary case ("Beijing") needs a date or an agency and a separator, so an
// ordinary sentence ("The UN said ...", "Putin — who ...") is never read as a
// dateline.
func ParseDateline(s string) (d *dateline.Dateline, rest int, ok bool) {
	d, rest, ok = parseDateline(s)
	if !ok || d.Place != "" {
		return d, rest, ok
	}
	// the agency first, then the place and date, ANSA style: "(ANSA) -
	// ROME, NOV 9 - Premier ..."
	if d2, rest2, ok2 := parseDateline(s[rest:]); ok2 && d2.Place != "" && d2.Agency == "" {
		begin := strings.Index(s, d.Text)
		end := rest + strings.Index(s[rest:], d2.Text) + len(d2.Text)
		d2.Agency, d2.Text = d.Agency, s[begin:end]
		return d2, rest + rest2, true
	}
	return d, rest, ok
}

// parseDateline is ParseDateline for one dateline.
func parseDateline(s string) (d *dateline.Dateline, rest int, ok bool) {
	sc := &dlScanner{s: s}
	sc.spaces()
	begin := sc.pos
	var out dateline.Dateline
	hasDate, hasAgency := false, false
	caps := false
	if ag, ok := sc.agency(); ok {
		out.Agency, hasAgency = ag, true
	} else if m, dd, y, ok := sc.date(); ok {
		// a date and an agency with no place, as Reuters dates its market
		// reports: "March 3 (Reuters) -"
		sc.spaces()
		ag, ok := sc.agency()
		if !ok {
			return nil, 0, false
		}
		out.Month, out.Day, out.Year, hasDate = m, dd, y, true
		out.Agency, hasAgency = ag, true
	} else {
		place, isCaps, ok := sc.place()
		if !ok {
			return nil, 0, false
		}
		out.Place, caps = place, isCaps
		if stopPlaces[strings.ToUpper(place)] {
			return nil, 0, false
		}
		if isCaps && agencyPlaces[agencyKey(place)] {
			// the agency's name, not a place: "NNA - The caretaker ...",
			// "KYODO NEWS - Mar 7, 2023"
			out.Place, out.Agency, hasAgency, caps = "", place, true, false
			goto separator
		}
		// more cities after slashes, Reuters style: "KYIV/MOSCOW, March 3
		// (Reuters) -"; the first is the place
		for n := 0; n < 3; n++ {
			save := sc.pos
			if !sc.lit("/") {
				break
			}
			if p2, c2, ok := sc.place(); !ok || c2 != isCaps || isWireAgency(p2) {
				sc.pos = save
				break
			}
		}
		// optional country in square brackets, ANI style: "New Delhi
		// [India], March 7 (ANI):"
		sc.bracketRegion()
		// optional ", Region" (not a month, not an agency: "Tehran, IRNA --";
		// not an Islamic date: "Riyadh, Ramadan 02, 1445, March 12")
		save := sc.pos
		if sc.lit(",") {
			sc.spaces()
			if _, _, _, isDate := sc.peekDate(); isDate || sc.peekBareAgency() || sc.peekHijri() || sc.peekWeekday() || !sc.region() {
				sc.pos = save
			}
		}
		// optional date, after a comma or (Interfax style: "MOSCOW. Aug 21
		// (Interfax) -") a period; SPA gives the Islamic date first, some
		// agencies the weekday ("BISHKEK, Saturday, June 12 (AKIpress) -")
		save = sc.pos
		if !sc.lit(",") {
			sc.lit(".")
		}
		sc.spaces()
		sc.hijri()
		sc.weekday()
		if m, dd, y, ok := sc.date(); ok {
			out.Month, out.Day, out.Year, hasDate = m, dd, y, true
		} else {
			sc.pos = save
		}
		// optional agency, maybe after a period (TASS style)
		save = sc.pos
		if hasDate {
			sc.lit(".")
		}
		sc.spaces()
		if ag, ok := sc.agency(); ok {
			out.Agency, hasAgency = ag, true
		} else {
			sc.pos = save
			// a wire agency's name after a comma, a dash following:
			// "Tehran, IRNA --"; or, Kyodo style, after the date and a
			// space: "NAHA, Japan, Sept. 24 Kyodo -"; or after a period,
			// as Interfax and Kazinform write in Russian: "Moscow. 3
			// March. INTERFAX -", "ASTANA. KAZINFORM -"
			if sc.lit(",") || sc.lit(".") {
				sc.spaces()
				if ag, ok := sc.bareAgency(); ok {
					out.Agency, hasAgency = ag, true
				} else if ag, ok := sc.acronymAgency(); ok && hasDate && sc.s[save] == ',' {
					// an agency the list does not know, in capitals
					// after the date and a comma, a dash following,
					// as the list's are written ("TALLINN, Apr 27,
					// BNS -"): "BELGRADE, May 2, FONET -"
					out.Agency, hasAgency = ag, true
				} else {
					sc.pos = save
				}
			} else if r, _ := sc.peek(); hasDate && unicode.IsSpace(r) {
				sc.spaces()
				if ag, ok := sc.bareAgency(); ok {
					out.Agency, hasAgency = ag, true
				} else {
					sc.pos = save
				}
			}
		}
	}
separator:
	// separator
	save := sc.pos
	sc.spaces()
	sep := sc.separator()
	if sep == "" {
		sc.pos = save
	}
	// the agency after the dash, closed by a period, as RIA Novosti signs:
	// "MOSCOW, March 12 - RIA Novosti. Russian ..."
	if out.Agency == "" && out.Place != "" && (sep == "-" || sep == "--" || sep == "—" || sep == "–") {
		if ag, ok := sc.signedAgency(); ok {
			out.Agency, hasAgency = ag, true
		}
	}
	end := sc.pos
	// the story must follow after white space (a dash may touch the text)
	after := sc.pos
	sc.spaces()
	if sc.pos >= len(s) {
		return nil, 0, false
	}
	if sc.pos == after && (sep == "" || sep == "." || sep == ":" || sep == ",") {
		// "Washington (CNN)President Joe Biden ...": an agency's closing
		// bracket may touch the story when a capital follows
		r, _ := sc.peek()
		if !(sep == "" && hasAgency && strings.HasSuffix(s[:end], ")") && unicode.IsUpper(r)) {
			return nil, 0, false
		}
	}
	dash := sep == "-" || sep == "--" || sep == "—" || sep == "–" || sep == "―" || sep == ".-"
	// a place in capitals and a date filling a line of their own, the
	// story on the next line: "MADRID, June 28"
	alone := sep == "" && caps && hasDate && strings.HasPrefix(s[end:], "\n")
	switch {
	case out.Place == "": // agency only: "(Reuters) -"
		if !dash {
			return nil, 0, false
		}
	case caps:
		if !hasDate && !hasAgency && !dash {
			return nil, 0, false
		}
		// "PSA— you have ...": an acronym, not a place; but a dash touching
		// both the place and the story, as the Wall Street Journal writes
		// it, is a dateline: "WASHINGTON—The Senate ..."
		wsj := (sep == "—" || sep == "–") && sc.pos == after && unicode.IsUpper(firstRune(s[sc.pos:])) && utf8.RuneCountInString(out.Place) >= 4
		if !hasDate && !hasAgency && !spaceBefore(s, begin, end, sep) && !wsj {
			return nil, 0, false
		}
		if sep == "" && !hasAgency && !alone {
			return nil, 0, false
		}
	default: // ordinary case place
		if !(hasDate || hasAgency) {
			return nil, 0, false
		}
		// no separator: only the story touching the agency (CNN) or, PTI
		// style, a date and an agency with the story's first word in
		// capitals after a space: "New Delhi, Apr 23 (PTI) India ..."
		if sep == "" && sc.pos != after && !(hasDate && hasAgency && opensStory(sc.peek())) {
			return nil, 0, false
		}
	}
	if sep == "," {
		return nil, 0, false
	}
	out.Text = s[begin:end]
	return &out, sc.pos, true
}

// opensStory reports whether r can open a story's first sentence: a
// capital, a digit or an opening quotation mark.
func opensStory(r rune, _ int) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'«", r)
}

// onlyTime reports whether s holds a time of day and nothing else but
// time zones and punctuation: " 14:05 IST", ", 2:05 p.m. ET".
func onlyTime(s string) bool {
	if !stampTime.MatchString(s) {
		return false
	}
	rest := stampWords.ReplaceAllString(stampTime.ReplaceAllString(s, " "), " ")
	return strings.Trim(rest, " ,.:;|-–—/()") == ""
}

// firstRune is the first rune of s (0 when s is empty).
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// spaceBefore reports whether white space stands before the separator at
// the end of s[begin:end].
func spaceBefore(s string, begin, end int, sep string) bool {
	i := end - len(sep)
	if i <= begin {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[begin:i])
	return unicode.IsSpace(r)
}

// stopPlaces are capitalised openers that are not places.
var stopPlaces = map[string]bool{
	"BREAKING": true, "UPDATE": true, "UPDATED": true, "EXCLUSIVE": true, "WATCH": true,
	"FILE": true, "PHOTO": true, "VIDEO": true, "ANALYSIS": true, "OPINION": true,
	"EDITORIAL": true, "NOTE": true, "CORRECTION": true, "NEW": true, "LIVE": true,
	"FACTBOX": true, "EXPLAINER": true, "COMMENT": true, "REVIEW": true, "URGENT": true,
	"FLASH": true, "ALERT": true, "INTERVIEW": true, "OK": true, "TV": true, "AP": true,
	"AFP": true, "REUTERS": true, "TASS": true, "UN": true, "US": true, "EU": true, "NATO": true,
	"UK": true, "I": true, "A": true, "Q": true,
	// date stamp words: "Published 27 July 2023 - 14:25" is no dateline
	"PUBLISHED": true, "POSTED": true, "MODIFIED": true, "CREATED": true,
	"DATE": true, "LAST UPDATED": true, "FIRST PUBLISHED": true, "PUBLISHED ON": true, "UPDATED ON": true,
	// weekdays: "TUESDAY, June 28" is a date
	"MONDAY": true, "TUESDAY": true, "WEDNESDAY": true, "THURSDAY": true, "FRIDAY": true,
	"SATURDAY": true, "SUNDAY": true, "TODAY": true, "YESTERDAY": true,
}

// bareAgency reads a wire agency's name (wireAgencies) followed by a dash
// ("IRNA --"); the dash is left for the separator.
func (sc *dlScanner) bareAgency() (string, bool) {
	start := sc.pos
	w := sc.word()
	if strings.HasSuffix(w, ".") { // "ARMENPRESS." : the period closes the dateline
		w = w[:len(w)-1]
		sc.pos--
	}
	if !isWireAgency(w) {
		sc.pos = start
		return "", false
	}
	save := sc.pos
	sc.spaces()
	spaced := sc.pos != save
	sep := sc.separator()
	sc.pos = save
	switch sep {
	case "-", "--", "---", "—", "–", "―":
		return w, true
	case ".":
		// Armenpress and Azertag close with a period: "YEREVAN, MARCH 12,
		// ARMENPRESS. Prime Minister ..."
		if !spaced && upperWord(w) && len(w) > 3 {
			return w, true
		}
	}
	sc.pos = start
	return "", false
}

// weekday reads a weekday's name and the comma after it ("Saturday, ",
// "Saturday "), and reports whether there was one.
func (sc *dlScanner) weekday() bool {
	save := sc.pos
	if !weekdayNames[strings.ToLower(sc.word())] {
		sc.pos = save
		return false
	}
	sc.lit(",")
	sc.spaces()
	return true
}

// peekWeekday tries weekday without consuming.
func (sc *dlScanner) peekWeekday() bool {
	save := sc.pos
	ok := sc.weekday()
	sc.pos = save
	return ok
}

var weekdayNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// acronymAgency reads an agency's short name in capitals (two to ten
// letters, maybe with a hyphen: "FONET", "IPN", "AZERTAC") followed by a
// dash; the dash is left for the separator. Months, weekdays and words
// that open a story or a headline are no agency.
func (sc *dlScanner) acronymAgency() (string, bool) {
	start := sc.pos
	w := sc.word()
	n := utf8.RuneCountInString(strings.ReplaceAll(w, "-", ""))
	_, isMonth := monthOf(w)
	if n < 2 || n > 10 || !upperWord(w) || strings.ContainsAny(w, ".'’") || isMonth ||
		stopPlaces[w] || capsStop[w] || bareStop[w] {
		sc.pos = start
		return "", false
	}
	save := sc.pos
	sc.spaces()
	switch sc.separator() {
	case "-", "--", "---", "—", "–", "―":
		sc.pos = save
		return w, true
	}
	sc.pos = start
	return "", false
}

// signedAgency reads, after white space, a wire agency's name of up to
// three words closed by a period and followed by white space ("RIA
// Novosti. "); it consumes the name and the period.
func (sc *dlScanner) signedAgency() (string, bool) {
	start := sc.pos
	sc.spaces()
	from := sc.pos
	for n := 0; n < 3; n++ {
		w := sc.word()
		if w == "" {
			break
		}
		if strings.HasSuffix(w, ".") {
			name := sc.s[from : sc.pos-1]
			if r, _ := sc.peek(); isWireAgency(name) && unicode.IsSpace(r) {
				return name, true
			}
			break
		}
		if !sc.lit(" ") {
			break
		}
	}
	sc.pos = start
	return "", false
}

// peekBareAgency tries bareAgency without consuming.
func (sc *dlScanner) peekBareAgency() bool {
	save := sc.pos
	_, ok := sc.bareAgency()
	sc.pos = save
	return ok
}

type dlScanner struct {
	s   string
	pos int
}

func (sc *dlScanner) peek() (rune, int) {
	if sc.pos >= len(sc.s) {
		return 0, 0
	}
	return utf8.DecodeRuneInString(sc.s[sc.pos:])
}

func (sc *dlScanner) spaces() {
	for {
		r, n := sc.peek()
		if n == 0 || !(unicode.IsSpace(r)) {
			return
		}
		sc.pos += n
	}
}

// lit consumes t if it comes next.
func (sc *dlScanner) lit(t string) bool {
	if strings.HasPrefix(sc.s[sc.pos:], t) {
		sc.pos += len(t)
		return true
	}
	return false
}

// word reads a run of letters with inner '.', '-', '\” and returns it.
func (sc *dlScanner) word() string {
	start := sc.pos
	for {
		r, n := sc.peek()
		if n == 0 {
			break
		}
		if unicode.IsLetter(r) || ((r == '.' || r == '-' || r == '\'' || r == '’') && sc.pos > start) {
			sc.pos += n
			continue
		}
		break
	}
	w := sc.s[start:sc.pos]
	// a trailing '-' or '\'' belongs to what follows
	for len(w) > 0 && (w[len(w)-1] == '-' || w[len(w)-1] == '\'') {
		w = w[:len(w)-1]
		sc.pos--
	}
	return w
}

// capsStop are words of a headline in capitals, not of a place name.
var capsStop = map[string]bool{
	"NOT": true, "IS": true, "ARE": true, "WAS": true, "WERE": true, "WILL": true, "JUST": true,
	"TOO": true, "AND": true, "OR": true, "TO": true, "FOR": true, "WITH": true, "BY": true,
	"FROM": true, "HAS": true, "HAVE": true, "WHY": true, "HOW": true, "WHAT": true, "WHO": true,
	"YOU": true, "WE": true, "SAYS": true, "SAID": true, "BUT": true, "NO": true,
}

// connectors may appear in lower case inside a place in capitals.
var connectors = map[string]bool{"de": true, "del": true, "la": true, "al": true, "el": true, "du": true, "da": true, "es": true, "of": true, "an": true, "am": true, "on": true, "upon": true}

// place reads the city: words in capitals ("UNITED NATIONS", "ST. PETERSBURG",
// "RIO de JANEIRO") or up to three words in ordinary case ("Beijing",
// "New York"). A final period of an abbreviation stays in the word; a
// sentence period does not.
func (sc *dlScanner) place() (place string, caps bool, ok bool) {
	start := sc.pos
	var words []string
	lastEnd := start
	allCaps := true
	for {
		save := sc.pos
		w := sc.word()
		if w == "" {
			sc.pos = save
			break
		}
		isCaps := upperWord(w)
		isTitle := !isCaps && titleWord(w)
		switch {
		case isCaps:
		case len(words) > 0 && connectors[w]:
		case isTitle:
			allCaps = false
		default:
			sc.pos = save
			goto done
		}
		if isCaps && capsStop[w] {
			sc.pos = start
			return "", false, false // "IOWA POLLS NOT NECESSARILY WRONG -": a headline
		}
		words = append(words, w)
		lastEnd = sc.pos
		if len(words) > 4 {
			sc.pos = start
			return "", false, false
		}
		if strings.HasSuffix(w, ".") && !abbrevPlace(w) {
			break // "MOSCOW. Aug 21 (Interfax) -", "Moscow. 3 March.": a period ends the place
		}
		// words are separated by one space
		if r, n := sc.peek(); n == 1 && r == ' ' {
			sc.pos++
			continue
		}
		break
	}
done:
	sc.pos = lastEnd
	if len(words) == 0 || connectors[words[len(words)-1]] {
		sc.pos = start
		return "", false, false
	}
	if !allCaps {
		// ordinary case: every word capitalised, at most three
		if len(words) > 3 {
			sc.pos = start
			return "", false, false
		}
		for _, w := range words {
			if upperWord(w) && utf8.RuneCountInString(w) > 1 {
				// mixed "NEW York": not a dateline place
				sc.pos = start
				return "", false, false
			}
		}
	}
	p := sc.s[start:sc.pos]
	// a trailing period: keep it only for abbreviations ("ST.", "D.C.")
	if strings.HasSuffix(p, ".") && !abbrevPlace(p) {
		p = p[:len(p)-1]
		sc.pos--
	}
	letters := 0
	for _, r := range p {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		sc.pos = start
		return "", false, false
	}
	return p, allCaps, true
}

// abbrevPlace reports whether a place ending in '.' ends in an abbreviation.
func abbrevPlace(p string) bool {
	i := strings.LastIndexAny(p[:len(p)-1], " ")
	last := p[i+1 : len(p)-1]
	if strings.Contains(last, ".") { // D.C
		return true
	}
	switch strings.ToUpper(last) {
	case "ST", "FT", "MT", "STE", "PT":
		return true
	}
	return false
}

// upperWord reports whether w has letters and all are upper case.
func upperWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// titleWord reports whether w starts with an upper-case letter.
func titleWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// region reads a state or country after the city's comma: one to four
// capitalised words or abbreviations ("Ukraine", "Gaza Strip", "Ill.",
// "N.Y.", "Calif.").
func (sc *dlScanner) region() bool {
	start := sc.pos
	n := 0
	lastEnd := start
	for n < 4 {
		save := sc.pos
		w := sc.word()
		if w == "" || !(titleWord(w) || (n > 0 && connectors[w])) {
			sc.pos = save
			break
		}
		if _, isMonth := monthOf(strings.TrimSuffix(w, ".")); isMonth && n == 0 {
			sc.pos = start
			return false
		}
		n++
		lastEnd = sc.pos
		if r, sz := sc.peek(); sz == 1 && r == ' ' {
			sc.pos++
			continue
		}
		break
	}
	sc.pos = lastEnd
	return n > 0
}

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

func monthOf(w string) (int, bool) {
	m, ok := months[strings.ToLower(w)]
	return m, ok
}

// peekDate tries date() without consuming.
func (sc *dlScanner) peekDate() (m, d, y int, ok bool) {
	save := sc.pos
	m, d, y, ok = sc.date()
	sc.pos = save
	return
}

// bracketRegion reads a country in square brackets after the place, as ANI
// writes it ("New Delhi [India]"); it reports whether there was one.
func (sc *dlScanner) bracketRegion() bool {
	save := sc.pos
	sc.spaces()
	if !sc.lit("[") {
		sc.pos = save
		return false
	}
	i := strings.IndexByte(sc.s[sc.pos:], ']')
	if i <= 0 || i > 40 {
		sc.pos = save
		return false
	}
	for _, w := range strings.Fields(sc.s[sc.pos : sc.pos+i]) {
		if !titleWord(w) && !connectors[w] {
			sc.pos = save
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '-' {
				sc.pos = save
				return false
			}
		}
	}
	sc.pos += i + 1
	return true
}

// hijriMonths are the months of the Islamic calendar as Gulf agencies
// write them in English, lower case, without apostrophes or hyphens.
var hijriMonths = map[string]bool{
	"muharram": true, "safar": true, "rabi": true, "rabia": true, "rabie": true, "jumada": true,
	"jumadi": true, "jamada": true, "rajab": true, "shaban": true, "shaaban": true, "ramadan": true,
	"ramadhan": true, "shawwal": true, "dhul": true, "dhu": true, "thul": true, "zul": true,
	"dhulqadah": true, "dhulhijjah": true, "thulqada": true, "thulhijja": true, "zulqadah": true, "zulhijjah": true,
}

// hijriFold drops the apostrophes and hyphens of an Islamic month's name;
// it is never changed.
var hijriFold = strings.NewReplacer("'", "", "’", "", "-", "")

// hijri skips an Islamic date and the comma after it, as the Saudi Press
// Agency gives it before the common one: "Ramadan 02, 1445, March 12,
// 2024"; "Rabi' Al-Awwal 5, 1446,". It reports whether there was one.
func (sc *dlScanner) hijri() bool {
	start := sc.pos
	fail := func() bool { sc.pos = start; return false }
	w := sc.word()
	if !hijriMonths[strings.ToLower(hijriFold.Replace(w))] {
		return fail()
	}
	// the rest of a month's name: "Al-Awwal", "I", "al-Thani"
	for i := 0; i < 3; i++ {
		sc.lit("'")
		sc.lit("’")
		save := sc.pos
		sc.spaces()
		if x := sc.word(); x == "" || (!titleWord(x) && !strings.HasPrefix(strings.ToLower(x), "al")) {
			sc.pos = save
			break
		}
	}
	sc.spaces()
	if n, ok := sc.number(2); !ok || n < 1 || n > 30 {
		return fail()
	}
	sc.lit(",")
	sc.spaces()
	if y, ok := sc.number(4); !ok || y < 1300 || y > 1600 {
		return fail()
	}
	sc.spaces()
	if sc.lit("AH") || sc.lit("H") {
		sc.spaces()
	}
	if !sc.lit(",") {
		return fail()
	}
	sc.spaces()
	return true
}

// peekHijri tries hijri without consuming.
func (sc *dlScanner) peekHijri() bool {
	save := sc.pos
	ok := sc.hijri()
	sc.pos = save
	return ok
}

// date reads "September 5", "Sept. 12, 2019", "Jan 3", "21 July", "5 Sep 2018",
// and ordinals: "3rd March, 2021", "March 3rd".
func (sc *dlScanner) date() (m, d, y int, ok bool) {
	start := sc.pos
	fail := func() (int, int, int, bool) { sc.pos = start; return 0, 0, 0, false }
	if n, ok := sc.number(2); ok { // day first
		// in figures with periods, day first, as European agencies
		// write it: "RIGA, 03.05.2007, LETA -", "SARAJEVO, 3.5.2007
		// (FENA) -"; the year is needed (a bare "3.5" may be a score)
		if sc.lit(".") {
			mm, ok1 := sc.number(2)
			ok2 := sc.lit(".")
			yy, ok3 := sc.number(4)
			if !ok1 || !ok2 || !ok3 || mm < 1 || mm > 12 || n < 1 || n > daysIn(mm) || yy < 1900 || yy > 2100 {
				return fail()
			}
			return mm, n, yy, true
		}
		sc.ordinal()
		sc.spaces()
		w := sc.word()
		mm, isMonth := monthOf(strings.TrimSuffix(w, "."))
		if !isMonth || n < 1 || n > 31 {
			return fail()
		}
		m, d = mm, n
	} else {
		w := sc.word()
		mm, isMonth := monthOf(strings.TrimSuffix(w, "."))
		if !isMonth {
			return fail()
		}
		if !strings.HasSuffix(w, ".") {
			sc.lit(".")
		}
		if r, n := sc.peek(); n == 0 || !unicode.IsSpace(r) {
			return fail()
		}
		sc.spaces()
		n, ok := sc.number(2)
		if !ok || n < 1 || n > 31 {
			return fail()
		}
		m, d = mm, n
		sc.ordinal()
	}
	if d > daysIn(m) {
		return fail()
	}
	// optional year: ", 2019" or " 2019"
	save := sc.pos
	sc.lit(",")
	sc.spaces()
	if yy, ok := sc.number(4); ok && yy >= 1900 && yy <= 2100 && sc.pos-save >= 5 {
		y = yy
	} else {
		sc.pos = save
	}
	return m, d, y, true
}

// ordinal skips an ordinal suffix after a day's number: "5th", "3rd".
func (sc *dlScanner) ordinal() {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if sc.lit(suf) {
			return
		}
	}
}

func daysIn(m int) int {
	switch m {
	case 2:
		return 29
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// number reads up to max digits (exactly 4 when max is 4) not followed by
// another digit.
func (sc *dlScanner) number(max int) (int, bool) {
	start := sc.pos
	for sc.pos < len(sc.s) && sc.s[sc.pos] >= '0' && sc.s[sc.pos] <= '9' {
		sc.pos++
	}
	n := sc.pos - start
	if n == 0 || n > max || (max == 4 && n != 4) {
		sc.pos = start
		return 0, false
	}
	v, _ := strconv.Atoi(sc.s[start:sc.pos])
	return v, true
}

// agency reads "(Reuters)", "(AP)", "/TASS/", "/SANA/": a short name of
// letters in brackets or slashes.
func (sc *dlScanner) agency() (string, bool) {
	start := sc.pos
	var closer byte
	switch {
	case sc.lit("("):
		closer = ')'
	case sc.lit("/"):
		closer = '/'
	case sc.lit("["):
		closer = ']'
	default:
		return "", false
	}
	i := strings.IndexByte(sc.s[sc.pos:], closer)
	if i <= 0 || i > 40 {
		sc.pos = start
		return "", false
	}
	name := strings.TrimSpace(sc.s[sc.pos : sc.pos+i])
	if !agencyName(name) {
		sc.pos = start
		return "", false
	}
	sc.pos += i + 1
	return name, true
}

// agencyName reports whether s looks like a news agency's name: one to four
// words, starting with a capital, letters and a few joiners only.
func agencyName(s string) bool {
	if s == "dpa" || s == "epd" || s == "kna" {
		return true
	}
	if len(s) > 1 && s[1] == '-' {
		return false // a party and state: "(R-Texas)"
	}
	if s == "" || !titleWord(s) {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 4 {
		return false
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) || r == ' ' || r == '-' || r == '&' || r == '.' || r == '\'' || r == '’') {
			return false
		}
	}
	for _, w := range words {
		if !titleWord(w) && !connectors[w] && w != "and" {
			return false
		}
	}
	return true
}

// separator reads the punctuation closing a dateline; EFE closes its
// datelines with a period and a hyphen: "(EFE).-".
func (sc *dlScanner) separator() string {
	for _, sep := range []string{"---", "--", "—", "–", "―", ".-", "-", ":", ".", ","} {
		if sc.lit(sep) {
			return sep
		}
	}
	return ""
}

// cityDateline reads a dateline of a city alone before a colon or a dash,
// as newspapers in South and South-East Asia and some agencies write it:
// "NEW DELHI: The Supreme Court ...", "KUALA LUMPUR: Prime Minister ...",
// "Rabat - Morocco and Spain ...". Only a city that known (the gazetteer)
// knows counts, and only when a paragraph of a story follows; known may be
// nil: then never. It returns the dateline and where the story begins.
func cityDateline(s string, known func(string) bool) (*dateline.Dateline, int, bool) {
	if known == nil {
		return nil, 0, false
	}
	sc := &dlScanner{s: s}
	sc.spaces()
	begin := sc.pos
	place, caps, ok := sc.place()
	if !ok || words(place) > 3 {
		return nil, 0, false
	}
	up := strings.ToUpper(place)
	if stopPlaces[up] || bareStop[up] || agencyPlaces[agencyKey(place)] || navLines[strings.ToLower(place)] || cityStop[strings.ToLower(place)] {
		return nil, 0, false
	}
	if _, isMonth := monthOf(strings.TrimSuffix(place, ".")); isMonth {
		return nil, 0, false
	}
	// a name in ordinary case before a colon may be a speaker ("Sybiha:
	// Ukraine ready for talks", "Jackson: “We will appeal.”"): a one-word
	// city so ("Dubai: The UAE ...", as Gulf papers write) needs a
	// story's sentence after it that is no quotation
	colonWord := false
	if sc.lit(":") {
		colonWord = !caps && words(place) < 2
	} else {
		// a dash, with a space before it
		if r, _ := sc.peek(); r != ' ' {
			return nil, 0, false
		}
		sc.spaces()
		switch sc.separator() {
		case "-", "--", "—", "–", "―":
		default:
			return nil, 0, false
		}
	}
	end := sc.pos
	if r, _ := sc.peek(); r != ' ' {
		return nil, 0, false
	}
	sc.spaces()
	if !storyParagraph(head(s[sc.pos:], 2000)) && !storyParagraph(strings.SplitN(s[sc.pos:], "\n", 2)[0]) {
		return nil, 0, false
	}
	if r, _ := sc.peek(); colonWord && !unicode.IsUpper(r) {
		return nil, 0, false
	}
	if !known(place) {
		return nil, 0, false
	}
	return &dateline.Dateline{Place: place, Text: s[begin:end]}, sc.pos, true
}

// cityStop are words that the gazetteer knows as towns somewhere but that
// open a paragraph as words ("Police: two men were held", "Update - ...").
var cityStop = map[string]bool{
	"police": true, "mobile": true, "reading": true, "nice": true, "bath": true, "split": true,
	"independence": true, "liberty": true, "concord": true, "of": true, "deal": true, "marks": true,
	"union": true, "opportunity": true, "normal": true, "superior": true, "temple": true, "orange": true,
	"hope": true, "unity": true, "peace": true, "victory": true, "progress": true, "justice": true,
	"freedom": true, "friendship": true, "energy": true, "commerce": true, "industry": true,
	"sources": true, "officials": true, "president": true, "update": true, "summary": true,
	"background": true, "note": true, "context": true, "warning": true, "analysis": true,
	"opinion": true, "watch": true, "video": true, "photos": true, "editor": true, "correction": true,
	"live": true, "breaking": true, "exclusive": true, "washington post": true, "why": true, "what": true,
}

// bareStop are capitalised labels that stand alone on a line above a story
// and are no place.
var bareStop = map[string]bool{
	"SPONSORED": true, "PREMIUM": true, "PROMOTED": true, "FEATURE": true, "FEATURES": true,
	"SPECIAL REPORT": true, "DEVELOPING": true, "DEVELOPING STORY": true, "JUST IN": true,
	"HIGHLIGHTS": true, "SUMMARY": true, "CONTEXT": true, "BACKGROUND": true, "FACT CHECK": true,
	"EXPLAINED": true, "INSIGHT": true, "PODCAST": true, "TOP NEWS": true, "WORLD NEWS": true,
	"HEADLINES": true, "LATEST": true, "MORE": true, "SHARE": true, "TAGS": true, "TOPICS": true,
	"ADVERTISEMENT": true, "MENU": true, "SEARCH": true, "HOME": true, "NEWS": true,
	"JANUARY": true, "FEBRUARY": true, "MARCH": true, "APRIL": true, "MAY": true, "JUNE": true,
	"JULY": true, "AUGUST": true, "SEPTEMBER": true, "OCTOBER": true, "NOVEMBER": true, "DECEMBER": true,
}

// bareDateline reads a line that holds only a dateline's place, maybe with
// a region or a date, and no agency or dash: "MADRID", "KYIV, Ukraine",
// "MADRID, June 28", "Madrid, June 28". The caller makes sure that the
// story's first paragraph follows. A place in capitals (one to three
// words) is taken as it is; a place in ordinary case only when known says
// it is a city (known may be nil: then never).
func bareDateline(t string, known func(string) bool) (*dateline.Dateline, bool) {
	t = strings.TrimSpace(t)
	if t == "" || len(t) > 80 || words(t) > 7 {
		return nil, false
	}
	sc := &dlScanner{s: t}
	place, caps, ok := sc.place()
	if !ok || words(place) > 3 {
		return nil, false
	}
	up := strings.ToUpper(place)
	if stopPlaces[up] || bareStop[up] || navLines[strings.ToLower(place)] {
		return nil, false
	}
	if _, isMonth := monthOf(strings.TrimSuffix(place, ".")); isMonth {
		return nil, false
	}
	out := dateline.Dateline{Place: place}
	// optional ", Region"
	save := sc.pos
	if sc.lit(",") {
		sc.spaces()
		if _, _, _, isDate := sc.peekDate(); isDate || !sc.region() {
			sc.pos = save
		}
	}
	// optional date
	save = sc.pos
	if !sc.lit(",") {
		sc.lit(".")
	}
	sc.spaces()
	if m, d, y, ok := sc.date(); ok {
		out.Month, out.Day, out.Year = m, d, y
	} else {
		sc.pos = save
	}
	end := sc.pos
	// a time after a full date, as The Hindu stamps its stories: "NEW
	// DELHI, March 03, 2021 14:05 IST"
	if out.Year != 0 && onlyTime(t[sc.pos:]) {
		sc.pos = len(t)
	}
	// optional closing punctuation: "MADRID:", "MADRID, June 28 -"
	sc.spaces()
	if sep := sc.separator(); sep != "" {
		end = sc.pos
	}
	sc.spaces()
	if sc.pos != len(t) {
		return nil, false
	}
	if !caps && (known == nil || !known(place)) {
		return nil, false
	}
	out.Text = t[:end]
	return &out, true
}
