package events

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/quotes"
)

var (
	fuzzOnce   sync.Once
	fuzzQuotes *quotes.Stage
	fuzzDom    *Stage
	fuzzErr    error
)

// fuzzStages builds the quotes stage and an events stage with domestic
// targets and the gazetteer once.
func fuzzStages(t testing.TB) (*quotes.Stage, *Stage) {
	fuzzOnce.Do(func() {
		if fuzzQuotes, fuzzErr = quotes.New(quotes.Options{}); fuzzErr != nil {
			return
		}
		fuzzDom, fuzzErr = New(Options{Places: testGazetteer(t), DomesticTargets: true})
	})
	if fuzzErr != nil {
		t.Fatal(fuzzErr)
	}
	return fuzzQuotes, fuzzDom
}

// checkEvents reports the events of a that break what any event must
// satisfy, whatever the text.
func checkEvents(t *testing.T, a *dateline.Article) {
	t.Helper()
	actorOK := func(what string, i int, x *dateline.EventActor) {
		if x == nil {
			return
		}
		if x.Country == "" && x.Name == "" {
			t.Errorf("event %d: %s has neither country nor name: %+v", i, what, *x)
		}
		if x.Entity < -1 || x.Entity >= len(a.Entities) {
			t.Errorf("event %d: %s entity %d out of range [-1,%d)", i, what, x.Entity, len(a.Entities))
		}
		if x.Span != (dateline.Span{}) {
			if n := len(a.Text(x.Span.Field)); x.Span.Start < 0 || x.Span.Start > x.Span.End || x.Span.End > n {
				t.Errorf("event %d: %s span %+v outside its field (%d bytes)", i, what, x.Span, n)
			}
		}
	}
	for i, ev := range a.Events {
		if !isPlover(ev.Type) {
			t.Errorf("event %d: type %q", i, ev.Type)
		}
		switch ev.Mode {
		case dateline.Asserted, dateline.Reported, dateline.Hypothetical, dateline.Negated:
		default:
			t.Errorf("event %d: mode %q", i, ev.Mode)
		}
		if ev.Quote < -1 || ev.Quote >= len(a.Quotes) {
			t.Errorf("event %d: quote %d out of range [-1,%d)", i, ev.Quote, len(a.Quotes))
		}
		if ev.Sentence < 0 || ev.Sentence >= len(a.Sentences) {
			t.Errorf("event %d: sentence %d out of range [0,%d)", i, ev.Sentence, len(a.Sentences))
		} else if s := a.Sentences[ev.Sentence].Span; !s.Contains(ev.Trigger) || ev.Trigger.Start > ev.Trigger.End {
			t.Errorf("event %d: trigger %+v outside its sentence %+v", i, ev.Trigger, s)
		}
		actorOK("source", i, ev.Source)
		actorOK("target", i, ev.Target)
	}
}

// FuzzEvents runs the text stage, the stand-in actors, the quotes stage and
// this stage over odd sentence shapes. It checks no quality, only that
// nothing panics or hangs and that every event is well formed.
func FuzzEvents(f *testing.F) {
	for _, s := range []string{
		"",
		"\"",
		",",
		"\" , \"",
		"Russia accused Turkey of shelling.",
		"Russia met with",
		"Kenya expelled diplomats from three countries, including",
		"Kenya expelled diplomats from three countries, including Israel, Iran and Ukraine.",
		"him",
		"Him Russia attacked.",
		"Lavrov later telephoned him again.",
		"Sergei Lavrov and Mike Pompeo were in Sochi on Monday.\n\nLavrov later telephoned him again.",
		"Lavrov, the first foreign minister to visit since the blast, met Kenyan President Moi and Kenyan lawmakers.",
		", to visit, met",
		"Thousands of protesters marched on Saturday, with police firing tear gas at demonstrators.",
		"with police firing",
		"Protesters rallied outside the Israeli embassy in Nairobi.",
		"embassy",
		"Kenyan officials said Israeli strikes hit power plants across the country.",
		"Egypt rejected accusations by the European Union that Cairo had endangered the lives of passengers.",
		"Egypt dismissed Kenya's claims that",
		"claims that",
		"accusations by",
		"According to Egypt, the Kenyan side \"continues to hide the facts\" and refuses consular access.",
		"Kenya continues to",
		"Pompeo said Russia had not withdrawn its troops from Syria.",
		"Kenya asked the United Nations for help, and the United Nations said it would send peacekeeping forces.",
		"Pompeo said Kenya must comply with the resolution.\n\nPompeo said that if it did not, the consequences would be serious.",
		"An airstrike killed 33 Kenyan soldiers in Idlib on Thursday.\n\nKenya blamed Israel and said it would respond.",
		"talks between Russia, Turkey, Iran, Syria, Egypt, Kenya, Israel, Ukraine, China, Japan, Brazil, France, Germany and Britain",
		"Russia, Turkey, Iran, Syria, Egypt, Kenya, Israel, Ukraine, China, Japan, Brazil, France, Germany, Britain, the UN, NATO, Hamas and Hezbollah accused Russia, Turkey, Iran, Syria, Egypt, Kenya, Israel, Ukraine, China, Japan, Brazil, France, Germany, Britain, the UN, NATO, Hamas and Hezbollah of attacking.",
		"\"Israeli jets bombed Gaza overnight,\" Hamas said.",
		"\u201cIsraeli jets bombed Gaza,\u201d Hamas said, \u201cand",
		"Kenya gave the Syrian ambassador 72 hours to leave the country.",
		"The United Nations failed to act.\n\nKenya called on the council to respond in unity.",
		"Moscow denied that its jets had struck Idlib and accused militants of shelling, Lavrov said.",
	} {
		f.Add("", s, "", false)
	}
	f.Add("Russia vows to respond to new U.S. sanctions", "Russia accused Turkey of shelling.", "MOSCOW", true)
	f.Add("", "Syrian missile strikes hit power plants across the country on Monday.", "NAIROBI", true)
	f.Add("\"", "Kenyan police arrested 40 people.", "NAIROBI", true)
	f.Fuzz(func(t *testing.T, headline, body, place string, domestic bool) {
		q, dom := fuzzStages(t)
		st := testStage(t)
		if domestic {
			st = dom
		}
		a := &dateline.Article{Headline: headline, Body: body, Published: dateline.Date{Year: 2019, Month: 3, Day: 14}}
		start := 0
		for _, p := range strings.Split(body, "\n\n") {
			a.Paragraphs = append(a.Paragraphs, dateline.Span{Field: dateline.InBody, Start: start, End: start + len(p)})
			start += len(p) + 2
		}
		if place != "" {
			a.Dateline = &dateline.Dateline{Place: place}
		}
		ctx := context.Background()
		if err := textStageForTest(t).Run(ctx, a); err != nil {
			t.Skip(err) // the text stage's own fuzz target covers it
		}
		fakeMentions(a, testActors)
		if err := q.Run(ctx, a); err != nil {
			t.Skip(err)
		}
		begin := time.Now()
		if err := st.Run(ctx, a); err != nil {
			t.Fatal(err)
		}
		if d := time.Since(begin); d > 10*time.Second {
			t.Errorf("events took %v over %d bytes", d, len(headline)+len(body))
		}
		checkEvents(t, a)
	})
}
