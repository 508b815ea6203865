package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/data"
	"github.com/dateline-news/dateline/internal/server"
	"github.com/dateline-news/dateline/internal/sqlite"
)

func newDemoCmd() *cobra.Command {
	var f pipeFlags
	var db, addr string
	var serveIt bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Build a database from the bundled demo corpus and sum it up",
		Long: `demo runs the whole pipe over the demo corpus bundled in the binary (wire
stories in TASS, Reuters, AP and AFP styles, two HTML pages and a JSON Lines
feed), stores the results in a fresh SQLite file, prints what is in it
(articles, dates, top speakers, events) and serves it: web pages and the JSON
API at the address it prints, until Ctrl-C.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			var ln net.Listener
			if serveIt { // an address in use is told before the demo is built, not after
				var err error
				if ln, err = server.Listen(addr); err != nil {
					return err
				}
				defer ln.Close()
			}
			dir, err := os.MkdirTemp("", "dateline-demo-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(dir)
			if err := copyDemo(dir); err != nil {
				return err
			}
			if err := os.Remove(db); err != nil && !os.IsNotExist(err) {
				return fmt.Errorf("remove old demo database: %w", err)
			}
			st, err := sqlite.Open(ctx, db)
			if err != nil {
				return err
			}
			defer st.Close()
			f.quiet = true
			err = process(ctx, []string{dir}, &f, func(a *dateline.Article) error {
				// Name inputs as they stand in the repository, not by the temporary copy.
				if rel, rerr := filepath.Rel(dir, a.Source); rerr == nil {
					a.Source = path.Join("data/demo", filepath.ToSlash(rel))
				}
				_, err := st.Put(ctx, a)
				return err
			})
			if err != nil {
				return err
			}
			if err := summary(ctx, cmd.OutOrStdout(), st, db); err != nil {
				return err
			}
			if !serveIt {
				return nil
			}
			return server.Serve(ctx, st, ln, func(format string, a ...any) {
				fmt.Fprintf(cmd.ErrOrStderr(), format+"\n", a...)
			})
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&db, "db", "dateline-demo.db", "database `FILE` to (re)build")
	cmd.Flags().BoolVar(&serveIt, "serve", true, "serve the demo database over HTTP when built")
	cmd.Flags().StringVar(&addr, "addr", defaultAddr, "`HOST:PORT` to serve on")
	return cmd
}

// copyDemo writes the embedded demo corpus to dir, so that it is read exactly
// as a user's files would be.
func copyDemo(dir string) error {
	return fs.WalkDir(data.FS, "demo", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || strings.EqualFold(path.Base(p), "README.md") {
			return nil
		}
		b, err := data.FS.ReadFile(p)
		if err != nil {
			return err
		}
		out := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(p, "demo/")))
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(out, b, 0o644)
	})
}

func summary(ctx context.Context, out io.Writer, st *sqlite.Store, db string) error {
	s, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "dateline demo: %d articles stored in %s\n", s.Articles, db)
	fmt.Fprintf(out, "  published between %s and %s\n", orDash(s.First.String()), orDash(s.Last.String()))
	outlets := make([]string, 0, len(s.Outlets))
	for k := range s.Outlets {
		outlets = append(outlets, k)
	}
	sort.Slice(outlets, func(i, j int) bool {
		if s.Outlets[outlets[i]] != s.Outlets[outlets[j]] {
			return s.Outlets[outlets[i]] > s.Outlets[outlets[j]]
		}
		return outlets[i] < outlets[j]
	})
	var parts []string
	for _, k := range outlets {
		parts = append(parts, fmt.Sprintf("%s %d", k, s.Outlets[k]))
	}
	fmt.Fprintf(out, "  outlets: %s\n", strings.Join(parts, ", "))
	fmt.Fprintf(out, "  %d quotes, %d events (%d reports), %d actors\n", s.Quotes, s.Events, s.Reports, s.Actors)
	if len(s.TopSpeakers) > 0 {
		fmt.Fprintln(out, "  top speakers:")
		for _, a := range s.TopSpeakers {
			fmt.Fprintf(out, "    %-28s %d quotes\n", a.Name, a.Quotes)
		}
	}
	evs, err := st.Events(ctx, dateline.EventQuery{Page: dateline.Page{Limit: 5}})
	if err != nil {
		return err
	}
	if len(evs) > 0 {
		fmt.Fprintln(out, "  latest events:")
		for _, e := range evs {
			fmt.Fprintf(out, "    %-10s %-9s %s -> %s (%s)\n", orDash(e.Date.String()), e.Type, actorLabel(e.Source), actorLabel(e.Target), e.Mode)
		}
	}
	fmt.Fprintf(out, "try: dateline search --db %s Idlib; dateline quotes --db %s --speaker Lavrov\n", db, db)
	return nil
}
