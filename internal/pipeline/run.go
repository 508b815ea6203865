// Package pipeline builds dateline's stages once and runs them over articles:
// one article passes through the stages as plain function calls; articles run
// in parallel, and results come back in input order.
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/dateline-news/dateline"
)

// CleanFunc turns a raw input into an article (the clean stage).
type CleanFunc func(ctx context.Context, raw dateline.Raw) (*dateline.Article, error)

// Pipeline is a cleaner followed by stages. It is safe for concurrent use.
type Pipeline struct {
	clean  CleanFunc
	stages []dateline.Stage
}

// Compose makes a pipeline from a cleaner and stages, run in the given order.
func Compose(clean CleanFunc, stages ...dateline.Stage) *Pipeline {
	return &Pipeline{clean: clean, stages: stages}
}

// Stages names the stages in order (for help and diagnostics).
func (p *Pipeline) Stages() []string {
	names := []string{"clean"}
	for _, s := range p.stages {
		names = append(names, s.Name())
	}
	return names
}

// Process runs one raw input through every stage. A panic inside a stage is
// turned into an error naming the stage, so one bad article cannot stop a run.
func (p *Pipeline) Process(ctx context.Context, raw dateline.Raw) (a *dateline.Article, err error) {
	stage := "clean"
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("%s: internal error: %v (at %s)", stage, r, panicSite(debug.Stack()))
		}
	}()
	a, err = p.clean(ctx, raw)
	if err != nil {
		return nil, err
	}
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		stage = s.Name()
		if err := s.Run(ctx, a); err != nil {
			return nil, fmt.Errorf("%s: %w", stage, err)
		}
	}
	return a, nil
}

// Result is the outcome for one input.
type Result struct {
	Raw     dateline.Raw
	Article *dateline.Article // nil when Err is set
	Err     error
}

// Run processes every input from in with the given number of workers (0 means
// GOMAXPROCS) and calls emit with each result in input order. It returns when
// in is closed and every result has been emitted, or when ctx is done.
func (p *Pipeline) Run(ctx context.Context, in <-chan dateline.Raw, workers int, emit func(Result)) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		n   int
		raw dateline.Raw
	}
	type done struct {
		n   int
		res Result
	}
	jobs := make(chan job)
	results := make(chan done, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				a, err := p.Process(ctx, j.raw)
				j.raw.Bytes = nil // the article keeps what it needs; free the input early
				results <- done{j.n, Result{Raw: j.raw, Article: a, Err: err}}
			}
		}()
	}
	go func() {
		defer close(jobs)
		n := 0
		for raw := range in {
			select {
			case jobs <- job{n, raw}:
				n++
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	pending := map[int]Result{}
	next := 0
	for d := range results {
		pending[d.n] = d.res
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			emit(r)
			next++
		}
	}
	return ctx.Err()
}

// panicSite finds, in a stack trace taken while panicking, the first frame
// inside this module below the panic: where a bug report should point.
func panicSite(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	seenPanic := false
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") {
			seenPanic = true
			continue
		}
		if seenPanic && strings.Contains(l, "dateline/internal/") && i+1 < len(lines) {
			loc := strings.TrimSpace(lines[i+1])
			if j := strings.Index(loc, "/internal/"); j >= 0 {
				loc = loc[j+1:]
			}
			if j := strings.LastIndex(loc, " +0x"); j >= 0 {
				loc = loc[:j]
			}
			return loc
		}
	}
	return "unknown"
}
