package when

import (
	"context"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
)

func TestPastDates(t *testing.T) {
	today := date("2026-11-23")
	tests := []struct {
		name string
		text string
		want []string // the bounds read, in text order
	}{
		// past events dated in the text
		{"month and year after a passive", "The envoy was detained in October 2021 near the border.", []string{"2021-10-01"}},
		{"full date", "The two sides signed the accord on March 3, 2019, in Geneva.", []string{"2019-03-03"}},
		{"day month year", "The minister resigned on 4 July 2016 after the vote.", []string{"2016-07-04"}},
		{"abbreviated month", "The plant was shut in Oct. 2020 for repairs.", []string{"2020-10-01"}},
		{"since a year", "It is the worst flooding in the valley since 2014.", []string{"2014-01-01"}},
		{"since an adjectival year", "It was the heaviest shelling since their 2020 war.", []string{"2020-01-01"}},
		{"opening a clause", "In 2018, the company opened a second plant in Kaunas.", []string{"2018-01-01"}},
		{"set up", "The council, set up in 2012, meets every month.", []string{"2012-01-01"}},
		{"irregular past", "The rebels seized the port and fled in mid-2017 when the army came back.", []string{"2017-01-01"}},
		{"pluperfect of a verb of asking", "Oslo had requested the radars in May 2022 through NATO.", []string{"2022-05-01"}},
		{"span after the anchor", "Oslo had requested the radars in May 2022, but the deal was held up for more than two years in parliament.",
			[]string{"2022-05-01", "2024-05-01"}},
		{"span in months", "The ferry was seized on June 2, 2023, and its crew were kept for over six months on board.",
			[]string{"2023-06-02", "2023-12-02"}},
		// no bound
		{"nearly is no lower bound", "The ferry was seized in June 2023, but was released after nearly two years.", []string{"2023-06-01"}},
		{"span before the anchor", "He was arrested in 2015, and had been hidden for more than ten years.", []string{"2015-01-01"}},
		{"span placed elsewhere", "The port was taken in 2014, and was held for more than two years before 2010.", []string{"2014-01-01"}},
		// future and planned events are no clue
		{"due", "Parliamentary elections are due in 2026.", nil},
		{"will", "The minister said the plant will open in March 2025.", nil},
		{"would in reported speech", "He said the troops would leave in 2024.", nil},
		{"by a year", "The government pledged to cut emissions by 2030.", nil},
		{"by the end of a year", "Kyiv hopes to join by the end of 2025.", nil},
		{"present tense of the future", "The treaty expires in 2026.", nil},
		{"was due", "The first payment was due in 2024.", nil},
		{"were planned", "Talks were tentatively planned in May 2025.", nil},
		{"past modal", "The envoys had hoped the deal could be signed in 2024.", nil},
		{"announced an event", "The ministry announced a referendum in 2025.", nil},
		{"agreed to", "Officials agreed to hold talks in March 2025.", nil},
		{"scheduled", "The vote was scheduled for October 2025.", nil},
		{"postponed to", "The summit was moved to June 2026 at Berlin's request.", nil},
		{"year after today", "The fleet was retired in 2031.", nil},
		{"reported speech opening", "In 2025, Lavrov said, the talks would resume.", nil},
		// numbers that are not years
		{"resolution number", "Resolution 2231 endorsed the deal.", nil},
		{"resolution in a year's place", "The council adopted Resolution 2017 in a closed session.", nil},
		{"count after of", "The army moved a force of 2000 troops to the border in the spring.", nil},
		{"count after in", "The storm damaged homes in 2000 villages last week.", nil},
		{"thousands", "The army deployed 1,500 troops and 2,019 vehicles.", nil},
		{"model number", "Ankara took delivery of the S-400 batteries and an F-2000 jet.", nil},
		{"decade", "The town was rebuilt in the 1990s.", nil},
		{"season", "The league was suspended in 2020-21 because of the pandemic.", nil},
		{"money", "It paid $2019 in fees.", nil},
		{"decimal", "The index fell to 2019.5 points.", nil},
		{"relative expression", "Exports fell last year and rose in March.", nil},
		{"adjectival year", "The 2018 killing of the journalist strained ties.", nil},
		{"adjectival month", "Organisers said the October 2026 summit was cancelled.", nil},
		{"adjectival month after a past verb", "Protesters disrupted the May 2026 vote count.", nil},
		{"full date right after a past verb", "Both leaders signed Oct. 3, 2019, in a closed ceremony.", []string{"2019-10-03"}},
		{"full date right after a verb of saying", "The ministry announced March 3, 2026, as the day of the vote.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range pastDates(tt.text, today) {
				got = append(got, d.date.String())
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("pastDates(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestRunTextYears(t *testing.T) {
	today := date("2026-11-23")
	// 2020-08-21 is a Friday and 2021-08-21 a Saturday: "said on Friday"
	// fits both, and Maas was foreign minister on both dates.
	const lead = "German Foreign Minister Heiko Maas said on Friday that Berlin would help. "
	tests := []struct {
		name      string
		a         *dateline.Article
		want      string
		wantBasis string
	}{
		{"tie without text years", article(8, 21, lead+"The envoy flew to Minsk.", maas), "", ""},
		{"past dated event decides a tie", article(8, 21, lead+"The opposition leader was arrested in January 2021.", maas),
			"2021-08-21", "dateline+weekday+roles+text-years"},
		{"past event before both tied years changes nothing", article(8, 21, lead+"The pipeline was completed in 2019.", maas),
			"", ""},
		{"future year is ignored", article(8, 21, lead+"Parliamentary elections are due in 2021.", maas), "", ""},
		{"planned event is ignored", article(8, 21, lead+"The government announced a referendum in 2021.", maas), "", ""},
		{"numbers that are not years are ignored", article(8, 21, lead+"Berlin has sent 2021 tents, citing Resolution 2021 of the council.", maas),
			"", ""},
		{"bound after every tied year", article(8, 21, lead+"The opposition leader was arrested in March 2022.", maas), "", ""},
		{"bound after the one best year", article(9, 5, "Secretary of State Mike Pompeo told reporters on Tuesday that Washington would respond. The embassy was closed in 2020.", pompeo),
			"", ""},
		{"bound before the one best year", article(9, 5, "Secretary of State Mike Pompeo told reporters on Tuesday that Washington would respond. The embassy was closed in 2017.", pompeo),
			"2018-09-05", "dateline+weekday+roles"},
		{"bound alone decides nothing", article(9, 5, "The council met. The embassy was closed in 2026."), "", ""},
		{"ties left after the bound stay unknown", article(9, 5, "The council met on Tuesday. The embassy was closed in 2000."), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := New(Options{Today: today})
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

func FuzzPastDates(f *testing.F) {
	for _, s := range []string{
		"The envoy was detained in October 2021 near the border.",
		"Oslo had requested the radars in May 2022, but the deal was held up for more than two years in parliament.",
		"In 2018, the company opened a plant. Elections are due in 2027.",
		"since their 2020 war; “signed on March 3, 2019,” he said",
		"in mid-2019, 2,019 troops, S-400, Resolution 2231 of 2015",
		"was seized on 31 February 2023, and was kept for over 99 decades",
	} {
		f.Add(s)
	}
	today := date("2026-11-23")
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range pastDates(s, today) {
			if d.start < 0 || d.end > len(s) || d.start >= d.end {
				t.Fatalf("bad span %d..%d in %q", d.start, d.end, s)
			}
			if d.date.Year < 1900 || today.Before(d.date) {
				t.Fatalf("date %s out of range in %q", d.date, s)
			}
			if dd := d.date.Time(); dd.Day() != d.date.Day || dd.Month() != d.date.Month {
				t.Fatalf("invalid date %v in %q", d.date, s)
			}
		}
	})
}

func BenchmarkPastDates(b *testing.B) {
	text := strings.Repeat("Officials said the talks would go on in 2027. The envoy was detained in October 2021 near the border. ", 40)
	today := date("2026-11-23")
	for b.Loop() {
		if len(pastDates(text, today)) != 40 {
			b.Fatal("want 40 dates")
		}
	}
}
