package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/ingest"
)

func ExampleWalk() {
	dir, _ := os.MkdirTemp("", "ingest")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("LONDON — Britain said."), 0o644)
	os.WriteFile(filepath.Join(dir, "b.jsonl"), []byte(`{"title":"One","text":"x"}`+"\n"+`{"title":`+"\n"), 0o644)
	err := ingest.Walk(context.Background(), []string{dir}, ingest.Options{}, func(r dateline.Raw) error {
		fmt.Println(filepath.Base(r.Source), r.Format)
		return nil
	}, func(err error) {
		fmt.Println("error:", filepath.Base(err.Error()))
	})
	fmt.Println(err)
	// Output:
	// a.txt text
	// b.jsonl#1 json
	// error: b.jsonl:2: broken JSON: unexpected end of JSON input
	// <nil>
}
