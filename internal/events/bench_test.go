package events

import (
	"context"
	"strings"
	"testing"
)

// benchArticle is a made-up wire story of about 600 words.
const benchArticle = `Turkey and Russia agreed on Tuesday to extend a ceasefire in Syria's Idlib province after talks in Moscow, while the United Nations urged both sides to let aid convoys reach civilians trapped near the front line.

Turkish Foreign Minister Mevlut Cavusoglu held talks with Lavrov for three hours, the Turkish foreign ministry said. "We agreed that the ceasefire must hold and that the joint patrols will continue," Lavrov told reporters after the meeting.

The agreement came a day after Russian jets struck a market in Idlib, killing at least 14 people, according to the Syrian Observatory for Human Rights. Moscow denied that its aircraft had attacked civilian targets and accused militants in Idlib of violating the truce.

Ankara condemned the strike and warned that Turkish troops would respond to any attack on its observation posts. Turkey deployed more than 2,000 soldiers and armoured vehicles to the region last month, and Turkish officials said they had no plans to withdraw them.

In Damascus, the Syrian government rejected the agreement, saying it gave cover to terrorist groups. Syrian state television said government forces shelled rebel positions south of Idlib on Monday night and had captured two villages.

The United Nations said on Wednesday that nearly one million people had fled their homes since December. UN aid chief Mark Lowcock called on all parties to allow humanitarian access and said the organisation would send food and medicine to camps along the Turkish border as soon as the roads were safe.

The European Union threatened new sanctions against Damascus if the offensive continued. EU foreign ministers will meet in Brussels on Friday to discuss the crisis, and France and Germany have asked Russia to put pressure on the Syrian government.

Washington also criticised Moscow. "Russia must stop enabling the Assad regime's brutal campaign," Pompeo said in a statement, adding that the United States would consider further measures. He did not say what those measures might be.

Iran, which backs the Syrian government, praised the Russian-Turkish deal and offered to host a new round of talks in Tehran. Iranian officials said they were ready to cooperate with Ankara on border security.

Protesters rallied in Istanbul on Sunday against the government's Syria policy, and police detained dozens of demonstrators, the Interior Ministry said. Several opposition lawmakers demanded that the government explain why Turkish soldiers had been killed in Idlib.

Humanitarian groups warned that the camps could not absorb more people. The Red Cross said it had delivered tents and blankets to families near the border but that supplies were running low. Aid workers said the fighting had damaged three hospitals in the past week.

Russia's defence ministry said its forces would continue to strike militants who attacked Syrian troops. The ministry said Russian military police had begun joint patrols with Turkish forces along the M4 highway on Thursday.

Diplomats in Geneva said the United Nations envoy would visit Damascus and Ankara next week to discuss a political settlement. Syria has refused to meet opposition representatives since the last round of talks collapsed in January.

Turkey has accused Damascus of deliberately targeting civilians, while Syria has demanded that Turkish troops leave its territory. Analysts said neither side appeared ready to concede.`

func BenchmarkRun(b *testing.B) {
	a := article(b, benchArticle, "2020-03-05")
	st := testStage(b)
	ctx := context.Background()
	b.ReportMetric(float64(len(strings.Fields(benchArticle))), "words")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := st.Run(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
}

// The benchmark article gives events of many types, each with a sentence.
func TestBenchArticle(t *testing.T) {
	a := article(t, benchArticle, "2020-03-05")
	if err := testStage(t).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	types := map[string]bool{}
	for _, ev := range a.Events {
		types[ev.Type] = true
		if ev.Sentence < 0 || ev.Sentence >= len(a.Sentences) {
			t.Fatalf("event %s with sentence %d", brief(ev), ev.Sentence)
		}
		if !a.Sentences[ev.Sentence].Span.Contains(ev.Trigger) {
			t.Errorf("trigger %v outside its sentence", ev.Trigger)
		}
		t.Logf("%-40s %-12q %s", brief(ev), a.SpanText(ev.Trigger), ev.Date)
	}
	for _, want := range []string{"AGREE", "CONSULT", "REQUEST", "ASSAULT", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "COERCE", "MOBILIZE"} {
		if !types[want] {
			t.Errorf("no %s event", want)
		}
	}
}
