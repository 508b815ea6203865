package storekit

import (
	"context"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/contract"
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

func TestAssign(t *testing.T) {
	ctx := context.Background()
	rep := func(key, date string, idx int) Report { return Report{Key: key, Date: day(t, date), Index: idx} }
	stored := Memory{}
	stored.Put("k", Anchor{ID: "may1", Date: day(t, "2020-05-01")})
	stored.Put("k", Anchor{ID: "may3", Date: day(t, "2020-05-03")})
	// Around a month's end, the day after is the 1st.
	stored.Put("k", Anchor{ID: "jan31", Date: day(t, "2021-01-31")})
	tests := []struct {
		name string
		reps []Report
		want string // per report: the id of its event, '*' when it is the event's first report
	}{
		{"joins-a-day-later", []Report{rep("k", "2020-05-04", 0)}, "may3"},
		{"joins-a-day-earlier", []Report{rep("k", "2020-04-30", 0)}, "may1"},
		{"between-two-the-earlier", []Report{rep("k", "2020-05-02", 0)}, "may1"},
		{"nearest", []Report{rep("k", "2020-05-03", 0)}, "may3"},
		{"too-far", []Report{rep("k", "2020-05-05", 0)}, "k@2020-05-05*"},
		{"across-a-month", []Report{rep("k", "2021-02-01", 0)}, "jan31"},
		{"two-days-across-a-month", []Report{rep("k", "2021-02-02", 0)}, "k@2021-02-02*"},
		{"other-key", []Report{rep("j", "2020-05-01", 0)}, "j@2020-05-01*"},
		{"undated", []Report{rep("k", "", 0), rep("k", "", 1)}, "u0* u1*"},
		// The article's earliest report makes the event, whatever its place in the article.
		{"earliest-first", []Report{rep("j", "2020-06-02", 0), rep("j", "2020-06-01", 1), rep("j", "2020-06-02", 2)},
			"j@2020-06-01 j@2020-06-01* j@2020-06-01"},
		{"two-events-in-one-article", []Report{rep("j", "2020-06-01", 0), rep("j", "2020-06-03", 1)}, "j@2020-06-01* j@2020-06-03*"},
	}
	names := map[string]string{EventID("k", day(t, "2020-05-05")): "k@2020-05-05", EventID("k", day(t, "2021-02-02")): "k@2021-02-02", EventID("j", day(t, "2020-05-01")): "j@2020-05-01",
		EventID("j", day(t, "2020-06-01")): "j@2020-06-01", EventID("j", day(t, "2020-06-03")): "j@2020-06-03",
		UndatedID("a", 0): "u0", UndatedID("a", 1): "u1"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, err := Assign(ctx, "a", tt.reps, stored.Find)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range as {
				n := a.ID
				if names[n] != "" {
					n = names[n]
				}
				if a.First {
					n += "*"
				}
				got = append(got, n)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("events %q; want %q", g, tt.want)
			}
		})
	}
}

func TestEventKey(t *testing.T) {
	s := func(v string) *string { return &v }
	ev := func(mode string, src, tgt *contract.Actor) contract.Event {
		return contract.Event{Type: "ASSAULT", Source: src, Target: tgt, Mode: mode, Place: &contract.Place{Name: "Kharkiv"}}
	}
	rus := &contract.Actor{Name: s("Russia"), Country: s("RUS")}
	rusArmy := &contract.Actor{Name: s("Russian troops"), Country: s("RUS"), Sector: s("MIL")}
	ukr := &contract.Actor{Name: s("Ukraine"), Country: s("UKR")}
	gunmen := &contract.Actor{Name: s("Gunmen")}
	for _, tt := range []struct {
		name string
		a, b contract.Event
		same bool
	}{
		{"asserted-and-reported", ev(dateline.Asserted, rus, ukr), ev(dateline.Reported, rus, ukr), true},
		{"hypothetical", ev(dateline.Asserted, rus, ukr), ev(dateline.Hypothetical, rus, ukr), false},
		{"negated", ev(dateline.Reported, rus, ukr), ev(dateline.Negated, rus, ukr), false},
		// the state acting as such: its forces, its leader, the country
		{"state-sector", ev(dateline.Asserted, rus, ukr), ev(dateline.Asserted, rusArmy, ukr), true},
		{"leader-and-country", ev(dateline.Asserted, &contract.Actor{Name: s("Vladimir Putin"), Country: s("RUS"), Sector: s("GOV")}, ukr), ev(dateline.Asserted, rus, ukr), true},
		// others of the country are other sides
		{"legislature", ev(dateline.Asserted, rus, ukr), ev(dateline.Asserted, &contract.Actor{Name: s("the Duma"), Country: s("RUS"), Sector: s("LEG")}, ukr), false},
		{"rebels", ev(dateline.Asserted, rus, ukr), ev(dateline.Asserted, &contract.Actor{Name: s("separatists"), Country: s("RUS"), Sector: s("REB")}, ukr), false},
		{"direction", ev(dateline.Asserted, rus, ukr), ev(dateline.Asserted, ukr, rus), false},
		{"no-target", ev(dateline.Asserted, rus, ukr), ev(dateline.Asserted, rus, nil), false},
		{"name-case", ev(dateline.Asserted, gunmen, ukr), ev(dateline.Asserted, &contract.Actor{Name: s("gunmen")}, ukr), true},
		{"name-of-a-country", ev(dateline.Asserted, rus, ukr), ev(dateline.Asserted, &contract.Actor{Name: s("Moscow"), Country: s("RUS")}, ukr), true},
	} {
		if got := EventKey(tt.a) == EventKey(tt.b); got != tt.same {
			t.Errorf("%s: same key = %v; want %v (%q, %q)", tt.name, got, tt.same, EventKey(tt.a), EventKey(tt.b))
		}
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
