package server

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/sqlite"
)

// BenchmarkAPIConcurrent measures API latency over loopback HTTP with 50
// requests in flight, over a store of 54 articles (the fixtures, nine times
// over at different dates). Each iteration is one round of 50 concurrent
// requests cycling through the endpoints; p50-ms and p95-ms are per request.
// With DATELINE_TEST_DB naming a database (the demo's, say), that database is
// measured instead.
func BenchmarkAPIConcurrent(b *testing.B) {
	var st dateline.Store
	if path := os.Getenv("DATELINE_TEST_DB"); path != "" {
		db, err := sqlite.Open(context.Background(), path)
		if err != nil {
			b.Fatal(err)
		}
		defer db.Close()
		st = db
	} else {
		var sets [][]*dateline.Article
		for i := 0; i < 9; i++ {
			sets = append(sets, fixtures(b, i*45))
		}
		st = fixtureStore(b, sets...)
	}
	targets := benchTargets(b, st)
	s := newTestServer(b, st, Options{Logf: b.Logf})
	srv := httptest.NewServer(s)
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64, MaxConnsPerHost: 64}}
	const inFlight = 50
	var mu sync.Mutex
	lat := make([]time.Duration, 0, b.N*inFlight)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var wg sync.WaitGroup
		for j := 0; j < inFlight; j++ {
			wg.Add(1)
			go func(target string) {
				defer wg.Done()
				start := time.Now()
				resp, err := client.Get(srv.URL + target)
				if err != nil {
					b.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				d := time.Since(start)
				if resp.StatusCode != 200 {
					b.Errorf("GET %s = %d", target, resp.StatusCode)
				}
				mu.Lock()
				lat = append(lat, d)
				mu.Unlock()
			}(targets[(i*inFlight+j)%len(targets)])
		}
		wg.Wait()
	}
	b.StopTimer()
	if len(lat) == 0 {
		return
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	q := func(p float64) float64 {
		return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(q(0.50), "p50-ms")
	b.ReportMetric(q(0.95), "p95-ms")
}

// benchTargets picks requests over what st holds: a mix of searches, single
// records, listings, the network and a pair's timeline.
func benchTargets(b *testing.B, st dateline.Store) []string {
	ctx := context.Background()
	hits, err := st.SearchArticles(ctx, dateline.ArticleQuery{Page: dateline.Page{Limit: 5}})
	if err != nil || len(hits) == 0 {
		b.Fatalf("no articles: %v", err)
	}
	stats, err := st.Stats(ctx)
	if err != nil || len(stats.TopSpeakers) == 0 {
		b.Fatalf("no speakers: %v", err)
	}
	net, err := st.Network(ctx, dateline.NetworkQuery{Limit: 1})
	if err != nil || len(net.Edges) == 0 {
		b.Fatalf("no network: %v", err)
	}
	e := net.Edges[0]
	speaker := url.QueryEscape(stats.TopSpeakers[0].ID)
	return []string{
		"/api/articles?q=sanctions",
		"/api/articles?from=2021-06-01&to=2022-06-01",
		"/api/articles/" + hits[len(hits)-1].ID,
		"/api/actors?q=lav",
		"/api/actors/" + speaker,
		"/api/quotes?speaker=" + speaker,
		"/api/quotes?about=Washington",
		"/api/events?type=ACCUSE",
		"/api/events?source=USA&target=RUS",
		"/api/network",
		"/api/network?by=actor&from=2021-01-01&to=2021-12-31",
		"/api/timeline?actor=" + url.QueryEscape(e.Source) + "&other=" + url.QueryEscape(e.Target) + "&interval=week",
		"/api/stats",
	}
}
