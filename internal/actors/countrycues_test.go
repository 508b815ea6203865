package actors

import (
	"testing"

	"github.com/dateline-news/dateline"
)

// countryCase is an article of one or more paragraphs, a mention in it and
// the "country|sector" of the mention's entity ("" for no entity).
type countryCase struct {
	name, place string
	paras       []string
	mention     string
	want        string
	notPerson   bool // the mention's entity must not be a person
}

func checkCountries(t *testing.T, tests []countryCase) {
	t.Helper()
	k := bundled(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.paras...)
			a.Dateline = &dateline.Dateline{Place: tc.place}
			runStage(t, k, a)
			e := mentionOf(a, tc.mention, 0)
			if e == nil {
				if tc.want != "" {
					t.Fatalf("no entity has a mention %q: %v", tc.mention, a.Entities)
				}
				return
			}
			if tc.notPerson {
				if e.Type == dateline.Person {
					t.Errorf("%q is a person: %+v", tc.mention, *e)
				}
				return
			}
			if got := e.Country + "|" + e.Sector; got != tc.want {
				t.Errorf("%q (%s) is %q, want %q", tc.mention, e.Name, got, tc.want)
			}
		})
	}
}

// TestNationalBranch checks that an international body's name followed by
// a country's is the body's branch in that country.
func TestNationalBranch(t *testing.T) {
	checkCountries(t, []countryCase{
		{"an NGO's national section", "LIMA",
			[]string{"Amnesty International Peru said police had fired tear gas at students outside the congress building."},
			"Amnesty International Peru", "PER|SOC", false},
		{"a charity's branch named as the subject, in a foreign dateline", "GENEVA",
			[]string{"Oxfam Malawi warned on Monday that maize stocks would run out by March."},
			"Oxfam Malawi", "MWI|SOC", false},
		{"the body alone stays international", "LIMA",
			[]string{"Amnesty International said police had fired tear gas at students."},
			"Amnesty International", "|SOC", false},
		{"an intergovernmental body's country office stays the body's", "LIMA",
			[]string{"UNICEF Peru said schools in the south had closed."},
			"UNICEF", "IGO|GOV", false},
	})
}

// TestBodyAnaphorOfficer checks that "the group's director, NAME" is an
// officer of the body the paragraph named last.
func TestBodyAnaphorOfficer(t *testing.T) {
	checkCountries(t, []countryCase{
		{"the group's officer is of the group's country and sector", "LIMA",
			[]string{"Amnesty International Peru said police had fired tear gas at students. " +
				"\"This was no accident,\" the group's director, Rosa Quispe, said."},
			"Rosa Quispe", "PER|SOC", false},
		{"the organisation's spokeswoman, after a body the KB places", "NAIROBI",
			[]string{"Human Rights Watch said on Tuesday that the organisation's spokeswoman, Jane Mwangi, had been held overnight."},
			"Jane Mwangi", "USA|SOC", false},
		{"no body named earlier in the paragraph: left unplaced", "LIMA",
			[]string{"Amnesty International Peru said police had fired tear gas at students.",
				"The company's chief executive, Juan Perez, declined to comment."},
			"Juan Perez", "|BUS", false},
	})
}

// TestPossessedPerson checks that a country's possessive right before a
// person's full name places the person.
func TestPossessedPerson(t *testing.T) {
	checkCountries(t, []countryCase{
		{"a country's possessive before a name the KB lacks", "GENEVA",
			[]string{"Kenya's Wanjiru Kamau said the committee must not become a talking shop."},
			"Wanjiru Kamau", "KEN|", false},
		{"three words of name", "GENEVA",
			[]string{"Peru's Rosa Quispe Mamani told reporters the vote would go ahead."},
			"Rosa Quispe Mamani", "PER|", false},
		{"a name with no possessive stays unplaced here", "GENEVA",
			[]string{"Wanjiru Kamau said the committee must not become a talking shop."},
			"Wanjiru Kamau", "|", false},
		{"a place after a possessive is no person", "GENEVA",
			[]string{"Kenya's Nairobi Expressway was closed by floods, officials said."},
			"Nairobi Expressway", "", true},
	})
}

// TestDescribedFirm checks that a demonym before a lower-case description
// ending in a firm noun places the firm named after it.
func TestDescribedFirm(t *testing.T) {
	checkCountries(t, []countryCase{
		{"a KB firm of no country after a demonym and its trade", "MAPUTO",
			[]string{"The raid led the French energy group Total to halt work on the gas plant."},
			"Total", "FRA|", false},
		{"a firm the KB lacks", "NAIROBI",
			[]string{"The Danish shipping company Maersk said on Monday it would send its ships around the Cape."},
			"Maersk", "DNK|", false},
		{"a firm the KB places keeps its country", "KYIV",
			[]string{"The Russian gas giant Gazprom said flows through Ukraine had stopped."},
			"Gazprom", "RUS|BUS", false},
		{"a weekday after the noun is no name", "PARIS",
			[]string{"A French company Monday said it would leave the market."},
			"Monday", "", false},
	})
}

// TestCypriotDemonyms checks that both communities' demonyms name Cyprus.
func TestCypriotDemonyms(t *testing.T) {
	checkCountries(t, []countryCase{
		{"a Turkish Cypriot leader is of Cyprus", "NICOSIA",
			[]string{"Turkish Cypriot leader Ali Demir said the talks had failed."},
			"Ali Demir", "CYP|GOV", false},
		{"a Greek Cypriot negotiator is of Cyprus", "GENEVA",
			[]string{"Greek Cypriot negotiator Andreas Georgiou said the gap had narrowed."},
			"Andreas Georgiou", "CYP|GOV", false},
		{"Turkish troops stay Turkey's", "NICOSIA",
			[]string{"Turkish troops have been stationed in the north since 1974."},
			"Turkish troops", "TUR|MIL", false},
	})
}

// TestAppositivePlaceBody checks that ", a magistrate of the Managua Court
// of Appeals," after a name is that person's role, of the place's country,
// and not a second person.
func TestAppositivePlaceBody(t *testing.T) {
	checkCountries(t, []countryCase{
		{"a capital opening a court's name", "SAN JOSE",
			[]string{"Carlos Mejía, a magistrate of the Managua Court of Appeals, said the ruling stood."},
			"Carlos Mejía", "NIC|JUD", false},
		{"a country's name opening a court's name", "LIMA",
			[]string{"Ruth Achieng, a judge of the Kenya High Court, said the ruling stood."},
			"Ruth Achieng", "KEN|JUD", false},
	})
	// The role noun is the named person's, not a second person.
	a := article("", "Carlos Mejía, a magistrate of the Managua Court of Appeals, said the ruling stood.")
	a.Dateline = &dateline.Dateline{Place: "SAN JOSE"}
	runStage(t, bundled(t), a)
	if e := mentionOf(a, "a magistrate", 0); e == nil || e.Name != "Carlos Mejía" {
		t.Errorf("'a magistrate' is %+v, want Carlos Mejía", e)
	}
}

// TestSharedBodyName checks that a body's name several countries' bodies
// share ("Democratic Party") is the dateline country's body, else that of
// the country the story has named most.
func TestSharedBodyName(t *testing.T) {
	checkCountries(t, []countryCase{
		{"the country named most, in a third country's dateline", "TOKYO",
			[]string{"South Korea's president arrived in Tokyo on Monday for talks on trade, the first such visit by a South Korean leader in years. " +
				"He pledged to work more closely with the United States. Back home, the opposition Democratic Party said the trip was a failure and that South Korea had won nothing."},
			"Democratic Party", "KOR|PTY", false},
		{"the dateline's country first", "WASHINGTON",
			[]string{"South Korea's president arrived in Washington on Monday, the first visit by a South Korean leader this year. " +
				"The Democratic Party said Congress should back the trade deal with South Korea."},
			"Democratic Party", "USA|PTY", false},
		{"Germany's Foreign Office in a Berlin story", "BERLIN",
			[]string{"The Foreign Office summoned the Russian ambassador on Wednesday."},
			"Foreign Office", "DEU|GOV", false},
		{"Britain's in a London story", "LONDON",
			[]string{"The Foreign Office summoned the Russian ambassador on Wednesday."},
			"Foreign Office", "GBR|GOV", false},
		{"Pakistan's, named most, in a Kabul story", "KABUL",
			[]string{"Pakistan closed the Torkham crossing on Monday. The Foreign Office in Islamabad said Pakistan would reopen it once the shelling stopped."},
			"Foreign Office", "PAK|GOV", false},
		{"Rome's Democratic Party", "ROME",
			[]string{"The Democratic Party walked out of the vote on Italy's migration decree on Tuesday."},
			"Democratic Party", "ITA|PTY", false},
	})
}
