package server

import (
	"context"
	"crypto/sha256"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/sqlite"
)

// The test articles below are written for these tests, in wire style, about
// invented or simplified events between real actors.

// builder makes a hand-annotated article: entities are found by the words
// that name them, quotes by their words, events by their trigger.
type builder struct {
	tb testing.TB
	a  *dateline.Article
}

func newArticle(tb testing.TB, slug, day, place, agency, headline string, paras ...string) *builder {
	tb.Helper()
	body := strings.Join(paras, "\n\n")
	a := &dateline.Article{
		ID:       fmt.Sprintf("%x", sha256.Sum256([]byte(slug+body))),
		Source:   "fixtures/" + slug + ".txt",
		Format:   "text",
		Headline: headline,
		Body:     body,
	}
	if place != "" || agency != "" {
		a.Dateline = &dateline.Dateline{Place: place, Agency: agency, Text: place + " (" + agency + ") -"}
	}
	if day != "" {
		d, err := dateline.ParseDate(day)
		if err != nil {
			tb.Fatal(err)
		}
		a.Published, a.PublishedBasis = d, "dateline+weekday"
	}
	start := 0
	for i, p := range paras {
		a.Paragraphs = append(a.Paragraphs, dateline.Span{Field: dateline.InBody, Start: start, End: start + len(p)})
		// Sentences end at . ? ! (and a closing quotation mark) before a space.
		s := start
		for j := 0; j < len(p); j++ {
			c := p[j]
			if c != '.' && c != '?' && c != '!' {
				continue
			}
			if c == '.' && j > 0 && unicode.IsUpper(rune(p[j-1])) && (j < 2 || p[j-2] == '.' || p[j-2] == ' ') {
				continue // an initial: U.S., J. Smith
			}
			k := j + 1
			if strings.HasPrefix(p[k:], "\"") {
				k++
			} else if strings.HasPrefix(p[k:], "”") {
				k += len("”")
			}
			if k == len(p) || p[k] == ' ' {
				a.Sentences = append(a.Sentences, dateline.Sentence{Span: dateline.Span{Field: dateline.InBody, Start: s, End: start + k}, Para: i})
				s = start + k + 1
				j = k
			}
		}
		if s < start+len(p) {
			a.Sentences = append(a.Sentences, dateline.Sentence{Span: dateline.Span{Field: dateline.InBody, Start: s, End: start + len(p)}, Para: i})
		}
		start += len(p) + 2
	}
	return &builder{tb, a}
}

// find returns the byte offset of the nth (from 0) occurrence of w in the body.
func (b *builder) find(w string, nth int) int {
	b.tb.Helper()
	off := 0
	for i := 0; ; i++ {
		k := strings.Index(b.a.Body[off:], w)
		if k < 0 {
			b.tb.Fatalf("%s: %q (#%d) not in body", b.a.Source, w, nth)
		}
		if i == nth {
			return off + k
		}
		off += k + len(w)
	}
}

func (b *builder) sentenceAt(off int) int {
	for i, s := range b.a.Sentences {
		if off >= s.Start && off < s.End {
			return i
		}
	}
	b.tb.Fatalf("%s: no sentence at %d", b.a.Source, off)
	return -1
}

func isWordByte(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if i > 0 && !utf8.RuneStart(s[i]) {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	}
	return unicode.IsLetter(r)
}

// entity adds an entity named by every whole-word occurrence of the given
// words in the headline and the body (longest words first, no overlaps).
func (b *builder) entity(id, name, typ, country, sector, role string, words ...string) int {
	b.tb.Helper()
	e := dateline.Entity{ID: id, KBID: id, Name: name, Type: typ, Country: country, Sector: sector, Role: role}
	taken := func(f dateline.Field, s, t int) bool {
		for _, o := range b.a.Entities {
			for _, m := range o.Mentions {
				if m.Field == f && s < m.End && m.Start < t {
					return true
				}
			}
		}
		for _, m := range e.Mentions {
			if m.Field == f && s < m.End && m.Start < t {
				return true
			}
		}
		return false
	}
	for _, w := range words {
		for _, f := range []dateline.Field{dateline.InHeadline, dateline.InBody} {
			text := b.a.Text(f)
			for off := 0; ; {
				k := strings.Index(text[off:], w)
				if k < 0 {
					break
				}
				s, t := off+k, off+k+len(w)
				off = t
				if isWordByte(text, s-1) || isWordByte(text, t) || taken(f, s, t) {
					continue
				}
				e.Mentions = append(e.Mentions, dateline.Mention{Span: dateline.Span{Field: f, Start: s, End: t}, Text: w,
					Kind: dateline.MentionName, Entity: len(b.a.Entities)})
			}
		}
	}
	if len(e.Mentions) == 0 {
		b.tb.Fatalf("%s: entity %s never named", b.a.Source, id)
	}
	b.a.Entities = append(b.a.Entities, e)
	return len(b.a.Entities) - 1
}

// quote adds a quote whose words are the first occurrence of text in the
// body; speaker is an entity index or -1 (then name may still be given).
func (b *builder) quote(text, kind string, speaker int, mention, cue string) int {
	b.tb.Helper()
	s := b.find(text, 0)
	q := dateline.Quote{Text: text, Kind: kind, Span: dateline.Span{Field: dateline.InBody, Start: s, End: s + len(text)},
		Speaker: dateline.Speaker{Entity: speaker, Mention: mention}, Cue: cue, Date: b.a.Published, Parent: -1,
		Sentence: b.sentenceAt(s)}
	q.Parts = []dateline.Span{q.Span}
	if speaker >= 0 {
		q.Speaker.Name = b.a.Entities[speaker].Name
	}
	b.a.Quotes = append(b.a.Quotes, q)
	return len(b.a.Quotes) - 1
}

func (b *builder) actor(i int) *dateline.EventActor {
	if i < 0 {
		return nil
	}
	e := b.a.Entities[i]
	return &dateline.EventActor{Name: e.Name, Entity: i, Country: e.Country, Sector: e.Sector}
}

// event adds an event triggered by the first occurrence of trigger.
func (b *builder) event(typ string, src, tgt int, mode, trigger string, quote int) {
	b.tb.Helper()
	s := b.find(trigger, 0)
	b.a.Events = append(b.a.Events, dateline.Event{Type: typ, Source: b.actor(src), Target: b.actor(tgt), Date: b.a.Published,
		Mode: mode, Quote: quote, Sentence: b.sentenceAt(s), Trigger: dateline.Span{Field: dateline.InBody, Start: s, End: s + len(trigger)}})
}

func (b *builder) place(name, country string, lat, lon float64) {
	for i := range b.a.Events {
		b.a.Events[i].Place = &dateline.Location{Name: name, Country: country, Lat: lat, Lon: lon, Kind: "city"}
	}
}

// fixtures returns the hand-built test articles, dated day offset days later
// than written (shift 0 for the tests; the benchmark makes copies).
func fixtures(tb testing.TB, shift int) []*dateline.Article {
	tb.Helper()
	day := func(s string) string {
		d, err := dateline.ParseDate(s)
		if err != nil {
			tb.Fatal(err)
		}
		return d.AddDays(shift).String()
	}
	slug := func(s string) string { return fmt.Sprintf("%s-%d", s, shift) }
	var out []*dateline.Article

	// 1. Reykjavik: Lavrov and Blinken meet (consultation, quotes about each other's side).
	b := newArticle(tb, slug("reykjavik"), day("2021-05-20"), "REYKJAVIK", "Reuters",
		"Lavrov and Blinken hold first talks in Reykjavik",
		`Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Antony Blinken met on Wednesday on the sidelines of an Arctic Council meeting, their first face-to-face talks since Blinken took office.`,
		`"We are ready to discuss all issues with Washington, but only on the basis of mutual respect," Lavrov told reporters after the meeting.`,
		`Blinken said the United States would respond to any aggressive actions by Russia, but that a more stable relationship with Moscow was in both countries' interest.`,
		`The two men agreed to keep working on a possible summit between their presidents.`)
	lav := b.entity("sergey-lavrov", "Sergey Lavrov", dateline.Person, "RUS", "GOV", "Foreign Minister", "Sergei Lavrov", "Lavrov")
	bli := b.entity("antony-blinken", "Antony Blinken", dateline.Person, "USA", "GOV", "Secretary of State", "Antony Blinken", "Blinken")
	usa := b.entity("USA", "United States", dateline.Place, "USA", "", "", "United States", "Washington")
	rus := b.entity("RUS", "Russia", dateline.Place, "RUS", "", "", "Russia", "Moscow")
	b.quote("We are ready to discuss all issues with Washington, but only on the basis of mutual respect", dateline.Direct, lav, "Lavrov", "told")
	q := b.quote("the United States would respond to any aggressive actions by Russia, but that a more stable relationship with Moscow was in both countries' interest",
		dateline.Indirect, bli, "Blinken", "said")
	b.event("CONSULT", lav, bli, dateline.Asserted, "met", -1)
	b.event("THREATEN", usa, rus, dateline.Reported, "would respond", q)
	b.event("AGREE", lav, bli, dateline.Asserted, "agreed", -1)
	b.place("Reykjavik", "ISL", 64.15, -21.94)
	out = append(out, b.a)

	// 2. Washington: sanctions, and Moscow's answer.
	b = newArticle(tb, slug("sanctions"), day("2021-04-15"), "WASHINGTON", "AP",
		"U.S. expels diplomats, imposes new sanctions on Russia",
		`The United States on Thursday imposed sanctions on dozens of Russian companies and expelled ten diplomats, accusing Moscow of interfering in last year's election.`,
		`Kremlin spokesman Dmitry Peskov said Russia rejected the accusations and would respond in kind.`,
		`"Such unfriendly steps only make a meeting of the two presidents harder," Peskov said.`)
	usa = b.entity("USA", "United States", dateline.Place, "USA", "", "", "United States")
	rus = b.entity("RUS", "Russia", dateline.Place, "RUS", "", "", "Russia", "Moscow")
	pes := b.entity("dmitry-peskov", "Dmitry Peskov", dateline.Person, "RUS", "GOV", "Kremlin spokesman", "Dmitry Peskov", "Peskov")
	b.quote("Russia rejected the accusations and would respond in kind", dateline.Indirect, pes, "Dmitry Peskov", "said")
	b.quote("Such unfriendly steps only make a meeting of the two presidents harder", dateline.Direct, pes, "Peskov", "said")
	b.event("SANCTION", usa, rus, dateline.Asserted, "imposed sanctions", -1)
	b.event("ACCUSE", usa, rus, dateline.Asserted, "accusing", -1)
	b.event("REJECT", rus, usa, dateline.Reported, "rejected", 0)
	b.place("Washington", "USA", 38.9, -77.04)
	out = append(out, b.a)

	// 3. Geneva: the summit.
	b = newArticle(tb, slug("geneva"), day("2021-06-16"), "GENEVA", "TASS",
		"Putin and Biden agree to return ambassadors after Geneva summit",
		`Russian President Vladimir Putin and U.S. President Joe Biden held talks in Geneva on Wednesday and agreed to return their ambassadors to their posts.`,
		`"There is no hostility," Putin told a news conference after the meeting, calling Biden an experienced statesman.`,
		`The two leaders did not agree on Ukraine, officials on both sides said.`)
	put := b.entity("vladimir-putin", "Vladimir Putin", dateline.Person, "RUS", "GOV", "President", "Vladimir Putin", "Putin")
	bid := b.entity("joe-biden", "Joe Biden", dateline.Person, "USA", "GOV", "President", "Joe Biden", "Biden")
	ukr := b.entity("UKR", "Ukraine", dateline.Place, "UKR", "", "", "Ukraine")
	b.quote("There is no hostility", dateline.Direct, put, "Putin", "told")
	b.event("CONSULT", put, bid, dateline.Asserted, "held talks", -1)
	b.event("AGREE", put, bid, dateline.Asserted, "agreed", -1)
	b.event("AGREE", put, bid, dateline.Negated, "did not agree", -1)
	_ = ukr
	b.place("Geneva", "CHE", 46.2, 6.15)
	out = append(out, b.a)

	// 4. Kyiv: strikes and aid.
	b = newArticle(tb, slug("kyiv"), day("2022-03-02"), "KYIV", "AP",
		"Russian strikes hit Kharkiv as U.S. sends more aid to Ukraine",
		`Russian forces shelled the centre of Kharkiv on Wednesday, Ukrainian officials said, as the United States announced a new package of military aid to Ukraine.`,
		`President Volodymyr Zelenskyy accused Russia of war crimes. "Russia is trying to erase us, and the world must see it," Zelenskyy said in a video address.`,
		`Moscow denied targeting civilians.`)
	rus = b.entity("RUS", "Russia", dateline.Place, "RUS", "", "", "Russia", "Moscow")
	usa = b.entity("USA", "United States", dateline.Place, "USA", "", "", "United States")
	ukr = b.entity("UKR", "Ukraine", dateline.Place, "UKR", "", "", "Ukraine")
	zel := b.entity("volodymyr-zelenskyy", "Volodymyr Zelenskyy", dateline.Person, "UKR", "GOV", "President", "Volodymyr Zelenskyy", "Zelenskyy")
	rusmil := b.entity("rus-military", "Russian forces", dateline.Org, "RUS", "MIL", "", "Russian forces")
	b.quote("Russia is trying to erase us, and the world must see it", dateline.Direct, zel, "Zelenskyy", "said")
	b.event("ASSAULT", rusmil, ukr, dateline.Reported, "shelled", -1)
	b.event("AID", usa, ukr, dateline.Asserted, "military aid", -1)
	b.event("ACCUSE", zel, rus, dateline.Asserted, "accused", -1)
	b.event("REJECT", rus, -1, dateline.Asserted, "denied", -1)
	b.place("Kharkiv", "UKR", 49.99, 36.23)
	out = append(out, b.a)

	// 5. Istanbul: the grain deal.
	b = newArticle(tb, slug("grain"), day("2022-07-22"), "ISTANBUL", "AFP",
		"Russia, Ukraine sign grain export deal in Istanbul",
		`Russia and Ukraine signed a deal on Friday to reopen Black Sea ports to grain exports, in a ceremony hosted by Turkish President Recep Tayyip Erdogan and UN Secretary-General Antonio Guterres.`,
		`"Today, there is a beacon on the Black Sea," Guterres said. "A beacon of hope."`,
		`An official close to the talks said the deal could collapse if shipments were attacked.`)
	rus = b.entity("RUS", "Russia", dateline.Place, "RUS", "", "", "Russia")
	ukr = b.entity("UKR", "Ukraine", dateline.Place, "UKR", "", "", "Ukraine")
	erd := b.entity("recep-tayyip-erdogan", "Recep Tayyip Erdogan", dateline.Person, "TUR", "GOV", "President", "Recep Tayyip Erdogan")
	gut := b.entity("antonio-guterres", "Antonio Guterres", dateline.Person, "IGO", "GOV", "UN Secretary-General", "Antonio Guterres", "Guterres")
	b.quote("Today, there is a beacon on the Black Sea", dateline.Direct, gut, "Guterres", "said")
	b.quote("the deal could collapse if shipments were attacked", dateline.Indirect, -1, "An official close to the talks", "said")
	b.event("AGREE", rus, ukr, dateline.Asserted, "signed a deal", -1)
	b.event("SUPPORT", erd, rus, dateline.Asserted, "hosted", -1)
	b.event("RETREAT", ukr, rus, dateline.Hypothetical, "could collapse", 1)
	b.place("Istanbul", "TUR", 41.01, 28.98)
	out = append(out, b.a)

	// 6. An undated wire brief with an unresolved speaker.
	b = newArticle(tb, slug("undated"), "", "BRUSSELS", "dpa",
		"NATO ministers to discuss air defence",
		`NATO defence ministers will discuss air defence for Ukraine at a meeting next week, an alliance official said.`,
		`"Nothing is decided yet," the official said.`)
	b.entity("NATO", "NATO", dateline.Org, "IGO", "MIL", "", "NATO")
	ukr = b.entity("UKR", "Ukraine", dateline.Place, "UKR", "", "", "Ukraine")
	b.quote("Nothing is decided yet", dateline.Direct, -1, "the official", "said")
	b.event("CONSULT", 0, ukr, dateline.Hypothetical, "will discuss", -1)
	out = append(out, b.a)
	return out
}

// fixtureStore opens a temporary SQLite store holding the given articles.
func fixtureStore(tb testing.TB, arts ...[]*dateline.Article) *sqlite.Store {
	tb.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "fixtures.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	for _, as := range arts {
		for _, a := range as {
			if _, err := st.Put(ctx, a); err != nil {
				tb.Fatal(err)
			}
		}
	}
	return st
}
