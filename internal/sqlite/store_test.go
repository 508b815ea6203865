package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/storetest"
)

// TestStore runs the behaviour every dateline.Store shares.
func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) dateline.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}

func TestLimits(t *testing.T) {
	for _, tt := range []struct{ in, want int }{{0, DefaultLimit}, {-3, -1}, {10, 10}, {100000, MaxLimit}} {
		if got, _ := limits(dateline.Page{Limit: tt.in}); got != tt.want {
			t.Errorf("limits(%d) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
