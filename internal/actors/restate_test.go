package actors

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
)

// restateCase is an article and the mention whose entity is checked: the
// first mention with the text mention that starts at or after the first
// occurrence of after in the body.
type restateCase struct {
	name    string
	place   string // the dateline's place
	paras   []string
	after   string
	mention string
	want    string // the entity's "country|sector"; "" when no entity may hold the mention
}

func checkRestated(t *testing.T, tests []restateCase) {
	t.Helper()
	k := bundled(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("", tc.paras...)
			a.Dateline = &dateline.Dateline{Place: tc.place}
			runStage(t, k, a)
			from := strings.Index(a.Body, tc.after)
			if from < 0 {
				t.Fatalf("%q is not in the body", tc.after)
			}
			var got *dateline.Entity
			for i := range a.Entities {
				for _, m := range a.Entities[i].Mentions {
					if m.Field == dateline.InBody && m.Text == tc.mention && m.Start >= from && m.Start < from+len(tc.after) {
						got = &a.Entities[i]
					}
				}
			}
			switch {
			case got == nil && tc.want != "":
				t.Fatalf("no entity has the mention %q in %q: %v", tc.mention, tc.after, a.Entities)
			case got != nil && tc.want == "":
				t.Errorf("%q in %q is %s (%s|%s), want no entity", tc.mention, tc.after, got.Name, got.Country, got.Sector)
			case got != nil && got.Country+"|"+got.Sector != tc.want:
				t.Errorf("%q in %q is %s (%s|%s), want %s", tc.mention, tc.after, got.Name, got.Country, got.Sector, tc.want)
			}
		})
	}
}

// TestBareArmedPlural checks that a bare plural of armed men ("soldiers",
// "troops" with no determiner, number or possessive) defined by the words
// after it ("led by", "loyal to", "from") does not restate another
// country's soldiers named before, and that men "led by" a leader the KB
// knows are of the leader's country.
func TestBareArmedPlural(t *testing.T) {
	checkRestated(t, []restateCase{
		{"soldiers led by a general the KB knows", "CAIRO",
			[]string{"Egyptian soldiers arrived at the Merowe air base in March for joint drills.",
				"The war began in April after soldiers led by General Abdel Fattah al-Burhan clashed with a paramilitary force in Khartoum."},
			"after soldiers led by", "soldiers", "SDN|MIL"},
		{"a bare plural defined by its loyalty names new men", "MOGADISHU",
			[]string{"Kenyan troops crossed into the Gedo region on Sunday in pursuit of al Shabaab fighters.",
				"Residents of Bardhere said soldiers loyal to a local clan leader had left the town before dawn."},
			"soldiers loyal to", "soldiers", ""},
		{"a bare plural opening a sentence names new men", "MAPUTO",
			[]string{"Rwandan soldiers retook the port of Mocimboa da Praia last week.",
				"Troops from Botswana and South Africa have also started arriving for a regional force."},
			"Troops from Botswana", "Troops", ""},
		{"the definite plural restates the men named before", "MOGADISHU",
			[]string{"Ethiopian troops crossed into the Gedo region on Sunday in pursuit of al Shabaab fighters.",
				"The troops seized two villages near the border town of Dolow, residents said."},
			"The troops seized", "troops", "ETH|MIL"},
		{"a counted plural restates the men named before", "KIGALI",
			[]string{"Rwandan soldiers have fought in Cabo Delgado since July, the army said.",
				"Rwanda will send 500 soldiers more to the province by December, the army spokesman said."},
			"500 soldiers", "soldiers", "RWA|MIL"},
	})
}

// TestMinistryAnaphor checks that a definite "the ministry" restates the
// ministry the story named last, whatever country the sentence names.
func TestMinistryAnaphor(t *testing.T) {
	checkRestated(t, []restateCase{
		{"a KB ministry named by its full name", "NEW DELHI",
			[]string{"India's Ministry of External Affairs said on Tuesday it had summoned the Canadian envoy.",
				"Earlier, the ministry had rejected a note from Ottawa that named two Indian diplomats."},
			"the ministry had rejected", "ministry", "IND|GOV"},
		{"a ministry named by a demonym and a generic noun", "MOSCOW",
			[]string{"The Russian defence ministry said its air defences downed 12 drones over the Bryansk region overnight.",
				"Debris hit a fuel depot, the ministry said, adding that Ukraine had launched the drones."},
			"the ministry said", "ministry", "RUS|MIL"},
		{"the ministry named last", "ATHENS",
			[]string{"Turkey's foreign ministry summoned the Greek ambassador over the drills on Monday.",
				"Greece's foreign ministry called the summons groundless. The ministry said the exercises were planned months ago."},
			"The ministry said", "ministry", "GRC|GOV"},
		{"no ministry named before", "ATHENS",
			[]string{"Greek warships held drills off Rhodes on Monday. The ministry said the exercises were planned months ago."},
			"The ministry said", "ministry", ""},
	})
}

// TestJuntaCountry checks that a junta named with no country ("the
// junta", "the putschists") is the one of the country where it seized
// power, of the one country whose junta the story names, or of the
// country of the coup the story tells of.
func TestJuntaCountry(t *testing.T) {
	checkRestated(t, []restateCase{
		{"the junta that seized power in a country", "ACCRA",
			[]string{"West African leaders met in Accra on Sunday to discuss the military junta that seized power in Guinea last week."},
			"the military junta", "military junta", "GIN|MIL"},
		{"the one country's military rulers named later", "PARIS",
			[]string{"France said on Monday it would end its military cooperation with the junta.",
				"Mali's military rulers ordered the French ambassador to leave the country last week."},
			"cooperation with the junta", "junta", "MLI|MIL"},
		{"the putschists of the coup the story told", "PARIS",
			[]string{"France suspended its aid to Burkina Faso on Saturday, a day after a coup toppled the country's president.",
				"Paris said it would not deal with the putschists until a date for elections was set."},
			"with the putschists", "putschists", "BFA|MIL"},
		{"military governments in two countries are not the story's junta", "PARIS",
			[]string{"Mali's military rulers ordered the French ambassador to leave on Monday.",
				"It is a setback for Paris in the Sahel, where military governments in Guinea and Burkina Faso have also turned to Russia."},
			"military governments in", "military governments", ""},
		{"no coup told: the junta stays unplaced", "ATHENS",
			[]string{"A museum in Athens opened an exhibition on Sunday about life under the junta, with photographs and letters."},
			"under the junta", "junta", "|MIL"},
	})
}

// TestProtestersCountry checks that protesters named with no country
// ("the protesters") are the people of the story's protests, not of a
// country their sentence names.
func TestProtestersCountry(t *testing.T) {
	checkRestated(t, []restateCase{
		{"the protests of the dateline's country", "YEREVAN",
			[]string{"Police detained dozens of people on Monday as thousands of demonstrators blocked streets around the government building.",
				"Azerbaijan's foreign minister mocked the protesters in a post on social media."},
			"mocked the protesters", "protesters", "ARM|CVL"},
		{"protests the story puts in a foreign capital", "DUBAI",
			[]string{"Protests in Tehran entered a third week on Sunday.",
				"Rights groups said security forces had fired birdshot at the protesters near a university."},
			"at the protesters", "protesters", "IRN|CVL"},
		{"the one country's protesters the story names", "BRUSSELS",
			[]string{"EU foreign ministers said on Monday they had heard the demands of the protesters.",
				"Serbian protesters have blocked roads and bridges for weeks over the collapse of a station canopy."},
			"demands of the protesters", "protesters", "SRB|CVL"},
	})
}

// An office after "its" or "their" is the office of the country named before
// it in the sentence, not a foreign person of that title named earlier.
func TestPossessedOffice(t *testing.T) {
	checkRestated(t, []restateCase{
		{"its ambassador", "ALGIERS", []string{
			"Lamamra also cited a note circulated by Morocco's permanent representative to the United Nations, Omar Hilale.",
			"Algeria recalled its ambassador in Rabat for consultations after the note was circulated."},
			"Algeria recalled its ambassador", "its ambassador", "DZA|GOV"},
	})
}
