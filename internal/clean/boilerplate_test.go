package clean

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
)

func TestIsBoilerplate(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		atEnd bool
		want  bool
	}{
		{"anadolu disclaimer", "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form.", false, true},
		{"anadolu contact line", "Please contact us for subscription options.", false, true},
		{"ap copyright", "Copyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", false, true},
		{"ap coverage link", "Follow AP's coverage of the elections at https://apnews.com/hub/elections", false, true},
		{"copyright line", "© 2020 Example News Agency. All rights reserved.", false, true},
		{"afp copyright", "© Agence France-Presse", false, true},
		{"contributors", "Associated Press writers Jane Roe in Ankara and John Doe in Athens contributed to this report.", false, true},
		{"contributors, reuters", "Reuters reporters in Kyiv contributed reporting to this story.", false, true},
		{"xinhua editor in brackets", "[Editor: Wang Lin]", false, true},
		{"xinhua end word", "Enditem", false, true},
		{"e-mail alone", "jdoe12@yna.co.kr", false, true},
		{"kyodo end", "==Kyodo", false, true},
		{"agency name at the end", "Interfax-Ukraine", true, true},
		{"agency name mid-story", "Interfax-Ukraine", false, false},
		{"afp slug at the end", "bur-jm/lch", true, true},
		{"afp slug mid-story", "bur-jm/lch", false, false},
		{"efe desk initials at the end", "EFE ms/ja", true, true},
		{"efe three desks at the end", "EFE lb-gc/rs/pf", true, true},
		{"efe desk initials mid-story", "EFE ms/ja", false, false},
		{"pti initials at the end", "PTI AKV NSD", true, true},
		{"pti one group at the end", "PTI RC", true, true},
		{"pti initials mid-story", "PTI AKV NSD", false, false},
		{"follow us on twitter", "Follow us on Twitter @ExampleNews", false, true},
		{"follow us on two networks", "Follow us on Telegram and X", false, true},
		{"follow us on facebook, period", "Follow us on Facebook.", false, true},
		{"all rights reserved first", "ALL RIGHTS RESERVED © Copyright ANSA", false, true},
		{"copyright sign and agency", "COPYRIGHT © ANTARA 2024", false, true},
		{"copyright sign, year, agency", "© 2024 Bernama", false, true},
		{"copyright year at the end", "Copyright 2024 Prensa Latina", true, true},
		{"copyright year mid-story", "Copyright 2024 Prensa Latina", false, false},
		{"syndicated feed note", "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)", false, true},
		{"with inputs from an agency", "(With inputs from PTI)", true, true},
		{"with agency inputs", "With agency inputs", true, true},
		{"more of AP's coverage", "Find more of AP's coverage of Africa at https://apnews.com/hub/africa", false, true},
		{"reuters newsletter plug", "The Reuters Power Up newsletter provides everything you need to know about the global energy industry. Sign up here.", false, true},
		{"reporter and editor labels", "Reporter: Andi Firmansyah Editor: Budi Santoso", true, true},
		{"translator label", "Translated by: Carlos Lima", true, true},
		{"reporter label mid-story", "Reporter: Andi Firmansyah", false, false},
		{"web address at the end", "https://www.example.com/news/123", true, true},
		{"ap support note", "The Associated Press receives financial support for global health coverage in Africa from the Gates Foundation. The AP is solely responsible for all content.", false, true},
		{"ap standards note", "Find AP’s standards for working with philanthropies, a list of supporters and funded coverage areas at AP.org.", false, true},
		{"more ap coverage", "More AP coverage of Africa: https://apnews.com/hub/africa", false, true},
		{"wire agency feed note", "(This story has been published from a wire agency feed without modifications to the text.)", false, true},
		{"telegram plea", "Join ST's Telegram channel and get the latest breaking news delivered to you.", true, true},
		{"reuters feed copyright", "(c) Copyright Thomson Reuters 2021. Click For Restrictions - https://agency.reuters.com/en/copyright.html", false, true},
		{"bloomberg contact", "To contact the reporter on this story: Jane Doe in London at jdoe@bloomberg.net", true, true},
		{"livemint plug", "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint.", true, true},
		{"app plug", "Download The Mint News App to get Daily Market Updates.", true, true},
		{"follow on google news", "Follow us on Google News", false, true},
		{"follow for the latest", "Follow SWS on Facebook for the latest news", false, true},
		{"follow for more", "Follow us on Instagram for more stories from the islands.", false, true},
		{"sentence on following for the latest", "Follow the ministry on X for the latest advice, the minister told residents.", false, false},
		{"sentence on contacting", "To contact the families, the ministry set up a hotline on Monday.", true, false},
		{"sentence on an app", "Download the app, officials urged, saying it would help trace contacts.", true, false},
		{"sentence on telegram", "Join the protest, activists wrote on Telegram on Monday night.", false, false},
		// body sentences that name an agency or touch a phrase stay
		{"sentence on a copyright", "Copyright 2024 rules were changed by the court in a ruling on Monday.", true, false},
		{"sentence on inputs", "With inputs from farmers, the ministry drew up a new plan for the harvest season.", true, false},
		{"sentence on signing up", "Thousands of volunteers have signed up here, the mayor said.", false, false},
		{"editor said with a colon", "The editor said: the paper will appeal against the ruling in the high court.", true, false},
		{"sentence naming EFE at the end", "EFE reported the figures on Monday.", true, false},
		{"efe without initials at the end", "EFE and others", true, false},
		{"sentence naming PTI at the end", "PTI said the court would sit on Monday.", true, false},
		{"pti words in capitals and lower case", "PTI Has More", true, false},
		{"sentence on following", "Follow us on Twitter, the minister told supporters at the rally.", false, false},
		{"follow the leader", "Follow the money on this one, he said.", false, false},
		{"sentence naming Anadolu", "Anadolu Agency reported that the talks would resume on Monday.", false, false},
		{"sentence naming AP", "The Associated Press could not independently verify the claims.", false, false},
		{"sentence about copyright", "The court ruled that the copyright belonged to the author, and all rights reserved by the publisher were void.", false, false},
		{"sentence with an e-mail", "Readers can write to the ombudsman at ombudsman@example.org with complaints.", false, false},
		{"sentence on contributions", "Germany contributed to this report's findings, the commission said in its review of the mission.", false, false},
		{"editor quote", "Editor in chief Maria Lopez said the paper would appeal.", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isBoilerplate(tt.in, tt.atEnd); got != tt.want {
				t.Errorf("isBoilerplate(%q, %v) = %v, want %v", tt.in, tt.atEnd, got, tt.want)
			}
		})
	}
}

func TestIsSignOff(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"-- BERNAMA", true}, {"--IANS", true}, {"— Xinhua", true}, {"--SPA", true},
		{"--SPA 14:05 LOCAL TIME 11:05 GMT", true}, {"14:05 LOCAL TIME 11:05 GMT", true},
		{"(PNA)", true}, {"(NAN)(www.nannews.ng)", true}, {"/BTA/", true}, {"PAP", true}, {"AAP", true},
		{"APS", true}, {"QNA/PP", true}, {"WAM/Hatem Mohamed/Hazem Hussein", true}, {"IANS ak/arm", true},
		{"K.F.", true}, {"/DT/", true}, {"Kyodo", true},
		{"(FRANCE 24 with AFP)", true}, {"— Agencies", true}, {"With agencies", true}, {"dh/sms (AFP, Reuters)", true},
		{"AFP/Reuters", true}, {"(AP, Reuters)", true}, {"Associated Press", true}, {"(Press Trust of India)", true},
		{"With the help of allies", false}, {"dh/sms (in Berlin)", false}, {"Germany with France", false}, {"AFP and Russia", false},
		// words of a story, or names that are no agency's
		{"-- Moscow", false}, {"(Reuters reported)", false}, {"Xinhua said the talks went well.", false},
		{"PAP said so", false}, {"xinhua", false}, {"Ukraine/Russia", false}, {"KFC.", false},
		{"The end.", false}, {"12 people", false},
		{"(A.A.)", true}, {"(ab/cd)", true}, {"(U.S. and EU)", false},
		// Ritzau signs in lower case between slashes
		{"/ritzau/", true}, {"/Ritzau/", true}, {"/NTB/", true}, {"/nato/", false},
	}
	for _, tt := range tests {
		if got := isSignOff(tt.in); got != tt.want {
			t.Errorf("isSignOff(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTrimSignOff(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The ministers discussed critical minerals and defence ties. (ANI)", "The ministers discussed critical minerals and defence ties."},
		{`"We are neighbors and partners," Marcos said. (PNA)`, `"We are neighbors and partners," Marcos said.`},
		{"The meeting dealt with bilateral relations. (end) mt.gb", "The meeting dealt with bilateral relations."},
		{"The meeting dealt with bilateral relations. (END)", "The meeting dealt with bilateral relations."},
		{"The talks went well, he said.--IANS", "The talks went well, he said."},
		{"The talks went well, he said. — Xinhua", "The talks went well, he said."},
		{"They discussed security. (NAN)(www.nannews.ng)", "They discussed security."},
		{"The ministry said so. (Reporting by Jane Roe; Editing by John Doe)", "The ministry said so."},
		{"The ministry said so. (With inputs from PTI)", "The ministry said so."},
		{"The ministry said so. (Reporting by the state media was thin)", "The ministry said so. (Reporting by the state media was thin)"},
		// an agency named in the sentence, or brackets that are no agency's
		{"The figures were reported by Xinhua (Xinhua)", "The figures were reported by Xinhua (Xinhua)"},
		{"The vote was close. (Photo: file)", "The vote was close. (Photo: file)"},
		{"He left Gaza. (Updated)", "He left Gaza. (Updated)"},
		{"Prices rose. — Moscow", "Prices rose. — Moscow"},
	}
	for _, tt := range tests {
		if got := trimSignOff(tt.in); got != tt.want {
			t.Errorf("trimSignOff(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanDropsBoilerplate(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		keep  []string // sentences that stay in the body
		drop  []string // trailers that leave it
		paras int
	}{
		{"anadolu", `Turkey, Azerbaijan hold joint drills
BAKU (AA) - Turkish and Azerbaijani troops began joint exercises near Baku on Monday, the Turkish defence ministry said.

Anadolu Agency reported that some 3,000 troops took part.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.
`, []string{"Anadolu Agency reported that some 3,000 troops took part."},
			[]string{"website contains only a portion", "subscription options"}, 2},
		{"ap", `Chile's president signs pension reform into law
SANTIAGO, Chile (AP) — Chile's president on Tuesday signed a pension reform that raises employer contributions, his office said.

The Associated Press could not reach opposition leaders for comment.

Associated Press writer Ana Torres in Santiago contributed to this report.

Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
`, []string{"The Associated Press could not reach opposition leaders for comment."},
			[]string{"contributed to this report", "All rights reserved", "redistributed"}, 2},
		{"xinhua", `China, Laos sign railway deal
VIENTIANE, May 6 (Xinhua) -- China and Laos signed an agreement on Saturday to extend their cross-border railway, Xinhua learned from the Lao transport ministry.

Xinhua said the line would open in 2027.

Enditem

[Editor: Chen Lu]
`, []string{"Xinhua said the line would open in 2027."}, []string{"Enditem", "Chen Lu"}, 2},
		{"yonhap", `S. Korea, Japan agree to resume shuttle diplomacy
SEOUL, Jan. 9 (Yonhap) -- South Korea and Japan agreed on Thursday to resume regular visits by their leaders, the presidential office said.

Yonhap learned that the first visit could come in March.

jkim@yna.co.kr

(END)
`, []string{"Yonhap learned that the first visit could come in March."}, []string{"yna.co.kr", "(END)"}, 2},
		{"afp", `France, Italy mend ties after migrant row
PARIS (AFP) - France and Italy on Friday agreed to set up a joint task force on migration after weeks of tension, the French presidency said.

AFP was told that the two leaders spoke by phone.

bur-ab/cd

© Agence France-Presse
`, []string{"AFP was told that the two leaders spoke by phone."}, []string{"bur-ab/cd", "Agence France-Presse"}, 2},
		{"interfax-ukraine", `Kyiv to set up new border crossings with Moldova
KYIV. Oct 2 (Interfax-Ukraine) - Ukraine will open two more border crossings with Moldova next year, the border service said on Wednesday.

Interfax-Ukraine earlier reported that freight traffic had doubled.

Interfax-Ukraine
`, []string{"Interfax-Ukraine earlier reported that freight traffic had doubled."}, []string{"doubled.\n\nInterfax-Ukraine"}, 2},
		{"efe", `Peru's Congress removes president
Lima, Dec 7, 2022 (EFE).- Peru's Congress voted on Wednesday to remove President Pedro Castillo from office hours after he tried to dissolve the legislature.

EFE learned that Castillo was detained on his way to the Mexican embassy.

EFE lb/rs
`, []string{"EFE learned that Castillo was detained"}, []string{"EFE lb/rs"}, 2},
		{"pti", `Supreme Court upholds scrapping of Article 370
New Delhi, Dec 11 (PTI) The Supreme Court on Monday upheld the abrogation of Article 370, which gave special status to Jammu and Kashmir.

PTI learned that the bench would also rule on statehood.
PTI ABA SJK MNK
`, []string{"PTI learned that the bench would also rule"}, []string{"PTI ABA SJK MNK"}, 2},
		{"irna", `Iran, Iraq sign security pact
Tehran, March 19, 2023, IRNA -- Iran and Iraq signed a security agreement on Sunday on their shared border, IRNA reported.

IRNA said the deal covers the Kurdistan region.

3125**2096
Follow us on Twitter @ExampleNews
`, []string{"IRNA said the deal covers"}, []string{"3125**2096", "Follow us"}, 2},
		{"ani tag closing the story", `Jaishankar holds talks with Wong
New Delhi [India], March 7 (ANI): External Affairs Minister S Jaishankar held talks with Australian Foreign Minister Penny Wong on Tuesday.

The ministers discussed critical minerals and defence ties. (ANI)
`, []string{"defence ties."}, []string{"(ANI)"}, 2},
		{"bernama and ians sign-offs, desk initials", `Anwar, Widodo agree on border talks
KUALA LUMPUR, May 21 (Bernama) -- Prime Minister Anwar Ibrahim and Indonesian President Joko Widodo agreed to speed up border talks on Tuesday.

Anwar said the two countries would also work together on palm oil.

-- BERNAMA

--IANS

ak/arm
`, []string{"work together on palm oil."}, []string{"BERNAMA", "IANS", "ak/arm"}, 2},
		{"kuna end mark in the last paragraph", `Kuwait Amir receives Blinken
KUWAIT, March 12 (KUNA) -- The Amir received U.S. Secretary of State Antony Blinken on Tuesday.

The meeting dealt with bilateral relations. (end) mt.gb
`, []string{"bilateral relations."}, []string{"(end)", "mt.gb"}, 2},
		{"spa sign-off and times", `Crown Prince receives U.S. Secretary of State
Riyadh, March 12, 2024, SPA -- The Crown Prince received U.S. Secretary of State Antony Blinken on Tuesday.

Foreign Minister Prince Faisal bin Farhan attended the meeting.

--SPA
14:05 LOCAL TIME 11:05 GMT
`, []string{"attended the meeting."}, []string{"--SPA", "LOCAL TIME"}, 2},
		{"antara links, labels and copyright", `Widodo, Marcos discuss South China Sea
Jakarta (ANTARA) - Indonesian President Joko Widodo received Philippine President Ferdinand Marcos Jr. at the Bogor Palace on Tuesday.

The two leaders discussed the South China Sea and trade.

Related news: Indonesia, Philippines sign energy deal
Related news: Marcos arrives in Jakarta

Reporter: Andi Firmansyah
Editor: Budi Santoso
COPYRIGHT © ANTARA 2024
`, []string{"South China Sea and trade."}, []string{"Related news", "Reporter:", "Editor:", "COPYRIGHT"}, 2},
		{"ansa rights line", `Meloni meets Gulf ministers
(ANSA) - ROME, NOV 9 - Premier Giorgia Meloni met foreign ministers from the Gulf on Thursday to discuss the war in Gaza.

Meloni said Italy was working for a humanitarian truce.

ALL RIGHTS RESERVED © Copyright ANSA
`, []string{"humanitarian truce."}, []string{"RESERVED", "Copyright"}, 2},
		{"nan tag, site and editor", `Tinubu meets Blinken in Abuja
Abuja, March 12, 2024 (NAN) President Bola Tinubu on Tuesday received U.S. Secretary of State Antony Blinken at the Presidential Villa.

They discussed security in the Sahel.

(NAN)(www.nannews.ng)

Edited by Sadiya Hamza
`, []string{"security in the Sahel."}, []string{"(NAN)", "nannews", "Edited by"}, 2},
		{"wafa initials and an agency named in the story", `Mustafa meets Blinken
RAMALLAH, May 16, 2024 (WAFA) – Prime Minister Mohammad Mustafa met U.S. Secretary of State Antony Blinken on Thursday, WAFA reported.

Mustafa called for an end to the war on Gaza, WAFA said.

K.F.
`, []string{"WAFA reported.", "Gaza, WAFA said."}, []string{"K.F."}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean(dateline.Raw{Source: "x.txt", Format: "text", Bytes: []byte(tt.in)})
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			if a.Dateline == nil {
				t.Errorf("no dateline")
			}
			for _, k := range tt.keep {
				if !strings.Contains(a.Body, k) {
					t.Errorf("body lost %q:\n%s", k, a.Body)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(a.Body, d) {
					t.Errorf("body keeps %q:\n%s", d, a.Body)
				}
			}
			if len(a.Paragraphs) != tt.paras {
				t.Errorf("%d paragraphs, want %d:\n%s", len(a.Paragraphs), tt.paras, a.Body)
			}
		})
	}
}

func TestDropEnd(t *testing.T) {
	story := "The ministers met on Tuesday."
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"slash ends", []string{story, "/ENDS"}, []string{story}},
		{"dashed ends", []string{story, "-ENDS-"}, []string{story}},
		{"end and initials", []string{story, "(end) mt.gb"}, []string{story}},
		{"related news links", []string{story, "Related news: Indonesia, Philippines sign energy deal"}, []string{story}},
		{"agency and desk", []string{story, "QNA/PP"}, []string{story}},
		{"tag in the last paragraph", []string{story, "They met again. (Kyodo)"}, []string{story, "They met again."}},
		{"the end of a sentence stays", []string{story, "It was the end."}, []string{story, "It was the end."}},
		{"stamp closing the page", []string{story, "First Published: Mar 03 2021 | 2:05 PM IST"}, []string{story}},
		{"newspaper's issue", []string{story, "Published in Dawn, March 3rd, 2021"}, []string{story}},
		{"paper of two words", []string{story, "Published in The Express Tribune, March 3rd, 2021"}, []string{story}},
		{"a sentence about publishing stays", []string{story, "The report was published in Geneva on March 3, 2021, after a delay."}, []string{story, "The report was published in Geneva on March 3, 2021, after a delay."}},
		{"tags line", []string{story, "Tags: Burkina Faso, coup, ECOWAS, Diendéré"}, []string{story}},
		{"read more about", []string{story, "Read more about: Estonia, Russia"}, []string{story}},
		{"zero end mark", []string{story, "-0-"}, []string{story}},
		{"xxx end mark", []string{story, "xxx"}, []string{story}},
		{"efe fin", []string{story, "(FIN)"}, []string{story}},
		{"end in em dashes", []string{story, "—END—"}, []string{story}},
		{"three stars", []string{story, "* * *"}, []string{story}},
		{"desk initials in brackets", []string{story, "(ab/cd)"}, []string{story}},
		{"initials in brackets", []string{story, "(A.A.)"}, []string{story}},
		{"comment count", []string{story, "Comments (0)"}, []string{story}},
		{"comments", []string{story, "12 comments"}, []string{story}},
		{"print link", []string{story, "Print this article"}, []string{story}},
		{"a sentence on comments stays", []string{story, "Comments were closed."}, []string{story, "Comments were closed."}},
		{"a sentence ending in fin stays", []string{story, "The word for end is fin."}, []string{story, "The word for end is fin."}},
		{"tags line before a sign-off", []string{story, "Keywords: Russia, Ukraine, grain deal, Black Sea ports, Istanbul", "(END)"}, []string{story}},
		{"a lone story stays", []string{"/ENDS"}, []string{"/ENDS"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, stamp := dropEnd(dropFurniture(append([]string(nil), tt.in...), new([]string)))
			if strings.Contains(tt.name, "stamp") || strings.Contains(tt.name, "issue") || strings.Contains(tt.name, "paper") {
				if stamp.String() != "2021-03-03" {
					t.Errorf("stamp %q, want 2021-03-03", stamp)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestIsTrailer(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Reporting by Aziz Haddad; Editing by Mark Heinrich", true},
		{"(Reporting by Aziz Haddad)", true},
		{"*Writing by Mahmoud Barakat", true}, // Anadolu
		{"-- Reporting by Jane Roe", true},
		{"Reporting by the state media was limited.", false},
		{"Reporting by the Kyiv newsroom; Editing by Mark Heinrich", true},
		{"(Reporting by Reuters bureaus)", true},
		{"Writing was on the wall, he said.", false},
	}
	for _, tt := range tests {
		if got := isTrailer(tt.in); got != tt.want {
			t.Errorf("isTrailer(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
