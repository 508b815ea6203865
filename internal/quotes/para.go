package quotes

import (
	"github.com/dateline-news/dateline"
	"strings"
)

// pairToks returns the token indexes of a pair's opening mark, its inner
// tokens [lo, hi) and its closing mark (-1 when unclosed).
func (p *para) pairToks(k int) (om, lo, hi, cm int) {
	t := p.pt[k]
	return t[0], t[1], t[2], t[3]
}

// paragraph finds the quotes of one paragraph. prev is the previous body
// paragraph (for "X continued:" and quotations running over paragraphs) and
// before the quotes found so far.
func (s *Stage) paragraph(a *dateline.Article, p *para, prev *para, before []*found) []*found {
	text := a.Text(p.field)
	toks := p.toks
	claimed := make([]bool, len(toks))
	claim := func(r span2) {
		for i := r[0]; i < r[1] && i < len(toks); i++ {
			if i >= 0 {
				claimed[i] = true
			}
		}
	}
	var out []*found
	used := make([]bool, len(p.pairs))
	var last *found // last direct quote of this paragraph

	// Headline "Lavrov: …"
	if p.field != dateline.InBody {
		if np, colon, ok := headlineColon(toks); ok && len(p.pairs) == 0 || ok && p.pairs[0].Open > toks[colon].start {
			f := newFound(p, dateline.Direct, 0)
			f.origin = "headline-colon"
			lo, hi := colon+1, trimEnd(toks, colon+1, len(toks))
			f.setParts(text, p.field, [][2]int{{toks[lo].start, toks[hi-1].end}})
			if len(p.pairs) == 1 && p.pt[0][0] == lo && p.pt[0][3] == hi-1 {
				// "Zelenskiy: “We will not give up an inch”": the words
				// inside the marks
				f.setParts(text, p.field, [][2]int{{p.pairs[0].Start, p.pairs[0].End}})
			}
			f.setAttr(text, p, attr{cue: span2{colon, colon + 1}, spk: np})
			if len(p.pairs) == 0 {
				f.q.Kind = dateline.Indirect
			}
			for k := range p.pairs {
				used[k] = true
			}
			return []*found{f}
		}
		if np, cm, ok := s.quoteColonSubject(p); ok {
			// "“We will respond”: Iran vows revenge": the headline's
			// subject speaks the words before the colon
			f := newFound(p, dateline.Direct, 0)
			f.origin = "headline-quote-colon"
			f.setParts(text, p.field, [][2]int{{p.pairs[0].Start, p.pairs[0].End}})
			f.setAttr(text, p, attr{cue: span2{cm + 1, cm + 2}, spk: np})
			used[0] = true
			out = append(out, f)
		}
		if np, colon, ok := headlineColonAfter(toks); ok && len(p.pairs) == 0 {
			// "China supports Kazakhstan's efforts: spokesperson"
			f := newFound(p, dateline.Indirect, 0)
			f.origin = "headline-colon-after"
			f.setParts(text, p.field, [][2]int{{toks[0].start, toks[colon-1].end}})
			f.setAttr(text, p, attr{cue: span2{colon, colon + 1}, spk: np})
			return []*found{f}
		}
	}

	// Transcript lines: "PENCE: Well, …" — a speaker label in capitals.
	if p.field == dateline.InBody {
		var labels [][2]int // label token, first token after the colon
		for i := 0; i+1 < len(toks); i++ {
			if i > 0 && !(toks[i-1].is(".") || toks[i-1].is("?") || toks[i-1].is("!") || toks[i-1].is("—") || toks[i-1].mark) {
				continue
			}
			j := i
			for j < len(toks) && j-i < 3 && isUpperWord(toks[j]) {
				j++
			}
			if j > i && j < len(toks) && toks[j].is(":") {
				labels = append(labels, [2]int{i, j + 1})
			}
		}
		for n, l := range labels {
			end := len(toks)
			if n+1 < len(labels) {
				end = labels[n+1][0]
			}
			hi := end
			if hi <= l[1] || wordCount(toks, l[1], hi) < 2 {
				continue
			}
			f := newFound(p, dateline.Direct, p.unitOf(l[1]))
			f.origin = "label"
			f.setParts(text, p.field, [][2]int{{toks[l[1]].start, toks[hi-1].end}})
			f.setAttr(text, p, attr{cue: span2{l[1] - 1, l[1]}, spk: span2{l[0], l[1] - 1}})
			claim(span2{l[0], end})
			for k, pr := range p.pairs {
				if pr.Open >= toks[l[0]].start && pr.Open < toks[end-1].end {
					used[k] = true
				}
			}
			out = append(out, f)
		}
	}

	// the previous paragraph's last quote by position (a direct quote's
	// parts may run on from paragraphs before it)
	var prevLast *found
	if len(before) > 0 && prev != nil && before[len(before)-1].para == prev && before[len(before)-1].q.Kind == dateline.Direct {
		prevLast = before[len(before)-1]
	} else if prev != nil {
		// the indirect speech of a paragraph is found after its direct
		// quotes: "X said Y. “Z …" ends with Z
		lastAt := -1
		for i := len(before) - 1; i >= 0 && i >= len(before)-40; i-- {
			f := before[i]
			if len(f.q.Parts) == 0 || f.q.Speaker.Mention == "" && f.inherit == nil {
				continue
			}
			lp := f.q.Parts[len(f.q.Parts)-1]
			if lp.Field != prev.field || lp.Start < prev.start || lp.Start >= prev.end {
				continue
			}
			if lp.Start > lastAt {
				prevLast, lastAt = f, lp.Start
			}
		}
	}

	for k := range p.pairs {
		if used[k] {
			continue
		}
		pr := p.pairs[k]
		if pr.Single && p.field == dateline.InBody {
			continue
		}
		om, lo, hi, cm := p.pairToks(k)
		if om < 0 || hi <= lo {
			continue
		}
		u := p.unitOf(om)
		ulo, uhi := p.units[u][0], p.units[u][1]
		// the left context starts after the previous quotation in the unit
		llo := ulo
		for j := om - 1; j >= ulo; j-- {
			if toks[j].mark && toks[j].quote >= 0 && toks[j].quote != k {
				llo = j + 1
				break
			}
		}
		var at attr
		if cm >= 0 {
			ru := p.unitOf(cm)
			at = s.rightCue(toks, cm+1, p.units[ru][1])
			if !at.ok && cm+1 == p.units[ru][1] && ru+1 < len(p.units) && (toks[cm-1].is("?") || toks[cm-1].is("!")) {
				// “Who are they?” Trump said. — the cue opens the next unit
				at = s.rightCue(toks, cm+1, p.units[ru+1][1])
			}
		}
		if at.ok && at.cueEntry.Frame == FrameAccording && s.cueBetween(toks, llo, om) {
			// "X told the council that Y “…,” according to a statement":
			// X's own cue attributes the sentence; the indirect reader
			// takes it with the quotation as a fragment
			at = attr{}
		}
		if !at.ok {
			at = s.leftCue(toks, llo, om)
			if at.named {
				used[k] = true // a name, not words: no quote, and no speaker carried to it
				continue
			}
		}
		if at.ok && at.mixed && p.field != dateline.InBody && om-1 > llo && toks[om-1].is(":") {
			at.mixed = false // a headline's "X warns Y: 'Q'" quotes X
		}
		if !at.ok && p.field != dateline.InBody && om-1 > llo && toks[om-1].is(":") {
			// "Bennett warns Iran after IAEA censure: 'The rules …'": the
			// headline's subject speaks through its cue before the colon
			for c := llo + 1; c < om-1; c++ {
				if cu, n, ok := s.lx.match(toks, c); ok && s.keep(cu) && cu.Frame != FrameAccording && cu.Frame != FrameName {
					if np, ok := readNPBackwardHead(toks, c, llo, headLoose); ok && np[0] == llo {
						at = attr{ok: true, cue: span2{c, c + n}, spk: np, clause: span2{np[0], om}, cueEntry: cu}
					}
					break
				}
			}
		}
		if at.ok && at.mixed {
			continue // read as indirect speech with a quoted fragment
		}
		var alsoPairs []int // "calls people “losers” and “sad.”"
		if at.ok && at.cueEntry.Frame == FrameName && cm >= 0 {
			words, last := wordCount(toks, lo, hi), cm
			for n := k + 1; n < len(p.pairs); n++ {
				nom, nlo, nhi, ncm := p.pairToks(n)
				if nom != last+2 || ncm < 0 || !(toks[last+1].low == "and" || toks[last+1].low == "or" || toks[last+1].is(",")) {
					break
				}
				alsoPairs = append(alsoPairs, n)
				words += wordCount(toks, nlo, nhi)
				last = ncm
			}
			if words < 2 {
				continue
			}
		} else if at.ok && at.cueEntry.Frame == FrameName {
			continue
		}
		// (a quotation after "said:" is an utterance of its own however
		// short: «No comment».)
		colon := om > 0 && toks[om-1].is(":") && at.cue[1] == om-1
		if at.ok && at.cueEntry.Frame != FrameName && ((wordCount(toks, lo, hi) < 3 && !utterance(toks, lo, hi) && !colon) || (titleCase(toks, lo, hi) && p.field == dateline.InBody)) {
			continue // a fragment or a title, not a quotation of its own
		}
		// A quotation continued from the previous paragraph joins its quote.
		if !at.ok && pr.Cont && prevLast != nil && prevLast.q.Kind == dateline.Direct {
			prevLast.addPart(text, p, k)
			used[k] = true
			last = prevLast
			continue
		}
		// "Caddell continued:" ending the previous unit or paragraph.
		if !at.ok && om == ulo {
			if u > 0 {
				if c := s.colonCue(toks, p.units[u-1][0], p.units[u-1][1]); c.ok {
					at = c
				}
			} else if prev != nil && len(prev.units) > 0 {
				lu := prev.units[len(prev.units)-1]
				if c := s.colonCue(prev.toks, lu[0], lu[1]); c.ok {
					f := newFound(p, dateline.Direct, u)
					f.origin = "prev-colon"
					f.setParts(text, p.field, [][2]int{{pr.Start, pr.End}})
					f.setAttr(a.Text(prev.field), prev, c)
					f.pairs = []int{k}
					used[k] = true
					out = append(out, f)
					last = f
					s.joinFollowing(text, p, f, k, used, claimed)
					continue
				}
			}
		}
		if at.ok {
			f := newFound(p, dateline.Direct, u)
			f.origin = "left"
			if at.cue[0] > om {
				f.origin = "right"
			}
			f.setParts(text, p.field, [][2]int{{pr.Start, pr.End}})
			f.setAttr(text, p, at)
			f.pairs = []int{k}
			used[k] = true
			claim(at.cue)
			claim(at.spk)
			claim(at.clause)
			out = append(out, f)
			last = f
			for _, n := range alsoPairs {
				f.addPart(text, p, n)
				used[n] = true
			}
			if at.cue[0] > om && mixedLead && wordCount(toks, llo, om) >= 3 && !claimed[llo] {
				// "The US will respond “quickly and appropriately,” Pompeo
				// said": the speaker's claim starts with the sentence
				f.q.Kind = dateline.Mixed
				end := pr.End
				if cm >= 0 {
					end = toks[cm].end
				}
				f.setParts(text, p.field, [][2]int{{toks[llo].start, end}})
				continue
			}
			s.joinFollowing(text, p, f, k, used, claimed)
			continue
		}
		_ = uhi
	}

	// Indirect speech, unit by unit.
	for ui, u := range p.units {
		for _, f := range s.indirect(a, p, u[0], u[1], ui, claimed) {
			for _, k := range f.pairs {
				used[k] = true // a content that is one quotation
			}
			// quotations inside the content make it mixed
			for k := range p.pairs {
				pr := p.pairs[k]
				if pr.Open >= f.q.Start && pr.Start < f.q.End {
					used[k] = true
					if f.q.Kind == dateline.Indirect {
						f.q.Kind = dateline.Mixed
					}
				}
			}
			out = append(out, f)
		}
	}

	// Remaining quotations that make a sentence of their own: the speaker
	// carries over from the previous quote of the paragraph.
	for k := range p.pairs {
		if used[k] {
			continue
		}
		pr := p.pairs[k]
		if pr.Single && p.field == dateline.InBody {
			continue
		}
		om, lo, hi, cm := p.pairToks(k)
		if om < 0 {
			continue
		}
		if last != nil && last.para == p && cm >= 0 && utterance(toks, lo, hi) && s.adjacent(p, last, k) {
			// “Here comes Big Daddy,” she said, clapping. “The Donald.”
			last.addPart(text, p, k)
			used[k] = true
			continue
		}
		if wordCount(toks, lo, hi) < minLoose || (titleCase(toks, lo, hi) && p.field == dateline.InBody) {
			continue
		}
		u := p.unitOf(om)
		ulo, uhi := p.units[u][0], p.units[u][1]
		end := uhi
		if cm >= 0 {
			end = cm + 1
		}
		if wordCount(toks, ulo, om)+wordCount(toks, end, uhi) > 0 && !(looseDirect && cm >= 0 && utterance(toks, lo, hi)) {
			continue
		}
		loose := wordCount(toks, ulo, om)+wordCount(toks, end, uhi) > 0
		if loose {
			// a verb the lexicon does not know: "…,” the narrator intones.
			at := s.looseCue(toks, om, cm, ulo, uhi)
			if at.ok {
				f := newFound(p, dateline.Direct, u)
				f.origin = "loose-cue"
				f.setParts(text, p.field, [][2]int{{pr.Start, pr.End}})
				f.setAttr(text, p, at)
				f.pairs = []int{k}
				used[k] = true
				claim(at.spk)
				claim(at.cue)
				out = append(out, f)
				continue
			}
		}
		if loose && ulo < om {
			// "Ham described her as “…”": the subject of the sentence
			if np, ok := s.subject(toks, ulo, om); ok {
				f := newFound(p, dateline.Direct, u)
				f.origin = "loose-subject"
				f.setParts(text, p.field, [][2]int{{pr.Start, pr.End}})
				f.setAttr(text, p, attr{cue: span2{np[1], np[1] + 1}, spk: np, clause: span2{np[0], np[1] + 1}})
				f.q.Cue, f.q.CueSpan = "", dateline.Span{}
				f.pairs = []int{k}
				used[k] = true
				out = append(out, f)
				continue
			}
		}
		var from *found
		for _, f := range out {
			if f.q.Kind == dateline.Direct && f.q.Start < pr.Start {
				if from == nil || f.q.Start > from.q.Start {
					from = f
				}
			}
		}
		if loose || from == nil {
			// the speaker of the latest attribution before it in the
			// paragraph, of any kind ("X said Y. … “Z.”")
			for _, f := range out {
				if f.q.Speaker.Mention != "" && f.q.CueSpan.End > 0 && f.q.CueSpan.Start < pr.Start && f.q.CueSpan.Field == p.field {
					if from == nil || f.q.CueSpan.Start > from.q.CueSpan.Start {
						from = f
					}
				}
			}
		}
		if from == nil && prevLast != nil && (prevLast.q.Kind == dateline.Direct && (pr.Cont || om == 0) || om == 0 && cm >= 0 && trimEnd(toks, cm+1, len(toks)) == cm+1) {
			// a paragraph of quotation after the speaker's last words,
			// direct or not ("X said Y.\n\n“Z.”")
			from = prevLast
		}
		if from == nil && noCarry {
			continue // no speaker in sight: a title, a sign, a motto
		}
		// Directly after the previous quote's parts: one more part of it.
		if from != nil && from.para == p && s.adjacent(p, from, k) && (p.unitOf(om) == p.unitOf(lastClose(p, from)) || s.joinable(p, from, k)) {
			from.addPart(text, p, k)
			used[k] = true
			continue
		}
		f := newFound(p, dateline.Direct, u)
		f.origin = "nocue"
		if loose {
			f.origin = "nocue-loose"
		}
		f.setParts(text, p.field, [][2]int{{pr.Start, pr.End}})
		f.pairs = []int{k}
		if from != nil {
			f.q.Speaker = from.q.Speaker
			f.inherit = from
		}
		used[k] = true
		out = append(out, f)
	}
	_ = last
	// participle cues take the speaker of the attribution before them
	for _, f := range out {
		if !f.participle {
			continue
		}
		var from *found
		for _, g := range out {
			if g != f && !g.participle && g.q.CueSpan.End > 0 && g.q.CueSpan.Start < f.q.CueSpan.Start && g.q.Speaker.Mention != "" {
				if from == nil || g.q.CueSpan.Start > from.q.CueSpan.Start {
					from = g
				}
			}
		}
		if from != nil && from.unit != f.unit {
			// "Reid mocked Romney, claiming that …" after someone else's
			// words: the sentence's own subject speaks
			if np, ok := s.subject(toks, p.units[f.unit][0], f.cueTok[0]); ok {
				f.setAttr(text, p, attr{cue: f.cueTok, spk: np, clause: f.clause})
				f.participle = false
				continue
			}
		}
		if from == nil {
			// the subject of the sentence: "X rallied supporters, saying: …"
			if np, ok := s.subject(toks, p.units[f.unit][0], f.cueTok[0]); ok {
				f.setAttr(text, p, attr{cue: f.cueTok, spk: np, clause: f.clause})
				f.participle = false
			}
			continue
		}
		f.inherit = from
		f.q.Speaker = from.q.Speaker
	}
	return out
}

// addPart appends pair k of p to the quote.
func (f *found) addPart(text string, p *para, k int) {
	pr := p.pairs[k]
	f.q.Parts = append(f.q.Parts, dateline.Span{Field: p.field, Start: pr.Start, End: pr.End})
	f.q.Text = f.q.Text + " " + trimSpace(text[pr.Start:pr.End])
	if f.para == p {
		f.pairs = append(f.pairs, k)
	} else {
		f.extra = append(f.extra, extraPair{p, k})
	}
}

type extraPair struct {
	p *para
	k int
}

func trimSpace(s string) string {
	lo, hi := 0, len(s)
	for lo < hi && (s[lo] == ' ' || s[lo] == '\n') {
		lo++
	}
	for hi > lo && (s[hi-1] == ' ' || s[hi-1] == '\n') {
		hi--
	}
	return s[lo:hi]
}

// adjacent reports whether pair k follows the quote's last part with nothing
// but its attribution clause and punctuation in between.
func (s *Stage) adjacent(p *para, f *found, k int) bool {
	if len(f.pairs) == 0 || f.q.Kind != dateline.Direct {
		return false
	}
	lastPair := f.pairs[len(f.pairs)-1]
	_, _, _, cm := p.pairToks(lastPair)
	om, _, _, _ := p.pairToks(k)
	if cm < 0 || om < 0 || om < cm {
		return false
	}
	if p.unitOf(cm) == p.unitOf(om) {
		// "X," he said, referring to Y, "Z." — unless a cue of its own
		// stands between ("…," he said, adding, "…")
		for i := cm + 1; i < om; i++ {
			if (i >= f.cueTok[0] && i < f.cueTok[1]) || (i >= f.spkTok[0] && i < f.spkTok[1]) {
				continue
			}
			if _, _, ok := s.lx.match(p.toks, i); ok {
				return false
			}
		}
		return true
	}
	for i := cm + 1; i < om; i++ {
		t := p.toks[i]
		if !t.isWord() {
			continue
		}
		if (i >= f.cueTok[0] && i < f.cueTok[1]) || (i >= f.spkTok[0] && i < f.spkTok[1]) {
			continue
		}
		if i >= f.clause[0] && i < f.clause[1] {
			continue
		}
		if l := t.low; (strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ly")) && !s.isCue(p.toks, i) && i > 0 && p.toks[i-1].is(",") {
			continue // "she said, clapping."
		}
		return false
	}
	return true
}

// joinFollowing adds to f the quotations that follow its pair k in the
// paragraph with nothing but the attribution clause in between ("X," he
// said. "Y.").
func (s *Stage) joinFollowing(text string, p *para, f *found, k int, used, claimed []bool) {
	for n := k + 1; n < len(p.pairs); n++ {
		if used[n] || (p.pairs[n].Single && p.field == dateline.InBody) {
			continue
		}
		if !s.adjacent(p, f, n) {
			return
		}
		if om, _, _, _ := p.pairToks(n); p.unitOf(om) != p.unitOf(lastClose(p, f)) && !s.joinable(p, f, n) {
			return
		}
		// the next quotation must not have a cue of its own
		_, _, _, cm := p.pairToks(n)
		if cm >= 0 {
			ru := p.unitOf(cm)
			if at := s.rightCue(p.toks, cm+1, p.units[ru][1]); at.ok {
				return
			}
		}
		f.addPart(text, p, n)
		used[n] = true
	}
}

// titleCase reports whether the words of toks[lo:hi] are capitalised like a
// title ("Make Your Kid a Millionaire"): every word but the short function
// words starts with a capital.
func titleCase(toks []tok, lo, hi int) bool {
	words := 0
	for i := lo; i < hi; i++ {
		t := toks[i]
		if !t.isWord() || isNumber(t) {
			continue
		}
		words++
		if !t.isCap() && !titleSmall[t.low] {
			return false
		}
	}
	return words >= 2 && words <= 12
}

var titleSmall = set("a", "an", "the", "of", "to", "in", "on", "and", "for", "with", "at", "by", "or",
	"from", "as", "but", "nor", "vs")

const noCarry = false

// isUpperWord reports whether t is a word in capitals of two letters or more
// ("PENCE", "WALLACE").
func isUpperWord(t tok) bool {
	if len(t.text) < 2 || !t.isWord() {
		return false
	}
	for _, r := range t.text {
		if r >= 'a' && r <= 'z' {
			return false
		}
	}
	return !isNumber(t)
}

// joinable reports whether the cue-less quotation k of the sentence after
// quote f ("X," he said. "Y.") is joined to it as one more part: when it is
// not much longer than what f holds. A long run of quotation stays a quote
// of its own, with the speaker carried over.
func (s *Stage) joinable(p *para, f *found, k int) bool {
	have := 0
	for _, pi := range f.pairs {
		_, lo, hi, _ := p.pairToks(pi)
		have += wordCount(p.toks, lo, hi)
	}
	_, lo, hi, _ := p.pairToks(k)
	return !splitLong || wordCount(p.toks, lo, hi) <= 2*have
}

// splitLong keeps a long cue-less quotation apart from the quote before it.
// Measured on PolNeAR train it costs precision (0.932 → 0.924) for no recall,
// so it is off: the annotation joins such runs more often than not.
const splitLong = false

// lastClose returns the token index of the closing mark of f's last part.
func lastClose(p *para, f *found) int {
	if len(f.pairs) == 0 {
		return 0
	}
	_, _, _, cm := p.pairToks(f.pairs[len(f.pairs)-1])
	return max(cm, 0)
}

// utterance reports whether a quotation ends with its own punctuation inside
// the marks ("No.", "We'll see,") — said as a whole, not a fragment.
func utterance(toks []tok, lo, hi int) bool {
	if hi <= lo {
		return false
	}
	switch toks[hi-1].text {
	case ",", ".", "?", "!", "…", "...":
		return true
	}
	return false
}

// looseDirect keeps a quotation that ends with its own punctuation even when
// no known cue stands next to it ("…,” the ad's narrator intones). Measured
// on PolNeAR train: direct-quote recall 0.884 → 0.945, precision 0.942 → 0.935.
const looseDirect = true

// verbLike reports whether t looks like a finite verb of saying the lexicon
// does not hold ("intoned", "quips", "wrote").
func verbLike(t tok) bool {
	if !t.isWord() || t.isCap() || npStop[t.low] || len(t.low) < 4 {
		return false
	}
	l := t.low
	if strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") || strings.HasSuffix(l, "ss") || strings.HasSuffix(l, "ly") {
		return false
	}
	return strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "es") || strings.HasSuffix(l, "s") || strings.HasPrefix(t.tag, "VBD") || strings.HasPrefix(t.tag, "VBZ")
}

// looseCue reads a speaker next to a quotation that ends with its own
// punctuation when the verb is not a known cue: "“…,” X verbed",
// "“…,” verbed X", "X verbed: “…”".
func (s *Stage) looseCue(toks []tok, om, cm, ulo, uhi int) attr {
	if cm >= 0 {
		j := cm + 1
		for j < uhi && (toks[j].is(",") || isDash(toks[j].text)) {
			j++
		}
		if np, ok := s.readNPForwardHead(toks, j, uhi, headLoose); ok && np[1]-np[0] <= 8 {
			k := np[1]
			for k < uhi && cueAdverbs[toks[k].low] {
				k++
			}
			if k < uhi && verbLike(toks[k]) {
				return attr{ok: true, cue: span2{k, k + 1}, spk: np, clause: span2{j, k + 1}}
			}
		}
		if j < uhi && verbLike(toks[j]) {
			if np, ok := s.readNPForward(toks, j+1, uhi); ok && np[1]-np[0] <= 8 {
				return attr{ok: true, cue: span2{j, j + 1}, spk: np, clause: span2{j, np[1]}}
			}
		}
	}
	e := om
	if e-1 >= ulo && (toks[e-1].is(":") || toks[e-1].is(",")) {
		e--
		if e-1 >= ulo && verbLike(toks[e-1]) {
			if np, ok := readNPBackwardHead(toks, e-1, ulo, headOK); ok {
				return attr{ok: true, cue: span2{e - 1, e}, spk: np, clause: span2{np[0], om}}
			}
		}
	}
	return attr{}
}

// subject reads the subject of the sentence starting at token lo, before
// token hi: a noun phrase at its start (or after an opening phrase and a
// comma) followed by a verb.
func (s *Stage) subject(toks []tok, lo, hi int) (span2, bool) {
	starts := []int{lo}
	for i := lo; i < hi && len(starts) < 3; i++ {
		if toks[i].is(",") {
			starts = append(starts, i+1)
			if i+1 < hi && !subClause[toks[i+1].low] {
				break // "In New York, where leaders met, Biden said": past the subordinate clause
			}
		}
	}
	if len(starts) == 3 && starts[1] < hi && subClause[toks[starts[1]].low] {
		// the main clause's subject first, the subordinate clause's last
		starts[1], starts[2] = starts[2], starts[1]
	}
	for _, st := range starts {
		for st < hi && (clauseOpeners[toks[st].low] || toks[st].mark) {
			st++ // "But the court …"
		}
		np, ok := s.readNPForward(toks, st, hi)
		if !ok && st+1 < hi && toks[st].low == "it" && toks[st].isCap() && s.isCue(toks, st+1) {
			// "It warned that …, and said that …": the body named before
			// speaks both
			np, ok = span2{st, st + 1}, true
		}
		if !ok || np[1] >= hi {
			continue
		}
		k := np[1]
		if k+1 < hi && (toks[k].low == "in" || toks[k].low == "at") && toks[k+1].isCap() {
			// "The Russian Embassy in London called …": over the place
			m := k + 1
			for m < hi && toks[m].isCap() {
				m++
			}
			np[1], k = m, m
		}
		if k < hi && toks[k].is(",") {
			// "Armin Laschet, the CDU leader, conceded …": over the appositive
			m := k + 1
			for m < hi && !toks[m].is(",") && !toks[m].mark && m-k < 32 {
				m++
			}
			if m < hi && toks[m].is(",") && appositiveStart(toks, k+1, m) {
				np[1], k = m, m+1 // the mention keeps its appositive
			}
		}
		k = timeAfter(toks, k, hi) // "Biden on Wednesday signed …"
		v := k
		for k < hi && (cueAdverbs[toks[k].low] || auxiliaries[toks[k].low]) {
			k++
		}
		if k < hi && (verbLike(toks[k]) || s.isCue(toks, k) || (k > v && strings.HasSuffix(toks[k].low, "ing"))) {
			return np, true
		}
	}
	return span2{}, false
}

// subClause open a subordinate clause, whose subject is not the sentence's.
var subClause = set("where", "when", "while", "as", "after", "before", "because", "although", "though",
	"if", "since", "until", "once", "whereas", "who", "which")

// timeAfter returns the index after a time phrase starting at token k ("on
// Wednesday", "late on Sunday night", "on May 3", "yesterday", "last
// week"), or k when there is none.
func timeAfter(toks []tok, k, hi int) int {
	j := k
	if j < hi && (toks[j].low == "late" || toks[j].low == "early") && j+1 < hi && toks[j+1].low == "on" {
		j++
	}
	switch {
	case j+1 < hi && toks[j].low == "on" && weekdayNames[toks[j+1].low] && toks[j+1].isCap():
		j += 2
		if j < hi && dayParts[toks[j].low] {
			j++
		}
		return j
	case j+2 < hi && toks[j].low == "on" && monthNames[toks[j+1].low] && toks[j+1].isCap() && isNumber(toks[j+2]):
		return j + 3
	case j == k && j < hi && (toks[j].low == "yesterday" || toks[j].low == "today" || toks[j].low == "earlier"):
		return j + 1
	case j == k && j+1 < hi && (toks[j].low == "last" || toks[j].low == "this") && (toks[j+1].low == "week" || toks[j+1].low == "month" || toks[j+1].low == "year"):
		return j + 2
	}
	return k
}

// cueBetween reports whether a speech cue other than "according to"
// stands outside quotations in tokens [lo, hi).
func (s *Stage) cueBetween(toks []tok, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if toks[i].quote >= 0 {
			continue
		}
		if c, _, ok := s.lx.match(toks, i); ok && s.keep(c) && c.Frame != FrameAccording && c.Frame != FrameName {
			return true
		}
	}
	return false
}

func (s *Stage) isCue(toks []tok, i int) bool {
	_, _, ok := s.lx.match(toks, i)
	return ok
}

// mixedLead reads "Y “fragment,” X said" as one mixed quote from the
// sentence's start (neutral on PolNeAR train: P −0.001, R +0.001).
const mixedLead = true

// minLoose is the fewest words of a quotation kept with no cue of its own
// (PolNeAR train: 3 words lift direct recall 0.947 → 0.951 for 0.002 of
// precision).
const minLoose = 3

var auxiliaries = set("is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does")
