package actors

import (
	"github.com/dateline-news/dateline"
)

// protestersKey is the key of the KB body row of protesters.
const protestersKey = "protesters"

// crowdNouns are the words of that row that name the people of a protest
// ("activists" and "campaigners", in the same row, may be anyone's).
var crowdNouns = set("protesters", "protestors", "demonstrators", "marchers", "crowds", "rioters")

// protestWords name a protest, or the people in one.
var protestWords = set("protest", "protests", "demonstration", "demonstrations", "rally", "rallies",
	"protesters", "protestors", "demonstrators", "marchers")

// protestersCountry gives the protesters the text names with no country
// ("the protesters", "the demonstrators") the country of the story's
// protests: the one country whose protesters the story names ("Georgian
// protesters"), else the place the story first puts protests in
// ("protests in Tehran", "demonstrators in Iran"), else the scene or the
// dateline's country (TBILISI: "addressed the protesters"; a story filed
// in Dubai about "protests in Iran" gives Iran). A country the sentence
// names besides ("Ukrainian President Volodymyr Zelensky praised the
// protesters") is not theirs.
func (r *run) protestersCountry() {
	var bare []int
	countries := map[string]bool{}
	for i, e := range r.ents {
		if e.body != protestersKey || e.e.Type == dateline.Person || !r.hasMention(i) || !r.crowd(i) {
			continue
		}
		if e.e.Country == "" {
			bare = append(bare, i)
		} else if e.e.Country != "IGO" {
			countries[e.e.Country] = true
		}
	}
	if len(bare) == 0 || len(countries) > 1 {
		return
	}
	iso := ""
	for c := range countries {
		iso = c
	}
	if iso == "" {
		iso = r.protestPlace()
	}
	for _, i := range bare {
		c := iso
		if c == "" {
			c = r.homeCountry(i)
		}
		r.ents[i].e.Country = c
	}
}

// crowd reports whether one of entity ei's mentions is headed by a crowd
// noun.
func (r *run) crowd(ei int) bool {
	for _, m := range r.mentions {
		if m.Entity == ei && crowdNouns[lastWord(lower(m.Text))] {
			return true
		}
	}
	return false
}

// protestPlace returns the country of the place the article first puts
// protests in: a protest word followed by "in" and a place ("protests in
// Tehran"). "" when it puts none anywhere.
func (r *run) protestPlace() string {
	for _, fr := range r.fields {
		for q := range fr.items {
			if !protestWords[fr.word(q)] || fr.word(q+1) != "in" || !fr.adj(q) || !fr.adj(q+1) {
				continue
			}
			k := q + 2
			for k < len(fr.items) && k < q+5 && fr.adj(k-1) && fr.items[k].cap && fr.items[k].kind != iPunct {
				k++
			}
			if k == q+2 {
				continue
			}
			if c := r.scenePlace(fr.text[fr.items[q+2].s:fr.items[k-1].e]); c != "" {
				return c
			}
		}
	}
	return ""
}
