package events

import (
	"bufio"
	"bytes"
	"fmt"
	"sort"
	"strings"
)

// PLOVER event types, in the order of the PLOVER manual.
var ploverTypes = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
	"COERCE", "ASSAULT",
}

// Cue classes: lexicon entries that are not events but steer how events are read.
const (
	cueSpeech = "SPEECH" // a speech or attribution verb: what it introduces is reported
	cueFuture = "FUTURE" // a future or volitional marker: "will", "plans to"
	cueMaybe  = "MAYBE"  // an epistemic marker: "may", "could"
	cueNeg    = "NEG"    // a negation: "not", "never", "no longer"
	cueMust   = "MUST"   // an obligation: "must", "should" (a demand inside speech)
	cueSector = "SECTOR" // a noun naming an actor's sector: "troops" → MIL
	cueBlame  = "BLAME"  // a condemning word: "X was a crime" said by Y is Y's accusation of X
	cueNaming = "NAMING" // a verb that names its object something: "called the strike an aggression"
	cueWrong  = "WRONG"  // a wrongdoing: "Y hides the facts" said by X is X's accusation of Y
	cueNone   = "NONE"   // a phrase that is no event, though it starts with a trigger ("asked about", "concede that")
)

var cueClasses = map[string]bool{
	cueSpeech: true, cueFuture: true, cueMaybe: true, cueNeg: true, cueMust: true, cueSector: true,
	cueBlame: true, cueNaming: true, cueWrong: true, cueNone: true,
}

func isPlover(t string) bool {
	for _, p := range ploverTypes {
		if p == t {
			return true
		}
	}
	return false
}

// verbal reports whether an event type is a verbal act (its complement is
// its content, not a separate event).
func verbal(t string) bool {
	switch t {
	case "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN":
		return true
	}
	return false
}

// cooperative reports whether a type is on the cooperation side of PLOVER.
func cooperative(t string) bool {
	switch t {
	case "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT":
		return true
	}
	return false
}

// Role names used in a pattern's argument column.
const (
	roleSource = "source"
	roleTarget = "target"
	roleNone   = "none"
)

// elem is one position of a pattern.
type elem struct {
	words map[string]bool // accepted lower-case forms; nil for gaps and slots
	opt   bool            // may be skipped
	gap   int             // > 0: up to gap tokens (no punctuation)
	slot  bool            // X: an actor phrase (1..8 tokens) or, last, the phrase that follows
	tight bool            // a slot that holds no comma (flag tight)
}

// Pattern is one lexicon entry.
type Pattern struct {
	File, Text string // where the entry came from, and its pattern column as written
	Line       int
	Type       string // a PLOVER type or a cue class
	Subj, Obj  string // role of the subject and of the object ("source", "target", "none")
	Preps      map[string]string
	Slot       string // role of X
	Both       bool   // symmetric: every side is recorded as a source (CONSULT)
	Self       bool   // with no target named, the target is the source's own country ("resigned")
	Noun       bool   // the trigger is a noun: it needs no verb position
	Passive    bool   // the pattern is itself passive ("come under attack")
	Mutual     bool   // COOPERATE when the subject names two or more countries
	Neg        bool   // SPEECH: what it introduces is denied ("deny that")
	Phrase     bool   // a fixed expression read as a predicate, with no part-of-speech check
	NeedTarget bool   // coded only when the text names a target ("released the sailors", not "released a statement")
	NeedPerson bool   // the target must be a person or a body of people ("received his counterpart", not "received parts of a system")
	Single     bool   // one side's act: sides named together do not act on each other ("pledged their support")
	Claim      bool   // told by another side, the act is that side's accusation of its doer ("X said Y violated the truce")
	Body       bool   // with no target named, the intergovernmental body the article names (a veto is cast in a council)
	Crowd      bool   // coded only when its subject is a crowd ("thousands of people gathered", not "ministers gathered")
	Official   bool   // the doer must be a named actor or a state body ("the minister arrived in Doha", not "five citizens arrived")
	Also       string // a second type the trigger codes, hypothetical: the act a pledge promises ("promised aid": AGREE and AID)
	Given      string // a second type the trigger codes from its target to its source, in its mode: what was accepted ("accepted aid from Spain": AGREE and Spain's AID)
	Value      string // for SECTOR entries: the sector code
	Context    []string
	elems      []elem
	literals   int // number of literal elements (for preferring longer matches)
}

// Lexicon is a compiled set of patterns, indexed by the forms of their first
// word. It is read-only once built.
type Lexicon struct {
	byFirst map[string][]*Pattern
	all     []*Pattern
}

// Len is the number of entries.
func (l *Lexicon) Len() int { return len(l.all) }

// Types lists the PLOVER types the lexicon covers.
func (l *Lexicon) Types() []string {
	seen := map[string]bool{}
	for _, p := range l.all {
		if isPlover(p.Type) {
			seen[p.Type] = true
		}
	}
	var out []string
	for _, t := range ploverTypes {
		if seen[t] {
			out = append(out, t)
		}
	}
	return out
}

func newLexicon() *Lexicon { return &Lexicon{byFirst: map[string][]*Pattern{}} }

// parseLexicon reads one lexicon file (format in data/lexicon/events.tsv) into l.
func (l *Lexicon) parse(name string, data []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(strings.TrimSpace(line), "#") || strings.TrimSpace(line) == "" {
			continue
		}
		p, err := parseEntry(line)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
		p.File, p.Line = name, n
		l.add(p)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func (l *Lexicon) add(p *Pattern) {
	l.all = append(l.all, p)
	firsts := map[string]bool{}
	collectFirst(p.elems, 0, firsts)
	keys := make([]string, 0, len(firsts))
	for w := range firsts {
		keys = append(keys, w)
	}
	sort.Strings(keys)
	for _, w := range keys {
		l.byFirst[w] = append(l.byFirst[w], p)
	}
}

// collectFirst gathers the words a match of elems[i:] can start with.
func collectFirst(elems []elem, i int, out map[string]bool) {
	if i >= len(elems) {
		return
	}
	e := elems[i]
	if e.words != nil {
		for w := range e.words {
			out[w] = true
		}
		if e.opt {
			collectFirst(elems, i+1, out)
		}
		return
	}
	// Patterns never start with a gap or a slot (parseEntry refuses them).
}

// parseEntry reads one non-comment line: pattern, type, roles, flags.
func parseEntry(line string) (*Pattern, error) {
	cols := strings.Split(line, "\t")
	for i := range cols {
		cols[i] = strings.TrimSpace(cols[i])
	}
	if len(cols) < 2 || cols[0] == "" || cols[1] == "" {
		return nil, fmt.Errorf("want at least two tab-separated columns (pattern, type), got %q", line)
	}
	if len(cols) > 4 {
		return nil, fmt.Errorf("want at most four columns, got %d", len(cols))
	}
	p := &Pattern{Text: cols[0], Type: strings.ToUpper(cols[1])}
	if !isPlover(p.Type) && !cueClasses[p.Type] {
		return nil, fmt.Errorf("unknown type %q (want a PLOVER type or %s)", cols[1], "SPEECH FUTURE MAYBE NEG MUST SECTOR BLAME NAMING WRONG NONE")
	}
	flags := ""
	if len(cols) == 4 {
		flags = cols[3]
	}
	tight := false
	for _, f := range splitList(flags, ",") {
		switch {
		case f == "noun":
			p.Noun = true
		case f == "passive":
			p.Passive = true
		case f == "mutual":
			p.Mutual = true
		case f == "neg":
			p.Neg = true
		case f == "phrase":
			p.Phrase = true
		case f == "target":
			p.NeedTarget = true
		case f == "person":
			p.NeedPerson = true
		case f == "claim":
			p.Claim = true
		case f == "single":
			p.Single = true
		case f == "body":
			p.Body = true
		case f == "crowd":
			p.Crowd = true
		case f == "official":
			p.Official = true
		case f == "tight":
			tight = true
		case strings.HasPrefix(f, "also="):
			p.Also = strings.ToUpper(strings.TrimPrefix(f, "also="))
			if !isPlover(p.Also) {
				return nil, fmt.Errorf("also=%s is not a PLOVER type", p.Also)
			}
		case strings.HasPrefix(f, "given="):
			p.Given = strings.ToUpper(strings.TrimPrefix(f, "given="))
			if !isPlover(p.Given) {
				return nil, fmt.Errorf("given=%s is not a PLOVER type", p.Given)
			}
		case strings.HasPrefix(f, "context="):
			for _, c := range strings.Split(strings.TrimPrefix(f, "context="), "|") {
				if c = strings.TrimSpace(c); c != "" {
					p.Context = append(p.Context, c)
				}
			}
		default:
			return nil, fmt.Errorf("unknown flag %q", f)
		}
	}
	elems, err := parsePattern(cols[0])
	if err != nil {
		return nil, err
	}
	for k := range elems {
		elems[k].tight = elems[k].slot && tight
	}
	p.elems = elems
	for _, e := range elems {
		if e.words != nil && !e.opt {
			p.literals++
		}
	}
	if p.Type == cueSector {
		if len(cols) < 3 || cols[2] == "" {
			return nil, fmt.Errorf("SECTOR entry needs a sector code in column 3")
		}
		p.Value = strings.ToUpper(cols[2])
		if p.Value == "-" {
			p.Value = ""
		}
		return p, nil
	}
	p.Subj, p.Obj = roleSource, roleTarget
	if p.Noun {
		p.Subj, p.Obj = roleNone, roleNone
	}
	if len(cols) >= 3 {
		if err := parseRoles(p, cols[2]); err != nil {
			return nil, err
		}
	}
	if p.Slot != "" && !hasSlot(elems) {
		return nil, fmt.Errorf("roles name X but the pattern has no X")
	}
	if p.Slot == "" && hasSlot(elems) {
		p.Slot = roleTarget
	}
	return p, nil
}

func hasSlot(elems []elem) bool {
	for _, e := range elems {
		if e.slot {
			return true
		}
	}
	return false
}

func splitList(s, sep string) []string {
	var out []string
	for _, f := range strings.Split(s, sep) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// parseRoles reads "subj=source; obj=target; with=target; X=target; both".
func parseRoles(p *Pattern, s string) error {
	for _, f := range splitList(s, ";") {
		if f == "both" {
			p.Both = true
			continue
		}
		if f == "-" {
			continue
		}
		if f == "self=target" {
			p.Self = true
			continue
		}
		k, v, ok := strings.Cut(f, "=")
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.ToLower(strings.TrimSpace(v))
		if !ok || k == "" {
			return fmt.Errorf("bad role %q (want name=source|target|none)", f)
		}
		switch v {
		case roleSource, roleTarget, roleNone:
		default:
			return fmt.Errorf("bad role value %q in %q (want source, target or none)", v, f)
		}
		switch k {
		case "subj":
			p.Subj = v
		case "obj":
			p.Obj = v
		case "x":
			p.Slot = v
		default:
			if strings.ContainsAny(k, " \t|") {
				return fmt.Errorf("bad preposition %q", k)
			}
			if p.Preps == nil {
				p.Preps = map[string]string{}
			}
			p.Preps[k] = v
		}
	}
	return nil
}

// parsePattern compiles the pattern column. The first word's alternatives
// are inflected (verb -s/-ed/-ing forms, noun plurals, irregular forms).
func parsePattern(s string) ([]elem, error) {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	var elems []elem
	for i, f := range fields {
		switch {
		case f == "..":
			if i == 0 || i == len(fields)-1 {
				return nil, fmt.Errorf("pattern %q: a gap '..' must stand between words", s)
			}
			elems = append(elems, elem{gap: 4})
		case f == "X":
			if i == 0 {
				return nil, fmt.Errorf("pattern %q: X cannot come first", s)
			}
			elems = append(elems, elem{slot: true})
		default:
			opt := false
			if strings.HasPrefix(f, "(") && strings.HasSuffix(f, ")") && len(f) > 2 {
				opt = true
				f = f[1 : len(f)-1]
			}
			if strings.ContainsAny(f, "()") {
				return nil, fmt.Errorf("pattern %q: bad word %q", s, f)
			}
			if i == 0 && opt {
				return nil, fmt.Errorf("pattern %q: the first word cannot be optional", s)
			}
			words := map[string]bool{}
			for _, w := range strings.Split(strings.ToLower(f), "|") {
				if w == "" {
					return nil, fmt.Errorf("pattern %q: empty alternative in %q", s, f)
				}
				if i == 0 {
					for _, form := range inflections(w) {
						words[form] = true
					}
				} else {
					words[w] = true
				}
			}
			elems = append(elems, elem{words: words, opt: opt})
		}
	}
	for i := 1; i < len(elems); i++ {
		if (elems[i].gap > 0 || elems[i].slot) && (elems[i-1].gap > 0 || elems[i-1].slot) {
			return nil, fmt.Errorf("pattern %q: two gaps or slots in a row", s)
		}
	}
	return elems, nil
}

// irregular holds the irregular forms of verbs the bundled lexicon uses;
// a user file may list other forms with '|'.
var irregular = map[string][]string{
	"beat": {"beaten"}, "begin": {"began", "begun"}, "bring": {"brought"}, "break": {"broke", "broken"},
	"blow": {"blew", "blown"}, "buy": {"bought"}, "catch": {"caught"}, "come": {"came"},
	"deal": {"dealt"}, "do": {"did", "done", "does"}, "draw": {"drew", "drawn"}, "drive": {"drove", "driven"},
	"fight": {"fought"}, "flee": {"fled"}, "forbid": {"forbade", "forbidden"}, "forgive": {"forgave", "forgiven"},
	"freeze": {"froze", "frozen"}, "give": {"gave", "given"}, "go": {"went", "gone", "goes"},
	"hang": {"hung"}, "have": {"had", "has"}, "hold": {"held"}, "keep": {"kept"}, "lay": {"laid"},
	"lead": {"led"}, "leave": {"left"}, "lend": {"lent"}, "make": {"made"}, "meet": {"met"},
	"overrun": {"overran"}, "overthrow": {"overthrew", "overthrown"}, "pay": {"paid"}, "rise": {"rose", "risen"},
	"run": {"ran"}, "say": {"said"}, "see": {"saw", "seen"}, "seek": {"sought"}, "sell": {"sold"},
	"send": {"sent"}, "shoot": {"shot"}, "speak": {"spoke", "spoken"}, "spend": {"spent"},
	"stand": {"stood"}, "steal": {"stole", "stolen"}, "strike": {"struck", "stricken"},
	"swear": {"swore", "sworn"}, "take": {"took", "taken"}, "tell": {"told"}, "think": {"thought"},
	"throw": {"threw", "thrown"}, "undertake": {"undertook", "undertaken"}, "retake": {"retook", "retaken"}, "overtake": {"overtook", "overtaken"}, "uphold": {"upheld"},
	"withdraw": {"withdrew", "withdrawn"}, "withhold": {"withheld"}, "write": {"wrote", "written"},
	"arise": {"arose", "arisen"}, "bear": {"bore", "borne"}, "bind": {"bound"}, "feel": {"felt"},
	"find": {"found"}, "get": {"got", "gotten"}, "grant": nil, "hear": {"heard"}, "hide": {"hid", "hidden"},
	"mislead": {"misled"}, "ride": {"rode", "ridden"}, "rebuild": {"rebuilt"}, "build": {"built"},
	"shake": {"shook", "shaken"}, "sink": {"sank", "sunk"}, "slay": {"slew", "slain"}, "sling": {"slung"},
	"split": nil, "spread": nil, "stick": {"stuck"}, "sting": {"stung"}, "tear": {"tore", "torn"},
	"win": {"won"}, "wind": {"wound"}, "lose": {"lost"}, "forsake": {"forsook", "forsaken"},
	"foresee": {"foresaw", "foreseen"}, "oversee": {"oversaw", "overseen"}, "set": nil, "put": nil,
	"cut": nil, "hit": nil, "let": nil, "quit": nil, "shut": nil, "bid": nil, "cast": nil,
}

// uninflected are function words that are never inflected: "not" would
// otherwise match "noted" and "noting", "no" "nos".
var uninflected = map[string]bool{
	"not": true, "no": true, "never": true, "neither": true, "nor": true, "will": true, "would": true,
	"shall": true, "should": true, "may": true, "might": true, "can": true, "could": true, "must": true,
}

// inflections returns w with its regular verb and noun inflections, plus any
// irregular forms known for it. It over-generates on purpose: forms that are
// not words never occur in text, so they cost nothing.
func inflections(w string) []string {
	out := []string{w}
	if strings.ContainsAny(w, " '") || len(w) < 2 || uninflected[w] {
		return out
	}
	last := w[len(w)-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case last == 'e':
		out = append(out, w+"s", w+"d", w[:len(w)-1]+"ing", w+"ing")
	case last == 'y' && !vowel(w[len(w)-2]):
		stem := w[:len(w)-1]
		out = append(out, stem+"ies", stem+"ied", w+"ing")
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		out = append(out, w+"es", w+"ed", w+"ing")
	default:
		out = append(out, w+"s", w+"ed", w+"ing")
		if !vowel(last) && last != 'w' && last != 'x' && last != 'y' && vowel(w[len(w)-2]) {
			d := w + string(last)
			out = append(out, d+"ed", d+"ing")
		}
	}
	out = append(out, irregular[w]...)
	return out
}
