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
		plover string // sha256 of the export before it streamed
		csv    string
	}{
		{nil, dateline.EventQuery{},
			"f93d8ac955ddcd3cda924377ccc8baca6d81ff4ce8178168daff6395b2587b6a",
			"8bad83edf64a2c9067cbb04d79f84d71c9ca2eb939fc24f27efc80cd18e94a03"},
		{[]string{"--type", "ACCUSE"}, dateline.EventQuery{Type: "ACCUSE"},
			"1d473d0e5a12189500769d30f876332d0870ead5e2716f794a542e16b7fd5c1a",
			"53788b527344481bcb8ee8972da01d494952ff6366487af98f41747d8db8fb47"},
		{[]string{"--source", "lavrov", "--from", "2021-01-10"}, dateline.EventQuery{Source: "lavrov",
			Dates: dateline.DateRange{From: dateline.Date{Year: 2021, Month: 1, Day: 10}}},
			"a656066efac6947b560b714ea52fbf6096a6a3c013395f94b44e0b6634c66958",
			"7e4ed42e5f5c00d592849e038f7ac7232696499aa031491c3178ac33f79036ca"},
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
