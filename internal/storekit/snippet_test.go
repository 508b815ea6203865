package storekit

import (
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Zürich", "zurich"},
		{"ZÜRICH", "zurich"},
		{"Erdoğan", "erdogan"},
		{"Mevlüt Çavuşoğlu", "mevlut cavusoglu"},
		{"Sánchez, São Paulo", "sanchez, sao paulo"},
		{"İstanbul", "istanbul"},
		{"Kılıç", "kılıc"}, // SQLite leaves the dotless ı
		{"Łódź", "łodz"},   // and ł
		{"plain ascii 123", "plain ascii 123"},
	} {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q; want %q", tt.in, got, tt.want)
		}
		if len([]rune(Fold(tt.in))) != len([]rune(tt.in)) {
			t.Errorf("Fold(%q) changes the number of letters", tt.in)
		}
	}
}

func TestSnippet(t *testing.T) {
	long := strings.Repeat("word ", 40)
	for _, tt := range []struct {
		name, text, query, want string
	}{
		{"marks", "Talks in Zürich went on.", "zurich", "Talks in [Zürich] went on."},
		{"accent-in-query", "Talks in Zurich went on.", "Zürich", "Talks in [Zurich] went on."},
		{"case", "ERDOGAN said so.", "Erdoğan", "[ERDOGAN] said so."},
		{"phrase-of-parts", "An al-Qaeda-linked group held the town.", "al-Qaeda", "An [al]-[Qaeda]-linked group held the town."},
		{"parts-out-of-order", "Qaeda and al met.", "al-Qaeda", "Qaeda and al met."},
		{"window", long + "then Idlib was shelled. " + long, "Idlib",
			"…word word then [Idlib] was shelled. word word word word word word word word word word word word word word word word word word…"},
		{"best-window", "Idlib " + long + "talks on Idlib", "talks Idlib",
			"…word word word [talks] on [Idlib]"},
		{"no-match", "Nothing here.", "Idlib", "Nothing here."},
		{"empty", "", "Idlib", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Snippet(tt.text, tt.query); got != tt.want {
				t.Errorf("Snippet = %q\nwant      %q", got, tt.want)
			}
		})
	}
}
