package actors

// Closed word lists the stage reads names with. They are English function
// words and cue words, not facts about actors (those live in the KB).

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// honorifics before a name, with the gender they give.
var honorifics = map[string]string{
	"Mr.": "m", "Mr": "m", "Mrs.": "f", "Mrs": "f", "Ms.": "f", "Ms": "f", "Miss": "f",
	"Dr.": "", "Dr": "", "Prof.": "", "Messrs.": "", "Mme": "f", "Mme.": "f", "Sir": "m", "Dame": "f",
}

// styleHonorifics are Malaysian honorific styles written before a name
// ("Datuk Seri Anwar Ibrahim", "Tun Dr Mahathir Mohamad"); "Tan Sri",
// "Puan Sri" and "Toh Puan" are read as pairs, and styleRanks may follow
// the first word ("Datuk Seri", "Dato' Sri").
var styleHonorifics = set("Datuk", "Dato", "Datin", "Tun")

var styleRanks = set("Seri", "Sri", "Paduka")

// abbreviated titles before a name: the title they stand for and its sector.
var titleAbbrevs = map[string][2]string{
	"Sen.": {"Senator", "LEG"}, "Rep.": {"Representative", "LEG"}, "Gov.": {"Governor", "GOV"},
	"Gen.": {"General", "MIL"}, "Lt.": {"Lieutenant", "MIL"}, "Col.": {"Colonel", "MIL"},
	"Maj.": {"Major", "MIL"}, "Capt.": {"Captain", "MIL"}, "Sgt.": {"Sergeant", "MIL"},
	"Adm.": {"Admiral", "MIL"}, "Brig.": {"Brigadier", "MIL"}, "Cmdr.": {"Commander", "MIL"},
	"Rev.": {"Reverend", "REL"},
}

// militaryRanks may stand between an officer's title and name
// ("spokesman Colonel Tamala Phiri").
var militaryRanks = set("Colonel", "Lieutenant", "Major", "General", "Brigadier", "Captain", "Commander",
	"Admiral", "Sergeant", "Lieutenant-Colonel", "Lt.", "Col.", "Maj.", "Gen.", "Brig.", "Capt.", "Cmdr.", "Adm.", "Sgt.")

// determiners before a role noun or a body ("the foreign minister").
var determiners = set("the", "a", "an", "his", "her", "its", "their", "our", "whose", "this", "that")

// words before a title that do not change whom it names.
var titlePrefixes = set("deputy", "acting", "vice", "senior", "interim", "first", "top", "chief", "new",
	"outgoing", "incoming", "then", "de", "facto", "caretaker", "transitional", "self-proclaimed",
	"self-declared", "newly", "elected", "appointed", "current", "rotating", "sitting", "incumbent")

// rankPrefixes are the title prefixes that change the office: "Deputy
// Speaker" is not the Speaker. They are kept before the title of a person
// named.
var rankPrefixes = set("deputy", "vice", "acting", "interim", "assistant", "caretaker", "transitional")

// words before a title that make it a past role: the title is not kept.
var pastPrefixes = set("former", "ex", "late", "ex-", "ousted", "deposed", "toppled", "exiled",
	"slain", "assassinated", "disgraced", "onetime", "one-time")

// locative prepositions: a country or capital after one is a place.
var locatives = set("in", "at", "to", "from", "into", "near", "across", "inside", "outside",
	"throughout", "within", "toward", "towards", "via", "around", "through", "across", "visit",
	"visited", "visiting", "across", "between", "entered", "left", "leaving", "reached", "arrived")

// Capitalised words that never start or join a name.
var stopCaps = set("The", "A", "An", "In", "On", "At", "But", "And", "Or", "He", "She", "It",
	"They", "We", "I", "You", "This", "That", "These", "Those", "His", "Her", "Their", "Its",
	"Our", "After", "Before", "When", "While", "As", "If", "Some", "Many", "There", "Here",
	"What", "Who", "Why", "How", "Where", "Which", "Also", "Meanwhile", "However", "So", "Yet",
	"For", "From", "To", "With", "By", "Of", "Under", "Over", "Last", "Next", "Earlier", "Later",
	"Both", "All", "Such", "Most", "More", "No", "Not", "One", "Two", "Three", "Asked", "Speaking",
	"According", "Despite", "During", "Since", "Until", "Although", "Though", "Because", "Now",
	"Then", "Today", "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday",
	"Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.",
	"Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Is", "Are", "Was", "Were",
	"Will", "Would", "Could", "Should", "Can", "May", "Might", "Must", "Do", "Does", "Did", "Has",
	"Have", "Had", "Be", "Been", "Let", "Please", "Thank", "Yes", "Every", "Each", "Any", "Other",
	"Another", "Several", "Few", "Only", "Even", "Just", "Still", "Already", "Again", "Instead",
	"Moreover", "Separately", "Thus", "Hence", "Indeed", "Perhaps", "Maybe", "Like", "Unlike",
	"Among", "Against", "About", "Above", "Below", "Without", "Within", "Across", "Through",
	"Into", "Upon", "Via", "Per", "Mr.", "Mrs.", "Ms.", "Dr.", "Said", "Says", "Say", "Told",
	"Tells", "Warns", "Warned", "Meets", "Met", "Calls", "Called", "Urges", "Urged", "Vows",
	"Rejects", "Denies", "Slams", "Backs", "Seeks", "Plans", "Set", "Sets", "New", "Old",
	"Breaking", "Update", "Updated", "Exclusive", "Analysis", "Opinion", "Editorial", "Photo",
	"Video", "Watch", "Read", "More", "Reuters", "AP", "AFP", "TASS")

// particles inside a name ("Bashar al-Assad", "Ursula von der Leyen").
var nameParticles = set("al", "bin", "ibn", "bint", "de", "van", "von", "der", "den", "da",
	"di", "du", "la", "le", "el", "dos", "das", "del", "ben", "abu", "y")

// words that end an organisation's name.
var orgKeywords = set("Ministry", "Council", "Committee", "Commission", "Party", "Front", "Army",
	"Agency", "Union", "Bank", "University", "Institute", "Organization", "Organisation",
	"Association", "Court", "Assembly", "Parliament", "Office", "Department", "Service",
	"Services", "Authority", "Fund", "Center", "Centre", "Foundation", "Network", "Coalition",
	"Alliance", "League", "Movement", "Brigade", "Brigades", "Forces", "Force", "Guard", "Corps",
	"Group", "Company", "Corporation", "Corp.", "Inc.", "Ltd.", "Watch", "International",
	"Observatory", "Federation", "Congress", "Senate", "Police", "Navy", "Church", "Hospital",
	"Airlines", "Times", "Post", "News", "Television", "Radio", "Press", "Board", "Bureau",
	"Cabinet", "Secretariat", "Tribunal", "Embassy", "Consulate", "Mission", "Administration",
	"Directorate", "Command", "Battalion", "Regiment", "Division", "Militia", "Legion", "Society",
	"Trust", "Initiative", "Programme", "Program", "Project", "Institution", "Academy", "College",
	"School", "Club", "Faction", "Bloc", "Caucus", "Government", "Administration", "Group",
	"Inc", "Ltd", "LLC", "Agency", "Club", "Mission", "House", "Commons", "Lords", "Duma", "Knesset",
	"Majlis", "Rada", "Chamber", "Ministries", "Committees", "Councils", "Parties", "Unions",
	"Resources", "Holdings", "Industries", "Motors", "Airways", "Energy", "Petroleum",
	"Partners", "Associates", "Systems", "Technologies", "Media", "Insurance", "Investments",
	"Clinic", "Museum", "Library", "Hotel")

// groupNouns are plural nouns that take a possessive inside the names of
// bodies ("People's Liberation Army", "Workers' Party").
var groupNouns = set("People", "Peoples", "Workers", "Women", "Farmers", "Citizens", "Children",
	"Doctors", "Lawyers", "Journalists", "Teachers", "Students", "Veterans", "Mothers", "Nations")

// nonPersonEnds end names of things that are neither people nor bodies
// ("World Cup", "Marshall Plan", "Nobel Prize"): a name with one is no
// person's.
var nonPersonEnds = set("Cup", "Games", "Olympics", "Prize", "Award", "Awards", "Plan", "Doctrine",
	"Act", "Accords", "Accord", "Agreement", "Treaty", "Declaration", "Festival", "Hall", "Gardens",
	"Park", "Tower", "Building", "Theatre", "Theater", "Stadium", "Capital", "Day", "Week",
	"Partnership")

// words that may join the parts of an organisation's name.
var orgConnectors = set("of", "for", "and", "the", "on", "in", "&")

// speech verbs that make a capitalised name next to them a speaker.
var speechVerbs = set("said", "says", "told", "tells", "added", "adds", "stated", "explained",
	"announced", "warned", "warns", "noted", "insisted", "wrote", "writes", "tweeted", "declared",
	"asked", "urged", "argued", "argues", "claimed", "confirmed", "denied", "stressed", "recalled",
	"replied", "responded", "acknowledged", "admitted", "conceded", "emphasized", "emphasised",
	"suggested", "predicted", "complained", "charged", "alleged", "testified", "posted", "tells")

// head nouns of an appositive that make the name before it a place.
var placeNouns = set("city", "town", "village", "province", "region", "country", "state",
	"area", "district", "stronghold", "capital", "port", "border", "island", "neighborhood",
	"neighbourhood", "suburb", "county", "territory", "enclave", "valley", "river", "base",
	"airport", "camp", "crossing", "governorate", "republic", "kingdom", "nation", "site",
	"company", "firm", "group", "organization", "organisation", "agency", "newspaper", "party",
	"network", "channel", "website", "ministry", "body", "bloc", "alliance", "coalition",
	"movement", "militia", "faction", "daily", "weekly", "publication", "outlet", "station",
	"club", "team", "airline", "carrier", "bank", "university", "hospital", "school", "magazine",
	"broadcaster", "league", "union", "charity", "watchdog", "regulator", "lender", "insurer")

// pronouns that give a gender.
var pronounGender = map[string]string{
	"he": "m", "him": "m", "his": "m", "himself": "m",
	"she": "f", "her": "f", "hers": "f", "herself": "f",
}

// title words that give a gender.
var titleGender = map[string]string{
	"spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f",
	"congressman": "m", "congresswoman": "f", "king": "m", "queen": "f", "prince": "m",
	"princess": "f", "businessman": "m", "businesswoman": "f", "sheikh": "m", "sheikha": "f",
	"emir": "m", "mother": "f", "father": "m", "wife": "f", "husband": "m", "widow": "f",
	"son": "m", "daughter": "f", "brother": "m", "sister": "f", "lady": "f", "sir": "m",
	"councilman": "m", "councilwoman": "f", "policeman": "m", "policewoman": "f",
}

// single words that are names of KB people but far more often something
// else: they link to the person only when the article names him or her in
// full, or with a title or honorific.
var ambiguousSurnames = set("May", "Rice", "Bush", "Brown", "Power", "Price", "Carter", "Ford",
	"Church", "Major", "Black", "White", "Green", "Young", "King", "Hill", "Cook", "Mill",
	"Johnson", "Jordan", "Paris", "Chad", "Georgia", "Israel", "Kim", "Lee", "Li", "Wang",
	"Zhang", "Liu", "Chen", "Park", "Khan", "Ali", "Hassan", "Hussein", "Abdullah", "Mohammed",
	"Muhammad", "Said", "Sharif", "Singh", "Gandhi", "Castro", "Santos", "Silva", "Moon",
	"Rose", "Long", "Little", "Rich", "Bolton", "Miller", "Smith", "Jones", "Williams", "Davis",
	"Wilson", "Taylor", "Thomas", "Jackson", "Harris", "Martin", "Clark", "Lewis", "Walker",
	"Hall", "Allen", "Wright", "Scott", "Adams", "Baker", "Nelson", "Mitchell", "Roberts",
	"Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart",
	"Morris", "Rogers", "Reed", "Bell", "Murphy", "Bailey", "Cooper", "Ward", "Gray", "Grey",
	"James", "Watson", "Brooks", "Kelly", "Sanders", "Bennett", "Wood", "Barnes", "Ross",
	"Henderson", "Coleman", "Jenkins", "Perry", "Powell", "Patterson", "Hughes", "Flores",
	"Washington", "Butler", "Simmons", "Foster", "Bryant", "Alexander", "Russell", "Griffin",
	"Hayes", "Myers", "Hamilton", "Graham", "Sullivan", "Wallace", "West", "Cole", "Jordan",
	"Reynolds", "Fox", "Stone", "Hunt", "Rice", "Cruz", "Moore", "Lopez", "Gonzalez", "Truss")

// generic title heads that a capitalised word may qualify ("Infrastructure
// Minister", "Information Minister").
var genericHeads = set("minister", "secretary", "director", "chief", "spokesman", "spokeswoman",
	"spokesperson", "ambassador", "envoy", "commander", "head", "adviser", "advisor",
	"coordinator", "representative", "chairman", "chairwoman", "governor", "mayor", "official",
	"commissioner", "administrator", "counsellor", "counselor", "attorney", "cabinet secretary")

// portfolio nouns that qualify a generic title in lower case ("the
// information minister").
var portfolios = set("information", "economy", "economic", "finance", "defence", "defense",
	"interior", "justice", "health", "education", "energy", "oil", "trade", "transport",
	"infrastructure", "agriculture", "culture", "labour", "labor", "environment", "industry",
	"tourism", "communications", "housing", "development", "planning", "intelligence",
	"security", "immigration", "home", "water", "electricity", "youth", "sports", "religious",
	"petroleum", "treasury", "commerce", "science", "digital", "media", "social", "welfare",
	"army", "navy", "police", "military", "emergency", "emergencies", "refugee", "refugees")

// titleFamilies maps a generic role noun's canonical title (lower case) to
// the canonical titles of the offices it may name: "the Russian leader" is
// the President or the Prime Minister, "the Chinese envoy" the UN
// Ambassador or a Special Envoy. A specific title always fits itself.
var titleFamilies = map[string][]string{
	"leader": {"president", "prime minister", "chancellor", "king", "queen", "emir", "sultan",
		"supreme leader", "crown prince", "rebel leader", "opposition leader", "party leader",
		"de facto leader", "secretary-general", "head of state"},
	"ambassador": {"un ambassador", "special envoy", "high commissioner", "special representative",
		"permanent representative"},
	"un ambassador": {"ambassador"},
	"spokesperson":  {"press secretary", "foreign ministry spokesperson", "defence ministry spokesperson"},
	"minister": {"foreign minister", "defence minister", "interior minister", "finance minister",
		"justice minister", "deputy foreign minister", "deputy defence minister", "deputy prime minister",
		"minister of state", "unification minister", "energy minister", "oil minister", "economy minister",
		"commerce minister", "public safety minister"},
	"official": {"foreign minister", "deputy foreign minister", "ambassador", "un ambassador",
		"special envoy", "spokesperson", "foreign ministry spokesperson", "press secretary", "minister",
		"adviser", "national security adviser"},
	"director":           {"cia director", "fbi director", "director of national intelligence", "intelligence chief"},
	"intelligence chief": {"cia director", "director of national intelligence"},
	"commander":          {"chief of staff", "general", "admiral"},
}

// familyFirst are the countries whose people are named family name first
// in English-language wire copy ("Kim Yung-ho" is "Kim").
var familyFirst = set("CHN", "TWN", "HKG", "MAC", "KOR", "PRK")

// rankTitles are the canonical titles of military ranks: after an office
// ("army chief of staff General X") the office is the person's title.
var rankTitles = set("general", "admiral", "colonel", "officer")

// genericNouns are role nouns too vague to name an office by themselves
// ("its head", "the chief").
var genericNouns = set("head", "chief", "boss", "chair", "official", "officials")

// familyNouns are role nouns as written whose family is narrower than
// their canonical title's: "the Russian diplomat" is an official of the
// foreign service.
var familyNouns = map[string][]string{
	"diplomat":       {"foreign minister", "deputy foreign minister", "ambassador", "un ambassador", "special envoy", "foreign ministry spokesperson"},
	"top diplomat":   {"foreign minister"},
	"chief diplomat": {"foreign minister"},
	"envoy":          {"ambassador", "un ambassador", "special envoy", "special representative", "permanent representative"},
	"negotiator":     {"deputy foreign minister", "foreign minister", "special envoy"},
}

// placeWords end the names of places, never of people ("Firdos Square").
var placeWords = set("Square", "Street", "Avenue", "Road", "Bridge", "Crossing", "Airport",
	"Camp", "Gate", "Mosque", "Palace", "Stadium", "Boulevard", "Highway", "Port", "Harbour",
	"Harbor", "Valley", "Mountains", "Hills", "Island", "Islands", "Province", "District",
	"Governorate", "Region", "Oblast", "Strait", "Sea", "Gulf", "River", "Lake")

// personPossessions are nouns that, after a name in the possessive, make
// the name a person's ("Julius Malema's remarks", "Mantashe's lawyer").
var personPossessions = set("lawyer", "lawyers", "attorney", "attorneys", "wife", "husband", "son",
	"daughter", "brother", "sister", "father", "mother", "widow", "aide", "aides", "adviser",
	"advisers", "advisor", "advisors", "predecessor", "successor", "remarks", "comments",
	"resignation", "arrest", "detention", "trial", "death", "funeral", "inauguration", "premiership")

// speakingWords after a name and a comma make it a speaker's ("X,
// speaking in parliament, said").
var speakingWords = set("speaking", "addressing", "writing", "interviewed", "quoted", "responding",
	"commenting", "reacting", "testifying")

// commonGivenNames are given names frequent in the news that the KB's
// people may not have.
var commonGivenNames = set("John", "James", "Robert", "Michael", "William", "David", "Richard",
	"Joseph", "Thomas", "Charles", "Daniel", "Matthew", "Mark", "Paul", "Steven", "Andrew",
	"Peter", "George", "Edward", "Patrick", "Samuel", "Simon", "Stephen", "Mary", "Patricia",
	"Jennifer", "Linda", "Elizabeth", "Susan", "Sarah", "Karen", "Nancy", "Lisa", "Margaret",
	"Emily", "Emma", "Olivia", "Sophie", "Anna", "Maria", "Marie", "Julia", "Laura", "Helen",
	"Jean", "Pierre", "Jacques", "Michel", "Philippe", "Francois", "François", "Nicolas", "Olivier",
	"Hans", "Klaus", "Jürgen", "Juergen", "Wolfgang", "Stefan", "Thomas", "Markus", "Giuseppe",
	"Giovanni", "Marco", "Luca", "Francesco", "Juan", "José", "Jose", "Carlos", "Luis", "Miguel",
	"Pedro", "Manuel", "Jorge", "Javier", "Pablo", "Diego", "Fernando", "Ricardo", "Eduardo",
	"Sergio", "Ana", "Luisa", "Carmen", "Rosa", "Gabriela", "João", "Joao", "Paulo", "Ivan",
	"Sergei", "Sergey", "Dmitry", "Dmitri", "Vladimir", "Alexei", "Alexander", "Andrei", "Nikolai",
	"Mikhail", "Yuri", "Oleg", "Igor", "Olga", "Natalia", "Irina", "Tatiana", "Elena", "Yulia",
	"Volodymyr", "Oleksandr", "Oleksiy", "Andriy", "Mykola", "Viktor", "Piotr", "Jan", "Tomasz",
	"Mohammed", "Mohammad", "Muhammad", "Mohamed", "Ahmed", "Ahmad", "Mahmoud", "Mustafa",
	"Hassan", "Hussein", "Ibrahim", "Youssef", "Yousef", "Khalid", "Khaled", "Omar", "Abdullah",
	"Abdel", "Abdul", "Ali", "Hamid", "Karim", "Tariq", "Walid", "Samir", "Nabil", "Fatima",
	"Aisha", "Mariam", "Layla", "Reza", "Hossein", "Mehdi", "Amir", "Yosef", "Moshe", "David",
	"Avi", "Yossi", "Mehmet", "Mustafa", "Ahmet", "Emre", "Murat", "Fatih", "Rajesh", "Rahul",
	"Amit", "Sunil", "Anil", "Priya", "Sanjay", "Vijay", "Aung", "Nguyen", "Kofi",
	"Kwame", "Kwabena", "Yaw", "Amadou", "Mamadou", "Moussa", "Ousmane", "Ibrahima", "Abdoulaye",
	"Oumar", "Boubacar", "Aminata", "Fatoumata", "Chinedu", "Emeka", "Olusegun", "Oluwaseun",
	"Tunde", "Bola", "Ngozi", "Chukwuma", "Uche", "Musa", "Yakubu", "Aliyu", "Abubakar", "Sani",
	"Thabo", "Sipho", "Jacob", "Nelson", "Julius", "Joyce", "Grace", "Faith", "Esther", "Ruth",
	"Mercy", "Agnes", "Josephine", "Felix", "Godfrey", "Moses", "Isaac", "Abraham", "Emmanuel",
	"Innocent", "Patience", "Blessing", "Hakim", "Juma", "Hamisi", "Wanjiku", "Kamau", "Otieno",
	"Haruki", "Hiroshi", "Takeshi", "Yuki", "Kenji", "Min", "Jae", "Wei", "Li", "Zhang")

// notGivenNames are first words of KB names that are not given names
// ("Sheikh", "Grand").
var notGivenNames = set("Sheikh", "Grand", "Saint", "Archbishop", "Cardinal", "Chairman", "Admiral",
	"General", "Baroness", "Lord", "Lady", "King", "Queen", "Prince", "Princess", "Crown", "Emir",
	"Sultan", "President", "Prime", "Pope", "Ayatollah", "Imam", "Mullah", "Field", "Marshal",
	"Supreme", "Senior", "Commander", "Colonel", "Captain", "Major", "Bishop", "Patriarch", "Justice",
	"Judge", "Senator", "Governor", "Minister", "Secretary", "Mayor", "Deputy", "Vice")

// placePrefixes open the names of places, never of people ("Port
// Elizabeth", "Mount Sinjar").
var placePrefixes = set("Port", "Mount", "Lake", "Cape", "Fort", "Saint", "St.", "San", "Santa",
	"New", "North", "South", "East", "West", "Upper", "Lower", "Greater", "Central", "Northern",
	"Southern", "Eastern", "Western", "Gulf", "Bay", "Sea", "River", "Camp", "Greater")

// nationalTitles are the canonical titles of national offices: named
// without a country in a datelined story, they are the dateline country's.
var nationalTitles = set("president", "vice president", "prime minister", "deputy prime minister",
	"chancellor", "foreign minister", "defence minister", "interior minister", "finance minister",
	"justice minister", "minister", "press secretary", "unification minister", "energy minister",
	"oil minister", "economy minister", "commerce minister", "public safety minister", "speaker", "king", "queen", "emir",
	"crown prince", "supreme leader", "minister of state", "deputy foreign minister", "mayor", "governor",
	"opposition leader", "spokesperson", "chief of staff", "commander", "general", "colonel", "admiral",
	"police chief", "prosecutor", "judge", "senator", "representative", "deputy president",
	"national security adviser", "central bank governor", "attorney general", "intelligence chief",
	"deputy defence minister", "vice foreign minister", "chief cabinet secretary", "majority leader",
	"parliamentary group leader", "foreign ministry spokesperson", "defence ministry spokesperson", "candidate", "governor-general")

// kinNouns name a relative or companion: after a possessive ("his
// daughter") they mark the name that follows as a person's.
var kinNouns = set("wife", "husband", "daughter", "son", "mother", "father", "brother", "sister",
	"widow", "widower", "companion", "girlfriend", "boyfriend", "partner", "fiancee", "fiancée",
	"fiance", "fiancé", "niece", "nephew", "cousin", "uncle", "aunt", "grandson", "granddaughter",
	"grandmother", "grandfather", "stepson", "stepdaughter", "child", "children", "sons", "daughters")

// localSectors are the sectors of the KB's trade titles that describe a
// private person at the scene ("a doctor", "an activist"): named without
// a country in a datelined story, such a person is the dateline's.
var localSectors = set("MED", "CVL")

// genericOrgAliases are KB aliases of national bodies that other countries'
// bodies share ("the House", "Conservatives"): they link only when the
// article names the body's country otherwise.
var genericOrgAliases = set("house", "house of representatives", "senate", "congress", "parliament",
	"conservatives", "conservative party", "tories", "labour", "labour party", "labor", "labor party",
	"liberals", "liberal party", "democrats", "republicans", "greens", "socialists", "diet",
	"national assembly", "supreme court", "constitutional court", "assembly", "commons", "lords",
	"cabinet", "national guard", "central bank", "foreign ministry", "defence ministry", "defense ministry",
	"league", "league party", "people's party", "popular party", "national party",
	"social democratic party", "communist party", "workers' party", "workers party",
	"freedom party", "democratic party", "republican party", "socialist party", "green party",
	"centre party", "center party", "national front", "progressive party", "justice party",
	"unity party", "national congress", "people's democratic party", "national democratic party",
	"democratic movement", "patriotic front", "national people's power", "people's justice party",
	"new patriotic party", "national democratic congress", "national unity platform")

// givenGender maps given names that in the news are nearly always a
// woman's or a man's to that gender. Names borne by both ("Jean", "Andrea",
// "Nicola", "Kim") are left out.
var givenGender = func() map[string]string {
	m := map[string]string{}
	for _, n := range []string{"Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Susan", "Sarah",
		"Karen", "Nancy", "Lisa", "Margaret", "Emily", "Emma", "Olivia", "Sophie", "Anna", "Maria",
		"Marie", "Julia", "Laura", "Helen", "Ana", "Luisa", "Carmen", "Rosa", "Gabriela", "Olga",
		"Natalia", "Irina", "Tatiana", "Tatyana", "Elena", "Yelena", "Yulia", "Maria", "Martha",
		"Marta", "Hillary", "Kamala", "Nikki", "Nancy", "Ursula", "Angela", "Annalena", "Theresa",
		"Liz", "Kemi", "Rachel", "Yvette", "Priti", "Suella", "Giorgia", "Marine", "Ségolène",
		"Christine", "Kristalina", "Kaja", "Sanna", "Jacinda", "Julie", "Catherine", "Kathleen",
		"Michelle", "Melania", "Jill", "Condoleezza", "Madeleine", "Samantha", "Linda", "Victoria",
		"Antonia", "Ngozi", "Ellen", "Amina", "Fatima", "Aisha", "Zainab", "Leila", "Layla",
		"Mariam", "Maryam", "Nadia", "Hasina", "Benazir", "Indira", "Sonia", "Nirmala",
		"Yingluck", "Paetongtarn", "Dilma", "Cristina", "Michelle", "Claudia",
		"Xiomara", "Dina", "Keiko", "Maia", "Salome", "Zuzana", "Roberta", "Mette", "Magdalena",
		"Ulrike", "Svetlana", "Valentina", "Anastasia", "Ekaterina", "Yekaterina", "Maria",
		"Lyudmila", "Oksana", "Iryna", "Olena", "Yuliia", "Roseline", "Wanjiru", "Gladys", "Sana"} {
		m[n] = "f"
	}
	for _, n := range []string{"John", "James", "Robert", "Michael", "William", "David", "Richard",
		"Joseph", "Thomas", "Charles", "Daniel", "Matthew", "Mark", "Paul", "Steven", "Andrew",
		"Peter", "George", "Edward", "Patrick", "Samuel", "Simon", "Stephen", "Pierre", "Jacques",
		"Michel", "Philippe", "Francois", "François", "Nicolas", "Olivier", "Emmanuel", "Hans",
		"Klaus", "Jürgen", "Juergen", "Wolfgang", "Stefan", "Markus", "Olaf", "Friedrich",
		"Giuseppe", "Giovanni", "Marco", "Luca", "Francesco", "Juan", "José", "Jose", "Carlos",
		"Luis", "Miguel", "Pedro", "Manuel", "Jorge", "Javier", "Pablo", "Diego", "Fernando",
		"Ricardo", "Eduardo", "Sergio", "João", "Joao", "Paulo", "Ivan", "Sergei", "Sergey",
		"Dmitry", "Dmitri", "Vladimir", "Alexei", "Alexey", "Alexander", "Andrei", "Andrey",
		"Nikolai", "Mikhail", "Yuri", "Oleg", "Igor", "Volodymyr", "Oleksandr", "Oleksiy",
		"Andriy", "Mykola", "Viktor", "Piotr", "Tomasz", "Donald", "Joe", "Barack", "Antony",
		"Boris", "Rishi", "Keir", "Benjamin", "Recep", "Mohammed", "Muhammad", "Mohamed",
		"Mohammad", "Ahmed", "Ahmad", "Ali", "Hassan", "Hussein", "Abdullah", "Abdel", "Omar",
		"Yusuf", "Ibrahim", "Khalid", "Mahmoud", "Hamad", "Tamim", "Faisal", "Salman",
		"Narendra", "Rahul", "Imran", "Nawaz", "Shehbaz", "Cyril", "Jacob", "Gwede", "Fikile",
		"Herman", "Julius", "Uhuru", "William", "Raila", "Bola", "Muhammadu", "Abiy", "Yoweri",
		"Paul", "Emmerson", "Kais", "Abdelmadjid", "Bashar", "Vladimir", "Alexander", "Lula",
		"Luiz", "Javier", "Gustavo", "Nicolás", "Andrés", "Gabriel", "Fumio", "Shinzo"} {
		m[n] = "m"
	}
	return m
}()
