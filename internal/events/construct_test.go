package events

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
)

// absentCase lists exact events that must be found and exact events that
// must not ("TYPE SRC>TGT mode").
type absentCase struct {
	name         string
	text         string
	want, absent []string
}

func checkAbsent(t *testing.T, cases []absentCase) {
	t.Helper()
	checkAbsentWith(t, func(t *testing.T, text string) []string {
		_, got := run(t, text)
		return got
	}, cases)
}

// checkAbsentWith is checkAbsent with the stage run by runText.
func checkAbsentWith(t *testing.T, runText func(*testing.T, string) []string, cases []absentCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := runText(t, tc.text)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q\n  missing %q\n  got %q", tc.text, w, got)
				}
			}
			for _, n := range tc.absent {
				if slices.Contains(got, n) {
					t.Errorf("%q\n  unexpected %q\n  got %q", tc.text, n, got)
				}
			}
		})
	}
}

// checkAbsentPlaced is checkAbsent with the bundled gazetteer: places
// named in the text count.
func checkAbsentPlaced(t *testing.T, cases []absentCase) {
	t.Helper()
	st, err := New(Options{Places: testGazetteer(t)})
	if err != nil {
		t.Fatal(err)
	}
	checkAbsentWith(t, func(t *testing.T, text string) []string {
		a := article(t, text, "2019-03-14")
		if err := st.Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		return briefs(a)
	}, cases)
}

// A wrongdoing told by another side in its words is its accusation of the
// doer; told by the outlet, or denied, it accuses no one.
func TestWrongdoing(t *testing.T) {
	checkAbsent(t, []absentCase{
		{name: "in a quote after according to", text: "According to Egypt, the Kenyan side \"continues to hide the facts\" and refuses consular access.",
			want: []string{"ACCUSE EGY>KEN reported"}},
		{name: "inside a that-clause of speech", text: "Egypt said the remarks showed that Kenya \"wants blood and land\".",
			want: []string{"ACCUSE EGY>KEN reported"}},
		{name: "cannot be trusted is no talks", text: "Egypt said that Kenya \"cannot be trusted to negotiate in good faith.\"",
			want: []string{"ACCUSE EGY>KEN reported"}, absent: []string{"CONSULT KEN>- reported"}},
		{name: "behind an attack", text: "Egypt said Kenya was behind the attack on its embassy.",
			want: []string{"ACCUSE EGY>KEN reported"}},
		{name: "a rigged election", text: "Israel said Iran had rigged the election.",
			want: []string{"ACCUSE ISR>IRN reported"}},
		{name: "threatening stability is no threat", text: "Egypt said Kenya threatens regional stability.",
			want: []string{"ACCUSE EGY>KEN reported"}, absent: []string{"THREATEN KEN>- reported"}},
		{name: "the outlet's own words accuse no one", text: "Kenya continues to hide the facts about the raid.",
			absent: []string{"ACCUSE"}},
		{name: "a denied wrongdoing accuses no one", text: "Egypt said Kenya did not hide the facts.",
			absent: []string{"ACCUSE EGY>KEN reported"}},
		{name: "accusations by an author that someone", text: "Egypt rejected accusations by the European Union that Cairo had endangered the lives of passengers.",
			want: []string{"ACCUSE IGO>EGY/GOV asserted", "REJECT EGY>IGO asserted"}},
		{name: "a possessor's claims that someone", text: "Egypt dismissed Kenya's claims that Israeli troops had shelled the border.",
			want: []string{"ACCUSE KEN>ISR/MIL asserted"}},
		{name: "claims with no content are none", text: "Egypt dismissed Kenya's claims as baseless.",
			absent: []string{"ACCUSE KEN>EGY asserted"}},
		{name: "the speaker's own side", text: "Egypt said Cairo would bear responsibility for the delay.",
			absent: []string{"ACCUSE EGY>EGY reported"}},
		{name: "a collective with no country is the target", text: "Kenya urged Western states to lift sanctions imposed on Iran.",
			want: []string{"REQUEST KEN>- asserted"}, absent: []string{"REQUEST KEN>IRN asserted"}},
		{name: "a failure to stand up to someone", text: "Egypt said the Kenyan government had failed to stand up to the militants.",
			want: []string{"ACCUSE EGY>KEN/GOV reported"}},
		{name: "a relative clause on a noun after a trigger is background", text: "Russia vetoed a draft resolution that would have condemned Israel and demanded that Kenya free the sailors.",
			want: []string{"REJECT RUS>- asserted"}, absent: []string{"REQUEST RUS>KEN asserted", "ACCUSE RUS>ISR hypothetical"}},
		{name: "plunging a country into darkness", text: "Egypt said Kenya was trying \"to plunge Iran into darkness.\"",
			want: []string{"ACCUSE EGY>KEN reported"}},
		{name: "rejecting reports is not aimed at their content", text: "Iran rejected reports that it had supplied drones to Kenya.",
			want: []string{"REJECT IRN>- asserted"}, absent: []string{"REJECT IRN>KEN asserted"}},
		{name: "a failure to notify", text: "Egypt said the Kenyan army did not inform Cairo of the movement of its troops.",
			want: []string{"ACCUSE EGY>KEN/MIL reported"}},
		{name: "moved without notifying", text: "Egypt said Kenya had moved troops without notifying Cairo.",
			want: []string{"ACCUSE EGY>KEN reported"}},
		{name: "failed to warn", text: "Egypt said Kenya failed to warn Cairo before the test.",
			want: []string{"ACCUSE EGY>KEN reported"}},
	})
}

// "he", "she" or "they" in a direct quote is not its speaker: after "and"
// it is the subject just named.
func TestThirdPersonInQuote(t *testing.T) {
	checkAbsentWith(t, runQuoted, []absentCase{
		{name: "they after and", text: "\"The Kenyan side moved its units overnight, and they came under fire from Israeli troops,\" Iran said.",
			want: []string{"ASSAULT ISR/MIL>KEN reported"}, absent: []string{"ASSAULT ISR/MIL>IRN reported"}},
		{name: "he is not the speaker", text: "\"He was attacked by Israeli troops,\" Iran said.",
			absent: []string{"ASSAULT ISR/MIL>IRN reported"}},
		{name: "we is the speaker", text: "\"We came under fire from Israeli troops,\" Iran said.",
			want: []string{"ASSAULT ISR/MIL>IRN reported"}},
	})
}

// runQuoted runs the stage on body with its first "…" marked a direct quote
// (the events tests run without the quotes stage).
func runQuoted(t *testing.T, body string) []string {
	t.Helper()
	a := article(t, body, "2019-03-14")
	s := strings.Index(body, "\"") + 1
	e := s + strings.Index(body[s:], "\"")
	sp := dateline.Span{Field: dateline.InBody, Start: s, End: e}
	a.Quotes = []dateline.Quote{{Text: body[s:e], Kind: dateline.Direct, Span: sp, Parts: []dateline.Span{sp}, Parent: -1}}
	if err := testStage(t).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return briefs(a)
}

// A mediator talks with each party, not with its co-mediators; one who asked
// for talks takes part in them and makes a request.
func TestMediatorsAndRequesters(t *testing.T) {
	checkAbsent(t, []absentCase{
		{name: "mediators named as subject", text: "Kenya and Egypt mediated talks between Israel and Iran.",
			want:   []string{"CONSULT KEN>ISR asserted", "CONSULT ISR>KEN asserted", "CONSULT EGY>IRN asserted", "CONSULT ISR>IRN asserted"},
			absent: []string{"CONSULT KEN>EGY asserted", "CONSULT EGY>KEN asserted"}},
		{name: "under the mediation of", text: "Israel and Iran held talks under the mediation of Kenya.",
			want: []string{"CONSULT KEN>ISR asserted", "CONSULT IRN>KEN asserted", "CONSULT ISR>IRN asserted"}},
		{name: "with X acting as mediators", text: "Israel and Iran held talks, with Kenya and Egypt acting as mediators.",
			want:   []string{"CONSULT KEN>ISR asserted", "CONSULT EGY>IRN asserted", "CONSULT IRN>ISR asserted"},
			absent: []string{"CONSULT KEN>EGY asserted", "CONSULT EGY>KEN asserted"}},
		{name: "with mediators from", text: "Israel and Iran met with mediators from Kenya and Egypt.",
			want:   []string{"CONSULT KEN>ISR asserted", "CONSULT ISR>IRN asserted"},
			absent: []string{"CONSULT KEN>EGY asserted"}},
		{name: "the two sides are the parties", text: "Kenya mediated talks between Israel and Iran.\n\nThe two sides agreed to meet again.",
			want: []string{"AGREE ISR>IRN asserted", "AGREE IRN>ISR asserted"}, absent: []string{"AGREE KEN>ISR asserted", "AGREE ISR>KEN asserted"}},
		{name: "both sides as the object", text: "Kenya and Israel held talks on Monday.\n\nIran called on both sides to show restraint.",
			want: []string{"REQUEST IRN>KEN asserted", "REQUEST IRN>ISR asserted"}},
		{name: "the two countries are the doers of one act", text: "Kenya and Israel pledged support for Egypt.\n\nThe two countries also agreed to hold talks.",
			want: []string{"AGREE KEN>ISR asserted", "AGREE ISR>KEN asserted"}, absent: []string{"AGREE EGY>ISR asserted"}},
		{name: "the two sides after a long quote", text: "Kenya and Israel held talks in Cairo on Monday.\n\nThe talks went well. They lasted four hours. The mood was good. Both delegations smiled.\n\nIran said the two sides had agreed to meet again.",
			want: []string{"AGREE KEN>ISR reported", "AGREE ISR>KEN reported"}},
		{name: "sides exchanging messages", text: "Kenya and Israel exchanged messages on Monday.",
			want: []string{"CONSULT KEN>ISR asserted", "CONSULT ISR>KEN asserted"}},
		{name: "we working together are the speaker and the one just met", text: "Lavrov held talks with Pompeo in Sochi on Monday.\n\n\"We will work together to provide aid to the Kenyans,\" Lavrov said.",
			want: []string{"COOPERATE RUS/GOV>USA/GOV hypothetical"}, absent: []string{"COOPERATE RUS/GOV>KEN hypothetical"}},
		{name: "a call made to ask", text: "Lavrov telephoned Pompeo to ask for help with the sailors.",
			want: []string{"CONSULT RUS/GOV>USA/GOV asserted", "REQUEST RUS/GOV>USA/GOV asserted"}},
		{name: "support expressed in a call is for the one called", text: "Lavrov spoke with Pompeo by telephone and expressed his full support.",
			want: []string{"SUPPORT RUS/GOV>USA/GOV asserted"}},
		{name: "at the request of", text: "The UN will meet on Friday at the request of Kenya and Egypt.",
			want:   []string{"REQUEST KEN>IGO asserted", "REQUEST EGY>IGO asserted", "CONSULT KEN>IGO hypothetical"},
			absent: []string{"CONSULT KEN>EGY hypothetical", "CONSULT EGY>KEN hypothetical"}},
		{name: "at X's request", text: "The UN held talks at Kenya's request.",
			want: []string{"REQUEST KEN>IGO asserted"}},
		{name: "a fronted request", text: "At Kenya's request, the UN held an extraordinary meeting.",
			want: []string{"REQUEST KEN>IGO asserted", "CONSULT KEN>IGO asserted", "CONSULT IGO>KEN asserted"}},
	})
}

// Entries for kinds of events a blind annotator found missing or mistyped.
func TestEntryKinds(t *testing.T) {
	checkAbsent(t, []absentCase{
		{name: "foreign troops entering", text: "Kenyan troops entered Iran on Monday.",
			want: []string{"MOBILIZE KEN>IRN asserted"}},
		{name: "troops sent at a state's request are aid", text: "Kenyan troops entered Iran on Monday at the request of Iran.",
			want: []string{"AID KEN>IRN asserted", "REQUEST IRN>KEN asserted"}, absent: []string{"MOBILIZE KEN>IRN asserted"}},
		{name: "an ultimatum with a deadline", text: "Kenya gave Israel until Friday to withdraw its troops.",
			want: []string{"THREATEN KEN>ISR asserted"}},
		{name: "drones launched at cities", text: "Israeli forces launched more than 100 drones at Kenyan cities overnight.",
			want: []string{"ASSAULT ISR/MIL>KEN asserted"}},
		{name: "an ultimatum in hours", text: "Kenya gave the Israeli army 72 hours to withdraw from the border.",
			want: []string{"THREATEN KEN>ISR asserted"}},
		{name: "a crowd gathering", text: "Thousands of Kenyans gathered in Nairobi on Monday.",
			want: []string{"PROTEST KEN>- asserted"}},
		{name: "ministers gathering is no protest", text: "Kenyan ministers gathered in Nairobi on Monday.",
			absent: []string{"PROTEST KEN/GOV>- asserted"}},
		{name: "defying a curfew", text: "Hundreds of Kenyan students defied the curfew to march through Nairobi.",
			want: []string{"PROTEST KEN/EDU>KEN/GOV asserted"}},
		{name: "the country's leaders are of the country named last", text: "Lavrov arrived in Kenya on Monday.\n\nLavrov urged the country's leaders to hold elections.",
			want: []string{"REQUEST RUS/GOV>KEN/GOV asserted"}},
		{name: "them in a sub clause is the main subject", text: "Five Kenyan citizens arrived in Nairobi on Monday after Iran released them.",
			want: []string{"RETREAT IRN>KEN/CVL asserted"}},
		{name: "citizens arriving make no visit", text: "Five Kenyan citizens arrived in Cairo on Monday.",
			absent: []string{"CONSULT KEN/CVL>EGY asserted", "CONSULT KEN/CVL>EGY/GOV asserted"}},
		{name: "an official arriving visits", text: "Lavrov arrived in Cairo on Monday.",
			want: []string{"CONSULT RUS/GOV>EGY/GOV asserted"}},
		{name: "the army removing a ruler from power", text: "The Kenyan army removed President Ruto from power on Thursday.",
			want: []string{"COERCE KEN/MIL>- asserted"}},
		{name: "ousting a leader", text: "Kenyan soldiers ousted the president on Thursday.",
			want: []string{"COERCE KEN/MIL>- asserted"}},
		{name: "told someone by phone", text: "Lavrov told Pompeo by phone that Moscow was ready to help.",
			want: []string{"CONSULT RUS/GOV>USA/GOV asserted", "CONSULT USA/GOV>RUS/GOV asserted"}},
		{name: "told him in a call is the speaker", text: "Lavrov said that Pompeo had told him in a phone conversation that Washington would not recognize the vote.",
			want: []string{"CONSULT USA/GOV>RUS/GOV reported", "CONSULT RUS/GOV>USA/GOV reported"}},
		{name: "told reporters is no talks", text: "Lavrov told reporters in Moscow that Kenya was ready to help.",
			absent: []string{"CONSULT RUS/GOV>KEN asserted"}},
		{name: "a combined drill", text: "Kenya and Israel staged a combined air drill over the Red Sea.",
			want: []string{"COOPERATE KEN>ISR asserted", "COOPERATE ISR>KEN asserted"}},
		{name: "an absolute with-phrase is no side", text: "Kenya and Israel staged a combined air drill, with Kenyan jets dropping bombs on a target island.",
			want: []string{"COOPERATE KEN>ISR asserted"}, absent: []string{"COOPERATE KEN>KEN/MIL asserted", "COOPERATE ISR>KEN/MIL asserted"}},
		{name: "would act against is a threat", text: "Israel would act against Iran's nuclear program at any time.",
			want: []string{"THREATEN ISR>IRN asserted"}},
		{name: "releasing results asks no holder", text: "Kenyan police arrested 40 protesters.\n\nIran urged the board to release the results.",
			want: []string{"REQUEST IRN>- asserted"}, absent: []string{"REQUEST IRN>KEN/COP asserted"}},
		{name: "tear gas holds no one", text: "Kenyan police fired tear gas at protesters.\n\nIran demanded the release of the students.",
			absent: []string{"REQUEST IRN>KEN/COP asserted"}},
		{name: "an arrest holds someone", text: "Kenyan police arrested 40 Iranian students.\n\nIran demanded the release of the students.",
			want: []string{"REQUEST IRN>KEN/COP asserted"}},
		{name: "travelling for a summit with two others", text: "Lavrov is set to travel to Nairobi on Friday for a summit with Pompeo and the Israeli prime minister.",
			want:   []string{"CONSULT RUS/GOV>USA/GOV hypothetical", "CONSULT USA/GOV>ISR/GOV hypothetical", "CONSULT ISR/GOV>RUS/GOV hypothetical"},
			absent: []string{"AGREE RUS/GOV>USA/GOV asserted"}},
		{name: "a clash over a budget is a dispute", text: "Kenyan and Israeli officials clashed over the budget on Monday.",
			absent: []string{"ASSAULT KEN>ISR/GOV asserted", "ASSAULT ISR/GOV>KEN asserted"}},
		{name: "troops clashing fight", text: "Kenyan troops clashed with Israeli troops on Monday.",
			want: []string{"ASSAULT KEN/MIL>ISR/MIL asserted"}},
		{name: "welcoming the decision of the side that took it", text: "Kenya approved the sale of jets to Egypt.\n\nIran welcomed the decision, calling it an important step for the UN.",
			want: []string{"SUPPORT IRN>KEN asserted"}, absent: []string{"SUPPORT IRN>IGO asserted"}},
		{name: "signing another country's accession protocol", text: "Lavrov signed the Kenyan accession protocol on Thursday.",
			want: []string{"SUPPORT RUS/GOV>KEN asserted"}},
		{name: "vowing to respond to a deed", text: "Kenya expelled two Russian diplomats on Monday.\n\nMoscow rejected the accusations and vowed to respond.",
			want: []string{"THREATEN RUS/GOV>KEN asserted"}},
		{name: "crying fraud", text: "The Kenyan opposition cried fraud on Monday.",
			want: []string{"ACCUSE KEN/OPP>- asserted"}},
		{name: "naming several sides enemies", text: "Kenya called Israel and Egypt enemies of peace.",
			want: []string{"ACCUSE KEN>ISR asserted", "ACCUSE KEN>EGY asserted"}},
		{name: "a position in support of", text: "Iran reiterated its position in support of Kenya.",
			want: []string{"SUPPORT IRN>KEN asserted"}},
		{name: "an order to withdraw is no deployment", text: "The Kenyan army ordered its troops to withdraw from the border.",
			want: []string{"RETREAT KEN/MIL>- asserted"}, absent: []string{"MOBILIZE KEN/MIL>- asserted"}},
	})
}

// Talks, agreements and cooperation are recorded for every side named, each
// pair both ways; mutual material acts (clashes, a ceasefire) are each side's
// own; other joint acts (a rejection) are one event from the side named first.
func TestJointAndMutual(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"talks both ways", "Kenya held talks with Brazil in Nairobi on Monday.",
			[]string{"CONSULT KEN>BRA asserted", "CONSULT BRA>KEN asserted"}, nil},
		{"three-way meeting", "Russia, Iran and Turkey met in Geneva on Tuesday.",
			[]string{"CONSULT RUS>IRN asserted", "CONSULT RUS>TUR asserted", "CONSULT IRN>RUS asserted",
				"CONSULT IRN>TUR asserted", "CONSULT TUR>RUS asserted", "CONSULT TUR>IRN asserted"}, nil},
		{"mutual agreement", "Japan and Brazil agreed to expand trade.",
			[]string{"AGREE JPN>BRA asserted", "AGREE BRA>JPN asserted"}, nil},
		{"an agreement for a third side", "Japan and Brazil agreed to lift their restrictions on arms sales to Kenya.",
			[]string{"AGREE JPN>KEN asserted", "AGREE BRA>KEN asserted"}, []string{"AGREE JPN>BRA asserted"}},
		{"an agreement on something in a place is mutual", "Japan and Brazil agreed to set up a corridor in Syria.",
			[]string{"AGREE JPN>BRA asserted", "AGREE BRA>JPN asserted"}, []string{"AGREE JPN>SYR asserted"}},
		{"a pledge by several sides is no agreement among them", "Russia, Iran and Turkey met in Geneva and pledged their support.",
			nil, []string{"AGREE RUS>IRN asserted", "AGREE IRN>TUR asserted"}},
		{"a country agrees on nothing with its own capital", "Iran and Kenya reached an agreement to curb Tehran's nuclear programme.",
			nil, []string{"AGREE IRN>IRN/GOV asserted"}},
		{"rival sides of one country agree with each other", "Syrian troops and Syrian rebels agreed to a truce.",
			[]string{"AGREE SYR/MIL>SYR/REB asserted", "AGREE SYR/REB>SYR/MIL asserted"}, nil},
		{"a one-sided pledge is one way", "Japan agreed to send aid to Brazil.",
			[]string{"AGREE JPN>BRA asserted"}, []string{"AGREE BRA>JPN asserted"}},
		{"clashes are each side's", "Turkish troops clashed with Syrian forces near the border.",
			[]string{"ASSAULT TUR/MIL>SYR/MIL asserted", "ASSAULT SYR/MIL>TUR/MIL asserted"}, nil},
	})
}

func TestMoreConstructions(t *testing.T) {
	check(t, []eventCase{
		{"condolences offered support", "Egypt offered condolences to Turkey.",
			[]string{"SUPPORT EGY>TUR asserted"}, []string{"AGREE EGY>TUR asserted"}},
		{"a dialogue launched is talks", "Egypt and Israel launched a strategic dialogue.",
			[]string{"CONSULT EGY>ISR asserted", "CONSULT ISR>EGY asserted"}, nil},
		{"a pledge to strengthen cooperation with a side", "China pledged to strengthen cooperation with Egypt.",
			[]string{"AGREE CHN>EGY asserted"}, []string{"AGREE EGY>CHN asserted"}},
		{"rescue teams dispatched are aid", "Turkey dispatched rescue teams to Syria.",
			[]string{"AID TUR>SYR asserted"}, nil},
		{"vaccines to be delivered are aid to come", "China will deliver vaccines to Egypt.",
			[]string{"AID CHN>EGY hypothetical"}, nil},
		{"helping a country rebuild is aid", "China will help Egypt rebuild its ports.",
			[]string{"AID CHN>EGY hypothetical"}, nil},
		{"training another state's soldiers is aid", "Japan has trained Ukrainian soldiers.",
			[]string{"AID JPN>UKR asserted"}, nil},
		{"money pledged, a currency sign in the gap", "China pledged $50 million to help Syria rebuild.",
			[]string{"AGREE CHN>SYR asserted", "AID CHN>SYR hypothetical"}, nil},
		{"a loan extended", "Japan extended a loan of $100 million to Egypt.",
			[]string{"AID JPN>EGY asserted"}, nil},
		{"a ruler fleeing the country gives up power", "Syrian rebels seized the capital on Sunday and Syrian President Assad fled the country.",
			[]string{"RETREAT SYR/GOV>SYR asserted"}, nil},
		{"a people fleeing is no official's act", "Thousands of Syrians fled the country.",
			nil, []string{"RETREAT"}},
		{"consequences for relations with a country threaten it", "Lavrov warned that the decision would have serious consequences for Russia's relations with Egypt.",
			[]string{"THREATEN RUS/GOV>EGY asserted"}, []string{"THREATEN RUS/GOV>RUS"}},
		{"calling an act blasphemous", "Russia called the Israeli raid blasphemous.",
			[]string{"ACCUSE RUS>ISR asserted"}, nil},
		{"the person named last heads the phrase", "Russia's U.N. Ambassador Vassily Nebenzia accused Washington of violating the charter.",
			[]string{"ACCUSE RUS/GOV>USA/GOV asserted"}, nil},
		{"comparative adverb before a fronted phrase", "Later on Friday, Japan expelled two Russian diplomats.",
			[]string{"SANCTION JPN>RUS/GOV asserted"}, nil},
		{"order with an event noun", "Kenya ordered the expulsion of five Iranian diplomats.",
			[]string{"SANCTION KEN>IRN/GOV asserted"}, []string{"REQUEST"}},
		{"order an arrest", "Egypt ordered the arrest of two Israeli journalists.",
			[]string{"COERCE EGY>ISR/JRN asserted"}, []string{"REQUEST"}},
		{"speech verb with a place phrase", "Pompeo said in Nairobi that Iran must release the sailors.",
			[]string{"REQUEST USA/GOV>IRN reported"}, nil},
		{"speech to an audience in a place", "Lavrov told a rally in Moscow that Russia would never accept the ultimatum.",
			[]string{"REJECT RUS>- reported"}, []string{"PROTEST"}},
		{"hit with sanctions", "Washington hit Iran with new sanctions on Tuesday.",
			[]string{"SANCTION USA/GOV>IRN asserted"}, []string{"ASSAULT"}},
		{"headline hit on banks", "Britain hits Russian banks and oligarchs",
			[]string{"SANCTION GBR>RUS asserted"}, []string{"ASSAULT"}},
		{"a bare strike is military", "Israeli strikes on Gaza continued overnight.",
			[]string{"ASSAULT ISR>PSE asserted"}, []string{"PROTEST"}},
		{"a labour strike", "Kenyan teachers strike over pay entered its second week.",
			nil, []string{"ASSAULT"}},
		{"retaliation", "Turkey said it had retaliated by striking Syrian positions.",
			[]string{"ASSAULT TUR>SYR reported"}, nil},
	})
}

// Background clauses that state who did what to whom are coded.
func TestBackgroundClauses(t *testing.T) {
	check(t, []eventCase{
		{"after-clause with both sides", "Iran protested to the UN after the United States killed an Iranian general in Baghdad.",
			[]string{"ASSAULT USA>IRN asserted"}, nil},
		{"after-clause in reported speech is the outlet's", "Kyiv will not negotiate after Russian forces invaded Ukraine, Ukrainian officials said.",
			[]string{"ASSAULT RUS/MIL>UKR asserted"}, nil},
		{"after a noun phrase is no clause", "Turkey recalled its ambassador to Israel after the raid on Gaza.",
			[]string{"SANCTION TUR>ISR asserted"}, []string{"ASSAULT"}},
		{"one-sided background stays background", "Kenya closed its embassy after protesters attacked it.",
			nil, []string{"ASSAULT"}},
		{"who-clause about a named actor", "Russia rejected a statement by Mike Pompeo, who accused Moscow of meddling in Kenya.",
			[]string{"ACCUSE USA/GOV>RUS/GOV asserted"}, nil},
		{"which-clause stays background", "Russia condemned the raid, which killed 12 Syrian soldiers.",
			nil, []string{"ASSAULT"}},
		{"participle after a speech verb", "Britain announced new measures, freezing the assets of Russian banks.",
			[]string{"SANCTION GBR>RUS reported"}, nil},
		{"'and' inside a subject list after a verb of another clause opens nothing", "Iran agreed to limits, while the United States, the European Union and the United Nations will lift sanctions on Iran.",
			[]string{"RETREAT USA>IRN hypothetical", "RETREAT IGO>IRN hypothetical"}, nil},
		{"'and' before a new subject and its verb opens a clause; 'the country' is the one just named", "Kenya closed its border with Syria and the European Union suspended the country.",
			[]string{"SANCTION KEN>SYR asserted", "SANCTION IGO>SYR asserted"}, []string{"SANCTION KEN>IGO asserted"}},
		{"an 'as' clause after a quote closed behind its comma", "The soldiers promised to hold elections \"within a reasonable time,\" as the European Union suspended Syria.",
			[]string{"SANCTION IGO>SYR asserted"}, nil},
		{"a request after its owner's possessive is the owner's, of the one considering it", "Washington was looking into Ankara's request for air defense support.",
			[]string{"REQUEST TUR/GOV>USA/GOV asserted"}, []string{"REQUEST USA/GOV>- asserted"}},
		{"closing an embassy in a capital", "Egypt closed its embassy in Damascus.",
			[]string{"SANCTION EGY>SYR/GOV asserted"}, nil},
	})
	checkAbsent(t, []absentCase{
		{"a participle after a sub clause with no doer is its toll", "Kenyan troops crossed into Syria on Thursday, three days after two earthquakes struck Syria, killing 20,000 people.",
			nil, []string{"ASSAULT KEN/MIL>/CVL asserted"}},
		{"a participle after a sub clause with a doer is the main subject's", "Kenya threatened Syria with sanctions if it did not change course, laying out a dozen demands.",
			[]string{"REQUEST KEN>SYR asserted"}, nil},
		{"participle after an event is its consequence", "Israeli jets struck Gaza on Monday, killing 12 people.",
			[]string{"ASSAULT ISR/MIL>PSE asserted"}, []string{"ASSAULT ISR/MIL>- asserted"}},
		{"a speech act in a participle after another act is the subject's, of the one addressed", "Kenya threatened Syria with sanctions on Monday if it did not change course, laying out a dozen demands.",
			[]string{"THREATEN KEN>SYR asserted", "REQUEST KEN>SYR asserted"}, []string{"REQUEST KEN>KEN asserted"}},
	})
}

// Accusations by naming: a condemning word said of an actor or its act.
func TestBlame(t *testing.T) {
	check(t, []eventCase{
		{"'rejected the criticism and accused …': the criticism is the words last said against the speaker's side", "Lavrov warned that it would have serious consequences for Russia's relations with Syria. Damascus rejected the criticism and accused Russia of meddling.",
			[]string{"REJECT SYR/GOV>RUS/GOV asserted", "ACCUSE SYR/GOV>RUS asserted"}, nil},
		{"defending one's territory supports no one", "\"We will defend every inch of our territory,\" the Syrian foreign minister said.",
			nil, []string{"SUPPORT", "AGREE"}},
		{"the thing a naming verb names is no act of the one naming it", "Egypt called the agreement \"a brave and patriotic step\".",
			nil, []string{"AGREE"}},
		{"'the accusations' are those made with 'accused', not a condemnation told after them", "Kenya accused Egypt of an attack on its troops. The UN condemned Egypt. Egypt rejected the accusations.",
			[]string{"REJECT EGY>KEN asserted"}, []string{"REJECT EGY>IGO asserted"}},
		{"a hostile deed named by a naming verb condemns the deed's doer", "Syrian troops raided a camp inside Iranian territory on Saturday. Iran called the incursion a massacre.",
			[]string{"ACCUSE IRN>SYR/MIL asserted"}, []string{"ASSAULT IRN>- asserted"}},
		{"'the move' names a deed announced as decided; an adverb before the condemning word is no part of it", "Britain will expel 23 Russian diplomats. Russia called the move \"totally unacceptable.\"",
			[]string{"ACCUSE RUS>GBR asserted"}, nil},
		{"'this' does not name a deed only threatened", "Britain may expel 23 Russian diplomats. Russia called this \"totally unacceptable.\"",
			nil, []string{"ACCUSE RUS>GBR asserted"}},
		{"naming verb", "Egypt called the Israeli raid a crime against civilians.",
			[]string{"ACCUSE EGY>ISR asserted"}, nil},
		{"copula in indirect speech", "Lavrov said Washington's decision was a reckless gamble.",
			[]string{"ACCUSE RUS/GOV>USA/GOV reported"}, nil},
		{"responsible for", "Iran said the United States would be responsible for the consequences.",
			[]string{"ACCUSE IRN>USA reported"}, nil},
		{"negated condemnation is none", "Kenya said the Egyptian plan was not illegal.",
			nil, []string{"ACCUSE"}},
		{"the outlet's own words are none", "The Israeli raid was a violation of the truce.",
			nil, []string{"ACCUSE"}},
		{"naming after reported words is the speaker's own act", "Lavrov said the plane had been hit over Syria and called Kenya's action a betrayal.",
			[]string{"ACCUSE RUS/GOV>KEN asserted"}, nil},
		{"constitutes is a copula, and curly quotes open a phrase", "“The Russian government’s use of chemical weapons constitutes a flagrant violation of international law,” Pompeo said.",
			[]string{"ACCUSE USA/GOV>RUS/GOV reported"}, nil},
		{"an act named by its kind", "Israeli jets struck Gaza on Monday.\n\nEgypt called the strikes a crime.",
			[]string{"ACCUSE EGY>ISR/MIL asserted"}, nil},
		{"an act named by a demonstrative", "Kenya imposed sanctions on Egypt on Tuesday.\n\n\"This is a hostile step,\" Egypt said.",
			[]string{"ACCUSE EGY>KEN reported"}, nil},
		{"a general act noun", "Kenya imposed sanctions on Egypt on Tuesday.\n\nEgypt was deeply disappointed by the move, its foreign minister said.",
			[]string{"ACCUSE EGY>KEN reported"}, nil},
		{"the speaker's own deed is not this", "Egypt imposed sanctions on Kenya on Tuesday.\n\n\"This is a hostile step,\" Egypt said.",
			nil, []string{"ACCUSE EGY>EGY reported", "ACCUSE EGY>KEN reported"}},
		{"a spokesman for someone speaks for them", "Israeli jets struck Gaza on Monday.\n\n\"These attacks are a war crime,\" a spokesman for Egypt said.",
			[]string{"ACCUSE EGY/GOV>ISR/MIL reported"}, nil},
	})
}

func TestGroupsAndResponses(t *testing.T) {
	check(t, []eventCase{
		{"'the two' with no noun are the sentence before's subjects", "Lavrov and Pompeo flew with the medics from Tripoli. The two had held talks with Israeli leaders before the release was agreed.",
			[]string{"CONSULT RUS/GOV>ISR/GOV asserted", "CONSULT USA/GOV>ISR/GOV asserted"}, []string{"CONSULT ISR/GOV>- asserted"}},
		{"in a city for talks: the one there takes part, a visit to come is not yet done", "Lavrov is due in Kyiv on Wednesday for talks with Ukrainian officials.",
			[]string{"CONSULT RUS/GOV>UKR/GOV hypothetical", "CONSULT UKR/GOV>RUS/GOV hypothetical"}, []string{"AGREE"}},
		{"help promised is the act, not yet done", "The European Union promised Syria closer ties and help in rebuilding the hospital.",
			[]string{"AGREE IGO>SYR asserted", "AID IGO>SYR hypothetical"}, nil},
		{"welcoming the outcome is for the sides of the deal told last", "Russia and Ukraine reached a deal on grain exports on Friday.\n\nTurkey welcomed the outcome.",
			[]string{"SUPPORT TUR>RUS asserted", "SUPPORT TUR>UKR asserted"}, nil},
		{"a side welcoming its own deal names no other", "Russia and Ukraine reached a deal on grain exports on Friday.\n\nUkraine welcomed the deal.",
			nil, []string{"SUPPORT UKR>RUS asserted"}},
		{"the two leaders", "Lavrov held talks with Pompeo in Sochi.\n\nThe two leaders agreed to resume flights.",
			[]string{"AGREE RUS/GOV>USA/GOV asserted"}, nil},
		{"talks in an after-phrase", "Lavrov said on Monday after talks with Pompeo that the dispute was over.",
			[]string{"CONSULT RUS/GOV>USA/GOV asserted"}, nil},
		{"will respond", "Russia will respond to any Kenyan attack.",
			[]string{"THREATEN RUS>KEN asserted"}, nil},
		{"resignation is aimed at home", "Kenyan President Moi resigned on Friday.",
			[]string{"RETREAT KEN/GOV>KEN asserted"}, nil},
		{"according to is no subject", "According to the Kenyan army, Israeli troops shelled the border.",
			[]string{"ASSAULT ISR/MIL>- reported"}, []string{"ASSAULT KEN"}},
		{"a list of names in an after-phrase", "The deal was signed after talks between Kenyan officials, Sergei Lavrov and Mike Pompeo.",
			[]string{"CONSULT KEN/GOV>RUS/GOV asserted", "CONSULT KEN/GOV>USA/GOV asserted", "CONSULT RUS/GOV>USA/GOV asserted"}, nil},
		{"a list in a sub clause stays there", "Kenya and Egypt held talks after a meeting between Kenyan officials, Sergei Lavrov and Mike Pompeo.",
			[]string{"CONSULT KEN>EGY asserted"}, []string{"CONSULT KEN>USA/GOV asserted"}},
		{"could face sanctions in someone's words", "Kenyan officials said Egypt could face sanctions.",
			[]string{"SANCTION KEN/GOV>EGY hypothetical"}, []string{"THREATEN KEN/GOV>EGY hypothetical"}},
		{"a final opportunity is an ultimatum", "The United Nations gave Iran a final opportunity to disarm or face serious consequences.",
			[]string{"THREATEN IGO>IRN asserted"}, []string{"RETREAT IGO>- asserted"}},
		{"an attack with no doer owned by the victim's accusation", "An airstrike killed 33 Kenyan soldiers in Idlib on Thursday.\n\nKenya blamed Israel and said it would respond.",
			[]string{"ASSAULT ISR>KEN/MIL reported", "ACCUSE KEN>ISR asserted"}, nil},
		{"an accusation by a third side owns nothing", "An airstrike killed 33 Kenyan soldiers in Idlib on Thursday.\n\nEgypt blamed Israel.",
			nil, []string{"ASSAULT ISR>KEN/MIL reported"}},
		{"stand with", "\"We stand with Kenya,\" Pompeo said.",
			[]string{"SUPPORT USA/GOV>KEN reported"}, nil},
		{"concerned by an act of another kind", "Kenyan police killed seven protesters in Nairobi.\n\nEgypt said it was deeply concerned by reports of the violent crackdown.",
			[]string{"ACCUSE EGY>KEN/COP reported"}, nil},
		{"a second verb after a time phrase, and countries listed after including",
			"Kenya accused Egypt of meddling and on Monday ordered the expulsion of diplomats from three countries, including Israel, Iran and Ukraine.",
			[]string{"SANCTION KEN>ISR asserted", "SANCTION KEN>IRN asserted", "SANCTION KEN>UKR asserted"}, nil},
		{"an arms sale approved", "Egypt approved the sale of 40 fighter jets to Kenya.",
			[]string{"COOPERATE EGY>KEN asserted"}, nil},
		{"a host welcoming a visitor", "Kenyan officials welcomed Sergei Lavrov at the palace in Nairobi on Thursday.",
			[]string{"CONSULT KEN/GOV>RUS/GOV asserted", "CONSULT RUS/GOV>KEN/GOV asserted"}, nil},
		{"welcoming an accord stays support", "Kenya welcomed the accord, saying in a statement that it would help.",
			[]string{"SUPPORT KEN>- asserted"}, []string{"CONSULT"}},
		{"a coup's arrest of the government's people", "Russian soldiers detained Sergei Lavrov on Tuesday.",
			[]string{"COERCE RUS/MIL>RUS/GOV asserted"}, nil},
		{"an announced resignation", "Kenyan President Moi announced his resignation on Tuesday.",
			[]string{"RETREAT KEN/GOV>KEN asserted"}, nil},
		{"ambassadors recalled", "Egypt recalled its ambassadors to Israel and Kenya for consultations.",
			[]string{"SANCTION EGY>ISR asserted", "SANCTION EGY>KEN asserted"}, nil},
		{"in close contact", "Egypt said it had been in close contact with Kenya.",
			[]string{"CONSULT EGY>KEN reported", "CONSULT KEN>EGY reported"}, nil},
		{"part of the problem", "Pompeo said Russian air strikes in Syria were part of the problem.",
			[]string{"ACCUSE USA/GOV>RUS reported"}, nil},
		{"the right to defend itself, in another's words", "Pompeo said Israel had the right to defend its territory.",
			[]string{"SUPPORT USA/GOV>ISR reported"}, nil},
		{"fired at", "Kenyan troops fired at Israeli soldiers on the border.",
			[]string{"ASSAULT KEN/MIL>ISR/MIL asserted"}, nil},
		{"a mobilization told in a background clause", "The swap came hours after the Russian leader ordered a partial mobilization of reservists.",
			[]string{"MOBILIZE RUS/GOV>- asserted"}, nil},
		{"protests told in an as-clause", "Police detained hundreds of people on Saturday, as Kenyan students protested against the order in Nairobi.",
			[]string{"PROTEST KEN/EDU>- asserted"}, nil},
		{"a heightened alert", "Kenya put its rapid reaction force on heightened alert.",
			[]string{"MOBILIZE KEN>- asserted"}, nil},
		{"a seized ship of a named country", "Iran seized a British tanker in the Strait of Hormuz on Friday.",
			[]string{"COERCE IRN>GBR asserted"}, nil},
		{"returned fire", "Kenyan troops returned fire, the army said.",
			[]string{"ASSAULT KEN/MIL>- reported"}, nil},
		{"would not hesitate is a threat", "Kenya would not hesitate to retaliate against Egypt, its defense minister said.",
			[]string{"THREATEN KEN>EGY reported"}, []string{"ASSAULT KEN>EGY negated"}},
		{"offered support", "Israel offered its full support to Kenya.",
			[]string{"SUPPORT ISR>KEN asserted"}, nil},
		{"him is the man named before, not the subject", "Sergei Lavrov and Mike Pompeo were in Sochi on Monday.\n\nLavrov later telephoned him again.",
			[]string{"CONSULT RUS/GOV>USA/GOV asserted"}, nil},
		{"a meeting of a body called for", "Kenya called for an emergency meeting of the United Nations.",
			[]string{"REQUEST KEN>IGO asserted"}, nil},
		{"a raised alert", "Egypt raised the alert level of its artillery units.",
			[]string{"MOBILIZE EGY>- asserted"}, nil},
		{"written to someone to say: the writer says it", "Iran has written to the United Nations to say it reserves its right to self-defense.",
			[]string{"THREATEN IRN>- reported"}, []string{"THREATEN IGO>- reported"}},
		{"consequences threatened on the one just asked", "Pompeo said Kenya must comply with the resolution.\n\nPompeo said that if it did not, the consequences would be serious.",
			[]string{"REQUEST USA/GOV>KEN reported", "THREATEN USA/GOV>KEN reported"}, nil},
		{"a deployment asked for is no threat", "Kenya asked the United Nations for help, and the United Nations said it would send peacekeeping forces.",
			[]string{"MOBILIZE IGO>KEN hypothetical"}, []string{"THREATEN IGO>KEN reported"}},
		{"an apposition's infinitive is no act",
			"Lavrov, the first foreign minister to visit since the blast, met Kenyan President Moi and Kenyan lawmakers.",
			[]string{"CONSULT RUS/GOV>KEN/GOV asserted", "CONSULT KEN/GOV>RUS/GOV asserted"}, nil},
		{"ending an operation against a country", "Kenya decided to end the operation to force Egypt to peace.",
			[]string{"RETREAT KEN>EGY asserted"}, nil},
		{"notified of its objection", "Kenya notified Egypt and Israel of its objection to extending the deal.",
			[]string{"REJECT KEN>EGY asserted", "REJECT KEN>ISR asserted"}, nil},
		{"a withdrawal not made, in another side's words", "Pompeo said Russia had not withdrawn its troops from Syria.",
			[]string{"ACCUSE USA/GOV>RUS reported"}, nil},
		{"one's own withdrawal not made accuses no one", "Lavrov said Russia had not withdrawn its troops from Syria.",
			nil, []string{"ACCUSE RUS/GOV>RUS reported"}},
		{"would be met with a response", "Pompeo said any movement of Russian forces across the border would be met with a swift response.",
			[]string{"THREATEN USA/GOV>RUS/MIL reported"}, nil},
		{"was met with is no threat", "The decision was met with protests in Nairobi.",
			nil, []string{"THREATEN"}},
		{"a pledge to the one told", "Egypt said Lavrov had told Kenyan officials by phone that Moscow was ready to provide assistance.",
			[]string{"AGREE RUS/GOV>KEN/GOV reported", "AID RUS/GOV>KEN/GOV hypothetical"}, nil},
		{"a build-up of another side's forces, told by a state", "Kenyan officials said Israeli troops were massing on the border.",
			[]string{"MOBILIZE ISR/MIL>- reported", "ACCUSE KEN/GOV>ISR/MIL reported"}, nil},
		{"a demand for release is asked of the holder", "Israeli police detained two Kenyan journalists on Monday.\n\nKenya called for the release of its journalists.",
			[]string{"REQUEST KEN>ISR/COP asserted"}, []string{"REQUEST KEN>KEN/JRN asserted"}},
		{"victims told just before are the target of the attack in a when-clause", "At least 49 Kenyan soldiers were killed when Israeli forces shelled positions along the border, Kenyan officials said.",
			[]string{"ASSAULT ISR/MIL>KEN/MIL reported"}, nil},
		{"exchanged fire, each side's attack", "Kenyan and Israeli troops exchanged fire along the border on Sunday.",
			[]string{"ASSAULT KEN>ISR/MIL asserted", "ASSAULT ISR/MIL>KEN asserted"}, []string{"COOPERATE"}},
		{"ignored demands, of their author", "Kenya demanded that Egypt withdraw its troops.\n\nEgypt ignored the demands.",
			[]string{"REJECT EGY>KEN asserted"}, nil},
		{"a state's protest is an accusation of the doer", "Israeli troops killed two Kenyan soldiers on Sunday.\n\nKenya protested the killing of its soldiers.",
			[]string{"ACCUSE KEN>ISR/MIL asserted"}, []string{"PROTEST KEN>KEN/MIL asserted"}},
		{"people protesting stay protesters", "Kenyan students protested against the war.",
			[]string{"PROTEST KEN/EDU>- asserted"}, []string{"ACCUSE"}},
		{"a coup staged", "Kenyan soldiers staged a coup on Tuesday.",
			[]string{"COERCE KEN/MIL>- asserted"}, nil},
		{"an offer to send troops is an offer, not the deployment", "Kenya offered to send troops to help Israel.",
			[]string{"AGREE KEN>ISR asserted"}, []string{"MOBILIZE KEN>ISR asserted"}},
		{"an exit ban", "Kenyan authorities barred the opposition leader from leaving the country.",
			[]string{"COERCE KEN/GOV>- asserted"}, nil},
		{"house arrest", "Kenyan police placed Sergei Lavrov under house arrest.",
			[]string{"COERCE KEN/COP>RUS/GOV asserted"}, nil},
		{"a parliament dissolved", "The Kenyan army dissolved parliament on Tuesday.",
			[]string{"COERCE KEN/MIL>- asserted"}, nil},
		{"took to the streets", "Thousands of Kenyans took to the streets of Nairobi on Sunday.",
			[]string{"PROTEST KEN>- asserted"}, nil},
		{"they opening a sentence", "Kenyan officials imposed sanctions on Egypt on Monday.\n\nThey also urged Israel to end the blockade.",
			[]string{"REQUEST KEN/GOV>ISR asserted"}, nil},
		{"they is not one person", "Kenyan President Moi imposed sanctions on Egypt on Monday.\n\nThey also urged Israel to end the blockade.",
			nil, []string{"REQUEST KEN/GOV>ISR asserted"}},
	})
}

func TestAnnouncedActs(t *testing.T) {
	check(t, []eventCase{
		{"a decided act is the threat and the act", "Britain will expel 23 Russian diplomats.",
			[]string{"THREATEN GBR>RUS/GOV asserted", "SANCTION GBR>RUS/GOV hypothetical"}, nil},
		{"a conditional act is only the threat", "Turkey may deploy troops to Idlib if the ceasefire collapses.",
			[]string{"THREATEN TUR>SYR hypothetical"}, []string{"MOBILIZE"}},
		{"a vow is only the threat", "Hamas vowed to attack Israel.",
			[]string{"THREATEN PSE/REB>ISR asserted"}, []string{"ASSAULT"}},
		{"suspension of a member", "The European Union suspended Kenya on Friday.",
			[]string{"SANCTION IGO>KEN asserted"}, nil},
		{"culpable in someone's words", "Pompeo said the Russian state was culpable for the attack.",
			[]string{"ACCUSE USA/GOV>RUS reported"}, nil},
		{"solidarity", "Japan said it stood in solidarity with Kenya.",
			[]string{"SUPPORT JPN>KEN reported"}, nil},
	})
}

func TestActMentions(t *testing.T) {
	check(t, []eventCase{
		{"a noun act without its doer is a mention", "Russia vetoed a draft on cross-border aid to Syria.",
			[]string{"REJECT RUS>- asserted"}, []string{"AID"}}, // a veto is aimed at the council, when one is named
		{"a noun act with its doer is coded", "Israeli air strikes on Gaza continued overnight.",
			[]string{"ASSAULT ISR>PSE asserted"}, nil},
	})
}

func TestObjectNamesAnAct(t *testing.T) {
	check(t, []eventCase{
		{"dismissed the demands", "Pompeo issued new demands to Tehran on Monday.\n\nIran dismissed the demands.",
			[]string{"REJECT IRN>USA/GOV asserted"}, nil},
	})
}

// Wire-copy constructions: words that look like triggers or cues but are
// not, sides read from the clause and from the sentences before, and the
// lexicon's phrases, each with the events it must and must not give.
func TestWireConstructions(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"noted is no negation", "He noted that Kenya would send aid to Ukraine.",
			[]string{"AID KEN>UKR hypothetical"}, []string{"AID KEN>UKR negated"}},
		{"press secretary is no pressure", "The Kenyan president's press secretary said Nairobi welcomed the report.",
			nil, []string{"REQUEST KEN/GOV>- reported", "REQUEST KEN>- reported"}},
		{"asked by reporters", "Kenyan President William Ruto, asked by reporters whether he would meet Somalia's leader, said he had no comment.",
			nil, []string{"REQUEST KEN/GOV>- asserted", "REQUEST KEN/GOV>- reported"}},
		{"a second that-clause has its own subject", "Kenya said that Egyptian troops had crossed the border and that Nairobi would ask Ukraine to mediate.",
			[]string{"REQUEST KEN/GOV>UKR hypothetical"}, []string{"REQUEST EGY/MIL>UKR hypothetical"}},
		{"a phrase of the demanded act is not the target", "Kenya demands Egypt withdraw from Ukraine",
			[]string{"REQUEST KEN>EGY asserted"}, []string{"REQUEST KEN>UKR asserted"}},
		{"an order inside one state", "Kenyan President Moi ordered the military to work with Egypt.",
			nil, []string{"REQUEST KEN/GOV>/MIL asserted", "REQUEST KEN/GOV>- asserted"}},
		{"aid in a signed package", "Kenya signed into law a $95 billion package of military aid for Ukraine, Israel and Syria.",
			[]string{"AID KEN>UKR asserted", "AID KEN>ISR asserted", "AID KEN>SYR asserted"}, nil},
		{"a prisoner exchange is each side's release", "Russia and Ukraine carried out a prisoner swap on Wednesday.",
			[]string{"RETREAT RUS>UKR asserted", "RETREAT UKR>RUS asserted"}, nil},
		{"a fronted sub clause before the subject", "Hours before the truce was due to take effect, Kenya accused Syrian forces of shelling the border.",
			[]string{"ACCUSE KEN>SYR/MIL asserted"}, nil},
		{"a denial answers the accusation before it", "Kenya accused Egypt of shelling the border.\n\nEgypt said Kenyan troops had fired first and denied that its army was targeting civilians.",
			[]string{"REJECT EGY>KEN reported"}, []string{"REJECT KEN/MIL>KEN reported"}},
		{"a denial with no accusation before it is no event", "Egypt denied that its army was targeting civilians.",
			nil, []string{"REJECT EGY>- reported", "REJECT EGY>- asserted"}},
		{"a warning of a conditional act", "Egypt warned that it would retake the border posts if Kenyan forces did not leave.",
			[]string{"THREATEN EGY>KEN/MIL asserted"}, nil},
		{"rejected accusations answer their author", "Kenya accused Egypt of shelling the border.\n\nEgypt rejected the accusations as absurd.",
			[]string{"REJECT EGY>KEN asserted"}, nil},
		{"a month is no march", "Kenyan police detained the poisoning suspects in Nairobi in March.",
			nil, []string{"PROTEST KEN/COP>- asserted", "PROTEST KEN/COP>KEN asserted", "PROTEST KEN/COP>KEN/GOV asserted"}},
		{"a name is no maybe", "Kenya will send aid to Ukraine, Prime Minister Theresa May said.",
			[]string{"AID KEN>UKR hypothetical"}, nil},
		{"a city before talks is where they are held", "Kenya warned that the Idlib talks were the last chance for Egypt.",
			nil, []string{"CONSULT SYR>EGY reported", "CONSULT EGY>SYR reported"}},
		{"a speech act after reported words is the speaker's", "Kenya said Egypt would pay the price for its mistakes and urged Syria to stay out.",
			[]string{"REQUEST KEN>SYR asserted", "THREATEN KEN>EGY reported"}, []string{"REQUEST EGY>SYR reported", "REQUEST EGY>SYR asserted"}},
		{"stern protests are an accusation", "Kenya lodged stern protests with Egypt over the raid.",
			[]string{"ACCUSE KEN>EGY asserted"}, []string{"PROTEST KEN>- asserted"}},
		{"summoning an ambassador", "Kenya summoned the Syrian ambassador on Wednesday.",
			[]string{"ACCUSE KEN>SYR/GOV asserted"}, nil},
		{"a visit to a place", "Kenya's Syria visit ended on Monday.",
			[]string{"CONSULT KEN>SYR asserted"}, nil},
		{"a threat answers the hostile deed before it", "Syrian jets struck Kenya on Monday.\n\nKenya warned of retaliation.",
			[]string{"THREATEN KEN>SYR/MIL asserted"}, nil},
		{"a threat after a friendly act has no target", "Syria and Egypt sent aid to Kenya on Monday.\n\nKenya warned of retaliation.",
			nil, []string{"THREATEN KEN>SYR asserted", "THREATEN KEN>EGY asserted"}},
		{"a victim telling of a deed accuses its doer", "Kenya said Syrian jets had bombed a Kenyan town.",
			[]string{"ASSAULT SYR/MIL>KEN reported", "ACCUSE KEN>SYR/MIL reported"}, nil},
		{"a doer telling of its own deed accuses no one", "Syria said its jets had bombed a Kenyan town.",
			nil, []string{"ACCUSE SYR>SYR/MIL reported", "ACCUSE KEN>SYR/MIL reported"}},
		{"a participle after the subject is no main verb", "Kenyan leaders meeting in Nairobi on Monday agreed to send aid to Syria.",
			[]string{"AGREE KEN/GOV>SYR asserted"}, []string{"CONSULT KEN/GOV>SYR asserted"}},
		{"but he: the pronoun is the subject", "Kenya's president said Egypt had the right to respond, but he urged Syria and Egypt to talk.",
			nil, []string{"REQUEST EGY>SYR reported"}},
		{"striking a note is no strike", "Kenya, however, struck a cautious note.",
			nil, []string{"ASSAULT KEN>- asserted"}},
		{"handing over people releases them", "Kenya handed over 55 Syrians on Monday.",
			[]string{"RETREAT KEN>SYR asserted"}, nil},
		{"agreeing to a hostile act is the act", "Kenya agreed to impose new sanctions on Syria.",
			[]string{"SANCTION KEN>SYR asserted"}, []string{"AGREE KEN>SYR asserted"}},
		{"a ban on a country's carriers is a sanction", "Kenya banned Syrian airlines from its airspace.",
			[]string{"SANCTION KEN>SYR asserted"}, []string{"COERCE KEN>SYR asserted"}},
		{"people demanding of a state are its people", "Protesters are demanding the resignation of Kenyan President Moi.",
			[]string{"REQUEST KEN/CVL>KEN/GOV asserted"}, nil},
		{"talks in a fronted phrase are the subject's", "In a telephone call with Kenyan President Moi, Egypt thanked Kenya for its support.",
			[]string{"CONSULT EGY>KEN/GOV asserted", "CONSULT KEN/GOV>EGY asserted"}, nil},
		{"receiving a counterpart is a meeting both ways", "Kenya received the Syrian foreign minister in Nairobi.",
			[]string{"CONSULT KEN>SYR/GOV asserted", "CONSULT SYR/GOV>KEN asserted"}, nil},
		{"a trip to a country is a visit", "Egypt's president flew to Kenya on Monday.",
			[]string{"CONSULT EGY/GOV>KEN asserted"}, nil},
		{"a threat conditioned on an act is aimed at its doer", "Syrian troops attacked Kenyan posts on Monday.\n\nKenya warned that it would respond if the attacks continued.",
			[]string{"THREATEN KEN>SYR/MIL asserted"}, nil},
		{"the assembly is the body named before", "The United Nations met on Wednesday.\n\nKenya urged the 193-member assembly to stand with Egypt.",
			[]string{"REQUEST KEN>IGO asserted"}, []string{"REQUEST KEN>KEN asserted"}},
		{"an act inside a demand is not the demander's", "Kenya demanded that Syria stop its offensive and withdraw all its troops.",
			[]string{"REQUEST KEN>SYR asserted"}, []string{"RETREAT KEN>- asserted"}},
		{"an act in response to another's is aimed at it", "Kenya halted the approval of the pipeline in response to Egypt's recognition of the rebels.",
			[]string{"SANCTION KEN>EGY asserted"}, nil},
		{"expelled over another's role", "Kenya expelled two diplomats over Egypt's role in the plot.",
			[]string{"SANCTION KEN>EGY asserted"}, nil},
		{"the two sides are the two named before", "Kenya and Egypt held talks on Monday.\n\nThe two sides agreed to meet again in May.",
			[]string{"AGREE KEN>EGY asserted", "AGREE EGY>KEN asserted"}, nil},
		{"a refusal until another acts is aimed at it", "Kenya said it would not lift sanctions until Egypt returns to the talks.",
			[]string{"REJECT KEN>EGY reported"}, nil},
		{"an ultimatum to an ambassador is an expulsion", "Kenya gave the Syrian ambassador 72 hours to leave the country.",
			[]string{"SANCTION KEN>SYR asserted"}, nil},
		{"persona non grata", "Kenya declared two Syrian diplomats persona non grata.",
			[]string{"SANCTION KEN>SYR asserted"}, nil},
		{"closing airspace to a country's flights", "Egypt closed its airspace to Syrian flights.",
			[]string{"SANCTION EGY>SYR asserted"}, nil},
		{"dropping a country from a list", "Kenya removed Egypt from its list of trusted partners.",
			[]string{"SANCTION KEN>EGY asserted"}, nil},
		{"weapons sent to a country are aid", "Kenya will send tanks to Ukraine.",
			[]string{"AID KEN>UKR hypothetical"}, []string{"MOBILIZE KEN>UKR hypothetical", "THREATEN KEN>UKR asserted"}},
		{"lashing out is an accusation", "Kenya lashed out at Egypt over the decision.",
			[]string{"ACCUSE KEN>EGY asserted"}, nil},
		{"concern over a pact", "Kenya expressed concern over the pact between Egypt and Syria.",
			[]string{"ACCUSE KEN>EGY asserted", "ACCUSE KEN>SYR asserted"}, nil},
		{"a heavy price in a quote is the speaker's threat", "\"Egypt will pay a heavy price,\" Kenya's foreign minister said.",
			[]string{"THREATEN KEN/GOV>EGY reported"}, nil},
		{"a visit in a fronted phrase is the subject's", "During a visit to Egypt, Kenya's president praised Syria.",
			[]string{"CONSULT KEN/GOV>EGY asserted"}, []string{"CONSULT EGY>KEN/GOV asserted"}},
		{"a doer takes no country from the official it acts on", "The army expelled the Syrian ambassador.",
			nil, []string{"SANCTION SYR/MIL>SYR asserted", "SANCTION SYR/MIL>SYR/GOV asserted"}},
		{"its positions in the speaker's words are the speaker's", "Kenya said Syrian forces had shelled its positions.",
			[]string{"ASSAULT SYR/MIL>KEN reported", "ACCUSE KEN>SYR/MIL reported"}, nil},
		{"blocking another's aid is a rejection, not aid", "Kenya blocked the European Union's aid package for Ukraine.",
			[]string{"REJECT KEN>IGO asserted"}, []string{"AID IGO>UKR asserted"}},
		{"a violation told by another side is its accusation", "Kenya said Syria had violated the ceasefire.",
			[]string{"ACCUSE KEN>SYR reported"}, nil},
		{"according to names the speaker", "According to Kenya, Syria had violated the truce.",
			[]string{"ACCUSE KEN>SYR reported"}, nil},
		{"of with a gerund ends the accused", "Kenya accused Egypt of violating the principles of the United Nations charter.",
			[]string{"ACCUSE KEN>EGY asserted"}, []string{"ACCUSE KEN>IGO asserted"}},
		{"the measure is a deed, not words", "Syria imposed sanctions on Kenya on Monday.\n\nEgypt praised Kenya.\n\nKenya condemned the measure.",
			[]string{"ACCUSE KEN>SYR asserted"}, []string{"ACCUSE KEN>EGY asserted"}},
		{"receiving goods is no meeting", "Kenya received the first parts of a Syrian missile system.",
			nil, []string{"CONSULT KEN>SYR asserted", "CONSULT SYR>KEN asserted"}},
		{"brokering a truce is mediation with the parties", "Kenya brokered a truce between Syria and Egypt.",
			[]string{"CONSULT KEN>SYR asserted", "CONSULT KEN>EGY asserted"}, []string{"AGREE KEN>SYR asserted", "AGREE SYR>EGY asserted"}},
		{"co-brokers do not meet each other", "Kenya and Egypt helped broker the agreement.",
			nil, []string{"CONSULT KEN>EGY asserted", "AGREE KEN>EGY asserted"}},
		{"the council is the body named before", "The United Nations failed to act.\n\nKenya called on the council to respond in unity.",
			[]string{"REQUEST KEN>IGO asserted"}, nil},
		{"an apposition ends a list of subjects", "The presidents of Kenya and Egypt, both allies of Syria in the past, urged Ukraine to talk.",
			nil, []string{"REQUEST SYR>UKR asserted", "REQUEST SYR/GOV>UKR asserted"}},
		{"hitting back is words", "Kenya hit back at Egypt.",
			[]string{"ACCUSE KEN>EGY asserted"}, []string{"ASSAULT KEN>EGY asserted"}},
		{"a charge names the accused", "Kenyan prosecutors charged the Syrian journalist with espionage.",
			[]string{"ACCUSE KEN/JUD>SYR asserted"}, nil},
		{"a complaint filed against a country", "Kenya filed a complaint against Egypt at the tribunal.",
			[]string{"ACCUSE KEN>EGY asserted"}, nil},
		{"traded accusations", "Kenya and Egypt traded accusations.",
			[]string{"ACCUSE KEN>EGY asserted", "ACCUSE EGY>KEN asserted"}, nil},
		{"tariffs on a country's goods", "Kenya slapped new tariffs on Syrian goods.",
			[]string{"SANCTION KEN>SYR asserted"}, nil},
		{"halting arms sales", "Kenya halted arms sales to Egypt.",
			[]string{"SANCTION KEN>EGY asserted"}, nil},
		{"export controls", "Kenya tightened export controls on Egypt.",
			[]string{"SANCTION KEN>EGY asserted"}, nil},
		{"a ban on rallies at home is coercion", "The Kenyan government imposed a ban on rallies in Nairobi.",
			[]string{"COERCE KEN/GOV>- asserted"}, []string{"PROTEST KEN/CVL>KEN/GOV asserted", "PROTEST KEN/CVL>- asserted"}},
		{"measures against a country to come are a threat", "Kenya vowed to take all necessary measures against Egypt.",
			[]string{"THREATEN KEN>EGY asserted"}, nil},
		{"high alert", "Kenya put its army on high alert along the border.",
			[]string{"MOBILIZE KEN>- asserted"}, nil},
		{"the one told is no side", "Iran tells Kenya it will respond to any attack.",
			[]string{"THREATEN IRN>- reported"}, []string{"THREATEN KEN>- reported"}},
	})
}

// placedCase is a sentence read with the place gazetteer and the domestic
// targets convention, under a dateline; want "" means no event.
type placedCase struct{ name, text, dateline, want string }

// checkPlaced runs cases through a stage that knows places.
func checkPlaced(t *testing.T, cases []placedCase) {
	t.Helper()
	st, err := New(Options{Places: testGazetteer(t), DomesticTargets: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := article(t, tc.text, "2019-03-14")
			if tc.dateline != "" {
				a.Dateline = &dateline.Dateline{Place: tc.dateline}
			}
			if err := st.Run(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			got := briefs(a)
			if tc.want == "" && len(got) > 0 || tc.want != "" && !slices.Contains(got, tc.want) {
				t.Errorf("%q: want %q, got %q", tc.text, tc.want, got)
			}
		})
	}
}

// Protests with no one named are the people's of the country protested in
// or against; the dateline does not place them. Arrests with no one named
// are the state's where they happen.
func TestUnnamedProtesters(t *testing.T) {
	checkPlaced(t, []placedCase{
		{"protests across a country", "Protests over fuel prices spread across Kenya on Wednesday.", "", "PROTEST KEN/CVL>KEN/GOV asserted"},
		{"protests against a ruler", "Protests against Kenyan President Moi grew on Friday.", "", "PROTEST KEN/CVL>KEN/GOV asserted"},
		{"not from the dateline", "Protests over fuel prices spread on Wednesday.", "NAIROBI", ""},
		{"arrests are the state's where they happen", "Dozens of protesters were detained in Nairobi on Saturday.", "", "COERCE KEN/GOV>KEN/CVL asserted"},
		{"arrests placed by the dateline", "Dozens of protesters were detained on Saturday.", "NAIROBI", "COERCE KEN/GOV>KEN/CVL asserted"},
		{"the people a state's police act on are its own", "Israeli police fired tear gas at protesters who tried to break through a cordon, while in Nairobi demonstrators gathered outside the parliament.", "", "COERCE ISR/COP>ISR/CVL asserted"},
		{"riot control by unnamed forces", "Security forces fired tear gas at crowds in the city.", "NAIROBI", "COERCE KEN/MIL>KEN/CVL asserted"},
		{"an absolute phrase with its own doer", "Thousands of protesters marched on Saturday, with police firing tear gas at demonstrators.", "NAIROBI", "COERCE KEN/COP>KEN/CVL asserted"},
		{"an act coordinated in a participle clause", "Thousands of protesters in Nairobi erupted in cheers, waving flags and chanting slogans.", "", "PROTEST KEN/CVL>KEN/GOV asserted"},
		{"people protest where they live, not in the country of the one named before 'where'", "\"Kenya is not alone,\" French President Macron said during a walkabout in the old district, where angry residents chanted slogans and called for the fall of the government.", "NAIROBI", "PROTEST KEN/CVL>KEN/GOV asserted"},
		{"the residents of a place toured are its people", "French President Macron toured the old district, where angry residents called for the fall of the government.", "NAIROBI", "PROTEST KEN/CVL>KEN/GOV asserted"},
		{"a fronted place with no comma", "Police fired tear gas in Mombasa, while in Nairobi demonstrators gathered outside the parliament.", "", "PROTEST KEN/CVL>KEN/LEG asserted"},
		{"a protest outside a mission is against its country", "Protesters rallied outside the Israeli embassy in Nairobi.", "", "PROTEST KEN/CVL>ISR asserted"},
		{"unnamed police are the state's", "After landing, police detained the opposition blogger.", "NAIROBI", "COERCE KEN/COP>KEN/OPP asserted"},
		{"a first name is no place", "After landing, police detained the blogger and his companion Sofia Sapega.", "NAIROBI", "COERCE KEN/COP>KEN asserted"},
		{"police opening fire are the state's, on its people", "Police opened fire on protesters outside the parliament on Tuesday.", "NAIROBI", "ASSAULT KEN/COP>KEN/CVL asserted"},
		{"police shooting people dead", "The rights group said police had shot dead at least five people and wounded 31 others.", "NAIROBI", "ASSAULT KEN/COP>KEN/CVL reported"},
	})
}

// An attack on things in a named foreign country is aimed at that country.
func TestForeignPlaceTarget(t *testing.T) {
	checkPlaced(t, []placedCase{
		{"facilities across a country", "Kenya said its forces had carried out a strike against military facilities across Ukraine.", "NAIROBI", "ASSAULT KEN/MIL>UKR reported"},
		{"across the country is the dateline's", "Syrian missile strikes hit power plants across the country on Monday.", "NAIROBI", "ASSAULT SYR>KEN asserted"},
		{"a military operation in a country", "Kenya launched a military operation in southern Somalia.", "NAIROBI", "ASSAULT KEN>SOM asserted"},
		{"a withdrawal from a city", "Syria withdrew its troops from Kherson.", "NAIROBI", "RETREAT SYR>UKR asserted"},
		{"the country is the one named last", "Kenyan officials said Israeli strikes hit power plants across the country.", "CAIRO", "ASSAULT ISR>KEN reported"},
		{"the country is not the doer's", "Israeli strikes hit power plants across the country, Egypt said.", "NAIROBI", "ASSAULT ISR>KEN reported"},
		{"troops rolled into the heart of a city", "Israeli troops rolled into the heart of Kherson on Wednesday.", "NAIROBI", "MOBILIZE ISR/MIL>UKR asserted"},
		{"no place keeps no target", "Kenya said its forces had carried out a strike against military facilities.", "NAIROBI", "ASSAULT KEN/MIL>- reported"},
		{"a camp inside a people's territory", "Syrian troops bombed a rebel camp inside Iranian territory on Saturday.", "NAIROBI", "ASSAULT SYR/MIL>IRN asserted"},
		{"battalions ordered to the border with a country", "Kenya has ordered ten army battalions to the border with Egypt.", "NAIROBI", "MOBILIZE KEN>EGY asserted"},
	})
}

// TestPairsOfObjectList: "X met A, B and C" pairs X with each one met, both
// ways; those met, of one country, do not meet each other. Sides named
// together as subjects ("Russia, Iran and Turkey met") pair every way.
func TestPairsOfObjectList(t *testing.T) {
	side := func(key, country, sector string) actor {
		return actor{ev: dateline.EventActor{Entity: -1, Country: country, Sector: sector, Name: key}, key: key}
	}
	fra := side("macron", "FRA", "GOV")
	aoun, berri := side("aoun", "LBN", "GOV"), side("berri", "LBN", "LEG")
	render := func(ps [][2]*actor) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p[0].key+">"+p[1].key)
		}
		return out
	}
	got := render(pairs("CONSULT", true, []actor{fra}, []actor{aoun, berri}))
	for _, w := range []string{"macron>aoun", "aoun>macron", "macron>berri", "berri>macron"} {
		if !slices.Contains(got, w) {
			t.Errorf("missing %s in %v", w, got)
		}
	}
	if slices.Contains(got, "aoun>berri") || slices.Contains(got, "berri>aoun") {
		t.Errorf("those met meet each other: %v", got)
	}
	rus, irn, tur := side("rus", "RUS", ""), side("irn", "IRN", ""), side("tur", "TUR", "")
	if got := render(pairs("CONSULT", true, []actor{rus, irn, tur}, nil)); len(got) != 6 {
		t.Errorf("three subjects: %v, want six pairs", got)
	}
}

// A deed coordinated after a perfect in someone's words shares its
// auxiliary and doer ("said police had shot … and wounded …"); it is not the
// speaker's own act, though the tagger may read it as a past tense.
func TestDeedAfterPerfect(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"wounded is the police's", "Egypt said police had shot dead five Kenyans and wounded 31 others.",
			nil, []string{"ASSAULT EGY>- asserted", "ASSAULT EGY>- reported"}},
	})
}

// Exercises held with another state are military cooperation; a host of
// talks named only as "the talks" takes part with each of their sides, one
// side "coming to the meeting" with the other; a role after a name and
// its comma is the named person's office, not another side.
func TestTalksHostedAndExercises(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"exercises with a state", "Kenya held naval exercises with Egypt off its coast.",
			[]string{"COOPERATE KEN>EGY asserted", "COOPERATE EGY>KEN asserted"}, []string{"MOBILIZE KEN>- asserted"}},
		{"exercises alone are a show of force", "Kenya held naval exercises off its coast.",
			[]string{"MOBILIZE KEN>- asserted"}, nil},
		{"the host of the talks told before", "Kenya and Egypt held talks on Thursday. The talks were hosted by Syria.",
			[]string{"CONSULT SYR>KEN asserted", "CONSULT SYR>EGY asserted", "CONSULT KEN>SYR asserted"}, []string{"CONSULT SYR>- asserted"}},
		{"a host, active", "Kenya and Egypt held talks on Thursday. Syria hosted the meeting.",
			[]string{"CONSULT SYR>KEN asserted", "CONSULT EGY>SYR asserted"}, []string{"CONSULT SYR>- asserted"}},
		{"a role after a name is its office, not a side", "Kenya and Egypt held talks on Thursday. The talks were hosted by Syria, the chairman of the European Union.",
			[]string{"CONSULT SYR>KEN asserted"}, []string{"CONSULT SYR>IGO asserted", "CONSULT IGO>SYR asserted", "CONSULT SYR>IGO/GOV asserted", "CONSULT IGO/GOV>SYR asserted"}},
		{"a list after a comma goes on", "Syria hosted talks with Kenya, the European Union and Egypt.",
			[]string{"CONSULT SYR>IGO asserted", "CONSULT SYR>EGY asserted"}, nil},
		{"one side came to the meeting", "Kenya and Egypt held talks on Thursday. Kenya said it had come to the meeting in good faith.",
			[]string{"CONSULT KEN>EGY reported"}, []string{"CONSULT KEN>- reported"}},
	})
}

// Aid accepted from a side is that side's aid; aid with no recipient named
// goes where the story's aid goes, or to the one who asked for it.
func TestAidAcceptedAndRecipient(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"teams accepted from a country", "Kenya accepted rescue teams from Egypt and Syria.",
			[]string{"AGREE KEN>EGY asserted", "AID EGY>KEN asserted", "AID SYR>KEN asserted"}, nil},
		{"offers of teams accepted", "Kenya said it had accepted offers of search and rescue teams from Egypt.",
			[]string{"AGREE KEN>EGY reported", "AID EGY>KEN reported"}, nil},
		{"the story's recipient", "Kenya accepted rescue teams from Egypt. Syria dispatched a search and rescue unit on Sunday.",
			[]string{"AID SYR>KEN asserted"}, nil},
		{"the one who asked", "Kenya asked Egypt for help. Egypt sent 60 rescue specialists on Sunday.",
			[]string{"AID EGY>KEN asserted"}, nil},
		{"a refusal gives nothing", "Kenya did not accept rescue teams from Egypt.",
			nil, []string{"AID EGY>KEN asserted", "AID EGY>KEN negated"}},
	})
}

// An act one side offers or promises is coded as "will" is: the AGREE, now,
// and the act, not yet done; aid offered "if X asks" is for X.
func TestPledgedActs(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"teams offered", "Kenya offered on Saturday to send rescue teams if Egypt requested them.",
			[]string{"AGREE KEN>EGY asserted", "AID KEN>EGY hypothetical"}, []string{"AGREE KEN>- asserted"}},
		{"a withdrawal promised", "Kenya promised to withdraw its troops from Egypt.",
			[]string{"AGREE KEN>EGY asserted", "RETREAT KEN>EGY hypothetical"}, nil},
		{"standing ready", "The UN said it stood ready to support Kenya.",
			[]string{"AGREE IGO>KEN reported"}, nil},
		{"suspects handed over", "Kenya handed over the suspects to Egypt.",
			[]string{"COOPERATE KEN>EGY asserted"}, []string{"RETREAT KEN>EGY asserted"}},
		{"the words begin at 'that' after a long setting", "Kenyan President Moi said at the regional summit in the old coastal capital on Saturday that Egypt was ready to send rescuers.",
			[]string{"AGREE EGY>- reported"}, []string{"AGREE KEN>- reported"}},
	})
}

// A way back is no backing; the terms agreed are no act done; an apology
// with no one named answers the last charge against the apologiser; the
// broker of "the agreement" talks with its sides.
func TestBackTermsApologyBroker(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"flew back", "Kenya's envoy flew back to Egypt on Thursday.", nil, []string{"SUPPORT KEN>EGY asserted", "SUPPORT KEN/GOV>EGY asserted"}},
		{"will be back", `"Kenya will be back tomorrow," he said.`, nil, []string{"SUPPORT KEN>- hypothetical", "AGREE KEN>- reported"}},
		{"backing stays", "Kenya backed Egypt's plan.", []string{"SUPPORT KEN>EGY asserted"}, nil},
		{"the terms agreed", "Kenya and Egypt agreed on Thursday that neither would threaten or use force against the other.",
			[]string{"AGREE KEN>EGY asserted"}, []string{"ASSAULT KEN>- asserted", "ASSAULT EGY>- asserted"}},
		{"an apology answers the charge", "Kenya summoned Egypt's ambassador on Friday. Egypt apologised on Saturday.",
			[]string{"SUPPORT EGY>KEN asserted"}, []string{"SUPPORT EGY>- asserted"}},
		{"the broker of the agreement", "Kenya and Egypt reached an agreement on Monday. Syria helped broker the agreement.",
			[]string{"CONSULT SYR>KEN asserted", "CONSULT SYR>EGY asserted"}, nil},
	})
}

// A demand or warning with no one named, whose words name one other
// country, is aimed at it; a place named as a setting is no side.
func TestContentCountry(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"troops to withdraw", "Kenya called for the withdrawal of all Syrian troops.",
			[]string{"REQUEST KEN>SYR asserted"}, []string{"REQUEST KEN>- asserted"}},
		{"goods turned away", "Kenya warned in an interview that consumers could turn away from Syrian tea.",
			[]string{"THREATEN KEN>SYR asserted"}, nil},
		{"two countries name no one", "Kenya called for the withdrawal of Russian and Syrian troops.",
			nil, []string{"REQUEST KEN>RUS asserted", "REQUEST KEN>SYR asserted"}},
		{"a border is a setting", "Kenya called for calm near its border with Syria.",
			nil, []string{"REQUEST KEN>SYR asserted"}},
	})
}

// The cause of a feeling ("disappointed that X had …") is a clause with
// its own subject, told as the feeling is.
func TestFeelingCause(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"disappointed that", "Kenya said it was disappointed and surprised that Egypt had called off its state visit to Kenya.",
			[]string{"SANCTION EGY>KEN reported"}, []string{"SANCTION KEN>- reported"}},
	})
}

// Valuing a relationship with another side is support of it.
func TestValuedRelationship(t *testing.T) {
	check(t, []eventCase{
		{"valued its relationship", "Kenya's foreign minister said Kenya valued its relationship with Egypt.",
			[]string{"SUPPORT KEN>EGY reported"}, nil},
	})
}

// An adverb before an adjective stays inside the people phrase ("thousands
// of mostly young demonstrators"); treason is a condemning word.
func TestAdverbInPhraseAndTreason(t *testing.T) {
	checkPlaced(t, []placedCase{
		{"mostly young demonstrators", "Thousands of mostly young demonstrators had marched through the city centre since morning.", "NAIROBI", "PROTEST KEN/CVL>KEN/GOV asserted"},
	})
	check(t, []eventCase{
		{"treasonous", "Kenya's foreign minister called Egypt's move treasonous.", []string{"ACCUSE KEN/GOV>EGY asserted"}, nil},
	})
}

// A place named after a deed done by sides of two countries is a foreign
// place for the one fighting abroad.
func TestPlaceTargetOfJointForces(t *testing.T) {
	checkPlaced(t, []placedCase{
		{"one side abroad", "Syrian and Kenyan troops have recaptured the port town in Mombasa.", "", "ASSAULT SYR>KEN asserted"},
	})
}

// A demand in the subjunctive ("insisting that all Syrian troops be
// withdrawn") is a REQUEST of the country its words name; an absolute
// phrase's doer may be a possessed body ("with Kenya's new government
// insisting …"); a roll-back is no backing.
func TestSubjunctiveDemand(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"insisted that … be", "Kenya insisted that all Syrian troops be withdrawn.",
			[]string{"REQUEST KEN>SYR asserted"}, nil},
		{"in an absolute phrase", "Talks resumed on Monday, with Kenya's new government insisting that all Syrian sanctions be lifted before it rolls back its program.",
			[]string{"REQUEST KEN/GOV>SYR asserted"}, []string{"SUPPORT KEN/GOV>- asserted", "SUPPORT KEN>- asserted"}},
	})
}

// Talks "between the two countries" with no side named are between the
// sides of the joint act told last.
func TestBetweenTheTwo(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"the summit between the two", "Kenya and Egypt agreed on Tuesday to resume talks. The summit, the first ever between the two countries, ended on Tuesday.",
			[]string{"CONSULT KEN>EGY asserted", "CONSULT EGY>KEN asserted"}, nil},
	})
}

// A condemning word denied after an auxiliary ("has never been the
// aggressor") accuses no one, and a state's officials do not condemn their
// own state.
func TestBlameDeniedAndSelf(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"never been", `"Syria has never been the aggressor," Kenyan President Moi said.`, nil, []string{"ACCUSE KEN/GOV>SYR reported"}},
		{"not", `"Syria is not the aggressor," Kenyan President Moi said.`, nil, []string{"ACCUSE KEN/GOV>SYR reported"}},
		{"own state", `"Kenya is the aggressor," Kenyan President Moi said.`, nil, []string{"ACCUSE KEN/GOV>KEN reported"}},
		{"another state", `"Syria is the aggressor," Kenyan President Moi said.`, []string{"ACCUSE KEN/GOV>SYR reported"}, nil},
	})
}

// Talks "involving" sides are between every side named; talks whose
// sides their own phrase names are a fact even in a relative clause, but
// not in a condition.
func TestTalksInvolving(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"involving", "Negotiations involving Kenya, Egypt and Syria resumed on Monday.",
			[]string{"CONSULT KEN>EGY asserted", "CONSULT EGY>SYR asserted", "CONSULT SYR>KEN asserted"}, nil},
		{"in a relative clause", "The Red Cross loaded the trucks, which crossed the border after days of negotiations involving Kenya and Egypt.",
			[]string{"CONSULT KEN>EGY asserted", "CONSULT EGY>KEN asserted"}, nil},
		{"not in a condition", "The trucks will cross the border if negotiations involving Kenya and Egypt succeed.",
			nil, []string{"CONSULT KEN>EGY asserted", "CONSULT EGY>KEN asserted"}},
	})
}

// "before" with a noun and no verb tells a fact in passing ("said before
// talks with X": the talks took place); "before" with a verb may never
// happen.
func TestBeforeTalks(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"before talks", "Kenya condemned Syria before talks with Egypt.",
			[]string{"CONSULT KEN>EGY asserted", "CONSULT EGY>KEN asserted"}, nil},
		{"before a verb", "Kenya said it was ready before Egypt held talks with Syria.",
			nil, []string{"CONSULT EGY>SYR asserted"}},
	})
}

// Speaking to reporters or the press is no meeting with a side.
func TestPressIsNoSide(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"spoke to reporters", "Kenya's foreign minister spoke to reporters on Monday.", nil, []string{"CONSULT KEN/GOV>/JRN asserted", "CONSULT /JRN>KEN/GOV asserted"}},
		{"met journalists", "Kenya's foreign minister met journalists on Monday.", nil, []string{"CONSULT KEN/GOV>/JRN asserted", "CONSULT /JRN>KEN/GOV asserted"}},
		{"spoke to a side", "Kenya's foreign minister spoke to Syria on Monday.", []string{"CONSULT KEN/GOV>SYR asserted"}, nil},
	})
}

// Political idioms that are no events: firing back, beating back a
// challenge, bouncing back, marching toward an election, rallying voters;
// a capital naming a deal ("the Moscow agreement") is no side of it.
func TestPoliticalIdioms(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"fired back", "Kenya's president fired back on Monday.", nil, []string{"SUPPORT KEN/GOV>- asserted"}},
		{"fire back at", "Kenya fired back at Egypt on Monday.", []string{"ACCUSE KEN>EGY asserted"}, nil},
		{"beat back a challenge", "Kenya's president beat back a challenge from Egypt.", nil, []string{"SUPPORT KEN/GOV>EGY asserted", "SUPPORT KEN/GOV>- asserted"}},
		{"bounce back", "Kenya's ruling party is likely to bounce back on Tuesday.", nil, []string{"SUPPORT KEN/PTY>- asserted", "SUPPORT KEN>- asserted"}},
		{"marching toward", "Kenyan President Moi is marching toward November.", nil, []string{"PROTEST KEN/GOV>- asserted", "ACCUSE KEN/GOV>- asserted"}},
		{"rallying voters", "Kenyan President Moi sought to rally older voters.", nil, []string{"PROTEST KEN/GOV>- asserted", "THREATEN KEN/GOV>- asserted"}},
		{"the Moscow agreement", "Kenya criticized the Moscow agreement.", nil, []string{"ACCUSE KEN>RUS/GOV asserted", "ACCUSE KEN>RUS asserted"}},
		{"Moscow itself", "Kenya criticized Moscow on Monday.", []string{"ACCUSE KEN>RUS/GOV asserted"}, nil},
	})
}

// More idioms of political news that are no events (from the polnear-train
// sample): showing something, capturing an image or a nomination, carrying
// out a plan, fighting for a bill, a campaign rally; one named person
// attacking another is words.
func TestCampaignIdioms(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"demonstrated a fondness", "Kenya demonstrated a fondness for brutal leaders.", nil, []string{"PROTEST KEN>- asserted", "ACCUSE KEN>- asserted"}},
		{"demonstrated in a city", "Protesters demonstrated in Nairobi against the government.", []string{"PROTEST KEN/CVL>KEN/GOV asserted"}, nil},
		{"captured an image", "A Kenyan photographer captured a small figure covered in a foil sheet.", nil, []string{"ASSAULT KEN>- asserted", "ASSAULT KEN/JRN>- asserted"}},
		{"executed a plan", "Kenya executed the plan as well as it could.", nil, []string{"ASSAULT KEN>- asserted"}},
		{"fought for a bill", "Pompeo fought for the bill.", nil, []string{"ASSAULT USA/GOV>- asserted"}},
		{"a candidate holding a rally", "Pompeo held a rally on Saturday.", nil, []string{"PROTEST USA/GOV>- asserted"}},
		{"a campaign rally", "Kenyan students attended a campaign rally in Mombasa.", nil, []string{"PROTEST KEN/EDU>KEN/GOV asserted", "PROTEST KEN/EDU>- asserted"}},
		{"a protest rally", "Opposition supporters held a rally against the government in Nairobi.", []string{"PROTEST KEN/OPP>KEN/GOV asserted"}, nil},
		{"one person attacking another", "Pompeo attacked Lavrov on Monday.", []string{"ACCUSE USA/GOV>RUS/GOV asserted"}, []string{"ASSAULT USA/GOV>RUS/GOV asserted"}},
		{"troops attacking", "Russian troops attacked Syrian positions.", []string{"ASSAULT RUS/MIL>SYR asserted"}, nil},
	})
}

// And more: a deadline met, an endorsement received, a poll's support,
// the press spoken to, a candidate's rally; a demand's words end at a new
// phrase, and places listed after "in" are its setting.
func TestCampaignIdiomsMore(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"met the deadline", "Kenya did meet the deadline Egypt imposed.", nil, []string{"CONSULT KEN>- asserted", "CONSULT KEN>EGY asserted"}},
		{"received endorsements", "Pompeo has not received any endorsements from Lavrov.", nil, []string{"CONSULT USA/GOV>RUS/GOV negated", "CONSULT RUS/GOV>USA/GOV negated"}},
		{"a poll's support", "In the poll, Pompeo's support has steadily risen.", nil, []string{"SUPPORT USA/GOV>- asserted"}},
		{"the press", "Kenya's foreign minister spoke to Syrian journalists on Monday.", nil, []string{"CONSULT KEN/GOV>SYR/JRN asserted", "CONSULT KEN/GOV>- asserted"}},
		{"a candidate's rally", "At Pompeo's rally in Mombasa, some voters wore T-shirts.", nil, []string{"PROTEST USA/GOV>- asserted", "PROTEST USA/GOV>KEN asserted"}},
		{"a demand ends at a new phrase", "Kenya called for a ban on Muslims entering the country and its harsh rules on Syrian migrants.", nil, []string{"REQUEST KEN>SYR asserted"}},
		{"places after 'in' are a setting", "Kenya will begin a tour to seek support, with stops in Cairo, Damascus and Moscow.", nil, []string{"REQUEST KEN>SYR asserted", "REQUEST KEN>RUS asserted", "REQUEST KEN>EGY asserted"}},
	})
}

// Backing down and looking back are no backing.
func TestBackDown(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"backing down", "Kenya showed no sign of backing down.", nil, []string{"SUPPORT KEN>- asserted"}},
		{"back to a year", "Kenyan officials think warmly back to 2008.", nil, []string{"SUPPORT KEN/GOV>- asserted"}},
	})
}

// Campaign words that are no events: declining comment, offering views,
// seeking office, appealing to voters' fears.
func TestCampaignWords(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"declined comment", "Kenya declined comment on Monday.", nil, []string{"REJECT KEN>- asserted"}},
		{"offering reviews", "Kenya is offering its positive reviews of the deal.", nil, []string{"AGREE KEN>- asserted"}},
		{"an offer of aid stays", "Kenya offered aid to Syria.", []string{"AGREE KEN>SYR asserted"}, nil},
		{"seeking the presidency", "Pompeo is seeking the presidency.", nil, []string{"REQUEST USA/GOV>- asserted"}},
		{"seeking the White House", "Pompeo is seeking the White House.", nil, []string{"REQUEST USA/GOV>- asserted"}},
		{"appeals to fears", "Pompeo's appeals to the anxieties of voters worked.", nil, []string{"REQUEST USA/GOV>- asserted"}},
	})
}

// Depriving a country of something is a wrongdoing said of its doer.
func TestDepriveWrong(t *testing.T) {
	check(t, []eventCase{
		{"deprive of", `"Russia wants to deprive Kenya of the very right to exist," Kenyan President Moi said.`, []string{"ACCUSE KEN/GOV>RUS reported"}, nil},
	})
}

// Seizing on words or an issue is exploiting them; demonstrating how
// something is done is showing it.
func TestSeizeOn(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"seized on", "Pompeo seized on Lavrov's comments.", nil, []string{"COERCE USA/GOV>RUS/GOV asserted"}},
		{"captured hearts", "Pompeo has captured the hearts of moderates.", nil, []string{"ASSAULT USA/GOV>- asserted"}},
		{"rallied leaders", "Pompeo tried to rally world leaders to act.", nil, []string{"ACCUSE USA/GOV>- asserted", "PROTEST USA/GOV>- asserted", "THREATEN USA/GOV>- asserted"}},
		{"seized a town", "Syrian troops seized the town from Kenyan forces.", []string{"COERCE SYR/MIL>KEN/MIL asserted"}, nil},
		{"demonstrated just how", "Pompeo demonstrated just how easily a candidate could win.", nil, []string{"PROTEST USA/GOV>- asserted", "ACCUSE USA/GOV>- asserted"}},
	})
}

// A demand with no one named whose words name a group by its number ("the
// two countries") is aimed at that group's sides.
func TestContentGroup(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"the two countries", "Kenya and Egypt signed a deal on Monday. Syria called for the two countries to withdraw their troops.",
			[]string{"REQUEST SYR>KEN asserted", "REQUEST SYR>EGY asserted"}, []string{"REQUEST SYR>- asserted"}},
	})
}

// A warning that something could happen if a condition is not met
// threatens the group its words name, even when no act of the lexicon is
// warned of; the group is not one that holds the one warning.
func TestWarningOfCondition(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"could be halted if", "Kenya and Egypt signed the memorandum with Syria on Tuesday. A Syrian official warned that ratification of the two countries' membership could be halted if they were not kept.",
			[]string{"THREATEN SYR/GOV>KEN asserted", "THREATEN SYR/GOV>EGY asserted"}, nil},
		{"no condition, no threat", "Kenya and Egypt signed the memorandum with Syria on Tuesday. A Syrian official warned that ratification of the two countries' membership could be delayed.",
			nil, []string{"THREATEN SYR/GOV>KEN asserted", "THREATEN SYR/GOV>EGY asserted"}},
	})
}

// Refugees taken in from a country are aid to its people.
func TestTakeInRefugees(t *testing.T) {
	check(t, []eventCase{
		{"took in refugees", "Kenya took in 300 refugees from Syria.", []string{"AID KEN>SYR asserted"}, nil},
	})
}

// A coercion ordered (a deportation, an arrest) is the coercion, not a
// request; an expulsion ordered stays a sanction.
func TestOrderedCoercion(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"ordered deportation", "Kenya ordered the immediate deportation of 20 Syrian nationals.", []string{"COERCE KEN>SYR/CVL asserted"}, []string{"REQUEST KEN>SYR/CVL asserted"}},
		{"ordered expulsion", "Kenya ordered the expulsion of 20 Syrian diplomats.", []string{"SANCTION KEN>SYR/GOV asserted"}, nil},
	})
}

// A third side mediating an act no talks verb of its own carries (a swap, a
// truce) talks with each side of it; a deed a side is thanked for is that
// side's; thanks and gratitude are support.
func TestMediatedActsAndThanks(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"a swap mediated by a third side", "Kenya and Egypt swapped hundreds of prisoners in an exchange mediated by Syria.",
			[]string{"RETREAT KEN>EGY asserted", "CONSULT SYR>KEN asserted", "CONSULT EGY>SYR asserted"}, nil},
		{"a truce told before, mediated", "Kenya and Egypt agreed to a ceasefire on Thursday. The truce, mediated by Syria, took effect on Friday.",
			[]string{"CONSULT SYR>KEN asserted", "CONSULT KEN>SYR asserted", "CONSULT SYR>EGY asserted"}, []string{"CONSULT SYR>- asserted"}},
		{"mediation provided is no aid", "Kenya and Egypt carried out their largest exchange of prisoners on Wednesday. The ministry said Syria had provided humanitarian mediation for the return of the soldiers.",
			[]string{"RETREAT KEN>EGY asserted", "CONSULT SYR>KEN reported", "CONSULT EGY>SYR reported"}, []string{"AID SYR>- reported", "CONSULT SYR>- reported"}},
		{"thanked for hosting", "Kenya and Egypt agreed to restore ties. Both sides expressed their appreciation to Syria for hosting and supporting the talks.",
			[]string{"SUPPORT KEN>SYR asserted", "CONSULT SYR>KEN asserted", "CONSULT EGY>SYR asserted"}, []string{"SUPPORT KEN>EGY asserted"}},
		{"grateful to a side", `"Kenya is grateful to Egypt for its help," the minister said.`,
			[]string{"SUPPORT KEN>EGY reported"}, nil},
		{"a truce told as a fact, welcomed", "The ceasefire between Kenya and Egypt took effect on Thursday. Syria opened the border crossing to Kenya on Friday. Syria welcomed the ceasefire.",
			[]string{"SUPPORT SYR>KEN asserted", "SUPPORT SYR>EGY asserted"}, []string{"SUPPORT SYR>SYR asserted", "SUPPORT SYR>- asserted"}},
		{"a truce welcomed is both sides'", "Kenya and Egypt agreed to a ceasefire on Thursday. Syria opened the border crossing to Kenya on Friday. Syria welcomed the ceasefire.",
			[]string{"SUPPORT SYR>KEN asserted", "SUPPORT SYR>EGY asserted"}, []string{"SUPPORT SYR>SYR asserted", "SUPPORT SYR>- asserted"}},
	})
}

// A relative clause about a named body, or with its own named subject, tells
// an act in passing; a noun act after the light verb of an intention is not
// yet done.
func TestRelativeActsAndIntendedNouns(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"', which' after a body", "The European Union, which has imposed sanctions on Kenya, met on Monday.",
			[]string{"SANCTION IGO>KEN asserted"}, nil},
		{"', which' with its own subject", "The shelling of the town, which Kenya blamed on Egypt, killed 25 people.",
			[]string{"ACCUSE KEN>EGY asserted"}, nil},
		{"a relative on a thing with no subject of its own stays background", "The attack, which was blamed on Egypt by Kenya, killed 25 people.",
			nil, []string{"ACCUSE KEN>EGY asserted"}},
		{"strikes vowed", "Kenya vowed to step up strikes on Egypt.",
			[]string{"THREATEN KEN>EGY asserted"}, []string{"ASSAULT KEN>EGY asserted"}},
		{"new strikes announced", "Kenya will launch new strikes on Egypt.",
			[]string{"THREATEN KEN>EGY asserted", "ASSAULT KEN>EGY hypothetical"}, []string{"ASSAULT KEN>EGY asserted"}},
		{"an aid conference is a meeting", "He said that Kenya would organise an international aid conference for Egypt.",
			nil, []string{"AGREE KEN>EGY reported", "AID KEN>EGY hypothetical"}},
	})
}

// "The two" in a clause after the sides' names are those sides; a meeting
// "when" they meet, under a future, is still to come; a talks noun's "on"
// phrase is its topic; a mutual act's "with" phrase naming one side's own
// people is no third side.
func TestTheTwoMeetAndTopics(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"when the two meet", "The Kenyan president said he would raise the case with Egypt when the two meet in Nairobi on Monday.",
			[]string{"CONSULT KEN/GOV>EGY hypothetical", "CONSULT EGY>KEN/GOV hypothetical"}, []string{"CONSULT KEN/GOV>EGY asserted", "AGREE KEN/GOV>EGY reported", "AGREE KEN/GOV>EGY asserted"}},
		{"a summit's topic is no side", "Kenya and Egypt will meet on Monday at a summit on the conflict in Syria.",
			[]string{"CONSULT KEN>EGY hypothetical"}, []string{"CONSULT KEN>SYR hypothetical", "CONSULT SYR>KEN hypothetical"}},
		{"a host's summit on a country", "Kenya will host a summit on Syria.",
			nil, []string{"CONSULT KEN>SYR hypothetical", "CONSULT SYR>KEN hypothetical"}},
		{"a side's own people in a swap", "Kenya and Egypt carried out an exchange of prisoners on Wednesday, with 248 Kenyan soldiers brought back.",
			[]string{"RETREAT KEN>EGY asserted", "RETREAT EGY>KEN asserted"}, []string{"RETREAT KEN>KEN asserted", "RETREAT EGY>KEN/MIL asserted", "RETREAT KEN>KEN/MIL asserted"}},
	})
}

// Designations, recalls and ended cooperation are sanctions; taking a side
// off a list is a withdrawal of one; "recalled that" tells words.
func TestListsRecallsAndEndedCooperation(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"put back on the list", "Kenya put Egypt back on the list of state sponsors of terrorism.",
			[]string{"SANCTION KEN>EGY asserted"}, []string{"SUPPORT KEN>EGY asserted", "SUPPORT KEN>- asserted"}},
		{"taken off the list", "Kenya took Egypt off the list of state sponsors of terrorism.",
			[]string{"RETREAT KEN>EGY asserted"}, nil},
		{"words recalled", "The Egyptian minister recalled that Kenya had put Egypt on the list.",
			[]string{"SANCTION KEN>EGY reported"}, []string{"SANCTION EGY>- reported", "SANCTION EGY>- asserted"}},
		{"an ambassador brought home", "Kenya will bring its ambassador home from Egypt.",
			[]string{"SANCTION KEN>EGY hypothetical"}, nil},
		{"a high commissioner withdrawn", "Kenya withdrew its high commissioner from Egypt.",
			[]string{"SANCTION KEN>EGY asserted"}, []string{"RETREAT KEN>EGY asserted"}},
		{"diplomats ordered out", "Kenya orders Syrian diplomats out after Damascus severs ties.",
			[]string{"SANCTION KEN>SYR/GOV asserted"}, []string{"REQUEST KEN>SYR/GOV asserted"}},
		{"cooperation ended", "Kenya said it was ending its military cooperation with Egypt.",
			[]string{"SANCTION KEN>EGY reported"}, []string{"COOPERATE KEN>EGY reported", "COOPERATE KEN/MIL>- reported"}},
	})
}

// A bill or complaint withdrawn is a concession (at home, by the domestic
// convention, when a domestic group makes it); "that charge" answers the last
// accusation; a bill criticised from abroad is aimed where it is made.
func TestConcessionsAndCharges(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"a bill withdrawn", "Syrian students said they would withdraw the bill after two nights of protests.",
			[]string{"CONCEDE SYR/EDU>- hypothetical"}, []string{"RETREAT SYR/EDU>- hypothetical"}},
		{"that charge", "Kenya accused Egypt of arming rebels. Egypt rejected that charge.",
			[]string{"REJECT EGY>KEN asserted"}, []string{"REJECT EGY>- asserted"}},
	})
	checkPlaced(t, []placedCase{
		{"a bill criticised from abroad", "The US State Department said Washington was deeply concerned about the bill.", "NAIROBI", "ACCUSE USA/GOV>KEN reported"},
	})
}

// An attack noun that is a clause's subject is told even in a ", where"
// clause, aimed at the place the clause is about; people "killed in the
// Israeli strikes" were attacked by the strikes' doer; aid pledged or sent
// for a foreign place goes to its people.
func TestWherePlacesAndAttackNouns(t *testing.T) {
	checkAbsentPlaced(t, []absentCase{
		{"', where' airstrikes", "Egypt called on donors to help rebuild Gaza, where Israeli airstrikes had destroyed homes.",
			[]string{"ASSAULT ISR>PSE asserted"}, nil},
		{"a prepositional phrase stays background", "Egypt called for talks after the Israeli airstrikes on homes.",
			nil, []string{"ASSAULT ISR>- asserted"}},
		{"killed in the strikes", "More than 230 Syrians were killed in the Israeli strikes on Monday.",
			[]string{"ASSAULT ISR>SYR asserted"}, nil},
		{"money pledged for a place", "On Tuesday, Egypt pledged 500 million dollars for reconstruction in Gaza.",
			[]string{"AGREE EGY>PSE asserted", "AID EGY>PSE hypothetical"}, []string{"AGREE EGY>- asserted"}},
		{"a convoy crossed into a country", "The UN aid convoy crossed into northwestern Syria on Thursday.",
			[]string{"AID IGO>SYR asserted"}, nil},
		{"support against attacks in a place is not aid for it", "Turkey expects its NATO allies to provide concrete support in the face of the Assad regime's attacks in Syria's northwestern Idlib province, Turkish officials said.",
			nil, []string{"AID TUR>SYR asserted", "AID TUR>SYR reported"}},
	})
}

// Expecting help or compliance of a side is asking for it; a forecast is
// not; aid called too little and too late is an accusation of its giver.
func TestExpectationsAndLateAid(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"help expected", "Kenya expects Egypt to provide concrete support.",
			[]string{"REQUEST KEN>EGY asserted"}, nil},
		{"a possessive before the one expected", "Turkey expects its NATO allies to provide concrete support.",
			[]string{"REQUEST TUR>IGO/MIL asserted"}, nil},
		{"a forecast", "Kenya expected Egypt to launch new offensives.",
			nil, []string{"REQUEST KEN>EGY asserted"}},
		{"too little and too late", "The UN sent aid to Syria on Monday. Damascus said the aid was too little and too late.",
			[]string{"ACCUSE SYR/GOV>IGO reported"}, nil},
	})
}

// Another side's attacks named in one's own words, by their doer, are the
// speaker's accusation of it; a time phrase ("since the invasion") is not.
func TestNamedAttacks(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"the doer's attacks", "Turkey expects its NATO allies to provide concrete support in the face of Syria's attacks in Idlib, the Turkish minister said.",
			[]string{"ACCUSE TUR/GOV>SYR reported"}, nil},
		{"a demonym's strikes", "Kenya said Russian strikes on Kyiv must stop.",
			[]string{"ACCUSE KEN>RUS reported"}, nil},
		{"a time phrase", "Kenya has granted asylum to five Syrian officers holed up in its embassy since last month's Russian invasion, the Kenyan embassy said.",
			nil, []string{"ACCUSE KEN/GOV>RUS reported", "ACCUSE KEN>RUS reported"}},
		{"told by the outlet", "Russian strikes on Kyiv killed 12 people.",
			nil, []string{"ACCUSE UKR>RUS reported"}},
	})
}

// Envoys of a group of countries "including" some speak for those listed,
// and a "They" after them is all of them; foreign sides asking "the
// authorities" of the place the story is told from ask its state.
func TestIncludedSpeakersAndLocalAuthorities(t *testing.T) {
	checkPlaced(t, []placedCase{
		{"the countries listed", "Ambassadors of 13 Western countries, including Germany, Britain and Japan, said in a joint statement that they were deeply concerned about the violence.", "NAIROBI", "ACCUSE GBR>KEN reported"},
		{"they, every one of them", "Ambassadors of 13 Western countries, including Germany, Britain and Japan, said in a joint statement that they were deeply concerned about the violence. They urged the authorities to respect the right to peaceful assembly.", "NAIROBI", "REQUEST JPN>KEN/GOV asserted"},
		{"the local authorities", "Britain and Japan urged the authorities to respect the right to peaceful assembly.", "NAIROBI", "REQUEST GBR>KEN/GOV asserted"},
		{"not the troops (foreign forces may be meant): no event", "Britain and Japan urged the troops to protect civilians.", "NAIROBI", ""},
	})
}

// "The two countries" after a sentence whose act two sides did together are
// those sides, not a third side they thanked; acts on "each other" are
// mutual whatever the verb.
func TestTheTwoAndEachOther(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"the doers before a host", "Kenya and Egypt agreed to restore ties. Both sides expressed their appreciation to Syria for hosting and supporting the talks. The two countries pledged to reopen their embassies.",
			[]string{"AGREE KEN>EGY asserted", "AGREE EGY>KEN asserted"}, []string{"AGREE SYR>- asserted", "AGREE SYR>KEN asserted", "AGREE SYR>EGY asserted"}},
		{"each other", "Kenya and Egypt pledged not to interfere in each other's internal affairs.",
			[]string{"AGREE KEN>EGY asserted", "AGREE EGY>KEN asserted"}, []string{"AGREE KEN>- asserted"}},
	})
}

// "Under a Qatar-brokered deal": the country written into the word mediates
// between the sides of the sentence's act, people standing for their state.
func TestBrokeredInOneWord(t *testing.T) {
	checkAbsentPlaced(t, []absentCase{
		{"a Qatar-brokered deal", "Egypt freed Syrian prisoners under a Qatar-brokered deal, officials said.",
			[]string{"CONSULT QAT>EGY reported", "CONSULT EGY>QAT reported", "CONSULT QAT>SYR reported"}, []string{"CONSULT QAT>SYR/CVL reported"}},
		{"people released stand for their state", "Egypt released Syrian students under a Qatar-brokered deal, officials said.",
			[]string{"CONSULT QAT>SYR reported"}, []string{"CONSULT QAT>SYR/EDU reported"}},
		{"no talks verb takes the word's country", "The Egyptian minister arrived in Doha after Egypt released them under a Qatar-brokered deal.",
			nil, []string{"CONSULT /GOV>QAT asserted"}},
	})
}

// A refusal "to comply" answers the order just given; "the announcement"
// points back at the last deed of another side; a bill vetoed is a domestic
// refusal, no vote in a council; a risk to "hopes" is no threat made.
func TestComplyAnnouncementVetoHopes(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"refused to comply", "Syria ordered the French ambassador to leave within 48 hours, but France refused to comply.",
			[]string{"REJECT FRA>SYR asserted"}, []string{"REJECT FRA>- asserted"}},
		{"the announcement welcomed", "France announced it would pull out its troops from Syria. Damascus welcomed the announcement.",
			[]string{"SUPPORT SYR/GOV>FRA asserted"}, []string{"SUPPORT SYR/GOV>- asserted"}},
		{"a bill vetoed", "The European Union met on Monday. Kenya said it would veto the bill.",
			nil, []string{"REJECT KEN>IGO hypothetical", "REJECT KEN>IGO reported"}},
		{"hopes threatened", "Kenya said it threatened the country's hopes of joining the European Union.",
			nil, []string{"THREATEN KEN>IGO reported", "THREATEN KEN/CVL>IGO reported"}},
	})
}

// Raising a matter with a side is talking with it; taking a side is support;
// explanations "offered by" a side called implausible accuse their author;
// "there will be a price to pay" is a threat.
func TestRaiseSidePriceImplausible(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"a matter raised", "Germany said it would raise the case with Russia at the summit next week.",
			[]string{"CONSULT DEU>RUS hypothetical", "CONSULT RUS>DEU hypothetical"}, nil},
		{"a side taken", "Russia took the side of Syria on Monday.",
			[]string{"SUPPORT RUS>SYR asserted"}, nil},
		{"sided with", "Turkey sided with Iran on Monday.",
			[]string{"SUPPORT TUR>IRN asserted"}, nil},
		{"explanations offered by a side", "Germany said the explanations offered by Syria were completely implausible.",
			[]string{"ACCUSE DEU>SYR reported"}, nil},
		{"a price to pay", `"There will be a price to pay," Lavrov said.`,
			[]string{"THREATEN RUS/GOV>- reported"}, nil},
	})
}

// A name the actors stage reads as a person's is no place of the event
// ("Morales said he had thanked Russia": not the Colombian town Morales).
func TestPersonIsNoPlace(t *testing.T) {
	st, err := New(Options{Places: testGazetteer(t)})
	if err != nil {
		t.Fatal(err)
	}
	a := article(t, "Morales said he had thanked Russia for its support.", "2019-11-12")
	a.Dateline = &dateline.Dateline{Place: "MEXICO CITY"}
	if err := st.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Events) == 0 {
		t.Fatalf("no event; want SUPPORT BOL/GOV>RUS")
	}
	for _, ev := range a.Events {
		if ev.Place != nil && ev.Place.Country == "COL" {
			t.Errorf("%s placed at %s (%s): the speaker's surname read as a town", brief(ev), ev.Place.Name, ev.Place.Country)
		}
	}
}

// A crowd demanding "the government's" resignation asks its own state, even
// in a clause told in passing; a crowd "protesting" that police disperse
// protests, at home; foreign states' requests of "the authorities" of the
// story's place are not made by people.
func TestDomesticDemandsAndCrowds(t *testing.T) {
	checkPlaced(t, []placedCase{
		{"demonstrators' demand in a while clause", "Turkish police fired tear gas at protesters near the border, while in Nairobi Kenyan demonstrators gathered in front of the Parliament and demanded the government's resignation.", "ANKARA", "REQUEST KEN/CVL>KEN/GOV asserted"},
		{"a crowd protesting, dispersed", "Kenyan riot police fired tear gas on Wednesday to disperse thousands of people protesting outside parliament against a bill that critics say is modelled on a Russian law.", "NAIROBI", "PROTEST KEN/CVL>KEN/GOV asserted"},
	})
}

// A state of emergency or a curfew extended or introduced is coercion at
// home, as one imposed is; a deadline extended is none.
func TestEmergencyExtended(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"emergency extended", "Kenya extended the state of emergency to the coast on Monday.",
			[]string{"COERCE KEN>- asserted"}, nil},
		{"a deadline extended", "Kenya extended the deadline to Friday.",
			nil, []string{"COERCE KEN>- asserted"}},
	})
}

// A speech act made "in a phone call" is also a call between its sides; a
// dialogue kept up with a side is talks with it (one only spoken of is
// none); "it" pointing back at a deed is no talks.
func TestCallsDialogueAndAnaphors(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"urged in a phone call", "Kenya urged Egypt to release the sailors in a phone call, the ministry said.",
			[]string{"REQUEST KEN>EGY reported", "CONSULT KEN>EGY reported", "CONSULT EGY>KEN reported"}, nil},
		{"a call with someone else", "Kenya said in a phone call with Syria that Egypt must release the sailors.",
			nil, []string{"CONSULT KEN>EGY reported", "CONSULT EGY>KEN reported"}},
		{"a dialogue kept up", "The ministry said Kenya had kept up a fluid dialogue with Egypt.",
			[]string{"CONSULT KEN>EGY reported"}, nil},
		{"a dialogue spoken of", "Kenya said dialogue between Egypt and Syria should not stop.",
			nil, []string{"CONSULT EGY>SYR reported", "CONSULT EGY>SYR hypothetical"}},
		{"'it' is no talks", "Kenya had kept up a dialogue with Egypt. \"It was a lie from the first day,\" the Syrian minister said.",
			nil, []string{"ACCUSE SYR/GOV>EGY reported", "ACCUSE SYR/GOV>KEN reported"}},
	})
}

// A phone call "after" which the speaker of a quote wrote is the speaker's
// call: the quote's speaker takes part in the talks the noun names.
func TestCallAfterQuote(t *testing.T) {
	body := "\"We will not abandon you,\" Lavrov wrote after a phone call with Pompeo."
	a := article(t, body, "2019-03-14")
	s := strings.Index(body, "\"") + 1
	e := s + strings.Index(body[s:], "\"")
	sp := dateline.Span{Field: dateline.InBody, Start: s, End: e}
	lav := -1
	for i, en := range a.Entities {
		if en.Name == "Lavrov" || en.Name == "Sergei Lavrov" {
			lav = i
		}
	}
	if lav < 0 {
		t.Fatal("the stand-in actors name no Lavrov")
	}
	a.Quotes = []dateline.Quote{{Text: body[s:e], Kind: dateline.Direct, Span: sp, Parts: []dateline.Span{sp}, Parent: -1,
		Speaker: dateline.Speaker{Name: "Sergei Lavrov", Entity: lav}}}
	if err := testStage(t).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	got := briefs(a)
	for _, w := range []string{"CONSULT RUS/GOV>USA/GOV asserted", "CONSULT USA/GOV>RUS/GOV asserted"} {
		if !slices.Contains(got, w) {
			t.Errorf("%q: missing %q, got %q", body, w, got)
		}
	}
}

// Striking a deal is an agreement, not an attack; a hostile act denied for
// the future is no act to come.
func TestStruckDealsAndDeniedThreats(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"a deal struck", "Turkey struck an agreement with Russia on Thursday.",
			[]string{"AGREE TUR>RUS asserted", "AGREE RUS>TUR asserted"}, []string{"ASSAULT TUR>RUS asserted"}},
		{"jets struck a town", "Russian jets struck Idlib.",
			[]string{"ASSAULT RUS/MIL>SYR asserted"}, nil},
		{"would not attack", "Kenya said it would not attack Egypt.",
			[]string{"THREATEN KEN>EGY negated"}, []string{"ASSAULT KEN>EGY hypothetical"}},
	})
}

// Talks and deals take place where the sides met, not in the place they
// are about: "agreed on a ceasefire in Idlib at talks in Moscow" is in
// Moscow; "held talks on Idlib" (no venue named) is at the dateline's place.
func TestTalksPlaces(t *testing.T) {
	st, err := New(Options{Places: testGazetteer(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"Russia and Turkey agreed on a ceasefire in Idlib at talks in Moscow on Thursday.", "Moscow"},
		{"Russia and Turkey held talks on Idlib in Moscow.", "Moscow"},
		{"Russia and Turkey held talks on Idlib.", "Ankara"},
		{"Russia and Turkey met in Sochi.", "Sochi"},
		{"Russian jets struck targets in Idlib.", "Idlib"},
	} {
		a := article(t, tc.text, "2020-03-05")
		a.Dateline = &dateline.Dateline{Place: "ANKARA"}
		if err := st.Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		if len(a.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		for _, ev := range a.Events {
			if ev.Place == nil || ev.Place.Name != tc.want {
				t.Errorf("%q: %s placed at %+v, want %s", tc.text, brief(ev), ev.Place, tc.want)
			}
		}
	}
}

// A law called incompatible with values is the speaker's accusation of the
// side that made it.
func TestLawIncompatible(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"the law incompatible", "Kenya passed a law banning foreign funding. Egypt said the law was incompatible with its values.",
			[]string{"ACCUSE EGY>KEN reported"}, nil},
	})
}

// "Each side accused the other" is an accusation both ways between the two
// sides named before; sides that "fought" with no one else named fought each
// other, but allies fighting a third side do not.
func TestEachAccusedTheOther(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"each side", "Israeli jets struck Hezbollah positions, while Hezbollah rockets hit villages in Israel. Each side has accused the other of opening fire first.",
			[]string{"ACCUSE ISR>LBN/REB asserted", "ACCUSE LBN/REB>ISR asserted"}, nil},
		{"each country", "Russian and Ukrainian forces fought near the border for several days. Each country accused the other of starting the hostilities.",
			[]string{"ACCUSE RUS>UKR/MIL asserted", "ACCUSE UKR/MIL>RUS asserted", "ASSAULT RUS>UKR/MIL asserted"}, nil},
		{"fought with arms", "Turkish and Syrian forces fought with tanks and artillery for several days.",
			[]string{"ASSAULT TUR>SYR/MIL asserted", "ASSAULT SYR/MIL>TUR asserted"}, nil},
		{"allies fought a third side", "Turkish and Syrian forces fought Hezbollah in the town.",
			[]string{"ASSAULT TUR>LBN/REB asserted"}, []string{"ASSAULT TUR>SYR/MIL asserted", "ASSAULT SYR/MIL>TUR asserted"}},
		{"allies fought with a third side", "Turkish and Syrian forces fought with Hezbollah fighters.",
			nil, []string{"ASSAULT TUR>SYR/MIL asserted", "ASSAULT SYR/MIL>TUR asserted"}},
	})
}

// An agreement welcomed is both sides' (as a truce is), and so is the
// signing of a treaty.
func TestAgreementWelcomed(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"agreement welcomed", "Russia and Turkey agreed on Tuesday to a ceasefire in Idlib. Egypt welcomed the agreement.",
			[]string{"SUPPORT EGY>RUS asserted", "SUPPORT EGY>TUR asserted"}, nil},
		{"treaty signing welcomed", "Russia and Turkey signed a treaty on their border on Thursday. The United Nations and the European Union welcomed the signing of the treaty.",
			[]string{"SUPPORT IGO>RUS asserted", "SUPPORT IGO>TUR asserted"}, nil},
		{"welcomed after a meeting planned", "Russia and Turkey signed a treaty on their border on Thursday. Pompeo said he expected to meet Lavrov and Iran's foreign minister soon. The United Nations welcomed the signing of the treaty.",
			[]string{"SUPPORT IGO>RUS asserted", "SUPPORT IGO>TUR asserted"}, []string{"SUPPORT IGO>IRN asserted", "SUPPORT IGO>USA/GOV asserted"}},
	})
}

// Trade measures and the words around them: a ban on another country's
// imports is a sanction; a complaint against "all three countries" lodged
// with a body accuses the three, not the body; a tariff ordered on goods
// from a country sanctions it; a refusal given up is a concession; working
// closely with a side is cooperation.
func TestBansComplaintsConcessions(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"import ban", "Russia imposed a ban on imports of Turkish tomatoes.",
			[]string{"SANCTION RUS>TUR asserted"}, []string{"COERCE RUS>TUR asserted"}},
		{"complaints against the three", "Russia, Turkey and Britain imposed their own bans on imports of Ukrainian grain. Ukraine responded on Monday by filing complaints against all three countries with the United Nations.",
			[]string{"ACCUSE UKR>RUS asserted", "ACCUSE UKR>TUR asserted", "ACCUSE UKR>GBR asserted"}, []string{"ACCUSE UKR>IGO asserted"}},
		{"tariff ordered", "He ordered an emergency 25% tariff on all goods coming into the United States from Brazil, Pompeo said.",
			[]string{"SANCTION USA/GOV>BRA reported"}, []string{"REQUEST USA/GOV>- reported"}},
		{"refusal abandoned", "Turkey abandoned its refusal to accept Russian gas shipments.",
			[]string{"CONCEDE TUR>RUS asserted"}, nil},
		{"working closely", "Pompeo said the United States would keep working closely with Turkey.",
			[]string{"COOPERATE USA>TUR reported", "COOPERATE TUR>USA reported"}, nil},
	})
}

// A sentence-opening "They" after two sides held talks is both sides, and
// sides that pledge a deed together agree on it; "pledged their support"
// stays each side's own.
func TestTheyAfterTalksPledged(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"they pledged", "Pompeo welcomed Lavrov at the residence, where the two held talks. They pledged to restore air links.",
			[]string{"AGREE USA/GOV>RUS/GOV asserted", "AGREE RUS/GOV>USA/GOV asserted"}, nil},
		{"pledged together", "Russia and Turkey pledged to restore trade links.",
			[]string{"AGREE RUS>TUR asserted", "AGREE TUR>RUS asserted"}, nil},
		{"pledged support", "Russia and Turkey pledged their support to the plan.",
			nil, []string{"AGREE RUS>TUR asserted", "AGREE TUR>RUS asserted"}},
	})
}

// A threat told to a side ("had informed the Swedish government … that it
// would cut relations if …") is the teller's, whoever "it" stands for is the
// one whose words hold the cue; "the day before" opens no clause.
func TestThreatToldToASide(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"informed that", "Tehran said it had informed the British government through diplomatic channels the day before that it would cut diplomatic relations if another ship was seized in British waters.",
			[]string{"THREATEN IRN/GOV>GBR/GOV reported"}, []string{"THREATEN GBR/GOV>- reported"}},
		{"told that", "Tehran said it had told Britain that it would cut diplomatic relations if another ship was seized.",
			[]string{"THREATEN IRN/GOV>GBR reported"}, []string{"THREATEN GBR>- reported"}},
		{"informed of", "A French official said that France had informed Washington of the visit in advance.",
			nil, []string{"CONSULT USA/GOV>- reported"}},
	})
}

// Protesters storming an embassy riot (PLOVER PROTEST), and "the storming"
// condemned afterwards accuses the stormers, not the embassy's country.
func TestRiotAndItsCondemnation(t *testing.T) {
	checkAbsentPlaced(t, []absentCase{
		{"embassy stormed", "Hundreds of protesters stormed the Turkish embassy in Cairo on Thursday. Cairo condemned the storming of the embassy.",
			[]string{"PROTEST EGY/CVL>TUR asserted", "ACCUSE EGY/GOV>EGY/CVL asserted"}, []string{"ASSAULT EGY/CVL>TUR asserted", "ACCUSE EGY/GOV>TUR asserted"}},
		{"its embassy", "Turkey broke off relations with Egypt after protesters stormed its embassy in Cairo.",
			[]string{"PROTEST EGY/CVL>TUR/GOV asserted"}, []string{"PROTEST EGY/CVL>EGY asserted"}},
		{"forces storming", "Israeli forces stormed the Turkish embassy in Cairo on Thursday.",
			[]string{"ASSAULT ISR/MIL>TUR asserted"}, []string{"PROTEST ISR/MIL>TUR asserted"}},
	})
}

// A clash between a subject and those it fought pairs the two sides, not
// those on one side ("clashed with police and NATO troops").
func TestClashSides(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"two against one", "Russia and Turkey clashed with Syria.",
			[]string{"ASSAULT RUS>SYR asserted", "ASSAULT SYR>TUR asserted"}, []string{"ASSAULT RUS>TUR asserted", "ASSAULT TUR>RUS asserted"}},
		{"one against two", "Syrian troops clashed with Turkish police and NATO troops.",
			[]string{"ASSAULT SYR/MIL>TUR/COP asserted", "ASSAULT IGO/MIL>SYR/MIL asserted"}, []string{"ASSAULT TUR/COP>IGO/MIL asserted", "ASSAULT IGO/MIL>TUR/COP asserted"}},
	})
}

// A body "led by" several people listed with commas and "and" is the
// subject of the verb after the list, not the last leader named.
func TestLedByList(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"delegation led by", "The Russian delegation, led by Sergei Lavrov, the foreign minister, and a deputy defence minister, met Pompeo in Ankara on Friday.",
			[]string{"CONSULT RUS/GOV>USA/GOV asserted", "CONSULT USA/GOV>RUS/GOV asserted"}, nil},
	})
}

// "the two" after "said after a call with his counterpart, NAME, … that"
// are the speaker and the one he spoke with.
func TestTheTwoAfterACall(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"the two had agreed", "Pompeo said after a telephone conversation with his Russian counterpart, Sergei Lavrov, on Thursday that the two had agreed to look for a solution.",
			[]string{"AGREE USA/GOV>RUS/GOV reported", "AGREE RUS/GOV>USA/GOV reported"}, []string{"AGREE RUS/GOV>- reported"}},
	})
}

// A meeting named with its sides is talks between them; a call renewed
// "for X to" act is a demand on X, and the act called for is not done.
func TestMeetingNounAndCallsFor(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"meeting between", "A meeting between Russia and Turkey was held in Ankara on Monday.",
			[]string{"CONSULT RUS>TUR asserted", "CONSULT TUR>RUS asserted"}, nil},
		{"meeting with", "Pompeo spoke to reporters after his meeting with Lavrov.",
			[]string{"CONSULT USA/GOV>RUS/GOV asserted", "CONSULT RUS/GOV>USA/GOV asserted"}, nil},
		{"meeting with reporters", "The meeting with reporters lasted an hour.", nil, nil},
		{"opposition voiced", "Tehran voiced strong opposition to the British survey ship.",
			[]string{"ACCUSE IRN/GOV>GBR asserted"}, nil},
		{"calls renewed", "Ukraine renewed its calls for Russia to withdraw its troops.",
			[]string{"REQUEST UKR>RUS asserted"}, []string{"RETREAT UKR>- asserted", "RETREAT RUS>- asserted"}},
	})
}

// Talks told around a telling or speech cue: "In a phone call on Tuesday,
// X told Y …" and "X said in a phone call with Y that …" are X's talks with
// Y, both ways; "said in Ankara that" stays a setting.
func TestCallsAroundSpeech(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"fronted call", "In a phone call on Tuesday, Pompeo told Lavrov that the United States was ready to help.",
			[]string{"CONSULT USA/GOV>RUS/GOV asserted", "CONSULT RUS/GOV>USA/GOV asserted"}, nil},
		{"said in a call with", "Pompeo said in a phone call with Lavrov that the United States was ready to help.",
			[]string{"CONSULT USA/GOV>RUS/GOV asserted", "CONSULT RUS/GOV>USA/GOV asserted"}, nil},
		{"said in a place", "Pompeo said in Ankara that the United States was ready to help Turkey.",
			nil, []string{"CONSULT USA/GOV>TUR/GOV asserted"}},
	})
}

// A demand for redress with no one named ("demanded an apology") is made
// of the side its maker just acted against.
func TestRedressDemanded(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"apology demanded", "Kenya summoned the Iranian ambassador on Monday. Nairobi also demanded an apology.",
			[]string{"REQUEST KEN/GOV>IRN/GOV asserted"}, []string{"REQUEST KEN/GOV>- asserted"}},
		{"no act before", "Nairobi demanded an apology.",
			[]string{"REQUEST KEN/GOV>- asserted"}, nil},
	})
}

// A count alone as the subject ("Thousands rallied") is a crowd, placed by
// the sentence.
func TestCountAloneIsACrowd(t *testing.T) {
	checkAbsentPlaced(t, []absentCase{
		{"thousands rallied", "Thousands rallied in Cairo against the government on Saturday.",
			[]string{"PROTEST EGY/CVL>EGY/GOV asserted"}, nil},
		{"dozens killed", "Dozens were killed in Cairo on Saturday.", nil, []string{"ASSAULT EGY/CVL>- asserted"}},
	})
}

// One act between two sides is told once per sentence, however many of a
// side's names stand in it ("Pompeo welcomed Lavrov at the Kremlin": the
// Kremlin and Lavrov are one side); greeting a visitor is meeting him.
func TestOneDyadOnce(t *testing.T) {
	for _, text := range []string{
		"Pompeo welcomed Lavrov at the Kremlin on Friday.",
		"Pompeo greeted the visiting Lavrov at the airport.",
	} {
		_, got := run(t, text)
		n := map[string]int{}
		for _, g := range got {
			n[g]++
		}
		if n["CONSULT USA/GOV>RUS/GOV asserted"] != 1 || n["CONSULT RUS/GOV>USA/GOV asserted"] != 1 {
			t.Errorf("%q: want one CONSULT each way, got %q", text, got)
		}
	}
}

// Lexicon forms found by probe sentences: countermeasures held over a
// condition, a border reopened "with" a side, deals signed in the plural,
// agreements revoked.
func TestProbeLexiconForms(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"countermeasures if", "Russia said it would take countermeasures if Kenya joined the alliance.",
			[]string{"THREATEN RUS>KEN reported"}, nil},
		{"border reopened with", "Turkey reopened its border with Syria.",
			[]string{"RETREAT TUR>SYR asserted"}, nil},
		{"deals signed", "Russia and Iran signed deals on energy cooperation.",
			[]string{"SUPPORT RUS>IRN asserted"}, nil},
		{"agreements revoked", "Kenya revoked military agreements with France.",
			[]string{"REJECT KEN>FRA asserted"}, nil},
		{"equipment delivered", "Egypt has delivered military equipment to Kenya since August.",
			[]string{"AID EGY>KEN asserted"}, nil},
		{"has since delivered", "Egypt signed a defense pact with Kenya in August and has since delivered military equipment to Nairobi.",
			[]string{"SUPPORT EGY>KEN asserted", "AID EGY>KEN/GOV asserted"}, nil},
		{"police sent", "Kenya will send 1,000 police officers to Egypt.",
			[]string{"AID KEN>EGY hypothetical"}, nil},
		{"troops to a border", "Russia deployed additional troops to the border with Ukraine.",
			[]string{"MOBILIZE RUS>UKR asserted"}, nil},
		{"observers", "The ambassadors of the United States and China attended the talks as observers.",
			nil, []string{"CONSULT USA>CHN asserted", "CONSULT CHN>USA asserted"}},
		{"benefits recognized", "Kenya recognized the potential benefits Egypt could draw from access to the sea.",
			nil, []string{"SUPPORT KEN>EGY asserted"}},
		{"a country's search", "Pompeo said Turkey's search for an outlet to the sea was a peaceful one.",
			nil, []string{"COERCE TUR>TUR reported", "COERCE TUR>- reported"}},
		{"a deal settling a dispute", "Lavrov and Pompeo on Sunday signed the agreement settling the 27-year-old dispute between Russia and the United States.",
			[]string{"AGREE RUS/GOV>USA/GOV asserted", "AGREE USA/GOV>RUS/GOV asserted"}, nil},
		{"reserved the right", "Kenya expelled two Russian diplomats. Moscow said Russia reserved the right to take countermeasures.",
			[]string{"THREATEN RUS>KEN reported"}, []string{"SANCTION RUS>KEN reported"}},
		{"reasons put forward by", "Cairo dismissed the reasons put forward by Nairobi as false.",
			[]string{"REJECT EGY/GOV>KEN/GOV asserted"}, nil},
		{"took aim at", "Egypt took aim at Kenya over the dam.",
			[]string{"ACCUSE EGY>KEN asserted"}, nil},
		{"readiness to", "Iran expressed readiness to resume talks with Turkey.",
			[]string{"CONSULT IRN>TUR hypothetical"}, []string{"CONSULT IRN>TUR asserted"}},
	})
}

// A state's "side" speaks for the state: no domestic target for its
// refusals (under the domestic-targets convention).
func TestStateSide(t *testing.T) {
	checkPlaced(t, []placedCase{
		{"the state's side", "The Russian side firmly opposes the plan.", "", "REJECT RUS>- asserted"},
	})
}

// "The visiting minister" is the one whose arrival or visit was just told,
// not a minister of the host named in the sentence.
func TestVisitingMinister(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"visiting", "Sergei Lavrov arrived in Ankara on Monday. The visiting minister held talks with Turkish President Recep Tayyip Erdogan.",
			[]string{"CONSULT RUS/GOV>TUR/GOV asserted", "CONSULT TUR/GOV>RUS/GOV asserted"}, nil},
	})
}

// Two people of one country and sector met are two events; a body beside a
// person on the same side restates the person.
func TestCoveredBy(t *testing.T) {
	art := &dateline.Article{Entities: []dateline.Entity{
		{ID: "aoun", Type: dateline.Person}, {ID: "berri", Type: dateline.Person}, {ID: "macron", Type: dateline.Person}, {ID: "elysee", Type: dateline.Org},
	}}
	side := func(ent int, country string) *dateline.EventActor {
		return &dateline.EventActor{Entity: ent, Country: country, Sector: "GOV"}
	}
	trig := dateline.Span{Field: "body", Start: 7, End: 10}
	ev := func(src, tgt *dateline.EventActor) dateline.Event {
		return dateline.Event{Type: "CONSULT", Mode: dateline.Asserted, Trigger: trig, Source: src, Target: tgt}
	}
	people := []dateline.Event{ev(side(2, "FRA"), side(0, "LBN")), ev(side(2, "FRA"), side(1, "LBN"))}
	for k := range people {
		if coveredBy(art, people, k) {
			t.Errorf("meeting %d of two people counted as told twice", k)
		}
	}
	body := []dateline.Event{ev(side(3, "FRA"), side(0, "LBN")), ev(side(2, "FRA"), side(0, "LBN"))}
	if !coveredBy(art, body, 0) || coveredBy(art, body, 1) {
		t.Errorf("the Elysee beside Macron: want the body's event covered, the person's kept")
	}
}

// A noun act after a negated light verb and a noun modifier is not told as
// done ("would not conclude trade agreements"), so "the agreement" welcomed
// later points at the deal reached.
func TestNegatedNounAfterModifier(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"trade agreements refused", "Russia and Turkey agreed on a ceasefire. Pompeo said the United States would not conclude trade agreements with Turkey while the fighting went on. Egypt welcomed the agreement.",
			[]string{"SUPPORT EGY>RUS asserted", "SUPPORT EGY>TUR asserted"}, []string{"AGREE USA/GOV>TUR reported", "AGREE USA>TUR reported", "SUPPORT EGY>USA asserted"}},
	})
}

// A trailing attribution may end in what the speaker did ("…, Pompeo
// announced after hosting talks between …", '"…," he told reporters after
// meeting the ambassador'): the words are the speaker's, and so is the act.
func TestTailParticiple(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"announced after hosting", "Russia and Turkey agreed to an immediate ceasefire, Pompeo announced after hosting talks between the two.",
			[]string{"AGREE RUS>TUR reported", "CONSULT USA/GOV>RUS asserted", "CONSULT TUR>USA/GOV asserted"}, nil},
		{"told reporters after meeting", "\"We will not allow our sovereignty to be trampled upon,\" Lavrov told reporters after meeting the Iranian ambassador.",
			[]string{"CONSULT RUS/GOV>IRN/GOV asserted", "CONSULT IRN/GOV>RUS/GOV asserted"}, nil},
	})
}

// Relations cut with no one named are cut with the side the sentence pairs
// the cutter with; what a side announced in a factual clause is its words
// (reported); "each side expelled the other's ambassador" is mutual, even
// after a fronted phrase; "the real culprit" blames and "will be made to
// answer for" threatens.
func TestRelationsCutAndMutualExpulsions(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"severing after announced", "Kenya expelled Iranian diplomats after Tehran announced on Friday that it was severing diplomatic relations.",
			[]string{"SANCTION IRN/GOV>KEN reported"}, nil},
		{"each side the other's", "Russia expelled Turkey's ambassador and Turkey accused Russia of lying. In the row that followed, each side expelled the other's ambassador.",
			[]string{"SANCTION RUS>TUR asserted", "SANCTION TUR>RUS asserted"}, nil},
		{"each other's", "Russia and Ukraine expelled each other's diplomats.",
			[]string{"SANCTION RUS>UKR asserted", "SANCTION UKR>RUS asserted"}, nil},
		{"culprit and made to answer", "Tehran said the United States was \"the real culprit\" behind the case. \"The US will be made to answer for what it has done,\" Tehran said.",
			[]string{"ACCUSE IRN/GOV>USA reported", "THREATEN IRN/GOV>USA reported"}, nil},
	})
}

// A reason given inside someone's words ("said … because Moscow had not
// cooperated") is the speaker's, reported; the time of what was said ("…,
// after Russian forces invaded Ukraine") stays the outlet's.
func TestReasonInsideWords(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"because inside words", "Moscow said two Turkish diplomats had been expelled because Ankara had not cooperated sufficiently with the investigation.",
			[]string{"ACCUSE RUS/GOV>TUR/GOV reported"}, nil},
		{"failed to cooperate", "Moscow said Ankara had failed to cooperate with the investigation.",
			[]string{"ACCUSE RUS/GOV>TUR/GOV reported"}, nil},
		{"after stays the outlet's", "Britain announced new sanctions on Thursday, after Russian forces invaded Ukraine.",
			[]string{"ASSAULT RUS/MIL>UKR asserted"}, []string{"ASSAULT RUS/MIL>UKR reported"}},
	})
}

// Police arrest where they act: "a Russian citizen" arrested under an
// Ankara dateline is arrested by Turkish police, not Russian.
func TestPoliceOfThePlace(t *testing.T) {
	checkPlaced(t, []placedCase{
		{"citizen of another country", "Police arrested a Russian citizen travelling under the name Vadim Sokolov shortly after the shooting.", "ANKARA", "COERCE TUR/COP>RUS asserted"},
	})
}

// An act with no side named, in a story pairing its maker with one other
// state, is aimed at that state ("pull out its troops", "refused to
// comply"); with two states paired it stays unnamed, and an appeal needs a
// known object.
func TestSoleCounterpart(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"one counterpart", "Kenya accused Egypt of lying. Kenya will pull out its troops by the end of the year.",
			[]string{"RETREAT KEN>EGY hypothetical"}, nil},
		{"two counterparts", "Kenya accused Egypt of lying and Iran accused Kenya of spying. Kenya will pull out its troops by the end of the year.",
			nil, []string{"RETREAT KEN>EGY hypothetical", "RETREAT KEN>IRN hypothetical"}},
		{"a warning", "Kenya expelled Egypt's ambassador. Kenya also warned of the consequences.",
			[]string{"THREATEN KEN>EGY asserted"}, nil},
		{"a planned trip is no counterpart's", "Kenya accused Egypt of lying. Kenya's president will travel to the border region next week.",
			nil, []string{"CONSULT KEN/GOV>EGY hypothetical"}},
		{"the ambassador summoned", "Kenya accused Egypt of spying on Monday. Nairobi summoned the ambassador.",
			[]string{"ACCUSE KEN/GOV>EGY/GOV asserted"}, nil},
		{"its own", "Kenya accused Egypt of spying on Monday. Nairobi praised its own ambassador.",
			nil, []string{"SUPPORT KEN/GOV>EGY asserted"}},
		{"an appeal with no known object", "Kenya accused Egypt of lying. Kenya called for more aid.",
			nil, []string{"REQUEST KEN>EGY asserted"}},
	})
}

// Words that condemn a thing named as known ("called the removal
// blasphemous") with no doer told accuse the story's sole counterpart.
func TestBlameOfTheCounterpart(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"the removal", "Kenya accused Egypt of spying. Cairo called the removal blasphemous.",
			[]string{"ACCUSE EGY/GOV>KEN asserted"}, nil},
	})
}

// "He" is not an office named after "its" ("Kenya recalled its ambassador"
// is Kenya's post, whoever the actors stage linked it to): the person the
// story followed before.
func TestHeNotAPossessedOffice(t *testing.T) {
	a := article(t, "Pompeo met Lavrov on Monday. Russia recalled its ambassador in Ankara. He further condemned remarks made by Turkish officials.", "2019-03-14")
	// the actors stage links "its ambassador" to Lavrov (as it linked
	// Algeria's ambassador to a Moroccan envoy)
	lavrov := slices.IndexFunc(a.Mentions, func(m dateline.Mention) bool { return m.Text == "Lavrov" })
	at := strings.Index(a.Body, "its ambassador")
	if lavrov < 0 || at < 0 {
		t.Fatal("no Lavrov mention or no office in the text")
	}
	a.Mentions = append(a.Mentions, dateline.Mention{Span: dateline.Span{Field: dateline.InBody, Start: at, End: at + len("its ambassador")},
		Text: "its ambassador", Kind: dateline.MentionRole, Entity: a.Mentions[lavrov].Entity})
	slices.SortFunc(a.Mentions, func(x, y dateline.Mention) int { return x.Start - y.Start })
	if err := testStage(t).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	for _, g := range briefs(a) {
		if strings.HasPrefix(g, "ACCUSE RUS/GOV>TUR") {
			t.Errorf("'He' read as the ambassador linked to Lavrov: %q", briefs(a))
		}
	}
}

// "told X it must …" is a demand of X: the pronoun is the one told.
func TestToldItMust(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"told it must", "Pompeo told Lavrov it must stop the shelling.",
			[]string{"REQUEST USA/GOV>RUS/GOV reported"}, nil},
	})
}

// "It" opening a sentence is the body or state the sentence before opened
// with; not a person, nor a place inside a phrase.
func TestItAfterABody(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"it after a ministry", "Cairo said on Tuesday that it regretted the decision. It dismissed the reasons put forward by Nairobi as false.",
			[]string{"REJECT EGY/GOV>KEN/GOV asserted"}, nil},
		{"it after a person", "Pompeo said on Tuesday that he regretted the decision. It dismissed the reasons put forward by Nairobi as false.",
			nil, []string{"REJECT USA/GOV>KEN/GOV asserted"}},
	})
}
