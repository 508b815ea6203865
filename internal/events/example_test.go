package events_test

import (
	"context"
	"fmt"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/events"
)

// An article whose sentence, tokens and mentions earlier stages have
// filled: "Turkey accused Syria of shelling." with Turkey and Syria linked.
func Example() {
	body := "Turkey accused Syria of shelling."
	a := &dateline.Article{Body: body, Published: dateline.Date{Year: 2019, Month: 3, Day: 14}}
	a.Sentences = []dateline.Sentence{{Span: dateline.Span{Field: dateline.InBody, Start: 0, End: len(body)}}}
	a.Entities = []dateline.Entity{
		{ID: "TUR", Name: "Turkey", Type: dateline.Org, Country: "TUR"},
		{ID: "SYR", Name: "Syria", Type: dateline.Org, Country: "SYR"},
	}
	a.Mentions = []dateline.Mention{
		{Span: dateline.Span{Field: dateline.InBody, Start: 0, End: 6}, Text: "Turkey", Kind: dateline.MentionName, Entity: 0},
		{Span: dateline.Span{Field: dateline.InBody, Start: 15, End: 20}, Text: "Syria", Kind: dateline.MentionName, Entity: 1},
	}
	st, err := events.New(events.Options{})
	if err != nil {
		panic(err)
	}
	if err := st.Run(context.Background(), a); err != nil {
		panic(err)
	}
	for _, ev := range a.Events {
		fmt.Println(ev.Type, ev.Source.Name, "->", ev.Target.Name, ev.Mode, ev.Date, a.SpanText(ev.Trigger))
		fmt.Println(events.Key(ev, a))
	}
	// Output:
	// ACCUSE Turkey -> Syria asserted 2019-03-14 accused
	// ACCUSE|2019-03-14|TUR/|SYR/|
}
