// Command dateline reads news articles and records who said what, to or about
// whom, when and where, and the political events between actors.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"sync"
	"syscall"

	"github.com/spf13/cobra"
)

// errReported marks a run that went on past bad inputs, each already reported
// on standard error; the process exits 1.
var errReported = errors.New("some inputs could not be read")

// errInterrupted ends a run stopped by Ctrl-C (or SIGTERM) before all its
// inputs were read; what was written or stored until then is complete.
var errInterrupted = errors.New("interrupted")

func main() {
	ctx, stop := interruptible(context.Background(), os.Stderr)
	err := newRoot().ExecuteContext(ctx)
	stop()
	if err != nil {
		if !errors.Is(err, errReported) {
			fmt.Fprintln(os.Stderr, "dateline:", err)
		}
		os.Exit(1)
	}
}

// interruptible returns a context that the first Ctrl-C (SIGINT) or SIGTERM
// cancels, so that a run stops cleanly (what was written or stored is
// complete); it says so on warn. The signals' default action is then
// restored: a second Ctrl-C ends the process at once, when stopping cleanly
// takes too long. stop releases the signals and cancels the context.
func interruptible(parent context.Context, warn io.Writer) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancel(parent)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-sigs:
			signal.Stop(sigs)
			fmt.Fprintf(warn, "dateline: %v: stopping cleanly (Ctrl-C again to quit at once)\n", s)
			cancel()
		case <-done:
		}
	}()
	var once sync.Once
	return ctx, func() {
		once.Do(func() {
			signal.Stop(sigs)
			close(done)
			cancel()
		})
	}
}

func newRoot() *cobra.Command {
	root := &cobra.Command{
		Use:   "dateline",
		Short: "Who said what, to or about whom, when and where, from news articles",
		Long: `dateline reads news articles — wire stories, newspaper pages, scraped text,
HTML, JSON Lines, WARC — and turns them into a structured, searchable record of
quotations with their speakers, the actors named (with their roles on the
article's date) and the PLOVER political events between them, each traced back
to its sentence.

Start with 'dateline demo', which builds a database from the bundled demo corpus.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version(),
	}
	root.AddCommand(
		newDemoCmd(),
		newExtractCmd(),
		newIngestCmd(),
		newWorkerCmd(),
		newSearchCmd(),
		newQuotesCmd(),
		newActorCmd(),
		newEventsCmd(),
		newExportCmd(),
		newKBCmd(),
		newServeCmd(),
	)
	return root
}

// version tells the build: the module version, or the VCS revision and time
// the binary was built from (with "+dirty" for uncommitted changes), so
// that an export can be traced to the code that coded its events.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := bi.Main.Version
	var rev, at, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		return fmt.Sprintf("%s (revision %s%s, %s)", v, rev, dirty, at)
	}
	return v
}
