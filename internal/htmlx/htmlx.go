// Package htmlx turns an HTML page into a clean article: headline,
// standfirst, canonical URL, publication date and the body as a list of
// paragraphs with the page furniture (menus, share bars, related links,
// comments) left out.
//
// The body comes from go-trafilatura (precision focus, with its own
// readability/distiller comparison); its content node is walked block by
// block so that paragraph breaks survive. readeck's go-readability serves
// twice: as a fallback when trafilatura finds nothing or too little, and as
// a second opinion — leading and trailing paragraphs that it does not have
// (newsletter boxes, related-story lists) are trimmed when the two agree on
// the rest. Short furniture lines (share bars, reporter credits, "Related:"
// pointers) are then dropped. Metadata comes from JSON-LD, <meta> tags and,
// for the date, go-htmldate.
package htmlx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	nurl "net/url"
	"slices"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/unicode/norm"

	"github.com/dateline-news/dateline"
)

// Page is the clean article read from one HTML page.
type Page struct {
	Title    string // headline, without a " | Site" suffix
	Subtitle string // standfirst, when the page has a real one (not a teaser of the first paragraph)
	URL      string // canonical or og:url when the page gives one, else the URL passed to Extract
	Date     dateline.Date
	// DateBasis tells where Date came from: "json-ld", "html-meta" or
	// "htmldate" (go-htmldate's search of the page); empty when Date is zero.
	DateBasis  string
	Paragraphs []string // body paragraphs in order, whitespace-normalised
}

// Body joins the paragraphs with one blank line between them.
func (p *Page) Body() string { return strings.Join(p.Paragraphs, "\n\n") }

// ErrNoContent is returned (wrapped) when no article body can be found.
var ErrNoContent = errors.New("no article content found")

// maxInput bounds the size of a page Extract accepts.
const maxInput = 32 << 20

// options tunes the extraction; Extract uses defaultOptions. The fields
// exist so the evaluation test can compare alternatives.
type options struct {
	focus          trafilatura.ExtractionFocus
	excludeTables  bool
	deduplicate    bool
	trafFallback   bool // trafilatura's own readability/distiller comparison
	readability    bool // readeck go-readability when trafilatura gives too little
	minChars       int  // body shorter than this (in runes) triggers the fallback
	dropFurniture  bool // drop boilerplate lines (share/subscribe/copyright…)
	dropTitleLines bool // drop a leading paragraph equal to the headline
	agreeTrim      bool // trim leading/trailing paragraphs readability does not have
}

var defaultOptions = options{
	focus:          trafilatura.FavorPrecision,
	trafFallback:   true,
	readability:    true,
	minChars:       500,
	dropFurniture:  true,
	dropTitleLines: true,
	agreeTrim:      true,
}

// Extract reads an HTML page and returns its article. pageURL may be empty;
// when given it helps resolve the canonical URL and the date. A page without
// any body text gives an error wrapping ErrNoContent. Extract never panics:
// a panic inside a library is returned as an error.
func Extract(ctx context.Context, raw []byte, pageURL string) (*Page, error) {
	return extract(ctx, raw, pageURL, defaultOptions)
}

func extract(ctx context.Context, raw []byte, pageURL string, opt options) (page *Page, err error) {
	defer func() {
		if r := recover(); r != nil {
			page, err = nil, fmt.Errorf("htmlx: extraction failed on malformed page: %v", r)
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(raw) > maxInput {
		return nil, fmt.Errorf("htmlx: page of %d bytes exceeds the %d-byte limit", len(raw), maxInput)
	}
	doc, err := parse(raw)
	if err != nil {
		return nil, fmt.Errorf("htmlx: parse: %w", err)
	}
	var base *nurl.URL
	if pageURL != "" {
		if u, err := nurl.Parse(pageURL); err == nil && u.IsAbs() {
			base = u
		}
	}

	meta := readMeta(doc, base)
	page = &Page{URL: meta.url}
	if page.URL == "" && base != nil {
		page.URL = base.String()
	}

	if err := ctx.Err(); err != nil {
		return nil, err
	}
	topts := trafilatura.Options{
		OriginalURL:     base,
		Focus:           opt.focus,
		ExcludeComments: true,
		ExcludeTables:   opt.excludeTables,
		Deduplicate:     opt.deduplicate,
		EnableFallback:  opt.trafFallback,
		HtmlDateMode:    trafilatura.Disabled,
	}
	var paras []string
	var trafTitle string
	res, terr := trafilatura.ExtractDocument(doc, topts)
	if terr == nil && res != nil {
		paras = paragraphs(res.ContentNode)
		trafTitle = res.Metadata.Title
	}
	var alt []string
	altDone := false
	if opt.readability && (terr != nil || runeLen(paras) < opt.minChars) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		alt, altDone = readabilityParagraphs(doc, base), true
		if runeLen(alt) > runeLen(paras) {
			paras = alt
		}
	}
	if opt.agreeTrim && len(paras) > 0 {
		if !altDone {
			alt = readabilityParagraphs(doc, base)
		}
		paras = agreeTrim(paras, alt)
	}

	page.Title = chooseTitle(meta, trafTitle)
	if opt.dropTitleLines {
		paras = dropLeadingTitle(paras, page.Title)
	}
	if opt.dropFurniture {
		paras = dropFurniture(paras)
	}
	if !slices.ContainsFunc(paras, hasWord) {
		if terr != nil {
			return nil, fmt.Errorf("htmlx: %w: %v", ErrNoContent, terr)
		}
		return nil, fmt.Errorf("htmlx: %w", ErrNoContent)
	}
	page.Subtitle, page.Paragraphs = chooseSubtitle(meta, page.Title, paras, " "+wordKey(textOf(doc))+" ")

	if err := ctx.Err(); err != nil {
		return nil, err
	}
	page.Date, page.DateBasis = findDate(doc, meta, page.URL)
	return page, nil
}

// parse decodes raw (UTF-8, or the charset the page declares) and parses it.
func parse(raw []byte) (*html.Node, error) {
	var text []byte
	if utf8.Valid(raw) {
		text = raw
	} else {
		enc, _, _ := charset.DetermineEncoding(raw, "text/html")
		dec, err := enc.NewDecoder().Bytes(raw)
		if err != nil {
			return nil, fmt.Errorf("decode: %w", err)
		}
		text = dec
	}
	text = norm.NFC.Bytes(text)
	return html.Parse(bytes.NewReader(text))
}

// readabilityParagraphs runs readeck go-readability on a copy of doc.
func readabilityParagraphs(doc *html.Node, base *nurl.URL) []string {
	parser := readability.NewParser()
	art, err := parser.ParseDocument(doc, base)
	if err != nil || art.Node == nil {
		return nil
	}
	return paragraphs(art.Node)
}

// agreeTrim drops the leading and trailing paragraphs of paras that the
// reference extraction ref does not contain, when the two agree on the rest.
func agreeTrim(paras, ref []string) []string {
	if runeLen(ref) < runeLen(paras)/2 {
		return paras
	}
	refText := " " + wordKey(strings.Join(ref, " ")) + " "
	in := func(p string) bool {
		k := wordKey(p)
		return k == "" || strings.Contains(refText, " "+k+" ")
	}
	i, j := 0, len(paras)
	for i < j && !in(paras[i]) {
		i++
	}
	for j > i && !in(paras[j-1]) {
		j--
	}
	if i == j || runeLen(paras[i:j]) < runeLen(paras)/2 {
		return paras
	}
	return paras[i:j]
}

func runeLen(paras []string) int {
	n := 0
	for _, p := range paras {
		n += utf8.RuneCountInString(p)
	}
	return n
}
