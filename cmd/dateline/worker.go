package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/pipeline"
	"github.com/dateline-news/dateline/internal/queue"
)

// connectNATS connects to the NATS server at url, retrying a dropped
// connection for as long as the command runs.
func connectNATS(url, name string) (*nats.Conn, error) {
	nc, err := nats.Connect(url, nats.Name(name), nats.MaxReconnects(-1))
	if err != nil {
		return nil, fmt.Errorf("nats %s: %w", url, err)
	}
	return nc, nil
}

// queueInputs reads every input under paths and puts it on the work queue.
// Bad inputs are reported on stderr and skipped, as by process.
func queueInputs(cmd *cobra.Command, paths []string, url string, f *pipeFlags) error {
	ctx := cmd.Context()
	nc, err := connectNATS(url, "dateline ingest")
	if err != nil {
		return err
	}
	defer nc.Close()
	pub, err := queue.NewPublisher(ctx, nc)
	if err != nil {
		return err
	}
	var queued, dups, bad int
	report := func(err error) {
		bad++
		fmt.Fprintln(os.Stderr, "dateline:", err)
	}
	err = ingest.Walk(ctx, paths, ingest.Options{MaxRecordBytes: rawCap(f.maxBytes)}, func(r dateline.Raw) error {
		ok, err := pub.Publish(ctx, r)
		switch {
		case errors.Is(err, queue.ErrTooLarge):
			report(err)
		case err != nil:
			return err
		case ok:
			queued++
		default:
			dups++
		}
		return nil
	}, func(err error) { report(capNote(err, f.maxBytes)) })
	fmt.Fprintf(cmd.ErrOrStderr(), "%d inputs queued on %s at %s (%d already queued)\n", queued, queue.Stream, nc.ConnectedUrlRedacted(), dups)
	if err != nil {
		return err
	}
	if bad > 0 {
		return errReported
	}
	return nil
}

func newWorkerCmd() *cobra.Command {
	var f pipeFlags
	var db, natsURL string
	var drain bool
	cmd := &cobra.Command{
		Use:   "worker",
		Short: "Process inputs queued by 'ingest --nats' and store them",
		Long: `worker takes the inputs 'dateline ingest --nats' queued on a NATS JetStream
work queue, runs the whole pipe over them and stores the articles in a SQLite
file or, for many workers on many machines, a PostgreSQL database. Run as many
workers as you like: each input goes to one of them, is acknowledged only once
its article is stored, and goes back to the queue if a worker stops or the
database fails. Bad inputs are reported on standard error (one line naming the
source) and dropped. A worker runs until Ctrl-C, or with --drain until the queue
is empty.`,
		Example: `  dateline worker --nats nats://queue:4222 --postgres postgres://dateline@db/news
  dateline worker --nats nats://127.0.0.1:4222 --db news.db --drain`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if natsURL == "" {
				return errors.New("--nats: want the URL of a NATS server with JetStream, such as nats://127.0.0.1:4222")
			}
			t, err := resolveStore(cmd, db)
			if err != nil {
				return err
			}
			opts, err := f.options()
			if err != nil {
				return err
			}
			pipe, err := pipeline.New(ctx, opts)
			if err != nil {
				return err
			}
			st, err := openStore(ctx, t)
			if err != nil {
				return err
			}
			defer st.Close()
			nc, err := connectNATS(natsURL, "dateline worker")
			if err != nil {
				return err
			}
			defer nc.Close()
			js, err := jetstream.New(nc)
			if err != nil {
				return err
			}
			stderr := cmd.ErrOrStderr()
			w := &queue.Worker{Pipe: pipe, Store: st, Workers: f.workers, Logf: func(format string, a ...any) {
				fmt.Fprintf(stderr, "dateline: "+format+"\n", a...)
			}}
			if drain {
				w.Drain = 2 * time.Second
			}
			if !f.quiet {
				fmt.Fprintf(stderr, "dateline worker: inputs from %s, articles to %s\n", nc.ConnectedUrlRedacted(), t)
			}
			stats, err := w.Run(ctx, js)
			if stats != nil {
				fmt.Fprintf(stderr, "dateline worker: %s\n", stats)
			}
			if err != nil && !(errors.Is(err, context.Canceled) && ctx.Err() != nil) {
				return err
			}
			if stats != nil && stats.Bad > 0 {
				return errReported
			}
			return nil
		},
	}
	f.register(cmd)
	storeFlags(cmd, &db)
	cmd.Flags().StringVar(&natsURL, "nats", "", "NATS server `URL` (with JetStream) to take inputs from")
	cmd.Flags().BoolVar(&drain, "drain", false, "stop once the queue is empty instead of waiting for more inputs")
	return cmd
}
