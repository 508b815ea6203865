package quotes

import (
	"github.com/dateline-news/dateline"
	"strings"
)

// clauseOpeners may stand before the speaker of "X said Y".
var clauseOpeners = set(",", "and", "but", ";", "—", "–", ":", "(", "so", "yet", "then", "also",
	"though", "although", "while", "because", "as", "after", "before", "when", "since", "until",
	"once", "where", "whereas", "meanwhile", "now", "still", "however")

// badBefore may not stand before the speaker of "X said Y": the speaker
// would be the object of a relative clause or of a preposition.
var badBefore = set("who", "that", "which", "what", "whom", "how", "where", "when", "if", "whether",
	"of", "to", "for", "with", "by", "from", "in", "on", "at", "about", "than", "as", "like", "is",
	"was", "be", "been", "not")

// indirect reads indirect speech in tokens [lo, hi) of p. unit is the unit's
// index (-1 inside a quotation, where claimed is nil and tokens inside the
// quotation count as text).
func (s *Stage) indirect(a *dateline.Article, p *para, lo, hi, unit int, claimed []bool) []*found {
	toks := p.toks
	text := a.Text(p.field)
	nested := claimed == nil
	if nested {
		// split the quotation into sentences and read each
		var out []*found
		start := lo
		for i := lo; i < hi; i++ {
			if t := toks[i].text; t == "." || t == "!" || t == "?" {
				out = append(out, s.indirectUnit(text, p, start, i+1, unit, nil)...)
				start = i + 1
			}
		}
		if start < hi {
			out = append(out, s.indirectUnit(text, p, start, hi, unit, nil)...)
		}
		return out
	}
	return s.indirectUnit(text, p, lo, hi, unit, claimed)
}

func (s *Stage) indirectUnit(text string, p *para, lo, hi, unit int, claimed []bool) []*found {
	toks := p.toks
	nested := claimed == nil
	outside := func(i int) bool {
		if nested {
			return !toks[i].mark
		}
		return toks[i].quote < 0 && !claimed[i]
	}
	end := trimEnd(toks, lo, hi)
	var out []*found
	for i := lo; i < end; i++ {
		if !outside(i) {
			continue
		}
		c, n, ok := s.lx.match(toks, i)
		if !ok || !s.keep(c) || c.Frame == FrameName {
			continue
		}
		var at attr
		var content span2
		var tail span2 // the words' second part, after a cue inside them
		coord := false
		who := -1 // the relative pronoun that names the speaker, "X, who said"
		how := ""
		switch {
		case c.Frame == FrameAccording:
			np, ok := s.readNPForward(toks, i+n, end)
			if j := i + n; !ok && j < end && objectPronouns[toks[j].low] != "" && (j+1 >= end || toks[j+1].is(",")) {
				np, ok = span2{j, j + 1}, true // "according to him, …"
			}
			if !ok {
				continue
			}
			// the source runs to the comma (or the end): "according to
			// early results of the exit poll conducted by Edison, …"
			for k := np[1]; k < end && k-np[0] < 25; k++ {
				if toks[k].is(",") || toks[k].mark || toks[k].is(";") {
					if toks[k].is(",") {
						np[1] = k
					}
					break
				}
				if k == end-1 {
					np[1] = end
				}
			}
			// "according to Jane Doe, a spokeswoman for the agency[, who
			// …]": the source keeps its appositives
			src := np[1]
			for np[1] < end && toks[np[1]].is(",") {
				m := np[1] + 1
				for m < end && !toks[m].is(",") && !toks[m].mark && m-np[1] < 24 {
					m++
				}
				if m < end && toks[m].mark || !sourceAppositive(toks, np[1]+1, m) {
					break
				}
				np[1] = m
			}
			if np[1]+1 < end && (finiteVerb(toks[np[1]+1]) || modals[toks[np[1]+1].low]) {
				// "According to the ministry, the head of the delegation,
				// who arrived on Monday, will stay": the words' subject
				np[1] = src
			}
			how = "according"
			at = attr{ok: true, cue: span2{i, i + n}, spk: np, cueEntry: c}
			after := np[1]
			// "Y, according to X, in the largest …": what follows the
			// source is the reporter's adjunct, the words are before it
			adjunct := after+1 < end && subordinators[toks[after+1].low] && toks[after+1].low != "which" && i-1 > lo && toks[i-1].is(",") && wordCount(toks, lo, i-1) >= 4
			// (but "Y, according to a notice by X, the regional agency":
			// words with no verb after the source are its appositive, and
			// the words told are before it; a participle there, ", ending
			// …", is left as it was read)
			verbless := i > lo && after+1 < end && toks[after+1].tag != "VBG" && !s.hasVerb(toks, after+1, end)
			if after < end && toks[after].is(",") && (i == lo || clauseOpeners[toks[i-1].low]) && !adjunct && !verbless {
				content = span2{after + 1, end}
			} else if i-1 > lo && toks[i-1].is(",") {
				content = span2{lo, i - 1}
				if !nested && speakerInside(out, lo, i-1) && !personalSource(toks, np) {
					// "X said Y, according to a transcript": X speaks, and
					// the source after the words is only where they were
					// read
					continue
				}
			} else {
				continue
			}
		default:
			ci := i // "…, the minister has announced": the subject stands before the auxiliary
			if ci-1 > lo && (toks[ci-1].low == "has" || toks[ci-1].low == "have" || toks[ci-1].low == "had") {
				ci--
			}
			np, ok := readNPBackward(toks, ci, lo)
			if !ok && ci-1 == lo && toks[lo].low == "it" && toks[lo].isCap() && c.Class == ClassSpeech {
				np, ok = span2{lo, lo + 1}, true // "It said …": a body named before
			}
			if !ok && ci-2 >= lo && toks[ci-1].low == "it" && toks[ci-2].is(",") && c.Class == ClassSpeech {
				np, ok = span2{ci - 1, ci}, true // "Y, it said": the body named before speaks Y
			}
			if !ok {
				// "The bank said": a determiner or a name fixes a looser head
				if np2, ok2 := readNPBackwardHead(toks, i, lo, headLoose); ok2 && (determiners[toks[np2[0]].low] || toks[np2[0]].isCap()) && np2[1] == i {
					np, ok = np2, true
				}
			}
			if !ok {
				// "… seized the floor and said they would stay": the
				// sentence's subject speaks; "X, who … and told Y": X
				b := i - 1
				for b > lo && cueAdverbs[toks[b].low] {
					b--
				}
				if np2, w, ok2 := relativeAntecedent(toks, lo, b); ok2 {
					np, ok = np2, true
					coord = true
					who = w
				} else if b > lo && (toks[b].low == "and" || toks[b].low == "but" || toks[b].low == "then" || p.field != dateline.InBody && toks[b].is(",") && !s.npToEnd(toks, i+n, end)) {
					// (a headline's comma: "UK hits banks, says Putin …",
					// but not "Y, says foreign minister")
					if np2, ok2 := subordinateSubject(toks, lo, b); ok2 {
						np, ok = np2, true
						coord = true
					} else if np2, ok2 := s.subject(toks, lo, b); ok2 {
						np, ok = np2, true
						coord = true
					}
				}
			}
			if ok && !coord && np[0]-2 >= lo && toks[np[0]-1].low == "and" && !toks[np[0]-2].mark &&
				(toks[np[0]-2].isCap() || headOK(toks[np[0]-2])) && !isPronoun(toks[np[0]-2]) &&
				(np[0]-2 == lo || toks[np[0]-3].is(",") || clauseOpeners[toks[np[0]-3].low]) {
				np[0] -= 2 // "…, police and medical sources said"
			}
			if ok && !coord && np[0] > lo && badBefore[toks[np[0]-1].low] &&
				!(toks[np[0]-1].low == "as" && i+n < end && toks[i+n].low == "that") {
				ok = false // but "…, as the president vowed that Y"
			}
			if ok && !(isPronoun(toks[np[0]]) || toks[np[0]].low == "it" || toks[np[0]].isCap() || determiners[toks[np[0]].low] || headOK(toks[np[1]-1])) {
				ok = false
			}
			if ok {
				k := s.skipTail(toks, i+n, end, c.Frame)
				startOK := coord || np[0] == lo || clauseOpeners[toks[np[0]-1].low] || (np[0]-1 >= lo && toks[np[0]-1].mark)
				commaBefore := !coord && np[0]-1 > lo && toks[np[0]-1].is(",")
				postOK := c.Frame != FrameLead || ci < i // "Y, the minister has announced"
				if k < end && commaBefore && postOK && (toks[k-1].is(",") || subordinators[toks[k].low]) {
					// "Y, X said Friday, as they …": the content is before
					how = "y-x-said-sub"
					at = attr{ok: true, cue: span2{i, i + n}, spk: np, cueEntry: c}
					content = span2{lo, np[0] - 1}
					if !nested && p.field == dateline.InBody && toks[k-1].is(",") && !subordinators[toks[k].low] && !s.hasVerb(toks, lo, np[0]-1) {
						// "Many of the closures, he said, have involved
						// …": the words go on after the cue
						tail = span2{k, trimEnd(toks, k, end)}
					}
					break
				}
				if k < end && toks[k].low == "through" {
					// "said through its head of communications, Lene
					// Balleby, that Y", "said through a lawyer that Y": past
					// the mouthpiece and its name
					for m := k + 1; m < end && m <= k+14; m++ {
						if toks[m].mark || finiteVerb(toks[m]) {
							break
						}
						if toks[m].low == "that" {
							if !(m+1 < end && relativeVerb(toks[m+1])) {
								k = m
							}
							break
						}
					}
				}
				if k < end && adjunctPreps[toks[k].low] {
					// "told him in a phone conversation that Y": past the adjunct
					for m := k + 1; m < end && m <= k+8; m++ {
						if toks[m].is(",") || toks[m].mark || finiteVerb(toks[m]) {
							break
						}
						if toks[m].low == "that" {
							if !(m+1 < end && relativeVerb(toks[m+1])) {
								k = m // not "after talks that exposed …"
							}
							break
						}
					}
				}
				if k < end && toks[k].low != "that" {
					k = thatAfterAside(toks, k, end) // "wrote on X, formerly Twitter, that …"
				}
				if k < end && (toks[k].low == "on" || toks[k].low == "about" || toks[k].low == "upon") && !(k+1 < end && startsWithDigit(toks[k+1].low)) {
					continue // "commented on a statement by X, who …": a topic, no words (but "said about 32,000 people …")
				}
				if k < end && startOK && wordCount(toks, k, end) >= 3 && (c.Frame != FrameLead || toks[k].low == "that" || toks[k-1].low == "that" || c.Frame == FrameLead) {
					if c.Frame == FrameLead {
						k = s.addresseeThat(toks, k, end) // "warned Congress that …"
					}
					if c.Frame == FrameLead && !leadContent(toks, k, end) {
						continue // "warned Damascus against an offensive": no content
					}
					if (p.field != dateline.InBody && actCues[c.Lemma] || bodyActCues[c.Lemma]) && toks[k].low != "that" && toks[k-1].low != "that" && !toks[k].mark && !(c.Lemma == "vow" && toks[k].low == "to") {
						// a noun phrase object of an act is no words
						// reported: "Medvedev announces end of operation",
						// "the electoral authority declared Maduro the
						// winner" (a headline drops its verbs: "X says
						// Russia ready to …" is X's words, and "says" is no
						// act)
						k2, ok := clauseContent(toks, k, end, c.Lemma)
						if !ok || c.Lemma == "declare" && namedObject(toks, k, end) {
							continue
						}
						k = k2
					}
					if clauseOnlyCues[c.Lemma] && p.field == dateline.InBody && toks[k].low != "that" && toks[k-1].low != "that" && !toks[k].mark {
						// with no "that", these cues take words only as a
						// clause: "conceded defeat", "claimed
						// responsibility", "continued their attacks" name
						// no words
						k2, ok := clauseContent(toks, k, end, c.Lemma)
						if !ok {
							continue
						}
						k = k2
					}
					if c.Lemma == "recall" && recalledEnvoys(toks, k, end) {
						continue // "France recalled its ambassadors": no words
					}
					// the complementiser goes, but not the pronoun of "said
					// that was not her view"
					if toks[k].low == "that" && !keepThat && !(k+1 < end && (auxiliaries[toks[k+1].low] || modals[toks[k+1].low])) {
						k++
					}
					how = "x-said-y"
					at = attr{ok: true, cue: span2{i, i + n}, spk: np, cueEntry: c}
					content = span2{k, end}
					break
				}
				if k >= end && np[0]-1 > lo && toks[np[0]-1].is(",") && postOK {
					how = "y-x-said"
					at = attr{ok: true, cue: span2{i, i + n}, spk: np, cueEntry: c}
					content = span2{lo, np[0] - 1}
					break
				}
				continue
			}
			// "…, adding that Y": the speaker is the clause's
			if strings.HasSuffix(toks[i].low, "ing") && i-1 > lo && toks[i-1].is(",") {
				k := s.skipTail(toks, i+n, end, c.Frame)
				if k < end && wordCount(toks, k, end) >= 3 {
					// the complementiser goes, but not the pronoun of "said
					// that was not her view"
					if toks[k].low == "that" && !keepThat && !(k+1 < end && (auxiliaries[toks[k+1].low] || modals[toks[k+1].low])) {
						k++
					}
					how = "participle"
					at = attr{ok: true, cue: span2{i, i + n}, spk: span2{-1, -1}, cueEntry: c, inherit: true}
					content = span2{k, end}
					break
				}
			}
			// "Y, said X."
			if c.Frame != FrameLead && i-1 > lo && toks[i-1].is(",") {
				np, ok := s.readNPForward(toks, i+n, end)
				if !ok || objectWords[toks[np[0]].low] {
					continue
				}
				np = appositiveAfter(toks, np, end)
				if k := s.skipTail(toks, np[1], end, FrameSay); k < end {
					continue
				}
				if p.field != dateline.InBody && s.cueIn(toks, lo, i-1) {
					// "Minister urges talks, vows support for defectors":
					// the comma coordinates two acts of one subject
					continue
				}
				how = "y-said-x"
				at = attr{ok: true, cue: span2{i, i + n}, spk: np, cueEntry: c}
				content = span2{lo, i - 1}
				break
			}
			continue
		}
		content[1] = trimEnd(toks, content[0], content[1])
		if !nested && content[0] >= at.cue[1] {
			// the reporter's words resume: ", hours after …", " and
			// ordered …", ", according to …"
			content[1] = trimEnd(toks, content[0], s.contentEnd(toks, content[0], content[1]))
			if p.field != dateline.InBody {
				content[1] = trimEnd(toks, content[0], s.headlineContentEnd(toks, content[0], content[1]))
			}
		}
		if !nested && p.field == dateline.InBody && content[1] <= at.cue[0] && (how == "y-x-said" || how == "y-x-said-sub" || how == "y-said-x") &&
			!s.hasVerb(toks, content[0], content[1]) && !(tail[1] > tail[0] && s.hasVerb(toks, tail[0], tail[1])) {
			// "At Kabul airport, evacuation flights resumed", "X, the
			// leader of the group, told …": no clause, no words
			continue
		}
		if content[0] < content[1] && content[0] > at.cue[0] && !at.inherit && badContentStartAt(toks, content[0]) &&
			!(content[0] > 0 && toks[content[0]-1].low == "that") {
			continue
		}

		if at.inherit && !(content[0] > 0 && toks[content[0]-1].low == "that") && !toks[content[0]].mark &&
			!(clauseParticiples[at.cueEntry.Lemma] && clauseLike(toks, content[0], content[1])) {
			continue // "…, shouting profanities": a participle takes "that" or a quotation
		}
		for content[0] < content[1] && (toks[content[0]].is(",") || toks[content[0]].is(":") || toks[content[0]].is("—")) {
			content[0]++
		}
		if content[1]-content[0] <= 0 || wordCount(toks, content[0], content[1])+wordCount(toks, tail[0], tail[1]) < 3 {
			continue
		}
		if requestCues[at.cueEntry.Lemma] && requestOnly(toks, content[0], content[1], nested) {
			continue // "urged Moscow to halt the offensive": a request, no words reported
		}
		// the content must not be mostly claimed by a direct quote already
		if !nested {
			busy, quoted := 0, 0
			for k := content[0]; k < content[1]; k++ {
				if claimed[k] {
					busy++
				} else if toks[k].quote >= 0 {
					quoted++
				}
			}
			if busy*2 > content[1]-content[0] {
				continue
			}
			// "“…,” he said, according to the ministry": a quotation with
			// its own attribution is no content of another
			if claimed[content[1]-1] && (busy+quoted)*2 > content[1]-content[0] {
				continue
			}
		}
		// a content that is exactly one quotation is a direct quote the
		// direct reader missed; keep it direct
		kind := dateline.Indirect
		if toks[content[0]].mark && toks[content[0]].quote >= 0 && !nested {
			q := p.pairs[toks[content[0]].quote]
			if q.Close >= 0 && toks[content[1]-1].start == q.Close {
				kind = dateline.Direct
			}
		}
		if nested {
			// "I told her, 'Your son is coming back,' and …" inside a
			// quotation: the single-quoted words are the nested quote
			if e, ok := innerQuote(toks, content[0], content[1]); ok && wordCount(toks, content[0]+1, e) >= 3 {
				content = span2{content[0] + 1, trimEnd(toks, content[0]+1, e)}
				kind = dateline.Direct
			}
		}
		if who >= 0 && at.spk[0] >= 0 {
			at.ante, at.spk = at.spk, span2{who, who + 1}
		}
		f := newFound(p, kind, unit)
		f.origin = "ind-" + how
		if coord {
			f.origin += "-coord"
		}
		at.clause = span2{min(at.spk[0], at.cue[0]), at.cue[1]}
		if at.spk[0] >= 0 {
			at.clause[0] = min(at.spk[0], at.cue[0])
		} else {
			at.clause[0] = at.cue[0]
		}
		if at.spk[0] < 0 {
			at.clause[0] = at.cue[0]
		}
		f.setAttr(text, p, at)
		cs, ce := toks[content[0]].start, toks[content[1]-1].end
		if kind == dateline.Direct && !nested {
			q := p.pairs[toks[content[0]].quote]
			cs, ce = q.Start, q.End
			f.pairs = []int{toks[content[0]].quote}
		}
		if tail[1] > tail[0] {
			f.setParts(text, p.field, [][2]int{{cs, ce}, {toks[tail[0]].start, toks[tail[1]-1].end}})
		} else {
			f.setParts(text, p.field, [][2]int{{cs, ce}})
		}
		if claimed != nil {
			for k := at.cue[0]; k < at.cue[1]; k++ {
				claimed[k] = true
			}
			for k := max(at.spk[0], 0); k < at.spk[1]; k++ {
				claimed[k] = true
			}
		}
		f.content = content
		out = append(out, f)
		// go on after the cue, or after what stands between the cue and
		// its words ("said, according to Interfax, that …")
		i = max(at.cue[1], content[0]) - 1
	}
	// an attribution inside an earlier one's content ends that content:
	// "X said Y, though she acknowledged Z"
	for k := 0; k+1 < len(out); k++ {
		f, g := out[k], out[k+1]
		start := g.clause[0]
		if strings.HasSuffix(g.origin, "-coord") {
			start = g.cueTok[0] // "… and announced that …": the subject stands before f
		}
		// (a source told after the words holds f's words: "Y told Z
		// that W, the presidency said" ends W at the source)
		if f.content[0] < start && start < f.content[1] && (g.content[0] > f.content[0] || g.content[1] <= g.cueTok[0] && g.content[0] <= f.clause[0]) {
			e := start
			for e > f.content[0] && (clauseOpeners[toks[e-1].low] || !toks[e-1].isWord()) && !toks[e-1].mark {
				e--
			}
			if wordCount(toks, f.content[0], e) >= 3 {
				f.content[1] = e
				f.setParts(text, p.field, [][2]int{{toks[f.content[0]].start, toks[e-1].end}})
			}
		}
	}
	return out
}

// apposHeads open a source's appositive besides titles and role nouns:
// "head of the Red Crescent", "a member of parliament".
var apposHeads = set("head", "member", "founder", "deputy", "former", "senior", "professor", "editor",
	"author", "researcher", "executive", "commander", "chair", "co-founder", "vice")

// sourceAppositive reports whether tokens [i, j), between commas after a
// source, describe it rather than start the words told: "a spokeswoman for
// the agency", "head of the local Red Crescent", "who spoke by phone".
func sourceAppositive(toks []tok, i, j int) bool {
	if i >= j {
		return false
	}
	first := toks[i]
	switch {
	case first.low == "a" || first.low == "an" || first.low == "who" || first.low == "whose":
	case titles[first.low] || roleNouns[first.low] || apposHeads[first.low]:
	case first.low == "the" && i+1 < j && (titles[toks[i+1].low] || roleNouns[toks[i+1].low] || apposHeads[toks[i+1].low]):
	default:
		return false
	}
	if first.low == "who" || first.low == "whose" {
		return true
	}
	for k := i + 1; k < j; k++ {
		if finiteVerb(toks[k]) || modals[toks[k].low] {
			return false // "a deal was struck": a clause
		}
	}
	return true
}

// actVerbs are what a speaker does besides speaking; coordinated with the
// cue's subject ("said the launch was reckless and ordered the military
// to …") they end the content.
var actVerbs = set("ordered", "instructed", "directed", "declined", "refused", "vowed", "pledged",
	"promised", "appealed", "asked", "demanded", "announced", "called", "urged", "insisted",
	"added", "stressed", "warned", "said", "told", "noted", "acknowledged", "conceded", "admitted",
	"blamed", "accused", "condemned", "rejected", "welcomed", "criticized", "criticised", "dismissed",
	"thanked", "praised", "denied", "threatened")

// timeNouns and timeCounts make a time adjunct: ", hours after …",
// ", two days before …", ", shortly after …".
var (
	timeNouns  = set("hours", "hour", "days", "day", "weeks", "week", "months", "month", "minutes", "years", "shortly", "moments", "soon", "just", "only", "barely")
	timeCounts = set("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several", "some", "just", "only", "barely", "about", "nearly", "within")
)

// contentEnd is where an indirect content running from lo to hi ends: at
// a comma before a time adjunct (", hours after voters chose …"), before
// "according to" or a participle cue (", adding …"), or at "and"/"but"
// before the speaker's next act with no subject of its own (" and ordered
// the military …", ", but insisted that …"). Tokens inside quotations do
// not count.
func (s *Stage) contentEnd(toks []tok, lo, hi int) int {
	for k := lo + 3; k < hi-1; k++ {
		t := toks[k]
		if t.quote >= 0 && !t.mark {
			continue
		}
		// a comma, or a closing mark after a comma inside the quotation
		// ("… in any place," days after …)
		cut := k
		if t.mark && k > lo && toks[k-1].is(",") && toks[k-1].quote >= 0 && toks[k-1].quote == t.quote {
			cut = k + 1
		}
		if t.is(",") || cut > k {
			m := k + 1
			for m < hi && timeCounts[toks[m].low] || m < hi && isNumber(toks[m]) {
				m++
			}
			n := m
			for n < hi && timeNouns[toks[n].low] {
				n++
			}
			if n > m && n < hi && (toks[n].low == "after" || toks[n].low == "before") {
				return cut
			}
			if k+2 < hi && toks[k+1].low == "according" && toks[k+2].low == "to" {
				return cut
			}
			if k+1 < hi && reporterAdjunct(toks, k+1, hi) {
				return cut // ", without giving details", ", citing sources"
			}
			if c, _, ok := s.lx.match(toks, k+1); ok && s.keep(c) && strings.HasSuffix(toks[k+1].low, "ing") && c.Frame != FrameAccording {
				return cut
			}
		}
		if t.low == "and" || t.low == "but" {
			m := k + 1
			for m < hi && cueAdverbs[toks[m].low] && !isPronoun(toks[m]) {
				m++
			}
			// " and addressed the crowd" after "she would veto the bill":
			// a past form cannot go on the words' modal, it is the
			// speaker's next act
			if m < hi && (actVerbs[toks[m].low] || toks[m].tag == "VBD" && modalClause(toks, lo, k)) {
				e := k
				if e > lo && toks[e-1].is(",") {
					e--
				}
				return e
			}
		}
		if s.nestedAttribution(toks, lo, k, hi) {
			e := k
			if e > lo && toks[e-1].is(",") {
				e--
			}
			return e
		}
	}
	return hi
}

// modalClause reports whether the last finite verb of the words [lo, k)
// is a modal before an active verb ("she would veto the bill", not "they
// would be tried", "it will have ended").
func modalClause(toks []tok, lo, k int) bool {
	for j := k - 1; j >= lo; j-- {
		t := toks[j]
		if t.quote >= 0 && !t.mark {
			return false
		}
		if t.tag != "MD" && !finiteVerb(t) {
			continue
		}
		if t.tag != "MD" {
			return false
		}
		v := j + 1
		for v < k && (toks[v].tag == "RB" || cueAdverbs[toks[v].low]) {
			v++
		}
		return v < k && toks[v].tag == "VB" && !auxiliaries[toks[v].low] && toks[v].low != "be" && toks[v].low != "get"
	}
	return false
}

// nestedAttribution reports whether a relative clause or an appositive
// starting at k inside the words [lo, hi) tells whose words it holds: "the
// bill that critics said was modelled on …", ", a decision it said the
// president had taken": what follows is another attribution (or another
// one of the speaker's), not part of these words.
func (s *Stage) nestedAttribution(toks []tok, lo, k, hi int) bool {
	start := -1
	switch t := toks[k]; {
	case (t.low == "that" || t.low == "which") && k > lo && (strings.HasPrefix(toks[k-1].tag, "NN") || toks[k-1].mark):
		start = k + 1 // the clause's subject
	case t.is(",") && k+2 < hi && (toks[k+1].low == "a" || toks[k+1].low == "an"):
		start = k + 3 // the noun, then the subject
	default:
		return false
	}
	for m := start; m < hi && m < start+5; m++ {
		t := toks[m]
		if t.quote >= 0 || !t.isWord() {
			return false
		}
		if c, _, ok := s.lx.match(toks, m); ok && c.Class == ClassSpeech && c.Frame != FrameAccording && finiteVerb(t) {
			return m > start
		}
		if clauseVerb(toks, m) || t.tag == "VBG" || t.tag == "TO" || t.tag == "IN" {
			return false
		}
	}
	return false
}

// thatAfterAside returns the index of a complementiser "that" after a
// comma within a few verbless words from k ("formerly Twitter, that …",
// "in Toledo, Ohio, that …"), or k when there is none.
func thatAfterAside(toks []tok, k, end int) int {
	for m := k + 1; m < end && m < k+8; m++ {
		if toks[m].mark || clauseVerb(toks, m) {
			return k
		}
		if toks[m].low == "that" && toks[m-1].is(",") && !(m+1 < end && relativeVerb(toks[m+1])) {
			return m
		}
	}
	return k
}

// reporterAdjunct reports whether tokens from k open the reporter's
// adjunct after the words: "without giving details", "without
// elaborating", "citing security sources", "without providing evidence".
func reporterAdjunct(toks []tok, k, hi int) bool {
	t := toks[k]
	if t.low == "citing" {
		return true
	}
	return t.low == "without" && k+1 < hi && strings.HasSuffix(toks[k+1].low, "ing") && !toks[k+1].isCap()
}

// hasVerb reports whether tokens [lo, hi) hold a verb that may make them a
// clause, or a quotation (whose words may be a fragment).
func (s *Stage) hasVerb(toks []tok, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if toks[i].quote >= 0 || clauseVerb(toks, i) || toks[i].tag == "" && verbLike(toks[i]) {
			return true
		}
	}
	return false
}

// subordinateSubject reads the subject of a cue coordinated with the verb
// of an adverbial clause: "The swap came hours after the Russian leader
// ordered a mobilization … and warned the West that …" — the leader warned,
// not the swap. b is the "and"; the nearest finite verb before it must
// follow its subject, and the subject a subordinator.
func subordinateSubject(toks []tok, lo, b int) (span2, bool) {
	v := -1
	for k := b - 1; k > lo; k-- {
		if toks[k].quote >= 0 || toks[k].mark {
			continue
		}
		if toks[k].tag == "VBD" || toks[k].tag == "VBZ" || toks[k].tag == "VBP" {
			v = k
			break
		}
	}
	if v < 0 {
		return span2{}, false
	}
	np, ok := readNPBackward(toks, v, lo)
	if !ok || np[1] != v && !(timeBefore(toks, v-1, lo) < v-1) || np[0]-1 < lo || !adverbialSubordinators[toks[np[0]-1].low] {
		return span2{}, false
	}
	return np, true
}

// adverbialSubordinators open an adverbial clause with a subject of its own.
var adverbialSubordinators = set("after", "before", "as", "when", "while", "because", "since", "until", "once", "although", "though")

// cueIn reports whether tokens [lo, hi) hold a speech cue outside
// quotation marks.
func (s *Stage) cueIn(toks []tok, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if toks[i].quote >= 0 {
			continue
		}
		if c, _, ok := s.lx.match(toks, i); ok && s.keep(c) {
			return true
		}
	}
	return false
}

// headlineContentEnd is where a headline's indirect content running from lo
// to hi ends: at a comma before the subject's next verb ("urges N. Korea to
// return to dialogue, vows support for defectors").
func (s *Stage) headlineContentEnd(toks []tok, lo, hi int) int {
	for k := lo + 2; k+1 < hi; k++ {
		if !toks[k].is(",") || toks[k].quote >= 0 {
			continue
		}
		n := toks[k+1]
		if c, _, ok := s.lx.match(toks, k+1); ok && s.keep(c) && !strings.HasSuffix(n.low, "ing") || n.tag == "VBZ" && !n.isCap() {
			return k
		}
	}
	return hi
}

// adjunctPreps open an adjunct between a cue and its "that" clause.
var adjunctPreps = set("in", "during", "on", "at", "by", "over", "after", "before")

// keepThat keeps a complementiser "that" at the start of an indirect content.
const keepThat = false

var contentStops = set("to", "and", "or", "but", "as", "of", "with", "for", "by", "from",
	"which", "who", "than", "so", "nothing", "little", "much", "more", "something",
	"anything", "goodbye", "hello", "sorry", "thanks", "up", "out", "off", "back")

// badContentStart reports whether an indirect content cannot start with t.
func badContentStart(t tok) bool {
	if contentStops[t.low] {
		return true
	}
	return badContentWord(t)
}

// badContentStartAt is badContentStart at token i, where "more than" and
// "less than" open a content ("said more than 4,000 people had fled").
func badContentStartAt(toks []tok, i int) bool {
	if (toks[i].low == "more" || toks[i].low == "less") && i+1 < len(toks) && toks[i+1].low == "than" {
		return false
	}
	return badContentStart(toks[i])
}

func badContentWord(t tok) bool {
	return strings.HasSuffix(t.low, "ing") && !t.isCap() && len(t.low) > 5
}

var subordinators = set("as", "while", "after", "before", "when", "since", "because", "though",
	"although", "until", "where", "whereas", "which", "adding", "saying", "noting", "citing", "in", "on",
	"at", "during", "referring", "speaking", "according", "following", "amid", "despite")

// addresseeThat skips an addressee between a cue and its "that" ("warned
// Congress that …", "warned the West that …"): the index of "that", or k
// when no short noun phrase and "that" follow.
func (s *Stage) addresseeThat(toks []tok, k, end int) int {
	if k >= end || toks[k].low == "that" {
		return k
	}
	np, ok := s.readNPForwardHead(toks, k, end, headLoose)
	if !ok || np[1] >= end || np[1]-np[0] > 6 || toks[np[1]].low != "that" {
		return k
	}
	if np[1]+1 < end && relativeVerb(toks[np[1]+1]) {
		return k // "warned the group that attacked …"
	}
	return np[1]
}

// leadContent reports whether a lead-frame cue's content starts at k: a
// clause with "that", "of …", a quotation, or an object with "to"
// ("urged both sides to return").
func leadContent(toks []tok, k, end int) bool {
	if k >= end {
		return false
	}
	if toks[k].low == "that" || toks[k].low == "of" || toks[k].mark || (k > 0 && toks[k-1].low == "that") {
		return true
	}
	for i := k; i < end && i < k+5; i++ {
		if toks[i].low == "to" {
			return i > k
		}
		if toks[i].is(",") {
			break
		}
	}
	return false
}

// innerQuote reports whether tokens [lo, hi) open with a single quotation
// mark inside a quotation, and returns the index of its closing mark: a
// single mark after a word or punctuation that no letter follows ("back,'
// and", not "Russia's").
func innerQuote(toks []tok, lo, hi int) (int, bool) {
	if lo >= hi || (toks[lo].text != "'" && toks[lo].text != "‘") {
		return 0, false
	}
	for k := lo + 2; k < hi; k++ {
		if toks[k].text != "'" && toks[k].text != "’" {
			continue
		}
		if toks[k-1].end != toks[k].start {
			continue // an opening mark of another quotation
		}
		if k+1 < hi && toks[k+1].start == toks[k].end && toks[k+1].isWord() {
			continue // an apostrophe
		}
		return k, true
	}
	return 0, false
}

// relativeAntecedent reads the speaker of a cue in a relative clause: "X,
// who said …" (b is the token before the cue) or "X, who rejected … and
// told …" (b is the "and"). It returns the antecedent, the noun phrase
// before the comma, and the index of "who"; false when there is no such
// clause.
func relativeAntecedent(toks []tok, lo, b int) (span2, int, bool) {
	w := -1
	switch {
	case b > lo && toks[b].low == "who":
		w = b
	case b > lo && toks[b].low == "and":
		for k := b - 1; k > lo && b-k <= 16; k-- {
			if toks[k].is(",") || toks[k].is(";") || toks[k].mark || toks[k].is(".") {
				break
			}
			if toks[k].low == "who" {
				w = k
				break
			}
		}
	}
	if w-1 <= lo || !toks[w-1].is(",") {
		return span2{}, -1, false
	}
	// "Hassan Ghani, a spokesman for the command, who said": the name
	if np, ok := readNPBackward(toks, w, lo); ok {
		return np, w, true
	}
	np, ok := readNPBackward(toks, w-1, lo)
	return np, w, ok
}

// finiteVerb reports whether t is a finite verb: by its tag when the text
// stage tagged it, else an auxiliary or a past form ("talks" may be a noun).
func finiteVerb(t tok) bool {
	if t.tag != "" {
		switch t.tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
		return false
	}
	return auxiliaries[t.low] || verbLike(t) && strings.HasSuffix(t.low, "ed")
}

// relativeVerb reports whether t, right after "that", makes the "that" a
// relative pronoun ("talks that exposed …"), not a complementiser ("that
// he'd …", "that Russia would …").
func relativeVerb(t tok) bool {
	return !t.isCap() && !isPronoun(t) && !strings.ContainsAny(t.text, "'’") && finiteVerb(t)
}

// requestCues ask someone to act: with an addressee and a to-infinitive
// ("urged Western allies to speed up deliveries") or a thing asked for
// ("asked the alliance for help") they report a request, not words.
var requestCues = set("urge", "ask", "implore", "beg", "appeal", "press", "request")

// requestOnly reports whether an indirect content [lo, hi) is an addressee
// followed by "to" or "for" ("Moscow not to stand in the way", "the CSTO for
// help") with no quoted words in it: "urged the leaders to carry out
// “profound change”" keeps the leaders' words quoted, and "asked whether …"
// or "asked that …" report a question or a demand. nested tells that the
// content lies inside a quotation, whose own marks do not count.
func requestOnly(toks []tok, lo, hi int, nested bool) bool {
	if lo > 0 && toks[lo-1].low == "that" {
		return false // "urged that both sides return to talks"
	}
	for i := lo; i < hi; i++ {
		if toks[i].mark || !nested && toks[i].quote >= 0 {
			return false
		}
	}
	for i := lo; i < hi && i < lo+12; i++ {
		t := toks[i]
		switch {
		case i > lo && (t.low == "to" || t.low == "for"):
			return true
		case t.low == "that" || t.low == "whether" || t.low == "if" || t.is(",") || t.is(":") || t.is(";"):
			return false
		case i > lo && finiteVerb(t):
			return false
		}
	}
	return false
}

// objectControl cues take an addressee and a to-infinitive as their content
// ("asked the council to act", "told them to leave").
var objectControl = set("ask", "tell", "urge", "warn", "remind", "call", "press", "encourage", "advise", "implore", "beg", "order", "instruct")

// relativeWords open a relative clause inside a noun phrase: the verb after
// them is not the content's own ("its support for the soldiers who seized
// power").
var relativeWords = set("who", "whom", "whose", "which")

// subordinateWords open an adverbial clause: its verb is not the content's
// own ("election winner as opposition cries fraud").
var subordinateWords = set("as", "when", "while", "after", "before", "because", "if", "since", "until",
	"where", "once", "although", "though", "whereas")

// actCues are cues that also name an act done to a noun phrase object
// ("announced the end of the operation", "declared a state of emergency",
// a headline's "vows revenge").
var actCues = set("announce", "declare", "vow")

// clauseOnlyCues name an act, not words, when a noun phrase follows them
// ("conceded defeat", "claimed responsibility for the attack", "the
// militants continue their attacks", "would respond with all its means",
// "conveyed its condolences to the families"): with no "that", their
// content must be a clause.
var clauseOnlyCues = set("continue", "go on", "resume", "concede", "claim", "respond", "reply", "convey", "conclude")

// bodyActCues are the act cues whose noun phrase object is no words in a
// body sentence too ("declared its support for the soldiers", "declared
// Maduro the winner"); a body's "announced plans to …" tells the plan.
var bodyActCues = set("declare")

// envoyNouns are what a government recalls when "recall" is no cue.
var envoyNouns = set("ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "representative",
	"representatives", "emissary", "emissaries", "troops", "forces", "staff", "consul", "consuls", "charge")

// recalledEnvoys reports whether the object of "recall" starting at lo is a
// diplomat or troops ("recalled its ambassador to Paris for
// consultations"): the act of calling them home, not a memory told.
func recalledEnvoys(toks []tok, lo, hi int) bool {
	for i := lo; i < hi && i < lo+4; i++ {
		if envoyNouns[toks[i].low] {
			return true
		}
		if !(determiners[toks[i].low] || toks[i].isCap() || strings.HasSuffix(toks[i].low, "'s") || strings.HasSuffix(toks[i].low, "’s")) {
			return false
		}
	}
	return false
}

// namedObject reports whether the content from lo is a thing named, not
// words ("declared Wednesday a day of national mourning", "declared the
// region a disaster zone", "declared a state of emergency"): "a" or "an"
// within its first five words, before any comma or "that".
func namedObject(toks []tok, lo, hi int) bool {
	for i := lo; i < hi && i <= lo+4; i++ {
		if toks[i].is(",") || toks[i].low == "that" || clauseVerb(toks, i) || auxiliaries[toks[i].low] {
			return false // ("declared he was a candidate": words)
		}
		if toks[i].low == "a" || toks[i].low == "an" {
			return true
		}
	}
	return false
}

// clauseContent reads the content of a cue with no "that" right after it,
// starting at lo: it reports whether the content is a clause — a verb of
// its own (outside a relative clause), a complementiser "that", or, for an
// object-control cue, an addressee with a to-infinitive — rather than a
// noun phrase object ("asked the alliance for help", "declared X the
// winner of the vote on Monday, a result …"). A "that" after an adverbial
// ("said afterwards that …", "said in Toledo, Ohio, that …") moves the
// content's start past it: the first result.
func clauseContent(toks []tok, lo, hi int, lemma string) (int, bool) {
	adjunct := adjunctPreps[toks[lo].low] || strings.HasSuffix(toks[lo].low, "wards") || strings.HasSuffix(toks[lo].low, "ly") && !toks[lo].isCap()
	inner := false // a verb is owed to a relative clause
	paren := false // inside a parenthetical opened by a comma
	for i := lo; i < hi && i < lo+30; i++ {
		t := toks[i]
		if t.mark {
			continue
		}
		if t.is(",") {
			// a parenthetical (", run by …,", ", which took 14.8%,") or a
			// place ("Toledo, Ohio, that …") goes on; else the object
			// ends here
			if paren {
				paren, inner = false, false
				continue
			}
			if i+1 < hi && subordinateWords[toks[i+1].low] && !relativeWords[toks[i+1].low] {
				// "declared its support for the soldiers, as the
				// president vowed …": the reporter's clause
				return lo, false
			}
			if i+1 < hi && (relativeWords[toks[i+1].low] || toks[i+1].tag == "VBN") {
				paren = true
				continue
			}
			if i+1 < hi && (toks[i+1].isCap() || toks[i+1].low == "that") {
				continue
			}
			return lo, false
		}
		if t.is(";") || t.is(":") {
			return lo, false
		}
		if t.low == "that" && i > lo && i+1 < hi && !relativeVerb(toks[i+1]) {
			if adjunct {
				return i + 1, true // "said afterwards that …"
			}
			return lo, true
		}
		if relativeWords[t.low] || subordinateWords[t.low] || t.low == "that" && i > lo {
			inner = true
			continue
		}
		if i > lo && t.low == "to" && objectControl[lemma] && !inner {
			return lo, true
		}
		if clauseVerb(toks, i) {
			if inner {
				inner = false
				continue
			}
			return lo, true
		}
	}
	return lo, false
}

// clauseVerb reports whether token i may be a clause's verb: a finite or
// past-participle form, a base form not after "to", or a pronoun with a
// contracted verb.
func clauseVerb(toks []tok, i int) bool {
	t := toks[i]
	if finiteVerb(t) || t.tag == "VBN" || contracted(t) {
		return true
	}
	return t.tag == "VB" && i > 0 && toks[i-1].low != "to"
}

// contracted reports whether t is a pronoun with a contracted verb ("he's",
// "they're", "we'll").
func contracted(t tok) bool {
	l := strings.ReplaceAll(t.low, "’", "'")
	for _, suf := range []string{"'s", "'re", "'ll", "'d", "'ve", "'m"} {
		if p, ok := strings.CutSuffix(l, suf); ok {
			_, pro := pronouns[p]
			return pro || p == "it" || p == "that" || p == "there"
		}
	}
	return false
}

// modals besides the auxiliaries.
var modals = set("may", "might", "must", "should", "shall")

// clauseParticiples take a clause with no "that" after a comma: "…, saying
// the crew had been warned".
var clauseParticiples = set("say", "add", "claim", "argue", "insist", "warn", "note", "explain", "stress")

// clauseLike reports whether tokens [lo, hi) open with a clause: a subject
// (a determiner, a pronoun, a name or a number first) and a finite verb or
// modal within a few words — "the crew had been warned", "Hamas had not …",
// not "goodbye to his staff".
func clauseLike(toks []tok, lo, hi int) bool {
	if lo >= hi {
		return false
	}
	t := toks[lo]
	if !(determiners[t.low] || isPronoun(t) || t.low == "it" || t.isCap() || isNumber(t) || t.low == "more" || t.low == "less") {
		return false
	}
	for i := lo + 1; i < hi && i < lo+10; i++ {
		u := toks[i]
		if u.is(",") || u.mark || u.is(";") {
			return false
		}
		switch u.tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case "":
			if auxiliaries[u.low] || u.low == "should" || u.low == "may" || u.low == "must" || u.low == "might" {
				return true
			}
		}
	}
	return false
}

// npToEnd reports whether tokens [i, end) are one noun phrase ("…, says
// foreign minister").
func (s *Stage) npToEnd(toks []tok, i, end int) bool {
	np, ok := s.readNPForwardHead(toks, i, end, headLoose)
	return ok && trimEnd(toks, np[1], end) == np[1]
}

// objectPronouns map the object pronouns that may name a source ("according
// to him") to their subject forms.
var objectPronouns = map[string]string{"him": "he", "her": "she", "them": "they"}

// startsWithDigit reports whether w begins with an ASCII digit.
func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// relayNouns name people who pass on what another said ("according to
// attorneys for the family"), and the polls whose findings people's answers
// are: a source of its own, unlike a transcript, a news agency or a report.
var relayNouns = set("attorney", "attorneys", "lawyer", "lawyers", "someone", "person", "people", "aide", "aides",
	"source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "friend", "friends",
	"family", "colleague", "colleagues", "participant", "participants", "attendee", "attendees", "poll", "polls", "survey", "surveys", "study")

// personalSource reports whether the source np of "according to" is people
// who relay the words, or a poll (before any "of", "for" or appositive).
func personalSource(toks []tok, np span2) bool {
	for k := np[0]; k < np[1]; k++ {
		if toks[k].is(",") || headStops[toks[k].low] && k > np[0] {
			break
		}
		if relayNouns[toks[k].low] || groupNouns[toks[k].low] {
			return true
		}
	}
	return false
}

// speakerInside reports whether an attribution already read holds its cue and
// its speaker inside tokens [lo, hi): the words before a trailing "according
// to" have a speaker of their own.
func speakerInside(out []*found, lo, hi int) bool {
	for _, g := range out {
		if g.cueTok[0] >= lo && g.cueTok[1] <= hi && g.spkTok[0] >= lo && g.spkTok[1] <= hi {
			return true
		}
	}
	return false
}
