// Package when is the publication-date stage: it decides an article's
// date from the clues the text gives and never guesses.
//
// The clues, in order of strength:
//
//   - a date from metadata (HTML meta tags and JSON-LD, a JSON record's date
//     field, a date stamp line in a text page) — taken as it is;
//   - a year in the dateline ("NEW YORK, Sept. 12, 2019 (AP) -") — taken too;
//   - otherwise the dateline's month and day ("MOSCOW, July 21 (Reuters) -"),
//     or a "Wednesday, October 30" in the lead, give a date without a year.
//     The year is then chosen among the candidate years (1990 up to today,
//     narrowed by a user's date range) by scoring clues:
//   - weekday words: a wire story's "said on Tuesday" names the dateline's
//     day or the day before it, so a year scores when its date falls on the
//     weekday mentioned or the day after it; a weekday written with the
//     date itself, in the dateline ("BISHKEK, Saturday, June 12") or the
//     lead ("on Wednesday, October 30"), is the date's own;
//   - roles: an entity named with a title ("Secretary of State Mike
//     Pompeo": the title the actors stage read, the words written just
//     before the name, or a title set before it in apposition: "Russia's
//     foreign minister, Sergei Lavrov,") that matches one of its knowledge-base roles scores
//     the years in which such a role was held on that date (one clue per
//     entity, weighing twice a weekday); a past office ("former ...") or a
//     role noun linked by coreference ("the president") is no clue;
//   - a --year-hint scores its year.
//
// When exactly one year has the best score the date is resolved and
// PublishedBasis names the clues that year satisfies ("dateline+weekday+
// roles"); when several tie, dated past events in the text ("was detained
// in October 2021", "the worst fighting since 2014"; see textyears.go) may
// rule out the earlier ones: the article is no older than the events it
// reports. If exactly one tied year is left it is chosen ("+text-years");
// if several are left the date stays unknown, and if none is (nor the one
// best year), the clues disagree and the date stays unknown too.
package when

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/dateline-news/dateline"
)

// Options configures the stage.
type Options struct {
	// YearHint is the year the user believes the articles were published in;
	// it is one more clue, not a rule.
	YearHint int
	// From and To bound the publication date (zero: no bound). They are
	// rules: a date outside is never chosen.
	From, To dateline.Date
	// Today is the latest possible date; zero means the current date.
	Today dateline.Date
	// Titles maps a title or its alias to a canonical form, so that a title
	// read in the text meets the KB role's wording ("Defense Secretary",
	// "Secretary of Defense"); pass the knowledge base's CanonicalTitle.
	// Nil compares the titles' words only.
	Titles func(string) string
}

// Stage resolves Article.Published. It is safe for concurrent use.
type Stage struct {
	opts     Options
	minYear  int
	today    dateline.Date
	earliest dateline.Date
}

// FirstYear is the earliest year the resolver considers for a date without
// a year.
const FirstYear = 1990

// Weights of the clues.
const (
	weightWeekday = 1
	weightRole    = 2
	weightHint    = 1
)

// New checks the options and builds the stage.
func New(opts Options) (*Stage, error) {
	if !opts.From.IsZero() && !opts.To.IsZero() && opts.To.Before(opts.From) {
		return nil, fmt.Errorf("when: date range %s..%s is empty", opts.From, opts.To)
	}
	if opts.YearHint != 0 && (opts.YearHint < 1800 || opts.YearHint > 2200) {
		return nil, fmt.Errorf("when: implausible year hint %d", opts.YearHint)
	}
	today := opts.Today
	if today.IsZero() {
		today = dateline.DateOf(time.Now().UTC())
	}
	return &Stage{opts: opts, minYear: FirstYear, today: today}, nil
}

// Name is the stage's name in the pipe.
func (s *Stage) Name() string { return "when" }

// Run sets a.Published and a.PublishedBasis, or leaves them empty when the
// clues do not decide.
func (s *Stage) Run(ctx context.Context, a *dateline.Article) error {
	a.Published, a.PublishedBasis = dateline.Date{}, ""
	if !a.MetaDate.IsZero() {
		a.Published = a.MetaDate
		a.PublishedBasis = "metadata"
		if a.Format == "html" {
			a.PublishedBasis = "html-meta"
		}
		return nil
	}
	var month, day, year int
	base := ""
	exactWeekday := -1 // a weekday written next to the date in the lead
	if d := a.Dateline; d != nil && d.Month != 0 && d.Day != 0 {
		month, day, year, base = d.Month, d.Day, d.Year, "dateline"
		exactWeekday = datelineWeekday(d.Text)
	} else if m, dd, wd, ok := leadDate(a); ok {
		month, day, base, exactWeekday = m, dd, "lead", wd
	} else {
		return nil
	}
	if year != 0 {
		d := dateline.Date{Year: year, Month: time.Month(month), Day: day}
		if d.Time().Day() == day {
			a.Published, a.PublishedBasis = d, base
		}
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	r := s.resolve(a, month, day, exactWeekday)
	if r.ok {
		a.Published = r.date
		a.PublishedBasis = base + r.basis
	}
	return nil
}

// datelineWeekday is the weekday a dateline writes with its date
// ("BISHKEK, Saturday, June 12 (AKIpress) -"): the date's own, not the
// news's; -1 when it writes none.
func datelineWeekday(text string) int {
	for _, loc := range weekdayIndex(text) {
		if loc[1] == len(text) || text[loc[1]] != 's' {
			return weekdays[text[loc[0]:loc[1]]]
		}
	}
	return -1
}

// result is the resolver's decision.
type result struct {
	date  dateline.Date
	basis string // "+weekday+roles"
	ok    bool
}

// candidate is one possible year with its score.
type candidate struct {
	date    dateline.Date
	score   int
	weekday bool
	roles   int
	hint    bool
}

// resolve picks the year for month/day.
func (s *Stage) resolve(a *dateline.Article, month, day, exactWeekday int) result {
	cands := s.candidates(a, month, day)
	if len(cands) == 0 {
		return result{}
	}
	ranged := !s.opts.From.IsZero() || !s.opts.To.IsZero() || a.YearMin != 0 || a.YearMax != 0
	// weekday clue
	wd, hasWD := -1, false
	if exactWeekday >= 0 {
		wd, hasWD = exactWeekday, true
	} else if w, ok := firstWeekday(a); ok {
		wd, hasWD = w, true
	}
	if hasWD {
		for i := range cands {
			got := int(cands[i].date.Time().Weekday())
			if got == wd || (exactWeekday < 0 && got == (wd+1)%7) {
				cands[i].weekday = true
				cands[i].score += weightWeekday
			}
		}
	}
	// role clues
	for _, c := range roleClues(a, s.opts.Titles) {
		for i := range cands {
			if c.holds(cands[i].date, s.today) {
				cands[i].roles++
				cands[i].score += weightRole
			}
		}
	}
	// year hint
	if s.opts.YearHint != 0 {
		for i := range cands {
			if cands[i].date.Year == s.opts.YearHint {
				cands[i].hint = true
				cands[i].score += weightHint
			}
		}
	}
	best, n := -1, 0
	for i, c := range cands {
		switch {
		case best < 0 || c.score > cands[best].score:
			best, n = i, 1
		case c.score == cands[best].score:
			n++
		}
	}
	// dated past events in the text: no candidate before them can be
	// the date. They only choose among the best-scored candidates, and a
	// best candidate they rule out leaves the date unknown (the clues
	// disagree).
	textYears := false
	if bound := textBound(a, s.today); !bound.IsZero() && cands[best].score > 0 {
		top, kept, removed := cands[best].score, 0, 0
		for i := range cands {
			if cands[i].score != top {
				continue
			}
			if cands[i].date.Before(bound) {
				cands[i].score = -1 // out of the running, below every score
				removed++
				continue
			}
			kept++
		}
		if kept == 0 {
			return result{}
		}
		if removed > 0 {
			textYears = true
			for i, c := range cands {
				if c.score == top {
					best = i
					break
				}
			}
			n = kept
		}
	}
	inOffice := false
	if n != 1 {
		// A tie: let the people named without a title break it. Someone
		// named plainly may be out of office, so this only chooses among
		// dates the stronger clues left equal, and only when one of them
		// has more of those people in office than every other.
		if cands[best].score == 0 {
			return result{}
		}
		best, inOffice = inOfficeTieBreak(a, cands, cands[best].score, s.today)
		if best < 0 {
			return result{}
		}
	}
	c := cands[best]
	var basis strings.Builder
	if c.weekday {
		basis.WriteString("+weekday")
	}
	if c.roles > 0 {
		basis.WriteString("+roles")
	}
	if c.hint {
		basis.WriteString("+year-hint")
	}
	if textYears {
		basis.WriteString("+text-years")
	}
	if inOffice {
		basis.WriteString("+people-in-office")
	}
	if ranged {
		basis.WriteString("+range")
	}
	if basis.Len() == 0 {
		return result{} // nothing but the window: not evidence
	}
	return result{date: c.date, basis: basis.String(), ok: true}
}

// candidates lists the dates month/day in every allowed year.
func (s *Stage) candidates(a *dateline.Article, month, day int) []candidate {
	lo, hi := s.minYear, s.today.Year
	if a.YearMin != 0 && a.YearMin > lo {
		lo = a.YearMin
	}
	if a.YearMax != 0 && a.YearMax < hi {
		hi = a.YearMax
	}
	var out []candidate
	for y := lo; y <= hi; y++ {
		d := dateline.Date{Year: y, Month: time.Month(month), Day: day}
		if d.Time().Day() != day || d.Time().Month() != time.Month(month) {
			continue // February 29 in a common year
		}
		if s.today.Before(d) {
			continue
		}
		if !s.opts.From.IsZero() && d.Before(s.opts.From) {
			continue
		}
		if !s.opts.To.IsZero() && s.opts.To.Before(d) {
			continue
		}
		out = append(out, candidate{date: d})
	}
	return out
}

// inOfficeTieBreak picks, among the candidates with the top score, the one
// date on which the most people the article names (KB people with roles)
// held some role; -1 when no single date has more than the others.
func inOfficeTieBreak(a *dateline.Article, cands []candidate, top int, today dateline.Date) (int, bool) {
	best, bestN, tie := -1, 0, false
	for i, c := range cands {
		if c.score != top {
			continue
		}
		n := 0
		for _, e := range a.Entities {
			if (roleClue{roles: e.Roles}).holds(c.date, today) {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = i, n, false
		case n == bestN:
			tie = true
		}
	}
	if best < 0 || tie || bestN == 0 {
		return -1, false
	}
	return best, true
}
