//go:build unix

package sqlite

import (
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/dateline-news/dateline"
)

// TestOpenExistingReadOnly: a database the user may not write (a file of
// mode 0444 in a folder of mode 0555, as on a shared read-only mount) is
// still searchable with OpenExisting; Open failed on it with "attempt to
// write a readonly database", so every query command did. The check runs
// in a child process: as root it drops to the nobody user, since root may
// write anything.
func TestOpenExistingReadOnly(t *testing.T) {
	if path := os.Getenv("DATELINE_TEST_READONLY_DB"); path != "" {
		readOnlyChild(t, path)
		return
	}
	dir := t.TempDir()
	for _, d := range []string{filepath.Dir(dir), dir} { // t.TempDir makes both 0700
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	dbDir := filepath.Join(dir, "shared")
	if err := os.Mkdir(dbDir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dbDir, "news.db")
	ctx := context.Background()
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	d, _ := dateline.ParseDate("2019-05-04")
	a := &dateline.Article{ID: "a1", Source: "a1.txt", Headline: "Lavrov meets Cavusoglu", Body: "Talks on Idlib went on.",
		Sentences: []dateline.Sentence{{Span: dateline.Span{Field: dateline.InBody, End: 23}}},
		Events: []dateline.Event{{Type: "CONSULT", Source: &dateline.EventActor{Name: "Russia", Entity: -1, Country: "RUS"},
			Target: &dateline.EventActor{Name: "Turkey", Entity: -1, Country: "TUR"}, Date: d, Mode: dateline.Asserted, Quote: -1}}}
	if _, err := st.Put(ctx, a); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dbDir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dbDir, 0o755) })

	// The child is this test binary, copied where any user may run it.
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "sqlite.test")
	if err := copyFile(self, bin); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run=^TestOpenExistingReadOnly$", "-test.v")
	cmd.Env = append(os.Environ(), "DATELINE_TEST_READONLY_DB="+path)
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Skipf("cannot run the child as another user here: %v", err) // no CAP_SETUID, say
	}
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if strings.Contains(string(out), "--- SKIP") {
		t.Skipf("child: %s", out)
	}
	if !strings.Contains(string(out), "--- PASS") {
		t.Fatalf("child did not pass:\n%s", out)
	}
}

func readOnlyChild(t *testing.T, path string) {
	ctx := context.Background()
	if f, err := os.OpenFile(path, os.O_WRONLY, 0); err == nil {
		f.Close()
		t.Skip("the database is writable here; nothing to check")
	}
	st, err := OpenExisting(ctx, path)
	if err != nil {
		t.Fatalf("OpenExisting on a read-only database: %v", err)
	}
	defer st.Close()
	hits, err := st.SearchArticles(ctx, dateline.ArticleQuery{Text: "Idlib"})
	if err != nil || len(hits) != 1 || hits[0].ID != "a1" {
		t.Fatalf("search = %+v, %v; want a1", hits, err)
	}
	evs, err := st.Events(ctx, dateline.EventQuery{})
	if err != nil || len(evs) != 1 || evs[0].ID == "" || evs[0].Reports != 1 {
		t.Fatalf("events = %+v, %v; want the one event, with its id", evs, err)
	}
	if _, err := OpenExisting(ctx, filepath.Join(filepath.Dir(path), "missing.db")); err == nil {
		t.Errorf("OpenExisting on a missing file: no error")
	}
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
