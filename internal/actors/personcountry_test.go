package actors

import "testing"

// TestTitleOfDemonym checks that a demonym inside the "of" phrase of a
// title before a name gives the office's country.
func TestTitleOfDemonym(t *testing.T) {
	checkCountries(t, []countryCase{
		{"a demonym in the body a title heads", "DUBAI",
			[]string{"The Chief of Staff of the Iranian Armed Forces Hossein Rahimi said on Monday the drills would go on."},
			"Hossein Rahimi", "IRN|MIL", false},
		{"a demonym in a ministry's name", "NAIROBI",
			[]string{"Permanent Secretary of the Kenyan Ministry of Health Wanjiru Kamau told reporters that stocks were low."},
			"Wanjiru Kamau", "KEN|GOV", false},
	})
}
