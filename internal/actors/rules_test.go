package actors

import (
	"context"
	"sync"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/kb"
)

var (
	bundledOnce sync.Once
	bundledKB   *kb.KB
	bundledErr  error
)

func bundled(t *testing.T) *kb.KB {
	t.Helper()
	bundledOnce.Do(func() { bundledKB, bundledErr = kb.Load(context.Background(), kb.Options{}) })
	if bundledErr != nil {
		t.Fatal(bundledErr)
	}
	return bundledKB
}

// TestMentionHolder checks which entity a mention joins, over the bundled KB.
func TestMentionHolder(t *testing.T) {
	k := bundled(t)
	tests := []struct {
		name, place, body string
		mention           string // text of the mention to look up
		want              string // name|country|title of its entity, title from the mention read with the name
	}{
		{"a role noun prefers the literal title (minister: Lavrov, not the Secretary of State)", "MOSCOW",
			"Russian Foreign Minister Sergei Lavrov said that US Secretary of State John Kerry had told him Washington would not recognize the vote. " +
				"The minister added that Moscow was open to dialogue.",
			"The minister", "Sergei Lavrov|RUS"},
		{"the secretary is still Kerry", "MOSCOW",
			"Russian Foreign Minister Sergei Lavrov said that US Secretary of State John Kerry had told him Washington would not recognize the vote. " +
				"The secretary added that Moscow was wrong.",
			"The secretary", "John Kerry|USA"},
		{"holders named in one sentence: the dateline's country settles it", "MOSCOW",
			"Russian Foreign Minister Sergei Lavrov said US Secretary of State John Kerry had called him on Sunday. " +
				"The top diplomat added that Moscow was open to talks.",
			"The top diplomat", "Sergei Lavrov|RUS"},
		{"the same story from Washington", "WASHINGTON",
			"Russian Foreign Minister Sergei Lavrov said US Secretary of State John Kerry had called him on Sunday. " +
				"The top diplomat added that Moscow was open to talks.",
			"The top diplomat", "John Kerry|USA"},
		{"holders in different sentences: the most recent", "MOSCOW",
			"Russian Foreign Minister Sergei Lavrov spoke on Sunday. Later US Secretary of State John Kerry called Ankara. " +
				"The top diplomat added that Washington was open to talks.",
			"The top diplomat", "John Kerry|USA"},
		{"a qualified generic noun: the refugee chief", "GENEVA",
			"UN High Commissioner for Refugees Filippo Grandi warned that aid was running out. " +
				"UN High Commissioner for Human Rights Volker Turk said relief should reach all. " +
				"The refugee chief also said that conditions did not allow returns.",
			"The refugee chief", "Filippo Grandi|IGO"},
		{"a Korean name's family name", "SEOUL",
			"Unification Minister Kim Yung-ho on Thursday urged North Korea to return to dialogue. " +
				"\"The door is open,\" Kim said.",
			"Kim", "Kim Yung-ho|KOR"},
		{"the leader of a named party is its leader", "BERLIN",
			"Chancellor Olaf Scholz announced the fund. Finance Minister Christian Lindner said it would be written into the Basic Law. " +
				"\"Our country must be able to defend itself,\" the leader of the liberal Free Democrats said.",
			"the leader", "Christian Lindner|DEU"},
		{"a role noun is the head of a longer title", "GENEVA",
			"UN High Commissioner for Human Rights Volker Turk on Thursday called for an end to the violence. " +
				"The High Commissioner also said that settlement expansion was a war crime.",
			"The High Commissioner", "Volker Turk|IGO"},
		{"an unknown name before a state's title is a person", "GENEVA",
			"Li Wenhua, China's permanent representative to the UN Office at Geneva, told the council that talks were the only way out.",
			"Li Wenhua", "Li Wenhua|CHN"},
		{"a rank after an office keeps the office", "NIAMEY",
			"\"We will avoid a deadly confrontation,\" army chief of staff General Abdou Sidikou Issa said in a statement.",
			"Abdou Sidikou Issa", "Abdou Sidikou Issa|NER|Chief of Staff"},
		{"a KB person known for no office has the KB's country, not the dateline's", "LONDON",
			"The Russian diplomat said the British side refuses Russia consular access to Yulia Skripal.",
			"Yulia Skripal", "Yulia Skripal|RUS"},
		{"a Cold War leader named in a retrospective is the KB's", "MOSCOW",
			"The treaty was signed by President Ronald Reagan and Soviet leader Mikhail Gorbachev in 1987.",
			"Ronald Reagan", "Ronald Reagan|USA"},
		{"a relative's given name takes the family name of the person before", "LONDON",
			"Mrs. May said the Russian state was culpable for the attack on Sergei V. Skripal and his daughter, Yulia, who remain in critical condition.",
			"Yulia", "Yulia Skripal|RUS"},
		{"a body's chief physician at the scene is the dateline's", "MOSCOW",
			"Alexander Murakhovsky, the hospital's chief physician, said earlier on Friday that doctors had found no poison.",
			"Alexander Murakhovsky", "Alexander Murakhovsky|RUS|Chief Physician"},
		{"a doctor quoted at the scene is the dateline's", "BAGHDAD",
			"\"We have no beds,\" said Fadi Hallak, a doctor at the hospital.",
			"Fadi Hallak", "Fadi Hallak|IRQ|Doctor"},
		{"a shared body name goes to the dateline's body, with its acronym", "SEOUL",
			"North Korea fired a missile over Japan on Tuesday, the Joint Chiefs of Staff (JCS) said. The missile flew 4,500 km, according to the JCS.",
			"Joint Chiefs of Staff", "South Korean Joint Chiefs of Staff|KOR"},
		{"'according to' marks a speaker, whatever follows the comma", "JOHANNESBURG",
			"According to Sipho Ndlovu, the result showed that voters wanted change.",
			"Sipho Ndlovu", "Sipho Ndlovu|"},
		{"a capital's name may open a person's name in an appositive", "NAIROBI",
			"Aden Duale, Kenya's defence minister, said troops would be deployed along the frontier.",
			"Aden Duale", "Aden Duale|KEN"},
		{"a capital's name may open a person's name after a title", "NAIROBI",
			"Defence Minister Aden Duale said troops would be deployed along the frontier.",
			"Aden Duale", "Aden Duale|KEN|Defence Minister"},
		{"a name before 'of' a KB party and a speech verb is a person of the party's country", "NAIROBI",
			"Fikile Mbalula of the ruling ANC said the party would talk to all its rivals.",
			"Fikile Mbalula", "Fikile Mbalula|ZAF"},
		{"a name before 'of' a body the KB lacks and a speech verb is a person", "JOHANNESBURG",
			"Herman Mashaba of ActionSA told the broadcaster the talks had failed.",
			"Herman Mashaba", "Herman Mashaba|"},
		{"'of' a country after a titled name gives the country, not the dateline's", "NAIROBI",
			"President John Banda of Malawi offered to host the talks.",
			"John Banda", "John Banda|MWI|President"},
		{"a title and a given name are the one KB person of that name who held the title", "NAIROBI",
			"Emir Tamim offered to host the talks in Doha.",
			"Tamim", "Tamim bin Hamad Al Thani|QAT"},
		{"a generic head is shown with the national body it heads, of the dateline's country", "PRETORIA",
			"Electoral commission chairman John Banda said turnout was 58 percent.",
			"John Banda", "John Banda|ZAF|Electoral Commission Chairman"},
		{"an army's chief is military", "MANILA",
			"Armed Forces chief General Romeo Brawner said the troops were ready.",
			"Romeo Brawner", "Romeo Brawner|PHL|Armed Forces Chief"},
		{"a title the KB knows only in another body is shown with the body named", "ABUJA",
			"ECOWAS Commission president Jane Doe said the bloc still preferred diplomacy.",
			"Jane Doe", "Jane Doe|IGO|ECOWAS Commission President"},
		{"the Philippines' foreign affairs secretary is its foreign minister", "MANILA",
			"Foreign Affairs Secretary Juan Cruz summoned the Chinese ambassador.",
			"Juan Cruz", "Juan Cruz|PHL|Foreign Affairs Secretary"},
		{"a name nothing marked is a person's when its last word speaks later", "PRETORIA",
			"Gwede Mantashe and Fikile Mbalula attended the count. Mantashe told reporters the ANC would remain united.",
			"Gwede Mantashe", "Gwede Mantashe|"},
		{"a name before a possessive and a kinship or speech noun is a person's", "PRETORIA",
			"Gwede Mantashe's remarks angered the party.",
			"Gwede Mantashe", "Gwede Mantashe|"},
		{"a name with its party in brackets is a person's", "PRETORIA",
			"Gwede Mantashe (ANC) said the party would win.",
			"Gwede Mantashe", "Gwede Mantashe|"},
		{"a name before ', speaking' is a speaker's", "PRETORIA",
			"Gwede Mantashe, speaking in parliament, said the party would win.",
			"Gwede Mantashe", "Gwede Mantashe|"},
		{"a country's possessive before a KB party and 'party' is the country's mention", "BANGKOK",
			"Thailand's Pheu Thai party said it would nominate her.",
			"Thailand", "Thailand|THA"},
		{"a KB party of a country the KB had few of", "NAIROBI",
			"Mr Odinga's Orange Democratic Movement said the vote was rigged.",
			"Orange Democratic Movement", "Orange Democratic Movement|KEN"},
		{"a trade before a name is its title, as written", "NAIROBI",
			"Rapper Baba Wanjiru was arrested on Monday, and lawyer Juma Otieno said the charges were false.",
			"Baba Wanjiru", "Baba Wanjiru|KEN|Rapper"},
		{"a lawyer is no prosecutor", "NAIROBI",
			"Lawyer Juma Otieno said the charges were false.",
			"Juma Otieno", "Juma Otieno|KEN|Lawyer"},
		{"a deputy is not the office holder", "NAIROBI",
			"Deputy Speaker Wanjiru Kamau said the house would sit on Tuesday.",
			"Wanjiru Kamau", "Wanjiru Kamau|KEN|Deputy Speaker"},
		{"an acting president holds a national office", "NAIROBI",
			"Acting President Wanjiru Kamau said the house would sit on Tuesday.",
			"Wanjiru Kamau", "Wanjiru Kamau|KEN|Acting President"},
		{"the holder named after 'the head of' a body the KB lacks", "NAIROBI",
			"The head of the Kenya National Commission on Human Rights, Roseline Odede, said 60 people had died.",
			"Roseline Odede", "Roseline Odede|KEN"},
		{"a foreign ministry's spokesman holds a national office: the dateline's", "MANILA",
			"Foreign Ministry spokesman Raul Hernandez said talks would go on.",
			"Raul Hernandez", "Raul Hernandez|PHL"},
		{"a sentence opening on a capital places the spokesman there", "MANILA",
			"In Beijing, Foreign Ministry spokesman Liu Weimin said China had lodged solemn representations.",
			"Liu Weimin", "Liu Weimin|CHN"},
		{"a role noun naming a country goes to the holder known there, not to a president the text leaves unplaced", "SOFIA",
			"The nurses were pardoned by President Ivan Dimov. Jeanne Dupont, the wife of the French President, flew with them. " +
				"French President Nicolas Sarkozy is due in Tripoli on Wednesday.",
			"the French President", "Nicolas Sarkozy|FRA"},
		{"a relative of an office holder named by a demonym is of the demonym's country", "NICOSIA",
			"The nurses were pardoned by President Nicos Anastasiades. Cécilia Sarkozy, the wife of the French President, flew with them. " +
				"French President Nicolas Sarkozy is due in Tripoli on Wednesday.",
			"Cécilia Sarkozy", "Cécilia Sarkozy|FRA"},
		{"a relative named in an appositive shares the country of the one related", "SOFIA",
			"Jeanne Dupont, the wife of Nicolas Sarkozy, said the medics were free.",
			"Jeanne Dupont", "Jeanne Dupont|FRA"},
		{"a relative after a possessive shares the country of the one related", "LONDON",
			"Vladimir Putin's daughter, Katerina Tikhonova, said the fund would grow.",
			"Katerina Tikhonova", "Katerina Tikhonova|RUS"},
		{"the head of a country's body, named after a comma, holds a title with the body and its country", "BISHKEK",
			"The head of Kyrgyzstan's interim government, Asel Bekova, on Saturday asked Russia to send troops.",
			"Asel Bekova", "Asel Bekova|KGZ|Head of the interim government"},
		{"the body headed before a name gives the deputy's title and the body's country", "",
			"Kyrgyzstan's interim government met on Friday. Deputy head of the interim government Azimbek Beknazarov blamed supporters of the ousted president.",
			"Azimbek Beknazarov", "Azimbek Beknazarov|KGZ|Deputy head of the interim government"},
		{"a title's complement ends at a name before 'and'; the next name is no part of it; a European Commissioner is IGO", "SOFIA",
			"European Commissioner for External Relations Berta Fernandez-Walde and Cecile Martin flew with the medics.",
			"Berta Fernandez-Walde", "Berta Fernandez-Walde|IGO|European Commissioner for External Relations"},
		{"a KB surname after a given name it does not fit is no part of a title's complement", "SOFIA",
			"European Commissioner for External Relations Berta Fernandez-Walde and Svetlana Medvedev flew with the medics.",
			"Berta Fernandez-Walde", "Berta Fernandez-Walde|IGO|European Commissioner for External Relations"},
		{"a known given name opens a name of three words after a title's complement", "BRUSSELS",
			"Commissioner for Trade John Paul Smith said the talks had failed.",
			"John Paul Smith", "John Paul Smith||Commissioner for Trade"},
		{"a title's complement with 'and' in it ends at the last two words of the run", "BRUSSELS",
			"Commissioner for Justice Fundamental Rights and Citizenship Vivian Redlich spoke on Monday.",
			"Vivian Redlich", "Vivian Redlich||Commissioner for Justice Fundamental Rights and Citizenship"},
		{"a title in the plural before two names gives each the title and the countries in order", "OUAGADOUGOU",
			"The presidents of Senegal and Benin, Jean Abo and Paul Diop, arrived in Ouagadougou on Friday.",
			"Paul Diop", "Paul Diop|BEN|President"},
		{"two demonyms before a title in the plural", "OUAGADOUGOU",
			"Greek and Macedonian foreign ministers Nikos Vlachos and Petar Ilievski met on Sunday.",
			"Petar Ilievski", "Petar Ilievski|MKD|Foreign Minister"},
		{"two holders of one office named together are not placed by the dateline", "ATHENS",
			"Foreign Ministers Petar Ilievski and Nikos Vlachos on Sunday signed the agreement.",
			"Nikos Vlachos", "Nikos Vlachos||Foreign Minister"},
		{"a role noun after 'the current' in apposition is the name's before it", "OUAGADOUGOU",
			"Macky Sall, the current chairman of the Economic Community of West African States, held talks with General Gilbert Diendere, the head of the junta.",
			"the current chairman", "Macky Sall|SEN"},
		{"a national office the KB does not give a person known for an intergovernmental post is the dateline's", "ABUJA",
			"Finance Minister Ngozi Okonjo-Iweala said the budget would be cut.",
			"Ngozi Okonjo-Iweala", "Ngozi Okonjo-Iweala|NGA"},
		{"an intergovernmental post the KB gives keeps its country", "GENEVA",
			"WTO Director-General Ngozi Okonjo-Iweala said the talks would resume.",
			"Ngozi Okonjo-Iweala", "Ngozi Okonjo-Iweala|IGO"},
		{"a demonym before a party name many countries share names that country's party", "VICTORIA",
			"The Seychellois Democratic Party (SDP) said it would boycott the vote.",
			"Seychellois Democratic Party", "Seychellois Democratic Party|SYC"},
		{"an officer named after a body's acronym is of the body's country, with the acronym in the title", "VICTORIA",
			"The Seychellois Democratic Party (SDP) said it would boycott the vote. SDP chairperson Marie Hoareau said the count was rigged.",
			"Marie Hoareau", "Marie Hoareau|SYC|SDP Chairperson"},
		{"a body's executive secretary is its officer", "GABORONE",
			"SADC Executive Secretary Thabo Mokoena said all sides should show restraint.",
			"Thabo Mokoena", "Thabo Mokoena|IGO|Executive Secretary"},
		{"a candidate is named with a title and is of the dateline's country", "MAPUTO",
			"Protests were called by opposition candidate Venancio Mondlane on Thursday.",
			"Venancio Mondlane", "Venancio Mondlane|MOZ|Candidate"},
		{"a body's name after a title is no person's; the name after the comma holds the title", "MADRID",
			"The leader of the opposition Popular Renewal Party (PRP), Juan Roldan Vega, accused the government of reacting too late.",
			"Juan Roldan Vega", "Juan Roldan Vega|ESP|Leader of the Opposition"},
		{"a name after a title followed by 'of' a party is the person's", "KINGSTON",
			"Opposition Leader Mark Golding of the People's National Party (PNP) conceded defeat.",
			"Mark Golding", "Mark Golding|JAM|Opposition Leader"},
		{"a Kenyan cabinet secretary is a minister of the portfolio named", "NAIROBI",
			"Health Cabinet Secretary Susan Nakhumicha said hospitals were ready.",
			"Susan Nakhumicha", "Susan Nakhumicha|KEN|Health Cabinet Secretary"},
		{"a governor-general holds a national office", "KINGSTON",
			"Prime Minister Andrew Holness was sworn in on Thursday, Governor General Patrick Allen said.",
			"Patrick Allen", "Patrick Allen|JAM|Governor General"},
		{"a regional body's secretary-general is IGO", "HONIARA",
			"Pacific Islands Forum Secretary-General Baron Waqa urged calm.",
			"Baron Waqa", "Baron Waqa|IGO"},
		{"a body named before the title's holder is no part of the title", "TAIPEI",
			"Mainland Affairs Council Minister Chiu Chui-cheng said Beijing should talk.",
			"Chiu Chui-cheng", "Chiu Chui-cheng|TWN|Minister"},
		{"a title after a body's bracketed acronym makes its holder the body's officer", "TAIPEI",
			"The opposition Kuomintang (KMT) chairman Eric Chu attended the ceremony.",
			"Eric Chu", "Eric Chu|TWN|KMT Chairman"},
		{"a name opening with a given name is a person's", "PRETORIA",
			"The minister met Paul Brennan and Fatima Zahra on Monday.",
			"Fatima Zahra", "Fatima Zahra|"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			a.Dateline = &dateline.Dateline{Place: tc.place}
			runStage(t, k, a)
			for _, e := range a.Entities {
				for _, m := range e.Mentions {
					if m.Text != tc.mention {
						continue
					}
					got := e.Name + "|" + e.Country
					if want := tc.want; len(splitBar(want)) == 3 {
						got += "|" + m.Title
					}
					if got != tc.want {
						t.Errorf("%q joins %q, want %q", tc.mention, got, tc.want)
					}
					if tc.mention == "Joint Chiefs of Staff" && len(e.Mentions) != 3 {
						t.Errorf("JCS mentions = %d, want 3 (name and two acronyms)", len(e.Mentions))
					}
					return
				}
			}
			t.Errorf("no entity has a mention %q: %v", tc.mention, a.Entities)
		})
	}
}

func splitBar(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '|' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// TestPartyPostAfterOffice: a generic title read in the text does not make
// a party post win over an office held on the same date.
func TestPartyPostAfterOffice(t *testing.T) {
	d := func(s string) dateline.Date { x, _ := dateline.ParseDate(s); return x }
	e := &dateline.Entity{
		Mentions: []dateline.Mention{{Text: "the leader", Title: "Leader"}},
		Roles: []dateline.Role{
			{Title: "Finance Minister", Country: "DEU", Sector: "GOV", Start: d("2021-12-08"), End: d("2024-11-07")},
			{Title: "Party Leader", Country: "DEU", Sector: "PTY", Org: "DEU-FDP", Start: d("2013-12-07"), End: d("2025-05-16")},
		},
	}
	fixRole(e, d("2022-02-27"))
	if e.Role != "Finance Minister" {
		t.Errorf("role = %q, want Finance Minister", e.Role)
	}
	e.Mentions[0].Title = "Party Leader"
	fixRole(e, d("2022-02-27"))
	if e.Role != "Party Leader" {
		t.Errorf("role with 'party leader' in the text = %q, want Party Leader", e.Role)
	}
}

// TestArticleSpelling checks that a KB person is shown as the article spells
// the full name, over the bundled KB.
func TestArticleSpelling(t *testing.T) {
	k := bundled(t)
	tests := []struct {
		name, body, id, want string
	}{
		{"transliteration", "Ukrainian President Volodymyr Zelenskiy said on Sunday that the talks had failed.",
			"volodymyr-zelensky", "Volodymyr Zelenskiy"},
		{"another transliteration", "President Volodymyr Zelenskyy thanked the allies.", "volodymyr-zelensky", "Volodymyr Zelenskyy"},
		{"the KB spelling stays", "President Volodymyr Zelensky thanked the allies. Zelenskiy said more aid was needed.",
			"volodymyr-zelensky", "Volodymyr Zelensky"},
		{"a shorter full name", "Turkish President Tayyip Erdogan said Ankara would not yield.", "recep-tayyip-erdogan", "Tayyip Erdogan"},
		{"the KB name without diacritics", "Turkish President Recep Tayyip Erdogan said Ankara would not yield.",
			"recep-tayyip-erdogan", "Recep Tayyip Erdogan"},
		{"a middle initial is no new spelling", "Secretary of State Antony J. Blinken arrived in Kyiv on Tuesday.",
			"antony-blinken", "Antony Blinken"},
		{"a title is no spelling", "Jordan's King Abdullah met the envoy in Amman on Monday.", "abdullah-ii-of-jordan", "Abdullah II"},
		{"a shared party name", "German Chancellor Olaf Scholz met the leaders of the opposition Greens in Berlin.", "DEU-GREENS", "Greens"},
		{"an acronym keeps the KB name", "The U.N. said the convoy had reached Kherson.", "UN", "United Nations"},
		{"a rank is no spelling", "Malian junta leader Colonel Assimi Goita said an attack on Niger would be an attack on Mali.",
			"assimi-goita", "Assimi Goita"},
		{"a body's name spelt otherwise, word for word", "The Russian Defense Ministry said its air defences had downed four drones overnight.",
			"RUS-MOD", "Russian Defense Ministry"},
		{"a body's shorter name keeps the KB name", "The Security Council will meet on Friday at the request of France.",
			"UNSC", "UN Security Council"},
		{"a possessive keeps the KB name", "Qatar's Foreign Ministry said the talks would resume in Doha.", "QAT-MFA", "Qatari Foreign Ministry"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			runStage(t, k, a)
			for _, e := range a.Entities {
				if e.KBID == tc.id {
					if e.Name != tc.want {
						t.Errorf("name = %q, want %q", e.Name, tc.want)
					}
					return
				}
			}
			t.Errorf("no entity %s in %v", tc.id, a.Entities)
		})
	}
}

func TestGenderedTitle(t *testing.T) {
	tests := []struct{ title, gender, want string }{
		{"Foreign Ministry Spokesperson", "f", "Foreign Ministry Spokeswoman"},
		{"Foreign Ministry Spokesperson", "m", "Foreign Ministry Spokesman"},
		{"Foreign Ministry Spokesperson", "", "Foreign Ministry Spokesperson"},
		{"former Spokesperson", "m", "former Spokesman"},
		{"Foreign Minister", "f", "Foreign Minister"},
	}
	for _, tc := range tests {
		t.Run(tc.title+"/"+tc.gender, func(t *testing.T) {
			if got := genderedTitle(tc.title, tc.gender); got != tc.want {
				t.Errorf("genderedTitle(%q, %q) = %q, want %q", tc.title, tc.gender, got, tc.want)
			}
		})
	}
}

func TestRoleFixerGendersSpokesperson(t *testing.T) {
	k := bundled(t)
	a := article("", "Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow would respond.")
	runStage(t, k, a)
	a.Published = dateline.Date{Year: 2021, Month: 5, Day: 24}
	f, err := NewRoles()
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Entities {
		if e.KBID == "maria-zakharova" {
			if e.Role != "Foreign Ministry Spokeswoman" {
				t.Errorf("role = %q, want Foreign Ministry Spokeswoman", e.Role)
			}
			return
		}
	}
	t.Errorf("no Zakharova in %v", a.Entities)
}

// TestCountryBody checks that a generic body named with a country ("Turkey's
// defense ministry") is the KB's body of that country when the KB names one
// so, shown as the article writes it unless it also writes a KB name.
func TestCountryBody(t *testing.T) {
	k := bundled(t)
	tests := []struct {
		name, body string
		mention    string // a mention's text
		want       string // kb id|name|country|sector of its entity, or "-" for no KB body
		mentions   int    // mentions of that entity, when checked
	}{
		{"a possessive country and a generic noun",
			"Turkey's defense ministry said its jets had shot down the drone. The Turkish defence ministry said it reserved the right to respond.",
			"Turkey's defense ministry", "TUR-MSB|Turkey's defense ministry|TUR|MIL", 2},
		{"the KB name written too",
			"The Turkish Defence Ministry said the drone was shot down. Turkey's defense ministry later released a video.",
			"Turkey's defense ministry", "TUR-MSB|Turkish Defence Ministry|TUR|MIL", 2},
		{"a demonym and a body noun the KB writes", "Israel's military said it struck targets in Gaza.",
			"Israel's military", "ISR-IDF|Israel's military|ISR|MIL", 1},
		{"a body noun the KB does not write for it", "Turkish soldiers crossed the border on Sunday.",
			"Turkish soldiers", "-", 0},
		{"a party named like a body is not the army", "Lebanese forces were deployed along the border.",
			"Lebanese forces", "-", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			runStage(t, k, a)
			for _, e := range a.Entities {
				for _, m := range e.Mentions {
					if m.Text != tc.mention {
						continue
					}
					got := e.KBID + "|" + e.Name + "|" + e.Country + "|" + e.Sector
					if e.KBID == "" {
						got = "-"
					}
					if got != tc.want {
						t.Errorf("%q is %q, want %q", tc.mention, got, tc.want)
					}
					if tc.mentions > 0 && len(e.Mentions) != tc.mentions {
						t.Errorf("%d mentions, want %d: %v", len(e.Mentions), tc.mentions, e.Mentions)
					}
					return
				}
			}
			t.Errorf("no mention %q in %v", tc.mention, a.Entities)
		})
	}
}

// TestLeague: "the League" is Italy's Lega when the article names Italy
// otherwise (here through Salvini's office), and no KB body when it does not.
func TestLeague(t *testing.T) {
	k := bundled(t)
	tests := []struct{ name, body, want string }{
		{"named with the party's leader", "Deputy Prime Minister Matteo Salvini, who leads the anti-immigration League party, called it an act of war.",
			"League party|ITA"},
		{"no Italy in the article", "The League said it would fight the reform.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			runStage(t, k, a)
			got := ""
			for _, e := range a.Entities {
				if e.KBID == "ITA-LEGA" {
					got = e.Name + "|" + e.Country
				}
			}
			if got != tc.want {
				t.Errorf("Lega = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTwoDemonyms: of two demonyms before a noun, the first is the
// nationality and the second an ethnic group ("Syrian Turkmen fighters" are
// Syrian; no mention of Turkmenistan is made).
func TestTwoDemonyms(t *testing.T) {
	k := bundled(t)
	for _, tc := range []struct{ body, mention, country string }{
		{"Syrian Turkmen fighters said they had fired at the pilots.", "Syrian Turkmen fighters", "SYR"},
		{"Turkmen officials said the border was closed.", "Turkmen officials", "TKM"},
	} {
		t.Run(tc.mention, func(t *testing.T) {
			a := article("", tc.body)
			runStage(t, k, a)
			found := false
			for _, e := range a.Entities {
				for _, m := range e.Mentions {
					if m.Text == tc.mention {
						found = true
						if e.Country != tc.country {
							t.Errorf("%q is %s, want %s", tc.mention, e.Country, tc.country)
						}
					}
				}
				if tc.country == "SYR" && e.Country == "TKM" {
					t.Errorf("unexpected entity %s (%s)", e.Name, e.Country)
				}
			}
			if !found {
				t.Errorf("no mention %q in %v", tc.mention, a.Entities)
			}
		})
	}
}

// TestNotPerson checks names that must not be read as people's.
func TestNotPerson(t *testing.T) {
	k := bundled(t)
	tests := []struct{ name, body, not string }{
		{"a given name opening a firm's name", "Alpha Natural Resources said coal sales fell.", "Alpha Natural Resources"},
		{"a given name opening a tournament's name", "Nelson Cup organisers said the final was off.", "Nelson Cup"},
		{"a place's name", "Port Elizabeth was quiet. Elizabeth said nothing.", "Port Elizabeth"},
		{"a carrier named after a country", "Egypt Air said flights would resume.", "Egypt Air"},
		{"a capital's name before a body word", "Kabul University said classes resumed.", "Kabul University"},
		{"the rest of a KB name after an alias", "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said talks would go on.", "Al Thani"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			runStage(t, k, a)
			for _, e := range a.Entities {
				if e.Type == dateline.Person && e.Name == tc.not {
					t.Errorf("%q read as a person", tc.not)
				}
			}
		})
	}
}

// TestBodyNames checks where the names of bodies the KB does not know start
// and end, and the country they take.
func TestBodyNames(t *testing.T) {
	k := bundled(t)
	tests := []struct{ name, body, want string }{ // want: "Name|country"
		{"a country's possessive is no part of the name", "Nigeria's Independent National Electoral Commission said turnout was low.",
			"Independent National Electoral Commission|NGA"},
		{"a body noun in capitals ends a longer name", "Ethiopia's National Election Board said the vote was delayed.",
			"National Election Board|ETH"},
		{"a plural possessive inside a name", "The Sudanese Doctors' Union said 300 people had been killed.",
			"Sudanese Doctors' Union|SDN"},
		{"a body noun opening a longer name", "Sudan's Forces for Freedom and Change said talks had failed.",
			"Forces for Freedom and Change|SDN"},
		{"a country's name opening a body's name", "The Kenya Human Rights Commission said police had killed 60 people.",
			"Kenya Human Rights Commission|KEN"},
		{"a demonym inside a party's name", "The Pheu Thai party said it would nominate her.",
			"Pheu Thai|THA"},
		{"a plural noun's possessive and a hyphenated keyword inside a name", "The Sudan People's Liberation Movement-North said it would join the talks.",
			"Sudan People's Liberation Movement-North|SDN"},
		{"a party name many countries share ends a longer name", "The Democratic People's Party said it would join the talks.",
			"Democratic People's Party|"},
		{"a country's name opening a force's name, its officer after it", "Malawi Defence Force spokesman Major Tamala Phiri said the troops had landed.",
			"Malawi Defence Force|MWI"},
		{"the officer of a body opened by a country's name is of that country", "\"The town was taken by the Zambian Defence and Security Forces,\" Malawi Defence Force spokesman Tamala Phiri said.",
			"Tamala Phiri|MWI"},
		{"a rank between the officer's title and name", "\"The town was taken by the Zambian Defence and Security Forces,\" Malawi Defence Force spokesman Lieutenant Colonel Tamala Phiri said.",
			"Tamala Phiri|MWI"},
		{"a demonym opening a force's name after a quote", "\"The town was taken by the Zambian Defence and Security Forces,\" Malawi Defence Force spokesman Colonel Tamala Phiri said.",
			"Zambian Defence and Security Forces|ZMB"},
		{"a demonym opening a force's name", "The Zambian Defence and Security Forces said the camp was quiet.",
			"Zambian Defence and Security Forces|ZMB"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
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

// TestFormerHolderRoleNoun checks that a role noun joined to a person out
// of that office on the article's date goes to the one person who holds it.
func TestFormerHolderRoleNoun(t *testing.T) {
	k := bundled(t)
	a := article("", "Jacob Zuma's new party came third. Zuma met the opposition leader on Monday, the party said. "+
		"Ramaphosa's spokesman Vincent Magwenya said the president accepted the result.")
	a.Dateline = &dateline.Dateline{Place: "PRETORIA"}
	runStage(t, k, a)
	a.Published, _ = dateline.ParseDate("2024-06-02")
	rf, _ := NewRoles()
	if err := rf.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Text == "the president" {
				got["the president"] = e.Name
			}
		}
		got[e.Name] = e.Role
	}
	if got["the president"] != "Cyril Ramaphosa" {
		t.Errorf("'the president' joins %q, want Cyril Ramaphosa", got["the president"])
	}
	if got["Jacob Zuma"] != "former President" {
		t.Errorf("Jacob Zuma's role = %q, want former President", got["Jacob Zuma"])
	}
	for _, m := range a.Mentions {
		if m.Text == "the president" && (m.Entity < 0 || a.Entities[m.Entity].Name != "Cyril Ramaphosa") {
			t.Errorf("article mention 'the president' points to entity %d", m.Entity)
		}
	}
}
