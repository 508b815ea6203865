package text

import (
	"context"
	"sync"
	"testing"
)

// TestConcurrentRun runs one stage on several articles at once (run with
// -race to check that Run shares no mutable state).
func TestConcurrentRun(t *testing.T) {
	st, err := New(Options{POS: true})
	if err != nil {
		t.Fatal(err)
	}
	want := mustArticle(t)
	if err := st.Run(context.Background(), want); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a := mustArticle(t)
			if err := st.Run(context.Background(), a); err != nil {
				t.Error(err)
				return
			}
			if len(a.Sentences) != len(want.Sentences) {
				t.Errorf("%d sentences, want %d", len(a.Sentences), len(want.Sentences))
			}
		}()
	}
	wg.Wait()
}
