package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/spf13/cobra"
)

// startNATS runs an in-process NATS server with JetStream on a loopback port
// and returns its URL.
func startNATS(t *testing.T) string {
	t.Helper()
	srv, err := server.NewServer(&server.Options{
		Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(), NoLog: true, NoSigs: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	go srv.Start()
	t.Cleanup(srv.Shutdown)
	if !srv.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats-server did not start")
	}
	return srv.ClientURL()
}

// TestIngestNATSWorker queues a folder with 'ingest --nats' (twice: the
// second time nothing is queued), drains the queue with 'worker --drain', and
// finds the stories stored once; the bad input is reported in one line.
func TestIngestNATSWorker(t *testing.T) {
	noConfig(t)
	url := startNATS(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, in, "a-story.txt", []byte(story))
	write(t, in, "b-story.txt", []byte(strings.Replace(story, "Tuesday", "Wednesday", 1)))
	write(t, in, "c-empty.txt", []byte(" \n\n \n"))                                               // ingest rejects it
	write(t, in, "d-blank.html", []byte("<html><body><script>var x = 1;</script></body></html>")) // the worker does
	for i, want := range []string{"3 inputs queued on DATELINE_RAW at nats://127.0.0.1", "0 inputs queued on DATELINE_RAW at nats://127.0.0.1"} {
		_, stderr, err := run(t, "ingest", "--nats", url, in)
		if err == nil || !strings.Contains(stderr, want) || strings.Count(stderr, "c-empty.txt") != 1 {
			t.Fatalf("ingest --nats #%d: %v; want an error, %q and one line naming c-empty.txt\n%s", i+1, err, want, stderr)
		}
	}
	db := filepath.Join(dir, "w.db")
	_, stderr, err := run(t, "worker", "--nats", url, "--db", db, "--drain", "--workers", "2")
	if err == nil {
		t.Errorf("worker: no error for a bad input\n%s", stderr)
	}
	if !strings.Contains(stderr, "2 stored, 0 already stored, 1 bad inputs") {
		t.Errorf("worker summary missing:\n%s", stderr)
	}
	var bad []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.Contains(l, "d-blank.html") {
			bad = append(bad, l)
		}
	}
	if len(bad) != 1 || !strings.HasPrefix(bad[0], "dateline: ") {
		t.Errorf("want one line naming d-blank.html:\n%s", stderr)
	}
	out, _, err := run(t, "search", "--db", db, "Cavusoglu")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "id "); n != 2 {
		t.Errorf("search found %d articles, want 2:\n%s", n, out)
	}
}

func TestWorkerNeedsNATS(t *testing.T) {
	_, _, err := run(t, "worker", "--db", filepath.Join(t.TempDir(), "x.db"))
	if err == nil || !strings.Contains(err.Error(), "--nats") {
		t.Errorf("worker without --nats: err = %v", err)
	}
}

func TestResolveStore(t *testing.T) {
	dir := t.TempDir()
	cfg := write(t, dir, "config", []byte("postgres = postgres://u@db.example/news\n"))
	tests := []struct {
		name, config string
		args         []string
		want         string
		wantErr      bool
	}{
		{"default", "", nil, "file:dateline.db", false},
		{"config-postgres", cfg, nil, "pg:postgres://u@db.example/news", false},
		{"db-flag-wins", cfg, []string{"--db", "x.db"}, "file:x.db", false},
		{"postgres-flag", "", []string{"--postgres", "postgres://v@h/d"}, "pg:postgres://v@h/d", false},
		{"both", "", []string{"--db", "x.db", "--postgres", "postgres://v@h/d"}, "", true},
		{"empty-dsn", "", []string{"--postgres="}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("DATELINE_CONFIG", tt.config)
			if tt.config == "" {
				noConfig(t)
			}
			var db string
			cmd := &cobra.Command{Use: "x", RunE: func(*cobra.Command, []string) error { return nil }}
			storeFlags(cmd, &db)
			if err := cmd.ParseFlags(tt.args); err != nil {
				t.Fatal(err)
			}
			got, err := resolveStore(cmd, db)
			if tt.wantErr {
				if err == nil {
					t.Errorf("got %+v; want an error", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			s := "file:" + got.file
			if got.postgres != "" {
				s = "pg:" + got.postgres
			}
			if s != tt.want {
				t.Errorf("store = %s; want %s", s, tt.want)
			}
		})
	}
}

// TestPostgresCommands ingests into PostgreSQL and searches it, when
// DATELINE_TEST_POSTGRES names a database (a fresh schema is used).
func TestPostgresCommands(t *testing.T) {
	dsn := os.Getenv("DATELINE_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("DATELINE_TEST_POSTGRES is not set: no PostgreSQL to test against")
	}
	noConfig(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	schema := "dateline_cli_" + strings.ToLower(rand.Text()[:12])
	t.Cleanup(func() {
		defer conn.Close(context.Background())
		if _, err := conn.Exec(context.Background(), "DROP SCHEMA IF EXISTS "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	if !strings.Contains(dsn, "://") {
		t.Skip("the CLI test needs a URL DSN")
	}
	pg := dsn + sep + "search_path=" + schema
	in := write(t, t.TempDir(), "story.txt", []byte(story))
	for i := range 2 {
		if _, stderr, err := run(t, "ingest", "--postgres", pg, in); err != nil {
			t.Fatalf("ingest #%d: %v\n%s", i+1, err, stderr)
		} else if want := fmt.Sprintf("1 articles read, %d new stored", 1-i); !strings.Contains(stderr, want) {
			t.Errorf("ingest #%d: %q lacks %q", i+1, stderr, want)
		}
	}
	out, _, err := run(t, "search", "--postgres", pg, "Cavusoglu")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(out, "id ") != 1 || !strings.Contains(out, "[Cavusoglu]") {
		t.Errorf("search --postgres:\n%s", out)
	}
	if out, _, err := run(t, "actor", "--postgres", pg, "Lavrov"); err != nil || !strings.Contains(out, "Sergey Lavrov") {
		t.Errorf("actor --postgres: %v\n%s", err, out)
	}
}
