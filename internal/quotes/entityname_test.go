package quotes

import (
	"testing"

	"github.com/dateline-news/dateline"
)

// A person the actors stage knows only by a role noun gives a speaker no
// name (the contract forbids role nouns as names); a body named by its
// common noun and a named person keep theirs.
func TestEntityName(t *testing.T) {
	a := &dateline.Article{Entities: []dateline.Entity{
		{Name: "chairman", Type: dateline.Person},
		{Name: "health ministry", Type: dateline.Org},
		{Name: "Sergei Lavrov", Type: dateline.Person},
	}}
	for i, want := range []string{"", "health ministry", "Sergei Lavrov"} {
		if got := entityName(a, i); got != want {
			t.Errorf("entityName(%q) = %q, want %q", a.Entities[i].Name, got, want)
		}
	}
}
