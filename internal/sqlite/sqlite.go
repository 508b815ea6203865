// Package sqlite stores dateline articles in one SQLite file (modernc.org/sqlite,
// pure Go) with FTS5 indexes over article text and quotes.
package sqlite

import (
	"context"
	"database/sql"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/contract"
	"github.com/dateline-news/dateline/internal/storekit"
	msqlite "modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed schema.sql
var schema string

// DefaultLimit caps listings that do not give a limit; MaxLimit caps any.
const (
	DefaultLimit = 50
	MaxLimit     = 500
)

// Store is a dateline.Store over one SQLite file.
type Store struct {
	db *sql.DB
	// eventIDs is false for a database made by an earlier dateline that
	// could only be opened read-only: its events have no ids to list them by.
	eventIDs bool
}

var _ dateline.Store = (*Store)(nil)

// checkPath says what is wrong with a database path in words, where SQLite
// would say "unable to open database file" or "disk I/O error": a folder
// given for a file, or a file in a folder that does not exist.
func checkPath(path string) error {
	fi, err := os.Stat(path)
	if err == nil {
		if fi.IsDir() {
			return fmt.Errorf("open %s: is a folder, not a database file", path)
		}
		return nil
	}
	dir := filepath.Dir(path)
	switch fi, err := os.Stat(dir); {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("open %s: no folder %s to make it in", path, dir)
	case err == nil && !fi.IsDir():
		return fmt.Errorf("open %s: %s is a file, not a folder", path, dir)
	}
	return nil // SQLite says the rest
}

// An Option tunes Open and OpenExisting.
type Option func(*options)

type options struct {
	progress func(done, total int)
}

// WithUpgradeProgress has fn told how the one-time upgrade of a database
// made by an earlier dateline goes, which gives its stored event reports
// their events (seconds per 100,000 reports): fn(0, total) when it starts,
// fn(done, total) now and then, fn(total, total) when it is done (and only
// then). fn is not called when the database needs no upgrade.
func WithUpgradeProgress(fn func(done, total int)) Option {
	return func(o *options) { o.progress = fn }
}

// Open opens (creating when needed) the database at path and applies the schema.
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	if err := checkPath(path); err != nil {
		return nil, err
	}
	dsn := fmt.Sprintf("file:%s?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)", path)
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: schema: %w", path, err)
	}
	if err := upgrade(ctx, db, o.progress); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return &Store{db: db, eventIDs: true}, nil
}

// eventIndexes are the indexes on the events columns upgrade adds.
const eventIndexes = `CREATE INDEX IF NOT EXISTS events_gid ON events(gid);
CREATE INDEX IF NOT EXISTS events_gkey ON events(gkey, date) WHERE gfirst = 1;
CREATE INDEX IF NOT EXISTS events_first ON events(gfirst, date DESC, article, idx);`

// upgrade brings a database made by an earlier dateline up to the schema:
// it adds the events' grouping columns (gkey, gid, gfirst) and assigns the
// stored reports to events (storekit.Assign, articles in the order they
// were stored), as if they had been stored now.
func upgrade(ctx context.Context, db *sql.DB, progress func(done, total int)) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if done, err := upgraded(ctx, conn); err != nil || done {
		return err // nothing to write: no write lock taken
	}
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		return fmt.Errorf("upgrade: %w", err)
	}
	if err := upgradeTx(ctx, conn, progress); err != nil {
		conn.ExecContext(context.WithoutCancel(ctx), `ROLLBACK`)
		return fmt.Errorf("upgrade: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `COMMIT`); err != nil {
		return fmt.Errorf("upgrade: %w", err)
	}
	return nil
}

func upgradeTx(ctx context.Context, conn *sql.Conn, progress func(done, total int)) error {
	has, err := hasColumn(ctx, conn, "events", "gid")
	if err != nil {
		return err
	}
	if !has {
		for _, c := range []string{"gkey TEXT", "gid TEXT", "gfirst INTEGER NOT NULL DEFAULT 0"} {
			if _, err := conn.ExecContext(ctx, `ALTER TABLE events ADD COLUMN `+c); err != nil {
				return err
			}
		}
	}
	if progress == nil {
		progress = func(int, int) {}
	}
	var version int
	if err := conn.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		return err
	}
	if version < storekit.EventKeyVersion {
		// reports grouped by an earlier storekit.EventKey are grouped
		// again, as if stored now (event ids may change)
		if _, err := conn.ExecContext(ctx, `UPDATE events SET gkey = NULL, gid = NULL, gfirst = 0`); err != nil {
			return err
		}
	}
	var missing int
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM events WHERE gid IS NULL`).Scan(&missing); err != nil {
		return err
	}
	if missing > 0 {
		progress(0, missing)
		if err := assignStored(ctx, conn, func(done int) { progress(min(done, missing-1), missing) }); err != nil {
			return err
		}
	}
	// The indexes are made after the assignment, which is faster than
	// updating them for every report.
	if _, err := conn.ExecContext(ctx, eventIndexes); err != nil {
		return err
	}
	if missing > 0 {
		progress(missing, missing)
	}
	if version < storekit.EventKeyVersion {
		if _, err := conn.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, storekit.EventKeyVersion)); err != nil {
			return err
		}
	}
	return nil
}

// upgraded reports whether the database has the columns and indexes
// upgrade makes, its reports are grouped by the current storekit.EventKey
// (PRAGMA user_version) and every event report has its event.
func upgraded(ctx context.Context, conn *sql.Conn) (bool, error) {
	has, err := hasColumn(ctx, conn, "events", "gid")
	if err != nil || !has {
		return false, err
	}
	var version int
	if err := conn.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil || version < storekit.EventKeyVersion {
		return false, err
	}
	var indexes int
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'index'
		AND name IN ('events_gid', 'events_gkey', 'events_first')`).Scan(&indexes); err != nil || indexes < 3 {
		return false, err
	}
	var missing bool
	err = conn.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM events WHERE gid IS NULL)`).Scan(&missing)
	return !missing, err
}

// hasColumn reports whether table has the column.
func hasColumn(ctx context.Context, conn *sql.Conn, table, column string) (bool, error) {
	var n int
	err := conn.QueryRowContext(ctx, `SELECT count(*) FROM pragma_table_info(?) WHERE name = ?`, table, column).Scan(&n)
	return n > 0, err
}

// assignStored assigns the stored reports that have no event yet, article by
// article in the order they were stored, telling progress now and then how
// many it has done.
func assignStored(ctx context.Context, conn *sql.Conn, progress func(done int)) error {
	mem := storekit.Memory{}
	rows, err := conn.QueryContext(ctx, `SELECT gkey, gid, date FROM events WHERE gfirst = 1 AND gid IS NOT NULL AND date IS NOT NULL`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var key, id, date string
		if err := rows.Scan(&key, &id, &date); err != nil {
			rows.Close()
			return err
		}
		d, err := dateline.ParseDate(date)
		if err != nil {
			rows.Close()
			return fmt.Errorf("event %s: %w", id, err)
		}
		mem.Put(key, storekit.Anchor{ID: id, Date: d})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = conn.QueryContext(ctx, `SELECT e.article, e.idx, e.type, e.source_name, e.source_country, e.source_sector,
		e.target_name, e.target_country, e.target_sector, e.date, e.place, e.mode
		FROM events e JOIN articles a ON a.id = e.article WHERE e.gid IS NULL ORDER BY a.rowid, e.idx`)
	if err != nil {
		return err
	}
	type stored struct {
		article string
		reps    []storekit.Report
	}
	var arts []stored
	for rows.Next() {
		var art string
		var idx int
		var e contract.Event
		var src, tgt contract.Actor
		var place sql.NullString
		if err := rows.Scan(&art, &idx, &e.Type, &src.Name, &src.Country, &src.Sector, &tgt.Name, &tgt.Country, &tgt.Sector,
			&e.Date, &place, &e.Mode); err != nil {
			rows.Close()
			return err
		}
		e.Source, e.Target = &src, &tgt
		if place.Valid {
			e.Place = &contract.Place{Name: place.String}
		}
		if len(arts) == 0 || arts[len(arts)-1].article != art {
			arts = append(arts, stored{article: art})
		}
		last := &arts[len(arts)-1]
		last.reps = append(last.reps, storekit.ReportOf(e, idx))
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	upd, err := conn.PrepareContext(ctx, `UPDATE events SET gkey = ?, gid = ?, gfirst = ? WHERE article = ? AND idx = ?`)
	if err != nil {
		return err
	}
	defer upd.Close()
	done, told := 0, 0
	for _, a := range arts {
		as, err := storekit.Assign(ctx, a.article, a.reps, mem.Find)
		if err != nil {
			return err
		}
		mem.Add(a.reps, as)
		for i, r := range a.reps {
			if _, err := upd.ExecContext(ctx, r.Key, as[i].ID, as[i].First, a.article, r.Index); err != nil {
				return err
			}
		}
		if done += len(a.reps); done-told >= progressEvery {
			progress(done)
			told = done
		}
	}
	return nil
}

// progressEvery is how many reports the upgrade assigns between two calls
// of its progress function.
const progressEvery = 1000

// OpenExisting opens the database at path, which must exist, for commands
// that only read it. It is opened as by Open when it can be written; a file
// the user may not write (another user's, on a read-only mount) is opened
// read-only as immutable, which assumes that no one changes it meanwhile.
func OpenExisting(ctx context.Context, path string, opts ...Option) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := checkPath(path); err != nil {
		return nil, err
	}
	st, err := Open(ctx, path, opts...)
	if err == nil || !cannotWrite(err) {
		return st, err
	}
	db, err := sql.Open("sqlite", fmt.Sprintf("file:%s?mode=ro&immutable=1", path))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'articles'`).Scan(&n); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s (read-only): %w", path, err)
	}
	if n == 0 {
		db.Close()
		return nil, fmt.Errorf("open %s (read-only): not a dateline database", path)
	}
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM pragma_table_info('events') WHERE name = 'gid'`).Scan(&n); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s (read-only): %w", path, err)
	}
	return &Store{db: db, eventIDs: n > 0}, nil
}

// cannotWrite reports whether err is SQLite's answer to a file or folder
// this process may not write.
func cannotWrite(err error) bool {
	var se *msqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM:
		return true
	}
	return false
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func nullStr(v string) any {
	if v == "" {
		return nil
	}
	return v
}

// Put stores an article and everything found in it, in one transaction.
func (s *Store) Put(ctx context.Context, a *dateline.Article) (bool, error) {
	doc := contract.From(a, contract.Options{})
	blob, err := json.Marshal(doc)
	if err != nil {
		return false, fmt.Errorf("store %s: %w", a.Source, err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("store %s: %w", a.Source, err)
	}
	defer tx.Rollback()
	var agency, place, dtext string
	if a.Dateline != nil {
		agency, place, dtext = a.Dateline.Agency, a.Dateline.Place, a.Dateline.Text
	}
	res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO articles
		(id, source, url, headline, subheadline, agency, place, dateline, published, published_basis, body, doc, ingested)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		a.ID, a.Source, nullStr(a.URL), nullStr(a.Headline), nullStr(a.Subheadline), nullStr(agency), nullStr(place),
		nullStr(dtext), nullStr(a.Published.String()), nullStr(a.PublishedBasis), a.Body, blob,
		time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return false, fmt.Errorf("store %s: %w", a.Source, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return false, nil
	}
	var rowid int64
	if err := tx.QueryRowContext(ctx, `SELECT rowid FROM articles WHERE id = ?`, a.ID).Scan(&rowid); err != nil {
		return false, fmt.Errorf("store %s: %w", a.Source, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts(rowid, headline, body) VALUES (?,?,?)`,
		rowid, a.Headline+" "+a.Subheadline, a.Body); err != nil {
		return false, fmt.Errorf("store %s: index: %w", a.Source, err)
	}
	for i, e := range doc.Entities {
		if _, err := tx.ExecContext(ctx, `INSERT INTO entities (article, idx, entity, name, type, country, sector, role, mentions, published)
			VALUES (?,?,?,?,?,?,?,?,?,?)`, a.ID, i, e.ID, e.Name, e.Type, e.Country, e.Sector, e.Role, len(e.Mentions),
			nullStr(a.Published.String())); err != nil {
			return false, fmt.Errorf("store %s: entity: %w", a.Source, err)
		}
	}
	for i, q := range doc.Quotes {
		res, err := tx.ExecContext(ctx, `INSERT INTO quotes (article, idx, text, kind, speaker, speaker_entity, mention, cue, date, parent, sentence, published)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`, a.ID, i, q.Text, q.Kind, q.Speaker.Name, q.Speaker.Entity, q.Speaker.Mention,
			q.Cue, q.Date, q.Parent, q.Sentence, nullStr(a.Published.String()))
		if err != nil {
			return false, fmt.Errorf("store %s: quote: %w", a.Source, err)
		}
		id, _ := res.LastInsertId()
		if _, err := tx.ExecContext(ctx, `INSERT INTO quotes_fts(rowid, text, speaker) VALUES (?,?,?)`,
			id, q.Text, deref(q.Speaker.Name)+" "+deref(q.Speaker.Mention)); err != nil {
			return false, fmt.Errorf("store %s: quote index: %w", a.Source, err)
		}
	}
	reps := make([]storekit.Report, len(doc.Events))
	for i, e := range doc.Events {
		reps[i] = storekit.ReportOf(e, i)
	}
	groups, err := storekit.Assign(ctx, a.ID, reps, anchors(tx))
	if err != nil {
		return false, fmt.Errorf("store %s: events: %w", a.Source, err)
	}
	for i, e := range doc.Events {
		var src, tgt contract.Actor
		if e.Source != nil {
			src = *e.Source
		}
		if e.Target != nil {
			tgt = *e.Target
		}
		var pname, pcountry *string
		var lat, lon *float64
		if e.Place != nil {
			pname, pcountry, lat, lon = &e.Place.Name, e.Place.Country, e.Place.Lat, e.Place.Lon
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO events (article, idx, type, source_name, source_entity, source_country, source_sector,
			target_name, target_entity, target_country, target_sector, date, place, place_country, lat, lon, mode, quote, text, trigger, context,
			gkey, gid, gfirst)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`, a.ID, i, e.Type, src.Name, src.Entity, src.Country, src.Sector,
			tgt.Name, tgt.Entity, tgt.Country, tgt.Sector, e.Date, pname, pcountry, lat, lon, e.Mode, e.Quote, e.Text,
			nullStr(e.Trigger), nullStr(strings.Join(e.Context, ";")), reps[i].Key, groups[i].ID, groups[i].First); err != nil {
			return false, fmt.Errorf("store %s: event: %w", a.Source, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("store %s: %w", a.Source, err)
	}
	return true, nil
}

// anchors finds, inside tx, the stored events a report may join.
func anchors(tx *sql.Tx) storekit.Anchors {
	return func(ctx context.Context, key string, d dateline.Date) ([]storekit.Anchor, error) {
		rows, err := tx.QueryContext(ctx, `SELECT gid, date FROM events WHERE gkey = ? AND gfirst = 1 AND date BETWEEN ? AND ?`,
			key, d.AddDays(-1).String(), d.AddDays(1).String())
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		var out []storekit.Anchor
		for rows.Next() {
			var a storekit.Anchor
			var date sql.NullString
			if err := rows.Scan(&a.ID, &date); err != nil {
				return nil, err
			}
			a.Date = parseDate(date)
			out = append(out, a)
		}
		return out, rows.Err()
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Article returns one article's contract JSON.
func (s *Store) Article(ctx context.Context, id string) ([]byte, error) {
	var doc []byte
	err := s.db.QueryRowContext(ctx, `SELECT doc FROM articles WHERE id = ?`, id).Scan(&doc)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", id, dateline.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	return doc, nil
}

func limits(p dateline.Page) (int, int) {
	l := p.Limit
	switch {
	case l < 0:
		l = -1 // SQLite: no limit
	case l == 0:
		l = DefaultLimit
	case l > MaxLimit:
		l = MaxLimit
	}
	o := p.Offset
	if o < 0 {
		o = 0
	}
	return l, o
}

// where collects SQL conditions and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) dates(col string, r dateline.DateRange) {
	if !r.From.IsZero() {
		w.add(col+" >= ?", r.From.String())
	}
	if !r.To.IsZero() {
		w.add(col+" <= ?", r.To.String())
	}
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

func parseDate(s sql.NullString) dateline.Date {
	if !s.Valid {
		return dateline.Date{}
	}
	d, _ := dateline.ParseDate(s.String)
	return d
}

// ftsQuery turns a user's query (storekit.SearchTerms: words, "phrases",
// OR) into an FTS5 query that cannot be a syntax error: each phrase is
// quoted; alternatives are ORed in parentheses, and ANDed with the rest
// (FTS5 takes no implicit AND after parentheses).
func ftsQuery(q string) string {
	var parts []string
	for _, alts := range storekit.SearchTerms(q) {
		for i, p := range alts {
			alts[i] = `"` + strings.ReplaceAll(p, `"`, `""`) + `"`
		}
		if len(alts) == 1 {
			parts = append(parts, alts[0])
		} else {
			parts = append(parts, "("+strings.Join(alts, " OR ")+")")
		}
	}
	return strings.Join(parts, " AND ")
}

// SearchArticles finds articles by full text, outlet and dates.
func (s *Store) SearchArticles(ctx context.Context, q dateline.ArticleQuery) ([]dateline.ArticleHit, error) {
	limit, offset := limits(q.Page)
	var w where
	from := "articles a"
	snippet := "substr(a.body, 1, 200)"
	order := "a.published DESC, a.rowid"
	if fq := ftsQuery(q.Text); fq != "" {
		from = "articles_fts f JOIN articles a ON a.rowid = f.rowid"
		snippet = "snippet(articles_fts, 1, '[', ']', '…', 24)"
		order = "rank"
		w.add("articles_fts MATCH ?", fq)
	}
	if q.Outlet != "" {
		w.add("(lower(a.agency) = lower(?) OR a.url LIKE ?)", q.Outlet, "%"+q.Outlet+"%")
	}
	w.dates("a.published", q.Dates)
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.source, coalesce(a.headline,''), a.published, coalesce(a.agency,''),
		coalesce(a.place,''), `+snippet+` FROM `+from+w.String()+` ORDER BY `+order+` LIMIT ? OFFSET ?`,
		append(w.args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("search articles: %w", err)
	}
	defer rows.Close()
	var out []dateline.ArticleHit
	for rows.Next() {
		var h dateline.ArticleHit
		var pub sql.NullString
		if err := rows.Scan(&h.ID, &h.Source, &h.Headline, &pub, &h.Agency, &h.Place, &h.Snippet); err != nil {
			return nil, fmt.Errorf("search articles: %w", err)
		}
		h.Published = parseDate(pub)
		out = append(out, h)
	}
	return out, rows.Err()
}

// Quotes lists quotes by speaker, subject, text and date.
func (s *Store) Quotes(ctx context.Context, q dateline.QuoteQuery) ([]dateline.QuoteHit, error) {
	limit, offset := limits(q.Page)
	var w where
	from := "quotes q JOIN articles a ON a.id = q.article"
	if q.Speaker != "" && q.Exact {
		w.add("q.speaker_entity = ?", q.Speaker)
	} else if q.Speaker != "" {
		name := storekit.Named("q.speaker", "q.speaker_entity", q.Speaker)
		w.add(name.SQL, name.Args...)
	}
	if fq := ftsQuery(strings.TrimSpace(q.Text + " " + q.About)); fq != "" {
		from += " JOIN quotes_fts f ON f.rowid = q.rowid"
		w.add("quotes_fts MATCH ?", "text : ("+fq+")")
	}
	w.dates("coalesce(q.date, q.published)", q.Dates)
	rows, err := s.db.QueryContext(ctx, `SELECT q.article, coalesce(a.headline,''), q.idx, q.text, q.kind, coalesce(q.speaker,''),
		coalesce(q.speaker_entity,''), coalesce(q.mention,''), coalesce(q.cue,''), q.date, coalesce(q.sentence,''),
		coalesce(q.parent,-1), q.published
		FROM `+from+w.String()+` ORDER BY coalesce(q.date, q.published) DESC, q.article, q.idx LIMIT ? OFFSET ?`,
		append(w.args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	defer rows.Close()
	var out []dateline.QuoteHit
	for rows.Next() {
		var h dateline.QuoteHit
		var date, pub sql.NullString
		if err := rows.Scan(&h.ArticleID, &h.Headline, &h.Index, &h.Text, &h.Kind, &h.Speaker, &h.SpeakerID, &h.Mention,
			&h.Cue, &date, &h.Sentence, &h.Parent, &pub); err != nil {
			return nil, fmt.Errorf("quotes: %w", err)
		}
		h.Date, h.ArticleDay = parseDate(date), parseDate(pub)
		out = append(out, h)
	}
	return out, rows.Err()
}

// actorSummarySQL selects actors as scanActors reads them.
func actorSummarySQL() string {
	return `SELECT e.entity, ` + storekit.NameOf("e.entity") + `, ` + storekit.MostOf("type", "e.entity") + `,
	coalesce(` + storekit.MostOf("country", "e.entity") + `,''), coalesce(` + storekit.MostOf("sector", "e.entity") + `,''),
	count(DISTINCT e.article),
	(SELECT count(*) FROM quotes q WHERE q.speaker_entity = e.entity),
	max(e.published)
	FROM entities e`
}

func scanActors(rows *sql.Rows) ([]dateline.ActorSummary, error) {
	defer rows.Close()
	var out []dateline.ActorSummary
	for rows.Next() {
		var a dateline.ActorSummary
		var last sql.NullString
		if err := rows.Scan(&a.ID, &a.Name, &a.Type, &a.Country, &a.Sector, &a.Articles, &a.Quotes, &last); err != nil {
			return nil, err
		}
		a.LastSeen = parseDate(last)
		out = append(out, a)
	}
	return out, rows.Err()
}

// Actors searches actors by name (words of the name or the id).
func (s *Store) Actors(ctx context.Context, q dateline.ActorQuery) ([]dateline.ActorSummary, error) {
	limit, offset := limits(q.Page)
	var w where
	if q.Name != "" {
		name := storekit.Part("e.name", q.Name)
		w.add("(e.entity = ? OR "+name.SQL+")", append([]any{q.Name}, name.Args...)...)
	}
	rows, err := s.db.QueryContext(ctx, actorSummarySQL()+w.String()+
		` GROUP BY e.entity ORDER BY count(DISTINCT e.article) DESC, e.entity LIMIT ? OFFSET ?`, append(w.args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	out, err := scanActors(rows)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	return out, nil
}

// Actor returns one actor with the roles seen over time.
func (s *Store) Actor(ctx context.Context, id string) (*dateline.ActorDetail, error) {
	rows, err := s.db.QueryContext(ctx, actorSummarySQL()+` WHERE e.entity = ? GROUP BY e.entity`, id)
	if err != nil {
		return nil, fmt.Errorf("actor %s: %w", id, err)
	}
	sum, err := scanActors(rows)
	if err != nil {
		return nil, fmt.Errorf("actor %s: %w", id, err)
	}
	if len(sum) == 0 {
		return nil, fmt.Errorf("actor %s: %w", id, dateline.ErrNotFound)
	}
	d := &dateline.ActorDetail{ActorSummary: sum[0]}
	rows, err = s.db.QueryContext(ctx, `SELECT role, coalesce(country,''), min(published), max(published), count(DISTINCT article)
		FROM entities WHERE entity = ? AND role IS NOT NULL AND role != '' GROUP BY role, country ORDER BY min(published)`, id)
	if err != nil {
		return nil, fmt.Errorf("actor %s: roles: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var r dateline.ActorRole
		var first, last sql.NullString
		if err := rows.Scan(&r.Role, &r.Country, &first, &last, &r.Articles); err != nil {
			return nil, fmt.Errorf("actor %s: roles: %w", id, err)
		}
		r.First, r.Last = parseDate(first), parseDate(last)
		d.Roles = append(d.Roles, r)
	}
	return d, rows.Err()
}

// errNoEventIDs is the answer to listing the events of a database made by an
// earlier dateline that this process may only read.
var errNoEventIDs = errors.New("events: the database was made by an earlier dateline and has no event ids; " +
	"open it once as a user who may write it (any dateline command does), which adds them")

// Events lists the events matching q (see dateline.EventQuery), newest
// first; undated ones come last.
func (s *Store) Events(ctx context.Context, q dateline.EventQuery) ([]dateline.EventGroup, error) {
	var out []dateline.EventGroup
	err := s.EachEvent(ctx, q, func(g dateline.EventGroup) error {
		out = append(out, g)
		return nil
	})
	return out, err
}

// EachEvent calls fn with each event Events lists for q, in its order,
// reading storekit.EventBatch events (and their reports) at a time on one
// connection, which sees one snapshot of the database throughout.
func (s *Store) EachEvent(ctx context.Context, q dateline.EventQuery, fn func(dateline.EventGroup) error) error {
	if !s.eventIDs {
		return errNoEventIDs
	}
	limit, offset := limits(q.Page)
	var w where
	w.add("e.gfirst = 1")
	for _, c := range storekit.EventConds(q) {
		w.add(c.SQL, c.Args...)
	}
	w.dates("e.date", q.Dates)
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	defer conn.Close()
	rows, err := conn.QueryContext(ctx, `SELECT e.gid, e.article, e.type, coalesce(e.source_name,''), coalesce(e.source_entity,''),
		coalesce(e.source_country,''), coalesce(e.source_sector,''), coalesce(e.target_name,''), coalesce(e.target_entity,''),
		coalesce(e.target_country,''), coalesce(e.target_sector,''), e.date, coalesce(e.place,''), coalesce(e.place_country,''),
		coalesce(e.lat,0), coalesce(e.lon,0), e.mode, coalesce(e.text,''), coalesce(e.trigger,''), coalesce(e.context,'')
		FROM events e`+w.String()+` ORDER BY e.date DESC, e.article, e.idx LIMIT ? OFFSET ?`, append(w.args, limit, offset)...)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	batch := make([]dateline.EventGroup, 0, storekit.EventBatch)
	// flush gives the batch its reports and hands it to fn; the cursor
	// stays open meanwhile (SQLite steps both statements on one connection).
	flush := func() error {
		reports, err := eventReports(ctx, conn, batch)
		if err != nil {
			return fmt.Errorf("events: %w", err)
		}
		storekit.FillReports(batch, reports)
		for _, g := range batch {
			if err := fn(g); err != nil {
				return err
			}
		}
		clear(batch)
		batch = batch[:0]
		return nil
	}
	for rows.Next() {
		var g dateline.EventGroup
		var art string
		var date sql.NullString
		var ctxs string
		if err := rows.Scan(&g.ID, &art, &g.Type, &g.Source.Name, &g.SourceID, &g.Source.Country, &g.Source.Sector,
			&g.Target.Name, &g.TargetID, &g.Target.Country, &g.Target.Sector, &date, &g.Place, &g.PlaceCountry,
			&g.Lat, &g.Lon, &g.Mode, &g.Text, &g.Trigger, &ctxs); err != nil {
			return fmt.Errorf("events: %w", err)
		}
		g.Date = parseDate(date)
		if ctxs != "" {
			g.Context = strings.Split(ctxs, ";")
		}
		g.ArticleIDs = []string{art}
		batch = append(batch, g)
		if len(batch) == storekit.EventBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("events: %w", err)
	}
	if len(batch) == 0 {
		return nil
	}
	return flush()
}

// eventReports finds the articles reporting each of gs (at most
// storekit.EventBatch of them), with the date each gives the event.
func eventReports(ctx context.Context, conn *sql.Conn, gs []dateline.EventGroup) (map[string]map[string]dateline.Date, error) {
	out := map[string]map[string]dateline.Date{}
	if len(gs) == 0 {
		return out, nil
	}
	args := make([]any, len(gs))
	for i, g := range gs {
		args[i] = g.ID
	}
	rows, err := conn.QueryContext(ctx, `SELECT gid, article, min(date) FROM events WHERE gid IN (`+
		strings.TrimSuffix(strings.Repeat("?,", len(gs)), ",")+`) GROUP BY gid, article`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, art string
		var date sql.NullString
		if err := rows.Scan(&id, &art, &date); err != nil {
			return nil, err
		}
		if out[id] == nil {
			out[id] = map[string]dateline.Date{}
		}
		out[id][art] = parseDate(date)
	}
	return out, rows.Err()
}

// Stats sums up the store.
func (s *Store) Stats(ctx context.Context) (dateline.Stats, error) {
	var st dateline.Stats
	var first, last sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM quotes),
		(SELECT count(*) FROM events WHERE gfirst = 1), (SELECT `+storekit.ReportCount+` FROM events e),
		(SELECT count(DISTINCT entity) FROM entities),
		(SELECT min(published) FROM articles), (SELECT max(published) FROM articles)`).
		Scan(&st.Articles, &st.Quotes, &st.Events, &st.Reports, &st.Actors, &first, &last)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	st.First, st.Last = parseDate(first), parseDate(last)
	rows, err := s.db.QueryContext(ctx, storekit.TopSpeakersSQL())
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a dateline.ActorSummary
		if err := rows.Scan(&a.ID, &a.Name, &a.Quotes); err != nil {
			return st, fmt.Errorf("stats: %w", err)
		}
		st.TopSpeakers = append(st.TopSpeakers, a)
	}
	if err := rows.Err(); err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	st.Outlets = map[string]int{}
	orows, err := s.db.QueryContext(ctx, `SELECT coalesce(agency, url, ''), count(*) FROM articles GROUP BY 1`)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	defer orows.Close()
	for orows.Next() {
		var k string
		var n int
		if err := orows.Scan(&k, &n); err != nil {
			return st, fmt.Errorf("stats: %w", err)
		}
		st.Outlets[storekit.Outlet(k)] += n
	}
	return st, orows.Err()
}

// modes returns the SQL condition for the modes to count (asserted and
// reported when none are given).
func modes(w *where, ms []string) {
	if len(ms) == 0 {
		ms = []string{dateline.Asserted, dateline.Reported}
	}
	marks := strings.TrimSuffix(strings.Repeat("?,", len(ms)), ",")
	args := make([]any, len(ms))
	for i, m := range ms {
		args[i] = m
	}
	w.add("e.mode IN ("+marks+")", args...)
}

// Network counts event reports between countries or actors.
func (s *Store) Network(ctx context.Context, q dateline.NetworkQuery) (*dateline.Network, error) {
	key, name, limit, err := storekit.NetworkColumns(q.By, q.Limit, MaxLimit)
	if err != nil {
		return nil, err
	}
	var w where
	modes(&w, q.Modes)
	w.add(key("source") + " != ''")
	w.add(key("target") + " != ''")
	w.dates("coalesce(e.date, a.published)", q.Dates)
	rows, err := s.db.QueryContext(ctx, `SELECT `+key("source")+`, `+name("source")+`, `+key("target")+
		`, `+name("target")+`, e.type, `+storekit.ReportCount+`
		FROM events e JOIN articles a ON a.id = e.article`+w.String()+` GROUP BY 1, 3, 5`, w.args...)
	if err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	defer rows.Close()
	type pair struct{ s, t string }
	edges := map[pair]*dateline.NetworkEdge{}
	names := map[string]string{}
	for rows.Next() {
		var src, sname, tgt, tname, typ string
		var n int
		if err := rows.Scan(&src, &sname, &tgt, &tname, &typ, &n); err != nil {
			return nil, fmt.Errorf("network: %w", err)
		}
		k := pair{src, tgt}
		e := edges[k]
		if e == nil {
			e = &dateline.NetworkEdge{Source: src, Target: tgt}
			edges[k] = e
		}
		e.Add(typ, n)
		if names[src] == "" {
			names[src] = sname
		}
		if names[tgt] == "" {
			names[tgt] = tname
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	rows.Close()
	net, nodes, order := storekit.Assemble(slices.Collect(maps.Values(edges)), names, limit)
	if err := s.entityNames(ctx, order, nodes); err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	return storekit.Finish(net, nodes, order), nil
}

// entityNames names nodes by their entity's canonical name where one is
// stored (a country code is the id of its country's entity).
func (s *Store) entityNames(ctx context.Context, ids []string, nodes map[string]*dateline.NetworkNode) error {
	for start := 0; start < len(ids); start += 200 {
		chunk := ids[start:min(start+200, len(ids))]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := s.db.QueryContext(ctx, `SELECT o.entity, `+storekit.NameOf("o.entity")+` FROM entities o WHERE o.entity IN (`+
			strings.TrimSuffix(strings.Repeat("?,", len(chunk)), ",")+`) GROUP BY o.entity`, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id, name string
			if err := rows.Scan(&id, &name); err != nil {
				rows.Close()
				return err
			}
			nodes[id].Name = name
		}
		if err := rows.Err(); err != nil {
			rows.Close()
			return err
		}
		rows.Close()
	}
	for _, n := range nodes {
		if n.Name == "" {
			n.Name = n.ID
		}
	}
	return nil
}

// Timeline counts event reports per week or month for one actor or a pair;
// events with no date come first, in a bucket with a zero Start.
func (s *Store) Timeline(ctx context.Context, q dateline.TimelineQuery) ([]dateline.TimelineBucket, error) {
	if q.Actor == "" {
		return nil, fmt.Errorf("timeline: no actor")
	}
	const day = "coalesce(e.date, a.published)"
	var bucket string
	switch q.Interval {
	case "", dateline.Month:
		bucket = "substr(" + day + ", 1, 7) || '-01'"
	case dateline.Week:
		bucket = "date(" + day + ", '-6 days', 'weekday 1')"
	default:
		return nil, fmt.Errorf("timeline: unknown interval %q", q.Interval)
	}
	var w where
	modes(&w, q.Modes)
	w.dates(day, q.Dates)
	sa, aa := storekit.Side("source", q.Actor)
	ta, at := storekit.Side("target", q.Actor)
	if q.Other == "" {
		w.add("("+sa+" OR "+ta+")", append(aa, at...)...)
	} else {
		sb, ba := storekit.Side("source", q.Other)
		tb, bt := storekit.Side("target", q.Other)
		args := append(append(append(append([]any{}, aa...), bt...), ba...), at...)
		w.add("(("+sa+" AND "+tb+") OR ("+sb+" AND "+ta+"))", args...)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+bucket+`, e.type, `+storekit.ReportCount+` FROM events e JOIN articles a ON a.id = e.article`+
		w.String()+` GROUP BY 1, 2 ORDER BY 1`, w.args...)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	defer rows.Close()
	var out []dateline.TimelineBucket
	for rows.Next() {
		var start sql.NullString
		var typ string
		var n int
		if err := rows.Scan(&start, &typ, &n); err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		d := parseDate(start) // zero for undated events; NULLs sort first
		if len(out) == 0 || out[len(out)-1].Start != d {
			out = append(out, dateline.TimelineBucket{Start: d})
		}
		out[len(out)-1].Add(typ, n)
	}
	return out, rows.Err()
}

// QuotesAbout lists quotes by one side that name the other (see
// dateline.PairQuery), newest first.
func (s *Store) QuotesAbout(ctx context.Context, q dateline.PairQuery) ([]dateline.QuoteHit, error) {
	if q.Speaker == "" || q.About == "" {
		return nil, fmt.Errorf("quotes about: need a speaker and a subject")
	}
	limit, offset := limits(q.Page)
	var w where
	w.add(`(q.speaker_entity = ? OR EXISTS (SELECT 1 FROM entities s WHERE s.article = q.article
		AND s.entity = q.speaker_entity AND s.country = ?))`, q.Speaker, q.Speaker)
	w.add(`(EXISTS (SELECT 1 FROM entities b WHERE b.article = q.article AND (b.entity = ? OR b.country = ?))
		OR EXISTS (SELECT 1 FROM events e WHERE e.article = q.article AND e.quote = q.idx
		AND (e.target_entity = ? OR e.target_country = ?)))`, q.About, q.About, q.About, q.About)
	w.dates("coalesce(q.date, q.published)", q.Dates)
	rows, err := s.db.QueryContext(ctx, `SELECT q.article, coalesce(a.headline,''), q.idx, q.text, q.kind, coalesce(q.speaker,''),
		coalesce(q.speaker_entity,''), coalesce(q.mention,''), coalesce(q.cue,''), q.date, coalesce(q.sentence,''),
		coalesce(q.parent,-1), q.published
		FROM quotes q JOIN articles a ON a.id = q.article`+w.String()+
		` ORDER BY coalesce(q.date, q.published) DESC, q.article, q.idx`, w.args...)
	if err != nil {
		return nil, fmt.Errorf("quotes about: %w", err)
	}
	var cands []dateline.QuoteHit
	for rows.Next() {
		var h dateline.QuoteHit
		var date, pub sql.NullString
		if err := rows.Scan(&h.ArticleID, &h.Headline, &h.Index, &h.Text, &h.Kind, &h.Speaker, &h.SpeakerID, &h.Mention,
			&h.Cue, &date, &h.Sentence, &h.Parent, &pub); err != nil {
			rows.Close()
			return nil, fmt.Errorf("quotes about: %w", err)
		}
		h.Date, h.ArticleDay = parseDate(date), parseDate(pub)
		cands = append(cands, h)
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return nil, fmt.Errorf("quotes about: %w", err)
	}
	rows.Close()
	return storekit.About(ctx, cands, q.About, offset, limit, s.Article)
}
