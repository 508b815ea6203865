// Package clean turns a raw input into an Article: it strips page furniture
// (navigation, share bars, photo captions and credits), finds the headline,
// the subheadline and the wire dateline, reads a publication date from
// metadata when there is one, and lays out the body as paragraphs separated
// by one blank line.
package clean

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tokenize"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/htmlx"
)

// DefaultMaxBytes is the largest article text accepted when
// Options.MaxBytes is zero.
const DefaultMaxBytes = 2 << 20

// Options configures a Cleaner.
type Options struct {
	// MaxBytes caps an article's text (a text file, a JSON record's text, an
	// HTML page's extracted body; raw HTML may be four times larger). Zero
	// means DefaultMaxBytes.
	MaxBytes int
	// Places, when set, lets a dateline line in ordinary case that holds
	// only a city ("Madrid" alone above the story) be read as the
	// dateline; without it only a place in capitals ("MADRID") is. A
	// *places.Gazetteer satisfies it.
	Places Gazetteer
}

// Gazetteer looks a place name up (case ignored; country "" for any).
type Gazetteer interface {
	Lookup(name, country string) (dateline.Location, bool)
}

// Cleaner cleans raw inputs. It is safe for concurrent use.
type Cleaner struct {
	max    int
	places Gazetteer
	tagger *tag.Tagger
	tok    *tokenize.Tokenizer
}

// New returns a Cleaner.
func New(opts Options) (*Cleaner, error) {
	if opts.MaxBytes < 0 {
		return nil, fmt.Errorf("clean: negative size cap %d", opts.MaxBytes)
	}
	max := opts.MaxBytes
	if max == 0 {
		max = DefaultMaxBytes
	}
	tg, err := tag.New()
	if err != nil {
		return nil, fmt.Errorf("clean: loading the part-of-speech model: %w", err)
	}
	return &Cleaner{max: max, places: opts.Places, tagger: tg, tok: tokenize.New()}, nil
}

// knownCity reports whether name is a city in the gazetteer; it is nil
// when there is no gazetteer.
func (c *Cleaner) knownCity() func(string) bool {
	if c.places == nil {
		return nil
	}
	return func(name string) bool {
		loc, ok := c.places.Lookup(name, "")
		return ok && loc.Kind == "city"
	}
}

// defaultCleaner is built once, on first use, and never changed.
var defaultCleaner = sync.OnceValues(func() (*Cleaner, error) { return New(Options{}) })

// Clean cleans raw with the default options.
func Clean(raw dateline.Raw) (*dateline.Article, error) {
	c, err := defaultCleaner()
	if err != nil {
		return nil, err
	}
	return c.Clean(context.Background(), raw)
}

// finiteVerb reports whether a short line has a finite verb (or a modal),
// by the part-of-speech tagger.
func (c *Cleaner) finiteVerb(s string) bool {
	toks := c.tok.Tokenize(s)
	c.tagger.TagTokens(toks)
	for i, t := range toks {
		switch t.Tag {
		case "VBZ", "VBD", "VBP", "MD":
			return true
		case "NNS":
			// "Deal aims to bring ...": a plural-looking verb after a noun
			if i > 0 && i+1 < len(toks) && toks[i+1].Tag == "TO" && strings.HasPrefix(toks[i-1].Tag, "NN") {
				return true
			}
		}
	}
	return false
}

// Errors a caller may test for with errors.Is.
var (
	ErrEmpty    = errors.New("empty file")
	ErrBinary   = errors.New("binary file (NUL bytes)")
	ErrTooLarge = errors.New("article too large")
	ErrNoText   = errors.New("no article text found")
)

// Clean turns one raw input into an article. Errors do not name the source;
// the caller does.
func (c *Cleaner) Clean(ctx context.Context, raw dateline.Raw) (*dateline.Article, error) {
	sum := sha256.Sum256(raw.Bytes)
	a := &dateline.Article{
		ID:     hex.EncodeToString(sum[:]),
		Source: raw.Source,
		URL:    raw.URL,
		Format: raw.Format,
	}
	var err error
	switch raw.Format {
	case "text", "":
		a.Format = "text"
		err = c.cleanText(a, raw.Bytes)
	case "json":
		err = c.cleanJSON(a, raw)
	case "html":
		err = c.cleanHTML(ctx, a, raw)
	default:
		err = fmt.Errorf("unknown input format %q", raw.Format)
	}
	if err != nil {
		return nil, err
	}
	return a, nil
}

// checkText validates the bytes of a text input.
func (c *Cleaner) checkText(b []byte) error {
	if len(b) > c.max {
		return fmt.Errorf("%w: %d bytes of text, the limit is %d", ErrTooLarge, len(b), c.max)
	}
	if len(strings.TrimSpace(string(b))) == 0 {
		return ErrEmpty
	}
	for i, x := range b {
		if x == 0 {
			return fmt.Errorf("%w at byte %d", ErrBinary, i)
		}
	}
	if !utf8.Valid(b) {
		i := 0
		for i < len(b) {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		return fmt.Errorf("invalid UTF-8 at byte %d (the file is in another encoding or damaged)", i)
	}
	return nil
}

func (c *Cleaner) cleanText(a *dateline.Article, b []byte) error {
	if err := c.checkText(b); err != nil {
		return err
	}
	lines := textLines(string(b))
	d := readHeader(lines, c.finiteVerb, c.knownCity())
	a.Headline = stripTags(d.headline)
	a.Subheadline = d.subheadline
	a.Captions = d.captions
	a.MetaDate = d.date
	a.Dateline = d.dateline
	paras := groupParagraphs(lines[d.bodyStart:], &a.Captions)
	c.finishBody(a, paras)
	if a.Headline == "" && a.Body == "" {
		return ErrNoText
	}
	return nil
}

func (c *Cleaner) cleanJSON(a *dateline.Article, raw dateline.Raw) error {
	if n := len(raw.Text) + len(raw.Title); n > c.max {
		return fmt.Errorf("%w: %d bytes of text, the limit is %d", ErrTooLarge, n, c.max)
	}
	a.Headline = stripTags(normLine(raw.Title))
	body := raw.Text
	if looksLikeHTML(body) {
		body = htmlText(body)
	}
	lines := textLines(body)
	// drop a first line that repeats the title
	if len(lines) > 0 && a.Headline != "" && strings.EqualFold(lines[0].text, a.Headline) {
		lines = lines[1:]
	}
	c.finishBody(a, groupParagraphs(lines, &a.Captions))
	if raw.Date != "" {
		if d, ok := parseMetaDate(raw.Date); ok {
			a.MetaDate = d
		}
	}
	if a.Headline == "" && a.Body == "" {
		return ErrNoText
	}
	return nil
}

func (c *Cleaner) cleanHTML(ctx context.Context, a *dateline.Article, raw dateline.Raw) error {
	if len(raw.Bytes) > 4*c.max {
		return fmt.Errorf("%w: %d bytes of HTML, the limit is %d", ErrTooLarge, len(raw.Bytes), 4*c.max)
	}
	if len(strings.TrimSpace(string(raw.Bytes))) == 0 {
		return ErrEmpty
	}
	p, err := htmlx.Extract(ctx, raw.Bytes, raw.URL)
	if err != nil {
		return err
	}
	a.Headline = stripTags(normLine(p.Title))
	a.Subheadline = normLine(p.Subtitle)
	if p.URL != "" {
		a.URL = p.URL
	}
	a.MetaDate = p.Date
	var paras []string
	n := 0
	for _, s := range p.Paragraphs {
		if s = normLine(s); s != "" {
			paras = append(paras, s)
			n += len(s) + 2
		}
	}
	if n > c.max {
		return fmt.Errorf("%w: %d bytes of text, the limit is %d", ErrTooLarge, n, c.max)
	}
	c.finishBody(a, paras)
	return nil
}

// finishBody finds the dateline at the start of the first paragraph, drops
// furniture paragraphs and lays out the body.
func (c *Cleaner) finishBody(a *dateline.Article, paras []string) {
	paras, stamp := dropEnd(dropFurniture(paras, &a.Captions))
	if a.MetaDate.IsZero() {
		a.MetaDate = stamp
	}
	// date stamps opening the body ("Mar 3, 2021 | 14:05 IST") are no
	// text of the story; the first dates it when nothing else does
	for len(paras) > 1 {
		d, ok := dateStamp(paras[0])
		if !ok {
			break
		}
		if a.MetaDate.IsZero() {
			a.MetaDate = d
		}
		paras = paras[1:]
	}
	if len(paras) > 0 && a.Dateline == nil {
		// a page's body may open with its furniture (a section label, a
		// byline, a date stamp) before the dateline's paragraph: it goes
		// when a dateline follows it
		for lead := 0; lead <= 3 && lead < len(paras); lead++ {
			if d, rest, ok := c.bodyDateline(paras[lead:]); ok {
				for _, p := range paras[:lead] {
					if d, ok := dateStamp(p); ok && a.MetaDate.IsZero() {
						a.MetaDate = d
					}
				}
				paras = paras[lead:]
				a.Dateline = d
				if rest >= len(paras[0]) {
					paras = paras[1:]
				} else {
					paras[0] = paras[0][rest:]
				}
				break
			}
			if !leadFurniture(paras[lead]) {
				break
			}
		}
	}
	var sb strings.Builder
	a.Paragraphs = a.Paragraphs[:0]
	for _, p := range paras {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		start := sb.Len()
		sb.WriteString(p)
		a.Paragraphs = append(a.Paragraphs, dateline.Span{Field: dateline.InBody, Start: start, End: sb.Len()})
	}
	a.Body = sb.String()
	if len(a.Paragraphs) == 0 {
		a.Paragraphs = nil
	}
}

// bodyDateline finds the dateline at the start of the first of paras: a
// wire dateline, a known city before a colon or a dash ("NEW DELHI: The
// Supreme Court ..."), or a paragraph holding only the city ("MADRID")
// before the story. rest is where the story begins in paras[0] (its
// length when the dateline fills it).
func (c *Cleaner) bodyDateline(paras []string) (d *dateline.Dateline, rest int, ok bool) {
	probe := probeText(paras[0], len(paras) > 1, func() string { return paras[1] })
	if d, rest, ok := ParseDateline(probe); ok {
		return d, min(rest, len(paras[0])), true
	}
	if d, rest, ok := cityDateline(paras[0], c.knownCity()); ok {
		return d, rest, true
	}
	if len(paras) > 1 && storyParagraph(paras[1]) {
		if d, ok := bareDateline(paras[0], c.knownCity()); ok {
			return d, len(paras[0]), true
		}
	}
	return nil, 0, false
}

// leadFurniture reports whether a paragraph before the story is page
// furniture: a date stamp, a byline, a section label or a reading time.
func leadFurniture(p string) bool {
	if _, ok := dateStamp(p); ok {
		return true
	}
	return isByline(p) || isNav(p) || (words(p) <= 4 && !endsSentence(p) && !strings.ContainsAny(p, "\"“")) || (len(p) <= 40 && readTime.MatchString(p))
}

// headlineTag is an agency's desk tag before a headline: Yonhap's "(LEAD)",
// "(2nd LD)", "(URGENT)", "(News Focus)"; AP's "EXCLUSIVE:" is kept (it is
// read as a kicker elsewhere).
var headlineTag = regexp.MustCompile(`^\((LEAD|URGENT|\d+(st|nd|rd|th) LD|\d+(st|nd|rd|th) LD-FULL|LD-FULL|News Focus|News Analysis|Yonhap Interview|Yonhap Feature|EDITORIAL|FEATURE|PROFILE|UPDATE( \d+)?|CORRECTED|REFILE)\)\s+`)

// reutersSlug is the desk's slug that Reuters' wire headlines start with,
// joined by a hyphen: "UPDATE 2-Russia says ...", "REFILE-UPDATE 1-...",
// "EXCLUSIVE-...", "FACTBOX-...".
var reutersSlug = regexp.MustCompile(`^((UPDATE \d+|UPDATE|REFILE|CORRECTED|RPT|WRAPUP \d+|WRAPUP|EXCLUSIVE|FACTBOX|ANALYSIS|INSIGHT|FOCUS|PREVIEW|EXPLAINER|TIMELINE|BREAKINGVIEWS)-)+\s*[\p{Lu}\d"“‘']`)

// stripTags drops an agency's desk tags from the start of a headline.
func stripTags(h string) string {
	for {
		loc := headlineTag.FindStringIndex(h)
		if loc == nil {
			loc = reutersSlug.FindStringIndex(h)
			if loc != nil {
				_, n := utf8.DecodeLastRuneInString(h[:loc[1]])
				loc[1] -= n // the slug ends before the headline's first letter
			}
		}
		if loc == nil || loc[1] >= len(h) {
			return h
		}
		h = h[loc[1]:]
	}
}
