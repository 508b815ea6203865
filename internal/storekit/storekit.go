// Package storekit holds what every dateline.Store implementation shares
// beyond SQL: assigning event reports to events, checking that a quote names
// an actor, and naming outlets. The SQLite and PostgreSQL stores both use it,
// so that they answer the same queries the same way.
package storekit

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/contract"
)

// EventKeyVersion numbers the ways EventKey has grouped reports; a store
// made under an earlier one regroups its reports when opened (version 2: a
// state's executive, armed forces, police and intelligence are the state).
const EventKeyVersion = 2

// EventKey is what two reports of one event share besides a close date: the
// type, the sides, the place and the mode. A side is its country when it is
// the state acting as such ("Russia", "Putin", "Moscow", "Russian forces",
// "Russian police": sectors GOV, MIL, COP, SPY or none), else its country and
// sector ("Russian lawmakers", "Syrian rebels"), or its name when it has
// neither. An outlet telling an event in its own words (asserted) and one
// telling it in a side's words (reported) report the same event; one that did
// not happen (negated) or may happen (hypothetical) is another. It is computed
// in Go, so that both stores fold case alike.
func EventKey(e contract.Event) string {
	side := func(a *contract.Actor) string {
		if a == nil {
			return ""
		}
		country, sector := deref(a.Country), deref(a.Sector)
		switch {
		case country != "" && stateSectors[sector]:
			return country
		case country != "" || sector != "":
			return country + "/" + sector
		}
		return strings.ToLower(deref(a.Name))
	}
	mode := e.Mode
	if mode == dateline.Reported {
		mode = dateline.Asserted
	}
	var place string
	if e.Place != nil {
		place = strings.ToLower(e.Place.Name)
	}
	return strings.Join([]string{e.Type, side(e.Source), side(e.Target), place, mode}, "|")
}

// stateSectors are the PLOVER sectors through which a state acts as such,
// with "" (the country named).
var stateSectors = map[string]bool{"": true, "GOV": true, "MIL": true, "COP": true, "SPY": true}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// EventID is the id of the event of key whose first report is dated d. Two
// events of one key are at least two days apart, so the id is unique; it
// does not change when reports are added or the articles are stored again.
func EventID(key string, d dateline.Date) string {
	return shortHash(key + "\n" + d.String())
}

// UndatedID is the id of an event with no date, which is only ever reported
// by the article it comes from: its index there names it.
func UndatedID(article string, index int) string {
	return shortHash("undated\n" + article + "\n" + strconv.Itoa(index))
}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}

// A Report is one event as an article tells it, as grouping sees it.
type Report struct {
	Key   string        // EventKey
	Date  dateline.Date // zero when unknown
	Index int           // the event's index in its article
}

// ReportOf is the Report of event index of an article.
func ReportOf(e contract.Event, index int) Report {
	r := Report{Key: EventKey(e), Index: index}
	if e.Date != nil {
		r.Date, _ = dateline.ParseDate(*e.Date)
	}
	return r
}

// An Anchor is a stored event: its id and its first report's date.
type Anchor struct {
	ID   string
	Date dateline.Date
}

// Anchors finds the stored events of key whose first report is dated within
// one day of d.
type Anchors func(ctx context.Context, key string, d dateline.Date) ([]Anchor, error)

// Assignment is the event a report belongs to.
type Assignment struct {
	ID    string
	First bool // the report is its event's first: the event was made for it
}

// Assign gives each report of one article its event. A dated report joins
// the event of its key whose first report is dated within one day of it (the
// nearest; the earlier of two as near), stored before (found by stored) or
// told earlier in the same article; else it is the first report of a new
// event. The article's reports are taken earliest first, so that the
// article's most precise date ("on Tuesday" in the body rather than the
// publication date its headline gets) dates the event. An undated report is
// an event of its own. Once made, an event keeps its id and first report:
// adding reports never changes an event already stored.
func Assign(ctx context.Context, article string, reps []Report, stored Anchors) ([]Assignment, error) {
	out := make([]Assignment, len(reps))
	order := make([]int, len(reps))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		da, db := reps[order[a]].Date, reps[order[b]].Date
		if da.IsZero() || db.IsZero() {
			return !da.IsZero() && db.IsZero()
		}
		return da.Before(db)
	})
	made := map[string][]Anchor{} // events made by this article
	for _, i := range order {
		r := reps[i]
		if r.Date.IsZero() {
			out[i] = Assignment{ID: UndatedID(article, r.Index), First: true}
			continue
		}
		cands, err := stored(ctx, r.Key, r.Date)
		if err != nil {
			return nil, err
		}
		if a, ok := nearest(append(cands, made[r.Key]...), r.Date); ok {
			out[i] = Assignment{ID: a.ID}
			continue
		}
		a := Anchor{ID: EventID(r.Key, r.Date), Date: r.Date}
		made[r.Key] = append(made[r.Key], a)
		out[i] = Assignment{ID: a.ID, First: true}
	}
	return out, nil
}

// nearest is the anchor dated nearest d, at most one day away; the earlier
// of two as near.
func nearest(as []Anchor, d dateline.Date) (Anchor, bool) {
	var best Anchor
	bestGap := 2
	for _, a := range as {
		gap := int(d.Time().Sub(a.Date.Time()).Hours() / 24)
		if gap < 0 {
			gap = -gap
		}
		if gap < bestGap || (gap == bestGap && gap < 2 && a.Date.Before(best.Date)) {
			best, bestGap = a, gap
		}
	}
	return best, bestGap < 2
}

// Memory is an Anchors over events held in memory, to assign the reports of
// many stored articles at once (a store made before events had ids). Its
// events are indexed by key and date, so that finding those near a date
// looks at three days, not at every event of the key (which made the
// upgrade of a large store quadratic).
type Memory map[DayKey][]Anchor

// DayKey is an event key and its first report's date.
type DayKey struct {
	Key  string
	Date dateline.Date
}

// Put records the stored event a, of key.
func (m Memory) Put(key string, a Anchor) {
	k := DayKey{key, a.Date}
	m[k] = append(m[k], a)
}

// Find is m's Anchors: the events of key dated within one day of d.
func (m Memory) Find(_ context.Context, key string, d dateline.Date) ([]Anchor, error) {
	var out []Anchor
	for _, day := range []dateline.Date{d.AddDays(-1), d, d.AddDays(1)} {
		out = append(out, m[DayKey{key, day}]...)
	}
	return out, nil
}

// Add records the events that as made for reps.
func (m Memory) Add(reps []Report, as []Assignment) {
	for i, a := range as {
		if a.First && !reps[i].Date.IsZero() {
			m.Put(reps[i].Key, Anchor{ID: a.ID, Date: reps[i].Date})
		}
	}
}

// Cond is one SQL condition with ? placeholders and its arguments.
type Cond struct {
	SQL  string
	Args []any
}

// EventConds are the conditions of q but its dates on an event's first
// report (alias e; the column gfirst marks it) in a store's events table:
// the event's type, place and mode, and for each side its country, or an
// entity id or the words of a name (Named) any report of the event (alias x)
// gives that side; with q.Exact, a country code, an entity id or a whole name
// as Side matches them.
func EventConds(q dateline.EventQuery) []Cond {
	var cs []Cond
	for _, c := range []struct{ val, prefix string }{{q.Source, "source"}, {q.Target, "target"}} {
		if c.val != "" && q.Exact {
			p := c.prefix
			cs = append(cs, Cond{"(e." + p + "_country = upper(?) OR EXISTS (SELECT 1 FROM events x WHERE x.gid = e.gid AND (x." +
				p + "_entity = ? OR lower(x." + p + "_name) = lower(?))))", []any{c.val, c.val, c.val}})
		} else if c.val != "" {
			p := c.prefix
			name := Named("x."+p+"_name", "x."+p+"_entity", c.val)
			cs = append(cs, Cond{"(e." + p + "_country = upper(?) OR EXISTS (SELECT 1 FROM events x WHERE x.gid = e.gid AND " +
				name.SQL + "))", append([]any{c.val}, name.Args...)})
		}
	}
	if q.Type != "" {
		cs = append(cs, Cond{"e.type = ?", []any{strings.ToUpper(q.Type)}})
	}
	if q.Place != "" {
		// A country's name ("Syria") is the country, as its code is: the
		// events placed anywhere in it, not only those placed at the
		// country as a whole. A country's entity has its code as its id.
		// A place's name before a comma is the place as users type it
		// ("Washington" finds "Washington, D.C.").
		head := like("lower(e.place)", "", q.Place, ", %")
		cs = append(cs, Cond{"(lower(e.place) = lower(?) OR " + head.SQL + " OR e.place_country = upper(?) OR e.place_country IN " +
			"(SELECT n.entity FROM entities n WHERE n.entity = n.country AND lower(n.name) = lower(?)))",
			append(append([]any{q.Place}, head.Args...), q.Place, q.Place)})
	}
	if q.Mode != "" {
		cs = append(cs, Cond{"e.mode = ?", []any{q.Mode}})
	}
	return cs
}

// Named is the SQL condition that a speaker or an event's side, named in
// column nameCol and linked to the entity id in column entityCol, is v: the
// entity id v, a name with the words of v (Words), or an entity some stored
// article names with those words. So "Sergei Lavrov" also finds sergey-lavrov
// where a story spells him "Sergey Lavrov", as the name dateline shows for an
// entity is only one of the names the stories give it.
func Named(nameCol, entityCol, v string) Cond {
	name := Words(nameCol, v)
	known := Words("n.name", v)
	args := append([]any{v}, name.Args...)
	return Cond{"(" + entityCol + " = ? OR " + name.SQL + " OR " + entityCol +
		" IN (SELECT n.entity FROM entities n WHERE " + known.SQL + "))", append(args, known.Args...)}
}

// Words is the SQL condition that the name in column col holds the words of
// v, in any case, spelt with v's accents or without them: "Lavrov" and
// "sergei lavrov" match "Sergei Lavrov", "Erdoğan" matches "Recep Tayyip
// Erdogan"; "Lavr" does not match.
func Words(col, v string) Cond {
	return like("(' ' || lower("+col+") || ' ')", "% ", strings.Join(strings.Fields(v), " "), " %")
}

// Part is the SQL condition that the name in column col contains v, in any
// case, spelt with v's accents or without them: "lavr" matches "Sergei
// Lavrov".
func Part(col, v string) Cond {
	return like("lower("+col+")", "%", v, "%")
}

// like matches expr against pre+v+post, v lower-cased and escaped, and
// also v folded when that differs.
func like(expr, pre, v, post string) Cond {
	v = strings.ToLower(v)
	forms := []string{v}
	if f := Fold(v); f != v {
		forms = append(forms, f)
	}
	esc := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	var c Cond
	var ors []string
	for _, f := range forms {
		ors = append(ors, expr+` LIKE ? ESCAPE '\'`)
		c.Args = append(c.Args, pre+esc.Replace(f)+post)
	}
	c.SQL = "(" + strings.Join(ors, " OR ") + ")"
	return c
}

// EventBatch is how many events a store's EachEvent reads, and finds the
// reports of, at a time: the most it holds at once.
const EventBatch = 500

// FillReports sets the Reports and ArticleIDs of events whose ArticleIDs
// hold their first report's article, from the articles reporting each
// (event id -> article -> the date it gives the event).
func FillReports(gs []dateline.EventGroup, reports map[string]map[string]dateline.Date) {
	for i := range gs {
		g := &gs[i]
		dates := reports[g.ID]
		arts := make([]string, 0, len(dates)+1)
		for a := range dates {
			arts = append(arts, a)
		}
		if len(g.ArticleIDs) > 0 && !slices.Contains(arts, g.ArticleIDs[0]) {
			arts = append(arts, g.ArticleIDs[0])
		}
		var first string
		if len(g.ArticleIDs) > 0 {
			first = g.ArticleIDs[0]
		}
		g.ArticleIDs = ArticleOrder(first, arts, dates)
		g.Reports = len(g.ArticleIDs)
	}
}

// ArticleOrder puts the articles of a page's events in order: the first
// report's article first, then by the date each article reports the event
// (earliest first), then by id.
func ArticleOrder(first string, arts []string, dates map[string]dateline.Date) []string {
	out := slices.Clone(arts)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a == first) != (b == first) {
			return a == first
		}
		da, db := dates[a], dates[b]
		if da != db {
			if da.IsZero() || db.IsZero() {
				return !da.IsZero()
			}
			return da.Before(db)
		}
		return a < b
	})
	return out
}

// NamesIn reports whether quote qi of doc names the actor about (an entity
// id or a country code) inside its words, or has an event aimed at it. A
// speaker naming themself does not count.
func NamesIn(doc *contract.Article, qi int, about string) bool {
	if qi < 0 || qi >= len(doc.Quotes) {
		return false
	}
	q := doc.Quotes[qi]
	parts := q.Parts
	if len(parts) == 0 {
		parts = []contract.Part{{Start: q.Start, End: q.End}}
	}
	for _, e := range doc.Entities {
		if e.ID != about && (e.Country == nil || *e.Country != about) {
			continue
		}
		if q.Speaker.Entity != nil && *q.Speaker.Entity == e.ID {
			continue // the speaker naming themself
		}
		for _, m := range e.Mentions {
			if m.In != q.In {
				continue
			}
			for _, p := range parts {
				if m.Start >= p.Start && m.End <= p.End {
					return true
				}
			}
		}
	}
	for _, ev := range doc.Events {
		if ev.Quote == nil || *ev.Quote != qi || ev.Target == nil {
			continue
		}
		if t := ev.Target; (t.Entity != nil && *t.Entity == about) || (t.Country != nil && *t.Country == about) {
			return true
		}
	}
	return false
}

// Outlet names an article's outlet from its agency or URL (k): the URL's
// host without "www.", else k itself, else "unknown".
func Outlet(k string) string {
	if u, err := url.Parse(k); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Host, "www.")
	}
	if k == "" {
		return "unknown"
	}
	return k
}

// Assemble turns counted edges into a network: edges with events, heaviest
// first (ties by source, then target), at most limit of them, and a node for
// every actor they touch with its counts summed. names gives the names read
// with the events; order lists node ids as first met, for the caller to name
// them from its store before Finish.
func Assemble(edges []*dateline.NetworkEdge, names map[string]string, limit int) (*dateline.Network, map[string]*dateline.NetworkNode, []string) {
	net := &dateline.Network{}
	for _, e := range edges {
		if e.Total() > 0 {
			net.Edges = append(net.Edges, *e)
		}
	}
	sort.Slice(net.Edges, func(i, j int) bool {
		a, b := net.Edges[i], net.Edges[j]
		if a.Total() != b.Total() {
			return a.Total() > b.Total()
		}
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		return a.Target < b.Target
	})
	if len(net.Edges) > limit {
		net.Edges = net.Edges[:limit]
	}
	nodes := map[string]*dateline.NetworkNode{}
	var order []string
	for _, e := range net.Edges {
		for i, id := range []string{e.Source, e.Target} {
			if i == 1 && e.Target == e.Source {
				break
			}
			n := nodes[id]
			if n == nil {
				n = &dateline.NetworkNode{ID: id, Name: names[id]}
				nodes[id] = n
				order = append(order, id)
			}
			n.VerbalCoop += e.VerbalCoop
			n.MaterialCoop += e.MaterialCoop
			n.VerbalConflict += e.VerbalConflict
			n.MaterialConflict += e.MaterialConflict
		}
	}
	return net, nodes, order
}

// Finish puts the nodes into the network, sorted by id.
func Finish(net *dateline.Network, nodes map[string]*dateline.NetworkNode, order []string) *dateline.Network {
	order = slices.Clone(order)
	sort.Strings(order)
	for _, id := range order {
		net.Nodes = append(net.Nodes, *nodes[id])
	}
	return net
}

// About keeps the quotes among cands (in order) that name the actor about
// (see NamesIn), skipping the first offset of them and stopping at limit (a
// negative limit keeps all). article reads a stored article's contract JSON;
// each article is read once.
func About(ctx context.Context, cands []dateline.QuoteHit, about string, offset, limit int,
	article func(context.Context, string) ([]byte, error)) ([]dateline.QuoteHit, error) {
	docs := map[string]*contract.Article{}
	var out []dateline.QuoteHit
	skip := offset
	for _, h := range cands {
		doc := docs[h.ArticleID]
		if doc == nil {
			blob, err := article(ctx, h.ArticleID)
			if err != nil {
				return nil, fmt.Errorf("quotes about: %w", err)
			}
			doc = new(contract.Article)
			if err := json.Unmarshal(blob, doc); err != nil {
				return nil, fmt.Errorf("quotes about: article %s: %w", h.ArticleID, err)
			}
			docs[h.ArticleID] = doc
		}
		if !NamesIn(doc, h.Index, about) {
			continue
		}
		if skip > 0 {
			skip--
			continue
		}
		out = append(out, h)
		if len(out) == limit {
			break
		}
	}
	return out, nil
}

// Side is the SQL condition (with ? placeholders) for an event's source or
// target (prefix "source" or "target", table alias e) being the actor v: a
// country code (in any case), an entity id or a name.
func Side(prefix, v string) (string, []any) {
	p := "e." + prefix
	return "(" + p + "_country = upper(?) OR " + p + "_entity = ? OR lower(" + p + "_name) = lower(?))", []any{v, v, v}
}

// NameOf is the SQL expression of the name the entity whose id is the SQL
// expression id (qualified by its table's alias: the subquery's own table is
// n) goes by most often (the first in order of those as often):
// "Recep Tayyip Erdogan" rather than the one article's "Tayyip Erdogan",
// which max(name) chose.
func NameOf(id string) string {
	return "(SELECT n.name FROM entities n WHERE n.entity = " + id + " GROUP BY n.name ORDER BY count(*) DESC, n.name LIMIT 1)"
}

// MostOf is the SQL of the value of column col (of the entities table) that
// most stored stories give entity id, nulls aside: an actor's type, country
// and sector as most stories see it, not the largest string ("Russia" is a
// PLACE in a few stories and a body acting, ORG, in most).
func MostOf(col, id string) string {
	return "(SELECT n." + col + " FROM entities n WHERE n.entity = " + id + " AND n." + col + " IS NOT NULL AND n." + col +
		" != '' GROUP BY n." + col + " ORDER BY count(*) DESC, n." + col + " LIMIT 1)"
}

// TopSpeakersSQL lists the ten speakers quoted most (id, name, quotes): by
// entity, named as NameOf, else by the name given.
func TopSpeakersSQL() string {
	return `SELECT s.k, coalesce(` + NameOf("s.k") + `, s.speaker), s.n FROM
	(SELECT coalesce(speaker_entity, speaker) AS k, max(speaker) AS speaker, count(*) AS n FROM quotes
	WHERE speaker IS NOT NULL GROUP BY 1) s ORDER BY 3 DESC, 2 LIMIT 10`
}

// ReportCount is the SQL aggregate that counts event reports among event
// rows (alias e): an article that tells one event twice (its headline and
// a paragraph) is one report of it, as in a listing of events.
const ReportCount = "count(DISTINCT e.gid || ' ' || e.article)"

// DefaultEdges caps a network that does not give a limit.
const DefaultEdges = 200

// NetworkColumns gives, for a network by countries or by actors, the SQL
// expressions of a side's node key and of its name (an aggregate), and the
// edge limit to use (limit, or DefaultEdges, capped at max).
func NetworkColumns(by string, limit, max int) (key, name func(side string) string, n int, err error) {
	switch by {
	case "", dateline.ByCountry:
		key = func(p string) string { return "coalesce(e." + p + "_country, '')" }
		// A country is named by its own entity, never by an actor of it.
		name = func(string) string { return "''" }
	case dateline.ByActor:
		key = func(p string) string {
			return "coalesce(nullif(e." + p + "_entity, ''), e." + p + "_name, '')"
		}
		name = func(p string) string { return "max(coalesce(e." + p + "_name, ''))" }
	default:
		return nil, nil, 0, fmt.Errorf("network: unknown node kind %q", by)
	}
	if limit <= 0 {
		limit = DefaultEdges
	}
	return key, name, min(limit, max), nil
}
