package quotes_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/pipeline"
	"github.com/dateline-news/dateline/internal/quotes"
)

// BenchmarkPipeShare runs the whole pipe over the wire article and reports
// the share of its time spent in the quotes stage (quote-%/op).
func BenchmarkPipeShare(b *testing.B) {
	text, err := os.ReadFile("testdata/wire.txt")
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	p, err := pipeline.New(ctx, pipeline.Options{})
	if err != nil {
		b.Skipf("pipeline unavailable: %v", err)
	}
	qs, err := quotes.New(quotes.Options{})
	if err != nil {
		b.Fatal(err)
	}
	raw := dateline.Raw{Source: "wire.txt", Format: "text", Bytes: text}
	var pipe, quote time.Duration
	for b.Loop() {
		t0 := time.Now()
		a, err := p.Process(ctx, raw)
		if err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if err := qs.Run(ctx, a); err != nil {
			b.Fatal(err)
		}
		pipe += t1.Sub(t0)
		quote += time.Since(t1)
	}
	if pipe > 0 {
		b.ReportMetric(100*float64(quote)/float64(pipe), "quote-%/op")
	}
}
