package clean

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	dps "github.com/markusmobius/go-dateparser"

	"github.com/dateline-news/dateline"
)

// metaLayouts are the date layouts tried before go-dateparser.
var metaLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05",
	"2006-01-02 15:04", "2006-01-02", "2006/01/02", time.RFC1123Z, time.RFC1123, time.RFC850,
	time.RFC822Z, time.RFC822, time.ANSIC, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006", "Jan 2, 2006", "2 January 2006", "2 Jan 2006", "January 2 2006",
	"20060102",
}

var dpConfig = &dps.Configuration{
	Languages:     []string{"en"},
	StrictParsing: true,
	RequiredParts: []string{"day", "month", "year"},
	CurrentTime:   time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC), // relative dates are not metadata
}

// parseMetaDate reads a publication date given by metadata: ISO and RFC
// layouts, Unix seconds or milliseconds, and what go-dateparser reads.
// Only dates that give a day, a month and a year count.
func parseMetaDate(s string) (dateline.Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return dateline.Date{}, false
	}
	for _, l := range metaLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return plausible(dateline.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()})
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && len(s) >= 9 {
		if n > 1e11 {
			n /= 1000 // milliseconds
		}
		return plausible(dateline.DateOf(time.Unix(n, 0).UTC()))
	}
	if relative.MatchString(s) {
		return dateline.Date{}, false
	}
	d, err := dps.Parse(dpConfig, s)
	if err != nil || d.Time.IsZero() {
		return dateline.Date{}, false
	}
	return plausible(dateline.DateOf(d.Time))
}

var relative = regexp.MustCompile(`(?i)\b(ago|yesterday|today|tomorrow|now|last|next)\b`)

func plausible(d dateline.Date) (dateline.Date, bool) {
	if d.Year < 1900 || d.Year > 2100 {
		return dateline.Date{}, false
	}
	return d, true
}

var (
	stampWords = regexp.MustCompile(`(?i)\b[ap]\.m\.|\b(gmt|utc)\s*[+-]\s*\d{1,2}(:?\d{2})?|\b\d+\s+(minutes?|mins?|hours?|hrs?|days?)\s+ago\b|\blocal\s+time\b|\b(first\s+)?(published|publish|issued|updated|update|last\s+(updated|modified)|posted|modified|created|date|time|on|at|am|pm|hrs|gmt|utc|msk|est|edt|et|bst|cet|cest|eet|eest|wet|west|pt|pst|pdt|cst|cdt|ist|pkt|npt|bdt|ict|wib|wita|wit|myt|sgt|pht|hkt|jst|kst|aest|aedt|acst|awst|nzst|nzdt|gst|ast|trt|irst|eat|wat|cat|sast|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?`)
	stampTime  = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}([:.]\d{2})?(\s*[ap]m\b)?|[+-]\d{2}:?\d{2}\b`)
	stampDate  = regexp.MustCompile(`(?i)\b(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4})\b`)
)

// dateStamp reads a line that is only a publication date stamp:
// "Published: 5 September 2018, 21:03 GMT", "September 5, 2018",
// "Updated 2018-09-05 10:41", AFP's "Issued on: 30/10/2022 - 14:05",
// Antara's "Tuesday, 8 October 2024 14:05 WIB", the Guardian's "Wed 3 Mar
// 2021 14.05 GMT". The stamp may share its line with the agency's name
// before it ("KYODO NEWS - Mar 7, 2023 - 18:12"), with a byline ("By Jane
// Doe | 3 March 2021", "Published on 04/06/2024 - 14:05 By Ana Souza -
// Agência Brasil reporter - Brasília"), with labelled fields and sections
// between bars ("Source: Xinhua| 2023-10-18 14:05:21|Editor: huaxia",
// "... | Japan, Politics"). Anything else on the line means no stamp.
func dateStamp(t string) (dateline.Date, bool) {
	if len(t) > 200 || !hasYear(t) {
		return dateline.Date{}, false
	}
	if d, ok := stampPart(t); ok {
		return d, true
	}
	// fields split by bars: a stamp among names, labels and sections
	if n := strings.Count(t, "|"); n >= 1 && n <= 4 {
		var found dateline.Date
		for _, part := range strings.Split(t, "|") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			if d, ok := stampPart(part); ok {
				if found.IsZero() {
					found = d
				}
				continue
			}
			if !namesOnly(part) && !labelField(part) && !sectionList(part) && !sourcePart(part) {
				return dateline.Date{}, false
			}
		}
		if !found.IsZero() {
			return found, true
		}
	}
	return dateline.Date{}, false
}

// hasYear reports whether s has four digits in a row, as every stamp's
// year is written; a cheap test before the stamp patterns.
func hasYear(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if n++; n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// stampPart reads one stamp, maybe after the agency's name ("KYODO NEWS -
// Mar 7, 2023 - 18:12") and before or after a byline.
func stampPart(t string) (dateline.Date, bool) {
	if d, ok := dateOnlyStamp(t); ok {
		return d, true
	}
	if rest, ok := cutAgencyName(t); ok {
		if d, ok := dateOnlyStamp(rest); ok {
			return d, true
		}
	}
	// the stamp, then the byline: "Published on 04/06/2024 - 14:05 By Ana
	// Souza - Agência Brasil reporter - Brasília"
	for _, by := range []string{" By ", " BY ", " by "} {
		if i := strings.Index(t, by); i > 0 {
			right := strings.TrimSpace(t[i+len(by):])
			r, _ := utf8.DecodeRuneInString(right)
			if words(right) <= 15 && unicode.IsUpper(r) {
				if d, ok := dateOnlyStamp(t[:i]); ok {
					return d, true
				}
			}
		}
	}
	// a blog's "Posted by admin on June 12, 2010"
	if m := postedBy.FindStringIndex(t); m != nil {
		if d, ok := dateOnlyStamp(t[m[1]:]); ok {
			return d, true
		}
	}
	// the byline, then the stamp: "By Jane Doe, March 3, 2021"
	if strings.HasPrefix(t, "By ") || strings.HasPrefix(t, "BY ") || strings.HasPrefix(t, "by ") {
		if loc := stampDate.FindStringIndex(t); loc != nil {
			// the stamp may begin with a weekday or a word before the date
			left := t[:loc[0]]
			for cut := len(left); cut > 0; cut-- {
				if !strings.ContainsRune(" ,|-–—", rune(left[cut-1])) {
					continue
				}
				if namesOnly(strings.TrimRight(left[:cut], " ,|-–—")) {
					if d, ok := dateOnlyStamp(t[cut:]); ok {
						return d, true
					}
					break
				}
			}
		}
	}
	return dateline.Date{}, false
}

// postedBy is the author's name before a blog's stamp, up to "on": "Posted
// by admin on", "Written by Jane Doe on".
var postedBy = regexp.MustCompile(`(?i)^(posted|published|written|submitted)\s+by\s+[\p{L}.'’-]+(\s+[\p{L}.'’-]+){0,3}?\s+on\s+`)

// cutAgencyName cuts a wire agency's name and the dash or colon after it
// from the start of t ("KYODO NEWS - Mar 7, 2023" gives "Mar 7, 2023"), or
// its name in brackets, as People's Daily Online writes it: "(Xinhua)
// 14:05, March 12, 2024".
func cutAgencyName(t string) (string, bool) {
	if strings.HasPrefix(t, "(") {
		if i := strings.IndexByte(t, ')'); i > 1 && isWireAgency(strings.TrimSpace(t[1:i])) {
			return strings.TrimSpace(t[i+1:]), true
		}
	}
	f := strings.Fields(t)
	for n := 1; n <= 5 && n < len(f); n++ {
		name := strings.Join(f[:n], " ")
		if !isWireAgency(name) && !agencyPlaces[agencyKey(name)] {
			continue
		}
		rest := strings.TrimSpace(strings.Join(f[n:], " "))
		for _, sep := range []string{"-", "–", "—", ":", "|"} {
			if strings.HasPrefix(rest, sep) {
				return strings.TrimSpace(rest[len(sep):]), true
			}
		}
	}
	return "", false
}

// siteName is a web site's name beside its stamp: "chinadaily.com.cn".
var siteName = regexp.MustCompile(`(?i)^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|net|org|cn|in|pk|ru|ng|my|id|ph|kr|jp|uk|co|gov|info|news)$`)

// sourcePart reports whether a part of a stamp line names its source: an
// agency ("Press Trust of India", "By Xinhua", "Source: Xinhua") or a site.
func sourcePart(t string) bool {
	for _, p := range []string{"By ", "BY ", "by ", "Source: ", "SOURCE: ", "source: "} {
		t = strings.TrimPrefix(t, p)
	}
	return isWireAgency(t) || siteName.MatchString(t)
}

// labelField is a labelled field of a page's stamp line: "Source:
// Xinhua", "Editor: huaxia", "Author: Jane Doe".
var labelFieldRE = regexp.MustCompile(`(?i)^(source|editor|editors|author|authors|by|reporter|writer|agency|section|category|photo|credit)\s*:\s*[\p{L} .,'’&/-]{1,60}$`)

func labelField(t string) bool { return len(t) <= 80 && labelFieldRE.MatchString(t) }

// sectionList reports whether t is a list of a site's sections beside its
// stamp: "Japan, Politics", "World, All" (two or more: one word alone may
// be anything).
func sectionList(t string) bool {
	if words(t) > 8 || strings.ContainsAny(t, "0123456789:.!?\"“") {
		return false
	}
	items := strings.Split(t, ",")
	if len(items) < 2 {
		return false
	}
	for _, item := range items {
		item = strings.TrimSpace(item)
		if item == "" || words(item) > 3 {
			return false
		}
		for _, w := range strings.Fields(item) {
			if !titleWord(w) && w != "&" && w != "and" {
				return false
			}
		}
	}
	return true
}

// namesOnly reports whether t is a short list of personal names, as a
// byline gives them: capitalised words joined by "and", "&" or commas
// ("Jane Doe and John Roe"), maybe after "By".
func namesOnly(t string) bool {
	f := strings.Fields(strings.ReplaceAll(t, ",", " , "))
	if len(f) > 0 && strings.EqualFold(f[0], "by") {
		f = f[1:]
	}
	if len(f) < 2 || len(f) > 12 {
		return false
	}
	names := 0
	for i, w := range f {
		switch {
		case w == "and" || w == "&" || w == ",":
			if i == 0 || i == len(f)-1 {
				return false
			}
		case titleWord(w) && !strings.ContainsAny(w, "0123456789:|/"):
			names++
		default:
			return false
		}
	}
	return names >= 2
}

// dateOnlyStamp is dateStamp for a line holding nothing but the stamp.
func dateOnlyStamp(t string) (dateline.Date, bool) {
	if len(t) > 80 {
		return dateline.Date{}, false
	}
	all := stampDate.FindAllStringIndex(t, -1)
	if all == nil {
		return dateline.Date{}, false
	}
	// "Published on 25/08/2019 - 19:32 Modified on 26/08/2019 - 08:10":
	// the first date not introduced as an update
	loc := all[0]
	prev := 0
	for _, l := range all {
		intro := strings.ToLower(t[prev:l[0]])
		if !strings.Contains(intro, "updat") && !strings.Contains(intro, "modif") {
			loc = l
			break
		}
		prev = l[1]
	}
	rest := stampDate.ReplaceAllString(t, " ")
	rest = stampTime.ReplaceAllString(rest, " ")
	rest = stampWords.ReplaceAllString(rest, " ")
	rest = strings.Trim(rest, " ,.:;|-–—/()[]•·")
	if strings.Trim(rest, " ,.:;|-–—/()[]•·") != "" {
		return dateline.Date{}, false
	}
	ds := t[loc[0]:loc[1]]
	if d, ok := parseStampDate(ds); ok {
		return d, true
	}
	return dateline.Date{}, false
}

// parseStampDate reads one of the forms stampDate matches.
func parseStampDate(s string) (dateline.Date, bool) {
	s = strings.NewReplacer(",", " ", ".", " ", "/", " ").Replace(s)
	f := strings.Fields(s)
	var y, m, d int
	switch {
	case len(f) == 1: // 2018-09-05
		t, err := time.Parse("2006-01-02", f[0])
		if err != nil {
			return dateline.Date{}, false
		}
		return plausible(dateline.DateOf(t))
	case len(f) == 3 && isNum(f[0]) && isNum(f[1]) && len(f[0]) == 4: // 2021/03/03, 2021.03.03
		y, _ = strconv.Atoi(f[0])
		m, _ = strconv.Atoi(f[1])
		d, _ = strconv.Atoi(f[2])
	case len(f) == 3 && isNum(f[0]) && isNum(f[1]): // 05.09.2018, 19/08/2020 (day first, as AFP and European sites write)
		d, _ = strconv.Atoi(f[0])
		m, _ = strconv.Atoi(f[1])
		y, _ = strconv.Atoi(f[2])
		if m > 12 && d <= 12 {
			d, m = m, d // 09/27/2021: only month first can be meant (DW, US sites)
		}
	case len(f) == 4 && strings.EqualFold(f[1], "of"): // 3rd of March 2021
		d, _ = strconv.Atoi(strings.TrimRight(strings.ToLower(f[0]), "stndrh"))
		m = monthPrefix(f[2])
		y, _ = strconv.Atoi(f[3])
	case len(f) == 3 && isNum(strings.TrimRight(strings.ToLower(f[0]), "stndrh")): // 5 September 2018, 3rd March 2021
		d, _ = strconv.Atoi(strings.TrimRight(strings.ToLower(f[0]), "stndrh"))
		m = monthPrefix(f[1])
		y, _ = strconv.Atoi(f[2])
	case len(f) == 3: // September 5th 2018
		m = monthPrefix(f[0])
		d, _ = strconv.Atoi(strings.TrimRight(f[1], "stndrh"))
		y, _ = strconv.Atoi(f[2])
	default:
		return dateline.Date{}, false
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(m) {
		return dateline.Date{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return dateline.Date{}, false
	}
	return plausible(dateline.DateOf(t))
}

func isNum(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

func monthPrefix(w string) int {
	w = strings.ToLower(w)
	if len(w) >= 3 {
		if m, ok := months[w]; ok {
			return m
		}
		if m, ok := months[w[:3]]; ok && strings.HasPrefix(monthNames[m-1], w) {
			return m
		}
	}
	return 0
}

var monthNames = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
