package actors

import (
	"testing"

	"github.com/dateline-news/dateline"
)

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

// TestAppositiveBodyAnaphor checks that "NAME, the group's head" is an
// officer of the body the paragraph named last, as "the group's head,
// NAME" is.
func TestAppositiveBodyAnaphor(t *testing.T) {
	checkCountries(t, []countryCase{
		{"the group's head after the name, in another country's dateline", "ANKARA",
			[]string{"The Syrian rescue group White Helmets said it had pulled ten people from the rubble. " +
				"\"The strikes hit homes,\" said Munir Mustafa, the group's head."},
			"Munir Mustafa", "SYR|SOC", false},
		{"the group's director as the subject's appositive", "LIMA",
			[]string{"Amnesty International Peru said police had fired tear gas at students. " +
				"Rosa Quispe, the group's director, said it was no accident."},
			"Rosa Quispe", "PER|SOC", false},
		{"no body named earlier in the paragraph", "LIMA",
			[]string{"Amnesty International Peru said police had fired tear gas at students.",
				"Juan Perez, the company's chief executive, declined to comment."},
			"Juan Perez", "|BUS", false},
	})
}

// TestDescribedBodyAnaphor checks that "the rebel group's
// second-in-command, NAME" (a noun before "group's") is an officer of the
// body the paragraph named last, in either order.
func TestDescribedBodyAnaphor(t *testing.T) {
	checkCountries(t, []countryCase{
		{"the rebel group's second-in-command before the name", "BOGOTA",
			[]string{"The FARC said on Monday that the rebel group's second-in-command, Mauricio Jaramillo, had been killed in a raid."},
			"Mauricio Jaramillo", "COL|REB", false},
		{"the rebel group's second-in-command after the name", "BOGOTA",
			[]string{"The FARC said on Monday that Mauricio Jaramillo, the rebel group's second-in-command, had been killed in a raid."},
			"Mauricio Jaramillo", "COL|REB", false},
		{"the rights group's director", "LIMA",
			[]string{"Amnesty International Peru said police had fired tear gas at students. " +
				"Rosa Quispe, the rights group's director, said it was no accident."},
			"Rosa Quispe", "PER|SOC", false},
	})
}

// TestBodyWordsTitle checks that a body's name, lower-case words and a
// title before a name make the person the body's officer.
func TestBodyWordsTitle(t *testing.T) {
	checkCountries(t, []countryCase{
		{"a metonym, two words and a title", "GENEVA",
			[]string{"White House national security spokesman Peter Brand said talks would resume."},
			"Peter Brand", "USA|GOV", false},
		{"a word joining phrases is not a qualifier", "GENEVA",
			[]string{"Talks with the White House and spokesman Peter Brand went on."},
			"Peter Brand", "|GOV", false},
	})
}

// TestIGOWordsTitle checks that an intergovernmental body's name, a word
// and a title before a name make the person the body's officer (IGO).
func TestIGOWordsTitle(t *testing.T) {
	checkCountries(t, []countryCase{
		{"a lower-case word before the title", "GENEVA",
			[]string{"Aid was blocked at the crossing, UN relief chief Tomas Fenwick said."},
			"Tomas Fenwick", "IGO|GOV", false},
		{"a capitalised portfolio before the title", "BRUSSELS",
			[]string{"EU Enlargement Commissioner Marta Novak said accession talks would open in June."},
			"Marta Novak", "IGO|GOV", false},
		{"the name after a comma", "GENEVA",
			[]string{"The UN aid chief, Oskar Lind, said convoys had been turned back."},
			"Oskar Lind", "IGO|GOV", false},
		{"a metonym with two lower-case words", "MOSCOW",
			[]string{"Kremlin foreign policy adviser Ivan Sorokin said the summit was off."},
			"Ivan Sorokin", "RUS|GOV", false},
	})
}

// TestOfficeOrg checks that a body named by its head's office ("UN High
// Commissioner for Refugees") right before a name is that person's office.
func TestOfficeOrg(t *testing.T) {
	checkCountries(t, []countryCase{
		{"the refugee agency's head", "AMMAN",
			[]string{"UN High Commissioner for Refugees Anders Holm visited the camp on Sunday."},
			"Anders Holm", "IGO|GOV", false},
		{"a name the KB lacks after the agency's name, in a national dateline", "AMMAN",
			[]string{"The camp is full, UN High Commissioner for Refugees Lotte Brandt said after the visit."},
			"Lotte Brandt", "IGO|GOV", false},
	})
}

// TestSurnameApposed checks that a surname with an appositive noun after
// it ("Delacruz, a Chilean citizen whom …") makes a person of the full
// name nothing marked before, of the appositive's country.
func TestSurnameApposed(t *testing.T) {
	checkCountries(t, []countryCase{
		{"the full name named first with no cue", "LIMA",
			[]string{"Police have made no arrest in the killing of Ramon Varga Delacruz outside a temple in Callao. " +
				"Delacruz, a Chilean citizen whom the government had called a terrorist, was shot twice."},
			"Ramon Varga Delacruz", "CHL|", false},
		{"no full name before: no person", "LIMA",
			[]string{"Delacruz, a Chilean firm whom nobody trusted, closed its doors on Monday."},
			"Delacruz", "", true},
	})
}

// TestHeadedByBareTitle checks that a name followed by a title with no
// determiner ("NAME, minister of state,") is a person's, and that the
// leader of a body named before "headed by" or "led by" is of the body's
// country.
func TestHeadedByBareTitle(t *testing.T) {
	checkCountries(t, []countryCase{
		{"a delegation's head in another country's dateline", "BEIJING",
			[]string{"The talks followed a visit by a Saudi delegation headed by Faisal bin Mohammed Al-Rashed, minister of state and national security adviser, to Baghdad."},
			"Faisal bin Mohammed Al-Rashed", "SAU|GOV", false},
		{"a bare title after a long name", "LA PAZ",
			[]string{"Tupac Quispe Mamani, minister of mines, said exports would resume in May."},
			"Tupac Quispe Mamani", "BOL|GOV", false},
		{"forces led by their commander", "DAMASCUS",
			[]string{"Turkish forces led by Mehmet Kaya, a brigade commander, entered the town on Sunday."},
			"Mehmet Kaya", "TUR|MIL", false},
	})
}

// TestRestatedPerson checks that "The businessman, NAME," after "a Chilean
// businessman" is that person, of that country.
func TestRestatedPerson(t *testing.T) {
	checkCountries(t, []countryCase{
		{"an indefinite role noun restated with the name", "LIMA",
			[]string{"Police arrested a Chilean businessman at the airport on Friday at the request of prosecutors in Santiago.",
				"The businessman, Ramon Varga Delacruz, was handed over to Chilean officials on Monday."},
			"Ramon Varga Delacruz", "CHL|BUS", false},
		{"another head noun is someone else", "LIMA",
			[]string{"Police arrested a Chilean businessman at the airport on Friday.",
				"The lawyer, Ramon Varga Delacruz, said the arrest was illegal."},
			"Ramon Varga Delacruz", "PER|CVL", false},
	})
	a := article("", "Police arrested a Chilean businessman at the airport on Friday.",
		"The businessman, Ramon Varga Delacruz, was handed over to Chilean officials on Monday.")
	a.Dateline = &dateline.Dateline{Place: "LIMA"}
	runStage(t, bundled(t), a)
	if e := mentionOf(a, "a Chilean businessman", 0); e == nil || e.Name != "Ramon Varga Delacruz" {
		t.Errorf("the indefinite mention is of %v, want Ramon Varga Delacruz", e)
	}
}

// TestAmongThem checks that a person named with a title after ", among
// them" or ", including" is one of the group named before, of its country.
func TestAmongThem(t *testing.T) {
	checkCountries(t, []countryCase{
		{"among them", "NEW DELHI",
			[]string{"India on Monday expelled four Danish diplomats, among them deputy ambassador Rolf Baekgaard Holm, over the case."},
			"Rolf Baekgaard Holm", "DNK|GOV", false},
		{"including", "NEW DELHI",
			[]string{"The ministry summoned several Danish diplomats, including ambassador Rolf Baekgaard Holm, on Tuesday."},
			"Rolf Baekgaard Holm", "DNK|GOV", false},
		{"a group with no country gives none", "NEW DELHI",
			[]string{"The ministry summoned envoys of the bloc, including ambassador Rolf Baekgaard Holm, on Tuesday."},
			"Rolf Baekgaard Holm", "|GOV", false},
	})
}
