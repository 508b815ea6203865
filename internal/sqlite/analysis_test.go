package sqlite

import (
	"context"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
)

// relations fills a store with events between Russia, Turkey and the US:
// a1 (May 4) RUS CONSULT TUR, asserted; a2 (May 20) USA ACCUSE RUS, reported,
// and USA SANCTION RUS negated; a3 (June 3) RUS ACCUSE USA from Lavrov's
// quote, which names Washington.
func relations(t *testing.T) *Store {
	t.Helper()
	s := mustOpen(t)
	ctx := context.Background()
	a1 := article(t, "a1", "2019-05-04", "Lavrov meets Cavusoglu", "Lavrov said talks with Ankara were useful.")
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

func TestStore_Network(t *testing.T) {
	s := relations(t)
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

func TestStore_Timeline(t *testing.T) {
	s := relations(t)
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

func TestStore_QuotesAbout(t *testing.T) {
	s := relations(t)
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

func TestStore_EventIDs(t *testing.T) {
	s := relations(t)
	evs, err := s.Events(context.Background(), dateline.EventQuery{Type: "ACCUSE", Source: "sergey-lavrov"})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || evs[0].SourceID != "sergey-lavrov" || evs[0].TargetID != "USA" {
		t.Errorf("events = %+v; want Lavrov's accusation with entity ids", evs)
	}
}
