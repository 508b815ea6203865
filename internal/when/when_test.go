package when

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
)

func date(s string) dateline.Date {
	d, err := dateline.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// article builds an article with a dateline month/day and a body, and
// optional titled entities.
func article(month, day int, body string, ents ...dateline.Entity) *dateline.Article {
	a := &dateline.Article{Body: body, Entities: ents, Format: "text"}
	if month != 0 {
		a.Dateline = &dateline.Dateline{Place: "MOSCOW", Month: month, Day: day}
	}
	if body != "" {
		a.Paragraphs = []dateline.Span{{Field: dateline.InBody, Start: 0, End: len(body)}}
	}
	return a
}

// person is an entity with KB roles, named once with a title.
func person(name, title string, roles ...dateline.Role) dateline.Entity {
	return dateline.Entity{Name: name, Type: dateline.Person, Roles: roles,
		Mentions: []dateline.Mention{{Text: name, Title: title, Kind: dateline.MentionName}}}
}

func role(title, start, end string) dateline.Role {
	r := dateline.Role{Title: title}
	if start != "" {
		r.Start = date(start)
	}
	if end != "" {
		r.End = date(end)
	}
	return r
}

var (
	pompeoSecState = role("Secretary of State", "2018-04-26", "2021-01-20")
	pompeoCIA      = role("Director of the Central Intelligence Agency", "2017-01-23", "2018-04-26")
	pompeo         = person("Mike Pompeo", "Secretary of State", pompeoCIA, pompeoSecState)
	// 2020-08-21 is a Friday and 2021-08-21 a Saturday: "on Friday" fits both
	maas = person("Heiko Maas", "Foreign Minister", role("Foreign Minister", "2018-03-14", "2021-12-08"))
	// 2024-03-12 is a Tuesday, the only March 12 on a Tuesday or a Wednesday in his term
	blinken = person("Antony Blinken", "Secretary of State", role("Secretary of State", "2021-01-26", "2025-01-20"))
)

// TestCalendar pins the calendar facts the other tests rely on.
func TestCalendar(t *testing.T) {
	for _, c := range []struct {
		d  string
		wd time.Weekday
	}{
		{"2017-09-05", time.Tuesday}, {"2018-09-05", time.Wednesday}, {"2019-09-05", time.Thursday},
		{"2020-09-05", time.Saturday}, {"2023-09-05", time.Tuesday}, {"2012-09-05", time.Wednesday},
		{"2019-10-30", time.Wednesday}, {"2013-10-30", time.Wednesday}, {"2024-10-30", time.Wednesday},
	} {
		if got := weekdayOf(date(c.d)); got != c.wd {
			t.Errorf("%s is a %s, not %s", c.d, got, c.wd)
		}
	}
}

func TestRun(t *testing.T) {
	today := date("2026-11-23")
	tests := []struct {
		name      string
		opts      Options
		a         *dateline.Article
		want      string // "" = unknown
		wantBasis string
	}{
		{"weekday alone is ambiguous", Options{},
			article(9, 5, "US Secretary of State told reporters on Tuesday that Washington would respond."), "", ""},
		{"weekday and roles", Options{},
			article(9, 5, "Secretary of State Mike Pompeo told reporters on Tuesday that Washington would respond.", pompeo),
			"2018-09-05", "dateline+weekday+roles"},
		{"roles alone leave three years", Options{},
			article(9, 5, "Secretary of State Mike Pompeo said the United States would respond.", pompeo), "", ""},
		{"role of another title does not count", Options{},
			article(9, 5, "CIA Director Mike Pompeo told reporters on Tuesday that it was over.",
				person("Mike Pompeo", "Director of the Central Intelligence Agency", pompeoCIA, pompeoSecState)),
			"2017-09-05", "dateline+weekday+roles"},
		{"untitled mention alone is no clue", Options{},
			article(9, 5, "Pompeo told reporters that it was over.", person("Mike Pompeo", "", pompeoSecState)), "", ""},
		{"untitled mention breaks a weekday tie", Options{},
			article(9, 5, "Pompeo told reporters on Tuesday that it was over.", person("Mike Pompeo", "", pompeoSecState)),
			"2018-09-05", "dateline+weekday+people-in-office"},
		{"people in office in two tied years stay a tie", Options{},
			article(9, 5, "Pompeo told reporters on Tuesday that it was over.",
				person("Mike Pompeo", "", pompeoCIA, pompeoSecState)), "", ""},
		{"vice president is not president", Options{},
			article(9, 5, "Vice President Mike Pence said it was over.",
				person("Mike Pence", "Vice President", role("President", "2018-01-01", "2019-12-31"))), "", ""},
		{"future weekday ignored", Options{},
			article(9, 5, "Secretary of State Mike Pompeo will meet Lavrov on Thursday.", pompeo), "", ""},
		{"last weekday ignored", Options{},
			article(9, 5, "Secretary of State Mike Pompeo met Lavrov last Tuesday.", pompeo), "", ""},
		// A second weekday is no tie-break: "on Thursday" in a Saturday story
		// is as plausible as in a Friday one (a rule that took it for "the
		// day or the day before" dated a held-out story a year early).
		{"second weekday is no tie-break", Options{},
			article(8, 21, "German Foreign Minister Heiko Maas said on Friday that Berlin would help. The opposition leader fell ill on a flight on Thursday.", maas),
			"", ""},
		{"second weekday that fits neither tied year", Options{},
			article(8, 21, "German Foreign Minister Heiko Maas said on Friday that Berlin would help. The talks began on Sunday.", maas), "", ""},
		{"second weekday in another week is no clue", Options{},
			article(8, 21, "German Foreign Minister Heiko Maas said on Friday that Berlin would help. He fell ill last Thursday.", maas), "", ""},
		{"named day is no weekday clue", Options{},
			article(9, 5, "Secretary of State Mike Pompeo spoke of the Super Tuesday primaries.", pompeo), "", ""},
		{"named day then the story's weekday", Options{},
			article(9, 5, "After Black Friday sales, Secretary of State Mike Pompeo spoke on Tuesday.", pompeo),
			"2018-09-05", "dateline+weekday+roles"},
		{"plural weekday ignored", Options{},
			article(9, 5, "Secretary of State Mike Pompeo meets Lavrov on Tuesdays.", pompeo), "", ""},
		{"year hint alone", Options{YearHint: 2019},
			article(9, 5, "The council met."), "2019-09-05", "dateline+year-hint"},
		{"year hint agrees with weekday", Options{YearHint: 2018},
			article(9, 5, "The council met on Tuesday."), "2018-09-05", "dateline+weekday+year-hint"},
		{"year hint against weekday is a tie", Options{YearHint: 2019},
			article(9, 5, "The council met on Tuesday."), "", ""},
		{"range alone", Options{From: date("2020-01-01"), To: date("2020-12-31")},
			article(9, 5, "The council met."), "2020-09-05", "dateline+range"},
		{"range and weekday", Options{From: date("2015-01-01"), To: date("2019-12-31")},
			article(9, 5, "The council met on Tuesday."), "", ""}, // 2017 (Tue) and 2018 (Wed) both fit
		{"range narrows to one weekday year", Options{From: date("2018-01-01"), To: date("2022-12-31")},
			article(9, 5, "The council met on Tuesday."), "2018-09-05", "dateline+weekday+range"},
		{"article year range", Options{},
			func() *dateline.Article {
				a := article(9, 5, "It met on Tuesday.")
				a.YearMin, a.YearMax = 2018, 2020
				return a
			}(),
			"2018-09-05", "dateline+weekday+range"},
		{"dateline year", Options{},
			func() *dateline.Article { a := article(9, 12, "Stocks rose."); a.Dateline.Year = 2019; return a }(),
			"2019-09-12", "dateline"},
		{"metadata wins", Options{},
			func() *dateline.Article {
				a := article(9, 5, "Secretary of State Mike Pompeo said on Tuesday.", pompeo)
				a.MetaDate = date("2018-09-04")
				return a
			}(),
			"2018-09-04", "metadata"},
		{"html metadata", Options{},
			func() *dateline.Article {
				a := article(0, 0, "x")
				a.Format = "html"
				a.MetaDate = date("2015-07-14")
				return a
			}(),
			"2015-07-14", "html-meta"},
		{"no dateline date", Options{},
			article(0, 0, "Ukrainian President Volodymyr Zelenskyy said on Tuesday.", pompeo), "", ""},
		{"lead date with weekday", Options{},
			article(0, 0, "A committee began its work in Geneva on Wednesday, October 30, in what UN envoy Geir Pedersen called a sign of hope. Iranian Foreign Minister Mohammad Javad Zarif attended.",
				person("Geir Pedersen", "UN envoy", role("UN Special Envoy for Syria", "2019-01-07", "")),
				person("Mohammad Javad Zarif", "Foreign Minister", role("Minister of Foreign Affairs", "2013-08-15", "2021-08-25"))),
			"2019-10-30", "lead+weekday+roles"},
		{"lead date in brackets", Options{},
			article(0, 0, "Secretary of State Antony Blinken met Nigerian officials on Tuesday (March 12) in Abuja.", blinken),
			"2024-03-12", "lead+weekday+roles"},
		{"lead date day first", Options{},
			article(0, 0, "Secretary of State Antony Blinken met Nigerian officials on Tuesday, 12 March, in Abuja.", blinken),
			"2024-03-12", "lead+weekday+roles"},
		{"lead date abbreviated without a period", Options{},
			article(0, 0, "Secretary of State Antony Blinken met Nigerian officials on Tuesday, Mar 12, in Abuja.", blinken),
			"2024-03-12", "lead+weekday+roles"},
		{"lead date with a year is a full date", Options{},
			article(0, 0, "Secretary of State Antony Blinken met Nigerian officials on Tuesday, 12 March 2024, in Abuja.", blinken), "", ""},
		{"lead date alone is ambiguous", Options{},
			article(0, 0, "A committee began its work in Geneva on Wednesday, October 30."), "", ""},
		{"february 29 only in leap years", Options{},
			article(2, 29, "Secretary of State Mike Pompeo said on Saturday.", pompeo), "2020-02-29", "dateline+weekday+roles"},
		{"nothing is known", Options{}, article(9, 5, "The council met."), "", ""},
		{"undecidable monday", Options{},
			article(6, 12, "Kremlin Spokesman Dmitry Peskov told reporters on Monday.",
				person("Dmitry Peskov", "Kremlin Spokesman", role("Kremlin Spokesman", "2012-05-21", ""))), "", ""},
		{"future is not a candidate", Options{},
			article(12, 24, "President X said on Thursday.", person("X", "President", role("President", "2026-01-01", ""))), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Today = today
			st, err := New(tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if err := st.Run(context.Background(), tt.a); err != nil {
				t.Fatal(err)
			}
			if got := tt.a.Published.String(); got != tt.want || tt.a.PublishedBasis != tt.wantBasis {
				t.Errorf("published %q basis %q, want %q %q", got, tt.a.PublishedBasis, tt.want, tt.wantBasis)
			}
		})
	}
}

func TestWeekdayIndex(t *testing.T) {
	text := "On Tuesday, Tuesday's vote; Tuesdays; tuesday; Birthday; XTuesday; Sunday."
	var got []string
	for _, l := range weekdayIndex(text) {
		got = append(got, text[l[0]:l[1]]+"@"+fmt.Sprint(l[0]))
	}
	if strings.Join(got, " ") != "Tuesday@3 Tuesday@12 Tuesday@28 Sunday@67" {
		t.Errorf("got %v", got)
	}
}

func TestTitleBefore(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Talks in Oman between Araghchi and U.S. Special Envoy to the Middle East Steve Witkoff", "U.S. Special Envoy to the Middle East"},
		{"in what UN envoy Geir Pedersen", "UN envoy"},
		{"the same day, Chief of Staff of the Iranian Armed Forces Mohammad Bagheri", "Chief of Staff of the Iranian Armed Forces"},
		{"former Secretary of State John Kerry", ""},
		{"ex-President Dmitry Medvedev", ""},
		{"He met Russia's Sergei Lavrov", ""},
		{"said Lavrov", ""},
		{"Secretary of State Mike Pompeo", "Secretary of State"},
	}
	for _, tt := range tests {
		// the name starts after the title: find the last two words
		ws := strings.Fields(tt.text)
		name := strings.Join(ws[len(ws)-2:], " ")
		if tt.text == "said Lavrov" {
			name = "Lavrov"
		}
		start := strings.LastIndex(tt.text, name)
		if got := titleBefore(tt.text, start); got != tt.want {
			t.Errorf("titleBefore(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestWrittenTitle(t *testing.T) {
	body := "Iran's foreign minister and U.S. Special Envoy to the Middle East Steve Witkoff held talks in Muscat on Saturday."
	start := strings.Index(body, "Steve Witkoff")
	witkoff := dateline.Entity{Name: "Steve Witkoff", Roles: []dateline.Role{role("Special Envoy to the Middle East", "2025-01-20", "")},
		Mentions: []dateline.Mention{{Span: dateline.Span{Field: dateline.InBody, Start: start, End: start + len("Steve Witkoff")}, Kind: dateline.MentionName}}}
	st, _ := New(Options{Today: date("2026-03-01")})
	a := article(4, 12, body, witkoff)
	if err := st.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if a.Published.String() != "2025-04-12" || a.PublishedBasis != "dateline+weekday+roles" {
		t.Errorf("got %s %s", a.Published, a.PublishedBasis)
	}
}

func TestTitleApposed(t *testing.T) {
	tests := []struct{ text, name, want string }{
		{"The head of Kyrgyzstan's interim government, Roza Otunbayeva, on Saturday asked Russia for troops.", "Roza Otunbayeva", "head of Kyrgyzstan's interim government"},
		{"Talks stalled. Russia's foreign minister, Sergei Lavrov, said on Friday that Moscow would respond.", "Sergei Lavrov", "Russia's foreign minister"},
		{"“Iran's foreign minister, Abbas Araghchi, is in Muscat,” a source said.", "Abbas Araghchi", "Iran's foreign minister"},
		{"The former president, Kurmanbek Bakiyev, denied any role.", "Kurmanbek Bakiyev", ""},   // a past office
		{"The head of the delegation, Ivan Petrov said the talks went well.", "Ivan Petrov", ""}, // no closing comma: no apposition
		{"After the meeting with the president, Vladimir Putin, he left.", "Vladimir Putin", ""}, // the phrase is no title alone
		{"Officials met, and Sergei Lavrov, the foreign minister, spoke.", "Sergei Lavrov", ""},  // title after the name: the actors stage's
		{"The minister told reporters, Sergei Lavrov, that it was over.", "Sergei Lavrov", ""},   // a verb of saying
		{"The leader, Kim Jong-un, watched the launch.", "Kim Jong-un", "leader"},
	}
	for _, tt := range tests {
		start := strings.Index(tt.text, tt.name)
		if got := titleApposed(tt.text, start, start+len(tt.name)); got != tt.want {
			t.Errorf("titleApposed(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestApposedTitleDates: a title set before the name in apposition is a
// role clue. 2010-06-12 is a Saturday, 2011-06-12 a Sunday: "on Saturday"
// fits both, and only the interim office (ended 2010-07-03) decides.
func TestApposedTitleDates(t *testing.T) {
	body := "The head of Kyrgyzstan's interim government, Roza Otunbayeva, on Saturday asked Russia to send troops."
	start := strings.Index(body, "Roza Otunbayeva")
	otunbayeva := dateline.Entity{Name: "Roza Otunbayeva", Type: dateline.Person,
		Roles:    []dateline.Role{role("Head of the Interim Government", "2010-04-07", "2010-07-03"), role("President", "2010-07-03", "2011-12-01")},
		Mentions: []dateline.Mention{{Span: dateline.Span{Field: dateline.InBody, Start: start, End: start + len("Roza Otunbayeva")}, Kind: dateline.MentionName}}}
	st, _ := New(Options{Today: date("2026-11-23")})
	a := article(6, 12, body, otunbayeva)
	if err := st.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if a.Published.String() != "2010-06-12" || a.PublishedBasis != "dateline+weekday+roles" {
		t.Errorf("got %q %q, want 2010-06-12 dateline+weekday+roles", a.Published, a.PublishedBasis)
	}
}

// TestDatelineWeekday: a weekday the dateline writes with its date is the
// date's own. 2010-06-12 is a Saturday and 2011-06-12 a Sunday: "on
// Saturday" alone fits both (the day, the day before), the dateline's
// "Saturday" only 2010.
func TestDatelineWeekday(t *testing.T) {
	medvedev := person("Dmitry Medvedev", "President", role("President", "2008-05-07", "2012-05-07"))
	body := "President Dmitry Medvedev received the letter on Saturday."
	tests := []struct{ text, want string }{
		{"BISHKEK, Saturday, June 12 (AKIpress) -", "2010-06-12"},
		{"BISHKEK, June 12 (AKIpress) -", ""},
		{"BISHKEK, Sunday, June 12 (AKIpress) -", "2011-06-12"},
	}
	st, _ := New(Options{Today: date("2026-11-23")})
	for _, tt := range tests {
		a := article(6, 12, body, medvedev)
		a.Dateline.Text = tt.text
		if err := st.Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		if a.Published.String() != tt.want {
			t.Errorf("%q: got %q (%s), want %q", tt.text, a.Published, a.PublishedBasis, tt.want)
		}
	}
}

func TestNewErrors(t *testing.T) {
	if _, err := New(Options{From: date("2020-01-02"), To: date("2020-01-01")}); err == nil {
		t.Error("want an error for an empty range")
	}
	if _, err := New(Options{YearHint: 20}); err == nil {
		t.Error("want an error for year hint 20")
	}
}

func TestTitleMatches(t *testing.T) {
	tests := []struct {
		text, role string
		want       bool
	}{
		{"secretary of state", "Secretary of State", true},
		{"foreign minister", "Minister of Foreign Affairs", true},
		{"defence secretary", "Secretary of Defense", true},
		{"defense secretary", "Acting Secretary of Defense", true},
		{"president", "Vice President", false},
		{"deputy foreign minister", "Foreign Minister", false},
		{"prime minister", "Foreign Minister", false},
		{"un envoy", "UN Special Envoy for Syria", true},
		{"U.N. Ambassador", "UN Ambassador", true},
		{"U.S. Ambassador to the U.N.", "Ambassador", true},
	}
	for _, tt := range tests {
		if got := titleMatches(tt.text, tt.role); got != tt.want {
			t.Errorf("titleMatches(%q, %q) = %v", tt.text, tt.role, got)
		}
	}
}

func BenchmarkRun(b *testing.B) {
	body := strings.Repeat("Officials said the talks would go on. ", 80) + "Secretary of State Mike Pompeo told reporters on Tuesday that Washington would respond."
	st, _ := New(Options{Today: date("2026-11-23")})
	for b.Loop() {
		a := article(9, 5, body, pompeo)
		if err := st.Run(context.Background(), a); err != nil || a.Published.String() != "2018-09-05" {
			b.Fatal(err, a.Published)
		}
	}
}

func ExampleStage_Run() {
	st, _ := New(Options{Today: date("2026-11-23")})
	a := &dateline.Article{
		Dateline: &dateline.Dateline{Place: "WASHINGTON", Agency: "TASS", Month: 9, Day: 5},
		Body:     "Secretary of State Mike Pompeo told reporters on Tuesday that the United States would respond.",
		Entities: []dateline.Entity{pompeo},
	}
	_ = st.Run(context.Background(), a)
	fmt.Println(a.Published, a.PublishedBasis)
	// Output: 2018-09-05 dateline+weekday+roles
}
