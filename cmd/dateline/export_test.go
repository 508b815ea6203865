package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/sqlite"
	"github.com/dateline-news/dateline/internal/storekit"
)

// fullExport is the export as it was written before it streamed: every
// event loaded with one Events call, then written.
func fullExport(t *testing.T, st dateline.Store, q dateline.EventQuery, format string) string {
	t.Helper()
	q.Limit = -1
	evs, err := st.Events(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	switch format {
	case "plover":
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		for _, e := range evs {
			if err := enc.Encode(ploverRecord(e)); err != nil {
				t.Fatal(err)
			}
		}
	case "csv":
		w := csv.NewWriter(&b)
		w.Write(csvHeader)
		for _, e := range evs {
			w.Write(csvRow(e))
		}
		w.Flush()
	}
	return b.String()
}

// TestExportStreams: the export, which reads events a batch at a time
// (Store.EachEvent), writes the same bytes as loading them all did, for a
// store of more than two batches of events, some reported by several
// articles, some undated, with names, entities and places, in both formats
// and with filters. The bytes are checked against the sha256 of what the
// export gave before it streamed (dateline 7c2dab1, which loaded every
// event with one Events call) and against fullExport.
func TestExportStreams(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	types := []string{"CONSULT", "ACCUSE", "ASSAULT"}
	countries := []string{"RUS", "TUR", "IRN", "USA"}
	perArticle := 40
	articles := 5 * storekit.EventBatch / perArticle
	for i := range articles {
		// Two articles a day: they report the same events.
		d := dateline.Date{Year: 2021, Month: 1, Day: 1}.AddDays(i / 2)
		body := fmt.Sprintf(`Minister %d said "talks & <strikes>" went on, =1+1.`, i)
		a := &dateline.Article{ID: fmt.Sprintf("s%03d", i), Source: "s.txt", Headline: "Talks", Body: body, Published: d,
			Sentences: []dateline.Sentence{{Span: dateline.Span{Field: dateline.InBody, End: len(body)}}},
			Entities: []dateline.Entity{{ID: "sergey-lavrov", Name: "Sergey Lavrov", Type: dateline.Person, Country: "RUS", Sector: "GOV",
				Mentions: []dateline.Mention{{Span: dateline.Span{Field: dateline.InBody, End: 8}, Text: "Minister"}}}},
		}
		for j := range perArticle {
			e := dateline.Event{Type: types[(i+j)%3], Date: d, Mode: dateline.Asserted, Quote: -1,
				Source: &dateline.EventActor{Name: "Sergey Lavrov", Entity: 0, Country: "RUS", Sector: "GOV"},
				// A side with no country is keyed by its name.
				Target:  &dateline.EventActor{Name: fmt.Sprintf("Side %d", j), Entity: -1},
				Trigger: dateline.Span{Field: dateline.InBody, Start: 0, End: 8}}
			if j%4 == 0 {
				e.Target.Country = countries[j/4%4]
			}
			if j%5 == 0 {
				e.Place = &dateline.Location{Name: "Idlib", Country: "SYR", Lat: 35.93, Lon: -36.63}
			}
			if j%7 == 0 {
				e.Date = dateline.Date{}
			}
			if j%3 == 0 {
				e.Mode = dateline.Reported
			}
			a.Events = append(a.Events, e)
		}
		if _, err := st.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	all, err := st.Events(ctx, dateline.EventQuery{Page: dateline.Page{Limit: -1}})
	if err != nil {
		t.Fatal(err)
	}
	several := 0
	for _, e := range all {
		if e.Reports > 1 {
			several++
		}
	}
	if len(all) <= 2*storekit.EventBatch || several == 0 {
		t.Fatalf("%d events, %d with several reports: want more than %d, some with several", len(all), several, 2*storekit.EventBatch)
	}
	for _, tt := range []struct {
		args   []string
		q      dateline.EventQuery
		plover string // sha256 of the export before it streamed (re-pinned when storekit.EventKey folded a state's sectors: event ids changed)
		csv    string
	}{
		{nil, dateline.EventQuery{},
			"2272df591ae84ade21ec4dcb00f371141396cf57c36332c4b5e6cb0c846a6040",
			"1c1321f826ba6530b097c3b9a76dbb63e6938fc3c0abad6afc7ca7e51f9e92f1"},
		{[]string{"--type", "ACCUSE"}, dateline.EventQuery{Type: "ACCUSE"},
			"b453294d85711323bcdf0ac22cb24027dc6e8308055f8d8904ef0054cd863105",
			"34f179ac6206a012bd9cd37a67672ef08168ad7a8d0f8e8f4f52fb0afead5c5a"},
		{[]string{"--source", "lavrov", "--from", "2021-01-10"}, dateline.EventQuery{Source: "lavrov",
			Dates: dateline.DateRange{From: dateline.Date{Year: 2021, Month: 1, Day: 10}}},
			"3e602252c0c4217ff5909e54e9574574f1d9838fb4808c649bfee7511827911a",
			"93e51d90ab5f0d3ebb4c587470176df3549887c058377e499b77169f3f894d97"},
	} {
		for _, format := range []string{"plover", "csv"} {
			t.Run(format+strings.Join(tt.args, ""), func(t *testing.T) {
				got, _, err := run(t, append([]string{"export", "--db", db, "--format", format}, tt.args...)...)
				if err != nil {
					t.Fatal(err)
				}
				sum := map[string]string{"plover": tt.plover, "csv": tt.csv}[format]
				if fmt.Sprintf("%x", sha256.Sum256([]byte(got))) != sum {
					t.Errorf("export (%d bytes) is not what the export gave before it streamed", len(got))
				}
				if want := fullExport(t, st, tt.q, format); got != want {
					t.Errorf("export of %d bytes differs from the full-load export of %d bytes", len(got), len(want))
				}
			})
		}
	}
}

// TestExportPlaceWithNoPoint: a place with no known point (0, 0 in the
// store) is exported with null coordinates (PLOVER) or empty cells (CSV).
func TestExportPlaceWithNoPoint(t *testing.T) {
	for _, tt := range []struct {
		name          string
		g             dateline.EventGroup
		json, lat, lo string
	}{
		{"no point", dateline.EventGroup{ID: "e1", Type: "ASSAULT", Place: "Jonglei", PlaceCountry: "SSD"},
			`{"name":"Jonglei","country":"SSD","lat":null,"lon":null}`, "", ""},
		{"point", dateline.EventGroup{ID: "e2", Type: "ASSAULT", Place: "Idlib", PlaceCountry: "SYR", Lat: 35.9306, Lon: 36.6339},
			`{"name":"Idlib","country":"SYR","lat":35.9306,"lon":36.6339}`, "35.9306", "36.6339"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(ploverRecord(tt.g).Location)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tt.json {
				t.Errorf("PLOVER location = %s, want %s", b, tt.json)
			}
			row := csvRow(tt.g)
			if row[12] != tt.lat || row[13] != tt.lo {
				t.Errorf("CSV %s, %s = %q, %q; want %q, %q", csvHeader[12], csvHeader[13], row[12], row[13], tt.lat, tt.lo)
			}
		})
	}
}
