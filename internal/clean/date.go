package clean

import (
	"regexp"
	"strconv"
	"strings"
	"time"

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
	stampWords = regexp.MustCompile(`(?i)\b[ap]\.m\.|\b(gmt|utc)\s*[+-]\s*\d{1,2}(:?\d{2})?|\b(first\s+)?(published|issued|updated|update|last\s+updated|posted|modified|date|on|at|am|pm|gmt|utc|msk|est|edt|et|bst|cet|cest|eet|eest|pt|pst|pdt|cst|cdt|ist|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?`)
	stampTime  = regexp.MustCompile(`\b\d{1,2}:\d{2}(:\d{2})?\b|[+-]\d{2}:?\d{2}\b`)
	stampDate  = regexp.MustCompile(`(?i)\b(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4})\b`)
)

// dateStamp reads a line that is only a publication date stamp:
// "Published: 5 September 2018, 21:03 GMT", "September 5, 2018",
// "Updated 2018-09-05 10:41", AFP's "Issued on: 30/10/2022 - 14:05".
// Anything else on the line means no stamp.
func dateStamp(t string) (dateline.Date, bool) {
	if d, ok := dateOnlyStamp(t); ok {
		return d, true
	}
	// a byline and a stamp on one line, split by a bar: "Jane Doe and
	// John Roe |28.06.2022 - Update : 29.06.2022"
	if i := strings.IndexByte(t, '|'); i > 0 && strings.Count(t, "|") == 1 && len(t) <= 200 {
		left, right := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+1:])
		if namesOnly(left) {
			return dateOnlyStamp(right)
		}
		if namesOnly(right) {
			return dateOnlyStamp(left)
		}
	}
	return dateline.Date{}, false
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
	case len(f) == 3 && isNum(f[0]) && isNum(f[1]): // 05.09.2018, 19/08/2020 (day first, as AFP and European sites write)
		d, _ = strconv.Atoi(f[0])
		m, _ = strconv.Atoi(f[1])
		y, _ = strconv.Atoi(f[2])
		if m > 12 && d <= 12 {
			d, m = m, d // 09/27/2021: only month first can be meant (DW, US sites)
		}
	case len(f) == 3 && isNum(f[0]): // 5 September 2018
		d, _ = strconv.Atoi(f[0])
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
