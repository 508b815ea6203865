package pipeline

import (
	"context"
	"fmt"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/actors"
	"github.com/dateline-news/dateline/internal/clean"
	"github.com/dateline-news/dateline/internal/events"
	"github.com/dateline-news/dateline/internal/kb"
	"github.com/dateline-news/dateline/internal/places"
	"github.com/dateline-news/dateline/internal/quotes"
	"github.com/dateline-news/dateline/internal/text"
	"github.com/dateline-news/dateline/internal/when"
)

// Options configure the whole pipe.
type Options struct {
	KBFiles    []string // user knowledge-base files merged over the bundled one
	CueFiles   []string // user quote-cue lexicons
	EventFiles []string // user PLOVER event lexicons
	YearHint   int      // most likely publication year when articles do not say
	From, To   dateline.Date
	MaxBytes   int // largest article text accepted; 0 means the cleaner's default
}

// New builds every stage once: knowledge base, gazetteers, lexicons.
func New(ctx context.Context, opts Options) (*Pipeline, error) {
	k, err := kb.Load(ctx, kb.Options{UserFiles: opts.KBFiles})
	if err != nil {
		return nil, err // "kb: FILE:LINE: …"
	}
	gaz, err := places.Load(ctx)
	if err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	cleaner, err := clean.New(clean.Options{MaxBytes: opts.MaxBytes, Places: gaz})
	if err != nil {
		return nil, fmt.Errorf("clean: %w", err)
	}
	txt, err := text.New(text.Options{POS: true})
	if err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	act, err := actors.New(k, actors.WithPlaces(gaz))
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	dates, err := when.New(when.Options{YearHint: opts.YearHint, From: opts.From, To: opts.To, Titles: k.CanonicalTitle})
	if err != nil {
		return nil, fmt.Errorf("when: %w", err)
	}
	roles, err := actors.NewRoles()
	if err != nil {
		return nil, fmt.Errorf("roles: %w", err)
	}
	qs, err := quotes.New(quotes.Options{CueFiles: opts.CueFiles})
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	evs, err := events.New(events.Options{LexiconFiles: opts.EventFiles, Places: gaz, DomesticTargets: true})
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return Compose(cleaner.Clean, txt, act, dates, roles, qs, evs), nil
}
