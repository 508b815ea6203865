package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/contract"
)

// uiPage is the number of rows a listing page shows.
const uiPage = 20

var funcs = template.FuncMap{
	"date": func(d dateline.Date) string {
		if d.IsZero() {
			return "date unknown"
		}
		return d.String()
	},
	"path":    url.PathEscape,
	"snippet": snippetHTML,
	"quad":    dateline.Quad,
	"quadLabel": func(t string) string {
		return quadLabel[dateline.Quad(t)]
	},
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return fmt.Sprintf("%d %s", n, one)
		}
		return fmt.Sprintf("%d %s", n, many)
	},
}

func (s *Server) parseTemplates() error {
	s.pages = map[string]*template.Template{}
	names, err := templateFS.ReadDir("templates")
	if err != nil {
		return err
	}
	for _, n := range names {
		if n.Name() == "layout.html" || n.Name() == "partials.html" {
			continue
		}
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS,
			"templates/layout.html", "templates/partials.html", "templates/"+n.Name())
		if err != nil {
			return fmt.Errorf("template %s: %w", n.Name(), err)
		}
		s.pages[strings.TrimSuffix(n.Name(), ".html")] = t
	}
	return nil
}

// view is what every page gets.
type view struct {
	Title string
	Nav   string // the active menu entry
	Q     string // the search box's text
	Data  any
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, v view) error {
	t := s.pages[name]
	if t == nil {
		return fmt.Errorf("no template %s", name)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, v); err != nil {
		return fmt.Errorf("template %s: %w", name, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
	return nil
}

func (s *Server) renderError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	v := view{Title: http.StatusText(status), Data: struct {
		Status int
		Msg    string
	}{status, msg}}
	if err := s.render(w, r, status, "error", v); err != nil {
		s.opts.Logf("server: error page: %v", err)
		http.Error(w, msg, status)
	}
}

// pager links to the previous and next pages of a listing.
type pager struct {
	Prev, Next string
	From, To   int
}

func pagerOf(r *http.Request, p dateline.Page, n int) pager {
	link := func(off int) string {
		q := r.URL.Query()
		q.Set("offset", fmt.Sprint(off))
		return r.URL.Path + "?" + q.Encode()
	}
	pg := pager{From: p.Offset + 1, To: p.Offset + n}
	if p.Offset > 0 {
		pg.Prev = link(max(0, p.Offset-p.Limit))
	}
	if n == p.Limit {
		pg.Next = link(p.Offset + p.Limit)
	}
	return pg
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) error {
	q, err := s.articleQuery(r)
	if err != nil {
		return err
	}
	if r.URL.Query().Get("limit") == "" {
		q.Limit = uiPage
	}
	hits, err := s.st.SearchArticles(r.Context(), q)
	if err != nil {
		return err
	}
	data := struct {
		Query  dateline.ArticleQuery
		From   string
		To     string
		Hits   []dateline.ArticleHit
		Pager  pager
		Stats  *dateline.Stats
		Search bool
	}{Query: q, From: q.Dates.From.String(), To: q.Dates.To.String(), Hits: hits, Pager: pagerOf(r, q.Page, len(hits)),
		Search: q.Text != "" || q.Outlet != "" || !q.Dates.From.IsZero() || !q.Dates.To.IsZero()}
	if !data.Search && q.Offset == 0 {
		st, err := s.st.Stats(r.Context())
		if err != nil {
			return err
		}
		data.Stats = &st
	}
	title := "dateline"
	if q.Text != "" {
		title = q.Text + " · dateline"
	}
	return s.render(w, r, http.StatusOK, "search", view{Title: title, Nav: "search", Q: q.Text, Data: data})
}

func (s *Server) pageActors(w http.ResponseWriter, r *http.Request) error {
	p := s.params(r)
	q := dateline.ActorQuery{Name: p.str("q"), Page: p.page()}
	if p.err != nil {
		return p.err
	}
	if r.URL.Query().Get("limit") == "" {
		q.Limit = uiPage * 2
	}
	as, err := s.st.Actors(r.Context(), q)
	if err != nil {
		return err
	}
	data := struct {
		Name   string
		Actors []dateline.ActorSummary
		Pager  pager
	}{q.Name, as, pagerOf(r, q.Page, len(as))}
	return s.render(w, r, http.StatusOK, "actors", view{Title: "Actors · dateline", Nav: "actors", Data: data})
}

// side is an event's source or target as a page shows it.
type side struct {
	Name, Link string
}

func sideOf(name, id, country string) side {
	sd := side{Name: name}
	if sd.Name == "" {
		sd.Name = country
	}
	if id != "" {
		sd.Link = "/actor/" + url.PathEscape(id)
	}
	if country != "" && name != "" && !strings.EqualFold(name, country) {
		sd.Name += " (" + country + ")"
	}
	return sd
}

// eventRow is one event as a page lists it.
type eventRow struct {
	Type, Quad, QuadLabel, Mode, Date, Place, Text string
	Source, Target                                 side
	Reports                                        int
	Articles                                       []string
}

func rowOfGroup(g dateline.EventGroup) eventRow {
	e := eventRow{Type: g.Type, Quad: dateline.Quad(g.Type), QuadLabel: quadLabel[dateline.Quad(g.Type)], Mode: g.Mode,
		Date: g.Date.String(), Place: g.Place, Text: g.Text, Reports: g.Reports, Articles: g.ArticleIDs,
		Source: sideOf(g.Source.Name, g.SourceID, g.Source.Country), Target: sideOf(g.Target.Name, g.TargetID, g.Target.Country)}
	return e
}

func rowsOfGroups(gs []dateline.EventGroup) []eventRow {
	var out []eventRow
	for _, g := range gs {
		out = append(out, rowOfGroup(g))
	}
	return out
}

func rowOfContract(e contract.Event) eventRow {
	r := eventRow{Type: e.Type, Quad: dateline.Quad(e.Type), QuadLabel: quadLabel[dateline.Quad(e.Type)], Mode: e.Mode,
		Date: deref(e.Date), Text: e.Text, Reports: 1}
	if e.Place != nil {
		r.Place = e.Place.Name
	}
	for _, x := range []struct {
		a  *contract.Actor
		to *side
	}{{e.Source, &r.Source}, {e.Target, &r.Target}} {
		if x.a != nil {
			*x.to = sideOf(deref(x.a.Name), deref(x.a.Entity), deref(x.a.Country))
		}
	}
	return r
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	if err := validID(id); err != nil {
		return err
	}
	blob, err := s.st.Article(r.Context(), id)
	if errors.Is(err, dateline.ErrNotFound) {
		return errorf(http.StatusNotFound, "no article %q", id)
	}
	if err != nil {
		return err
	}
	var doc contract.Article
	if err := json.Unmarshal(blob, &doc); err != nil {
		return fmt.Errorf("article %s: %w", id, err)
	}
	type entityRow struct {
		ID, Name, Type, Role, Country string
		Mentions                      int
	}
	var ents []entityRow
	for _, e := range doc.Entities {
		ents = append(ents, entityRow{e.ID, e.Name, e.Type, deref(e.Role), deref(e.Country), len(e.Mentions)})
	}
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].Mentions > ents[j].Mentions })
	var events []eventRow
	for _, e := range doc.Events {
		events = append(events, rowOfContract(e))
	}
	title := deref(doc.Headline)
	if title == "" {
		title = doc.Source
	}
	data := struct {
		Doc      *contract.Article
		Text     *annotated
		Entities []entityRow
		Events   []eventRow
		Agency   string
		Place    string
	}{Doc: &doc, Text: annotate(&doc), Entities: ents, Events: events}
	if doc.Dateline != nil {
		data.Agency, data.Place = deref(doc.Dateline.Agency), deref(doc.Dateline.Place)
	}
	return s.render(w, r, http.StatusOK, "article", view{Title: title + " · dateline", Data: data})
}

// counterpart is a side an actor dealt with, for links to pair pages.
type counterpart struct {
	ID, Name string
	Events   int
}

func counterparts(self string, v *actorView) []counterpart {
	seen := map[string]*counterpart{}
	add := func(id, country, name string) {
		k := id
		if k == "" {
			k = country
		}
		if k == "" || k == self {
			return
		}
		c := seen[k]
		if c == nil {
			c = &counterpart{ID: k, Name: name}
			if c.Name == "" {
				c.Name = k
			}
			seen[k] = c
		}
		c.Events++
	}
	for _, g := range v.AsSource {
		add(g.TargetID, g.Target.Country, g.Target.Name)
	}
	for _, g := range v.AsTarget {
		add(g.SourceID, g.Source.Country, g.Source.Name)
	}
	var out []counterpart
	for _, c := range seen {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].ID < out[j].ID
	})
	return out
}

func (s *Server) pageActor(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	v, err := s.actorView(r, id, DefaultLimit)
	if err != nil {
		return err
	}
	data := struct {
		*actorView
		Self         string
		SourceRows   []eventRow
		TargetRows   []eventRow
		Counterparts []counterpart
	}{v, id, rowsOfGroups(v.AsSource), rowsOfGroups(v.AsTarget), counterparts(id, v)}
	return s.render(w, r, http.StatusOK, "actor", view{Title: v.Detail.Name + " · dateline", Nav: "actors", Data: data})
}

// sideName names an actor or a country for the pair page; unknown sides
// that no event names either are a 404.
func (s *Server) sideName(r *http.Request, id string) (string, error) {
	if err := validID(id); err != nil {
		return "", err
	}
	d, err := s.st.Actor(r.Context(), id)
	if err == nil {
		return d.Name, nil
	}
	if !errors.Is(err, dateline.ErrNotFound) {
		return "", err
	}
	for _, q := range []dateline.EventQuery{{Source: id, Exact: true}, {Target: id, Exact: true}} {
		q.Limit = 1
		evs, err := s.st.Events(r.Context(), q)
		if err != nil {
			return "", err
		}
		if len(evs) > 0 {
			return id, nil
		}
	}
	return "", errorf(http.StatusNotFound, "no actor or country %q", id)
}

func (s *Server) pairData(r *http.Request) (a, b, an, bn string, q dateline.TimelineQuery, err error) {
	a, b = r.PathValue("a"), r.PathValue("b")
	if an, err = s.sideName(r, a); err != nil {
		return
	}
	if bn, err = s.sideName(r, b); err != nil {
		return
	}
	q, err = s.timelineQuery(r, a, b)
	return
}

func (s *Server) pagePair(w http.ResponseWriter, r *http.Request) error {
	a, b, an, bn, q, err := s.pairData(r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	bs, err := s.st.Timeline(ctx, q)
	if err != nil {
		return err
	}
	undated, bs := splitUndated(bs)
	bs = fillBuckets(bs, q.Interval, maxBuckets)
	total := undated
	for _, x := range bs {
		total.VerbalCoop += x.VerbalCoop
		total.MaterialCoop += x.MaterialCoop
		total.VerbalConflict += x.VerbalConflict
		total.MaterialConflict += x.MaterialConflict
	}
	page := dateline.Page{Limit: uiPage}
	ab, err := s.st.QuotesAbout(ctx, dateline.PairQuery{Speaker: a, About: b, Dates: q.Dates, Page: page})
	if err != nil {
		return err
	}
	ba, err := s.st.QuotesAbout(ctx, dateline.PairQuery{Speaker: b, About: a, Dates: q.Dates, Page: page})
	if err != nil {
		return err
	}
	evAB, err := s.st.Events(ctx, dateline.EventQuery{Source: a, Target: b, Exact: true, Dates: q.Dates, Page: page})
	if err != nil {
		return err
	}
	evBA, err := s.st.Events(ctx, dateline.EventQuery{Source: b, Target: a, Exact: true, Dates: q.Dates, Page: page})
	if err != nil {
		return err
	}
	title := fmt.Sprintf("%s and %s: cooperation and conflict per %s", an, bn, q.Interval)
	data := struct {
		A, B, AName, BName, Interval, From, To string
		Chart                                  template.HTML
		Total, Undated                         dateline.QuadCounts
		AAboutB, BAboutA                       []dateline.QuoteHit
		AToB, BToA                             []eventRow
		Modes                                  string
	}{a, b, an, bn, q.Interval, q.Dates.From.String(), q.Dates.To.String(), timelineSVG(bs, q.Interval, title, undated.Total()), total, undated,
		ab, ba, rowsOfGroups(evAB), rowsOfGroups(evBA), strings.Join(q.Modes, ",")}
	return s.render(w, r, http.StatusOK, "pair", view{Title: an + " – " + bn + " · dateline", Nav: "network", Data: data})
}

func (s *Server) chartPair(w http.ResponseWriter, r *http.Request) error {
	_, _, an, bn, q, err := s.pairData(r)
	if err != nil {
		return err
	}
	bs, err := s.st.Timeline(r.Context(), q)
	if err != nil {
		return err
	}
	undated, bs := splitUndated(bs)
	svg := timelineSVG(fillBuckets(bs, q.Interval, maxBuckets), q.Interval,
		fmt.Sprintf("%s and %s: cooperation and conflict per %s", an, bn, q.Interval), undated.Total())
	w.Header().Set("Content-Type", "image/svg+xml")
	_, err = w.Write([]byte(svg))
	return err
}

// edgeRow is one line of the network page's table.
type edgeRow struct {
	Source, Target side
	PairLink       string
	Counts         dateline.QuadCounts
	Main           string
}

func (s *Server) networkView(r *http.Request) (dateline.NetworkQuery, string, *dateline.Network, error) {
	q, err := s.networkQuery(r)
	if err != nil {
		return q, "", nil, err
	}
	p := s.params(r)
	tone := p.oneOf("tone", toneAll, toneAll, toneCooperation, toneConflict)
	if p.err != nil {
		return q, "", nil, p.err
	}
	net, err := s.st.Network(r.Context(), q)
	return q, tone, net, err
}

func (s *Server) pageNetwork(w http.ResponseWriter, r *http.Request) error {
	q, tone, net, err := s.networkView(r)
	if err != nil {
		return err
	}
	names := map[string]string{}
	for _, n := range net.Nodes {
		names[n.ID] = n.Name
	}
	known, err := s.knownActors(r, net)
	if err != nil {
		return err
	}
	link := func(id string) string {
		if known[id] {
			return "/actor/" + url.PathEscape(id)
		}
		return ""
	}
	var rows []edgeRow
	for _, e := range net.Edges {
		c := toned(e.QuadCounts, tone)
		if c.Total() == 0 {
			continue
		}
		rows = append(rows, edgeRow{Source: side{names[e.Source], link(e.Source)}, Target: side{names[e.Target], link(e.Target)},
			PairLink: "/pair/" + url.PathEscape(e.Source) + "/" + url.PathEscape(e.Target), Counts: c, Main: dominant(c)})
	}
	st, err := s.st.Stats(r.Context())
	if err != nil {
		return err
	}
	data := struct {
		By, Tone, From, To, Modes string
		First, Last               dateline.Date
		Graph                     template.HTML
		Edges                     []edgeRow
		ChartLink                 string
	}{q.By, tone, q.Dates.From.String(), q.Dates.To.String(), strings.Join(q.Modes, ","), st.First, st.Last,
		networkSVG(net, tone, q.By, known), rows, "/chart/network?" + r.URL.RawQuery}
	return s.render(w, r, http.StatusOK, "network", view{Title: "Network · dateline", Nav: "network", Data: data})
}

// knownActors tells which nodes of a network have an actor page.
func (s *Server) knownActors(r *http.Request, net *dateline.Network) (map[string]bool, error) {
	known := map[string]bool{}
	for i, n := range net.Nodes {
		if i == 2*maxNodes {
			break
		}
		_, err := s.st.Actor(r.Context(), n.ID)
		if err == nil {
			known[n.ID] = true
		} else if !errors.Is(err, dateline.ErrNotFound) {
			return nil, err
		}
	}
	return known, nil
}

func (s *Server) chartNetwork(w http.ResponseWriter, r *http.Request) error {
	q, tone, net, err := s.networkView(r)
	if err != nil {
		return err
	}
	known, err := s.knownActors(r, net)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	_, err = w.Write([]byte(networkSVG(net, tone, q.By, known)))
	return err
}
