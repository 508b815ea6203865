// Package kb is dateline's knowledge base: countries (names, demonyms,
// capitals, metonyms), organisations and armed groups, people with dated
// roles, generic body nouns ("defense ministry") and role titles ("foreign
// minister", "top diplomat").
//
// The bundled tables under data/kb are embedded in the binary; a user's files
// in the same tab-separated formats are merged over them (see Load). Once
// loaded a KB is read-only and safe for concurrent use.
package kb

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/data"
)

// Country is one ISO 3166-1 country or territory.
type Country struct {
	ISO3     string
	ISO2     string
	Name     string
	Aliases  []string
	Demonyms []string
	Capitals []string
	// Metonyms are the places and seats that stand for the government
	// ("Moscow", "the Kremlin").
	Metonyms []string
}

// Org is an organisation: an intergovernmental body, an agency, a party, a
// company, an armed group.
type Org struct {
	ID      string
	Name    string
	Aliases []string
	Type    string // dateline.Org or dateline.Group
	Country string // ISO 3166-1 alpha-3, IGO, or "" when unknown
	Sector  string // PLOVER sector, "" when unknown
	Parent  string // id of the parent org, if any
}

// Person is a named person; Roles are filled from the roles table.
type Person struct {
	ID      string
	Name    string
	Aliases []string
	Gender  string // "m", "f" or ""
	// Country is the person's own country (ISO 3166-1 alpha-3), for people
	// known for no office in the roles table ("Yulia Skripal": RUS); ""
	// when unknown. A person's offices say their country otherwise.
	Country string
	Roles   []dateline.Role
}

// RoleRow is one row of the roles table: a role held by a person.
type RoleRow struct {
	Person string
	dateline.Role
}

// Body is a generic body noun that takes its country from the context
// ("defense ministry" → "the Russian defense ministry" is RUS, MIL).
type Body struct {
	Nouns  []string // the first is the key
	Sector string
	Type   string // dateline.Org or dateline.Group
}

// Title is a role noun ("foreign minister") with its canonical form and
// aliases ("top diplomat").
type Title struct {
	Title     string // the key, as written in the table
	Canonical string // "Foreign Minister"
	Sector    string
	Aliases   []string
}

// Rows is the content of the KB tables, as read from or written to TSV files.
type Rows struct {
	Countries []Country
	Orgs      []Org
	People    []Person // Roles are not written from here; see Roles
	Roles     []RoleRow
	Bodies    []Body
	Titles    []Title
}

// Options configures Load.
type Options struct {
	// UserFiles are read after the bundled tables, in order; each row
	// replaces or extends the row with the same key.
	UserFiles []string
	// NoBundled skips the embedded tables (tests, or a KB built only from
	// user files).
	NoBundled bool
}

// KB is a loaded, read-only knowledge base.
type KB struct {
	countries []Country
	orgs      []Org
	people    []Person
	bodies    []Body
	titles    []Title

	countryIdx map[string]int // ISO3 → index
	iso2Idx    map[string]int
	orgIdx     map[string]int
	personIdx  map[string]int
	bodyIdx    map[string]int // first noun → index
	titleIdx   map[string]int // title key → index

	names   nameIndex
	matcher *Matcher
}

// Load reads the bundled tables and the user files and builds the look-up
// indexes and the gazetteer automaton.
func Load(ctx context.Context, opts Options) (*KB, error) {
	var all Rows
	where := map[RoleRow]string{}
	if !opts.NoBundled {
		if err := readBundled(ctx, &all, where); err != nil {
			return nil, err
		}
	}
	for _, f := range opts.UserFiles {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("kb: %w", err)
		}
		r, err := parseFile(f, string(b), where)
		if err != nil {
			return nil, err
		}
		merge(&all, r)
	}
	return build(ctx, &all, where)
}

// New builds a KB from rows already in memory (no bundled data).
func New(ctx context.Context, r *Rows) (*KB, error) {
	var all Rows
	merge(&all, r)
	return build(ctx, &all, nil)
}

func readBundled(ctx context.Context, all *Rows, where map[RoleRow]string) error {
	entries, err := fs.ReadDir(data.FS, "kb")
	if err != nil {
		return fmt.Errorf("kb: bundled data: %w", err)
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".tsv") {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		name := path.Join("kb", e.Name())
		b, err := fs.ReadFile(data.FS, name)
		if err != nil {
			return fmt.Errorf("kb: %w", err)
		}
		r, err := parseFile("data/"+name, string(b), where)
		if err != nil {
			return err
		}
		merge(all, r)
	}
	return nil
}

// merge adds src's rows to dst; a row whose key exists replaces the
// non-empty fields of the old one and adds its aliases.
func merge(dst, src *Rows) {
	ci := map[string]int{}
	for i, c := range dst.Countries {
		ci[c.ISO3] = i
	}
	for _, c := range src.Countries {
		if i, ok := ci[c.ISO3]; ok {
			o := &dst.Countries[i]
			setIf(&o.ISO2, c.ISO2)
			setIf(&o.Name, c.Name)
			o.Aliases = union(o.Aliases, c.Aliases)
			o.Demonyms = union(o.Demonyms, c.Demonyms)
			o.Capitals = union(o.Capitals, c.Capitals)
			o.Metonyms = union(o.Metonyms, c.Metonyms)
			continue
		}
		ci[c.ISO3] = len(dst.Countries)
		dst.Countries = append(dst.Countries, c)
	}
	oi := map[string]int{}
	for i, o := range dst.Orgs {
		oi[o.ID] = i
	}
	for _, g := range src.Orgs {
		if i, ok := oi[g.ID]; ok {
			o := &dst.Orgs[i]
			setIf(&o.Name, g.Name)
			setIf(&o.Type, g.Type)
			setIf(&o.Country, g.Country)
			setIf(&o.Sector, g.Sector)
			setIf(&o.Parent, g.Parent)
			o.Aliases = union(o.Aliases, g.Aliases)
			continue
		}
		oi[g.ID] = len(dst.Orgs)
		dst.Orgs = append(dst.Orgs, g)
	}
	pi := map[string]int{}
	for i, p := range dst.People {
		pi[p.ID] = i
	}
	for _, p := range src.People {
		if i, ok := pi[p.ID]; ok {
			o := &dst.People[i]
			setIf(&o.Name, p.Name)
			setIf(&o.Gender, p.Gender)
			setIf(&o.Country, p.Country)
			o.Aliases = union(o.Aliases, p.Aliases)
			continue
		}
		pi[p.ID] = len(dst.People)
		p.Roles = nil
		dst.People = append(dst.People, p)
	}
	if len(src.Roles) > 0 {
		seen := make(map[RoleRow]bool, len(dst.Roles)+len(src.Roles))
		for _, r := range dst.Roles {
			seen[r] = true
		}
		for _, r := range src.Roles {
			if !seen[r] {
				seen[r] = true
				dst.Roles = append(dst.Roles, r)
			}
		}
	}
	bi := map[string]int{}
	for i, b := range dst.Bodies {
		bi[b.Nouns[0]] = i
	}
	for _, b := range src.Bodies {
		if i, ok := bi[b.Nouns[0]]; ok {
			o := &dst.Bodies[i]
			o.Nouns = union(o.Nouns, b.Nouns)
			setIf(&o.Sector, b.Sector)
			setIf(&o.Type, b.Type)
			continue
		}
		bi[b.Nouns[0]] = len(dst.Bodies)
		dst.Bodies = append(dst.Bodies, b)
	}
	ti := map[string]int{}
	for i, t := range dst.Titles {
		ti[t.Title] = i
	}
	for _, t := range src.Titles {
		if i, ok := ti[t.Title]; ok {
			o := &dst.Titles[i]
			setIf(&o.Canonical, t.Canonical)
			setIf(&o.Sector, t.Sector)
			o.Aliases = union(o.Aliases, t.Aliases)
			continue
		}
		ti[t.Title] = len(dst.Titles)
		dst.Titles = append(dst.Titles, t)
	}
}

func setIf(dst *string, v string) {
	if v != "" {
		*dst = v
	}
}

func union(a, b []string) []string {
	for _, s := range b {
		if !slices.Contains(a, s) {
			a = append(a, s)
		}
	}
	return a
}

// build indexes the merged rows; where maps role rows to "file:line" for
// error messages (nil when unknown).
func build(ctx context.Context, all *Rows, where map[RoleRow]string) (*KB, error) {
	k := &KB{
		countries:  all.Countries,
		orgs:       all.Orgs,
		people:     all.People,
		bodies:     all.Bodies,
		titles:     all.Titles,
		countryIdx: make(map[string]int, len(all.Countries)),
		iso2Idx:    make(map[string]int, len(all.Countries)),
		orgIdx:     make(map[string]int, len(all.Orgs)),
		personIdx:  make(map[string]int, len(all.People)),
		bodyIdx:    make(map[string]int, len(all.Bodies)),
		titleIdx:   make(map[string]int, len(all.Titles)),
	}
	for i, c := range k.countries {
		k.countryIdx[c.ISO3] = i
		if c.ISO2 != "" {
			k.iso2Idx[c.ISO2] = i
		}
	}
	for i, o := range k.orgs {
		k.orgIdx[o.ID] = i
	}
	for i, p := range k.people {
		k.personIdx[p.ID] = i
	}
	for i, b := range k.bodies {
		k.bodyIdx[b.Nouns[0]] = i
	}
	for i, t := range k.titles {
		k.titleIdx[t.Title] = i
	}
	for _, r := range all.Roles {
		i, ok := k.personIdx[r.Person]
		if !ok {
			at := where[r]
			if at == "" {
				at = "roles"
			}
			return nil, fmt.Errorf("kb: %s: role of unknown person %q", at, r.Person)
		}
		k.people[i].Roles = append(k.people[i].Roles, r.Role)
	}
	for i := range k.people {
		sort.SliceStable(k.people[i].Roles, func(a, b int) bool {
			return k.people[i].Roles[a].Start.Before(k.people[i].Roles[b].Start)
		})
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	k.names = k.buildNames()
	k.matcher = newMatcher(k.names)
	return k, nil
}

// Countries returns every country, in table order. The slice must not be modified.
func (k *KB) Countries() []Country { return k.countries }

// Orgs returns every organisation, in table order. The slice must not be modified.
func (k *KB) Orgs() []Org { return k.orgs }

// People returns every person, in table order. The slice must not be modified.
func (k *KB) People() []Person { return k.people }

// Titles returns every title noun. The slice must not be modified.
func (k *KB) Titles() []Title { return k.titles }

// Bodies returns every body noun. The slice must not be modified.
func (k *KB) Bodies() []Body { return k.bodies }

// Country returns the country with ISO 3166-1 alpha-3 (or alpha-2) code.
func (k *KB) Country(code string) (*Country, bool) {
	i, ok := k.countryIdx[code]
	if !ok {
		i, ok = k.iso2Idx[code]
	}
	if !ok {
		return nil, false
	}
	return &k.countries[i], true
}

// Org returns the organisation with id.
func (k *KB) Org(id string) (*Org, bool) {
	i, ok := k.orgIdx[id]
	if !ok {
		return nil, false
	}
	return &k.orgs[i], true
}

// Person returns the person with id.
func (k *KB) Person(id string) (*Person, bool) {
	i, ok := k.personIdx[id]
	if !ok {
		return nil, false
	}
	return &k.people[i], true
}

// Body returns the body whose first noun is key.
func (k *KB) Body(key string) (*Body, bool) {
	i, ok := k.bodyIdx[key]
	if !ok {
		return nil, false
	}
	return &k.bodies[i], true
}

// Title returns the title whose key is key.
func (k *KB) Title(key string) (*Title, bool) {
	i, ok := k.titleIdx[key]
	if !ok {
		return nil, false
	}
	return &k.titles[i], true
}

// Roles returns every role of the person with id, by start date.
func (k *KB) Roles(personID string) []dateline.Role {
	p, ok := k.Person(personID)
	if !ok {
		return nil
	}
	return p.Roles
}

// RolesAt returns the roles the person held on date d.
func (k *KB) RolesAt(personID string, d dateline.Date) []dateline.Role {
	var out []dateline.Role
	for _, r := range k.Roles(personID) {
		if r.Holds(d) {
			out = append(out, r)
		}
	}
	return out
}

// TitleNoun returns the titles a role noun or alias names ("top diplomat" →
// Foreign Minister, Secretary of State…), matching case-insensitively.
func (k *KB) TitleNoun(noun string) []*Title {
	var out []*Title
	for _, r := range k.Lookup(noun) {
		if r.Kind == KindTitle {
			if t, ok := k.Title(r.ID); ok {
				out = append(out, t)
			}
		}
	}
	return out
}

// BodyNoun returns the body a generic noun names ("defence ministry").
func (k *KB) BodyNoun(noun string) (*Body, bool) {
	for _, r := range k.Lookup(noun) {
		if r.Kind == KindBody {
			return k.Body(r.ID)
		}
	}
	return nil, false
}

// Demonym returns the country of a demonym ("Syrian" → SYR).
func (k *KB) Demonym(word string) (*Country, bool) {
	return k.countryOfKind(word, KindDemonym)
}

// Metonym returns the country whose government a metonym names
// ("the Kremlin" → RUS).
func (k *KB) Metonym(word string) (*Country, bool) {
	return k.countryOfKind(word, KindMetonym)
}

func (k *KB) countryOfKind(word string, kind Kind) (*Country, bool) {
	for _, r := range k.Lookup(word) {
		if r.Kind == kind {
			return k.Country(r.ID)
		}
	}
	return nil, false
}

// CanonicalTitle returns the canonical form of a title or alias (for
// comparing a title read in the text with a KB role's title), or the text
// itself with its case folded when the KB does not know it.
func (k *KB) CanonicalTitle(s string) string {
	if ts := k.TitleNoun(s); len(ts) > 0 && ts[0].Canonical != "" {
		return ts[0].Canonical
	}
	return s
}
