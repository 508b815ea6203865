package pipeline_test

import (
	"context"
	"fmt"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/pipeline"
)

// Build the pipe once, then process articles with it.
func ExampleNew() {
	p, err := pipeline.New(context.Background(), pipeline.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	story := "Lavrov says Moscow will keep talking to Ankara\n\n" +
		"MOSCOW, April 9. /TASS/. Russian Foreign Minister Sergey Lavrov told reporters on Tuesday " +
		"that Moscow would keep in close contact with Ankara on Idlib.\n\n" +
		"\"We have no other way,\" the top diplomat stressed.\n"
	a, err := p.Process(context.Background(), dateline.Raw{Source: "story.txt", Format: "text", Bytes: []byte(story)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Headline)
	fmt.Println(a.Dateline.Place, a.Dateline.Agency)
	for _, q := range a.Quotes {
		fmt.Printf("%s (%s, %q): %s\n", q.Speaker.Name, q.Kind, q.Speaker.Mention, q.Text)
	}
	// Output:
	// Lavrov says Moscow will keep talking to Ankara
	// MOSCOW TASS
	// Sergey Lavrov (indirect, "Lavrov"): Moscow will keep talking to Ankara
	// Sergey Lavrov (indirect, "Russian Foreign Minister Sergey Lavrov"): Moscow would keep in close contact with Ankara on Idlib
	// Sergey Lavrov (direct, "the top diplomat"): We have no other way
}
