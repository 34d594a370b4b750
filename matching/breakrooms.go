package matching

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store"
)

// The live rooms of breaks:
//
//   - break:<id>, the break's waiting room: presence and events, no chat.
//     Its people (and the secretariat, to watch) may be in it from
//     BreakOpensBefore the start to the end. Being in it is what "present"
//     means when a round is seated.
//   - table:<break>/<round>/<n>, a table of a round: chat, for the people
//     seated at it during the round, and the secretariat.

// RoomKinds are the breaks' rooms for the hub.
func (b *Breaks) RoomKinds() []protocol.RoomKind {
	return []protocol.RoomKind{
		{
			Prefix: breakRoomPrefix,
			Join: func(ctx context.Context, who protocol.Identity, id string) error {
				return b.MayEnterBreakRoom(ctx, who, id, b.now())
			},
			State: func(ctx context.Context, who protocol.Identity, id string) (any, error) {
				return b.roomState(ctx, who.ID, id)
			},
		},
		{
			Prefix: tableRoomPrefix,
			Chat:   true,
			Join: func(ctx context.Context, who protocol.Identity, key string) error {
				_, err := b.tableRoom(ctx, who, key, b.now())
				return err
			},
			State: func(ctx context.Context, who protocol.Identity, key string) (any, error) {
				return b.tableRoom(ctx, who, key, b.now())
			},
		},
	}
}

// MayEnterBreakRoom says whether who may be in break id's waiting room at
// now: its people who signed up, and the secretariat, from BreakOpensBefore
// its start to its end.
func (b *Breaks) MayEnterBreakRoom(ctx context.Context, who protocol.Identity, id string, now time.Time) error {
	br, err := b.get(ctx, id)
	if err != nil {
		return err
	}
	if who.Role != string(accounts.RoleSecretariat) {
		_, err := b.store.SignUp(ctx, br.ID, who.ID)
		if errors.Is(err, store.ErrNotFound) {
			return apperr.New(apperr.Forbidden, "sign up for the break first")
		}
		if err != nil {
			return err
		}
	}
	if now.Before(br.StartsAt.Add(-BreakOpensBefore)) {
		return apperr.New(apperr.Forbidden, "the break's room opens %d minutes before it starts, at %s",
			int(BreakOpensBefore.Minutes()), br.StartsAt.Add(-BreakOpensBefore).Format(time.RFC3339))
	}
	if !now.Before(br.EndsAt) {
		return errBreakOver()
	}
	return nil
}

// BreakRoomState is what the break's room tells each arrival: the round
// running (0 before the first) and where they are in it, if seated or
// waiting.
type BreakRoomState struct {
	Round   int           `json:"round"`
	Figures *RoundSummary `json:"figures"`
	Mine    *Place        `json:"mine"`
}

func (b *Breaks) roomState(ctx context.Context, personID, id string) (*BreakRoomState, error) {
	br, err := b.get(ctx, id)
	if err != nil {
		return nil, err
	}
	st := &BreakRoomState{Round: br.RoundAt(b.now())}
	if st.Round == 0 {
		return st, nil
	}
	r, err := b.round(ctx, br.ID, st.Round, nil)
	if errors.Is(err, store.ErrNotFound) {
		return st, nil
	}
	if err != nil {
		return nil, err
	}
	sum := summary(r)
	st.Figures, st.Mine = &sum, placeIn(r, personID)
	return st, nil
}

// tableRoom is the table of key as who may see it: they sit at it (or are
// the secretariat) and the round is running.
func (b *Breaks) tableRoom(ctx context.Context, who protocol.Identity, key string, now time.Time) (*TableView, error) {
	noTable := apperr.New(apperr.NotFound, "no such table")
	breakID, round, n, ok := parseTableKey(key)
	if !ok {
		return nil, noTable
	}
	secretariat := who.Role == string(accounts.RoleSecretariat)
	r, err := b.round(ctx, breakID, round, func(r *Round) bool { return secretariat || seatedAt(r, n, who.ID) })
	if errors.Is(err, store.ErrNotFound) {
		return nil, noTable
	}
	if err != nil {
		return nil, err
	}
	if n > len(r.Seating.Tables) {
		return nil, noTable
	}
	if !secretariat && !seatedAt(r, n, who.ID) {
		return nil, noTable
	}
	v := tableView(r, n)
	if now.Before(r.StartsAt) || !now.Before(r.EndsAt) {
		return nil, apperr.New(apperr.Gone, "this round is over")
	}
	return &v, nil
}

// seatedAt says whether personID sits at table n of r.
func seatedAt(r *Round, n int, personID string) bool {
	if n < 1 || n > len(r.Seating.Tables) {
		return false
	}
	return slices.ContainsFunc(r.Seating.Tables[n-1].People, func(p Person) bool { return p.ID == personID })
}

// Mine is where p is in break id's round now: at a table or waiting. A
// page that reloads asks it.
func (b *Breaks) Mine(ctx context.Context, p *accounts.Person, id string) (*Place, error) {
	br, err := b.get(ctx, id)
	if err != nil {
		return nil, err
	}
	n := br.RoundAt(b.now())
	if n == 0 {
		return nil, apperr.New(apperr.NotFound, "the break is not running")
	}
	r, err := b.round(ctx, br.ID, n, func(r *Round) bool { return placeIn(r, p.ID) != nil })
	if errors.Is(err, store.ErrNotFound) {
		return nil, apperr.New(apperr.NotFound, "this round is not seated yet")
	}
	if err != nil {
		return nil, err
	}
	pl := placeIn(r, p.ID)
	if pl == nil {
		return nil, apperr.New(apperr.NotFound, "you are not in this round: join the break's room to be seated")
	}
	return pl, nil
}

// Round returns round n of break id as stored, for the secretariat.
func (b *Breaks) Round(ctx context.Context, p *accounts.Person, id string, n int) (*Round, error) {
	if err := mustSecretariat(p); err != nil {
		return nil, err
	}
	r, err := b.store.Round(ctx, id, n)
	if errors.Is(err, store.ErrNotFound) {
		return nil, apperr.New(apperr.NotFound, "no such round: it is not seated yet, or the break has no such round")
	}
	return r, err
}
