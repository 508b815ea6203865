package events

import (
	"context"
	"testing"
)

func TestSmoke(t *testing.T) {
	for _, s := range []string{
		"Russia accused the United States of violating the treaty on Tuesday.",
		"Turkish troops shelled positions held by Kurdish fighters near Idlib.",
		"Syria was attacked by Israeli jets, the army said.",
		"Lavrov said Washington must stop arming the rebels.",
		"The US, the UK and France imposed new sanctions on Iran.",
		"Pompeo held talks with Lavrov in Moscow.",
		"Iran said it would not accept the proposal.",
		"Israel did not attack Gaza on Sunday.",
		"Hamas threatened to attack Israel if the blockade continued.",
	} {
		a := article(t, s, "2019-03-14")
		if err := testStage(t).Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s", s)
		for _, ev := range a.Events {
			t.Logf("   %s  %q date=%s", brief(ev), a.SpanText(ev.Trigger), ev.Date)
		}
	}
}
