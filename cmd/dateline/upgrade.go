package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"
)

// newUpgradeProgress tells on standard error how the one-time upgrade of
// the database named db goes (see upgradeProgress).
func newUpgradeProgress(db string) func(done, total int) {
	return upgradeProgress(os.Stderr, db, term.IsTerminal(int(os.Stderr.Fd())), time.Now)
}

// upgradeProgress returns the progress function of a store's one-time
// upgrade of a database made by an earlier dateline, which gives its stored
// event reports their events and takes seconds per 100,000 of them. It
// writes to w (standard error: never the command's output) what is being
// done when it starts; how far it has got, redrawn on a terminal, else a
// line every lineEvery; and when it is done, with how long it took.
func upgradeProgress(w io.Writer, db string, terminal bool, now func() time.Time) func(done, total int) {
	var start, last time.Time
	started, drawn := false, false
	return func(done, total int) {
		t := now()
		switch {
		case !started:
			started, start, last = true, t, t
			fmt.Fprintf(w, "upgrade: %s was made by an earlier dateline: giving its %d event reports their event ids (once)\n", db, total)
		case done >= total:
			if drawn {
				fmt.Fprint(w, "\r\033[K")
			}
			fmt.Fprintf(w, "upgrade: done: %d event reports in %.1fs\n", total, t.Sub(start).Seconds())
		case terminal && t.Sub(last) >= 200*time.Millisecond:
			last, drawn = t, true
			fmt.Fprintf(w, "\rupgrade: %d/%d event reports (%d%%)", done, total, done*100/total)
		case !terminal && t.Sub(last) >= lineEvery:
			last = t
			fmt.Fprintf(w, "upgrade: %d/%d event reports (%d%%)\n", done, total, done*100/total)
		}
	}
}
