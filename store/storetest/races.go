package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/igf-village/village/store"
)

// Racers is how many goroutines contend for one key in the race tests.
const Racers = 50

// race is one invariant held by a unique key: setup prepares the store,
// attempt i tries to take the key, check looks at the stored state knowing
// which attempt won.
type race struct {
	name    string
	racers  int // 0: Racers
	setup   func(t *testing.T, s Store)
	attempt func(ctx context.Context, s Store, i int) error
	check   func(t *testing.T, s Store, winner int)
}

const (
	raceEmail      = "contested@example.org"
	raceInvitation = "invitation-contested"
	raceClaim      = "seed:contested"
)

var raceToken = NewRefreshToken(1, "person-0001", "family-a")

func racer(i int) string { return fmt.Sprintf("racer-%02d", i) }

var races = []race{
	{
		name: "SameEmail",
		attempt: func(ctx context.Context, s Store, i int) error {
			p := NewPerson(i)
			p.ID, p.Email = racer(i), raceEmail
			return s.CreatePerson(ctx, p)
		},
		check: func(t *testing.T, s Store, winner int) {
			ctx := t.Context()
			got, err := s.PersonByEmail(ctx, raceEmail)
			must(t, err, "PersonByEmail")
			if got.ID != racer(winner) {
				t.Errorf("e-mail belongs to %s, the winner was %s", got.ID, racer(winner))
			}
			for i := range Racers {
				if i == winner {
					continue
				}
				if _, err := s.Person(ctx, racer(i)); !errors.Is(err, store.ErrNotFound) {
					t.Errorf("loser %s: Person gives %v, want ErrNotFound", racer(i), err)
				}
			}
		},
	},
	{
		name: "SamePersonID",
		attempt: func(ctx context.Context, s Store, i int) error {
			p := NewPerson(i)
			p.ID = "contested"
			return s.CreatePerson(ctx, p)
		},
		check: func(t *testing.T, s Store, winner int) {
			ctx := t.Context()
			got, err := s.Person(ctx, "contested")
			must(t, err, "Person")
			if want := NewPerson(winner).Email; got.Email != want {
				t.Errorf("person has e-mail %s, the winner's was %s", got.Email, want)
			}
			for i := range Racers {
				if i == winner {
					continue
				}
				if _, err := s.PersonByEmail(ctx, NewPerson(i).Email); !errors.Is(err, store.ErrNotFound) {
					t.Errorf("loser %d: PersonByEmail gives %v, want ErrNotFound", i, err)
				}
			}
		},
	},
	{
		name: "UpdateOntoSameEmail",
		setup: func(t *testing.T, s Store) {
			for i := range Racers {
				must(t, s.CreatePerson(t.Context(), NewPerson(i)), "CreatePerson")
			}
		},
		attempt: func(ctx context.Context, s Store, i int) error {
			p := NewPerson(i)
			p.Email = raceEmail
			return s.UpdatePerson(ctx, p)
		},
		check: func(t *testing.T, s Store, winner int) {
			ctx := t.Context()
			got, err := s.PersonByEmail(ctx, raceEmail)
			must(t, err, "PersonByEmail")
			if want := NewPerson(winner).ID; got.ID != want {
				t.Errorf("e-mail belongs to %s, the winner was %s", got.ID, want)
			}
			for i := range Racers {
				if i == winner {
					continue
				}
				want := NewPerson(i)
				got, err := s.Person(ctx, want.ID)
				must(t, err, "Person")
				wantSame(t, got, want, "loser")
			}
		},
	},
	{
		name: "RedeemInvitation",
		setup: func(t *testing.T, s Store) {
			inv := NewInvitation(1)
			inv.ID = raceInvitation
			must(t, s.CreateInvitation(t.Context(), inv), "CreateInvitation")
		},
		attempt: func(ctx context.Context, s Store, i int) error {
			return s.Redeem(ctx, NewRedemption(raceInvitation, racer(i)))
		},
		check: func(t *testing.T, s Store, winner int) {
			got, err := s.Redemption(t.Context(), raceInvitation)
			must(t, err, "Redemption")
			if got.PersonID != racer(winner) {
				t.Errorf("invitation redeemed by %s, the winner was %s", got.PersonID, racer(winner))
			}
		},
	},
	{
		name: "SpendRefreshToken",
		setup: func(t *testing.T, s Store) {
			must(t, s.CreateRefreshToken(t.Context(), raceToken), "CreateRefreshToken")
		},
		attempt: func(ctx context.Context, s Store, i int) error {
			return s.SpendRefreshToken(ctx, raceToken.Hash, At(i))
		},
		check: func(t *testing.T, s Store, winner int) {
			at, err := s.RefreshTokenSpentAt(t.Context(), raceToken.Hash)
			must(t, err, "RefreshTokenSpentAt")
			if !at.Equal(At(winner)) {
				t.Errorf("RefreshTokenSpentAt = %v, the winner spent at %v", at, At(winner))
			}
			wantErr(t, s.SpendRefreshToken(t.Context(), raceToken.Hash, At(99)), store.ErrDuplicate, "spend after the race")
		},
	},
	{
		name: "Claim",
		attempt: func(ctx context.Context, s Store, i int) error {
			return s.Claim(ctx, raceClaim, At(i))
		},
		check: func(t *testing.T, s Store, winner int) {
			wantErr(t, s.Claim(t.Context(), raceClaim, At(99)), store.ErrDuplicate, "Claim after the race")
		},
	},
}

// raceTests turns each race into a test: Racers goroutines released
// together by closing a channel, of which exactly one must succeed and
// every other get ErrDuplicate.
func raceTests() []test {
	all := append(slices.Clone(races), appendRace, batchRace, resendRace, boothRace, banRace, muteRace)
	out := make([]test, len(all))
	for i, r := range all {
		out[i] = test{name: "Race/" + r.name, run: r.run}
	}
	return out
}

// test is r as a test of its own, named as raceTests names them.
func (r race) test() test { return test{name: "Race/" + r.name, run: r.run} }

func (r race) run(t *testing.T, s Store) {
	if r.setup != nil {
		r.setup(t, s)
	}
	ctx := t.Context()
	racers := r.racers
	if racers == 0 {
		racers = Racers
	}
	start := make(chan struct{})
	errs := make([]error, racers)
	var wg sync.WaitGroup
	for i := range racers {
		wg.Go(func() {
			<-start
			errs[i] = r.attempt(ctx, s, i)
		})
	}
	close(start)
	wg.Wait()

	winner, wins := -1, 0
	for i, err := range errs {
		switch {
		case err == nil:
			winner, wins = i, wins+1
		case !errors.Is(err, store.ErrDuplicate):
			t.Errorf("attempt %d: %v, want an error wrapping ErrDuplicate", i, err)
		}
	}
	if wins != 1 {
		t.Fatalf("%d of %d racing attempts succeeded, want exactly 1", wins, racers)
	}
	r.check(t, s, winner)
}
