package server

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/contract"
)

// The JSON shapes of the API. Dates are YYYY-MM-DD strings, or null when
// unknown; lists are never null.

type listJSON[T any] struct {
	Items  []T `json:"items"`
	Count  int `json:"count"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

func list[T any](items []T, p dateline.Page) listJSON[T] {
	if items == nil {
		items = []T{}
	}
	return listJSON[T]{Items: items, Count: len(items), Limit: p.Limit, Offset: p.Offset}
}

func dateJSON(d dateline.Date) *string {
	if d.IsZero() {
		return nil
	}
	s := d.String()
	return &s
}

func strJSON(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

type articleHitJSON struct {
	ID        string  `json:"id"`
	Source    string  `json:"source"`
	Headline  *string `json:"headline"`
	Published *string `json:"published"`
	Agency    *string `json:"agency"`
	Place     *string `json:"place"`
	Snippet   string  `json:"snippet"`
}

type speakerJSON struct {
	Name    *string `json:"name"`
	Entity  *string `json:"entity"`
	Mention *string `json:"mention"`
}

type quoteJSON struct {
	Article     string      `json:"article"`
	Headline    *string     `json:"headline"`
	Index       int         `json:"index"`
	Text        string      `json:"text"`
	Kind        string      `json:"kind"`
	Speaker     speakerJSON `json:"speaker"`
	Cue         *string     `json:"cue"`
	Date        *string     `json:"date"`
	ArticleDate *string     `json:"article_date"`
	Sentence    string      `json:"sentence"`
	Parent      *int        `json:"parent"`
}

func quoteOf(h dateline.QuoteHit) quoteJSON {
	q := quoteJSON{Article: h.ArticleID, Headline: strJSON(h.Headline), Index: h.Index, Text: h.Text, Kind: h.Kind,
		Speaker: speakerJSON{strJSON(h.Speaker), strJSON(h.SpeakerID), strJSON(h.Mention)},
		Cue:     strJSON(h.Cue), Date: dateJSON(h.Date), ArticleDate: dateJSON(h.ArticleDay), Sentence: h.Sentence}
	if h.Parent >= 0 {
		p := h.Parent
		q.Parent = &p
	}
	return q
}

func quotesOf(hs []dateline.QuoteHit) []quoteJSON {
	out := make([]quoteJSON, 0, len(hs))
	for _, h := range hs {
		out = append(out, quoteOf(h))
	}
	return out
}

type actorJSON struct {
	ID       string  `json:"id"`
	Name     string  `json:"name"`
	Type     string  `json:"type"`
	Country  *string `json:"country"`
	Sector   *string `json:"sector"`
	Articles int     `json:"articles"`
	Quotes   int     `json:"quotes"`
	LastSeen *string `json:"last_seen"`
}

func actorOf(a dateline.ActorSummary) actorJSON {
	return actorJSON{ID: a.ID, Name: a.Name, Type: a.Type, Country: strJSON(a.Country), Sector: strJSON(a.Sector),
		Articles: a.Articles, Quotes: a.Quotes, LastSeen: dateJSON(a.LastSeen)}
}

type roleJSON struct {
	Role     string  `json:"role"`
	Country  *string `json:"country"`
	First    *string `json:"first"`
	Last     *string `json:"last"`
	Articles int     `json:"articles"`
}

type eventJSON struct {
	ID       string          `json:"id"`
	Type     string          `json:"type"`
	Quad     string          `json:"quad"`
	Source   *contract.Actor `json:"source"`
	Target   *contract.Actor `json:"target"`
	Date     *string         `json:"date"`
	Place    *contract.Place `json:"place"`
	Mode     string          `json:"mode"`
	Text     string          `json:"text"`
	Trigger  *string         `json:"trigger"`
	Context  []string        `json:"context"`
	Reports  int             `json:"reports"`
	Articles []string        `json:"articles"`
}

func eventActorOf(a dateline.EventActor, id string) *contract.Actor {
	if a.Name == "" && a.Country == "" && id == "" {
		return nil
	}
	return &contract.Actor{Name: strJSON(a.Name), Entity: strJSON(id), Country: strJSON(a.Country), Sector: strJSON(a.Sector)}
}

func eventOf(g dateline.EventGroup) eventJSON {
	e := eventJSON{ID: g.ID, Type: g.Type, Quad: dateline.Quad(g.Type), Source: eventActorOf(g.Source, g.SourceID),
		Target: eventActorOf(g.Target, g.TargetID), Date: dateJSON(g.Date), Mode: g.Mode, Text: g.Text,
		Trigger: strJSON(g.Trigger), Context: g.Context, Reports: g.Reports, Articles: g.ArticleIDs}
	if g.Place != "" {
		e.Place = contract.NewPlace(g.Place, strJSON(g.PlaceCountry), g.Lat, g.Lon)
	}
	if e.Context == nil {
		e.Context = []string{}
	}
	if e.Articles == nil {
		e.Articles = []string{}
	}
	return e
}

func eventsOf(gs []dateline.EventGroup) []eventJSON {
	out := make([]eventJSON, 0, len(gs))
	for _, g := range gs {
		out = append(out, eventOf(g))
	}
	return out
}

type countsJSON struct {
	VerbalCoop       int `json:"verbal_cooperation"`
	MaterialCoop     int `json:"material_cooperation"`
	VerbalConflict   int `json:"verbal_conflict"`
	MaterialConflict int `json:"material_conflict"`
	Total            int `json:"total"`
}

func countsOf(c dateline.QuadCounts) countsJSON {
	return countsJSON{c.VerbalCoop, c.MaterialCoop, c.VerbalConflict, c.MaterialConflict, c.Total()}
}

func (s *Server) apiStats(r *http.Request) (any, error) {
	st, err := s.st.Stats(r.Context())
	if err != nil {
		return nil, err
	}
	top := make([]map[string]any, 0, len(st.TopSpeakers))
	for _, a := range st.TopSpeakers {
		top = append(top, map[string]any{"id": a.ID, "name": a.Name, "quotes": a.Quotes})
	}
	outlets := st.Outlets
	if outlets == nil {
		outlets = map[string]int{}
	}
	return map[string]any{"articles": st.Articles, "quotes": st.Quotes, "events": st.Events, "event_reports": st.Reports, "actors": st.Actors,
		"first": dateJSON(st.First), "last": dateJSON(st.Last), "top_speakers": top, "outlets": outlets}, nil
}

func (s *Server) articleQuery(r *http.Request) (dateline.ArticleQuery, error) {
	p := s.params(r)
	q := dateline.ArticleQuery{Text: p.str("q"), Outlet: p.str("outlet"), Dates: p.dates(), Page: p.page()}
	return q, p.err
}

func (s *Server) apiArticles(r *http.Request) (any, error) {
	q, err := s.articleQuery(r)
	if err != nil {
		return nil, err
	}
	hits, err := s.st.SearchArticles(r.Context(), q)
	if err != nil {
		return nil, err
	}
	out := make([]articleHitJSON, 0, len(hits))
	for _, h := range hits {
		out = append(out, articleHitJSON{h.ID, h.Source, strJSON(h.Headline), dateJSON(h.Published),
			strJSON(h.Agency), strJSON(h.Place), h.Snippet})
	}
	return list(out, q.Page), nil
}

// validID rejects ids no store would hold, before asking it.
func validID(id string) error {
	if id == "" || len(id) > maxParam || strings.ContainsAny(id, "\x00\n\r") || !utf8.ValidString(id) {
		return errorf(http.StatusBadRequest, "bad id")
	}
	return nil
}

func (s *Server) apiArticle(r *http.Request) (any, error) {
	id := r.PathValue("id")
	if err := validID(id); err != nil {
		return nil, err
	}
	doc, err := s.st.Article(r.Context(), id)
	if errors.Is(err, dateline.ErrNotFound) {
		return nil, errorf(http.StatusNotFound, "no article %q", id)
	}
	if err != nil {
		return nil, err
	}
	if !json.Valid(doc) {
		return nil, errors.New("article " + id + ": stored JSON is not valid")
	}
	return json.RawMessage(doc), nil
}

func (s *Server) apiActors(r *http.Request) (any, error) {
	p := s.params(r)
	q := dateline.ActorQuery{Name: p.str("q"), Page: p.page()}
	if p.err != nil {
		return nil, p.err
	}
	as, err := s.st.Actors(r.Context(), q)
	if err != nil {
		return nil, err
	}
	out := make([]actorJSON, 0, len(as))
	for _, a := range as {
		out = append(out, actorOf(a))
	}
	return list(out, q.Page), nil
}

// actorView is one actor with what they said and did.
type actorView struct {
	Detail   *dateline.ActorDetail
	Quotes   []dateline.QuoteHit
	AsSource []dateline.EventGroup
	AsTarget []dateline.EventGroup
}

func (s *Server) actorView(r *http.Request, id string, limit int) (*actorView, error) {
	if err := validID(id); err != nil {
		return nil, err
	}
	ctx := r.Context()
	d, err := s.st.Actor(ctx, id)
	if errors.Is(err, dateline.ErrNotFound) {
		return nil, errorf(http.StatusNotFound, "no actor %q", id)
	}
	if err != nil {
		return nil, err
	}
	v := &actorView{Detail: d}
	page := dateline.Page{Limit: limit}
	if v.Quotes, err = s.st.Quotes(ctx, dateline.QuoteQuery{Speaker: id, Exact: true, Page: page}); err != nil {
		return nil, err
	}
	if v.AsSource, err = s.st.Events(ctx, dateline.EventQuery{Source: id, Exact: true, Page: page}); err != nil {
		return nil, err
	}
	if v.AsTarget, err = s.st.Events(ctx, dateline.EventQuery{Target: id, Exact: true, Page: page}); err != nil {
		return nil, err
	}
	return v, nil
}

func (s *Server) apiActor(r *http.Request) (any, error) {
	p := s.params(r)
	limit := p.page().Limit
	if p.err != nil {
		return nil, p.err
	}
	v, err := s.actorView(r, r.PathValue("id"), limit)
	if err != nil {
		return nil, err
	}
	roles := make([]roleJSON, 0, len(v.Detail.Roles))
	for _, ro := range v.Detail.Roles {
		roles = append(roles, roleJSON{ro.Role, strJSON(ro.Country), dateJSON(ro.First), dateJSON(ro.Last), ro.Articles})
	}
	return struct {
		actorJSON
		Roles    []roleJSON  `json:"roles"`
		Said     []quoteJSON `json:"quotes"`
		AsSource []eventJSON `json:"events_as_source"`
		AsTarget []eventJSON `json:"events_as_target"`
	}{actorOf(v.Detail.ActorSummary), roles, quotesOf(v.Quotes), eventsOf(v.AsSource), eventsOf(v.AsTarget)}, nil
}

func (s *Server) apiQuotes(r *http.Request) (any, error) {
	p := s.params(r)
	q := dateline.QuoteQuery{Speaker: p.str("speaker"), About: p.str("about"), Text: p.str("q"), Dates: p.dates(), Page: p.page()}
	if p.err != nil {
		return nil, p.err
	}
	hs, err := s.st.Quotes(r.Context(), q)
	if err != nil {
		return nil, err
	}
	return list(quotesOf(hs), q.Page), nil
}

func (s *Server) apiEvents(r *http.Request) (any, error) {
	p := s.params(r)
	q := dateline.EventQuery{Type: p.oneOf("type", "", eventTypes...), Source: p.str("source"), Target: p.str("target"),
		Place: p.str("place"), Mode: p.oneOf("mode", "", eventModes...), Dates: p.dates(), Page: p.page()}
	if p.err != nil {
		return nil, p.err
	}
	gs, err := s.st.Events(r.Context(), q)
	if err != nil {
		return nil, err
	}
	return list(eventsOf(gs), q.Page), nil
}

// networkQuery reads by, from, to, mode and limit (edges, default 200).
func (s *Server) networkQuery(r *http.Request) (dateline.NetworkQuery, error) {
	p := s.params(r)
	q := dateline.NetworkQuery{By: p.oneOf("by", dateline.ByCountry, dateline.ByCountry, dateline.ByActor),
		Dates: p.dates(), Modes: p.modes(), Limit: p.int("limit", 200, 1)}
	q.Limit = min(q.Limit, s.opts.MaxLimit)
	return q, p.err
}

type nodeJSON struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	countsJSON
}

type edgeJSON struct {
	Source string `json:"source"`
	Target string `json:"target"`
	countsJSON
}

func (s *Server) apiNetwork(r *http.Request) (any, error) {
	q, err := s.networkQuery(r)
	if err != nil {
		return nil, err
	}
	net, err := s.st.Network(r.Context(), q)
	if err != nil {
		return nil, err
	}
	nodes := make([]nodeJSON, 0, len(net.Nodes))
	for _, n := range net.Nodes {
		nodes = append(nodes, nodeJSON{n.ID, n.Name, countsOf(n.QuadCounts)})
	}
	edges := make([]edgeJSON, 0, len(net.Edges))
	for _, e := range net.Edges {
		edges = append(edges, edgeJSON{e.Source, e.Target, countsOf(e.QuadCounts)})
	}
	modes := q.Modes
	if modes == nil {
		modes = []string{dateline.Asserted, dateline.Reported}
	}
	return map[string]any{"by": q.By, "from": dateJSON(q.Dates.From), "to": dateJSON(q.Dates.To), "modes": modes,
		"limit": q.Limit, "nodes": nodes, "edges": edges}, nil
}

// timelineQuery reads actor (required), other, interval, from, to and mode.
func (s *Server) timelineQuery(r *http.Request, actor, other string) (dateline.TimelineQuery, error) {
	p := s.params(r)
	if actor == "" {
		actor = p.str("actor")
		other = p.str("other")
	}
	q := dateline.TimelineQuery{Actor: actor, Other: other,
		Interval: p.oneOf("interval", dateline.Month, dateline.Month, dateline.Week), Dates: p.dates(), Modes: p.modes()}
	if q.Actor == "" {
		p.fail("parameter actor: required")
	}
	return q, p.err
}

type bucketJSON struct {
	Start string `json:"start"`
	countsJSON
}

func (s *Server) apiTimeline(r *http.Request) (any, error) {
	q, err := s.timelineQuery(r, "", "")
	if err != nil {
		return nil, err
	}
	bs, err := s.st.Timeline(r.Context(), q)
	if err != nil {
		return nil, err
	}
	undated, bs := splitUndated(bs)
	bs = fillBuckets(bs, q.Interval, maxBuckets)
	out := make([]bucketJSON, 0, len(bs))
	for _, b := range bs {
		out = append(out, bucketJSON{b.Start.String(), countsOf(b.QuadCounts)})
	}
	return map[string]any{"actor": q.Actor, "other": strJSON(q.Other), "interval": q.Interval,
		"from": dateJSON(q.Dates.From), "to": dateJSON(q.Dates.To), "buckets": out, "undated": countsOf(undated)}, nil
}

// splitUndated takes the bucket of undated events (a zero Start) off a
// timeline.
func splitUndated(bs []dateline.TimelineBucket) (dateline.QuadCounts, []dateline.TimelineBucket) {
	var undated dateline.QuadCounts
	var dated []dateline.TimelineBucket
	for _, b := range bs {
		if b.Start.IsZero() {
			undated = b.QuadCounts
			continue
		}
		dated = append(dated, b)
	}
	return undated, dated
}

// maxBuckets bounds a filled timeline (ten years of weeks).
const maxBuckets = 520

// fillBuckets adds empty buckets between the first and the last so that a
// timeline has no holes; when that would make more than max buckets, the
// latest max are kept.
func fillBuckets(bs []dateline.TimelineBucket, interval string, max int) []dateline.TimelineBucket {
	if len(bs) == 0 {
		return []dateline.TimelineBucket{}
	}
	next := func(d dateline.Date) dateline.Date {
		if interval == dateline.Week {
			return d.AddDays(7)
		}
		return dateline.DateOf(d.Time().AddDate(0, 1, 0))
	}
	var out []dateline.TimelineBucket
	for i, b := range bs {
		if i > 0 {
			for d := next(bs[i-1].Start); d.Before(b.Start); d = next(d) {
				out = append(out, dateline.TimelineBucket{Start: d})
				if len(out) > 4*max {
					out = out[len(out)-max:]
				}
			}
		}
		out = append(out, b)
	}
	if len(out) > max {
		out = out[len(out)-max:]
	}
	return out
}
