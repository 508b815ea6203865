// Package dateline holds the document model that every stage of the pipe reads
// and extends: a raw input becomes an Article, which the stages fill with
// sentences, actors, quotes and events. The package knows nothing of the
// stages, of storage or of HTTP.
//
// Offsets inside the program are byte offsets into the article's fields
// (Headline, Subheadline, Body); they become Unicode code points only where
// the extract contract's JSON is written (see package contract).
package dateline

import (
	"context"
	"time"
)

// Field names one of an article's text fields; offsets point into it.
type Field string

// The text fields of an article.
const (
	InHeadline    Field = "headline"
	InSubheadline Field = "subheadline"
	InBody        Field = "body"
)

// Span is a half-open byte range [Start, End) inside one field.
type Span struct {
	Field Field `json:"in"`
	Start int   `json:"start"`
	End   int   `json:"end"`
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s (same field).
func (s Span) Contains(o Span) bool {
	return s.Field == o.Field && o.Start >= s.Start && o.End <= s.End
}

// Raw is one input document before cleaning.
type Raw struct {
	Source string // path as given, or path#N for the Nth record of a multi-article file
	Format string // "text", "html" or "json" (one record of JSON Lines)
	Bytes  []byte // the raw input (for JSON Lines: the record's line)
	// Fields given by structured inputs (JSON Lines records, WARC headers).
	URL      string
	Title    string
	Text     string
	Date     string // a date string from metadata, as given
	Modified time.Time
}

// Dateline is the opening "PLACE, Month Day (AGENCY) -" of a wire story.
type Dateline struct {
	Place  string `json:"place"`
	Agency string `json:"agency"`
	Text   string `json:"text"`
	Month  int    `json:"-"` // 1..12 when the dateline gives one, else 0
	Day    int    `json:"-"` // 1..31 when the dateline gives one, else 0
	Year   int    `json:"-"` // when the dateline gives one, else 0
}

// Date is a calendar date; the zero value means unknown.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the Date of t (in t's location).
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// Time is the date at midnight UTC.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// String formats the date as YYYY-MM-DD, or "" when unknown.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format("2006-01-02")
}

// AddDays returns the date n days later (earlier for negative n).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// Before reports whether d is strictly before o.
func (d Date) Before(o Date) bool { return d.Time().Before(o.Time()) }

// ParseDate reads YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, err
	}
	return DateOf(t), nil
}

// Sentence is one sentence of a field, with its tokens.
type Sentence struct {
	Span
	Para   int     // index of the paragraph (in Article.Paragraphs) for body sentences, -1 otherwise
	Tokens []Token // may be empty if the text stage was built without tokens
}

// Token is a word or punctuation mark with its part-of-speech tag (Penn
// Treebank tags; empty when not tagged).
type Token struct {
	Start, End int // byte offsets into the sentence's field
	Tag        string
}

// Entity types.
const (
	Person = "PERSON"
	Org    = "ORG"
	Place  = "PLACE"
	Group  = "GROUP"
)

// Mention kinds: how an entity is named at one place in the text.
const (
	MentionName    = "name"    // full name or alias from the KB or the text
	MentionSurname = "surname" // "Pompeo", "Mr. Pompeo"
	MentionRole    = "role"    // "the foreign minister", "the top diplomat"
	MentionPronoun = "pronoun" // he, she, they
	MentionMetonym = "metonym" // Moscow, the Kremlin, the White House
	MentionDemonym = "demonym" // Russian, Syrian (as a modifier)
)

// Mention is one place in the text that names an entity.
type Mention struct {
	Span
	Text   string `json:"text"`
	Kind   string `json:"-"`
	Entity int    `json:"-"` // index into Article.Entities, -1 when unresolved
	// Title is a role title read from the text next to the mention
	// ("Secretary of State" in "Secretary of State Mike Pompeo"), if any.
	Title string `json:"-"`
	// Country is a country code read from the text around the mention
	// ("Syrian" in "Syrian Foreign Minister Walid Muallem"), if any.
	Country string `json:"-"`
}

// Role is a position a person held between two dates.
type Role struct {
	Title   string // "Secretary of State"
	Country string // ISO 3166-1 alpha-3 or IGO
	Sector  string // PLOVER sector: GOV, MIL, SPY, ...
	Org     string // body the role belongs to, if any ("UN", "CIA")
	Start   Date   // zero when unknown
	End     Date   // zero while in office or unknown
}

// Holds reports whether the role was held on date d. A zero start or end is
// taken as open.
func (r Role) Holds(d Date) bool {
	if d.IsZero() {
		return false
	}
	if !r.Start.IsZero() && d.Before(r.Start) {
		return false
	}
	if !r.End.IsZero() && r.End.Before(d) {
		return false
	}
	return true
}

// Entity is one actor (person, body, state, group) or place named in an article.
type Entity struct {
	ID       string    `json:"id"`   // stable: the KB id when linked, else derived from the name
	KBID     string    `json:"-"`    // knowledge-base id, "" when not in the KB
	Name     string    `json:"name"` // canonical name
	Type     string    `json:"type"` // PERSON, ORG, PLACE, GROUP
	Country  string    `json:"country"`
	Sector   string    `json:"sector"`
	Role     string    `json:"role"` // the role held on the article's date, "" when unknown
	Roles    []Role    `json:"-"`    // every role the KB knows, for the date resolver
	Gender   string    `json:"-"`    // "m", "f" or ""; for pronoun resolution
	Plural   bool      `json:"-"`    // bodies and groups taken as "they"
	Mentions []Mention `json:"mentions"`
}

// Quote kinds.
const (
	Direct   = "direct"
	Indirect = "indirect"
	Mixed    = "mixed"
)

// Speaker is who a quote is attributed to.
type Speaker struct {
	Name    string // resolved name; "" when unresolved (never a pronoun)
	Entity  int    // index into Article.Entities, -1 when none
	Mention string // the words naming the speaker at the quote ("he", "Lavrov")
	Span    Span   // where Mention stands; zero Span when there is none
}

// Quote is one attributed statement.
type Quote struct {
	Text       string // the words, without surrounding quotation marks; parts joined with a space
	Kind       string // Direct, Indirect or Mixed
	Span              // the first part's span
	Parts      []Span // every part, in order (one element when not split)
	Speaker    Speaker
	Cue        string
	CueSpan    Span
	Date       Date
	Parent     int    // index into Article.Quotes of the containing quote, -1 when none
	Sentence   int    // index into Article.Sentences of the (first) sentence it came from
	Insertions []Span // editorial insertions inside the quote ("(outlawed in Russia)", "[Russia]")
}

// Event modes.
const (
	Asserted     = "asserted"
	Reported     = "reported"
	Hypothetical = "hypothetical"
	Negated      = "negated"
)

// EventActor is the source or the target of an event.
type EventActor struct {
	Name    string
	Entity  int // index into Article.Entities, -1 when none
	Country string
	Sector  string
	Span    Span
}

// Location is a place with coordinates from the gazetteer.
type Location struct {
	Name     string
	Country  string
	Admin1   string
	Lat, Lon float64
	Kind     string // "country", "admin1", "city"
}

// Event is one PLOVER event.
type Event struct {
	Type     string // one of the 16 PLOVER types
	Source   *EventActor
	Target   *EventActor
	Date     Date
	Place    *Location
	Mode     string // Asserted, Reported, Hypothetical, Negated
	Quote    int    // index into Article.Quotes when read from a quote, else -1
	Sentence int    // index into Article.Sentences
	Trigger  Span   // the words that triggered the event
	Context  []string
}

// Article is one news article as the stages build it.
type Article struct {
	ID          string // sha256 of the raw input, hex
	Source      string
	URL         string
	Format      string
	Headline    string
	Subheadline string
	Dateline    *Dateline
	Body        string // paragraphs separated by one blank line
	Paragraphs  []Span // body paragraphs
	Captions    []string

	// MetaDate is the publication date read from metadata, if any.
	MetaDate Date
	// Published is the resolved publication date; zero when unknown.
	Published      Date
	PublishedBasis string
	// YearRange bounds the years the resolver may choose; zero means no bound.
	YearMin, YearMax int

	Sentences []Sentence
	Mentions  []Mention // every mention, linked or not, in text order
	Entities  []Entity
	Quotes    []Quote
	Events    []Event
}

// Text returns the text of field f.
func (a *Article) Text(f Field) string {
	switch f {
	case InHeadline:
		return a.Headline
	case InSubheadline:
		return a.Subheadline
	default:
		return a.Body
	}
}

// SpanText returns the text a span covers, or "" when out of range.
func (a *Article) SpanText(s Span) string {
	t := a.Text(s.Field)
	if s.Start < 0 || s.End > len(t) || s.Start > s.End {
		return ""
	}
	return t[s.Start:s.End]
}

// Stage is one step of the pipe after cleaning: it reads the article and
// adds to it. A Stage is built once and run many times, concurrently, on
// different articles.
type Stage interface {
	Name() string
	Run(ctx context.Context, a *Article) error
}
