package server

import (
	"encoding/xml"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/contract"
)

func TestPages(t *testing.T) {
	s, arts := fixtureServer(t)
	tests := []struct {
		name   string
		target string
		status int
		want   []string
		not    []string
	}{
		{"home", "/", 200, []string{"6 articles", "Russia, Ukraine sign grain export deal in Istanbul", `href="/article/` + arts[0].ID + `"`}, nil},
		{"search", "/?q=grain+exports", 200, []string{"Articles found", "<mark>grain</mark>"}, []string{"Lavrov and Blinken"}},
		{"search-none", "/?q=zeppelin", 200, []string{"No articles match this search."}, nil},
		{"search-outlet-dates", "/?outlet=AP&from=2022-01-01", 200, []string{"Russian strikes hit Kharkiv"}, []string{"expels diplomats"}},
		{"search-paged", "/?limit=2&offset=2", 200, []string{`start="3"`, "← newer", "more →"}, nil},
		{"search-bad-date", "/?from=soon", 400, []string{"parameter from"}, nil},
		{"article", "/article/" + arts[1].ID, 200, []string{"Dmitry Peskov</a> (2)", "SANCTION", `class="mode reported"`,
			`<mark class="q c0" title="Dmitry Peskov (direct)">Such unfriendly steps`}, nil},
		{"article-unknown", "/article/abc", 404, []string{"no article"}, nil},
		{"actors", "/actors?q=vladimir", 200, []string{"Vladimir Putin"}, []string{"Sergey Lavrov"}},
		{"actor", "/actor/dmitry-peskov", 200, []string{"Kremlin spokesman", "Such unfriendly steps only make", "Events as source <small>0"}, nil},
		{"actor-country", "/actor/RUS", 200, []string{"Russia", "Events as source", "SANCTION", `href="/pair/RUS/USA"`}, nil},
		{"actor-unknown", "/actor/no-one", 404, []string{"no actor"}, nil},
		{"pair", "/pair/RUS/USA?interval=week", 200, []string{"Russia</a> and <a", "per week", "<svg", "Russia about United States"}, nil},
		{"pair-entities", "/pair/sergey-lavrov/antony-blinken", 200, []string{"Sergey Lavrov about Antony Blinken", "CONSULT"}, nil},
		{"pair-country-without-entity", "/pair/TUR/RUS", 200, []string{"TUR</a> and", "SUPPORT"}, nil},
		{"pair-undated", "/pair/NATO/UKR?mode=hypothetical", 200, []string{"1 with no known date", "no dated events: 1 with no known date"}, nil},
		{"pair-unknown", "/pair/USA/ATLANTIS", 404, []string{"ATLANTIS"}, nil},
		{"pair-bad-interval", "/pair/USA/RUS?interval=century", 400, []string{"interval"}, nil},
		{"network", "/network?from=2021-01-01&to=2021-12-31", 200, []string{"<svg", `href="/pair/USA/RUS"`, "United States"}, []string{"Ukraine"}},
		{"network-tone", "/network?tone=cooperation", 200, []string{"material-cooperation"}, nil},
		{"network-bad-tone", "/network?tone=grumpy", 400, []string{"tone"}, nil},
		{"no-page", "/nowhere", 404, []string{"no such page"}, nil},
		{"post", "/", 405, []string{"read-only"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method := http.MethodGet
			if tt.name == "post" {
				method = http.MethodPost
			}
			rec := do(t, s, method, tt.target)
			if rec.Code != tt.status {
				t.Fatalf("%s %s = %d; want %d\n%s", method, tt.target, rec.Code, tt.status, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("Content-Type = %q", ct)
			}
			body := rec.Body.String()
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(body, w) {
					t.Errorf("page has %q", w)
				}
			}
		})
	}
}

func TestAssetsAndCharts(t *testing.T) {
	s, _ := fixtureServer(t)
	tests := []struct {
		target, ctype string
	}{
		{"/static/style.css", "text/css; charset=utf-8"},
		{"/chart/pair/USA/RUS", "image/svg+xml"},
		{"/chart/pair/USA/RUS?interval=week&from=2030-01-01", "image/svg+xml"},
		{"/chart/network?by=actor", "image/svg+xml"},
		{"/chart/network?from=1990-01-01&to=1990-12-31", "image/svg+xml"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			rec := do(t, s, http.MethodGet, tt.target)
			if rec.Code != 200 || rec.Header().Get("Content-Type") != tt.ctype {
				t.Fatalf("GET %s = %d %q", tt.target, rec.Code, rec.Header().Get("Content-Type"))
			}
			if strings.HasPrefix(tt.ctype, "image/svg") {
				wellFormed(t, rec.Body.String())
			}
		})
	}
	t.Run("no-network-at-run-time", func(t *testing.T) {
		for _, target := range []string{"/", "/network", "/pair/USA/RUS", "/static/style.css"} {
			body := do(t, s, http.MethodGet, target).Body.String()
			for _, bad := range []string{"http://", "https://", "//cdn", "@import"} {
				if i := strings.Index(body, bad); i >= 0 && !strings.Contains(body[i:min(len(body), i+40)], "www.w3.org/2000/svg") {
					t.Errorf("%s refers to %q: %s", target, bad, body[i:min(len(body), i+60)])
				}
			}
		}
	})
}

// wellFormed checks that an SVG document parses as XML.
func wellFormed(t *testing.T, svg string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(svg))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v\n%s", err, svg)
		}
	}
}

func TestPages_Escaping(t *testing.T) {
	b := newArticle(t, "evil", "2023-01-05", "PARIS", "AFP", `<script>alert("x")</script> headline`,
		`The minister <b>said</b> "<img src=x onerror=alert(1)> is fine" on Thursday.`)
	who := b.entity("evil-minister", `Minister "<i>"`, dateline.Person, "FRA", "GOV", "Minister", "minister")
	b.quote(`<img src=x onerror=alert(1)> is fine`, dateline.Direct, who, "minister", "said")
	st := fixtureStore(t, []*dateline.Article{b.a})
	s := newTestServer(t, st, Options{})
	for _, target := range []string{"/", "/article/" + b.a.ID, "/actor/evil-minister", "/?q=script"} {
		body := do(t, s, http.MethodGet, target).Body.String()
		for _, bad := range []string{"<script>", "<img", "<b>", "<i>"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s: unescaped %q in the page", target, bad)
			}
		}
	}
}

func TestAnnotate(t *testing.T) {
	str := func(s string) *string { return &s }
	// Offsets are code points: "Zelenskyy" after a multi-byte dash.
	doc := &contract.Article{
		Headline: str("Kyiv — Zelenskyy speaks"),
		Body:     "Ça va — “Russia is trying,” Zelenskyy said.\n\nSecond paragraph & more.",
		Entities: []contract.Entity{
			{ID: "volodymyr-zelenskyy", Name: "Volodymyr Zelenskyy", Mentions: []contract.Mention{
				{In: "headline", Start: 7, End: 16, Text: "Zelenskyy"}, {In: "body", Start: 28, End: 37, Text: "Zelenskyy"}}},
			{ID: "RUS", Name: "Russia", Mentions: []contract.Mention{{In: "body", Start: 9, End: 15, Text: "Russia"}}},
		},
		Quotes: []contract.Quote{
			{Text: "Russia is trying,", Kind: "direct", In: "body", Start: 9, End: 26,
				Speaker: contract.Speaker{Name: str("Volodymyr Zelenskyy"), Entity: str("volodymyr-zelenskyy")}},
			{Text: "Second paragraph", Kind: "indirect", In: "body", Start: 45, End: 61},
		},
	}
	a := annotate(doc)
	if want := `Kyiv — <a class="ent" href="/actor/volodymyr-zelenskyy" title="Volodymyr Zelenskyy">Zelenskyy</a> speaks`; string(a.Headline) != want {
		t.Errorf("headline = %s\nwant       %s", a.Headline, want)
	}
	if len(a.Paragraphs) != 2 {
		t.Fatalf("paragraphs = %q", a.Paragraphs)
	}
	want0 := `Ça va — “<mark class="q c0" title="Volodymyr Zelenskyy (direct)"><a class="ent" href="/actor/RUS" title="Russia">Russia</a></mark>` +
		`<mark class="q c0" title="Volodymyr Zelenskyy (direct)"> is trying,</mark>” ` +
		`<a class="ent" href="/actor/volodymyr-zelenskyy" title="Volodymyr Zelenskyy">Zelenskyy</a> said.`
	if string(a.Paragraphs[0]) != want0 {
		t.Errorf("paragraph 0 =\n%s\nwant\n%s", a.Paragraphs[0], want0)
	}
	want1 := `<mark class="q cx" title="unresolved speaker (indirect)">Second paragraph</mark> &amp; more.`
	if string(a.Paragraphs[1]) != want1 {
		t.Errorf("paragraph 1 =\n%s\nwant\n%s", a.Paragraphs[1], want1)
	}
	if len(a.Speakers) != 2 || a.Speakers[0].Name != "Volodymyr Zelenskyy" || a.Speakers[1].Class != "cx" {
		t.Errorf("legend = %+v", a.Speakers)
	}
}

func FuzzAnnotate(f *testing.F) {
	f.Add("Lavrov said \"talks were useful\".\n\nMore <b>here</b>.", 0, 6, 13, 30)
	f.Add("ééé\n\n\n\nabc", 1, 2, 0, 99)
	f.Fuzz(func(t *testing.T, body string, ms, me, qs, qe int) {
		doc := &contract.Article{Body: body,
			Entities: []contract.Entity{{ID: "x", Name: "X", Mentions: []contract.Mention{{In: "body", Start: ms, End: me}}}},
			Quotes:   []contract.Quote{{Kind: "direct", In: "body", Start: qs, End: qe}}}
		a := annotate(doc) // must not panic on any offsets
		var text strings.Builder
		for _, p := range a.Paragraphs {
			// No markup but ours: every '<' opens one of our tags.
			s := string(p)
			for i := strings.Index(s, "<"); i >= 0; i = strings.Index(s, "<") {
				s = s[i:]
				ok := false
				for _, tag := range []string{"<mark ", "</mark>", "<a class=\"ent\"", "</a>"} {
					ok = ok || strings.HasPrefix(s, tag)
				}
				if !ok {
					t.Fatalf("stray markup %q in %q", s[:min(len(s), 20)], p)
				}
				s = s[1:]
			}
			text.WriteString(string(p))
		}
	})
}

func TestSnippetHTML(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a [b] c", "a <mark>b</mark> c"},
		{"<x> [y", "&lt;x&gt; <mark>y</mark>"},
		{"plain", "plain"},
	}
	for _, tt := range tests {
		if got := string(snippetHTML(tt.in)); got != tt.want {
			t.Errorf("snippetHTML(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
