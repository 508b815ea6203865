package server

import (
	"fmt"
	"html/template"
	"math"
	"net/url"
	"sort"
	"strings"

	"github.com/dateline-news/dateline"
)

// Quad colours, shared by the charts and style.css.
var quadColour = map[string]string{
	dateline.VerbalCoop:       "#7cc48f",
	dateline.MaterialCoop:     "#1f7a4d",
	dateline.VerbalConflict:   "#f0a04b",
	dateline.MaterialConflict: "#c0392b",
}

var quadLabel = map[string]string{
	dateline.VerbalCoop:       "verbal cooperation",
	dateline.MaterialCoop:     "material cooperation",
	dateline.VerbalConflict:   "verbal conflict",
	dateline.MaterialConflict: "material conflict",
}

func esc(s string) string { return template.HTMLEscapeString(s) }

// svgStyle makes a chart readable on its own (served as image/svg+xml) as
// well as inline in a page.
const svgStyle = `<style>
text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:#333}
.axis{stroke:#555;stroke-width:1}.grid{stroke:#ddd;stroke-dasharray:3 3}
.tick{fill:#666;font-size:11px}.side{fill:#888;font-size:11px;font-style:italic}
.empty{fill:#888;font-size:15px}
.edge{fill:none;opacity:.85}.edge:hover{opacity:1}
.node circle{fill:#2b4c7e;stroke:#fff;stroke-width:1.5}.node:hover circle{fill:#e07b00}
.node text{font-size:12px;font-weight:600;fill:#1d2a3a}
</style>`

// timelineSVG draws cooperation (above the axis) against conflict (below),
// one stacked bar per bucket; undated is the number of events left out for
// want of a date.
func timelineSVG(bs []dateline.TimelineBucket, interval, title string, undated int) template.HTML {
	const W, H, left, right, top, bottom = 900.0, 320.0, 44.0, 12.0, 28.0, 40.0
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 %g %g" role="img" aria-label="%s">`, W, H, esc(title))
	fmt.Fprintf(&b, `<title>%s</title>`, esc(title))
	b.WriteString(svgStyle)
	if len(bs) == 0 {
		msg := "no events in this period"
		if undated > 0 {
			msg = fmt.Sprintf("no dated events: %d with no known date cannot be placed in time", undated)
		}
		fmt.Fprintf(&b, `<text x="%g" y="%g" text-anchor="middle" class="empty">%s</text></svg>`, W/2, H/2, esc(msg))
		return template.HTML(b.String())
	}
	peak := 1
	for _, x := range bs {
		peak = max(peak, x.VerbalCoop+x.MaterialCoop, x.VerbalConflict+x.MaterialConflict)
	}
	plotH := H - top - bottom
	mid := top + plotH/2
	scale := (plotH / 2) / float64(peak)
	step := (W - left - right) / float64(len(bs))
	bar := math.Max(1, step*0.7)
	// Axes and grid.
	fmt.Fprintf(&b, `<line x1="%g" y1="%g" x2="%g" y2="%g" class="axis"/>`, left, mid, W-right, mid)
	fmt.Fprintf(&b, `<text x="%g" y="%g" class="tick" text-anchor="end">%d</text>`, left-6, top+4, peak)
	fmt.Fprintf(&b, `<text x="%g" y="%g" class="tick" text-anchor="end">0</text>`, left-6, mid+4)
	fmt.Fprintf(&b, `<text x="%g" y="%g" class="tick" text-anchor="end">%d</text>`, left-6, H-bottom+4, peak)
	fmt.Fprintf(&b, `<line x1="%g" y1="%g" x2="%g" y2="%g" class="grid"/>`, left, top, W-right, top)
	fmt.Fprintf(&b, `<line x1="%g" y1="%g" x2="%g" y2="%g" class="grid"/>`, left, H-bottom, W-right, H-bottom)
	fmt.Fprintf(&b, `<text x="%g" y="%g" class="side">cooperation</text>`, left+4, top-10)
	fmt.Fprintf(&b, `<text x="%g" y="%g" class="side">conflict</text>`, left+4, H-bottom+14+12)
	every := int(math.Ceil(float64(len(bs)) / 12))
	for i, x := range bs {
		cx := left + step*float64(i) + (step-bar)/2
		label := x.Start.Time().Format("2006-01")
		if interval == dateline.Week {
			label = x.Start.Time().Format("2 Jan 06")
		}
		tip := fmt.Sprintf("%s: %d verbal cooperation, %d material cooperation, %d verbal conflict, %d material conflict",
			x.Start, x.VerbalCoop, x.MaterialCoop, x.VerbalConflict, x.MaterialConflict)
		fmt.Fprintf(&b, `<g class="bucket"><title>%s</title>`, esc(tip))
		y := mid
		for _, seg := range []struct {
			n    int
			quad string
		}{{x.VerbalCoop, dateline.VerbalCoop}, {x.MaterialCoop, dateline.MaterialCoop}} {
			if seg.n > 0 {
				h := float64(seg.n) * scale
				y -= h
				fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>`, cx, y, bar, h, quadColour[seg.quad])
			}
		}
		y = mid
		for _, seg := range []struct {
			n    int
			quad string
		}{{x.VerbalConflict, dateline.VerbalConflict}, {x.MaterialConflict, dateline.MaterialConflict}} {
			if seg.n > 0 {
				h := float64(seg.n) * scale
				fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>`, cx, y, bar, h, quadColour[seg.quad])
				y += h
			}
		}
		b.WriteString(`</g>`)
		if i%every == 0 {
			fmt.Fprintf(&b, `<text x="%.1f" y="%g" class="tick" text-anchor="middle">%s</text>`, cx+bar/2, H-bottom+14, esc(label))
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// Tones of a network view.
const (
	toneAll         = "all"
	toneCooperation = "cooperation"
	toneConflict    = "conflict"
)

// toned keeps the part of c that the tone shows.
func toned(c dateline.QuadCounts, tone string) dateline.QuadCounts {
	switch tone {
	case toneCooperation:
		c.VerbalConflict, c.MaterialConflict = 0, 0
	case toneConflict:
		c.VerbalCoop, c.MaterialCoop = 0, 0
	}
	return c
}

// dominant names the quad with the most events (ties go to the verbal and
// cooperative side, in quad order).
func dominant(c dateline.QuadCounts) string {
	best, n := dateline.VerbalCoop, c.VerbalCoop
	for _, x := range []struct {
		q string
		n int
	}{{dateline.MaterialCoop, c.MaterialCoop}, {dateline.VerbalConflict, c.VerbalConflict}, {dateline.MaterialConflict, c.MaterialConflict}} {
		if x.n > n {
			best, n = x.q, x.n
		}
	}
	return best
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 event of " + what
	}
	return fmt.Sprintf("%d events of %s", n, what)
}

// maxNodes bounds the drawn graph; the table under it lists every edge.
const maxNodes = 40

// networkSVG draws the network on a circle: nodes by id; for each directed
// edge one curve per quad class with events, bent to the right of travel (so
// A→B and B→A stay apart), coloured by the class and as wide as the log of
// its count. Nodes in known link to their actor pages.
func networkSVG(net *dateline.Network, tone, by string, known map[string]bool) template.HTML {
	const W, H = 900.0, 640.0
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="graph" viewBox="0 0 %g %g" role="img" aria-label="network of %s events">`, W, H, esc(tone))
	b.WriteString(svgStyle)
	b.WriteString(`<defs>`)
	for _, q := range []string{dateline.VerbalCoop, dateline.MaterialCoop, dateline.VerbalConflict, dateline.MaterialConflict} {
		fmt.Fprintf(&b, `<marker id="arrow-%s" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="%s"/></marker>`, q, quadColour[q])
	}
	b.WriteString(`</defs>`)
	// Weigh nodes by the shown events and keep the busiest.
	weight := map[string]int{}
	type edge struct {
		dateline.NetworkEdge
		c dateline.QuadCounts
	}
	var edges []edge
	for _, e := range net.Edges {
		c := toned(e.QuadCounts, tone)
		if c.Total() == 0 || e.Source == e.Target {
			continue
		}
		edges = append(edges, edge{e, c})
		weight[e.Source] += c.Total()
		weight[e.Target] += c.Total()
	}
	if len(edges) == 0 {
		fmt.Fprintf(&b, `<text x="%g" y="%g" text-anchor="middle" class="empty">no events between two sides in this period</text></svg>`, W/2, H/2)
		return template.HTML(b.String())
	}
	var ids []string
	for id := range weight {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if weight[ids[i]] != weight[ids[j]] {
			return weight[ids[i]] > weight[ids[j]]
		}
		return ids[i] < ids[j]
	})
	if len(ids) > maxNodes {
		ids = ids[:maxNodes]
	}
	sort.Strings(ids)
	names := map[string]string{}
	for _, n := range net.Nodes {
		names[n.ID] = n.Name
	}
	type pt struct{ x, y, r float64 }
	pos := map[string]pt{}
	cx, cy, R := W/2, H/2, math.Min(W, H)/2-90
	for i, id := range ids {
		a := 2*math.Pi*float64(i)/float64(len(ids)) - math.Pi/2
		pos[id] = pt{cx + R*math.Cos(a), cy + R*math.Sin(a), 6 + 3*math.Sqrt(float64(weight[id]))}
	}
	for _, e := range edges {
		p, okp := pos[e.Source]
		q, okq := pos[e.Target]
		if !okp || !okq {
			continue
		}
		dx, dy := q.x-p.x, q.y-p.y
		d := math.Hypot(dx, dy)
		if d == 0 {
			continue
		}
		ux, uy := dx/d, dy/d
		// Start and end on the circles' rims; one curve per quad class with
		// events, each bent further to the right of travel.
		sx, sy := p.x+ux*p.r, p.y+uy*p.r
		ex, ey := q.x-ux*(q.r+2), q.y-uy*(q.r+2)
		k := 0
		for _, x := range []struct {
			quad string
			n    int
		}{{dateline.VerbalCoop, e.c.VerbalCoop}, {dateline.MaterialCoop, e.c.MaterialCoop},
			{dateline.VerbalConflict, e.c.VerbalConflict}, {dateline.MaterialConflict, e.c.MaterialConflict}} {
			if x.n == 0 {
				continue
			}
			bend := 0.08 + 0.08*float64(k)
			k++
			mx, my := (sx+ex)/2-uy*d*bend, (sy+ey)/2+ux*d*bend
			width := 1.5 + 1.5*math.Log2(float64(x.n))
			tip := fmt.Sprintf("%s → %s: %s", names[e.Source], names[e.Target], plural(x.n, quadLabel[x.quad]))
			fmt.Fprintf(&b, `<a href="/pair/%s/%s"><path class="edge" d="M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f" stroke="%s" stroke-width="%.1f" marker-end="url(#arrow-%s)"><title>%s</title></path></a>`,
				url.PathEscape(e.Source), url.PathEscape(e.Target), sx, sy, mx, my, ex, ey, quadColour[x.quad], width, x.quad, esc(tip))
		}
	}
	for _, id := range ids {
		p := pos[id]
		name := names[id]
		if name == "" {
			name = id
		}
		label := name
		if by == dateline.ByCountry && name != id {
			label = id
		}
		// Labels sit outside the circle.
		a := math.Atan2(p.y-cy, p.x-cx)
		lx, ly := p.x+math.Cos(a)*(p.r+8), p.y+math.Sin(a)*(p.r+8)+4
		anchor := "start"
		if math.Cos(a) < -0.3 {
			anchor = "end"
		} else if math.Cos(a) < 0.3 {
			anchor = "middle"
			if math.Sin(a) < 0 {
				ly -= 6
			} else {
				ly += 8
			}
		}
		node := fmt.Sprintf(`<g class="node"><title>%s: %d events</title><circle cx="%.1f" cy="%.1f" r="%.1f"/><text x="%.1f" y="%.1f" text-anchor="%s">%s</text></g>`,
			esc(name), weight[id], p.x, p.y, p.r, lx, ly, anchor, esc(label))
		if known[id] {
			node = `<a href="/actor/` + url.PathEscape(id) + `">` + node + `</a>`
		}
		b.WriteString(node)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
