package actors

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/kb"
)

// fieldRun reads one field of the article.
type fieldRun struct {
	r     *run
	f     dateline.Field
	text  string
	toks  []token
	items []item
	// capsField is set for headlines in capitals or Title Case, where
	// capitalisation does not mark names.
	capsField bool
	// sentStarts are the byte offsets where sentences start, in order.
	sentStarts []int
}

func (r *run) newField(f dateline.Field, text string) *fieldRun {
	fr := &fieldRun{r: r, f: f, text: text}
	fr.toks = tokenize(text, sentenceStarts(r.a, f))
	for _, t := range fr.toks {
		if t.sentStart {
			fr.sentStarts = append(fr.sentStarts, t.s)
		}
	}
	matches := r.k.Matcher().Find(text)
	endIdx := make(map[int]int, len(fr.toks))
	for i, t := range fr.toks {
		endIdx[t.e] = i
	}
	mi := 0
	for ti := 0; ti < len(fr.toks); {
		t := fr.toks[ti]
		for mi < len(matches) && matches[mi].Start < t.s {
			mi++
		}
		if mi < len(matches) && matches[mi].Start == t.s {
			m := matches[mi]
			mi++
			if j, ok := endIdx[m.End]; ok && j >= ti && !(adjTitles[m.Text] && (j+1 >= len(fr.toks) || !fr.toks[j+1].cap)) {
				// ("a general election", "a major offensive": not titles)
				fr.items = append(fr.items, item{kind: iMatch, t0: ti, t1: j + 1, s: m.Start, e: m.End,
					text: m.Text, name: m.Name, refs: m.Refs, cap: t.cap, lower: isLowerText(m.Text), sent: t.sentStart})
				ti = j + 1
				continue
			}
		}
		k := iPunct
		switch {
		case t.word:
			k = iWord
		case len(t.text) > 1 && (t.text[len(t.text)-1] == 's' || t.text[len(t.text)-1] == 'S'):
			k = iPoss
		}
		fr.items = append(fr.items, item{kind: k, t0: ti, t1: ti + 1, s: t.s, e: t.e, text: t.text,
			cap: t.cap, lower: t.lower, sent: t.sentStart})
		ti++
	}
	if f == dateline.InHeadline || f == dateline.InSubheadline {
		words, caps := 0, 0
		for _, t := range fr.toks {
			if t.word && utf8.RuneCountInString(t.text) >= 4 {
				words++
				if t.cap {
					caps++
				}
			}
		}
		fr.capsField = words > 0 && caps*10 >= words*6
	}
	return fr
}

func isLowerText(s string) bool { return strings.ToLower(s) == s }

func lower(s string) string { return strings.ToLower(s) }

// adj reports whether items i and i+1 are separated by spaces only.
func (fr *fieldRun) adj(i int) bool {
	if i < 0 || i+1 >= len(fr.items) {
		return false
	}
	gap := fr.text[fr.items[i].e:fr.items[i+1].s]
	return !strings.Contains(gap, "\n") && strings.TrimSpace(gap) == ""
}

func (fr *fieldRun) word(i int) string {
	if i < 0 || i >= len(fr.items) || fr.items[i].kind != iWord {
		return ""
	}
	return lower(fr.items[i].text)
}

func (fr *fieldRun) punct(i int) string {
	if i < 0 || i >= len(fr.items) || fr.items[i].kind != iPunct {
		return ""
	}
	return fr.items[i].text
}

func (fr *fieldRun) isMatch(i int, k kb.Kind) bool {
	return i >= 0 && i < len(fr.items) && fr.items[i].kind == iMatch && fr.items[i].has(k)
}

// isNameWord reports whether item i can be part of a person's name.
func (fr *fieldRun) isNameWord(i int) bool {
	if i < 0 || i >= len(fr.items) {
		return false
	}
	x := &fr.items[i]
	if x.kind != iWord {
		return false
	}
	if x.cap {
		if stopCaps[x.text] || honorifics[x.text] != "" || x.text == "Dr." {
			return false
		}
		if len(x.text) > 1 && isAllCapsWord(x.text) && stopCaps[capFirst(lower(x.text))] {
			return false // "AND", "THE" in a headline in capitals
		}
		_, ab := titleAbbrevs[x.text]
		if ab {
			return false
		}
		r, _ := utf8.DecodeRuneInString(x.text)
		return unicode.IsLetter(r)
	}
	// "al-Assad"
	if j := strings.IndexByte(x.text, '-'); j > 0 && nameParticles[lower(x.text[:j])] {
		r, _ := utf8.DecodeRuneInString(x.text[j+1:])
		return unicode.IsUpper(r)
	}
	return false
}

// nameEnd returns the end of a name starting at item q: capitalised words
// and particles, at most max words.
func (fr *fieldRun) nameEnd(q, max int) int {
	k, n := q, 0
	for k < len(fr.items) && n < max {
		if k > q && !fr.adj(k-1) {
			break
		}
		if fr.isNameWord(k) {
			k++
			n++
			continue
		}
		x := &fr.items[k]
		if k > q && x.kind == iWord && x.lower && nameParticles[x.text] && fr.adj(k) && fr.isNameWord(k+1) {
			k++
			continue
		}
		break
	}
	return k
}

// orgEnd returns the end of an organisation-like name starting at q and
// whether it holds an organisation word.
func (fr *fieldRun) orgEnd(q int) (int, bool) {
	k, last, kw, words := q, q, false, 0
	for k < len(fr.items) && words < 10 {
		if k > q && !fr.adj(k-1) {
			break
		}
		x := &fr.items[k]
		generic := x.kind == iMatch && x.cap && !strings.Contains(x.text, " ") && !x.has(kb.KindOrg) &&
			!x.has(kb.KindPerson) && !x.has(kb.KindCountry) && !x.has(kb.KindDemonym) && !x.has(kb.KindMetonym) && !x.has(kb.KindCapital)
		// "Independent National Electoral Commission": a body's name in
		// capitals inside a longer name ends it as an organisation word does.
		bodyName := k > q && x.kind == iMatch && x.has(kb.KindBody) && !x.has(kb.KindTitle) && !isAllCapsWord(x.text) &&
			x.text == titleCase(x.text) && !x.has(kb.KindOrg) && !x.has(kb.KindPerson)
		// "Democratic People's Party": a party name many countries share
		// ends a longer one.
		sharedName := k > q && x.kind == iMatch && x.has(kb.KindOrg) && x.cap && strings.Contains(x.text, " ") && genericOrgAliases[lower(x.text)]
		if bodyName || sharedName {
			kw = true
			k++
			words++
			last = k
			continue
		}
		if kw && k > q && x.kind == iMatch && x.has(kb.KindTitle) && fr.adj(k) && (fr.isMatch(k+1, kb.KindPerson) || fr.isNameWord(k+1)) {
			break // "Mainland Affairs Council Minister Chiu Chui-cheng": the body's officer follows
		}
		if (x.kind == iWord || generic && k > q) && x.cap && (!stopCaps[x.text] || orgKeywords[x.text]) {
			if orgKeywords[x.text] || strings.Contains(x.text, "-") && orgKeywords[x.text[:strings.IndexByte(x.text, '-')]] {
				kw = true // "Liberation Movement-North"
			}
			if k+2 < len(fr.items) && groupNouns[x.text] && fr.items[k+1].kind == iPoss && fr.adj(k) && fr.items[k+2].cap {
				k += 2 // "People's Liberation Movement", "Workers' Party"
				words++
				continue
			}
			if k+2 < len(fr.items) && strings.HasSuffix(x.text, "s") && fr.adj(k) && (fr.items[k+1].text == "'" || fr.items[k+1].text == "’") &&
				fr.adj(k+1) && fr.items[k+2].cap && orgKeywords[fr.items[k+2].text] {
				k += 2 // "Doctors' Union"
				words++
				continue
			}
			k++
			words++
			last = k
			continue
		}
		if k > q && x.kind == iWord && orgConnectors[x.text] {
			k++
			continue
		}
		break
	}
	if words < 2 {
		return q, false
	}
	return last, kw
}

// parse reads the field's items left to right.
func (fr *fieldRun) parse() {
	for p := 0; p < len(fr.items); {
		next := fr.chain(p)
		if next <= p {
			next = p + 1
		}
		fr.defineAcronym(next)
		p = next
	}
}

func (fr *fieldRun) span(q0, q1 int) (int, int) {
	return fr.items[q0].s, fr.items[q1-1].e
}

// chain reads what starts at item p: [det] [former] [modifiers] [body]
// [title] [honorific] [name], and the simpler cases.
func (fr *fieldRun) chain(p int) int {
	items, n := fr.items, len(fr.items)
	if items[p].kind == iPunct || items[p].kind == iPoss {
		return p + 1
	}
	if x := &items[p]; x.kind == iMatch && x.has(kb.KindPerson) && !strings.Contains(x.text, " ") && !x.sent && !fr.capsField &&
		fr.isNameWord(p-1) && fr.adj(p-1) && !items[p-1].sent {
		return p + 1 // "Kerem Shalom": a longer name the KB does not know
	}
	if end := fr.pluralTitle(p); end > p {
		return end
	}
	q := p
	det := false
	if items[q].kind == iWord && determiners[lower(items[q].text)] {
		det = true
		q++
	}
	if q < n && (q == p || fr.adj(p) && fr.word(p) == "the") {
		if ei := fr.acronymAt(q); ei >= 0 {
			// "urged the CNE to release", "CNE's president": the acronym
			// the article defined for a body.
			fr.r.mention(ei, fr.f, items[q].s, items[q].e, dateline.MentionName, "", "")
			if fr.adj(q) {
				// "MDP chairperson Fayyaz Ismail"
				if end := fr.officer(ei, items[q].text, q+1); end > q+1 {
					return end
				}
			}
			return q + 1
		}
	}
	if p >= 4 && fr.punct(p-1) == ")" && fr.punct(p-3) == "(" && fr.adj(p-1) {
		// "the opposition Kuomintang (KMT) chairman Eric Chu": the officer
		// of the body named before the bracketed acronym.
		for _, m := range fr.r.mentions {
			if m.Field == fr.f && (m.End == items[p-4].e || m.Start == items[p-2].s) && m.Entity >= 0 {
				if o := fr.r.ents[m.Entity]; o.e.Type == dateline.Org || o.e.Type == dateline.Group {
					if end := fr.officer(m.Entity, items[p-2].text, p); end > p {
						return end
					}
				}
			}
		}
	}
	past := false
	if q < n && (q == p || fr.adj(q-1)) && pastPrefixes[fr.word(q)] {
		past = true
		q++
	}
	modStart := q
	modCountry, modOrg, qualifier := "", "", ""
	prefix := ""   // "Deputy", "Acting": kept before the title of a person named
	var mods []int // the items read as modifiers, named in their own right
	skip := 0      // lower-case words to read past before the title ("national" of "White House national security spokesman")
	linked := func(i int) bool { return i == modStart || fr.adj(i-1) }
	nextIsHead := func(i int) bool { // a title, a body or a title prefix follows item i
		return fr.adj(i) && (fr.isMatch(i+1, kb.KindTitle) || fr.isMatch(i+1, kb.KindBody) ||
			titlePrefixes[fr.word(i+1)] && (fr.isMatch(i+2, kb.KindTitle) || fr.isMatch(i+2, kb.KindBody)))
	}
	for q < n && linked(q) {
		x := &items[q]
		if x.kind == iMatch && x.has(kb.KindTitle) && rankPrefixes[lower(x.text)] && fr.adj(q) && fr.isMatch(q+1, kb.KindTitle) {
			// "Deputy Speaker": "deputy" is a title of its own too.
			prefix = strings.TrimSpace(prefix + " " + capFirst(lower(x.text)))
			q++
			continue
		}
		if x.kind == iMatch && x.has(kb.KindPerson) && !x.has(kb.KindTitle) {
			// "the Biden administration", "Putin's government": a leader's
			// name before a body gives the body's country.
			poss := q+1 < n && items[q+1].kind == iPoss
			hq := q + 1
			if poss {
				hq++
			}
			if (poss || fr.adj(q)) && fr.isMatch(hq, kb.KindBody) && !items[hq].has(kb.KindTitle) {
				if c := fr.r.personCountry(refIDs(x.refsOf(kb.KindPerson))); c != "" {
					modCountry = c
					fr.person(q, q+1, refIDs(x.refsOf(kb.KindPerson)), false, "", "", "", "", false)
					q = hq
					continue
				}
			}
			break
		}
		if x.kind == iMatch && !x.has(kb.KindPerson) && !x.has(kb.KindTitle) && !x.has(kb.KindBody) {
			if ref, ok := x.ref(kb.KindDemonym); ok && !x.has(kb.KindOrg) && !x.has(kb.KindCountry) {
				if modCountry == "" || len(mods) == 0 || mods[len(mods)-1] != q-1 || !items[q-1].has(kb.KindDemonym) {
					modCountry = ref.ID
					mods = append(mods, q)
				}
				// else "Syrian Turkmen fighters": of two demonyms in a row,
				// the first is the nationality, the second an ethnic group
				// (no mention of Turkmenistan)
				q++
				continue
			}
			iso, org := fr.r.refCountry(x)
			if end := fr.officeOrg(q, iso, org); end > q {
				return end
			}
			if end := fr.nationalBranch(q, iso, org); end > q {
				return end
			}
			if org != "" && modCountry != "" && iso != modCountry && iso != "IGO" && x.cap && strings.Contains(x.text, " ") &&
				genericOrgAliases[lower(x.text)] && len(mods) > 0 && mods[len(mods)-1] == q-1 && items[q-1].has(kb.KindDemonym) &&
				fr.adj(q-1) && !fr.capsField {
				// "the Maldivian Democratic Party": a demonym before a
				// party name many countries share names that country's
				// party, which the KB does not know.
				s, e := fr.span(q-1, q+1)
				fr.unknownOrg(s, e, modCountry)
				if ei, ok := fr.r.byKey["UO:"+kb.Slug(fr.text[s:e])]; ok && fr.r.ents[ei].e.Sector == "" {
					if o, ok := fr.r.k.Org(org); ok {
						fr.r.ents[ei].e.Sector = o.Sector
					}
				}
				return q + 1
			}
			if org != "" && modCountry != "" && iso != modCountry && iso != "IGO" && !strings.Contains(x.text, " ") &&
				fr.adj(q) && fr.isMatch(q+1, kb.KindTitle) && qualifier == "" {
				// "Serbian Labour Minister": a word the KB knows as another
				// country's party qualifies the title.
				qualifier = titleCase(x.text)
				q++
				continue
			}
			if iso != "" && org == "" && x.has(kb.KindCountry) && !strings.Contains(x.text, "'") && fr.adj(q) && !fr.capsField &&
				q+1 < n && items[q+1].kind == iWord && items[q+1].cap && !stopCaps[items[q+1].text] {
				if end, kw := fr.orgEnd(q + 1); kw && !fr.locative(q) {
					// "the Kenya Human Rights Commission": a country's name
					// opens the name of one of its bodies.
					s, e := fr.span(q, end)
					fr.unknownOrg(s, e, iso)
					return fr.orgOfficer(s, e, end)
				}
			}
			if (org != "" || x.has(kb.KindMetonym)) && iso != "" && len(mods) == 0 && fr.adj(q) && !fr.capsField {
				if k := fr.lowerBeforeTitle(q + 1); k > q+1 {
					// "White House national security spokesman John
					// Kirby": the body's officer, the words between
					// qualifying the title.
					modCountry, modOrg = iso, org
					mods = append(mods, q)
					skip = k - q - 1
					q++
					continue
				}
			}
			if iso != "" || org != "" {
				poss := q+1 < n && items[q+1].kind == iPoss
				if poss || nextIsHead(q) {
					// "Iran's U.N. Ambassador" speaks for Iran: an
					// intergovernmental body does not take over a state
					// already named.
					if iso != "" && (iso != "IGO" || modCountry == "") {
						modCountry = iso
					}
					if org != "" {
						modOrg = org
					}
					mods = append(mods, q)
					if poss {
						q += 2
					} else {
						q++
					}
					continue
				}
			}
			break
		}
		if x.kind == iWord && strings.HasSuffix(lower(x.text), "-led") && fr.adj(q) {
			// "Vietnamese-led forces", "Saudi-led coalition": the leader's
			// country. ("US-backed" forces are not American.)
			if c, ok := fr.r.k.Demonym(x.text[:len(x.text)-4]); ok {
				modCountry = c.ISO3
				q++
				continue
			}
			if refs := fr.r.k.Lookup(x.text[:len(x.text)-4]); len(refs) > 0 && refs[0].Kind == kb.KindCountry {
				modCountry = refs[0].ID
				q++
				continue
			}
		}
		if x.kind == iWord && (x.cap && !stopCaps[x.text] || portfolios[lower(x.text)]) && fr.adj(q) &&
			fr.isMatch(q+1, kb.KindTitle) && genericHeads[lower(fr.items[q+1].text)] && qualifier == "" {
			// "Infrastructure Minister", "Iraq's information minister": a
			// word the KB lacks qualifies a generic title.
			qualifier = titleCase(x.text)
			q++
			continue
		}
		if x.kind == iWord && titlePrefixes[lower(x.text)] && fr.adj(q) &&
			(fr.isMatch(q+1, kb.KindTitle) || fr.isMatch(q+1, kb.KindBody) || titlePrefixes[fr.word(q+1)]) {
			if rankPrefixes[lower(x.text)] {
				prefix = strings.TrimSpace(prefix + " " + capFirst(lower(x.text)))
			}
			q++
			continue
		}
		if skip > 0 && x.kind == iWord {
			skip--
			q++
			continue
		}
		break
	}
	if end := fr.counterpart(q, mods, modCountry); end > q {
		return end
	}
	if end := fr.describedFirm(q, mods, modOrg); end > q {
		return end
	}
	if end := fr.subOffice(q, modStart, mods, modOrg); end > q {
		return end
	}
	bodyQ, titleQ := -1, -1
	if q < n && linked(q) && fr.isMatch(q, kb.KindBody) && !items[q].has(kb.KindTitle) {
		bodyQ = q
		q++
	}
	if q < n && (q == modStart || fr.adj(q-1)) && fr.isMatch(q, kb.KindTitle) {
		titleQ = q
		q++
	}
	// A title's complement before the name: "Special Envoy for Iran
	// Robert Malley", "Permanent Representative to the UN Vassily
	// Nebenzia".
	tail, tailCountry := "", ""
	if titleQ >= 0 && titleQ == q-1 {
		if e, c, ok := fr.titleTail(q); ok {
			s0, _ := fr.span(q, e)
			tail = strings.TrimSpace(fr.text[s0:fr.items[e-1].e])
			tailCountry = c
			q = e
		} else if c, cq, from, e := fr.ofBodyEnd(q); !past && from >= 0 && e < n && fr.adj(e-1) &&
			(fr.isMatch(e, kb.KindPerson) || fr.nameEnd(e, 4)-e >= 2) {
			// "Deputy head of the interim government Azimbek Beknazarov":
			// the body headed, then the name.
			if bc := fr.nameBody(cq, from, e); c == "" {
				c = bc
			}
			tail = "of the " + lower(fr.text[items[from].s:items[e-1].e])
			tailCountry = c
			q = e
		}
	}
	// A rank after an office: "army chief of staff General Abdou Sidikou
	// Issa" keeps the office as the title.
	if titleQ >= 0 && q+1 < n && fr.adj(q-1) && fr.adj(q) && fr.isMatch(q, kb.KindTitle) && fr.isRank(q) && !fr.isRank(titleQ) &&
		(fr.isMatch(q+1, kb.KindPerson) || fr.isNameWord(q+1)) {
		q++
	}
	// Honorific or abbreviated title.
	hon, honOK := "", false
	honQ := -1
	styled := false
	var abbrev [2]string
	if q < n && (q == p || fr.adj(q-1)) && items[q].kind == iWord {
		if g, ok := honorifics[items[q].text]; ok && fr.adj(q) {
			hon, honOK = g, true
			honQ = q
			q++
		} else if k := fr.styleHonorific(q); k > q {
			// "Foreign Minister Datuk Seri Hishammuddin Tun Hussein": a
			// style, no part of the name, that marks a person's name.
			styled = true
			q = k
		} else if ab, ok := titleAbbrevs[items[q].text]; ok && fr.adj(q) {
			abbrev = ab
			q++
		}
	}
	bodySector := ""
	if titleQ >= 0 && qualifier == "" {
		if bodyQ >= 0 && bodyHeads[lastWord(lower(items[titleQ].text))] {
			// "junta leader", "electoral commission chairman": a generic
			// head is shown with the body it heads.
			qualifier = titleCase(items[bodyQ].text)
			if ref, ok := items[bodyQ].ref(kb.KindBody); ok {
				if b, ok := fr.r.k.Body(ref.ID); ok && b.Type != dateline.Group {
					bodySector = b.Sector // "army chief": MIL
				}
			}
		} else if modOrg != "" && len(mods) > 0 && fr.r.foreignTitle(&items[titleQ], modOrg) {
			// "ECOWAS Commission president" is not the European
			// Commission's.
			qualifier = items[mods[len(mods)-1]].text
		}
	}
	cue := titleQ >= 0 || honOK || styled || abbrev[0] != ""
	// Name.
	nameQ0, nameQ1 := q, q
	var people []string
	if q < n && (q == p || fr.adj(q-1)) {
		// "said Moussa Kanoute, a trader": a one-word KB alias of someone
		// else may open a longer name the KB does not know, read as a
		// single name (but "President Obama Speech at …" is Obama)
		longer := !cue && !fr.capsField && fr.aliasFirstName(q)
		if fr.isMatch(q, kb.KindPerson) && !longer {
			people = refIDs(items[q].refsOf(kb.KindPerson))
			nameQ1 = q + 1
		} else if cue && fr.placeFirstName(q) {
			// "Defence Minister Aden Duale": a capital's name opens the name.
			max := 3
			if fr.capsField {
				max = 1
			}
			nameQ1 = fr.nameEnd(q+1, max)
		} else if fr.isNameWord(q) && (cue || modStart < q || !fr.capsField) {
			max := 4
			if fr.capsField {
				max = 2
			}
			nameQ1 = fr.nameEnd(q, max)
			if nameQ1 < n && fr.adj(nameQ1-1) && fr.isMatch(nameQ1, kb.KindPerson) && !strings.Contains(items[nameQ1].text, " ") {
				// "Sergei Lavrov" when the KB has "Lavrov": the given name
				// joins the KB surname, when it fits.
				people = fr.r.givenFits(fr.text[items[q].s:items[nameQ1-1].e], refIDs(items[nameQ1].refsOf(kb.KindPerson)))
				nameQ1++
			}
		}
	}
	hasName := nameQ1 > nameQ0
	// "The leader of the opposition Popular Party (PP), Alberto Núñez
	// Feijóo,": a body's name after the title, not a person's.
	orgAfter, orgAfterEnd := -1, -1
	if hasName && people == nil && titleQ >= 0 && titleQ == nameQ0-1 && !honOK && !styled && !fr.capsField && !past {
		if oe, kw := fr.orgEnd(nameQ0); kw && oe >= nameQ1 && (oe > nameQ1 || orgKeywords[items[oe-1].text]) {
			joined := true // "Popular Party", not "Mark Golding of the People's National Party"
			for k := nameQ1; k < oe; k++ {
				joined = joined && items[k].cap
			}
			if joined {
				hasName, orgAfter, orgAfterEnd = false, nameQ0, oe
			}
		}
	}

	// A person with a cue or from the KB.
	if hasName && (people != nil || cue) {
		title, tsector := "", ""
		if titleQ >= 0 && !past {
			_, title, tsector = fr.r.canonical(&items[titleQ])
			if qualifier != "" {
				title = qualifier + " " + titleCase(items[titleQ].text)
			}
			if bodySector != "" {
				tsector = bodySector
			}
			if prefix != "" && title != "" && !strings.HasPrefix(lower(title), lower(prefix)) &&
				!strings.HasPrefix(lower(items[titleQ].text), lower(prefix)) {
				// "Deputy Speaker Gladys Boss Shollei" is not the Speaker.
				title = prefix + " " + title
			}
			if tail != "" {
				title = titleCase(items[titleQ].text) + " " + tail
				if prefix != "" && !strings.HasPrefix(lower(items[titleQ].text), lower(prefix)) {
					title = prefix + " " + strings.ToLower(title[:1]) + title[1:] // "Deputy head of …"
				}
			}
		} else if abbrev[0] != "" && !past {
			title, tsector = abbrev[0], abbrev[1]
		}
		gender := hon
		if titleQ >= 0 {
			w := strings.Fields(lower(items[titleQ].text))
			if g := titleGender[w[len(w)-1]]; g != "" && gender == "" {
				gender = g
			}
		}
		country := modCountry
		if country == "" && modOrg != "" {
			if o, ok := fr.r.k.Org(modOrg); ok {
				country = o.Country
			}
		}
		if country == "" {
			country = tailCountry
		}
		if country == "" && !past {
			if ok, c := fr.affiliation(nameQ1, true); ok {
				country = c // "Emir Tamim of Qatar said", "Senator Jane Doe of the ruling ANC,"
			}
		}
		fr.modMentions(mods)
		if titleQ >= 0 {
			if c := fr.titleOrg(titleQ); country == "" {
				country = c
			}
		}
		if country == "" && !past {
			// "six Canadian diplomats, among them acting high commissioner
			// Stewart Ross Wheeler": one of the group named before.
			country = fr.amongCountry(modStart)
		}
		q0 := nameQ0
		if honQ >= 0 {
			q0 = honQ // "Mr. Pompeo"
		}
		end := fr.person(q0, nameQ1, people, cue, title, tsector, country, gender, honOK)
		return end
	}
	// A role noun: "the foreign minister", "Russia's top diplomat".
	if titleQ >= 0 {
		keys, show, tsector := fr.r.canonical(&items[titleQ])
		if qualifier != "" {
			show = qualifier + " " + titleCase(items[titleQ].text)
			keys = append(keys, lower(show))
		}
		country := modCountry
		if country == "" && modOrg != "" {
			if o, ok := fr.r.k.Org(modOrg); ok {
				country = o.Country
			}
		}
		fr.modMentions(mods)
		if c := fr.titleOrg(titleQ); country == "" {
			country = c
		}
		if country == "" && modStart == titleQ {
			// "the group's executive director, Irungu Houghton": the
			// officer of the body the paragraph named last.
			if ai := fr.bodyAnaphor(titleQ); ai >= 0 {
				country = fr.r.ents[ai].e.Country
				if sec := fr.r.ents[ai].e.Sector; sec != "" {
					tsector = sec
				}
			}
		}
		end := titleQ + 1
		if orgAfter >= 0 {
			s0, e0 := fr.span(orgAfter, orgAfterEnd)
			if ref, ok := fr.r.pickOrg(fr.r.k.Lookup(fr.text[s0:e0])); ok {
				fr.orgMentionSpan(s0, e0, ref.ID)
			} else {
				fr.unknownOrg(s0, e0, "")
				if ei, ok := fr.r.byKey["UO:"+kb.Slug(fr.text[s0:e0])]; ok {
					o := fr.r.ents[ei]
					o.described = true
					if o.e.Sector == "" && orgKeywords[items[orgAfterEnd-1].text] && lower(items[orgAfterEnd-1].text) == "party" {
						o.e.Sector = "PTY"
					}
				}
			}
			end = orgAfterEnd
			if fr.punct(end) == "(" && fr.punct(end+2) == ")" {
				fr.defineAcronym(end) // "(PP)"
				end += 3
			}
		}
		if fr.word(end) == "of" && fr.adj(end) && !past {
			// "the head of the Kenya National Commission on Human Rights,
			// Roseline Odede": a body the KB lacks after the role noun.
			k := end + 1
			if fr.word(k) == "the" && fr.adj(k) {
				k++
			}
			if k < len(items) && fr.adj(k-1) && items[k].cap && !fr.capsField {
				c, from := "", k
				if items[k].kind == iMatch && items[k].has(kb.KindCountry) && !items[k].has(kb.KindOrg) {
					ref, _ := items[k].ref(kb.KindCountry)
					c, from = ref.ID, k+1
				}
				if from < len(items) && fr.adj(from-1) && items[from].kind == iWord && items[from].cap {
					if oe, kw := fr.orgEnd(from); kw {
						s0, e0 := fr.span(k, oe)
						fr.unknownOrg(s0, e0, c)
						if country == "" {
							country = c
						}
						end = oe
					}
				}
			}
		}
		if end == titleQ+1 && !past {
			// "The head of Kyrgyzstan's interim government, Roza
			// Otunbayeva,": the body headed completes the title and gives
			// the country.
			if c, bq, e := fr.ofBody(end); bq >= 0 {
				show = capFirst(lower(items[titleQ].text)) + " of the " + lower(fr.text[items[bq].s:items[e-1].e])
				keys = append(keys, lower(show))
				if country == "" {
					country = c
				}
				end = e
			}
		}
		if country == "" && end == titleQ+1 {
			if c, e := fr.ofCountry(end, true); c != "" {
				country, end = c, e
			}
		}
		if country == "" && det && (fr.word(p) == "its" || fr.word(p) == "their") {
			// "Algeria recalled its ambassador in Rabat": the office of the
			// country named before in the sentence
			country = fr.pronounPossessor(p)
		}
		start := modStart
		if det {
			start = p
		}
		s, e := fr.span(start, titleQ+1)
		if past {
			show, keys = "", nil // "the former foreign minister" names no one we can tell
		}
		noun := lower(items[titleQ].text)
		if past {
			noun = ""
		}
		indef := det && (fr.word(p) == "a" || fr.word(p) == "an")
		// "A Kremlin spokesman, Dmitry Peskov, said": the name after the
		// comma gets the title, and the role noun is his.
		comma := end
		if pw := fr.word(end); (pw == "to" || pw == "for" || pw == "in" || pw == "at") && fr.adj(end-1) {
			// "Ukraine's ambassador to Britain, Vadym Prystaiko"
			for k := end + 1; k < len(items) && k < end+6 && items[k].kind != iPunct; k++ {
				comma = k + 1
			}
		}
		nq, nEnd := comma+1, comma+1
		var people []string
		if fr.punct(comma) == "," && !past && comma > end {
			// Read the tail ("to Britain") on its own.
			for k := end; k < comma; {
				next := fr.chain(k)
				if next <= k {
					next = k + 1
				}
				k = next
			}
		}
		nTitle, nSector := "", ""
		if fr.punct(comma) == "," && !past && fr.adj(nq) && (fr.isMatch(nq, kb.KindTitle) || nq < len(items) && items[nq].kind == iWord && titleAbbrevs[items[nq].text][0] != "") &&
			(fr.isMatch(nq+1, kb.KindPerson) || fr.isNameWord(nq+1)) {
			// "the junta's spokesman, Colonel-Major Ismael Wague": a rank
			// or a second title before the name.
			if fr.isMatch(nq, kb.KindTitle) {
				_, nTitle, nSector = fr.r.canonical(&items[nq])
			} else {
				ab := titleAbbrevs[items[nq].text]
				nTitle, nSector = ab[0], ab[1]
			}
			nq, nEnd = nq+1, nq+1
		}
		if fr.punct(comma) == "," && !past {
			if fr.isMatch(nq, kb.KindPerson) {
				people = refIDs(fr.items[nq].refsOf(kb.KindPerson))
				nEnd = nq + 1
			} else if fr.isNameWord(nq) && !fr.capsField {
				if nEnd = fr.nameEnd(nq, 4); nEnd-nq < 2 {
					nEnd = nq
				}
			}
			if p := fr.punct(nEnd); nEnd > nq && p != "," && p != "." && !speechVerbs[fr.word(nEnd)] {
				nEnd = nq
			}
		}
		ns, _ := fr.span(modStart, titleQ+1)
		// A bare lower-case role noun ("was named president") describes
		// rather than refers.
		bare := !det && modStart == titleQ && qualifier == "" && items[titleQ].lower
		backEnd := 0
		if det && fr.word(p) == "the" && fr.punct(p-1) == "," && p >= 2 && (fr.isNameWord(p-2) || fr.isMatch(p-2, kb.KindPerson)) {
			backEnd = fr.items[p-2].e + 1
		}
		org := modOrg
		if org == "" {
			org = fr.ofOrg(titleQ + 1)
		}
		if country == "" && org != "" {
			if o, ok := fr.r.k.Org(org); ok && o.Country != "IGO" {
				country = o.Country
			}
		}
		fr.r.pend = append(fr.r.pend, pending{f: fr.f, s: s, e: e, text: fr.text[s:e], role: true,
			titles: keys, noun: noun, title: show, sector: tsector, country: country, pos: pos(fr.f, s),
			indef: indef && nEnd == nq, bare: bare, name: fr.text[ns:e], backEnd: backEnd, org: org})
		if nEnd > nq {
			fr.r.pend[len(fr.r.pend)-1].indef = false
			fr.r.pend[len(fr.r.pend)-1].ahead = true // the name follows
			fr.r.pend[len(fr.r.pend)-1].next = pos(fr.f, items[nq].s)
			gender := titleGender[lastWord(noun)]
			if nTitle != "" && !genericHeads[lower(nTitle)] {
				show, tsector = nTitle, nSector
			}
			return fr.person(nq, nEnd, people, true, show, tsector, country, gender, false)
		}
		return end
	}
	// A body's noun that opens a longer name: "the Sudanese Doctors'
	// Union", "Sudan's Forces for Freedom and Change".
	if bodyQ >= 0 && items[bodyQ].cap && !fr.capsField && modOrg == "" {
		if end := fr.bodyNameEnd(bodyQ); end > bodyQ+1 {
			start := modStart
			if bodyQ > modStart && items[bodyQ-1].kind == iPoss {
				fr.modMentions(mods)
				start = bodyQ
			}
			s, e := fr.span(start, end)
			fr.unknownOrg(s, e, modCountry)
			return end
		}
	}
	// A body: "the Russian defense ministry", "Syrian rebels".
	if bodyQ >= 0 {
		if modOrg != "" {
			// "Thailand's Pheu Thai party": the mention is the body's
			// name, not the country's before it.
			at := modStart
			for _, m := range mods {
				if ref, ok := fr.r.orgRef(&items[m]); ok && ref.ID == modOrg {
					at = m
				}
			}
			if at != modStart {
				for _, m := range mods {
					if m != at {
						fr.modMentions([]int{m})
					}
				}
			}
			fr.orgMention(at, modOrg)
			return bodyQ + 1
		}
		end := bodyQ + 1
		country := modCountry
		if country == "" && bodyQ == p {
			country = fr.possessorCountry(p) // "President Bashar al-Assad's government"
		}
		if country == "" {
			if c, e := fr.ofCountry(end, false); c != "" {
				country, end = c, e
			}
		}
		fr.modMentions(mods)
		s, e := fr.span(modStart, bodyQ+1)
		definite := det && fr.word(p) == "the" || speechVerbs[fr.word(bodyQ+1)] && fr.adj(bodyQ)
		if country == "" && end == bodyQ+1 {
			// "soldiers led by General Abdourahamane Tiani": the men of
			// the leader's country.
			country = fr.ledByCountry(end)
		}
		if country == "" && end == bodyQ+1 && isJunta(&items[bodyQ]) {
			// "the military junta that seized power in Burkina Faso";
			// "military governments in Mali and Burkina Faso" are no one
			// junta, nor the one the story named before.
			switch cs := fr.juntaPlace(end); {
			case len(cs) == 1:
				country = cs[0]
			case len(cs) > 1:
				fr.modMentions(mods)
				return end
			}
		}
		fr.body(&items[bodyQ], s, e, country, definite, !det && bodyQ == modStart && fr.barePlural(bodyQ) && fr.ownedAfter(end))
		return end
	}
	// A demonym before an organisation's name: "Syrian Observatory for
	// Human Rights".
	if modCountry != "" && q < n && q > modStart && fr.adj(q-1) {
		if end, kw := fr.orgEnd(q); kw {
			start := modStart
			if items[q-1].kind == iPoss && modOrg == "" {
				// "Nigeria's Independent National Electoral Commission":
				// the country is named in its own right.
				fr.modMentions(mods)
				start = q
			}
			s, e := fr.span(start, end)
			fr.unknownOrg(s, e, modCountry)
			return end
		}
	}
	if hasName && (honOK || styled) {
		return nameQ1
	}
	if hasName && people == nil && fr.possessedPerson(mods, modOrg, nameQ0, nameQ1) {
		// "Kenya's Wanjiru Kamau said": a person of the country whose
		// possessive opens the name.
		fr.modMentions(mods)
		return fr.person(nameQ0, nameQ1, nil, false, "", "", modCountry, "", false)
	}
	return fr.single(modStart, det)
}

// officeAfterMembership reads "of BODY and TITLE" at item q after the
// word "member" ("a member of the Political Bureau of the CPC Central
// Committee and director of …") and returns the item of the title, or q
// when the membership is not followed by an office in the same clause.
func (fr *fieldRun) officeAfterMembership(q int) int {
	if fr.word(q) != "of" {
		return q
	}
	for k := q + 1; k < len(fr.items) && k < q+25 && fr.adj(k-1); k++ {
		if fr.items[k].kind == iPunct {
			break
		}
		if fr.word(k) == "and" && fr.isMatch(k+1, kb.KindTitle) && fr.adj(k) {
			return k + 1
		}
	}
	return q
}

// styleHonorific returns the end of the Malaysian honorific styles that
// open a name at item q ("Datuk Seri", "Tan Sri", "Dato'", "Tun", with a
// "Dr" after them: "Tun Dr Mahathir Mohamad"), when a name follows them; q
// when there is none. The style is no part of the name; "Tun" inside a name
// ("Hishammuddin Tun Hussein", his father's style) is not read here.
func (fr *fieldRun) styleHonorific(q int) int {
	if q >= len(fr.items) || !styleOpener(fr.items[q].text) {
		return q // most words: no map lookup, no gap read (see styleOpener)
	}
	k := q
	for k < len(fr.items) && fr.items[k].kind == iWord && fr.adj(k) {
		w := fr.items[k].text
		switch {
		case styleHonorifics[w]:
			k++
		case k+1 < len(fr.items) && ((w == "Tan" || w == "Puan") && fr.items[k+1].text == "Sri" || w == "Toh" && fr.items[k+1].text == "Puan"):
			k += 2
		default:
			if k == q || w != "Dr" && w != "Dr." {
				goto done
			}
			k++
			continue
		}
		if k < len(fr.items) && isApos([]rune(fr.items[k].text)[0]) && fr.items[k].kind == iPunct && fr.adj(k) {
			k++ // "Dato'"
		}
		if k+1 < len(fr.items) && styleRanks[fr.items[k].text] && fr.adj(k) {
			k++ // "Datuk Seri", "Datin Paduka"
		}
	}
done:
	if k == q || k >= len(fr.items) || !fr.adj(k-1) || !(fr.isNameWord(k) || fr.isMatch(k, kb.KindPerson)) {
		return q
	}
	return k
}

// styleOpener reports whether w may open a style: one of styleHonorifics
// or the first word of a pair. styleHonorific is tried at nearly every
// word of a field, and this switch spares it a map lookup and a gap read.
func styleOpener(w string) bool {
	switch w {
	case "Datuk", "Dato", "Datin", "Tun", "Tan", "Puan", "Toh":
		return true
	}
	return false
}

// lowerBeforeTitle reads, at item q after a body's name, one or two
// lower-case words, a title and a name ("national security spokesman John
// Kirby") and returns the item of the title; q when the words are not so.
func (fr *fieldRun) lowerBeforeTitle(q int) int {
	for k := q; k < q+2 && k < len(fr.items); k++ {
		x := &fr.items[k]
		if x.kind != iWord || !fr.adj(k) || determiners[x.text] || linkWords[x.text] || speechVerbs[x.text] {
			return q
		}
		t := k + 1
		if !x.lower && (stopCaps[x.text] || !fr.isMatch(t, kb.KindTitle)) {
			return q // a capitalised word only right before the title ("EU Enlargement Commissioner")
		}
		if !fr.isMatch(t, kb.KindTitle) || !fr.adj(t) {
			continue
		}
		n := t + 1
		if fr.punct(n) == "," {
			n++ // "the UN aid chief, Oskar Lind"
		}
		if fr.isMatch(n, kb.KindPerson) || fr.nameEnd(n, 4)-n >= 2 {
			return t
		}
		return q
	}
	return q
}

// officeOrg reads, at item q, a KB body named by its head's office ("UN
// High Commissioner for Refugees": the body's name ends in a title the KB
// knows) right before a person's name: the person holds the office, of the
// body's country. It returns q when the words are not so.
func (fr *fieldRun) officeOrg(q int, iso, org string) int {
	x := &fr.items[q]
	if org == "" || iso == "" || !x.cap || fr.capsField || !fr.adj(q) {
		return q
	}
	words := strings.Fields(lower(x.text))
	sector := ""
	for i := 1; i < len(words) && sector == ""; i++ {
		if ts := fr.r.k.TitleNoun(strings.Join(words[i:], " ")); len(ts) > 0 {
			sector = ts[0].Sector
		}
	}
	if sector == "" {
		return q
	}
	nq, nEnd := q+1, q+1
	var people []string
	if fr.isMatch(nq, kb.KindPerson) {
		people = refIDs(fr.items[nq].refsOf(kb.KindPerson))
		nEnd = nq + 1
	} else if nEnd = fr.nameEnd(nq, 4); nEnd-nq < 2 || !fr.plainName(nq, nEnd) {
		return q
	}
	fr.orgMention(q, org)
	return fr.person(nq, nEnd, people, true, x.text, sector, iso, "", false)
}

// linkWords are lower-case words that join phrases rather than qualify a
// title.
var linkWords = set("and", "or", "of", "to", "for", "in", "on", "at", "with", "by", "from", "as", "after", "before")

// counterpart reads "counterpart, NAME" at item q after a demonym ("his
// Colombian counterpart, Ramiro Velandia,"): the person named is of the
// demonym's country. It returns q when the words are not such a phrase.
func (fr *fieldRun) counterpart(q int, mods []int, country string) int {
	if country == "" || len(mods) == 0 || mods[len(mods)-1] != q-1 || !fr.items[q-1].has(kb.KindDemonym) ||
		!fr.adj(q-1) || fr.word(q) != "counterpart" || fr.capsField {
		return q
	}
	nq := q + 1
	if fr.punct(nq) == "," {
		nq++
	} else if !fr.adj(q) {
		return q
	}
	var people []string
	nEnd := nq
	if fr.isMatch(nq, kb.KindPerson) {
		people = refIDs(fr.items[nq].refsOf(kb.KindPerson))
		nEnd = nq + 1
	} else if fr.isNameWord(nq) {
		if nEnd = fr.nameEnd(nq, 4); nEnd-nq < 2 || !fr.plainName(nq, nEnd) {
			return q
		}
	} else {
		return q
	}
	if p := fr.punct(nEnd); nq > q+1 && p != "," && p != "." && nEnd < len(fr.items) && !speechVerbs[fr.word(nEnd)] {
		return q // after a comma the name is an appositive
	}
	fr.modMentions(mods)
	return fr.person(nq, nEnd, people, true, "", "", country, "", false)
}

// possessedPerson reports whether the name at items q0..q1 is a person's
// full name right after a country's possessive, the only modifier read
// ("Iran's Mohammad Javad Zarif", "Turkey's Mevlut Cavusoglu"): two words
// or more, opening on a given name, that do not name a body or a place
// ("Nigeria's Lagos State", "Brazil's Rio de Janeiro").
func (fr *fieldRun) possessedPerson(mods []int, modOrg string, q0, q1 int) bool {
	items := fr.items
	if fr.capsField || modOrg != "" || len(mods) != 1 || q1-q0 < 2 || q0 < 2 || mods[0] != q0-2 ||
		items[q0-1].kind != iPoss || !fr.adj(q0-2) || !fr.adj(q0-1) {
		return false
	}
	c := &items[q0-2]
	if c.kind != iMatch || !c.has(kb.KindCountry) || c.has(kb.KindOrg) || !isGivenName(items[q0].text) {
		return false
	}
	for k := q0; k < q1; k++ {
		if items[k].kind != iWord || placeWords[items[k].text] || orgKeywords[items[k].text] {
			return false
		}
	}
	s, e := fr.span(q0, q1)
	if fr.r.placeCountry(items[q0].text) != "" || fr.r.placeCountry(fr.text[s:e]) != "" {
		return false
	}
	_, kw := fr.orgEnd(q0)
	return !kw
}

// officer reads a title at item t and a name after it naming an officer of
// body ei, named before it by the acronym acr ("MDP chairperson Fayyaz
// Ismail"): the person holds "<acr> <Title>", of the body's country and
// sector. It returns the end of the name, or t when the words at t are not
// so.
func (fr *fieldRun) officer(ei int, acr string, t int) int {
	items, n := fr.items, len(fr.items)
	if t+1 >= n || !fr.isMatch(t, kb.KindTitle) || items[t].has(kb.KindPerson) || !fr.adj(t) {
		return t
	}
	nq := t + 1
	for k := 0; k < 2 && nq+1 < n && isRank(items[nq].text) && fr.adj(nq-1); k++ {
		nq++ // "spokesman Colonel Tamala Phiri", "Lieutenant Colonel"
	}
	nEnd := nq
	var people []string
	if fr.isMatch(nq, kb.KindPerson) {
		people, nEnd = refIDs(items[nq].refsOf(kb.KindPerson)), nq+1
	} else if fr.isNameWord(nq) {
		if nEnd = fr.nameEnd(nq, 4); nEnd-nq < 2 {
			nEnd = nq
		}
	}
	if nEnd == nq {
		return t
	}
	_, _, sector := fr.r.canonical(&items[t])
	body := fr.r.ents[ei].e
	if body.Sector != "" {
		sector = body.Sector
	}
	title := acr + " " + titleCase(items[t].text)
	return fr.person(nq, nEnd, people, true, title, sector, body.Country, "", false)
}

// orgOfficer reads, after a body the KB lacks named at [s,e) and ending
// at item end, a title and a name: "Malawi Defence Force spokesman Tamala
// Phiri" is the body's officer, of its country. It returns where the
// reading stops.
func (fr *fieldRun) orgOfficer(s, e, end int) int {
	if end >= len(fr.items) || !fr.adj(end-1) {
		return end
	}
	ei, ok := fr.r.byKey["UO:"+kb.Slug(fr.text[s:e])]
	if !ok {
		return end
	}
	return fr.officer(ei, fr.r.ents[ei].e.Name, end)
}

// isRank reports whether every word of t is a military rank ("Colonel",
// "Lieutenant Colonel").
func isRank(t string) bool {
	ws := strings.Fields(t)
	for _, w := range ws {
		if !militaryRanks[w] {
			return false
		}
	}
	return len(ws) > 0
}

// pluralTitle reads a title in the plural before two names joined by
// "and": "Foreign Ministers Nikola Dimitrov and Nikos Kotzias", "The
// presidents of Senegal and Benin, Macky Sall and Thomas Boni Yayi,",
// "Greek and Macedonian foreign ministers Nikos Kotzias and Nikola
// Dimitrov". Each name gets the title, and the countries named with it in
// the same order when two are. It returns p when the words at p are not
// such a title.
func (fr *fieldRun) pluralTitle(p int) int {
	items, n := fr.items, len(fr.items)
	q := p
	if fr.word(q) == "the" && fr.adj(q) {
		q++
	}
	// Two demonyms before the title: "Greek and Macedonian".
	var countries []string
	var mods []int
	if q+3 < n && fr.isMatch(q, kb.KindDemonym) && fr.word(q+1) == "and" && fr.isMatch(q+2, kb.KindDemonym) && fr.adj(q+2) {
		a, _ := items[q].ref(kb.KindDemonym)
		b, _ := items[q+2].ref(kb.KindDemonym)
		countries, mods = []string{a.ID, b.ID}, []int{q, q + 2}
		q += 3
	}
	// The title: one to three words, the last in the plural.
	tq, te := -1, -1
	var refs []kb.Ref
	for w := 1; w <= 3 && q+w <= n; w++ {
		last := &items[q+w-1]
		if last.kind != iWord || w > 1 && !fr.adj(q+w-2) {
			break
		}
		if !strings.HasSuffix(last.text, "s") || len(last.text) < 5 {
			continue
		}
		s, _ := fr.span(q, q+w)
		text := fr.text[s : last.e-1]
		for _, ref := range fr.r.k.Lookup(text) {
			if ref.Kind == kb.KindTitle {
				refs = append(refs, ref)
			}
		}
		if len(refs) > 0 {
			tq, te = q, q+w
			break
		}
	}
	if tq < 0 {
		return p
	}
	s0, _ := fr.span(tq, te)
	it := item{kind: iMatch, s: s0, e: items[te-1].e - 1, text: fr.text[s0 : items[te-1].e-1], refs: refs}
	_, title, sector := fr.r.canonical(&it)
	k := te
	// "of Senegal and Benin,"
	if countries == nil && fr.word(k) == "of" && fr.adj(k) && k+4 < n && fr.word(k+2) == "and" {
		a, _ := fr.r.refCountry(&items[k+1])
		b, _ := fr.r.refCountry(&items[k+3])
		if a != "" && b != "" && a != "IGO" && b != "IGO" && items[k+1].has(kb.KindCountry) && items[k+3].has(kb.KindCountry) {
			countries, mods = []string{a, b}, []int{k + 1, k + 3}
			k += 4
			if fr.punct(k) == "," {
				k++
			}
		}
	}
	// Two names joined by "and".
	name := func(q int) (int, []string) {
		if q >= n || q > 0 && !fr.adj(q-1) && fr.punct(q-1) != "," {
			return q, nil
		}
		if fr.isMatch(q, kb.KindPerson) {
			return q + 1, refIDs(items[q].refsOf(kb.KindPerson))
		}
		if e := fr.nameEnd(q, 4); e-q >= 2 {
			return e, nil
		}
		return q, nil
	}
	a0 := k
	a1, ap := name(a0)
	if a1 == a0 || fr.word(a1) != "and" || !fr.adj(a1-1) {
		return p
	}
	b0 := a1 + 1
	b1, bp := name(b0)
	if b1 == b0 || b1 < n && items[b1].kind != iPunct && !(items[b1].kind == iWord && items[b1].lower) {
		return p
	}
	fr.modMentions(mods)
	c := func(i int) string {
		if len(countries) == 2 {
			return countries[i]
		}
		return ""
	}
	gender := titleGender[strings.TrimSuffix(lastWord(lower(it.text)), "s")]
	r := fr.r
	n0 := len(r.mentions)
	fr.person(a0, a1, ap, true, title, sector, c(0), gender, false)
	end := fr.person(b0, b1, bp, true, title, sector, c(1), gender, false)
	if countries == nil {
		// Two holders of one office are of two countries the text does
		// not say: the dateline places neither.
		for _, m := range r.mentions[n0:] {
			if m.Entity >= 0 && m.Kind == dateline.MentionName {
				r.ents[m.Entity].shared = true
			}
		}
	}
	return end
}

// possessorCountry returns the country of the person whose name, in the
// possessive, stands right before item q ("President Bashar al-Assad's
// government"): the country the text gave the person, else the one all
// their KB roles share; "" when there is none.
func (fr *fieldRun) possessorCountry(q int) string {
	if q < 2 || fr.items[q-1].kind != iPoss || !fr.adj(q-1) {
		return ""
	}
	r := fr.r
	end := fr.items[q-2].e
	for k := len(r.mentions) - 1; k >= 0; k-- {
		m := r.mentions[k]
		if m.Field != fr.f || m.End != end || m.Entity < 0 {
			continue
		}
		e := r.ents[m.Entity]
		if e.e.Type != dateline.Person {
			return ""
		}
		if e.e.Country != "" {
			return e.e.Country
		}
		return r.personCountry([]string{e.e.KBID})
	}
	return ""
}

// pronounPossessor returns the country a possessive pronoun at item q
// ("its", "their") stands for: the last country named before it in its
// sentence; "" when there is none.
func (fr *fieldRun) pronounPossessor(q int) string {
	for k := q - 1; k >= 0; k-- {
		if p := fr.punct(k); p == "." || p == "!" || p == "?" {
			return ""
		}
		x := &fr.items[k]
		if x.kind == iMatch && x.has(kb.KindCountry) && !x.has(kb.KindOrg) {
			ref, _ := x.ref(kb.KindCountry)
			return ref.ID
		}
	}
	return ""
}

// titleCase capitalises each word: "minister" → "Minister".
func titleCase(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		if x == strings.ToLower(x) && !orgConnectors[x] {
			r, n := utf8.DecodeRuneInString(x)
			w[i] = string(unicode.ToUpper(r)) + x[n:]
		}
	}
	return strings.Join(w, " ")
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// givenFits keeps the KB people whose given name fits the words before
// their surname in the text ("Sergei" for Sergey Lavrov: the same first
// three letters). "Hassan Abdel Ghani" is not Ashraf Ghani.
func (r *run) givenFits(given string, ids []string) []string {
	g := []rune(lower(strings.Fields(given)[0]))
	if len(g) > 3 {
		g = g[:3]
	}
	var out []string
	for _, id := range ids {
		p, ok := r.k.Person(id)
		if !ok {
			continue
		}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			w := strings.Fields(n)
			if len(w) >= 2 && strings.HasPrefix(lower(w[0]), string(g)) {
				out = append(out, id)
				break
			}
		}
	}
	return out
}

func refIDs(refs []kb.Ref) []string {
	out := make([]string, len(refs))
	for i, r := range refs {
		out[i] = r.ID
	}
	return out
}

// refCountry returns the country (or org) an item names as a modifier.
func (r *run) refCountry(x *item) (iso, org string) {
	if ref, ok := r.orgRef(x); ok {
		o, _ := r.k.Org(ref.ID)
		return o.Country, ref.ID
	}
	for _, k := range []kb.Kind{kb.KindCountry, kb.KindMetonym, kb.KindCapital} {
		if ref, ok := x.ref(k); ok {
			return ref.ID, ""
		}
	}
	return "", ""
}

// ofCountry reads "of Syria" (or, with orgs, "of the United Nations") at
// item q; the country or body is named in its own right too.
func (fr *fieldRun) ofCountry(q int, orgs bool) (string, int) {
	if fr.word(q) != "of" || !fr.adj(q) {
		return "", q
	}
	x := q + 1
	if fr.word(x) == "the" && fr.adj(x) {
		x++
	}
	if x < len(fr.items) && fr.items[x].kind == iMatch {
		if iso, org := fr.r.refCountry(&fr.items[x]); iso != "" && (org == "" || orgs) {
			fr.modMentions([]int{x})
			return iso, x + 1
		}
	}
	if fr.r.st.places != nil && fr.isNameWord(x) {
		// "the government of Sindh province", "deputy governor of the
		// Tyumen region": a place the gazetteer knows.
		e := fr.nameEnd(x, 3)
		s, _ := fr.span(x, e)
		if c := fr.r.placeCountry(fr.text[s:fr.items[e-1].e]); c != "" {
			return c, e
		}
	}
	return "", q
}

// ofBody reads "of [the] [Country's | Demonym] [adjectives] body" after a
// role noun at item q ("of Kyrgyzstan's interim government", "of the
// interim government,"), where body is a state's generic body noun of the
// KB and a comma or full stop follows: it names the body in its own right
// and returns the country named with it, the item the body's name starts
// at and the end. bq is -1 when there is no such complement.
func (fr *fieldRun) ofBody(q int) (country string, bq, end int) {
	c, cq, from, k := fr.ofBodyEnd(q)
	if from < 0 {
		return "", -1, q
	}
	if p := fr.punct(k); p != "," && p != "." {
		return "", -1, q
	}
	if bc := fr.nameBody(cq, from, k); c == "" {
		c = bc
	}
	return c, from, k
}

// nameBody records the body read by ofBodyEnd (items from to end) and the
// country item cq before it (-1 for none), and returns the body's country
// as far as it is known: named with it, or of the same body named before
// ("the interim government" after "Kyrgyzstan's interim government").
func (fr *fieldRun) nameBody(cq, from, end int) string {
	if cq >= 0 {
		fr.modMentions([]int{cq})
	}
	c := ""
	if cq >= 0 {
		c, _ = fr.r.refCountry(&fr.items[cq])
	}
	s, e := fr.span(from, end)
	n := len(fr.r.mentions)
	fr.body(&fr.items[end-1], s, e, c, true, false)
	if c == "" && len(fr.r.mentions) > n {
		if ei := fr.r.mentions[len(fr.r.mentions)-1].Entity; ei >= 0 && fr.r.ents[ei].e.Country != "IGO" {
			c = fr.r.ents[ei].e.Country
		}
	}
	return c
}

// ofBodyEnd reads the complement ofBody reads, naming nothing: it returns
// the country, the item naming it (-1 for none), the item the body's name
// starts at (-1 when there is no such complement) and the end.
func (fr *fieldRun) ofBodyEnd(q int) (country string, cq, from, end int) {
	if fr.word(q) != "of" || !fr.adj(q) {
		return "", -1, -1, q
	}
	k := q + 1
	if fr.word(k) == "the" && fr.adj(k) {
		k++
	}
	c := ""
	cq = -1
	if k < len(fr.items) && fr.items[k].kind == iMatch && !fr.items[k].has(kb.KindBody) && !fr.items[k].has(kb.KindTitle) {
		if ref, ok := fr.items[k].ref(kb.KindDemonym); ok && fr.adj(k) {
			c, cq = ref.ID, k
			k++
		} else if ref, ok := fr.items[k].ref(kb.KindCountry); ok && k+1 < len(fr.items) && fr.items[k+1].kind == iPoss {
			c, cq = ref.ID, k
			k += 2
		}
	}
	from = k
	for n := 0; n < 2 && k+1 < len(fr.items) && fr.adj(k) && fr.items[k].kind == iWord && fr.items[k].lower &&
		!apposStops[fr.items[k].text] && fr.items[k].text != "the"; n++ {
		k++ // "interim", "transitional military"
	}
	if k >= len(fr.items) || !fr.adj(k-1) || !fr.isMatch(k, kb.KindBody) || fr.items[k].has(kb.KindTitle) ||
		fr.items[k].has(kb.KindOrg) || fr.items[k].has(kb.KindPerson) {
		return "", -1, -1, q
	}
	ref, _ := fr.items[k].ref(kb.KindBody)
	if b, ok := fr.r.k.Body(ref.ID); !ok || b.Type == dateline.Group || !stateSectors[b.Sector] {
		return "", -1, -1, q // "the head of the rebels" is no office
	}
	return c, cq, from, k + 1
}

// isRank reports whether item q is a military rank ("General",
// "Colonel-Major").
func (fr *fieldRun) isRank(q int) bool {
	for _, ref := range fr.items[q].refsOf(kb.KindTitle) {
		if t, ok := fr.r.k.Title(ref.ID); ok && rankTitles[strings.ToLower(t.Canonical)] {
			return true
		}
	}
	return false
}

// ofOrg peeks at "of [the] [lower-case words] BODY" at item q ("the leader
// of the liberal Free Democrats") and returns the KB body's id, or "". It
// records nothing: the body is read in its own right afterwards.
func (fr *fieldRun) ofOrg(q int) string {
	if fr.word(q) != "of" || !fr.adj(q) {
		return ""
	}
	x := q + 1
	if fr.word(x) == "the" && fr.adj(x) {
		x++
	}
	for k := 0; k < 2 && x < len(fr.items) && fr.items[x].kind == iWord && fr.items[x].lower && fr.adj(x); k++ {
		x++ // "liberal", "ruling"
	}
	if x < len(fr.items) && fr.items[x].kind == iMatch {
		if ref, ok := fr.r.orgRef(&fr.items[x]); ok {
			return ref.ID
		}
	}
	return ""
}

// modMentions records the names read as modifiers ("US Ambassador",
// "Russia's envoy", "Syrian Foreign Minister") as mentions of the states and
// bodies they name.
func (fr *fieldRun) modMentions(mods []int) {
	r := fr.r
	for _, q := range mods {
		x := &fr.items[q]
		switch {
		case x.has(kb.KindOrg):
			ref, _ := r.orgRef(x)
			fr.orgMention(q, ref.ID)
		case x.has(kb.KindCountry):
			ref, _ := x.ref(kb.KindCountry)
			ei := fr.country(ref.ID)
			r.ents[ei].actorUse = true
			r.mention(ei, fr.f, x.s, x.e, dateline.MentionName, "", "")
		case x.has(kb.KindMetonym):
			fr.metonym(x)
		case x.has(kb.KindCapital):
			ref, _ := x.ref(kb.KindCapital)
			fr.capital(x, ref.ID)
		case x.has(kb.KindDemonym):
			ref, _ := x.ref(kb.KindDemonym)
			r.mention(fr.country(ref.ID), fr.f, x.s, x.e, dateline.MentionDemonym, "", "")
		}
	}
}

// titleOrg names the body or state a title begins with ("NATO
// Secretary-General", "Kremlin spokesman", "White House Press Secretary")
// and returns its country.
func (fr *fieldRun) titleOrg(q int) string {
	x := &fr.items[q]
	words := strings.Fields(x.text)
	if len(words) >= 2 && lower(words[0]) == "european" && lower(fr.r.k.CanonicalTitle(x.text)) == "commissioner" {
		// "European Commissioner": a member of the European Commission
		// ("European" alone names no body).
		if o, ok := fr.r.k.Org("EU-COMMISSION"); ok {
			return o.Country
		}
	}
	for n := len(words) - 1; n >= 1; n-- {
		prefix := strings.Join(words[:n], " ")
		if !strings.HasPrefix(x.text, prefix) {
			return ""
		}
		refs := fr.r.k.Lookup(prefix)
		if len(refs) == 0 {
			continue
		}
		sub := item{kind: iMatch, s: x.s, e: x.s + len(prefix), text: prefix, name: prefix, refs: refs, cap: x.cap}
		for _, ref := range refs {
			switch ref.Kind {
			case kb.KindOrg, kb.KindCountry, kb.KindMetonym, kb.KindDemonym:
				if ref.Kind == kb.KindMetonym {
					sub.name = fr.r.metonymName(prefix, ref.ID)
				}
				fr.items = append(fr.items, sub) // a scratch item for modMentions
				fr.modMentions([]int{len(fr.items) - 1})
				fr.items = fr.items[:len(fr.items)-1]
				iso, _ := fr.r.refCountry(&sub)
				if ref.Kind == kb.KindDemonym {
					iso = ref.ID
				}
				return iso
			}
		}
	}
	return ""
}

// metonymName returns the KB's spelling of a metonym found in a title.
func (r *run) metonymName(text, iso string) string {
	if c, ok := r.k.Country(iso); ok {
		for _, m := range c.Metonyms {
			if strings.EqualFold(m, text) {
				return m
			}
		}
	}
	return text
}

func (fr *fieldRun) metonym(x *item) {
	r := fr.r
	met, _ := x.ref(kb.KindMetonym)
	name := strings.TrimPrefix(x.name, "the ")
	ei := r.entity("M:"+met.ID+":"+lower(name), func() dateline.Entity {
		return dateline.Entity{ID: kb.Slug(met.ID + " " + name), Name: name, Type: dateline.Org, Country: met.ID, Sector: "GOV"}
	})
	r.ents[ei].state = true
	r.mention(ei, fr.f, x.s, x.e, dateline.MentionMetonym, "", "")
}

func (fr *fieldRun) capital(x *item, iso string) {
	r := fr.r
	name := x.name
	ei := r.entity("L:"+iso+":"+name, func() dateline.Entity {
		return dateline.Entity{ID: kb.Slug(iso + " " + name), Name: name, Type: dateline.Place, Country: iso}
	})
	r.mention(ei, fr.f, x.s, x.e, dateline.MentionName, "", "")
}

// person records a person mention for items [q0,q1).
func (fr *fieldRun) person(q0, q1 int, people []string, cue bool, title, tsector, country, gender string, hon bool) int {
	s, e := fr.span(q0, q1)
	name := fr.text[s:e]
	r := fr.r
	single := q1-q0 == 1 && !strings.Contains(strings.TrimSpace(name), " ")
	if hon && q1-q0 == 2 {
		// "Mr. Pompeo": the surname alone is looked up.
		x := &fr.items[q1-1]
		r.pend = append(r.pend, pending{f: fr.f, s: s, e: e, text: x.text, gender: gender, hon: true,
			kbPeople: people, pos: pos(fr.f, s), title: title, sector: tsector, country: country})
		return q1
	}
	if single {
		r.pend = append(r.pend, pending{f: fr.f, s: s, e: e, text: name, gender: gender, hon: cue || hon,
			kbPeople: people, pos: pos(fr.f, s), title: title, sector: tsector, country: country})
		return q1
	}
	if len(people) == 0 && r.knownSurname(name) {
		r.pend = append(r.pend, pending{f: fr.f, s: s, e: e, text: name, gender: gender, hon: true,
			pos: pos(fr.f, s), title: title, sector: tsector, country: country})
		return q1
	}
	if len(people) == 1 {
		// "Sheikh Mohammed bin Abdulrahman Al Thani": the KB alias matched
		// ("Sheikh Mohammed bin Abdulrahman") is followed by the rest of
		// the KB name.
		if k := fr.kbNameTail(people[0], q1); k > q1 {
			q1 = k
			s, e = fr.span(q0, q1)
			name = fr.text[s:e]
		}
	}
	if country == "" {
		country = fr.headedBy(q0) // "a Saudi delegation headed by NAME"
	}
	var ei int
	if len(people) > 0 {
		id := r.choosePerson(people, title, country)
		ei = r.personEntity(id)
	} else {
		ei = r.entity("U:"+kb.Slug(name), func() dateline.Entity {
			return dateline.Entity{ID: kb.Slug(name), Name: name, Type: dateline.Person}
		})
	}
	en := r.ents[ei]
	r.addSurnames(ei)
	en.surnames[name] = true
	if en.e.Gender == "" {
		en.e.Gender = gender
	}
	if country != "" && en.e.Country == "" {
		en.e.Country = country
	}
	if tsector != "" && en.e.Sector == "" {
		en.e.Sector = tsector
	}
	r.mention(ei, fr.f, s, e, dateline.MentionName, title, country)
	return fr.appositive(q1, ei)
}

// amongCountry returns the country of the body or group named right
// before ", among them" or ", including" before item q ("expelled six
// Canadian diplomats, among them acting high commissioner NAME"): the
// person named next is one of them. It returns "" otherwise, and for an
// intergovernmental body.
func (fr *fieldRun) amongCountry(q int) string {
	k := q - 1
	switch {
	case fr.word(k) == "including" && fr.adj(k):
	case fr.word(k) == "them" && fr.word(k-1) == "among" && fr.adj(k) && fr.adj(k-1):
		k--
	default:
		return ""
	}
	if fr.punct(k-1) != "," || k < 2 {
		return ""
	}
	return fr.bodyCountryEndingAt(fr.items[k-2].e)
}

// headedBy returns the country of the body or group named right before
// "headed by" or "led by" before item q ("a Saudi delegation headed by
// NAME", "Iranian forces led by NAME"): its leader is of that country. It
// returns "" otherwise.
func (fr *fieldRun) headedBy(q int) string {
	if q < 3 || fr.word(q-1) != "by" || !fr.adj(q-2) || !fr.adj(q-1) {
		return ""
	}
	if v := fr.word(q - 2); v != "headed" && v != "led" || !fr.adj(q-3) {
		return ""
	}
	return fr.bodyCountryEndingAt(fr.items[q-3].e)
}

// bodyCountryEndingAt returns the country of the body or group whose latest
// mention in the field ends at byte end ("six Canadian diplomats", "a Saudi
// delegation"), "" when that mention is of anything else or of an
// intergovernmental body.
func (fr *fieldRun) bodyCountryEndingAt(end int) string {
	for k := len(fr.r.mentions) - 1; k >= 0; k-- {
		m := fr.r.mentions[k]
		if m.Field != fr.f || m.End != end || m.Entity < 0 {
			continue
		}
		if e := fr.r.ents[m.Entity].e; (e.Type == dateline.Org || e.Type == dateline.Group) && e.Country != "IGO" {
			return e.Country
		}
		return ""
	}
	return ""
}

// kbNameTail returns the end of the words from item q on that complete KB
// person id's name after the words before q ("Al Thani" after "Sheikh
// Mohammed bin Abdulrahman"), or q when they do not.
func (fr *fieldRun) kbNameTail(id string, q int) int {
	p, ok := fr.r.k.Person(id)
	if !ok || q >= len(fr.items) || !fr.adj(q-1) {
		return q
	}
	before := lower(foldDiacritics(lastWord(fr.items[q-1].text)))
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		w := strings.Fields(lower(foldDiacritics(n)))
		for i := 0; i+1 < len(w); i++ {
			if w[i] != before {
				continue
			}
			// the words after w[i] must follow in the text
			k, j := q, i+1
			for j < len(w) && k < len(fr.items) && fr.items[k].kind != iPunct && lower(foldDiacritics(fr.items[k].text)) == w[j] && fr.adj(k-1) {
				k++
				j++
			}
			if j == len(w) && k > q {
				return k
			}
		}
	}
	return q
}

// choosePerson picks among KB people with the same name the one whose
// roles fit the title and country read in the text, else the first.
func (r *run) choosePerson(ids []string, title, country string) string {
	if len(ids) == 1 {
		return ids[0]
	}
	for _, id := range ids {
		if _, ok := r.byKey["P:"+id]; ok {
			return id
		}
	}
	for _, id := range ids {
		for _, ro := range r.k.Roles(id) {
			if (title == "" || strings.EqualFold(r.k.CanonicalTitle(ro.Title), title)) && (country == "" || ro.Country == country) && (title != "" || country != "") {
				return id
			}
		}
	}
	return ids[0]
}

// appositive reads ", the Russian foreign minister," after a person's name
// at item q: the title goes to the name's mention and is a role mention of
// the same entity.
func (fr *fieldRun) appositive(q, ei int) int {
	if fr.punct(q) != "," {
		return q
	}
	i := q + 1
	start := i
	if determiners[fr.word(i)] {
		i++
	}
	if fr.word(i) == "who" && headVerbs[fr.word(i+1)] != "" {
		return fr.whoHeads(q, i, ei)
	}
	if fr.word(i) == "member" {
		// "Wang Yi, a member of the Political Bureau of the … Central
		// Committee and director of the Office of …,": the office named
		// after the membership.
		k := fr.officeAfterMembership(i + 1)
		if k <= i+1 {
			return q
		}
		i = k
		start = i
	}
	country := ""
	var mods []int
	prefix := -1 // a title word read as a prefix of the title after it ("chief physician")
	for i < len(fr.items) {
		x := &fr.items[i]
		if titlePrefixes[fr.word(i)] {
			i++
			continue
		}
		if x.kind == iMatch && x.has(kb.KindTitle) && titlePrefixes[lower(x.text)] && fr.adj(i) && fr.isMatch(i+1, kb.KindTitle) {
			prefix = i
			i++
			continue
		}
		generic := x.kind == iMatch && x.lower && x.has(kb.KindBody) && !x.has(kb.KindOrg) && !x.has(kb.KindCountry) && !x.has(kb.KindTitle)
		if (x.kind == iWord && x.lower || generic) && i+1 < len(fr.items) && fr.items[i+1].kind == iPoss {
			i += 2 // "the hospital's chief physician"
			continue
		}
		if x.kind != iMatch || x.has(kb.KindTitle) || x.has(kb.KindPerson) {
			break
		}
		if ref, ok := x.ref(kb.KindDemonym); ok {
			country = ref.ID
			mods = append(mods, i)
			i++
			continue
		}
		iso, org := fr.r.refCountry(x)
		if iso != "" && i+1 < len(fr.items) && fr.items[i+1].kind == iPoss {
			country = iso
			mods = append(mods, i)
			i += 2
			continue
		}
		if (iso != "" || org != "") && fr.adj(i) && (fr.isMatch(i+1, kb.KindTitle) || titlePrefixes[fr.word(i+1)]) {
			// "the European Union official", "the US Special Representative"
			country = iso
			mods = append(mods, i)
			i++
			continue
		}
		break
	}
	if !fr.isMatch(i, kb.KindTitle) {
		return q
	}
	keys, show, sector := fr.r.canonical(&fr.items[i])
	if prefix >= 0 {
		show = titleCase(fr.text[fr.items[prefix].s:fr.items[i].e])
		keys = append(keys, lower(show))
	}
	end := i + 1
	if country == "" {
		if c, e := fr.ofCountry(end, true); c != "" {
			if e < len(fr.items) && fr.adj(e-1) && fr.items[e].kind != iPunct && fr.items[e].cap {
				// "a magistrate of the Managua Court of Appeals": the
				// place opens the name of a body of its country.
				if te := fr.apposTail(end); te > e {
					country, end = c, te
				}
			} else {
				country, end = c, e
			}
		}
	}
	if country == "" {
		// "Munir Mustafa, the group's head": the officer of the body the
		// paragraph named last.
		if ai := fr.bodyAnaphor(i); ai >= 0 {
			country = fr.r.ents[ai].e.Country
			if sec := fr.r.ents[ai].e.Sector; sec != "" {
				sector = sec
			}
		}
	}
	if end == i+1 {
		// "a spokeswoman for the United Nations": the body named gives
		// the country; "the chairman of the foreign affairs committee":
		// the complement is part of the title.
		if e := fr.apposTail(end); e > end {
			var named []int
			for k := end; k < e; k++ {
				if x := &fr.items[k]; x.kind == iMatch && x.has(kb.KindOrg) && !x.has(kb.KindPerson) && !x.has(kb.KindTitle) {
					named = append(named, k)
				}
			}
			if len(named) > 0 {
				if iso, _ := fr.r.refCountry(&fr.items[named[0]]); country == "" && iso != "" {
					country = iso
				}
				mods = append(mods, named...)
			} else {
				ts, _ := fr.span(i, e)
				show = titleCase(fr.text[ts:fr.items[e-1].e])
				keys = append(keys, lower(show))
			}
			end = e
		}
	}
	if p := fr.punct(end); end < len(fr.items) && p != "," && p != "." && p != ";" && p != ")" && p != "—" && p != "–" && !apposStops[fr.word(end)] {
		return q
	}
	r := fr.r
	if country == "" && r.ents[ei].e.KBID == "" {
		country = fr.placeAfter(end) // "a doctor at a hospital in Idlib city"
	}
	for k := i + 1; k < end; k++ {
		// "Ali Shamkhani, secretary of Iran's Supreme National Security
		// Council,": the KB office the person holds in the body named.
		if x := &fr.items[k]; x.kind == iMatch && x.has(kb.KindOrg) && !x.has(kb.KindPerson) {
			if ref, ok := r.orgRef(x); ok {
				if t := r.kbOffice(ei, ref.ID, lastWord(lower(fr.items[i].text))); t != "" {
					show = t
					keys = append(keys, lower(t))
				}
			}
			break
		}
	}
	fr.modMentions(mods)
	// Put the title on the name's mention.
	for k := len(r.mentions) - 1; k >= 0; k-- {
		if r.mentions[k].Entity == ei {
			if r.mentions[k].Title == "" {
				r.mentions[k].Title = show
			}
			if r.mentions[k].Country == "" {
				r.mentions[k].Country = country
			}
			break
		}
	}
	en := r.ents[ei]
	for _, k := range keys {
		en.titles[k] = true
	}
	if g := titleGender[lastWord(lower(fr.items[i].text))]; g != "" && en.e.Gender == "" {
		en.e.Gender = g
	}
	if en.e.KBID == "" {
		if en.e.Country == "" {
			en.e.Country = country
		}
		if en.e.Sector == "" {
			en.e.Sector = sector
		}
	}
	s, e := fr.span(start, i+1)
	r.mention(ei, fr.f, s, e, dateline.MentionRole, show, country)
	return end
}

// body records a generic body mention.
//
// A body of no known country is taken only when it is definite ("the
// military") or speaks ("officials said"): "attacks on schools" names no
// actor. It restates a body of its kind named before ("the ministry"
// after "the Russian defence ministry"), except when it is a bare plural
// of armed men that does not speak, defined by the words after it (bare:
// "after soldiers led by …", "Troops from Botswana"): men not named before.
func (fr *fieldRun) body(x *item, s, e int, country string, definite, bare bool) {
	r := fr.r
	ref, _ := x.ref(kb.KindBody)
	b, _ := r.k.Body(ref.ID)
	if country == "" && bare && !definite && b.Sector == "MIL" && strings.HasSuffix(lower(x.text), "s") {
		return
	}
	if country == "" {
		// "the ministry" after "the Russian defense ministry": the same body.
		var cands []int
		for i, en := range r.ents {
			if en.body == ref.ID {
				cands = append(cands, i)
			}
		}
		if len(cands) > 0 {
			// "the administration" is the "Biden administration" rather
			// than the "Russian government" named since.
			head := lastWord(lower(fr.text[s:e]))
			var same []int
			for _, c := range cands {
				for _, m := range r.mentions {
					if m.Entity == c && lastWord(lower(m.Text)) == head {
						same = append(same, c)
						break
					}
				}
			}
			if len(same) > 0 {
				cands = same
			}
			var home bool
			cands, home = fr.homeBodies(cands, s)
			if len(cands) > 0 {
				r.mention(r.pick(cands, pos(fr.f, s), true), fr.f, s, e, dateline.MentionName, "", "")
				return
			}
			if home {
				country = r.dlISO
			}
		}
		if !definite && country == "" {
			return
		}
	}
	if id, ok := r.st.bodyOrgs[country+"|"+lower(x.text)]; ok && country != "" {
		// "Turkey's defense ministry": the KB's Turkish Defence Ministry.
		ei := r.orgEntity(id)
		r.ents[ei].body = ref.ID
		if r.ents[ei].written == "" {
			r.ents[ei].written = strings.TrimSpace(fr.text[s:e])
		}
		r.mention(ei, fr.f, s, e, dateline.MentionName, "", "")
		return
	}
	name := strings.TrimSpace(fr.text[s:e])
	typ := b.Type
	if typ == "" {
		typ = dateline.Org
	}
	id := kb.Slug(ref.ID)
	if country != "" {
		id = kb.Slug(country + " " + ref.ID)
	}
	ei := r.entity("B:"+ref.ID+":"+country, func() dateline.Entity {
		return dateline.Entity{ID: id, Name: name, Type: typ, Country: country, Sector: b.Sector}
	})
	r.ents[ei].body = ref.ID
	r.mention(ei, fr.f, s, e, dateline.MentionName, "", country)
}

// barePlural reports whether the body noun at item q stands with nothing
// before it in its phrase that marks it as known or counted: no
// determiner, possessive, number or quantity word right before it, nor one
// before a single lower-case word before it ("the freed soldiers", "its
// own troops", "1,000 soldiers" are not bare; "after soldiers", "calls for
// foreign troops", "Troops from …" are).
func (fr *fieldRun) barePlural(q int) bool {
	marks := func(i int) bool {
		if i < 0 || !fr.adj(i) {
			return false
		}
		x := &fr.items[i]
		w := lower(x.text)
		return x.kind == iPoss || determiners[w] || quantityWords[w] || x.kind == iWord && isNumber(strings.ReplaceAll(w, ",", ""))
	}
	if marks(q - 1) {
		return false
	}
	if q >= 1 && fr.items[q-1].kind == iWord && fr.items[q-1].lower && fr.adj(q-1) && marks(q-2) {
		return false
	}
	return true
}

// ownedAfter reports whether the words at item q say whose men a plural
// before them are ("led by", "headed by", "commanded by", "loyal to",
// "from"): a bare plural so defined names men not named before.
func (fr *fieldRun) ownedAfter(q int) bool {
	if !fr.adj(q - 1) {
		return false
	}
	switch fr.word(q) {
	case "from":
		return true
	case "led", "headed", "commanded":
		return fr.word(q+1) == "by" && fr.adj(q)
	case "loyal":
		return fr.word(q+1) == "to" && fr.adj(q)
	}
	return false
}

// quantityWords count or pick out the people of a plural noun after them.
var quantityWords = set("some", "several", "many", "few", "other", "these", "those", "all", "both", "more",
	"most", "dozens", "hundreds", "thousands", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "own")

// ledByCountry reads "led by", "headed by" or "commanded by" at item q and
// a title or rank and the name of a person the KB knows after it ("led
// by General Abdourahamane Tiani"), and returns that person's country: the
// men a leader leads are of the leader's country. "" otherwise.
func (fr *fieldRun) ledByCountry(q int) string {
	if v := fr.word(q); v != "led" && v != "headed" && v != "commanded" || fr.word(q+1) != "by" || !fr.adj(q-1) || !fr.adj(q) {
		return ""
	}
	k := q + 2
	for k < len(fr.items) && k < q+5 && fr.adj(k-1) && fr.isMatch(k, kb.KindTitle) && !fr.isMatch(k, kb.KindPerson) {
		k++
	}
	if !fr.adj(k-1) || !fr.isMatch(k, kb.KindPerson) {
		return ""
	}
	return fr.r.personCountry(refIDs(fr.items[k].refsOf(kb.KindPerson)))
}

// homeBodies keeps, of the bodies cands that a bare body noun at byte s
// ("the government", "the authorities") may stand for, those it may be
// joined to without crossing countries. When the sentence, before the noun,
// names an actor of the dateline's country and none of another country
// (home), a body of another country is kept only when it was named earlier
// in the same paragraph: in a BERLIN story, "The opposition Greens called
// on the government" is not the "Russian authorities" of an earlier
// paragraph, and left with no body the noun is the dateline's. In any other
// sentence the candidates are kept as they are: wire copy about a foreign
// government calls it "the government" paragraphs later. Without a dateline
// country nothing is dropped.
func (fr *fieldRun) homeBodies(cands []int, s int) (kept []int, home bool) {
	r := fr.r
	dl := r.dlISO
	if dl == "" {
		return cands, false
	}
	sent := 0
	if i := sort.SearchInts(fr.sentStarts, s+1); i > 0 {
		sent = fr.sentStarts[i-1]
	}
	para := 0
	if fr.f == dateline.InBody {
		if p := r.paragraphStart(s); p >= 0 {
			para = p
		}
	}
	domestic, foreign := false, false
	for _, m := range r.mentions {
		if m.Field != fr.f || m.Start < sent || m.Start >= s || m.Entity < 0 {
			continue
		}
		switch c := r.ents[m.Entity].e.Country; {
		case c == dl:
			domestic = true
		case c != "" && c != "IGO":
			foreign = true
		}
	}
	for _, p := range r.pend {
		// a demonym on its own ("French shipping firms") is read later
		if p.demonym == "" || p.f != fr.f || p.s < sent || p.s >= s {
			continue
		}
		if p.demonym == dl {
			domestic = true
		} else {
			foreign = true
		}
	}
	home = domestic && !foreign
	if !home {
		return cands, false
	}
	for _, c := range cands {
		cc := r.ents[c].e.Country
		if cc == "" || cc == dl || cc == "IGO" {
			kept = append(kept, c)
			continue
		}
		if r.lastBefore(c, pos(fr.f, s)) < pos(fr.f, para) {
			continue
		}
		kept = append(kept, c)
	}
	return kept, home
}

func (fr *fieldRun) orgMention(q int, id string) {
	x := &fr.items[q]
	fr.orgMentionSpan(x.s, x.e, id)
}

// orgMentionSpan records a mention of KB organisation id at [s,e). A name
// that begins with a country's ("Qatar's Foreign Ministry", "Russian
// Defence Ministry") names that country too.
func (fr *fieldRun) orgMentionSpan(s, e int, id string) {
	r := fr.r
	o, ok := r.k.Org(id)
	if !ok {
		return
	}
	if o.Country != "" && o.Country != "IGO" {
		fr.leadingCountry(s, e, o.Country)
	}
	r.mention(r.orgEntity(id), fr.f, s, e, dateline.MentionName, "", "")
}

// orgEntity returns the entity of KB organisation id, which must exist.
func (r *run) orgEntity(id string) int {
	return r.entity("O:"+id, func() dateline.Entity {
		o, _ := r.k.Org(id)
		typ := o.Type
		if typ == "" {
			typ = dateline.Org
		}
		return dateline.Entity{ID: o.ID, KBID: o.ID, Name: o.Name, Type: typ, Country: o.Country, Sector: o.Sector}
	})
}

// leadingCountry records the country named by the first word of an
// organisation's name in the text ("Qatar's", "Russian"), when it is the
// organisation's own country.
func (fr *fieldRun) leadingCountry(s, e int, iso string) {
	text := fr.text[s:e]
	i := strings.IndexByte(text, ' ')
	if i <= 0 {
		return
	}
	w := text[:i]
	for _, suf := range []string{"'s", "’s"} {
		w = strings.TrimSuffix(w, suf)
	}
	for _, ref := range fr.r.k.Lookup(w) {
		if ref.ID != iso {
			continue
		}
		switch ref.Kind {
		case kb.KindCountry:
			ei := fr.country(iso)
			fr.r.ents[ei].actorUse = true
			fr.r.mention(ei, fr.f, s, s+len(w), dateline.MentionName, "", "")
			return
		case kb.KindDemonym:
			fr.r.mention(fr.country(iso), fr.f, s, s+len(w), dateline.MentionDemonym, "", "")
			return
		}
	}
}

func (fr *fieldRun) unknownOrg(s, e int, country string) {
	if strings.HasPrefix(fr.text[s:e], "The ") || strings.HasPrefix(fr.text[s:e], "the ") {
		s += 4 // "The Sudan People's Liberation Movement"
	}
	name := fr.text[s:e]
	r := fr.r
	for i, o := range r.ents {
		// "the Supreme Council" after "the Supreme Council of the Armed
		// Forces": the short form of a body named in full.
		if (o.e.Type == dateline.Org || o.e.Type == dateline.Group) && len(o.e.Name) > len(name) &&
			strings.HasPrefix(o.e.Name, name+" ") && (strings.HasPrefix(o.e.Name[len(name):], " of ") || strings.HasPrefix(o.e.Name[len(name):], " for ")) &&
			(country == "" || o.e.Country == country) {
			r.mention(i, fr.f, s, e, dateline.MentionName, "", country)
			return
		}
	}
	ei := r.entity("UO:"+kb.Slug(name), func() dateline.Entity {
		return dateline.Entity{ID: kb.Slug(name), Name: name, Type: dateline.Org, Country: country}
	})
	r.mention(ei, fr.f, s, e, dateline.MentionName, "", country)
}

// institutional reports whether the preposition before q ("at the Heritage
// Foundation", "to the House of Commons") usually introduces a body rather
// than a territory.
func (fr *fieldRun) institutional(q int) bool {
	i := q - 1
	if fr.word(i) == "the" {
		i--
	}
	w := fr.word(i)
	return w == "at" || w == "to"
}

// locative reports whether the item before q is a locative preposition.
func (fr *fieldRun) locative(q int) bool {
	i := q - 1
	if w := fr.word(i); w == "the" || w == "a" || w == "an" {
		if w != "the" {
			return true // "a London think tank": the city describes a noun
		}
		i--
	}
	if q == 0 && fr.f == dateline.InBody && isAllCapsWord(fr.items[q].text) && fr.punct(q+1) == "," {
		return true // a dateline left in the body: "MOSCOW, Sept 18 -"
	}
	return locatives[fr.word(i)]
}

// single handles the item at q on its own. det is set when a determiner
// came before it.
func (fr *fieldRun) single(q int, det bool) int {
	items, n := fr.items, len(fr.items)
	if q >= n {
		return q
	}
	x := &items[q]
	r := fr.r
	if x.kind == iMatch && !fr.capsField && !fr.locative(q) && fr.placeFirstName(q) {
		// "Aden Duale, Kenya's defence minister, said": a capital's or a
		// country's name opens a person's name the text marks as one.
		end := fr.nameEnd(q+1, 3)
		// Only an appositive or "according to" will do: "Egypt Air said" is
		// no person.
		if !placeWords[items[end-1].text] && !orgKeywords[items[end-1].text] &&
			(fr.punct(end) == "," || fr.word(q-2) == "according" && fr.word(q-1) == "to") {
			if ok, title, country := fr.personCue(q, end); ok {
				return fr.person(q, end, nil, true, title, "", country, "", false)
			}
		}
	}
	if x.kind == iMatch && !fr.capsField && fr.aliasFirstName(q) {
		// "said Moussa Kanoute, a trader": a one-word KB alias of someone
		// else ("Moussa" of Amr Moussa) opens a longer name the text
		// marks as a person's.
		end := fr.nameEnd(q+1, 3)
		if !placeWords[items[end-1].text] && !orgKeywords[items[end-1].text] {
			if ok, title, country := fr.personCue(q, end); ok {
				if title != "" && country == "" {
					country = fr.placeAfter(end) // "a trader at the main market in Niamey"
				}
				return fr.person(q, end, nil, true, title, "", country, "", false)
			}
		}
	}
	if x.kind == iMatch {
		switch {
		case x.has(kb.KindOrg):
			if fr.word(q+1) == "of" && fr.adj(q) && fr.isNameWord(q+2) && fr.adj(q+1) && !fr.capsField {
				// "the House of Commons": the KB's "the House" begins a
				// longer name it does not know.
				end := q + 2
				for end < n && fr.adj(end-1) && (fr.isNameWord(end) || orgConnectors[fr.word(end)] && fr.isNameWord(end+1)) {
					end++
				}
				s, e := fr.span(q, end)
				if strings.HasPrefix(fr.text[s:e], "the ") || strings.HasPrefix(fr.text[s:e], "The ") {
					s += 4
				}
				if ref, ok := r.pickOrg(r.k.Lookup(fr.text[s:e])); ok {
					fr.orgMentionSpan(s, e, ref.ID) // the KB knows the longer name
					return end
				}
				fr.unknownOrg(s, e, "")
				return end
			}
			ref, _ := r.orgRef(x)
			fr.orgMention(q, ref.ID)
			if q+1 < n && fr.adj(q) && fr.isMatch(q+1, kb.KindBody) {
				return q + 2 // "Islamic State militants"
			}
			return q + 1
		case x.has(kb.KindPerson):
			if !strings.Contains(x.text, " ") && !x.sent && !fr.capsField && fr.isNameWord(q-1) && fr.adj(q-1) && !fr.items[q-1].sent {
				return q + 1 // "Kerem Shalom": a longer name the KB does not know
			}
			return fr.person(q, q+1, refIDs(x.refsOf(kb.KindPerson)), false, "", "", "", "", false)
		case x.has(kb.KindCountry):
			ref, _ := x.ref(kb.KindCountry)
			ei := fr.country(ref.ID)
			if !fr.locative(q) {
				r.ents[ei].actorUse = true
			}
			r.mention(ei, fr.f, x.s, x.e, dateline.MentionName, "", "")
		case x.has(kb.KindMetonym) || x.has(kb.KindCapital):
			if fr.placeNameTail(q) {
				return q + 1 // "Mocímboa da Praia" is not Cape Verde's capital
			}
			_, isMet := x.ref(kb.KindMetonym)
			cap, isCap := x.ref(kb.KindCapital)
			if isCap && (fr.locative(q) || !isMet) {
				fr.capital(x, cap.ID)
				break
			}
			fr.metonym(x)
		case x.has(kb.KindDemonym):
			ref, _ := x.ref(kb.KindDemonym)
			if x.cap && !x.sent && fr.isNameWord(q-1) && fr.adj(q-1) && !fr.items[q-1].sent {
				return q + 1 // "Mark Cuban": a name, read with the word before
			}
			// It may be the surname of someone named in full ("Cuban"
			// after "Mark Cuban"); else it is the country's demonym.
			r.pend = append(r.pend, pending{f: fr.f, s: x.s, e: x.e, text: x.text, pos: pos(fr.f, x.s), demonym: ref.ID})
		}
		return q + 1
	}
	if x.kind == iWord && x.cap {
		if end := fr.describedOrg(q); end > q {
			return end
		}
	}
	if det && fr.ministryAnaphor(q) {
		return q + 1
	}
	if x.kind != iWord || !fr.isNameWord(q) {
		return q + 1
	}
	// A capitalised name that the KB does not know. After a locative it is
	// more likely a place ("in the West Bank") than a body.
	if end, kw := fr.orgEnd(q); kw && !fr.capsField && (!fr.locative(q) || fr.institutional(q)) {
		s, e := fr.span(q, end)
		fr.unknownOrg(s, e, "")
		return end
	}
	max := 4
	if fr.capsField {
		max = 2
	}
	end := fr.nameEnd(q, max)
	if end+1 < n && !fr.capsField && fr.adj(end-1) && fr.adj(end) && items[end].kind == iMatch && items[end].cap &&
		(items[end].has(kb.KindDemonym) || items[end].has(kb.KindCountry)) && !items[end].has(kb.KindOrg) && fr.partyNoun(end+1) {
		// "the Pheu Thai party": a demonym inside a party's name gives
		// the party's country.
		ref, ok := items[end].ref(kb.KindDemonym)
		if !ok {
			ref, _ = items[end].ref(kb.KindCountry)
		}
		last := end + 1
		if items[end+1].cap {
			last = end + 2 // "Pheu Thai Party"
		}
		s, e := fr.span(q, last)
		fr.unknownOrg(s, e, ref.ID)
		if ei, ok := r.byKey["UO:"+kb.Slug(fr.text[s:e])]; ok && r.ents[ei].e.Sector == "" {
			r.ents[ei].e.Sector = "PTY"
		}
		return end + 2
	}
	if end < n && fr.adj(end-1) && fr.isMatch(end, kb.KindPerson) && !strings.Contains(items[end].text, " ") {
		people := r.givenFits(fr.text[items[q].s:items[end-1].e], refIDs(items[end].refsOf(kb.KindPerson)))
		if people != nil || !fr.capsField && !fr.locative(q) && !placeWords[items[end].text] {
			return fr.person(q, end+1, people, true, "", "", "", "", false)
		}
	}
	if end < n && fr.adj(end-1) && fr.isMatch(end, kb.KindDemonym) && items[end].cap && !fr.capsField {
		if ok, title, _ := fr.personCue(q, end+1); ok {
			return fr.person(q, end+1, nil, true, title, "", "", "", false) // "Mark Cuban said"
		}
	}
	s, e := fr.span(q, end)
	name := fr.text[s:e]
	if !fr.capsField && fr.kinBefore(q) {
		// "his daughter, Yulia", "Protasevich's companion Sofia Sapega":
		// a relative named is a person, whom the text does not place. A
		// given name alone takes the family name of the person named
		// last ("Sergei Skripal and his daughter Yulia": Yulia Skripal)
		// when the KB or the article knows that full name.
		if end-q == 1 {
			if ei := fr.relative(name, s); ei >= 0 {
				r.mention(ei, fr.f, s, e, dateline.MentionName, "", "")
				return end
			}
		}
		return fr.person(q, end, nil, true, "", "", "", "", false)
	}
	if end-q == 1 {
		// A single capitalised word: maybe the surname of someone named
		// in full elsewhere.
		speaker := !x.sent && speechVerbs[fr.word(q-1)] && fr.adj(q-1) || speechVerbs[fr.word(end)] && fr.adj(end-1)
		p := pending{f: fr.f, s: s, e: e, text: name, pos: pos(fr.f, s), speaker: speaker}
		if fr.punct(end) == "," && !fr.capsField {
			// "Nijjar, a Canadian citizen whom …": an appositive noun
			// marks the word as a person's surname.
			if ok, title, country := fr.personCue(q, end); ok && title != "" {
				p.apposed, p.title, p.country = true, title, country
			}
		}
		r.pend = append(r.pend, p)
		return end
	}
	if _, ok := r.byKey["U:"+kb.Slug(name)]; ok {
		return fr.person(q, end, nil, true, "", "", "", "", false)
	}
	if r.knownSurname(name) {
		// "Takht Ravanchi" after "Majid Takht Ravanchi".
		r.pend = append(r.pend, pending{f: fr.f, s: s, e: e, text: name, pos: pos(fr.f, s)})
		return end
	}
	if placeWords[items[end-1].text] {
		return end // "Firdos Square", "Kerem Shalom crossing"
	}
	if ok, title, country := fr.personCue(q, end); ok && !fr.capsField && !(title != "" && fr.locative(q)) {
		if title != "" && country == "" {
			country = fr.placeAfter(end) // "a doctor at a hospital in Idlib city"
		}
		if country == "" {
			country = fr.listCountry(q) // "The three women, Romi Gonen, …"
		}
		next := fr.person(q, end, nil, true, title, "", country, "", false)
		if ei, ok := r.byKey["U:"+kb.Slug(name)]; ok {
			if fr.quotedWithAge(q, end) {
				r.ents[ei].private = true
			}
			if speechVerbs[fr.word(end)] && fr.adj(end-1) || speechVerbs[fr.word(q-1)] && fr.adj(q-1) ||
				fr.word(q-2) == "according" && fr.word(q-1) == "to" {
				r.ents[ei].speaker = true // "said Julius Malema", "Julius Malema told reporters"
			}
		}
		return next
	}
	if end-q >= 2 && !fr.capsField && !fr.locative(q) {
		if ok, country := fr.affiliation(end, false); ok {
			// "Fikile Mbalula of the ruling ANC said", "Herman Mashaba of
			// ActionSA told SABC".
			return fr.person(q, end, nil, true, "", "", country, "", false)
		}
	}
	if !fr.capsField && !det && !fr.locative(q) && end-q <= 3 && r.st.firstNames[items[q].text] && fr.plainName(q, end) &&
		r.placeCountry(name) == "" && !fr.nameContinues(end) {
		// "Gwede Mantashe attended": two or three capitalised words
		// opening with a given name are a person's name.
		return fr.person(q, end, nil, true, "", "", "", "", false)
	}
	if !fr.capsField && !fr.locative(q) && end-q <= 3 && !orgKeywords[items[end-1].text] && fr.items[end-1].kind == iWord &&
		!placePrefixes[items[q].text] && r.placeCountry(name) == "" {
		r.uncued = append(r.uncued, uncued{f: fr.f, s: s, e: e, name: name, last: items[end-1].text})
	}
	// Not known to be a person: the last word may still be a known surname.
	r.pend = append(r.pend, pending{f: fr.f, s: items[end-1].s, e: items[end-1].e, text: items[end-1].text, pos: pos(fr.f, items[end-1].s)})
	return end
}

func (fr *fieldRun) country(iso string) int { return fr.r.countryEntity(iso) }

// ministryAnaphor reads "the ministry" at item q (the word after "the",
// with no "of" after it) as the ministry the article named last before it
// ("the Ministry of External Affairs (MEA) said … In the morning, the
// ministry had rejected a communication from Ottawa"): a definite noun
// restates the body of the story, not a country the sentence names. It
// records the mention and reports whether it found that ministry.
func (fr *fieldRun) ministryAnaphor(q int) bool {
	x := &fr.items[q]
	if x.kind != iWord || lower(x.text) != "ministry" || fr.word(q-1) != "the" || !fr.adj(q-1) || fr.word(q+1) == "of" {
		return false
	}
	r := fr.r
	at := pos(fr.f, x.s)
	best, bestPos := -1, -1
	for _, m := range r.mentions {
		if m.Entity < 0 || m.pos >= at || m.pos <= bestPos {
			continue
		}
		if r.isMinistry(m.Entity) {
			best, bestPos = m.Entity, m.pos
		}
	}
	if best < 0 {
		return false
	}
	r.mention(best, fr.f, x.s, x.e, dateline.MentionName, "", "")
	return true
}

// isMinistry reports whether entity ei is a ministry the text names as one:
// its name or one of its mentions says so ("Ministry of External
// Affairs", "the Russian defence ministry"; not "diplomats", which the KB
// reads as a foreign ministry's people).
func (r *run) isMinistry(ei int) bool {
	e := r.ents[ei]
	if e.e.Type != dateline.Org {
		return false
	}
	if strings.Contains(lower(e.e.Name), "ministry") {
		return true
	}
	for _, m := range r.mentions {
		if m.Entity == ei && strings.Contains(lower(m.Text), "ministry") {
			return true
		}
	}
	return false
}

// affiliation reads "of the ruling ANC said", "of ActionSA told" at item
// q, after a name: "of", a party, body or country (known to the KB, or
// capitalised words), and then a speech verb or the end of the clause. It
// returns the country of the KB body or country named ("" for a body the
// KB does not know).
//
// With loose set (the name had a title: "Emir Tamim of Qatar offered"), a
// KB body or country is enough, whatever follows it.
func (fr *fieldRun) affiliation(q int, loose bool) (bool, string) {
	if fr.word(q) != "of" || !fr.adj(q) {
		return false, ""
	}
	x := q + 1
	if fr.word(x) == "the" && fr.adj(x) {
		x++
	}
	for k := 0; k < 2 && x < len(fr.items) && fr.items[x].kind == iWord && fr.items[x].lower && fr.adj(x); k++ {
		x++ // "ruling", "main opposition"
	}
	if x >= len(fr.items) || !fr.adj(x-1) {
		return false, ""
	}
	end, country := x, ""
	if it := &fr.items[x]; it.kind == iMatch && !it.has(kb.KindPerson) && !it.has(kb.KindTitle) {
		iso, org := fr.r.refCountry(it)
		if iso == "" && org == "" {
			if ref, ok := it.ref(kb.KindDemonym); !ok || !fr.isMatch(x+1, kb.KindBody) {
				return false, ""
			} else {
				iso = ref.ID // "of the Kenyan opposition"
				x++
			}
		}
		if iso != "IGO" {
			country = iso
		}
		end = x + 1
		if fr.isMatch(end, kb.KindBody) && fr.adj(end-1) {
			end++ // "of the Syrian opposition", "of Hamas's armed wing"
		}
	} else if fr.isNameWord(x) {
		if e, _ := fr.orgEnd(x); e > x {
			end = e
		} else {
			end = fr.nameEnd(x, 4)
		}
		if placeWords[fr.items[end-1].text] {
			return false, ""
		}
	} else {
		return false, ""
	}
	if p := fr.punct(end); p == "," || p == "." || p == ";" || speechVerbs[fr.word(end)] && fr.adj(end-1) || loose && country != "" {
		return true, country
	}
	return false, ""
}

// bodyHeads are generic heads shown with the body noun before them.
var bodyHeads = set("leader", "chief", "head", "chairman", "chairwoman", "chair", "boss", "commander")

// foreignTitle reports whether the title item names an office that the
// KB's holders hold in other bodies only, not in org or a body of it
// ("Commission president" is the European Commission's, not ECOWAS's).
func (r *run) foreignTitle(it *item, org string) bool {
	_, show, _ := r.canonical(it)
	orgs := r.st.titleOrgs[lower(show)]
	if len(orgs) == 0 {
		return false
	}
	for o := range orgs {
		for id := o; id != ""; {
			if id == org {
				return false
			}
			b, ok := r.k.Org(id)
			if !ok {
				break
			}
			id = b.Parent
		}
	}
	return true
}

// plainName reports whether the words [q0,q1) can be a person's name: no
// word of them opens or ends the name of a place or a body.
func (fr *fieldRun) plainName(q0, q1 int) bool {
	for k := q0; k < q1; k++ {
		w := fr.items[k].text
		if fr.items[k].kind != iWord || placeWords[w] || orgKeywords[w] || placePrefixes[w] || nonPersonEnds[w] || isAllCapsWord(w) {
			return false
		}
	}
	return true
}

// nameContinues reports whether the capitalised name ending before item q
// goes on as a longer name ("John Lewis Partnership", "Abdullah Gul
// University", "Nelson Mandela Bay"): a body or place word, or "of" and a
// capitalised word, follows.
func (fr *fieldRun) nameContinues(q int) bool {
	if q >= len(fr.items) || !fr.adj(q-1) {
		return false
	}
	x := &fr.items[q]
	if x.kind == iMatch && (x.has(kb.KindBody) || x.has(kb.KindOrg)) && x.cap {
		return true
	}
	if x.kind == iWord && x.cap {
		return true
	}
	return fr.word(q) == "of" && fr.adj(q) && q+1 < len(fr.items) && fr.items[q+1].cap
}

// groupNounSectors are nouns in lower case that describe a political or
// civic body named right after them or, for "party" and "movement", right
// before them ("the civil society movement Balai Citoyen", "the opposition
// New Democracy party"), with the sector they give; "" leaves it to the
// words before the noun (describedSector).
var groupNounSectors = map[string]string{"party": "PTY", "movement": "", "group": "", "coalition": "",
	"alliance": "", "front": "", "organisation": "", "organization": "", "network": "",
	"association": "", "collective": "", "campaign": "", "bloc": ""}

// describedSectors are words before a group noun that give its sector:
// "the civil society movement", "the youth movement" (SOC, as the KB's
// NGOs), "the rebel group".
var describedSectors = map[string]string{"opposition": "OPP", "civil": "SOC", "society": "SOC",
	"youth": "SOC", "student": "SOC", "students'": "SOC", "protest": "SOC", "citizens'": "SOC",
	"citizen": "SOC", "activist": "SOC", "pro-democracy": "SOC", "rights": "SOC", "grassroots": "SOC",
	"rebel": "REB", "armed": "REB", "militant": "REB", "insurgent": "REB", "jihadist": "REB", "separatist": "REB"}

// describedOrg reads a body the KB does not know, named by a capitalised
// name after a group noun in lower case ("the civil society movement
// Balai Citoyen", "the pro-Kremlin youth movement Nashi") or before
// "party" or "movement" ("the opposition New Democracy party"). It returns
// the end of the name (and noun), or q when the words at q are not so.
func (fr *fieldRun) describedOrg(q int) int {
	items, n := fr.items, len(fr.items)
	if fr.capsField || items[q].sent && q == 0 {
		return q
	}
	// The name: capitalised words, which may open with a word that opens
	// place names too ("New Democracy", "United Russia").
	end := q
	for end < n && end < q+4 && (end == q || fr.adj(end-1)) &&
		(fr.isNameWord(end) || items[end].kind == iWord && items[end].cap && (placePrefixes[items[end].text] || items[end].text == "Old")) {
		end++
	}
	if end == q || !fr.isNameWord(end-1) || end-q == 1 && utf8.RuneCountInString(items[q].text) < 3 {
		return q
	}
	// lw is the word at i in lower case, a KB match too ("party" is a
	// body noun), or "".
	lw := func(i int) string {
		if i < 0 || i >= n || items[i].kind == iPunct || items[i].kind == iPoss || !items[i].lower {
			return ""
		}
		return items[i].text
	}
	noun, after := "", false
	if w := lastWord(lw(q - 1)); q > 0 && fr.adj(q-1) {
		if _, ok := groupNounSectors[w]; ok {
			noun = w // "movement", "rebel group"
		}
	}
	if noun == "" && end < n && fr.adj(end-1) && (lw(end) == "party" || lw(end) == "movement") &&
		(determiners[lw(q-1)] || describedSectors[lw(q-1)] != "" || lw(q-1) == "ruling") {
		noun, after = lw(end), true
	}
	if noun == "" {
		return q
	}
	if !after {
		if end < n && items[end].kind != iPunct && !(items[end].kind == iWord && items[end].lower) {
			return q
		}
		if end-q == 1 && strings.ToUpper(items[q].text) != items[q].text && fr.r.placeCountry(items[q].text) != "" {
			return q // "the group Aleppo": a place, not a name
		}
	}
	s, e := fr.span(q, end)
	fr.unknownOrg(s, e, "")
	ei, ok := fr.r.byKey["UO:"+kb.Slug(fr.text[s:e])]
	if !ok {
		return q
	}
	o := fr.r.ents[ei]
	o.described = true
	if o.e.Sector == "" {
		o.e.Sector = groupNounSectors[noun]
		nq := q // the words before the name, and the noun's own ("rebel group")
		for k := nq - 1; k >= 0 && k >= nq-4 && fr.adj(k) && lw(k) != ""; k-- {
			for _, w := range strings.Fields(lw(k)) { // "civil society"
				if sec := describedSectors[w]; sec != "" && (o.e.Sector == "" || sec == "OPP" && o.e.Sector == "PTY") {
					o.e.Sector = sec
				}
			}
			if o.e.Sector != "" && o.e.Sector != "PTY" {
				break
			}
		}
		if o.e.Sector == "REB" {
			o.e.Type = dateline.Group
		}
	}
	if after {
		return end + 1
	}
	return end
}

// partyNoun reports whether item q is the word "party" (or "Party").
func (fr *fieldRun) partyNoun(q int) bool {
	if q >= len(fr.items) {
		return false
	}
	return lower(fr.items[q].text) == "party"
}

// bodyNameEnd returns where a capitalised body noun at item q goes on as a
// proper name ("Doctors' Union", "Forces for Freedom and Change"); q+1
// when it does not.
func (fr *fieldRun) bodyNameEnd(q int) int {
	k := q + 1
	if k+1 < len(fr.items) && strings.HasSuffix(fr.items[q].text, "s") && fr.adj(q) &&
		(fr.items[k].text == "'" || fr.items[k].text == "’") && fr.adj(k) && fr.items[k+1].cap && orgKeywords[fr.items[k+1].text] {
		k += 2 // "Doctors' Union"
	} else if fr.adj(q) && (fr.word(k) == "for" || fr.word(k) == "of") && fr.adj(k) && k+1 < len(fr.items) &&
		fr.items[k+1].kind == iWord && fr.items[k+1].cap && !stopCaps[fr.items[k+1].text] {
		k += 2 // "Forces for Freedom"
	} else {
		return q + 1
	}
	for k < len(fr.items) && fr.adj(k-1) {
		x := &fr.items[k]
		if x.kind == iWord && x.cap && !stopCaps[x.text] {
			k++
			continue
		}
		if x.kind == iWord && orgConnectors[x.text] && fr.adj(k) && k+1 < len(fr.items) && fr.items[k+1].kind == iWord && fr.items[k+1].cap {
			k++
			continue
		}
		break
	}
	return k
}

// placeFirstName reports whether item q is one capitalised word the KB
// knows only as a place, a seat of power or a demonym ("Aden", "Victoria",
// "Israel") followed right away by a capitalised word it does not know
// ("Duale"): the two may be a person's name, when the text marks them as one.
func (fr *fieldRun) placeFirstName(q int) bool {
	if q < 0 || q+1 >= len(fr.items) {
		return false
	}
	x := &fr.items[q]
	if x.kind != iMatch || !x.cap || strings.ContainsAny(x.text, " -") || isAllCapsWord(x.text) || x.has(kb.KindOrg) ||
		x.has(kb.KindPerson) || x.has(kb.KindTitle) || x.has(kb.KindBody) {
		return false
	}
	if !(x.has(kb.KindCapital) || x.has(kb.KindMetonym) || x.has(kb.KindCountry) || x.has(kb.KindDemonym)) {
		return false
	}
	return fr.adj(q) && fr.isNameWord(q+1) && !placeWords[fr.items[q+1].text] && !orgKeywords[fr.items[q+1].text]
}

// aliasFirstName reports whether item q is a one-word KB alias of a person
// right before a capitalised word the KB does not know ("Moussa Kanoute").
func (fr *fieldRun) aliasFirstName(q int) bool {
	if q < 0 || q+1 >= len(fr.items) {
		return false
	}
	x := &fr.items[q]
	if x.kind != iMatch || !x.cap || !x.has(kb.KindPerson) || strings.ContainsAny(x.text, " -") || isAllCapsWord(x.text) ||
		x.has(kb.KindOrg) || x.has(kb.KindTitle) || x.has(kb.KindBody) {
		return false
	}
	return fr.adj(q) && fr.isNameWord(q+1) && !placeWords[fr.items[q+1].text] && !orgKeywords[fr.items[q+1].text]
}

// personCue reports whether the words around the name [q0,q1) mark it as a
// person's: a speech verb next to it, "according to" before it, an age or
// an appositive ("Hugh Hill, a doctor,") after it. For an appositive with a
// common noun it also returns that noun phrase ("doctor", "lorry driver")
// as the person's title, and the country of a demonym in it ("a Georgian
// citizen").
func (fr *fieldRun) personCue(q0, q1 int) (bool, string, string) {
	if fr.word(q0-2) == "according" && fr.word(q0-1) == "to" {
		// "According to Julius Malema, the result showed …": what follows
		// the comma is the clause, not an appositive.
		return true, "", ""
	}
	speech := speechVerbs[fr.word(q1)] && fr.adj(q1-1) || speechVerbs[fr.word(q0-1)] && fr.adj(q0-1) ||
		fr.personList(q0) >= 0
	if q1+1 < len(fr.items) && fr.items[q1].kind == iPoss && personPossessions[fr.word(q1+1)] {
		return true, "", "" // "Gwede Mantashe's spokesman", "Julius Malema's remarks"
	}
	if fr.punct(q1) == "(" && fr.punct(q1+2) == ")" && fr.isMatch(q1+1, kb.KindOrg) {
		if ref, ok := fr.r.orgRef(&fr.items[q1+1]); ok {
			if o, ok := fr.r.k.Org(ref.ID); ok && o.Sector == "PTY" {
				return true, "", "" // "Gwede Mantashe (ANC)"
			}
		}
	}
	if fr.punct(q1) == "," && speakingWords[fr.word(q1+1)] {
		return true, "", "" // "Gwede Mantashe, speaking in parliament,"
	}
	if fr.punct(q1) != "," {
		return speech, "", ""
	}
	i := q1 + 1
	if i < len(fr.items) && fr.items[i].kind == iWord && isNumber(fr.items[i].text) {
		return speech || fr.punct(i+1) == ",", "", ""
	}
	w := fr.word(i)
	if w == "who" {
		return true, "", ""
	}
	start := i + 1
	if w != "a" && w != "an" && w != "the" {
		// "Li Wenhua, China's permanent representative,": a state or body
		// in the possessive, or a demonym, before a KB title.
		if i >= len(fr.items) {
			return speech, "", ""
		}
		x := &fr.items[i]
		if x.kind == iMatch && x.lower && x.has(kb.KindTitle) && !x.has(kb.KindPerson) && fr.adj(q1) {
			// "Musaed bin Mohammed Al-Aiban, minister of state and
			// national security adviser,": a title with no determiner.
			return true, "", ""
		}
		if x.kind != iMatch || x.has(kb.KindPerson) || !(x.has(kb.KindCountry) || x.has(kb.KindOrg) || x.has(kb.KindDemonym) || x.has(kb.KindCapital) || x.has(kb.KindMetonym)) ||
			!(i+1 < len(fr.items) && fr.items[i+1].kind == iPoss && fr.isMatch(i+2, kb.KindTitle) || fr.adj(i) && fr.isMatch(i+1, kb.KindTitle)) {
			return speech, "", ""
		}
		start = i
	}
	var phrase []string
	demonym := ""
	for j := start; j < len(fr.items) && j < i+8; j++ {
		x := &fr.items[j]
		stop := x.kind == iPunct && (x.text == "," || x.text == "." || x.text == ";") ||
			x.kind == iWord && apposStops[x.text]
		if stop {
			if len(phrase) == 0 || placeNouns[phrase[len(phrase)-1]] {
				return speech, "", ""
			}
			if len(phrase) == 1 && phrase[0] == "member" && fr.officeAfterMembership(j) > j {
				return true, "", "" // "a member of … and governor of Hebei": read by appositive
			}
			return true, strings.Join(phrase, " "), demonym
		}
		switch {
		case x.kind == iMatch && x.has(kb.KindTitle):
			return true, "", "" // a KB title: read by appositive
		case x.kind == iMatch && x.has(kb.KindDemonym):
			if ref, _ := x.ref(kb.KindDemonym); len(phrase) == 0 {
				demonym = ref.ID // "a Georgian citizen", not "a citizen's Georgian wife"
			}
			continue
		case x.kind == iMatch && !x.has(kb.KindPerson) && fr.adj(j) && (j+1 < len(fr.items) && fr.items[j+1].kind == iPoss || fr.isMatch(j+1, kb.KindTitle)):
			continue // "China's permanent representative", "a UN spokeswoman"
		case x.kind == iPoss:
			phrase = nil // "the hospital's chief physician": the head follows
			continue
		case x.kind == iWord && x.lower && strings.ContainsAny(x.text, "0123456789"):
			continue // "41-year-old"
		case x.kind == iWord && x.lower:
			phrase = append(phrase, x.text)
		default:
			return speech, "", ""
		}
	}
	return speech, "", ""
}

// kinBefore reports whether a kinship noun after a possessive stands right
// before the name at item q ("his daughter Yulia", "his daughter, Yulia,",
// "Skripal's wife Ludmila").
func (fr *fieldRun) kinBefore(q int) bool {
	k := q - 1
	if fr.punct(k) == "," {
		k--
	}
	if !kinNouns[fr.word(k)] || !fr.adj(k) && fr.punct(k+1) != "," {
		return false
	}
	switch w := fr.word(k - 1); {
	case w == "his" || w == "her" || w == "their":
		return true
	case k >= 1 && fr.items[k-1].kind == iPoss:
		return true
	}
	return false
}

// relative returns the entity of "given" with the family name of the last
// person named before byte offset at, when the KB has that person or the
// article names them in full; -1 otherwise.
func (fr *fieldRun) relative(given string, at int) int {
	r := fr.r
	last, lastPos := -1, -1
	for _, m := range r.mentions {
		if m.Field == fr.f && m.End <= at && m.Entity >= 0 && r.ents[m.Entity].e.Type == dateline.Person && m.pos > lastPos {
			last, lastPos = m.Entity, m.pos
		}
	}
	if last < 0 {
		return -1
	}
	full := given + " " + lastWord(r.ents[last].e.Name)
	for _, ref := range r.k.Lookup(full) {
		if ref.Kind == kb.KindPerson && ref.ID != r.ents[last].e.KBID {
			ei := r.personEntity(ref.ID)
			r.addSurnames(ei)
			return ei
		}
	}
	if ei, ok := r.byKey["U:"+kb.Slug(full)]; ok {
		return ei
	}
	return -1
}

// words that end the head noun phrase of an appositive.
var apposStops = set("of", "in", "at", "for", "from", "with", "on", "near", "to", "who", "whom", "whose",
	"which", "that", "based", "working", "living", "and")

func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// pronounAfter returns the gender of the first gendered pronoun after byte
// offset end, within the next 25 words, when person entity ei is the only
// person who can be its antecedent: the only one named in the pronoun's
// sentence before it and in the two sentences before that. "Chief Justice
// Koome read the verdict. He said …" gives Koome no gender when another
// person was named just before, nor when two were named. A person named
// without an entity (a role noun nobody was found for) counts too.
func (fr *fieldRun) pronounAfter(end, ei int, r *run) string {
	type ref struct{ s, ent int } // ent -1: a person of no entity
	var refs []ref
	at := map[int]bool{}
	for _, m := range r.mentions {
		if m.Field != fr.f {
			continue
		}
		at[m.Start] = true
		if m.Entity >= 0 && r.ents[m.Entity].e.Type == dateline.Person {
			refs = append(refs, ref{m.Start, m.Entity})
		}
	}
	for _, p := range r.pend {
		if p.f == fr.f && !at[p.s] {
			refs = append(refs, ref{p.s, -1})
		}
	}
	sent, words := -1, 0 // sent: index in fr.sentStarts of the token's sentence
	for _, t := range fr.toks {
		for sent+1 < len(fr.sentStarts) && fr.sentStarts[sent+1] <= t.s {
			sent++
		}
		if t.s < end || !t.word {
			continue
		}
		g := pronounGender[lower(t.text)]
		if g == "" {
			if words++; words > 25 {
				return ""
			}
			continue
		}
		lo := 0
		if k := sent - 2; k >= 0 {
			lo = fr.sentStarts[k]
		}
		for _, x := range refs {
			if x.s >= lo && x.s < t.s && x.ent != ei {
				return ""
			}
		}
		return g
	}
	return ""
}

// tailWords open a title's complement ("Special Envoy for Iran").
var tailWords = set("for", "to", "of", "on")

// titleTail reads a title's complement at item q ("for Syria Engagement",
// "to the UN", "to the Middle East") when a person's name follows it, and
// returns the item where the name starts. With "of", a country named in
// the complement is the title's ("Minister of Foreign Affairs of Syria").
func (fr *fieldRun) titleTail(q int) (int, string, bool) {
	if !tailWords[fr.word(q)] || !fr.adj(q) {
		return q, "", false
	}
	of := fr.word(q) == "of"
	k := q + 1
	if fr.word(k) == "the" && fr.adj(k) {
		k++
	}
	country, lastMatch, words := "", -1, 0
	first := k
	for ; k < len(fr.items) && k < q+8 && fr.adj(k-1); k++ {
		x := &fr.items[k]
		if x.kind == iMatch && x.has(kb.KindPerson) && !(!strings.Contains(x.text, " ") && k > first && fr.isNameWord(k-1)) {
			// (a KB surname after a word the KB does not know ends a
			// longer name: "Cécilia Sarkozy")
			if words == 0 {
				return q, "", false
			}
			return k, country, true
		}
		if x.kind == iMatch && x.has(kb.KindPerson) {
			words++
			continue
		}
		if x.kind == iMatch && !x.has(kb.KindTitle) {
			if iso, _ := fr.r.refCountry(x); iso != "" && of {
				country = iso
			} else if ref, ok := x.ref(kb.KindDemonym); ok && of && country == "" {
				// "Chief of Staff of the Iranian Armed Forces": a
				// demonym in the complement names the office's country.
				country = ref.ID
			}
			lastMatch = k
			words++
			continue
		}
		if x.kind == iWord && x.cap && !stopCaps[x.text] {
			words++
			continue
		}
		if x.kind == iWord && (x.text == "and" || x.text == "the" || x.text == "of") {
			continue
		}
		break
	}
	// No KB person: the name starts after the last KB name of the
	// complement, or at a known given name after a word of it, and is two
	// or three capitalised words ending the run (or ending before "and":
	// "for External Relations Benita Ferrero-Waldner and …").
	s := lastMatch + 1
	if lastMatch < 0 || !fr.adj(lastMatch) || !fr.isNameWord(s) {
		s = -1
		for j := q + 2; j < k; j++ {
			if fr.isNameWord(j) && fr.isNameWord(j-1) && fr.r.st.firstNames[fr.items[j].text] {
				if e := fr.nameEnd(j, 3); e-j >= 2 && fr.tailNameEnds(e) {
					s = j
					break
				}
			}
		}
		for j := k; s < 0 && j >= q+2; j-- {
			// Else the last two of three capitalised words or more
			// ending the run, or else a part of it before "and" ("for
			// Justice Fundamental Rights and Citizenship Viviane Reding").
			if j < k && fr.word(j) != "and" {
				continue
			}
			if j-3 > q && fr.isNameWord(j-1) && fr.isNameWord(j-2) && fr.isNameWord(j-3) && fr.tailNameEnds(j) {
				s = j - 2
			}
		}
		if s < 0 {
			return q, "", false
		}
	}
	e := fr.nameEnd(s, 4)
	if e-s < 2 || !fr.tailNameEnds(e) {
		return q, "", false
	}
	return s, country, true
}

// tailNameEnds reports whether a name read after a title's complement may
// end at item e: at the end of the text, a comma or full stop, "and", a
// speech verb or another word in lower case ("Deputy head of the interim
// government Azimbek Beknazarov blamed …").
func (fr *fieldRun) tailNameEnds(e int) bool {
	if e >= len(fr.items) {
		return true
	}
	if p := fr.punct(e); p == "," || p == "." {
		return true
	}
	x := &fr.items[e]
	return x.kind == iWord && x.lower && !tailWords[x.text] && x.text != "of" && x.text != "the"
}

// capFirst upper-cases the first letter of s.
func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// apposTail reads the complement of a title in an appositive at item q:
// "of", "for" or "on", then up to six words, ending before a punctuation
// mark or a word that ends the appositive's head ("in", "who"). It returns
// q when there is none.
func (fr *fieldRun) apposTail(q int) int {
	if w := fr.word(q); w != "of" && w != "for" && w != "on" || !fr.adj(q) {
		return q
	}
	k, words := q+1, 0
	for k < len(fr.items) && words < 6 && fr.adj(k-1) {
		x := &fr.items[k]
		if x.kind == iPunct {
			break
		}
		if x.kind == iWord && apposStops[x.text] && x.text != "of" && x.text != "for" && x.text != "and" {
			break
		}
		if x.kind == iWord && speechVerbs[x.text] {
			return q
		}
		k++
		words++
	}
	if words == 0 || k < len(fr.items) && fr.items[k].kind == iWord && !apposStops[fr.items[k].text] {
		return q
	}
	if w := fr.word(k - 1); w == "the" || w == "of" || w == "for" || w == "and" {
		return q
	}
	return k
}

// headVerbs are the verbs of "X, who heads the delegation," with the title
// they give.
var headVerbs = map[string]string{"heads": "Head", "headed": "Head", "leads": "Head", "led": "Head",
	"chairs": "Chair", "chaired": "Chair", "runs": "Head", "ran": "Head", "commands": "Commander"}

// whoHeads reads ", who heads the government delegation," after a name at
// item q (the comma); w is the item of "who". The title ("Head of the
// government delegation") goes to the name's mention.
func (fr *fieldRun) whoHeads(q, w, ei int) int {
	k := w + 2
	if fr.word(k) != "the" {
		return q
	}
	end := k + 1
	for end < len(fr.items) && end < k+6 && fr.items[end].kind != iPunct && !apposStops[fr.word(end)] {
		end++
	}
	if end == k+1 || fr.punct(end) != "," && fr.punct(end) != "." {
		return q
	}
	s, _ := fr.span(k, end)
	title := headVerbs[fr.word(w+1)] + " of " + fr.text[s:fr.items[end-1].e]
	r := fr.r
	for m := len(r.mentions) - 1; m >= 0; m-- {
		if r.mentions[m].Entity == ei {
			if r.mentions[m].Title == "" {
				r.mentions[m].Title = title
			}
			break
		}
	}
	r.ents[ei].titles[lower(title)] = true
	before := len(r.mentions)
	for j := k; j < end; { // "the American delegation" is named in its own right
		next := fr.chain(j)
		if next <= j {
			next = j + 1
		}
		j = next
	}
	// The body headed gives an unknown person's country: "who heads the
	// government delegation" after "President Bashar al-Assad's
	// government" is Syrian.
	if e := r.ents[ei]; e.e.KBID == "" && e.e.Country == "" {
		for _, m := range r.mentions[before:] {
			if m.Entity >= 0 && r.ents[m.Entity].e.Country != "" && r.ents[m.Entity].e.Type != dateline.Person {
				e.e.Country = r.ents[m.Entity].e.Country
				break
			}
		}
	}
	return end
}

// placeAfter returns the country of the place an appositive after item q
// puts a person in: "in Idlib", "of Lviv", "from Rouen", within the
// appositive (up to its end or twelve items).
func (fr *fieldRun) placeAfter(q int) string {
	for k := q; k < len(fr.items) && k < q+14; k++ {
		x := &fr.items[k]
		if x.kind == iPunct && (x.text == "." || x.text == ";" || x.text == "\"" || x.text == "“" || x.text == "”") {
			return ""
		}
		if w := fr.word(k); (w != "in" && w != "of" && w != "from") || !fr.adj(k) {
			continue
		}
		j := k + 1
		if fr.word(j) == "the" && fr.adj(j) {
			j++
		}
		if j >= len(fr.items) {
			return ""
		}
		y := &fr.items[j]
		if y.kind == iMatch {
			if iso, org := fr.r.refCountry(y); iso != "" && org == "" {
				return iso
			}
			if ref, ok := y.ref(kb.KindDemonym); ok {
				return ref.ID
			}
			continue
		}
		if fr.isNameWord(j) {
			e := fr.nameEnd(j, 3)
			s, _ := fr.span(j, e)
			if c := fr.r.placeCountry(fr.text[s:fr.items[e-1].e]); c != "" {
				return c
			}
		}
	}
	return ""
}

// personNouns are plural nouns for people that a list of names may stand
// in apposition to: "the three women, Romi Gonen, Emily Damari and Doron
// Steinbrecher,".
var personNouns = set("women", "men", "hostages", "captives", "prisoners", "detainees", "victims",
	"children", "journalists", "activists", "brothers", "sisters", "sons", "daughters", "soldiers",
	"candidates", "leaders", "officials", "ministers", "defendants", "suspects", "people", "girls", "boys")

// personList returns, when the name at item q0 is in a list of names set
// in apposition to a plural noun for people ("the three women, Romi
// Gonen, Emily Damari and Doron Steinbrecher,"), the item of that noun;
// -1 otherwise.
func (fr *fieldRun) personList(q0 int) int {
	k := q0 - 1
	for steps := 0; k >= 0 && steps < 8; steps++ {
		if fr.punct(k) != "," && fr.word(k) != "and" {
			return -1
		}
		if fr.punct(k) == "," && personNouns[fr.word(k-1)] {
			return k - 1
		}
		k--
		if fr.word(k) == "and" || fr.punct(k) == "," {
			continue
		}
		n := 0
		for k >= 0 && fr.isNameWord(k) {
			k--
			n++
		}
		if n < 2 {
			return -1
		}
	}
	return -1
}

// listCountry returns the country of the people a list of names at item
// q0 stands in apposition to, when a demonym qualifies their noun there
// ("the three Israeli women, …") or where the article first told of them
// with it ("freed three Israeli women …", then "The three women, Romi
// Gonen, …"); "" otherwise.
func (fr *fieldRun) listCountry(q0 int) string {
	noun := fr.personList(q0)
	if noun < 0 {
		return ""
	}
	// within the noun phrase: "the three Israeli women"
	for k := noun - 1; k >= 0 && k >= noun-4 && fr.adj(k); k-- {
		x := &fr.items[k]
		if ref, ok := x.ref(kb.KindDemonym); ok && x.kind == iMatch {
			return ref.ID
		}
		if x.kind != iWord || !x.lower {
			break
		}
	}
	// told of before with a demonym, in this field or an earlier one
	want := fr.word(noun)
	for _, f := range append(append([]*fieldRun(nil), fr.r.fields...), fr) {
		end := len(f.items)
		if f == fr {
			end = noun
		}
		for k := 0; k+1 < end; k++ {
			x := &f.items[k]
			if x.kind != iMatch || f.word(k+1) != want || !f.adj(k) {
				continue
			}
			if ref, ok := x.ref(kb.KindDemonym); ok {
				return ref.ID
			}
		}
	}
	return ""
}

// adjTitles are title words that are far more often adjectives in lower
// case: they are titles only before a name ("general Ahmed Ali").
var adjTitles = set("general", "major", "private")

// quotedWithAge reports whether the name [q0,q1) is quoted and given an
// age: "said Hussein Kadhim, 34," — a private person at the scene.
func (fr *fieldRun) quotedWithAge(q0, q1 int) bool {
	if fr.punct(q1) != "," || q1+1 >= len(fr.items) || !isNumber(fr.items[q1+1].text) {
		return false
	}
	// "said Ali Kazem, 34," or "Ali Kazem, 34, said"
	return speechVerbs[fr.word(q0-1)] && fr.adj(q0-1) || fr.punct(q1+2) == "," && speechVerbs[fr.word(q1+3)]
}

// subOffices are the head nouns of a body's unit named after its parent in
// the possessive: "the UN's humanitarian office", "the Kremlin's press
// service".
var subOffices = set("office", "service")

// subOffice reads a unit of a body named in the possessive before item q
// (the last of mods): up to three lower-case words ending in "office" or
// "service". The unit is an entity of its own, named as written without
// the possessive ("UN humanitarian office", "Kremlin press service"), of
// its parent's country and sector; the parent is named in its own right.
// It returns the item after the unit, or q when there is none.
func (fr *fieldRun) subOffice(q, modStart int, mods []int, modOrg string) int {
	items, n := fr.items, len(fr.items)
	if len(mods) == 0 || q <= modStart || q >= n || items[q-1].kind != iPoss || !fr.adj(q-1) || mods[len(mods)-1] != q-2 {
		return q
	}
	country, sector := "", ""
	if modOrg != "" {
		if o, ok := fr.r.k.Org(modOrg); ok {
			country, sector = o.Country, o.Sector
		}
	} else if ref, ok := items[q-2].ref(kb.KindMetonym); ok {
		country, sector = ref.ID, "GOV"
	}
	if country == "" {
		return q
	}
	end := q
	for k := q; k < n && k < q+4 && (k == q || fr.adj(k-1)); k++ {
		x := &items[k]
		if x.kind == iPunct || x.kind == iPoss || !x.lower || determiners[lower(x.text)] || apposStops[lower(x.text)] {
			break
		}
		if subOffices[lower(x.text)] {
			end = k + 1
			break
		}
	}
	if end == q {
		return q
	}
	fr.modMentions(mods)
	parent := strings.TrimSpace(fr.text[items[modStart].s:items[q-2].e])
	parent = strings.TrimPrefix(strings.TrimPrefix(parent, "The "), "the ")
	s, e := items[q].s, items[end-1].e
	name := parent + " " + fr.text[s:e]
	r := fr.r
	ei := r.entity("SO:"+kb.Slug(name), func() dateline.Entity {
		return dateline.Entity{ID: kb.Slug(name), Name: name, Type: dateline.Org, Country: country, Sector: sector}
	})
	r.mention(ei, fr.f, s, e, dateline.MentionName, "", country)
	return end
}

// placeLinks join the words of a place name in the languages whose towns
// wire copy names untranslated ("Mocímboa da Praia", "Vila Nova de Gaia",
// "Ciudad del Este").
var placeLinks = set("da", "do", "das", "dos", "de", "del", "della", "di", "du", "des")

// placeNameTail reports whether item q, a capital's or a seat's name,
// ends a longer name that a capitalised word and a linking particle
// begin ("Mocímboa da Praia", "Foz do Iguaçu"): the town is not the
// capital.
func (fr *fieldRun) placeNameTail(q int) bool {
	if q < 2 || fr.capsField || !fr.adj(q-1) || !fr.adj(q-2) {
		return false
	}
	p := &fr.items[q-1]
	if p.kind != iWord || !p.lower || !placeLinks[p.text] {
		return false
	}
	h := &fr.items[q-2]
	return h.cap && (h.kind == iMatch || h.kind == iWord && !stopCaps[h.text])
}

// nationalBranch reads, at item q, a body the KB knows with no country of
// its own (an international NGO or firm) followed at once by a country's
// name ("Amnesty International Kenya", "Oxfam Mozambique", "Save the
// Children UK"): the body's national branch, a body of that country with
// the sector of the whole. It returns the end of the branch's name, or q
// when the words at q are not so. Intergovernmental bodies' country
// offices ("UNICEF Kenya") stay the body's.
func (fr *fieldRun) nationalBranch(q int, iso, org string) int {
	items := fr.items
	if org == "" || iso != "" || fr.capsField || !items[q].cap || !fr.adj(q) || q+1 >= len(items) {
		return q
	}
	c := &items[q+1]
	ref, ok := c.ref(kb.KindCountry)
	if c.kind != iMatch || !ok || c.has(kb.KindDemonym) || c.has(kb.KindOrg) || !c.cap {
		return q
	}
	s, e := fr.span(q, q+2)
	fr.unknownOrg(s, e, ref.ID)
	if ei, ok := fr.r.byKey["UO:"+kb.Slug(fr.text[s:e])]; ok && fr.r.ents[ei].e.Sector == "" {
		if o, ok := fr.r.k.Org(org); ok {
			fr.r.ents[ei].e.Sector = o.Sector
			fr.r.ents[ei].e.Type = o.Type
		}
	}
	return q + 2
}

// anaphorNouns are the nouns of "the group's spokesman": a body named
// before, not by name.
var anaphorNouns = set("group", "organisation", "organization", "charity", "movement", "coalition",
	"alliance", "association", "network", "campaign", "company", "firm", "union")

// bodyAnaphor reads "the group's" (or "the charity's", "the company's"…)
// right before the title at item t and returns the body it stands for: the
// last body, not a state, that the same paragraph named before it by name;
// -1 when there is none.
func (fr *fieldRun) bodyAnaphor(t int) int {
	items := fr.items
	if t < 3 || fr.f != dateline.InBody || items[t-1].kind != iPoss || !fr.adj(t-1) || !fr.adj(t-2) ||
		!anaphorNouns[lastWord(lower(items[t-2].text))] || !items[t-2].lower || !fr.adj(t-3) {
		return -1
	}
	if lower(items[t-3].text) != "the" {
		// "the rebel group's": one lower-case word before the noun
		if t < 4 || items[t-3].kind != iWord || !items[t-3].lower || lower(items[t-4].text) != "the" || !fr.adj(t-4) {
			return -1
		}
		t--
	}
	r := fr.r
	at := items[t-3].s
	para := r.paragraphStart(at)
	if para < 0 {
		return -1
	}
	best, bestEnd := -1, -1
	for _, m := range r.mentions {
		if m.Field != fr.f || m.End > at || m.Start < para || m.Entity < 0 || m.End <= bestEnd {
			continue
		}
		e := r.ents[m.Entity]
		if (e.e.Type == dateline.Org || e.e.Type == dateline.Group) && !e.state && e.body == "" && e.e.ID != e.e.Country {
			best, bestEnd = m.Entity, m.End
		}
	}
	return best
}

// firmNouns are the lower-case nouns that name a firm or group by what it
// is, right before its name ("the French energy group Total", "the Danish
// shipping company Maersk").
var firmNouns = set("company", "firm", "group", "giant", "conglomerate", "maker", "producer", "carrier",
	"airline", "lender", "bank", "insurer", "operator", "miner", "retailer", "broadcaster", "manufacturer",
	"contractor", "multinational", "major")

// describedFirm reads, at item q after a demonym (the one modifier read),
// up to three lower-case words ending in a firm noun and the capitalised
// name after them ("the French energy group Total"): the body so named is
// of the demonym's country, when the KB gives it none. It returns the end
// of the name, or q when the words at q are not so.
func (fr *fieldRun) describedFirm(q int, mods []int, modOrg string) int {
	items, n := fr.items, len(fr.items)
	if fr.capsField || modOrg != "" || len(mods) != 1 || mods[0] != q-1 || !items[q-1].has(kb.KindDemonym) || !fr.adj(q-1) {
		return q
	}
	ref, _ := items[q-1].ref(kb.KindDemonym)
	k := q
	for k < n && k < q+3 && items[k].kind == iWord && items[k].lower && fr.adj(k) && !firmNouns[items[k].text] {
		k++
	}
	if k >= n-1 || items[k].kind != iWord || !items[k].lower || !firmNouns[items[k].text] || !fr.adj(k) {
		return q
	}
	name := k + 1
	x := &items[name]
	if !x.cap || x.has(kb.KindPerson) || x.has(kb.KindTitle) || x.has(kb.KindCountry) || x.has(kb.KindDemonym) {
		return q
	}
	if oref, ok := fr.r.orgRef(x); ok {
		o, _ := fr.r.k.Org(oref.ID)
		if o.Country != "" {
			return q
		}
		fr.modMentions(mods)
		fr.orgMention(name, oref.ID)
		if ei := fr.r.orgEntity(oref.ID); fr.r.ents[ei].e.Country == "" {
			fr.r.ents[ei].e.Country = ref.ID
		}
		return name + 1
	}
	if x.kind != iWord || stopCaps[x.text] {
		return q
	}
	end := name + 1
	for end < n && end < name+3 && fr.adj(end-1) && items[end].kind == iWord && items[end].cap && !stopCaps[items[end].text] {
		end++
	}
	if end < n && fr.adj(end-1) && items[end].kind == iWord && !items[end].lower {
		return q
	}
	fr.modMentions(mods)
	s, e := fr.span(name, end)
	fr.unknownOrg(s, e, ref.ID)
	return end
}
