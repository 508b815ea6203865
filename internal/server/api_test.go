package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
)

func newTestServer(tb testing.TB, st dateline.Store, opts Options) *Server {
	tb.Helper()
	if opts.Logf == nil {
		opts.Logf = tb.Logf
	}
	s, err := New(st, opts)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// fixtureServer serves the hand-built articles.
func fixtureServer(tb testing.TB) (*Server, []*dateline.Article) {
	tb.Helper()
	arts := fixtures(tb, 0)
	return newTestServer(tb, fixtureStore(tb, arts), Options{}), arts
}

func do(tb testing.TB, h http.Handler, method, target string) *httptest.ResponseRecorder {
	tb.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	return rec
}

// obj is a decoded JSON object with helpers to walk it.
type obj = map[string]any

func decode(tb testing.TB, rec *httptest.ResponseRecorder) obj {
	tb.Helper()
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		tb.Fatalf("Content-Type = %q; want JSON (body %s)", ct, rec.Body)
	}
	var v obj
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		tb.Fatalf("body is not a JSON object: %v\n%s", err, rec.Body)
	}
	return v
}

func items(tb testing.TB, v obj) []obj {
	tb.Helper()
	raw, ok := v["items"].([]any)
	if !ok {
		tb.Fatalf("no items list in %v", v)
	}
	out := make([]obj, len(raw))
	for i, x := range raw {
		out[i] = x.(obj)
	}
	return out
}

func TestAPI(t *testing.T) {
	s, arts := fixtureServer(t)
	reykjavik := arts[0].ID
	tests := []struct {
		name   string
		target string
		status int
		check  func(t *testing.T, v obj)
	}{
		{"stats", "/api/stats", 200, func(t *testing.T, v obj) {
			if v["articles"] != 6.0 || v["first"] != "2021-04-15" || v["last"] != "2022-07-22" {
				t.Errorf("stats = %v", v)
			}
		}},
		{"articles/all", "/api/articles", 200, func(t *testing.T, v obj) {
			if n := len(items(t, v)); n != 6 || v["limit"] != 50.0 {
				t.Errorf("got %d articles, limit %v; want 6, 50", n, v["limit"])
			}
		}},
		{"articles/text", "/api/articles?q=arctic", 200, func(t *testing.T, v obj) {
			its := items(t, v)
			if len(its) != 1 || its[0]["id"] != reykjavik || !strings.Contains(its[0]["snippet"].(string), "[Arctic]") {
				t.Errorf("hits = %v", its)
			}
		}},
		{"articles/outlet", "/api/articles?outlet=AP", 200, func(t *testing.T, v obj) {
			if n := len(items(t, v)); n != 2 {
				t.Errorf("AP articles = %d; want 2", n)
			}
		}},
		{"articles/dates", "/api/articles?from=2022-01-01&to=2022-12-31", 200, func(t *testing.T, v obj) {
			if n := len(items(t, v)); n != 2 {
				t.Errorf("2022 articles = %d; want 2", n)
			}
		}},
		{"articles/page", "/api/articles?limit=2&offset=5", 200, func(t *testing.T, v obj) {
			if n := len(items(t, v)); n != 1 || v["offset"] != 5.0 {
				t.Errorf("page = %v", v)
			}
		}},
		{"articles/huge-limit-capped", "/api/articles?limit=1000000", 200, func(t *testing.T, v obj) {
			if v["limit"] != float64(MaxLimit) || len(items(t, v)) != 6 {
				t.Errorf("limit = %v; want %d", v["limit"], MaxLimit)
			}
		}},
		{"articles/bad-date", "/api/articles?from=yesterday", 400, errorMentions("from")},
		{"articles/reversed-dates", "/api/articles?from=2022-01-01&to=2021-01-01", 400, errorMentions("after")},
		{"articles/bad-limit", "/api/articles?limit=ten", 400, errorMentions("limit")},
		{"articles/zero-limit", "/api/articles?limit=0", 400, errorMentions("limit")},
		{"articles/negative-offset", "/api/articles?offset=-1", 400, errorMentions("offset")},
		{"articles/long-query", "/api/articles?q=" + strings.Repeat("x", 600), 400, errorMentions("longer")},
		{"article", "/api/articles/" + reykjavik, 200, func(t *testing.T, v obj) {
			if v["headline"] != "Lavrov and Blinken hold first talks in Reykjavik" || len(v["entities"].([]any)) != 4 ||
				len(v["quotes"].([]any)) != 2 || len(v["events"].([]any)) != 3 {
				t.Errorf("article = %v", v)
			}
		}},
		{"article/unknown", "/api/articles/0000", 404, errorMentions("0000")},
		{"actors", "/api/actors?q=lavrov", 200, func(t *testing.T, v obj) {
			its := items(t, v)
			if len(its) != 1 || its[0]["id"] != "sergey-lavrov" || its[0]["country"] != "RUS" {
				t.Errorf("actors = %v", its)
			}
		}},
		{"actors/huge-limit-capped", "/api/actors?limit=99999", 200, func(t *testing.T, v obj) {
			if v["limit"] != float64(MaxLimit) {
				t.Errorf("limit = %v", v["limit"])
			}
		}},
		{"actors/bad-offset", "/api/actors?offset=x", 400, errorMentions("offset")},
		{"actor", "/api/actors/sergey-lavrov", 200, func(t *testing.T, v obj) {
			roles := v["roles"].([]any)
			if v["name"] != "Sergey Lavrov" || len(roles) != 1 || roles[0].(obj)["role"] != "Foreign Minister" {
				t.Errorf("actor = %v", v)
			}
			if q := v["quotes"].([]any); len(q) != 1 {
				t.Errorf("quotes = %v", q)
			}
			if n := len(v["events_as_source"].([]any)); n != 2 {
				t.Errorf("events as source = %d; want 2", n)
			}
			if n := len(v["events_as_target"].([]any)); n != 0 {
				t.Errorf("events as target = %d; want 0", n)
			}
		}},
		{"actor/as-target", "/api/actors/antony-blinken", 200, func(t *testing.T, v obj) {
			if n := len(v["events_as_target"].([]any)); n != 2 {
				t.Errorf("Blinken as target = %d; want 2", n)
			}
		}},
		{"actor/unknown", "/api/actors/nobody-at-all", 404, errorMentions("nobody-at-all")},
		{"actor/bad-limit", "/api/actors/sergey-lavrov?limit=-5", 400, errorMentions("limit")},
		{"quotes/speaker", "/api/quotes?speaker=dmitry-peskov", 200, func(t *testing.T, v obj) {
			its := items(t, v)
			if len(its) != 2 || its[0]["speaker"].(obj)["name"] != "Dmitry Peskov" {
				t.Errorf("quotes = %v", its)
			}
		}},
		{"quotes/about", "/api/quotes?about=Washington", 200, func(t *testing.T, v obj) {
			its := items(t, v)
			if len(its) != 1 || its[0]["speaker"].(obj)["entity"] != "sergey-lavrov" {
				t.Errorf("quotes about Washington = %v", its)
			}
		}},
		{"quotes/unresolved-speaker", "/api/quotes?q=decided", 200, func(t *testing.T, v obj) {
			its := items(t, v)
			if len(its) != 1 || its[0]["speaker"].(obj)["name"] != nil || its[0]["date"] != nil {
				t.Errorf("undated unresolved quote = %v; want null name and date", its)
			}
		}},
		{"quotes/bad-date", "/api/quotes?to=2021-13-01", 400, errorMentions("to")},
		{"events/type", "/api/events?type=accuse", 200, func(t *testing.T, v obj) {
			its := items(t, v)
			if len(its) != 2 || its[0]["quad"] != dateline.VerbalConflict {
				t.Errorf("ACCUSE events = %v", its)
			}
		}},
		{"events/pair", "/api/events?source=USA&target=RUS", 200, func(t *testing.T, v obj) {
			if n := len(items(t, v)); n != 3 {
				t.Errorf("USA->RUS events = %d; want 3", n)
			}
		}},
		{"events/mode", "/api/events?mode=negated", 200, func(t *testing.T, v obj) {
			its := items(t, v)
			if len(its) != 1 || its[0]["type"] != "AGREE" || its[0]["source"].(obj)["entity"] != "vladimir-putin" {
				t.Errorf("negated events = %v", its)
			}
		}},
		{"events/place", "/api/events?place=Kharkiv", 200, func(t *testing.T, v obj) {
			its := items(t, v)
			if len(its) != 4 || its[0]["place"].(obj)["country"] != "UKR" {
				t.Errorf("Kharkiv events = %v", its)
			}
		}},
		{"events/bad-type", "/api/events?type=HUG", 400, errorMentions("type")},
		{"events/bad-mode", "/api/events?mode=maybe", 400, errorMentions("mode")},
		{"events/huge-limit-capped", "/api/events?limit=501", 200, func(t *testing.T, v obj) {
			if v["limit"] != float64(MaxLimit) {
				t.Errorf("limit = %v", v["limit"])
			}
		}},
		{"network", "/api/network", 200, func(t *testing.T, v obj) {
			edges := map[string]obj{}
			for _, e := range v["edges"].([]any) {
				e := e.(obj)
				edges[e["source"].(string)+">"+e["target"].(string)] = e
			}
			// Asserted and reported only: Geneva's negated AGREE is not counted.
			want := map[string][4]float64{"RUS>USA": {4, 0, 1, 0}, "USA>RUS": {0, 0, 2, 1}, "USA>UKR": {0, 1, 0, 0},
				"UKR>RUS": {0, 0, 1, 0}, "RUS>UKR": {1, 0, 0, 1}, "TUR>RUS": {1, 0, 0, 0}}
			if len(edges) != len(want) {
				t.Errorf("edges = %v; want %v", edges, want)
			}
			for k, w := range want {
				e := edges[k]
				got := [4]float64{}
				if e != nil {
					got = [4]float64{e["verbal_cooperation"].(float64), e["material_cooperation"].(float64),
						e["verbal_conflict"].(float64), e["material_conflict"].(float64)}
				}
				if got != w {
					t.Errorf("edge %s = %v; want %v", k, got, w)
				}
			}
		}},
		{"network/actors-period", "/api/network?by=actor&from=2021-06-01&to=2021-06-30&mode=asserted,negated", 200, func(t *testing.T, v obj) {
			e := v["edges"].([]any)
			if len(e) != 1 || e[0].(obj)["source"] != "vladimir-putin" || e[0].(obj)["verbal_cooperation"] != 3.0 {
				t.Errorf("June actor edges = %v", e)
			}
		}},
		{"network/bad-by", "/api/network?by=planet", 400, errorMentions("by")},
		{"network/bad-mode", "/api/network?mode=asserted,sure", 400, errorMentions("mode")},
		{"timeline/pair", "/api/timeline?actor=USA&other=RUS", 200, func(t *testing.T, v obj) {
			bs := v["buckets"].([]any)
			var starts []string
			var totals []float64
			for _, b := range bs {
				starts = append(starts, b.(obj)["start"].(string))
				totals = append(totals, b.(obj)["total"].(float64))
			}
			if fmt.Sprint(starts) != "[2021-04-01 2021-05-01 2021-06-01]" || fmt.Sprint(totals) != "[3 3 2]" {
				t.Errorf("buckets %v totals %v", starts, totals)
			}
		}},
		{"timeline/filled", "/api/timeline?actor=RUS&interval=week&from=2022-01-01", 200, func(t *testing.T, v obj) {
			bs := v["buckets"].([]any)
			// 2022-02-28 (the week of 2 March) to 2022-07-18 (the week of 22 July): 21 weeks, two with events.
			if len(bs) != 21 || bs[0].(obj)["start"] != "2022-02-28" || bs[20].(obj)["start"] != "2022-07-18" {
				t.Errorf("weekly buckets = %d from %v", len(bs), bs[0])
			}
		}},
		{"timeline/undated", "/api/timeline?actor=UKR&mode=hypothetical", 200, func(t *testing.T, v obj) {
			// NATO's undated meeting on Ukraine, and the dated risk to the grain deal.
			bs := v["buckets"].([]any)
			if u := v["undated"].(obj); u["verbal_cooperation"] != 1.0 || u["total"] != 1.0 || len(bs) != 1 || bs[0].(obj)["material_cooperation"] != 1.0 {
				t.Errorf("undated = %v, buckets = %v", u, bs)
			}
		}},
		{"timeline/no-actor", "/api/timeline?interval=week", 400, errorMentions("actor")},
		{"timeline/bad-interval", "/api/timeline?actor=USA&interval=year", 400, errorMentions("interval")},
		{"unknown-endpoint", "/api/nothing", 404, errorMentions("/api/nothing")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, s, http.MethodGet, tt.target)
			if rec.Code != tt.status {
				t.Fatalf("GET %s = %d; want %d\n%s", tt.target, rec.Code, tt.status, rec.Body)
			}
			v := decode(t, rec)
			if tt.status >= 400 && len(v) != 1 {
				t.Errorf("error body = %v; want only an error message", v)
			}
			if tt.check != nil {
				tt.check(t, v)
			}
		})
	}
}

func errorMentions(word string) func(*testing.T, obj) {
	return func(t *testing.T, v obj) {
		t.Helper()
		msg, _ := v["error"].(string)
		if !strings.Contains(msg, word) {
			t.Errorf("error = %q; want a message naming %q", msg, word)
		}
	}
}

// TestAPI_BadText: a NUL byte or invalid UTF-8 in a parameter or an id is a
// 400 naming the parameter, not a store error (SQLite's full-text parser
// stops at NUL, PostgreSQL rejects both in text: 500s before).
func TestAPI_BadText(t *testing.T) {
	s, _ := fixtureServer(t)
	tests := []struct{ target, word string }{
		{"/api/articles?q=arctic%00talks", "q"},
		{"/api/articles?q=%ff%fe", "q"},
		{"/api/articles?outlet=%00", "outlet"},
		{"/api/quotes?q=a%00b", "q"},
		{"/api/quotes?speaker=lavrov%00", "speaker"},
		{"/api/quotes?about=%c3", "about"},
		{"/api/actors?q=%00", "q"},
		{"/api/events?source=%ff", "source"},
		{"/api/events?place=%00", "place"},
		{"/api/timeline?actor=%ff", "actor"},
		{"/api/articles/%ff", "id"},
		{"/api/actors/%ff", "id"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			rec := do(t, s, http.MethodGet, tt.target)
			if rec.Code != http.StatusBadRequest {
				t.Fatalf("status = %d; want 400 (body %s)", rec.Code, rec.Body)
			}
			errorMentions(tt.word)(t, decode(t, rec))
		})
	}
	for _, target := range []string{"/?q=a%00b", "/actors?q=%ff", "/actor/%ff"} {
		if rec := do(t, s, http.MethodGet, target); rec.Code != http.StatusBadRequest {
			t.Errorf("%s: status = %d; want 400", target, rec.Code)
		}
	}
}

func TestAPI_ReadOnly(t *testing.T) {
	s, _ := fixtureServer(t)
	for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch} {
		t.Run(m, func(t *testing.T) {
			rec := do(t, s, m, "/api/articles")
			if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET, HEAD" {
				t.Fatalf("%s = %d, Allow %q", m, rec.Code, rec.Header().Get("Allow"))
			}
			errorMentions(m)(t, decode(t, rec))
		})
	}
	t.Run("HEAD", func(t *testing.T) {
		if rec := do(t, s, http.MethodHead, "/api/stats"); rec.Code != 200 {
			t.Errorf("HEAD = %d", rec.Code)
		}
	})
}

func TestAPI_OpenAPI(t *testing.T) {
	s, _ := fixtureServer(t)
	v := decode(t, do(t, s, http.MethodGet, "/api/openapi.json"))
	if !strings.HasPrefix(fmt.Sprint(v["openapi"]), "3.") {
		t.Errorf("openapi = %v", v["openapi"])
	}
	paths, _ := v["paths"].(obj)
	for _, p := range []string{"/api/stats", "/api/articles", "/api/articles/{id}", "/api/actors", "/api/actors/{id}",
		"/api/quotes", "/api/events", "/api/network", "/api/timeline"} {
		op, _ := paths[p].(obj)
		if op["get"] == nil {
			t.Errorf("path %s not documented", p)
			continue
		}
		// Every documented path answers (ids filled with real ones).
		target := strings.NewReplacer("{id}", "sergey-lavrov").Replace(p)
		if p == "/api/timeline" {
			target += "?actor=USA"
		}
		if p == "/api/articles/{id}" {
			continue
		}
		if rec := do(t, s, http.MethodGet, target); rec.Code != 200 {
			t.Errorf("GET %s = %d", target, rec.Code)
		}
	}
}

// failing is a store whose every query fails, or blocks until the request's
// context ends.
type failing struct {
	dateline.Store
	block bool
}

func (f failing) wait(ctx context.Context) error {
	if f.block {
		<-ctx.Done()
		return fmt.Errorf("query: %w", ctx.Err())
	}
	return errors.New("disk I/O error at /secret/path.db")
}

func (f failing) SearchArticles(ctx context.Context, q dateline.ArticleQuery) ([]dateline.ArticleHit, error) {
	return nil, f.wait(ctx)
}

func (f failing) Actor(ctx context.Context, id string) (*dateline.ActorDetail, error) {
	return nil, f.wait(ctx)
}

type logs struct {
	mu    sync.Mutex
	lines []string
}

func (l *logs) logf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

func TestAPI_Errors(t *testing.T) {
	t.Run("500-without-internals", func(t *testing.T) {
		var l logs
		s := newTestServer(t, failing{}, Options{Logf: l.logf})
		for _, target := range []string{"/api/articles?q=x", "/api/actors/someone"} {
			rec := do(t, s, http.MethodGet, target)
			if rec.Code != 500 {
				t.Fatalf("GET %s = %d; want 500", target, rec.Code)
			}
			v := decode(t, rec)
			if v["error"] != "internal error" || strings.Contains(rec.Body.String(), "secret") {
				t.Errorf("body = %s; want a bare internal error", rec.Body)
			}
		}
		if len(l.lines) != 2 || !strings.Contains(l.lines[0], "/secret/path.db") {
			t.Errorf("logged %q; want both errors with their cause", l.lines)
		}
	})
	t.Run("500-page", func(t *testing.T) {
		var l logs
		s := newTestServer(t, failing{}, Options{Logf: l.logf})
		rec := do(t, s, http.MethodGet, "/?q=x")
		if rec.Code != 500 || strings.Contains(rec.Body.String(), "secret") || !strings.Contains(rec.Body.String(), "internal error") {
			t.Errorf("page = %d %s", rec.Code, rec.Body)
		}
	})
	t.Run("timeout", func(t *testing.T) {
		var l logs
		s := newTestServer(t, failing{block: true}, Options{Logf: l.logf, Timeout: 20 * time.Millisecond})
		rec := do(t, s, http.MethodGet, "/api/articles")
		if rec.Code != http.StatusServiceUnavailable {
			t.Fatalf("blocked query = %d; want 503", rec.Code)
		}
		errorMentions("too long")(t, decode(t, rec))
	})
	t.Run("no-store", func(t *testing.T) {
		if _, err := New(nil, Options{}); err == nil {
			t.Error("New(nil) succeeded")
		}
	})
}

func TestFillBuckets(t *testing.T) {
	d := func(s string) dateline.Date {
		x, err := dateline.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	tests := []struct {
		name     string
		in       []string
		interval string
		max      int
		want     string
	}{
		{"empty", nil, dateline.Month, 10, "[]"},
		{"months", []string{"2021-11-01", "2022-02-01"}, dateline.Month, 10, "[2021-11-01 2021-12-01 2022-01-01 2022-02-01]"},
		{"weeks", []string{"2022-02-28", "2022-03-14"}, dateline.Week, 10, "[2022-02-28 2022-03-07 2022-03-14]"},
		{"capped-keeps-latest", []string{"2020-01-01", "2021-01-01"}, dateline.Month, 3, "[2020-11-01 2020-12-01 2021-01-01]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in []dateline.TimelineBucket
			for _, s := range tt.in {
				in = append(in, dateline.TimelineBucket{Start: d(s)})
			}
			var got []string
			for _, b := range fillBuckets(in, tt.interval, tt.max) {
				got = append(got, b.Start.String())
			}
			if s := fmt.Sprint(got); s != tt.want && !(tt.want == "[]" && len(got) == 0) {
				t.Errorf("fillBuckets = %s; want %s", s, tt.want)
			}
		})
	}
}

// TestAPI_ActorOwnEvents: an actor's page lists its own quotes and events,
// those its counts count, not those of every actor a name with its id's words
// names ("government" is not the Syrian government, even where a story calls
// that one "the Assad regime").
func TestAPI_ActorOwnEvents(t *testing.T) {
	b := newArticle(t, "gov-a", "2020-03-03", "ANKARA", "Anadolu", "Turkey accuses Syrian government",
		`Turkey accused the Syrian government of attacks in Idlib, and the Assad regime denied it.`,
		`In Paris, the government said it would stay out of the dispute.`)
	tur := b.entity("TUR", "Turkey", dateline.Org, "TUR", "", "", "Turkey")
	syr := b.entity("syr-government", "Syrian government", dateline.Org, "SYR", "GOV", "", "Syrian government", "Assad regime")
	gov := b.entity("government", "government", dateline.Org, "", "GOV", "", "government")
	q := b.quote("it would stay out of the dispute", dateline.Indirect, gov, "the government", "said")
	b.event("ACCUSE", tur, syr, dateline.Asserted, "accused", -1)
	b.event("REJECT", syr, tur, dateline.Asserted, "denied", -1)
	b.event("RETREAT", gov, -1, dateline.Reported, "stay out", q)
	b2 := newArticle(t, "gov-b", "2020-03-04", "DAMASCUS", "AP", "Syrian government says it will fight on",
		`The Syrian government said it would fight on.`)
	syr2 := b2.entity("syr-government", "Syrian government", dateline.Org, "SYR", "GOV", "", "Syrian government")
	q2 := b2.quote("it would fight on", dateline.Indirect, syr2, "The Syrian government", "said")
	b2.event("THREATEN", syr2, -1, dateline.Reported, "fight on", q2)
	s := newTestServer(t, fixtureStore(t, []*dateline.Article{b.a, b2.a}), Options{})
	rec := do(t, s, http.MethodGet, "/api/actors/government")
	if rec.Code != 200 {
		t.Fatalf("GET /api/actors/government = %d %s", rec.Code, rec.Body)
	}
	var v struct {
		Quotes   []struct{ Text string }
		AsSource []struct{ Type string } `json:"events_as_source"`
		AsTarget []struct{ Type string } `json:"events_as_target"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Quotes) != 1 || v.Quotes[0].Text != "it would stay out of the dispute" {
		t.Errorf("quotes = %+v; want only the government's own", v.Quotes)
	}
	if len(v.AsSource) != 1 || v.AsSource[0].Type != "RETREAT" || len(v.AsTarget) != 0 {
		t.Errorf("events as source %+v, as target %+v; want only the government's RETREAT", v.AsSource, v.AsTarget)
	}
	// The words of a name still find every actor so named.
	rec = do(t, s, http.MethodGet, "/api/events?source=government")
	if n := strings.Count(rec.Body.String(), `"type"`); n != 3 {
		t.Errorf("events by source=government: %d, want 3 (the RETREAT, the Syrian government's REJECT and THREATEN)", n)
	}
}
