package events

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/kb"
	"github.com/dateline-news/dateline/internal/places"
	"github.com/dateline-news/dateline/internal/quotes"
)

// devActors, when set (by a file built with -tags actors), runs the real
// actors stage; otherwise kbMentions stands in for it.
var devActors func(t *testing.T) func(*dateline.Article)

// TestPloverDev runs the landed stages and this one over the PLOVER dev
// documents and writes contract-shaped JSON Lines for ../shared/eval/score.py:
//
//	DATELINE_PLOVER_DEV=/work/shared/data/plover/dev DATELINE_EVENTS_OUT=/tmp/ev.jsonl \
//	  go test -run TestPloverDev ./internal/events/
//	python3 /work/shared/eval/score.py events /work/shared/data/plover/dev /tmp/ev.jsonl
func TestPloverDev(t *testing.T) {
	dir, out := os.Getenv("DATELINE_PLOVER_DEV"), os.Getenv("DATELINE_EVENTS_OUT")
	if dir == "" || out == "" {
		t.Skip("set DATELINE_PLOVER_DEV and DATELINE_EVENTS_OUT to run")
	}
	ctx := context.Background()
	g, err := places.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st, err := New(Options{Places: g, DomesticTargets: os.Getenv("DATELINE_DOMESTIC") != ""})
	if err != nil {
		t.Fatal(err)
	}
	q, err := quotes.New(quotes.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var actorsRun func(*dateline.Article)
	if devActors != nil {
		actorsRun = devActors(t)
	} else {
		k, err := kb.Load(ctx, kb.Options{})
		if err != nil {
			t.Fatal(err)
		}
		actorsRun = func(a *dateline.Article) { kbMentions(k, a) }
	}
	files, _ := filepath.Glob(filepath.Join(dir, "docs", "*.txt"))
	sort.Strings(files)
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	type side struct {
		Name    string `json:"name"`
		Country string `json:"country"`
		Sector  string `json:"sector"`
	}
	type event struct {
		Type    string `json:"type"`
		Source  *side  `json:"source"`
		Target  *side  `json:"target"`
		Mode    string `json:"mode"`
		Trigger string `json:"trigger"`
		Date    string `json:"date"`
		Place   string `json:"place,omitempty"`
	}
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		body := strings.TrimSpace(string(b))
		a := &dateline.Article{Body: body, Paragraphs: []dateline.Span{{Field: dateline.InBody, Start: 0, End: len(body)}}}
		if err := textStageForTest(t).Run(ctx, a); err != nil {
			t.Fatal(err)
		}
		actorsRun(a)
		if err := q.Run(ctx, a); err != nil {
			t.Fatal(err)
		}
		if err := st.Run(ctx, a); err != nil {
			t.Fatal(err)
		}
		evs := []event{}
		for _, ev := range a.Events {
			e := event{Type: ev.Type, Mode: ev.Mode, Trigger: a.SpanText(ev.Trigger), Date: ev.Date.String()}
			if ev.Source != nil {
				e.Source = &side{ev.Source.Name, ev.Source.Country, ev.Source.Sector}
			}
			if ev.Target != nil {
				e.Target = &side{ev.Target.Name, ev.Target.Country, ev.Target.Sector}
			}
			if ev.Place != nil {
				e.Place = ev.Place.Name + "/" + ev.Place.Country
			}
			evs = append(evs, e)
		}
		if err := enc.Encode(map[string]any{"source": filepath.Base(path), "events": evs}); err != nil {
			t.Fatal(err)
		}
	}
}

// kbMentions stands in for the actors stage while it is not there: every
// KB name in the body becomes a mention, with the country and sector the KB
// gives.
func kbMentions(k *kb.KB, a *dateline.Article) {
	ent := map[string]int{}
	for _, m := range k.Matcher().Find(a.Body) {
		var fa fakeActor
		id := ""
		for _, r := range m.Refs {
			switch r.Kind {
			case kb.KindCountry:
				fa, id = fakeActor{r.ID, "", dateline.Place, dateline.MentionName}, r.ID
			case kb.KindDemonym:
				fa, id = fakeActor{r.ID, "", dateline.Place, dateline.MentionDemonym}, r.ID
			case kb.KindCapital, kb.KindMetonym:
				fa, id = fakeActor{r.ID, "GOV", dateline.Org, dateline.MentionMetonym}, r.ID+"/GOV"
			case kb.KindOrg:
				if o, ok := k.Org(r.ID); ok {
					fa, id = fakeActor{o.Country, o.Sector, o.Type, dateline.MentionName}, r.ID
				}
			case kb.KindPerson:
				if p, ok := k.Person(r.ID); ok && len(p.Roles) > 0 {
					fa, id = fakeActor{p.Roles[0].Country, p.Roles[0].Sector, dateline.Person, dateline.MentionName}, r.ID
				}
			}
			if id != "" {
				break
			}
		}
		if id == "" {
			continue
		}
		ei, ok := ent[id]
		if !ok {
			a.Entities = append(a.Entities, dateline.Entity{ID: id, Name: m.Name, Type: fa.typ, Country: fa.country, Sector: fa.sector})
			ei = len(a.Entities) - 1
			ent[id] = ei
		}
		mm := dateline.Mention{Span: dateline.Span{Field: dateline.InBody, Start: m.Start, End: m.End}, Text: m.Text, Kind: fa.kind, Entity: ei, Country: fa.country}
		a.Mentions = append(a.Mentions, mm)
	}
}
