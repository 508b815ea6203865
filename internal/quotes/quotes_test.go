package quotes

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/text"
)

func newStage(t testing.TB) *Stage {
	t.Helper()
	st, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// run builds an article from text (first line headline, blank-line
// paragraphs) and runs the stage.
func run(t testing.TB, st *Stage, text string) *dateline.Article {
	t.Helper()
	a := plainArticle(text)
	if err := prepare(a); err != nil {
		t.Fatal(err)
	}
	if err := st.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return a
}

// want is one expected quote: its text (or a prefix ending in "…"), kind,
// speaker mention and cue; empty fields are not checked.
type want struct {
	text, kind, mention, name, cue string
	parts                          int
	parent                         int // -1 none, -2 unchecked
}

func match(q dateline.Quote, w want) bool {
	if strings.HasSuffix(w.text, "…") {
		if !strings.HasPrefix(q.Text, strings.TrimSuffix(w.text, "…")) {
			return false
		}
	} else if q.Text != w.text {
		return false
	}
	if w.kind != "" && q.Kind != w.kind {
		return false
	}
	if w.mention != "" && q.Speaker.Mention != w.mention {
		return false
	}
	if w.name != "" && q.Speaker.Name != w.name {
		return false
	}
	if w.cue != "" && q.Cue != w.cue {
		return false
	}
	if w.parts != 0 && len(q.Parts) != w.parts {
		return false
	}
	if w.parent != -2 && q.Parent != w.parent {
		return false
	}
	return true
}

func TestConstructions(t *testing.T) {
	st := newStage(t)
	cases := []struct {
		name string
		text string // headline line, blank line, body
		want []want
	}{
		{"straight double, cue after",
			"H\n\n\"We will not back down,\" Lavrov said.",
			[]want{{text: "We will not back down", kind: "direct", mention: "Lavrov", name: "Lavrov", cue: "said", parent: -1}}},
		{"curly, cue before with colon",
			"H\n\nLavrov said: “Washington has no business in Syria.”",
			[]want{{text: "Washington has no business in Syria.", kind: "direct", mention: "Lavrov", cue: "said", parent: -1}}},
		{"inverted cue with name after",
			"H\n\n“The talks were useful,” said Ayman Safadi, Jordan's foreign minister.",
			[]want{{text: "The talks were useful", kind: "direct", mention: "Ayman Safadi, Jordan's foreign minister", name: "Ayman Safadi", cue: "said", parent: -1}}},
		{"split around the cue",
			"H\n\n“We are ready,” he said, “but only if Kiev is ready too.”",
			[]want{{text: "We are ready, but only if Kiev is ready too.", kind: "direct", mention: "he", parts: 2, parent: -1}}},
		{"split over two sentences",
			"H\n\n“The sanctions failed,” Peskov said. “They only made us stronger.”",
			[]want{{text: "The sanctions failed, They only made us stronger.", mention: "Peskov", parts: 2, parent: -1}}},
		{"single quotes inside double",
			"H\n\n\"The deal is 'dead on arrival' in Congress,\" Smith said.",
			[]want{{text: "The deal is 'dead on arrival' in Congress", mention: "Smith", parent: -1}}},
		{"doubled apostrophes",
			"H\n\n''We regret nothing,'' Mr. Orban said on Friday.",
			[]want{{text: "We regret nothing", mention: "Mr. Orban", name: "Orban", parent: -1}}},
		{"guillemets",
			"H\n\n«Nous ne céderons pas sur ce point», Macron said.",
			[]want{{text: "Nous ne céderons pas sur ce point", mention: "Macron", parent: -1}}},
		{"low-high German marks",
			"H\n\n„Wir schaffen das nicht allein“, Scholz said.",
			[]want{{text: "Wir schaffen das nicht allein", mention: "Scholz", parent: -1}}},
		{"unbalanced mark does not derail the next quote",
			"H\n\nThe group called the plan \"a disgrace. The minister was unmoved.\n\n“We will go ahead,” the minister said.",
			[]want{{text: "We will go ahead", mention: "the minister", parent: -1}}},
		{"quote over two paragraphs",
			"H\n\n“The first phase is over,” Shoigu said. “The troops are returning to base.\n\n“The second phase begins on Monday.”",
			[]want{{text: "The first phase is over, The troops are returning to base. The second phase begins on Monday.", mention: "Shoigu", parts: 3, parent: -1}}},
		{"quote with no cue carries the speaker",
			"H\n\n“We are done negotiating,” Johnson said on Monday. Talks had lasted nine months. “Now we will see who blinks first.”",
			[]want{
				{text: "We are done negotiating", mention: "Johnson", parent: -1},
				{text: "Now we will see who blinks first.", mention: "Johnson", name: "Johnson", parent: -1},
			}},
		{"headline with says",
			"Russia must leave Syria within a month, Pompeo says\n\nBody text without quotes.",
			[]want{{text: "Russia must leave Syria within a month", kind: "indirect", mention: "Pompeo", cue: "says", parent: -1}}},
		{"headline with colon",
			"Lavrov: the West is playing with fire in Ukraine\n\nBody text without quotes.",
			[]want{{text: "the West is playing with fire in Ukraine", mention: "Lavrov", cue: ":", parent: -1}}},
		{"headline with the speaker after a colon",
			"China supports Kazakhstan's efforts to restore stability: spokesperson\n\nBody text without quotes.",
			[]want{{text: "China supports Kazakhstan's efforts to restore stability", kind: "indirect", mention: "spokesperson", cue: ":", parent: -1}}},
		{"headline in title case with a colon is no quote",
			"The One Thing Both Sides Want: Break Up Banks\n\nBody text without quotes.",
			nil},
		{"headline with a colon before a phrase is no quote",
			"Talks in Geneva: what we know\n\nBody text without quotes.",
			nil},
		{"time adjunct after the content is the reporter's",
			"H\n\nThe prime minister said he would resign by the autumn, hours after the vote count ended.",
			[]want{{text: "he would resign by the autumn", kind: "indirect", mention: "The prime minister", cue: "said", parent: -1}}},
		{"a relative that after the cue's adjunct is no content",
			"H\n\nRelations between the two countries are at a low point, the secretary of state said on Wednesday after talks in Moscow that exposed deep differences over Syria.",
			[]want{{text: "Relations between the two countries are at a low point", kind: "indirect", mention: "the secretary of state", cue: "said", parent: -1}}},
		{"that after a weekday and an adjunct opens the content",
			"H\n\nThe minister said on Monday after talks with his Greek counterpart that the border would reopen next week.",
			[]want{{text: "the border would reopen next week", kind: "indirect", mention: "The minister", cue: "said", parent: -1}}},
		{"an addressee after a weekday",
			"H\n\nThe senator said on Friday to a local radio station that he would vote for the bill.",
			[]want{{text: "he would vote for the bill", kind: "indirect", mention: "The senator", cue: "said", parent: -1}}},
		{"speaker's next act ends the content",
			"H\n\nThe president said the test was \"a grave provocation\" and ordered the army to raise its readiness.",
			[]want{{text: "the test was \"a grave provocation\"", kind: "mixed", mention: "The president", cue: "said", parent: -1}}},
		{"an addressee between a lead cue and that",
			"H\n\nThe president warned Congress that he would veto any bill that blocked the deal.",
			[]want{{text: "he would veto any bill that blocked the deal", kind: "indirect", mention: "The president", cue: "warned", parent: -1}}},
		{"speaker's next act of blame ends the content",
			"H\n\nThe defence ministry said 50 of its servicemen had died and blamed the rebels for the attack.",
			[]want{{text: "50 of its servicemen had died", kind: "indirect", mention: "The defence ministry", cue: "said", parent: -1}}},
		{"coordinated cue starts a second quote",
			"H\n\nThe minister said in Rome that the vote \"has no legal force\" and announced that Italy was recalling its ambassador.",
			[]want{
				{text: "the vote \"has no legal force\"", kind: "mixed", mention: "The minister", cue: "said", parent: -1},
				{text: "Italy was recalling its ambassador", kind: "indirect", mention: "The minister", cue: "announced", parent: -1},
			}},
		{"but he stressed that nothing",
			"H\n\nThe envoy said the talks had been useful, but he stressed that nothing had been agreed yet.",
			[]want{
				{text: "the talks had been useful", kind: "indirect", mention: "The envoy", cue: "said", parent: -1},
				{text: "nothing had been agreed yet", kind: "indirect", mention: "he", cue: "stressed", parent: -1},
			}},
		{"a weekday before the cue is no speaker",
			"H\n\nThe rights chief Volker Turk on Thursday called for an end to the \"cycle of revenge\" in the region, warning that the fighting could spread.",
			[]want{
				{text: "cycle of revenge", kind: "direct", mention: "The rights chief Volker Turk", cue: "called", parent: -1},
				{text: "the fighting could spread", kind: "indirect", cue: "warning", parent: -1},
			}},
		{"according to after a quotation's own cue adds no quote",
			"H\n\n“We condemn the seizure of power,” the minister said, according to his office.",
			[]want{{text: "We condemn the seizure of power", kind: "direct", mention: "the minister", cue: "said", parent: -1}}},
		{"according to between a clause and an adjunct: the clause",
			"H\n\nNearly a million people have fled the fighting since December, according to the United Nations, in the largest displacement of the war.",
			[]want{{text: "Nearly a million people have fled the fighting since December", kind: "indirect", mention: "the United Nations", cue: "according to", parent: -1}}},
		{"according to between an adverbial and a clause: the clause",
			"H\n\nIn the capital, according to the ministry, at least 40 people were detained.",
			[]want{{text: "at least 40 people were detained", kind: "indirect", mention: "the ministry", cue: "according to", parent: -1}}},
		{"according to a source with an appositive at the end",
			"H\n\nMore than 2 million people have fled the fighting, according to Jane Doe, a spokeswoman for the U.N. refugee agency.",
			[]want{{text: "More than 2 million people have fled the fighting", kind: "indirect", mention: "Jane Doe, a spokeswoman for the U.N. refugee agency", cue: "according to", parent: -1}}},
		{"according to a source with two appositives at the end",
			"H\n\nThe convoy reached the city on Monday, according to Ahmed Hassan, head of the local Red Crescent branch, who spoke by phone.",
			[]want{{text: "The convoy reached the city on Monday", kind: "indirect", mention: "Ahmed Hassan, head of the local Red Crescent branch, who spoke by phone", cue: "according to", parent: -1}}},
		{"according to a source with an appositive before the words",
			"H\n\nAccording to Olga Petrova, a lawmaker from the ruling party, the bill will pass next week.",
			[]want{{text: "the bill will pass next week", kind: "indirect", mention: "Olga Petrova, a lawmaker from the ruling party", cue: "According to", parent: -1}}},
		{"according to a source before words opening with a determiner",
			"H\n\nAccording to the ministry, the head of the delegation, who arrived on Monday, will stay until Friday.",
			[]want{{text: "the head of the delegation, who arrived on Monday, will stay until Friday", kind: "indirect", mention: "the ministry", cue: "According to", parent: -1}}},
		{"the reporter's adjunct after the words is not theirs",
			"H\n\nThe foreign ministry said the talks would resume next week, without elaborating. The minister said the budget would be cut, citing weak tax revenue.",
			[]want{
				{text: "the talks would resume next week", kind: "indirect", mention: "The foreign ministry", cue: "said", parent: -1},
				{text: "the budget would be cut", kind: "indirect", mention: "The minister", cue: "said", parent: -1},
			}},
		{"that after an aside opens the words",
			"H\n\nZakharova wrote on X, formerly Twitter, that the decision was absurd and would be answered.",
			[]want{{text: "the decision was absurd and would be answered", kind: "indirect", mention: "Zakharova", cue: "wrote", parent: -1}}},
		{"words that are one quotation after an aside are one direct quote",
			"H\n\nThe senator said, without evidence, that \"they are recruiting fighters with these videos.\"",
			[]want{{text: "they are recruiting fighters with these videos.", kind: "direct", mention: "The senator", cue: "said", parent: -1}}},
		{"according to ends an indirect content",
			"H\n\nThe ambassador told the council that the blockade \"must end now,\" according to a statement by his mission.",
			[]want{{text: "the blockade \"must end now,\"", kind: "mixed", mention: "The ambassador", cue: "told", parent: -1}}},
		{"possessive appositive",
			"H\n\nLiu Wei, China's deputy envoy to the UN in Vienna, told the board that the inspections should continue.",
			[]want{{text: "the inspections should continue", kind: "indirect", mention: "Liu Wei, China's deputy envoy to the UN in Vienna", cue: "told", parent: -1}}},
		{"as X vowed that Y",
			"H\n\nThe army command backed the new council on Friday, as the ousted president vowed that the constitution would be restored.",
			[]want{{text: "the constitution would be restored", kind: "indirect", mention: "the ousted president", cue: "vowed", parent: -1}}},
		{"coordinated cue after an appositive subject",
			"H\n\nMark Rutte, the caretaker prime minister, conceded that the result was \"painful,\" but insisted that no coalition could be formed without his party.",
			[]want{
				{text: "the result was \"painful,\"", kind: "mixed", mention: "Mark Rutte, the caretaker prime minister", cue: "conceded", parent: -1},
				{text: "no coalition could be formed without his party", kind: "indirect", mention: "Mark Rutte, the caretaker prime minister", cue: "insisted", parent: -1},
			}},
		{"plural possessive in the speaker's title",
			"H\n\nThe Liberals' deputy leader Anna Berg said her party would stay in opposition.",
			[]want{{text: "her party would stay in opposition", kind: "indirect", mention: "The Liberals' deputy leader Anna Berg", cue: "said", parent: -1}}},
		{"name in apposition to a role noun",
			"H\n\nThe opposition leader, Jan Kowalski of the Civic Platform, said his party would vote against the bill.",
			[]want{{text: "his party would vote against the bill", kind: "indirect", mention: "The opposition leader, Jan Kowalski of the Civic Platform", cue: "said", parent: -1}}},
		{"chief of staff after the quotation",
			"H\n\n« The army stands with the nation », army chief of staff General Omar Diallo said in a statement.",
			[]want{{text: "The army stands with the nation", kind: "direct", mention: "army chief of staff General Omar Diallo", cue: "said", parent: -1}}},
		{"perfect tense cue after the content",
			"H\n\nThe army has taken control of the capital, the country's defence minister has announced, following weeks of unrest.",
			[]want{{text: "The army has taken control of the capital", kind: "indirect", mention: "the country's defence minister", cue: "announced", parent: -1}}},
		{"nested attribution inside indirect speech",
			"H\n\nThe foreign minister said that Turkish Foreign Minister Mevlut Cavusoglu had told him in a phone call that Ankara would not close the straits.",
			[]want{
				{text: "Turkish Foreign Minister Mevlut Cavusoglu had told him in a phone call that Ankara would not close the straits", kind: "indirect", mention: "The foreign minister", cue: "said", parent: -1},
				{text: "Ankara would not close the straits", kind: "indirect", mention: "Turkish Foreign Minister Mevlut Cavusoglu", cue: "told", parent: 0},
			}},
		{"headline cue before a colon and a quotation",
			"Kishida warns Pyongyang after launch: 'This cannot be tolerated'\n\nBody text without quotes.",
			[]want{{text: "This cannot be tolerated", kind: "direct", mention: "Kishida", cue: "warns", parent: -1}}},
		{"coordinated sources after the content",
			"H\n\nA roadside bomb hit an army convoy near Kirkuk on Monday, killing two soldiers, police and army sources said.",
			[]want{{text: "A roadside bomb hit an army convoy near Kirkuk on Monday, killing two soldiers", kind: "indirect", mention: "police and army sources", cue: "said", parent: -1}}},
		{"rejected as a quoted name",
			"H\n\nThe union rejected the offer as \"an insult to every nurse in the country.\"",
			[]want{{text: "an insult to every nurse in the country.", kind: "direct", mention: "The union", cue: "rejected", parent: -1}}},
		{"indirect X said that Y",
			"H\n\nThe foreign minister said that talks with Tehran would resume next week.",
			[]want{{text: "talks with Tehran would resume next week", kind: "indirect", mention: "The foreign minister", cue: "said", parent: -1}}},
		{"indirect Y, X said",
			"H\n\nThe ceasefire was holding across most of the front, military officials said.",
			[]want{{text: "The ceasefire was holding across most of the front", kind: "indirect", mention: "military officials", parent: -1}}},
		{"indirect said X",
			"H\n\nThe border crossing would reopen on Friday, said Hugh Hill, a customs officer.",
			[]want{{text: "The border crossing would reopen on Friday", kind: "indirect", mention: "Hugh Hill, a customs officer", name: "Hugh Hill", parent: -1}}},
		{"indirect told reporters",
			"H\n\nErdogan told reporters Turkey would not allow a new refugee wave.",
			[]want{{text: "Turkey would not allow a new refugee wave", kind: "indirect", mention: "Erdogan", cue: "told", parent: -1}}},
		{"according to",
			"H\n\nAccording to the Syrian health ministry, 14 people died in the strike.",
			[]want{{text: "14 people died in the strike", kind: "indirect", mention: "the Syrian health ministry", cue: "According to", parent: -1}}},
		{"noted, stressed, warned, urged, reiterated, pointed out",
			"H\n\nMerkel noted that the deal had held for a decade. Macron stressed that Europe must act alone if needed. The Russian defense ministry warned that any strike would meet a response. Guterres urged that both sides return to talks. Peskov reiterated that Moscow was open to dialogue. Stoltenberg pointed out that no ally had been attacked.",
			[]want{
				{text: "the deal had held for a decade", cue: "noted", mention: "Merkel", parent: -1},
				{text: "Europe must act alone if needed", cue: "stressed", mention: "Macron", parent: -1},
				{text: "any strike would meet a response", cue: "warned", mention: "The Russian defense ministry", parent: -1},
				{text: "both sides return to talks", cue: "urged", mention: "Guterres", parent: -1},
				{text: "Moscow was open to dialogue", cue: "reiterated", mention: "Peskov", parent: -1},
				{text: "no ally had been attacked", cue: "pointed out", mention: "Stoltenberg", parent: -1},
			}},
		{"mixed quote",
			"H\n\nThe opposition leader said the vote was “a farce from start to finish.”",
			[]want{{text: "the vote was “a farce from start to finish.”", kind: "mixed", mention: "The opposition leader", parent: -1}}},
		{"nested attribution",
			"H\n\n“Pompeo stated in an interview that Russia and the US have different aims,” Lavrov said.",
			[]want{
				{text: "Pompeo stated in an interview that Russia and the US have different aims", kind: "direct", mention: "Lavrov", parent: -1},
				{text: "Russia and the US have different aims", kind: "indirect", mention: "Pompeo", cue: "stated", parent: 0},
			}},
		{"participle cue keeps the speaker",
			"H\n\n“Prices will fall,” Novak said, adding, “but not before the spring.”",
			[]want{
				{text: "Prices will fall", mention: "Novak", parent: -1},
				{text: "but not before the spring.", mention: "Novak", cue: "adding", parent: -1},
			}},
		{"transcript label",
			"H\n\nHOST: Will you run again? SMITH: I have not decided yet.",
			[]want{
				{text: "Will you run again?", mention: "HOST", cue: ":", parent: -1},
				{text: "I have not decided yet.", mention: "SMITH", cue: ":", parent: -1},
			}},
		{"naming cue with quoted fragments",
			"H\n\nThe senator calls his rivals \"losers\" and \"cowards.\"",
			[]want{{text: "losers cowards.", kind: "direct", mention: "The senator", cue: "calls", parts: 2, parent: -1}}},
		{"headline: a comma coordinating two acts of one subject",
			"Minister says rebels must return to talks, vows support for refugees\n\nBody text without quotes.",
			[]want{{text: "rebels must return to talks", kind: "indirect", mention: "Minister", cue: "says", parent: -1}}},
		{"headline: a quotation before a colon is the subject's",
			"\"We will respond\": Iran vows revenge for strike on consulate\n\nBody text without quotes.",
			[]want{{text: "We will respond", kind: "direct", mention: "Iran", cue: ":", parent: -1}}},
		{"headline: a quotation after the speaker's colon without its marks",
			"Zelenskiy: \"We will not give up an inch of our land\"\n\nBody text without quotes.",
			[]want{{text: "We will not give up an inch of our land", kind: "direct", mention: "Zelenskiy", cue: ":", parent: -1}}},
		{"headline: the addressee of tells before a name that opens the words",
			"Xi tells Biden Taiwan is \"the most dangerous issue\" in ties\n\nBody text without quotes.",
			[]want{{text: "Taiwan is \"the most dangerous issue\" in ties", kind: "mixed", mention: "Xi", cue: "tells", parent: -1}}},
		{"the addressee of told before a name that opens the words",
			"H\n\nPutin told Prime Minister Narendra Modi India would get more oil at a discount.",
			[]want{{text: "India would get more oil at a discount", kind: "indirect", mention: "Putin", cue: "told", parent: -1}}},
		{"headline: vowing a noun phrase is an act",
			"Iran vows revenge for strike on consulate in Damascus\n\nBody text without quotes.",
			nil},
		{"headline: the object of an act cue is no quote",
			"Medvedev announces end of operation to force Georgia to peace\n\nBody text without quotes.",
			nil},
		{"headline: a passive act cue is no quote",
			"Maduro declared election winner as opposition cries fraud\n\nBody text without quotes.",
			nil},
		{"headline: an act cue with a clause is a quote",
			"Court declares the election was rigged in three districts\n\nBody text without quotes.",
			[]want{{text: "the election was rigged in three districts", kind: "indirect", mention: "Court", cue: "declares", parent: -1}}},
		{"recalling ambassadors is no quote",
			"H\n\nFrance on Friday recalled its ambassadors to the United States and Australia for consultations, an unprecedented step against two allies.",
			nil},
		{"recalling a memory is a quote",
			"H\n\nThe senator recalled that the talks had failed twice before.",
			[]want{{text: "the talks had failed twice before", kind: "indirect", mention: "The senator", cue: "recalled", parent: -1}}},
		{"a short quotation after said and a colon",
			"H\n\nThe president, asked whether he had approved the invitation, said: «No comment».",
			[]want{{text: "No comment", kind: "direct", cue: "said", parent: -1}}},
		{"a short fragment with no colon is no quote of its own",
			"H\n\nThe president said he had \"no comment\" on the matter.",
			[]want{{text: "he had \"no comment\" on the matter", kind: "mixed", cue: "said", parent: -1}}},
		{"a request to act is no words reported",
			"H\n\nU.S. Secretary of State Antony Blinken urged Azerbaijani President Ilham Aliyev to halt hostilities in a phone call.",
			nil},
		{"a request not to act is no words reported",
			"H\n\nThe minister urged Moscow not to stand in the way of the talks.",
			nil},
		{"a request for help is no words reported",
			"H\n\nKazakh President Kassym-Jomart Tokayev on Wednesday asked the Collective Security Treaty Organization (CSTO) for help.",
			nil},
		{"headline: a request is no quote",
			"Zelenskiy urges allies to speed up air defence deliveries\n\nBody text without quotes.",
			nil},
		{"a request with the speaker's quoted words is a quote",
			"H\n\nMacron urged the country's leaders to carry out \"profound change.\"",
			[]want{{text: "the country's leaders to carry out \"profound change.\"", kind: "mixed", mention: "Macron", cue: "urged", parent: -1}}},
		{"a question asked is a quote",
			"H\n\nThe senator asked whether the talks would resume before the end of the year.",
			[]want{{text: "whether the talks would resume before the end of the year", kind: "indirect", mention: "The senator", cue: "asked", parent: -1}}},
		{"declaring someone the winner is an act, not words",
			"H\n\nThe electoral council declared President Nicolas Maduro the winner of Sunday's election on Monday, a result the opposition rejected.",
			nil},
		{"declaring a clause is words",
			"H\n\nThe court declared the vote in three districts had been rigged.",
			[]want{{text: "the vote in three districts had been rigged", kind: "indirect", mention: "The court", cue: "declared", parent: -1}}},
		{"conceding defeat is an act, not words",
			"H\n\nFar-right leader Marine Le Pen conceded defeat on Sunday night.",
			nil},
		{"claiming responsibility is an act, not words",
			"H\n\nThe group claimed responsibility for the attack on the base.",
			nil},
		{"continue with an object inside a quotation is no nested quote",
			"H\n\n\"The militants continue their attacks on our troops, and this is unacceptable,\" Peskov said.",
			[]want{{text: "The militants continue their attacks on our troops, and this is unacceptable", kind: "direct", mention: "Peskov", cue: "said", parent: -1}}},
		{"conceding a clause is words",
			"H\n\nThe minister conceded the talks had failed.",
			[]want{{text: "the talks had failed", kind: "indirect", mention: "The minister", cue: "conceded", parent: -1}}},
		{"it after a quotation is its speaker",
			"H\n\n\"This is a gross violation of our airspace,\" it said in a statement.",
			[]want{{text: "This is a gross violation of our airspace", kind: "direct", mention: "it", cue: "said", parent: -1}}},
		{"quoted as saying after a quotation",
			"H\n\n\"A ceasefire is in everyone's interest,\" he was quoted as saying.",
			[]want{{text: "A ceasefire is in everyone's interest", kind: "direct", mention: "he", cue: "was quoted as saying", parent: -1}}},
		{"quoted as saying before indirect words",
			"H\n\nPutin was quoted as saying that Moscow remained open to talks with Kyiv.",
			[]want{{text: "Moscow remained open to talks with Kyiv", kind: "indirect", mention: "Putin", cue: "was quoted as saying", parent: -1}}},
		{"a speaker's own promise inside the quotation is no nested quote",
			"H\n\n\"I have promised the president that I will come to Seoul before the end of the year,\" Kim said.",
			[]want{{text: "I have promised the president that I will come to Seoul before the end of the year", kind: "direct", mention: "Kim", cue: "said", parent: -1}}},
		{"we said inside the quotation is no nested quote",
			"H\n\n\"We have said many times that the mechanism violates the sovereignty of Syria,\" Nebenzia said.",
			[]want{{text: "We have said many times that the mechanism violates the sovereignty of Syria", kind: "direct", mention: "Nebenzia", cue: "said", parent: -1}}},
		{"words told inside other words are read once, inside them",
			"H\n\nPresident Tayyip Erdogan told Putin in a phone call that Ankara was ready to host new talks, the Turkish presidency said.",
			[]want{
				{text: "President Tayyip Erdogan told Putin in a phone call that Ankara was ready to host new talks", kind: "indirect", mention: "the Turkish presidency", cue: "said", parent: -1},
				{text: "Ankara was ready to host new talks", kind: "indirect", mention: "President Tayyip Erdogan", cue: "told", parent: 0},
			}},
		{"according to between the cue and the words",
			"H\n\nUkraine's foreign ministry said, according to the Interfax-Ukraine news agency, that Kyiv would send a delegation.",
			[]want{{text: "Kyiv would send a delegation", kind: "indirect", mention: "Ukraine's foreign ministry", cue: "said", parent: -1}}},
		{"a time adverbial after earlier stands between the cue and that",
			"H\n\nThe junta announced earlier in the day that it had freed the interim president.",
			[]want{{text: "it had freed the interim president", kind: "indirect", mention: "The junta", cue: "announced", parent: -1}}},
		{"words before a comma and it said are the body's",
			"H\n\nThe army said the border crossing was closed. Two soldiers were wounded in the clash, it said.",
			[]want{
				{text: "the border crossing was closed", kind: "indirect", mention: "The army", cue: "said", parent: -1},
				{text: "Two soldiers were wounded in the clash", kind: "indirect", mention: "it", cue: "said", parent: -1},
			}},
		{"a cue before 'on' or 'about' names a topic, not words",
			"H\n\nThe Kremlin spokesman also commented on a statement by US State Department Spokesman Ned Price, who condemned the detention of protesters and journalists and called on the authorities to release them.",
			nil},
		{"but 'about' before a number is 'some'",
			"H\n\nThe interior minister said about 32,000 people had taken part in the protests.",
			[]want{{text: "about 32,000 people had taken part in the protests", kind: "indirect", mention: "The interior minister", cue: "said", parent: -1}}},
		{"title in quotes is not a quote",
			"H\n\nThe film \"The Long Road Home\" opened in Kiev on Friday.",
			nil},
		{"scare quotes are not a quote",
			"H\n\nThe so-called \"peace plan\" has few supporters in the region.",
			nil},
		{"a speaker's words before according to a news agency are the speaker's alone",
			"H\n\nIn Tehran, Foreign Minister Abbas Araqchi said talks with Washington were not on the agenda, according to the ISNA news agency.",
			[]want{{text: "talks with Washington were not on the agenda", kind: "indirect", mention: "Foreign Minister Abbas Araqchi", cue: "said", parent: -1}}},
		{"but people who relay the words are a source of their own",
			"H\n\nThe guards said the prisoner had been moved, according to lawyers for his family.",
			[]want{
				{text: "The guards said the prisoner had been moved", kind: "indirect", mention: "lawyers for his family", cue: "according to", parent: -1},
				{text: "the prisoner had been moved", kind: "indirect", mention: "The guards", cue: "said", parent: 0},
			}},
		{"a thing called by a name is no speaker of it",
			"H\n\nThe navy began an exercise called \"Steel Wave\" off the southern coast on Sunday.",
			nil},
		{"a name given with the before it is no quote either",
			"H\n\nFarmers joined a movement dubbed the \"Tractor Spring\" to block the highways.",
			nil},
		{"but a speaker calling something by a name still speaks",
			"H\n\nThe foreign minister called the proposal \"a trap for the region.\"",
			[]want{{text: "a trap for the region.", kind: "direct", mention: "The foreign minister", cue: "called", parent: -1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := run(t, st, c.text)
			if len(a.Quotes) != len(c.want) {
				for _, q := range a.Quotes {
					t.Logf("got %s %q by %q (%q) cue %q parent %d", q.Kind, q.Text, q.Speaker.Mention, q.Speaker.Name, q.Cue, q.Parent)
				}
				t.Fatalf("got %d quotes, want %d", len(a.Quotes), len(c.want))
			}
			for i, w := range c.want {
				q := a.Quotes[i]
				if !match(q, w) {
					t.Errorf("quote %d: got %s %q by %q (%q) cue %q parts %d parent %d; want %+v",
						i, q.Kind, q.Text, q.Speaker.Mention, q.Speaker.Name, q.Cue, len(q.Parts), q.Parent, w)
				}
				// spans point at the words
				if got := a.SpanText(q.Span); got == "" || !strings.HasPrefix(q.Text, strings.TrimSpace(got)) {
					t.Errorf("quote %d: span text %q does not start the quote text %q", i, got, q.Text)
				}
				if q.Speaker.Mention != "" && a.SpanText(q.Speaker.Span) != q.Speaker.Mention {
					t.Errorf("quote %d: speaker span %q != mention %q", i, a.SpanText(q.Speaker.Span), q.Speaker.Mention)
				}
			}
		})
	}
}

func TestInsertions(t *testing.T) {
	st := newStage(t)
	a := run(t, st, "H\n\n“The groups (both outlawed in Russia) want [Moscow] to fail,” Zakharova said.")
	if len(a.Quotes) != 1 {
		t.Fatalf("got %d quotes", len(a.Quotes))
	}
	q := a.Quotes[0]
	var got []string
	for _, sp := range q.Insertions {
		got = append(got, a.SpanText(sp))
	}
	if strings.Join(got, "|") != "(both outlawed in Russia)|[Moscow]" {
		t.Errorf("insertions %q", got)
	}
	if !strings.Contains(q.Text, "(both outlawed in Russia)") {
		t.Errorf("insertion dropped from the text: %q", q.Text)
	}
}

func TestPronounResolution(t *testing.T) {
	st := newStage(t)
	body := "Sergei Lavrov met Hillary Clinton in Geneva. “The reset is over,” she said. Lavrov disagreed. “Nothing is over,” he said."
	a := plainArticle("H\n\n" + body)
	a.Entities = []dateline.Entity{
		{Name: "Sergei Lavrov", Type: dateline.Person, Gender: "m"},
		{Name: "Hillary Clinton", Type: dateline.Person, Gender: "f"},
	}
	at := func(s string, e int, kind string) dateline.Mention {
		i := strings.Index(a.Body, s)
		return dateline.Mention{Span: dateline.Span{Field: dateline.InBody, Start: i, End: i + len(s)}, Text: s, Entity: e, Kind: kind}
	}
	a.Mentions = []dateline.Mention{at("Sergei Lavrov", 0, dateline.MentionName), at("Hillary Clinton", 1, dateline.MentionName), at("Lavrov disagreed", 0, dateline.MentionSurname)}
	a.Mentions[2].End = a.Mentions[2].Start + len("Lavrov")
	if err := st.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 2 {
		t.Fatalf("got %d quotes", len(a.Quotes))
	}
	for i, want := range []string{"Hillary Clinton", "Sergei Lavrov"} {
		if got := a.Quotes[i].Speaker.Name; got != want {
			t.Errorf("quote %d: speaker %q, want %q", i, got, want)
		}
		if a.Quotes[i].Speaker.Entity < 0 {
			t.Errorf("quote %d: no entity", i)
		}
	}
}

func TestUnresolvedPronounKeepsMention(t *testing.T) {
	st := newStage(t)
	a := run(t, st, "H\n\n“It will rain,” she said.")
	if len(a.Quotes) != 1 {
		t.Fatalf("got %d quotes", len(a.Quotes))
	}
	if sp := a.Quotes[0].Speaker; sp.Name != "" || sp.Mention != "she" {
		t.Errorf("speaker %+v, want no name and mention \"she\"", sp)
	}
}

func TestDates(t *testing.T) {
	st := newStage(t)
	pub := dateline.Date{Year: 2018, Month: 9, Day: 5} // a Wednesday
	cases := []struct{ body, want string }{
		{"Lavrov said on Tuesday that the talks had failed.", "2018-09-04"},
		{"Lavrov said on August 30 that the talks had failed.", "2018-08-30"},
		{"Lavrov said yesterday that the talks had failed.", "2018-09-04"},
		{"Lavrov said earlier that the talks had failed.", "2018-09-05"},
		{"Lavrov said that the talks had failed.", "2018-09-05"},
		{"Lavrov said on December 30 that the talks had failed.", "2017-12-30"},
	}
	for _, c := range cases {
		a := plainArticle("H\n\n" + c.body)
		a.Published = pub
		if err := st.Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		if len(a.Quotes) != 1 {
			t.Fatalf("%q: got %d quotes", c.body, len(a.Quotes))
		}
		if got := a.Quotes[0].Date.String(); got != c.want {
			t.Errorf("%q: date %s, want %s", c.body, got, c.want)
		}
	}
	a := run(t, st, "H\n\nLavrov said on Tuesday that the talks had failed.")
	if !a.Quotes[0].Date.IsZero() {
		t.Errorf("no publication date: quote date %s, want unknown", a.Quotes[0].Date)
	}
}

func TestUserCueFile(t *testing.T) {
	text := "H\n\nThe minister opined that the deal was dead."
	if a := run(t, newStage(t), text); len(a.Quotes) != 0 {
		t.Fatalf("bundled lexicon already knows 'opined': %+v", a.Quotes)
	}
	fn := filepath.Join(t.TempDir(), "cues.tsv")
	if err := os.WriteFile(fn, []byte("# mine\nopine\topine,opines,opined\tspeech\tsay\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := New(Options{CueFiles: []string{fn}})
	if err != nil {
		t.Fatal(err)
	}
	a := run(t, st, text)
	if len(a.Quotes) != 1 || a.Quotes[0].Cue != "opined" || a.Quotes[0].Text != "the deal was dead" {
		t.Fatalf("got %+v", a.Quotes)
	}
	bad := filepath.Join(t.TempDir(), "bad.tsv")
	os.WriteFile(bad, []byte("opine\topined\tshouting\tsay\n"), 0o644)
	if _, err := New(Options{CueFiles: []string{bad}}); err == nil {
		t.Error("a bad class was accepted")
	}
	if _, err := New(Options{CueFiles: []string{filepath.Join(t.TempDir(), "missing.tsv")}}); err == nil {
		t.Error("a missing cue file was accepted")
	}
}

func TestPairs(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		singles bool
		want    []string // quoted texts; a trailing "+" marks an unclosed one
	}{
		{"straight", `He said "yes" and "no".`, false, []string{"yes", "no"}},
		{"curly", "“one” and “two”", false, []string{"one", "two"}},
		{"single inside double", `"it's 'fine' now"`, false, []string{"it's 'fine' now"}},
		{"doubled apostrophes", "''We won,'' he said.", false, []string{"We won,"}},
		{"triple apostrophes close both", "''Say 'no,''' she said.", false, []string{"Say 'no,'"}},
		{"guillemets", "«oui» et «non»", false, []string{"oui", "non"}},
		{"low-high", "„ja“ und „nein“", false, []string{"ja", "nein"}},
		{"unclosed runs to the end", "“one” and “two is open", false, []string{"one", "two is open+"}},
		{"stray close ignored", "and then” “this one”", false, []string{"this one"}},
		{"apostrophes are not quotes", "Clinton's aides' view: don't", true, nil},
		{"headline singles", "Trump: ‘We will win’ in Ohio", true, []string{"We will win"}},
		{"reopened while open", `"first one. "second one"`, false, []string{"first one.+", "second one"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, p := range Pairs(c.in, c.singles) {
				s := c.in[p.Start:p.End]
				if p.Close < 0 {
					s += "+"
				}
				got = append(got, s)
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func FuzzPairs(f *testing.F) {
	for _, s := range []string{`"a" 'b' “c” „d“ «e» ''f''`, `"unclosed`, `”stray“`, "'''x'''", `""""`, "“a\n\n“b”"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, singles bool) {
		prev := -1
		for _, p := range Pairs(s, singles) {
			if p.Open < 0 || p.Start < p.Open || p.End < p.Start || p.End > len(s) {
				t.Fatalf("bad pair %+v in %q", p, s)
			}
			if p.Close >= 0 && (p.Close < p.End || p.Close >= len(s)) {
				t.Fatalf("bad close %+v in %q", p, s)
			}
			if p.Open <= prev {
				t.Fatalf("pairs out of order or overlapping %+v in %q", p, s)
			}
			prev = p.Open
		}
	})
}

func FuzzRun(f *testing.F) {
	b, err := os.ReadFile("testdata/wire.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
	f.Add("H\n\n\"a,\" he said, \"b\" 'c'' «d» „e“ ― X")
	st := newStage(f)
	f.Fuzz(func(t *testing.T, s string) {
		a := plainArticle(s)
		if err := st.Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		for _, q := range a.Quotes {
			for _, sp := range append([]dateline.Span{q.Span, q.Speaker.Span, q.CueSpan}, q.Parts...) {
				if sp.Start < 0 || sp.End < sp.Start || sp.End > len(a.Text(sp.Field)) {
					t.Fatalf("span %+v out of range", sp)
				}
			}
			if q.Parent >= len(a.Quotes) {
				t.Fatalf("parent %d out of range", q.Parent)
			}
		}
	})
}

func TestWireArticle(t *testing.T) {
	b, err := os.ReadFile("testdata/wire.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := run(t, newStage(t), string(b))
	got := map[string]string{}
	for _, q := range a.Quotes {
		got[q.Text] = q.Speaker.Mention
	}
	for text, who := range map[string]string{
		"We are not asking for charity, We are asking the world to share a burden that Jordan has carried alone for eight years.":                 "Safadi",
		"It is a frozen conflict inside a hot one, Nobody in Washington wants to be seen leaving, and nobody in Moscow wants to be seen pushing.": "Lukyanov",
		"We have oil under our feet and we cannot heat our homes":                                                                                 "Ahmad Khalil, a teacher in the town of Mayadin",
		"neither side had an incentive to give ground before the US presidential campaign":                                                        "Fyodor Lukyanov, a foreign-policy analyst who advises the Kremlin",
	} {
		if got[text] != who {
			t.Errorf("quote %q: speaker %q, want %q", text, got[text], who)
		}
	}
}

func BenchmarkRun(b *testing.B) {
	text, err := os.ReadFile("testdata/wire.txt")
	if err != nil {
		b.Fatal(err)
	}
	st := newStage(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		a := plainArticle(string(text))
		if err := st.Run(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
}

func TestRoleNounSpeaker(t *testing.T) {
	st := newStage(t)
	a := plainArticle("Moscow will keep the deal alive, diplomat says\n\nSergei Ryabkov told reporters on Wednesday that Moscow would keep talking to Tehran. The diplomat said that the US decision was a mistake.")
	i := strings.Index(a.Body, "Sergei Ryabkov")
	a.Entities = []dateline.Entity{{Name: "Sergei Ryabkov", Type: dateline.Person, Gender: "m", Role: "Deputy Foreign Minister"}}
	a.Mentions = []dateline.Mention{{Span: dateline.Span{Field: dateline.InBody, Start: i, End: i + len("Sergei Ryabkov")}, Text: "Sergei Ryabkov", Kind: dateline.MentionName}}
	if err := st.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 3 {
		for _, q := range a.Quotes {
			t.Logf("%q by %q", q.Text, q.Speaker.Mention)
		}
		t.Fatalf("got %d quotes, want 3", len(a.Quotes))
	}
	for _, q := range a.Quotes {
		if q.Speaker.Name != "Sergei Ryabkov" || q.Speaker.Entity != 0 {
			t.Errorf("%q: speaker %q (%q), want Sergei Ryabkov", q.Text, q.Speaker.Name, q.Speaker.Mention)
		}
	}
}

func TestConcurrentRuns(t *testing.T) {
	b, err := os.ReadFile("testdata/wire.txt")
	if err != nil {
		t.Fatal(err)
	}
	st := newStage(t)
	want := run(t, st, string(b)).Quotes
	done := make(chan []dateline.Quote)
	for range 4 {
		go func() {
			a := plainArticle(string(b))
			if err := st.Run(context.Background(), a); err != nil {
				t.Error(err)
			}
			done <- a.Quotes
		}()
	}
	for range 4 {
		got := <-done
		if len(got) != len(want) {
			t.Fatalf("concurrent run found %d quotes, want %d", len(got), len(want))
		}
		for i := range got {
			if got[i].Text != want[i].Text || got[i].Speaker != want[i].Speaker {
				t.Errorf("quote %d differs: %q by %q vs %q by %q", i, got[i].Text, got[i].Speaker.Mention, want[i].Text, want[i].Speaker.Mention)
			}
		}
	}
}

func TestAppositiveNamesNoSpeaker(t *testing.T) {
	st := newStage(t)
	a := plainArticle("H\n\nLiu Wei, China's deputy envoy to the UN in Vienna, told the board that the inspections should continue.")
	i := strings.Index(a.Body, "China's")
	a.Entities = []dateline.Entity{{Name: "China", Type: dateline.Place}}
	a.Mentions = []dateline.Mention{{Span: dateline.Span{Field: dateline.InBody, Start: i, End: i + len("China")}, Text: "China", Kind: dateline.MentionName}}
	if err := st.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 1 {
		t.Fatalf("got %d quotes, want 1", len(a.Quotes))
	}
	if sp := a.Quotes[0].Speaker; sp.Name != "Liu Wei" || sp.Entity != -1 {
		t.Errorf("speaker %q (entity %d), want Liu Wei with no entity", sp.Name, sp.Entity)
	}
}

// TestTaggerSlipAtPhraseStart: a verb tag on the first word of a speaker's
// phrase before a noun ("army/VBP chief/NN", as the tagger may read after
// a closing quotation mark) does not stop the phrase.
func TestTaggerSlipAtPhraseStart(t *testing.T) {
	st := newStage(t)
	s := "army chief of staff General Omar Diallo said"
	toks := tokenize(s, 0, len(s))
	tags := []string{"VBP", "NN", "IN", "NN", "NNP", "NNP", "NNP", "VBD"}
	for i := range toks {
		toks[i].tag = tags[i]
	}
	np, ok := st.readNPForwardHead(toks, 0, len(toks), headLoose)
	if !ok || s[toks[np[0]].start:toks[np[1]-1].end] != "army chief of staff General Omar Diallo" {
		t.Fatalf("phrase %v %v, want army chief of staff General Omar Diallo", np, ok)
	}
	toks[1].tag = "IN" // no noun after the verb: no phrase
	if _, ok := st.readNPForwardHead(toks, 0, len(toks), headLoose); ok {
		t.Errorf("a verb before a non-noun read as a phrase")
	}
}

func TestPartyName(t *testing.T) {
	cases := []struct{ mention, want string }{
		{"the opposition New Democracy party", "New Democracy party"},
		{"the ruling Georgian Dream party, which holds a majority", "Georgian Dream party"},
		{"the Wagner group", ""},
		{"the Russian party", ""},
		{"Opposition party", ""},
		{"the opposition party", ""},
		{"the Popular Front", ""},
	}
	for _, c := range cases {
		if got, _ := partyName(c.mention); got != c.want {
			t.Errorf("partyName(%q) = %q, want %q", c.mention, got, c.want)
		}
	}
}

// TestUnlinkedSubject checks that a he or she after a quotation names the
// person that opens the sentence before it, though no entity links the
// name, unless the name is one word never written in full, or the sentence
// has the pronoun's object form (someone else).
func TestUnlinkedSubject(t *testing.T) {
	st := newStage(t)
	cases := []struct{ name, body, want string }{
		{"a full name opening the sentence before",
			"“We are glad,” John Smith said. Ann Lowe thanked the nurses for their courage. “This is a new start,” she said.",
			"Ann Lowe"},
		{"a surname written in full before",
			"Benita Ferrero-Waldner flew in on Monday.\n\n“We are glad,” John Smith said. Ferrero-Waldner thanked the nurses. “This is a new start,” she said.",
			"Ferrero-Waldner"},
		{"one word never written in full names no one",
			"“We are glad,” John Smith said. Nobody thanked the nurses for their courage. “This is a new start,” he said.",
			"John Smith"},
		{"the pronoun's object form in the sentence is someone else",
			"“We are glad,” John Smith said. Ann Lowe emailed him her good wishes. “This is a new start,” he said.",
			"John Smith"},
		{"a possessive her is no one else",
			"“We are glad,” John Smith said. Ann Lowe thanked her staff for their courage. “This is a new start,” she said.",
			"Ann Lowe"},
	}
	ts, err := text.New(text.Options{POS: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := plainArticle("H\n\n" + c.body)
			if err := ts.Run(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			if err := st.Run(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			var got *dateline.Quote
			for i := range a.Quotes {
				if a.Quotes[i].Text == "This is a new start" {
					got = &a.Quotes[i]
				}
			}
			if got == nil {
				t.Fatalf("no quote 'This is a new start' in %+v", a.Quotes)
			}
			if got.Speaker.Name != c.want {
				t.Errorf("speaker %q (mention %q), want %q", got.Speaker.Name, got.Speaker.Mention, c.want)
			}
		})
	}
}

// TestPrevUnlinkedSpeaker checks that the previous quote's speaker, whose
// name no entity links, competes with the linked persons for a he or she
// after it: it wins when it is nearer, but not when it is no person's name,
// is named paragraphs before, has been named "she" already (for a "he"), or
// its sentence has the pronoun's object form.
func TestPrevUnlinkedSpeaker(t *testing.T) {
	st := newStage(t)
	ts, err := text.New(text.Options{POS: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		body   string
		people []string // linked persons: full name, gender
		quote  string
		want   string
	}{
		{"the unlinked previous speaker is nearer than a linked man",
			"Donald Trump spoke in Ohio on Monday.\n\n“It was a sizable purchase,” said L2 president Bruce Willsie. “We continue to provide services,” he said.",
			[]string{"Donald Trump", "m"}, "We continue to provide services", "Bruce Willsie"},
		{"a name read from a title is no person's",
			"Donald Trump spoke in Ohio on Monday.\n\n“Taxes will have to rise,” said the Wisconsin Republican. “We have no choice,” he said.",
			[]string{"Donald Trump", "m"}, "We have no choice", "Donald Trump"},
		{"named two paragraphs before",
			"Crowds in Ohio cheered Donald Trump on Monday.\n\n“It was a sizable purchase,” said L2 president Bruce Willsie.\n\nThe deal was signed in March by the firm's lawyers.\n\nThe campaign hired more staff. “We continue to win,” he said.",
			[]string{"Donald Trump", "m"}, "We continue to win", "Donald Trump"},
		{"a name once named she is no he",
			"Donald Trump spoke on television.\n\n“I would,” Melanie Brandt said. “You winning?” she said.\n\n“He really does love us,” Melanie Brandt said. “I love you,” he said.",
			[]string{"Donald Trump", "m"}, "I love you", "Donald Trump"},
		{"a possessive her is no one else",
			"Hillary Clinton visited Clarkston in June.\n\nJennifer Green, director of a literacy program, said she asks the families in her program to share their ideas. “This is a way to welcome everyone,” she said.",
			[]string{"Hillary Clinton", "f"}, "This is a way to welcome everyone", "Jennifer Green"},
		{"the pronoun's object form in the speaker's sentence is someone else",
			"Hillary Clinton returned to work in June.\n\nDavid Axelrod emailed her, telling her, “You are an all-star player.” “It is an honour to serve,” she replied.",
			[]string{"Hillary Clinton", "f"}, "It is an honour to serve", "Hillary Clinton"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := plainArticle("H\n\n" + c.body)
			if err := ts.Run(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			a.Entities = []dateline.Entity{{Name: c.people[0], Type: dateline.Person, Gender: c.people[1]}}
			i := strings.Index(a.Body, c.people[0])
			a.Mentions = []dateline.Mention{{Span: dateline.Span{Field: dateline.InBody, Start: i, End: i + len(c.people[0])}, Text: c.people[0], Entity: 0, Kind: dateline.MentionName}}
			if err := st.Run(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			for _, q := range a.Quotes {
				if strings.HasPrefix(q.Text, c.quote) {
					if q.Speaker.Name != c.want {
						t.Errorf("speaker %q (mention %q), want %q", q.Speaker.Name, q.Speaker.Mention, c.want)
					}
					return
				}
			}
			for _, q := range a.Quotes {
				t.Logf("have %q (%s)", q.Text, q.Speaker.Name)
			}
			t.Fatalf("no quote %q", c.quote)
		})
	}
}

// TestSurnameEntity checks that a surname no entity links ("Mrs. May") is
// the one person named in full before ("Theresa May").
func TestSurnameEntity(t *testing.T) {
	st := newStage(t)
	a := plainArticle("H\n\nPrime Minister Theresa May spoke in London.\n\n“We will not tolerate the threat,” Mrs. May told parliament.")
	a.Entities = []dateline.Entity{{Name: "Theresa May", Type: dateline.Person, Gender: "f"}}
	i := strings.Index(a.Body, "Theresa May")
	a.Mentions = []dateline.Mention{{Span: dateline.Span{Field: dateline.InBody, Start: i, End: i + len("Theresa May")}, Text: "Theresa May", Entity: 0, Kind: dateline.MentionName}}
	if err := st.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 1 {
		t.Fatalf("got %d quotes, want 1", len(a.Quotes))
	}
	if sp := a.Quotes[0].Speaker; sp.Name != "Theresa May" || sp.Entity != 0 {
		t.Errorf("speaker %q (entity %d, mention %q), want Theresa May (entity 0)", sp.Name, sp.Entity, sp.Mention)
	}
}
