// Package events is the pipe's PLOVER stage: it reads who did what to whom,
// where and when, from the sentences of an article, after the text, actors,
// when and quotes stages.
//
// Triggers come from a lexicon of verb and noun patterns with argument roles
// (data/lexicon/events.tsv, which documents the format; a user may add files).
// Each sentence is cut into clauses (main, subordinate, speech complement); the
// first verb trigger of a clause is its event (a noun trigger when the clause
// has no verb trigger; a verb coordinated with "and" adds one more). Triggers in
// the complement of an earlier trigger ("agreed to provide aid", "demanded that
// Israel withdraw") are its content, not separate events. Relative clauses on
// things ("which…"), conditions and prepositional phrases ("after the raid")
// are background and are not coded; factual adverbial clauses ("after the US
// killed…", "as police fired…", "while…") and ", who" clauses after a named
// actor ("Ned Price, who condemned…") are coded when they name both sides,
// of different countries, and are asserted by the outlet. A participle
// clause (", freezing the assets of…") is the subject's act when its clause
// has no verb trigger before it; after one it tells the consequence (",
// killing 12"). A noun naming an act without its doer ("aid to Syria") is a
// mention, not an event.
//
// Source and target are read from the clause: the subject before the trigger,
// the object after it, and phrases after prepositions the pattern names
// ("with", "against", "on"). Passive voice swaps them ("was attacked by X").
// Coordinated actors ("the US, the UK and France") give one event per
// source×target. Talks, agreements and cooperation between sides are
// recorded for every side, each pair both ways ("Russia, Iran and Turkey
// met": RUS>IRN, RUS>TUR, IRN>RUS, IRN>TUR, TUR>RUS, TUR>IRN), as are
// symmetric material acts (clashes, a ceasefire); other joint acts ("Russia
// and China rejected the draft") give one event from the side named first. A
// group phrase ("the two leaders", "the three countries") is the sides of
// the latest event naming that many countries. A verbal act on a named act
// ("dismissed the demands") targets that act's doer. Accusation by naming:
// a condemning word of the lexicon's BLAME class said of an actor or its act
// ("called the strike an aggression", "the vetoes were shameful" in someone's
// words) is an ACCUSE of that actor, or of the doer of the article's latest
// act of the kind named ("the strike": who struck). Accusation by telling: a
// wrongdoing of the lexicon's WRONG class said of another side in a quote
// or in reported speech ("the British side continues to hide the facts",
// "Moscow cannot be trusted") is the speaker's ACCUSE of that side, and an
// accusation named with its author and content ("accusations by the EU that
// Minsk had endangered …") is the author's ACCUSE of the content's subject.
// An attack told without a doer is coded when the victim's side blames
// someone for it within two sentences: as the blamed side's, reported.
// Actors come from the actors
// stage's mentions and entities; a sector noun at the head of the phrase
// ("Israeli troops") sets the sector, and a place inside a people phrase
// ("demonstrators in Baghdad", "militants in Idlib", from the mentions or the
// gazetteer) gives the country. A phrase naming no one ("the president",
// "police") takes the one country its clause names, if it names only one
// (state bodies always; other people only when the country is named apart
// from the event's other side). With no target in the clause, a threat takes
// the subject of its "unless"/"if" clause, and an assault, coercion,
// mobilisation, protest or retreat the people of a named foreign place ("in
// Gaza"). A subject "he" or "she" is the speaker the quotes stage found for
// it, else the person named last within a few sentences; "they" opening a
// sentence is the group or state that did the previous sentence's first
// act; an object "him" is the man named last before the sentence who is not
// named in it. Parentheses are
// background. An event naming neither a source nor a target ("the
// sanctions", "protests spread") is a mention of an event and is not coded;
// a state does not act on itself ("Erdogan warned that Ankara would
// respond" has no target).
//
// What is not coded, so that an event a user sees is one a coder would
// agree with: an act with no doer ("nine people were killed", "the boats
// were handed over"); an event naming no country, state or body on either
// side ("Left Party lawmakers criticized the move"); AID, COOPERATE and
// SANCTION without a recipient (PLOVER requires one); a joint act named by
// a noun with one side ("the talks with Iran could collapse"); a noun
// trigger with no doer before it in someone's words ("threats of new
// strikes do not help"), unless the speaker announces it ("announced a
// suspension"); a country as the target of its own state ("signed a treaty
// on Crimea's accession to Russia"), a body as the target of the holder of
// one of its offices; a city after a locative preposition as a target
// ("a protest through diplomatic channels in Beijing" says where, while "a
// ceasefire in Syria" says whom it concerns); anyone in an attribution set
// off by commas ("…, Prime Minister X announced on Wednesday, after …").
// A participle right after its noun in a clause with a finite verb of its
// own is passive ("civilians killed since January", "the aid promised by
// Britain"). Lexicon entries of class NONE stop look-alike phrases ("asked
// about", "warned against", "declined to comment"); the flag target keeps
// a trigger that needs one ("released the sailors", not "released a
// statement"); the flag body aims a veto or a vote against a text at the
// intergovernmental body named in the sentence or last before it.
// Condemning an act whose doer is not named (a coup, a mutiny, "any
// effort to seize power") accuses the country where it happened: a place
// in the words, else the dateline's, never the speaker's own setting.
//
// Domestic targets (Options.DomesticTargets, on in the dateline pipeline):
// the CAMEO coders' convention that a domestic event with no named target is
// aimed at the source's own country, applied only where the text supports
// it. A target phrase naming people but no country ("police arrested 40
// people") is of the source's country, unless the clause sets the event in
// another country ("in Gaza"). With no target, the event is aimed at the
// source's country when the clause places it there ("protested in Tehran",
// the dateline's place when the sentence names none), and at its
// government when the source is a domestic group rather than a state body
// ("the teachers' union called off its strike"). Protesters with no
// country of their own are people of the place they protest in.
//
// Modes: negated ("did not attack", "never", "denied that"); hypothetical under
// future, volitional or epistemic markers ("will", "would", "plans to", "may");
// reported inside a quote (the Quote index is kept) or in indirect speech
// ("X said…", "…, officials said", "according to"; in a quote, its speaker
// found by the quotes stage); else asserted ("France condemned the coup",
// "Russia vetoed the resolution", and a speech act the outlet tells in its
// own words: "accused Moscow of using…", "urged Iran to…", "called the raid
// a crime", "denied that…"). A threat is made when it is uttered ("will
// expel", "vowed to attack"): it takes the statement's mode, and only the
// act threatened, when coded, is hypothetical. Following
// the PLOVER manual, a stated intention to act ("will provide aid", "would
// blockade Paris", "will withdraw unless…") is coded as AGREE when the action
// is cooperative and THREATEN when it is conflictual, and a refusal of a
// cooperative action ("will not accept") as REJECT. The action itself is
// coded too, hypothetical, when it is cooperative or announced as decided
// ("will expel", "is due to sign": no condition, no "may", no vow). An obligation inside
// speech ("X said Y must …") is a REQUEST by the speaker on Y.
package events

import (
	"context"
	"fmt"
	"io/fs"
	"os"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/data"
	"github.com/dateline-news/dateline/internal/places"
)

// Options configures the stage.
type Options struct {
	// LexiconFiles are user lexicon files, read after the bundled one, in the
	// format of data/lexicon/events.tsv.
	LexiconFiles []string
	// Places finds place names in sentences and resolves the dateline's
	// place; nil leaves events without a place.
	Places *places.Gazetteer
	// DomesticTargets follows the CAMEO coders' convention: an event of a
	// domestic kind (PROTEST, COERCE, CONCEDE, REJECT, REQUEST, THREATEN,
	// ACCUSE) whose text names no target gets the source's own country as
	// target, with no name, where the text places the event at home or the
	// source is a domestic group (see the package comment). Off in a bare
	// Options (a library user opts in); the dateline pipeline turns it on,
	// as users of PLOVER and CAMEO data expect it.
	DomesticTargets bool
}

// Stage codes PLOVER events. It is safe for concurrent use on different
// articles.
type Stage struct {
	lex      *Lexicon
	places   *places.Gazetteer
	domestic bool
}

// bundled is the lexicon's path inside data.FS.
const bundled = "lexicon/events.tsv"

// New reads the bundled lexicon and the user's files.
func New(opts Options) (*Stage, error) {
	lex := newLexicon()
	b, err := fs.ReadFile(data.FS, bundled)
	if err != nil {
		return nil, fmt.Errorf("reading the bundled lexicon: %w", err)
	}
	if err := lex.parse("data/"+bundled, b); err != nil {
		return nil, err
	}
	for _, f := range opts.LexiconFiles {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("reading lexicon: %w", err)
		}
		if err := lex.parse(f, b); err != nil {
			return nil, err // names the file and line
		}
	}
	return &Stage{lex: lex, places: opts.Places, domestic: opts.DomesticTargets}, nil
}

// Lexicon returns the stage's compiled lexicon (read-only).
func (s *Stage) Lexicon() *Lexicon { return s.lex }

// Name is "events".
func (s *Stage) Name() string { return "events" }

// Run fills a.Events from a.Sentences (which must carry tokens; part-of-speech
// tags help but are not required), a.Mentions, a.Entities and a.Quotes.
func (s *Stage) Run(ctx context.Context, a *dateline.Article) error {
	a.Events = a.Events[:0]
	var dlPlace *dateline.Location
	if s.places != nil && a.Dateline != nil && a.Dateline.Place != "" {
		if loc, ok := s.places.Lookup(a.Dateline.Place, ""); ok {
			dlPlace = &loc
		}
	}
	var unowned []dateline.Event
	for i := range a.Sentences {
		if i%32 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		r := s.newReader(a, i)
		r.dl = dlPlace
		r.unowned = &unowned
		evs := r.events()
		evs = append(evs, ownDeeds(evs, unowned, i)...)
		for k, ev := range evs {
			if coveredBy(a, evs, k) {
				// "Putin welcomed Erdogan at the Kremlin": Putin and the
				// Kremlin are one side of one meeting ("met Aoun, Diab and
				// Berri": three people met, three events)
				continue
			}
			if ev.Place == nil && dlPlace != nil {
				p := *dlPlace
				ev.Place = &p
			}
			a.Events = append(a.Events, ev)
		}
	}
	return nil
}

// coveredBy reports whether event k of a sentence's events evs tells an
// act another of them tells already: the same trigger, type and mode, and
// sides of the same country and sector, each either the same person or not a
// person at all ("the Kremlin" beside "Putin"; an earlier twin). Events that
// name different people ("met Aoun, Diab and Berri") cover none another.
func coveredBy(art *dateline.Article, evs []dateline.Event, k int) bool {
	ev := evs[k]
	for j, o := range evs {
		if j == k || o.Type != ev.Type || o.Mode != ev.Mode || o.Trigger != ev.Trigger ||
			!sameSide(art, ev.Source, o.Source) || !sameSide(art, ev.Target, o.Target) {
			continue
		}
		if j < k || personOf(art, ev.Source)+personOf(art, ev.Target) < personOf(art, o.Source)+personOf(art, o.Target) {
			return true // an earlier twin, or a side told better by a person
		}
	}
	return false
}

// sameSide reports whether side a restates side b: both missing, the same
// unplaced name, or one country and sector with a no person or the same
// person as b.
func sameSide(art *dateline.Article, a, b *dateline.EventActor) bool {
	switch {
	case a == nil || b == nil:
		return a == nil && b == nil
	case a.Country == "" && a.Sector == "":
		return b.Country == "" && b.Sector == "" && a.Name == b.Name
	case a.Country != b.Country || a.Sector != b.Sector:
		return false
	case personOf(art, a) == 1:
		return personOf(art, b) == 1 && a.Entity == b.Entity // a person is not restated by a body
	}
	return true
}

// personOf is 1 when side a is a person the actors stage knows, else 0.
func personOf(art *dateline.Article, a *dateline.EventActor) int {
	if a != nil && a.Entity >= 0 && a.Entity < len(art.Entities) && art.Entities[a.Entity].Type == dateline.Person {
		return 1
	}
	return 0
}

// deedWindowBack is how many sentences may lie between an attack told
// without a doer and the accusation that names one.
const deedWindowBack = 2

// ownDeeds returns the attacks told without a doer ("an airstrike killed
// 33 Turkish soldiers") that an accusation of sentence si names the doer
// of ("Turkey blamed the Syrian government"): the victim's country
// accusing another side within deedWindowBack sentences after the attack.
// The attack is coded as that side's, reported: the doer is the victim's
// word, not the outlet's. Each attack is owned once.
func ownDeeds(evs, unowned []dateline.Event, si int) []dateline.Event {
	var out []dateline.Event
	for _, acc := range evs {
		if acc.Type != "ACCUSE" || acc.Mode == dateline.Negated || acc.Source == nil || acc.Target == nil ||
			acc.Target.Country == "" || acc.Target.Country == "IGO" || acc.Source.Country == acc.Target.Country {
			continue
		}
		for k := len(unowned) - 1; k >= 0; k-- {
			d := unowned[k]
			if d.Sentence < si-deedWindowBack || d.Sentence > si || d.Source != nil {
				continue
			}
			if d.Target.Country != acc.Source.Country {
				continue
			}
			doer := *acc.Target
			doer.Span = dateline.Span{} // named in another sentence
			d.Source = &doer
			d.Mode = dateline.Reported
			out = append(out, d)
			unowned[k].Source = &doer // owned
			break
		}
	}
	return out
}
