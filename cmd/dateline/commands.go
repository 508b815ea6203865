package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/contract"
	"github.com/dateline-news/dateline/internal/postgres"
	"github.com/dateline-news/dateline/internal/sqlite"
)

const defaultDB = "dateline.db"

func newExtractCmd() *cobra.Command {
	var f pipeFlags
	var sentences, dyadic bool
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Print what dateline finds in articles, as JSON Lines",
		Long: `extract reads articles from files and folders (plain text, HTML, JSON Lines,
WARC; folders are read recursively, files in lexical order) and prints one JSON
object per article on standard output: headline, dateline, publication date,
clean body, entities, quotes and events. The format is fixed by CONTRACT.md.
Bad inputs are reported on standard error and skipped; the exit status is then 1.`,
		Example: `  dateline extract story.txt
  dateline extract --year-hint 2018 feeds/ > out.jsonl`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			w := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			enc := contract.NewEncoder(w, contract.Options{Sentences: sentences})
			err := process(cmd.Context(), args, &f, func(a *dateline.Article) error {
				if dyadic {
					a.Events = dyadicEvents(a.Events)
				}
				if err := enc.Encode(a); err != nil {
					return fmt.Errorf("write: %w", err)
				}
				return nil
			})
			if ferr := w.Flush(); ferr != nil && err == nil {
				err = fmt.Errorf("write: %w", ferr)
			}
			return err
		},
	}
	f.register(cmd)
	cmd.Flags().BoolVar(&sentences, "sentences", false, "also print every sentence's span")
	cmd.Flags().BoolVar(&dyadic, "dyadic", false, dyadicUsage)
	return cmd
}

// dyadicUsage tells what --dyadic keeps.
const dyadicUsage = "only events whose source and target both have a country (the dyadic events of GDELT or ICEWS-style analysis); by default an event with an unknown side is kept, that side null"

// dyadicEvents returns the events whose source and target both have a
// country.
func dyadicEvents(evs []dateline.Event) []dateline.Event {
	var out []dateline.Event
	for _, e := range evs {
		if e.Source != nil && e.Source.Country != "" && e.Target != nil && e.Target.Country != "" {
			out = append(out, e)
		}
	}
	return out
}

// openStore opens (creating when needed) the SQLite file or PostgreSQL
// database t names. The one-time upgrade of a database made by an earlier
// dateline is told on standard error.
func openStore(ctx context.Context, t storeTarget) (dateline.Store, error) {
	if t.postgres != "" {
		return postgres.Open(ctx, t.postgres, postgres.WithUpgradeProgress(newUpgradeProgress(postgres.Redact(t.postgres))))
	}
	return sqlite.Open(ctx, t.file, sqlite.WithUpgradeProgress(newUpgradeProgress(t.file)))
}

// storeFlags registers --db and --postgres, which choose a command's database.
func storeFlags(cmd *cobra.Command, db *string) {
	cmd.Flags().StringVar(db, "db", defaultDB, "database `FILE` (SQLite)")
	cmd.Flags().String("postgres", "", "PostgreSQL database `DSN` (postgres://user@host/dbname; password from PGPASSWORD or ~/.pgpass) to use instead of a file")
}

func newIngestCmd() *cobra.Command {
	var f pipeFlags
	var db, natsURL string
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Extract articles and store them in a database",
		Long: `ingest runs the whole pipe over articles and stores the results in one SQLite
file (or a PostgreSQL database with --postgres). Articles are keyed by the hash
of their raw input: ingesting the same input twice stores it once.

With --nats, ingest only reads the inputs and queues them on a NATS JetStream
work queue; 'dateline worker' processes and stores them.`,
		Example: `  dateline ingest --db news.db feeds/
  dateline ingest --postgres postgres://dateline@db/news feeds/
  dateline ingest --nats nats://queue:4222 feeds/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if natsURL != "" {
				if err := onlyQueueFlags(cmd); err != nil {
					return err
				}
				return queueInputs(cmd, args, natsURL, &f)
			}
			db, err := resolveStore(cmd, db)
			if err != nil {
				return err
			}
			st, err := openStore(ctx, db)
			if err != nil {
				return err
			}
			defer st.Close()
			var n putCounts
			err = process(ctx, args, &f, func(a *dateline.Article) error { return n.put(ctx, st, a) })
			fmt.Fprintf(cmd.ErrOrStderr(), "%d articles read, %d new stored in %s (%d already there)\n", n.read, n.stored, db, n.read-n.stored)
			return err
		},
	}
	f.register(cmd)
	storeFlags(cmd, &db)
	cmd.Flags().StringVar(&natsURL, "nats", "", "queue the inputs on the NATS JetStream server at `URL` for 'dateline worker' instead of processing them")
	return cmd
}

// onlyQueueFlags rejects, with --nats, the flags of ingest that only the
// worker applies (it runs the pipe and holds the database): given to ingest
// they would be ignored without a word.
func onlyQueueFlags(cmd *cobra.Command) error {
	var ignored []string
	for _, name := range []string{"kb", "cues", "event-lexicon", "year-hint", "from", "to", "workers", "db", "postgres"} {
		if cmd.Flags().Changed(name) {
			ignored = append(ignored, "--"+name)
		}
	}
	if len(ignored) > 0 {
		return fmt.Errorf("with --nats, ingest only queues the inputs: give %s to 'dateline worker', which extracts and stores them",
			strings.Join(ignored, ", "))
	}
	return nil
}

// putCounts counts the articles an ingest handed to its store.
type putCounts struct{ read, stored int }

// put stores a in st; an article whose Put failed (an interrupted run, a
// database error) is not counted as read, so that the "already there" count
// holds only articles that are.
func (n *putCounts) put(ctx context.Context, st dateline.Store, a *dateline.Article) error {
	ok, err := st.Put(ctx, a)
	if err != nil {
		return err
	}
	n.read++
	if ok {
		n.stored++
	}
	return nil
}

// withStore runs fn over an existing database; it does not create a SQLite
// file.
func withStore(cmd *cobra.Command, db string, fn func(dateline.Store) error) error {
	ctx := cmd.Context()
	t, err := resolveStore(cmd, db)
	if err != nil {
		return err
	}
	var st dateline.Store
	if t.file != "" {
		if _, err := os.Stat(t.file); err != nil {
			return fmt.Errorf("database %s: %w (build one with 'dateline ingest' or 'dateline demo')", t.file, err)
		}
		// A database this user may only read is still read.
		st, err = sqlite.OpenExisting(ctx, t.file, sqlite.WithUpgradeProgress(newUpgradeProgress(t.file)))
	} else {
		st, err = openStore(ctx, t)
	}
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(st)
}

func dateRangeFlags(cmd *cobra.Command, from, to *string) {
	cmd.Flags().StringVar(from, "from", "", "earliest `DATE` (YYYY-MM-DD)")
	cmd.Flags().StringVar(to, "to", "", "latest `DATE` (YYYY-MM-DD)")
}

func parseRange(from, to string) (dateline.DateRange, error) {
	var r dateline.DateRange
	var err error
	if from != "" {
		if r.From, err = dateline.ParseDate(from); err != nil {
			return r, fmt.Errorf("--from %q: want YYYY-MM-DD", from)
		}
	}
	if to != "" {
		if r.To, err = dateline.ParseDate(to); err != nil {
			return r, fmt.Errorf("--to %q: want YYYY-MM-DD", to)
		}
	}
	if !r.From.IsZero() && !r.To.IsZero() && r.To.Before(r.From) {
		return r, fmt.Errorf("--from %s is after --to %s", r.From, r.To)
	}
	return r, nil
}

// limitPage is the page to ask a store for to list at most n rows (0: all),
// and one more, to tell whether there are more (firstN). Stores cap a page
// at a few hundred rows, for the server's sake; a larger n asks for
// everything.
func limitPage(n int) (dateline.Page, error) {
	switch {
	case n < 0:
		return dateline.Page{}, fmt.Errorf("--limit %d: want a count, or 0 for all", n)
	case n == 0 || n+1 > sqlite.MaxLimit || n+1 > postgres.MaxLimit:
		return dateline.Page{Limit: -1}, nil
	}
	return dateline.Page{Limit: n + 1}, nil
}

// firstN keeps the first n of xs (all when n is 0); more reports whether
// there were more.
func firstN[T any](xs []T, n int) (kept []T, more bool) {
	if n > 0 && len(xs) > n {
		return xs[:n], true
	}
	return xs, false
}

// tellMore says on w, after a listing cut at --limit n, that more rows match.
func tellMore(w io.Writer, more bool, n int, what string) {
	if more {
		fmt.Fprintf(w, "first %d %s shown; more match (--limit N for more, --limit 0 for all)\n", n, what)
	}
}

// shortID is the first 12 characters of an article id, as listings show it.
func shortID(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func newSearchCmd() *cobra.Command {
	var db, outlet, from, to string
	var limit int
	cmd := &cobra.Command{
		Use:   "search [QUERY...]",
		Short: "Full-text search of stored articles",
		Long: `search finds stored articles by the words of their headline and text, best
matches first, each with a snippet that marks the words found. Every word
must occur, in any case and with or without accents ("zurich" finds
"Zürich"); words in double quotes are a phrase, in that order; OR (in
capitals) between two terms takes either ("ceasefire OR truce Idlib" is
(ceasefire OR truce) AND Idlib). The words may be given as one argument or
several. With no words, search lists the articles, newest first.`,
		Example: `  dateline search Idlib
  dateline search --from 2018-01-01 '"chemical weapons"'
  dateline search ceasefire OR truce Idlib`,
		RunE: func(cmd *cobra.Command, args []string) error {
			dates, err := parseRange(from, to)
			if err != nil {
				return err
			}
			page, err := limitPage(limit)
			if err != nil {
				return err
			}
			q := dateline.ArticleQuery{Outlet: outlet, Dates: dates, Page: page}
			q.Text = strings.Join(args, " ")
			return withStore(cmd, db, func(st dateline.Store) error {
				hits, err := st.SearchArticles(cmd.Context(), q)
				if err != nil {
					return err
				}
				hits, more := firstN(hits, limit)
				out := cmd.OutOrStdout()
				for _, h := range hits {
					title := h.Headline
					if title == "" { // a story with no headline is named by its file, as on the web page
						title = "(no headline) " + h.Source
					}
					fmt.Fprintf(out, "%s  %-10s  %s\n    %s\n    id %s\n", shortID(h.ID), orDash(h.Published.String()),
						title, strings.Join(strings.Fields(h.Snippet), " "), h.ID)
				}
				if len(hits) == 0 {
					fmt.Fprintln(cmd.ErrOrStderr(), "no articles match")
				}
				tellMore(cmd.ErrOrStderr(), more, limit, "articles")
				return nil
			})
		},
	}
	storeFlags(cmd, &db)
	cmd.Flags().StringVar(&outlet, "outlet", "", "only articles from this agency or site")
	cmd.Flags().IntVar(&limit, "limit", 20, "at most `N` results (0: all)")
	dateRangeFlags(cmd, &from, &to)
	return cmd
}

func newQuotesCmd() *cobra.Command {
	var db, speaker, about, from, to string
	var limit int
	cmd := &cobra.Command{
		Use:   "quotes",
		Short: "List stored quotations by speaker, subject and date",
		Example: `  dateline quotes --speaker Lavrov
  dateline quotes --speaker "Mike Pompeo" --about Idlib --from 2018-09-01 --to 2018-09-30`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			dates, err := parseRange(from, to)
			if err != nil {
				return err
			}
			page, err := limitPage(limit)
			if err != nil {
				return err
			}
			q := dateline.QuoteQuery{Speaker: speaker, About: about, Dates: dates, Page: page}
			return withStore(cmd, db, func(st dateline.Store) error {
				hits, err := st.Quotes(cmd.Context(), q)
				if err != nil {
					return err
				}
				hits, more := firstN(hits, limit)
				out := cmd.OutOrStdout()
				for _, h := range hits {
					when := h.Date
					if when.IsZero() {
						when = h.ArticleDay
					}
					fmt.Fprintf(out, "%-10s  %s (%s, %s): %q\n    in %q [%s]\n", orDash(when.String()), orDash(h.Speaker),
						orDash(h.Mention), h.Kind, h.Text, h.Headline, shortID(h.ArticleID))
				}
				if len(hits) == 0 {
					fmt.Fprintln(cmd.ErrOrStderr(), "no quotes match")
				}
				tellMore(cmd.ErrOrStderr(), more, limit, "quotes")
				return nil
			})
		},
	}
	storeFlags(cmd, &db)
	cmd.Flags().StringVar(&speaker, "speaker", "", "speaker `NAME` (words of the name) or entity id")
	cmd.Flags().StringVar(&about, "about", "", "words the quote must contain")
	cmd.Flags().IntVar(&limit, "limit", 50, "at most `N` results (0: all)")
	dateRangeFlags(cmd, &from, &to)
	return cmd
}

func newActorCmd() *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   "actor NAME",
		Short: "Show an actor: roles over time, quote count, last seen",
		Example: `  dateline actor Pompeo
  dateline actor sergey-lavrov`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(cmd, db, func(st dateline.Store) error {
				return showActor(cmd.Context(), cmd.OutOrStdout(), st, args[0])
			})
		},
	}
	storeFlags(cmd, &db)
	return cmd
}

func showActor(ctx context.Context, out io.Writer, st dateline.Store, name string) error {
	found, err := st.Actors(ctx, dateline.ActorQuery{Name: name, Page: dateline.Page{Limit: 10}})
	if err != nil {
		return err
	}
	if len(found) == 0 {
		return fmt.Errorf("no actor matches %q", name)
	}
	d, err := st.Actor(ctx, found[0].ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%s  [%s]  %s  %s/%s\n", d.Name, d.ID, d.Type, orDash(d.Country), orDash(d.Sector))
	fmt.Fprintf(out, "  named in %d articles, %d quotes, last seen %s\n", d.Articles, d.Quotes, orDash(d.LastSeen.String()))
	if len(d.Roles) > 0 {
		fmt.Fprintln(out, "  roles seen:")
		tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		for _, r := range d.Roles {
			fmt.Fprintf(tw, "    %s\t%s\t%s .. %s\t%d articles\n", r.Role, orDash(r.Country), orDash(r.First.String()), orDash(r.Last.String()), r.Articles)
		}
		tw.Flush()
	}
	quotes, err := st.Quotes(ctx, dateline.QuoteQuery{Speaker: d.ID, Exact: true, Page: dateline.Page{Limit: 5}})
	if err != nil {
		return err
	}
	if len(quotes) > 0 {
		fmt.Fprintln(out, "  latest quotes:")
		for _, q := range quotes {
			fmt.Fprintf(out, "    %s  %q\n", orDash(q.ArticleDay.String()), clip(q.Text, 110))
		}
	}
	if len(found) > 1 {
		var others []string
		for _, a := range found[1:] {
			others = append(others, fmt.Sprintf("%s [%s]", a.Name, a.ID))
		}
		fmt.Fprintf(out, "  also matching: %s\n", strings.Join(others, "; "))
	}
	return nil
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func eventFlags(cmd *cobra.Command, q *dateline.EventQuery, from, to *string) {
	fl := cmd.Flags()
	fl.StringVar(&q.Type, "type", "", "PLOVER event `TYPE` (AGREE, ACCUSE, ASSAULT, …)")
	fl.StringVar(&q.Source, "source", "", "source country code, entity id or name (words of it: Lavrov)")
	fl.StringVar(&q.Target, "target", "", "target country code, entity id or name (words of it)")
	fl.StringVar(&q.Place, "place", "", "place name, or a country's name or code (every event placed in it)")
	fl.StringVar(&q.Mode, "mode", "", "asserted | reported | hypothetical | negated")
	dateRangeFlags(cmd, from, to)
}

var eventModes = []string{dateline.Asserted, dateline.Reported, dateline.Hypothetical, dateline.Negated}

// checkEventQuery reads the --type and --mode of q in any case and rejects
// values no event can have, which would list nothing without a word.
func checkEventQuery(q *dateline.EventQuery) error {
	if q.Type != "" {
		q.Type = strings.ToUpper(q.Type)
		if dateline.Quad(q.Type) == "" {
			return fmt.Errorf("--type %q: not a PLOVER event type (AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT "+
				"REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT)", q.Type)
		}
	}
	if q.Mode != "" {
		q.Mode = strings.ToLower(q.Mode)
		if !slices.Contains(eventModes, q.Mode) {
			return fmt.Errorf("--mode %q: want one of %s", q.Mode, strings.Join(eventModes, ", "))
		}
	}
	return nil
}

func newEventsCmd() *cobra.Command {
	var db, from, to string
	var limit int
	var q dateline.EventQuery
	cmd := &cobra.Command{
		Use:   "events",
		Short: "List stored PLOVER events; reports of one event are shown once",
		Example: `  dateline events --type ACCUSE --source RUS
  dateline events --place Idlib --from 2018-09-01`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if q.Dates, err = parseRange(from, to); err != nil {
				return err
			}
			if err := checkEventQuery(&q); err != nil {
				return err
			}
			if q.Page, err = limitPage(limit); err != nil {
				return err
			}
			return withStore(cmd, db, func(st dateline.Store) error {
				evs, err := st.Events(cmd.Context(), q)
				if err != nil {
					return err
				}
				evs, more := firstN(evs, limit)
				out := cmd.OutOrStdout()
				for _, e := range evs {
					fmt.Fprintf(out, "%-10s  %-9s %s -> %s  (%s%s; %d report%s; id %s)\n    %s\n", orDash(e.Date.String()), e.Type,
						actorLabel(e.Source), actorLabel(e.Target), e.Mode, placeLabel(e), e.Reports, plural(e.Reports), e.ID, clip(e.Text, 140))
				}
				if len(evs) == 0 {
					fmt.Fprintln(cmd.ErrOrStderr(), "no events match")
				}
				tellMore(cmd.ErrOrStderr(), more, limit, "events")
				return nil
			})
		},
	}
	storeFlags(cmd, &db)
	cmd.Flags().IntVar(&limit, "limit", 50, "at most `N` events (0: all)")
	eventFlags(cmd, &q, &from, &to)
	return cmd
}

func actorLabel(a dateline.EventActor) string {
	if a.Name == "" && a.Country == "" {
		return "-"
	}
	code := strings.Trim(a.Country+" "+a.Sector, " ")
	if code == "" {
		return a.Name
	}
	return fmt.Sprintf("%s [%s]", orDash(a.Name), code)
}

func placeLabel(e dateline.EventGroup) string {
	if e.Place == "" {
		return ""
	}
	return ", in " + e.Place
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
