package text

import (
	"os"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tokenize"
)

// TestTaggerSameAsProse checks that Tagger gives the tags prose's tagger
// gives, on the test article and on sentences with the tokens prose tags
// outside its model.
func TestTaggerSameAsProse(t *testing.T) {
	fast, err := NewTagger()
	if err != nil {
		t.Fatal(err)
	}
	prose, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	sentences := []string{
		"Russia's foreign minister said on Tuesday that talks with the U.S.-led coalition would resume in 2019.",
		"The company's shares rose 3.5% to $12.40, or €11, in e-mail trading - a record.",
		"\"We will respond,\" he told reporters at 0 hours, citing -LRB- sources -RRB- and *T*-1 traces.",
		"Supporters posted :-) and xD and 8-D and O.o and XDD after the vote, tagging @UN and @ and *.",
		"SYRIAN REBELS SEIZE TOWN AS U.N. ENVOY WARNS OF 'CATASTROPHE'",
		"Protesters chanted „Freedom“ and «Out» -- then … silence ... in Kyiv’s centre.",
		"-123 +1999 1999 2,000 9/11 #MeToo A-B -- --- -x-",
		"",
	}
	b, err := testdataArticle()
	if err != nil {
		t.Fatal(err)
	}
	for _, para := range strings.Split(b, "\n\n") {
		for _, sp := range splitSentences(para) {
			sentences = append(sentences, para[sp.start:sp.end])
		}
	}
	tk := newTokenizer()
	for _, sent := range sentences {
		toks := tk.Tokenize(sent)
		for i := range toks {
			toks[i].Text = treebankForm(sent, toks[i])
		}
		want := append([]tokenize.Token(nil), toks...)
		prose.TagTokens(want)
		got := append([]tokenize.Token(nil), toks...)
		fast.TagTokens(got)
		for i := range want {
			if got[i].Tag != want[i].Tag {
				t.Errorf("%q: token %q tagged %s, prose %s", sent, got[i].Text, got[i].Tag, want[i].Tag)
			}
		}
	}
}

func TestOrdinary(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"minister", true}, {"U.S.", true}, {"Kyiv’s", true}, {"3.5%", true}, {"$12.40", true},
		{"-", true}, {"``", true}, {"--", true}, {"", true}, {"„Freedom“", true},
		{"0", false}, {"*", false}, {"@", false}, {"@UN", false}, {"*T*-1", false}, {"-LRB-", false},
		{":-)", false}, {"xD", false}, {"XDD", false}, {"8-D", false}, {"O.o", false}, {"^___^", false},
	}
	for _, tt := range tests {
		if got := ordinary(tt.word); got != tt.want {
			t.Errorf("ordinary(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func BenchmarkTagger(b *testing.B) {
	s, err := testdataArticle()
	if err != nil {
		b.Fatal(err)
	}
	fast, err := NewTagger()
	if err != nil {
		b.Fatal(err)
	}
	tk := newTokenizer()
	var sents [][]tokenize.Token
	for _, para := range strings.Split(s, "\n\n") {
		for _, sp := range splitSentences(para) {
			sents = append(sents, tk.Tokenize(para[sp.start:sp.end]))
		}
	}
	for b.Loop() {
		for _, toks := range sents {
			fast.TagTokens(toks)
		}
	}
}

// testdataArticle is the body of the test article.
func testdataArticle() (string, error) {
	b, err := os.ReadFile("testdata/article.txt")
	return string(b), err
}
