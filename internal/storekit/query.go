package storekit

import (
	"strings"
	"unicode"
)

// SearchTerms reads a user's full-text query as both stores answer it: a
// conjunction (every element must match) of disjunctions (one of the
// phrases must match). A word is a phrase of one word; words in double
// quotes ("chemical weapons", or “…”) are one phrase, their words in that
// order; OR (in capitals) between two terms makes them alternatives, and
// binds tighter than the implicit AND ("ceasefire OR truce Idlib" is
// (ceasefire OR truce) AND Idlib, as a web search reads it); AND (in
// capitals) is the implicit AND, written out. Single quotes around a word are
// dropped; an unclosed double quote runs to the end. Lower-case "or" and
// "and" are words. No query is a syntax error.
func SearchTerms(q string) [][]string {
	var groups [][]string
	or := false // the last token was OR
	add := func(p string) {
		if or && len(groups) > 0 {
			groups[len(groups)-1] = append(groups[len(groups)-1], p)
		} else {
			groups = append(groups, []string{p})
		}
		or = false
	}
	rs := []rune(q)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case r == '"' || r == '“' || r == '”' || r == '„':
			j := i + 1
			for j < len(rs) && rs[j] != '"' && rs[j] != '”' && rs[j] != '“' {
				j++
			}
			if p := strings.Join(strings.Fields(string(rs[i+1:j])), " "); p != "" {
				add(p)
			}
			i = j + 1
		default:
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) && rs[j] != '"' && rs[j] != '“' && rs[j] != '”' && rs[j] != '„' {
				j++
			}
			w := strings.Trim(string(rs[i:j]), `'‘’`)
			i = j
			switch {
			case w == "":
			case w == "OR":
				or = len(groups) > 0
			case w == "AND":
				or = false
			default:
				add(w)
			}
		}
	}
	return groups
}
