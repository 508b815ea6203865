package kb

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-news/dateline"
)

// The table formats. A file holds one or more tables; each starts with its
// header line (the column names, tab-separated). Lines starting with '#' and
// blank lines are skipped; multi-valued cells are separated by '|'; an empty
// cell is unknown.
var headers = map[string][]string{
	"countries": {"iso3", "iso2", "name", "aliases", "demonyms", "capital", "metonyms"},
	"orgs":      {"id", "name", "aliases", "type", "country", "sector", "parent"},
	"people":    {"id", "name", "aliases", "gender", "country"},
	"roles":     {"person", "title", "country", "sector", "org", "start", "end"},
	"bodies":    {"noun", "sector", "type"},
	"titles":    {"title", "canonical", "sector", "aliases"},
}

// optional is the number of trailing columns a table's header may leave
// out: files written before the column was added still read.
var optional = map[string]int{"people": 1}

// tableOf returns the table whose header line is fields, or "".
func tableOf(fields []string) string {
	for name, h := range headers {
		if len(fields) > len(h) || len(fields) < len(h)-optional[name] {
			continue
		}
		same := true
		for i := range fields {
			if strings.TrimSpace(fields[i]) != h[i] {
				same = false
				break
			}
		}
		if same {
			return name
		}
	}
	return ""
}

// ReadTSV reads KB tables from r; name is used in error messages.
func ReadTSV(name string, r io.Reader) (*Rows, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("kb: %s: %w", name, err)
	}
	return parseFile(name, string(b), nil)
}

// parseFile parses the tables in content. where, when not nil, records the
// file and line of each role row.
func parseFile(name, content string, where map[RoleRow]string) (*Rows, error) {
	var rows Rows
	table := ""
	width := 0 // the columns of the table's header
	lineNo := 0
	for len(content) > 0 {
		var line string
		line, content, _ = strings.Cut(content, "\n")
		lineNo++
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if t := tableOf(fields); t != "" {
			table, width = t, len(fields)
			continue
		}
		if table == "" {
			return nil, fmt.Errorf("kb: %s:%d: not a known table header: %q", name, lineNo, clip(line))
		}
		h := headers[table]
		if len(fields) > width {
			return nil, fmt.Errorf("kb: %s:%d: %s row has %d fields, want at most %d", name, lineNo, table, len(fields), width)
		}
		for len(fields) < len(h) {
			fields = append(fields, "")
		}
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if err := addRow(&rows, table, fields); err != nil {
			return nil, fmt.Errorf("kb: %s:%d: %w", name, lineNo, err)
		}
		if table == "roles" && where != nil {
			where[rows.Roles[len(rows.Roles)-1]] = fmt.Sprintf("%s:%d", name, lineNo)
		}
	}
	return &rows, nil
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

func addRow(rows *Rows, table string, f []string) error {
	if f[0] == "" {
		return fmt.Errorf("%s row without %s", table, headers[table][0])
	}
	switch table {
	case "countries":
		if err := checkCode(f[0]); err != nil {
			return err
		}
		rows.Countries = append(rows.Countries, Country{
			ISO3: f[0], ISO2: f[1], Name: f[2], Aliases: multi(f[3]), Demonyms: multi(f[4]),
			Capitals: multi(f[5]), Metonyms: multi(f[6]),
		})
	case "orgs":
		if err := checkCode(f[4]); err != nil {
			return err
		}
		rows.Orgs = append(rows.Orgs, Org{
			ID: f[0], Name: f[1], Aliases: multi(f[2]), Type: strings.ToUpper(f[3]),
			Country: f[4], Sector: f[5], Parent: f[6],
		})
	case "people":
		g := strings.ToLower(f[3])
		if g != "" && g != "m" && g != "f" {
			return fmt.Errorf("gender %q: want m, f or empty", f[3])
		}
		if err := checkCode(f[4]); err != nil {
			return err
		}
		rows.People = append(rows.People, Person{ID: f[0], Name: f[1], Aliases: multi(f[2]), Gender: g, Country: f[4]})
	case "roles":
		if err := checkCode(f[2]); err != nil {
			return err
		}
		start, err := parsePartialDate(f[5], false)
		if err != nil {
			return fmt.Errorf("start: %w", err)
		}
		end, err := parsePartialDate(f[6], true)
		if err != nil {
			return fmt.Errorf("end: %w", err)
		}
		if !start.IsZero() && !end.IsZero() && end.Before(start) {
			return fmt.Errorf("end %s before start %s", f[6], f[5])
		}
		rows.Roles = append(rows.Roles, RoleRow{Person: f[0], Role: dateline.Role{
			Title: f[1], Country: f[2], Sector: f[3], Org: f[4], Start: start, End: end,
		}})
	case "bodies":
		nouns := multi(f[0])
		if len(nouns) == 0 {
			return fmt.Errorf("bodies row without noun")
		}
		rows.Bodies = append(rows.Bodies, Body{Nouns: nouns, Sector: f[1], Type: strings.ToUpper(f[2])})
	case "titles":
		rows.Titles = append(rows.Titles, Title{Title: f[0], Canonical: f[1], Sector: f[2], Aliases: multi(f[3])})
	}
	return nil
}

// checkCode accepts "", IGO or three upper-case letters.
func checkCode(c string) error {
	if c == "" {
		return nil
	}
	if len(c) != 3 {
		return fmt.Errorf("country code %q: want ISO 3166-1 alpha-3 or IGO", c)
	}
	for i := 0; i < 3; i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return fmt.Errorf("country code %q: want ISO 3166-1 alpha-3 or IGO", c)
		}
	}
	return nil
}

func multi(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, v := range strings.Split(s, "|") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// parsePartialDate reads YYYY-MM-DD, YYYY-MM or YYYY. A partial date is the
// first day of its month or year, or the last when end is set (an end date
// "2018" means the role ended some time in 2018: taken as held through it).
func parsePartialDate(s string, end bool) (dateline.Date, error) {
	if s == "" {
		return dateline.Date{}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return dateline.Date{}, fmt.Errorf("date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || (i > 0 && len(p) != 2) {
			return dateline.Date{}, fmt.Errorf("date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
		}
		n[i] = v
	}
	y, m, d := n[0], n[1], n[2]
	if y < 1 || m > 12 || (len(parts) > 1 && m < 1) {
		return dateline.Date{}, fmt.Errorf("date %q: out of range", s)
	}
	switch len(parts) {
	case 1:
		if end {
			return dateline.Date{Year: y, Month: 12, Day: 31}, nil
		}
		return dateline.Date{Year: y, Month: 1, Day: 1}, nil
	case 2:
		if end {
			last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
			return dateline.DateOf(last), nil
		}
		return dateline.Date{Year: y, Month: time.Month(m), Day: 1}, nil
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if d < 1 || t.Day() != d {
		return dateline.Date{}, fmt.Errorf("date %q: no such day", s)
	}
	return dateline.Date{Year: y, Month: time.Month(m), Day: d}, nil
}

// WriteTSV writes the non-empty tables of rows to w, each after its header
// line, in the format Load reads. People's Roles are not written: put them
// in rows.Roles.
func WriteTSV(w io.Writer, rows *Rows) error {
	bw := bufio.NewWriter(w)
	first := true
	section := func(table string, n int) {
		if n == 0 {
			return
		}
		if !first {
			bw.WriteString("\n")
		}
		first = false
		bw.WriteString(strings.Join(headers[table], "\t"))
		bw.WriteString("\n")
	}
	line := func(f ...string) {
		for i, s := range f {
			if i > 0 {
				bw.WriteByte('\t')
			}
			bw.WriteString(cell(s))
		}
		bw.WriteByte('\n')
	}
	join := func(v []string) string {
		c := make([]string, 0, len(v))
		for _, s := range v {
			if s = strings.TrimSpace(strings.ReplaceAll(s, "|", " ")); s != "" {
				c = append(c, s)
			}
		}
		return strings.Join(c, "|")
	}
	section("countries", len(rows.Countries))
	for _, c := range rows.Countries {
		line(c.ISO3, c.ISO2, c.Name, join(c.Aliases), join(c.Demonyms), join(c.Capitals), join(c.Metonyms))
	}
	section("orgs", len(rows.Orgs))
	for _, o := range rows.Orgs {
		line(o.ID, o.Name, join(o.Aliases), o.Type, o.Country, o.Sector, o.Parent)
	}
	section("people", len(rows.People))
	for _, p := range rows.People {
		line(p.ID, p.Name, join(p.Aliases), p.Gender, p.Country)
	}
	section("roles", len(rows.Roles))
	for _, r := range rows.Roles {
		line(r.Person, r.Title, r.Country, r.Sector, r.Org, r.Start.String(), r.End.String())
	}
	section("bodies", len(rows.Bodies))
	for _, b := range rows.Bodies {
		line(join(b.Nouns), b.Sector, b.Type)
	}
	section("titles", len(rows.Titles))
	for _, t := range rows.Titles {
		line(t.Title, t.Canonical, t.Sector, join(t.Aliases))
	}
	return bw.Flush()
}

// cell makes s safe for one TSV cell: no tabs or line breaks, no leading '#'.
func cell(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}
