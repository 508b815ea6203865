package htmlx

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
	"golang.org/x/net/html"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestExtractPages(t *testing.T) {
	tests := []struct {
		name      string
		file, url string
		title     string
		subtitle  string
		pageURL   string
		date      string
		basis     string
		first     string   // first paragraph (prefix)
		last      string   // last paragraph (prefix)
		paras     int      // number of paragraphs
		has       []string // whole paragraphs that must be present
		hasNot    []string // text that must appear in no paragraph
	}{
		{
			name:     "news page with JSON-LD",
			file:     "wire.html",
			url:      "https://news.example.org/world/2024/03/12/baltic-grid-link?utm_source=feed",
			title:    "Baltic ministers agree timetable for grid link",
			subtitle: "Estonia, Latvia and Lithuania set a 2027 deadline to finish the Harmony cable with Poland and leave the Russian-run power ring for good.",
			pageURL:  "https://news.example.org/world/2024/03/12/baltic-grid-link",
			date:     "2024-03-11", // datePublished in its own zone (-05:00), not the meta tag's
			basis:    BasisJSONLD,
			first:    "VILNIUS, March 11 (Northern Ledger) - Energy ministers",
			last:     "Russia's energy ministry did not respond to a request for comment.",
			paras:    16,
			has: []string{
				`"We have rehearsed an island mode twice and the system held. The cable gives us a second door."`,
				"Financing still open",
				"order the converter stations in Lithuania and Poland this year;",
				"Her ministry later confirmed the commitment in a written statement.",
				"Meeting in the Lithuanian capital, the ministers signed a joint statement committing their grid operators to synchronise with the continental European system once the 700-megawatt Harmony cable is in service, and to share the cost of backup generation until then.",
			},
			hasNot: []string{"Reporting by", "Advertisement", "Related stories", "Sign up", "balticwatcher", "Privacy policy", "Skip to content", "cookies", "Riga wins hockey"},
		},
		{
			name:    "old table layout in windows-1252 with meta date",
			file:    "windows1252.html",
			url:     "http://www.portside-gazette.example/news/harbour",
			title:   "Council approves harbour budget",
			pageURL: "http://www.portside-gazette.example/news/harbour",
			date:    "2023-09-05",
			basis:   BasisMeta,
			first:   "PORTSIDE, Sept 5 - The town council approved",
			last:    "The harbour master, Tomás Reilly, said",
			paras:   5,
			has:     []string{"The budget passed by eleven votes to four. Two members abstained, saying they had not been shown the engineers’ report before the meeting."},
			hasNot:  []string{"Tide tables", "Print this story", "Copyright"},
		},
		{
			name:   "blog without date metadata",
			file:   "blog.html",
			title:  "Notes from the river",
			date:   "2022-02-14",
			basis:  BasisHTMLDate,
			first:  "The river was higher this morning",
			last:   "On the way home the sun came out",
			paras:  4,
			hasNot: []string{"Archives", "Leave a comment", "Walks, maps and weather"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Extract(context.Background(), readFixture(t, tc.file), tc.url)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if p.Title != tc.title {
				t.Errorf("Title = %q, want %q", p.Title, tc.title)
			}
			if p.Subtitle != tc.subtitle {
				t.Errorf("Subtitle = %q, want %q", p.Subtitle, tc.subtitle)
			}
			if p.URL != tc.pageURL {
				t.Errorf("URL = %q, want %q", p.URL, tc.pageURL)
			}
			if got := p.Date.String(); got != tc.date || p.DateBasis != tc.basis {
				t.Errorf("Date = %q (%q), want %q (%q)", got, p.DateBasis, tc.date, tc.basis)
			}
			if len(p.Paragraphs) != tc.paras {
				t.Errorf("got %d paragraphs, want %d:\n%s", len(p.Paragraphs), tc.paras, strings.Join(p.Paragraphs, "\n"))
			}
			if len(p.Paragraphs) > 0 {
				if !strings.HasPrefix(p.Paragraphs[0], tc.first) {
					t.Errorf("first paragraph = %q, want prefix %q", p.Paragraphs[0], tc.first)
				}
				if last := p.Paragraphs[len(p.Paragraphs)-1]; !strings.HasPrefix(last, tc.last) {
					t.Errorf("last paragraph = %q, want prefix %q", last, tc.last)
				}
			}
			for _, want := range tc.has {
				if !slices.Contains(p.Paragraphs, want) {
					t.Errorf("missing paragraph %q", want)
				}
			}
			body := p.Body()
			for _, bad := range tc.hasNot {
				if strings.Contains(body, bad) {
					t.Errorf("body holds furniture %q", bad)
				}
			}
			for i, para := range p.Paragraphs {
				if para == "" || para != normSpace(para) {
					t.Errorf("paragraph %d not whitespace-normalised: %q", i, para)
				}
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		html string
		want []string
	}{
		{"paragraphs", "<p>One.</p><p>Two\n  lines.</p>", []string{"One.", "Two lines."}},
		{"inline elements keep the paragraph", "<p>A <b>bold</b> and <a href='#'>linked</a> word.</p>", []string{"A bold and linked word."}},
		{"br splits", "<div>First line<br>second line<br><br>third</div>", []string{"First line", "second line", "third"}},
		{"list items", "<p>Items:</p><ul><li>one</li><li>two <i>2</i></li></ul>", []string{"Items:", "one", "two 2"}},
		{"headings and quotes", "<h2>Head</h2><blockquote>Quoted <p>inner</p></blockquote>", []string{"Head", "Quoted", "inner"}},
		{"div text around blocks", "<div>Lead text<p>para</p>tail text</div>", []string{"Lead text", "para", "tail text"}},
		{"table row is one paragraph", "<table><tr><td>Pos.</td><td>Driver</td></tr><tr><td>1</td><td>Kyle Busch</td></tr></table>", []string{"Pos. Driver", "1 Kyle Busch"}},
		{"scripts and styles dropped", "<p>Text<script>var x = 1;</script><style>p{}</style> more</p>", []string{"Text more"}},
		{"no-break and zero-width spaces", "<p>a\u00a0b\u200b c\u00ad d</p>", []string{"a b c d"}},
		{"empty blocks dropped", "<p> </p><div>\n</div><p>x</p>", []string{"x"}},
		{"pre", "<pre>line one\n  line two</pre>", []string{"line one line two"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tc.html + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := paragraphs(doc); !slices.Equal(got, tc.want) {
				t.Errorf("paragraphs = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestParagraphsBuiltTree checks trees whose elements carry a tag name but
// no atom, as the extractors build them.
func TestParagraphsBuiltTree(t *testing.T) {
	body := &html.Node{Type: html.ElementNode, Data: "body"}
	for _, s := range []string{"first item", "second item"} {
		li := &html.Node{Type: html.ElementNode, Data: "li"}
		li.AppendChild(&html.Node{Type: html.TextNode, Data: s})
		body.AppendChild(li)
	}
	want := []string{"first item", "second item"}
	if got := paragraphs(body); !slices.Equal(got, want) {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
}

func TestMetaDates(t *testing.T) {
	page := func(head string) string {
		return "<html><head>" + head + "</head><body><h1>Ferry strike called off</h1>" +
			strings.Repeat("<p>Unions and the ferry company reached a deal late on Tuesday after talks that lasted eleven hours, ending a strike that had stranded travellers for three days.</p>", 4) +
			"</body></html>"
	}
	tests := []struct {
		name, head, date, basis string
	}{
		{"article:published_time", `<meta property="article:published_time" content="2021-06-02T21:30:00-04:00">`, "2021-06-02", BasisMeta},
		{"itemprop datePublished", `<meta itemprop="datePublished" content="2020-01-31">`, "2020-01-31", BasisMeta},
		{"JSON-LD beats meta", `<meta property="article:published_time" content="2021-06-03"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry strike called off","datePublished":"2021-06-02T10:00:00Z"}</script>`, "2021-06-02", BasisJSONLD},
		{"JSON-LD list of objects", `<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":["NewsArticle"],"datePublished":"2019-11-20"}]</script>`, "2019-11-20", BasisJSONLD},
		{"invalid JSON-LD read by pattern", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry\nstrike\",\"datePublished\":\"2018-05-04T08:00:00+01:00\",}</script>", "2018-05-04", BasisJSONLD},
		{"RFC 1123 meta date", `<meta name="pubdate" content="Tue, 10 Mar 2015 14:00:00 GMT">`, "2015-03-10", BasisMeta},
		{"future date rejected", `<meta property="article:published_time" content="2999-01-01">`, "", ""},
		{"no date anywhere", ``, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Extract(context.Background(), []byte(page(tc.head)), "")
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if got := p.Date.String(); got != tc.date || p.DateBasis != tc.basis {
				t.Errorf("Date = %q (%q), want %q (%q)", got, p.DateBasis, tc.date, tc.basis)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want dateline.Date
		ok   bool
	}{
		{"2019-11-19T10:00:00-05:00", dateline.Date{Year: 2019, Month: 11, Day: 19}, true},
		{"2019-11-19T23:30:00.000Z", dateline.Date{Year: 2019, Month: 11, Day: 19}, true},
		{"2019-11-19T01:30:00+0900", dateline.Date{Year: 2019, Month: 11, Day: 19}, true},
		{"2019-11-19 08:00:00", dateline.Date{Year: 2019, Month: 11, Day: 19}, true},
		{"20191119", dateline.Date{Year: 2019, Month: 11, Day: 19}, true},
		{"November 19, 2019", dateline.Date{Year: 2019, Month: 11, Day: 19}, true},
		{"2019-11-19Tgarbage", dateline.Date{Year: 2019, Month: 11, Day: 19}, true},
		{"1970-01-01", dateline.Date{Year: 1970, Month: 1, Day: 1}, false},
		{"2025-06-01", dateline.Date{Year: 2025, Month: 6, Day: 1}, false},
		{"yesterday", dateline.Date{}, false},
		{"", dateline.Date{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := parseDate(tc.in, now)
			if ok != tc.ok || (ok && got != tc.want) {
				t.Errorf("parseDate(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestCleanTitle(t *testing.T) {
	tests := []struct {
		name, in, site, host, want string
	}{
		{"site suffix by og:site_name", "Ferry strike called off | Harbour Times", "Harbour Times", "", "Ferry strike called off"},
		{"site suffix by host", "Ferry strike called off - Harbour Times", "", "harbourtimes.example.com", "Ferry strike called off"},
		{"acronym of host", "Ferry strike called off - The Harbour Times", "", "tht.co.uk", "Ferry strike called off"},
		{"site prefix", "Harbour Times | Ferry strike called off", "Harbour Times", "", "Ferry strike called off"},
		{"two suffixes", "Ferry strike called off | Business | Harbour Times", "Harbour Times", "", "Ferry strike called off"},
		{"hyphen inside headline kept", "Talks resume - and so does the strike", "", "harbourtimes.example", "Talks resume - and so does the strike"},
		{"colon headline kept", "Strike: what happens next", "Harbour Times", "", "Strike: what happens next"},
		{"no site info", "Ferry strike called off", "", "", "Ferry strike called off"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := cleanTitle(tc.in, tc.site, tc.host); got != tc.want {
				t.Errorf("cleanTitle(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSubtitleTeaserRejected(t *testing.T) {
	body := strings.Repeat("<p>The regional assembly voted on Thursday to keep the night trains running for another year, reversing a decision taken in the spring.</p>", 3)
	tests := []struct {
		name, head, extra, want string
	}{
		{"description repeating the first paragraph", `<meta name="description" content="The regional assembly voted on Thursday to keep the night trains running for another year">`, "", ""},
		{"description cut with an ellipsis", `<meta name="description" content="Night trains saved after a vote that surprised the operator and...">`, `<p class="summary">Night trains saved after a vote that surprised the operator and...</p>`, ""},
		{"description not shown on the page", `<meta name="description" content="Night trains saved after a vote that surprised the operator.">`, "", ""},
		{"description shown under the headline", `<meta name="description" content="Night trains saved after a vote that surprised the operator.">`, `<p class="dek">Night trains saved after a vote that surprised the operator.</p>`, "Night trains saved after a vote that surprised the operator."},
		{"byline is no standfirst", "", `<div class="subtitle">By Maria Lopez and Jan Novak, regional affairs</div>`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "<html><head>" + tc.head + "</head><body><h1>Night trains to keep running</h1>" + tc.extra + "<article>" + body + "</article></body></html>"
			p, err := Extract(context.Background(), []byte(src), "")
			if err != nil {
				t.Fatal(err)
			}
			if p.Subtitle != tc.want {
				t.Errorf("Subtitle = %q, want %q", p.Subtitle, tc.want)
			}
		})
	}
}

func TestExtractTruncated(t *testing.T) {
	raw := readFixture(t, "wire.html")
	for cut := 0; cut < len(raw); cut += 101 {
		p, err := Extract(context.Background(), raw[:cut], "https://news.example.org/a")
		if err == nil && (p == nil || len(p.Paragraphs) == 0) {
			t.Fatalf("cut at %d: nil error but no paragraphs", cut)
		}
		if err != nil && p != nil {
			t.Fatalf("cut at %d: page and error both returned", cut)
		}
	}
}

func TestExtractErrors(t *testing.T) {
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		raw  []byte
		want error
	}{
		{"empty input", context.Background(), nil, ErrNoContent},
		{"markup only", context.Background(), []byte("<html><body><div><img src=x></div></body></html>"), ErrNoContent},
		{"control bytes", context.Background(), []byte("\x00\x01\x02\x03\x00"), ErrNoContent},
		{"canceled context", canceled, readFixture(t, "wire.html"), context.Canceled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Extract(tc.ctx, tc.raw, "")
			if !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v (page %v)", err, tc.want, p)
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, name := range []string{"wire.html", "windows1252.html", "blog.html"} {
		f.Add(readFixture(f, name))
	}
	f.Add([]byte("<p>short</p>"))
	f.Add([]byte("\x00\xff\xfe\x01<<<>>>\x00"))
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@graph":[[[]]]}]}</script>`))
	f.Add([]byte("<table><tr><td><table><tr><td>x"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		p, err := Extract(context.Background(), raw, "https://example.org/x")
		if err != nil {
			return
		}
		if p == nil || len(p.Paragraphs) == 0 {
			t.Fatal("nil error without paragraphs")
		}
		for _, para := range p.Paragraphs {
			if para == "" || strings.Contains(para, "\n") {
				t.Fatalf("bad paragraph %q", para)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	raw := readFixture(b, "wire.html")
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := Extract(context.Background(), raw, "https://news.example.org/world/2024/03/12/baltic-grid-link"); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleExtract() {
	page := `<html><head><title>Ferry strike called off | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times">
<meta property="article:published_time" content="2021-06-02T21:30:00-04:00"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry strike called off</h1>
<p>DOVER, June 2 - Unions and the ferry company reached a deal late on Wednesday after talks that lasted eleven hours.</p>
<p>The agreement ends a strike that had stranded thousands of travellers at the port for three days, the company said.</p>
</article><footer>© Harbour Times</footer></body></html>`
	p, err := Extract(context.Background(), []byte(page), "")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Title)
	fmt.Println(p.Date, p.DateBasis)
	for _, para := range p.Paragraphs {
		fmt.Println("-", para)
	}
	// Output:
	// Ferry strike called off
	// 2021-06-02 html-meta
	// - DOVER, June 2 - Unions and the ferry company reached a deal late on Wednesday after talks that lasted eleven hours.
	// - The agreement ends a strike that had stranded thousands of travellers at the port for three days, the company said.
}

func TestDropFurniture(t *testing.T) {
	tests := []struct {
		para string
		drop bool
	}{
		{"Advertisement", true},
		{"Share this article", true},
		{"Related: Storm closes ports along the coast", true},
		{"SEE MORE: Ferry operators count the cost", true},
		{"You may also like:", true},
		{"(Reporting by Ana Ferreira; Editing by Tom Hale)", true},
		{"Additional reporting by Jan Novak", true},
		{"Reporting by Ana Ferreira; editing by Tom Hale.", true},
		{"Maria Lopez contributed reporting from Lisbon.", true},
		{"Write to Ana Ferreira at ana.ferreira@example.org", true},
		{"Copyright © 2024 Harbour Times", true},
		{"© Harbour Times", true},
		{"Click here to get the newsletter", true},
		{"Sign up for our free morning briefing.", true},
		{"Follow us on Twitter", true},
		{"Related charges were filed against two other men, prosecutors said.", false},
		{"Reporting by the regional broadcaster showed the figures were wrong.", false},
		{"Copyright law was changed in 2019, the court noted.", false},
		{"2019 was the wettest year on record in the valley.", false},
		{"Subscribers will pay 3 euros more a month from June, the company said.", false},
		{"Print journalists walked out at noon.", false},
		{"Comments by the minister drew an angry reply from the opposition.", false},
	}
	for _, tc := range tests {
		t.Run(tc.para, func(t *testing.T) {
			got := len(dropFurniture([]string{tc.para})) == 0
			if got != tc.drop {
				t.Errorf("dropped = %v, want %v", got, tc.drop)
			}
		})
	}
}

// TestExtractConcurrent runs Extract on several goroutines at once (run
// with -race to check that it shares no mutable state).
func TestExtractConcurrent(t *testing.T) {
	raw := readFixture(t, "wire.html")
	want, err := Extract(context.Background(), raw, "")
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			p, err := Extract(context.Background(), raw, "")
			switch {
			case err != nil:
				errs <- err
			case !slices.Equal(p.Paragraphs, want.Paragraphs) || p.Title != want.Title || p.Date != want.Date:
				errs <- fmt.Errorf("concurrent result differs: %q", p.Title)
			default:
				errs <- nil
			}
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
