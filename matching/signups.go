package matching

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// Places a person can hold in a session.
const (
	PlaceNone       = "none"
	PlaceConfirmed  = "confirmed"
	PlaceWaitlisted = "waitlisted"
	PlaceOrganiser  = "organiser"
)

// Standing is a session's sign-ups as they stand: the first Capacity in
// arrival order are confirmed, the rest wait in that order.
type Standing struct {
	Confirmed []Signup
	Waitlist  []Signup
}

// Stand orders list (arrival, then person) and cuts it at capacity.
func Stand(list []Signup, capacity int) Standing {
	list = slices.Clone(list)
	slices.SortFunc(list, BySignupArrival)
	n := min(max(capacity, 0), len(list))
	return Standing{Confirmed: list[:n], Waitlist: list[n:]}
}

// BySignupArrival is the order of a session's sign-ups.
func BySignupArrival(a, b Signup) int {
	return cmp.Or(cmp.Compare(a.Arrival, b.Arrival), strings.Compare(a.PersonID, b.PersonID))
}

// Place is where personID stands: their place and, on the waitlist, their
// position in it (1 is next in line).
func (st Standing) Place(personID string) (string, int) {
	for _, g := range st.Confirmed {
		if g.PersonID == personID {
			return PlaceConfirmed, 0
		}
	}
	for i, g := range st.Waitlist {
		if g.PersonID == personID {
			return PlaceWaitlisted, i + 1
		}
	}
	return PlaceNone, 0
}

func (s *Sessions) standing(ctx context.Context, se *Session) (Standing, error) {
	list, err := s.store.SignupsOfSession(ctx, se.ID)
	if err != nil {
		return Standing{}, err
	}
	return Stand(list, se.Capacity), nil
}

// SignUp gives p a place in session id: confirmed while there is room,
// on the waitlist after that, and shows them the session with their place.
// Signing up twice is a conflict, whether the first sign-up was confirmed
// or not.
func (s *Sessions) SignUp(ctx context.Context, p *accounts.Person, id string) (*SessionView, error) {
	se, _, err := s.TakePlace(ctx, p, id)
	if err != nil {
		return nil, err
	}
	return s.view(ctx, p, se, nil)
}

// TakePlace is SignUp without the view: the one insert that decides, and
// the checks around it. What place it gave is known at the next read.
func (s *Sessions) TakePlace(ctx context.Context, p *accounts.Person, id string) (*Session, *Signup, error) {
	se, err := s.session(ctx, p, id)
	if err != nil {
		return nil, nil, err
	}
	switch {
	case se.Status == StatusCancelled:
		return nil, nil, apperr.New(apperr.Gone, "the session was cancelled")
	case se.Status != StatusListed:
		return nil, nil, apperr.New(apperr.Conflict, "the session is %s: it takes sign-ups once the secretariat approves it", se.Status)
	case !se.StartsAt.After(s.now()):
		return nil, nil, apperr.New(apperr.Gone, "the session has begun or is over")
	case p.ID == se.OrganiserID:
		return nil, nil, apperr.New(apperr.Conflict, "you organise this session: you have your place already")
	}
	now := s.now()
	g := &Signup{
		ID: SignupID(se.ID, p.ID), SessionID: se.ID, PersonID: p.ID,
		Arrival: now.UnixNano(), CreatedAt: now.UTC().Truncate(time.Millisecond),
	}
	if err := s.store.CreateSignup(ctx, g); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return nil, nil, apperr.New(apperr.Conflict, "you have signed up for this session already")
		}
		return nil, nil, err
	}
	// Cancelled meanwhile: its cancellation claimed first, then told
	// those it found; one it did not find takes itself back.
	if cancelled, err := s.store.Claimed(ctx, cancelledKey(se.ID)); err != nil {
		return nil, nil, err
	} else if cancelled {
		_ = s.store.DeleteSignup(context.WithoutCancel(ctx), g.ID)
		return nil, nil, apperr.New(apperr.Gone, "the session was cancelled")
	}
	return se, g, nil
}

// Withdraw gives up p's place in session id. Whoever thereby comes within
// the capacity is promoted and told so live.
func (s *Sessions) Withdraw(ctx context.Context, p *accounts.Person, id string) error {
	se, err := s.session(ctx, p, id)
	if err != nil {
		return err
	}
	before, err := s.standing(ctx, se)
	if err != nil {
		return err
	}
	if place, _ := before.Place(p.ID); place == PlaceNone {
		return apperr.New(apperr.NotFound, "you have not signed up for this session")
	}
	if err := s.store.DeleteSignup(ctx, SignupID(se.ID, p.ID)); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return apperr.New(apperr.NotFound, "you have not signed up for this session")
		}
		return err
	}
	if se.Status == StatusListed && se.EndsAt.After(s.now()) {
		s.promote(context.WithoutCancel(ctx), se, before)
	}
	return nil
}

// promote tells those confirmed now who were not in before that they have
// a place. Each promotion claims its sign-up (as it was) first, so that of
// two withdrawals at once that both see the same person come in, one
// tells them.
func (s *Sessions) promote(ctx context.Context, se *Session, before Standing) {
	after, err := s.standing(ctx, se)
	if err != nil {
		return // the store is unreachable: the truth is there when it is back
	}
	// Only those who were waiting: someone who signed up meanwhile and
	// came straight in was told so by their own reply.
	waited := make(map[string]bool, len(before.Waitlist))
	for _, g := range before.Waitlist {
		waited[g.ID] = true
	}
	for i := range after.Confirmed {
		g := &after.Confirmed[i]
		if !waited[g.ID] {
			continue
		}
		if err := s.store.Claim(ctx, promotedKey(g), s.stamp()); err != nil {
			continue // told already, or the store is down
		}
		s.tell(g.PersonID, EventSessionPromoted, SessionEvent{Session: se.ID, Title: se.Title, Room: SessionRoom(se.ID), StartsAt: &se.StartsAt})
	}
}

// LeaveAll is for an account being deleted: it gives up every place the
// person holds (promoting whoever is next) and cancels every session they
// organise that is not over (telling those signed up), so that a deleted
// account keeps no place from anyone.
func (s *Sessions) LeaveAll(ctx context.Context, p *accounts.Person) error {
	list, err := s.store.SignupsOfPerson(ctx, p.ID)
	if err != nil {
		return err
	}
	for _, g := range list {
		if err := s.Withdraw(ctx, p, g.SessionID); err != nil && !errors.Is(err, apperr.E(apperr.NotFound)) {
			return err
		}
	}
	all, err := s.store.SessionsEndingAfter(ctx, s.now())
	if err != nil {
		return err
	}
	for _, se := range all {
		if se.OrganiserID != p.ID || (se.Status != StatusListed && se.Status != StatusProposed) {
			continue
		}
		err := s.Cancel(ctx, p, se.ID)
		if err != nil && !errors.Is(err, apperr.E(apperr.Gone)) && !errors.Is(err, apperr.E(apperr.NotFound)) {
			return err
		}
	}
	return nil
}
