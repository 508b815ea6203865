package clean

import (
	"regexp"
	"strings"
	"testing"
)

// creditLineWhole is the credit-line pattern isCredit matches in parts, as
// one expression: the parts must match exactly where it does.
var creditLineWhole = regexp.MustCompile(`(?i)^(©|\(c\)\s|copyright\b|photo|photograph|picture|image|video|file photo|photo credit|credit|pictured|illustration)s?\b\s*(by)?\s*[:/|]|^(` + agencies + `)\s*(photo|images|/|$)|(` + agencies + `)\s*(photo)?\s*/\s*\p{Lu}|/\s*(` + agencies + `)\s*\)?$|\b(photo|image|picture)s?\s*(by)?\s*:|(via|/)\s*getty images\b|\bvia\s+(` + agencies + `)\s*\)?$|\(\s*(` + agencies + `)\s*(photo)?\s*(/[^)]*)?\)$`)

func TestIsCreditTop(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Photo: Reuters", true},
		{"Credit: Kyiv city council", true},
		{"Photograph | Getty", false}, // no credit mark: not tried
		{"Pictures by | Getty / staff", true},
		{"AFP/Getty Images", true},
		{"Reuters", false},
		{"A man walks past rubble in Gaza. REUTERS/Mohammed Salem", true},
		{"Ukrainian firefighters at work. AP Photo / Evan Vucci", true},
		{"Protest in Minsk. AFP PHOTO/Sergei Gapon", true},
		{"Rally in Minsk. AFP photo/", false},
		{"Soldiers patrol the border / AFP", true},
		{"Rescue workers at the site (Image: Anadolu)", true},
		{"Tank in Kharkiv. Photo by: Oleg Petrenko", true},
		{"Demonstrators in Minsk via Getty Images", true},
		{"Crowds in Tehran/Getty Images", true},
		{"President Macron in Paris, via Reuters", true},
		{"KREMLIN.RU/Handout VIA REUTERS", true},
		{"Talks in Geneva (Reuters)", true},
		{"Talks in Geneva (Reuters/Denis Balibouse)", true},
		{"The minister said: we will act", false},
		{"He said the talks (in Geneva) would resume", false},
		{"Details at https://example.com/page/2 for readers", false},
		{"Copyright 2020 The Associated Press. All rights reserved.", false},
		{"(c) AFP 2020", false},
		{"Ukrainian servicemen ride a tank: photo by Anna", false},
		{"The talks, via video link, were held on Monday (local time)", false},
		{"Envoys met in Doha; a via: route was agreed", false},
	}
	for _, tt := range tests {
		got := isCredit(tt.line, true)
		if got != tt.want {
			t.Errorf("isCredit(%q, true) = %v, want %v", tt.line, got, tt.want)
		}
		if old := creditMarked(tt.line) && creditLineWhole.MatchString(tt.line); got != old {
			t.Errorf("isCredit(%q, true) = %v, with the whole pattern %v", tt.line, got, old)
		}
	}
}

// creditMarked is isCredit's first test for a line at the top.
func creditMarked(t string) bool {
	return strings.ContainsAny(t, "/:©") || strings.HasSuffix(t, ")") || hasPrefixFold(t, "copyright") ||
		hasPrefixFold(t, "(c)") || strings.Contains(t, "via ") || strings.Contains(t, "VIA ")
}

func TestContainsFoldASCII(t *testing.T) {
	tests := []struct {
		s, sub string
		want   bool
	}{
		{"Photo by", "photo", true}, {"PHOTO", "photo", true}, {"a pHoTo", "photo", true},
		{"phot", "photo", false}, {"", "via", false}, {"VIA", "via", true}, {"v-i-a", "via", false},
	}
	for _, tt := range tests {
		if got := containsFoldASCII(tt.s, tt.sub); got != tt.want {
			t.Errorf("containsFoldASCII(%q, %q) = %v", tt.s, tt.sub, got)
		}
	}
}
