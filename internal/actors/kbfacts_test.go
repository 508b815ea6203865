package actors

import (
	"testing"

	"github.com/dateline-news/dateline"
)

// TestKBFacts checks people and bodies the bundled KB holds by their
// country: the World Health Assembly is the WHO's, an envoy is of the
// state he serves.
func TestKBFacts(t *testing.T) {
	k := bundled(t)
	tests := []struct{ name, date, body, want string }{ // want: "Name|country"
		{"the WHO's assembly", "", "The World Health Assembly adopted the text without a vote on Tuesday.",
			"World Health Assembly|IGO"},
		{"an ambassador's country is the one he serves", "", "Ambassador Reuben Brigety met officials in Pretoria on Monday.",
			"Reuben Brigety|USA"},
		{"a Nicaraguan opposition figure named with no office", "", "Félix Maradiaga told a news conference in Miami that the vote was a farce.",
			"Félix Maradiaga|NIC"},
		{"another, by his full name", "", "Supporters of Juan Sebastián Chamorro gathered outside the court on Friday.",
			"Juan Sebastián Chamorro|NIC"},
		{"a bishop's see gives his country", "2022-08-20", "Police surrounded the residence of Bishop Rolando Álvarez for a second week.",
			"Rolando Álvarez|NIC"},
		{"Spain's military emergency corps", "", "The UME sent two hundred soldiers to clear the flooded towns.",
			"Military Emergencies Unit|ESP"},
		{"Qatar's internal security force", "", "A Lekhwiya unit guarded the venue throughout the final.",
			"Lekhwiya|QAT"},
		{"Kenya's bar, named in full", "", "The Law Society of Kenya filed a petition against the new rules on Monday.",
			"Law Society of Kenya|KEN"},
		{"Russia's ombudsman, by a title the KB now knows", "2023-06-01", "Russian Human Rights Commissioner Tatyana Moskalkova said the lists were ready.",
			"Tatyana Moskalkova|RUS"},
		{"a man known by the name on his passport", "", "Police in Berlin arrested a man travelling as Vadim Sokolov after the shooting.",
			"Vadim Sokolov|RUS"},
		{"a Saudi minister of state", "2023-03-10", "Musaed bin Mohammed Al-Aiban thanked the hosts for the talks.",
			"Musaed bin Mohammed Al-Aiban|SAU"},
		{"Georgian Dream's ally", "", "People's Power said it would back the bill in a second reading.",
			"People's Power|GEO"},
		{"the African air navigation agency", "", "ASECNA said the airspace would stay closed until further notice.",
			"ASECNA|IGO"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			if tc.date != "" {
				a.Published, _ = dateline.ParseDate(tc.date)
			}
			runStage(t, k, a)
			var got []string
			for _, e := range a.Entities {
				got = append(got, e.Name+"|"+e.Country)
				if e.Name+"|"+e.Country == tc.want {
					return
				}
			}
			t.Errorf("no entity %q in %v", tc.want, got)
		})
	}
}
