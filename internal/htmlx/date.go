package htmlx

import (
	"regexp"
	"strings"
	"time"

	htmldate "github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"

	"github.com/dateline-news/dateline"
)

// Date bases.
const (
	BasisJSONLD   = "json-ld"
	BasisMeta     = "html-meta"
	BasisHTMLDate = "htmldate"
)

// findDate returns the publication date: JSON-LD datePublished, then the
// <meta> publication tags, then go-htmldate's fast search of the page.
func findDate(doc *html.Node, m pageMeta, pageURL string) (dateline.Date, string) {
	now := time.Now()
	if d, ok := parseDate(m.ldDate, now); ok {
		return d, BasisJSONLD
	}
	if d, ok := parseDate(m.metaDate, now); ok {
		return d, BasisMeta
	}
	res, err := htmldate.FromDocument(doc, htmldate.Options{
		UseOriginalDate:     true,
		SkipExtensiveSearch: true,
		URL:                 pageURL,
	})
	if err == nil && !res.DateTime.IsZero() {
		if d := dateline.DateOf(res.DateTime); plausible(d, now) {
			return d, BasisHTMLDate
		}
	}
	return dateline.Date{}, ""
}

var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999 -0700",
	"2006-01-02 15:04:05.999999999 -0700 MST",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02",
	"20060102",
	"20060102150405",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006",
	"Mon Jan 2 15:04:05 MST 2006",
	"January 2, 2006 3:04 PM",
	"January 2, 2006, 3:04 PM",
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"02 January 2006",
}

// rxISODay finds a leading ISO date in strings no layout accepts.
var rxISODay = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)

// parseDate reads a publication date string. The date is the calendar day
// in the string's own time zone (the publisher's day).
func parseDate(s string, now time.Time) (dateline.Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return dateline.Date{}, false
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			d := dateline.DateOf(t)
			return d, plausible(d, now)
		}
	}
	if sm := rxISODay.FindString(s); sm != "" {
		if t, err := time.Parse("2006-01-02", sm); err == nil {
			d := dateline.DateOf(t)
			return d, plausible(d, now)
		}
	}
	return dateline.Date{}, false
}

// plausible rejects dates before the web and after tomorrow.
func plausible(d dateline.Date, now time.Time) bool {
	return d.Year >= 1990 && !d.Time().After(now.AddDate(0, 0, 1))
}
