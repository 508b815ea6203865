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
	// EachEvent calls fn with each event Events lists for q, in the same
	// order and the same, but holds only a bounded batch of them at once,
	// so that an export of any size takes bounded memory. It stops at fn's
	// first error and returns that error as it is.
	EachEvent(ctx context.Context, q EventQuery, fn func(EventGroup) error) error
	Stats(ctx context.Context) (Stats, error)
	Analyst
	Close() error
}

// Page bounds a listing.
type Page struct {
	Limit  int // 0 means the store's default; negative means no limit (exports)
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
	// Exact takes Speaker as an entity id only (an actor's own page): the
	// quotes its quote count counts, not those of every name with its words.
	Exact bool
	About string // words in the quote's text, or an actor named in it
	Text  string
	Dates DateRange
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

// EventQuery lists events, newest first. Conditions are on the event (its
// first report: type, sides' countries, place, mode, date), except that an
// entity id or a name given as Source or Target matches an event any of
// whose reports names that actor on that side. Events are the same whatever
// the query: reports are grouped over the whole store.
type EventQuery struct {
	Type   string
	Source string // country code, entity id or name
	Target string
	// Exact matches Source and Target as an actor's id is matched in a
	// timeline (a country code, an entity id or a whole name), not by the
	// words of a name: the events of the actor "government", not those of
	// every government.
	Exact bool
	Place string // place name, or a country's name or code (every event placed in it)
	Mode  string
	Dates DateRange
	Page
}

// EventGroup is one event as reported by one or more articles. Reports of
// one event share its type, sides (country and sector, or name), place and
// mode (asserted and reported being one), and are dated within one day of its
// first report; an article that tells the event twice is one report.
type EventGroup struct {
	// ID names the event: it is the same in every listing and export, does
	// not change as reports of it are added, and is the same when the same
	// articles are stored again in the same order. It is made from the
	// event's key and its first report's date (an undated event: its article
	// and index there).
	ID           string
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
	Reports      int      // articles reporting it
	ArticleIDs   []string // the first report's first, then earliest first
	// SourceID and TargetID are the entity ids of the first report's source
	// and target, "" when none.
	SourceID, TargetID string
}

// Stats sums up a store. Events counts events as listed (reports of one
// event are one); Reports counts the articles' reports of them.
type Stats struct {
	Articles, Quotes, Events, Actors int
	Reports                          int
	First, Last                      Date
	TopSpeakers                      []ActorSummary
	Outlets                          map[string]int
}

// Relations and their analysis: the server's network, timeline and pair views.

// Quad classes of PLOVER event types (the PLOVER manual's quad categories).
const (
	VerbalCoop       = "verbal-cooperation"
	MaterialCoop     = "material-cooperation"
	VerbalConflict   = "verbal-conflict"
	MaterialConflict = "material-conflict"
)

// quads maps each of the 16 PLOVER event types to its quad class.
var quads = map[string]string{
	"AGREE": VerbalCoop, "CONSULT": VerbalCoop, "SUPPORT": VerbalCoop, "CONCEDE": VerbalCoop,
	"COOPERATE": MaterialCoop, "AID": MaterialCoop, "RETREAT": MaterialCoop,
	"REQUEST": VerbalConflict, "ACCUSE": VerbalConflict, "REJECT": VerbalConflict, "THREATEN": VerbalConflict,
	"PROTEST": MaterialConflict, "SANCTION": MaterialConflict, "MOBILIZE": MaterialConflict,
	"COERCE": MaterialConflict, "ASSAULT": MaterialConflict,
}

// Quad returns the quad class of a PLOVER event type (VerbalCoop, ...), or ""
// for an unknown type.
func Quad(eventType string) string { return quads[eventType] }

// QuadCounts counts events by quad class.
type QuadCounts struct {
	VerbalCoop, MaterialCoop, VerbalConflict, MaterialConflict int
}

// Add counts n events of the given type; unknown types are not counted.
func (c *QuadCounts) Add(eventType string, n int) {
	switch Quad(eventType) {
	case VerbalCoop:
		c.VerbalCoop += n
	case MaterialCoop:
		c.MaterialCoop += n
	case VerbalConflict:
		c.VerbalConflict += n
	case MaterialConflict:
		c.MaterialConflict += n
	}
}

// Total is the sum of the four counts.
func (c QuadCounts) Total() int {
	return c.VerbalCoop + c.MaterialCoop + c.VerbalConflict + c.MaterialConflict
}

// Network node kinds.
const (
	ByCountry = "country" // nodes are country codes (IGO for intergovernmental bodies)
	ByActor   = "actor"   // nodes are entity ids (names when an actor has no entity)
)

// NetworkQuery asks who did what to whom.
type NetworkQuery struct {
	By    string // ByCountry (default) or ByActor
	Dates DateRange
	Modes []string // event modes to count; empty means asserted and reported
	Limit int      // most edges to return, heaviest first; 0 means the store's default
}

// NetworkNode is one actor or country of a network.
type NetworkNode struct {
	ID   string // country code or entity id
	Name string
	QuadCounts
}

// NetworkEdge counts the event reports from one node to another. An event
// reported by two articles counts twice.
type NetworkEdge struct {
	Source, Target string // node ids
	QuadCounts
}

// Network is a graph of actors or countries.
type Network struct {
	Nodes []NetworkNode // with the events they took part in, either side
	Edges []NetworkEdge // heaviest first
}

// Timeline intervals.
const (
	Week  = "week"  // buckets start on Mondays
	Month = "month" // buckets start on the 1st
)

// TimelineQuery asks for event counts over time for one actor (either side)
// or for a pair (events between the two, either direction).
type TimelineQuery struct {
	Actor    string // country code, entity id or name
	Other    string // optional second side
	Interval string // Week or Month (default)
	Dates    DateRange
	Modes    []string // empty means asserted and reported
}

// TimelineBucket is one week or month; dates are the event's date, or the
// article's when the event has none. Events with neither are counted in a
// bucket with a zero Start, which comes first (only when no date range is
// given).
type TimelineBucket struct {
	Start Date
	QuadCounts
}

// PairQuery lists quotes by one side that name the other: a speaker matching
// Speaker (entity id, or the speaker's country) quoted with a mention of an
// actor matching About (entity id or country) inside the quoted words, or
// with an event read from the quote that targets About.
type PairQuery struct {
	Speaker, About string
	Dates          DateRange
	Page
}

// Analyst answers the relation queries; dateline.Store includes it.
type Analyst interface {
	Network(ctx context.Context, q NetworkQuery) (*Network, error)
	Timeline(ctx context.Context, q TimelineQuery) ([]TimelineBucket, error)
	QuotesAbout(ctx context.Context, q PairQuery) ([]QuoteHit, error)
}
