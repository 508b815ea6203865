package events

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/places"
)

// run codes the events of body (published on 2019-03-14, a Thursday).
func run(t *testing.T, body string) (*dateline.Article, []string) {
	t.Helper()
	a := article(t, body, "2019-03-14")
	if err := testStage(t).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	got := briefs(a)
	return a, got
}

type eventCase struct {
	name string
	text string
	want []string // events that must be found ("TYPE SRC>TGT mode", COUNTRY[/SECTOR])
	not  []string // types that must not be found
}

func check(t *testing.T, cases []eventCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, got := run(t, tc.text)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q\n  missing %q\n  got %q", tc.text, w, got)
				}
			}
			for _, n := range tc.not {
				for _, g := range got {
					if strings.HasPrefix(g, n+" ") {
						t.Errorf("%q\n  unexpected %q (got %q)", tc.text, n, got)
					}
				}
			}
		})
	}
}

// One case per PLOVER type, with the verbs of issue 5.
func TestTypes(t *testing.T) {
	check(t, []eventCase{
		{"AGREE", "Russia agreed with Turkey on Tuesday to set up a joint monitoring centre.",
			[]string{"AGREE RUS>TUR asserted"}, []string{"COOPERATE"}},
		{"AGREE share concerns", "France shares Germany's concerns over the new missile tests.",
			[]string{"AGREE FRA>DEU asserted"}, nil},
		{"CONSULT both sides", "Pompeo held talks with Lavrov in Moscow on Monday.",
			[]string{"CONSULT USA/GOV>RUS/GOV asserted"}, nil},
		{"CONSULT phone", "Japan telephoned Brazil to discuss the trade dispute.",
			[]string{"CONSULT JPN>BRA asserted"}, nil},
		{"SUPPORT", "France praised Kenya for its role in the peace process.",
			[]string{"SUPPORT FRA>KEN asserted"}, nil},
		{"CONCEDE", "Kenya eased restrictions on Ukrainian traders.",
			[]string{"CONCEDE KEN>UKR asserted"}, nil},
		{"COOPERATE", "Egypt cooperated with Israel on border security.",
			[]string{"COOPERATE EGY>ISR asserted"}, nil},
		{"AID", "Japan sent food aid to Kenya on Friday.",
			[]string{"AID JPN>KEN asserted"}, nil},
		{"RETREAT", "Russian troops withdrew from Idlib on Sunday.",
			[]string{"RETREAT RUS/MIL>SYR asserted"}, nil},
		{"RETREAT release", "Iran released two British sailors on Wednesday.",
			[]string{"RETREAT IRN>GBR asserted"}, nil},
		{"REQUEST urge", "The United Nations urged Iran to release the detained sailors.",
			[]string{"REQUEST IGO>IRN asserted"}, []string{"RETREAT"}},
		{"REQUEST call on", "Turkey called on Russia to halt the offensive.",
			[]string{"REQUEST TUR>RUS asserted"}, []string{"SANCTION"}},
		{"ACCUSE", "Turkey accused Syria of shelling its border posts.",
			[]string{"ACCUSE TUR>SYR asserted"}, []string{"ASSAULT"}},
		{"ACCUSE condemn", "Egypt condemned Israel for the raid.",
			[]string{"ACCUSE EGY>ISR asserted"}, nil},
		{"REJECT", "Iran rejected the European Union proposal on Monday.",
			[]string{"REJECT IRN>IGO asserted"}, nil},
		{"THREATEN", "Beijing threatened Washington with new tariffs.",
			[]string{"THREATEN CHN/GOV>USA/GOV asserted"}, nil},
		{"THREATEN warn", "Moscow warned Kyiv of grave consequences.",
			[]string{"THREATEN RUS/GOV>UKR/GOV asserted"}, nil},
		{"PROTEST", "Thousands of Kenyan protesters rallied against the government in Nairobi.",
			[]string{"PROTEST KEN/CVL>KEN/GOV asserted"}, nil},
		{"SANCTION", "The European Union imposed sanctions on Russia on Monday.",
			[]string{"SANCTION IGO>RUS asserted"}, nil},
		{"SANCTION expel", "Britain expelled Russian diplomats.",
			[]string{"SANCTION GBR>RUS/GOV asserted"}, nil},
		{"MOBILIZE", "Turkey deployed troops to the Syrian border.",
			[]string{"MOBILIZE TUR>SYR asserted"}, nil},
		{"COERCE", "Egyptian police arrested 40 protesters in Cairo.",
			[]string{"COERCE EGY/COP>EGY/CVL asserted"}, nil},
		{"ASSAULT", "Israeli jets struck Hamas positions in Gaza.",
			[]string{"ASSAULT ISR/MIL>PSE/REB asserted"}, nil},
		{"ASSAULT noun", "Israeli air strikes on Gaza continued overnight.",
			[]string{"ASSAULT ISR>PSE asserted"}, nil},
		{"ASSAULT verb over noun", "Israeli air strikes killed 12 people.",
			[]string{"ASSAULT ISR>/CVL asserted"}, nil},
	})
}

func TestConstructions(t *testing.T) {
	check(t, []eventCase{
		{"passive with agent", "Syria was attacked by Israeli jets on Saturday.",
			[]string{"ASSAULT ISR/MIL>SYR asserted"}, nil},
		{"passive without agent is no event", "Three Ukrainian soldiers were killed near Donetsk.",
			nil, []string{"ASSAULT"}},
		{"coordinated sources", "The US, the UK and France imposed new sanctions on Iran.",
			[]string{"SANCTION USA>IRN asserted", "SANCTION GBR>IRN asserted", "SANCTION FRA>IRN asserted"}, nil},
		{"coordinated targets", "Russia accused the US and Britain of meddling.",
			[]string{"ACCUSE RUS>USA asserted", "ACCUSE RUS>GBR asserted"}, nil},
		{"coordinated subject of talks", "Iran and Turkey held talks in Ankara.",
			[]string{"CONSULT IRN>TUR asserted"}, nil},
		{"coordinated verbs", "Hamas fighters kidnapped two soldiers and attacked an Israeli post.",
			[]string{"ASSAULT PSE/REB>ISR asserted"}, nil},
		{"complement is content", "Iran agreed to release the British sailors.",
			[]string{"AGREE IRN>GBR asserted"}, []string{"RETREAT"}},
		{"relative clause is background", "Russia condemned the raid, which killed 12 people in Idlib.",
			[]string{"ACCUSE RUS>- asserted"}, []string{"ASSAULT"}},
		{"adverbial clause is background", "Turkey recalled its ambassador to Israel after the raid on Gaza.",
			[]string{"SANCTION TUR>ISR asserted"}, []string{"ASSAULT"}},
		{"metonym and demonym", "Moscow demanded that Ukrainian forces leave the area.",
			[]string{"REQUEST RUS/GOV>UKR/MIL asserted"}, nil},
		{"people in a place", "Demonstrators in Nairobi protested against the government.",
			[]string{"PROTEST KEN/CVL>KEN/GOV asserted"}, nil},
	})
}

func TestModes(t *testing.T) {
	check(t, []eventCase{
		{"negated did not", "Israel did not attack Gaza on Sunday.",
			[]string{"ASSAULT ISR>PSE negated"}, nil},
		{"negated never", "Turkey has never recognized Hamas.",
			[]string{"SUPPORT TUR>PSE/REB negated"}, nil},
		{"denied that", "Iran denied that its forces attacked British ships.",
			[]string{"ASSAULT IRN/MIL>GBR negated"}, nil},
		{"reported tail", "Kenya accused Egypt of interference, the foreign minister said.",
			[]string{"ACCUSE KEN>EGY reported"}, nil},
		{"reported indirect", "Lavrov said Turkish troops shelled Syrian positions.",
			[]string{"ASSAULT TUR/MIL>SYR reported"}, nil},
		{"reported according to", "Russian jets bombed Idlib on Monday, according to the Red Cross.",
			[]string{"ASSAULT RUS/MIL>SYR reported"}, nil},
		{"demand in speech", "Lavrov said Washington must stop arming the rebels.",
			[]string{"REQUEST RUS/GOV>USA/GOV reported"}, nil},
		{"hypothetical may", "Russia may use force against Ukraine.",
			[]string{"ASSAULT RUS>UKR hypothetical"}, nil},
		{"future intention is AGREE and a hypothetical act", "Japan will send aid to Kenya next week.",
			[]string{"AGREE JPN>KEN asserted", "AID JPN>KEN hypothetical"}, nil},
		{"conditional threat", "Turkey may deploy troops to Idlib if the ceasefire collapses.",
			[]string{"THREATEN TUR>SYR hypothetical"}, []string{"MOBILIZE"}},
		{"stated refusal", "Iran said it would not accept the proposal.",
			[]string{"REJECT IRN>- reported"}, []string{"AGREE"}},
		{"plans to", "Egypt plans to host Israel for talks.",
			[]string{"AGREE EGY>ISR asserted"}, nil},
		{"threat verb keeps its type", "Hamas threatened to attack Israel if the blockade continued.",
			[]string{"THREATEN PSE/REB>ISR asserted"}, []string{"ASSAULT"}},
	})
}

// A quotation from the quotes stage makes its events reported, with the
// quote's index.
func TestQuoteMode(t *testing.T) {
	body := `"Israeli jets bombed Gaza overnight," Hamas said.`
	a := article(t, body, "2019-03-14")
	s := strings.Index(body, "Israeli")
	e := strings.Index(body, `,"`)
	sp := dateline.Span{Field: dateline.InBody, Start: s, End: e}
	a.Quotes = []dateline.Quote{{Text: body[s:e], Kind: dateline.Direct, Span: sp, Parts: []dateline.Span{sp}, Parent: -1}}
	if err := testStage(t).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Events) == 0 {
		t.Fatal("no event")
	}
	ev := a.Events[0]
	if ev.Type != "ASSAULT" || ev.Mode != dateline.Reported || ev.Quote != 0 {
		t.Errorf("got %s quote %d, want ASSAULT reported from quote 0", brief(ev), ev.Quote)
	}
	if got := a.SpanText(ev.Trigger); got != "bombed" {
		t.Errorf("trigger %q, want bombed", got)
	}
	if ev.Sentence != 0 {
		t.Errorf("sentence %d, want 0", ev.Sentence)
	}
}

// TestNamingWithQuotedWords: "X called Y 'an act of cruelty'" is the
// outlet's telling of X's naming (asserted), with the quote it names.
func TestNamingWithQuotedWords(t *testing.T) {
	body := `Egypt called the Israeli raid "an act of pure cruelty."`
	a := article(t, body, "2019-03-14")
	s := strings.Index(body, "an act")
	e := strings.Index(body, `."`) + 1
	sp := dateline.Span{Field: dateline.InBody, Start: s, End: e}
	a.Quotes = []dateline.Quote{{Text: body[s:e], Kind: dateline.Direct, Span: sp, Parts: []dateline.Span{sp}, Parent: -1}}
	if err := testStage(t).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if got := briefs(a); !slices.Contains(got, "ACCUSE EGY>ISR asserted") {
		t.Errorf("got %q, want ACCUSE EGY>ISR asserted", got)
	}
}

func TestDates(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"weekday before", "Russia accused Turkey of shelling on Tuesday.", "2019-03-12"},
		{"same weekday", "Russia accused Turkey of shelling on Thursday.", "2019-03-14"},
		{"future weekday", "Japan will send aid to Kenya on Saturday.", "2019-03-16"},
		{"month day", "Russia accused Turkey of shelling on March 2.", "2019-03-02"},
		{"month day last year", "Russia accused Turkey of shelling on December 30.", "2018-12-30"},
		{"yesterday", "Russia accused Turkey of shelling yesterday.", "2019-03-13"},
		{"none", "Russia accused Turkey of shelling.", "2019-03-14"},
		{"full date", "Russia accused Turkey on August 30, 2016.", "2016-08-30"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, got := run(t, tc.text)
			if len(a.Events) == 0 {
				t.Fatalf("no event in %q", tc.text)
			}
			if d := a.Events[0].Date.String(); d != tc.want {
				t.Errorf("%q: date %s, want %s (%q)", tc.text, d, tc.want, got)
			}
		})
	}
}

var (
	gazOnce sync.Once
	gaz     *places.Gazetteer
	gazErr  error
)

// testGazetteer loads the bundled gazetteer once.
func testGazetteer(t testing.TB) *places.Gazetteer {
	gazOnce.Do(func() { gaz, gazErr = places.Load(context.Background()) })
	if gazErr != nil {
		t.Fatal(gazErr)
	}
	return gaz
}

func TestPlaces(t *testing.T) {
	st, err := New(Options{Places: testGazetteer(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, text, dateline, want string }{
		{"sentence place", "Russian jets bombed a market in Idlib on Monday.", "", "SYR"},
		{"dateline place", "Russia accused Turkey of shelling.", "ANKARA", "TUR"},
		{"no place", "Russia accused Turkey of shelling.", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := article(t, tc.text, "2019-03-14")
			if tc.dateline != "" {
				a.Dateline = &dateline.Dateline{Place: tc.dateline}
			}
			if err := st.Run(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			if len(a.Events) == 0 {
				t.Fatal("no event")
			}
			got := ""
			if p := a.Events[0].Place; p != nil {
				got = p.Country
				if p.Lat == 0 && p.Lon == 0 {
					t.Errorf("place %s without coordinates", p.Name)
				}
			}
			if got != tc.want {
				t.Errorf("%q: place country %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestKey(t *testing.T) {
	a1, _ := run(t, "Russian jets bombed Idlib on Tuesday.")
	a2, _ := run(t, "Russian jets bombed Idlib on Tuesday, activists said.")
	a3, _ := run(t, "Turkish jets bombed Idlib on Tuesday.")
	if len(a1.Events) == 0 || len(a2.Events) == 0 || len(a3.Events) == 0 {
		t.Fatal("missing events")
	}
	k1, k2, k3 := Key(a1.Events[0], a1), Key(a2.Events[0], a2), Key(a3.Events[0], a3)
	if k1 != k2 {
		t.Errorf("same event, keys differ: %v vs %v", k1, k2)
	}
	if k1 == k3 {
		t.Errorf("different sources, same key %v", k1)
	}
	if !strings.HasPrefix(k1.String(), "ASSAULT|2019-03-12|RUS/MIL|") {
		t.Errorf("key %s", k1)
	}
}

func TestUserLexicon(t *testing.T) {
	f := filepath.Join(t.TempDir(), "mine.tsv")
	if err := os.WriteFile(f, []byte("# my verbs\nsnub\tREJECT\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := New(Options{LexiconFiles: []string{f}})
	if err != nil {
		t.Fatal(err)
	}
	a := article(t, "Iran snubbed the Turkish proposal.", "2019-03-14")
	if err := st.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Events) != 1 || brief(a.Events[0]) != "REJECT IRN>TUR asserted" {
		t.Errorf("got %v", a.Events)
	}
	if _, err := New(Options{LexiconFiles: []string{filepath.Join(t.TempDir(), "missing.tsv")}}); err == nil {
		t.Error("a missing user file should fail")
	}
}

// The bundled lexicon covers every PLOVER type.
func TestLexiconCoversTypes(t *testing.T) {
	got := testStage(t).Lexicon().Types()
	if !slices.Equal(got, ploverTypes) {
		t.Errorf("types %v, want all of %v", got, ploverTypes)
	}
}

func TestParseEntry(t *testing.T) {
	for _, tc := range []struct {
		name, line string
		ok         bool
	}{
		{"plain", "accuse\tACCUSE", true},
		{"roles", "agree\tAGREE\twith=target; to=none", true},
		{"slot", "call on X to\tREQUEST\tX=target", true},
		{"tight slot", "welcome X at\tCONSULT\tX=target\ttight", true},
		{"gap", "impose .. sanctions on\tSANCTION\tobj=none", true},
		{"noun", "attack|attacks\tASSAULT\tsubj=source; on=target\tnoun", true},
		{"sector", "troops\tSECTOR\tMIL", true},
		{"one column", "accuse", false},
		{"unknown type", "accuse\tSCOLD", false},
		{"bad role", "accuse\tACCUSE\tsubj=victim", false},
		{"slot without X", "accuse\tACCUSE\tX=target", false},
		{"leading gap", ".. accuse\tACCUSE", false},
		{"two gaps", "impose .. .. sanctions\tSANCTION", false},
		{"sector without code", "troops\tSECTOR", false},
		{"unknown flag", "accuse\tACCUSE\t\tloud", false},
		{"optional first", "(the) accuse\tACCUSE", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseEntry(tc.line)
			if (err == nil) != tc.ok {
				t.Errorf("parseEntry(%q) error %v, want ok=%v", tc.line, err, tc.ok)
			}
		})
	}
}

func TestInflections(t *testing.T) {
	for _, tc := range []struct {
		base string
		want []string
	}{
		{"agree", []string{"agrees", "agreed", "agreeing"}},
		{"ban", []string{"bans", "banned", "banning"}},
		{"deny", []string{"denies", "denied", "denying"}},
		{"hold", []string{"holds", "held", "holding"}},
		{"criticize", []string{"criticizes", "criticized", "criticizing"}},
		{"cancel", []string{"cancels", "cancelled", "canceled"}},
		{"push", []string{"pushes", "pushed"}},
	} {
		got := inflections(tc.base)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("inflections(%q) = %v, missing %q", tc.base, got, w)
			}
		}
	}
}

func FuzzParseLexicon(f *testing.F) {
	f.Add("agree\tAGREE\twith=target; to=none\n")
	f.Add("call on X to\tREQUEST\tX=target\n# comment\n\nimpose .. sanctions on\tSANCTION\n")
	f.Add("troops|army\tSECTOR\tMIL\nattack\tASSAULT\tsubj=source\tnoun,context=military\n")
	f.Add("(x)\tAGREE\n")
	f.Fuzz(func(t *testing.T, data string) {
		l := newLexicon()
		if err := l.parse("fuzz", []byte(data)); err != nil {
			return
		}
		// a lexicon that parses must be usable
		st := &Stage{lex: l}
		a := &dateline.Article{Body: "Russia accused Turkey of attacking the troops, officials said."}
		a.Sentences = []dateline.Sentence{{Span: dateline.Span{Field: dateline.InBody, Start: 0, End: len(a.Body)}}}
		if err := st.Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	})
}

func TestDomesticTargets(t *testing.T) {
	on, err := New(Options{DomesticTargets: true, Places: testGazetteer(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		st         *Stage
		want       string
	}{
		{"off by default", "Kenyan police arrested 40 people.", testStage(t), "COERCE KEN/COP>/CVL asserted"},
		{"on: people of the country", "Kenyan police arrested 40 people.", on, "COERCE KEN/COP>KEN/CVL asserted"},
		{"on: no target, placed at home", "Kenya banned the rally in Mombasa.", on, "COERCE KEN>KEN asserted"},
		{"on: a state's coercion with no place is at home", "Kenya banned the rally.", on, "COERCE KEN>KEN asserted"},
		{"on: censorship is coercion at home", "Kenyan authorities restricted access to WhatsApp.|DUBAI", on, "COERCE KEN/GOV>KEN asserted"},
		{"on: a place in a coordinated clause is not the setting", "Kenyan authorities restricted access to WhatsApp and Lavrov spoke in New York.|DUBAI", on, "COERCE KEN/GOV>KEN asserted"},
		{"on: residents chanting protest at home", "Residents in Mombasa chanted slogans.", on, "PROTEST KEN/CVL>KEN/GOV asserted"},
		{"on: a crowd's call for the fall of the government", "Crowds in Mombasa called for the fall of the Kenyan government.", on, "PROTEST KEN/CVL>KEN/GOV asserted"},
		{"on: its words with no place aim nowhere", "Kenya rejected the statements.", on, "REJECT KEN>- asserted"},
		{"on: a domestic group protests to its government", "Kenyan students protested on Monday.", on, "PROTEST KEN/EDU>KEN/GOV asserted"},
		{"on: a concession to come, at home", "Kenyan students said they would withdraw the bill.", on, "CONCEDE KEN/EDU>KEN/GOV hypothetical"},
		{"off: no convention", "Kenyan students protested on Monday.", testStage(t), "PROTEST KEN/EDU>- asserted"},
		{"on: a ministry's words at home aim nowhere", "Nairobi rejected the statements.|NAIROBI", on, "REJECT KEN/GOV>- asserted"},
		{"on: a protest at the dateline's place", "Kenyan students protested.|NAIROBI", on, "PROTEST KEN/EDU>KEN/GOV asserted"},
		{"on: a ban at the dateline's place", "Kenya banned the rally.|NAIROBI", on, "COERCE KEN>KEN asserted"},
		{"on: a named target wins", "Kenyan police arrested 40 Ukrainian traders.", on, "COERCE KEN/COP>UKR asserted"},
		{"on: police shooting people shoot their own", "Kenyan police shot 4 people.", on, "ASSAULT KEN/COP>KEN/CVL asserted"},
		{"on: not for an army's assaults (an army may fight abroad)", "Kenyan troops shot 4 people.", on, "ASSAULT KEN/MIL>/CVL asserted"},
		{"on: rioters are people at home", "Kenya would not negotiate with rioters in Mombasa.", on, "REJECT KEN>KEN/CVL asserted"},
		{"on: the West is named, not home", "Kenya accused the West of double standards in Mombasa.", on, "ACCUSE KEN>- asserted"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, place, _ := strings.Cut(tc.text, "|") // "sentence|DATELINE PLACE"
			a := article(t, text, "2019-03-14")
			if place != "" {
				a.Dateline = &dateline.Dateline{Place: place}
			}
			if err := tc.st.Run(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			got := briefs(a)
			if !slices.Contains(got, tc.want) {
				t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// Run is safe on different articles at once (run with -race).
func TestConcurrentRun(t *testing.T) {
	st := testStage(t)
	texts := []string{benchArticle, "Russia accused Turkey of shelling on Tuesday.", "Iran and Turkey held talks in Ankara."}
	arts := make([]*dateline.Article, 12)
	for i := range arts {
		arts[i] = article(t, texts[i%len(texts)], "2019-03-14")
	}
	var wg sync.WaitGroup
	for _, a := range arts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := st.Run(context.Background(), a); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	for i, a := range arts {
		if len(a.Events) != len(arts[i%len(texts)].Events) {
			t.Errorf("article %d: %d events, want %d", i, len(a.Events), len(arts[i%len(texts)].Events))
		}
	}
}

// TestGroupNoun: a bare actor named by a people noun with no sector ("the
// Kifaya group") is a domestic side; things are not.
func TestGroupNoun(t *testing.T) {
	r := &reader{}
	for name, want := range map[string]bool{"the Kifaya group": true, "its members": true, "the ruling party": true, "the rally": false, "": false} {
		if got := r.groupNoun(actor{ev: dateline.EventActor{Name: name}}); got != want {
			t.Errorf("groupNoun(%q) = %v, want %v", name, got, want)
		}
	}
}
