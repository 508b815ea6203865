package postgres

import (
	"context"
	"crypto/rand"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/storetest"
)

// testDSN is the database the tests use, from DATELINE_TEST_POSTGRES; tests
// that need one skip without it.
func testDSN(t *testing.T) string {
	t.Helper()
	dsn := os.Getenv("DATELINE_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("DATELINE_TEST_POSTGRES is not set: no PostgreSQL to test against")
	}
	return dsn
}

// freshSchema creates an empty schema, dropped when the test ends, and
// returns a pool configuration whose search_path is that schema.
func freshSchema(t *testing.T) *pgxpool.Config {
	t.Helper()
	dsn := testDSN(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	defer conn.Close(ctx)
	schema := "dateline_test_" + strings.ToLower(rand.Text()[:12])
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), dsn)
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer c.Close(context.Background())
		if _, err := c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	cfg.ConnConfig.RuntimeParams["search_path"] = schema
	return cfg
}

func openFresh(t *testing.T) dateline.Store {
	t.Helper()
	s, err := OpenConfig(context.Background(), freshSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestStore runs the behaviour every dateline.Store shares.
func TestStore(t *testing.T) {
	testDSN(t)
	storetest.Run(t, openFresh)
}

// TestMigrate opens one fresh database from several goroutines at once, then
// again: each migration is applied once and recorded.
func TestMigrate(t *testing.T) {
	cfg := freshSchema(t)
	ctx := context.Background()
	ms, err := loadMigrations()
	if err != nil || len(ms) == 0 {
		t.Fatalf("migrations = %v, %v", ms, err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := OpenConfig(ctx, cfg.Copy())
			if err != nil {
				errs <- err
				return
			}
			s.Close()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent open: %v", err)
	}
	s, err := OpenConfig(ctx, cfg.Copy())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var n, top int
	if err := s.pool.QueryRow(ctx, `SELECT count(*), max(version) FROM schema_migrations`).Scan(&n, &top); err != nil {
		t.Fatal(err)
	}
	if n != len(ms) || top != ms[len(ms)-1].version {
		t.Errorf("schema_migrations has %d rows up to %d; want %d up to %d", n, top, len(ms), ms[len(ms)-1].version)
	}
}

// TestArticleJSON checks that the contract JSON comes back byte for byte.
func TestArticleJSON(t *testing.T) {
	s := openFresh(t)
	ctx := context.Background()
	d, _ := dateline.ParseDate("2021-03-02")
	a := &dateline.Article{ID: "x1", Source: "x1.txt", Headline: "Zürich talks «end»", Body: "Nothing was agreed.", Published: d}
	if _, err := s.Put(ctx, a); err != nil {
		t.Fatal(err)
	}
	got, err := s.Article(ctx, "x1")
	if err != nil {
		t.Fatal(err)
	}
	var pg *Store = s.(*Store)
	var want []byte
	if err := pg.pool.QueryRow(ctx, `SELECT convert_to(doc::text, 'UTF8') FROM articles WHERE id = 'x1'`).Scan(&want); err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) || !strings.Contains(string(got), `"headline":"Zürich talks «end»"`) {
		t.Errorf("Article = %s", got)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := Open(ctx, "postgres://user:secret@127.0.0.1:bad/db"); err == nil || strings.Contains(err.Error(), "secret") {
		t.Errorf("unparsable DSN: error %v; want one that does not show the password", err)
	}
	_, err := Open(ctx, "postgres://user:secret@127.0.0.1:1/db?connect_timeout=2")
	if err == nil || strings.Contains(err.Error(), "secret") || !strings.Contains(err.Error(), "127.0.0.1") {
		t.Errorf("no server: error %v; want one naming the host but not the password", err)
	}
}

func TestWhere(t *testing.T) {
	var w where
	w.add("a = ?", 1)
	w.add("(b = ? OR c LIKE ?)", "x", "%y%")
	lim := w.arg(10)
	if got, want := w.String()+" LIMIT "+lim, " WHERE a = $1 AND (b = $2 OR c LIKE $3) LIMIT $4"; got != want {
		t.Errorf("where = %q; want %q", got, want)
	}
	if len(w.args) != 4 {
		t.Errorf("args = %v", w.args)
	}
}

func TestTSQuery(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		args     []any
	}{
		{`Idlib`, "(phraseto_tsquery('simple', $1))", []any{"idlib"}},
		{`"unbalanced AND (`, "(phraseto_tsquery('simple', $1))", []any{"unbalanced and ("}}, // a phrase to the end
		{`unbalanced AND (`, "(phraseto_tsquery('simple', $1) && phraseto_tsquery('simple', $2))", []any{"unbalanced", "("}},
		{`ceasefire OR "cease fire" Idlib`, "((phraseto_tsquery('simple', $1) || phraseto_tsquery('simple', $2)) && phraseto_tsquery('simple', $3))",
			[]any{"ceasefire", "cease fire", "idlib"}},
		{`  'quoted'  "al-Qaeda" `, "(phraseto_tsquery('simple', $1) && phraseto_tsquery('simple', $2))", []any{"quoted", "al qaeda"}},
		{`Zürich`, "(phraseto_tsquery('simple', $1))", []any{"zurich"}}, // folded as the index is
		{`"" ''`, "", nil},
	} {
		var w where
		if got := tsQuery(&w, tt.in); got != tt.want || fmt.Sprint(w.args) != fmt.Sprint(tt.args) {
			t.Errorf("tsQuery(%q) = %q, %v; want %q, %v", tt.in, got, w.args, tt.want, tt.args)
		}
	}
}

// TestFoldUpgrade: articles and quotes stored before the index was of folded
// text (migration 3) are indexed folded at open, so that "zurich" finds them.
func TestFoldUpgrade(t *testing.T) {
	cfg := freshSchema(t)
	ctx := context.Background()
	s, err := OpenConfig(ctx, cfg.Copy())
	if err != nil {
		t.Fatal(err)
	}
	d, _ := dateline.ParseDate("2021-03-02")
	a := &dateline.Article{ID: "z1", Source: "z1.txt", Headline: "Talks", Body: "Erdoğan met Sánchez in Zürich.", Published: d,
		Quotes: []dateline.Quote{{Text: "Zürich was kind", Kind: dateline.Direct, Speaker: dateline.Speaker{Entity: -1}, Parent: -1}}}
	if _, err := s.Put(ctx, a); err != nil {
		t.Fatal(err)
	}
	// As migration 1 indexed them: the raw text, lower-cased.
	for _, q := range []string{
		`UPDATE articles SET tsv = NULL`, `UPDATE quotes SET tsv = NULL`, `DELETE FROM schema_migrations WHERE version >= 3`,
		`ALTER TABLE articles DROP COLUMN tsv`, `ALTER TABLE articles ADD COLUMN tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED`,
		`ALTER TABLE quotes DROP COLUMN tsv`, `ALTER TABLE quotes ADD COLUMN tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED`,
	} {
		if _, err := s.pool.Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if hits, _ := s.SearchArticles(ctx, dateline.ArticleQuery{Text: "zurich"}); len(hits) != 0 {
		t.Fatalf("before the upgrade, 'zurich' found %+v", hits)
	}
	s.Close()
	st, err := OpenConfig(ctx, cfg.Copy())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	hits, err := st.SearchArticles(ctx, dateline.ArticleQuery{Text: "zurich sanchez"})
	if err != nil || len(hits) != 1 || !strings.Contains(hits[0].Snippet, "[Zürich]") {
		t.Errorf("after the upgrade: hits = %+v, %v; want z1", hits, err)
	}
	qs, err := st.Quotes(ctx, dateline.QuoteQuery{About: "zurich"})
	if err != nil || len(qs) != 1 {
		t.Errorf("after the upgrade: quotes = %+v, %v; want z1's", qs, err)
	}
}

func TestRedact(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"postgres://news:s3cret@db.example:5433/wire?sslmode=disable", "postgres://news@db.example:5433/wire"},
		{"host=db.example user=news password=s3cret dbname=wire", "postgres://news@db.example:5432/wire"},
		{"postgres://news:s3cret@db.example:notaport/wire", "PostgreSQL (unparsable DSN)"},
	} {
		if got := Redact(tt.in); got != tt.want {
			t.Errorf("Redact(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestUpgrade: a database at migration 1 (events without ids) gets them from
// migration 2, the same as if its articles were stored now.
func TestUpgrade(t *testing.T) {
	cfg := freshSchema(t)
	ctx := context.Background()
	s, err := OpenConfig(ctx, cfg.Copy())
	if err != nil {
		t.Fatal(err)
	}
	want := storetest.Upgraded(t, s)
	for _, q := range []string{`ALTER TABLE events DROP COLUMN gkey, DROP COLUMN gid, DROP COLUMN gfirst`,
		`DELETE FROM schema_migrations WHERE version >= 2`} {
		if _, err := s.pool.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	var progress storetest.UpgradeProgress
	s, err = OpenConfig(ctx, cfg.Copy(), WithUpgradeProgress(progress.Func))
	if err != nil {
		t.Fatal(err)
	}
	progress.Check(t, 8) // Upgraded stores 8 reports
	if got := storetest.EventLines(t, s); got != want {
		t.Errorf("events after the upgrade:\n%s\nwant:\n%s", got, want)
	}
	s.Close()
	// Upgraded once: opening it again tells nothing.
	if s, err = OpenConfig(ctx, cfg.Copy(), WithUpgradeProgress(progress.Func)); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	progress.Check(t, 0)
}

// TestRegroup: reports grouped before migration 4 (a state's sectors apart)
// are grouped again at open, losing and doubling none.
func TestRegroup(t *testing.T) {
	cfg := freshSchema(t)
	ctx := context.Background()
	s, err := OpenConfig(ctx, cfg.Copy())
	if err != nil {
		t.Fatal(err)
	}
	want := storetest.Upgraded(t, s)
	// as an earlier dateline left it: every report its own event
	for _, q := range []string{`UPDATE events SET gid = article || ':' || idx, gkey = 'old', gfirst = true`,
		`DELETE FROM schema_migrations WHERE version >= 4`} {
		if _, err := s.pool.Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if got := storetest.EventLines(t, s); got == want {
		t.Fatalf("the old grouping lists the events as the new one does:\n%s", got)
	}
	s.Close()
	st, err := OpenConfig(ctx, cfg.Copy())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if got := storetest.EventLines(t, st); got != want {
		t.Errorf("events after regrouping:\n%s\nwant:\n%s", got, want)
	}
}
