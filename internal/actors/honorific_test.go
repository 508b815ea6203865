package actors

import (
	"testing"

	"github.com/dateline-news/dateline"
)

// TestStyleHonorific checks that a Malaysian honorific style before a
// name ("Datuk Seri", "Tan Sri", "Tun Dr") marks a person's name and is no
// part of it.
func TestStyleHonorific(t *testing.T) {
	k := bundled(t)
	tests := []struct{ name, body, want string }{ // want: the person's name and role
		{"a title, a style in two words and a name of three", "Home Minister Datuk Seri Razali Osman Bakar said the two men had been deported.",
			"Razali Osman Bakar|Home Minister"},
		{"a style with an apostrophe", "Deputy Minister Dato' Sri Azman Karim told reporters the talks would resume.",
			"Azman Karim|Deputy Minister"},
		{"a style opening the sentence, with no title", "Tan Sri Rahim Zulkifli said the court's ruling had to be respected.",
			"Rahim Zulkifli|"},
		{"a style followed by Dr", "Tun Dr Ismail Hamzah, a former minister, said the bill went too far.",
			"Ismail Hamzah|Former Minister"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			a.Dateline = &dateline.Dateline{Place: "KUALA LUMPUR"}
			runStage(t, k, a)
			var got []string
			for _, e := range a.Entities {
				if e.Type != dateline.Person {
					continue
				}
				title := ""
				for _, m := range e.Mentions {
					if m.Kind == dateline.MentionName && m.Title != "" {
						title = m.Title
						break
					}
				}
				got = append(got, e.Name+"|"+title)
				if e.Name+"|"+title == tc.want {
					return
				}
			}
			t.Errorf("no person %q in %v", tc.want, got)
		})
	}
}
