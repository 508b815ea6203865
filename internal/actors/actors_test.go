package actors

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/kb"
)

func fixtureKB(t testing.TB) *kb.KB {
	t.Helper()
	k, err := kb.Load(context.Background(), kb.Options{NoBundled: true, UserFiles: []string{"testdata/kb.tsv"}})
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// article builds an Article whose body is the given paragraphs.
func article(headline string, paras ...string) *dateline.Article {
	a := &dateline.Article{Headline: headline}
	off := 0
	for i, p := range paras {
		if i > 0 {
			a.Body += "\n\n"
			off += 2
		}
		a.Body += p
		a.Paragraphs = append(a.Paragraphs, dateline.Span{Field: dateline.InBody, Start: off, End: off + len(p)})
		off += len(p)
	}
	return a
}

func runStage(t testing.TB, k *kb.KB, a *dateline.Article) {
	t.Helper()
	st, err := New(k)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
}

// describe writes an entity as "Name|TYPE|country|sector|gender: mention/kind[/title], …".
func describe(e dateline.Entity) string {
	var ms []string
	for _, m := range e.Mentions {
		s := m.Text + "/" + m.Kind
		if m.Title != "" {
			s += "/" + m.Title
		}
		ms = append(ms, s)
	}
	return fmt.Sprintf("%s|%s|%s|%s|%s: %s", e.Name, e.Type, e.Country, e.Sector, e.Gender, strings.Join(ms, ", "))
}

func TestRun(t *testing.T) {
	k := fixtureKB(t)
	tests := []struct {
		name string
		body []string
		want []string // every entity, in order of first mention
	}{
		{"KB person with title and demonym",
			[]string{"Russian Foreign Minister Sergey Lavrov said on Monday that talks would go on."},
			[]string{"Russia|PLACE|RUS||: Russian/demonym", "Sergey Lavrov|PERSON|RUS|GOV|m: Sergey Lavrov/name/Foreign Minister"}},
		{"unknown person keeps title and country",
			[]string{"Syrian Foreign Minister Walid Muallem told reporters in Damascus that the offer stood. Muallem did not say when."},
			[]string{
				"Syria|PLACE|SYR||: Syrian/demonym",
				"Walid Muallem|PERSON|SYR|GOV|: Walid Muallem/name/Foreign Minister, Muallem/surname",
				"Damascus|PLACE|SYR||: Damascus/name",
			}},
		{"top diplomat joins the foreign minister",
			[]string{"Lavrov met Turkish officials in Sochi.", "The top diplomat said he was ready to talk. Mr. Pompeo said he was not."},
			[]string{
				"Sergey Lavrov|PERSON|RUS|GOV|m: Lavrov/surname, The top diplomat/role/Foreign Minister",
				"Turkey|PLACE|TUR||: Turkish/demonym",
				"Turkish officials|GROUP|TUR|GOV|: Turkish officials/name",
				"Mike Pompeo|PERSON|USA||m: Mr. Pompeo/surname",
			}},
		{"role noun prefers the most recent holder",
			[]string{"U.S. Secretary of State Mike Pompeo spoke to Russian Foreign Minister Sergei Lavrov on Tuesday.",
				"Later the top diplomat called Ankara."},
			[]string{
				"United States|ORG|USA||: U.S./name",
				"Mike Pompeo|PERSON|USA|GOV|m: Mike Pompeo/name/Secretary of State",
				"Russia|PLACE|RUS||: Russian/demonym",
				"Sergei Lavrov|PERSON|RUS|GOV|m: Sergei Lavrov/name/Foreign Minister, the top diplomat/role/Foreign Minister",
				"Ankara|ORG|TUR|GOV|: Ankara/metonym",
			}},
		{"metonyms and the Pentagon",
			[]string{"The Kremlin rejected the claim, while the Pentagon said Washington would respond."},
			[]string{
				"Kremlin|ORG|RUS|GOV|: The Kremlin/metonym",
				"Pentagon|ORG|USA|MIL|: the Pentagon/name",
				"Washington|ORG|USA|GOV|: Washington/metonym",
			}},
		{"armed group with alias and body noun",
			[]string{"Islamic State militants attacked the town. Daesh later claimed the attack."},
			[]string{"Islamic State|GROUP||REB|: Islamic State/name, Daesh/name"}},
		{"bodies take the country from a demonym",
			[]string{"The Russian defense ministry said Syrian rebels had broken the truce. The defense ministry gave no details."},
			[]string{
				"Russia|PLACE|RUS||: Russian/demonym",
				"Russian defense ministry|ORG|RUS|MIL|: Russian defense ministry/name, defense ministry/name",
				"Syria|PLACE|SYR||: Syrian/demonym",
				"Syrian rebels|GROUP|SYR|REB|: Syrian rebels/name",
			}},
		{"country as actor and as place",
			[]string{"Turkey warned that troops in Syria would stay."},
			[]string{
				"Turkey|ORG|TUR||: Turkey/name",
				"Syria|PLACE|SYR||: Syria/name",
			}},
		{"appositive makes a person",
			[]string{"\"We had no power for two days,\" said Hugh Hill, a doctor at the clinic. Hill said supplies were short."},
			[]string{"Hugh Hill|PERSON|||: Hugh Hill/name/doctor, Hill/surname"}},
		{"appositive with an age and a prepositional tail",
			[]string{"\"We need it fast,\" said Lena Ortiz, a 41-year-old lorry driver from Lyon."},
			[]string{"Lena Ortiz|PERSON|||: Lena Ortiz/name/lorry driver"}},
		{"appositive KB title with a prepositional tail",
			[]string{"\"We need it fast,\" said Sana Qureshi, a spokeswoman for the United Nations in Geneva."},
			[]string{
				"Sana Qureshi|PERSON|IGO|GOV|f: Sana Qureshi/name/Spokesperson, a spokeswoman/role/Spokesperson",
				"United Nations|ORG|IGO|GOV|: the United Nations/name",
			}},
		{"reverse appositive with a prepositional tail",
			[]string{"Turkey's ambassador to Britain, Umit Yalcin, urged London to act."},
			[]string{
				"Turkey|ORG|TUR||: Turkey/name",
				"Umit Yalcin|PERSON|TUR|GOV|: Turkey's ambassador/role/Ambassador, Umit Yalcin/name/Ambassador",
				"United Kingdom|PLACE|GBR||: Britain/name",
				"London|ORG|GBR|GOV|: London/metonym",
			}},
		{"a capitalised word qualifies a generic title",
			[]string{"Turkish Infrastructure Minister Adil Karaismailoglu signed the deal."},
			[]string{"Turkey|PLACE|TUR||: Turkish/demonym", "Adil Karaismailoglu|PERSON|TUR|GOV|: Adil Karaismailoglu/name/Infrastructure Minister"}},
		{"appositive title after a KB name",
			[]string{"Sergey Lavrov, the Russian foreign minister, arrived on Friday."},
			[]string{
				"Sergey Lavrov|PERSON|RUS|GOV|m: Sergey Lavrov/name/Foreign Minister, the Russian foreign minister/role/Foreign Minister",
				"Russia|PLACE|RUS||: Russian/demonym",
			}},
		{"honorific gives a person and a gender",
			[]string{"Mrs. Okonjo said the port was closed."},
			[]string{"Okonjo|PERSON|||f: Mrs. Okonjo/surname"}},
		{"a capitalised place with an appositive is not a person",
			[]string{"Fighting resumed in Tal Abyad, a town near the border."},
			nil},
		{"a capitalised name without a cue is not guessed",
			[]string{"Shares of Acme Widgets rose sharply."},
			nil},
		{"pronoun gives the gender",
			[]string{"Foreign Minister Ana Brnabic said she would travel to Moscow."},
			[]string{
				"Ana Brnabic|PERSON||GOV|f: Ana Brnabic/name/Foreign Minister",
				"Moscow|PLACE|RUS||: Moscow/name",
			}},
		{"unknown organisation with a demonym",
			[]string{"The Syrian Observatory for Human Rights said 12 people died."},
			[]string{"Syrian Observatory for Human Rights|ORG|SYR||: Syrian Observatory for Human Rights/name"}},
		{"spokeswoman with a body before her",
			[]string{"Russian foreign ministry spokeswoman Maria Zakharova rejected the report.", "Zakharova said it was false."},
			[]string{"Russia|PLACE|RUS||: Russian/demonym", "Maria Zakharova|PERSON|RUS|GOV|f: Maria Zakharova/name/Spokesperson, Zakharova/surname"}},
		{"former drops the title",
			[]string{"Former President Jimmy Carter said the vote was fair."},
			[]string{"Jimmy Carter|PERSON|||: Jimmy Carter/name"}},
		{"single ambiguous surname is not linked without a cue",
			[]string{"Talks in May stalled. May said nothing."},
			nil},
		{"demonyms for officials",
			[]string{"Senior Hungarian and Romanian officials agreed on Wednesday to cooperate."},
			[]string{
				"Hungary|PLACE|HUN||: Hungarian/demonym",
				"Romania|PLACE|ROU||: Romanian/demonym",
				"Romanian officials|GROUP|ROU|GOV|: Romanian officials/name",
			}},
		{"an unnamed official of a known country is an actor",
			[]string{"A Russian official said the offer stood, and the Syrian prime minister agreed. The premier spoke later."},
			[]string{
				"Russian official|PERSON|RUS|GOV|: A Russian official/role/Official",
				"Russia|PLACE|RUS||: Russian/demonym",
				"Syrian prime minister|PERSON|SYR|GOV|: the Syrian prime minister/role/Prime Minister, The premier/role/Prime Minister",
				"Syria|PLACE|SYR||: Syrian/demonym",
			}},
		{"an unnamed role with no country is not an entity",
			[]string{"The president said the talks would resume."},
			nil},
		{"a place after a locative is not an organisation",
			[]string{"The troops entered the West Bank on Friday."},
			[]string{"troops|GROUP||MIL|: troops/name"}},
		{"a generic body of no country is taken only when definite or speaking",
			[]string{"Rebels attacked schools. Officials said the rebels had left."},
			[]string{"Officials|GROUP||GOV|: Officials/name", "rebels|GROUP||REB|: rebels/name"}},
		{"a demonym in a name",
			[]string{"The billionaire Mark Cuban said the debate was a mess. Cuban did not say more."},
			[]string{"Mark Cuban|PERSON|||m: Mark Cuban/name, Cuban/surname"}},
		{"title before a name in apposition",
			[]string{"A Kremlin spokesman, Dmitry Peskov, said the talks went well."},
			[]string{
				"Dmitry Peskov|PERSON|RUS|GOV|m: A Kremlin spokesman/role/Spokesperson, Dmitry Peskov/name/Spokesperson",
				"Kremlin|ORG|RUS|GOV|: Kremlin/metonym",
			}},
		{"a relative named after a possessive is a person",
			[]string{"Police detained the blogger and his companion Anna Volkova. Mikhail Ivanov and his daughter, Yulia, fell ill."},
			[]string{"Anna Volkova|PERSON|||f: Anna Volkova/name", "Mikhail Ivanov|PERSON|||m: Mikhail Ivanov/name", "Yulia|PERSON|||: Yulia/surname"}},
		{"a KB name that begins a longer unknown one",
			[]string{"She told the House of Lords that the House had voted."},
			[]string{"House of Lords|ORG|||: House of Lords/name"}},
		{"a generic alias links only when the article names the country",
			[]string{"Mike Pompeo told the House that the talks had failed."},
			[]string{
				"Mike Pompeo|PERSON|USA||m: Mike Pompeo/name",
				"U.S. House of Representatives|ORG|USA|LEG|: the House/name",
			}},
		{"the short form of a body named in full",
			[]string{"The Supreme Council of the Armed Forces took power. The Supreme Council said it would rule for six months."},
			[]string{"Supreme Council of the Armed Forces|ORG|||: Supreme Council of the Armed Forces/name, Supreme Council/name"}},
		{"a role noun in apposition after a surname",
			[]string{"Critics blamed Putin, the head of the security council, for the crisis."},
			[]string{"Vladimir Putin|PERSON|RUS|GOV|m: Putin/surname, the head/role/Leader"}},
		{"a leader's country from a demonym-led body",
			[]string{"Turkish-led forces retook the village."},
			[]string{"Turkish-led forces|GROUP|TUR|MIL|: Turkish-led forces/name"}},
		{"a longer name the KB knows after 'the House'",
			[]string{"She told the House of Commons that she would stay."},
			[]string{"House of Commons|ORG|GBR|LEG|: House of Commons/name"}},
		{"a generic role noun joins the one holder of a fitting office",
			[]string{"Vladimir Putin met Bashar al-Assad in Sochi.", "The Russian leader said the talks went well."},
			[]string{
				"Vladimir Putin|PERSON|RUS|GOV|m: Vladimir Putin/name, The Russian leader/role/Leader",
				"Bashar al-Assad|PERSON|SYR|GOV|m: Bashar al-Assad/name",
				"Russia|PLACE|RUS||: Russian/demonym",
			}},
		{"an unnamed office holder in a headline joins the holder named later",
			[]string{"Russian leader warns West", "Vladimir Putin said on Monday that sanctions would fail."},
			[]string{
				"Russia|PLACE|RUS||: Russian/demonym",
				"Vladimir Putin|PERSON|RUS|GOV|m: Russian leader/role/Leader, Vladimir Putin/name",
			}},
		{"a role noun before ', NAME,' is that name's, not an earlier holder's",
			[]string{"Mike Pompeo spoke first.", "The CIA director, Gina Haspel, said the threat was real."},
			[]string{
				"Mike Pompeo|PERSON|USA||m: Mike Pompeo/name",
				"Gina Haspel|PERSON|USA|SPY|: The CIA director/role/CIA Director, Gina Haspel/name/CIA Director",
				"CIA|ORG|USA|SPY|: CIA/name",
			}},
		{"a title's complement before the name",
			[]string{"U.S. Special Envoy for Iran Robert Malley said talks would resume."},
			[]string{
				"United States|ORG|USA||: U.S./name",
				"Robert Malley|PERSON|USA|GOV|m: Robert Malley/name/Special Envoy for Iran",
			}},
		{"a two-word surname joins the full name",
			[]string{"Majid Takht Ravanchi told the council it must act. Takht Ravanchi said Iran would respond."},
			[]string{
				"Majid Takht Ravanchi|PERSON|||: Majid Takht Ravanchi/name, Takht Ravanchi/surname",
				"Iran|ORG|IRN||: Iran/name",
			}},
		{"names in apposition to a plural noun for people",
			[]string{"The three women, Romi Gonen, Emily Damari and Doron Steinbrecher, were freed."},
			[]string{
				"Romi Gonen|PERSON|||: Romi Gonen/name",
				"Emily Damari|PERSON|||f: Emily Damari/name",
				"Doron Steinbrecher|PERSON|||: Doron Steinbrecher/name",
			}},
		{"a square in apposition is not a person",
			[]string{"Crowds gathered in Firdos Square, a symbol of the old rule."},
			nil},
		{"an organisation named with its country names the country",
			[]string{"Russia's Foreign Ministry said the talks went well."},
			[]string{
				"Russia|ORG|RUS||: Russia/name",
				"Russian Foreign Ministry|ORG|RUS|GOV|: Russia's Foreign Ministry/name",
			}},
		{"a leader's name before a body gives its country",
			[]string{"The Putin government said the talks went well."},
			[]string{
				"Putin government|ORG|RUS|GOV|: Putin government/name",
				"Vladimir Putin|PERSON|RUS|GOV|m: Putin/surname",
			}},
		{"an appositive title with a complement",
			[]string{"\"It is a mistake,\" said Leonid Petrov, the chairman of the foreign affairs committee in the lower house."},
			[]string{"Leonid Petrov|PERSON||GOV|m: Leonid Petrov/name/Chairman of the Foreign Affairs Committee, the chairman/role/Chairman of the Foreign Affairs Committee"}},
		{"who heads",
			[]string{"Ahmad Kuzbari, who heads the government delegation, said Damascus would not yield."},
			[]string{
				"Ahmad Kuzbari|PERSON|||m: Ahmad Kuzbari/name/Head of the government delegation",
				"government|ORG||GOV|: government/name",
				"Damascus|ORG|SYR|GOV|: Damascus/metonym",
			}},
		{"a bare role noun describes and is not linked",
			[]string{"Vladimir Putin spoke. Later Bashar al-Assad was named president again."},
			[]string{
				"Vladimir Putin|PERSON|RUS|GOV|m: Vladimir Putin/name",
				"Bashar al-Assad|PERSON|SYR|GOV|m: Bashar al-Assad/name",
			}},
		{"a lower-case portfolio qualifies a title",
			[]string{"Syria's information minister, Omran al-Zoubi, denied the report."},
			[]string{
				"Syria|ORG|SYR||: Syria/name",
				"Omran al-Zoubi|PERSON|SYR|GOV|: Syria's information minister/role/Information Minister, Omran al-Zoubi/name/Information Minister",
			}},
		{"CIA Director title",
			[]string{"CIA Director Mike Pompeo met the president."},
			[]string{"CIA|ORG|USA|SPY|: CIA/name", "Mike Pompeo|PERSON|USA|SPY|m: Mike Pompeo/name/CIA Director"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body...)
			runStage(t, k, a)
			var got []string
			for _, e := range a.Entities {
				got = append(got, describe(e))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("entities:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
			checkMentions(t, a)
		})
	}
}

// checkMentions checks the invariants of a.Mentions against the text and
// the entities.
func checkMentions(t *testing.T, a *dateline.Article) {
	t.Helper()
	n := 0
	for i, m := range a.Mentions {
		if a.SpanText(m.Span) != m.Text {
			t.Errorf("mention %d: span %v is %q, text %q", i, m.Span, a.SpanText(m.Span), m.Text)
		}
		if m.Entity >= len(a.Entities) {
			t.Errorf("mention %d: entity %d out of range", i, m.Entity)
		}
		if m.Entity >= 0 {
			n++
		}
	}
	total := 0
	for _, e := range a.Entities {
		total += len(e.Mentions)
		if e.ID == "" || e.Name == "" || e.Type == "" {
			t.Errorf("entity without id, name or type: %+v", e)
		}
	}
	if total != n {
		t.Errorf("entities hold %d mentions, article %d linked", total, n)
	}
}

func TestHeadline(t *testing.T) {
	k := fixtureKB(t)
	a := article("Lavrov Says Russia Will Respond To New Sanctions",
		"Russian Foreign Minister Sergey Lavrov said on Thursday that Moscow would respond.")
	runStage(t, k, a)
	var got []string
	for _, e := range a.Entities {
		got = append(got, describe(e))
	}
	want := []string{
		"Sergey Lavrov|PERSON|RUS|GOV|m: Lavrov/surname, Sergey Lavrov/name/Foreign Minister",
		"Russia|ORG|RUS||: Russia/name, Russian/demonym",
		"Moscow|ORG|RUS|GOV|: Moscow/metonym",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("entities:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	if a.Mentions[0].Field != dateline.InHeadline {
		t.Errorf("first mention in %s", a.Mentions[0].Field)
	}
	checkMentions(t, a)
}

func TestUnresolvedRoleMentionKept(t *testing.T) {
	k := fixtureKB(t)
	a := article("", "The president said the talks would resume.")
	runStage(t, k, a)
	if len(a.Mentions) != 1 || a.Mentions[0].Entity != -1 || a.Mentions[0].Kind != dateline.MentionRole || a.Mentions[0].Title != "President" {
		t.Errorf("mentions = %+v", a.Mentions)
	}
}

func TestAllCapsHeadline(t *testing.T) {
	k := fixtureKB(t)
	a := article("PUTIN AND ASSAD MEET IN SOCHI")
	runStage(t, k, a)
	var got []string
	for _, e := range a.Entities {
		got = append(got, e.ID)
	}
	if strings.Join(got, " ") != "vladimir-putin bashar-al-assad" {
		t.Errorf("entities = %v", got)
	}
}

func FuzzRun(f *testing.F) {
	k := fixtureKB(f)
	st, err := New(k)
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Lavrov Warns", strings.Join(benchArticle[:3], "\n\n"))
	f.Add("", "Mr. al-Assad's top diplomat, Sen. X., said: 'a U.S.' ’s")
	f.Add("A", "Syrian Foreign Minister Walid Muallem, 45, said he would. The minister")
	f.Fuzz(func(t *testing.T, head, body string) {
		a := &dateline.Article{Headline: head, Body: body}
		if err := st.Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		checkMentions(t, a)
	})
}

func TestRolesFilled(t *testing.T) {
	k := fixtureKB(t)
	a := article("", "CIA Director Mike Pompeo met Vladimir Putin.")
	runStage(t, k, a)
	n := 0
	for _, e := range a.Entities {
		if e.KBID == "" || e.Type != dateline.Person {
			continue
		}
		n++
		p, _ := k.Person(e.KBID)
		if len(e.Roles) != len(p.Roles) {
			t.Errorf("%s: %d roles, KB has %d", e.Name, len(e.Roles), len(p.Roles))
		}
		if e.Role != "" {
			t.Errorf("%s: role %q set before the date is known", e.Name, e.Role)
		}
	}
	if n != 2 {
		t.Errorf("%d KB people, want 2", n)
	}
}

func TestRoleFixer(t *testing.T) {
	k := fixtureKB(t)
	tests := []struct {
		name, text, date string
		want             []string // name|role|country|sector per person
	}{
		{"CIA years", "Mike Pompeo spoke in Langley.", "2017-07-10", []string{"Mike Pompeo|CIA Director|USA|SPY"}},
		{"State years", "Mike Pompeo spoke in Brussels.", "2019-09-05", []string{"Mike Pompeo|Secretary of State|USA|GOV"}},
		{"handover day prefers the text's title", "Secretary of State Mike Pompeo spoke.", "2018-04-26", []string{"Mike Pompeo|Secretary of State|USA|GOV"}},
		{"no date, text title", "Secretary of State Mike Pompeo spoke.", "", []string{"Mike Pompeo|Secretary of State|USA|GOV"}},
		{"no date, no title", "Mike Pompeo spoke.", "", []string{"Mike Pompeo||USA|"}},
		{"Putin as prime minister", "Vladimir Putin spoke.", "2010-03-01", []string{"Vladimir Putin|Prime Minister|RUS|GOV"}},
		{"unknown person keeps the text", "Syrian Foreign Minister Walid Muallem spoke.", "2013-01-01", []string{"Walid Muallem|Foreign Minister|SYR|GOV"}},
		{"out of office with no title", "Theresa May spoke.", "2022-01-01", []string{"Theresa May|former Prime Minister|GBR|"}},
		{"in office, role from the KB", "Theresa May spoke.", "2018-01-01", []string{"Theresa May|Prime Minister|GBR|GOV"}},
	}
	fix, err := NewRoles()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.text)
			runStage(t, k, a)
			if tc.date != "" {
				d, err := dateline.ParseDate(tc.date)
				if err != nil {
					t.Fatal(err)
				}
				a.Published = d
			}
			if err := fix.Run(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range a.Entities {
				if e.Type == dateline.Person {
					got = append(got, strings.Join([]string{e.Name, e.Role, e.Country, e.Sector}, "|"))
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTitleFits(t *testing.T) {
	tests := []struct {
		text, kb string
		want     bool
	}{
		{"Secretary of State", "Secretary of State", true},
		{"Economy Minister", "Minister for Economic Affairs and Climate Action", true},
		{"Information Minister", "Minister of Information", true},
		{"Foreign Minister", "Minister of Defence", false},
		{"Vice Chancellor", "Minister for Economic Affairs and Climate Action", false},
		{"of", "Minister", false},
	}
	for _, tc := range tests {
		if got := titleFits(tc.text, tc.kb); got != tc.want {
			t.Errorf("titleFits(%q, %q) = %v", tc.text, tc.kb, got)
		}
	}
}

func TestRunTwiceSameResult(t *testing.T) {
	k := fixtureKB(t)
	a := article("", benchArticle...)
	runStage(t, k, a)
	first := fmt.Sprint(a.Entities)
	runStage(t, k, a)
	if fmt.Sprint(a.Entities) != first {
		t.Error("a second run changed the entities")
	}
	checkMentions(t, a)
}

func TestSentencesFromTextStage(t *testing.T) {
	k := fixtureKB(t)
	body := "Russian Foreign Minister Sergey Lavrov arrived. He met officials."
	a := article("", body)
	a.Sentences = []dateline.Sentence{
		{Span: dateline.Span{Field: dateline.InBody, Start: 0, End: 47}, Para: 0},
		{Span: dateline.Span{Field: dateline.InBody, Start: 48, End: len(body)}, Para: 0},
	}
	runStage(t, k, a)
	if len(a.Entities) != 2 || a.Entities[1].Name != "Sergey Lavrov" {
		t.Errorf("entities = %v", a.Entities)
	}
}

func BenchmarkRun(b *testing.B) {
	k, err := kb.Load(context.Background(), kb.Options{})
	if err != nil {
		b.Fatal(err)
	}
	st, err := New(k)
	if err != nil {
		b.Fatal(err)
	}
	a := article("Russia and Turkey agree on Idlib buffer zone as Lavrov warns rebels", benchArticle...)
	b.SetBytes(int64(len(a.Body)))
	ctx := context.Background()
	for b.Loop() {
		if err := st.Run(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
}

func TestBenchArticleSize(t *testing.T) {
	n := len(strings.Fields(strings.Join(benchArticle, " ")))
	if n < 500 || n > 800 {
		t.Errorf("bench article has %d words, want about 600", n)
	}
}

func TestConcurrentRuns(t *testing.T) {
	k := fixtureKB(t)
	st, err := New(k)
	if err != nil {
		t.Fatal(err)
	}
	want := article("", benchArticle...)
	if err := st.Run(context.Background(), want); err != nil {
		t.Fatal(err)
	}
	errs := make(chan string, 8)
	for i := 0; i < 8; i++ {
		go func() {
			a := article("", benchArticle...)
			if err := st.Run(context.Background(), a); err != nil {
				errs <- err.Error()
				return
			}
			if fmt.Sprint(a.Entities) != fmt.Sprint(want.Entities) {
				errs <- "concurrent run gave different entities"
				return
			}
			errs <- ""
		}()
	}
	for i := 0; i < 8; i++ {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}

// fakePlaces is a PlaceFinder over a fixed table.
type fakePlaces map[string]string

func (f fakePlaces) Lookup(name, country string) (dateline.Location, bool) {
	c, ok := f[name]
	if !ok || country != "" && country != c {
		return dateline.Location{}, false
	}
	return dateline.Location{Name: name, Country: c, Kind: "city"}, true
}

func TestUnknownPeoplesCountry(t *testing.T) {
	k := fixtureKB(t)
	places := fakePlaces{"Idlib": "SYR", "Lviv": "UKR", "Obock": "DJI"}
	tests := []struct {
		name     string
		dateline string
		places   bool
		body     string
		want     string // name|country of the first person
	}{
		{"the town an appositive names", "", true,
			`"We have no beds," said Fadi Hallak, a doctor at a hospital in Idlib city.`, "Fadi Hallak|SYR"},
		{"no gazetteer, no town", "", false,
			`"We have no beds," said Fadi Hallak, a doctor at a hospital in Idlib city.`, "Fadi Hallak|"},
		{"resident of a town", "", true,
			`Oksana Hrytsenko, a resident of Lviv, said she slept in a shelter.`, "Oksana Hrytsenko|UKR"},
		{"national office without a country: the dateline's", "MOSCOW", false,
			`Prime Minister Ivan Petrov said the budget would pass.`, "Ivan Petrov|RUS"},
		{"private person quoted with a description: the dateline's", "DAMASCUS", false,
			`"We are free," said Ali Kazem, a 40-year-old shopkeeper.`, "Ali Kazem|SYR"},
		{"a demonym in the description: its country, not the dateline's", "DAMASCUS", false,
			`The victim, Ivan Petrov, a Russian citizen of Chechen descent, was shot dead.`, "Ivan Petrov|RUS"},
		{"a demonym in a quoted private person's description", "DAMASCUS", false,
			`"We are free," said Ivan Petrov, a 40-year-old Russian shopkeeper.`, "Ivan Petrov|RUS"},
		{"a senator without a country: the dateline's", "WASHINGTON", false,
			`Senator Ivan Petrov, chairman of the Senate Foreign Relations Committee, said he had dropped his objection.`, "Ivan Petrov|USA"},
		{"a lawmaker without a country: the dateline's", "MOSCOW", false,
			`"We will vote against it," lawmaker Ivan Petrov told reporters.`, "Ivan Petrov|RUS"},
		{"a spokesman after the body that opened the paragraph: the body's country", "DAMASCUS", false,
			`The Russian Foreign Ministry said the deal would not hold. "It is a trap," said spokesman Ivan Petrov.`, "Ivan Petrov|RUS"},
		{"the body's spokesman in another paragraph: the dateline's", "DAMASCUS", false,
			"The Russian Foreign Ministry said the deal would not hold.\n\n\"It is a trap,\" said spokesman Ivan Petrov.", "Ivan Petrov|SYR"},
		{"a list of names after the people the article told of with a demonym", "", false,
			`Rebels freed three Syrian women on Sunday. The three women, Rima Haddad, Lina Saleh and Maya Aziz, were handed over.`, "Rima Haddad|SYR"},
		{"a list of names after a noun with a demonym", "", false,
			`The three Syrian women, Rima Haddad, Lina Saleh and Maya Aziz, were handed over.`, "Rima Haddad|SYR"},
		{"the text's country wins over the dateline", "MOSCOW", false,
			`Syrian Prime Minister Imad Khamis said the budget would pass.`, "Imad Khamis|SYR"},
		{"a portfolio the KB lacks is a national office: the dateline's", "MOSCOW", false,
			`"We asked for assistance," Elections Minister Ivan Petrov said.`, "Ivan Petrov|RUS"},
		{"a sentence opening on a capital sets the scene: its country, not the dateline's", "DAMASCUS", false,
			`In Moscow, Prime Minister Ivan Petrov said the budget would pass.`, "Ivan Petrov|RUS"},
		{"a town the gazetteer knows sets the scene", "MOSCOW", true,
			`From Obock, Prime Minister Ivan Petrov said the budget would pass.`, "Ivan Petrov|DJI"},
		{"the scene lasts to the end of its paragraph", "DAMASCUS", false,
			`In Moscow, the talks went on. Prime Minister Ivan Petrov said the budget would pass.`, "Ivan Petrov|RUS"},
		{"a new paragraph is the dateline's again", "DAMASCUS", false,
			"In Moscow, the talks went on.\n\nPrime Minister Ivan Petrov said the budget would pass.", "Ivan Petrov|SYR"},
		{"no dateline, no guess", "", false,
			`Prime Minister Ivan Petrov said the budget would pass.`, "Ivan Petrov|"},
		{"a speaker named in full with nothing else placing him is the dateline's", "MOSCOW", false,
			`Ivan Petrov said the budget would pass.`, "Ivan Petrov|RUS"},
		{"a private person with an age who speaks after it is the dateline's", "DAMASCUS", false,
			`Ali Kazem, 40, said the water had run out.`, "Ali Kazem|SYR"},
		{"a name alone, not speaking, is not placed by the dateline", "MOSCOW", false,
			`Ivan Petrov, 22, died in the blast.`, "Ivan Petrov|"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var opts []Option
			if tc.places {
				opts = append(opts, WithPlaces(places))
			}
			st, err := New(k, opts...)
			if err != nil {
				t.Fatal(err)
			}
			a := article("", strings.Split(tc.body, "\n\n")...)
			if tc.dateline != "" {
				a.Dateline = &dateline.Dateline{Place: tc.dateline}
			}
			if err := st.Run(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, e := range a.Entities {
				if e.Type == dateline.Person {
					got = e.Name + "|" + e.Country
					break
				}
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTitleCountry: the country read with a title goes to the name's
// mention; a state named before an intergovernmental body keeps it.
func TestTitleCountry(t *testing.T) {
	k := fixtureKB(t)
	tests := []struct{ name, body, person, want string }{
		{"state's envoy to a body", "Iran's U.N. Ambassador Hamid Baeidinejad said the vote was unfair.", "Hamid Baeidinejad", "IRN"},
		{"demonym and body", "Iranian U.N. envoy Hamid Baeidinejad said the vote was unfair.", "Hamid Baeidinejad", "IRN"},
		{"body alone", "U.N. envoy Geir Pedersen said the talks would resume.", "Geir Pedersen", "IGO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article("", tt.body)
			runStage(t, k, a)
			for _, m := range a.Mentions {
				if m.Text == tt.person {
					if m.Country != tt.want {
						t.Errorf("country read with %q = %q, want %q", tt.person, m.Country, tt.want)
					}
					return
				}
			}
			t.Errorf("no mention %q in %+v", tt.person, a.Mentions)
		})
	}
}

// Fixed bugs.

// TestPossessiveBeforeName: "Mr. X's" met before X is named otherwise used
// to make an entity with no position, and the next "Mr. X's" crashed the
// stage picking among candidates.
func TestPossessiveBeforeName(t *testing.T) {
	k := fixtureKB(t)
	a := article("Consultant's role questioned",
		"It is unclear whether Mr. Halvorsen's contract in Georgia ended with his work for Mr. Obrien's campaign. "+
			"A spokesman for Mr. Tamberg, who paid for Mr. Halvorsen's work, declined to comment.")
	runStage(t, k, a)
	n := 0
	for _, e := range a.Entities {
		if e.Name == "Halvorsen" {
			n = len(e.Mentions)
		}
	}
	if n != 2 {
		t.Errorf("Halvorsen has %d mentions, want 2: %+v", n, a.Entities)
	}
}

func TestPlainSpellings(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nicolás Maduro", "Nicolas Maduro"},
		{"Mevlüt Çavuşoğlu", "Mevlut Cavusoglu"},
		{"Lech Wałęsa", "Lech Walesa"},
		{"Sergey Lavrov", "Sergey Lavrov"},
	}
	for _, tt := range tests {
		if got := foldDiacritics(tt.in); got != tt.want {
			t.Errorf("foldDiacritics(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	a := &dateline.Article{Entities: []dateline.Entity{
		{KBID: "x", Name: "Nicolás Maduro", Mentions: []dateline.Mention{{Text: "Nicolas Maduro", Kind: dateline.MentionName}, {Text: "he", Kind: dateline.MentionPronoun}}},
		{KBID: "y", Name: "Recep Tayyip Erdoğan", Mentions: []dateline.Mention{{Text: "Erdoğan", Kind: dateline.MentionSurname}}},
		{Name: "Zoë Unknown", Mentions: []dateline.Mention{{Text: "Zoe Unknown", Kind: dateline.MentionName}}},
	}}
	plainSpellings(a, fixtureKB(t))
	for i, want := range []string{"Nicolas Maduro", "Recep Tayyip Erdoğan", "Zoë Unknown"} {
		if a.Entities[i].Name != want {
			t.Errorf("entity %d named %q, want %q", i, a.Entities[i].Name, want)
		}
	}
}

// TestHeadedBody: "X, who heads the government delegation," is of the
// country of the government named before ("President Vladimir Putin's
// government"), which a leader's possessive gives even after a title.
func TestHeadedBody(t *testing.T) {
	k := fixtureKB(t)
	tests := []struct{ name, body, person, want string }{
		{"the government of a leader named with a title",
			"The talks bring together President Vladimir Putin's government and the opposition. Ivan Petrov, who heads the government delegation, said they would go on.",
			"Ivan Petrov", "RUS"},
		{"a body with a demonym", "Ivan Petrov, who heads the Syrian delegation, said the talks would go on.", "Ivan Petrov", "SYR"},
		{"no country named", "Ivan Petrov, who heads the government delegation, said the talks would go on.", "Ivan Petrov", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.body)
			runStage(t, k, a)
			for _, e := range a.Entities {
				if e.Name == tc.person {
					if e.Country != tc.want {
						t.Errorf("%s: country %q, want %q", tc.person, e.Country, tc.want)
					}
					return
				}
			}
			t.Errorf("no %s in %v", tc.person, a.Entities)
		})
	}
}
