//go:build actors

package events

import (
	"context"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/actors"
	"github.com/dateline-news/dateline/internal/kb"
)

// With -tags actors, TestPloverDev runs the real actors and roles stages.
func init() {
	devActors = func(t *testing.T) func(*dateline.Article) {
		ctx := context.Background()
		k, err := kb.Load(ctx, kb.Options{})
		if err != nil {
			t.Fatal(err)
		}
		st, err := actors.New(k)
		if err != nil {
			t.Fatal(err)
		}
		rf, err := actors.NewRoles()
		if err != nil {
			t.Fatal(err)
		}
		return func(a *dateline.Article) {
			if err := st.Run(ctx, a); err != nil {
				t.Fatal(err)
			}
			if err := rf.Run(ctx, a); err != nil {
				t.Fatal(err)
			}
		}
	}
}
