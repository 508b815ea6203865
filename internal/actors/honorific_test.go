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

// TestAppositiveOffice checks the title an appositive after a name gives
// the name's mention: the KB office the person holds in the body the
// appositive names ("secretary of Iran's Supreme National Security
// Council"), and the office named after a membership ("a member of … and
// director of …").
func TestAppositiveOffice(t *testing.T) {
	k := bundled(t)
	tests := []struct{ name, body, mention, want string }{
		{"the KB office in the body named", "Ali Shamkhani, secretary of Iran's Supreme National Security Council, told reporters the talks had gone well.",
			"Ali Shamkhani", "Secretary of the Supreme National Security Council"},
		{"a membership before the office", "Wang Yi, a member of the Political Bureau of the CPC Central Committee and director of the Office of the Central Foreign Affairs Commission, met the envoy on Monday.",
			"Wang Yi", "Director of the Central Foreign Affairs Commission Office"},
		{"a membership before an office the KB does not give the person", "Zhou Ping, a member of the provincial standing committee and governor of Hebei, said the floods had receded.",
			"Zhou Ping", "Governor of Hebei"},
		{"a minister of state is no cabinet minister", "Faisal bin Mohammed Al-Rashed, minister of state, said the delegation would stay another day.",
			"Faisal bin Mohammed Al-Rashed", "Minister of State"},
		{"a membership alone is no office", "Zhou Ping, a member of the provincial standing committee, said the floods had receded.",
			"Zhou Ping", "member"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			a.Dateline = &dateline.Dateline{Place: "BEIJING"}
			runStage(t, k, a)
			for _, m := range a.Mentions {
				if m.Text == tc.mention && m.Kind == dateline.MentionName {
					if m.Title != tc.want {
						t.Errorf("title of %q = %q, want %q", tc.mention, m.Title, tc.want)
					}
					return
				}
			}
			t.Errorf("no name mention %q in %v", tc.mention, a.Mentions)
		})
	}
}
