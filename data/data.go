// Package data holds dateline's bundled data files — knowledge base, lexicons,
// place gazetteer, demo corpus — as plain, reviewable files embedded in the
// binary. A user's files are merged over them by the packages that read them.
package data

import "embed"

// FS holds every bundled data file, under kb/, lexicon/, places/ and demo/.
//
//go:embed kb lexicon places demo
var FS embed.FS
