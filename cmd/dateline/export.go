package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/contract"
)

func newExportCmd() *cobra.Command {
	var db, format, output, from, to string
	var q dateline.EventQuery
	var dyadic bool
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write stored events as PLOVER JSON or CSV",
		Long: `export writes the stored events, one per real-world event (reports of the same
event by several articles are merged and counted; an event's id is the same in
every export and stays as reports of it are added), as PLOVER JSON Lines
(the PLOVER manual's field names: id, date, source, target, event, mode, context,
eventText, text, location; each side also gives its knowledge-base entity id,
the same however an article spells the name) or as a flat CSV table. Two fields
differ from the manual's use: mode holds how the text tells the event
(asserted, reported, hypothetical, negated), not PLOVER's event sub-mode, and
context is filled only where the event lexicon names one (mostly empty). A CSV
cell that a spreadsheet would run as a formula (one starting with = + - @, a
tab or a carriage return) is written after an apostrophe, so that it is read
as text; numbers are written as they are.`,
		Example: `  dateline export --format plover > events.jsonl
  dateline export --format csv --type ASSAULT -o assaults.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if q.Dates, err = parseRange(from, to); err != nil {
				return err
			}
			if err := checkEventQuery(&q); err != nil {
				return err
			}
			q.Limit = -1 // every event, in one pass
			if format != "plover" && format != "json" && format != "csv" {
				return fmt.Errorf("--format %q: want plover or csv", format)
			}
			return withOutput(cmd, output, func(out io.Writer) error {
				return exportEvents(cmd, db, q, format, dyadic, out)
			})
		},
	}
	storeFlags(cmd, &db)
	cmd.Flags().StringVar(&format, "format", "plover", "plover (JSON Lines) or csv")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to `FILE` instead of standard output")
	eventFlags(cmd, &q, &from, &to)
	cmd.Flags().BoolVar(&dyadic, "dyadic", false, dyadicUsage)
	return cmd
}

// exportEvents writes every event matching q as the store reads them
// (Store.EachEvent), so that memory stays bounded whatever the number of
// events; output is buffered and flushed at the end.
func exportEvents(cmd *cobra.Command, db string, q dateline.EventQuery, format string, dyadic bool, out io.Writer) error {
	return withStore(cmd, db, func(st dateline.Store) error {
		bw := bufio.NewWriterSize(out, 64<<10)
		if err := writeEvents(cmd.Context(), st, q, format, dyadic, bw); err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		return nil
	})
}

// writeEvents writes the events of st matching q to w in format (plover,
// json or csv), one at a time; with dyadic, only those whose source and
// target both have a country.
func writeEvents(ctx context.Context, st dateline.Store, q dateline.EventQuery, format string, dyadic bool, w io.Writer) error {
	var write func(dateline.EventGroup) error
	finish := func() error { return nil }
	switch format {
	case "plover", "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		write = func(e dateline.EventGroup) error { return enc.Encode(ploverRecord(e)) }
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(csvHeader); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		write = func(e dateline.EventGroup) error { return cw.Write(csvRow(e)) }
		finish = func() error {
			cw.Flush()
			return cw.Error()
		}
	default:
		return fmt.Errorf("--format %q: want plover or csv", format)
	}
	// A write error is the export's; a store error comes named by the store.
	err := st.EachEvent(ctx, q, func(e dateline.EventGroup) error {
		if dyadic && (e.Source.Country == "" || e.Target.Country == "") {
			return nil
		}
		if err := write(e); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := finish(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

type ploverActor struct {
	Name    *string `json:"actor"`
	Country *string `json:"country"`
	Sector  *string `json:"sector"`
	// Entity is the knowledge base's id of the actor, the same however an
	// article spells the name ("Sergei" or "Sergey Lavrov": sergey-lavrov).
	Entity *string `json:"entity"`
}

type ploverLocation struct {
	Name    string   `json:"name"`
	Country *string  `json:"country"`
	Lat     *float64 `json:"lat"` // null when the place has no known point
	Lon     *float64 `json:"lon"`
}

type ploverEvent struct {
	ID        string          `json:"id"`
	Date      *string         `json:"date"`
	Source    *ploverActor    `json:"source"`
	Target    *ploverActor    `json:"target"`
	Event     string          `json:"event"`
	Mode      string          `json:"mode"`
	Context   []string        `json:"context"`
	EventText *string         `json:"eventText"`
	Text      string          `json:"text"`
	Location  *ploverLocation `json:"location"`
	Reports   int             `json:"reports"`
	Articles  []string        `json:"articles"`
}

func ptr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func ploverActorOf(a dateline.EventActor, entity string) *ploverActor {
	if a.Name == "" && a.Country == "" {
		return nil
	}
	return &ploverActor{Name: ptr(a.Name), Country: ptr(a.Country), Sector: ptr(a.Sector), Entity: ptr(entity)}
}

func ploverRecord(e dateline.EventGroup) ploverEvent {
	p := ploverEvent{
		ID: e.ID, Date: ptr(e.Date.String()), Source: ploverActorOf(e.Source, e.SourceID), Target: ploverActorOf(e.Target, e.TargetID),
		Event: e.Type, Mode: e.Mode, Context: e.Context, EventText: ptr(e.Trigger), Text: e.Text,
		Reports: e.Reports, Articles: e.ArticleIDs,
	}
	if p.Context == nil {
		p.Context = []string{}
	}
	if e.Place != "" {
		p.Location = &ploverLocation{Name: e.Place, Country: ptr(e.PlaceCountry)}
		p.Location.Lat, p.Location.Lon = contract.Point(e.Lat, e.Lon)
	}
	return p
}

// csvHeader names the CSV columns; columns are only ever added at the end.
var csvHeader = []string{"id", "date", "event", "mode", "source_name", "source_country", "source_sector",
	"target_name", "target_country", "target_sector", "place", "place_country", "lat", "lon", "reports", "event_text", "text", "articles",
	"source_entity", "target_entity", "context"}

func csvRow(e dateline.EventGroup) []string {
	coord := func(v float64) string {
		if e.Place == "" || e.Lat == 0 && e.Lon == 0 { // no place, or no point known
			return ""
		}
		return strconv.FormatFloat(v, 'f', 4, 64)
	}
	row := []string{e.ID, e.Date.String(), e.Type, e.Mode, e.Source.Name, e.Source.Country, e.Source.Sector,
		e.Target.Name, e.Target.Country, e.Target.Sector, e.Place, e.PlaceCountry, coord(e.Lat), coord(e.Lon),
		strconv.Itoa(e.Reports), e.Trigger, e.Text, strings.Join(e.ArticleIDs, " "),
		e.SourceID, e.TargetID, strings.Join(e.Context, ";")}
	for i, c := range row {
		row[i] = csvCell(c)
	}
	return row
}

// csvCell guards a cell against spreadsheet formula injection: a cell that
// Excel, LibreOffice or Google Sheets would run as a formula (one starting
// with =, +, -, @, a tab or a carriage return, as OWASP lists them; a
// sentence or a name read from an article can) gets a leading apostrophe, so
// that it is read as text (the apostrophe may show). A number (a negative
// longitude) is left as it is, so that it stays a number.
func csvCell(c string) string {
	if c == "" || !strings.ContainsRune("=+-@\t\r", rune(c[0])) || isNumber(c) {
		return c
	}
	return "'" + c
}

// isNumber reports whether c is a plain decimal number: an optional sign
// and digits with at most one point.
func isNumber(c string) bool {
	i := 0
	if i < len(c) && (c[i] == '-' || c[i] == '+') {
		i++
	}
	digits, point := 0, false
	for ; i < len(c); i++ {
		switch {
		case c[i] >= '0' && c[i] <= '9':
			digits++
		case c[i] == '.' && !point:
			point = true
		default:
			return false
		}
	}
	return digits > 0
}
