package places

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"strconv"
	"strings"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/data"
)

// maxWords is the longest name, in words, that the index holds.
const maxWords = 8

// Kinds of places (dateline.Location.Kind).
const (
	KindCountry = "country"
	KindAdmin1  = "admin1"
	KindCity    = "city"
	// KindArea is a named region that is no administrative division
	// ("Eastern Ghouta", "Donbas", "Sinai"), from the hand-kept extra.tsv.
	KindArea = "area"
)

// entry is one place of the gazetteer.
type entry struct {
	loc    dateline.Location
	code   string  // GeoNames admin1 code (of the city, or of the admin1 itself)
	fc     string  // GeoNames feature code for cities
	weight float64 // ranking weight among places of the same name
}

// cand is one place a key may name, with the capitalisation the name has.
type cand struct {
	e    int32
	caps uint32
}

// Gazetteer finds and resolves place names. It is read-only after Load and
// safe for concurrent use.
type Gazetteer struct {
	entries   []entry
	index     map[string][]cand
	longest   map[string]uint8 // first word of an indexed name (folded) → most words of a name it starts
	stop      map[string]bool
	countries map[string]int32 // ISO3 → entry
	iso2      map[string]string
	admin1    map[string]int32 // "ISO3.code" → entry
}

// Load reads the bundled gazetteer (data.FS, dir places/).
func Load(ctx context.Context) (*Gazetteer, error) {
	return LoadFS(ctx, data.FS, "places")
}

// LoadFS reads a gazetteer from dir of fsys: countries.tsv, admin1.tsv,
// cities.tsv, extra.tsv, aliases.tsv and stop.txt (any may be missing but
// countries.tsv).
func LoadFS(ctx context.Context, fsys fs.FS, dir string) (*Gazetteer, error) {
	g := &Gazetteer{
		index:     make(map[string][]cand, 80000),
		longest:   make(map[string]uint8, 60000),
		stop:      map[string]bool{},
		countries: map[string]int32{},
		iso2:      map[string]string{},
		admin1:    map[string]int32{},
	}
	steps := []struct {
		file     string
		required bool
		fn       func(row map[string]string) error
	}{
		{"countries.tsv", true, g.addCountry},
		{"admin1.tsv", false, g.addAdmin1},
		{"cities.tsv", false, g.addCity},
		{"extra.tsv", false, g.addExtra},
		{"aliases.tsv", false, g.addAlias},
	}
	for _, s := range steps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := readTSV(fsys, dir+"/"+s.file, s.required, s.fn); err != nil {
			return nil, err
		}
	}
	if err := g.readStop(fsys, dir+"/stop.txt"); err != nil {
		return nil, err
	}
	return g, nil
}

// readTSV calls fn for each data row of a TSV file with a '#' comment
// header and a column-name line.
func readTSV(fsys fs.FS, path string, required bool, fn func(map[string]string) error) error {
	f, err := fsys.Open(path)
	if err != nil {
		if !required && isNotExist(err) {
			return nil
		}
		return fmt.Errorf("places: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var cols []string
	row := map[string]string{}
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		fields := strings.Split(t, "\t")
		if cols == nil {
			cols = fields
			continue
		}
		clear(row)
		for i, c := range cols {
			if i < len(fields) {
				row[c] = strings.TrimSpace(fields[i])
			}
		}
		if err := fn(row); err != nil {
			return fmt.Errorf("places: %s:%d: %w", path, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("places: %s: %w", path, err)
	}
	return nil
}

func isNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }

func parseLatLon(row map[string]string) (lat, lon float64, err error) {
	if row["lat"] == "" || row["lon"] == "" {
		return 0, 0, nil
	}
	if lat, err = strconv.ParseFloat(row["lat"], 64); err != nil {
		return 0, 0, fmt.Errorf("lat: %w", err)
	}
	if lon, err = strconv.ParseFloat(row["lon"], 64); err != nil {
		return 0, 0, fmt.Errorf("lon: %w", err)
	}
	return lat, lon, nil
}

func (g *Gazetteer) add(e entry) int32 {
	g.entries = append(g.entries, e)
	return int32(len(g.entries) - 1)
}

func (g *Gazetteer) addCountry(row map[string]string) error {
	lat, lon, err := parseLatLon(row)
	if err != nil {
		return err
	}
	iso3 := row["iso3"]
	if len(iso3) != 3 || row["name"] == "" {
		return fmt.Errorf("bad country row %q", iso3)
	}
	i := g.add(entry{
		loc:    dateline.Location{Name: row["name"], Country: iso3, Lat: lat, Lon: lon, Kind: KindCountry},
		weight: 1e13,
	})
	g.countries[iso3] = i
	if row["iso2"] != "" {
		g.iso2[row["iso2"]] = iso3
	}
	g.indexName(row["name"], i, iso3)
	for a := range strings.SplitSeq(row["aliases"], "|") {
		g.indexName(a, i, iso3)
	}
	return nil
}

// genericWords are not taken alone as names of divisions.
var genericWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "central": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "capital": true, "gulf": true, "coast": true,
	"coastal": true, "islands": true, "lakes": true, "river": true, "national": true, "federal": true,
	"centre": true, "center": true, "north east": true, "north west": true, "south east": true,
	"south west": true, "north central": true, "south central": true, "upper": true, "lower": true,
	"mountain": true, "plateau": true, "western area": true,
}

// admin1Suffix matches the generic words of division names that news
// reports often leave out: "Kyiv Oblast", "Damascus Governorate".
var admin1Suffix = regexp.MustCompile(`(?i)[\s-]+(governorate|province|oblast|oblast'|region|district|krai|kray|republic|rayon|prefecture|state|city|county|department|autonomous okrug|sahari)$`)
var admin1Prefix = regexp.MustCompile(`(?i)^(muhafazat|republic of|province of|region of)\s+`)

func (g *Gazetteer) addAdmin1(row map[string]string) error {
	lat, lon, err := parseLatLon(row)
	if err != nil {
		return err
	}
	w, _ := strconv.ParseFloat(row["weight"], 64)
	cc, code, name := row["country"], row["code"], row["name"]
	i := g.add(entry{
		loc:    dateline.Location{Name: name, Country: cc, Admin1: name, Lat: lat, Lon: lon, Kind: KindAdmin1},
		code:   code,
		weight: w / 10,
	})
	g.admin1[cc+"."+code] = i
	for _, n := range []string{name, row["ascii"], admin1Prefix.ReplaceAllString(admin1Suffix.ReplaceAllString(name, ""), "")} {
		// A division called "North" or "Gulf Province" is not found as
		// "North" or "Gulf": the word is too common.
		if len(n) >= 3 && !genericWords[strings.ToLower(n)] {
			g.indexName(n, i, cc)
		}
	}
	return nil
}

func (g *Gazetteer) admin1Name(cc, code string) string {
	if i, ok := g.admin1[cc+"."+code]; ok {
		return g.entries[i].loc.Name
	}
	return ""
}

func (g *Gazetteer) addCity(row map[string]string) error {
	lat, lon, err := parseLatLon(row)
	if err != nil {
		return err
	}
	pop, _ := strconv.ParseFloat(row["pop"], 64)
	if pop < 15000 {
		pop = 15000 // unknown or small: rank as the smallest kept town
	}
	switch row["fc"] {
	case "PPLC":
		pop *= 10
	case "PPLA":
		pop *= 2
	case "PPLX":
		pop /= 10
	}
	cc := row["country"]
	i := g.add(entry{
		loc: dateline.Location{Name: row["name"], Country: cc, Admin1: g.admin1Name(cc, row["admin1"]),
			Lat: lat, Lon: lon, Kind: KindCity},
		code:   row["admin1"],
		fc:     row["fc"],
		weight: pop,
	})
	g.indexName(row["name"], i, cc)
	g.indexName(row["ascii"], i, cc)
	return nil
}

func (g *Gazetteer) addExtra(row map[string]string) error {
	lat, lon, err := parseLatLon(row)
	if err != nil {
		return err
	}
	kind := row["kind"]
	if kind != KindCity && kind != KindArea {
		return fmt.Errorf("bad kind %q", kind)
	}
	cc := row["country"]
	w := 1e6
	if kind == KindCity {
		w = 30000
	}
	i := g.add(entry{
		loc: dateline.Location{Name: row["name"], Country: cc, Admin1: g.admin1Name(cc, row["admin1"]),
			Lat: lat, Lon: lon, Kind: kind},
		code:   row["admin1"],
		weight: w,
	})
	g.indexName(row["name"], i, cc)
	return nil
}

func (g *Gazetteer) addAlias(row map[string]string) error {
	alias, kind, cc, target := row["alias"], row["kind"], row["country"], row["target"]
	var i int32 = -1
	switch kind {
	case KindCountry:
		if j, ok := g.countries[cc]; ok {
			i = j
		}
	case KindAdmin1:
		if j, ok := g.admin1[cc+"."+target]; ok {
			i = j
		}
	case KindCity, KindArea:
		key, _, _, _ := nameKey(target)
		best := -1.0
		for _, c := range g.index[key] {
			e := &g.entries[c.e]
			if e.loc.Kind == kind && e.loc.Country == cc && e.weight > best {
				i, best = c.e, e.weight
			}
		}
	default:
		return fmt.Errorf("bad kind %q", kind)
	}
	if i < 0 {
		return fmt.Errorf("alias %q: no %s %q in %s", alias, kind, target, cc)
	}
	g.indexName(alias, i, cc)
	if row["display"] == "yes" {
		g.entries[i].loc.Name = alias
	}
	return nil
}

func (g *Gazetteer) readStop(fsys fs.FS, path string) error {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		if isNotExist(err) {
			return nil
		}
		return fmt.Errorf("places: %w", err)
	}
	for l := range strings.SplitSeq(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if key, _, _, ok := nameKey(l); ok {
			g.stop[key] = true
		}
	}
	return nil
}

// arabWorld lists the countries whose GeoNames names often carry the
// Arabic article ("Ar Raqqah", "Al Fallūjah") that news reports drop.
var arabWorld = map[string]bool{
	"SYR": true, "IRQ": true, "YEM": true, "SAU": true, "LBY": true, "EGY": true, "JOR": true, "LBN": true,
	"PSE": true, "KWT": true, "ARE": true, "QAT": true, "BHR": true, "OMN": true, "SDN": true, "TUN": true,
	"DZA": true, "MAR": true, "MRT": true, "ISR": true,
}

var article = regexp.MustCompile(`^(?i)(al|ar|as|ad|at|az|an|ash|adh|ath|aş|aḑ|aţ|aẕ|az̧|el)[\s\-‐]+`)

// indexName adds name, and the spelling variants news reports use, to the
// index as names of entry i.
func (g *Gazetteer) indexName(name string, i int32, cc string) {
	name = strings.TrimSpace(name)
	if name == "" {
		return
	}
	variants := []string{name}
	if arabWorld[cc] {
		if rest := article.ReplaceAllString(name, ""); rest != name && len(rest) >= 4 {
			variants = append(variants, rest)
		}
	}
	for _, v := range variants {
		if dropped := strings.Map(func(r rune) rune {
			if isApos(r) {
				return -1
			}
			return r
		}, v); dropped != v {
			variants = append(variants, dropped)
		}
	}
	for _, v := range variants {
		key, caps, n, ok := nameKey(v)
		if !ok {
			continue
		}
		// a word's key has no separator in it (see sepKey)
		first := key
		if j := strings.IndexAny(key, " '.,"); j >= 0 {
			first = key[:j]
		}
		g.longest[first] = max(g.longest[first], uint8(n))
		dup := false
		for _, c := range g.index[key] {
			if c.e == i {
				dup = true
				break
			}
		}
		if !dup {
			g.index[key] = append(g.index[key], cand{e: i, caps: caps})
		}
	}
}
