package actors

import (
	"context"
	"strings"

	"github.com/dateline-news/dateline"
)

// RoleFixer is the stage run after `when`: it sets each person's Role,
// Country and Sector to the KB role held on the article's date.
//
//   - Date known and a KB role held on it: that role (when several are
//     held, the one whose title the text gives, else an office rather than
//     a party post, else the latest started).
//   - Otherwise, a title read in the text ("Foreign Minister Sergey
//     Lavrov"): that title; country and sector from a KB role with that
//     title when there is one, else as read in the text.
//   - Otherwise, when the date is known and the KB knows an office the
//     person left before it: "former" and that office's title ("former
//     President"); the country stays, the sector is cleared.
//   - Otherwise the role stays empty; country and sector stay as the actors
//     stage set them (read in the text, or shared by all the person's KB
//     roles), except that a person who held no KB role on a known date
//     keeps the country but not the sector.
type RoleFixer struct{}

// NewRoles builds the role fixer.
func NewRoles() (*RoleFixer, error) { return &RoleFixer{}, nil }

// Name implements dateline.Stage.
func (f *RoleFixer) Name() string { return "roles" }

// Run implements dateline.Stage.
func (f *RoleFixer) Run(ctx context.Context, a *dateline.Article) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if !a.Published.IsZero() {
		moveFormerHolders(a)
	}
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Type != dateline.Person {
			continue
		}
		fixRole(e, a.Published)
		e.Role = genderedTitle(e.Role, e.Gender)
	}
	return nil
}

// moveFormerHolders gives a role noun ("the president") joined to a KB
// person who had left that office by the article's date to the one other
// person of the article who holds it on that date: in a story of 2024
// naming Jacob Zuma and Cyril Ramaphosa, "the president" is Ramaphosa.
// The actors stage joins role nouns before the date is known.
func moveFormerHolders(a *dateline.Article) {
	d := a.Published
	holds := func(e *dateline.Entity, title, country string) (now, before bool) {
		for _, r := range e.Roles {
			if !titleFits(title, r.Title) || country != "" && r.Country != country {
				continue
			}
			if r.Holds(d) {
				now = true
			} else if !r.End.IsZero() && r.End.Before(d) {
				before = true
			}
		}
		return now, before
	}
	for i := range a.Mentions {
		m := &a.Mentions[i]
		if m.Kind != dateline.MentionRole || m.Title == "" || m.Entity < 0 || m.Entity >= len(a.Entities) {
			continue
		}
		from := &a.Entities[m.Entity]
		if from.Type != dateline.Person || from.KBID == "" || len(from.Mentions) < 2 {
			continue
		}
		if now, before := holds(from, m.Title, m.Country); now || !before {
			continue
		}
		to := -1
		for j := range a.Entities {
			o := &a.Entities[j]
			if j == m.Entity || o.Type != dateline.Person {
				continue
			}
			if now, _ := holds(o, m.Title, m.Country); now {
				if to >= 0 {
					to = -2 // two holders: leave it
					break
				}
				to = j
			}
		}
		if to < 0 {
			continue
		}
		for k, fm := range from.Mentions {
			if fm.Span == m.Span {
				from.Mentions = append(from.Mentions[:k:k], from.Mentions[k+1:]...)
				break
			}
		}
		m.Entity = to
		o := &a.Entities[to]
		k := 0
		for k < len(o.Mentions) && pos(o.Mentions[k].Field, o.Mentions[k].Start) < pos(m.Field, m.Start) {
			k++
		}
		o.Mentions = append(o.Mentions[:k], append([]dateline.Mention{*m}, o.Mentions[k:]...)...)
	}
}

// genderedTitle writes the KB's "Spokesperson" as wire copy does when the
// person's gender is known: "Foreign Ministry Spokeswoman" for a woman,
// "Spokesman" for a man. Other titles and unknown genders are kept.
func genderedTitle(title, gender string) string {
	var man, woman string
	switch gender {
	case "m":
		man, woman = "Spokesman", "spokesman"
	case "f":
		man, woman = "Spokeswoman", "spokeswoman"
	default:
		return title
	}
	title = strings.ReplaceAll(title, "Spokesperson", man)
	return strings.ReplaceAll(title, "spokesperson", woman)
}

// textTitles returns the titles the text gives the entity, in order.
func textTitles(e *dateline.Entity) []string {
	var out []string
	for _, m := range e.Mentions {
		if m.Title == "" {
			continue
		}
		dup := false
		for _, t := range out {
			dup = dup || strings.EqualFold(t, m.Title)
		}
		if !dup {
			out = append(out, m.Title)
		}
	}
	return out
}

func textCountry(e *dateline.Entity) string {
	for _, m := range e.Mentions {
		if m.Country != "" {
			return m.Country
		}
	}
	return ""
}

func fixRole(e *dateline.Entity, d dateline.Date) {
	titles := textTitles(e)
	match := func(r dateline.Role) bool {
		for _, t := range titles {
			if r.Sector == "PTY" && !strings.EqualFold(t, r.Title) && !strings.Contains(strings.ToLower(t), "party") {
				// "the leader of the Free Democrats", "the deputy
				// chairman": a generic word does not put a party post
				// before an office.
				continue
			}
			if titleFits(t, r.Title) {
				return true
			}
		}
		return false
	}
	if !d.IsZero() {
		var best *dateline.Role
		for i := range e.Roles {
			r := &e.Roles[i]
			if !r.Holds(d) {
				continue
			}
			// Prefer the role the text names, then an office over a party
			// post, then the latest started.
			party := func(r *dateline.Role) bool { return r.Sector == "PTY" }
			switch {
			case best == nil:
				best = r
			case match(*r) != match(*best):
				if match(*r) {
					best = r
				}
			case party(r) != party(best):
				if !party(r) {
					best = r
				}
			case best.Start.Before(r.Start):
				best = r
			}
		}
		if best != nil {
			e.Role, e.Country, e.Sector = best.Title, best.Country, best.Sector
			return
		}
	}
	if len(titles) > 0 {
		// The fullest title the text gives: "chairman of the foreign
		// affairs committee" rather than "lawmaker".
		best := titles[0]
		for _, t := range titles[1:] {
			if len(strings.Fields(t)) > len(strings.Fields(best)) {
				best = t
			}
		}
		titles[0] = best
		e.Role = titles[0]
		for _, r := range e.Roles {
			if titleFits(titles[0], r.Title) {
				e.Country, e.Sector = r.Country, r.Sector
				return
			}
		}
		if c := textCountry(e); c != "" {
			e.Country = c
		}
		return
	}
	e.Role = ""
	if textCountry(e) == "" && len(e.Roles) > 0 {
		e.Country, e.Sector = unanimous(e.Roles)
		if !d.IsZero() {
			e.Sector = "" // known date, no office held on it
		}
	}
	if !d.IsZero() {
		// Out of office on the date: the last office held before it
		// ("former President").
		var last *dateline.Role
		for i := range e.Roles {
			r := &e.Roles[i]
			if r.End.IsZero() || !r.End.Before(d) || r.Sector == "PTY" {
				continue
			}
			if last == nil || last.End.Before(r.End) {
				last = r
			}
		}
		if last != nil {
			e.Role = "former " + last.Title
			e.Sector = ""
			if e.Country == "" {
				e.Country = last.Country
			}
		}
	}
}

// titleFits reports whether a title read in the text names a KB role's
// title: the same words, or every word of four letters or more in the text
// begins (by its first five letters) a word of the KB's title: "Economy
// Minister" fits "Minister for Economic Affairs and Climate Action",
// "Information Minister" fits "Minister of Information".
func titleFits(text, kb string) bool {
	if strings.EqualFold(text, kb) {
		return true
	}
	kw := strings.FieldsFunc(strings.ToLower(kb), func(r rune) bool { return r == ' ' || r == '-' })
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ' ' || r == '-' }) {
		if len(w) < 4 {
			continue
		}
		stem := w
		if len(stem) > 5 {
			stem = stem[:5]
		}
		found := false
		for _, k := range kw {
			if strings.HasPrefix(k, stem) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
		n++
	}
	return n > 0
}
