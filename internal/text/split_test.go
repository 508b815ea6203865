package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func sentencesOf(s string) []string {
	var out []string
	for _, sp := range splitSentences(s) {
		out = append(out, s[sp.start:sp.end])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The talks ended. Both sides left.", []string{"The talks ended.", "Both sides left."}},
		{"US", "The U.S. State Department said nothing. It declined to comment.",
			[]string{"The U.S. State Department said nothing.", "It declined to comment."}},
		{"US at end", "Moscow blamed the U.S. The claim was denied.",
			[]string{"Moscow blamed the U.S.", "The claim was denied."}},
		{"titles", "Gen. Mark Milley met Mr. Shoigu and Sen. John McCain. They spoke.",
			[]string{"Gen. Mark Milley met Mr. Shoigu and Sen. John McCain.", "They spoke."}},
		{"months", "The vote is set for Jan. 5 and Sept. 12, officials said. No date was given.",
			[]string{"The vote is set for Jan. 5 and Sept. 12, officials said.", "No date was given."}},
		{"number", "He lives at No. 10 Downing Street. He left.",
			[]string{"He lives at No. 10 Downing Street.", "He left."}},
		{"initials", "The novel by J.R.R. Tolkien sold well. George W. Bush read it.",
			[]string{"The novel by J.R.R. Tolkien sold well.", "George W. Bush read it."}},
		{"quote before cue", `"We will respond," he said. The ministry agreed.`,
			[]string{`"We will respond," he said.`, "The ministry agreed."}},
		{"quote two sentences", `He said: "We will respond. We are ready." Officials nodded.`,
			[]string{`He said: "We will respond.`, `We are ready."`, "Officials nodded."}},
		{"curly quotes", "He said: “We will respond. We are ready.” Officials nodded.",
			[]string{"He said: “We will respond.", "We are ready.”", "Officials nodded."}},
		{"question with cue", `"Why not?" Putin asked. He smiled.`,
			[]string{`"Why not?" Putin asked.`, "He smiled."}},
		{"exclamation lowercase", `"Stop!" he shouted at them. They ran.`,
			[]string{`"Stop!" he shouted at them.`, "They ran."}},
		{"question", "Is the war over? Nobody knows.", []string{"Is the war over?", "Nobody knows."}},
		{"ellipsis inside", "The situation is … difficult, he said. Talks go on.",
			[]string{"The situation is … difficult, he said.", "Talks go on."}},
		{"ellipsis three dots", "We waited... and waited. Then it came.",
			[]string{"We waited... and waited.", "Then it came."}},
		{"ellipsis end", "We will see… The army is ready.", []string{"We will see…", "The army is ready."}},
		{"ellipsis name", "Talks with … Moscow resumed.", []string{"Talks with … Moscow resumed."}},
		{"decimal", "Growth was 3.5 percent in 2019. It slowed.", []string{"Growth was 3.5 percent in 2019.", "It slowed."}},
		{"am pm", "The blast came at 9 a.m. Tuesday near the port. It killed two.",
			[]string{"The blast came at 9 a.m. Tuesday near the port.", "It killed two."}},
		{"company", "He joined Acme Inc. The firm grew.", []string{"He joined Acme Inc.", "The firm grew."}},
		{"company name continues", "Acme Corp. Chairman Lee spoke.", []string{"Acme Corp. Chairman Lee spoke."}},
		{"paren close", "The vote passed (52-48). It now goes to the House.",
			[]string{"The vote passed (52-48).", "It now goes to the House."}},
		{"sentence in parens", "The vote passed. (The House voted later.) It is law.",
			[]string{"The vote passed.", "(The House voted later.)", "It is law."}},
		{"url", "See example.com for more. Thanks.", []string{"See example.com for more.", "Thanks."}},
		{"lowercase after e.g.", "Some states, e.g. France, agreed.", []string{"Some states, e.g. France, agreed."}},
		{"digit start", "The toll rose. 12 people died.", []string{"The toll rose.", "12 people died."}},
		{"no terminator", "Russia warns US over Syria strikes", []string{"Russia warns US over Syria strikes"}},
		{"spaces", "  One.   Two.  ", []string{"One.", "Two."}},
		{"empty", "", nil},
		{"only space", "   \n ", nil},
		{"tass dateline", "WASHINGTON, September 5. /TASS/. The US will respond.",
			[]string{"WASHINGTON, September 5. /TASS/.", "The US will respond."}},
		{"single quotes", "He said: 'It is over.' They left.", []string{"He said: 'It is over.'", "They left."}},
		{"list number", "1. The first point.", []string{"1. The first point."}},
		{"St", "He flew to St. Petersburg. It rained.", []string{"He flew to St. Petersburg.", "It rained."}},
		// fixed bugs (found comparing with prose on news text)
		{"ellipsis after period", "NATO may be obsolete. ... NATO was set up long ago.", []string{"NATO may be obsolete.", "... NATO was set up long ago."}},
		{"two capitals are not a title", "He spoke to RT. The network aired it.", []string{"He spoke to RT.", "The network aired it."}},
		{"Rev. and Sens.", "The Rev. Jesse Jackson met Sens. Jon Tester and Brown v. Board of Education came up.",
			[]string{"The Rev. Jesse Jackson met Sens. Jon Tester and Brown v. Board of Education came up."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentencesOf(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{"The U.S. said. He left.", `"Why?" he asked.`, "… …", "a.b. C", "\xff. A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range splitSentences(s) {
			if sp.start < prev || sp.end <= sp.start || sp.end > len(s) {
				t.Fatalf("bad span %v after %d in %q", sp, prev, s)
			}
			if utf8.ValidString(s) && (!utf8.ValidString(s[sp.start:sp.end])) {
				t.Fatalf("span %v cuts a rune in %q", sp, s)
			}
			if strings.TrimSpace(s[sp.start:sp.end]) != s[sp.start:sp.end] {
				t.Fatalf("span %v not trimmed in %q", sp, s)
			}
			prev = sp.end
		}
	})
}
