package clean

import (
	"regexp"
	"strings"
)

// Sign-offs close a wire story with the agency's name, the desk's initials
// or a time: a paragraph of their own ("-- BERNAMA", "(NAN)(www.nannews.ng)",
// "QNA/PP", "WAM/Hatem Mohamed/Hazem Hussein", "--SPA 14:05 LOCAL TIME
// 11:05 GMT", "K.F.", "/DT/"), or the end of the last paragraph ("... the
// ministers said. (ANI)", "... relations. (end) mt.gb", "... he said. —
// Xinhua"). They are read only at the end of the body.

var (
	// a website after the sign-off: "(www.nannews.ng)"
	signOffSite = regexp.MustCompile(`(?i)\s*\(?\s*(https?://)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(/\S*)?\s*\)?$`)
	// a time after the sign-off, or alone: "14:05 LOCAL TIME 11:05 GMT"
	signOffTime = regexp.MustCompile(`(?i)(^|\s+)(\d{1,2}[:.]\d{2}(\s*(hrs|local time|lt|gmt|utc|[a-z]{3,4}))?\s*)+$`)
	// the desk's initials: "K.F.", "(A.A.)", "/DT/", "/VE/NZ/", "(ab/cd)"
	deskInitials = regexp.MustCompile(`^((\p{Lu}\.\s?){1,3}|\((\p{Lu}\.\s?){1,3}\)|/\p{Lu}{1,4}(/\p{Lu}{1,4})*/|\([a-z]{1,5}(/[a-z]{1,5}){1,3}\))$`)
	// initials or names after the agency: "QNA/PP", "WAM/Hatem Mohamed",
	// "IANS ak/arm", "Xinhua RC"
	afterAgency = regexp.MustCompile(`^((/[\p{L} .'’-]{2,40}){1,4}|(\s+([a-z]{1,5}(/[a-z]{1,5}){1,3}|\p{Lu}{2,4})){1,4})$`)
	// a sign-off closing the last paragraph after its final punctuation
	signOffEnd = regexp.MustCompile(`[.!?"”’)\]]\s*(\(\s*([\p{L}][\p{L} .-]{0,25}?)\s*\)|[-–—]{1,3}\s*([\p{L}][\p{L}-]{0,20})|\((?i:end)\)(\s+[a-z]{1,5}([./][a-z]{1,5}){0,3})?)(\s*\(?\s*(https?://)?www\.[a-z0-9.-]+\)?)?\s*$`)
)

// isSignOff reports whether paragraph p is only an agency's sign-off.
func isSignOff(p string) bool {
	t := strings.TrimSpace(p)
	if t == "" || len(t) > 120 {
		return false
	}
	if deskInitials.MatchString(t) {
		return true
	}
	if s := signOffTime.ReplaceAllString(t, ""); s != t {
		if strings.TrimSpace(s) == "" {
			return true // "14:05 LOCAL TIME 11:05 GMT"
		}
		t = strings.TrimSpace(s)
	}
	if strings.HasSuffix(t, ")") || strings.Contains(t, "www.") {
		if s := signOffSite.ReplaceAllString(t, ""); s != "" && s != t && strings.HasSuffix(s, ")") {
			t = s // "(NAN)(www.nannews.ng)"
		}
	}
	t = strings.TrimSpace(strings.Trim(t, "-–—* "))
	// the desk's initials and the agencies, as DW signs: "dh/sms (AFP, Reuters)"
	if m := deskAndAgencies.FindStringSubmatch(t); m != nil {
		return agencyList(m[1])
	}
	// the name in brackets or slashes: "(PNA)", "/BTA/"
	if len(t) > 2 && (t[0] == '(' && t[len(t)-1] == ')' || t[0] == '/' && t[len(t)-1] == '/' || t[0] == '[' && t[len(t)-1] == ']') {
		t = strings.TrimSpace(t[1 : len(t)-1])
	}
	if agencyList(t) {
		return true
	}
	// the agency and initials or names: "QNA/PP", "IANS ak/arm"
	for i := 1; i < len(t) && i <= 20; i++ {
		if t[i] == '/' || t[i] == ' ' {
			if isWireAgency(t[:i]) && afterAgency.MatchString(t[i:]) {
				return true
			}
		}
	}
	return false
}

// deskAndAgencies is DW's sign-off: the desk's initials, then the
// agencies in brackets.
var deskAndAgencies = regexp.MustCompile(`^[a-z]{1,5}(?:/[a-z]{1,5}){1,3}\s*\(([^()]{2,60})\)$`)

// agencyList reports whether t names only agencies: "AFP", "AP, Reuters",
// "AFP/Reuters", "Agencies", or an outlet with them: "FRANCE 24 with AFP",
// "With agencies".
func agencyList(t string) bool {
	low := strings.ToLower(t)
	if i := strings.Index(low, "with "); i >= 0 && (i == 0 || low[i-1] == ' ') {
		if outlet := strings.TrimSpace(t[:i]); outlet != "" && (words(outlet) > 3 || strings.ContainsAny(outlet, ".,;:!?")) {
			return false
		}
		t = t[i+len("with "):]
	}
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == '/' || r == '&' })
	n := 0
	for _, p := range parts {
		for _, q := range strings.Split(p, " and ") {
			q = strings.TrimSpace(q)
			if q == "" {
				continue
			}
			switch strings.ToLower(q) {
			case "agencies", "news agencies", "agency", "wires", "wire services", "wire reports":
			default:
				if !isWireAgency(q) {
					return false
				}
			}
			n++
		}
	}
	return n > 0
}

// inlineTrailer is a bracketed credit closing the last paragraph: "...
// the ministry said. (Reporting by Jane Roe; Editing by John Doe)", "...
// (With inputs from PTI)".
var inlineTrailer = regexp.MustCompile(`(?i)[.!?"”’]\s*(\(\s*((additional |further )?reporting|writing|editing|compiled|edited|with inputs?|with agency inputs?)\b[^()]{0,300}\))\s*$`)

// trimSignOff removes sign-offs closing paragraph p after its final
// punctuation ("... the ministers said. (ANI)", "... said. (Reporting by
// Jane Roe)"), keeping the punctuation.
func trimSignOff(p string) string {
	// the patterns are read on the paragraph's end only: a sign-off is short
	off := len(p) - len(tail(p, 400))
	if m := inlineTrailer.FindStringSubmatchIndex(p[off:]); m != nil {
		if c := p[off+m[2] : off+m[3]]; isTrailer(c) || strings.Contains(strings.ToLower(c), "input") {
			p = strings.TrimRight(p[:off+m[2]], " ")
		}
	}
	for n := 0; n < 3; n++ {
		off := len(p) - len(tail(p, 120))
		m := signOffEnd.FindStringSubmatchIndex(p[off:])
		if m == nil {
			return p
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += off
			}
		}
		name := ""
		switch {
		case m[4] >= 0:
			name = p[m[4]:m[5]]
		case m[6] >= 0:
			name = p[m[6]:m[7]]
		}
		if name = strings.TrimSpace(name); name != "" && !isWireAgency(name) && !strings.EqualFold(name, "end") {
			return p
		}
		p = strings.TrimRight(p[:m[2]], " ")
	}
	return p
}
