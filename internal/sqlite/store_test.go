package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/storetest"
)

// TestStore runs the behaviour every dateline.Store shares.
func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) dateline.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}

func TestLimits(t *testing.T) {
	for _, tt := range []struct{ in, want int }{{0, DefaultLimit}, {-3, -1}, {10, 10}, {100000, MaxLimit}} {
		if got, _ := limits(dateline.Page{Limit: tt.in}); got != tt.want {
			t.Errorf("limits(%d) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestUpgrade: a database made before events had ids (no gkey, gid, gfirst
// columns) gets them at open, the same as if its articles were stored now.
func TestUpgrade(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	want := storetest.Upgraded(t, s)
	for _, q := range []string{`DROP INDEX events_gid`, `DROP INDEX events_gkey`, `DROP INDEX events_first`,
		`ALTER TABLE events DROP COLUMN gkey`, `ALTER TABLE events DROP COLUMN gid`, `ALTER TABLE events DROP COLUMN gfirst`} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	var progress storetest.UpgradeProgress
	s, err = Open(ctx, path, WithUpgradeProgress(progress.Func))
	if err != nil {
		t.Fatal(err)
	}
	progress.Check(t, 8) // Upgraded stores 8 reports
	if got := storetest.EventLines(t, s); got != want {
		t.Errorf("events after the upgrade:\n%s\nwant:\n%s", got, want)
	}
	s.Close()
	// Upgraded once: opening it again tells nothing.
	if s, err = Open(ctx, path, WithUpgradeProgress(progress.Func)); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	progress.Check(t, 0)
}

// TestOpenWhileWriting: opening a database that needs no upgrade takes no
// write lock, so that a command opened while an ingest writes does not wait
// for it (upgrade began an immediate transaction on every open).
func TestOpenWhileWriting(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "busy.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(ctx, `ROLLBACK`)
	octx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	start := time.Now()
	s2, err := Open(octx, path)
	if err != nil {
		t.Fatalf("open while another connection writes: %v (after %v)", err, time.Since(start))
	}
	s2.Close()
}

// TestOpenPathErrors: a path that cannot be a database file is named with
// what is wrong with it, not SQLite's "unable to open database file" or
// "disk I/O error".
func TestOpenPathErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(file, []byte("notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, tt := range []struct {
		name, path, want string
		existing         bool // OpenExisting rather than Open
	}{
		{"folder", dir, dir + ": is a folder, not a database file", false},
		{"folder-existing", dir, dir + ": is a folder, not a database file", true},
		{"no-folder", filepath.Join(dir, "no", "t.db"), "no folder " + filepath.Join(dir, "no") + " to make it in", false},
		{"file-as-folder", filepath.Join(file, "t.db"), file + " is a file, not a folder", false},
		{"not-a-database", file, file + ": schema: file is not a database", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			open := Open
			if tt.existing {
				open = func(ctx context.Context, path string, opts ...Option) (*Store, error) {
					return OpenExisting(ctx, path, opts...)
				}
			}
			s, err := open(ctx, tt.path)
			if err == nil {
				s.Close()
				t.Fatalf("opened %s", tt.path)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q; want it to say %q", err, tt.want)
			}
		})
	}
}

// TestRegroup: a database whose reports were grouped by an earlier
// storekit.EventKey (PRAGMA user_version below storekit.EventKeyVersion) is
// grouped again at open, as if its articles were stored now, losing and
// doubling no report.
func TestRegroup(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	want := storetest.Upgraded(t, s)
	// as an earlier dateline left it: every report its own event
	for _, q := range []string{`UPDATE events SET gid = article || ':' || idx, gkey = 'old', gfirst = 1`, `PRAGMA user_version = 1`} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if got := storetest.EventLines(t, s); got == want {
		t.Fatalf("the old grouping lists the events as the new one does:\n%s", got)
	}
	s.Close()
	var progress storetest.UpgradeProgress
	if s, err = Open(ctx, path, WithUpgradeProgress(progress.Func)); err != nil {
		t.Fatal(err)
	}
	progress.Check(t, 8)
	if got := storetest.EventLines(t, s); got != want {
		t.Errorf("events after regrouping:\n%s\nwant:\n%s", got, want)
	}
	s.Close()
	if s, err = Open(ctx, path, WithUpgradeProgress(progress.Func)); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	progress.Check(t, 0)
}
