package actors

import (
	"strings"
	"testing"
)

// allCapsReference is the definition isAllCapsWord must keep.
func allCapsReference(s string) bool { return strings.ToUpper(s) == s && strings.ToLower(s) != s }

func TestIsAllCapsWord(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"NATO", true},
		{"U.S.", true},
		{"G7", true},
		{"ÉTAT", true},
		{"Russia", false},
		{"nato", false},
		{"123", false},
		{"", false},
		{"-", false},
		{"ǅ", false},              // a title-case letter: ToUpper changes it
		{"ß", false},              // no upper case of its own
		{"NAT\xffO", false},       // an invalid byte: ToUpper replaces it
		{"\ufffd", false},         // a real replacement character: no case
		{"A\ufffd", true},         // … beside a capital
		{"ΟΗΕ", true},             // Greek capitals
		{"МИД", true},             // Cyrillic capitals
		{"Kyiv’S", false},         // mixed case
		{"AL-SHABAAB", true},      // a hyphen inside
		{"\u0130STANBUL", true},   // a dotted capital I
		{"SCHLOSS\u1e9e", true},   // a capital sharp s
		{"\u00c5\u030a", true},    // a capital and a combining mark
		{"\u0301", false},         // a combining mark alone
		{"\U0001d400BC", true},    // a mathematical capital, no lower case of its own
		{"\U0001d400", false},     // … alone
		{"\xe2\x80", false},       // a truncated rune
		{"ABC\xe2\x80\x99", true}, // a whole one (’)
	}
	for _, tt := range tests {
		if got := isAllCapsWord(tt.in); got != tt.want {
			t.Errorf("isAllCapsWord(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if got, ref := isAllCapsWord(tt.in), allCapsReference(tt.in); got != ref {
			t.Errorf("isAllCapsWord(%q) = %v, but ToUpper/ToLower say %v", tt.in, got, ref)
		}
	}
}

func FuzzIsAllCapsWord(f *testing.F) {
	for _, s := range []string{"NATO", "Russia", "ǅ", "NAT\xffO", "ÉTAT", "\u0301", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, ref := isAllCapsWord(s), allCapsReference(s); got != ref {
			t.Errorf("isAllCapsWord(%q) = %v, but ToUpper/ToLower say %v", s, got, ref)
		}
	})
}

// TestWordChecksAllocateNothing: isAllCapsWord is asked of most words of
// every field and foldDiacritics of every body's mentions; neither may
// make a string for a plain word (an allocation count, not a timing).
func TestWordChecksAllocateNothing(t *testing.T) {
	for _, s := range []string{"Russia", "NATO", "al-Assad"} {
		if n := testing.AllocsPerRun(100, func() { isAllCapsWord(s) }); n != 0 {
			t.Errorf("isAllCapsWord(%q) allocates %v times", s, n)
		}
	}
	for _, s := range []string{"Russian Defence Ministry", "Sergei Lavrov"} {
		if n := testing.AllocsPerRun(100, func() { foldDiacritics(s) }); n != 0 {
			t.Errorf("foldDiacritics(%q) allocates %v times", s, n)
		}
	}
}

// TestStyleOpener: the switch that spares styleHonorific its work on most
// words must let through every word that can open a style.
func TestStyleOpener(t *testing.T) {
	for w := range styleHonorifics {
		if !styleOpener(w) {
			t.Errorf("styleOpener(%q) = false, but it is a style", w)
		}
	}
	for _, w := range []string{"Tan", "Puan", "Toh"} { // Tan Sri, Puan Sri, Toh Puan
		if !styleOpener(w) {
			t.Errorf("styleOpener(%q) = false, but it opens a style", w)
		}
	}
	for _, w := range []string{"Seri", "Dr", "President", "datuk"} {
		if styleOpener(w) {
			t.Errorf("styleOpener(%q) = true, but it opens no style", w)
		}
	}
}
