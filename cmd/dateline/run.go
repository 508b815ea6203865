package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/pipeline"
)

// pipeFlags are the options every command that reads articles shares.
type pipeFlags struct {
	kb       []string
	cues     []string
	lexicon  []string
	yearHint int
	from, to string
	workers  int
	maxBytes int
	quiet    bool
}

func (f *pipeFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringSliceVar(&f.kb, "kb", nil, "knowledge-base `FILE` (TSV, see data/kb/README.md) merged over the bundled one; repeatable")
	fl.StringSliceVar(&f.cues, "cues", nil, "extra quote-cue lexicon `FILE` merged over the bundled one; repeatable")
	fl.StringSliceVar(&f.lexicon, "event-lexicon", nil, "extra PLOVER event pattern `FILE` merged over the bundled one; repeatable")
	fl.IntVar(&f.yearHint, "year-hint", 0, "`YEAR` the articles were most likely published in, when they do not say")
	fl.StringVar(&f.from, "from", "", "earliest publication `DATE` (YYYY-MM-DD) the articles can have")
	fl.StringVar(&f.to, "to", "", "latest publication `DATE` (YYYY-MM-DD) the articles can have")
	fl.IntVar(&f.workers, "workers", 0, "articles processed in parallel (default: one per CPU)")
	fl.IntVar(&f.maxBytes, "max-article-bytes", 2<<20, "largest article text accepted, in `BYTES`")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "no progress bar")
}

// options turns the flags into pipeline options; files the user's config
// file names come first, so that files given as flags are merged over them.
func (f *pipeFlags) options() (pipeline.Options, error) {
	cfg, err := userConfig()
	if err != nil {
		return pipeline.Options{}, err
	}
	o := pipeline.Options{
		KBFiles:    append(cfg.kb, f.kb...),
		CueFiles:   append(cfg.cues, f.cues...),
		EventFiles: append(cfg.lex, f.lexicon...),
		YearHint:   f.yearHint,
		MaxBytes:   f.maxBytes,
	}
	if f.from != "" {
		if o.From, err = dateline.ParseDate(f.from); err != nil {
			return o, fmt.Errorf("--from %q: want YYYY-MM-DD", f.from)
		}
	}
	if f.to != "" {
		if o.To, err = dateline.ParseDate(f.to); err != nil {
			return o, fmt.Errorf("--to %q: want YYYY-MM-DD", f.to)
		}
	}
	return o, nil
}

// process reads every input under paths, runs the pipe over it and hands each
// article to emit, in input order. Bad inputs are reported on stderr as they
// come and the run goes on; the result is errReported when any were.
func process(ctx context.Context, paths []string, f *pipeFlags, emit func(*dateline.Article) error) error {
	opts, err := f.options()
	if err != nil {
		return err
	}
	pipe, err := pipeline.New(ctx, opts)
	if err != nil {
		return err
	}
	files, err := ingest.Count(paths)
	if err != nil {
		return err
	}
	bar := newBar(files, f.quiet)
	var bad atomic.Int64
	report := func(err error) {
		bad.Add(1)
		bar.Clear()
		fmt.Fprintln(os.Stderr, "dateline:", err)
	}
	// A file reported cut short is still read; if it then yields no
	// article, its one line has said why already.
	var cutMu sync.Mutex
	cut := map[string]bool{}
	in := make(chan dateline.Raw, 16)
	walkErr := make(chan error, 1)
	go func() {
		defer close(in)
		walkErr <- ingest.Walk(ctx, paths, ingest.Options{MaxRecordBytes: rawCap(opts.MaxBytes)}, func(r dateline.Raw) error {
			select {
			case in <- r:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, func(err error) {
			report(capNote(err, opts.MaxBytes))
			var ie *ingest.Error
			if errors.Is(err, ingest.ErrTruncated) && errors.As(err, &ie) {
				cutMu.Lock()
				cut[ie.Path] = true
				cutMu.Unlock()
				return // the file is still read, and counted then
			}
			bar.Add(1)
		})
	}()
	var emitErr error
	runErr := pipe.Run(ctx, in, f.workers, func(r pipeline.Result) {
		bar.Add(1)
		if ctx.Err() != nil {
			// Interrupted: the articles still in the pipe are neither bad
			// inputs nor to be emitted.
			return
		}
		if r.Err != nil {
			cutMu.Lock()
			said := cut[r.Raw.Source]
			cutMu.Unlock()
			if !said {
				report(fmt.Errorf("%s: %w", r.Raw.Source, r.Err))
			}
			return
		}
		if emitErr == nil {
			if err := emit(r.Article); err != nil {
				emitErr = err
			}
		}
	})
	bar.Finish()
	walkE := <-walkErr
	if emitErr != nil && !(ctx.Err() != nil && errors.Is(emitErr, ctx.Err())) {
		return emitErr
	}
	if ctx.Err() != nil {
		return errInterrupted
	}
	if walkE != nil {
		return walkE
	}
	if runErr != nil {
		return runErr
	}
	if bad.Load() > 0 {
		return errReported
	}
	return nil
}

// bar is the progress shown on standard error for runs over several files:
// a redrawn bar on a terminal, else (a log file, a pipe) a plain line now
// and then, so that a log holds lines rather than carriage returns.
type bar struct {
	pb    *progressbar.ProgressBar
	lines *lineProgress
}

// lineEvery is how often progress is written as a line when standard error
// is not a terminal.
const lineEvery = 10 * time.Second

func newBar(files int, quiet bool) *bar {
	return newBarTo(os.Stderr, files, quiet, term.IsTerminal(int(os.Stderr.Fd())))
}

func newBarTo(w io.Writer, files int, quiet, terminal bool) *bar {
	if quiet || files <= 1 {
		return &bar{}
	}
	if !terminal {
		return &bar{lines: &lineProgress{w: w, total: files, every: lineEvery, start: time.Now(), last: time.Now()}}
	}
	return &bar{pb: progressbar.NewOptions(files,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("articles"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)}
}

func (b *bar) Add(n int) {
	if b.lines != nil {
		b.lines.add(n)
	}
	if b.pb != nil {
		// Multi-article files make the count exceed the file count: grow it.
		if b.pb.State().CurrentNum+int64(n) > b.pb.GetMax64() {
			b.pb.ChangeMax64(b.pb.State().CurrentNum + int64(n))
		}
		b.pb.Add(n)
	}
}

func (b *bar) Clear() {
	if b.pb != nil {
		b.pb.Clear()
	}
}

func (b *bar) Finish() {
	if b.pb != nil {
		b.pb.Finish()
	}
}

// lineProgress writes "progress: N/M inputs done (R/s)" lines (not
// "dateline: ...", which starts the lines naming bad inputs), at most one
// per every.
type lineProgress struct {
	mu          sync.Mutex
	w           io.Writer
	total, done int
	every       time.Duration
	start, last time.Time
}

func (p *lineProgress) add(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done += n
	now := time.Now()
	if now.Sub(p.last) < p.every {
		return
	}
	p.last = now
	rate := float64(p.done) / max(now.Sub(p.start).Seconds(), 1e-3)
	total := max(p.total, p.done) // multi-article files make more than files
	fmt.Fprintf(p.w, "progress: %d/%d inputs done (%.0f/s)\n", p.done, total, rate)
}

// rawCap is the cap on one article's raw input (a file, a JSON line, a WARC
// record) for a text cap of maxBytes: markup and headers take room, so the
// raw input may be four times the text.
func rawCap(maxBytes int) int { return maxBytes * 4 }

// capNote tells, after an input refused as too large, which cap it passed:
// the raw cap is four times --max-article-bytes, which the user gave.
func capNote(err error, maxBytes int) error {
	if !errors.Is(err, ingest.ErrTooLarge) {
		return err
	}
	return fmt.Errorf("%w (raw input is capped at %d bytes, four times --max-article-bytes %d)", err, rawCap(maxBytes), maxBytes)
}
