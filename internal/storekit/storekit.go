// Package storekit holds what every dateline.Store implementation shares
// beyond SQL: grouping event reports into events, checking that a quote names
// an actor, and naming outlets. The SQLite and PostgreSQL stores both use it,
// so that they answer the same queries the same way.
package storekit

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/contract"
)

// eventKey is what two reports of one event share besides a close date.
// An outlet telling an event in its own words (asserted) and one telling it
// in a side's words (reported) report the same event; one that did not
// happen (negated) or may happen (hypothetical) is another.
func eventKey(g dateline.EventGroup) string {
	actor := func(x dateline.EventActor) string {
		if x.Country != "" || x.Sector != "" {
			return x.Country + "/" + x.Sector
		}
		return strings.ToLower(x.Name)
	}
	mode := g.Mode
	if mode == dateline.Reported {
		mode = dateline.Asserted
	}
	return strings.Join([]string{g.Type, actor(g.Source), actor(g.Target), strings.ToLower(g.Place), mode}, "|")
}

// Group merges reports of the same event: same key (type, sides, place,
// and mode, asserted and reported being one) and dates within one day of
// the group's first report, whose mode the group keeps. An article that tells the same event twice
// (the lead and a later paragraph) is one report; Reports counts the articles
// that report it. Events with no date are never merged. Input order (newest
// first) is kept. Each input holds one report (its first ArticleIDs entry).
func Group(evs []dateline.EventGroup) []dateline.EventGroup {
	var out []dateline.EventGroup
	byKey := map[string][]int{}
	for _, e := range evs {
		k := eventKey(e)
		merged := false
		if !e.Date.IsZero() {
			for _, i := range byKey[k] {
				g := &out[i]
				days := g.Date.Time().Sub(e.Date.Time()).Hours() / 24
				if days < -1 || days > 1 {
					continue
				}
				if !slices.Contains(g.ArticleIDs, e.ArticleIDs[0]) {
					g.Reports++
					g.ArticleIDs = append(g.ArticleIDs, e.ArticleIDs[0])
				}
				merged = true
				break
			}
		}
		if !merged {
			byKey[k] = append(byKey[k], len(out))
			out = append(out, e)
		}
	}
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

// Window is a page cut out of a listing already in memory.
func Window[T any](xs []T, limit, offset int) []T {
	if offset >= len(xs) {
		return nil
	}
	xs = xs[offset:]
	if limit >= 0 && len(xs) > limit {
		xs = xs[:limit]
	}
	return xs
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
