package seed

import (
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/matching"
)

// TestDemoWishes: each demo login but the secretariat has suggestions, and
// a few of the people first suggested to them wish to meet them, so that
// wishing one of those back is a mutual match; seeded once.
func TestDemoWishes(t *testing.T) {
	ctx := t.Context()
	st, opt, res := seededStore(t, 120)
	now := opt.Now
	logins := 0
	for _, l := range res.Logins {
		if l.Role != string(accounts.RoleSecretariat) {
			logins++
		}
	}
	if res.Wishes != logins*demoWishers {
		t.Errorf("%d wishes seeded, want %d for %d logins", res.Wishes, logins*demoWishers, logins)
	}
	suggest := matching.NewSuggester(st, func() time.Time { return now })
	wishes := matching.NewWishes(st, st, func() time.Time { return now })
	for _, l := range res.Logins {
		if l.Role == string(accounts.RoleSecretariat) {
			continue
		}
		me, err := st.PersonByEmail(ctx, l.Email)
		if err != nil {
			t.Fatal(err)
		}
		s, err := suggest.For(ctx, me)
		if err != nil {
			t.Fatal(err)
		}
		if len(s.People) != matching.SuggestedPeople || len(s.Booths) != matching.SuggestedBooths || len(s.People[0].Reasons) < 2 {
			t.Errorf("%s: %d people, %d booths, first %+v", l.Email, len(s.People), len(s.Booths), s.People[0])
		}
		first := s.People[0].Person.ID
		v, err := wishes.Add(ctx, me, first)
		if err != nil || !v.Mutual {
			t.Errorf("%s wishes their first suggestion %s back: %+v, %v, want a mutual match", l.Email, first, v, err)
		}
	}
	again, err := Village(ctx, st, opt)
	if err != nil || !again.AlreadySeeded || again.Wishes != 0 {
		t.Errorf("seeding again: %+v, %v", again, err)
	}
}
