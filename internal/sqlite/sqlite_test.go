package sqlite

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
)

func mustOpen(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(context.Background(), filepath.Join(tb.TempDir(), "t.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
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

func TestStore_Put(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
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
		s := mustOpen(t)
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
		if st.Articles != 1 || st.Quotes != 1 || st.Events != 1 {
			t.Errorf("stats after three puts = %+v; want one of each", st)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		s := mustOpen(t)
		if _, err := s.Article(context.Background(), "nope"); !errors.Is(err, dateline.ErrNotFound) {
			t.Errorf("Article(nope) error = %v; want ErrNotFound", err)
		}
		if _, err := s.Actor(context.Background(), "nope"); !errors.Is(err, dateline.ErrNotFound) {
			t.Errorf("Actor(nope) error = %v; want ErrNotFound", err)
		}
	})
}

func TestStore_Search(t *testing.T) {
	s := mustOpen(t)
	ctx := context.Background()
	for _, a := range []*dateline.Article{
		article(t, "a1", "2019-05-04", "Lavrov meets Cavusoglu", "Lavrov said talks with Ankara on Idlib were useful."),
		article(t, "a2", "2019-05-05", "Pompeo visits Seoul", "The secretary of state arrived in Seoul for talks on sanctions."),
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
		{"word", dateline.ArticleQuery{Text: "Idlib"}, []string{"a1"}, 1},
		{"headline", dateline.ArticleQuery{Text: "Seoul"}, []string{"a2"}, 1},
		{"all", dateline.ArticleQuery{}, []string{"a2", "a1"}, 2},
		{"dates", dateline.ArticleQuery{Dates: dateline.DateRange{From: mustDate(t, "2019-05-05")}}, []string{"a2"}, 1},
		{"syntax-safe", dateline.ArticleQuery{Text: `"unbalanced AND (`}, nil, 0},
		{"outlet", dateline.ArticleQuery{Outlet: "tass"}, []string{"a2", "a1"}, 2},
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
			for i, id := range tt.want {
				if hits[i].ID != id {
					t.Errorf("hit %d = %s, want %s", i, hits[i].ID, id)
				}
			}
		})
	}
	t.Run("snippet", func(t *testing.T) {
		hits, _ := s.SearchArticles(ctx, dateline.ArticleQuery{Text: "Idlib"})
		if len(hits) != 1 || !strings.Contains(hits[0].Snippet, "[Idlib]") {
			t.Fatalf("hits = %+v", hits)
		}
	})
}

func TestStore_QuotesActorsEvents(t *testing.T) {
	s := mustOpen(t)
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
}

func TestLimits(t *testing.T) {
	for _, tt := range []struct{ in, want int }{{0, DefaultLimit}, {-3, -1}, {10, 10}, {100000, MaxLimit}} {
		if got, _ := limits(dateline.Page{Limit: tt.in}); got != tt.want {
			t.Errorf("limits(%d) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
