package matching

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// Wish is one person's "would like to meet" another. It is private: the
// other learns of it only when they wish it back (a mutual match). Its ID
// is From:To, so that wishing twice is one wish.
type Wish struct {
	ID   string    `json:"id" bson:"_id"`
	From string    `json:"from" bson:"from"`
	To   string    `json:"to" bson:"to"`
	At   time.Time `json:"at" bson:"at"`
}

// WishID is the key of from's wish to meet to.
func WishID(from, to string) string { return from + ":" + to }

// mutualKey is the claim that tells a mutual match once, whichever of the
// two wishes lands last and on whichever node.
func mutualKey(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return "mutual:" + a + ":" + b
}

// MaxWishes bounds one person's wishes. Beyond usefulness, it keeps
// anyone from wishing everyone to learn who wished them.
const MaxWishes = 50

// WishStore keeps the wishes. Errors wrap store.ErrNotFound and
// store.ErrDuplicate.
type WishStore interface {
	// AddWish inserts w: ErrDuplicate if its ID is taken.
	AddWish(ctx context.Context, w *Wish) error
	// Wish reads one: ErrNotFound if there is none.
	Wish(ctx context.Context, id string) (*Wish, error)
	// DeleteWish removes one: ErrNotFound if there is none.
	DeleteWish(ctx context.Context, id string) error
	// WishesFrom lists personID's wishes, newest first, then by ID; never
	// nil.
	WishesFrom(ctx context.Context, personID string) ([]Wish, error)
	// Claims tell each mutual match once.
	store.Claims
}

// TimeSuggester proposes times for two people to meet: up to count times
// of minutes, the next free in both working days (Times).
type TimeSuggester interface {
	For(ctx context.Context, a, b *accounts.Person, minutes, count int) ([]agenda.Interval, error)
}

// mutualTimes is how many times a mutual match is offered.
const mutualTimes = 3

// EventMutual is the live event both people of a mutual match get.
const EventMutual = "meeting.mutual"

// Mutual is the payload of EventMutual: who wished the reader back, and
// times that suit both (empty when none was found).
type Mutual struct {
	Person         accounts.PersonRef `json:"person"`
	SuggestedTimes []agenda.Interval  `json:"suggested_times"`
}

// Wishes applies the rules of wishes.
type Wishes struct {
	store    WishStore
	people   accounts.PersonReader
	blocks   Blocks        // nil: nobody blocks anybody
	times    TimeSuggester // nil: no times are suggested
	notifier Notifier      // nil: nobody is told
	now      func() time.Time
}

// WishesOption configures Wishes.
type WishesOption func(*Wishes)

// WishesWithBlocks refuses wishes between people of whom one blocked the
// other.
func WishesWithBlocks(b Blocks) WishesOption { return func(w *Wishes) { w.blocks = b } }

// WishesWithTimes has mutual matches offered times to meet.
func WishesWithTimes(t TimeSuggester) WishesOption { return func(w *Wishes) { w.times = t } }

// WishesWithNotifier has mutual matches told live.
func WishesWithNotifier(n Notifier) WishesOption { return func(w *Wishes) { w.notifier = n } }

// NewWishes returns the rules over st; now may be nil.
func NewWishes(st WishStore, people accounts.PersonReader, now func() time.Time, opts ...WishesOption) *Wishes {
	if now == nil {
		now = time.Now
	}
	w := &Wishes{store: st, people: people, now: now}
	for _, o := range opts {
		o(w)
	}
	return w
}

// WishView is one of a person's wishes as they see it.
type WishView struct {
	Person accounts.PersonRef `json:"person"`
	At     time.Time          `json:"at"`
	// Mutual: the other wishes to meet them too.
	Mutual bool `json:"mutual"`
	// SuggestedTimes, only for the wish that made a mutual match (nil
	// otherwise): times that suit both, perhaps none.
	SuggestedTimes *[]agenda.Interval `json:"suggested_times,omitempty"`
}

// Add records that from would like to meet toID. Wishing again changes
// nothing. When toID wishes from too, it is a mutual match: both are told
// once, with times that suit both, and the view says Mutual.
func (w *Wishes) Add(ctx context.Context, from *accounts.Person, toID string) (*WishView, error) {
	to, err := w.check(ctx, from, toID)
	if err != nil {
		return nil, err
	}
	wish := &Wish{ID: WishID(from.ID, to.ID), From: from.ID, To: to.ID, At: w.now().UTC().Truncate(time.Millisecond)}
	err = w.store.AddWish(ctx, wish)
	switch {
	case errors.Is(err, store.ErrDuplicate):
		old, err := w.store.Wish(ctx, wish.ID)
		if err != nil {
			return nil, err
		}
		wish = old
	case err != nil:
		return nil, err
	}
	view := &WishView{Person: accounts.PersonRef{ID: to.ID, Name: to.DisplayName}, At: wish.At}
	if _, err := w.store.Wish(ctx, WishID(to.ID, from.ID)); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return view, nil
		}
		return nil, err
	}
	view.Mutual = true
	// Both wishes stand: whoever claims the pair first tells both.
	err = w.store.Claim(ctx, mutualKey(from.ID, to.ID), wish.At)
	switch {
	case errors.Is(err, store.ErrDuplicate):
		return view, nil // told already
	case err != nil:
		return nil, err
	}
	times := []agenda.Interval{}
	if w.times != nil {
		// Times help; finding none, or failing to, does not undo the match.
		if ts, err := w.times.For(ctx, from, to, DefaultSuggestMinutes, mutualTimes); err == nil && ts != nil {
			times = ts
		}
	}
	view.SuggestedTimes = &times
	if w.notifier != nil {
		w.notifier.ToPerson(from.ID, EventMutual, Mutual{Person: view.Person, SuggestedTimes: times})
		w.notifier.ToPerson(to.ID, EventMutual, Mutual{Person: accounts.PersonRef{ID: from.ID, Name: from.DisplayName}, SuggestedTimes: times})
	}
	return view, nil
}

// check finds the person from may wish to meet: someone else, who
// exists, and between whom and from no block stands, within MaxWishes.
func (w *Wishes) check(ctx context.Context, from *accounts.Person, toID string) (*accounts.Person, error) {
	if toID == from.ID {
		return nil, invalid("person_id", "must be someone else than you")
	}
	to, err := w.people.Person(ctx, toID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, apperr.New(apperr.NotFound, "there is no such person")
	}
	if err != nil {
		return nil, err
	}
	if w.blocks != nil {
		blocked, err := w.blocks.Blocked(ctx, from.ID, to.ID)
		if err != nil {
			return nil, err
		}
		if blocked {
			return nil, apperr.New(apperr.Blocked, "you cannot meet this person: one of you blocked the other")
		}
	}
	mine, err := w.store.WishesFrom(ctx, from.ID)
	if err != nil {
		return nil, err
	}
	if len(mine) >= MaxWishes && !slices.ContainsFunc(mine, func(x Wish) bool { return x.To == to.ID }) {
		return nil, invalid("person_id", "at most %d wishes: take one back first", MaxWishes)
	}
	return to, nil
}

// Remove takes back from's wish to meet toID: not_found if there is none.
// A mutual match told already is not told again if wished again.
func (w *Wishes) Remove(ctx context.Context, from *accounts.Person, toID string) error {
	err := w.store.DeleteWish(ctx, WishID(from.ID, toID))
	if errors.Is(err, store.ErrNotFound) {
		return apperr.New(apperr.NotFound, "you have no wish to meet this person")
	}
	return err
}

// Mine lists p's wishes, newest first, each saying whether it is mutual.
// People gone since are left out.
func (w *Wishes) Mine(ctx context.Context, p *accounts.Person) ([]WishView, error) {
	list, err := w.store.WishesFrom(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	out := make([]WishView, 0, len(list))
	for _, x := range list {
		to, err := w.people.Person(ctx, x.To)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		_, err = w.store.Wish(ctx, WishID(x.To, p.ID))
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return nil, err
		}
		out = append(out, WishView{Person: accounts.PersonRef{ID: to.ID, Name: to.DisplayName}, At: x.At, Mutual: err == nil})
	}
	return out, nil
}

// Wished is the set of people p wishes to meet.
func (w *Wishes) Wished(ctx context.Context, personID string) (map[string]bool, error) {
	list, err := w.store.WishesFrom(ctx, personID)
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(list))
	for _, x := range list {
		out[x.To] = true
	}
	return out, nil
}

// SortWishes orders wishes as WishesFrom lists them; stores use it.
func SortWishes(list []Wish) {
	slices.SortFunc(list, func(a, b Wish) int { return cmp.Or(b.At.Compare(a.At), cmp.Compare(a.ID, b.ID)) })
}

// invalid is a validation error of one field.
func invalid(field, format string, args ...any) error {
	var f apperr.Fields
	f.Add(field, format, args...)
	return f.Err()
}
