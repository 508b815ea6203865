package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline"
)

// BenchmarkEvents lists events from a store of 100,800 event reports (14,400
// articles of 7 events over 4 years, 5 types, 6 countries): a page of the
// newest, and pages filtered as the CLI and the server ask. The store is made
// by SQL and given its event ids by the upgrade at open.
//
//	go test ./internal/sqlite -run '^$' -bench Events -benchmem
func BenchmarkEvents(b *testing.B) {
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "big.db")
	s, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	for _, q := range []string{
		`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 14400)
		 INSERT INTO articles (id, source, body, doc, published, ingested)
		 SELECT 'a' || i, 's' || i, 'body', '{}', date('2015-01-01', '+' || (i / 10) || ' days'), '' FROM n`,
		`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 14400),
		 m(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM m WHERE j < 6)
		 INSERT INTO events (article, idx, type, source_name, source_entity, source_country, target_name, target_country, date, place, mode, text)
		 SELECT 'a' || i, j, json_extract('["ACCUSE","CONSULT","ASSAULT","AGREE","REQUEST"]', '$[' || ((i + j) % 5) || ']'),
		   'Minister ' || ((i * 7 + j) % 40), 'minister-' || ((i * 7 + j) % 40),
		   json_extract('["RUS","USA","TUR","IRN","SYR","UKR"]', '$[' || ((i * 3 + j) % 6) || ']'), 'Someone',
		   json_extract('["RUS","USA","TUR","IRN","SYR","UKR"]', '$[' || ((i + j * 5) % 6) || ']'),
		   date('2015-01-01', '+' || (i / 10 + j % 2) || ' days'), json_extract('["Moscow","Idlib",null]', '$[' || (j % 3) || ']'),
		   json_extract('["asserted","reported","negated"]', '$[' || ((i + j) % 3) || ']'),
		   'A sentence as long as a wire sentence is, which the event was read from, number ' || i
		 FROM n, m`,
		`UPDATE events SET gid = NULL`,
	} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
	s.Close()
	if s, err = Open(ctx, path); err != nil { // assigns the reports to events
		b.Fatal(err)
	}
	defer s.Close()
	for _, bb := range []struct {
		name string
		q    dateline.EventQuery
	}{
		{"newest", dateline.EventQuery{}},
		{"type", dateline.EventQuery{Type: "ASSAULT"}},
		{"entity", dateline.EventQuery{Source: "minister-3"}},
		{"pair", dateline.EventQuery{Source: "RUS", Target: "TUR"}},
		{"dates", dateline.EventQuery{Dates: dateline.DateRange{From: dateline.Date{Year: 2017, Month: 1, Day: 1}, To: dateline.Date{Year: 2017, Month: 6, Day: 30}}}},
	} {
		b.Run(bb.name, func(b *testing.B) {
			for b.Loop() {
				if evs, err := s.Events(ctx, bb.q); err != nil || len(evs) == 0 {
					b.Fatalf("events = %d, %v", len(evs), err)
				}
			}
		})
	}
}
