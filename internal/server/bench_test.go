package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
)

// BenchmarkAPIConcurrent measures API latency over loopback HTTP with 50
// requests in flight, over a store of 54 articles (the fixtures, nine times
// over at different dates). Each iteration is one round of 50 concurrent
// requests cycling through the endpoints; p50-ms and p95-ms are per request.
func BenchmarkAPIConcurrent(b *testing.B) {
	var sets [][]*dateline.Article
	for i := 0; i < 9; i++ {
		sets = append(sets, fixtures(b, i*45))
	}
	st := fixtureStore(b, sets...)
	s := newTestServer(b, st, Options{Logf: b.Logf})
	srv := httptest.NewServer(s)
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64, MaxConnsPerHost: 64}}
	targets := []string{
		"/api/articles?q=sanctions",
		"/api/articles?from=2021-06-01&to=2022-06-01",
		"/api/articles/" + sets[4][0].ID,
		"/api/actors?q=lav",
		"/api/actors/sergey-lavrov",
		"/api/quotes?speaker=dmitry-peskov",
		"/api/quotes?about=Washington",
		"/api/events?type=ACCUSE",
		"/api/events?source=USA&target=RUS",
		"/api/network",
		"/api/network?by=actor&from=2021-01-01&to=2021-12-31",
		"/api/timeline?actor=USA&other=RUS&interval=week",
		"/api/stats",
	}
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
