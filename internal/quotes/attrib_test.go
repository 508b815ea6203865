package quotes_test

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/pipeline"
)

var (
	pipeOnce sync.Once
	pipe     *pipeline.Pipeline
	pipeErr  error
)

// process runs the whole pipe (actors, dates, roles, quotes) over a
// plain-text article: the first line is the headline.
func process(t *testing.T, text string) *dateline.Article {
	t.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = pipeline.New(context.Background(), pipeline.Options{}) })
	if pipeErr != nil {
		t.Skipf("pipeline unavailable: %v", pipeErr)
	}
	a, err := pipe.Process(context.Background(), dateline.Raw{Source: "t.txt", Format: "text", Bytes: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// said is one expected attribution: a quote whose text holds text,
// resolved to a speaker whose name ends with name ("" for no name).
type said struct{ text, name string }

// TestAttribution checks whole-article speaker attribution: pronouns,
// role nouns, nested and continued quotations, relative clauses.
func TestAttribution(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []said
	}{
		{"pronoun after a new subject in its paragraph",
			"Talks end in Ankara\n\nANKARA (Wire) — Russian President Vladimir Putin ordered new drills on Monday and said the West \"had been warned.\"\n\n" +
				"Turkish President Recep Tayyip Erdogan thanked Qatar's emir Tamim bin Hamad Al Thani for his help. In a televised speech, he said the talks would resume in the spring.",
			[]said{{"the talks would resume in the spring", "Erdogan"}}},
		{"pronoun: the subject beats the object named later",
			"Ministers meet\n\nGerman Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Friday. \"We agree on almost everything,\" he said after the meeting.",
			[]said{{"We agree on almost everything", "Scholz"}}},
		{"pronoun: a role subject of the previous sentence beats the last speaker",
			"Truce\n\nKremlin spokesman Dmitry Peskov said on Friday that Moscow welcomed the truce.\n\n" +
				"Back in Kyiv, the Ukrainian foreign minister Dmytro Kuleba called the truce a pause. He warned that the army would \"answer every attack.\"",
			[]said{{"the army would", "Kuleba"}}},
		{"capitalised May is a name",
			"Vote\n\nPrime Minister Theresa May said that the vote showed the country was tired of waiting.",
			[]said{{"the vote showed the country was tired of waiting", "May"}}},
		{"nested: I inside a speaker's words is the speaker",
			"Exchange\n\nKYIV (Wire) — Ukrainian President Volodymyr Zelenskyy spoke to soldiers on Sunday. \"We brought them home,\" he said. \"I met the father of a pilot. I told him, 'Your daughter is safe now,' and he wept.\"",
			[]said{{"We brought them home", "Zelenskyy"}, {"Your daughter is safe now", "Zelenskyy"}}},
		{"relative clause: the antecedent of who speaks",
			"Envoys clash\n\nLavrov rebuked US Ambassador to the UN Linda Thomas-Greenfield, who said on Monday that the vote would be \"a grave mistake.\"",
			[]said{{"the vote would be", "Thomas-Greenfield"}}},
		{"relative clause: a coordinated cue after who",
			"Protest\n\nCrowds filled the square to protest against President Alexander Lukashenko, who dismissed the calls for a new vote and told officials that \"the state will not bend\" under pressure.",
			[]said{{"the state will not bend", "Lukashenko"}}},
		{"relative clause after an appositive: the name",
			"Junta\n\nThe decree was read out by Amadou Diallo, a spokesman for the ruling council, who said the old parliament had been dissolved and new elections would follow.",
			[]said{{"the old parliament had been dissolved", "Amadou Diallo"}}},
		{"a title with to: the envoy's name",
			"Vote\n\n\"The draft ignores the facts on the ground,\" Russian Permanent Representative to the UN Vassily Nebenzia told the council.",
			[]said{{"The draft ignores the facts on the ground", "Nebenzia"}}},
		{"participle: the sentence's own subject after another speaker",
			"Budget\n\nSenate Democrats said on Monday that the cuts would hurt schools. Senator Elizabeth Warren mocked the plan, claiming that the numbers had been invented by lobbyists.",
			[]said{{"the numbers had been invented by lobbyists", "Warren"}}},
		{"coordinated cue: the main clause's subject, not the subordinate clause's",
			"Summit\n\nIn Brussels, where defense ministers had gathered for a NATO meeting, U.S. Secretary of State Antony Blinken criticized China and said Beijing was helping Moscow rebuild its army.",
			[]said{{"Beijing was helping Moscow rebuild its army", "Blinken"}}},
		{"role noun: a definite person noun no role fits",
			"Sanctions\n\nBERLIN (Wire) — Foreign Minister Annalena Baerbock said Germany would back new sanctions. \"We will not be divided,\" the Green politician said.",
			[]said{{"We will not be divided", "Baerbock"}}},
		{"role noun: the statement speaks for its issuer",
			"Drills\n\nThe North Atlantic Treaty Organization said in a statement on Friday that the drills would begin next week.\n\nThe statement said the exercises were \"purely defensive\" and involved 12 countries.",
			[]said{{"the exercises were", "NATO"}}},
		{"role noun: the organization named before",
			"Mission\n\nThe Collective Security Treaty Organization met in Moscow on Thursday. The organization said it would send observers to the border region.",
			[]said{{"it would send observers to the border region", "Collective Security Treaty Organization"}}},
		{"role noun: an indefinite body is not resolved to one before",
			"Rights\n\nThe Collective Security Treaty Organization met in Moscow on Thursday. An organization of lawyers said the meeting had broken the law.",
			[]said{{"the meeting had broken the law", ""}}},
		{"missed indirect: a participle with a clause and no that",
			"Port\n\nThe Greek coast guard on Friday halted the ferry in Piraeus, saying the crew had ignored a storm warning.",
			[]said{{"the crew had ignored a storm warning", "coast guard"}}},
		{"missed indirect: not a participle with an object",
			"Port\n\nThe Greek coast guard halted the ferry in Piraeus, saying goodbye to the season.",
			nil},
		{"missed indirect: X on Sunday verbed …, and said",
			"Aid\n\nGerman Chancellor Olaf Scholz on Sunday opened a new gas terminal in Wilhelmshaven and said the country would get through the winter without Russian gas.",
			[]said{{"the country would get through the winter", "Scholz"}}},
		{"missed indirect: content opening with more than",
			"Floods\n\nThe health ministry in Islamabad said more than 1,200 people had died in the floods since June.",
			[]said{{"more than 1,200 people had died", "ministry"}}},
		{"missed indirect: a long speaker phrase with its appositive name",
			"Duma\n\nThe deputy head of the defense committee in the State Duma, Andrei Kartapolov, said the new call-up would \"end by autumn.\"",
			[]said{{"the new call-up would", "Kartapolov"}}},
		{"missed indirect: an aside between the speaker and the cue",
			"Border\n\nPolish Prime Minister Donald Tusk, for his part, denied that Warsaw had closed the border, saying the checks were temporary.",
			[]said{{"Warsaw had closed the border", "Tusk"}, {"the checks were temporary", "Tusk"}}},
		{"appositive: the name after a spokesman's role, not the principal's",
			"Talks\n\nA spokesman for U.N. Secretary-General Antonio Guterres, Rolf Amundsen, said the talks would resume in Geneva.",
			[]said{{"the talks would resume in Geneva", "Rolf Amundsen"}}},
		{"missed indirect: a role noun the tagger reads as a verb before a name",
			"Talks\n\nChina's envoy Zhang Jun wrote on Twitter that the second round had been \"frank and useful.\"",
			[]said{{"the second round had been", "Zhang Jun"}}},
		{"continued paragraph: a quotation left open runs on after the speaker's indirect speech",
			"Summit\n\nBRUSSELS (Wire) — NATO Secretary-General Jens Stoltenberg said on Tuesday that the alliance would not be drawn into the war. \"We are not a party to this conflict,\" he told reporters. \"But we will defend every inch of allied territory.\n\n" +
				"\"Putin must understand that. Moscow has made a grave mistake.\"\n\nRussian Foreign Minister Sergey Lavrov dismissed the remarks. \"NATO is a tool of confrontation,\" he said.\n\n" +
				"\"We will answer any expansion of the alliance. President Biden knows this very well.\"",
			[]said{{"Putin must understand that", "Stoltenberg"}, {"We will answer any expansion", "Lavrov"}}},
		{"headline: the subject of a comma-coordinated cue, not the name after it",
			"France freezes oligarchs' assets, says Lavrov \"will answer for every lie\"\n\nPARIS (Wire) — France on Monday froze the assets of 12 Russian businessmen.",
			[]said{{"will answer for every lie", "France"}}},
		{"headline: Y, says X still reads X",
			"Ankara expects support from its allies, says foreign minister\n\nANKARA (Wire) — Turkish Foreign Minister Mevlut Cavusoglu spoke on Monday.",
			[]said{{"Ankara expects support from its allies", "Cavusoglu"}}},
		{"indirect: according to him",
			"Kremlin\n\nKremlin spokesman Dmitry Peskov spoke to reporters on Monday.\n\nAccording to him, Moscow remains ready for talks with Kyiv, but \"only without preconditions.\"",
			[]said{{"Moscow remains ready for talks with Kyiv", "Peskov"}}},
		{"it said: the body that spoke before, not the country of its adjective",
			"Talks\n\nThe Russian foreign ministry said on Sunday that the president had left the capital after talks with the rebels. It said Moscow had not taken part in those talks.",
			[]said{{"Moscow had not taken part in those talks", "Russian Foreign Ministry"}}},
		{"coordinated cue: the subject of the adverbial clause it is coordinated in",
			"Swap\n\nKYIV (Wire) — Ukraine won the release of 215 soldiers.\n\nThe swap came hours after Russian President Vladimir Putin ordered a partial mobilization of reservists and warned the West that Moscow would use all means to protect its territory.",
			[]said{{"Moscow would use all means to protect its territory", "Putin"}}},
		{"naming cue: a long object and a time before the quoted name",
			"Pipeline\n\nBERLIN (Wire) — German Chancellor Olaf Scholz spoke on Tuesday.\n\nThe chancellor called Russian President Vladimir Putin's decision on Monday „a serious breach of international law“.",
			[]said{{"a serious breach of international law", "Scholz"}}},
		{"warning against a quoted phrase",
			"Budget\n\nBERLIN (Wire) — Parliament debated the defence budget on Tuesday.\n\nLeft party leader Amira Mohamed Ali warned against „an arms race whose costs will be paid by ordinary people“.",
			[]said{{"an arms race whose costs will be paid by ordinary people", "Amira Mohamed Ali"}}},
		{"coordinated cue: a subject with its place",
			"Expulsions\n\nLONDON (Wire) — Britain will expel 23 diplomats.\n\nThe Russian embassy in London called the move \"totally unacceptable\" and said that Russia would respond.",
			[]said{{"Russia would respond", "embassy"}}},
		{"that before a verb is the subject, not a complementiser",
			"Views\n\nWASHINGTON (Wire) — The senator spoke to reporters on Monday.\n\nShe said that was not her view and left the room.",
			[]said{{"that was not her view", ""}}},
		{"a verbless phrase before the cue is no content",
			"Airport\n\nKABUL (Wire) — The Taliban held a news conference on Tuesday.\n\nAt Kabul airport, evacuation flights resumed after the runway was cleared.",
			nil},
		{"a cue inside the words: both parts",
			"Golf\n\nCHICAGO (Wire) — Dozens of golf courses shut down last year.\n\nMany of the closures, the association's director said, have involved public courses in small towns.",
			[]said{{"Many of the closures have involved public courses in small towns", ""}}},
		{"a cue inside the words after a one-word subject",
			"Deal\n\nJERUSALEM (Wire) — Israeli Prime Minister Benjamin Netanyahu denounced the agreement. Israel, he said, was not bound by it and would always defend itself.",
			[]said{{"Israel was not bound by it and would always defend itself", "Netanyahu"}}},
		{"a body named after its country's possessive: the body, not the country",
			"Delivery\n\nANKARA (Wire) — Turkey's defense ministry said the first parts of the system had landed at an air base near Ankara.",
			[]said{{"the first parts of the system had landed", "defense ministry"}}},
		{"a body after a country's possessive, cue after",
			"Strikes\n\n\"Its aircraft struck dozens of targets overnight,\" Israel's military said on Friday.",
			[]said{{"Its aircraft struck dozens of targets overnight", "military"}}},
		{"the body, not the place after it",
			"Notes\n\nThe Russian embassy in Washington said it had not received any notification.",
			[]said{{"it had not received any notification", "embassy"}}},
		{"it after a quotation: the body named before",
			"Drones\n\nCHISINAU (Wire) — Moldova's foreign ministry summoned the Russian ambassador on Friday over drones that crossed its airspace.\n\n\"This is unacceptable,\" it said in a statement.",
			[]said{{"This is unacceptable", "ministry"}}},
		{"a paragraph of quotation after indirect words: their speaker",
			"Strikes\n\nKYIV (Wire) — Russian missiles hit energy facilities in six regions overnight, Ukraine's energy ministry said.\n\n\"The enemy again targeted our power grid. Repair crews are already at work.\"",
			[]said{{"The enemy again targeted our power grid", "ministry"}}},
		{"a group with no name is named by its words",
			"Blast\n\nBAGHDAD (Wire) — A car bomb exploded at a crowded market in eastern Baghdad on Sunday, killing at least nine people, police and medical sources said.",
			[]said{{"A car bomb exploded at a crowded market", "police and medical sources"}}},
		{"a role noun with no name stays unnamed",
			"Blast\n\nBAGHDAD (Wire) — The explosion ripped through a row of vegetable stalls, a police officer said.",
			[]said{{"The explosion ripped through a row of vegetable stalls", ""}}},
		{"role noun: a body with an aside after it",
			"Strikes\n\nMOSCOW (Wire) — Russia's defence ministry said air defences had destroyed 12 drones overnight.\n\nThe ministry, in a statement, said the strikes had hit military targets.",
			[]said{{"the strikes had hit military targets", "ministry"}}},
		{"relative clause after the speaker: a party named by its words, not the leader inside the clause",
			"Vote\n\nATHENS (Wire) — Prime Minister Alexis Tsipras said the agreement was a historic chance. In Athens, the opposition Civic Renewal party, whose motion against Tsipras failed on Saturday, said the deal was a surrender.",
			[]said{{"the deal was a surrender", "Civic Renewal party"}}},
		{"relative clause after the speaker: the body before it, not the person named inside",
			"Pay\n\nLONDON (Wire) — The Harbour Workers Association, which has fought Prime Minister Keir Starmer over pay since March, said the strike would go ahead.",
			[]said{{"the strike would go ahead", "Harbour Workers Association"}}},
		{"pronoun: an unlinked surname opening the sentence before, not a man named paragraphs earlier",
			"Medics freed\n\nSOFIA (Wire) — “Justice has been done,” Foreign Minister Ivailo Kalfin told reporters at the airport.\n\n" +
				"European Commissioner for External Relations Benita Ferrero-Waldner and Cécilia Sarkozy, the French president's wife, had negotiated the release in Tripoli.\n\n" +
				"Under a memorandum signed on Monday, the EU promised Libya closer ties. Ferrero-Waldner said the release removed the main obstacle to normal relations. “This is not a reward,” she said.",
			[]said{{"This is not a reward", "Ferrero-Waldner"}}},
		{"pronoun: the unlinked name after a title, not the one the title was linked to",
			"Clashes\n\nBISHKEK (Wire) — Interim leader Roza Otunbayeva said she had written to President Dmitry Medvedev.\n\n" +
				"Deputy head of the interim government Azimbek Beknazarov blamed supporters of the ousted president for the violence. “These people want to wreck the referendum,” he said.",
			[]said{{"These people want to wreck the referendum", "Beknazarov"}}},
		{"pronoun: the last speaker goes on over an unlinked name opening the sentence before",
			"Guns\n\nWASHINGTON (Wire) — “We will act this year,” Senator Chris Murphy said on Monday.\n\n" +
				"Pine Hollow changed the debate in the whole country. “This was something different,” he added.",
			[]said{{"This was something different", "Chris Murphy"}}},
		{"lead: a minister said, named in the next paragraph",
			"Troops\n\nPORT-AU-PRINCE (Wire) — Haiti has asked the United Nations for troops to guard its airport, a minister said on Friday.\n\n" +
				"“We asked for help because the port could be targeted,” Elections Minister Mathias Pierre said.",
			[]said{{"Haiti has asked the United Nations for troops", "Mathias Pierre"}}},
		{"lead: a spokesperson the knowledge base knows only by the office, named in the next paragraph",
			"Unrest\n\nBEIJING (Wire) — China backs the Kazakh government's efforts to end the unrest, a Chinese foreign ministry spokesperson said on Thursday.\n\n" +
				"“We oppose any outside interference,” spokesperson Wang Wenbin told a regular briefing.",
			[]said{{"China backs the Kazakh government's efforts", "Wang Wenbin"}}},
		{"lead: a minister said stays unnamed when the lead names another minister",
			"Troops\n\nPORT-AU-PRINCE (Wire) — Haiti has asked the United Nations for troops after Prime Minister Claude Joseph met envoys, a minister said on Friday.\n\n" +
				"“We asked for help because the port could be targeted,” Elections Minister Mathias Pierre said.",
			[]said{{"Haiti has asked the United Nations for troops", ""}}},
		{"lead: an official said stays unnamed",
			"Troops\n\nPORT-AU-PRINCE (Wire) — Haiti has asked the United Nations for troops to guard its airport, an official said on Friday.\n\n" +
				"“We asked for help because the port could be targeted,” Foreign Ministry official Mathias Pierre said.",
			[]said{{"Haiti has asked the United Nations for troops", ""}}},
		{"a name with a lower-case article after at: the speaker's place, not the speaker",
			"Blast\n\nGAZA (Wire) — Airstrikes killed nine people on Sunday, police said.\n\nA medical source at al-Shifa hospital confirmed the toll and said several of the wounded were in critical condition.",
			[]said{{"several of the wounded were in critical condition", ""}}},
		{"a place after the speaker's head noun and in names no speaker",
			"Protests\n\nCLEVELAND (Wire) — Protest organizers in Cleveland say the city's strict rules will only make clashes more likely.",
			[]said{{"the city's strict rules will only make clashes more likely", "organizers"}}},
		{"a report in a newspaper is the newspaper's",
			"Caucus\n\nDES MOINES (Wire) — Coin flips decided at least six precincts, according to a report in the Des Moines Register.",
			[]said{{"Coin flips decided at least six precincts", "Des Moines Register"}}},
		{"the speaker's phrase reads back over at and a named body",
			"Gaza\n\nRAFAH (Wire) — Aid trucks crossed into Gaza on Saturday.\n\nA nurse at the Red Cross field hospital in Rafah said supplies were running out.",
			[]said{{"supplies were running out", ""}}},
		{"an age restates the person last named, not an earlier one whose past roles fit the noun",
			"Shelling\n\nKYIV (Wire) — Russian President Vladimir Putin said on Tuesday that his forces would press on in the east.\n\n" +
				"Andriy Yermak, the head of the Ukrainian presidential office, wrote on Telegram that several villages had come under fire overnight. \"The situation is tough, but the front is holding,\" the 51-year-old official wrote.",
			[]said{{"The situation is tough", "Yermak"}}},
		{"a veteran official restates the person last named",
			"Grain\n\nMOSCOW (Wire) — Russian President Vladimir Putin spoke to Turkish President Recep Tayyip Erdogan on Friday about the grain corridor.\n\n" +
				"Andriy Yermak, the head of the Ukrainian presidential office, said the ships had left Odesa on time. \"Every delay costs lives,\" the veteran official added.",
			[]said{{"Every delay costs lives", "Yermak"}}},
		{"a role's body after for, then a relative clause: the words after said are the role's",
			"Border\n\nWASHINGTON (Wire) — Troops massed near the border on Monday. The spokeswoman for the Greek foreign ministry, who spoke on condition of anonymity, said Athens was monitoring the situation closely.",
			[]said{{"Athens was monitoring the situation closely", "ministry"}}},
		{"a role's body after for: the subject before said",
			"Port\n\nATHENS (Wire) — A spokesman for the Greek coast guard said the ship had been towed to Piraeus overnight.",
			[]said{{"the ship had been towed to Piraeus", "coast guard"}}},
		{"a spokesman for a country's body: the body speaks, not the country",
			"Drills\n\nANKARA (Wire) — A spokesman for Turkey's defense ministry said the drills near the border would end on Friday.",
			[]said{{"the drills near the border would end", "defense ministry"}}},
		{"missed indirect: also of a party",
			"Budget\n\nFinance Minister Christian Lindner, also of the FDP, said the debt brake would stay in place next year.",
			[]said{{"the debt brake would stay in place", "Lindner"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := process(t, c.text)
			if c.want == nil {
				for _, q := range a.Quotes {
					t.Errorf("unexpected quote %q (%s)", q.Text, q.Speaker.Name)
				}
			}
			for _, w := range c.want {
				var got *dateline.Quote
				for i := range a.Quotes {
					if strings.Contains(a.Quotes[i].Text, w.text) {
						got = &a.Quotes[i]
						break
					}
				}
				if got == nil {
					t.Errorf("no quote %q; have:", w.text)
					for _, q := range a.Quotes {
						t.Logf("  %q (%s)", q.Text, q.Speaker.Name)
					}
					continue
				}
				if w.name == "" && got.Speaker.Name != "" || w.name != "" && !strings.HasSuffix(got.Speaker.Name, w.name) {
					t.Errorf("%q: speaker %q (mention %q), want %q", w.text, got.Speaker.Name, got.Speaker.Mention, w.name)
				}
			}
		})
	}
}

// TestNotQuoted checks whole-article cases where some words, read by the
// whole pipe (with part-of-speech tags), must not be taken for a quote while
// others must.
func TestNotQuoted(t *testing.T) {
	cases := []struct {
		name   string
		text   string
		not    []string // no quote's text may hold these words
		quoted []string // some quote's text must hold each of these
	}{
		{"declaring support is an act; the clause after it has its own quote",
			"Coup\n\nNIAMEY (Wire) — The army command on Thursday declared its support for the soldiers who seized power overnight, as the detained president vowed that the gains of democracy would be safeguarded.",
			[]string{"its support for the soldiers"},
			[]string{"the gains of democracy would be safeguarded"}},
		{"said with a clause of its own after a quotation is no inverted cue",
			"War\n\nMOSCOW (Wire) — The Kremlin, which describes the war as a \"special military operation,\" said the talks had stalled.",
			[]string{"The Kremlin, which describes"},
			nil},
		{"declaring a winner is an act",
			"Vote\n\nCARACAS (Wire) — The electoral council declared President Nicolas Maduro the winner of Sunday's election on Monday, a result the opposition rejected as fraudulent.",
			[]string{"the winner of"},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := process(t, c.text)
			for _, q := range a.Quotes {
				for _, n := range c.not {
					if strings.Contains(q.Text, n) {
						t.Errorf("unexpected quote %q (%s, cue %q)", q.Text, q.Speaker.Name, q.Cue)
					}
				}
			}
			for _, w := range c.quoted {
				found := false
				for _, q := range a.Quotes {
					found = found || strings.Contains(q.Text, w)
				}
				if !found {
					t.Errorf("no quote holds %q", w)
				}
			}
		})
	}
}

// TestDebugPipe prints the quotes the whole pipe finds in the plain-text
// file QUOTES_PIPE_DEBUG.
func TestDebugPipe(t *testing.T) {
	fn := os.Getenv("QUOTES_PIPE_DEBUG")
	if fn == "" {
		t.Skip("QUOTES_PIPE_DEBUG not set")
	}
	b, err := os.ReadFile(fn)
	if err != nil {
		t.Fatal(err)
	}
	a := process(t, string(b))
	for _, s := range a.Sentences {
		var tags []string
		for _, tk := range s.Tokens {
			tags = append(tags, a.Text(s.Field)[tk.Start:tk.End]+"/"+tk.Tag)
		}
		t.Logf("sentence: %s", strings.Join(tags, " "))
	}
	for _, m := range a.Mentions {
		if m.Entity >= 0 && os.Getenv("QUOTES_PIPE_MENTIONS") != "" {
			t.Logf("mention %q %s entity=%s type=%s at %d", m.Text, m.Kind, a.Entities[m.Entity].Name, a.Entities[m.Entity].Type, m.Start)
		}
	}
	for i, q := range a.Quotes {
		t.Logf("%d %s spk=%q name=%q cue=%q parent=%d: %s", i, q.Kind, q.Speaker.Mention, q.Speaker.Name, q.Cue, q.Parent, q.Text)
	}
}

// TestNounAfterVerbIsNoCue: a plural cue form right after a verb is that
// verb's object ("condemned remarks made by …"), no attribution.
func TestNounAfterVerbIsNoCue(t *testing.T) {
	a := process(t, "Ties cut\n\nALGIERS (Wire) - Algeria's foreign minister Ramtane Lamamra spoke on Tuesday. He further condemned remarks made by Israeli Foreign Minister Yair Lapid during a visit to Morocco.\n\nHe said Algeria would not accept being a target.")
	for _, q := range a.Quotes {
		if strings.Contains(q.Text, "made by Israeli") {
			t.Errorf("quote %q (cue %q, speaker %q): 'remarks' after 'condemned' is its object", q.Text, q.Cue, q.Speaker.Mention)
		}
	}
	found := false
	for _, q := range a.Quotes {
		found = found || strings.Contains(q.Text, "Algeria would not accept")
	}
	if !found {
		t.Errorf("the next sentence's words lost: %+v", a.Quotes)
	}
}

// TestDeclaredThingNamed: "declared X a Y" names a thing, no words; "declared
// he was a candidate" is words.
func TestDeclaredThingNamed(t *testing.T) {
	a := process(t, "Mourning\n\nBELGRADE (Wire) - The mayor of Belgrade declared he was a candidate for president. He declared Wednesday a day of national mourning for the three Serbs killed and said Serbia would never recognise Kosovo.")
	var got []string
	for _, q := range a.Quotes {
		got = append(got, q.Text)
	}
	all := strings.Join(got, " | ")
	if strings.Contains(all, "day of national mourning") || !strings.Contains(all, "he was a candidate") {
		t.Errorf("quotes %q: want 'he was a candidate …', not 'a day of national mourning'", got)
	}
}

// TestConcludeTakesAClause: "conclude" without "that" takes words only as a
// clause ("aim to conclude them within four months" names none).
func TestConcludeTakesAClause(t *testing.T) {
	a := process(t, "Talks\n\nANKARA (Wire) - The two neighbours will begin technical talks by the end of February, and aim to conclude them within four months. The panel concluded the attack had been planned.")
	var got []string
	for _, q := range a.Quotes {
		got = append(got, q.Text)
	}
	all := strings.Join(got, " | ")
	if strings.Contains(all, "within four months") || !strings.Contains(all, "the attack had been planned") {
		t.Errorf("quotes %q: want 'the attack had been planned', not 'them within four months'", got)
	}
}
