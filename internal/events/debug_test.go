package events

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
)

// TestDebug prints the reading of DATELINE_EVENTS_DEBUG (sentences separated
// by '|', each its own article), placed by DATELINE_EVENTS_PLACE if set.
func TestDebug(t *testing.T) {
	s := os.Getenv("DATELINE_EVENTS_DEBUG")
	if s == "" {
		t.Skip("set DATELINE_EVENTS_DEBUG")
	}
	var run func(*dateline.Article)
	if devActors != nil {
		run = devActors(t)
	}
	for _, s := range strings.Split(s, "|") {
		a := article(t, s, "2019-03-14")
		if dl := os.Getenv("DATELINE_EVENTS_PLACE"); dl != "" {
			a.Dateline = &dateline.Dateline{Place: dl} // the dateline's city
		}
		if run != nil {
			a.Mentions, a.Entities = nil, nil
			run(a)
		}
		for _, m := range a.Mentions {
			e := dateline.Entity{}
			if m.Entity >= 0 {
				e = a.Entities[m.Entity]
			}
			t.Logf("mention %q kind=%s mcountry=%s -> %s %s %s/%s", m.Text, m.Kind, m.Country, e.Name, e.Type, e.Country, e.Sector)
		}
		st, err := New(Options{Places: testGazetteer(t), DomesticTargets: true})
		if err != nil {
			t.Fatal(err)
		}
		for si := range a.Sentences {
			r := st.newReader(a, si)
			var b strings.Builder
			for i, tk := range r.toks {
				b.WriteString(tk.text + "/" + tk.tag)
				if r.at[i] >= 0 {
					b.WriteString("[" + r.matches[r.at[i]].p.Type + "]")
				}
				b.WriteString("{" + string(rune('0'+r.clauseOf[i])) + "} ")
			}
			t.Log(b.String())
			for ci, c := range r.clauses {
				t.Logf("clause %d kind=%d parent=%d speech=%d cond=%v", ci, c.kind, c.parent, c.speech, c.cond)
			}
			t.Logf("tail=%d spk=%+v", r.tail, r.tailSpk)
		}
		if err := st.Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		for _, ev := range a.Events {
			t.Logf("   %s  %q", brief(ev), a.SpanText(ev.Trigger))
		}
	}
}
