package events

import "testing"

// TestWireModes checks the mode of events in sentences written like the
// demo corpus's wire copy: a speech act is reported when the words said come
// with it and asserted when only the act is told; an attribution is a
// speaker and a noun phrase, not a relative clause; pronouns find the person
// named before.
func TestWireModes(t *testing.T) {
	check(t, []eventCase{
		{"accusation with its words", "Kyiv accused Moscow of using grain as a weapon.",
			[]string{"ACCUSE UKR/GOV>RUS/GOV asserted"}, nil},
		{"accusation told as an act", "France condemned Russia on Thursday.",
			[]string{"ACCUSE FRA>RUS asserted"}, nil},
		{"appeal with its words", "The UN urged Iran to free the detained sailors.",
			[]string{"REQUEST IGO>IRN asserted"}, nil},
		{"material act in a tail attribution", "Russian jets struck Idlib overnight, Turkish officials said.",
			[]string{"ASSAULT RUS/MIL>SYR reported"}, nil},
		{"relative clause is no attribution", "Pompeo met Lavrov in Sochi, a meeting that Moscow had refused to confirm.",
			[]string{"CONSULT USA/GOV>RUS/GOV asserted"}, nil},
		{"warning with a condition", "Beijing warned that there would be consequences if Washington did not change course.",
			[]string{"THREATEN CHN/GOV>USA/GOV asserted"}, nil},
		{"future talks", "Moscow will hold talks with Ankara next week.",
			[]string{"CONSULT RUS/GOV>TUR/GOV hypothetical", "CONSULT TUR/GOV>RUS/GOV hypothetical"}, []string{"AGREE"}},
		{"a where clause tells what happened there", "Lavrov visited Nairobi on Monday, where Kenyan police arrested 40 protesters.",
			[]string{"COERCE KEN/COP>/CVL asserted"}, nil},
		{"a resignation to come is no pledge", "Kenyan President Moi said he would step down in May.",
			[]string{"RETREAT KEN/GOV>KEN hypothetical"}, []string{"AGREE KEN/GOV>- reported", "AGREE KEN/GOV>- asserted"}},
		{"an ongoing act is no pledge", "Pompeo said the United States would continue to support Kenya.",
			[]string{"SUPPORT USA>KEN reported"}, []string{"AGREE", "SUPPORT USA>KEN hypothetical"}},
		{"denial inside a tail attribution", "Iran did not attack the British tanker, Tehran said.",
			[]string{"ASSAULT IRN>GBR negated"}, nil},
		{"demand in a quote", "\"Iran must free the sailors,\" Pompeo said.",
			[]string{"REQUEST USA/GOV>IRN reported"}, nil},
		{"pronoun subject", "Lavrov met Pompeo in Sochi on Monday.\n\nHe accused Washington of meddling in Syria.",
			[]string{"ACCUSE RUS/GOV>USA/GOV asserted"}, nil},
		{"parenthesis is background", "Kenya (which banned a rally in 2019) accused Egypt of meddling in Sudan.",
			[]string{"ACCUSE KEN>EGY asserted"}, []string{"COERCE"}},
		{"a quoted negation", "Lavrov said Moscow had \"never\" supported Israel.",
			[]string{"SUPPORT RUS/GOV>ISR negated"}, nil},
		{"speech opened by a curly quote", "Pompeo said “Kenya must free the sailors.”",
			[]string{"REQUEST USA/GOV>KEN reported"}, nil},
		{"a participle after the speech cue is the speaker's act", "\"The raid is a provocation,\" Pompeo said in a statement, urging Kenya to free the sailors.",
			[]string{"REQUEST USA/GOV>KEN asserted"}, nil},
		{"mention of an event names no one", "The sanctions came into force on Monday.",
			nil, []string{"SANCTION"}},
	})
}
