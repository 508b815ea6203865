// Package postgres stores dateline articles in PostgreSQL (github.com/jackc/pgx/v5),
// for several ingest workers writing to one database at once. It answers every
// dateline.Store query as the SQLite store does; full text goes through
// tsvector columns with GIN indexes over text folded as the SQLite store's
// tokenizer folds it (storekit.Fold), and snippets are cut as SQLite's are
// (storekit.Snippet).
//
// The schema is a list of embedded migrations (migrations/NNNN_name.sql),
// applied in order at Open under an advisory lock and recorded in the
// schema_migrations table, so that many processes may open a database at once.
package postgres

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"maps"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/contract"
	"github.com/dateline-news/dateline/internal/storekit"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DefaultLimit caps listings that do not give a limit; MaxLimit caps any.
// They are the SQLite store's.
const (
	DefaultLimit = 50
	MaxLimit     = 500
)

// migrationLock is the pg_advisory_xact_lock key held while migrating.
const migrationLock = 0x646174656c696e65 // "dateline"

// Store is a dateline.Store over a PostgreSQL database. It is safe for
// concurrent use, also by several processes on one database.
type Store struct {
	pool *pgxpool.Pool
}

var _ dateline.Store = (*Store)(nil)

// An Option tunes Open and OpenConfig.
type Option func(*options)

type options struct {
	progress func(done, total int)
}

// WithUpgradeProgress has fn told how the one-time assignment of stored
// event reports to events goes in a database made by an earlier dateline
// (seconds per 100,000 reports): fn(0, total) when it starts, fn(done,
// total) now and then, fn(total, total) when it is done (and only then). fn
// is not called when there is nothing to assign.
func WithUpgradeProgress(fn func(done, total int)) Option {
	return func(o *options) { o.progress = fn }
}

// Open connects to the database named by dsn (a URL such as
// postgres://user:pass@host/db or "host=… dbname=…" keywords) and applies the
// migrations it lacks.
func Open(ctx context.Context, dsn string, opts ...Option) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// pgx's parse errors can quote the DSN, password included: say less.
		return nil, errors.New("postgres: cannot parse the connection string (want postgres://user:password@host:port/database or key=value words)")
	}
	return OpenConfig(ctx, cfg, opts...)
}

// OpenConfig is Open with a parsed pool configuration (to set a search_path,
// pool size or TLS settings).
func OpenConfig(ctx context.Context, cfg *pgxpool.Config, opts ...Option) (*Store, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	where := Describe(cfg.ConnConfig)
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", where, err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open %s: %w", where, err)
	}
	if err := migrate(ctx, pool, o.progress); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open %s: %w", where, err)
	}
	return &Store{pool: pool}, nil
}

// Describe names a database for messages, without its password.
func Describe(c *pgx.ConnConfig) string {
	return fmt.Sprintf("postgres://%s@%s:%d/%s", c.User, c.Host, c.Port, c.Database)
}

// Redact names the database a DSN points to, without its password, for
// messages.
func Redact(dsn string) string {
	c, err := pgx.ParseConfig(dsn)
	if err != nil {
		return "PostgreSQL (unparsable DSN)"
	}
	return Describe(c)
}

// migration is one embedded schema step.
type migration struct {
	version int
	name    string
	sql     string
}

func loadMigrations() ([]migration, error) {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, n := range names {
		base := path.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must be NNNN_what.sql", base)
		}
		b, err := migrations.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: strings.TrimSuffix(base, ".sql"), sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i := 1; i < len(out); i++ {
		if out[i].version == out[i-1].version {
			return nil, fmt.Errorf("migrations %s and %s share a version", out[i-1].name, out[i].name)
		}
	}
	return out, nil
}

// migrate applies, in one transaction, the migrations the database lacks.
func migrate(ctx context.Context, pool *pgxpool.Pool, progress func(done, total int)) error {
	ms, err := loadMigrations()
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
			return fmt.Errorf("migration lock: %w", err)
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TIMESTAMPTZ NOT NULL DEFAULT now())`); err != nil {
			return fmt.Errorf("schema_migrations: %w", err)
		}
		rows, err := tx.Query(ctx, `SELECT version FROM schema_migrations`)
		if err != nil {
			return fmt.Errorf("schema_migrations: %w", err)
		}
		done, err := pgx.CollectRows(rows, pgx.RowTo[int])
		if err != nil {
			return fmt.Errorf("schema_migrations: %w", err)
		}
		for _, m := range ms {
			if contains(done, m.version) {
				continue
			}
			if _, err := tx.Exec(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.version, m.name); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
		}
		if err := assignStored(ctx, tx, progress); err != nil {
			return fmt.Errorf("event ids: %w", err)
		}
		if err := foldStored(ctx, tx); err != nil {
			return fmt.Errorf("full text: %w", err)
		}
		return nil
	})
}

// articleText is what an article's full-text index holds: its headline,
// subheadline and body, folded.
func articleText(headline, subheadline, body string) string {
	return storekit.Fold(headline + " " + subheadline + " " + body)
}

// foldStored indexes the folded text of articles and quotes stored before
// the index was of folded text (migration 3), a thousand at a time.
func foldStored(ctx context.Context, tx pgx.Tx) error {
	for {
		rows, err := tx.Query(ctx, `SELECT id, coalesce(headline,''), coalesce(subheadline,''), body FROM articles
			WHERE tsv IS NULL LIMIT 1000`)
		if err != nil {
			return err
		}
		b := &pgx.Batch{}
		for rows.Next() {
			var id, h, sub, body string
			if err := rows.Scan(&id, &h, &sub, &body); err != nil {
				rows.Close()
				return err
			}
			b.Queue(`UPDATE articles SET tsv = to_tsvector('simple', $1) WHERE id = $2`, articleText(h, sub, body), id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if b.Len() == 0 {
			break
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return err
		}
	}
	for {
		rows, err := tx.Query(ctx, `SELECT article, idx, text FROM quotes WHERE tsv IS NULL LIMIT 1000`)
		if err != nil {
			return err
		}
		b := &pgx.Batch{}
		for rows.Next() {
			var art, text string
			var idx int
			if err := rows.Scan(&art, &idx, &text); err != nil {
				rows.Close()
				return err
			}
			b.Queue(`UPDATE quotes SET tsv = to_tsvector('simple', $1) WHERE article = $2 AND idx = $3`, storekit.Fold(text), art, idx)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if b.Len() == 0 {
			return nil
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return err
		}
	}
}

// assignStored assigns the stored reports that have no event yet (stored
// before events had ids), article by article in the order they were stored,
// as if they were stored now, telling progress (when not nil) how many it
// has done. It runs under the migration lock, which Put holds shared.
func assignStored(ctx context.Context, tx pgx.Tx, progress func(done, total int)) error {
	if progress == nil {
		progress = func(int, int) {}
	}
	var missing bool
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM events WHERE gid IS NULL)`).Scan(&missing); err != nil || !missing {
		return err
	}
	var total int
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM events WHERE gid IS NULL`).Scan(&total); err != nil {
		return err
	}
	progress(0, total)
	mem := storekit.Memory{}
	rows, err := tx.Query(ctx, `SELECT gkey, gid, `+day("date")+` FROM events WHERE gfirst AND gid IS NOT NULL AND date IS NOT NULL`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var key, id string
		var date *string
		if err := rows.Scan(&key, &id, &date); err != nil {
			rows.Close()
			return err
		}
		mem.Put(key, storekit.Anchor{ID: id, Date: parseDate(date)})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = tx.Query(ctx, `SELECT e.article, e.idx, e.type, e.source_name, e.source_country, e.source_sector,
		e.target_name, e.target_country, e.target_sector, `+day("e.date")+`, e.place, e.mode
		FROM events e JOIN articles a ON a.id = e.article WHERE e.gid IS NULL ORDER BY a.seq, e.idx`)
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
		var place *string
		if err := rows.Scan(&art, &idx, &e.Type, &src.Name, &src.Country, &src.Sector, &tgt.Name, &tgt.Country, &tgt.Sector,
			&e.Date, &place, &e.Mode); err != nil {
			rows.Close()
			return err
		}
		e.Source, e.Target = &src, &tgt
		if place != nil {
			e.Place = &contract.Place{Name: *place}
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
	b := &pgx.Batch{}
	done := 0
	for _, a := range arts {
		as, err := storekit.Assign(ctx, a.article, a.reps, mem.Find)
		if err != nil {
			return err
		}
		mem.Add(a.reps, as)
		for i, r := range a.reps {
			b.Queue(`UPDATE events SET gkey = $1, gid = $2, gfirst = $3 WHERE article = $4 AND idx = $5`,
				r.Key, as[i].ID, as[i].First, a.article, r.Index)
		}
		done += len(a.reps)
		if b.Len() >= 1000 {
			if err := tx.SendBatch(ctx, b).Close(); err != nil {
				return err
			}
			b = &pgx.Batch{}
			progress(min(done, total-1), total)
		}
	}
	if b.Len() > 0 {
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return err
		}
	}
	progress(total, total)
	return nil
}

// eventLockClass is the first key of the advisory locks Put takes on event
// keys (the second is a hash of the key), so that two writers storing reports
// of one event at once make one event.
const eventLockClass = 0x64746c6e // "dtln"

func eventLock(key string) int32 {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int32(h.Sum32())
}

// anchors finds, inside tx, the stored events that reps may join: those of
// their keys first reported within one day of any of their dates.
func anchors(ctx context.Context, tx pgx.Tx, reps []storekit.Report) (storekit.Memory, error) {
	var keys []string
	var first, last dateline.Date
	for _, r := range reps {
		if r.Date.IsZero() {
			continue
		}
		keys = append(keys, r.Key)
		if first.IsZero() || r.Date.Before(first) {
			first = r.Date
		}
		if last.IsZero() || last.Before(r.Date) {
			last = r.Date
		}
	}
	mem := storekit.Memory{}
	if len(keys) == 0 {
		return mem, nil
	}
	rows, err := tx.Query(ctx, `SELECT gkey, gid, `+day("date")+` FROM events WHERE gfirst AND gkey = ANY($1) AND date BETWEEN $2 AND $3`,
		keys, first.AddDays(-1).Time(), last.AddDays(1).Time())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var key, id string
		var date *string
		if err := rows.Scan(&key, &id, &date); err != nil {
			return nil, err
		}
		mem.Put(key, storekit.Anchor{ID: id, Date: parseDate(date)})
	}
	return mem, rows.Err()
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Close closes the connections.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

func nullStr(v string) any {
	if v == "" {
		return nil
	}
	return v
}

// dateArg is a DATE parameter: NULL for an unknown date.
func dateArg(d dateline.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.Time()
}

// dateStr is a DATE parameter from a contract date ("YYYY-MM-DD" or nil).
func dateStr(s *string) any {
	if s == nil {
		return nil
	}
	d, err := dateline.ParseDate(*s)
	if err != nil {
		return nil
	}
	return dateArg(d)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// day selects a DATE column as YYYY-MM-DD text (NULL stays NULL).
func day(col string) string { return "to_char(" + col + ", 'YYYY-MM-DD')" }

func parseDate(s *string) dateline.Date {
	if s == nil {
		return dateline.Date{}
	}
	d, _ := dateline.ParseDate(*s)
	return d
}

// Put stores an article and everything found in it, in one transaction. When
// several writers put the same article at once, the first to insert its row
// stores it; the others wait for that transaction and report stored == false.
func (s *Store) Put(ctx context.Context, a *dateline.Article) (bool, error) {
	doc := contract.From(a, contract.Options{})
	blob, err := json.Marshal(doc)
	if err != nil {
		return false, fmt.Errorf("store %s: %w", a.Source, err)
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return false, fmt.Errorf("store %s: %w", a.Source, err)
	}
	defer tx.Rollback(ctx)
	var agency, place, dtext string
	if a.Dateline != nil {
		agency, place, dtext = a.Dateline.Agency, a.Dateline.Place, a.Dateline.Text
	}
	var seq int64
	err = tx.QueryRow(ctx, `INSERT INTO articles
		(id, source, url, headline, subheadline, agency, place, dateline, published, published_basis, body, doc, tsv)
		VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,to_tsvector('simple', $13)) ON CONFLICT (id) DO NOTHING RETURNING seq`,
		a.ID, a.Source, nullStr(a.URL), nullStr(a.Headline), nullStr(a.Subheadline), nullStr(agency), nullStr(place),
		nullStr(dtext), dateArg(a.Published), nullStr(a.PublishedBasis), a.Body, string(blob),
		articleText(a.Headline, a.Subheadline, a.Body)).Scan(&seq)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil // already stored
	}
	if err != nil {
		return false, fmt.Errorf("store %s: %w", a.Source, err)
	}
	reps := make([]storekit.Report, len(doc.Events))
	for i, e := range doc.Events {
		reps[i] = storekit.ReportOf(e, i)
	}
	groups, err := s.assign(ctx, tx, a.ID, reps)
	if err != nil {
		return false, fmt.Errorf("store %s: events: %w", a.Source, err)
	}
	b := &pgx.Batch{}
	for i, e := range doc.Entities {
		b.Queue(`INSERT INTO entities (article, idx, entity, name, type, country, sector, role, mentions, published)
			VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`, a.ID, i, e.ID, e.Name, e.Type, e.Country, e.Sector, e.Role,
			len(e.Mentions), dateArg(a.Published))
	}
	for i, q := range doc.Quotes {
		b.Queue(`INSERT INTO quotes (article, idx, text, kind, speaker, speaker_entity, mention, cue, date, parent, sentence, published, tsv)
			VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,to_tsvector('simple', $13))`, a.ID, i, q.Text, q.Kind, q.Speaker.Name,
			q.Speaker.Entity, q.Speaker.Mention, q.Cue, dateStr(q.Date), q.Parent, q.Sentence, dateArg(a.Published), storekit.Fold(q.Text))
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
		b.Queue(`INSERT INTO events (article, idx, type, source_name, source_entity, source_country, source_sector,
			target_name, target_entity, target_country, target_sector, date, place, place_country, lat, lon, mode, quote, text, trigger, context,
			gkey, gid, gfirst)
			VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24)`, a.ID, i, e.Type,
			src.Name, src.Entity, src.Country, src.Sector, tgt.Name, tgt.Entity, tgt.Country, tgt.Sector, dateStr(e.Date),
			pname, pcountry, lat, lon, e.Mode, e.Quote, e.Text, nullStr(e.Trigger), nullStr(strings.Join(e.Context, ";")),
			reps[i].Key, groups[i].ID, groups[i].First)
	}
	if b.Len() > 0 {
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return false, fmt.Errorf("store %s: %w", a.Source, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return false, fmt.Errorf("store %s: %w", a.Source, err)
	}
	return true, nil
}

// assign gives the reports of an article being stored in tx their events
// (storekit.Assign). It waits for a migration that assigns stored reports,
// then locks the reports' keys, so that writers storing reports of one
// event at once make one event: the second sees the first's once it commits.
func (s *Store) assign(ctx context.Context, tx pgx.Tx, article string, reps []storekit.Report) ([]storekit.Assignment, error) {
	var locks []int32
	for _, r := range reps {
		if !r.Date.IsZero() {
			locks = append(locks, eventLock(r.Key))
		}
	}
	slices.Sort(locks)
	locks = slices.Compact(locks)
	b := &pgx.Batch{}
	b.Queue(`SELECT pg_advisory_xact_lock_shared($1)`, int64(migrationLock))
	for _, k := range locks { // in order: two writers never wait for each other
		b.Queue(`SELECT pg_advisory_xact_lock($1, $2)`, int32(eventLockClass), k)
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return nil, fmt.Errorf("lock: %w", err)
	}
	mem, err := anchors(ctx, tx, reps)
	if err != nil {
		return nil, err
	}
	return storekit.Assign(ctx, article, reps, mem.Find)
}

// Article returns one article's contract JSON.
func (s *Store) Article(ctx context.Context, id string) ([]byte, error) {
	var doc string
	err := s.pool.QueryRow(ctx, `SELECT doc::text FROM articles WHERE id = $1`, id).Scan(&doc)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", id, dateline.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	return []byte(doc), nil
}

// limits turns a page into LIMIT and OFFSET arguments; a nil limit is none.
func limits(p dateline.Page) (any, int) {
	var l any
	switch {
	case p.Limit < 0:
		l = nil
	case p.Limit == 0:
		l = DefaultLimit
	case p.Limit > MaxLimit:
		l = MaxLimit
	default:
		l = p.Limit
	}
	return l, max(p.Offset, 0)
}

// where collects SQL conditions and their arguments; each ? in a condition
// becomes the next $N placeholder.
type where struct {
	conds []string
	args  []any
}

// arg adds an argument and returns its placeholder.
func (w *where) arg(v any) string {
	w.args = append(w.args, v)
	return "$" + strconv.Itoa(len(w.args))
}

func (w *where) add(cond string, args ...any) {
	for _, a := range args {
		cond = strings.Replace(cond, "?", w.arg(a), 1)
	}
	w.conds = append(w.conds, cond)
}

func (w *where) dates(col string, r dateline.DateRange) {
	if !r.From.IsZero() {
		w.add(col+" >= ?", r.From.Time())
	}
	if !r.To.IsZero() {
		w.add(col+" <= ?", r.To.Time())
	}
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// tsQuery adds the user's query to w and returns the full-text query it
// makes, read as the SQLite store reads it (storekit.SearchTerms): each word
// or quoted phrase (without surrounding quotes) is a phrase of its parts,
// folded as the index is (storekit.Fold); alternatives joined by OR are ORed,
// and every other term must match. The parser keeps a hyphenated word whole
// as well as in parts, so "al-Qaeda" as one lexeme would miss
// "al-Qaeda-linked"; as the phrase al <-> qaeda it finds it, as SQLite does.
// "" when there are no words.
func tsQuery(w *where, q string) string {
	var parts []string
	for _, alts := range storekit.SearchTerms(q) {
		for i, p := range alts {
			alts[i] = "phraseto_tsquery('simple', " + w.arg(storekit.Fold(strings.ReplaceAll(p, "-", " "))) + ")"
		}
		if len(alts) == 1 {
			parts = append(parts, alts[0])
		} else {
			parts = append(parts, "("+strings.Join(alts, " || ")+")")
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "(" + strings.Join(parts, " && ") + ")"
}

// SearchArticles finds articles by full text, outlet and dates.
func (s *Store) SearchArticles(ctx context.Context, q dateline.ArticleQuery) ([]dateline.ArticleHit, error) {
	limit, offset := limits(q.Page)
	var w where
	snippet := "substr(a.body, 1, 200)"
	order := "a.published DESC NULLS LAST, a.seq"
	tq := tsQuery(&w, q.Text)
	if tq != "" {
		w.conds = append(w.conds, "a.tsv @@ "+tq)
		snippet = "a.body" // cut in Go: storekit.Snippet
		order = "ts_rank(a.tsv, " + tq + ") DESC, " + order
	}
	if q.Outlet != "" {
		w.add("(lower(a.agency) = lower(?) OR a.url LIKE ?)", q.Outlet, "%"+q.Outlet+"%")
	}
	w.dates("a.published", q.Dates)
	sql := `SELECT a.id, a.source, coalesce(a.headline,''), ` + day("a.published") + `, coalesce(a.agency,''),
		coalesce(a.place,''), ` + snippet + ` FROM articles a` + w.String() + ` ORDER BY ` + order
	sql += ` LIMIT ` + w.arg(limit) + ` OFFSET ` + w.arg(offset)
	rows, err := s.pool.Query(ctx, sql, w.args...)
	if err != nil {
		return nil, fmt.Errorf("search articles: %w", err)
	}
	defer rows.Close()
	var out []dateline.ArticleHit
	for rows.Next() {
		var h dateline.ArticleHit
		var pub *string
		if err := rows.Scan(&h.ID, &h.Source, &h.Headline, &pub, &h.Agency, &h.Place, &h.Snippet); err != nil {
			return nil, fmt.Errorf("search articles: %w", err)
		}
		if tq != "" {
			h.Snippet = storekit.Snippet(h.Snippet, q.Text)
		}
		h.Published = parseDate(pub)
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search articles: %w", err)
	}
	return out, nil
}

const quoteCols = `q.article, coalesce(a.headline,''), q.idx, q.text, q.kind, coalesce(q.speaker,''),
	coalesce(q.speaker_entity,''), coalesce(q.mention,''), coalesce(q.cue,''), to_char(q.date, 'YYYY-MM-DD'),
	coalesce(q.sentence,''), coalesce(q.parent,-1), to_char(q.published, 'YYYY-MM-DD')`

func scanQuotes(rows pgx.Rows) ([]dateline.QuoteHit, error) {
	defer rows.Close()
	var out []dateline.QuoteHit
	for rows.Next() {
		var h dateline.QuoteHit
		var date, pub *string
		if err := rows.Scan(&h.ArticleID, &h.Headline, &h.Index, &h.Text, &h.Kind, &h.Speaker, &h.SpeakerID, &h.Mention,
			&h.Cue, &date, &h.Sentence, &h.Parent, &pub); err != nil {
			return nil, err
		}
		h.Date, h.ArticleDay = parseDate(date), parseDate(pub)
		out = append(out, h)
	}
	return out, rows.Err()
}

// Quotes lists quotes by speaker, subject, text and date.
func (s *Store) Quotes(ctx context.Context, q dateline.QuoteQuery) ([]dateline.QuoteHit, error) {
	limit, offset := limits(q.Page)
	var w where
	if q.Speaker != "" && q.Exact {
		w.add("q.speaker_entity = ?", q.Speaker)
	} else if q.Speaker != "" {
		name := storekit.Named("q.speaker", "q.speaker_entity", q.Speaker)
		w.add(name.SQL, name.Args...)
	}
	if tq := tsQuery(&w, q.Text+" "+q.About); tq != "" {
		w.conds = append(w.conds, "q.tsv @@ "+tq)
	}
	w.dates("coalesce(q.date, q.published)", q.Dates)
	sql := `SELECT ` + quoteCols + ` FROM quotes q JOIN articles a ON a.id = q.article` + w.String() +
		` ORDER BY coalesce(q.date, q.published) DESC NULLS LAST, q.article, q.idx`
	sql += ` LIMIT ` + w.arg(limit) + ` OFFSET ` + w.arg(offset)
	rows, err := s.pool.Query(ctx, sql, w.args...)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	out, err := scanQuotes(rows)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	return out, nil
}

// actorSummarySQL selects actors as scanActors reads them.
func actorSummarySQL() string {
	return `SELECT e.entity, ` + storekit.NameOf("e.entity") + `, ` + storekit.MostOf("type", "e.entity") + `,
	coalesce(` + storekit.MostOf("country", "e.entity") + `,''), coalesce(` + storekit.MostOf("sector", "e.entity") + `,''),
	count(DISTINCT e.article),
	(SELECT count(*) FROM quotes q WHERE q.speaker_entity = e.entity),
	to_char(max(e.published), 'YYYY-MM-DD')
	FROM entities e`
}

func scanActors(rows pgx.Rows) ([]dateline.ActorSummary, error) {
	defer rows.Close()
	var out []dateline.ActorSummary
	for rows.Next() {
		var a dateline.ActorSummary
		var last *string
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
	sql := actorSummarySQL() + w.String() + ` GROUP BY e.entity ORDER BY count(DISTINCT e.article) DESC, e.entity`
	sql += ` LIMIT ` + w.arg(limit) + ` OFFSET ` + w.arg(offset)
	rows, err := s.pool.Query(ctx, sql, w.args...)
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
	rows, err := s.pool.Query(ctx, actorSummarySQL()+` WHERE e.entity = $1 GROUP BY e.entity`, id)
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
	rows, err = s.pool.Query(ctx, `SELECT role, coalesce(country,''), `+day("min(published)")+`, `+day("max(published)")+`,
		count(DISTINCT article) FROM entities WHERE entity = $1 AND role IS NOT NULL AND role != ''
		GROUP BY role, country ORDER BY min(published) NULLS FIRST, role`, id)
	if err != nil {
		return nil, fmt.Errorf("actor %s: roles: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var r dateline.ActorRole
		var first, last *string
		if err := rows.Scan(&r.Role, &r.Country, &first, &last, &r.Articles); err != nil {
			return nil, fmt.Errorf("actor %s: roles: %w", id, err)
		}
		r.First, r.Last = parseDate(first), parseDate(last)
		d.Roles = append(d.Roles, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("actor %s: roles: %w", id, err)
	}
	return d, nil
}

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

// EachEvent calls fn with each event Events lists for q, in its order: a
// cursor over the events, in one read-only transaction (one snapshot), is
// read storekit.EventBatch events at a time, and each batch is given its
// reports before fn sees it.
func (s *Store) EachEvent(ctx context.Context, q dateline.EventQuery, fn func(dateline.EventGroup) error) error {
	limit, offset := limits(q.Page)
	var w where
	w.conds = append(w.conds, "e.gfirst")
	for _, c := range storekit.EventConds(q) {
		w.add(c.SQL, c.Args...)
	}
	w.dates("e.date", q.Dates)
	sql := `SELECT e.gid, e.article, e.type, coalesce(e.source_name,''), coalesce(e.source_entity,''),
		coalesce(e.source_country,''), coalesce(e.source_sector,''), coalesce(e.target_name,''), coalesce(e.target_entity,''),
		coalesce(e.target_country,''), coalesce(e.target_sector,''), ` + day("e.date") + `, coalesce(e.place,''), coalesce(e.place_country,''),
		coalesce(e.lat,0), coalesce(e.lon,0), e.mode, coalesce(e.text,''), coalesce(e.trigger,''), coalesce(e.context,'')
		FROM events e` + w.String() + ` ORDER BY e.date DESC NULLS LAST, e.article, e.idx`
	sql += ` LIMIT ` + w.arg(limit) + ` OFFSET ` + w.arg(offset)
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if _, err := tx.Exec(ctx, `DECLARE events_cursor NO SCROLL CURSOR FOR `+sql, w.args...); err != nil {
		return fmt.Errorf("events: %w", err)
	}
	fetch := `FETCH ` + strconv.Itoa(storekit.EventBatch) + ` FROM events_cursor`
	batch := make([]dateline.EventGroup, 0, storekit.EventBatch)
	for {
		batch, err = fetchEvents(ctx, tx, fetch, batch[:0])
		if err != nil {
			return fmt.Errorf("events: %w", err)
		}
		if len(batch) == 0 {
			return nil
		}
		reports, err := eventReports(ctx, tx, batch)
		if err != nil {
			return fmt.Errorf("events: %w", err)
		}
		storekit.FillReports(batch, reports)
		for _, g := range batch {
			if err := fn(g); err != nil {
				return err
			}
		}
		if len(batch) < storekit.EventBatch {
			return nil
		}
		clear(batch)
	}
}

// fetchEvents appends the events the cursor fetch gives to batch.
func fetchEvents(ctx context.Context, tx pgx.Tx, fetch string, batch []dateline.EventGroup) ([]dateline.EventGroup, error) {
	rows, err := tx.Query(ctx, fetch)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var g dateline.EventGroup
		var art, ctxs string
		var date *string
		if err := rows.Scan(&g.ID, &art, &g.Type, &g.Source.Name, &g.SourceID, &g.Source.Country, &g.Source.Sector,
			&g.Target.Name, &g.TargetID, &g.Target.Country, &g.Target.Sector, &date, &g.Place, &g.PlaceCountry,
			&g.Lat, &g.Lon, &g.Mode, &g.Text, &g.Trigger, &ctxs); err != nil {
			return nil, err
		}
		g.Date = parseDate(date)
		if ctxs != "" {
			g.Context = strings.Split(ctxs, ";")
		}
		g.ArticleIDs = []string{art}
		batch = append(batch, g)
	}
	return batch, rows.Err()
}

// eventReports finds the articles reporting each of gs, with the date each
// gives the event.
func eventReports(ctx context.Context, tx pgx.Tx, gs []dateline.EventGroup) (map[string]map[string]dateline.Date, error) {
	ids := make([]string, len(gs))
	for i, g := range gs {
		ids[i] = g.ID
	}
	reports := map[string]map[string]dateline.Date{}
	rows, err := tx.Query(ctx, `SELECT gid, article, `+day("min(date)")+` FROM events WHERE gid = ANY($1) GROUP BY gid, article`, ids)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, art string
		var date *string
		if err := rows.Scan(&id, &art, &date); err != nil {
			return nil, err
		}
		if reports[id] == nil {
			reports[id] = map[string]dateline.Date{}
		}
		reports[id][art] = parseDate(date)
	}
	return reports, rows.Err()
}

// Stats sums up the store.
func (s *Store) Stats(ctx context.Context) (dateline.Stats, error) {
	var st dateline.Stats
	var first, last *string
	err := s.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM quotes),
		(SELECT count(*) FROM events WHERE gfirst), (SELECT `+storekit.ReportCount+` FROM events e),
		(SELECT count(DISTINCT entity) FROM entities),
		`+day("(SELECT min(published) FROM articles)")+`, `+day("(SELECT max(published) FROM articles)")).
		Scan(&st.Articles, &st.Quotes, &st.Events, &st.Reports, &st.Actors, &first, &last)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	st.First, st.Last = parseDate(first), parseDate(last)
	rows, err := s.pool.Query(ctx, storekit.TopSpeakersSQL())
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	for rows.Next() {
		var a dateline.ActorSummary
		if err := rows.Scan(&a.ID, &a.Name, &a.Quotes); err != nil {
			rows.Close()
			return st, fmt.Errorf("stats: %w", err)
		}
		st.TopSpeakers = append(st.TopSpeakers, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	st.Outlets = map[string]int{}
	orows, err := s.pool.Query(ctx, `SELECT coalesce(agency, url, ''), count(*) FROM articles GROUP BY 1`)
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
	if err := orows.Err(); err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// modes adds the condition on the modes to count (asserted and reported when
// none are given).
func modes(w *where, ms []string) {
	if len(ms) == 0 {
		ms = []string{dateline.Asserted, dateline.Reported}
	}
	w.add("e.mode = ANY(?)", ms)
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
	rows, err := s.pool.Query(ctx, `SELECT `+key("source")+`, `+name("source")+`, `+key("target")+
		`, `+name("target")+`, e.type, `+storekit.ReportCount+`
		FROM events e JOIN articles a ON a.id = e.article`+w.String()+` GROUP BY 1, 3, 5`, w.args...)
	if err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	type pair struct{ s, t string }
	edges := map[pair]*dateline.NetworkEdge{}
	names := map[string]string{}
	for rows.Next() {
		var src, sname, tgt, tname, typ string
		var n int
		if err := rows.Scan(&src, &sname, &tgt, &tname, &typ, &n); err != nil {
			rows.Close()
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
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	net, nodes, order := storekit.Assemble(slices.Collect(maps.Values(edges)), names, limit)
	if err := s.entityNames(ctx, order, nodes); err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	return storekit.Finish(net, nodes, order), nil
}

// entityNames names nodes by their entity's canonical name where one is
// stored (a country code is the id of its country's entity).
func (s *Store) entityNames(ctx context.Context, ids []string, nodes map[string]*dateline.NetworkNode) error {
	if len(ids) > 0 {
		rows, err := s.pool.Query(ctx, `SELECT o.entity, `+storekit.NameOf("o.entity")+` FROM entities o WHERE o.entity = ANY($1) GROUP BY o.entity`, ids)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id, name string
			if err := rows.Scan(&id, &name); err != nil {
				return err
			}
			nodes[id].Name = name
		}
		if err := rows.Err(); err != nil {
			return err
		}
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
	const when = "coalesce(e.date, a.published)"
	var bucket string
	switch q.Interval {
	case "", dateline.Month:
		bucket = "date_trunc('month', (" + when + ")::timestamp)::date"
	case dateline.Week:
		bucket = "date_trunc('week', (" + when + ")::timestamp)::date" // ISO weeks start on Monday
	default:
		return nil, fmt.Errorf("timeline: unknown interval %q", q.Interval)
	}
	var w where
	modes(&w, q.Modes)
	w.dates(when, q.Dates)
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
	rows, err := s.pool.Query(ctx, `SELECT `+day(bucket)+`, e.type, `+storekit.ReportCount+` FROM events e JOIN articles a ON a.id = e.article`+
		w.String()+` GROUP BY 1, 2 ORDER BY 1 NULLS FIRST`, w.args...)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	defer rows.Close()
	var out []dateline.TimelineBucket
	for rows.Next() {
		var start *string
		var typ string
		var n int
		if err := rows.Scan(&start, &typ, &n); err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		d := parseDate(start) // zero for undated events, which come first
		if len(out) == 0 || out[len(out)-1].Start != d {
			out = append(out, dateline.TimelineBucket{Start: d})
		}
		out[len(out)-1].Add(typ, n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	return out, nil
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
	rows, err := s.pool.Query(ctx, `SELECT `+quoteCols+` FROM quotes q JOIN articles a ON a.id = q.article`+w.String()+
		` ORDER BY coalesce(q.date, q.published) DESC NULLS LAST, q.article, q.idx`, w.args...)
	if err != nil {
		return nil, fmt.Errorf("quotes about: %w", err)
	}
	cands, err := scanQuotes(rows)
	if err != nil {
		return nil, fmt.Errorf("quotes about: %w", err)
	}
	n := -1
	if l, ok := limit.(int); ok {
		n = l
	}
	return storekit.About(ctx, cands, q.About, offset, n, s.Article)
}
