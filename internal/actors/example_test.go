package actors_test

import (
	"context"
	"fmt"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/actors"
	"github.com/dateline-news/dateline/internal/kb"
)

func ExampleStage_Run() {
	k, err := kb.Load(context.Background(), kb.Options{NoBundled: true, UserFiles: []string{"testdata/kb.tsv"}})
	if err != nil {
		panic(err)
	}
	st, err := actors.New(k)
	if err != nil {
		panic(err)
	}
	a := &dateline.Article{Body: "Syrian Foreign Minister Walid Muallem met Sergei Lavrov in Moscow. " +
		"Muallem said the top diplomat had promised help."}
	if err := st.Run(context.Background(), a); err != nil {
		panic(err)
	}
	for _, e := range a.Entities {
		fmt.Printf("%s (%s, %s):", e.Name, e.Type, e.Country)
		for _, m := range e.Mentions {
			fmt.Printf(" %q", m.Text)
		}
		fmt.Println()
	}
	// Output:
	// Syria (PLACE, SYR): "Syrian"
	// Walid Muallem (PERSON, SYR): "Walid Muallem" "Muallem"
	// Sergei Lavrov (PERSON, RUS): "Sergei Lavrov" "the top diplomat"
	// Moscow (PLACE, RUS): "Moscow"
}
