package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/sqlite"
)

// TestUpgradeProgress: the upgrade says what it does when it starts, how
// far it has got (redrawn on a terminal at most five times a second; a line
// every lineEvery in a log) and when it is done.
func TestUpgradeProgress(t *testing.T) {
	const start = "upgrade: old.db was made by an earlier dateline: giving its 5000 event reports their event ids (once)\n"
	for _, tt := range []struct {
		name     string
		terminal bool
		calls    []int           // done, of 5000
		gaps     []time.Duration // clock before each call
		want     string
	}{
		{"log-quick", false, []int{0, 1000, 2000, 5000}, []time.Duration{0, time.Second, time.Second, time.Second},
			start + "upgrade: done: 5000 event reports in 3.0s\n"},
		{"log-slow", false, []int{0, 1000, 2000, 5000}, []time.Duration{0, lineEvery, time.Second, time.Second},
			start + "upgrade: 1000/5000 event reports (20%)\nupgrade: done: 5000 event reports in 12.0s\n"},
		{"terminal", true, []int{0, 1000, 2000, 3000, 5000}, []time.Duration{0, time.Second, 100 * time.Millisecond, time.Second, 0},
			start + "\rupgrade: 1000/5000 event reports (20%)\rupgrade: 3000/5000 event reports (60%)\r\033[Kupgrade: done: 5000 event reports in 2.1s\n"},
		{"terminal-quick", true, []int{0, 5000}, []time.Duration{0, 100 * time.Millisecond},
			start + "upgrade: done: 5000 event reports in 0.1s\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var w bytes.Buffer
			clock := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
			p := upgradeProgress(&w, "old.db", tt.terminal, func() time.Time { return clock })
			for i, done := range tt.calls {
				clock = clock.Add(tt.gaps[i])
				p(done, 5000)
			}
			if w.String() != tt.want {
				t.Errorf("wrote %q;\nwant  %q", w.String(), tt.want)
			}
		})
	}
}

// TestUpgradeOnStderr: a command opening a database made before events had
// ids tells of the upgrade on standard error, and its output is what it is
// for an upgraded database.
func TestUpgradeOnStderr(t *testing.T) {
	db := filepath.Join(t.TempDir(), "old.db")
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		d, _ := dateline.ParseDate(fmt.Sprintf("2021-03-%02d", 1+3*i))
		body := "Russia and Turkey held talks in Moscow."
		a := &dateline.Article{ID: fmt.Sprintf("u%d", i), Source: "u.txt", Headline: "Talks", Body: body, Published: d,
			Sentences: []dateline.Sentence{{Span: dateline.Span{Field: dateline.InBody, End: len(body)}}},
			Events: []dateline.Event{{Type: "CONSULT", Source: &dateline.EventActor{Name: "Russia", Entity: -1, Country: "RUS"},
				Target: &dateline.EventActor{Name: "Turkey", Entity: -1, Country: "TUR"}, Date: d, Mode: dateline.Asserted, Quote: -1}},
		}
		if _, err := st.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	want, _, err := run(t, "events", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	// As an earlier dateline left it: no event ids.
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DROP INDEX events_gid`, `DROP INDEX events_gkey`, `DROP INDEX events_first`,
		`ALTER TABLE events DROP COLUMN gkey`, `ALTER TABLE events DROP COLUMN gid`, `ALTER TABLE events DROP COLUMN gfirst`} {
		if _, err := raw.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()
	out, stderr, err := run(t, "events", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	if out != want {
		t.Errorf("events after the upgrade:\n%s\nwant:\n%s", out, want)
	}
	if !strings.Contains(stderr, "upgrade: "+db+" was made by an earlier dateline: giving its 3 event reports their event ids") ||
		!strings.Contains(stderr, "upgrade: done: 3 event reports") {
		t.Errorf("stderr = %q; want the upgrade told", stderr)
	}
	// Done once: the next command says nothing of it.
	if _, stderr, err := run(t, "events", "--db", db); err != nil || strings.Contains(stderr, "upgrade") {
		t.Errorf("second run: stderr %q, %v; want no upgrade", stderr, err)
	}
}
