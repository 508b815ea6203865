// Package contract turns an Article into the JSON object that `dateline
// extract` prints, as ../shared/CONTRACT.md fixes it. It is the one place where
// byte offsets become Unicode code-point offsets.
package contract

import (
	"encoding/json"
	"io"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
)

// Article is one line of `dateline extract` output.
type Article struct {
	ID             string     `json:"id"`
	Source         string     `json:"source"`
	URL            *string    `json:"url"`
	Headline       *string    `json:"headline"`
	Subheadline    *string    `json:"subheadline"`
	Dateline       *Dateline  `json:"dateline"`
	Published      *string    `json:"published"`
	PublishedBasis *string    `json:"published_basis"`
	Body           string     `json:"body"`
	Entities       []Entity   `json:"entities"`
	Quotes         []Quote    `json:"quotes"`
	Events         []Event    `json:"events"`
	Captions       []string   `json:"captions,omitempty"`
	Sentences      []Sentence `json:"sentences,omitempty"`
}

// Dateline is the parsed dateline.
type Dateline struct {
	Place  *string `json:"place"`
	Agency *string `json:"agency"`
	Text   string  `json:"text"`
}

// Mention is where an entity is named.
type Mention struct {
	In    string `json:"in"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Entity is one actor or place.
type Entity struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Type     string    `json:"type"`
	Country  *string   `json:"country"`
	Sector   *string   `json:"sector"`
	Role     *string   `json:"role"`
	Mentions []Mention `json:"mentions"`
}

// Speaker is who said a quote.
type Speaker struct {
	Name    *string `json:"name"`
	Entity  *string `json:"entity"`
	Mention *string `json:"mention"`
}

// Part is one piece of a quote split around its cue.
type Part struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Quote is one attributed statement.
type Quote struct {
	Text       string  `json:"text"`
	Kind       string  `json:"kind"`
	In         string  `json:"in"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Speaker    Speaker `json:"speaker"`
	Cue        *string `json:"cue"`
	Date       *string `json:"date"`
	Parent     *int    `json:"parent"`
	Sentence   string  `json:"sentence"`
	Parts      []Part  `json:"parts,omitempty"`
	Insertions []Part  `json:"insertions,omitempty"`
}

// Actor is an event's source or target.
type Actor struct {
	Name    *string `json:"name"`
	Entity  *string `json:"entity"`
	Country *string `json:"country"`
	Sector  *string `json:"sector"`
}

// Place is where an event happened. Lat and Lon are null when the gazetteer
// knows the place but no point of it (a few divisions: GeoNames gives none).
type Place struct {
	Name    string   `json:"name"`
	Country *string  `json:"country"`
	Lat     *float64 `json:"lat"`
	Lon     *float64 `json:"lon"`
}

// Point is a place's coordinates as printed: both null for 0, 0, which is
// how a dateline.Location (and a store) holds a place with no known point
// (no place of the gazetteer lies at 0, 0, in the Gulf of Guinea).
func Point(lat, lon float64) (*float64, *float64) {
	if lat == 0 && lon == 0 {
		return nil, nil
	}
	return &lat, &lon
}

// NewPlace is the Place of name in country at lat, lon (Point).
func NewPlace(name string, country *string, lat, lon float64) *Place {
	p := &Place{Name: name, Country: country}
	p.Lat, p.Lon = Point(lat, lon)
	return p
}

// Event is one PLOVER event.
type Event struct {
	Type    string   `json:"type"`
	Source  *Actor   `json:"source"`
	Target  *Actor   `json:"target"`
	Date    *string  `json:"date"`
	Place   *Place   `json:"place"`
	Mode    string   `json:"mode"`
	Quote   *int     `json:"quote"`
	Text    string   `json:"text"`
	Trigger string   `json:"trigger,omitempty"`
	Context []string `json:"context,omitempty"`
}

// Sentence is one sentence with code-point offsets (printed only on request).
type Sentence struct {
	In    string `json:"in"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Options choose optional output.
type Options struct {
	Sentences bool // print every sentence's span
}

func str(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func date(d dateline.Date) *string { return str(d.String()) }

// runes converts byte offsets into code-point offsets for one field.
type runes struct {
	text string
}

func (r runes) at(b int) int {
	if b <= 0 {
		return 0
	}
	if b > len(r.text) {
		b = len(r.text)
	}
	return utf8.RuneCountInString(r.text[:b])
}

// From converts an article into its contract form.
func From(a *dateline.Article, opts Options) Article {
	conv := map[dateline.Field]runes{
		dateline.InHeadline:    {a.Headline},
		dateline.InSubheadline: {a.Subheadline},
		dateline.InBody:        {a.Body},
	}
	pos := func(s dateline.Span) (string, int, int) {
		f := s.Field
		if f == "" {
			f = dateline.InBody
		}
		c := conv[f]
		return string(f), c.at(s.Start), c.at(s.End)
	}
	out := Article{
		ID:             a.ID,
		Source:         a.Source,
		URL:            str(a.URL),
		Headline:       str(a.Headline),
		Subheadline:    str(a.Subheadline),
		Published:      date(a.Published),
		PublishedBasis: str(a.PublishedBasis),
		Body:           a.Body,
		Entities:       []Entity{},
		Quotes:         []Quote{},
		Events:         []Event{},
		Captions:       a.Captions,
	}
	if a.Published.IsZero() {
		out.PublishedBasis = nil
	}
	if d := a.Dateline; d != nil {
		out.Dateline = &Dateline{Place: str(d.Place), Agency: str(d.Agency), Text: d.Text}
	}
	entityID := func(i int) *string {
		if i < 0 || i >= len(a.Entities) {
			return nil
		}
		return str(a.Entities[i].ID)
	}
	for _, e := range a.Entities {
		ce := Entity{ID: e.ID, Name: e.Name, Type: e.Type, Country: str(e.Country),
			Sector: str(e.Sector), Role: str(e.Role), Mentions: []Mention{}}
		for _, m := range e.Mentions {
			in, s, t := pos(m.Span)
			ce.Mentions = append(ce.Mentions, Mention{In: in, Start: s, End: t, Text: m.Text})
		}
		out.Entities = append(out.Entities, ce)
	}
	sentence := func(i int) string {
		if i < 0 || i >= len(a.Sentences) {
			return ""
		}
		return a.SpanText(a.Sentences[i].Span)
	}
	for _, q := range a.Quotes {
		in, s, t := pos(q.Span)
		cq := Quote{
			Text: q.Text, Kind: q.Kind, In: in, Start: s, End: t,
			Speaker: Speaker{Name: str(q.Speaker.Name), Entity: entityID(q.Speaker.Entity),
				Mention: str(q.Speaker.Mention)},
			Cue:      str(q.Cue),
			Date:     date(q.Date),
			Sentence: sentence(q.Sentence),
		}
		if q.Parent >= 0 && q.Parent < len(a.Quotes) {
			p := q.Parent
			cq.Parent = &p
		}
		if len(q.Parts) > 1 {
			for _, p := range q.Parts {
				_, s, t := pos(p)
				cq.Parts = append(cq.Parts, Part{s, t})
			}
		}
		for _, p := range q.Insertions {
			_, s, t := pos(p)
			cq.Insertions = append(cq.Insertions, Part{s, t})
		}
		out.Quotes = append(out.Quotes, cq)
	}
	actor := func(x *dateline.EventActor) *Actor {
		if x == nil {
			return nil
		}
		return &Actor{Name: str(x.Name), Entity: entityID(x.Entity), Country: str(x.Country), Sector: str(x.Sector)}
	}
	for _, e := range a.Events {
		ce := Event{Type: e.Type, Source: actor(e.Source), Target: actor(e.Target),
			Date: date(e.Date), Mode: e.Mode, Text: sentence(e.Sentence),
			Trigger: a.SpanText(e.Trigger), Context: e.Context}
		if e.Place != nil {
			ce.Place = NewPlace(e.Place.Name, str(e.Place.Country), e.Place.Lat, e.Place.Lon)
		}
		if e.Quote >= 0 && e.Quote < len(a.Quotes) {
			q := e.Quote
			ce.Quote = &q
		}
		out.Events = append(out.Events, ce)
	}
	if opts.Sentences {
		for _, s := range a.Sentences {
			in, st, en := pos(s.Span)
			out.Sentences = append(out.Sentences, Sentence{In: in, Start: st, End: en})
		}
	}
	return out
}

// Encoder writes articles as JSON Lines.
type Encoder struct {
	enc  *json.Encoder
	opts Options
}

// NewEncoder returns an encoder writing one JSON object per line to w.
func NewEncoder(w io.Writer, opts Options) *Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &Encoder{enc: enc, opts: opts}
}

// Encode writes one article.
func (e *Encoder) Encode(a *dateline.Article) error {
	return e.enc.Encode(From(a, e.opts))
}
