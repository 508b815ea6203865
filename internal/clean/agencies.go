package clean

import "strings"

// wireAgencies are news agencies by the names they sign their copy with,
// in the case they write them. The cleaner reads them without brackets in
// datelines ("Tehran, IRNA --", "TOKYO, March 11 Kyodo -", "Moscow. 3
// March. INTERFAX -") and drops them where they sign a story off ("--
// BERNAMA", "(ANI)", "— Xinhua").
var wireAgencies = []string{
	// Iran, Russia and its neighbours
	"IRNA", "ISNA", "Mehr", "MNA", "Tasnim", "Fars", "IRIB", "TASS", "ITAR-TASS", "Interfax", "Interfax-Ukraine",
	"RIA", "RIA Novosti", "Sputnik", "UNIAN", "Ukrinform", "BelTA", "Trend", "Azertag", "APA", "Armenpress",
	"Kazinform", "Kabar", "AKIpress",
	// East and South-East Asia
	"Xinhua", "Yonhap", "KCNA", "Kyodo", "Kyodo News", "Jiji", "Jiji Press", "CNA", "VNA", "Bernama", "Antara",
	"PNA", "AKP", "Montsame",
	// South Asia
	"PTI", "IANS", "ANI", "UNI", "APP", "BSS", "RSS",
	// Middle East and North Africa
	"Anadolu", "AA", "WAFA", "SANA", "KUNA", "WAM", "QNA", "SPA", "MENA", "Petra", "BNA", "ONA", "NNA", "INA",
	"APS", "MAP", "TAP", "LANA",
	// Africa
	"NAN", "ENA", "KNA", "GNA",
	// Europe
	"AFP", "AP", "Reuters", "dpa", "ANSA", "EFE", "BTA", "CTK", "ČTK", "PAP", "MTI", "HINA", "Hina", "Tanjug",
	"Agerpres", "STA", "TANJUG", "LUSA", "Lusa", "ANP", "Belga", "APA-OTS", "AAP", "BNS", "LETA", "ELTA",
	"Ritzau", "NTB",
	// the Americas
	"Prensa Latina", "Telam", "Télam", "Notimex", "Agencia Brasil", "Agência Brasil", "UPI",
	// names written in full in bylines, stamps and sign-offs
	"Associated Press", "The Associated Press", "Agence France-Presse", "Agence France Presse",
	"Deutsche Presse-Agentur", "Yonhap News Agency", "Xinhua News Agency", "Anadolu Agency",
	"Press Trust of India", "Indo-Asian News Service", "Asian News International", "United News of India",
	"Associated Press of Pakistan", "Philippine News Agency", "Saudi Press Agency", "Kuwait News Agency",
	"Qatar News Agency", "Emirates News Agency", "Bahrain News Agency", "Oman News Agency",
	"Middle East News Agency", "Islamic Republic News Agency", "Syrian Arab News Agency",
	"News Agency of Nigeria", "Algeria Press Service", "Tunis Afrique Presse", "Bulgarian News Agency",
	"Czech News Agency", "Polish Press Agency", "Baltic News Service", "Australian Associated Press", "Malaysian National News Agency",
	"Bangladesh Sangbad Sangstha", "Vietnam News Agency", "Korean Central News Agency", "Ethiopian News Agency",
	"Ghana News Agency", "Kenya News Agency", "Agencia EFE", "Kyodo News", "Jiji Press",
}

// accents folds the accented letters of agencies' names; it is never
// changed.
var accents = strings.NewReplacer("Č", "C", "É", "E", "Ê", "E")

// agencyKey folds an agency's name for look-up: upper case, "Č" as "C".
func agencyKey(s string) string {
	return accents.Replace(strings.ToUpper(strings.TrimSpace(s)))
}

// agencyKeys is wireAgencies folded by agencyKey; it is never changed.
var agencyKeys = func() map[string]bool {
	m := make(map[string]bool, len(wireAgencies))
	for _, a := range wireAgencies {
		m[agencyKey(a)] = true
	}
	return m
}()

// isWireAgency reports whether s names a wire agency, written as the
// agency writes it or in capitals ("Xinhua", "XINHUA"; not "xinhua",
// except dpa and Ritzau, which sign in lower case: "/ritzau/").
func isWireAgency(s string) bool {
	if s == "" || !agencyKeys[agencyKey(s)] {
		return false
	}
	if s == "dpa" || s == "ritzau" {
		return true
	}
	return titleWord(s)
}

// agencyPlaces are agencies' names that a dateline's place in capitals can
// never be ("KYODO NEWS - Mar 7, 2023", "NNA - The caretaker premier ..."):
// the agency itself stands there. Names that are also places (Petra,
// Trend, Mehr) are not among them.
var agencyPlaces = func() map[string]bool {
	m := map[string]bool{}
	for _, a := range wireAgencies {
		switch agencyKey(a) {
		case "PETRA", "TREND", "MEHR", "FARS", "KABAR", "INA", "MAP", "AP", "AFP", "REUTERS", "TASS":
			continue
		}
		m[agencyKey(a)] = true
	}
	for _, a := range []string{"KYODO NEWS", "YONHAP NEWS", "YONHAP NEWS AGENCY", "XINHUA NEWS AGENCY", "ANADOLU AGENCY", "ANTARA NEWS", "BERNAMA NEWS"} {
		m[a] = true
	}
	return m
}()
