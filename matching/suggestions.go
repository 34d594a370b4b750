package matching

import (
	"context"
	"errors"
	"log/slog"
	"slices"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/store"
)

// SuggestionSource is what the suggestions are computed from: the whole
// village, read at once.
type SuggestionSource interface {
	// EachPerson calls fn with every person, in no set order, and stops
	// at fn's first error, which it returns.
	EachPerson(ctx context.Context, fn func(accounts.Person) error) error
	// EachContact calls fn with every contact likewise.
	EachContact(ctx context.Context, fn func(contacts.Contact) error) error
	// Booths lists every booth.
	Booths(ctx context.Context) ([]booths.Booth, error)
	// PersonContacts lists one person's contacts.
	PersonContacts(ctx context.Context, personID string) ([]contacts.Contact, error)
	// Person reads one person: ErrNotFound when there is none.
	Person(ctx context.Context, id string) (*accounts.Person, error)
}

// BlockedPeople says whom a person blocked or was blocked by. The
// recommender asks it when a list is read, so that a block takes effect at
// once.
type BlockedPeople interface {
	// BlockedEither is the set of people who blocked personID or whom
	// personID blocked.
	BlockedEither(ctx context.Context, personID string) (map[string]bool, error)
}

// DefaultSuggestionsTTL is how old the village's lists may grow before a
// reader has them computed again (see Suggester).
const DefaultSuggestionsTTL = 5 * time.Minute

// Suggester keeps a node's copy of the village's suggestions. They are
// computed for everyone at once (the exposure cap is shared out over all
// the lists), on the first read and again on the first read after ttl:
// readers meanwhile get the older lists at once, and one computation runs
// at a time, however many ask (singleflight). Each node computes its own:
// the lists are a pure function of the store, so nodes agree within ttl.
//
// When a list is read, the people the reader met or blocked since, or who
// left the directory or the village, are left out, and spares take their
// place.
type Suggester struct {
	src    SuggestionSource
	blocks BlockedPeople // nil: nobody blocks anybody
	now    func() time.Time
	day    func(now time.Time) time.Time
	ttl    time.Duration
	log    *slog.Logger

	mu    sync.Mutex
	cur   *Computed
	loads singleflight.Group
}

// Computed is one computation of the village's suggestions.
type Computed struct {
	*Recommendations
	At time.Time
}

// SuggesterOption configures a Suggester.
type SuggesterOption func(*Suggester)

// SuggestWithBlocks has the lists leave out blocked people.
func SuggestWithBlocks(b BlockedPeople) SuggesterOption { return func(s *Suggester) { s.blocks = b } }

// SuggestWithTTL sets how old the lists may grow (DefaultSuggestionsTTL).
func SuggestWithTTL(d time.Duration) SuggesterOption { return func(s *Suggester) { s.ttl = d } }

// SuggestWithDay sets the event day whose working hours are compared,
// given the time now; by default now's own day.
func SuggestWithDay(day func(now time.Time) time.Time) SuggesterOption {
	return func(s *Suggester) { s.day = day }
}

// EventDay is the day of e whose working hours suggestions compare at
// now: the first event day from now's date on, else the last (an event
// over), else now's own day (no event days).
func EventDay(e agenda.EventDays, now time.Time) time.Time {
	days := e.Days()
	today := now.UTC().Truncate(24 * time.Hour)
	for _, d := range days {
		if !d.Before(today) {
			return d
		}
	}
	if len(days) > 0 {
		return days[len(days)-1]
	}
	return today
}

// SuggestWithLog has failed background computations logged.
func SuggestWithLog(l *slog.Logger) SuggesterOption { return func(s *Suggester) { s.log = l } }

// NewSuggester returns the suggestions over src; now may be nil.
func NewSuggester(src SuggestionSource, now func() time.Time, opts ...SuggesterOption) *Suggester {
	if now == nil {
		now = time.Now
	}
	s := &Suggester{src: src, now: now, ttl: DefaultSuggestionsTTL, log: slog.Default(),
		day: func(now time.Time) time.Time { return now }}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Suggestions are one person's suggestions as read.
type Suggestions struct {
	People     []SuggestedPerson
	Booths     []SuggestedBooth
	ComputedAt time.Time
}

// For returns p's suggestions.
func (s *Suggester) For(ctx context.Context, p *accounts.Person) (*Suggestions, error) {
	c, err := s.Current(ctx)
	if err != nil {
		return nil, err
	}
	mine, err := s.src.PersonContacts(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	met := make(map[string]bool, len(mine))
	metIDs := make([]string, 0, len(mine))
	for _, m := range mine {
		o := m.Other(p.ID)
		if !met[o] {
			met[o] = true
			metIDs = append(metIDs, o)
		}
	}
	blocked := map[string]bool{}
	if s.blocks != nil {
		if blocked, err = s.blocks.BlockedEither(ctx, p.ID); err != nil {
			return nil, err
		}
	}
	if !c.Has(p.ID) && s.now().Sub(c.At) > NewcomerRefresh {
		s.refreshLater(ctx, NewcomerRefresh) // so that others find them too
	}
	people, bs := c.Recommendations.For(p, metIDs)
	out := &Suggestions{People: make([]SuggestedPerson, 0, SuggestedPeople), Booths: bs, ComputedAt: c.At}
	people = slices.DeleteFunc(people, func(sp SuggestedPerson) bool { return met[sp.Person.ID] || blocked[sp.Person.ID] })
	// Read them again, the first ten side by side (a store a network away
	// answers them at once), then spares as needed: someone who left the
	// directory, or the village, since is not shown (they asked not to be
	// found), and a card shows the profile as it is now.
	for len(people) > 0 && len(out.People) < SuggestedPeople {
		batch := people[:min(len(people), SuggestedPeople-len(out.People))]
		people = people[len(batch):]
		now := make([]*accounts.Person, len(batch))
		errs := make([]error, len(batch))
		var wg sync.WaitGroup
		for i := range batch {
			wg.Go(func() { now[i], errs[i] = s.src.Person(ctx, batch[i].Person.ID) })
		}
		wg.Wait()
		for i, sp := range batch {
			switch {
			case errors.Is(errs[i], store.ErrNotFound):
				continue
			case errs[i] != nil:
				return nil, errs[i]
			case !now[i].DirectoryOptIn || now[i].Role == accounts.RoleSecretariat:
				continue
			}
			sp.Person = now[i]
			out.People = append(out.People, sp)
		}
	}
	return out, nil
}

// Current returns the village's suggestions: computed now if there are
// none yet, else the last ones, which a computation in the background
// replaces when they are older than the TTL.
func (s *Suggester) Current(ctx context.Context) (*Computed, error) {
	s.mu.Lock()
	cur := s.cur
	s.mu.Unlock()
	if cur != nil {
		if s.now().Sub(cur.At) > s.ttl {
			s.refreshLater(ctx, s.ttl)
		}
		return cur, nil
	}
	return s.compute(ctx, s.ttl)
}

// NewcomerRefresh: a reader who was not in the village when its lists
// were computed has them computed again in the background, if they are
// older than this, so that others find the newcomer soon.
const NewcomerRefresh = time.Minute

// refreshLater computes the lists again in the background, unless they
// are younger than maxAge by then.
func (s *Suggester) refreshLater(ctx context.Context, maxAge time.Duration) {
	go func() {
		if _, err := s.compute(context.WithoutCancel(ctx), maxAge); err != nil {
			s.log.Warn("compute suggestions", "err", err)
		}
	}()
}

// Refresh computes the suggestions again now, and returns them.
func (s *Suggester) Refresh(ctx context.Context) (*Computed, error) {
	s.mu.Lock()
	s.cur = nil
	s.mu.Unlock()
	return s.compute(ctx, s.ttl)
}

// compute computes the lists, unless the current ones are younger than
// maxAge (computed meanwhile by another caller).
func (s *Suggester) compute(ctx context.Context, maxAge time.Duration) (*Computed, error) {
	v, err, _ := s.loads.Do("all", func() (any, error) {
		s.mu.Lock()
		cur := s.cur
		s.mu.Unlock()
		if cur != nil && s.now().Sub(cur.At) <= maxAge {
			return cur, nil // computed meanwhile
		}
		at := s.now().UTC()
		in := RecommendInput{Met: contacts.Pairs{}, Day: s.day(at)}
		err := s.src.EachPerson(ctx, func(p accounts.Person) error {
			in.People = append(in.People, p)
			return nil
		})
		if err != nil {
			return nil, err
		}
		err = s.src.EachContact(ctx, func(c contacts.Contact) error {
			in.Met[[2]string{c.A, c.B}] = struct{}{} // A < B, as Pairs keeps them
			return nil
		})
		if err != nil {
			return nil, err
		}
		if in.Booths, err = s.src.Booths(ctx); err != nil {
			return nil, err
		}
		c := &Computed{Recommendations: Recommend(in), At: at}
		s.mu.Lock()
		s.cur = c
		s.mu.Unlock()
		return c, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*Computed), nil
}
