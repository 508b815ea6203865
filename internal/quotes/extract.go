package quotes

import (
	"strings"

	"github.com/dateline-news/dateline"
)

// attr is a cue and a speaker found next to a passage.
type attr struct {
	ok       bool
	mixed    bool // the cue governs more than the quotation (X said the plan was “a disaster”)
	inherit  bool // a participle cue ("…, adding, “…”") whose speaker is the clause's
	named    bool // no attribution: the quotation is the name a thing is given ("an operation called “Iron Shield”")
	cue      [2]int
	spk      [2]int
	clause   [2]int // every token of the attribution clause, to be claimed
	ante     [2]int // the antecedent of a relative speaker ("X" of "X, who said"), when set
	cueEntry cue
}

type span2 = [2]int

// npWord reports whether toks[i] may belong to a speaker's noun phrase.
func npWord(t tok) bool {
	if !t.isWord() {
		return false
	}
	if stopWord(t) {
		return false // but "US", "IT" in capitals are names
	}
	if t.tag != "" {
		switch {
		case strings.HasPrefix(t.tag, "NN"), strings.HasPrefix(t.tag, "JJ"), t.tag == "DT", t.tag == "PRP$",
			t.tag == "CD", t.tag == "POS", t.tag == "NNP", t.tag == "VBN", t.tag == "VBG":
			return true
		case strings.HasPrefix(t.tag, "VB") && !t.isCap():
			return false
		}
	}
	return true
}

// stopWord reports whether t is a closed-class word that never belongs to a
// speaker's noun phrase: "US" and "IT" in capitals are names, and so is a
// capitalised "May" (Theresa May), never a modal before a cue.
func stopWord(t tok) bool {
	if !npStop[t.low] || isUpperWord(t) {
		return false
	}
	return !(t.low == "may" && t.isCap())
}

// headOK reports whether t can be the head of a speaker's noun phrase.
func headOK(t tok) bool {
	if !t.isWord() || stopWord(t) || determiners[t.low] {
		return false
	}
	if _, ok := pronouns[t.low]; ok {
		return true
	}
	if t.isCap() || roleNouns[t.low] {
		return true
	}
	if strings.HasPrefix(t.tag, "NN") {
		return true
	}
	l := t.low
	for _, suf := range []string{"ers", "ors", "ists", "ians", "ials", "ants", "ents", "man", "woman", "men", "women"} {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+1 {
			return true
		}
	}
	return false
}

// headLoose is headOK for a noun phrase fixed by its place next to a
// quotation and a cue ("…,” the book said): any content word will do.
func headLoose(t tok) bool {
	if headOK(t) {
		return true
	}
	return t.isWord() && !stopWord(t) && !strings.HasSuffix(t.low, "ly") && !determiners[t.low]
}

func isPronoun(t tok) bool {
	_, ok := pronouns[t.low]
	return ok && t.low != "it"
}

// readNPBackward reads the speaker's noun phrase ending just before token
// end (skipping adverbs such as "also", "later"), not before token lo.
func readNPBackward(toks []tok, end, lo int) (span2, bool) {
	return readNPBackwardHead(toks, end, lo, headOK)
}

func readNPBackwardHead(toks []tok, end, lo int, head func(tok) bool) (span2, bool) {
	j := end - 1
	for j >= lo && cueAdverbs[toks[j].low] && !isPronoun(toks[j]) {
		j--
	}
	if k := timeBefore(toks, j, lo); k < j {
		// "Volker Turk on Thursday called …": the time is no speaker
		j = k
		for j >= lo && cueAdverbs[toks[j].low] && !isPronoun(toks[j]) {
			j--
		}
	}
	if j < lo {
		return span2{}, false
	}
	if isPronoun(toks[j]) {
		return span2{j, j + 1}, true
	}
	if toks[j].is(")") {
		k := j - 1
		for k > lo && !toks[k].is("(") && j-k < 8 {
			k--
		}
		if k > lo && toks[k].is("(") {
			if np, ok := readNPCore(toks, k, lo, head); ok {
				return span2{np[0], j + 1}, true
			}
		}
		return span2{}, false
	}
	if toks[j].is(",") {
		// appositive: "Hugh Hill, a doctor, said" / "Smith, who ..., said"
		k := j - 1
		for k >= lo && !toks[k].is(",") && j-k < 32 {
			k--
		}
		if k < lo || !toks[k].is(",") || k+1 >= j {
			return span2{}, false
		}
		if !appositiveStart(toks, k+1, j) {
			return span2{}, false
		}
		if k-1 >= lo && toks[k-1].is(",") {
			return span2{}, false
		}
		np, ok := readNPCore(toks, k, lo, head)
		if !ok {
			if k2, ok2 := prevAppositive(toks, k, lo); ok2 {
				np, ok = readNPCore(toks, k2, lo, head)
			}
		}
		if !ok {
			return span2{}, false
		}
		return span2{np[0], j}, true // the mention keeps its appositive
	}
	return readNPCore(toks, j+1, lo, head)
}

var (
	weekdayNames = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	dayParts     = set("morning", "afternoon", "evening", "night")
	timeWords    = set("today", "yesterday", "tonight", "earlier", "later")
	monthNames   = set("january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec",
		"jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.")
)

// timeBefore returns the index before a time phrase ending at token j
// ("on Thursday", "on Sunday night", "on Feb. 25", "yesterday"), or j
// when there is none.
func timeBefore(toks []tok, j, lo int) int {
	if j < lo {
		return j
	}
	k := j
	if dayParts[toks[k].low] && k-1 >= lo && weekdayNames[toks[k-1].low] {
		k--
	}
	switch {
	case weekdayNames[toks[k].low] && toks[k].isCap():
	case isNumber(toks[k]) && k-1 >= lo && monthNames[strings.TrimSuffix(toks[k-1].low, ".")]:
		k--
	case timeWords[toks[k].low] && k == j:
		return k - 1
	default:
		return j
	}
	if k-1 >= lo && (toks[k-1].low == "on" || toks[k-1].low == "late" || toks[k-1].low == "early") {
		return k - 2
	}
	return j
}

func readNPCore(toks []tok, end, lo int, head func(tok) bool) (span2, bool) {
	j := end - 1
	if j < lo || !head(toks[j]) {
		return span2{}, false
	}
	if isPronoun(toks[j]) {
		return span2{j, j + 1}, true
	}
	i := j
	for i > lo && end-i < 12 {
		t := toks[i-1]
		if determiners[t.low] && i-3 >= lo && (toks[i-2].low == "of" && headOK(toks[i]) || (toks[i-2].low == "in" || toks[i-2].low == "at" || toks[i-2].low == "for") && toks[i].isCap()) && npWord(toks[i-3]) && !determiners[toks[i-3].low] {
			i -= 2 // "The head of the LDPR faction in the State Duma", "A nurse at the Red Cross hospital", "The spokeswoman for the State Department"
			continue
		}
		if determiners[t.low] && i-3 >= lo && toks[i-2].low == "to" && toTitles[toks[i-3].low] && toks[i].isCap() {
			i -= 2 // "Ambassador to the UN Nikki Haley"
			continue
		}
		if determiners[t.low] && !(t.isCap() && i-1 > lo && toks[i-2].isCap()) {
			i--
			break
		}
		if (t.low == "of" || t.low == "for" || t.low == "in" || t.low == "at" || t.low == "to" && i-1 > lo && toTitles[toks[i-2].low]) && i-1 > lo && (toks[i].isCap() || determiners[toks[i].low] && i+1 < end && toks[i+1].isCap()) {
			i--
			continue
		}
		if (t.text == "'" || t.text == "’") && !t.mark && i-1 > lo && toks[i-2].isCap() && strings.HasSuffix(toks[i-2].low, "s") {
			i -= 2 // "the Greens' co-leader Annalena Baerbock"
			continue
		}
		if !npWord(t) && !(roleNouns[t.low] && toks[i].isCap()) {
			break // but "Russia's envoy/VBD Mikhail Ulyanov" is the tagger's slip
		}
		i--
	}
	return span2{i, j + 1}, true
}

// readNPForward reads a speaker's noun phrase starting at token i (for
// "said Caddell", "said the source", "told reporters").
func (s *Stage) readNPForward(toks []tok, i, hi int) (span2, bool) {
	return s.readNPForwardHead(toks, i, hi, headOK)
}

func (s *Stage) readNPForwardHead(toks []tok, i, hi int, head func(tok) bool) (span2, bool) {
	if i >= hi {
		return span2{}, false
	}
	if isPronoun(toks[i]) {
		return span2{i, i + 1}, true
	}
	j := i
	if determiners[toks[j].low] {
		j++
	}
	for j < hi && j-i < 10 {
		t := toks[j]
		if t.low == "of" && j > i && j+1 < hi && ofComplements[toks[j+1].low] {
			j++ // "army chief of staff General …"
			continue
		}
		if j > i && (t.low == "of" || t.low == "for" || t.low == "at" || t.low == "to" && toTitles[toks[j-1].low]) && j+1 < hi && (toks[j+1].isCap() || determiners[toks[j+1].low]) {
			j++
			if determiners[toks[j].low] {
				j++
			}
			continue
		}
		if t.is("(") && j > i {
			// "Rep. Gwen Moore (D-Wis.)"
			k := j + 1
			for k < hi && !toks[k].is(")") && k-j < 8 {
				k++
			}
			if k < hi && toks[k].is(")") {
				j = k + 1
				continue
			}
			break
		}
		if !npWord(t) && !(j == i && t.isWord() && strings.HasPrefix(t.tag, "VB") && j+1 < hi && strings.HasPrefix(toks[j+1].tag, "NN")) || determiners[t.low] && j > i {
			break // (a verb tag on a phrase's first word before a noun is the tagger's slip: "army/VBP chief/NN")
		}
		if _, ok := weekdays[t.low]; ok {
			break
		}
		if _, _, ok := s.lx.match(toks, j); ok && j > i {
			break
		}
		j++
	}
	for j > i+1 && toks[j-1].is(")") {
		// the head is the word before the parenthesis
		k := j - 1
		for k > i && !toks[k].is("(") {
			k--
		}
		if head(toks[k-1]) {
			return span2{i, j}, true
		}
		break
	}
	for j > i+1 && !head(toks[j-1]) && !toks[j-1].is(")") {
		j-- // "the Reuters news agency simply": back off to the head
	}
	if j == i || !head(toks[j-1]) {
		return span2{}, false
	}
	return span2{i, j}, true
}

var objectWords = set("reporters", "him", "her", "them", "me", "us", "journalists", "supporters",
	"voters", "listeners", "viewers", "readers", "audience", "crowd", "lawmakers", "congress")

var adverbialNouns = set("statement", "interview", "speech", "tweet", "tweets", "post", "letter",
	"email", "e-mail", "op-ed", "essay", "press", "news", "conference", "briefing", "debate", "rally",
	"hearing", "remarks", "message", "video", "radio", "television", "tv", "podcast", "call",
	"twitter", "facebook", "instagram", "cnn", "fox", "msnbc", "show", "appearance", "release")

// skipTail skips what may stand between a cue and its content: an addressee
// (for tell), adverbials ("on Tuesday", "in a statement"), a comma, "that".
// It returns the content's first token and whether "that" was skipped.
func (s *Stage) skipTail(toks []tok, j, hi int, frame string) int {
	if frame == FrameTell {
		if j < hi && objectWords[toks[j].low] {
			j++
		} else if np, ok := s.readNPForwardHead(toks, j, hi, headLoose); ok {
			j = np[1]
			if np[1]-np[0] >= 2 && np[1] < hi && toks[np[1]-1].isCap() && toks[np[1]-2].isCap() && (auxiliaries[toks[np[1]].low] || modals[toks[np[1]].low]) {
				j-- // "tells Biden Taiwan is …": the last name is the words' subject
			}
		}
	} else {
		j = s.skipAddressee(toks, j, hi)
	}
	for steps := 0; j < hi && steps < 6; steps++ {
		t := toks[j]
		if t.is(",") && j+2 < hi && toks[j+1].low == "according" && toks[j+2].low == "to" {
			// "said, according to Interfax, that …": the source stands
			// between the cue and the words
			k := j + 3
			for k < hi && !toks[k].is(",") && !toks[k].mark && k-j < 16 {
				k++
			}
			if k+1 < hi && toks[k].is(",") {
				j = k + 1
				continue
			}
			break
		}
		if t.low == "to" && steps > 0 {
			// "said on Friday to Vermont Public Radio that …"
			if k := s.skipAddressee(toks, j, hi); k > j {
				j = k
				continue
			}
		}
		if _, ok := weekdays[t.low]; ok {
			j++
			if j < hi && dayParts[toks[j].low] {
				j++
			}
			continue
		}
		if t.low == "on" || t.low == "in" || t.low == "at" || t.low == "during" || t.low == "via" || t.low == "last" || t.low == "this" || t.low == "earlier" || t.low == "late" || t.low == "early" {
			// prepositional adverbial up to a comma, "that" or a date word
			k := j + 1
			hit, dated := false, false
			for k < hi && k-j <= 8 {
				if adverbialNouns[toks[k].low] || toks[k].isCap() {
					hit = true
				}
				if _, ok := weekdays[toks[k].low]; ok {
					// "on Wednesday" ends at the day: "… said on
					// Wednesday after talks that exposed …"
					k++
					if k < hi && dayParts[toks[k].low] {
						k++
					}
					hit, dated = true, true
					break
				}
				if toks[k].low == "that" || toks[k].is(",") || toks[k].is(":") || toks[k].mark {
					break
				}
				if toks[k].low == "week" || toks[k].low == "month" || toks[k].low == "year" || toks[k].low == "night" || toks[k].low == "morning" || toks[k].low == "day" {
					// ("announced earlier in the day that …")
					hit = true
					k++
					break
				}
				k++
			}
			if hit && (k >= hi || dated) {
				j = k
				continue
			}
			if hit && k < hi && (toks[k].low == "that" || toks[k].is(",") || toks[k].is(":") || toks[k].mark) {
				j = k
				continue
			}
			if hit && (t.low == "last" || t.low == "this" || t.low == "earlier") {
				j = k
				continue
			}
			break
		}
		if strings.HasSuffix(t.low, "ly") && !t.isCap() && len(t.low) > 4 && t.low != "only" && t.low != "early" {
			j++ // "told the agency simply, …"
			continue
		}
		if t.low == "earlier" || t.low == "today" || t.low == "yesterday" || t.low == "recently" || t.low == "repeatedly" || t.low == "again" || t.low == "also" || t.low == "publicly" || t.low == "privately" || t.low == "flatly" || t.low == "bluntly" || t.low == "later" {
			j++
			continue
		}
		if _, ok := months[t.low]; ok && j+1 < hi && toks[j+1].isWord() && toks[j+1].text[0] >= '0' && toks[j+1].text[0] <= '9' {
			j += 2
			continue
		}
		break
	}
	for j < hi && (toks[j].is(",") || toks[j].is(":")) {
		j++
	}
	return j
}

// skipAddressee skips "to" and an addressee at j ("said to reporters",
// "wrote to his followers that"): the index after them, or j.
func (s *Stage) skipAddressee(toks []tok, j, hi int) int {
	if !(j+1 < hi && toks[j].low == "to" && !(toks[j+1].tag != "" && strings.HasPrefix(toks[j+1].tag, "VB"))) {
		return j
	}
	if objectWords[toks[j+1].low] {
		return j + 2
	}
	if np, ok := s.readNPForwardHead(toks, j+1, hi, headLoose); ok && (np[1] >= hi || toks[np[1]].is(",") || toks[np[1]].is(":") || toks[np[1]].low == "that" || toks[np[1]].mark) {
		return np[1]
	}
	return j
}

// trimEnd drops the unit's final punctuation from [lo, hi).
func trimEnd(toks []tok, lo, hi int) int {
	for hi > lo {
		t := toks[hi-1]
		if t.isWord() || (t.mark && t.quote >= 0) {
			break
		}
		if t.text == ")" || t.text == "]" {
			break
		}
		hi--
	}
	return hi
}

func wordCount(toks []tok, lo, hi int) int {
	n := 0
	for i := lo; i < hi; i++ {
		if toks[i].isWord() {
			n++
		}
	}
	return n
}

// rightCue reads "…,” he said" / "…,” said Caddell" after a quotation: i is
// the first token after the closing mark, hi the unit's end.
func (s *Stage) rightCue(toks []tok, i, hi int) attr {
	// “…” ― Carla Sanchez.
	if i < hi && isDash(toks[i].text) {
		if np, ok := s.readNPForward(toks, i+1, hi); ok && toks[i+1].isCap() && np[1]-np[0] <= 6 {
			return attr{ok: true, cue: span2{i, i + 1}, spk: np, clause: span2{i, np[1]}}
		}
	}
	j := i
	for j < hi && (toks[j].is(",") || toks[j].is("—") || toks[j].is("–") || toks[j].is("-")) {
		j++
	}
	if j >= hi {
		return attr{}
	}
	if c, n, ok := s.lx.match(toks, j); ok && c.Frame != FrameLead && s.keep(c) {
		k := j + n
		// "said on Tuesday Caddell" is rare; "said Caddell" common
		if np, ok := s.readNPForwardHead(toks, k, hi, headLoose); ok && !objectWords[toks[np[0]].low] {
			np = appositiveAfter(toks, np, hi)
			if np[1] < hi && (finiteVerb(toks[np[1]]) || modals[toks[np[1]].low]) {
				// "…,” said the talks had stalled": the cue takes a
				// clause of its own, and the subject before the
				// quotation speaks
				return attr{}
			}
			return attr{ok: true, cue: span2{j, j + n}, spk: np, clause: span2{i, s.clauseEnd(toks, np[1], hi)}, cueEntry: c}
		}
		if c.Frame == FrameAccording {
			if np, ok := s.readNPForward(toks, k, hi); ok {
				return attr{ok: true, cue: span2{j, j + n}, spk: np, clause: span2{i, s.clauseEnd(toks, np[1], hi)}, cueEntry: c}
			}
		}
	}
	if toks[j].low == "it" && j+1 < hi {
		// "…,” it said in a statement: the body named before
		if c, n, ok := s.lx.match(toks, j+1); ok && c.Frame != FrameLead && c.Frame != FrameAccording && s.keep(c) {
			return attr{ok: true, cue: span2{j + 1, j + 1 + n}, spk: span2{j, j + 1}, clause: span2{i, s.clauseEnd(toks, j+1+n, hi)}, cueEntry: c}
		}
	}
	np, ok := s.readNPForwardHead(toks, j, hi, headLoose)
	if !ok {
		return attr{}
	}
	k := np[1]
	for rep := 0; rep < 3 && k < hi && toks[k].is(","); rep++ {
		// "Hugh Hill, a doctor, said"
		m := k + 1
		for m < hi && !toks[m].is(",") && m-k < 32 {
			m++
		}
		if m < hi && toks[m].is(",") && k+1 < hi && appositiveStart(toks, k+1, m) {
			k = m
		} else {
			break
		}
	}
	if k > np[1] && k < hi && toks[k].is(",") {
		np = span2{np[0], k} // the mention keeps its appositive
		k++
	}
	for k < hi && cueAdverbs[toks[k].low] && !isPronoun(toks[k]) {
		if _, _, ok := s.lx.match(toks, k); ok {
			break
		}
		k++
	}
	if k >= hi {
		return attr{}
	}
	if c, n, ok := s.lx.match(toks, k); ok && s.keep(c) && c.Frame != FrameAccording {
		return attr{ok: true, cue: span2{k, k + n}, spk: np, clause: span2{i, s.clauseEnd(toks, k+n, hi)}, cueEntry: c}
	}
	return attr{}
}

// clauseEnd extends an attribution clause over its adverbials up to the next
// comma-free stop: the unit's end, a quotation mark or a clause break.
func (s *Stage) clauseEnd(toks []tok, j, hi int) int {
	k := j
	for k < hi && !toks[k].mark && k-j < 12 {
		if toks[k].is(".") || toks[k].is(";") || toks[k].is("?") || toks[k].is("!") {
			return k + 1
		}
		if toks[k].is(",") && k+1 < hi && !toks[k+1].mark {
			return k
		}
		k++
	}
	if k < hi && toks[k].mark {
		return k
	}
	return k
}

// leftCue reads "Lavrov said: “…" / "He told CNN, “…" before a quotation: the
// opening mark is token om, lo the unit's (or the previous quotation's) end.
func (s *Stage) leftCue(toks []tok, lo, om int) attr {
	e := om
	punct := false
	if e-1 >= lo && (toks[e-1].is(":") || toks[e-1].is(",")) {
		e--
		punct = true
	}
	for c := e - 1; c >= lo && e-c <= 12; c-- {
		if toks[c].quote >= 0 {
			break
		}
		cu, n, ok := s.lx.match(toks, c)
		if !ok || c+n > e || !s.keep(cu) {
			continue
		}
		if cu.Frame == FrameAccording {
			np, ok := s.readNPForward(toks, c+n, e)
			if ok && np[1] == e {
				return attr{ok: true, cue: span2{c, c + n}, spk: np, clause: span2{c, om}, cueEntry: cu}
			}
			continue
		}
		np, ok := readNPBackwardHead(toks, c, lo, headLoose)
		inherit := false
		var ante span2
		if !ok && c+n < e && cu.Frame != FrameLead {
			// "Said Ellis: “…”"
			if np2, ok2 := s.readNPForward(toks, c+n, e); ok2 && np2[1] == e && punct && (c == lo || toks[c-1].is(",")) {
				return attr{ok: true, cue: span2{c, c + n}, spk: np2, clause: span2{c, om}, cueEntry: cu}
			}
		}
		if ok && cu.Frame == FrameName && namesThing(toks, np, c, e) {
			return attr{named: true} // "an operation called “Iron Shield”": a name given, no words
		}
		b := c - 1
		for b > lo && cueAdverbs[toks[b].low] {
			b--
		}
		if !ok {
			// "Lukashenko, who rejected … and told his supporters “…”"
			if ante2, w, ok2 := relativeAntecedent(toks, lo, b); ok2 {
				np, ok, ante = span2{w, w + 1}, true, ante2
			}
		}
		if !ok && b >= lo && (toks[b].low == "but" || toks[b].low == "and") {
			// "Carson did not …, but told his supporters, “…”": the subject
			if np2, ok2 := s.readNPForwardHead(toks, lo, c, headOK); ok2 && np2[0] == lo {
				np, ok = np2, true
			}
		}
		if !ok {
			if !(strings.HasSuffix(toks[c].low, "ing") && c-1 >= 0 && toks[c-1].is(",")) {
				continue
			}
			np, inherit = span2{-1, -1}, true
		}
		k := s.skipTail(toks, c+n, e, cu.Frame)
		that := false
		if k < e && toks[k].low == "that" {
			that = true
			k++
		}
		a := attr{ok: true, cue: span2{c, c + n}, spk: np, clause: span2{c, om}, cueEntry: cu, inherit: inherit, ante: ante}
		if k < e {
			if wordCount(toks, k, e) >= 2 || !punct {
				a.mixed = true
			}
		}
		if cu.Frame == FrameName {
			// "called the plan “a farce”", "described it as “…”", "called
			// Putin's decision on Monday „a serious breach …“"; but a
			// clause between the cue and the quotation makes it a fragment
			// of indirect speech
			gap := e - (c + n)
			a.mixed = gap > 5 && (gap > 8 || s.hasVerb(toks, c+n, e))
		}
		_ = that
		return a
	}
	// "Clinton: “…”", "Mark Blumenthal and Jon Cohen: “…”"
	if om-1 >= lo && toks[om-1].is(":") {
		k := om - 1
		i := k
		for i > lo && k-i < 8 && (toks[i-1].isCap() || toks[i-1].low == "and" || toks[i-1].is(".")) {
			i--
		}
		for i < k && !toks[i].isCap() {
			i++
		}
		if i < k && toks[k-1].isCap() && (i == lo || !toks[i-1].isWord()) {
			return attr{ok: true, cue: span2{k, k + 1}, spk: span2{i, k}, clause: span2{i, om}}
		}
	}
	return attr{}
}

// namesThing reports whether a naming cue at token c is a participle that
// gives a thing its name ("an operation called “Iron Shield”", "a coalition
// dubbed “Hope for Change”"): the noun phrase np before it is indefinite and
// the quotation follows the cue at once (e the token before the opening
// mark), so the quotation is what the thing is called, not words said.
func namesThing(toks []tok, np span2, c, e int) bool {
	if np[0] < 0 || np[1] != c || !strings.HasSuffix(toks[c].low, "ed") {
		return false
	}
	if d := toks[np[0]].low; d != "a" && d != "an" {
		return false
	}
	k := c + 1
	if k < e && toks[k].low == "the" {
		k++
	}
	return k == e
}

// verbAt reports whether the cue at token i stands as a verb, not as a noun
// ("Trump's comments", "the tweets", "a note").
func verbAt(toks []tok, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1]
	if strings.HasSuffix(p.low, "'s") || strings.HasSuffix(p.low, "’s") || p.low == "'" || p.low == "’" {
		return false
	}
	switch p.low {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "such", "recent", "new", "latest", "public", "earlier", "whose":
		return false
	}
	if (p.tag == "VBD" || p.tag == "VBZ" || p.tag == "VBP" || p.tag == "" && strings.HasSuffix(p.low, "ed") && !p.isCap()) &&
		!auxiliaries[p.low] && !modalsAndBe[p.low] && strings.HasSuffix(toks[i].low, "s") {
		// "condemned remarks made by …": a plural noun after a verb is its
		// object, no cue
		return false
	}
	return true
}

// modalsAndBe are the verbs a cue may follow beside the auxiliaries.
var modalsAndBe = set("be", "been", "being", "may", "might", "should", "must", "shall", "do", "'s", "’s")

// keep reports whether attributions with cue c are wanted.
func (s *Stage) keep(c cue) bool { return s.beliefs || c.Class == ClassSpeech }

// colonCue reads a unit that ends "X said:" / "X continued:" — the cue of the
// quotation that follows.
func (s *Stage) colonCue(toks []tok, lo, hi int) attr {
	e := hi
	for e > lo && !toks[e-1].isWord() && !toks[e-1].is(":") {
		e--
	}
	if e <= lo || !toks[e-1].is(":") {
		return attr{}
	}
	e--
	for c := e - 1; c >= lo && e-c <= 8; c-- {
		cu, n, ok := s.lx.match(toks, c)
		if !ok || !s.keep(cu) {
			continue
		}
		np, ok := readNPBackward(toks, c, lo)
		if !ok {
			continue
		}
		if k := s.skipTail(toks, c+n, e, cu.Frame); k < e {
			continue
		}
		return attr{ok: true, cue: span2{c, c + n}, spk: np, clause: span2{np[0], hi}, cueEntry: cu}
	}
	return attr{}
}

// headlineColon reads a headline "Lavrov: …" — a name, a colon and the words.
func headlineColon(toks []tok) (span2, int, bool) {
	for i, t := range toks {
		if t.is(":") {
			if i == 0 || i > 5 {
				return span2{}, 0, false
			}
			for k := 0; k < i; k++ {
				if !toks[k].isCap() || !npWord(toks[k]) || determiners[toks[k].low] {
					return span2{}, 0, false
				}
			}
			if wordCount(toks, i+1, len(toks)) < 3 {
				return span2{}, 0, false
			}
			return span2{0, i}, i, true
		}
	}
	return span2{}, 0, false
}

// quoteColonSubject reads a headline that opens with a quotation and a
// colon before a clause: "“We will respond”: Iran vows revenge". It returns
// the clause's subject, which speaks, and the closing mark's token.
func (s *Stage) quoteColonSubject(p *para) (span2, int, bool) {
	if len(p.pairs) == 0 || p.pt[0][0] != 0 || p.pt[0][3] < 0 {
		return span2{}, 0, false
	}
	toks, cm := p.toks, p.pt[0][3]
	if cm+2 >= len(toks) || !toks[cm+1].is(":") || wordCount(toks, p.pt[0][1], p.pt[0][2]) < 2 {
		return span2{}, 0, false
	}
	np, ok := s.readNPForward(toks, cm+2, len(toks))
	if !ok || np[1] >= len(toks) || np[1]-np[0] > 6 || !toks[np[0]].isCap() {
		return span2{}, 0, false
	}
	if v := toks[np[1]]; !(s.isCue(toks, np[1]) || v.tag == "VBZ" || v.tag == "VBD" || v.tag == "" && strings.HasSuffix(v.low, "s") && !v.isCap()) {
		return span2{}, 0, false
	}
	return np, cm, true
}

// headlineColonAfter reads a headline that names its speaker after a final
// colon: "China supports Kazakhstan's efforts to restore stability:
// spokesperson", "Ceasefire holding: Lavrov". The speaker is one to four
// words, a name or a speaker noun, and the words before it a clause.
func headlineColonAfter(toks []tok) (span2, int, bool) {
	colon := -1
	for i, t := range toks {
		if t.is(":") {
			colon = i
		}
	}
	if colon < 3 || colon+1 >= len(toks) {
		return span2{}, 0, false
	}
	end := trimEnd(toks, colon+1, len(toks))
	if end-colon-1 < 1 || end-colon-1 > 4 || wordCount(toks, 0, colon) < 4 {
		return span2{}, 0, false
	}
	for k := colon + 1; k < end; k++ {
		if !toks[k].isWord() {
			return span2{}, 0, false
		}
	}
	last := toks[end-1]
	if !(last.isCap() && !titleCase(toks, 0, colon) || personNouns[last.low] || bodyNouns[last.low] || speakerNouns[last.low]) {
		// (in a headline in title case a capital names no one: "The
		// One Thing Both Sides Want: Break Up Banks")
		return span2{}, 0, false
	}
	return span2{colon + 1, end}, colon, true
}

// speakerNouns name a headline's speaker after a colon besides persons'
// and bodies' nouns.
var speakerNouns = set("source", "sources", "spokesperson", "fm", "pm", "officials", "police", "ministry",
	"report", "media", "army", "military", "government", "envoy", "experts", "analysts", "poll", "survey")

func newFound(p *para, kind string, unit int) *found {
	return &found{
		q:      dateline.Quote{Kind: kind, Parent: -1, Speaker: dateline.Speaker{Entity: -1}},
		para:   p,
		unit:   unit,
		cueTok: span2{-1, -1},
		spkTok: span2{-1, -1},
		clause: span2{-1, -1},
	}
}

// setParts sets the quote's text and spans from byte ranges.
func (f *found) setParts(text string, field dateline.Field, parts [][2]int) {
	var ws []string
	f.q.Parts = f.q.Parts[:0]
	for _, r := range parts {
		f.q.Parts = append(f.q.Parts, dateline.Span{Field: field, Start: r[0], End: r[1]})
		ws = append(ws, strings.TrimSpace(text[r[0]:r[1]]))
	}
	if len(f.q.Parts) > 0 {
		f.q.Span = f.q.Parts[0]
	}
	f.q.Text = strings.Join(ws, " ")
}

func (f *found) setAttr(text string, p *para, a attr) {
	toks := p.toks
	f.cueTok = a.cue
	f.spkTok = a.spk
	f.clause = a.clause
	if a.cue[1] > a.cue[0] {
		f.q.Cue = text[toks[a.cue[0]].start:toks[a.cue[1]-1].end]
		f.q.CueSpan = dateline.Span{Field: p.field, Start: toks[a.cue[0]].start, End: toks[a.cue[1]-1].end}
	}
	f.participle = a.inherit
	if a.ante[1] > a.ante[0] && a.ante[0] >= 0 {
		f.ante = dateline.Span{Field: p.field, Start: toks[a.ante[0]].start, End: toks[a.ante[1]-1].end}
		f.anteText = text[f.ante.Start:f.ante.End]
	}
	if a.spk[1] > a.spk[0] && a.spk[0] >= 0 {
		f.q.Speaker.Mention = text[toks[a.spk[0]].start:toks[a.spk[1]-1].end]
		f.q.Speaker.Span = dateline.Span{Field: p.field, Start: toks[a.spk[0]].start, End: toks[a.spk[1]-1].end}
	}
}

func isNumber(t tok) bool { return t.text != "" && t.text[0] >= '0' && t.text[0] <= '9' }

// prevAppositive finds the comma opening an appositive that ends at comma k.
func prevAppositive(toks []tok, k, lo int) (int, bool) {
	m := k - 1
	for m >= lo && !toks[m].is(",") && k-m < 32 {
		m--
	}
	if m < lo || !toks[m].is(",") || m+1 >= k {
		return 0, false
	}
	if appositiveStart(toks, m+1, k) {
		return m, true
	}
	return 0, false
}

// asides stand alone between commas inside a speaker's phrase.
var asides = set("however", "meanwhile", "though", "too", "instead", "separately", "likewise")

var apposPreps = set("at", "in", "on", "during", "speaking", "who", "which", "whose", "writing", "appearing", "after", "before", "from", "also", "including",
	"asked", "pressed", "questioned", "responding", "addressing", "commenting")

// appositiveStart reports whether toks[i:j] (between two commas) reads as an
// appositive or an aside inside a speaker's phrase: "a doctor", "who ...",
// "R-Ky.", "82", "at a later press gaggle".
// toTitles take the body or country they serve with "to": "Ambassador to
// the UN", "Permanent Representative to the EU".
var toTitles = set("representative", "ambassador", "envoy", "emissary", "delegate", "adviser", "advisor", "mission")

// ofComplements complete a title after "of" in lower case: "chief of
// staff", "secretary of state".
var ofComplements = set("staff", "state", "defence", "defense", "justice", "interior", "finance", "police")

func appositiveStart(toks []tok, i, j int) bool {
	if i >= j {
		return false
	}
	if j-i <= 8 && j-i >= 2 && toks[i].isCap() && toks[i+1].isCap() && toks[i].isWord() && toks[i+1].isWord() && !determiners[toks[i].low] {
		return true // "The opposition leader, Friedrich Merz of the CDU, said"
	}
	first := toks[i]
	if j-i == 3 && first.low == "for" && toks[i+2].low == "part" {
		return true // "The premier, for her part, denied …"
	}
	switch {
	case j-i == 1 && asides[first.low]:
		return true // "Lavrov, however, said …"
	case determiners[first.low], titles[first.low], apposPreps[first.low], isNumber(first):
		return true
	case j-i <= 3 && first.isCap():
		return true // "R-Ky.", "Texas"
	case first.isCap() && (strings.HasSuffix(first.low, "'s") || strings.HasSuffix(first.low, "’s")) && i+1 < j && !toks[i+1].isCap() && toks[i+1].isWord():
		return true // "China's permanent representative to the UN"
	}
	return false
}

func isDash(s string) bool { return s == "―" || s == "—" || s == "–" || s == "--" }

// appositiveAfter extends a speaker's phrase read forward over the
// appositives that close the sentence: "said Hugh Hill, a customs officer.",
// "said Tim Hess, a developer in Virginia, who introduced him to banks."
func appositiveAfter(toks []tok, np span2, hi int) span2 {
	k := np[1]
	if k >= hi || !toks[k].is(",") {
		return np
	}
	end := func(m int) bool {
		return m >= hi || toks[m].is(".") || toks[m].is(";") || trimEnd(toks, m, hi) == m
	}
	first := true
	for k < hi && toks[k].is(",") {
		m := k + 1
		for m < hi && !toks[m].is(",") && !toks[m].is(".") && !toks[m].is(";") && !toks[m].mark && m-k < 32 {
			m++
		}
		if m == k+1 || (first && !appositiveStart(toks, k+1, m)) {
			return np
		}
		if m < hi && toks[m].mark {
			return np
		}
		first = false
		if end(m) {
			return span2{np[0], m}
		}
		k = m
	}
	return np
}
