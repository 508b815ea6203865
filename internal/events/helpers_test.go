package events

import (
	"context"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/text"
)

// fakeActor is what the test stand-in for the actors stage knows of a name.
type fakeActor struct {
	country, sector, typ, kind string
}

// testActors is a small stand-in for the actors stage: the names its tests
// use, with countries and sectors.
var testActors = map[string]fakeActor{
	"Russia":                {"RUS", "", dateline.Place, dateline.MentionName},
	"Russian":               {"RUS", "", dateline.Place, dateline.MentionDemonym},
	"chairman":              {"IGO", "GOV", dateline.Person, dateline.MentionRole}, // a role the actors stage links to no one named
	"Moscow":                {"RUS", "GOV", dateline.Place, dateline.MentionMetonym},
	"the Kremlin":           {"RUS", "GOV", dateline.Org, dateline.MentionMetonym},
	"Syria":                 {"SYR", "", dateline.Place, dateline.MentionName},
	"Syrian":                {"SYR", "", dateline.Place, dateline.MentionDemonym},
	"Syrians":               {"SYR", "", dateline.Place, dateline.MentionDemonym},
	"Damascus":              {"SYR", "GOV", dateline.Place, dateline.MentionMetonym},
	"Idlib":                 {"SYR", "", dateline.Place, dateline.MentionName},
	"Turkey":                {"TUR", "", dateline.Place, dateline.MentionName},
	"Turkish":               {"TUR", "", dateline.Place, dateline.MentionDemonym},
	"Ankara":                {"TUR", "GOV", dateline.Place, dateline.MentionMetonym},
	"the United States":     {"USA", "", dateline.Place, dateline.MentionName},
	"the US":                {"USA", "", dateline.Place, dateline.MentionName},
	"Washington":            {"USA", "GOV", dateline.Place, dateline.MentionMetonym},
	"American":              {"USA", "", dateline.Place, dateline.MentionDemonym},
	"the UK":                {"GBR", "", dateline.Place, dateline.MentionName},
	"Britain":               {"GBR", "", dateline.Place, dateline.MentionName},
	"British":               {"GBR", "", dateline.Place, dateline.MentionDemonym},
	"France":                {"FRA", "", dateline.Place, dateline.MentionName},
	"French":                {"FRA", "", dateline.Place, dateline.MentionDemonym},
	"Germany":               {"DEU", "", dateline.Place, dateline.MentionName},
	"Iran":                  {"IRN", "", dateline.Place, dateline.MentionName},
	"Iranian":               {"IRN", "", dateline.Place, dateline.MentionDemonym},
	"Tehran":                {"IRN", "GOV", dateline.Place, dateline.MentionMetonym},
	"Israel":                {"ISR", "", dateline.Place, dateline.MentionName},
	"Israeli":               {"ISR", "", dateline.Place, dateline.MentionDemonym},
	"Egypt":                 {"EGY", "", dateline.Place, dateline.MentionName},
	"Cairo":                 {"EGY", "GOV", dateline.Place, dateline.MentionMetonym},
	"Ukraine":               {"UKR", "", dateline.Place, dateline.MentionName},
	"Ukrainian":             {"UKR", "", dateline.Place, dateline.MentionDemonym},
	"Kyiv":                  {"UKR", "GOV", dateline.Place, dateline.MentionMetonym},
	"China":                 {"CHN", "", dateline.Place, dateline.MentionName},
	"Beijing":               {"CHN", "GOV", dateline.Place, dateline.MentionMetonym},
	"Japan":                 {"JPN", "", dateline.Place, dateline.MentionName},
	"Brazil":                {"BRA", "", dateline.Place, dateline.MentionName},
	"Kenya":                 {"KEN", "", dateline.Place, dateline.MentionName},
	"Kenyan":                {"KEN", "", dateline.Place, dateline.MentionDemonym},
	"Nairobi":               {"KEN", "GOV", dateline.Place, dateline.MentionMetonym},
	"Sergei Lavrov":         {"RUS", "GOV", dateline.Person, dateline.MentionName},
	"Lavrov":                {"RUS", "GOV", dateline.Person, dateline.MentionSurname},
	"Mike Pompeo":           {"USA", "GOV", dateline.Person, dateline.MentionName},
	"Pompeo":                {"USA", "GOV", dateline.Person, dateline.MentionSurname},
	"Morales":               {"BOL", "GOV", dateline.Person, dateline.MentionSurname}, // also a town in Colombia
	"the United Nations":    {"IGO", "", dateline.Org, dateline.MentionName},
	"the UN":                {"IGO", "", dateline.Org, dateline.MentionName},
	"NATO":                  {"IGO", "MIL", dateline.Org, dateline.MentionName},
	"the European Union":    {"IGO", "", dateline.Org, dateline.MentionName},
	"Hezbollah":             {"LBN", "REB", dateline.Group, dateline.MentionName},
	"Hamas":                 {"PSE", "REB", dateline.Group, dateline.MentionName},
	"Palestinian":           {"PSE", "", dateline.Place, dateline.MentionDemonym},
	"Gaza":                  {"PSE", "", dateline.Place, dateline.MentionName},
	"the Red Cross":         {"IGO", "", dateline.Org, dateline.MentionName},
	"the Interior Ministry": {"", "GOV", dateline.Org, dateline.MentionName},
	"Vadim Sokolov":         {"RUS", "", dateline.Person, dateline.MentionName}, // a private person of a country
}

var (
	textOnce  sync.Once
	textStage *text.Stage
	textErr   error
)

func textStageForTest(t testing.TB) *text.Stage {
	textOnce.Do(func() { textStage, textErr = text.New(text.Options{POS: true}) })
	if textErr != nil {
		t.Fatal(textErr)
	}
	return textStage
}

// article builds an Article from body text, runs the text stage and the
// test stand-in for the actors stage.
func article(t testing.TB, body, published string) *dateline.Article {
	t.Helper()
	a := &dateline.Article{Body: body}
	start := 0
	for _, p := range strings.Split(body, "\n\n") {
		a.Paragraphs = append(a.Paragraphs, dateline.Span{Field: dateline.InBody, Start: start, End: start + len(p)})
		start += len(p) + 2
	}
	if published != "" {
		d, err := dateline.ParseDate(published)
		if err != nil {
			t.Fatal(err)
		}
		a.Published = d
	}
	if err := textStageForTest(t).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	fakeMentions(a, testActors)
	return a
}

// fakeMentions finds the names of dict in a's body, longest first, and adds
// mentions and entities.
func fakeMentions(a *dateline.Article, in map[string]fakeActor) {
	dict := map[string]fakeActor{}
	for n, fa := range in {
		dict[n] = fa
		if strings.HasPrefix(n, "the ") {
			dict["The "+n[4:]] = fa
		}
	}
	names := make([]string, 0, len(dict))
	for n := range dict {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	taken := make([]bool, len(a.Body))
	ent := map[string]int{}
	type hit struct {
		start, end int
		name       string
	}
	var hits []hit
	for _, n := range names {
		for off := 0; ; {
			i := strings.Index(a.Body[off:], n)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(n)
			off = e
			if s > 0 && isWord(rune(a.Body[s-1])) || e < len(a.Body) && isWord(rune(a.Body[e])) && a.Body[e] != 's' {
				continue
			}
			free := true
			for k := s; k < e; k++ {
				free = free && !taken[k]
			}
			if !free {
				continue
			}
			for k := s; k < e; k++ {
				taken[k] = true
			}
			hits = append(hits, hit{s, e, n})
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].start < hits[j].start })
	for _, h := range hits {
		fa := dict[h.name]
		id := fa.country + ":" + fa.typ + ":" + fa.sector
		if fa.typ == dateline.Person || fa.typ == dateline.Group || fa.typ == dateline.Org {
			id = h.name
			if h.name == "Lavrov" {
				id = "Sergei Lavrov"
			}
			if h.name == "Pompeo" {
				id = "Mike Pompeo"
			}
		}
		id = strings.TrimPrefix(strings.TrimPrefix(id, "The "), "the ")
		ei, ok := ent[id]
		if !ok {
			name := h.name
			if fa.kind == dateline.MentionDemonym {
				name = fa.country
			}
			typ := fa.typ
			a.Entities = append(a.Entities, dateline.Entity{ID: id, Name: name, Type: typ, Country: fa.country, Sector: fa.sector})
			ei = len(a.Entities) - 1
			ent[id] = ei
		}
		m := dateline.Mention{Span: dateline.Span{Field: dateline.InBody, Start: h.start, End: h.end}, Text: h.name, Kind: fa.kind, Entity: ei, Country: fa.country}
		a.Mentions = append(a.Mentions, m)
		a.Entities[ei].Mentions = append(a.Entities[ei].Mentions, m)
	}
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

var (
	stageOnce sync.Once
	stage     *Stage
	stageErr  error
)

func testStage(t testing.TB) *Stage {
	stageOnce.Do(func() { stage, stageErr = New(Options{}) })
	if stageErr != nil {
		t.Fatal(stageErr)
	}
	return stage
}

// briefs renders the article's events with brief.
func briefs(a *dateline.Article) []string {
	var got []string
	for _, ev := range a.Events {
		got = append(got, brief(ev))
	}
	return got
}

// brief renders an event as "TYPE SRC>TGT mode" with COUNTRY/SECTOR sides.
func brief(ev dateline.Event) string {
	side := func(x *dateline.EventActor) string {
		if x == nil {
			return "-"
		}
		if x.Sector != "" {
			return x.Country + "/" + x.Sector
		}
		return x.Country
	}
	return ev.Type + " " + side(ev.Source) + ">" + side(ev.Target) + " " + ev.Mode
}
