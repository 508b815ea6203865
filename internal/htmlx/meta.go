package htmlx

import (
	"encoding/json"
	nurl "net/url"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the page says about itself outside the body.
type pageMeta struct {
	ldHeadline    string // JSON-LD headline (article types first)
	ldAltHeadline string // JSON-LD alternativeHeadline
	ldDescription string
	ldDate        string // JSON-LD datePublished (or dateCreated)
	ldURL         string
	ogTitle       string
	metaTitle     string // twitter:title, headline, dc.title…
	docTitle      string // <title>
	h1            string // the first <h1>
	siteName      string // og:site_name, application-name, publisher name
	host          string // the page's host name without www.
	description   string // og:description or description
	h1s           []*html.Node
	metaDate      string // article:published_time and friends
	url           string // canonical, og:url or JSON-LD url, absolute
}

// publishedMetaNames are <meta name|property|itemprop> keys (lower case)
// that carry the publication date, most specific first.
var publishedMetaNames = []string{
	"article:published_time", "og:article:published_time", "article:published",
	"og:published_time", "datepublished", "article.published", "published_time",
	"publishdate", "publish-date", "publish_date", "pubdate", "publication_date",
	"parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
	"dc.date", "dcterms.date", "dcterms.created", "citation_publication_date",
	"citation_date", "originalpublicationdate", "date", "og:pubdate",
}

var titleMetaNames = []string{"twitter:title", "headline", "parsely-title", "sailthru.title", "dc.title", "dcterms.title", "title"}

// articleTypes are the JSON-LD @type values of an article.
var articleTypes = map[string]int{
	"newsarticle": 3, "reportagenewsarticle": 3, "analysisnewsarticle": 3,
	"opinionnewsarticle": 3, "backgroundnewsarticle": 3, "reviewnewsarticle": 3,
	"askpublicnewsarticle": 3, "liveblogposting": 3,
	"article": 2, "blogposting": 2, "report": 2, "scholarlyarticle": 2,
	"techarticle": 2, "socialmediaposting": 1, "webpage": 1, "itempage": 1,
}

var rxStandfirstClass = regexp.MustCompile(`(?i)(^|[\s_-])(standfirst|sub-?head(line|er)?|sub-?title|dek|deck|strapline|summary|description|excerpt|teaser|intro|lede?)($|[\s_-])`)

// rxSiteClass marks an <h1> that holds the site's name, not the headline.
var rxSiteClass = regexp.MustCompile(`(?i)(^|[\s_-])(site|logo|brand|masthead|blog)[\s_-]?(title|name|logo|header)?($|[\s_-])`)

// standfirstNear looks for a standfirst just after the <h1> that holds the
// headline: among the next few elements after it (or after its parent or
// grandparent), an element whose class or itemprop marks it as one, or an
// <h2> right after the <h1>.
func standfirstNear(h1s []*html.Node, title string) string {
	var h1 *html.Node
	k := wordKey(title)
	for _, n := range h1s {
		if hk := wordKey(textOf(n)); hk != "" && (hk == k || strings.Contains(hk, k) || strings.Contains(k, hk)) {
			h1 = n
			break
		}
	}
	for anchor, level := h1, 0; anchor != nil && level < 3; anchor, level = anchor.Parent, level+1 {
		seen := 0
		for n := anchor.NextSibling; n != nil && seen < 4; n = n.NextSibling {
			if n.Type != html.ElementNode {
				continue
			}
			seen++
			if s := standfirstIn(n, 0, level == 0 && seen == 1); s != "" {
				return s
			}
		}
	}
	return ""
}

func standfirstIn(n *html.Node, depth int, h2ok bool) string {
	if n.Type != html.ElementNode || depth > 2 || skipAtoms[n.DataAtom] {
		return ""
	}
	marked := rxStandfirstClass.MatchString(attr(n, "class")) || strings.EqualFold(attr(n, "itemprop"), "description")
	if marked || (h2ok && n.DataAtom == atom.H2) {
		if s := normSpace(textOf(n)); len(s) >= 25 && len(s) <= 600 && !rxNotStandfirst.MatchString(s) {
			return s
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if s := standfirstIn(c, depth+1, false); s != "" {
			return s
		}
	}
	return ""
}

// rxNotStandfirst matches bylines, datelines and calls to action.
var rxNotStandfirst = regexp.MustCompile(`(?i)^(by|von|par|por|posted|published|updated)\b|subscribe|newsletter|sign up|click here|cookies?\b|\b(19|20)\d\d[./-]\d\d?[./-]\d\d?\b`)

func readMeta(doc *html.Node, base *nurl.URL) pageMeta {
	var m pageMeta
	if base != nil {
		m.host = strings.TrimPrefix(strings.ToLower(base.Hostname()), "www.")
	}
	metas := map[string]string{}
	var canonical string
	var ldScripts []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				if content == "" {
					break
				}
				for _, k := range []string{"property", "name", "itemprop"} {
					if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
						if _, seen := metas[key]; !seen {
							metas[key] = content
						}
					}
				}
			case atom.Link:
				if strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") && canonical == "" {
					canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					ldScripts = append(ldScripts, n.FirstChild.Data)
				}
			case atom.Title:
				if m.docTitle == "" {
					m.docTitle = normSpace(textOf(n))
				}
			case atom.H1:
				if t := normSpace(textOf(n)); t != "" && len(m.h1s) < 20 && !rxSiteClass.MatchString(attr(n, "id")+" "+attr(n, "class")) {
					if m.h1 == "" {
						m.h1 = t
					}
					m.h1s = append(m.h1s, n)
				}
			case atom.Time:
				if hasAttr(n, "pubdate") {
					if v := strings.TrimSpace(attr(n, "datetime")); v != "" {
						if _, seen := metas["pubdate"]; !seen {
							metas["pubdate"] = v
						}
					}
				}
			}
			if ip := strings.ToLower(attr(n, "itemprop")); ip == "datepublished" && n.DataAtom != atom.Meta {
				v := strings.TrimSpace(attr(n, "datetime"))
				if v == "" {
					v = strings.TrimSpace(attr(n, "content"))
				}
				if v == "" {
					v = normSpace(textOf(n))
				}
				if _, seen := metas["datepublished"]; !seen && v != "" {
					metas["datepublished"] = v
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)

	for _, s := range ldScripts {
		readJSONLD(s, &m)
	}
	m.ogTitle = normSpace(html.UnescapeString(metas["og:title"]))
	for _, k := range titleMetaNames {
		if v := metas[k]; v != "" {
			m.metaTitle = normSpace(html.UnescapeString(v))
			break
		}
	}
	for _, k := range []string{"og:site_name", "application-name", "twitter:site"} {
		if v := metas[k]; v != "" {
			m.siteName = strings.TrimPrefix(normSpace(v), "@")
			break
		}
	}
	for _, k := range []string{"og:description", "description", "twitter:description"} {
		if v := metas[k]; v != "" {
			m.description = normSpace(html.UnescapeString(v))
			break
		}
	}
	if m.description == "" {
		m.description = m.ldDescription
	}
	for _, k := range publishedMetaNames {
		if v := metas[k]; v != "" {
			m.metaDate = v
			break
		}
	}
	for _, u := range []string{canonical, metas["og:url"], m.ldURL} {
		if abs := absURL(u, base); abs != "" {
			m.url = abs
			break
		}
	}
	if m.host == "" && m.url != "" {
		if u, err := nurl.Parse(m.url); err == nil {
			m.host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		}
	}
	return m
}

// absURL resolves u against base and keeps it only if it is an absolute http(s) URL.
func absURL(u string, base *nurl.URL) string {
	u = strings.TrimSpace(u)
	if u == "" {
		return ""
	}
	p, err := nurl.Parse(u)
	if err != nil {
		return ""
	}
	if !p.IsAbs() {
		if base == nil {
			return ""
		}
		p = base.ResolveReference(p)
	}
	if p.Scheme != "http" && p.Scheme != "https" {
		return ""
	}
	return p.String()
}

// readJSONLD reads one ld+json script into m, keeping the best article
// object's headline and date (higher type rank wins, first seen on ties).
func readJSONLD(src string, m *pageMeta) {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		// Pages often ship invalid JSON-LD (raw newlines, trailing commas):
		// fall back to reading the two keys that matter by pattern.
		if m.ldDate == "" {
			if sm := rxLDDate.FindStringSubmatch(src); sm != nil {
				m.ldDate = sm[1]
			}
		}
		if m.ldHeadline == "" {
			if sm := rxLDHeadline.FindStringSubmatch(src); sm != nil {
				var s string
				if json.Unmarshal([]byte(`"`+sm[1]+`"`), &s) == nil {
					m.ldHeadline = normSpace(html.UnescapeString(s))
				}
			}
		}
		return
	}
	best, bestRank := map[string]any(nil), 0
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				visit(e, depth+1)
			}
		case map[string]any:
			if r := typeRank(t["@type"]); r > bestRank {
				best, bestRank = t, r
			}
			if g, ok := t["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
	if best == nil {
		return
	}
	if m.ldHeadline == "" {
		m.ldHeadline = normSpace(html.UnescapeString(str(best["headline"])))
		if m.ldHeadline == "" && bestRank >= 2 {
			m.ldHeadline = normSpace(html.UnescapeString(str(best["name"])))
		}
	}
	if m.ldAltHeadline == "" {
		m.ldAltHeadline = normSpace(html.UnescapeString(str(best["alternativeHeadline"])))
	}
	if m.ldDescription == "" {
		m.ldDescription = normSpace(html.UnescapeString(str(best["description"])))
	}
	if m.ldDate == "" {
		m.ldDate = str(best["datePublished"])
		if m.ldDate == "" {
			m.ldDate = str(best["dateCreated"])
		}
	}
	if m.ldURL == "" && bestRank >= 2 {
		m.ldURL = str(best["url"])
		if m.ldURL == "" {
			switch e := best["mainEntityOfPage"].(type) {
			case string:
				m.ldURL = e
			case map[string]any:
				m.ldURL = str(e["@id"])
			}
		}
	}
	if m.siteName == "" {
		if p, ok := best["publisher"].(map[string]any); ok {
			m.siteName = normSpace(str(p["name"]))
		}
	}
}

var (
	rxLDDate     = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{6,40})"`)
	rxLDHeadline = regexp.MustCompile(`"headline"\s*:\s*"((?:[^"\\\n]|\\.){3,400})"`)
)

func typeRank(t any) int {
	switch v := t.(type) {
	case string:
		return articleTypes[strings.ToLower(v)]
	case []any:
		best := 0
		for _, e := range v {
			if r := typeRank(e); r > best {
				best = r
			}
		}
		return best
	}
	return 0
}

func str(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		if len(t) > 0 {
			return str(t[0])
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textOf is the concatenated text below n (scripts and styles left out).
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		a := tagAtom(n)
		if n.Type == html.ElementNode && skipAtoms[a] && a != atom.Title {
			return
		}
		if n.Type == html.ElementNode && (blockAtoms[a] || a == atom.Br) {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
