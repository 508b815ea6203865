package events

import (
	"strings"

	"github.com/dateline-news/dateline"
)

// EventKey identifies an event across articles: the store treats events with
// equal keys (and dates a day apart, see Date) as one event reported several
// times. It is comparable and can be used as a map key.
type EventKey struct {
	Type   string
	Date   dateline.Date
	Source string // "COUNTRY/SECTOR" of the source, "" when none
	Target string // "COUNTRY/SECTOR" of the target, "" when none
	Place  string // "Name/COUNTRY" of the place, "" when none
}

// String formats the key as TYPE|date|source|target|place.
func (k EventKey) String() string {
	return strings.Join([]string{k.Type, k.Date.String(), k.Source, k.Target, k.Place}, "|")
}

// Key returns the cross-article identity of ev, an event of article a. An
// actor without a country is keyed by its entity's id or its name, so that
// two unknown sides never collide by accident.
func Key(ev dateline.Event, a *dateline.Article) EventKey {
	k := EventKey{Type: ev.Type, Date: ev.Date}
	k.Source = actorKey(ev.Source, a)
	k.Target = actorKey(ev.Target, a)
	if ev.Place != nil {
		k.Place = ev.Place.Name + "/" + ev.Place.Country
	}
	return k
}

func actorKey(x *dateline.EventActor, a *dateline.Article) string {
	if x == nil {
		return ""
	}
	if x.Country != "" {
		return x.Country + "/" + x.Sector
	}
	if a != nil && x.Entity >= 0 && x.Entity < len(a.Entities) {
		return "#" + a.Entities[x.Entity].ID
	}
	return "#" + strings.ToLower(x.Name)
}
