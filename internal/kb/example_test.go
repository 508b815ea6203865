package kb_test

import (
	"context"
	"fmt"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/kb"
)

func ExampleMatcher_Find() {
	k, err := kb.Load(context.Background(), kb.Options{NoBundled: true, UserFiles: []string{"testdata/mini.tsv"}})
	if err != nil {
		panic(err)
	}
	text := "Russian Foreign Minister Sergey Lavrov said the Kremlin was ready."
	for _, m := range k.Matcher().Find(text) {
		fmt.Println(m.Start, m.End, m.Text, m.Refs[0].Kind, m.Refs[0].ID)
	}
	// Output:
	// 0 7 Russian demonym RUS
	// 8 24 Foreign Minister title foreign minister
	// 25 38 Sergey Lavrov person sergey-lavrov
	// 44 55 the Kremlin metonym RUS
}

func ExampleKB_RolesAt() {
	k, err := kb.Load(context.Background(), kb.Options{NoBundled: true, UserFiles: []string{"testdata/mini.tsv"}})
	if err != nil {
		panic(err)
	}
	for _, d := range []string{"2017-07-01", "2019-09-05"} {
		day, _ := dateline.ParseDate(d)
		for _, r := range k.RolesAt("mike-pompeo", day) {
			fmt.Println(d, r.Title, r.Country, r.Sector)
		}
	}
	// Output:
	// 2017-07-01 CIA Director USA SPY
	// 2019-09-05 Secretary of State USA GOV
}
