package events

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
)

// checkExact runs cases whose want lists every event of the sentence: what
// the stage must find and nothing more (over-generation on unseen articles
// is what these cases guard against).
func checkExact(t *testing.T, cases []eventCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, got := run(t, tc.text)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q\n  missing %q\n  got %q", tc.text, w, got)
				}
			}
			for _, g := range got {
				if !slices.Contains(tc.want, g) {
					t.Errorf("%q\n  unexpected %q (want only %q)", tc.text, g, tc.want)
				}
			}
		})
	}
}

// Events a coder would not code: no doer, no one on either side, a place
// taken for a target, words that look like triggers.
func TestPrecision(t *testing.T) {
	checkExact(t, []eventCase{
		{"an act with no doer is a mention", "Dozens of Syrian civilians were killed in the shelling on Sunday.", nil, nil},
		{"aid needs a recipient", "Germany sent food and medicine on Monday.", nil, nil},
		{"aid with its recipient", "Germany sent food and medicine to Ukraine on Monday.",
			[]string{"AID DEU>UKR asserted"}, nil},
		{"a credit line is no aid", "The Red Cross contributed to this report.", nil, nil},
		{"released a statement is no release", "Iran released a statement on Monday.", nil, nil},
		{"sides with no country", "The opposition party criticized the plan.", nil, nil},
		{"a capital after 'in' is where, not whom", "Japan lodged a strong protest through diplomatic channels in Beijing.",
			[]string{"ACCUSE JPN>- asserted"}, nil},
		{"a country after 'in' is whom a demand concerns", "The United Nations demanded a ceasefire in Syria.",
			[]string{"REQUEST IGO>SYR asserted"}, nil},
		{"a reduced passive is its agent's act", "Kenya said the aid promised by Britain had not arrived.",
			[]string{"AGREE GBR>- reported"}, nil},
		{"a lone participle is a main verb", "Kenyan students protested on Monday.", []string{"PROTEST KEN/EDU>- asserted"}, nil},
		{"a state does not act on its own country", "Lavrov signed a treaty on the accession of the peninsula to Russia.",
			[]string{"SUPPORT RUS/GOV>- asserted"}, nil},
		{"a date, not a preposition", "Russia and Turkey reached a deal on Tuesday.", []string{"AGREE RUS>TUR asserted", "AGREE TUR>RUS asserted"}, nil},
		{"'on' before a plan is no date", "Russia and Turkey reached a deal on a plan requiring Syria to disarm.",
			[]string{"AGREE RUS>TUR asserted", "AGREE TUR>RUS asserted"}, nil},
	})
}

// Lexicon entries that keep look-alike words from being coded.
func TestLookAlikes(t *testing.T) {
	checkExact(t, []eventCase{
		{"asked about", "Asked about the sanctions, Lavrov said Moscow had nothing to add.", nil, nil},
		{"conceded that is an admission", "Lavrov conceded that the result was disappointing.", nil, nil},
		{"warned against a thing", "Germany warned against an arms race.", nil, nil},
		{"warned of a risk", "Pompeo warned of a moment of risk in Syria.", nil, nil},
		{"warned that, a forecast", "Pompeo warned that the talks with Iran could collapse.", nil, nil},
		{"warned that, a threat in the content", "Turkey warned that Ankara would respond if Damascus continued the attacks.",
			[]string{"THREATEN TUR/GOV>SYR/GOV asserted"}, nil},
		{"an election win is no beating", "Brazil beat Kenya in the vote for the council seat.", nil, nil},
		{"beating people", "Kenyan police beat protesters in Nairobi on Sunday.", []string{"ASSAULT KEN/COP>- asserted"}, nil},
		{"declined to comment", "The Kremlin declined to comment.", nil, nil},
		{"declined to give figures", "Kyiv declined to give the number of wounded soldiers.", nil, nil},
		{"a region's leaders are not the one country named", "European leaders urged Britain to begin its exit quickly.",
			[]string{"REQUEST /GOV>GBR asserted"}, nil},
		{"will not tolerate", "Lavrov said Moscow would not tolerate provocations by Ukraine.",
			[]string{"THREATEN RUS/GOV>UKR reported"}, nil},
		{"open to dialogue is willingness", "Lavrov said Moscow was open to dialogue with Washington.",
			[]string{"AGREE RUS/GOV>USA/GOV reported"}, []string{"CONSULT"}},
	})
}

// Constructions behind misses on held-out articles.
func TestHeldOutConstructions(t *testing.T) {
	check(t, []eventCase{
		{"demanding someone's release", "Pompeo called for the immediate release of Lavrov.",
			[]string{"REQUEST USA/GOV>RUS/GOV asserted"}, nil},
		{"quotation marks inside a pattern", "Pompeo called for the « immediate release » of Lavrov.",
			[]string{"REQUEST USA/GOV>RUS/GOV asserted"}, nil},
		{"a speech act after the words is the speaker's", "Lavrov said the deployment was illegal and called on Turkey to withdraw its troops.",
			[]string{"REQUEST RUS/GOV>TUR asserted"}, nil},
		{"sabotage blames its doer", "Lavrov said Israel was trying to sabotage diplomacy.",
			[]string{"ACCUSE RUS/GOV>ISR reported"}, nil},
		{"a launch with no target is a show of force", "Iran fired a ballistic missile over the Gulf on Tuesday.",
			[]string{"MOBILIZE IRN>- asserted"}, []string{"ASSAULT"}},
		{"the launch named by a condemning word", "Iran fired a ballistic missile over the Gulf on Tuesday. Japan called the launch outrageous.",
			[]string{"ACCUSE JPN>IRN asserted"}, nil},
		{"talks by telephone", "Lavrov spoke with Pompeo by telephone on Tuesday.",
			[]string{"CONSULT RUS/GOV>USA/GOV asserted"}, nil},
		{"the support of one's own body", "Pompeo expressed the full support of the United Nations.",
			[]string{"SUPPORT USA/GOV>- asserted"}, []string{"SUPPORT USA/GOV>IGO"}},
		{"the subject of an infinitive", "Kyiv expected Russia to launch new offensives.",
			nil, []string{"ASSAULT UKR/GOV"}},
		{"not the speaker of a trailing attribution", "Britain will expel diplomats, Pompeo said.",
			[]string{"THREATEN GBR>/GOV reported"}, []string{"THREATEN GBR>USA"}},
		{"an attribution set off by commas is no target", "Britain will expel Russian diplomats, Pompeo announced on Wednesday, after Moscow ignored a deadline.",
			[]string{"SANCTION GBR>RUS/GOV hypothetical"}, []string{"SANCTION GBR>USA", "THREATEN GBR>USA"}},
		{"a denial of a deed is no rejection of its recipient", "Iran denied sending weapons to Russia.",
			nil, []string{"REJECT"}},
		{"leaving a deal is a rejection", "Washington pulled out of the nuclear deal.",
			[]string{"REJECT USA/GOV>- asserted"}, []string{"RETREAT"}},
		{"receiving with no visitor is no meeting", "Lavrov said Moscow had not received any notification.",
			nil, []string{"CONSULT"}},
		{"there would be consequences", "Lavrov said there would be serious consequences.",
			[]string{"THREATEN RUS/GOV>- reported"}, nil},
		{"concern about consequences is no threat", "Lavrov said Moscow was concerned about the consequences.",
			nil, []string{"THREATEN"}},
		{"a veto is cast in the body named", "Russia vetoed the draft at the United Nations on Friday.",
			[]string{"REJECT RUS>IGO asserted"}, nil},
		{"a veto in the body named before", "The United Nations met on Syria. Russia and China voted against the draft.",
			[]string{"REJECT RUS>IGO asserted", "REJECT CHN>IGO asserted"}, nil},
		{"a veto names no target but a body", "Russia vetoed a resolution drafted by France.",
			[]string{"REJECT RUS>- asserted"}, nil},
		{"an act the speaker announces is the speaker's", "Lavrov announced a suspension of flights to Kenya.",
			[]string{"SANCTION RUS/GOV>KEN reported"}, nil},
		{"an act named before a clause is not the speaker's", "Pompeo said the strike was meant to stop an attack.",
			nil, []string{"ASSAULT USA"}},
		{"a noun with no doer in someone's words is a mention", "Lavrov said threats of new strikes against Syria do not help anyone.",
			nil, []string{"THREATEN RUS/GOV>SYR"}},
		{"a judgment with 'should be' is no demand", "Pompeo said Lavrov should be ashamed.",
			nil, []string{"REQUEST"}},
		{"an act will not go unanswered", "Britain imposed sanctions on Russia. Lavrov said the sanctions would not go unanswered.",
			[]string{"THREATEN RUS/GOV>GBR reported"}, nil},
		{"a pledge of aid is the pledge and the aid", "France promised Egypt international aid on Thursday.",
			[]string{"AGREE FRA>EGY asserted", "AID FRA>EGY hypothetical"}, nil},
		{"a pledge of aid to no one named", "France promised aid on Thursday.",
			[]string{"AGREE FRA>- asserted"}, []string{"AID"}},
		{"a threat of consequences", "Lavrov said Ukraine would face consequences.",
			[]string{"THREATEN RUS/GOV>UKR reported"}, nil},
	})
}

// An accusation of an act with no doer named is aimed at the country where
// the act happened: a place in its words, else the dateline's, never where
// the speaker is.
func TestAccusePlace(t *testing.T) {
	checkPlaced(t, []placedCase{
		{"the dateline's country", "France condemned the coup.", "BAMAKO", "ACCUSE FRA>MLI asserted"},
		{"a place in the words", "France condemned the attack in Kabul.", "PARIS", "ACCUSE FRA>AFG asserted"},
		{"not the speaker's place", "In Paris, France condemned the mutiny.", "BAMAKO", "ACCUSE FRA>MLI asserted"},
		{"not its own country", "France condemned the violence.", "PARIS", "ACCUSE FRA>- asserted"},
		{"a doer named earlier wins", "Russian jets bombed a market in Idlib. France condemned the strikes.", "BAMAKO", "ACCUSE FRA>RUS/MIL asserted"},
		{"no act, no place target", "France condemned the decision.", "BAMAKO", "ACCUSE FRA>- asserted"},
		{"the act's victims are not its doers", "France condemned the detention of protesters and journalists.", "BAMAKO", "ACCUSE FRA>MLI asserted"},
	})
}

// A quotation split around its cue ('"X is an aggressor," Y said, "…"')
// is read with the speaker the quotes stage found, from its first word on.
func TestSplitQuoteSpeaker(t *testing.T) {
	body := `"Russia is an aggressor," Pompeo said, "and history will judge it."`
	a := article(t, body, "2019-03-14")
	speaker := -1
	for i, e := range a.Entities {
		if e.Name == "Pompeo" {
			speaker = i
		}
	}
	if speaker < 0 {
		t.Fatal("no Pompeo entity")
	}
	start := strings.Index(body, "Russia")
	a.Quotes = []dateline.Quote{{
		Text:    "Russia is an aggressor, and history will judge it.",
		Kind:    "Direct",
		Span:    dateline.Span{Field: dateline.InBody, Start: start, End: strings.Index(body, ",\"")},
		Speaker: dateline.Speaker{Name: "Mike Pompeo", Entity: speaker, Mention: "Pompeo"},
		Parent:  -1,
	}}
	if err := testStage(t).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	got := briefs(a)
	if want := "ACCUSE USA/GOV>RUS reported"; !slices.Contains(got, want) {
		t.Errorf("want %q, got %q", want, got)
	}
}

// The chief of a body speaking of the body is one side ("NATO allies must
// …," its secretary-general said), not a demand of one IGO on another.
func TestOwnBody(t *testing.T) {
	dict := map[string]fakeActor{"Jens Stoltenberg": {"IGO", "GOV", dateline.Person, dateline.MentionName}}
	for n, fa := range testActors {
		dict[n] = fa
	}
	for _, tc := range []struct {
		name, text string
		chief      bool
		want       string
	}{
		{"its own chief", "NATO must increase ammunition production, Jens Stoltenberg said.", true, ""},
		{"another body's official", "NATO must increase ammunition production, Jens Stoltenberg said.", false, "REQUEST IGO/GOV>IGO/MIL reported"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := article(t, tc.text, "2019-03-14")
			a.Mentions, a.Entities = nil, nil
			fakeMentions(a, dict)
			nato := ""
			for _, e := range a.Entities {
				if e.Name == "NATO" {
					nato = e.ID
				}
			}
			for i, e := range a.Entities {
				if e.Name == "Jens Stoltenberg" && tc.chief {
					a.Entities[i].Roles = []dateline.Role{{Title: "Secretary-General", Country: "IGO", Org: nato}}
				}
			}
			if err := testStage(t).Run(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			got := briefs(a)
			if tc.want == "" && len(got) > 0 || tc.want != "" && !slices.Contains(got, tc.want) {
				t.Errorf("%q: want %q, got %q", tc.text, tc.want, got)
			}
		})
	}
}

// In a headline written as one (no full stop), a past participle after its
// noun is passive even when tagged as a past tense.
func TestHeadlinePassive(t *testing.T) {
	for _, tc := range []struct {
		name, headline string
		not, want      string
	}{
		{"participle after its noun", "Dozens of Kenyan soldiers killed in Gaza, Nairobi says", "ASSAULT KEN", ""},
		{"a name before a past tense is its subject", "Kenya demanded talks with Egypt", "", "REQUEST KEN>EGY asserted"},
		{"an as-clause has its own subject", "Kenya wins talks as Egypt demands sanctions", "REQUEST KEN", ""},
		{"a verb tagged as a plural noun", "Kenya wins vote as Egypt cries fraud", "ACCUSE KEN", ""},
		{"a headline verb tagged as a plural noun", "Kenyan opposition cries fraud", "", "ACCUSE KEN/OPP>- asserted"},
		{"a comma before a new subject and verb opens a second headline clause", "Kenya accuses Egypt of attack, Cairo condemns Nairobi", "ACCUSE KEN>EGY/GOV", "ACCUSE EGY/GOV>KEN/GOV asserted"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &dateline.Article{Headline: tc.headline, Body: "No more details were given."}
			a.Paragraphs = []dateline.Span{{Field: dateline.InBody, Start: 0, End: len(a.Body)}}
			if err := textStageForTest(t).Run(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			for _, n := range []string{"Kenyan", "Kenya", "Nairobi", "Egypt", "Cairo"} {
				i := strings.Index(a.Headline, n)
				if i < 0 || n == "Kenya" && strings.HasPrefix(a.Headline[i:], "Kenyan") {
					continue
				}
				fa := testActors[n]
				a.Entities = append(a.Entities, dateline.Entity{ID: n, Name: n, Type: fa.typ, Country: fa.country, Sector: fa.sector})
				a.Mentions = append(a.Mentions, dateline.Mention{Span: dateline.Span{Field: dateline.InHeadline, Start: i, End: i + len(n)},
					Text: n, Kind: fa.kind, Entity: len(a.Entities) - 1})
			}
			if err := testStage(t).Run(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, ev := range a.Events {
				got = append(got, brief(ev))
				if tc.not != "" && strings.HasPrefix(brief(ev), tc.not) {
					t.Errorf("%q: unexpected %q", tc.headline, brief(ev))
				}
			}
			if tc.want != "" && !slices.Contains(got, tc.want) {
				t.Errorf("%q: want %q, got %q", tc.headline, tc.want, got)
			}
		})
	}
}
