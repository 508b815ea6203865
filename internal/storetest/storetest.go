// Package storetest is the behaviour every dateline.Store must show: the
// SQLite and PostgreSQL stores' tests both run it.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/storekit"
)

// Opener opens a fresh, empty store for one test; it registers the store's
// Close with t.Cleanup.
type Opener func(t *testing.T) dateline.Store

// Run runs every store test against stores made by open.
func Run(t *testing.T, open Opener) {
	for _, tt := range []struct {
		name string
		fn   func(*testing.T, Opener)
	}{
		{"Put", testPut},
		{"ConcurrentPut", testConcurrentPut},
		{"Search", testSearch},
		{"QuotesActorsEvents", testQuotesActorsEvents},
		{"Pages", testPages},
		{"Stats", testStats},
		{"Network", testNetwork},
		{"Timeline", testTimeline},
		{"QuotesAbout", testQuotesAbout},
		{"EventIDs", testEventIDs},
		{"EventGroups", testEventGroups},
		{"StateSides", testStateSides},
		{"PlaceNames", testPlaceNames},
		{"ConcurrentEvents", testConcurrentEvents},
		{"EachEvent", testEachEvent},
		{"ActorNames", testActorNames},
	} {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open) })
	}
}

func mustDate(tb testing.TB, s string) dateline.Date {
	tb.Helper()
	d, err := dateline.ParseDate(s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// article builds a small article with one entity, one quote and one event.
func article(tb testing.TB, id, day, headline, body string) *dateline.Article {
	tb.Helper()
	d := mustDate(tb, day)
	return &dateline.Article{
		ID: id, Source: id + ".txt", Headline: headline, Body: body,
		Dateline:  &dateline.Dateline{Place: "MOSCOW", Agency: "TASS", Text: "MOSCOW, May 4. /TASS/."},
		Published: d, PublishedBasis: "dateline+weekday",
		Sentences: []dateline.Sentence{{Span: dateline.Span{Field: dateline.InBody, Start: 0, End: len(body)}}},
		Entities: []dateline.Entity{{ID: "sergey-lavrov", Name: "Sergey Lavrov", Type: dateline.Person, Country: "RUS",
			Sector: "GOV", Role: "Foreign Minister",
			Mentions: []dateline.Mention{{Span: dateline.Span{Field: dateline.InBody, Start: 0, End: 6}, Text: "Lavrov"}}}},
		Quotes: []dateline.Quote{{Text: "talks with Ankara were useful", Kind: dateline.Direct,
			Span: dateline.Span{Field: dateline.InBody, Start: 1, End: 5}, Speaker: dateline.Speaker{Name: "Sergey Lavrov", Entity: 0, Mention: "Lavrov"},
			Cue: "said", Date: d, Parent: -1}},
		Events: []dateline.Event{{Type: "CONSULT", Source: &dateline.EventActor{Name: "Russia", Entity: -1, Country: "RUS", Sector: "GOV"},
			Target: &dateline.EventActor{Name: "Turkey", Entity: -1, Country: "TUR"}, Date: d, Mode: dateline.Asserted, Quote: -1,
			Place: &dateline.Location{Name: "Moscow", Country: "RUS", Lat: 55.75, Lon: 37.62}}},
	}
}

func testPut(t *testing.T, open Opener) {
	t.Run("OK", func(t *testing.T) {
		s := open(t)
		ctx := context.Background()
		a := article(t, "a1", "2019-05-04", "Lavrov meets Cavusoglu", "Lavrov said talks with Ankara were useful.")
		stored, err := s.Put(ctx, a)
		if err != nil || !stored {
			t.Fatalf("Put = %v, %v; want true, nil", stored, err)
		}
		doc, err := s.Article(ctx, "a1")
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			Headline string `json:"headline"`
			Quotes   []struct {
				Speaker struct{ Name string } `json:"speaker"`
			} `json:"quotes"`
		}
		if err := json.Unmarshal(doc, &got); err != nil {
			t.Fatal(err)
		}
		if got.Headline != a.Headline || len(got.Quotes) != 1 || got.Quotes[0].Speaker.Name != "Sergey Lavrov" {
			t.Errorf("stored doc = %s", doc)
		}
	})
	t.Run("Idempotent", func(t *testing.T) {
		s := open(t)
		ctx := context.Background()
		a := article(t, "a1", "2019-05-04", "Lavrov meets Cavusoglu", "Lavrov said talks with Ankara were useful.")
		for i, want := range []bool{true, false, false} {
			stored, err := s.Put(ctx, a)
			if err != nil || stored != want {
				t.Fatalf("Put #%d = %v, %v; want %v", i+1, stored, err, want)
			}
		}
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Articles != 1 || st.Quotes != 1 || st.Events != 1 || st.Reports != 1 {
			t.Errorf("stats after three puts = %+v; want one of each", st)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		s := open(t)
		if _, err := s.Article(context.Background(), "nope"); !errors.Is(err, dateline.ErrNotFound) {
			t.Errorf("Article(nope) error = %v; want ErrNotFound", err)
		}
		if _, err := s.Actor(context.Background(), "nope"); !errors.Is(err, dateline.ErrNotFound) {
			t.Errorf("Actor(nope) error = %v; want ErrNotFound", err)
		}
	})
}

func testSearch(t *testing.T, open Opener) {
	s := open(t)
	ctx := context.Background()
	for _, a := range []*dateline.Article{
		article(t, "a1", "2019-05-04", "Lavrov meets Cavusoglu", "Lavrov said talks with Ankara on Idlib were useful."),
		article(t, "a2", "2019-05-05", "Pompeo visits Seoul", "The secretary of state arrived in Seoul for talks on sanctions."),
		article(t, "a3", "2019-05-03", "Raid in the north", "An al-Qaeda-linked group held the town, officials said."),
		article(t, "a4", "2019-05-02", "Talks in ZÜRICH", "Erdoğan and Sánchez met in Zürich; Kılıçdaroğlu stayed in İstanbul."),
		article(t, "a5", "2019-05-01", "Talks in Zurich", "Erdogan spoke to reporters in Zurich."),
	} {
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name  string
		q     dateline.ArticleQuery
		want  []string
		wantN int
	}{
		{"word", dateline.ArticleQuery{Text: "talks Idlib"}, []string{"a1"}, 1},
		{"headline", dateline.ArticleQuery{Text: "Seoul"}, []string{"a2"}, 1},
		{"all", dateline.ArticleQuery{}, []string{"a2", "a1", "a3", "a4", "a5"}, 5},
		{"dates", dateline.ArticleQuery{Dates: dateline.DateRange{From: mustDate(t, "2019-05-05")}}, []string{"a2"}, 1},
		{"syntax-safe", dateline.ArticleQuery{Text: `"unbalanced AND (`}, nil, 0},
		{"outlet", dateline.ArticleQuery{Outlet: "tass"}, []string{"a2", "a1", "a3", "a4", "a5"}, 5},
		// Part of a hyphenated word, as a user types it (PostgreSQL found
		// nothing: its parser keeps "al-qaeda-linked" whole too).
		{"hyphenated", dateline.ArticleQuery{Text: "al-Qaeda"}, []string{"a3"}, 1},
		{"hyphenated-phrase", dateline.ArticleQuery{Text: "Qaeda-linked group"}, []string{"a3"}, 1},
		{"hyphen-order", dateline.ArticleQuery{Text: "Qaeda-al"}, nil, 0},
		// Accents and case are folded alike in both stores, as SQLite's
		// unicode61 tokenizer folds them (PostgreSQL found no "Zürich" for
		// "zurich", nor "Zurich" for "Zürich").
		{"accent-in-text", dateline.ArticleQuery{Text: "sanchez"}, []string{"a4"}, 1},
		{"accents-both-ways", dateline.ArticleQuery{Text: "Zürich erdogan"}, []string{"a4", "a5"}, 2},
		{"upper-case-accent", dateline.ArticleQuery{Text: "zurich talks", Dates: dateline.DateRange{To: mustDate(t, "2019-05-02")}}, []string{"a4", "a5"}, 2},
		{"dotted-capital", dateline.ArticleQuery{Text: "istanbul"}, []string{"a4"}, 1},
		// SQLite keeps the dotless ı: "Kilicdaroglu" is another word.
		{"dotless-i", dateline.ArticleQuery{Text: "Kilicdaroglu"}, nil, 0},
		{"dotless-i-typed", dateline.ArticleQuery{Text: "kılıcdaroglu"}, []string{"a4"}, 1},
		// Phrases in double quotes, OR between terms (binding tighter than
		// the implicit AND) and AND written out (storekit.SearchTerms).
		{"phrase", dateline.ArticleQuery{Text: `"talks on sanctions"`}, []string{"a2"}, 1},
		{"phrase-order", dateline.ArticleQuery{Text: `"talks on Idlib"`}, nil, 0},
		{"phrase-curly", dateline.ArticleQuery{Text: `“Ankara on Idlib”`}, []string{"a1"}, 1},
		{"or", dateline.ArticleQuery{Text: "Seoul OR Idlib"}, []string{"a1", "a2"}, 2},
		{"or-then-and", dateline.ArticleQuery{Text: "Seoul OR Zurich Erdogan"}, []string{"a4", "a5"}, 2},
		{"or-phrase", dateline.ArticleQuery{Text: `"held the town" OR "met in Zurich"`}, []string{"a3", "a4"}, 2},
		{"and", dateline.ArticleQuery{Text: "Erdogan AND Zurich"}, []string{"a4", "a5"}, 2},
		{"lower-case-or", dateline.ArticleQuery{Text: "Seoul or Idlib"}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := s.SearchArticles(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != tt.wantN {
				t.Fatalf("got %d hits, want %d: %+v", len(hits), tt.wantN, hits)
			}
			if tt.q.Text != "" { // ranks differ between stores: compare sets
				var got []string
				for _, h := range hits {
					got = append(got, h.ID)
				}
				slices.Sort(got)
				want := slices.Clone(tt.want)
				slices.Sort(want)
				if !slices.Equal(got, want) {
					t.Errorf("hits %v; want %v", got, want)
				}
				return
			}
			for i, id := range tt.want {
				if hits[i].ID != id {
					t.Errorf("hit %d = %s, want %s", i, hits[i].ID, id)
				}
			}
		})
	}
	t.Run("snippet", func(t *testing.T) {
		for _, tt := range []struct{ query, want string }{{"Idlib", "[Idlib]"}, {"zurich sanchez", "[Zürich]"}, {"sanchez", "[Sánchez]"}} {
			hits, _ := s.SearchArticles(ctx, dateline.ArticleQuery{Text: tt.query})
			if len(hits) != 1 || !strings.Contains(hits[0].Snippet, tt.want) {
				t.Errorf("search %q: hits = %+v; want a snippet with %s", tt.query, hits, tt.want)
			}
		}
	})
	t.Run("quotes", func(t *testing.T) {
		ctx := context.Background()
		a := article(t, "q1", "2019-05-06", "Talks", `"Talks in Zürich with Erdoğan went well," Lavrov said.`)
		a.Quotes[0].Text = "Talks in Zürich with Erdoğan went well"
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
		for _, about := range []string{"zurich", "ERDOGAN", "Zürich Erdoğan", `"zurich with erdogan"`, "Seoul OR Zurich"} {
			qs, err := s.Quotes(ctx, dateline.QuoteQuery{About: about})
			if err != nil {
				t.Fatal(err)
			}
			if len(qs) != 1 || qs[0].ArticleID != "q1" {
				t.Errorf("quotes about %q = %+v; want q1's", about, qs)
			}
		}
	})
}

func testQuotesActorsEvents(t *testing.T, open Opener) {
	s := open(t)
	ctx := context.Background()
	a1 := article(t, "a1", "2019-05-04", "Lavrov meets Cavusoglu", "Lavrov said talks with Ankara were useful.")
	a2 := article(t, "a2", "2019-05-05", "Lavrov and Cavusoglu meet again", "Lavrov said talks with Ankara went on.")
	a3 := article(t, "a3", "2019-06-20", "Lavrov, Cavusoglu talk in June", "Lavrov said so once more.")
	for _, a := range []*dateline.Article{a1, a2, a3} {
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	qs, err := s.Quotes(ctx, dateline.QuoteQuery{Speaker: "Lavrov", About: "Ankara"})
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 3 || qs[0].ArticleID != "a3" {
		t.Errorf("quotes by Lavrov about Ankara = %+v; want 3, newest first", qs)
	}
	qs, _ = s.Quotes(ctx, dateline.QuoteQuery{Speaker: "Pompeo"})
	if len(qs) != 0 {
		t.Errorf("quotes by Pompeo = %d; want 0", len(qs))
	}
	// A speaker is matched on the words of the name, in any case, with or
	// without accents; % and _ are letters, not patterns.
	for _, tt := range []struct {
		speaker string
		want    int
	}{{"sergey lavrov", 3}, {"LAVROV", 3}, {"Lavróv", 3}, {"Lavr", 0}, {"%", 0}, {"_", 0}, {"Sergey_Lavrov", 0}} {
		qs, err := s.Quotes(ctx, dateline.QuoteQuery{Speaker: tt.speaker})
		if err != nil {
			t.Fatal(err)
		}
		if len(qs) != tt.want {
			t.Errorf("quotes by %q = %d; want %d", tt.speaker, len(qs), tt.want)
		}
	}
	d, err := s.Actor(ctx, "sergey-lavrov")
	if err != nil {
		t.Fatal(err)
	}
	if d.Articles != 3 || d.Quotes != 3 || d.LastSeen.String() != "2019-06-20" || len(d.Roles) != 1 || d.Roles[0].Role != "Foreign Minister" {
		t.Errorf("actor = %+v", d)
	}
	evs, err := s.Events(ctx, dateline.EventQuery{Source: "RUS"})
	if err != nil {
		t.Fatal(err)
	}
	// a1 and a2 report one event (one day apart); a3 is another.
	if len(evs) != 2 || evs[0].Reports != 1 || evs[1].Reports != 2 {
		t.Errorf("events = %+v; want the June event once and the May event with 2 reports", evs)
	}
	if evs, _ := s.Events(ctx, dateline.EventQuery{Type: "ASSAULT"}); len(evs) != 0 {
		t.Errorf("ASSAULT events = %d, want 0", len(evs))
	}
	// Country codes are matched in any case, as event types are.
	for _, q := range []dateline.EventQuery{{Source: "rus"}, {Target: "tur"}, {Place: "rus"}, {Type: "consult", Source: "Rus"}} {
		evs, err := s.Events(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) != 2 {
			t.Errorf("events %+v: got %d, want 2", q, len(evs))
		}
	}
}

// relations fills a store with events between Russia, Turkey and the US:
// a1 (May 4) RUS CONSULT TUR, asserted, told twice; a2 (May 20) USA ACCUSE RUS, reported,
// and USA SANCTION RUS negated; a3 (June 3) RUS ACCUSE USA from Lavrov's
// quote, which names Washington.
func relations(t *testing.T, open Opener) dateline.Store {
	t.Helper()
	s := open(t)
	ctx := context.Background()
	a1 := article(t, "a1", "2019-05-04", "Lavrov meets Cavusoglu", "Lavrov said talks with Ankara were useful.")
	// The headline and the body tell the same talks: one report of them.
	a1.Events = append(a1.Events, a1.Events[0])
	body2 := "Washington accused Moscow of meddling. It did not impose sanctions."
	a2 := article(t, "a2", "2019-05-20", "U.S. accuses Russia", body2)
	a2.Entities = []dateline.Entity{
		{ID: "USA", Name: "United States", Type: dateline.Place, Country: "USA",
			Mentions: []dateline.Mention{{Span: dateline.Span{Field: dateline.InBody, Start: 0, End: 10}, Text: "Washington"}}},
		{ID: "RUS", Name: "Russia", Type: dateline.Place, Country: "RUS",
			Mentions: []dateline.Mention{{Span: dateline.Span{Field: dateline.InBody, Start: 19, End: 25}, Text: "Moscow"}}},
	}
	a2.Quotes = nil
	usa := &dateline.EventActor{Name: "United States", Entity: 0, Country: "USA"}
	rus := &dateline.EventActor{Name: "Russia", Entity: 1, Country: "RUS"}
	a2.Events = []dateline.Event{
		{Type: "ACCUSE", Source: usa, Target: rus, Date: a2.Published, Mode: dateline.Reported, Quote: -1},
		{Type: "SANCTION", Source: usa, Target: rus, Date: a2.Published, Mode: dateline.Negated, Quote: -1},
	}
	body3 := `"Washington keeps lying," Lavrov said.`
	a3 := article(t, "a3", "2019-06-03", "Lavrov hits back", body3)
	a3.Entities = append(a3.Entities, dateline.Entity{ID: "USA", Name: "United States", Type: dateline.Place, Country: "USA",
		Mentions: []dateline.Mention{{Span: dateline.Span{Field: dateline.InBody, Start: 1, End: 11}, Text: "Washington"}}})
	a3.Entities[0].Mentions[0].Span = dateline.Span{Field: dateline.InBody, Start: strings.Index(body3, "Lavrov"), End: strings.Index(body3, "Lavrov") + 6}
	a3.Quotes[0].Text = "Washington keeps lying"
	a3.Quotes[0].Span = dateline.Span{Field: dateline.InBody, Start: 1, End: 23}
	a4 := article(t, "a4", "2019-06-03", "Undated", "Lavrov said so.")
	a4.Published = dateline.Date{}
	a4.Events[0].Date = dateline.Date{}
	a3.Events = []dateline.Event{{Type: "ACCUSE", Source: &dateline.EventActor{Name: "Sergey Lavrov", Entity: 0, Country: "RUS", Sector: "GOV"},
		Target: &dateline.EventActor{Name: "United States", Entity: 1, Country: "USA"}, Date: a3.Published, Mode: dateline.Asserted, Quote: 0}}
	for _, a := range []*dateline.Article{a1, a2, a3, a4} {
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func testNetwork(t *testing.T, open Opener) {
	s := relations(t, open)
	ctx := context.Background()
	t.Run("Countries", func(t *testing.T) {
		net, err := s.Network(ctx, dateline.NetworkQuery{})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]dateline.QuadCounts{}
		for _, e := range net.Edges {
			got[e.Source+">"+e.Target] = e.QuadCounts
		}
		want := map[string]dateline.QuadCounts{
			"RUS>TUR": {VerbalCoop: 2},     // one undated
			"USA>RUS": {VerbalConflict: 1}, // the negated sanction is not counted
			"RUS>USA": {VerbalConflict: 1},
		}
		if len(got) != len(want) {
			t.Fatalf("edges = %+v; want %v", net.Edges, want)
		}
		for k, w := range want {
			if got[k] != w {
				t.Errorf("edge %s = %+v; want %+v", k, got[k], w)
			}
		}
		names := map[string]string{}
		for _, n := range net.Nodes {
			names[n.ID] = n.Name
		}
		if names["USA"] != "United States" || names["TUR"] != "TUR" || len(names) != 3 {
			t.Errorf("nodes = %+v", net.Nodes)
		}
	})
	t.Run("Actors", func(t *testing.T) {
		net, err := s.Network(ctx, dateline.NetworkQuery{By: dateline.ByActor})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range net.Edges {
			if e.Source == "sergey-lavrov" && e.Target == "USA" {
				found = true
			}
		}
		if !found {
			t.Errorf("no sergey-lavrov > USA edge in %+v", net.Edges)
		}
		named := false
		for _, n := range net.Nodes {
			named = named || (n.ID == "Turkey" && n.Name == "Turkey")
		}
		if !named {
			t.Errorf("an actor with no entity should be keyed and named by the event's name: %+v", net.Nodes)
		}
	})
	t.Run("DatesAndModes", func(t *testing.T) {
		net, err := s.Network(ctx, dateline.NetworkQuery{Dates: dateline.DateRange{From: mustDate(t, "2019-05-10"), To: mustDate(t, "2019-05-31")},
			Modes: []string{dateline.Negated}})
		if err != nil {
			t.Fatal(err)
		}
		if len(net.Edges) != 1 || net.Edges[0].MaterialConflict != 1 {
			t.Errorf("negated May edges = %+v; want the one sanction", net.Edges)
		}
	})
	t.Run("Limit", func(t *testing.T) {
		net, _ := s.Network(ctx, dateline.NetworkQuery{Limit: 1})
		if len(net.Edges) != 1 || len(net.Nodes) != 2 {
			t.Errorf("limit 1: %+v", net)
		}
	})
	t.Run("BadKind", func(t *testing.T) {
		if _, err := s.Network(ctx, dateline.NetworkQuery{By: "planet"}); err == nil {
			t.Error("want an error for an unknown node kind")
		}
	})
}

func testTimeline(t *testing.T, open Opener) {
	s := relations(t, open)
	ctx := context.Background()
	tests := []struct {
		name string
		q    dateline.TimelineQuery
		want map[string]dateline.QuadCounts
	}{
		{"actor-month", dateline.TimelineQuery{Actor: "RUS"}, map[string]dateline.QuadCounts{
			"": {VerbalCoop: 1}, "2019-05-01": {VerbalCoop: 1, VerbalConflict: 1}, "2019-06-01": {VerbalConflict: 1}}},
		{"pair-month", dateline.TimelineQuery{Actor: "USA", Other: "RUS"}, map[string]dateline.QuadCounts{
			"2019-05-01": {VerbalConflict: 1}, "2019-06-01": {VerbalConflict: 1}}},
		{"pair-week", dateline.TimelineQuery{Actor: "RUS", Other: "USA", Interval: dateline.Week}, map[string]dateline.QuadCounts{
			"2019-05-20": {VerbalConflict: 1}, "2019-06-03": {VerbalConflict: 1}}}, // both Mondays
		{"week-starts-monday", dateline.TimelineQuery{Actor: "TUR", Interval: dateline.Week}, map[string]dateline.QuadCounts{
			"": {VerbalCoop: 1}, "2019-04-29": {VerbalCoop: 1}}}, // 2019-05-04 was a Saturday
		{"dates", dateline.TimelineQuery{Actor: "RUS", Dates: dateline.DateRange{From: mustDate(t, "2019-06-01")}}, map[string]dateline.QuadCounts{
			"2019-06-01": {VerbalConflict: 1}}},
		{"nobody", dateline.TimelineQuery{Actor: "FRA"}, map[string]dateline.QuadCounts{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Timeline(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("buckets = %+v; want %v", got, tt.want)
			}
			for i, b := range got {
				if i > 0 && (b.Start.IsZero() || !got[i-1].Start.IsZero() && !got[i-1].Start.Before(b.Start)) {
					t.Errorf("buckets out of order: %+v", got)
				}
				if w, ok := tt.want[b.Start.String()]; !ok || w != b.QuadCounts {
					t.Errorf("bucket %s = %+v; want %+v", b.Start, b.QuadCounts, w)
				}
			}
		})
	}
	t.Run("errors", func(t *testing.T) {
		if _, err := s.Timeline(ctx, dateline.TimelineQuery{}); err == nil {
			t.Error("no actor: want an error")
		}
		if _, err := s.Timeline(ctx, dateline.TimelineQuery{Actor: "RUS", Interval: "decade"}); err == nil {
			t.Error("bad interval: want an error")
		}
	})
}

func testQuotesAbout(t *testing.T, open Opener) {
	s := relations(t, open)
	ctx := context.Background()
	tests := []struct {
		name string
		q    dateline.PairQuery
		want []string // article ids
	}{
		// Lavrov (RUS) names Washington inside his a3 quote; his a1 quote names no American.
		{"country-about-country", dateline.PairQuery{Speaker: "RUS", About: "USA"}, []string{"a3"}},
		{"person-about-country", dateline.PairQuery{Speaker: "sergey-lavrov", About: "USA"}, []string{"a3"}},
		{"other-way", dateline.PairQuery{Speaker: "USA", About: "RUS"}, nil},
		{"mention-outside-quote", dateline.PairQuery{Speaker: "RUS", About: "TUR"}, nil},
		{"dates", dateline.PairQuery{Speaker: "RUS", About: "USA", Dates: dateline.DateRange{To: mustDate(t, "2019-05-31")}}, nil},
		{"offset", dateline.PairQuery{Speaker: "RUS", About: "USA", Page: dateline.Page{Offset: 1}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.QuotesAbout(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("quotes = %+v; want articles %v", got, tt.want)
			}
			for i, id := range tt.want {
				if got[i].ArticleID != id {
					t.Errorf("quote %d from %s; want %s", i, got[i].ArticleID, id)
				}
			}
		})
	}
}

func testEventIDs(t *testing.T, open Opener) {
	s := relations(t, open)
	evs, err := s.Events(context.Background(), dateline.EventQuery{Type: "ACCUSE", Source: "sergey-lavrov"})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || evs[0].SourceID != "sergey-lavrov" || evs[0].TargetID != "USA" {
		t.Errorf("events = %+v; want Lavrov's accusation with entity ids", evs)
	}
}

// testConcurrentPut stores the same articles from several goroutines at once,
// as queue workers do when a message is delivered twice: each article must be
// stored once, and exactly one Put of it reports stored.
func testConcurrentPut(t *testing.T, open Opener) {
	s := open(t)
	ctx := context.Background()
	const copies = 6
	arts := []*dateline.Article{
		article(t, "c1", "2019-05-04", "Lavrov meets Cavusoglu", "Lavrov said talks with Ankara were useful."),
		article(t, "c2", "2019-05-05", "Lavrov meets Cavusoglu again", "Lavrov said talks went on."),
		article(t, "c3", "2019-05-06", "Lavrov leaves Ankara", "Lavrov said he would come back."),
	}
	var (
		mu     sync.Mutex
		stored = map[string]int{}
		errs   []error
		wg     sync.WaitGroup
	)
	for i := range copies {
		for _, a := range arts {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ok, err := s.Put(ctx, a)
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					errs = append(errs, fmt.Errorf("put %s #%d: %w", a.ID, i, err))
				}
				if ok {
					stored[a.ID]++
				}
			}()
		}
	}
	wg.Wait()
	for _, err := range errs {
		t.Error(err)
	}
	for _, a := range arts {
		if stored[a.ID] != 1 {
			t.Errorf("%s reported stored %d times; want 1", a.ID, stored[a.ID])
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != len(arts) || st.Quotes != len(arts) || st.Reports != len(arts) {
		t.Errorf("stats = %+v; want %d articles, quotes and event reports", st, len(arts))
	}
}

// testPages checks orders (newest first, undated last) and paging.
func testPages(t *testing.T, open Opener) {
	s := open(t)
	ctx := context.Background()
	a3 := article(t, "a3", "2019-05-06", "Undated statement", "Lavrov said talks with Ankara would go on.")
	a3.Published, a3.Quotes[0].Date, a3.Events[0].Date = dateline.Date{}, dateline.Date{}, dateline.Date{}
	for _, a := range []*dateline.Article{
		article(t, "a1", "2019-05-04", "Lavrov meets Cavusoglu", "Lavrov said talks with Ankara were useful."),
		a3,
		article(t, "a2", "2019-05-05", "Lavrov meets Cavusoglu again", "Lavrov said talks with Ankara went on."),
	} {
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	ids := func(hits []dateline.ArticleHit) string {
		var out []string
		for _, h := range hits {
			out = append(out, h.ID)
		}
		return strings.Join(out, " ")
	}
	for _, tt := range []struct {
		name string
		page dateline.Page
		want string
	}{
		{"default", dateline.Page{}, "a2 a1 a3"},
		{"no-limit", dateline.Page{Limit: -1}, "a2 a1 a3"},
		{"limit", dateline.Page{Limit: 1}, "a2"},
		{"offset", dateline.Page{Limit: 1, Offset: 1}, "a1"},
		{"past-the-end", dateline.Page{Offset: 5}, ""},
	} {
		t.Run("articles-"+tt.name, func(t *testing.T) {
			hits, err := s.SearchArticles(ctx, dateline.ArticleQuery{Page: tt.page})
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(hits); got != tt.want {
				t.Errorf("articles = %q; want %q", got, tt.want)
			}
		})
	}
	t.Run("quotes", func(t *testing.T) {
		qs, err := s.Quotes(ctx, dateline.QuoteQuery{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range qs {
			got = append(got, q.ArticleID)
		}
		if strings.Join(got, " ") != "a2 a1 a3" {
			t.Errorf("quotes from %v; want a2 a1 a3", got)
		}
		if !qs[2].Date.IsZero() || !qs[2].ArticleDay.IsZero() || qs[2].Parent != -1 {
			t.Errorf("undated quote = %+v; want zero dates, no parent", qs[2])
		}
	})
	t.Run("events", func(t *testing.T) {
		evs, err := s.Events(ctx, dateline.EventQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) != 2 || evs[0].Reports != 2 || strings.Join(evs[0].ArticleIDs, " ") != "a1 a2" || !evs[1].Date.IsZero() {
			t.Fatalf("events = %+v; want the May event with 2 reports (a1 a2), then the undated one", evs)
		}
		g := evs[0]
		if g.Date.String() != "2019-05-04" || g.Place != "Moscow" || g.PlaceCountry != "RUS" || g.Lat != 55.75 || g.Lon != 37.62 || g.Source.Country != "RUS" ||
			g.Source.Sector != "GOV" || g.Target.Name != "Turkey" || g.Mode != dateline.Asserted {
			t.Errorf("event fields = %+v", g)
		}
		page, err := s.Events(ctx, dateline.EventQuery{Page: dateline.Page{Limit: 1, Offset: 1}})
		if err != nil {
			t.Fatal(err)
		}
		if len(page) != 1 || page[0].ArticleIDs[0] != "a3" {
			t.Errorf("events page 2 = %+v; want the undated a3 event", page)
		}
	})
}

// testStats checks the store's summary and actor listing.
func testStats(t *testing.T, open Opener) {
	s := open(t)
	ctx := context.Background()
	a2 := article(t, "a2", "2019-05-05", "Lavrov meets Cavusoglu again", "Lavrov said talks with Ankara went on.")
	a2.Dateline, a2.URL = nil, "https://www.example.com/news/2"
	for _, a := range []*dateline.Article{
		article(t, "a1", "2019-05-04", "Lavrov meets Cavusoglu", "Lavrov said talks with Ankara were useful."), a2,
	} {
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The two articles report one event (a day apart): one event, two
	// reports (Events counted rows: the demo summed up 380 events and listed 359).
	if st.Articles != 2 || st.Quotes != 2 || st.Events != 1 || st.Reports != 2 || st.Actors != 1 ||
		st.First.String() != "2019-05-04" || st.Last.String() != "2019-05-05" {
		t.Errorf("stats = %+v", st)
	}
	if len(st.TopSpeakers) != 1 || st.TopSpeakers[0].ID != "sergey-lavrov" || st.TopSpeakers[0].Name != "Sergey Lavrov" || st.TopSpeakers[0].Quotes != 2 {
		t.Errorf("top speakers = %+v", st.TopSpeakers)
	}
	if len(st.Outlets) != 2 || st.Outlets["TASS"] != 1 || st.Outlets["example.com"] != 1 {
		t.Errorf("outlets = %v; want TASS 1, example.com 1", st.Outlets)
	}
	for _, name := range []string{"lavr", "sergey-lavrov", "Sergey", "LAVRÓV"} {
		as, err := s.Actors(ctx, dateline.ActorQuery{Name: name})
		if err != nil {
			t.Fatal(err)
		}
		if len(as) != 1 || as[0].ID != "sergey-lavrov" || as[0].Articles != 2 || as[0].Quotes != 2 ||
			as[0].Country != "RUS" || as[0].LastSeen.String() != "2019-05-05" {
			t.Errorf("Actors(%q) = %+v", name, as)
		}
	}
	for _, name := range []string{"pompeo", "%", "_"} {
		if as, err := s.Actors(ctx, dateline.ActorQuery{Name: name}); err != nil || len(as) != 0 {
			t.Errorf("Actors(%q) = %+v, %v; want none", name, as, err)
		}
	}
	hits, err := s.SearchArticles(ctx, dateline.ArticleQuery{Outlet: "example.com"})
	if err != nil || len(hits) != 1 || hits[0].ID != "a2" {
		t.Errorf("outlet example.com = %+v, %v; want a2", hits, err)
	}
}

// testEventGroups checks that an event keeps its id and first report as
// reports of it are added (later, earlier, in other modes and words), that
// listings and filters see the same events with the same ids, and that
// storing the same articles again in the same order gives the same ids.
func testEventGroups(t *testing.T, open Opener) {
	ctx := context.Background()
	report := func(id, day string, mode string, src *dateline.EventActor) *dateline.Article {
		a := article(t, id, day, "Lavrov meets Cavusoglu", "Lavrov said talks with Ankara were useful.")
		a.Events[0].Mode = mode
		if src != nil {
			a.Events[0].Source = src
		}
		return a
	}
	lavrov := &dateline.EventActor{Name: "Sergey Lavrov", Entity: 0, Country: "RUS", Sector: "GOV"}
	steps := []struct {
		a    *dateline.Article
		want string // the events listed: date and articles of each, newest first
	}{
		{report("a1", "2019-05-04", dateline.Asserted, nil), "2019-05-04:a1"},
		// The next day, by Lavrov, in his words: the same event.
		{report("a2", "2019-05-05", dateline.Reported, lavrov), "2019-05-04:a1+a2"},
		// A day earlier: the same event still, dated by its first report.
		{report("a0", "2019-05-03", dateline.Asserted, nil), "2019-05-04:a1+a0+a2"},
		// Two days after the first report: another event.
		{report("a3", "2019-05-06", dateline.Asserted, nil), "2019-05-06:a3 2019-05-04:a1+a0+a2"},
		// Talks that did not happen are not those that did.
		{report("a4", "2019-05-04", dateline.Negated, nil), "2019-05-06:a3 2019-05-04:a1+a0+a2 2019-05-04:a4"},
	}
	s := open(t)
	ids := map[string]string{} // first article -> event id
	var order []*dateline.Article
	for _, st := range steps {
		if _, err := s.Put(ctx, st.a); err != nil {
			t.Fatal(err)
		}
		order = append(order, st.a)
		evs, err := s.Events(ctx, dateline.EventQuery{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range evs {
			got = append(got, e.Date.String()+":"+strings.Join(e.ArticleIDs, "+"))
			if e.Reports != len(e.ArticleIDs) {
				t.Errorf("event %s: %d reports, %d articles", e.ID, e.Reports, len(e.ArticleIDs))
			}
			if id, ok := ids[e.ArticleIDs[0]]; ok && id != e.ID {
				t.Errorf("after storing %s, the event first reported by %s has id %s; it had %s", st.a.ID, e.ArticleIDs[0], e.ID, id)
			}
			ids[e.ArticleIDs[0]] = e.ID
		}
		if g := strings.Join(got, " "); g != st.want {
			t.Fatalf("after storing %s: events %q; want %q", st.a.ID, g, st.want)
		}
	}
	may4 := ids["a1"]
	if ev := mustEvents(t, s, dateline.EventQuery{Dates: dateline.DateRange{From: mustDate(t, "2019-05-04"), To: mustDate(t, "2019-05-04")}}); len(ev) != 2 {
		t.Errorf("events of May 4: %+v", ev)
	}
	// Filters pick events; they do not regroup reports.
	for _, tt := range []struct {
		name string
		q    dateline.EventQuery
		want []string // ids
	}{
		{"type", dateline.EventQuery{Type: "CONSULT"}, []string{ids["a3"], may4, ids["a4"]}},
		{"country", dateline.EventQuery{Source: "RUS", Target: "tur"}, []string{ids["a3"], may4, ids["a4"]}},
		// Lavrov is the source of one report of the May 4 event: it is listed, whole.
		{"entity-of-a-report", dateline.EventQuery{Source: "sergey-lavrov"}, []string{may4}},
		{"name-of-a-report", dateline.EventQuery{Source: "sergey lavrov"}, []string{may4}},
		// A name is matched on its words, with or without accents (it had to
		// be the whole name: "Lavrov" found nothing).
		{"word-of-a-name", dateline.EventQuery{Source: "Lavrov"}, []string{may4}},
		{"word-accented", dateline.EventQuery{Source: "Lavróv"}, []string{may4}},
		{"part-of-a-word", dateline.EventQuery{Source: "Lavr"}, nil},
		{"pattern-characters", dateline.EventQuery{Source: "%"}, nil},
		// The event's mode is its first report's.
		{"mode", dateline.EventQuery{Mode: dateline.Reported}, nil},
		{"mode-negated", dateline.EventQuery{Mode: dateline.Negated}, []string{ids["a4"]}},
		// The event's date is its first report's: a report on May 5 does not make it a May 5 event.
		{"dates", dateline.EventQuery{Dates: dateline.DateRange{From: mustDate(t, "2019-05-05")}}, []string{ids["a3"]}},
		{"place", dateline.EventQuery{Place: "moscow", Mode: dateline.Asserted}, []string{ids["a3"], may4}},
		{"page", dateline.EventQuery{Page: dateline.Page{Limit: 1, Offset: 1}}, []string{may4}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs := mustEvents(t, s, tt.q)
			var got []string
			for _, e := range evs {
				got = append(got, e.ID)
				if e.ID == may4 && (e.Reports != 3 || e.Source.Name != "Russia" || e.Mode != dateline.Asserted) {
					t.Errorf("May 4 event = %+v; want its three reports, told as its first report tells it", e)
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("events %v; want %v", got, tt.want)
			}
		})
	}
	t.Run("stored-again", func(t *testing.T) {
		s2 := open(t)
		for _, a := range order {
			if _, err := s2.Put(ctx, a); err != nil {
				t.Fatal(err)
			}
		}
		for _, e := range mustEvents(t, s2, dateline.EventQuery{}) {
			if ids[e.ArticleIDs[0]] != e.ID {
				t.Errorf("stored again, the event first reported by %s has id %s; want %s", e.ArticleIDs[0], e.ID, ids[e.ArticleIDs[0]])
			}
		}
	})
}

// testEachEvent: EachEvent gives every event of a store that holds more
// than two batches of them (storekit.EventBatch), in Events' order (newest
// first, undated last), each with all its reports although a batch's
// reports are looked up on their own; Events, which the listing and the
// export used to load whole, gives the same; an error from fn stops it.
// testStateSides: reports naming a state by its leader, its government or
// itself ("Putin", "the Kremlin", "Russia") report one event; its lawmakers
// are another side.
func testStateSides(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	put := func(id string, src dateline.EventActor) {
		a := article(t, id, "2019-05-04", "Talks", "Lavrov said talks with Ankara were useful.")
		a.Events[0].Source = &src
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	put("s1", dateline.EventActor{Name: "Vladimir Putin", Entity: -1, Country: "RUS", Sector: "GOV"})
	put("s2", dateline.EventActor{Name: "Russia", Entity: -1, Country: "RUS"})
	put("s3", dateline.EventActor{Name: "Russian forces", Entity: -1, Country: "RUS", Sector: "MIL"})
	put("s4", dateline.EventActor{Name: "Russian lawmakers", Entity: -1, Country: "RUS", Sector: "LEG"})
	var got []string
	for _, e := range mustEvents(t, s, dateline.EventQuery{Page: dateline.Page{Limit: -1}}) {
		got = append(got, strings.Join(e.ArticleIDs, "+"))
	}
	slices.Sort(got)
	if want := "s1+s2+s3 s4"; strings.Join(got, " ") != want {
		t.Errorf("events by articles %q; want %q", strings.Join(got, " "), want)
	}
}

// testPlaceNames: a place is found by its name as users type it, the part
// before a comma included ("Washington" finds "Washington, D.C."), with no
// wildcard read into what they type.
func testPlaceNames(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	a := article(t, "w1", "2019-05-04", "Talks", "Lavrov said talks with Ankara were useful.")
	a.Events[0].Place = &dateline.Location{Name: "Washington, D.C.", Country: "USA", Lat: 38.9, Lon: -77.04}
	if _, err := s.Put(ctx, a); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		place string
		want  int
	}{{"Washington", 1}, {"washington, d.c.", 1}, {"WASHINGTON", 1}, {"Wash", 0}, {"Washingto_", 0}, {"%", 0}, {"USA", 1}} {
		evs, err := s.Events(ctx, dateline.EventQuery{Place: tt.place})
		if err != nil || len(evs) != tt.want {
			t.Errorf("events in %q = %d, %v; want %d", tt.place, len(evs), err, tt.want)
		}
	}
}

func testEachEvent(t *testing.T, open Opener) {
	s := open(t)
	ctx := context.Background()
	n := 2*storekit.EventBatch + 7
	first := article(t, "m1", "2019-05-04", "Talks", "Lavrov said talks with Ankara were useful.")
	second := article(t, "m2", "2019-05-04", "Talks", "Lavrov said talks with Ankara were useful.")
	tmpl := first.Events[0]
	first.Events, second.Events = nil, nil
	date := func(i int) dateline.Date {
		if i%50 == 7 {
			return dateline.Date{} // undated: listed last
		}
		return mustDate(t, "2019-01-01").AddDays(i % 300 * 3)
	}
	for i := range n {
		e := tmpl
		// A side with no country is keyed by its name: every event is its own.
		e.Target = &dateline.EventActor{Name: fmt.Sprintf("Side %04d", i), Entity: -1}
		e.Date = date(i)
		first.Events = append(first.Events, e)
		if i%3 == 0 && !e.Date.IsZero() {
			second.Events = append(second.Events, e) // a second report of it
		}
	}
	for _, a := range []*dateline.Article{first, second} {
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	// Expected: newest first, undated last, ties in the article's order.
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		di, dj := date(i), date(j)
		switch {
		case di == dj:
			return 0
		case di.IsZero():
			return 1
		case dj.IsZero():
			return -1
		case dj.Before(di):
			return -1
		}
		return 1
	})
	var got []dateline.EventGroup
	if err := s.EachEvent(ctx, dateline.EventQuery{Page: dateline.Page{Limit: -1}}, func(g dateline.EventGroup) error {
		got = append(got, g)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != n {
		t.Fatalf("EachEvent gave %d events; want %d", len(got), n)
	}
	for k, i := range order {
		g := got[k]
		want := []string{"m1"}
		if i%3 == 0 && !date(i).IsZero() {
			want = []string{"m1", "m2"}
		}
		if g.Target.Name != fmt.Sprintf("Side %04d", i) || g.Date != date(i) ||
			!slices.Equal(g.ArticleIDs, want) || g.Reports != len(want) {
			t.Fatalf("event %d = %s %s %v (%d reports); want Side %04d %s %v", k, g.Target.Name, g.Date, g.ArticleIDs, g.Reports, i, date(i), want)
		}
	}
	for _, tt := range []struct {
		name     string
		q        dateline.EventQuery
		from, to int // the part of got it lists
	}{
		{"all", dateline.EventQuery{Page: dateline.Page{Limit: -1}}, 0, n},
		{"page-across-batches", dateline.EventQuery{Page: dateline.Page{Limit: -1, Offset: storekit.EventBatch - 3}}, storekit.EventBatch - 3, n},
		{"page", dateline.EventQuery{Page: dateline.Page{Limit: 20, Offset: storekit.EventBatch - 10}}, storekit.EventBatch - 10, storekit.EventBatch + 10},
		{"default-page", dateline.EventQuery{}, 0, 50},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var each []dateline.EventGroup
			if err := s.EachEvent(ctx, tt.q, func(g dateline.EventGroup) error {
				each = append(each, g)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			listed := mustEvents(t, s, tt.q)
			want := got[tt.from:tt.to]
			for _, c := range []struct {
				name string
				evs  []dateline.EventGroup
			}{{"EachEvent", each}, {"Events", listed}} {
				if !slices.EqualFunc(c.evs, want, eventsEqual) {
					t.Errorf("%s gave %d events, not the %d of the full listing from %d", c.name, len(c.evs), len(want), tt.from)
				}
			}
		})
	}
	t.Run("stop", func(t *testing.T) {
		stop := errors.New("stop")
		calls := 0
		err := s.EachEvent(ctx, dateline.EventQuery{Page: dateline.Page{Limit: -1}}, func(dateline.EventGroup) error {
			calls++
			if calls == storekit.EventBatch+2 {
				return stop
			}
			return nil
		})
		if err != stop || calls != storekit.EventBatch+2 {
			t.Errorf("EachEvent = %v after %d calls; want fn's error, as it is, after %d", err, calls, storekit.EventBatch+2)
		}
		// The store is still usable: the cursor was closed.
		if evs := mustEvents(t, s, dateline.EventQuery{Page: dateline.Page{Limit: 1}}); len(evs) != 1 {
			t.Errorf("after a stopped EachEvent, Events = %d events", len(evs))
		}
	})
}

func eventsEqual(a, b dateline.EventGroup) bool {
	return a.ID == b.ID && a.Type == b.Type && a.Source == b.Source && a.Target == b.Target && a.Date == b.Date &&
		a.Place == b.Place && a.PlaceCountry == b.PlaceCountry && a.Lat == b.Lat && a.Lon == b.Lon && a.Mode == b.Mode &&
		a.Text == b.Text && a.Trigger == b.Trigger && slices.Equal(a.Context, b.Context) && a.Reports == b.Reports &&
		slices.Equal(a.ArticleIDs, b.ArticleIDs) && a.SourceID == b.SourceID && a.TargetID == b.TargetID
}

func mustEvents(t *testing.T, s dateline.Store, q dateline.EventQuery) []dateline.EventGroup {
	t.Helper()
	evs, err := s.Events(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

// testConcurrentEvents stores reports of one event from several articles at
// once, as queue workers do: they must make one event, not one per writer.
func testConcurrentEvents(t *testing.T, open Opener) {
	s := open(t)
	ctx := context.Background()
	const n = 8
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			day := []string{"2019-05-04", "2019-05-05"}[i%2]
			a := article(t, fmt.Sprintf("c%d", i), day, "Lavrov meets Cavusoglu", "Lavrov said talks with Ankara were useful.")
			if _, err := s.Put(ctx, a); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	evs := mustEvents(t, s, dateline.EventQuery{})
	if len(evs) != 1 || evs[0].Reports != n {
		var got []string
		for _, e := range evs {
			got = append(got, fmt.Sprintf("%s %s %v", e.ID, e.Date, e.ArticleIDs))
		}
		t.Errorf("events = %v; want one with %d reports", got, n)
	}
}

// Upgraded stores reports of events in s (a fresh store), for a store test
// to make s look as an earlier dateline left it, and returns what s lists:
// the events' ids, dates and articles, one line per event.
func Upgraded(t *testing.T, s dateline.Store) string {
	t.Helper()
	ctx := context.Background()
	body := "Lavrov said talks with Ankara were useful."
	for _, x := range []struct{ id, day string }{{"u1", "2019-05-04"}, {"u2", "2019-05-05"}, {"u3", "2019-05-03"}, {"u4", "2019-05-07"}} {
		a := article(t, x.id, x.day, "Talks", body)
		b := article(t, x.id, x.day, "", body).Events[0]
		b.Type, b.Date = "AGREE", dateline.Date{}
		a.Events = append(a.Events, b)
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	return EventLines(t, s)
}

// UpgradeProgress records the calls of a store's upgrade progress function
// (Func) for Check.
type UpgradeProgress struct {
	calls [][2]int
}

// Func is the progress function to give the store.
func (p *UpgradeProgress) Func(done, total int) { p.calls = append(p.calls, [2]int{done, total}) }

// Check checks that the upgrade told its start, (0, total), then how far it
// had got, never going back, and its end, (total, total), once and last;
// total 0 means an open that upgraded nothing, which must tell nothing.
func (p *UpgradeProgress) Check(t *testing.T, total int) {
	t.Helper()
	if total == 0 {
		if len(p.calls) > 0 {
			t.Errorf("progress told %v of an open that upgraded nothing", p.calls)
		}
		return
	}
	if len(p.calls) < 2 || p.calls[0] != [2]int{0, total} || p.calls[len(p.calls)-1] != [2]int{total, total} {
		t.Fatalf("progress calls %v; want (0 %d) first and (%d %d) last", p.calls, total, total, total)
	}
	for i, c := range p.calls[1 : len(p.calls)-1] {
		if c[1] != total || c[0] < p.calls[i][0] || c[0] >= total {
			t.Errorf("progress call %v after %v: want a count below %d that does not go back", c, p.calls[i], total)
		}
	}
	p.calls = nil
}

// EventLines lists the events of s, one line each: id, date, articles.
func EventLines(t *testing.T, s dateline.Store) string {
	t.Helper()
	var lines []string
	for _, e := range mustEvents(t, s, dateline.EventQuery{Page: dateline.Page{Limit: -1}}) {
		lines = append(lines, fmt.Sprintf("%s %s %s %d", e.ID, e.Date, strings.Join(e.ArticleIDs, "+"), e.Reports))
	}
	return strings.Join(lines, "\n")
}

// testActorNames: an actor is named as most of the articles name it, in the
// actor listing, the actor page, top speakers and the network; before, the
// greatest name in sort order won ("Tayyip Erdogan" from one article over
// "Recep Tayyip Erdogan" from six).
func testActorNames(t *testing.T, open Opener) {
	s := open(t)
	ctx := context.Background()
	for i, name := range []string{"Sergei Lavrov", "Sergey Lavrov", "Sergei Lavrov"} {
		a := article(t, fmt.Sprintf("n%d", i), fmt.Sprintf("2019-05-0%d", i+1), "Talks", "Lavrov said talks with Ankara were useful.")
		a.Entities[0].Name = name
		a.Quotes[0].Speaker.Name = name
		a.Events[0].Source = &dateline.EventActor{Name: name, Entity: 0, Country: "RUS", Sector: "GOV"}
		a.Events[0].Target = &dateline.EventActor{Name: name, Entity: 0, Country: "RUS", Sector: "GOV"}
		// Russia is a body acting in n0 and n1, a place in n2.
		typ := dateline.Org
		if i == 2 {
			typ = dateline.Place
		}
		a.Entities = append(a.Entities, dateline.Entity{ID: "RUS", Name: "Russia", Type: typ, Country: "RUS",
			Mentions: []dateline.Mention{{Span: dateline.Span{Field: dateline.InBody, Start: 0, End: 6}, Text: "Russia"}}})
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	// A name finds its entity's quotes and events in the stories that spell
	// it otherwise: Lavrov is "Sergey" in n1, "Sergei" in n0 and n2 (whose
	// events are two: n0 and n1 one day apart, n2 two days after n0).
	for _, tt := range []struct {
		name             string
		quotes, src, tgt int
	}{
		{"Sergei Lavrov", 3, 2, 2}, {"sergey lavrov", 3, 2, 2}, {"Lavrov", 3, 2, 2}, {"Sergei", 3, 2, 2},
		{"Sergey Ivanov", 0, 0, 0}, {"Lavr", 0, 0, 0},
	} {
		qs, err := s.Quotes(ctx, dateline.QuoteQuery{Speaker: tt.name})
		if err != nil || len(qs) != tt.quotes {
			t.Errorf("quotes by %q = %d, %v; want %d", tt.name, len(qs), err, tt.quotes)
		}
		evs, err := s.Events(ctx, dateline.EventQuery{Source: tt.name})
		if err != nil || len(evs) != tt.src {
			t.Errorf("events by %q = %d, %v; want %d", tt.name, len(evs), err, tt.src)
		}
		evs, err = s.Events(ctx, dateline.EventQuery{Target: tt.name})
		if err != nil || len(evs) != tt.tgt {
			t.Errorf("events aimed at %q = %d, %v; want %d", tt.name, len(evs), err, tt.tgt)
		}
	}
	// A place is a place's name, a country code or a country's name: the
	// events are in Moscow, Russia.
	for _, tt := range []struct {
		place string
		want  int
	}{{"Moscow", 2}, {"moscow", 2}, {"RUS", 2}, {"Russia", 2}, {"RUSSIA", 2}, {"Turkey", 0}, {"Sergei Lavrov", 0}, {"sergey-lavrov", 0}} {
		evs, err := s.Events(ctx, dateline.EventQuery{Place: tt.place})
		if err != nil || len(evs) != tt.want {
			t.Errorf("events in %q = %d, %v; want %d", tt.place, len(evs), err, tt.want)
		}
	}
	// Exact takes an actor's id (or, for events, a whole name), not words.
	for _, tt := range []struct {
		id             string
		quotes, events int
	}{{"sergey-lavrov", 3, 2}, {"Lavrov", 0, 0}, {"sergey", 0, 0}, {"RUS", 0, 2}, {"sergei lavrov", 0, 2}} {
		qs, err := s.Quotes(ctx, dateline.QuoteQuery{Speaker: tt.id, Exact: true})
		if err != nil || len(qs) != tt.quotes {
			t.Errorf("quotes by %q exactly = %d, %v; want %d", tt.id, len(qs), err, tt.quotes)
		}
		evs, err := s.Events(ctx, dateline.EventQuery{Source: tt.id, Exact: true})
		if err != nil || len(evs) != tt.events {
			t.Errorf("events by %q exactly = %d, %v; want %d", tt.id, len(evs), err, tt.events)
		}
	}
	const want = "Sergei Lavrov"
	as, err := s.Actors(ctx, dateline.ActorQuery{Name: "lavrov"})
	if err != nil || len(as) != 1 || as[0].Name != want {
		t.Errorf("Actors = %+v, %v; want %s", as, err, want)
	}
	if d, err := s.Actor(ctx, "sergey-lavrov"); err != nil || d.Name != want {
		t.Errorf("Actor = %+v, %v; want %s", d, err, want)
	}
	// An actor's type is the one most stories give it.
	if d, err := s.Actor(ctx, "RUS"); err != nil || d.Type != dateline.Org {
		t.Errorf("Actor RUS = %+v, %v; want type ORG", d, err)
	}
	if as, err := s.Actors(ctx, dateline.ActorQuery{Name: "russia"}); err != nil || len(as) != 1 || as[0].Type != dateline.Org {
		t.Errorf("Actors russia = %+v, %v; want one, type ORG", as, err)
	}
	st, err := s.Stats(ctx)
	if err != nil || len(st.TopSpeakers) != 1 || st.TopSpeakers[0].Name != want || st.TopSpeakers[0].ID != "sergey-lavrov" {
		t.Errorf("top speakers = %+v, %v; want %s", st.TopSpeakers, err, want)
	}
	net, err := s.Network(ctx, dateline.NetworkQuery{By: dateline.ByActor})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range net.Nodes {
		if n.ID == "sergey-lavrov" && n.Name != want {
			t.Errorf("network node %+v; want named %s", n, want)
		}
	}
}
