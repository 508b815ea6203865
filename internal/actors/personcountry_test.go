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

// TestCounterpart checks that "his Colombian counterpart, NAME" is a
// person of the demonym's country.
func TestCounterpart(t *testing.T) {
	checkCountries(t, []countryCase{
		{"an appositive name after the counterpart", "BOGOTA",
			[]string{"President Lucas Ferro met his Colombian counterpart, Ramiro Velandia, on Tuesday, officials said."},
			"Ramiro Velandia", "COL|", false},
		{"the name right after the counterpart, in another country's dateline", "QUITO",
			[]string{"Ecuador's foreign minister spoke with her Peruvian counterpart Elena Vargas on Friday."},
			"Elena Vargas", "PER|", false},
		{"no name after the counterpart", "QUITO",
			[]string{"Ecuador's foreign minister spoke with her Peruvian counterpart, who said the border would reopen."},
			"counterpart", "", false},
	})
}
