package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/kb"
)

// notAcronyms are bracketed or appended capitals that follow a name in
// wire copy without abbreviating it: agency credits, story tags.
var notAcronyms = set("AFP", "AP", "UPI", "DPA", "EFE", "ANSA", "PTI", "IANS", "ANI", "TASS", "UPDATE",
	"PHOTO", "PHOTOS", "VIDEO", "AUDIO", "FILE", "LIVE", "WATCH", "CORRECTED", "UPDATED", "REFILE",
	"EXCLUSIVE", "ANALYSIS", "FACTBOX", "EXPLAINER", "OPINION", "RPT", "WRAPUP", "URGENT", "BREAKING")

// acronymShape reports whether w looks like an acronym: 2–8 letters,
// digits or '&', opening with a capital, with at most one lower-case letter
// ("CNE", "FDLR", "M23", "AfD"; not "R", "Reuters", "D-Calif."): two
// capitals, or a capital and a digit.
func acronymShape(w string) bool {
	n, upper, low, digits := 0, 0, 0, 0
	for _, c := range w {
		n++
		switch {
		case unicode.IsUpper(c):
			upper++
		case unicode.IsLower(c):
			low++
		case unicode.IsDigit(c):
			digits++
		case c == '&':
		default:
			return false
		}
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return false
	}
	return n >= 2 && n <= 8 && (upper >= 2 || digits > 0) && low <= 1
}

// abbreviates reports whether acronym acr plausibly abbreviates name: the
// name has two capitalised words or more, and every capital of the acronym
// is a capital opening one of them (in any order: the National Electoral
// Council is Venezuela's CNE), or the acronym starts with the name's first
// capital ("Alternative for Germany (AfD)").
func abbreviates(acr, name string) bool {
	initials := map[rune]bool{}
	var first rune
	words := 0
	for _, w := range strings.FieldsFunc(name, func(c rune) bool { return c == ' ' || c == '-' || c == '/' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		words++
		if first == 0 {
			first = r
		}
		initials[r] = true
		if isAllCapsWord(w) {
			for _, c := range w {
				if unicode.IsUpper(c) {
					initials[c] = true // "U.S. Agency for International Development (USAID)"
				}
			}
		}
	}
	if words < 2 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(acr); r == first {
		return true
	}
	for _, c := range acr {
		if unicode.IsUpper(c) && !initials[c] {
			return false
		}
	}
	return true
}

// defineAcronym reads a definition of an acronym right after the name that
// ends at item q-1: "The National Electoral Council (CNE), which …" or "the
// Civic Platform, known as KO". The acronym becomes a name of the body for
// the rest of the article, so that "the CNE" and "CNE's" are mentions of
// it. Only a body or a group is so named: a party tag after a person
// ("Jane Doe (ANC)") or a credit after a place ("(AFP)") defines nothing.
func (fr *fieldRun) defineAcronym(q int) {
	items, n := fr.items, len(fr.items)
	if q <= 0 || q >= n {
		return
	}
	at := -1
	switch {
	case fr.punct(q) == "(" && q+2 < n && fr.punct(q+2) == ")" && fr.adj(q-1) && fr.adj(q) && fr.adj(q+1):
		at = q + 1
	case fr.punct(q) == "," && fr.word(q+1) == "known" && fr.word(q+2) == "as" && q+3 < n && fr.adj(q+1) && fr.adj(q+2):
		at = q + 3
		if p := fr.punct(at + 1); at+1 < n && p != "," && p != "." && p != ";" && p != ")" {
			return
		}
	default:
		return
	}
	x := &items[at]
	if x.kind != iWord && x.kind != iMatch || strings.Contains(x.text, " ") || !acronymShape(x.text) || notAcronyms[x.text] {
		return
	}
	r := fr.r
	if _, ok := r.aliases[x.text]; ok {
		return
	}
	for _, ref := range x.refsOf(kb.KindOrg) {
		if o, ok := r.k.Org(ref.ID); ok && o.Sector == "JRN" {
			return // a news agency's credit
		}
	}
	// The name is the last mention ending right before the bracket.
	end := items[q-1].e
	mi := -1
	for i := len(r.mentions) - 1; i >= 0; i-- {
		if m := r.mentions[i]; m.Field == fr.f && m.End == end {
			mi = i
			break
		}
	}
	if mi < 0 || r.mentions[mi].Entity < 0 {
		return
	}
	ei := r.mentions[mi].Entity
	e := r.ents[ei]
	if e.state || e.e.Type != dateline.Org && e.e.Type != dateline.Group {
		return
	}
	if e.e.KBID != "" && x.has(kb.KindOrg) {
		return // the KB knows the body and its acronym
	}
	if !abbreviates(x.text, r.mentions[mi].Text) && !abbreviates(x.text, e.e.Name) {
		return
	}
	if r.aliases == nil {
		r.aliases = map[string]int{}
	}
	r.aliases[x.text] = ei
}

// acronymAt returns the entity whose acronym the article defined, when item
// q is that acronym, else -1.
func (fr *fieldRun) acronymAt(q int) int {
	if q >= len(fr.items) || len(fr.r.aliases) == 0 {
		return -1
	}
	x := &fr.items[q]
	if x.kind != iWord && x.kind != iMatch {
		return -1
	}
	if ei, ok := fr.r.aliases[x.text]; ok {
		return ei
	}
	return -1
}
