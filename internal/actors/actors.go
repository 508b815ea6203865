// Package actors finds the actors an article names — people, bodies, states,
// armed groups — and the places it names as states' capitals, links them to
// the knowledge base, and joins the mentions of one actor within the article
// (full name, surname, "Mr. Pompeo", role nouns such as "the top diplomat").
//
// The stage links candidates without a date: every KB role of a linked
// person goes to Entity.Roles, and the role held on the article's date is
// chosen later by the RoleFixer, after the `when` stage.
//
// How a named thing is typed:
//   - a person: PERSON; linked to the KB by full name or alias, or kept
//     unknown when the text marks the name as a person's (a title before it,
//     "Mr."/"Mrs.", an appositive such as ", a doctor,", an age, a speech
//     verb next to it). A capitalised name with no such cue is not taken.
//   - a country's name: PLACE when it follows a locative preposition ("in
//     Syria") and in all its mentions, else ORG (the state as an actor:
//     "Russia said"); its sector is empty.
//   - a metonym ("the Kremlin", "Washington" not after a locative): ORG, the
//     country's government, sector GOV. A capital after a locative is a PLACE.
//   - a KB organisation or group: its KB type, country and sector.
//   - a generic body ("the Russian defense ministry", "Syrian rebels"): the
//     KB body noun's type and sector, the country of the demonym, country
//     name or metonym before it ("Russia's", "Kremlin"), else none.
//   - a capitalised name ending in an organisation word ("Ministry",
//     "Council", "Observatory"…): ORG with the country of a demonym before it.
//
// Role nouns join the person they name: the name right after them ("the
// Foreign Ministry spokeswoman, Maria Zakharova,"), else the last person
// named who holds the title, else — for a generic noun ("the Russian
// leader", "Chinese envoy") — the one person of the article holding a
// fitting office. When none fits, the role noun is an unnamed office
// holder of its own, named by the role noun as written.
//
// Unknown people get a country only from the text: a demonym or country in
// their title, a body or town in an appositive, or — for national office
// holders named without a country and private people quoted at the scene —
// the dateline's country (see data/kb/README.md).
package actors

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/kb"
)

// PlaceFinder resolves a place name to a location; *places.Gazetteer is
// one. country restricts the answer when not empty.
type PlaceFinder interface {
	Lookup(name, country string) (dateline.Location, bool)
}

// Option configures the stage.
type Option func(*Stage)

// WithPlaces lets the stage place unknown people by the towns the text puts
// them in ("a doctor at a hospital in Idlib city" → SYR) and read the
// country of a dateline that names a town rather than a capital. Without
// it only the KB's countries and capitals are known.
func WithPlaces(p PlaceFinder) Option { return func(s *Stage) { s.places = p } }

// Stage is the actors stage.
type Stage struct {
	k      *kb.KB
	places PlaceFinder // nil when not given
	// roleTitles maps the lower-cased titles of the KB's roles to their
	// written form: a title read in the text is shown as the KB writes it
	// when the KB has it, else by its canonical title.
	roleTitles map[string]string
	// bodyOrgs maps a country and a generic body's key ("TUR|defense
	// ministry") to the one KB body of that country the KB names so
	// ("Turkish Defence Ministry" has the alias "Turkey's Defense
	// Ministry"): "Turkey's defense ministry" and "the Turkish defence
	// ministry" are that body, however the text writes them.
	bodyOrgs map[string]string
	// givenNames maps the first word of a KB person's name ("Tamim",
	// "Salman") to the ids of the people whose name starts so: "Emir
	// Tamim" is the one of them who was Emir.
	givenNames map[string][]string
	// firstNames are given names: the first words of the KB's people's
	// names and the common given names in words.go. A name of two or three
	// capitalised words opening with one is a person's.
	firstNames map[string]bool
	// titleOrgs maps a lower-cased KB title to the bodies its holders hold
	// it in, when all its holders hold it in a body ("president of the
	// european commission" → EU-COMMISSION).
	titleOrgs map[string]map[string]bool
}

// New builds the stage over a loaded KB.
func New(k *kb.KB, opts ...Option) (*Stage, error) {
	if k == nil {
		return nil, fmt.Errorf("actors: nil KB")
	}
	s := &Stage{k: k, roleTitles: map[string]string{}, bodyOrgs: bodyOrgIndex(k), givenNames: map[string][]string{},
		firstNames: map[string]bool{}}
	for n := range commonGivenNames {
		s.firstNames[n] = true
	}
	for _, o := range opts {
		o(s)
	}
	for _, p := range k.People() {
		if w := strings.Fields(p.Name); len(w) >= 2 && len(p.Roles) > 0 {
			s.givenNames[w[0]] = append(s.givenNames[w[0]], p.ID)
		}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if w := strings.Fields(n); len(w) >= 2 && isGivenName(w[0]) {
				s.firstNames[w[0]] = true
			}
		}
		for _, r := range p.Roles {
			if r.Title != "" {
				s.roleTitles[strings.ToLower(r.Title)] = r.Title
			}
		}
	}
	s.titleOrgs = map[string]map[string]bool{}
	unbound := map[string]bool{}
	for _, p := range k.People() {
		for _, r := range p.Roles {
			t := strings.ToLower(r.Title)
			if r.Org == "" {
				unbound[t] = true
				continue
			}
			if s.titleOrgs[t] == nil {
				s.titleOrgs[t] = map[string]bool{}
			}
			s.titleOrgs[t][r.Org] = true
		}
	}
	for t := range unbound {
		delete(s.titleOrgs, t)
	}
	return s, nil
}

// isGivenName reports whether the first word of a KB name can stand for a
// given name: a capitalised word of letters, not a title, honorific,
// particle or family name read first.
func isGivenName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) < 3 || isAllCapsWord(w) || strings.ContainsAny(w, ".'’") {
		return false
	}
	l := strings.ToLower(w)
	return !nameTitleWords[l] && !nameParticles[l] && honorifics[w] == "" && !stopCaps[w] &&
		!notGivenNames[w] && !ambiguousSurnames[w]
}

// Name implements dateline.Stage.
func (s *Stage) Name() string { return "actors" }

// bodyOrgIndex maps "ISO3|body noun" to the one KB body of that country
// named by the country's name, a form of it or its demonym followed by
// that generic body noun ("Russian Defence Ministry", "Iran's Defense
// Ministry", "Turkish army"): "Turkey's defense ministry" in the text is
// the KB's Turkish Defence Ministry. Only the noun the KB writes counts
// ("Turkish army" does not make "Turkish soldiers" the Turkish Armed
// Forces), a country with two such bodies for one noun has neither, and
// neither parties ("Lebanese Forces") nor loose groups ("Canadian press")
// are taken so.
func bodyOrgIndex(k *kb.KB) map[string]string {
	found := map[string]map[string]bool{}
	formsOf := map[string][]string{}
	for _, o := range k.Orgs() {
		if o.Country == "" || o.Country == "IGO" || o.Sector == "PTY" {
			continue // ("Lebanese Forces" is a party, not the army)
		}
		forms, ok := formsOf[o.Country]
		if !ok {
			if c, ok := k.Country(o.Country); ok {
				for _, f := range append(append([]string{c.Name}, c.Aliases...), c.Demonyms...) {
					f = strings.ToLower(f)
					forms = append(forms, f+" ", f+"'s ", f+"’s ")
				}
			}
			formsOf[o.Country] = forms
		}
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			n = strings.TrimPrefix(strings.ToLower(n), "the ")
			for _, f := range forms {
				rest, ok := strings.CutPrefix(n, f)
				if !ok {
					continue
				}
				if b, ok := k.BodyNoun(rest); ok && b.Type != dateline.Group {
					key := o.Country + "|" + rest
					if found[key] == nil {
						found[key] = map[string]bool{}
					}
					found[key][o.ID] = true
				}
			}
		}
	}
	out := make(map[string]string, len(found))
	for key, ids := range found {
		if len(ids) != 1 {
			continue
		}
		for id := range ids {
			out[key] = id
		}
	}
	return out
}

// Run fills a.Mentions and a.Entities. It replaces what an earlier run put there.
func (s *Stage) Run(ctx context.Context, a *dateline.Article) error {
	r := &run{st: s, k: s.k, a: a, byKey: map[string]int{}}
	if a.Dateline != nil && a.Dateline.Place != "" {
		place := a.Dateline.Place
		if i := strings.IndexByte(place, ','); i > 0 {
			place = place[:i]
		}
		r.dlISO = r.placeCountry(strings.TrimSpace(place))
	}
	for _, f := range []dateline.Field{dateline.InHeadline, dateline.InSubheadline, dateline.InBody} {
		if err := ctx.Err(); err != nil {
			return err
		}
		text := a.Text(f)
		if text == "" {
			continue
		}
		fr := r.newField(f, text)
		fr.parse()
		r.fields = append(r.fields, fr)
	}
	r.resolvePending()
	r.dropGenericOrgs()
	r.juntaCountry()
	r.mergeOffices()
	r.nationalBodies()
	r.describedBodies()
	r.spokesmenOfBodies()
	r.relativesCountry()
	r.datelineCountry()
	r.protestersCountry()
	r.genders()
	r.finish()
	plainSpellings(a, s.k)
	return nil
}

// plainSpellings writes a KB name without its diacritics when the article
// itself spells the name so: an English wire story's "Nicolas Maduro" stays
// Nicolas Maduro, not the KB's Nicolás Maduro; a story that writes
// "Erdoğan" keeps the KB's Recep Tayyip Erdoğan. A KB person whose name the
// article never writes in full, but who is named in full in another spelling
// (a transliteration or a shorter full name: "Volodymyr Zelenskiy",
// "Tayyip Erdogan", "Abdel Fattah al-Sisi"), is shown as the article spells
// them, as wire copy does. A KB body the article names only by another name
// that many countries' bodies share ("the Greens" for Alliance 90/The
// Greens, "Labour") is shown by that name, and one it names only in
// another spelling of the KB name ("Russian Defense Ministry") by that.
func plainSpellings(a *dateline.Article, k *kb.KB) {
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.KBID == "" {
			continue
		}
		if e.Type == dateline.Person {
			if name := articleSpelling(e); name != "" {
				e.Name = name
				continue
			}
		} else if _, ok := k.Org(e.KBID); ok {
			if name := bodySpelling(e); name != "" {
				e.Name = name
				continue
			}
		}
		if isASCII(e.Name) {
			continue
		}
		plain := true
		for _, m := range e.Mentions {
			if m.Kind != dateline.MentionRole && m.Kind != dateline.MentionPronoun && !isASCII(m.Text) {
				plain = false
				break
			}
		}
		if plain {
			e.Name = foldDiacritics(e.Name)
		}
	}
}

// articleSpelling returns the article's own full spelling of a KB person's
// name when the article never writes the KB name (with or without its
// diacritics): the fullest name mention of two words or more, from the body
// first, never an all-capitals headline form. It returns "" otherwise.
func articleSpelling(e *dateline.Entity) string {
	kbName := strings.ToLower(foldDiacritics(withoutInitials(e.Name)))
	best, bestN, bestBody := "", 0, false
	for _, m := range e.Mentions {
		if m.Kind != dateline.MentionName {
			continue
		}
		text := withoutInitials(m.Text)
		if strings.ToLower(foldDiacritics(text)) == kbName {
			return ""
		}
		w := strings.Fields(text)
		if len(w) < 2 || isAllCapsWord(strings.Join(w, "")) || nameTitleWords[lower(w[0])] ||
			strings.Contains(text, "'s ") || strings.Contains(text, "’s ") {
			// "King Abdullah", "Jordan's King Abdullah": a title, not a
			// spelling of the name.
			continue
		}
		body := m.Field == dateline.InBody
		if best == "" || (body && !bestBody) || (body == bestBody && len(w) > bestN) {
			best, bestN, bestBody = text, len(w), body
		}
	}
	return best
}

// bodySpelling returns the name an article gives a KB body when it never
// writes the KB name and names it by a short name many countries' bodies
// share ("Greens", "Conservatives", in genericOrgAliases), from the body
// first, or else by the KB name in another spelling (see spellingVariant).
// Other names ("UN", "EU", "the Pentagon", "Security Council") keep the KB
// name; it returns "" then.
func bodySpelling(e *dateline.Entity) string {
	kbName := strings.ToLower(foldDiacritics(e.Name))
	best, bestBody := "", false
	variant := ""
	for _, m := range e.Mentions {
		if m.Kind != dateline.MentionName {
			continue
		}
		if strings.ToLower(foldDiacritics(m.Text)) == kbName {
			return ""
		}
		if text := strings.TrimPrefix(strings.TrimPrefix(m.Text, "the "), "The "); variant == "" && m.Field == dateline.InBody && spellingVariant(text, e.Name) {
			variant = text
		}
		if !genericOrgAliases[lower(m.Text)] {
			continue
		}
		body := m.Field == dateline.InBody
		if best == "" || (body && !bestBody) || (body == bestBody && len(m.Text) > len(best)) {
			best, bestBody = m.Text, body
		}
	}
	if best != "" {
		return best
	}
	return variant
}

// spellingVariant reports whether a body's name as the article writes it
// is the KB name in another spelling, word for word ("Russian Defense
// Ministry" for the KB's Russian Defence Ministry, "US Navy" for U.S.
// Navy): as many words, each the KB's word or one with the same first
// five letters, capitalised as the KB's. A shorter or reordered name
// ("Security Council", "Communist Party of China"), a possessive ("Qatar's
// Foreign Ministry") or a generic noun in lower case ("the Russian defense
// ministry") is not.
func spellingVariant(text, kbName string) bool {
	if strings.ContainsAny(text, "'’") {
		return false
	}
	tw, kw := strings.Fields(foldDiacritics(text)), strings.Fields(foldDiacritics(kbName))
	if len(tw) != len(kw) || len(tw) < 2 {
		return false
	}
	for i := range tw {
		if r, _ := utf8.DecodeRuneInString(tw[i]); unicode.IsUpper(r) != unicode.IsUpper([]rune(kw[i])[0]) {
			return false
		}
		tw[i], kw[i] = lower(tw[i]), lower(kw[i])
	}
	for i := range tw {
		a, b := strings.ReplaceAll(tw[i], ".", ""), strings.ReplaceAll(kw[i], ".", "")
		if a == b {
			continue
		}
		if len(a) < 5 || len(b) < 5 || a[:5] != b[:5] {
			return false
		}
	}
	return true
}

// nameTitleWords are words that put a title, not a name, before a name.
var nameTitleWords = set("king", "queen", "prince", "princess", "crown", "sheikh", "emir", "sultan",
	"president", "pope", "ayatollah", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "sir", "dame",
	"general", "gen.", "lord", "lady", "imam", "grand", "the", "colonel", "col.", "lieutenant", "lt.",
	"captain", "capt.", "major", "maj.", "marshal", "field", "brigadier", "brig.", "admiral", "adm.",
	"commander", "sergeant", "sgt.", "senior", "lieutenant-general", "major-general", "colonel-major",
	"senator", "sen.", "rep.", "gov.", "governor", "minister", "chancellor", "premier", "judge", "justice",
	"rabbi", "bishop", "archbishop", "cardinal", "patriarch", "mufti", "sayyid", "mullah", "shaikh", "sheik")

// withoutInitials drops middle initials: "Antony J. Blinken" → "Antony Blinken".
func withoutInitials(s string) string {
	w := strings.Fields(s)
	if len(w) < 3 {
		return s
	}
	out := w[:1:1]
	for _, x := range w[1 : len(w)-1] {
		if r := []rune(x); (len(r) == 2 && r[1] == '.' || len(r) == 1) && unicode.IsUpper(r[0]) {
			continue
		}
		out = append(out, x)
	}
	return strings.Join(append(out, w[len(w)-1]), " ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldLetters are letters Unicode does not decompose, with their usual
// ASCII spelling.
var foldLetters = map[rune]string{'ł': "l", 'Ł': "L", 'ø': "o", 'Ø': "O", 'đ': "d", 'Đ': "D", 'ı': "i", 'ß': "ss", 'æ': "ae", 'œ': "oe"}

// foldDiacritics strips accents and the like, keeping case: "Çavuşoğlu" →
// "Cavusoglu".
func foldDiacritics(s string) string {
	if isASCII(s) {
		return s // nothing to fold, and no string made
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if f, ok := foldLetters[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// itemKind classifies an item of a field.
type itemKind uint8

const (
	iPunct itemKind = iota
	iWord
	iPoss // possessive 's
	iMatch
)

// item is a token, or a run of tokens the gazetteer matched.
type item struct {
	kind   itemKind
	t0, t1 int // token range
	s, e   int // byte range
	text   string
	name   string // the KB name a match is of
	refs   []kb.Ref
	cap    bool
	lower  bool
	sent   bool // starts a sentence
}

func (it *item) ref(k kb.Kind) (kb.Ref, bool) {
	for _, r := range it.refs {
		if r.Kind == k {
			return r, true
		}
	}
	return kb.Ref{}, false
}

func (it *item) refsOf(k kb.Kind) []kb.Ref {
	var out []kb.Ref
	for _, r := range it.refs {
		if r.Kind == k {
			out = append(out, r)
		}
	}
	return out
}

func (it *item) has(k kb.Kind) bool { _, ok := it.ref(k); return ok }

// ent is an entity being built.
type ent struct {
	e        dateline.Entity
	surnames map[string]bool
	titles   map[string]bool // lower-cased canonical titles read in the text
	actorUse bool            // a country named as an actor, not as a place
	body     string          // body key for generic bodies
	state    bool            // a country or its government: "it", not "they"
	// office is set for an unnamed office holder ("the Russian leader")
	// named by a definite role noun; officeTitles are its lower-cased
	// canonical titles and the role noun as written.
	office       bool
	officeTitles []string
	// private is set for a private person quoted at the scene with an
	// age ("said Hussein Kadhim, 34").
	private bool
	// speaker is set for a person the KB does not know, named in full
	// next to a speech verb ("said Julius Malema"): in a datelined story,
	// a speaker the text does not place is the dateline's.
	speaker bool
	// described is set for a body the KB does not know that the text
	// names after a group noun ("the civil society movement Balai
	// Citoyen"): a political or civic body of the scene's or dateline's
	// country unless the text says otherwise.
	described bool
	// shared is set for a person named with another under one title in
	// the plural ("Foreign Ministers Nikola Dimitrov and Nikos Kotzias"):
	// two holders of one office, not placed by the dateline.
	shared bool
	// written is, for a KB body first named by a country and a generic
	// noun ("Israel's military"), that name as the text writes it: the
	// body is shown so unless the article also uses one of its KB names.
	written string
}

// pending is a mention resolved after every field is read: a surname or a
// role noun.
type pending struct {
	f        dateline.Field
	s, e     int
	text     string
	role     bool
	titles   []string // lower-cased canonical titles (role nouns)
	noun     string   // the role noun as written, lower-cased ("spokesman")
	indef    bool     // "a Russian official": someone not named before
	bare     bool     // a bare role noun ("was named president"): not linked
	ahead    bool     // the role noun's holder is named right after it
	next     int      // with ahead: the position of that name
	backEnd  int      // "Soleimani, the head of…": where the name before the comma ends (byte offset + 1), 0 when none
	demonym  string   // a demonym that may be a surname: its country
	org      string   // role nouns: the KB body named with it ("the leader of the Free Democrats")
	name     string   // the role noun without its determiner
	title    string   // canonical title to print
	country  string
	sector   string   // of the title, for a surname after a title
	gender   string   // from an honorific
	hon      bool     // after an honorific
	kbPeople []string // KB people the word is an alias of
	pos      int
	speaker  bool // a speech verb next to the word ("Mantashe told")
	apposed  bool // a person's noun in apposition after the word ("Nijjar, a Canadian citizen,")
}

// uncued is a name of two words or more that nothing marked as a person's
// ("Gwede Mantashe and Paul Mashatile attended"): it becomes one when its
// last word is later used as a speaker's or with an honorific
// ("Mantashe told reporters").
type uncued struct {
	f    dateline.Field
	s, e int
	name string
	last string
}

type mention struct {
	dateline.Mention
	pos int
}

type run struct {
	st       *Stage
	k        *kb.KB
	a        *dateline.Article
	ents     []*ent
	byKey    map[string]int
	mentions []mention
	entPos   [][]int // sorted mention positions per entity
	pend     []pending
	fields   []*fieldRun
	dlISO    string // the dateline's country, "" when unknown
	uncued   []uncued
	// aliases are the acronyms the article defined for a body ("The
	// National Electoral Council (CNE)"), with the body's entity.
	aliases map[string]int
	// scenes are the body's sentences that open on a place, read once
	// when the fields are read (nil until then).
	scenes []scene
}

// orgRef returns the organisation an item names. A name several bodies
// share ("Joint Chiefs of Staff") is the one of the dateline's country, else
// of the country the article has named most so far, else the KB's first.
func (r *run) orgRef(x *item) (kb.Ref, bool) {
	return r.pickOrg(x.refsOf(kb.KindOrg))
}

// pickOrg chooses among organisations sharing a name as orgRef does; refs
// of other kinds are ignored.
func (r *run) pickOrg(all []kb.Ref) (kb.Ref, bool) {
	var refs []kb.Ref
	for _, ref := range all {
		if ref.Kind == kb.KindOrg {
			refs = append(refs, ref)
		}
	}
	if len(refs) == 0 {
		return kb.Ref{}, false
	}
	if len(refs) == 1 {
		return refs[0], true
	}
	for _, ref := range refs {
		if o, ok := r.k.Org(ref.ID); ok && o.Country != "" && o.Country == r.dlISO {
			return ref, true
		}
	}
	// Else the one of the country the article has named most so far ("the
	// main opposition Democratic Party" in a story of a Korean president's
	// visit to Tokyo that names the United States once), the KB's first of
	// a tie.
	best, bestN := -1, 0
	for i, ref := range refs {
		o, ok := r.k.Org(ref.ID)
		if !ok {
			continue
		}
		ci, named := r.byKey["C:"+o.Country]
		if !named {
			continue
		}
		n := 0
		for _, m := range r.mentions {
			if m.Entity == ci {
				n++
			}
		}
		if best < 0 || n > bestN {
			best, bestN = i, n
		}
	}
	if best >= 0 {
		return refs[best], true
	}
	return refs[0], true
}

// pos orders mentions across fields: headline, subheadline, body.
func pos(f dateline.Field, off int) int {
	switch f {
	case dateline.InHeadline:
		return off
	case dateline.InSubheadline:
		return 1<<40 + off
	}
	return 2<<40 + off
}

func (r *run) entity(key string, init func() dateline.Entity) int {
	if i, ok := r.byKey[key]; ok {
		return i
	}
	e := &ent{e: init(), surnames: map[string]bool{}, titles: map[string]bool{}}
	r.byKey[key] = len(r.ents)
	r.ents = append(r.ents, e)
	return len(r.ents) - 1
}

func (r *run) mention(ei int, f dateline.Field, s, e int, kind, title, country string) {
	m := dateline.Mention{
		Span: dateline.Span{Field: f, Start: s, End: e}, Text: r.a.Text(f)[s:e],
		Kind: kind, Entity: ei, Title: title, Country: country,
	}
	r.mentions = append(r.mentions, mention{m, pos(f, s)})
	if ei >= 0 {
		r.addPos(ei, pos(f, s))
	}
	if ei >= 0 && title != "" {
		r.ents[ei].titles[strings.ToLower(title)] = true
		r.ents[ei].titles[strings.ToLower(r.k.CanonicalTitle(title))] = true
	}
}

// personEntity returns the entity of KB person id.
func (r *run) personEntity(id string) int {
	return r.entity("P:"+id, func() dateline.Entity {
		p, _ := r.k.Person(id)
		e := dateline.Entity{ID: p.ID, KBID: p.ID, Name: p.Name, Type: dateline.Person, Gender: p.Gender}
		e.Roles = append([]dateline.Role(nil), p.Roles...)
		if len(p.Roles) == 0 {
			e.Country = p.Country // known for no office: the KB's country of the person
		}
		return e
	})
}

func (r *run) addSurnames(ei int) {
	e := r.ents[ei]
	add := func(name string) {
		w := strings.Fields(name)
		if len(w) < 2 {
			return
		}
		last := w[len(w)-1]
		e.surnames[last] = true
		if len(w) >= 3 && !nameParticles[lower(w[len(w)-2])] {
			// "Takht Ravanchi", "Abdel Ghani": a two-word surname.
			e.surnames[w[len(w)-2]+" "+last] = true
		}
		// "al-Moallem" is also "Moallem".
		if i := strings.IndexByte(last, '-'); i > 0 && nameParticles[strings.ToLower(last[:i])] {
			e.surnames[last[i+1:]] = true
		}
	}
	add(e.e.Name)
	if w := strings.Fields(e.e.Name); len(w) >= 2 && !nameParticles[lower(w[0])] &&
		(familyFirst[r.personCountry([]string{e.e.KBID})] || familyFirst[e.e.Country] || koreanGiven(w[len(w)-1])) {
		// "Kim Yung-ho" is Mr. Kim, "Xi Jinping" President Xi: the family
		// name comes first.
		e.surnames[w[0]] = true
	}
	if e.e.KBID != "" {
		if p, ok := r.k.Person(e.e.KBID); ok {
			for _, al := range p.Aliases {
				add(al)
			}
			for _, al := range p.Aliases {
				if !strings.Contains(al, " ") {
					e.surnames[al] = true
				}
			}
		}
	}
}

// koreanGiven reports whether a word is a romanised Korean given name of
// two hyphenated syllables ("Yung-ho", "Jae-in"): a lower-case letter
// after the hyphen.
func koreanGiven(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) || i > 5 || len(w)-i-1 > 5 {
		return false
	}
	c := w[i+1]
	return c >= 'a' && c <= 'z' && w[0] >= 'A' && w[0] <= 'Z'
}

// canonical returns the lower-cased canonical titles of a title item and
// the one to print.
func (r *run) canonical(it *item) ([]string, string, string) {
	var keys []string
	show, sector := "", ""
	for _, ref := range it.refsOf(kb.KindTitle) {
		t, ok := r.k.Title(ref.ID)
		if !ok {
			continue
		}
		c := t.Canonical
		if c == "" {
			c = t.Title
		}
		keys = append(keys, strings.ToLower(c))
		if show == "" {
			show, sector = c, t.Sector
		}
	}
	if show == "" {
		show = it.text
		keys = append(keys, strings.ToLower(it.text))
	} else if w := strings.Fields(lower(it.text)); len(w) >= 2 && !titlePrefixes[w[0]] &&
		!strings.Contains(lower(it.text), lastWord(lower(show))) {
		// "Government spokesman" is shown as written, not as its
		// canonical "Press Secretary"; "top diplomat" is not.
		show = titleCase(it.text)
	}
	if t, ok := r.st.roleTitles[strings.ToLower(it.text)]; ok {
		show = t // "Secretary of State", not its canonical "Foreign Minister"
	}
	return keys, show, sector
}

// resolvePending links surnames and role nouns, in text order.
func (r *run) resolvePending() {
	// Role nouns whose holder is named right after them ("the Foreign
	// Ministry spokeswoman, Maria Zakharova,") wait until that name is
	// resolved.
	sort.SliceStable(r.pend, func(i, j int) bool {
		if ai, aj := r.pend[i].ahead && r.pend[i].role, r.pend[j].ahead && r.pend[j].role; ai != aj {
			return aj
		}
		return r.pend[i].pos < r.pend[j].pos
	})
	for _, p := range r.pend {
		if p.role {
			r.resolveRole(p)
			continue
		}
		r.resolveSurname(p)
	}
}

// sentence returns an id of the sentence holding position p.
func (r *run) sentence(p int) int {
	field := p >> 40
	off := p & (1<<40 - 1)
	for _, fr := range r.fields {
		if pos(fr.f, 0)>>40 != field {
			continue
		}
		i := sort.SearchInts(fr.sentStarts, off+1) // starts <= off
		return int(field)<<32 | i
	}
	return -1
}

// addPos records that entity ei is mentioned at position p, keeping its
// positions sorted.
func (r *run) addPos(ei, p int) {
	for len(r.entPos) <= ei {
		r.entPos = append(r.entPos, nil)
	}
	ps := r.entPos[ei]
	i := sort.SearchInts(ps, p)
	ps = append(ps, 0)
	copy(ps[i+1:], ps[i:])
	ps[i] = p
	r.entPos[ei] = ps
}

// lastBefore returns the position of the last mention of entity ei before
// at, or -1.
func (r *run) lastBefore(ei, at int) int {
	if ei >= len(r.entPos) {
		return -1
	}
	ps := r.entPos[ei]
	if i := sort.SearchInts(ps, at); i > 0 {
		return ps[i-1]
	}
	return -1
}

// firstAfter returns the position of the first mention of entity ei after
// at, or -1.
func (r *run) firstAfter(ei, at int) int {
	if ei >= len(r.entPos) {
		return -1
	}
	ps := r.entPos[ei]
	i := sort.SearchInts(ps, at+1)
	if i < len(ps) {
		return ps[i]
	}
	return -1
}

// pick chooses among candidate entities the one mentioned last before at,
// else, when ahead is set, the one mentioned first after it.
func (r *run) pick(cands []int, at int, ahead bool) int {
	best, bestPos := -1, -1
	for _, c := range cands {
		if p := r.lastBefore(c, at); p > bestPos {
			best, bestPos = c, p
		}
	}
	if best >= 0 || !ahead {
		return best
	}
	bestPos = -1
	for _, c := range cands {
		if p := r.firstAfter(c, at); p >= 0 && (bestPos < 0 || p < bestPos) {
			best, bestPos = c, p
		}
	}
	return best
}

func (r *run) resolveSurname(p pending) {
	var cands []int
	for i, e := range r.ents {
		if e.e.Type == dateline.Person && (e.surnames[p.text] || isAllCapsWord(p.text) && hasFold(e.surnames, p.text)) {
			cands = append(cands, i)
		}
	}
	if p.title != "" && len(cands) > 0 {
		// "President Clinton": among the Clintons, one who holds the title.
		keys := []string{strings.ToLower(p.title), strings.ToLower(r.k.CanonicalTitle(p.title))}
		var fit []int
		for _, c := range cands {
			if r.holdsTitle(r.ents[c], keys, "") {
				fit = append(fit, c)
			}
		}
		if len(fit) == 0 {
			for _, id := range p.kbPeople {
				if _, named := r.byKey["P:"+id]; named {
					continue
				}
				for _, ro := range r.k.Roles(id) {
					if strings.EqualFold(ro.Title, p.title) || strings.EqualFold(r.k.CanonicalTitle(ro.Title), keys[1]) {
						ei := r.personEntity(id)
						r.addSurnames(ei)
						r.surnameMention(ei, p)
						return
					}
				}
			}
		} else {
			cands = fit
		}
	}
	if len(cands) > 0 {
		ei := r.pick(cands, p.pos, true)
		if ei < 0 {
			// none of them is named anywhere yet (an entity made for a
			// title or a possessive): the first one made
			ei = cands[0]
		}
		r.surnameMention(ei, p)
		return
	}
	if p.demonym != "" {
		ei := r.countryEntity(p.demonym)
		r.mention(ei, p.f, p.s, p.e, dateline.MentionDemonym, "", "")
		return
	}
	// Not joined to a full name: a KB alias of exactly one person, or a
	// name after an honorific, is still a person. A surname in capitals
	// alone in the body (a transcript's speaker label) is not enough.
	switch {
	case len(p.kbPeople) == 1 && (p.hon || !ambiguousSurnames[p.text] && !(p.f == dateline.InBody && isAllCapsWord(p.text))):
		ei := r.personEntity(p.kbPeople[0])
		r.addSurnames(ei)
		r.ents[ei].surnames[p.text] = true
		r.surnameMention(ei, p)
	case p.hon && p.title != "" && r.titledGiven(p) != "":
		// "Emir Tamim", "King Salman": the one KB person of that given
		// name who held the title.
		ei := r.personEntity(r.titledGiven(p))
		r.addSurnames(ei)
		r.ents[ei].surnames[p.text] = true
		r.surnameMention(ei, p)
	case (p.hon || p.speaker || p.apposed) && r.confirm(p) >= 0:
		// "Gwede Mantashe and Paul Mashatile attended … Mantashe told
		// reporters": the full name named before is this speaker's; so is
		// the one of "Nijjar, a Canadian citizen," (of that country).
		r.surnameMention(r.confirm(p), p)
	case p.hon:
		ei := r.entity("U:"+kb.Slug(p.text), func() dateline.Entity {
			return dateline.Entity{ID: kb.Slug(p.text), Name: p.text, Type: dateline.Person}
		})
		r.ents[ei].surnames[p.text] = true
		r.surnameMention(ei, p)
	}
}

// confirm makes a person of the one name nothing marked as a person's
// whose last word p's word is, and returns its entity; -1 when there is no
// such name or several.
func (r *run) confirm(p pending) int {
	name := ""
	for _, u := range r.uncued {
		if u.last != p.text {
			continue
		}
		if name != "" && name != u.name {
			return -1
		}
		name = u.name
	}
	if name == "" {
		return -1
	}
	ei := r.entity("U:"+kb.Slug(name), func() dateline.Entity {
		return dateline.Entity{ID: kb.Slug(name), Name: name, Type: dateline.Person}
	})
	e := r.ents[ei]
	if !e.surnames[p.text] {
		e.surnames[name] = true
		r.addSurnames(ei)
		for _, u := range r.uncued {
			if u.name == name {
				r.mention(ei, u.f, u.s, u.e, dateline.MentionName, "", "")
			}
		}
	}
	return ei
}

// titledGiven returns the one KB person whose name starts with the word
// p names and who held p's title (of p's country, when it has one), or "".
func (r *run) titledGiven(p pending) string {
	want := strings.ToLower(r.k.CanonicalTitle(p.title))
	found := ""
	for _, id := range r.st.givenNames[p.text] {
		for _, ro := range r.k.Roles(id) {
			if strings.ToLower(r.k.CanonicalTitle(ro.Title)) == want && (p.country == "" || ro.Country == p.country) {
				if found != "" && found != id {
					return ""
				}
				found = id
				break
			}
		}
	}
	return found
}

func (r *run) surnameMention(ei int, p pending) {
	r.mention(ei, p.f, p.s, p.e, dateline.MentionSurname, p.title, p.country)
	e := r.ents[ei]
	if p.gender != "" && e.e.Gender == "" {
		e.e.Gender = p.gender
	}
	if p.country != "" && e.e.Country == "" {
		e.e.Country = p.country
	}
	if p.sector != "" && e.e.Sector == "" {
		e.e.Sector = p.sector
	}
}

func (r *run) countryEntity(iso string) int {
	ei := r.entity("C:"+iso, func() dateline.Entity {
		c, _ := r.k.Country(iso)
		return dateline.Entity{ID: iso, KBID: iso, Name: c.Name, Type: dateline.Place, Country: iso}
	})
	r.ents[ei].state = true
	return ei
}

func hasFold(m map[string]bool, s string) bool {
	for k := range m {
		if strings.EqualFold(k, s) {
			return true
		}
	}
	return false
}

func (r *run) resolveRole(p pending) {
	if p.ahead && p.next > 0 {
		// The name right after the role noun is its holder.
		for i := range r.ents {
			if i < len(r.entPos) && r.ents[i].e.Type == dateline.Person {
				if j := sort.SearchInts(r.entPos[i], p.next); j < len(r.entPos[i]) && r.entPos[i][j] == p.next {
					r.mention(i, p.f, p.s, p.e, dateline.MentionRole, p.title, p.country)
					if p.country == "" {
						r.restated(i, p)
					}
					return
				}
			}
		}
	}
	if p.backEnd > 0 && !p.indef {
		// In apposition to the name before it.
		for _, m := range r.mentions {
			if m.Field == p.f && m.End == p.backEnd-1 && m.Entity >= 0 && r.ents[m.Entity].e.Type == dateline.Person {
				r.mention(m.Entity, p.f, p.s, p.e, dateline.MentionRole, p.title, p.country)
				return
			}
		}
	}
	var cands []int
	for i, e := range r.ents {
		if e.e.Type != dateline.Person {
			continue
		}
		if r.holdsTitle(e, p.titles, p.country) || r.headMatches(e, p.noun, p.country) ||
			!p.indef && r.familyFits(e, p.titles, p.noun, p.country) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 && !p.indef && genericNouns[lastWord(p.noun)] {
		cands = r.qualifiedHolders(p)
	}
	cands = r.sameCountry(cands, p.country)
	if p.org != "" && !p.indef {
		// "the leader of the liberal Free Democrats", "the NATO chief":
		// the body named with the role noun picks its own officer.
		var own []int
		for _, c := range cands {
			if r.servesOrg(r.ents[c], p.org) {
				own = append(own, c)
			}
		}
		if len(own) == 0 {
			for i, e := range r.ents {
				if e.e.Type == dateline.Person && r.servesOrg(e, p.org) && r.orgRoleFits(e, p) {
					own = append(own, i)
				}
			}
		}
		if len(own) > 0 {
			cands = own
		}
	}
	cands = r.literalTitle(cands, p.noun)
	ei := -1
	if p.bare {
		cands = nil
	}
	if len(cands) > 0 && !p.indef {
		// A role noun seldom names someone already named in its own
		// sentence ("Muallem said the top diplomat had promised help").
		var other []int
		for _, c := range cands {
			if lb := r.lastBefore(c, p.pos); lb < 0 || r.sentence(lb) != r.sentence(p.pos) {
				other = append(other, c)
			}
		}
		if len(other) > 0 {
			cands = other
		}
		// In the body a role noun points back; in a headline it may point
		// ahead to the story.
		ei = r.pick(cands, p.pos, p.f != dateline.InBody || p.ahead)
		ei = r.datelineTie(cands, ei, p.pos)
	}
	if ei < 0 && p.country != "" && p.title != "" {
		// An unnamed office holder of a known country ("a Russian
		// official", "the Israeli prime minister") is an actor of its own.
		key := "R:" + p.country + ":" + strings.ToLower(p.title)
		if p.indef {
			key = fmt.Sprintf("R:%d", p.pos)
		}
		name := p.name
		ei = r.entity(key, func() dateline.Entity {
			return dateline.Entity{ID: kb.Slug(p.country + " " + p.title), Name: name, Type: dateline.Person,
				Country: p.country, Sector: p.sector}
		})
		if !p.indef {
			o := r.ents[ei]
			o.office = true
			o.officeTitles = append(o.officeTitles, p.titles...)
			if p.noun != "" {
				o.officeTitles = append(o.officeTitles, p.noun)
			}
		}
	}
	r.mention(ei, p.f, p.s, p.e, dateline.MentionRole, p.title, p.country)
}

// restated joins to person ei, named right after the definite role noun
// p ("The businessman, Mun Chol Myong,"), the unnamed person an indefinite
// role noun with the same head named before it ("a North Korean
// businessman"): the same person, of that one's country when ei has none.
func (r *run) restated(ei int, p pending) {
	if t := lower(p.text); !strings.HasPrefix(t, "the ") || p.noun == "" || r.ents[ei].e.Country != "" {
		return
	}
	head := lastWord(p.noun)
	for k := len(r.mentions) - 1; k >= 0; k-- {
		m := r.mentions[k]
		if m.pos >= p.pos || m.Kind != dateline.MentionRole || m.Entity < 0 || m.Entity == ei {
			continue
		}
		o := r.ents[m.Entity]
		if o.e.Type != dateline.Person || o.e.KBID != "" || o.e.Country == "" || o.office || r.named(m.Entity) {
			continue
		}
		if t := lower(m.Text); !strings.HasPrefix(t, "a ") && !strings.HasPrefix(t, "an ") || lastWord(t) != head {
			continue
		}
		r.ents[ei].e.Country = o.e.Country
		for j := range r.mentions {
			if r.mentions[j].Entity == m.Entity {
				r.mentions[j].Entity = ei
				r.addPos(ei, r.mentions[j].pos)
			}
		}
		if m.Entity < len(r.entPos) {
			r.entPos[m.Entity] = nil
		}
		return
	}
}

// named reports whether entity ei has a name mention.
func (r *run) named(ei int) bool {
	for _, m := range r.mentions {
		if m.Entity == ei && (m.Kind == dateline.MentionName || m.Kind == dateline.MentionSurname) {
			return true
		}
	}
	return false
}

// sameCountry drops, of the candidates for a role noun that names a country
// ("the French President"), the people the KB does not know and the text
// leaves unplaced who will take another country from the scene or the
// dateline, when others are left: a president named without a country in
// a SOFIA story ("President Georgi Parvanov") is not "the French
// President" when Nicolas Sarkozy is named.
func (r *run) sameCountry(cands []int, country string) []int {
	if country == "" || len(cands) < 2 {
		return cands
	}
	var kept []int
	for _, c := range cands {
		e := r.ents[c]
		if e.e.KBID == "" && e.e.Country == "" && !e.office {
			if home := r.homeCountry(c); home != "" && home != country {
				continue
			}
		}
		kept = append(kept, c)
	}
	if len(kept) == 0 {
		return cands
	}
	return kept
}

// holdsTitle reports whether entity e is named with one of the titles in
// the text or holds one in the KB (at any date), in country when given.
func (r *run) holdsTitle(e *ent, titles []string, country string) bool {
	for _, t := range titles {
		if e.titles[t] && (country == "" || e.e.Country == "" || e.e.Country == country) {
			return true
		}
		for _, ro := range e.e.Roles {
			if strings.EqualFold(r.k.CanonicalTitle(ro.Title), t) && (country == "" || ro.Country == country) {
				return true
			}
		}
	}
	return false
}

// datelineTie settles a role noun between holders last named in the same
// sentence ("Lavrov said Kerry had told him…"): the one of the dateline's
// country, when exactly one is; otherwise the most recent (ei) stays.
func (r *run) datelineTie(cands []int, ei, at int) int {
	if ei < 0 || r.dlISO == "" || len(cands) < 2 {
		return ei
	}
	sent := r.sentence(r.lastBefore(ei, at))
	var tied []int
	for _, c := range cands {
		if lb := r.lastBefore(c, at); lb >= 0 && r.sentence(lb) == sent {
			tied = append(tied, c)
		}
	}
	home := -1
	for _, c := range tied {
		if r.ents[c].e.Country == r.dlISO || r.ents[c].e.Country == "" && r.personCountry([]string{r.ents[c].e.KBID}) == r.dlISO {
			if home >= 0 {
				return ei
			}
			home = c
		}
	}
	if home < 0 {
		return ei
	}
	return home
}

// headMatches reports whether a title the entity is named with ends in the
// role noun ("the spokesman" after "Kremlin spokesman Dmitry Peskov"), or
// holds it as its head before a complement ("the High Commissioner" after
// "UN High Commissioner for Human Rights Volker Türk").
func (r *run) headMatches(e *ent, noun, country string) bool {
	if noun == "" || country != "" && e.e.Country != "" && e.e.Country != country {
		return false
	}
	for t := range e.titles {
		if t == noun || strings.HasSuffix(t, " "+noun) || headBeforeComplement(t, noun) {
			return true
		}
	}
	return false
}

// headBeforeComplement reports whether title is noun, with modifiers
// before it, followed by a complement ("un high commissioner for human
// rights" for "high commissioner"). Single generic words do not count.
func headBeforeComplement(title, noun string) bool {
	if !strings.Contains(noun, " ") {
		return false
	}
	i := strings.Index(" "+title+" ", " "+noun+" ")
	if i < 0 {
		return false
	}
	rest := strings.Fields(title[min(len(title), i+len(noun)):])
	return len(rest) > 0 && tailWords[rest[0]]
}

// servesOrg reports whether entity e is named in the text with a title of
// body org, or holds a KB role in it at any date.
func (r *run) servesOrg(e *ent, org string) bool {
	for _, ro := range e.e.Roles {
		if ro.Org == org {
			return true
		}
	}
	return false
}

// orgRoleFits reports whether one of e's KB roles in org p.org fits the
// role noun: its title, or a title of the noun's family ("leader" for the
// Party Leader).
func (r *run) orgRoleFits(e *ent, p pending) bool {
	fam := map[string]bool{}
	for _, t := range p.titles {
		fam[t] = true
		for _, f := range titleFamilies[t] {
			fam[f] = true
		}
	}
	for _, ro := range e.e.Roles {
		if ro.Org != p.org {
			continue
		}
		t := strings.ToLower(ro.Title)
		if fam[t] || fam[strings.ToLower(r.k.CanonicalTitle(ro.Title))] || p.noun != "" && strings.Contains(" "+t+" ", " "+p.noun+" ") {
			return true
		}
	}
	return false
}

// kbOffice returns the title of a KB role person entity ei holds, at any
// date, in body org whose title holds the role noun ("secretary" of the
// Supreme National Security Council), or "" when there is none or several.
func (r *run) kbOffice(ei int, org, noun string) string {
	found := ""
	for _, ro := range r.ents[ei].e.Roles {
		if ro.Org != org || !strings.Contains(" "+lower(ro.Title)+" ", " "+noun+" ") {
			continue
		}
		if found != "" && found != ro.Title {
			return ""
		}
		found = ro.Title
	}
	return found
}

// qualifiedHolders returns the people whose title shares a word with the
// qualifier of a generic role noun ("the refugee chief": the High
// Commissioner for Refugees; "the rights chief": for Human Rights), by the
// first five letters.
func (r *run) qualifiedHolders(p pending) []int {
	w := strings.Fields(lower(p.name))
	if len(w) < 2 {
		return nil
	}
	var stems []string
	for _, q := range w[:len(w)-1] {
		if len(q) >= 4 && !determiners[q] {
			stems = append(stems, q[:min(5, len(q))])
		}
	}
	if len(stems) == 0 {
		return nil
	}
	fits := func(t string) bool {
		for _, tw := range strings.Fields(lower(t)) {
			for _, st := range stems {
				if strings.HasPrefix(tw, st) {
					return true
				}
			}
		}
		return false
	}
	ok := map[int]bool{}
	for _, m := range r.mentions {
		if m.Entity >= 0 && m.Title != "" && fits(m.Title) {
			ok[m.Entity] = true
		}
	}
	var out []int
	for i, e := range r.ents {
		if e.e.Type != dateline.Person || e.office {
			continue
		}
		for _, ro := range e.e.Roles {
			ok[i] = ok[i] || fits(ro.Title)
		}
		if ok[i] {
			out = append(out, i)
		}
	}
	return out
}

// literalTitle keeps, among candidates for a role noun, those whose own
// title holds the noun's word ("the minister": the Foreign Minister
// rather than the Secretary of State, whose office the KB files under the
// same canonical title). When none or all do, the candidates stay.
func (r *run) literalTitle(cands []int, noun string) []int {
	if len(cands) < 2 || noun == "" || genericNouns[noun] {
		return cands
	}
	head := lastWord(noun)
	has := func(t string) bool {
		return strings.Contains(" "+strings.ToLower(t)+" ", " "+head+" ")
	}
	ok := map[int]bool{}
	for _, m := range r.mentions {
		if m.Entity >= 0 && m.Title != "" && has(m.Title) {
			ok[m.Entity] = true
		}
	}
	var out []int
	for _, c := range cands {
		for _, ro := range r.ents[c].e.Roles {
			ok[c] = ok[c] || has(ro.Title)
		}
		if ok[c] {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return cands
	}
	return out
}

// genders sets Entity.Gender of the people the KB, an honorific and a
// gendered title left without one: from a given name that is a woman's or
// a man's, else from the first gendered pronoun after a mention of the person
// that can refer to that person only (see pronounAfter).
func (r *run) genders() {
	for _, e := range r.ents {
		if e.e.Type != dateline.Person || e.e.Gender != "" {
			continue
		}
		if w := strings.Fields(e.e.Name); len(w) >= 2 {
			e.e.Gender = givenGender[w[0]]
		}
	}
	for _, fr := range r.fields {
		for _, m := range r.mentions {
			if m.Entity < 0 || m.Field != fr.f {
				continue
			}
			e := r.ents[m.Entity]
			if e.e.Type != dateline.Person || e.e.Gender != "" {
				continue
			}
			e.e.Gender = fr.pronounAfter(m.End, m.Entity, r)
		}
	}
}

// isAllCapsWord reports whether strings.ToUpper(s) == s and
// strings.ToLower(s) != s ("NATO", "U.S.", "G7"; not "Russia", "123"),
// rune by rune, with no string made: it is asked of most words of a field.
// An invalid byte, which ToUpper would replace, makes it false.
func isAllCapsWord(s string) bool {
	cased := false
	for i, r := range s {
		if r == utf8.RuneError {
			if _, w := utf8.DecodeRuneInString(s[i:]); w == 1 {
				return false
			}
		}
		if unicode.ToUpper(r) != r {
			return false
		}
		if unicode.ToLower(r) != r {
			cased = true
		}
	}
	return cased
}

func (r *run) finish() {
	sort.SliceStable(r.mentions, func(i, j int) bool { return r.mentions[i].pos < r.mentions[j].pos })
	// Drop duplicates (a span read twice).
	out := r.mentions[:0]
	seen := map[[3]int]bool{}
	for _, m := range r.mentions {
		k := [3]int{int(pos(m.Field, 0) >> 40), m.Start, m.End}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, m)
	}
	r.mentions = out
	// Keep only entities with mentions, renumbered in order of first mention.
	order := make([]int, 0, len(r.ents))
	first := map[int]int{}
	for _, m := range r.mentions {
		if m.Entity >= 0 {
			if _, ok := first[m.Entity]; !ok {
				first[m.Entity] = len(order)
				order = append(order, m.Entity)
			}
		}
	}
	ents := make([]dateline.Entity, len(order))
	ids := map[string]int{}
	for ni, oi := range order {
		// Ids are unique within the article ("a Russian official" twice
		// is two people).
		if n := ids[r.ents[oi].e.ID]; n > 0 {
			ids[r.ents[oi].e.ID] = n + 1
			r.ents[oi].e.ID = fmt.Sprintf("%s-%d", r.ents[oi].e.ID, n+1)
		} else {
			ids[r.ents[oi].e.ID] = 1
		}
		e := r.ents[oi]
		if e.body != "" && e.e.KBID == "" && e.e.Type != dateline.Person && r.firstField(oi) != dateline.InBody {
			// A name first read in a headline in Title Case ("Russian
			// Officials") is written as the body writes it.
			for _, m := range r.mentions {
				if m.Entity == oi && m.Field == dateline.InBody && m.Text != e.e.Name && strings.EqualFold(m.Text, e.e.Name) && !isAllCapsWord(m.Text) {
					e.e.Name = m.Text
					break
				}
			}
		}
		if e.written != "" && !r.namedByKB(oi) {
			e.e.Name = e.written
		}
		if e.body == "" && e.e.Type == dateline.Place && e.actorUse {
			e.e.Type = dateline.Org
		}
		e.e.Plural = (e.e.Type == dateline.Org || e.e.Type == dateline.Group) && !e.state
		ents[ni] = e.e
	}
	mentions := make([]dateline.Mention, len(r.mentions))
	for i, m := range r.mentions {
		if m.Entity >= 0 {
			m.Entity = first[m.Entity]
			ents[m.Entity].Mentions = append(ents[m.Entity].Mentions, m.Mention)
		}
		mentions[i] = m.Mention
	}
	for i := range ents {
		if len(ents[i].Roles) > 0 {
			c, s := unanimous(ents[i].Roles)
			if ents[i].Country == "" {
				ents[i].Country = c
			}
			if ents[i].Sector == "" && (ents[i].Country == c || c == "") {
				ents[i].Sector = s
			}
		}
	}
	r.a.Mentions = mentions
	r.a.Entities = ents
}

// namedByKB reports whether a mention of entity ei writes its KB name or
// one of its KB aliases.
func (r *run) namedByKB(ei int) bool {
	id := r.ents[ei].e.KBID
	for _, m := range r.mentions {
		if m.Entity != ei || m.Kind != dateline.MentionName {
			continue
		}
		for _, ref := range r.k.Lookup(m.Text) {
			if ref.ID == id && (ref.Kind == kb.KindOrg || ref.Kind == kb.KindPerson) {
				return true
			}
		}
	}
	return false
}

// unanimous returns the country and sector all roles share, or "".
func unanimous(roles []dateline.Role) (string, string) {
	c, s := roles[0].Country, roles[0].Sector
	for _, ro := range roles[1:] {
		if ro.Country != c {
			c = ""
		}
		if ro.Sector != s {
			s = ""
		}
	}
	return c, s
}

// familyFits reports whether entity e holds an office that a generic role
// noun may name ("the Russian leader" for a president of Russia), by the
// titles read in the text or the KB roles, in country when given.
func (r *run) familyFits(e *ent, titles []string, noun, country string) bool {
	var fam []string
	if f, ok := familyNouns[noun]; ok || genericNouns[noun] {
		fam = f
	} else {
		for _, t := range titles {
			fam = append(fam, titleFamilies[t]...)
		}
	}
	if len(fam) == 0 {
		return false
	}
	in := func(t string) bool {
		t = strings.ToLower(t)
		for _, f := range fam {
			if t == f || strings.HasPrefix(t, f+" ") {
				return true
			}
		}
		return false
	}
	ec := e.e.Country
	if ec == "" && len(e.e.Roles) > 0 {
		ec, _ = unanimous(e.e.Roles)
	}
	if country == "" || ec == country {
		for t := range e.titles {
			if in(t) {
				return true
			}
		}
	}
	for _, ro := range e.e.Roles {
		if (country == "" || ro.Country == country) && (in(ro.Title) || in(r.k.CanonicalTitle(ro.Title))) {
			return true
		}
	}
	return false
}

// mergeOffices joins an unnamed office holder ("the Russian leader", "U.S.
// Special Envoy") to the one person named in the article who holds that
// office (Vladimir Putin, Steve Witkoff), when there is exactly one.
func (r *run) mergeOffices() {
	for oi, o := range r.ents {
		if !o.office {
			continue
		}
		var holders []int
		for i, e := range r.ents {
			if i == oi || e.office || e.e.Type != dateline.Person || e.e.Name == "" {
				continue
			}
			if r.holdsTitle(e, o.officeTitles, o.e.Country) || r.familyFits(e, o.officeTitles, lastOf(o.officeTitles), o.e.Country) {
				holders = append(holders, i)
			}
		}
		holders = r.sameCountry(holders, o.e.Country)
		if len(holders) != 1 {
			continue
		}
		target := holders[0]
		for k := range r.mentions {
			if r.mentions[k].Entity == oi {
				r.mentions[k].Entity = target
				r.addPos(target, r.mentions[k].pos)
			}
		}
		if oi < len(r.entPos) {
			r.entPos[oi] = nil
		}
		o.office = false
	}
}

func lastOf(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1]
}

// knownSurname reports whether a name of several words is the surname of a
// person already named ("Takht Ravanchi" after "Majid Takht Ravanchi").
func (r *run) knownSurname(name string) bool {
	if !strings.Contains(name, " ") {
		return false
	}
	for _, e := range r.ents {
		if e.e.Type == dateline.Person && e.surnames[name] && e.e.Name != name {
			return true
		}
	}
	return false
}

// personCountry returns the country all the KB roles of the people share,
// or "".
func (r *run) personCountry(ids []string) string {
	c := ""
	for _, id := range ids {
		roles := r.k.Roles(id)
		if len(roles) == 0 {
			return ""
		}
		rc, _ := unanimous(roles)
		if rc == "" || c != "" && rc != c {
			return ""
		}
		c = rc
	}
	return c
}

// firstField returns the field of the first mention of entity ei.
func (r *run) firstField(ei int) dateline.Field {
	for _, m := range r.mentions {
		if m.Entity == ei {
			return m.Field
		}
	}
	return ""
}

// placeCountry returns the country of a place name: a KB country or
// capital, else the gazetteer's answer when the stage has one.
func (r *run) placeCountry(name string) string {
	for _, ref := range r.k.Lookup(name) {
		switch ref.Kind {
		case kb.KindCountry, kb.KindCapital, kb.KindMetonym:
			return ref.ID
		}
	}
	if r.st.places != nil {
		if loc, ok := r.st.places.Lookup(name, ""); ok {
			return loc.Country
		}
	}
	return ""
}

// datelineCountry gives the dateline's country to the unknown people of
// the article whom the text describes without placing them: holders of a
// national office named without a country ("Prime Minister Boubou Cisse"
// in a BAMAKO story) and private people quoted with a description ("Ali
// Kazem, a 40-year-old shopkeeper" in a BAGHDAD story). Wire copy names
// the country of anyone from elsewhere.
//
// A sentence that opens on a place ("In Beijing, Foreign Ministry
// spokesman Liu Weimin said …") sets the scene for the rest of its
// paragraph: the people and bodies it names so are that place's country's,
// not the dateline's (see sceneCountry).
func (r *run) datelineCountry() {
	for i, e := range r.ents {
		if e.e.Type != dateline.Person || e.e.Country != "" || e.office || e.shared {
			continue
		}
		iso := r.homeCountry(i)
		if iso == "" {
			continue
		}
		if len(e.e.Roles) > 0 {
			if c, _ := unanimous(e.e.Roles); c != "" {
				if c == "IGO" {
					r.nationalOfficeOutsideKB(i, iso)
				}
				continue
			}
		}
		// A private person described by a trade at the scene: a doctor or
		// an activist ("the hospital's chief physician"), as a lower-case
		// description does below.
		local := e.private || e.e.KBID == "" && (localSectors[e.e.Sector] || e.speaker)
		for _, m := range r.mentions {
			if m.Entity != i || m.Title == "" {
				continue
			}
			ts := r.k.TitleNoun(m.Title)
			if len(ts) == 0 && isLowerText(m.Title) {
				local = true // "shopkeeper", "lorry driver"
			}
			if r.nationalTitle(m.Title) {
				local = true
			}
		}
		if local {
			e.e.Country = iso
		}
	}
}

// nationalTitle reports whether a title read in the text names an office
// of a state: a national office of nationalTitles, any minister
// ("Elections Minister", "Mines Minister": a portfolio the KB lacks is a
// state's), or the head of a state's body ("Electoral Commission
// Chairman", "Army Chief").
func (r *run) nationalTitle(title string) bool {
	head := title
	if w := strings.Fields(head); len(w) > 1 && rankPrefixes[lower(w[0])] {
		head = strings.Join(w[1:], " ") // "Acting President"
	}
	for _, sep := range []string{" for ", " of ", " to "} {
		if i := strings.Index(lower(head), sep); i > 0 {
			head = head[:i] // "Spokesman for the Military Command"
		}
	}
	if nationalTitles[lower(r.k.CanonicalTitle(head))] || nationalTitles[lower(r.k.CanonicalTitle(title))] {
		return true
	}
	if w := strings.Fields(lower(head)); len(w) >= 2 && w[len(w)-1] == "minister" {
		return true
	}
	if w := strings.Fields(head); len(w) >= 3 && lower(r.k.CanonicalTitle(strings.Join(w[1:], " "))) == "minister" {
		return true // "Health Cabinet Secretary": a portfolio before a minister's title
	}
	if w := strings.Fields(lower(title)); len(w) >= 2 && bodyHeads[w[len(w)-1]] {
		if b, ok := r.k.BodyNoun(strings.Join(w[:len(w)-1], " ")); ok && b.Type != dateline.Group {
			return true
		}
	}
	return false
}

// nationalOfficeOutsideKB places a KB person whose KB offices are all in
// intergovernmental bodies but whom the text names with a state's office
// the KB does not give them ("Foreign Minister Mahmoud Ali Youssouf" in a
// DJIBOUTI story of 2008, years before he chaired the African Union
// Commission): the office is the scene's or the dateline's country's, and
// the mentions naming it carry that country for the role fixer.
func (r *run) nationalOfficeOutsideKB(ei int, iso string) {
	e := r.ents[ei]
	found := false
	for k := range r.mentions {
		m := &r.mentions[k]
		if m.Entity != ei || m.Title == "" || m.Country != "" || !r.nationalTitle(m.Title) {
			continue
		}
		fits := false
		for _, ro := range e.e.Roles {
			fits = fits || titleFits(m.Title, ro.Title)
		}
		if fits {
			continue
		}
		m.Country = iso
		found = true
	}
	if found {
		e.e.Country = iso
	}
}

// relativesCountry gives a person the text does not place the country of
// the relative an appositive names ("Cécilia Sarkozy, the wife of the
// French President," is French; "Alexei Navalny's widow, Yulia Navalnaya,"
// Russian): families share a nationality far more often than not, and wire
// copy names it when they do not.
func (r *run) relativesCountry() {
	for i, e := range r.ents {
		if e.e.Type != dateline.Person || e.e.Country != "" || e.office || len(e.e.Roles) > 0 {
			continue
		}
		for _, m := range r.mentions {
			if m.Entity != i || m.Kind != dateline.MentionName {
				continue
			}
			j, c := r.kinOf(m)
			if j >= 0 && j != i {
				c = r.ents[j].e.Country
				if c == "" && len(r.ents[j].e.Roles) > 0 {
					c, _ = unanimous(r.ents[j].e.Roles)
				}
			}
			if c != "" && c != "IGO" {
				e.e.Country = c
				break
			}
		}
	}
}

// kinOf returns the person entity a kinship noun next to name mention m
// ties it to — ", the wife of X" after it, "X's widow," before it — or -1,
// and the country a demonym right after "of" names ("the wife of the
// French President"), which needs no entity.
func (r *run) kinOf(m mention) (int, string) {
	text := r.a.Text(m.Field)
	after := strings.TrimPrefix(text[m.End:], ",")
	if len(after) < len(text[m.End:]) {
		w := strings.Fields(after)
		k := 0
		if len(w) > 0 && determiners[lower(w[0])] {
			k++
		}
		if len(w) > k+1 && kinNouns[lower(w[k])] && w[k+1] == "of" {
			// the mention that starts right after "of "
			at := m.End + (len(text[m.End:]) - len(after)) + strings.Index(after, " of ") + len(" of ")
			rest := strings.TrimPrefix(strings.TrimPrefix(text[at:], "the "), "The ")
			if f := strings.Fields(rest); len(f) > 1 {
				// "the wife of the French President": the demonym says it
				if c, ok := r.k.Demonym(strings.Trim(f[0], ",.")); ok {
					return -1, c.ISO3
				}
			}
			for _, o := range r.mentions {
				if o.Field == m.Field && o.Start == at && o.Entity >= 0 && r.ents[o.Entity].e.Type == dateline.Person {
					return o.Entity, ""
				}
			}
		}
	}
	before := strings.TrimRight(strings.TrimSuffix(strings.TrimRight(text[:m.Start], " "), ","), " ")
	if !kinNouns[lower(lastWord(before))] {
		return -1, ""
	}
	poss := strings.TrimRight(before[:len(before)-len(lastWord(before))], " ")
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(poss, suf) {
			end := len(poss) - len(suf)
			for _, o := range r.mentions {
				if o.Field == m.Field && o.End == end && o.Entity >= 0 && r.ents[o.Entity].e.Type == dateline.Person {
					return o.Entity, ""
				}
			}
		}
	}
	return -1, ""
}

// homeCountry returns the country an entity the text names without
// placing it is taken to be of: the country of the place that opens the
// sentence of its first mention, or an earlier sentence of the same
// paragraph ("In Bogotá, the director of the National Police …"), else the
// dateline's; "" when there is neither.
func (r *run) homeCountry(ei int) string {
	if ei < len(r.entPos) && len(r.entPos[ei]) > 0 {
		if c := r.sceneCountry(r.entPos[ei][0]); c != "" {
			return c
		}
	}
	if r.a.Dateline == nil || r.a.Dateline.Place == "" {
		return ""
	}
	return r.dlISO
}

// sceneOpeners are the words before a place that opens a sentence and sets
// its scene: "In Moscow, …", "From Minsk, …".
var sceneOpeners = set("in", "from")

// sceneCountry returns the country of the place that opens the body
// sentence holding position p, or the nearest earlier sentence of its
// paragraph that opens on one ("In Beijing, …", "From Minsk, …"): a KB
// country, capital or seat of power, or a town the gazetteer knows that is
// no KB body. "" when there is none.
func (r *run) sceneCountry(p int) string {
	if p>>40 != 2 {
		return ""
	}
	off := p & (1<<40 - 1)
	para := r.paragraphStart(off)
	if para < 0 {
		return ""
	}
	found := ""
	for _, sc := range r.sceneOpenings() {
		if sc.off > off {
			break
		}
		if sc.off >= para {
			found = sc.country
		}
	}
	return found
}

// scene is a body sentence opening on a place: where it starts and the
// place's country.
type scene struct {
	off     int
	country string
}

// sceneOpenings returns the body's sentences that open on a place ("In
// Beijing, …"), in text order, read once per run.
func (r *run) sceneOpenings() []scene {
	if r.scenes != nil {
		return r.scenes
	}
	r.scenes = []scene{}
	var fr *fieldRun
	for _, f := range r.fields {
		if f.f == dateline.InBody {
			fr = f
		}
	}
	if fr == nil {
		return r.scenes
	}
	for i := range fr.items {
		x := &fr.items[i]
		if !x.sent || x.kind != iWord || !sceneOpeners[lower(x.text)] {
			continue
		}
		// The place: capitalised words (or one KB match) up to a comma.
		k := i + 1
		for k < len(fr.items) && k < i+5 && fr.adj(k-1) && fr.items[k].cap && fr.items[k].kind != iPunct {
			k++
		}
		if k == i+1 || fr.punct(k) != "," {
			continue
		}
		if c := r.scenePlace(fr.text[fr.items[i+1].s:fr.items[k-1].e]); c != "" {
			r.scenes = append(r.scenes, scene{x.s, c})
		}
	}
	return r.scenes
}

// scenePlace returns the country of a place that may set a sentence's
// scene: a KB country, capital or metonym, else a gazetteer place that is
// no KB body, person or title ("Congress" is a town too). IGO is no scene.
func (r *run) scenePlace(name string) string {
	refs := r.k.Lookup(name)
	for _, ref := range refs {
		switch ref.Kind {
		case kb.KindCountry, kb.KindCapital, kb.KindMetonym:
			if ref.ID == "IGO" {
				return ""
			}
			return ref.ID
		}
	}
	for _, ref := range refs {
		switch ref.Kind {
		case kb.KindOrg, kb.KindPerson, kb.KindTitle, kb.KindBody:
			return ""
		}
	}
	if r.st.places != nil {
		if loc, ok := r.st.places.Lookup(name, ""); ok {
			return loc.Country
		}
	}
	return ""
}

// spokesmenOfBodies gives an unknown spokesperson named with a bare title
// ("said spokesman Khaled Saleh") the country and sector of the body the
// paragraph opened with, when that body is not a state: wire copy quotes
// "The Syrian National Coalition … said …" and then its spokesman. A state
// or a government ("Russia said") leaves the spokesman to the other rules.
func (r *run) spokesmenOfBodies() {
	for i, e := range r.ents {
		if e.e.Type != dateline.Person || e.e.KBID != "" || e.e.Country != "" || e.office {
			continue
		}
		first := -1 // the position of the person's first mention
		spokes := false
		for _, m := range r.mentions {
			if m.Entity != i {
				continue
			}
			if first < 0 || m.pos < first {
				first = m.pos
			}
			if m.Title != "" {
				if !strings.EqualFold(r.k.CanonicalTitle(m.Title), "spokesperson") || m.Country != "" {
					spokes = false
					break
				}
				spokes = true
			}
		}
		if !spokes || first>>40 != 2 {
			continue
		}
		para := r.paragraphStart(first & (1<<40 - 1))
		if para < 0 {
			continue
		}
		// The paragraph's first name; of two starting together the longer
		// ("Syrian National Coalition", not the "Syrian" it begins with).
		opener, openerPos, openerEnd := -1, -1, 0
		for _, m := range r.mentions {
			if m.Field != dateline.InBody || m.Start < para || m.pos >= first || m.Entity < 0 {
				continue
			}
			if openerPos < 0 || m.pos < openerPos || m.pos == openerPos && m.End > openerEnd {
				opener, openerPos, openerEnd = m.Entity, m.pos, m.End
			}
		}
		if opener < 0 {
			continue
		}
		o := r.ents[opener]
		if o.state || o.e.Country == "" || o.e.Type != dateline.Org && o.e.Type != dateline.Group {
			continue
		}
		e.e.Country = o.e.Country
		if o.e.Sector != "" {
			e.e.Sector = o.e.Sector
		}
	}
}

// paragraphStart returns the byte offset where the body paragraph holding
// offset off starts, or -1 when the article has no paragraphs.
func (r *run) paragraphStart(off int) int {
	for _, p := range r.a.Paragraphs {
		if p.Start <= off && off < p.End {
			return p.Start
		}
	}
	return -1
}

// dropGenericOrgs unlinks national bodies named only by a generic alias
// ("the House", "Conservatives", "Labour") when the article names nothing
// else of their country: "the Homeland Union (Conservatives)" in Vilnius
// is not the British party. The mentions are kept, unresolved.
func (r *run) dropGenericOrgs() {
	for i, e := range r.ents {
		if e.e.KBID == "" || e.e.Type == dateline.Person || e.e.Type == dateline.Place || e.e.Country == "" || e.e.Country == "IGO" || e.state {
			continue
		}
		if _, isOrg := r.k.Org(e.e.KBID); !isOrg {
			continue
		}
		generic := true
		for _, m := range r.mentions {
			if m.Entity == i && !genericOrgAliases[lower(strings.TrimPrefix(strings.TrimPrefix(m.Text, "the "), "The "))] {
				generic = false
				break
			}
		}
		if !generic {
			continue
		}
		other := false
		for j, o := range r.ents {
			if j != i && o.e.Country == e.e.Country && r.hasMention(j) {
				other = true
				break
			}
			if j != i && o.e.Type == dateline.Person && r.hasMention(j) {
				for _, ro := range o.e.Roles {
					if ro.Country == e.e.Country {
						other = true
					}
				}
			}
		}
		if other {
			continue
		}
		for k := range r.mentions {
			if r.mentions[k].Entity == i {
				r.mentions[k].Entity = -1
			}
		}
	}
}

func (r *run) hasMention(ei int) bool {
	return ei < len(r.entPos) && len(r.entPos[ei]) > 0
}
