package clean

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
)

const tassPage = `All news
Top stories
World
Lavrov says Russia will respond to new US sanctions
The minister warned that Moscow "has its own interests"
© EPA-EFE/YURI KOCHETKOV
Sergei Lavrov, Russian Foreign Minister
WASHINGTON, September 5. /TASS/. Russia will respond to any new sanctions imposed by the United States, Russian Foreign Minister Sergei Lavrov told reporters on Tuesday.

"We will respond. We are ready for any scenario," he said.

According to the minister, the U.S. administration "has chosen the path of confrontation."

Share
Advertisement
`

const reutersSingleNewlines = `Home | World | Europe
Russia's Lavrov accuses U.S. of wrecking arms talks
4 Min Read
MOSCOW, July 21 (Reuters) - Russian Foreign Minister Sergei Lavrov said on Tuesday that Washington was trying to wreck talks on arms control.
"Nobody should doubt that we will respond," Lavrov told a news conference.
Russia's Foreign Minister Sergei Lavrov attends a news conference in Moscow, Russia July 21, 2020. REUTERS/Maxim Shemetov
The U.S. State Department declined to comment.
Read more:
(Reporting by Ivan Petrov; Editing by Peter Smith)
`

const tassReadAlso = `Kremlin says talks will go on
MOSCOW, May 4. /TASS/. Talks will go on, the Kremlin said on Friday.

Read also
Lavrov to visit Ankara next week

The talks began in March.
`

const yonhapLead = `(LEAD) N. Korea cuts off hotlines with South
SEOUL, June 9 (Yonhap) -- North Korea cut off all communication lines with South Korea on Tuesday, the unification ministry said.

The ministry said it would keep trying.

Related coverage:
Seoul urges Pyongyang to keep lines open
`

const apWrapped = `Syrian troops push into rebel-held Idlib
Published: 5 September 2018, 21:03 GMT

BEIRUT (AP) — Syrian government troops backed by Russian
air power pushed into the last rebel-held province on
Wednesday, activists said.

The Britain-based Syrian Observatory for Human Rights said
at least 12 civilians were killed.

AP Photo/Hassan Ammar

Turkey, which backs some rebel groups, has warned against an
offensive.
`

const noDateline = `UN council fails to agree on Yemen resolution
Diplomats say talks will go on next week

The U.N. Security Council failed on Friday to agree on a resolution on Yemen. Russia objected to the wording.

A vote is now expected next week, diplomats said.
`

const tassAlone = `Putin signs law on the budget
MOSCOW, December 3. /TASS/.
President Vladimir Putin has signed the federal budget law, the Kremlin said on Monday.
The document was published on the official legal information portal.
`

const onlyBody = `KYIV, Ukraine — Russian forces shelled the city overnight, officials said on Sunday.

No casualties were reported.
`

const noHeadline = `Russia said on Tuesday it would respond to any new sanctions imposed by the United States and its allies, calling them an attack on its economy.

The foreign ministry said the measures were "unfriendly" and would not go unanswered.
`

// A page without a dateline whose standfirst ends with a period and is
// followed by a caption, date stamps and a reading-list prompt.
const stampNoDateline = `News
Africa
Explained
Chad's ruling council names civilian prime minister
The appointment comes a week after the council suspended the constitution.
Soldiers stand guard in N'Djamena. [Issouf Sanogo/AFP]
Published On 26 Apr 2021
26 Apr 2021
Save articles to read later and create your own reading list.
Chad's military council has appointed a former opposition leader as interim prime minister, a spokesman said in a statement read on state television.

The opposition called the move "a charade" and said it would keep up its protests.

Share this article

Source: News agencies
`

// An AFP page (France 24 style): a section label, the update stamp before
// the issue stamp, a photo caption.
const afpIssued = `Africa
Mali's junta expels French ambassador
Modified: 01/02/2022 - 18:30
Issued on: 31/01/2022 - 16:05
Soldiers stand guard at the airport in Bamako. AFP/File
Bamako (AFP) – Mali's ruling junta on Monday gave the French ambassador 72 hours to leave the country, state television said.

The move follows weeks of tension between Bamako and Paris over the delayed return to civilian rule.
`

// A page whose byline is in lower case, with a time stamp and a reading
// time, a "Read also:" link with a headline, and a plea at the end.
const lowerByline = `Politics
Parliament backs new defense budget, speaker says
by Iryna Koval
March 3, 2024 4:12 PM
3 min read
Lawmakers vote in the chamber. (Photo: Parliament press service)
Parliament on Sunday approved a defense budget increase of 8 billion dollars, the speaker said after the vote.

"This is the budget of a country at war," the speaker told reporters.

Read also: Government to raise taxes on banks to pay for the army

Independent journalism costs money. Consider supporting our newsroom.
`

// A DW-style page: "Skip next section" links, an author line of names,
// a month-first date, topic tags under "Related topics"; the caption's
// description and credit share one line.
const skipLinks = `Skip next section Navigation
Politics
Czech president appoints Fiala as prime minister
The center-right leader takes over from Andrej Babis after weeks of delay.
Petr Fiala at the presidential chateau in Lany Image: Michal Kamaryt/CTK/dpa/picture alliance
Anna Meier | Paul Huber
11/28/2021
Advertisement
Czech President Milos Zeman appointed Petr Fiala as prime minister on Sunday, ending weeks of uncertainty after the election.

Zeman took part in the ceremony from behind a plexiglass screen.

Skip next section Related topics
Related topics
Czech Republic
Petr Fiala
Send us your feedback.
`

// Wire copy that ends with an end mark or an agency's code line.
const endMarks = `Seoul to expand reserve forces training
SEOUL, May 2 (Yonhap) -- South Korea will expand training for reservists from next year, the defense ministry said Thursday.

The plan needs parliamentary approval.

(END)
`

const irnaCode = `Iran, Oman discuss Gulf security
Muscat, IRNA -- Iranian and Omani officials discussed maritime security in the Strait of Hormuz on Monday.

Both sides stressed dialogue.

4125**2081
`

const kyodoStamp = `KYODO NEWS - Mar 7, 2023 - 18:12 | Japan, Politics
Japan upper house starts debate on record defense budget
TOKYO (Kyodo) -- Japan's upper house on Tuesday began debating a record defense budget, with the prime minister telling lawmakers the spending was needed.

The budget is expected to be enacted by the end of the month.
`

const endStamp = `SC reserves verdict on poll bonds
The Supreme Court on Wednesday reserved its verdict on petitions challenging the electoral bonds scheme.

The hearing lasted three days.

(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)

First Published: Mar 03 2021 | 2:05 PM IST
`

const xinhuanetStamp = `China Focus: Beijing hosts forum on Belt and Road
Source: Xinhua| 2023-10-18 14:05:21|Editor: huaxia
BEIJING, Oct. 18 (Xinhua) -- Chinese President Xi Jinping opened the third Belt and Road Forum in Beijing on Wednesday.

The forum drew representatives from more than 130 countries.
`

func TestCleanText(t *testing.T) {
	tests := []struct {
		name        string
		in          string
		headline    string
		subheadline string
		place       string
		agency      string
		dlText      string
		paras       []string // expected paragraph prefixes
		captions    int
		metaDate    string
	}{
		{"tass page", tassPage, "Lavrov says Russia will respond to new US sanctions", `The minister warned that Moscow "has its own interests"`,
			"WASHINGTON", "TASS", "WASHINGTON, September 5. /TASS/.",
			[]string{"Russia will respond to any new sanctions", `"We will respond.`, "According to the minister"}, 2, ""},
		{"reuters single newlines", reutersSingleNewlines, "Russia's Lavrov accuses U.S. of wrecking arms talks", "",
			"MOSCOW", "Reuters", "MOSCOW, July 21 (Reuters) -",
			[]string{"Russian Foreign Minister Sergei Lavrov said", `"Nobody should doubt`, "The U.S. State Department"}, 1, ""},
		{"ap hard wrapped", apWrapped, "Syrian troops push into rebel-held Idlib", "",
			"BEIRUT", "AP", "BEIRUT (AP) —",
			[]string{"Syrian government troops backed by Russian air power pushed into the last rebel-held province on Wednesday, activists said.",
				"The Britain-based Syrian Observatory for Human Rights said at least 12 civilians were killed.",
				"Turkey, which backs some rebel groups, has warned against an offensive."}, 1, "2018-09-05"},
		{"no dateline", noDateline, "UN council fails to agree on Yemen resolution", "Diplomats say talks will go on next week",
			"", "", "", []string{"The U.N. Security Council failed", "A vote is now expected"}, 0, ""},
		{"tass dateline alone", tassAlone, "Putin signs law on the budget", "", "MOSCOW", "TASS", "MOSCOW, December 3. /TASS/.",
			[]string{"President Vladimir Putin has signed", "The document was published"}, 0, ""},
		{"read also box", tassReadAlso, "Kremlin says talks will go on", "", "MOSCOW", "TASS", "MOSCOW, May 4. /TASS/.",
			[]string{"Talks will go on", "The talks began in March."}, 0, ""},
		{"desk tag and related coverage", yonhapLead, "N. Korea cuts off hotlines with South", "", "SEOUL", "Yonhap", "SEOUL, June 9 (Yonhap) --",
			[]string{"North Korea cut off all communication lines", "The ministry said it would keep trying."}, 0, ""},
		{"no headline", noHeadline, "", "", "", "", "", []string{"Russia said on Tuesday", "The foreign ministry said"}, 0, ""},
		{"only body", onlyBody, "", "", "KYIV", "", "KYIV, Ukraine —",
			[]string{"Russian forces shelled the city overnight", "No casualties were reported."}, 0, ""},
		{"stamps after standfirst, no dateline", stampNoDateline, "Chad's ruling council names civilian prime minister",
			"The appointment comes a week after the council suspended the constitution.", "", "", "",
			[]string{"Chad's military council has appointed", "The opposition called the move"}, 1, "2021-04-26"},
		{"lower-case byline and reading time", lowerByline, "Parliament backs new defense budget, speaker says", "", "", "", "",
			[]string{"Parliament on Sunday approved", `"This is the budget`}, 1, "2024-03-03"},
		{"skip links, month-first date, tags", skipLinks, "Czech president appoints Fiala as prime minister",
			"The center-right leader takes over from Andrej Babis after weeks of delay.", "", "", "",
			[]string{"Czech President Milos Zeman appointed", "Zeman took part"}, 1, "2021-11-28"},
		{"end mark", endMarks, "Seoul to expand reserve forces training", "", "SEOUL", "Yonhap", "SEOUL, May 2 (Yonhap) --",
			[]string{"South Korea will expand", "The plan needs parliamentary approval."}, 0, ""},
		{"afp issued and modified stamps", afpIssued, "Mali's junta expels French ambassador", "", "Bamako", "AFP", "Bamako (AFP) –",
			[]string{"Mali's ruling junta on Monday", "The move follows weeks"}, 1, "2022-01-31"},
		{"kyodo stamp before the headline", kyodoStamp, "Japan upper house starts debate on record defense budget", "", "TOKYO", "Kyodo", "TOKYO (Kyodo) --",
			[]string{"Japan's upper house on Tuesday", "The budget is expected"}, 0, "2023-03-07"},
		{"xinhuanet stamp and fields", xinhuanetStamp, "China Focus: Beijing hosts forum on Belt and Road", "", "BEIJING", "Xinhua", "BEIJING, Oct. 18 (Xinhua) --",
			[]string{"Chinese President Xi Jinping", "The forum drew"}, 0, "2023-10-18"},
		{"stamp closing a short page", endStamp, "SC reserves verdict on poll bonds", "", "", "", "",
			[]string{"The Supreme Court on Wednesday", "The hearing lasted three days."}, 0, "2021-03-03"},
		{"agency code line", irnaCode, "Iran, Oman discuss Gulf security", "", "Muscat", "IRNA", "Muscat, IRNA --",
			[]string{"Iranian and Omani officials", "Both sides stressed dialogue."}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean(dateline.Raw{Source: "x.txt", Format: "text", Bytes: []byte(tt.in)})
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			if a.Headline != tt.headline {
				t.Errorf("headline %q, want %q", a.Headline, tt.headline)
			}
			if a.Subheadline != tt.subheadline {
				t.Errorf("subheadline %q, want %q", a.Subheadline, tt.subheadline)
			}
			if tt.place == "" {
				if a.Dateline != nil {
					t.Errorf("dateline %+v, want none", a.Dateline)
				}
			} else if a.Dateline == nil || a.Dateline.Place != tt.place || a.Dateline.Agency != tt.agency || a.Dateline.Text != tt.dlText {
				t.Errorf("dateline %+v, want %q %q %q", a.Dateline, tt.place, tt.agency, tt.dlText)
			}
			if len(a.Paragraphs) != len(tt.paras) {
				t.Fatalf("%d paragraphs, want %d:\n%s", len(a.Paragraphs), len(tt.paras), a.Body)
			}
			for i, p := range tt.paras {
				if got := a.SpanText(a.Paragraphs[i]); !strings.HasPrefix(got, p) {
					t.Errorf("paragraph %d = %q, want prefix %q", i, got, p)
				}
			}
			if len(a.Captions) != tt.captions {
				t.Errorf("captions %q, want %d", a.Captions, tt.captions)
			}
			if got := a.MetaDate.String(); got != tt.metaDate {
				t.Errorf("meta date %q, want %q", got, tt.metaDate)
			}
			if a.ID == "" || a.Source != "x.txt" || a.Format != "text" {
				t.Errorf("id/source/format %q %q %q", a.ID, a.Source, a.Format)
			}
		})
	}
}

// checkArticle verifies the layout invariants every later stage relies on.
func checkArticle(t testing.TB, a *dateline.Article) {
	t.Helper()
	if strings.ContainsRune(a.Body, 0) {
		t.Fatalf("NUL in body")
	}
	prev := -2
	for i, p := range a.Paragraphs {
		if p.Field != dateline.InBody || p.Start < 0 || p.End > len(a.Body) || p.Start >= p.End {
			t.Fatalf("paragraph %d bad span %+v (body %d bytes)", i, p, len(a.Body))
		}
		if p.Start != prev+2 || (i > 0 && a.Body[prev:p.Start] != "\n\n") {
			t.Fatalf("paragraph %d does not follow the previous one by one blank line", i)
		}
		txt := a.SpanText(p)
		if strings.TrimSpace(txt) != txt || strings.Contains(txt, "\n") {
			t.Fatalf("paragraph %d not normalised: %q", i, txt)
		}
		prev = p.End
	}
	if len(a.Paragraphs) > 0 && (a.Paragraphs[0].Start != 0 || a.Paragraphs[len(a.Paragraphs)-1].End != len(a.Body)) {
		t.Fatalf("paragraphs do not cover the body")
	}
	if len(a.Paragraphs) == 0 && a.Body != "" {
		t.Fatalf("body without paragraphs")
	}
	if strings.Contains(a.Headline, "\n") || strings.Contains(a.Subheadline, "\n") {
		t.Fatalf("newline in headline or subheadline")
	}
}

func TestCleanErrors(t *testing.T) {
	big := strings.Repeat("word ", 100)
	c, err := New(Options{MaxBytes: 200})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		raw  dateline.Raw
		want string
		is   error
	}{
		{"empty", dateline.Raw{Format: "text"}, "empty file", ErrEmpty},
		{"blank", dateline.Raw{Format: "text", Bytes: []byte(" \n\t\n")}, "empty file", ErrEmpty},
		{"binary", dateline.Raw{Format: "text", Bytes: []byte("PARIS\x00(AFP)")}, "binary file (NUL bytes) at byte 5", ErrBinary},
		{"invalid utf8", dateline.Raw{Format: "text", Bytes: []byte("Caf\xe9 society")}, "invalid UTF-8 at byte 3", nil},
		{"too large", dateline.Raw{Format: "text", Bytes: []byte(big)}, "article too large: 500 bytes of text, the limit is 200", ErrTooLarge},
		{"json too large", dateline.Raw{Format: "json", Text: big}, "article too large", ErrTooLarge},
		{"json empty", dateline.Raw{Format: "json"}, "no article text found", ErrNoText},
		{"unknown format", dateline.Raw{Format: "pdf", Bytes: []byte("x")}, `unknown input format "pdf"`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.Clean(context.Background(), tt.raw)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("err %v, want %q", err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("err %v is not %v", err, tt.is)
			}
		})
	}
}

func TestCleanJSON(t *testing.T) {
	raw := dateline.Raw{
		Source: "a.jsonl#2", Format: "json", Bytes: []byte(`{"...":1}`), URL: "https://example.com/x",
		Title: "  Russia,  Turkey agree on Idlib zone ",
		Text:  "Russia, Turkey agree on Idlib zone\nSOCHI, Russia, Sept. 17 (Reuters) - Russia and Turkey agreed on Monday to set up a zone.\nThe deal averts an offensive.",
		Date:  "2018-09-17T14:02:00+03:00",
	}
	a, err := Clean(raw)
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	if a.Headline != "Russia, Turkey agree on Idlib zone" || a.Dateline == nil || a.Dateline.Place != "SOCHI" ||
		a.Dateline.Month != 9 || a.Dateline.Day != 17 || len(a.Paragraphs) != 2 || a.MetaDate.String() != "2018-09-17" ||
		a.URL != raw.URL || a.Source != raw.Source || a.Format != "json" {
		t.Errorf("got %+v", a)
	}
	if !strings.HasPrefix(a.Body, "Russia and Turkey agreed") {
		t.Errorf("body %q", a.Body)
	}
}

func TestCleanJSONHTML(t *testing.T) {
	a, err := Clean(dateline.Raw{Format: "json", Title: "Talks resume",
		Text: `<p>GENEVA (AFP) - Talks resumed on Monday.</p><figure><img src="x"><figcaption>Photo: AFP</figcaption></figure><p>They will go on &amp; on.<br>Officials said so.</p><script>var x = 1;</script>`})
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	var got []string
	for _, p := range a.Paragraphs {
		got = append(got, a.SpanText(p))
	}
	want := []string{"Talks resumed on Monday.", "They will go on & on.", "Officials said so."}
	if strings.Join(got, "|") != strings.Join(want, "|") || a.Dateline == nil || a.Dateline.Agency != "AFP" {
		t.Errorf("paragraphs %q dateline %+v", got, a.Dateline)
	}
}

func TestParseMetaDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2018-09-05", "2018-09-05"},
		{"2018-09-05T21:03:00Z", "2018-09-05"},
		{"Wed, 05 Sep 2018 21:03:00 GMT", "2018-09-05"},
		{"September 5, 2018", "2018-09-05"},
		{"5 September 2018 21:03", "2018-09-05"},
		{"1536181380", "2018-09-05"},
		{"1536181380000", "2018-09-05"},
		{"September 5", ""},
		{"yesterday", ""},
		{"2 days ago", ""},
		{"not a date", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, ok := parseMetaDate(tt.in)
			if got := d.String(); got != tt.want || ok != (tt.want != "") {
				t.Errorf("parseMetaDate(%q) = %q %v, want %q", tt.in, got, ok, tt.want)
			}
		})
	}
}

func TestDateStamp(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Published: 5 September 2018, 21:03 GMT", "2018-09-05"},
		{"September 5, 2018", "2018-09-05"},
		{"Updated 2018-09-05 10:41", "2018-09-05"},
		{"Tuesday, Sept. 4, 2018 at 9:15 a.m. ET", "2018-09-04"},
		{"05.09.2018 12:00", "2018-09-05"},
		{"09/27/2021", "2021-09-27"},
		{"27.02.2022, 15:40", "2022-02-27"},
		{"Published 27 July 2023 - 14:25", "2023-07-27"},
		{"February 25, 2024 6:01 PM", "2024-02-25"},
		{"Published On 11 Apr 2019", "2019-04-11"},
		{"Sat, September 14, 2013, 1:12 PM", "2013-09-14"},
		{"June 24, 2016 at 7:12 p.m. EDT", "2016-06-24"},
		{"Issued on: 14/03/2021 - 09:12", "2021-03-14"},
		{"Modified: 15/03/2021 - 11:40", "2021-03-15"},
		{"Issued on: 14/03/2021 - 09:12 Modified: 15/03/2021 - 11:40", "2021-03-14"},
		{"Issued on: a new passport", ""},
		{"Posted by admin on June 12, 2010", "2010-06-12"},
		{"Written by Kadri Lepik on 27 April 2007, 14:05", "2007-04-27"},
		{"Posted by admin on the forum in 2010", ""},
		{"The decree issued on 14/03/2021 took effect", ""},
		{"13/13/2021", ""},
		{"Russia will respond on September 5, 2018", ""},
		{"September 31, 2018", ""},
		// other sites' and agencies' stamps
		{"Tuesday, 8 October 2024 14:05 WIB", "2024-10-08"},
		{"Wed 3 Mar 2021 14.05 GMT", "2021-03-03"},
		{"Last modified on Wed 3 Mar 2021 16.40 GMT", "2021-03-03"},
		{"Last Updated : 03 Mar 2021, 02:05 PM IST", "2021-03-03"},
		{"Publish Date: Mar 3 2021 2:05PM", "2021-03-03"},
		{"March 3, 2021 / 2:05 PM / Updated 3 hours ago", "2021-03-03"},
		{"3rd March 2021, 14:05 hrs", "2021-03-03"},
		{"Posted on 3rd of March 2021", "2021-03-03"},
		{"2021/03/03 14:05", "2021-03-03"},
		{"Created: 2021.03.03", "2021-03-03"},
		{"Mar 3, 2021 | 14:05 IST", "2021-03-03"},
		{"14:05 GMT 20.07.2023 (updated: 15:30 GMT 20.07.2023)", "2023-07-20"},
		{"KYODO NEWS - Mar 7, 2023 - 18:12 | Japan, Politics", "2023-03-07"},
		{"Source: Xinhua| 2023-10-18 14:05:21|Editor: huaxia", "2023-10-18"},
		{"Published on 04/06/2024 - 14:05 By Ana Souza - Agência Brasil reporter - Brasília", "2024-06-04"},
		{"By Jane Doe, March 3, 2021", "2021-03-03"},
		{"By Jane Doe and John Roe - Wednesday, March 3, 2021", "2021-03-03"},
		{"(Xinhua) 14:05, March 12, 2024", "2024-03-12"},
		{"By Xinhua | chinadaily.com.cn | Updated: 2021-03-03 14:05", "2021-03-03"},
		{"Press Trust of India | Updated: Mar 3, 2021 14:05 IST", "2021-03-03"},
		// a date inside other words is no stamp
		{"(Talks) 14:05, March 12, 2024", ""},
		{"Reuters | Russia says talks ended | March 3, 2021", ""},
		{"Talks in Moscow | March 3, 2021 | Politics, World", ""},
		{"Source: the ministry said on March 3, 2021 that it would act", ""},
		{"By March 3, 2021 the army had withdrawn", ""},
		{"The vote on 03 Mar 2021 at 14.05 GMT was close", ""},
		{"Kyodo News said Mar 7, 2023 - 18:12", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, _ := dateStamp(tt.in)
			if d.String() != tt.want {
				t.Errorf("dateStamp(%q) = %q, want %q", tt.in, d.String(), tt.want)
			}
		})
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{tassPage, reutersSingleNewlines, apWrapped, noDateline, tassAlone, onlyBody, "\n\n", "A\nB\n\nC", "MOSCOW (Reuters) -\n\nx"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := Clean(dateline.Raw{Format: "text", Bytes: b})
		if err != nil {
			return
		}
		checkArticle(t, a)
		if !utf8.ValidString(a.Body) || !utf8.ValidString(a.Headline) {
			t.Fatalf("invalid UTF-8 out")
		}
		if a.Dateline != nil && a.Dateline.Text == "" {
			t.Fatalf("empty dateline text")
		}
	})
}

func BenchmarkClean(b *testing.B) {
	body := strings.Repeat("Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow would respond to any new U.S. sanctions, and accused Washington of trying to wreck talks on arms control.\n\n", 20)
	in := []byte("All news\nWorld\nLavrov says Russia will respond to new US sanctions\nThe minister warned of a response\n© EPA-EFE/YURI KOCHETKOV\nMOSCOW, July 21 (Reuters) - " + body)
	b.ReportAllocs()
	for b.Loop() {
		a, err := Clean(dateline.Raw{Format: "text", Bytes: in})
		if err != nil || a.Dateline == nil || len(a.Paragraphs) != 20 {
			b.Fatalf("err %v paragraphs %d", err, len(a.Paragraphs))
		}
	}
}

func TestShortHeadline(t *testing.T) {
	tests := []struct{ in, headline string }{
		// three words with a verb: a headline, not a section label
		{"Kremlin rejects talks\nThe Kremlin on Tuesday rejected an offer of talks, its spokesman said.\n\nHe gave no reason.\n", "Kremlin rejects talks"},
		// three words without one: a section label above the headline
		{"Middle East news\nIsrael and Hamas agree to extend the truce\nThe truce was extended on Tuesday, mediators said.\n\nAid went in.\n", "Israel and Hamas agree to extend the truce"},
		// breadcrumbs with slashes above the headline
		{"Home / Bulgaria / Politics\nMedics land in Sofia\nSofia, July 24 (BTA) - The medics landed on Tuesday.\n\nThey were pardoned.\n", "Medics land in Sofia"},
		{"News / World\nLeaders meet in Seoul\nSEOUL, May 3 (Yonhap) -- The leaders met on Friday.\n\nThey agreed to talk again.\n", "Leaders meet in Seoul"},
		// an outlet's name with its acronym above the headline: a masthead
		{"Pacific Islands News Agency (PINA)\nPolitics\nFiji and Tonga sign fisheries pact\nSUVA, March 4 (PINA) – Fiji and Tonga signed a fisheries pact on Monday.\n\nThe pact runs for five years.\n", "Fiji and Tonga sign fisheries pact"},
		{"Kenya News Agency\nMinistry says schools reopen next week\nNAIROBI, Jan 2 (KNA) – Schools will reopen next week, the education ministry said on Tuesday.\n\nTeachers welcomed the news.\n", "Ministry says schools reopen next week"},
		// a headline naming a body and its acronym is no masthead
		{"Senate passes the Water Service Bill (WSB)\nLUSAKA, May 3 (ZNBC) – The Senate passed the bill on Friday after a long debate.\n\nIt goes to the president next.\n", "Senate passes the Water Service Bill (WSB)"},
	}
	for _, tt := range tests {
		a, err := Clean(dateline.Raw{Source: "x.txt", Format: "text", Bytes: []byte(tt.in)})
		if err != nil {
			t.Fatal(err)
		}
		if a.Headline != tt.headline {
			t.Errorf("headline %q, want %q", a.Headline, tt.headline)
		}
	}
}

func TestIsNavBreadcrumbs(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Home / Bulgaria / Politics", true},
		{"News / World", true},
		{"World / Europe / Western Balkans / Politics", true},
		{"Greece / Turkey", false}, // two sides, not a menu
		{"Home / Ukraine war latest: Russia strikes Kyiv overnight", false},
		{"Medics freed by Libya land in Sofia / Parvanov pardons them on arrival", false},
		{"Home >> News >> World", true},
		{"Home :: Politics :: Europe", true},
		{"Home → World → Asia", true},
		{"You are here: Home / News / Politics", true},
		{"You are here: Home » News", true},
		{"You are here:", true},
		{"Home - World - Europe", true},
		{"Home/World/Europe", true},
		{"Bulgaria - Libya - EU talks resume", false}, // no menu word first
		{"Home - a long way from the front line - for refugees", false},
		{"1/2/3", false},
	}
	for _, tt := range tests {
		if got := isNav(tt.in); got != tt.want {
			t.Errorf("isNav(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTagsLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Tags: Burkina Faso, coup, ECOWAS, Diendéré", true},
		{"Keywords: Russia; Ukraine; grain deal", true},
		{"Filed under: Europe | Politics", true},
		{"TOPICS: Kyrgyzstan · Osh · CSTO", true},
		{"Tags:", false},
		{"Topics: the ministers discussed trade, energy and the new border crossings at length", false},
		{"Tags: Burkina Faso, coup.", false},
		{"Keywords matter, the editor said", false},
		{"#Fiji #Tonga #Fisheries", true},
		{"#Elections2024, #Ghana", true},
		{"#2024", false},
		{"#Fiji signs the pact", false},
	}
	for _, tt := range tests {
		if got := tagsLine(tt.in); got != tt.want {
			t.Errorf("tagsLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsByline(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"By Jane Doe", true},
		{"by Xinhua writer Li Hua", true},
		{"By Xinhua writers Li Hua and Wang Lin", true},
		{"By JANE DOE Associated Press", true},
		{"By the end of the year, prices rose.", false},
		{"by writers", false},
		{"Written by Kadri Lepik", true},
		{"Posted by Jane Doe", true},
		{"By Kadri Lepik | BNS", true},
		{"By Jane Doe | Editor: John Roe", true},
		{"By Kadri Lepik | Riots go on in Tallinn", false},
		{"Written by hand, the letter was signed.", false},
	}
	for _, tt := range tests {
		if got := isByline(tt.in); got != tt.want {
			t.Errorf("isByline(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestCleanHTMLFurniture checks that a page's body read from HTML
// paragraphs loses the furniture before the dateline and the trailers
// after the story, as a text page does.
func TestCleanHTMLFurniture(t *testing.T) {
	page := func(ps ...string) []byte {
		var sb strings.Builder
		sb.WriteString("<html><head><title>Leaders meet in Seoul</title></head><body><article><h1>Leaders meet in Seoul</h1>")
		for _, p := range ps {
			sb.WriteString("<p>" + p + "</p>")
		}
		sb.WriteString("</article></body></html>")
		return []byte(sb.String())
	}
	story := "The two leaders met in Seoul on Friday and agreed to expand their joint drills next month."
	tests := []struct {
		name     string
		in       []byte
		place    string
		first    string // the body's start
		last     string // the body's end
		metaDate string
	}{
		{"stamp and byline before the dateline",
			page("Mar 3, 2023 | 14:05 KST", "By Kim Min-ji", "SEOUL, March 3 (Yonhap) -- "+story, "More talks are planned."),
			"SEOUL", "The two leaders", "More talks are planned.", "2023-03-03"},
		{"section label before the dateline",
			page("North Korea", "SEOUL, March 3 (Yonhap) -- "+story, "More talks are planned."),
			"SEOUL", "The two leaders", "More talks are planned.", ""},
		{"trailers after the story",
			page("SEOUL, March 3 (Reuters) - "+story, "More talks are planned.", "(Reporting by Jane Roe; Editing by John Doe)", "Our Standards: The Thomson Reuters Trust Principles."),
			"SEOUL", "The two leaders", "More talks are planned.", ""},
		{"one paragraph and a sign-off",
			page("Sofia, March 3 (BTA) - "+story, "/DT/"),
			"Sofia", "The two leaders", "next month.", ""},
		{"stamp without a dateline",
			page("Wed 3 Mar 2021 14.05 GMT", story, "More talks are planned."),
			"", "The two leaders", "More talks are planned.", "2021-03-03"},
		{"a short line opening the story stays without a dateline",
			page("Talks in Seoul", story, "More talks are planned."),
			"", "Talks in Seoul", "More talks are planned.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean(dateline.Raw{Source: "x.html", Format: "html", Bytes: tt.in})
			if err != nil {
				t.Fatal(err)
			}
			place := ""
			if a.Dateline != nil {
				place = a.Dateline.Place
			}
			if place != tt.place || !strings.HasPrefix(a.Body, tt.first) || !strings.HasSuffix(a.Body, tt.last) || a.MetaDate.String() != tt.metaDate {
				t.Errorf("place %q date %q body %q", place, a.MetaDate, a.Body)
			}
		})
	}
}
