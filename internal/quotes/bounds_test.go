package quotes_test

import (
	"strings"
	"testing"
)

// TestQuoteBounds checks, over the whole pipe, where indirect words begin
// and end, and who is given as their speaker: each quote wanted must be
// found with exactly its text and a speaker whose name ends with name, and
// no quote may hold the words of not.
func TestQuoteBounds(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []said
		not  []string
	}{
		{"an appositive after a trailing 'according to' source is no words",
			"Airspace shut\n\nBAMAKO (Wire) - The army closed the airspace to foreign airliners on Monday, according to a bulletin issued by ASECNA, the regional air safety agency.",
			[]said{{"The army closed the airspace to foreign airliners on Monday", "ASECNA"}},
			[]string{"the regional air safety agency"}},
		{"a list of issuers after a trailing 'according to' is no words",
			"Deal\n\nBEIJING (Wire) - Egypt and Turkey have agreed to exchange ambassadors, according to a joint statement released by Egypt, Turkey and China in Beijing on Monday.",
			[]said{{"Egypt and Turkey have agreed to exchange ambassadors", ""}},
			[]string{"Turkey and China in Beijing"}},
		{"but words after a fronted 'according to' source are told",
			"Toll\n\nKYIV (Wire) - In the south, according to regional officials, four people were wounded overnight.",
			[]said{{"four people were wounded overnight", "officials"}},
			nil},
		{"a relative clause telling others' words ends the words",
			"Tax\n\nVILNIUS (Wire) - The ruling coalition said on Tuesday it would scrap a fuel levy that farmers said had ruined them, after a week of tractor blockades in the capital.",
			[]said{{"it would scrap a fuel levy", "coalition"}},
			[]string{"had ruined them", "tractor blockades"}},
		{"so does an appositive telling whose words it holds",
			"Amnesty\n\nMINSK (Wire) - The justice ministry announced that 40 inmates would be pardoned, a step it said the president had agreed to after a plea from church leaders.",
			[]said{{"40 inmates would be pardoned", "ministry"}},
			[]string{"church leaders"}},
		{"but a relative clause with no cue of its own stays in the words",
			"Tax\n\nVILNIUS (Wire) - The ruling coalition said it would scrap a fuel levy that had hurt farmers across the country.",
			[]said{{"it would scrap a fuel levy that had hurt farmers across the country", "coalition"}},
			nil},
		{"a past form after a modal in the words is the speaker's next act",
			"Veto\n\nSOFIA (Wire) - The president had said she would block the law and met the protest leaders on Friday at her residence.",
			[]said{{"she would block the law", ""}},
			[]string{"protest leaders"}},
		{"but a participle coordinated under 'would be' stays in the words",
			"Trial\n\nSOFIA (Wire) - The prosecutor said the suspects would be tried and sentenced before the end of the year.",
			[]said{{"the suspects would be tried and sentenced before the end of the year", ""}},
			nil},
		{"'it' is the body before an aside, not the outlet named inside the aside",
			"Warning\n\nSEOUL (Wire) - North Korea's Foreign Ministry, in a statement carried by the official KCNA news agency, condemned the joint drills. It said Washington was \"the chief instigator\" of tension on the peninsula.",
			[]said{{"Washington was \"the chief instigator\" of tension on the peninsula", "North Korean Foreign Ministry"}},
			nil},
		{"a ministry spokesman speaks for the ministry named before",
			"Expulsions\n\nBERLIN (Wire) - The Russian Foreign Ministry called the expulsions hostile. \"Such steps will be answered in kind,\" a ministry spokesman told reporters.",
			[]said{{"Such steps will be answered in kind", "Russian Foreign Ministry"}},
			nil},
		{"'the text' of a statement speaks for its issuer",
			"Statement\n\nHAVANA (Wire) - In a statement, the Cuban Foreign Ministry said the measure was too limited. \"The embargo remains in place,\" the text said.",
			[]said{{"The embargo remains in place", "Cuban Foreign Ministry"}},
			nil},
		{"a group's speaker phrase keeps its 'including' aside",
			"Levy\n\nOTTAWA (Wire) - Critics, including former Prime Minister Jane Holt, said the levy would hurt the country's exporters.",
			[]said{{"the levy would hurt the country's exporters", "Jane Holt"}},
			nil},
		{"'conveyed to him that' reports words, 'conveyed its condolences' none",
			"Envoy\n\nNEW DELHI (Wire) - The ministry summoned the envoy and conveyed to him that the surveillance of its staff was unacceptable. The minister conveyed her condolences to the families of the victims.",
			[]said{{"the surveillance of its staff was unacceptable", ""}},
			[]string{"condolences"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := process(t, c.text)
			for _, w := range c.want {
				found := false
				for _, q := range a.Quotes {
					if q.Text == w.text && strings.HasSuffix(q.Speaker.Name, w.name) {
						found = true
					}
				}
				if !found {
					for _, q := range a.Quotes {
						t.Logf("got %s %q by %q (%q) cue %q", q.Kind, q.Text, q.Speaker.Mention, q.Speaker.Name, q.Cue)
					}
					t.Errorf("no quote %q by %q", w.text, w.name)
				}
			}
			for _, q := range a.Quotes {
				for _, n := range c.not {
					if strings.Contains(q.Text, n) {
						t.Errorf("unexpected quote %q (%s, cue %q)", q.Text, q.Speaker.Name, q.Cue)
					}
				}
			}
		})
	}
}
