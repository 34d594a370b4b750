package seed

import (
	"context"
	"errors"
	"fmt"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/store"
)

// WishesClaimKey marks the demo wishes as seeded: a claim apart, so that a
// demo village seeded before wishes existed gets them at its next start.
const WishesClaimKey = "seed:demo-wishes"

// demoWishers is how many of each demo login's first suggestions wish to
// meet them.
const demoWishers = 3

// wishStore is what seeding wishes needs; both backends are. A store that
// is not (the seed's own tests' fake) gets no wishes.
type wishStore interface {
	AddWish(ctx context.Context, w *matching.Wish) error
}

// seedWishes has the first few people suggested to each demo login (but
// the secretariat's) wish to meet them, once, under their own claim, and
// says how many wishes it wrote. Wishes are private, so a login sees
// nothing of them until they say they would like to meet one of those
// people: then it is a mutual match, told at once with times that suit
// both, which is what the demo is for.
func seedWishes(ctx context.Context, s Store, v village) (int, error) {
	ws, ok := s.(wishStore)
	if !ok {
		return 0, nil
	}
	if err := s.Claim(ctx, WishesClaimKey, v.now); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return 0, nil
		}
		return 0, fmt.Errorf("seed: claim %q: %w", WishesClaimKey, err)
	}
	rec := matching.Recommend(matching.RecommendInput{People: v.people, Booths: v.booths, Met: contacts.Pairs{}, Day: v.now})
	byEmail := make(map[string]string, len(v.people))
	for _, p := range v.people {
		byEmail[p.Email] = p.ID
	}
	n := 0
	for _, l := range v.logins {
		if l.Role == string(accounts.RoleSecretariat) {
			continue
		}
		to := byEmail[l.Email]
		listed := rec.Listed(to)
		for _, from := range listed[:min(len(listed), demoWishers)] {
			w := &matching.Wish{ID: matching.WishID(from, to), From: from, To: to, At: v.now}
			err := ws.AddWish(ctx, w)
			switch {
			case err == nil:
				n++
			case !errors.Is(err, store.ErrDuplicate):
				return n, fmt.Errorf("seed: wish %s: %w", w.ID, err)
			}
		}
	}
	return n, nil
}
