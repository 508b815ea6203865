package actors

import (
	"sort"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/kb"
)

// juntaKey is the key of the KB body row of juntas ("junta", "military
// rulers", "the putschists"): the military rulers of one country.
const juntaKey = "junta"

// isJunta reports whether item x is the KB's junta noun.
func isJunta(x *item) bool {
	ref, ok := x.ref(kb.KindBody)
	return ok && ref.ID == juntaKey
}

// juntaPlace reads the words at item q after a junta noun that say where
// it rules: "(that|which) seized|took power in X", "then ruling X",
// "ruling X", "in X". It returns the countries named there (a country's
// name or capital, a list of them joined by "and" or commas), none when the
// words do not say so.
func (fr *fieldRun) juntaPlace(q int) []string {
	if !fr.adj(q - 1) {
		return nil
	}
	k := q
	if w := fr.word(k); w == "that" || w == "which" {
		k++
	}
	switch w := fr.word(k); {
	case (w == "seized" || w == "took" || w == "grabbed") && fr.word(k+1) == "power" && fr.word(k+2) == "in":
		k += 3
	case w == "then" && fr.word(k+1) == "ruling":
		k += 2
	case w == "ruling" && k == q, w == "in" && k == q:
		k++
	default:
		return nil
	}
	var out []string
	for k < len(fr.items) && fr.adj(k-1) {
		x := &fr.items[k]
		if x.kind != iMatch || x.has(kb.KindOrg) || x.has(kb.KindPerson) {
			break
		}
		ref, ok := x.ref(kb.KindCountry)
		if !ok {
			ref, ok = x.ref(kb.KindCapital)
		}
		if !ok {
			break
		}
		out = append(out, ref.ID)
		k++
		if w := fr.word(k); w == "and" || fr.punct(k) == "," {
			k++
			continue
		}
		break
	}
	return out
}

// juntaCountry gives the juntas the text names with no country ("the
// junta", "the putschists") the country of the story's coup: the one
// country whose junta the article names ("Niger's military rulers"), else
// the country of the first coup the article tells of ("a coup in Mali",
// "Niger's coup", or the country named last before the word in its
// sentence: "Mali president resigns after military coup", "France will
// bring its ambassador home from Niger …, two months after a military coup
// toppled the country's elected president"). A story of no coup leaves
// them as they are.
func (r *run) juntaCountry() {
	var bare []int
	countries := map[string]bool{}
	for i, e := range r.ents {
		if e.body != juntaKey || e.e.Type == dateline.Person || !r.hasMention(i) {
			continue
		}
		if e.e.Country == "" {
			bare = append(bare, i)
		} else if e.e.Country != "IGO" {
			countries[e.e.Country] = true
		}
	}
	if len(bare) == 0 {
		return
	}
	iso := ""
	switch len(countries) {
	case 0:
		iso = r.coupCountry()
	case 1:
		for c := range countries {
			iso = c
		}
	}
	if iso == "" {
		return
	}
	for _, i := range bare {
		r.ents[i].e.Country = iso
	}
}

// coupWords name a seizure of power.
var coupWords = set("coup", "putsch")

// coupCountry returns the country of the first coup the article tells of
// (see juntaCountry), "" when none is told or its country is not clear.
func (r *run) coupCountry() string {
	for _, fr := range r.fields {
		for q := range fr.items {
			if !coupWords[fr.word(q)] {
				continue
			}
			if c := fr.coupPlace(q); c != "" {
				return c
			}
		}
	}
	return ""
}

// coupPlace returns the country of the coup word at item q: a country
// after "in" or a country or demonym right before it ("a coup in Mali",
// "Niger's coup", "the Malian coup", "Niger army backs coup"), else the
// state named last before it in its sentence.
func (fr *fieldRun) coupPlace(q int) string {
	r := fr.r
	if fr.word(q+1) == "in" && fr.adj(q) && fr.adj(q+1) && q+2 < len(fr.items) {
		if ref, ok := fr.items[q+2].ref(kb.KindCountry); ok && fr.items[q+2].kind == iMatch {
			return ref.ID
		}
	}
	sent := 0
	if i := sort.SearchInts(fr.sentStarts, fr.items[q].s+1); i > 0 {
		sent = fr.sentStarts[i-1]
	}
	at := fr.items[q].s
	found, foundAt := "", -1
	for _, m := range r.mentions {
		if m.Field != fr.f || m.Start < sent || m.Start >= at || m.Entity < 0 || m.Start <= foundAt {
			continue
		}
		if e := r.ents[m.Entity]; e.state && e.e.Country != "" && e.e.Country != "IGO" {
			found, foundAt = e.e.Country, m.Start
		}
	}
	return found
}
