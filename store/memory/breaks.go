package memory

import (
	"cmp"
	"context"
	"encoding/json"
	"slices"
	"strings"

	"github.com/igf-village/village/matching"
)

var (
	bucketBreaks  = []byte("breaks")
	bucketSignUps = []byte("break_signups")
	bucketRounds  = []byte("break_rounds")
)

var _ matching.BreakStore = (*Store)(nil)

// addBreakTables adds the tables of breaks, sign-ups and rounds; Open
// calls it.
func (s *Store) addBreakTables() {
	s.breaks = addTable(s, bucketBreaks, "break", "break ID",
		func(b matching.Break) string { return b.ID })
	s.breaks.clone = func(b matching.Break) matching.Break { b.Languages = slices.Clone(b.Languages); return b }
	s.signUps = addTable(s, bucketSignUps, "sign-up", "sign-up of this person to this break",
		func(su matching.SignUp) string { return su.ID })
	s.signUps.clone = func(su matching.SignUp) matching.SignUp { su.Languages = slices.Clone(su.Languages); return su }
	s.rounds = addTable(s, bucketRounds, "round", "round of this break",
		func(r matching.Round) string { return r.ID })
	s.rounds.clone = cloneRound
}

// cloneRound deep-copies a round, whose seating nests slices three deep,
// through its JSON, which is how bbolt keeps it anyway.
func cloneRound(r matching.Round) matching.Round {
	data, err := json.Marshal(r)
	if err != nil {
		panic(err) // a Round always marshals
	}
	var out matching.Round
	if err := json.Unmarshal(data, &out); err != nil {
		panic(err)
	}
	return out
}

func (s *Store) CreateBreak(ctx context.Context, b *matching.Break) error {
	return s.update(ctx, "CreateBreak", func() error { return s.breaks.insert(*b) })
}

func (s *Store) Break(ctx context.Context, id string) (*matching.Break, error) {
	return view(ctx, s, "Break", func() (*matching.Break, error) { return s.breaks.get(id) })
}

func (s *Store) Breaks(ctx context.Context) ([]matching.Break, error) {
	return view(ctx, s, "Breaks", func() ([]matching.Break, error) {
		return s.breaks.sorted(func(a, b matching.Break) int {
			return cmp.Or(a.StartsAt.Compare(b.StartsAt), strings.Compare(a.ID, b.ID))
		}), nil
	})
}

func (s *Store) ReplaceBreak(ctx context.Context, b *matching.Break) error {
	return s.update(ctx, "ReplaceBreak", func() error { return s.breaks.replace(*b) })
}

func (s *Store) DeleteBreak(ctx context.Context, id string) error {
	return s.update(ctx, "DeleteBreak", func() error { return s.breaks.remove(id) })
}

func (s *Store) CreateSignUp(ctx context.Context, su *matching.SignUp) error {
	return s.update(ctx, "CreateSignUp", func() error { return s.signUps.insert(*su) })
}

func (s *Store) SignUp(ctx context.Context, breakID, personID string) (*matching.SignUp, error) {
	return view(ctx, s, "SignUp", func() (*matching.SignUp, error) {
		return s.signUps.get(matching.SignUpID(breakID, personID))
	})
}

func (s *Store) SignUpsOfBreak(ctx context.Context, breakID string) ([]matching.SignUp, error) {
	return view(ctx, s, "SignUpsOfBreak", func() ([]matching.SignUp, error) {
		return where(s.signUps, func(su matching.SignUp) bool { return su.BreakID == breakID },
			func(a, b matching.SignUp) int {
				return cmp.Or(a.At.Compare(b.At), strings.Compare(a.PersonID, b.PersonID))
			}), nil
	})
}

func (s *Store) SignUpsOfPerson(ctx context.Context, personID string) ([]matching.SignUp, error) {
	return view(ctx, s, "SignUpsOfPerson", func() ([]matching.SignUp, error) {
		return where(s.signUps, func(su matching.SignUp) bool { return su.PersonID == personID },
			func(a, b matching.SignUp) int {
				return cmp.Or(a.At.Compare(b.At), strings.Compare(a.BreakID, b.BreakID))
			}), nil
	})
}

func (s *Store) DeleteSignUp(ctx context.Context, breakID, personID string) error {
	return s.update(ctx, "DeleteSignUp", func() error { return s.signUps.remove(matching.SignUpID(breakID, personID)) })
}

func (s *Store) DeleteSignUpsOfBreak(ctx context.Context, breakID string) error {
	return s.update(ctx, "DeleteSignUpsOfBreak", func() error {
		return s.signUps.removeWhere(func(su matching.SignUp) bool { return su.BreakID == breakID })
	})
}

func (s *Store) CreateRound(ctx context.Context, r *matching.Round) error {
	return s.update(ctx, "CreateRound", func() error { return s.rounds.insert(*r) })
}

func (s *Store) Round(ctx context.Context, breakID string, n int) (*matching.Round, error) {
	return view(ctx, s, "Round", func() (*matching.Round, error) { return s.rounds.get(matching.RoundID(breakID, n)) })
}

func (s *Store) ReplaceRound(ctx context.Context, r *matching.Round) error {
	return s.update(ctx, "ReplaceRound", func() error { return s.rounds.replace(*r) })
}
