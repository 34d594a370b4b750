package seed

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/store"
)

// Store is what seeding needs: the claims that make it happen once, and
// the inserts. Implementations return errors that wrap store.ErrDuplicate.
type Store interface {
	store.Claims
	CreatePerson(ctx context.Context, p *accounts.Person) error
	CreateOrganisation(ctx context.Context, o *booths.Organisation) error
	CreateBooth(ctx context.Context, b *booths.Booth) error
	CreateSlot(ctx context.Context, s *booths.Slot) error
	Hold(ctx context.Context, h *agenda.Hold) error
	Release(ctx context.Context, keys ...string) error
}

// ClaimKey is the store.Claims key that marks the demo village as seeded.
const ClaimKey = "seed:demo-village"

// DemoPassword is every demo account's password unless Options.Password
// says otherwise. It is printed at start-up: the demo is public.
const DemoPassword = "village-demo-2020"

// Defaults of Options' zero fields.
const (
	DefaultParticipants       = 400
	DefaultSeed         int64 = 2020
)

// SecretariatEmail is the address of the one secretariat account.
const SecretariatEmail = "secretariat@village.example"

// Options shape the demo village. Zero fields take their defaults.
type Options struct {
	Participants int                 // default DefaultParticipants
	Password     string              // every demo account's password; default DemoPassword
	Hash         accounts.HashParams // default accounts.DefaultHash
	Now          time.Time           // creation time of every record; default time.Now().UTC()
	Seed         int64               // deterministic random source; default DefaultSeed
}

// Login is one demo account worth printing at start-up (all share the
// password). Organisation is the organisation's name, empty for
// participants.
type Login struct {
	Email        string
	Role         string
	Organisation string
}

// Result says what Village did. Organisations, Staff (accounts with the
// staff role) and Participants count what was written: zero when
// AlreadySeeded. Booths counts the booths written, which a village seeded
// before booths existed gets at its next start (BoothsClaimKey); Slots
// likewise the demo 1:1 slots (SlotsClaimKey). Logins are the same either
// way.
type Result struct {
	Organisations int
	Booths        int
	Slots         int
	Sessions      int // participants' sessions (SessionsClaimKey), likewise
	Meetings      int // 1:1 meetings of the demo logins (MeetingsClaimKey), likewise
	Wishes        int // wishes to meet the demo logins (WishesClaimKey), likewise
	Staff         int
	Participants  int
	Logins        []Login
	AlreadySeeded bool
}

// Village seeds the demo village once. It first claims ClaimKey; if another
// node or an earlier start claimed it already, it writes nothing and returns
// AlreadySeeded with the logins, which are deterministic (they match the
// stored village as long as the Options match the ones that seeded it).
// Otherwise it writes the organisations, then the people.
func Village(ctx context.Context, s Store, opt Options) (Result, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return Result{}, err
	}
	v := build(opt)
	res := Result{Logins: v.logins}

	if err := s.Claim(ctx, ClaimKey, v.now); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			res.AlreadySeeded = true
			if res.Booths, err = seedBooths(ctx, s, v); err != nil {
				return res, err
			}
			if res.Slots, err = seedSlots(ctx, s, v); err != nil {
				return res, err
			}
			if res.Sessions, err = seedSessions(ctx, s, v); err != nil {
				return res, err
			}
			if res.Meetings, err = seedMeetings(ctx, s, v); err != nil {
				return res, err
			}
			res.Wishes, err = seedWishes(ctx, s, v)
			return res, err
		}
		return Result{}, fmt.Errorf("seed: claim %q: %w", ClaimKey, err)
	}

	// One argon2id hash serves every account: at the default cost (19 MiB,
	// two passes) hashing each of several hundred accounts separately would
	// take minutes at every first start, and the accounts share one
	// published password anyway, so distinct salts would protect nothing.
	hash, err := accounts.HashPassword(opt.Password, opt.Hash)
	if err != nil {
		return Result{}, fmt.Errorf("seed: hash the demo password: %w", err)
	}

	for i := range v.orgs {
		if err := s.CreateOrganisation(ctx, &v.orgs[i]); err != nil {
			return Result{}, fmt.Errorf("seed: create organisation %s: %w", v.orgs[i].ID, err)
		}
	}
	for i := range v.people {
		p := &v.people[i]
		p.PasswordHash = hash
		if err := s.CreatePerson(ctx, p); err != nil {
			return Result{}, fmt.Errorf("seed: create person %s: %w", p.ID, err)
		}
	}
	res.Organisations = len(v.orgs)
	res.Staff = v.staff
	res.Participants = v.participants
	if res.Booths, err = seedBooths(ctx, s, v); err != nil {
		return res, err
	}
	if res.Slots, err = seedSlots(ctx, s, v); err != nil {
		return res, err
	}
	if res.Sessions, err = seedSessions(ctx, s, v); err != nil {
		return res, err
	}
	if res.Meetings, err = seedMeetings(ctx, s, v); err != nil {
		return res, err
	}
	res.Wishes, err = seedWishes(ctx, s, v)
	return res, err
}

// seedBooths writes the demo booths once, under their own claim, and says
// how many it wrote. A booth already there (made by the secretariat of an
// older demo village) is left as it is.
func seedBooths(ctx context.Context, s Store, v village) (int, error) {
	if err := s.Claim(ctx, BoothsClaimKey, v.now); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return 0, nil
		}
		return 0, fmt.Errorf("seed: claim %q: %w", BoothsClaimKey, err)
	}
	n := 0
	for i := range v.booths {
		err := s.CreateBooth(ctx, &v.booths[i])
		switch {
		case err == nil:
			n++
		case !errors.Is(err, store.ErrDuplicate):
			return n, fmt.Errorf("seed: create booth %s: %w", v.booths[i].ID, err)
		}
	}
	return n, nil
}

func (o Options) withDefaults() (Options, error) {
	if o.Participants < 0 {
		return o, fmt.Errorf("seed: participants: must not be negative, got %d", o.Participants)
	}
	if o.Participants == 0 {
		o.Participants = DefaultParticipants
	}
	if o.Password == "" {
		o.Password = DemoPassword
	}
	if o.Hash == (accounts.HashParams{}) {
		o.Hash = accounts.DefaultHash
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	o.Now = o.Now.UTC().Truncate(time.Millisecond)
	if o.Seed == 0 {
		o.Seed = DefaultSeed
	}
	return o, nil
}
