package kb

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestImportPhoenix(t *testing.T) {
	f, err := os.Open("testdata/phoenix.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, st, err := ImportPhoenix(f)
	if err != nil {
		t.Fatal(err)
	}
	people := map[string]Person{}
	for _, p := range rows.People {
		people[p.ID] = p
	}
	rudolf, ok := people["rudolf-elphberg"]
	if !ok {
		t.Fatalf("no rudolf-elphberg in %+v", rows.People)
	}
	if rudolf.Name != "Rudolf Elphberg" || strings.Join(rudolf.Aliases, "|") != "King Rudolf|Rudolf V. Elphberg" {
		t.Errorf("rudolf = %+v", rudolf)
	}
	if p, ok := people["flavia-de-strelsau"]; !ok || p.Name != "Flavia de Strelsau" {
		t.Errorf("flavia = %+v", p)
	}
	if p, ok := people["albert-mbeki"]; !ok || p.Aliases[0] != "Secretary-General Mbeki" {
		t.Errorf("mbeki = %+v", p)
	}
	var roles []string
	for _, r := range rows.Roles {
		roles = append(roles, r.Person+" "+r.Country+" "+r.Sector+" "+r.Org+" "+r.Start.String()+"/"+r.End.String())
	}
	want := []string{
		"rudolf-elphberg RRT GOV  1995-01-01/2003-12-31",
		"rudolf-elphberg RRT ELI  2004-01-01/",
		"flavia-de-strelsau RRT GOV  /1999-12-31",
		"albert-mbeki IGO  UNO 2007-01-01/2016-12-31",
	}
	if strings.Join(roles, "\n") != strings.Join(want, "\n") {
		t.Errorf("roles:\n%s\nwant:\n%s", strings.Join(roles, "\n"), strings.Join(want, "\n"))
	}
	orgs := map[string]Org{}
	for _, o := range rows.Orgs {
		orgs[o.ID] = o
	}
	tests := []struct {
		id, name, aliases, typ, country, sector string
	}{
		{"un", "UN", "", "ORG", "IGO", ""},
		{"un-secretary-general", "UN Secretary General", "UNSG", "ORG", "IGO", ""},
		{"aden-islamic-army", "Aden Islamic Army", "AIA|Jaysh Adan|Army of Aden", "GROUP", "", "REB"},
		{"ruritanian-national-army", "Ruritanian National Army", "RNA|RNA Navy", "ORG", "RRT", "MIL"},
		{"old-name", "Old Name", "New Name", "ORG", "RRT", "GOV"},
	}
	for _, tc := range tests {
		o, ok := orgs[tc.id]
		if !ok {
			t.Errorf("no org %q in %+v", tc.id, rows.Orgs)
			continue
		}
		if o.Name != tc.name || strings.Join(o.Aliases, "|") != tc.aliases || o.Type != tc.typ || o.Country != tc.country || o.Sector != tc.sector {
			t.Errorf("org %s = %+v, want %+v", tc.id, o, tc)
		}
	}
	if len(rows.Bodies) != 1 || rows.Bodies[0].Sector != "AGR" || strings.Join(rows.Bodies[0].Nouns, "|") != "agriculturalist|farmer" {
		t.Errorf("bodies = %+v", rows.Bodies)
	}
	if st.Places != 1 || st.BadCodes != 1 || st.NoCode != 1 || st.People != 3 || st.Orgs != 5 || st.Agents != 1 {
		t.Errorf("stats = %+v", st)
	}

	// The rows load as a user file over the bundled KB.
	var buf bytes.Buffer
	if err := WriteTSV(&buf, rows); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "phoenix.tsv")
	os.WriteFile(file, buf.Bytes(), 0o644)
	k, err := Load(context.Background(), Options{NoBundled: true, UserFiles: []string{file}})
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if ms := k.Matcher().Find("King Rudolf met Secretary-General Mbeki"); len(ms) != 2 {
		t.Errorf("matches = %+v", ms)
	}
}

// TestImportPhoenixShared runs the importer over the real dictionaries in
// ../shared/data/phoenix when they are there, and reports counts.
func TestImportPhoenixShared(t *testing.T) {
	dir := os.Getenv("DATELINE_PHOENIX")
	if dir == "" {
		dir = "../../../shared/data/phoenix"
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skip("no Phoenix dictionaries at", dir)
	}
	var all Rows
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		rows, st, err := ImportPhoenix(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		t.Logf("%s: %+v", filepath.Base(name), *st)
		merge(&all, rows)
	}
	var buf bytes.Buffer
	if err := WriteTSV(&buf, &all); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "phoenix.tsv")
	os.WriteFile(file, buf.Bytes(), 0o644)
	start := time.Now()
	k, err := Load(context.Background(), Options{UserFiles: []string{file}})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("bundled + phoenix: %d people, %d orgs, %d bodies, %d names, loaded in %v",
		len(k.People()), len(k.Orgs()), len(k.Bodies()), len(k.names.patterns), time.Since(start))
}

func FuzzImportPhoenix(f *testing.F) {
	b, _ := os.ReadFile("testdata/phoenix.txt")
	f.Add(string(b))
	f.Add("A_ [USAGOV 990101-]\n+B\n\t[IGO >0]\n")
	f.Add("X\nY\n[~]\n+[ZZZ <000229]")
	f.Fuzz(func(t *testing.T, s string) {
		rows, _, err := ImportPhoenix(strings.NewReader(s))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteTSV(&buf, rows); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadTSV("imported", &buf); err != nil {
			t.Fatalf("imported rows do not read back: %v\n%q", err, buf.String())
		}
	})
}
