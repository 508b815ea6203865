package dateline

import (
	"context"
	"errors"
)

// ErrNotFound is returned by a Store when the asked-for record does not exist.
var ErrNotFound = errors.New("not found")

// Store keeps articles with everything the stages found in them. SQLite
// (package sqlite) is the default implementation.
type Store interface {
	// Put stores one article; storing the same article (same ID) twice stores
	// it once and reports stored == false the second time.
	Put(ctx context.Context, a *Article) (stored bool, err error)
	// Article returns one stored article as the extract contract's JSON.
	Article(ctx context.Context, id string) ([]byte, error)
	SearchArticles(ctx context.Context, q ArticleQuery) ([]ArticleHit, error)
	Quotes(ctx context.Context, q QuoteQuery) ([]QuoteHit, error)
	Actors(ctx context.Context, q ActorQuery) ([]ActorSummary, error)
	Actor(ctx context.Context, id string) (*ActorDetail, error)
	Events(ctx context.Context, q EventQuery) ([]EventGroup, error)
	Stats(ctx context.Context) (Stats, error)
	Close() error
}

// Page bounds a listing.
type Page struct {
	Limit  int // 0 means the store's default
	Offset int
}

// DateRange bounds dates; zero ends are open.
type DateRange struct {
	From, To Date
}

// ArticleQuery searches articles.
type ArticleQuery struct {
	Text   string // words to find (each must occur); "" lists everything
	Outlet string // agency in the dateline, or the URL's host
	Dates  DateRange
	Page
}

// ArticleHit is one article found by a search.
type ArticleHit struct {
	ID        string
	Source    string
	Headline  string
	Published Date
	Agency    string
	Place     string
	Snippet   string // with the matched words between [ and ]
}

// QuoteQuery lists quotes.
type QuoteQuery struct {
	Speaker string // name or entity id, matched case-insensitively on words
	About   string // words in the quote's text, or an actor named in it
	Text    string
	Dates   DateRange
	Page
}

// QuoteHit is one stored quote.
type QuoteHit struct {
	ArticleID  string
	Headline   string
	Index      int
	Text       string
	Kind       string
	Speaker    string
	SpeakerID  string
	Mention    string
	Cue        string
	Date       Date
	Sentence   string
	Parent     int
	ArticleDay Date
}

// ActorQuery searches actors.
type ActorQuery struct {
	Name string
	Page
}

// ActorSummary is one actor across the store.
type ActorSummary struct {
	ID       string
	Name     string
	Type     string
	Country  string
	Sector   string
	Articles int
	Quotes   int
	LastSeen Date
}

// ActorRole is a role an actor was seen holding, with when.
type ActorRole struct {
	Role        string
	Country     string
	First, Last Date
	Articles    int
}

// ActorDetail is one actor with roles over time.
type ActorDetail struct {
	ActorSummary
	Roles []ActorRole
}

// EventQuery lists events.
type EventQuery struct {
	Type   string
	Source string // country code, entity id or name
	Target string
	Place  string
	Mode   string
	Dates  DateRange
	Page
}

// EventGroup is one event as reported by one or more articles.
type EventGroup struct {
	Type         string
	Source       EventActor
	Target       EventActor
	Date         Date
	Place        string
	PlaceCountry string
	Lat, Lon     float64
	Mode         string
	Text         string // the first report's sentence
	Trigger      string // the words that triggered it in the first report
	Context      []string
	Reports      int
	ArticleIDs   []string
}

// Stats sums up a store.
type Stats struct {
	Articles, Quotes, Events, Actors int
	First, Last                      Date
	TopSpeakers                      []ActorSummary
	Outlets                          map[string]int
}
