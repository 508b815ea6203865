package storekit

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
)

func day(t *testing.T, s string) dateline.Date {
	t.Helper()
	if s == "" {
		return dateline.Date{}
	}
	d, err := dateline.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestGroup(t *testing.T) {
	ev := func(art, date, typ, src, tgt string) dateline.EventGroup {
		return dateline.EventGroup{Type: typ, Source: dateline.EventActor{Country: src}, Target: dateline.EventActor{Country: tgt},
			Date: day(t, date), Mode: dateline.Asserted, Reports: 1, ArticleIDs: []string{art}}
	}
	mode := func(g dateline.EventGroup, m string) dateline.EventGroup {
		g.Mode = m
		return g
	}
	tests := []struct {
		name string
		in   []dateline.EventGroup
		want string // groups as article ids joined by '+', separated by spaces
	}{
		{"one-day-apart", []dateline.EventGroup{ev("a2", "2020-01-02", "ACCUSE", "RUS", "USA"), ev("a1", "2020-01-01", "ACCUSE", "RUS", "USA")}, "a2+a1"},
		{"two-days-apart", []dateline.EventGroup{ev("a2", "2020-01-03", "ACCUSE", "RUS", "USA"), ev("a1", "2020-01-01", "ACCUSE", "RUS", "USA")}, "a2 a1"},
		{"other-type", []dateline.EventGroup{ev("a2", "2020-01-01", "ACCUSE", "RUS", "USA"), ev("a1", "2020-01-01", "THREATEN", "RUS", "USA")}, "a2 a1"},
		{"other-direction", []dateline.EventGroup{ev("a2", "2020-01-01", "ACCUSE", "RUS", "USA"), ev("a1", "2020-01-01", "ACCUSE", "USA", "RUS")}, "a2 a1"},
		{"same-article-is-one-report", []dateline.EventGroup{ev("a1", "2020-01-01", "ACCUSE", "RUS", "USA"), ev("a1", "2020-01-01", "ACCUSE", "RUS", "USA")}, "a1"},
		{"undated", []dateline.EventGroup{ev("a2", "", "ACCUSE", "RUS", "USA"), ev("a1", "", "ACCUSE", "RUS", "USA")}, "a2 a1"},
		{"three-reports", []dateline.EventGroup{ev("a3", "2020-01-02", "AID", "DEU", "UKR"), ev("a2", "2020-01-02", "AID", "DEU", "UKR"),
			ev("a1", "2020-01-01", "AID", "DEU", "UKR")}, "a3+a2+a1"},
		// "Russia struck Kyiv" and "Ukraine said Russia struck Kyiv" report
		// one strike; "Russia will strike" and "did not strike" are others.
		{"asserted-and-reported", []dateline.EventGroup{ev("a2", "2020-01-02", "ASSAULT", "RUS", "UKR"),
			mode(ev("a1", "2020-01-01", "ASSAULT", "RUS", "UKR"), dateline.Reported)}, "a2+a1"},
		{"hypothetical", []dateline.EventGroup{ev("a2", "2020-01-02", "ASSAULT", "RUS", "UKR"),
			mode(ev("a1", "2020-01-01", "ASSAULT", "RUS", "UKR"), dateline.Hypothetical)}, "a2 a1"},
		{"negated", []dateline.EventGroup{mode(ev("a2", "2020-01-01", "ASSAULT", "RUS", "UKR"), dateline.Reported),
			mode(ev("a1", "2020-01-01", "ASSAULT", "RUS", "UKR"), dateline.Negated)}, "a2 a1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, g := range Group(tt.in) {
				if g.Reports != len(g.ArticleIDs) {
					t.Errorf("group %v has %d reports", g.ArticleIDs, g.Reports)
				}
				got = append(got, strings.Join(g.ArticleIDs, "+"))
			}
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("groups = %q; want %q", s, tt.want)
			}
		})
	}
}

func TestOutlet(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"TASS", "TASS"},
		{"https://www.reuters.com/world/x", "reuters.com"},
		{"http://apnews.com/a", "apnews.com"},
		{"", "unknown"},
	} {
		if got := Outlet(tt.in); got != tt.want {
			t.Errorf("Outlet(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestWindow(t *testing.T) {
	xs := []int{1, 2, 3, 4}
	for _, tt := range []struct {
		limit, offset int
		want          int
	}{{-1, 0, 4}, {2, 0, 2}, {2, 3, 1}, {10, 4, 0}, {0, 1, 0}} {
		if got := Window(xs, tt.limit, tt.offset); len(got) != tt.want {
			t.Errorf("Window(limit %d, offset %d) = %v; want %d items", tt.limit, tt.offset, got, tt.want)
		}
	}
}
