package kb

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dateline-news/dateline"
)

// PhoenixStats counts what ImportPhoenix did with a dictionary.
type PhoenixStats struct {
	Entries   int // entries read (a name with its synonyms and codes)
	People    int // became people (an entry with at least one dated code)
	Roles     int
	Orgs      int // became organisations or groups
	Agents    int // generic agent nouns ("~GOV" codes), became body nouns
	Places    int // country and territory names, skipped (the bundled table has them)
	NoCode    int // entries without any code, skipped
	BadCodes  int // codes that could not be read (bad dates), skipped
	Synonyms  int
	Collision int // people whose id had to take a country suffix
}

// PETRARCH/Phoenix sector and agent codes that may follow a country code.
var phoenixSectors = map[string]bool{
	"GOV": true, "MIL": true, "LEG": true, "JUD": true, "COP": true, "SPY": true,
	"REB": true, "OPP": true, "PTY": true, "CVL": true, "BUS": true, "JRN": true,
	"MED": true, "REL": true, "ELI": true, "EDU": true, "HLH": true, "LAB": true,
	"AGR": true, "ENV": true, "CRM": true, "REF": true, "HRI": true, "DEV": true,
	"UAF": true, "SEP": true, "INS": true, "MOD": true, "RAD": true, "IGO": true,
	"NGO": true, "MNC": true, "PRM": true, "SOC": true, "PRE": true, "UNK": true,
	"SPP": true,
}

// Leading codes that are not countries.
var phoenixNonState = map[string]string{
	"IGO": "IGO", // intergovernmental organisations
	"NGO": "",    // non-governmental organisations
	"NGM": "",    // NGO movements
	"IMG": "",    // international militarised groups
	"MNC": "",    // multinational corporations
	"INT": "",    // unidentified international
	"UIS": "",    // unidentified state actor
	"REG": "",    // regional
}

var phoenixCode = regexp.MustCompile(`\[([^\]]*)\]`)

// phoenixEntry is one dictionary entry being read.
type phoenixEntry struct {
	line     int
	names    []string // primary first
	codes    []phoenixCodeVal
	hasDates bool
	agent    bool
}

type phoenixCodeVal struct {
	code       string
	start, end dateline.Date
}

// ImportPhoenix converts a PETRARCH/Phoenix actor or agent dictionary
// (`NAME_ [CODE]`, `+SYNONYM_`, indented `[CODE YYMMDD-YYMMDD]`,
// `[CODE >YYMMDD]`, `[CODE <YYMMDD]`, '#' comments) into KB rows:
//
//   - an entry with at least one dated code is a person, and each code a
//     role (USAGOV → country USA, sector GOV; IGOUNO → IGO, org UNO); the
//     dictionaries give no titles, so Role.Title stays empty;
//   - an undated entry with a sector or a non-state code is an organisation
//     (type GROUP for REB, IMG and similar codes, else ORG);
//   - a bare country or territory code (AFGHANISTAN_ [AFG]) is a place name
//     and is skipped: the bundled countries table covers them;
//   - agent entries (`[~GOV]`) become body nouns.
//
// Names are upper-case in the dictionaries; they are title-cased (short
// all-letter words in organisation names, such as UN, are kept in capitals).
// A name line with no code that is directly followed by another name line
// shares that entry's codes, as in PETRARCH. Two-digit years are 19YY above
// 20, else 20YY (the dictionaries end around 2014). Unreadable codes are
// counted in the stats and skipped, so that one typo does not lose a file.
func ImportPhoenix(r io.Reader) (*Rows, *PhoenixStats, error) {
	var (
		rows    Rows
		st      PhoenixStats
		cur     *phoenixEntry
		pending []string // code-less names waiting for the next entry
		ids     = map[string]string{}
	)
	flush := func() {
		if cur == nil {
			return
		}
		e := cur
		cur = nil
		if len(e.codes) == 0 {
			if len(e.names) > 0 {
				pending = append(pending, e.names...)
			}
			return
		}
		st.Entries++
		convertPhoenix(e, &rows, &st, ids)
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		line := raw
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			if strings.TrimSpace(raw) == "" {
				// A blank line ends a block: code-less names before it
				// do not carry over.
				flush()
				st.NoCode += len(pending)
				pending = nil
			}
			continue
		}
		if strings.HasPrefix(trimmed, "!") || strings.HasPrefix(trimmed, "<") {
			continue // substitution sets, XML-ish tags of other formats
		}
		switch {
		case trimmed[0] == '+':
			if cur == nil {
				continue
			}
			for _, s := range strings.Split(trimmed, "+") {
				name, codes := splitCodes(s)
				if name != "" {
					cur.names = append(cur.names, name)
					st.Synonyms++
				}
				addCodes(cur, codes, &st)
			}
		case trimmed[0] == '[' || line[0] == ' ' || line[0] == '\t':
			if cur == nil {
				continue
			}
			_, codes := splitCodes(trimmed)
			addCodes(cur, codes, &st)
		default:
			prevNoCode := cur != nil && len(cur.codes) == 0
			if !prevNoCode {
				flush()
			}
			name, codes := splitCodes(trimmed)
			if prevNoCode {
				// The previous name had no code: it shares this entry's.
				prev := cur
				cur = &phoenixEntry{line: n, names: append(prev.names, name)}
			} else {
				cur = &phoenixEntry{line: n}
				if len(pending) > 0 {
					cur.names = append(cur.names, pending...)
					pending = nil
				}
				cur.names = append(cur.names, name)
			}
			addCodes(cur, codes, &st)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("kb: phoenix: line %d: %w", n+1, err)
	}
	flush()
	st.NoCode += len(pending)
	return &rows, &st, nil
}

// splitCodes splits "NAME_ [CODE] [CODE d]" into the name and the codes.
func splitCodes(s string) (string, []string) {
	var codes []string
	for _, m := range phoenixCode.FindAllStringSubmatch(s, -1) {
		codes = append(codes, strings.TrimSpace(m[1]))
	}
	if i := strings.IndexByte(s, '['); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s), codes
}

func addCodes(e *phoenixEntry, codes []string, st *PhoenixStats) {
	for _, c := range codes {
		v, err := parsePhoenixCode(c)
		if err != nil {
			st.BadCodes++
			continue
		}
		if strings.HasPrefix(v.code, "~") {
			e.agent = true
		}
		if !v.start.IsZero() || !v.end.IsZero() {
			e.hasDates = true
		}
		e.codes = append(e.codes, v)
	}
}

func parsePhoenixCode(s string) (phoenixCodeVal, error) {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 2 {
		return phoenixCodeVal{}, fmt.Errorf("code %q", s)
	}
	v := phoenixCodeVal{code: strings.ToUpper(f[0])}
	c := strings.TrimPrefix(v.code, "~")
	if len(c) < 3 {
		return v, fmt.Errorf("code %q", s)
	}
	for _, r := range c {
		if r < 'A' || r > 'Z' {
			return v, fmt.Errorf("code %q", s)
		}
	}
	if len(f) == 1 {
		return v, nil
	}
	d := f[1]
	var err error
	switch {
	case strings.HasPrefix(d, ">"):
		v.start, err = phoenixDate(d[1:])
	case strings.HasPrefix(d, "<"):
		v.end, err = phoenixDate(d[1:])
	default:
		a, b, ok := strings.Cut(d, "-")
		if !ok {
			return v, fmt.Errorf("date %q", d)
		}
		if v.start, err = phoenixDate(a); err == nil {
			v.end, err = phoenixDate(b)
		}
		if err == nil && v.end.Before(v.start) {
			err = fmt.Errorf("range %q ends before it starts", d)
		}
	}
	return v, err
}

// phoenixDate reads YYMMDD or YYYYMMDD.
func phoenixDate(s string) (dateline.Date, error) {
	if len(s) != 6 && len(s) != 8 {
		return dateline.Date{}, fmt.Errorf("date %q", s)
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return dateline.Date{}, fmt.Errorf("date %q", s)
	}
	var y, m, d int
	if len(s) == 6 {
		y, m, d = n/10000, n/100%100, n%100
		if y > 20 {
			y += 1900
		} else {
			y += 2000
		}
	} else {
		y, m, d = n/10000, n/100%100, n%100
	}
	if y < 1000 || m < 1 || m > 12 || d < 1 {
		return dateline.Date{}, fmt.Errorf("date %q", s)
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return dateline.Date{}, fmt.Errorf("date %q", s)
	}
	return dateline.Date{Year: y, Month: time.Month(m), Day: d}, nil
}

// splitPhoenixCode reads country, sector and org from a code such as
// USAGOV, KORGOVBUS, IGOUNOREFHCR, ELI.
func splitPhoenixCode(code string) (country, sector, org string, place bool) {
	c := strings.TrimPrefix(code, "~")
	head := c[:3]
	var rest []string
	for i := 3; i+3 <= len(c); i += 3 {
		rest = append(rest, c[i:i+3])
	}
	if ns, ok := phoenixNonState[head]; ok {
		country = ns
		for _, t := range rest {
			if phoenixSectors[t] && t != "IGO" {
				if sector == "" {
					sector = t
				}
			} else if org == "" && sector == "" {
				org = t
			}
		}
		if head == "IMG" && sector == "" {
			sector = "REB"
		}
		return country, sector, org, false
	}
	if phoenixSectors[head] {
		return "", head, "", false
	}
	country = head
	for _, t := range rest {
		if phoenixSectors[t] {
			sector = t
			break
		}
	}
	return country, sector, "", sector == ""
}

func convertPhoenix(e *phoenixEntry, rows *Rows, st *PhoenixStats, ids map[string]string) {
	if e.agent {
		var nouns []string
		for _, n := range e.names {
			if s := strings.ToLower(phoenixWords(n)); s != "" {
				nouns = union(nouns, []string{s})
			}
		}
		if len(nouns) == 0 {
			return
		}
		c := strings.TrimPrefix(e.codes[0].code, "~")
		rows.Bodies = append(rows.Bodies, Body{Nouns: nouns, Sector: c[:3]})
		st.Agents++
		return
	}
	if e.hasDates {
		var names []string
		for _, n := range e.names {
			if s := phoenixTitle(n, false, nil); s != "" {
				names = union(names, []string{s})
			}
		}
		if len(names) == 0 {
			return
		}
		first, _, _, _ := splitPhoenixCode(e.codes[0].code)
		id := slug(names[0])
		if id == "" {
			return
		}
		if c, ok := ids[id]; ok && c != first {
			id += "-" + strings.ToLower(first)
			st.Collision++
		}
		ids[id] = first
		rows.People = append(rows.People, Person{ID: id, Name: names[0], Aliases: names[1:]})
		st.People++
		for _, cv := range e.codes {
			country, sector, org, _ := splitPhoenixCode(cv.code)
			rows.Roles = append(rows.Roles, RoleRow{Person: id, Role: dateline.Role{
				Country: country, Sector: sector, Org: org, Start: cv.start, End: cv.end,
			}})
			st.Roles++
		}
		return
	}
	country, sector, org, place := splitPhoenixCode(e.codes[0].code)
	if place {
		st.Places++
		return
	}
	// Acronyms the entry gives on their own ("+PLA") stay in capitals
	// inside its longer names ("PLA Navy").
	acr := map[string]bool{}
	for _, n := range e.names {
		if w := strings.Fields(phoenixWords(n)); len(w) == 1 {
			acr[w[0]] = true
		}
	}
	var names []string
	for _, n := range e.names {
		name, abbr := phoenixParen(n)
		if s := phoenixTitle(name, true, acr); s != "" {
			names = union(names, []string{s})
		}
		if abbr != "" {
			names = union(names, []string{abbr})
		}
	}
	if len(names) == 0 {
		return
	}
	typ := dateline.Org
	head := e.codes[0].code[:3]
	if sector == "REB" || head == "IMG" || sector == "UAF" {
		typ = dateline.Group
	}
	id := slug(names[0])
	if id == "" {
		return
	}
	_ = org
	rows.Orgs = append(rows.Orgs, Org{ID: id, Name: names[0], Aliases: names[1:], Type: typ, Country: country, Sector: sector})
	st.Orgs++
}

// phoenixParen splits "ADEN_ISLAMIC_ARMY_(AAIA)_" into the name and the
// abbreviation in parentheses.
func phoenixParen(s string) (string, string) {
	i := strings.IndexByte(s, '(')
	j := strings.IndexByte(s, ')')
	if i < 0 || j < i {
		return s, ""
	}
	abbr := strings.Trim(s[i+1:j], "_ ")
	return s[:i] + s[j+1:], abbr
}

// phoenixWords turns "VLADIMIR_PUTIN_" into "VLADIMIR PUTIN".
func phoenixWords(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	return strings.Join(strings.Fields(s), " ")
}

var lowerParticles = map[string]bool{
	"al": true, "bin": true, "ibn": true, "bint": true, "de": true, "da": true, "van": true,
	"von": true, "der": true, "del": true, "la": true, "le": true, "du": true, "el": true,
	"of": true, "the": true, "and": true, "for": true, "on": true, "in": true, "des": true,
}

// phoenixTitle title-cases an upper-case dictionary name. In organisation
// names, two-letter words, three-letter words without a vowel and the
// given acronyms stay in capitals (UN, EU, PKK, PLA), and so does a
// one-word name (NATO, UNHCR).
func phoenixTitle(s string, org bool, acronyms map[string]bool) string {
	words := strings.Fields(phoenixWords(s))
	if len(words) == 0 {
		return ""
	}
	if org && len(words) == 1 && isAllCaps(words[0]) {
		return words[0]
	}
	for i, w := range words {
		if strings.Contains(w, ".") {
			continue // initials and abbreviations: "V.", "U.N."
		}
		parts := strings.Split(w, "-")
		for j, p := range parts {
			lp := strings.ToLower(p)
			switch {
			case lowerParticles[lp] && (i > 0 || j > 0):
				parts[j] = lp
			case org && !lowerParticles[lp] && isAllCaps(p) && (len(p) <= 2 || len(p) == 3 && !strings.ContainsAny(p, "AEIOU") || acronyms[p]):
				parts[j] = p
			default:
				parts[j] = capitalise(lp)
			}
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

func capitalise(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// slug makes a stable id from a name: lower-case letters and digits joined
// by '-'.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// Slug is the stable id dateline derives from a name that is not in the KB.
func Slug(name string) string { return slug(name) }
