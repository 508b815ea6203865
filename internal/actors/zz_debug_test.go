package actors

import (
	"context"
	"os"
	"testing"

	"github.com/dateline-news/dateline/internal/kb"
)

func TestZZDebug(t *testing.T) {
	txt := os.Getenv("ZZ")
	if txt == "" {
		t.Skip()
	}
	k, _ := kb.Load(context.Background(), kb.Options{})
	a := article("", txt)
	runStage(t, k, a)
	for _, e := range a.Entities {
		t.Log(describe(e), " role=", e.Role)
	}
}
