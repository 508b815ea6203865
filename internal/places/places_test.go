package places

import (
	"context"
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

var (
	loadOnce sync.Once
	loaded   *Gazetteer
	loadErr  error
)

func gaz(t testing.TB) *Gazetteer {
	t.Helper()
	loadOnce.Do(func() { loaded, loadErr = Load(context.Background()) })
	if loadErr != nil {
		t.Fatalf("Load: %v", loadErr)
	}
	return loaded
}

func near(a, b float64) bool { return math.Abs(a-b) < 0.05 }

func TestLookup(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		name, query, country string
		want                 string // Name of the expected place
		cc, kind             string
		lat, lon             float64
	}{
		{"Idlib city", "Idlib", "", "Idlib", "SYR", KindCity, 35.93, 36.63},
		{"Idlib in Syria", "Idlib", "SYR", "Idlib", "SYR", KindCity, 35.93, 36.63},
		{"Idlib Governorate", "Idlib Governorate", "", "Idlib", "SYR", KindAdmin1, 35.93, 36.63},
		{"Idlib province", "Idlib province", "", "Idlib", "SYR", KindAdmin1, 35.93, 36.63},
		{"possessive", "Syria's Idlib Governorate", "", "Idlib", "SYR", KindAdmin1, 35.93, 36.63},
		{"Aleppo", "Aleppo", "", "Aleppo", "SYR", KindCity, 36.20, 37.16},
		{"Damascus upper case", "DAMASCUS", "", "Damascus", "SYR", KindCity, 33.51, 36.29},
		{"Washington is the capital", "Washington", "", "Washington, D.C.", "USA", KindCity, 38.90, -77.04},
		{"Washington state", "Washington state", "", "Washington", "USA", KindAdmin1, 47.04, -122.90},
		{"Moscow", "Moscow", "", "Moscow", "RUS", KindCity, 55.75, 37.62},
		{"Moscow region", "Moscow region", "", "Moscow Oblast", "RUS", KindAdmin1, 55.71, 37.82},
		{"Kyiv", "Kyiv", "", "Kyiv", "UKR", KindCity, 50.45, 30.52},
		{"Kiev", "Kiev", "", "Kyiv", "UKR", KindCity, 50.45, 30.52},
		{"Paris", "Paris", "", "Paris", "FRA", KindCity, 48.85, 2.35},
		{"Paris, Texas", "Paris, Texas", "", "Paris", "USA", KindCity, 33.66, -95.56},
		{"Paris in the US", "Paris", "USA", "Paris", "USA", KindCity, 33.66, -95.56},
		{"Gaza", "Gaza", "", "Gaza", "PSE", KindCity, 31.50, 34.47},
		{"a hyphenated city", "BADEN-BADEN", "", "Baden-Baden", "DEU", KindCity, 48.76, 8.24},
		{"Gaza Strip", "Gaza Strip", "", "Gaza Strip", "PSE", KindAdmin1, 31.50, 34.47},
		{"Donetsk", "Donetsk", "", "Donetsk", "UKR", KindCity, 48.02, 37.80},
		{"Donetsk region", "Donetsk region", "", "Donetsk", "UKR", KindAdmin1, 48.02, 37.80},
		{"Raqqa spelling", "Raqqa", "", "Raqqa", "SYR", KindCity, 35.95, 39.01},
		{"Deir ez-Zor", "Deir ez-Zor", "", "Deir ez-Zor", "SYR", KindCity, 35.34, 40.14},
		{"Deir ez Zor", "Deir ez Zor", "", "Deir ez-Zor", "SYR", KindCity, 35.34, 40.14},
		{"Eastern Ghouta", "eastern Ghouta", "", "Eastern Ghouta", "SYR", KindArea, 33.55, 36.40},
		{"country", "Syria", "", "Syria", "SYR", KindCountry, 34.80, 39.00},
		{"country alias", "Britain", "", "United Kingdom", "GBR", KindCountry, 55.38, -3.44},
		{"Tripoli", "Tripoli", "", "Tripoli", "LBY", KindCity, 32.89, 13.19},
		{"Tripoli, Lebanon", "Tripoli, Lebanon", "", "Tripoli", "LBN", KindCity, 34.43, 35.84},
		{"Tripoli by country name", "Tripoli", "Lebanon", "Tripoli", "LBN", KindCity, 34.43, 35.84},
		{"Tripoli by ISO2", "Tripoli", "LB", "Tripoli", "LBN", KindCity, 34.43, 35.84},
		{"Texas", "Texas", "", "Texas", "USA", KindAdmin1, 30.27, -97.74},
		{"Florida is the state", "Florida", "", "Florida", "USA", KindAdmin1, 30.44, -84.28},
		{"Georgia is the country", "Georgia", "", "Georgia", "GEO", KindCountry, 42.32, 43.36},
		{"Georgia the state", "Georgia", "USA", "Georgia", "USA", KindAdmin1, 33.75, -84.39},
		{"Fallujah", "Fallujah", "", "Fallujah", "IRQ", KindCity, 33.35, 43.78},
		{"Hodeidah", "Hodeidah", "", "Hodeidah", "YEM", KindCity, 14.80, 42.95},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := g.Lookup(tt.query, tt.country)
			if !ok {
				t.Fatalf("Lookup(%q, %q): not found", tt.query, tt.country)
			}
			if got.Name != tt.want || got.Country != tt.cc || got.Kind != tt.kind {
				t.Fatalf("Lookup(%q, %q) = %+v, want %s %s %s", tt.query, tt.country, got, tt.want, tt.cc, tt.kind)
			}
			if !near(got.Lat, tt.lat) || !near(got.Lon, tt.lon) {
				t.Errorf("Lookup(%q) at %v,%v, want about %v,%v", tt.query, got.Lat, got.Lon, tt.lat, tt.lon)
			}
		})
	}
}

func TestLookupMissing(t *testing.T) {
	g := gaz(t)
	for _, q := range []struct{ name, country string }{
		{"Xqzzyville", ""}, {"", ""}, {"Idlib", "FRA"}, {"   ", "USA"}, {"the", ""},
		{"CRANS-MONTANA", ""}, {"Crans-Montana", ""}, // a resort the gazetteer lacks, not Montana (Bulgaria)
	} {
		if got, ok := g.Lookup(q.name, q.country); ok {
			t.Errorf("Lookup(%q, %q) = %+v, want not found", q.name, q.country, got)
		}
	}
}

// found renders matches as "text=Name/CCC/kind" for comparison.
func found(ms []Match) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, m.Text+"="+m.Location.Name+"/"+m.Location.Country+"/"+m.Location.Kind)
	}
	return strings.Join(parts, "; ")
}

// TestFind runs Find over wire-style sentences written for this test. The
// expected lists are complete, so any false hit fails the test.
func TestFind(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		name, text, want string
	}{
		{"possessive country", "Government warplanes struck Syria's Idlib on Tuesday.",
			"Syria=Syria/SYR/country; Idlib=Idlib/SYR/city"},
		{"possessive governorate", "Rebels still hold much of Syria's Idlib Governorate, the monitor said.",
			"Syria=Syria/SYR/country; Idlib Governorate=Idlib/SYR/admin1"},
		{"province after", "Shelling killed four civilians in Idlib province overnight.",
			"Idlib province=Idlib/SYR/admin1"},
		{"province of", "Turkish troops entered the province of Idlib.",
			"Idlib=Idlib/SYR/admin1"},
		{"eastern Ghouta", "Aid convoys reached Douma in eastern Ghouta on Monday.",
			"Douma=Douma/SYR/city; eastern Ghouta=Eastern Ghouta/SYR/area"},
		{"Kyiv and Kiev", "Officials in Kyiv, formerly spelt Kiev, rejected the plan.",
			"Kyiv=Kyiv/UKR/city; Kiev=Kyiv/UKR/city"},
		{"Washington capital and state", "Washington said wildfires in Washington state were under control.",
			"Washington=Washington, D.C./USA/city; Washington state=Washington/USA/admin1"},
		{"Paris and Paris, Texas", "The band flew from Paris to Paris, Texas, for one show.",
			"Paris=Paris/FRA/city; Paris=Paris/USA/city; Texas=Texas/USA/admin1"},
		{"dateline", "MOSCOW, Sept. 4 (Reuters) - Russia said on Tuesday it would hold naval drills.",
			"MOSCOW=Moscow/RUS/city; Russia=Russia/RUS/country"},
		{"Gaza and Donetsk", "Strikes hit Gaza and Donetsk within hours of each other.",
			"Gaza=Gaza/PSE/city; Donetsk=Donetsk/UKR/city"},
		{"stop words", "Police said Mobile phone records showed the suspect was in Reading at the time.",
			""},
		{"stop word with context", "The storm made landfall near Mobile, Alabama, late on Sunday.",
			"Mobile=Mobile/USA/city; Alabama=Alabama/USA/admin1"},
		{"surnames", "Jackson and Clinton met Wilson in Lincoln's old office.",
			""},
		// A demonym that names a place too (an Isle of Man parish, a South
		// African town) is no place on its own.
		{"demonyms", "A German was killed on German soil, and two Brits were hurt.",
			""},
		{"apposition with direction", "The convoy left Idlib, northwestern Syria, at dawn.",
			"Idlib=Idlib/SYR/city; Syria=Syria/SYR/country"},
		{"article forms", "Turkish-backed fighters took al-Bab and moved on Manbij and Raqqa.",
			"al-Bab=Al Bāb/SYR/city; Manbij=Manbij/SYR/city; Raqqa=Raqqa/SYR/city"},
		{"no lower case", "the paris agreement was signed in damascus", ""},
		{"sentence boundary", "They fled Gaza. City officials said more would come.",
			"Gaza=Gaza/PSE/city"},
		{"multi-word", "Talks resumed in New York and Tel Aviv.",
			"New York=New York City/USA/city; Tel Aviv=Tel Aviv/ISR/city"},
		{"headline", "Air Strikes Hit Aleppo Hospital As Talks Stall",
			"Aleppo=Aleppo/SYR/city"},
		{"region before country name", "Leaders from Latin America and Gold Coast officials met.",
			"Latin America=Latin America//area; Gold Coast=Gold Coast/AUS/city"},
		{"text country preferred", "Lebanese troops deployed in Tripoli after clashes, the Lebanon army said.",
			"Tripoli=Tripoli/LBN/city; Lebanon=Lebanon/LBN/country"},
		{"a capital's name ends a longer town name", "Gunmen burned houses in Mocímboa da Praia overnight.",
			"Mocímboa da Praia=Mocímboa/MOZ/city"},
		{"a longer name the gazetteer lacks is not its capital", "Fishermen from Ponta da Praia joined the strike.",
			""},
		{"a country keeps its name after a particle", "Students of the Universidad de Chile marched on Thursday.",
			"Chile=Chile/CHL/country"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := g.Find(tt.text)
			if got := found(ms); got != tt.want {
				t.Errorf("Find(%q)\n got: %s\nwant: %s", tt.text, got, tt.want)
			}
			for _, m := range ms {
				if tt.text[m.Start:m.End] != m.Text {
					t.Errorf("offsets [%d,%d) give %q, not %q", m.Start, m.End, tt.text[m.Start:m.End], m.Text)
				}
			}
		})
	}
}

func TestPreferCountry(t *testing.T) {
	g := gaz(t)
	ms := g.Find("Clashes broke out in Tripoli.", PreferCountry("LBN"))
	if len(ms) != 1 || ms[0].Location.Country != "LBN" {
		t.Fatalf("with hint LBN: %s", found(ms))
	}
	ms = g.Find("Clashes broke out in Tripoli.")
	if len(ms) != 1 || ms[0].Location.Country != "LBY" {
		t.Fatalf("without hint: %s", found(ms))
	}
}

func TestCountry(t *testing.T) {
	g := gaz(t)
	for _, code := range []string{"SYR", "SY", "syr", "XKX", "PSE"} {
		if _, ok := g.Country(code); !ok {
			t.Errorf("Country(%q) not found", code)
		}
	}
	if c, ok := g.Country("USA"); !ok || c.Name != "United States" || c.Kind != KindCountry {
		t.Errorf("Country(USA) = %+v, %v", c, ok)
	}
	if _, ok := g.Country("ZZZ"); ok {
		t.Error("Country(ZZZ) found")
	}
}

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"p/countries.tsv": {Data: []byte("# test\niso3\tiso2\tname\taliases\tcapital\tlat\tlon\nXXA\tXA\tAtlantis\tSunken Land\tPoseidonia\t1\t2\n")},
		"p/cities.tsv":    {Data: []byte("id\tname\tascii\tcountry\tadmin1\tfc\tlat\tlon\tpop\n1\tPoseidonia\t\tXXA\t01\tPPLC\t1.5\t2.5\t20000\n")},
		"p/aliases.tsv":   {Data: []byte("alias\tkind\tcountry\ttarget\nOld Town\tcity\tXXA\tPoseidonia\n")},
	}
	g, err := LoadFS(context.Background(), fsys, "p")
	if err != nil {
		t.Fatal(err)
	}
	if got := found(g.Find("Ships left Old Town for the Sunken Land.")); got != "Old Town=Poseidonia/XXA/city; Sunken Land=Atlantis/XXA/country" {
		t.Errorf("got %s", got)
	}
	bad := fstest.MapFS{
		"p/countries.tsv": fsys["p/countries.tsv"],
		"p/aliases.tsv":   {Data: []byte("alias\tkind\tcountry\ttarget\nNowhere\tcity\tXXA\tMissing\n")},
	}
	if _, err := LoadFS(context.Background(), bad, "p"); err == nil {
		t.Error("alias to a missing place: want an error")
	}
	if _, err := LoadFS(context.Background(), fstest.MapFS{}, "p"); err == nil {
		t.Error("no countries.tsv: want an error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := LoadFS(ctx, fsys, "p"); err == nil {
		t.Error("cancelled context: want an error")
	}
}

func TestBundledData(t *testing.T) {
	g := gaz(t)
	kinds := map[string]int{}
	for _, e := range g.entries {
		kinds[e.loc.Kind]++
		l := e.loc
		if l.Lat < -90 || l.Lat > 90 || l.Lon < -180 || l.Lon > 180 {
			t.Errorf("%s: bad coordinates %v,%v", l.Name, l.Lat, l.Lon)
		}
		if l.Kind != KindArea && len(l.Country) != 3 {
			t.Errorf("%s: bad country %q", l.Name, l.Country)
		}
	}
	if kinds[KindCity] < 20000 || kinds[KindAdmin1] < 3000 || kinds[KindCountry] < 240 || kinds[KindArea] < 5 {
		t.Errorf("too few places: %v", kinds)
	}
}

func FuzzFind(f *testing.F) {
	g := gaz(f)
	for _, s := range []string{
		"Syria's Idlib Governorate", "in eastern Ghouta", "Paris, Texas", "WASHINGTON, Sept. 5",
		"Washington, D.C.,", "al-Bab’s", "Ḩamāh and Hama", "—, ,'s", "Idlib province of",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, m := range g.Find(s) {
			if m.Start < last || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("bad span [%d,%d) after %d in %q", m.Start, m.End, last, s)
			}
			if s[m.Start:m.End] != m.Text || m.Location.Name == "" {
				t.Fatalf("bad match %+v in %q", m, s)
			}
			last = m.End
		}
		g.Lookup(s, "")
	})
}

func BenchmarkLoad(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		if _, err := Load(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFind runs Find over one wire sentence per iteration.
func BenchmarkFind(b *testing.B) {
	g := gaz(b)
	sents := []string{
		"Syrian government forces backed by Russian warplanes pressed their offensive in Syria's Idlib province on Tuesday, the Syrian Observatory for Human Rights said.",
		"WASHINGTON, Sept. 5 (Reuters) - U.S. Secretary of State Mike Pompeo said on Wednesday he had spoken with Turkish Foreign Minister Mevlut Cavusoglu about the situation in northwestern Syria.",
		"The United Nations warned that an assault on the province, home to about three million people, could cause a humanitarian catastrophe in eastern Ghouta and beyond.",
		"Officials in Kyiv said shelling overnight hit Kharkiv, Donetsk and the port city of Odesa, killing at least six people.",
	}
	n := 0
	for b.Loop() {
		g.Find(sents[n%len(sents)])
		n++
	}
}

// TestFindWire checks Find on political wire sentences written for this
// test, full of capitalised names that are not places (people, bodies,
// titles). The expected lists are complete: a false hit fails.
func TestFindWire(t *testing.T) {
	g := gaz(t)
	tests := []struct{ text, want string }{
		{"President Donald Trump warned Syrian President Bashar al-Assad on Monday not to recklessly attack Idlib.",
			"Idlib=Idlib/SYR/city"},
		{"Foreign Minister Sergei Lavrov told reporters in Moscow that militants were preparing a provocation.",
			"Moscow=Moscow/RUS/city"},
		{"The European Union and the United Nations urged restraint, while Britain and France said they would respond.",
			"Britain=United Kingdom/GBR/country; France=France/FRA/country"},
		{"Prime Minister Theresa May told Parliament that the government had evidence the attack was ordered by the GRU.",
			""},
		{"Chancellor Angela Merkel said Germany would not take part in any military action.",
			"Germany=Germany/DEU/country"},
		{"Secretary of State Mike Pompeo met Saudi Crown Prince Mohammed bin Salman in Riyadh on Tuesday.",
			"Riyadh=Riyadh/SAU/city"},
		{"Hezbollah leader Hassan Nasrallah said in a televised speech that the group would stay in Syria.",
			"Syria=Syria/SYR/country"},
		{"The Pentagon said Defense Secretary Jim Mattis would travel to New Delhi next week for talks.",
			"New Delhi=New Delhi/IND/city"},
		{"North Korean leader Kim Jong Un told South Korea's Moon Jae-in that he wanted a deal before Christmas.",
			"South Korea=South Korea/KOR/country"},
		{"Iran's Supreme Leader Ayatollah Ali Khamenei said Tehran would never negotiate under pressure.",
			"Iran=Iran/IRN/country; Tehran=Tehran/IRN/city"},
		{"Turkish President Tayyip Erdogan said Ankara had sent reinforcements to observation posts.",
			"Ankara=Ankara/TUR/city"},
		{"Israeli Prime Minister Benjamin Netanyahu said Israel would act against Iranian forces anywhere in Syria.",
			"Israel=Israel/ISR/country; Syria=Syria/SYR/country"},
		{"Speaking at the White House, National Security Adviser John Bolton said the United States would respond strongly.",
			"United States=United States/USA/country"},
		{"Chinese Foreign Ministry spokesman Geng Shuang said Beijing opposed unilateral sanctions.",
			"Beijing=Beijing/CHN/city"},
		{"The Kremlin said Vladimir Putin and Recep Tayyip Erdogan would meet in Sochi on Monday.",
			"Sochi=Sochi/RUS/city"},
		{"General Motors said on Friday that it would close its plant in Lordstown, Ohio.",
			"Ohio=Ohio/USA/admin1"},
		{"Amnesty International and Human Rights Watch called for an independent inquiry.",
			""},
		{"Officials from Jordan, Egypt and the Gulf states met in Amman and Cairo.",
			"Jordan=Jordan/JOR/country; Egypt=Egypt/EGY/country; Amman=Amman/JOR/city; Cairo=Cairo/EGY/city"},
		{"Mr Johnson said on Sunday that Labour leader Jeremy Corbyn had failed to condemn the attack.",
			""},
		{"The Democratic senator from Virginia, Mark Warner, said Congress would investigate.",
			"Virginia=Virginia/USA/admin1"},
		{"Brexit Secretary Dominik Raab said the deal was close, as the pound rose on Monday.",
			""},
		{"Kurdish-led Syrian Democratic Forces said they had captured Hajin from Islamic State militants.",
			"Hajin=Hajīn/SYR/city"},
		{"The statement, issued by the Foreign Office, called on all parties to respect the ceasefire agreed in Astana.",
			"Astana=Astana/KAZ/city"},
		{"Young people marched through the capital on Saturday. Save the Children said aid had stalled.",
			""},
		{"Can the truce hold? Diplomats in Geneva doubted it, while Green party leaders in Berlin called for sanctions.",
			"Geneva=Geneva/CHE/city; Berlin=Berlin/DEU/city"},
		{"Golden Dawn supporters clashed with police in Athens, the Greek capital.",
			"Athens=Athens/GRC/city"},
		{"Hurricane Florence made landfall in North Carolina, and Governor Roy Cooper ordered evacuations.",
			"North Carolina=North Carolina/USA/admin1"},
		{"Militants of Hayat Tahrir al-Sham control most of the province, which borders Turkey.",
			"Turkey=Türkiye/TUR/country"},
		{"The Islamic State group claimed the attack in Kabul, Afghanistan's capital, which killed 20.",
			"Kabul=Kabul/AFG/city; Afghanistan=Afghanistan/AFG/country"},
		{"Defence Minister Sergei Shoigu flew to Damascus and then to Hmeimim air base near Latakia.",
			"Damascus=Damascus/SYR/city; Latakia=Latakia/SYR/city"},
		{"Saudi-led coalition jets struck Hodeidah port, a lifeline for millions of Yemenis.",
			"Hodeidah=Hodeidah/YEM/city"},
		{"The OPCW said its inspectors had visited Douma, but the Syrian government denied any attack.",
			"Douma=Douma/SYR/city"},
		{"Pakistan's Prime Minister Imran Khan spoke with Afghan President Ashraf Ghani by phone.",
			"Pakistan=Pakistan/PAK/country"},
		{"Prosecutors in Brooklyn charged two men, the Justice Department said in Washington.",
			"Brooklyn=Brooklyn/USA/city; Washington=Washington, D.C./USA/city"},
		{"Venezuelan President Nicolas Maduro said in Caracas that Colombia was plotting against him.",
			"Caracas=Caracas/VEN/city; Colombia=Colombia/COL/country"},
		{"Sunni tribes in Anbar province joined forces with the army around Ramadi and Fallujah.",
			"Anbar province=Anbar/IRQ/admin1; Ramadi=Ramadi/IRQ/city; Fallujah=Fallujah/IRQ/city"},
		{"A Kurdish official in Qamishli said Turkish shelling had hit villages near Tal Abyad and Ras al-Ain.",
			"Qamishli=Qamishli/SYR/city; Tal Abyad=Tal Abyad/SYR/city; Ras al-Ain=Ras al-Ain/SYR/city"},
		{"Ukraine's military said Russian forces shelled Kharkiv region and the city of Zaporizhzhia.",
			"Ukraine=Ukraine/UKR/country; Kharkiv region=Kharkiv/UKR/admin1; Zaporizhzhia=Zaporizhzhia/UKR/city"},
	}
	for _, tt := range tests {
		if got := found(g.Find(tt.text)); got != tt.want {
			t.Errorf("Find(%q)\n got: %s\nwant: %s", tt.text, got, tt.want)
		}
	}
}

func ExampleGazetteer_Find() {
	g, err := Load(context.Background())
	if err != nil {
		panic(err)
	}
	for _, m := range g.Find("Warplanes struck Syria's Idlib Governorate and Kiev, officials said.") {
		fmt.Printf("%d-%d %s: %s, %s (%s) %.2f,%.2f\n", m.Start, m.End, m.Text, m.Location.Name,
			m.Location.Country, m.Location.Kind, m.Location.Lat, m.Location.Lon)
	}
	// Output:
	// 17-22 Syria: Syria, SYR (country) 34.80,39.00
	// 25-42 Idlib Governorate: Idlib, SYR (admin1) 35.93,36.63
	// 47-51 Kiev: Kyiv, UKR (city) 50.45,30.52
}
