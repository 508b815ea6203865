package storekit

import (
	"reflect"
	"testing"
)

func TestSearchTerms(t *testing.T) {
	tests := []struct {
		q    string
		want [][]string
	}{
		{"", nil},
		{"  ", nil},
		{"talks Idlib", [][]string{{"talks"}, {"Idlib"}}},
		{`"chemical weapons" attack`, [][]string{{"chemical weapons"}, {"attack"}}},
		{`“chemical   weapons” attack`, [][]string{{"chemical weapons"}, {"attack"}}},
		{`"unbalanced AND (`, [][]string{{"unbalanced AND ("}}},
		{`""`, nil},
		{"ceasefire OR truce Idlib", [][]string{{"ceasefire", "truce"}, {"Idlib"}}},
		{`Idlib ceasefire OR "cease fire" OR truce`, [][]string{{"Idlib"}, {"ceasefire", "cease fire", "truce"}}},
		{"Erdogan AND Putin", [][]string{{"Erdogan"}, {"Putin"}}},
		{"Seoul or Idlib", [][]string{{"Seoul"}, {"or"}, {"Idlib"}}},
		{"OR Seoul OR", [][]string{{"Seoul"}}},
		{"Seoul OR AND Idlib", [][]string{{"Seoul"}, {"Idlib"}}},
		{"'locked and loaded'", [][]string{{"locked"}, {"and"}, {"loaded"}}},
		{"d'Ivoire", [][]string{{"d'Ivoire"}}},
		{`al-Qaeda"linked"`, [][]string{{"al-Qaeda"}, {"linked"}}},
	}
	for _, tt := range tests {
		if got := SearchTerms(tt.q); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("SearchTerms(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
