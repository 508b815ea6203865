package kb

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
)

func loadMini(t testing.TB, extra ...string) *KB {
	t.Helper()
	k, err := Load(context.Background(), Options{NoBundled: true, UserFiles: append([]string{"testdata/mini.tsv"}, extra...)})
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func date(t testing.TB, s string) dateline.Date {
	t.Helper()
	d, err := dateline.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestLookup(t *testing.T) {
	k := loadMini(t)
	tests := []struct {
		name string
		q    string
		want []Ref
	}{
		{"exact person", "Sergey Lavrov", []Ref{{KindPerson, "sergey-lavrov"}}},
		{"alias", "Sergei Lavrov", []Ref{{KindPerson, "sergey-lavrov"}}},
		{"all caps fallback", "LAVROV", []Ref{{KindPerson, "sergey-lavrov"}}},
		{"lower fallback", "lavrov", []Ref{{KindPerson, "sergey-lavrov"}}},
		{"mixed wrong case is not a match", "LavROV", nil},
		{"country", "Syria", []Ref{{KindCountry, "SYR"}}},
		{"demonym", "Syrian", []Ref{{KindDemonym, "SYR"}}},
		{"capital and metonym", "Moscow", []Ref{{KindCapital, "RUS"}, {KindMetonym, "RUS"}}},
		{"title noun any case", "Foreign Minister", []Ref{{KindTitle, "foreign minister"}}},
		{"title alias shared", "top diplomat", []Ref{{KindTitle, "foreign minister"}, {KindTitle, "secretary of state"}}},
		{"body alias", "Defence Ministry", []Ref{{KindBody, "defense ministry"}}},
		{"org alias", "Daesh", []Ref{{KindOrg, "ISIS"}}},
		{"unknown", "Walid Muallem", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := k.Lookup(tc.q)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Lookup(%q) = %v, want %v", tc.q, got, tc.want)
			}
		})
	}
}

func TestCountryAndHelpers(t *testing.T) {
	k := loadMini(t)
	if c, ok := k.Country("RUS"); !ok || c.Name != "Russia" {
		t.Errorf("Country(RUS) = %v, %v", c, ok)
	}
	if c, ok := k.Country("SY"); !ok || c.ISO3 != "SYR" {
		t.Errorf("Country(SY) = %v, %v", c, ok)
	}
	if _, ok := k.Country("XXX"); ok {
		t.Error("Country(XXX) found")
	}
	if c, ok := k.Demonym("Turkish"); !ok || c.ISO3 != "TUR" {
		t.Errorf("Demonym(Turkish) = %v, %v", c, ok)
	}
	if c, ok := k.Metonym("the Kremlin"); !ok || c.ISO3 != "RUS" {
		t.Errorf("Metonym(the Kremlin) = %v, %v", c, ok)
	}
	if _, ok := k.Metonym("Syrian"); ok {
		t.Error("Metonym(Syrian) found")
	}
	if b, ok := k.BodyNoun("defence ministry"); !ok || b.Sector != "MIL" {
		t.Errorf("BodyNoun = %v, %v", b, ok)
	}
	if ts := k.TitleNoun("top diplomat"); len(ts) != 2 {
		t.Errorf("TitleNoun(top diplomat) = %v", ts)
	}
	if got := k.CanonicalTitle("chief diplomat"); got != "Foreign Minister" {
		t.Errorf("CanonicalTitle = %q", got)
	}
	if p, ok := k.Person("theresa-may"); !ok || p.Gender != "f" {
		t.Errorf("Person(theresa-may) = %v, %v", p, ok)
	}
}

func TestRolesAt(t *testing.T) {
	k := loadMini(t)
	tests := []struct {
		name, person, date string
		want               []string
	}{
		{"CIA years", "mike-pompeo", "2017-07-01", []string{"CIA Director"}},
		{"handover day holds both", "mike-pompeo", "2018-04-26", []string{"CIA Director", "Secretary of State"}},
		{"state years", "mike-pompeo", "2019-09-05", []string{"Secretary of State"}},
		{"before", "mike-pompeo", "2010-01-01", nil},
		{"open end", "sergey-lavrov", "2025-06-01", []string{"Foreign Minister"}},
		{"month end date is the month's last day", "sergey-lavrov", "2004-07-31", []string{"Foreign Minister", "Ambassador to the UN"}},
		{"unknown person", "nobody", "2019-01-01", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, r := range k.RolesAt(tc.person, date(t, tc.date)) {
				got = append(got, r.Title)
			}
			if !sameSet(got, tc.want) {
				t.Errorf("RolesAt(%s, %s) = %v, want %v", tc.person, tc.date, got, tc.want)
			}
		})
	}
	if rs := k.Roles("mike-pompeo"); len(rs) != 2 || rs[0].Title != "CIA Director" {
		t.Errorf("Roles not sorted by start: %v", rs)
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		m[s]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}

func TestMatcher(t *testing.T) {
	k := loadMini(t)
	tests := []struct {
		name string
		text string
		want []string // "text=kind:id" per match
	}{
		{"title demonym and person", "Russian Foreign Minister Sergey Lavrov said on Monday",
			[]string{"Russian=demonym:RUS", "Foreign Minister=title:foreign minister", "Sergey Lavrov=person:sergey-lavrov"}},
		{"longest wins", "the Kremlin said", []string{"the Kremlin=metonym:RUS"}},
		{"capitalised the", "The Kremlin said", []string{"The Kremlin=metonym:RUS"}},
		{"whole words only", "Russians and Russianness", []string{"Russians=demonym:RUS"}},
		{"possessive with curly apostrophe", "Lavrov’s remarks", []string{"Lavrov=person:sergey-lavrov"}},
		{"all caps headline", "LAVROV MEETS POMPEO", []string{"LAVROV=person:sergey-lavrov", "POMPEO=person:mike-pompeo"}},
		{"lower-case common word is not a name", "talks may resume", nil},
		{"capitalised name", "Theresa May said", []string{"Theresa May=person:theresa-may"}},
		{"lower-case noun any case", "the Defense Ministry and the defence ministry",
			[]string{"Defense Ministry=body:defense ministry", "defence ministry=body:defense ministry"}},
		{"acronym is case-sensitive", "this is IS", []string{"IS=org:ISIS"}},
		{"dotted alias", "U.S. officials", []string{"U.S.=country:USA"}},
		{"non-ascii neighbour", "éLavrov Lavrové", nil},
		{"a name inside a longer one is covered", "the Russian Federation and Russia",
			[]string{"Russian Federation=country:RUS", "Russia=country:RUS"}},
		{"the longest name written as the KB allows", "RUSSIAN federation", []string{"RUSSIAN=demonym:RUS"}},
		{"names back to back", "U.S.-Syria talks", []string{"U.S.=country:USA", "Syria=country:SYR"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range k.Matcher().Find(tc.text) {
				if tc.text[m.Start:m.End] != m.Text {
					t.Fatalf("bad offsets %d:%d for %q", m.Start, m.End, m.Text)
				}
				got = append(got, m.Text+"="+m.Refs[0].Kind.String()+":"+m.Refs[0].ID)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestUserFileMerge(t *testing.T) {
	dir := t.TempDir()
	user := filepath.Join(dir, "user.tsv")
	os.WriteFile(user, []byte("# my additions\n"+
		"id\tname\taliases\tgender\n"+
		"sergey-lavrov\t\tSergej Lawrow\t\n"+
		"walid-muallem\tWalid Muallem\tWalid al-Moallem|Muallem\tm\n"+
		"\nperson\ttitle\tcountry\tsector\torg\tstart\tend\n"+
		"walid-muallem\tForeign Minister\tSYR\tGOV\t\t2006-02\t2020-11-16\n"), 0o644)
	k := loadMini(t, user)
	p, ok := k.Person("sergey-lavrov")
	if !ok || p.Name != "Sergey Lavrov" {
		t.Fatalf("merged person lost its name: %+v", p)
	}
	if got := k.Lookup("Sergej Lawrow"); len(got) != 1 || got[0].ID != "sergey-lavrov" {
		t.Errorf("user alias not merged: %v", got)
	}
	if rs := k.RolesAt("walid-muallem", date(t, "2013-09-10")); len(rs) != 1 || rs[0].Country != "SYR" {
		t.Errorf("user role: %v", rs)
	}
	if len(k.Matcher().Find("Walid al-Moallem said")) != 1 {
		t.Error("user alias not in the automaton")
	}
}

// TestPersonCountry: people.tsv's optional country column is read, merged
// and written; files with the four-column header still read.
func TestPersonCountry(t *testing.T) {
	user := filepath.Join(t.TempDir(), "user.tsv")
	os.WriteFile(user, []byte("id\tname\taliases\tgender\tcountry\n"+
		"yulia-skripal\tYulia Skripal\t\tf\tRUS\n"+
		"sergey-lavrov\t\t\t\t\n"), 0o644)
	k := loadMini(t, user)
	if p, ok := k.Person("yulia-skripal"); !ok || p.Country != "RUS" || p.Gender != "f" {
		t.Errorf("person with a country: %+v", p)
	}
	if p, ok := k.Person("sergey-lavrov"); !ok || p.Country != "" || p.Name != "Sergey Lavrov" {
		t.Errorf("four-column person merged with an empty country: %+v", p)
	}
	var buf bytes.Buffer
	rows := &Rows{People: []Person{{ID: "yulia-skripal", Name: "Yulia Skripal", Gender: "f", Country: "RUS"}}}
	if err := WriteTSV(&buf, rows); err != nil {
		t.Fatal(err)
	}
	r, err := ReadTSV("written", &buf)
	if err != nil || len(r.People) != 1 || r.People[0].Country != "RUS" {
		t.Errorf("round trip: %+v, %v", r, err)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{"no header", "sergey\tSergey\n", "bad.tsv:1: not a known table header"},
		{"too many fields", "id\tname\taliases\tgender\n# c\nx\ty\tz\tm\textra\n", "bad.tsv:3: people row has 5 fields"},
		{"bad gender", "id\tname\taliases\tgender\nx\tX\t\tq\n", "bad.tsv:2: gender"},
		{"bad person country", "id\tname\taliases\tgender\tcountry\nx\tX\t\tf\tRussia\n", "bad.tsv:2: country code"},
		{"a row wider than its header", "id\tname\taliases\tgender\nx\tX\t\tf\tRUS\n", "bad.tsv:2: people row has 5 fields, want at most 4"},
		{"bad date", "person\ttitle\tcountry\tsector\torg\tstart\tend\nx\tT\tRUS\tGOV\t\t2019-13-01\t\n", "bad.tsv:2: start"},
		{"bad code", "person\ttitle\tcountry\tsector\torg\tstart\tend\nx\tT\tRussia\tGOV\t\t\t\n", "bad.tsv:2: country code"},
		{"end before start", "person\ttitle\tcountry\tsector\torg\tstart\tend\nx\tT\tRUS\tGOV\t\t2019\t2018\n", "bad.tsv:2: end"},
		{"unknown person", "person\ttitle\tcountry\tsector\torg\tstart\tend\n\nnobody\tT\tRUS\tGOV\t\t2019\t\n", "bad.tsv:3: role of unknown person"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := filepath.Join(t.TempDir(), "bad.tsv")
			os.WriteFile(f, []byte(tc.content), 0o644)
			_, err := Load(context.Background(), Options{NoBundled: true, UserFiles: []string{f}})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
	if _, err := Load(context.Background(), Options{NoBundled: true, UserFiles: []string{"testdata/missing.tsv"}}); err == nil {
		t.Error("missing file: no error")
	}
}

func TestPartialDates(t *testing.T) {
	tests := []struct {
		in   string
		end  bool
		want string
		err  bool
	}{
		{"2018", false, "2018-01-01", false},
		{"2018", true, "2018-12-31", false},
		{"2016-02", true, "2016-02-29", false},
		{"2016-02", false, "2016-02-01", false},
		{"2016-02-30", false, "", true},
		{"18-02-01", false, "", true},
		{"2016-2-01", false, "", true},
		{"", false, "", false},
	}
	for _, tc := range tests {
		d, err := parsePartialDate(tc.in, tc.end)
		if (err != nil) != tc.err || d.String() != tc.want {
			t.Errorf("parsePartialDate(%q, %v) = %v, %v; want %q", tc.in, tc.end, d, err, tc.want)
		}
	}
}

func TestWriteTSVRoundTrip(t *testing.T) {
	b, _ := os.ReadFile("testdata/mini.tsv")
	r, err := ReadTSV("mini", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteTSV(&buf, r); err != nil {
		t.Fatal(err)
	}
	r2, err := ReadTSV("written", &buf)
	if err != nil {
		t.Fatalf("re-reading written TSV: %v\n%s", err, buf.String())
	}
	if !reflect.DeepEqual(r, r2) {
		t.Errorf("round trip differs:\n%+v\n%+v", r, r2)
	}
}

func TestBundledLoads(t *testing.T) {
	start := time.Now()
	k, err := Load(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("bundled KB loaded in %v (one cold load; see BenchmarkLoad)", time.Since(start))
	for _, p := range k.People() {
		for _, r := range p.Roles {
			if r.Country != "" && r.Country != "IGO" {
				if _, ok := k.Country(r.Country); !ok {
					t.Errorf("%s: role %q in unknown country %q", p.ID, r.Title, r.Country)
				}
			}
		}
	}
	t.Logf("bundled KB: %d countries, %d orgs, %d people, %d titles, %d bodies, %d names",
		len(k.Countries()), len(k.Orgs()), len(k.People()), len(k.Titles()), len(k.Bodies()), len(k.names.patterns))
}

func BenchmarkLoad(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		if _, err := Load(ctx, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	k, err := Load(context.Background(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("Russian Foreign Minister Sergey Lavrov told reporters in Moscow that the Kremlin "+
		"was ready for talks with the United States, while Syrian rebels and Turkish troops clashed near the border. ", 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		k.Matcher().Find(text)
	}
}

func FuzzReadTSV(f *testing.F) {
	b, _ := os.ReadFile("testdata/mini.tsv")
	f.Add(string(b))
	f.Add("id\tname\taliases\tgender\nx\t\t|\tm\n")
	f.Add("person\ttitle\tcountry\tsector\torg\tstart\tend\nx\t\t\t\t\t2019-02\t2019\n")
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ReadTSV("fuzz", strings.NewReader(s))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteTSV(&buf, r); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadTSV("again", &buf); err != nil {
			t.Fatalf("written rows do not read back: %v\n%q", err, buf.String())
		}
		if k, err := New(context.Background(), r); err == nil {
			k.Matcher().Find(s)
		}
	})
}
