package booths

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store"
)

// BookingView is a booking as a schedule shows it: who meets whom, where,
// when (UTC; the client shows it in the viewer's zone), and which side of
// it the viewer is on.
type BookingView struct {
	ID         string             `json:"id"` // the slot's ID
	BoothID    string             `json:"booth_id"`
	BoothTitle string             `json:"booth_title"`
	Staff      accounts.PersonRef `json:"staff"`
	Booker     accounts.PersonRef `json:"booker"`
	Language   string             `json:"language"`
	StartsAt   time.Time          `json:"starts_at"`
	EndsAt     time.Time          `json:"ends_at"`
	Minutes    int                `json:"minutes"`
	// Side is "booker" or "staff": how the viewer takes part (staff of
	// the booth and the secretariat who are neither see "staff").
	Side string `json:"side"`
	// Room is the live room the two meet in, open from RoomOpensBefore
	// the start to the end (MayEnterBookingRoom).
	Room      string    `json:"room"`
	CreatedAt time.Time `json:"created_at"`

	ref string // the booking's Ref, for its calendar UID
}

// Sides of a booking.
const (
	SideBooker = "booker"
	SideStaff  = "staff"
)

func errNoBooking() error { return apperr.New(apperr.NotFound, "no such booking") }

// BookInput is a booking request.
type BookInput struct {
	SlotID *string `json:"slot_id"`
}

// Book gives slot in.SlotID to p. Staff of the booth's own organisation
// do not book their own booth's slots.
func (s *Slots) Book(ctx context.Context, p *accounts.Person, in BookInput) (*BookingView, error) {
	if in.SlotID == nil || strings.TrimSpace(*in.SlotID) == "" {
		return nil, apperr.Fields{"slot_id": "must name a slot"}.Err()
	}
	sl, err := s.slot(ctx, strings.TrimSpace(*in.SlotID))
	if err != nil {
		return nil, err
	}
	if p.Role == accounts.RoleStaff && p.OrganisationID == sl.OrganisationID {
		return nil, apperr.New(apperr.Forbidden, "staff do not book their own booth's slots")
	}
	if blocked, err := blockedPair(ctx, s.blocks, p.ID, sl.StaffID); err != nil || blocked {
		if err == nil {
			err = errBlockedPair("this slot is with someone you cannot meet")
		}
		return nil, err
	}
	now := s.stamp()
	if !sl.StartsAt.After(now) {
		return nil, &apperr.Error{Code: apperr.Gone, Message: "this slot has begun or is over",
			Fields: map[string]string{"slot_id": "has begun or is over"}}
	}
	// Read for the message only: the insert below decides.
	if bk, err := s.store.Booking(ctx, sl.ID); err == nil {
		return nil, errTaken(bk.PersonID == p.ID)
	}
	bk := &Booking{
		SlotID: sl.ID, Ref: random(12), PersonID: p.ID, BoothID: sl.BoothID, StaffID: sl.StaffID,
		Language: sl.Language, StartsAt: sl.StartsAt, EndsAt: sl.EndsAt, CreatedAt: now,
	}
	// The person's time first: of fifty people racing for one slot, each
	// holds their own time, one inserts the booking, and the others let
	// their time go.
	keys := MeetingTime.Keys(p.ID, sl.StartsAt, sl.EndsAt)
	if err := s.hold(ctx, keys, "booking:"+bk.Ref); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return nil, &apperr.Error{Code: apperr.Overlaps, Message: "you already have a booking or a slot at this time",
				Fields: map[string]string{"slot_id": "overlaps a booking or slot you hold"}}
		}
		return nil, err
	}
	if err := s.store.CreateBooking(ctx, bk); err != nil {
		_ = s.store.Release(context.WithoutCancel(ctx), keys...)
		if errors.Is(err, store.ErrDuplicate) {
			return nil, errTaken(false)
		}
		return nil, err
	}
	// The slot may have been withdrawn meanwhile: its withdrawal claims
	// first, then cancels the booking it finds, so a booking it did not
	// find sees the claim here and takes itself back.
	withdrawn, err := s.store.Claimed(ctx, withdrawnKey(sl.ID))
	if err != nil {
		return nil, err
	}
	if withdrawn {
		if err := s.cancel(context.WithoutCancel(ctx), bk); err != nil && !errors.Is(err, apperr.E(apperr.NotFound)) {
			return nil, err
		}
		return nil, errNoSlot()
	}
	v := s.bookingView(ctx, bk, p.ID, nil, nil)
	return &v, nil
}

func errTaken(yours bool) error {
	msg := "this slot is booked already"
	if yours {
		msg = "you have booked this slot already"
	}
	return &apperr.Error{Code: apperr.Taken, Message: msg, Fields: map[string]string{"slot_id": "is booked already"}}
}

// mayManage says whether p may see and cancel booking bk: its booker, the
// staff member who meets, staff of the booth's organisation, the
// secretariat.
func (s *Slots) mayManage(ctx context.Context, p *accounts.Person, bk *Booking) error {
	if p.ID == bk.PersonID || p.ID == bk.StaffID || p.Role == accounts.RoleSecretariat {
		return nil
	}
	if p.Role == accounts.RoleStaff {
		b, err := s.store.Booth(ctx, bk.BoothID)
		if err == nil && b.OrganisationID == p.OrganisationID {
			return nil
		}
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
	}
	// Whether someone else's booking exists is not theirs to learn.
	return errNoBooking()
}

func (s *Slots) booking(ctx context.Context, p *accounts.Person, id string) (*Booking, error) {
	bk, err := s.store.Booking(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errNoBooking()
	}
	if err != nil {
		return nil, err
	}
	if err := s.mayManage(ctx, p, bk); err != nil {
		return nil, err
	}
	return bk, nil
}

// Booking returns booking id as p sees it.
func (s *Slots) Booking(ctx context.Context, p *accounts.Person, id string) (*BookingView, error) {
	bk, err := s.booking(ctx, p, id)
	if err != nil {
		return nil, err
	}
	v := s.bookingView(ctx, bk, p.ID, nil, nil)
	return &v, nil
}

// Cancel cancels booking id, as p; the slot may then be booked again.
func (s *Slots) Cancel(ctx context.Context, p *accounts.Person, id string) error {
	bk, err := s.booking(ctx, p, id)
	if err != nil {
		return err
	}
	return s.cancel(ctx, bk)
}

// cancel removes bk and lets its booker's time go. It first claims the
// cancellation of this booking (its Ref), so that of two cancellations
// only one goes on: the other, finding the slot booked again by then,
// would otherwise remove the new booking, or release its booker's time.
func (s *Slots) cancel(ctx context.Context, bk *Booking) error {
	if err := s.store.Claim(ctx, cancelKey(bk.Ref), s.stamp()); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return errNoBooking()
		}
		return err
	}
	ctx = context.WithoutCancel(ctx)
	if err := s.store.DeleteBooking(ctx, bk.SlotID); err != nil && !errors.Is(err, store.ErrNotFound) {
		return err
	}
	return s.store.Release(ctx, MeetingTime.Keys(bk.PersonID, bk.StartsAt, bk.EndsAt)...)
}

// CancelBookingsOf cancels every booking person personID holds as booker
// that is not over, so that a deleted account keeps no slot from others.
// Slots they meet in as staff stay, for their organisation to withdraw.
func (s *Slots) CancelBookingsOf(ctx context.Context, personID string) error {
	list, err := s.store.BookingsOfPerson(ctx, personID)
	if err != nil {
		return err
	}
	now := s.now()
	for i := range list {
		bk := &list[i]
		if bk.PersonID != personID || !bk.EndsAt.After(now) {
			continue
		}
		if err := s.cancel(ctx, bk); err != nil && !errors.Is(err, apperr.E(apperr.NotFound)) {
			return err
		}
	}
	return nil
}

// BookingQuery pages a person's schedule.
type BookingQuery struct {
	Past          bool // include bookings that have ended
	Offset, Limit int
}

// Schedule lists the bookings p takes part in, as booker or as the staff
// member who meets, by start; with how many there are in all.
func (s *Slots) Schedule(ctx context.Context, p *accounts.Person, q BookingQuery) ([]BookingView, int, error) {
	all, err := s.store.BookingsOfPerson(ctx, p.ID)
	if err != nil {
		return nil, 0, err
	}
	now := s.now()
	list := all[:0]
	for _, bk := range all {
		if q.Past || bk.EndsAt.After(now) {
			list = append(list, bk)
		}
	}
	total := len(list)
	list = pageOf(list, q.Offset, q.Limit)
	return s.bookingViews(ctx, p.ID, list), total, nil
}

func (s *Slots) bookingViews(ctx context.Context, viewer string, list []Booking) []BookingView {
	cache, titles := accounts.Names{}, map[string]string{}
	out := make([]BookingView, len(list))
	for i := range list {
		out[i] = s.bookingView(ctx, &list[i], viewer, cache, titles)
	}
	return out
}

func (s *Slots) bookingView(ctx context.Context, bk *Booking, viewer string, cache accounts.Names, titles map[string]string) BookingView {
	title, ok := titles[bk.BoothID]
	if !ok {
		if b, err := s.store.Booth(ctx, bk.BoothID); err == nil {
			title = b.Title
		}
		if titles != nil {
			titles[bk.BoothID] = title
		}
	}
	side := SideStaff
	if viewer == bk.PersonID {
		side = SideBooker
	}
	return BookingView{
		ID: bk.SlotID, BoothID: bk.BoothID, BoothTitle: title,
		Staff: cache.Ref(ctx, s.store, bk.StaffID), Booker: cache.Ref(ctx, s.store, bk.PersonID),
		Language: bk.Language, StartsAt: bk.StartsAt, EndsAt: bk.EndsAt,
		Minutes: int(bk.EndsAt.Sub(bk.StartsAt).Minutes()), Side: side,
		Room: BookingRoom(bk.SlotID), CreatedAt: bk.CreatedAt, ref: bk.Ref,
	}
}

// RoomOpensBefore is how long before a booking's start its room lets the
// two in: time to check a camera and a microphone.
const RoomOpensBefore = 5 * time.Minute

const bookingRoomPrefix = "booking:"

// BookingRoom is the name of the live room of booking id.
func BookingRoom(bookingID string) string { return bookingRoomPrefix + bookingID }

// RoomKind is the kind of the bookings' live rooms: chat for the booker
// and the staff member who meets them, open while MayEnterBookingRoom
// says so. The call issue puts a call in it.
func (s *Slots) RoomKind() protocol.RoomKind {
	return protocol.RoomKind{
		Prefix: bookingRoomPrefix,
		Chat:   true,
		Join: func(ctx context.Context, who protocol.Identity, id string) error {
			bk, err := s.bookingRoom(ctx, who.ID, id, s.now())
			if err != nil {
				return err
			}
			// Its two meet: either of them in the room is the booking
			// kept (recorded once however often they come in).
			s.metAtBooking(ctx, bk)
			return nil
		},
	}
}

// MayEnterBookingRoom says whether person personID may be in the room of
// booking bookingID at now: only its booker and the staff member who
// meets, and only from RoomOpensBefore its start until its end. The live
// side asks it at every join; the room is private, so anyone else is
// told only that there is no such booking.
func (s *Slots) MayEnterBookingRoom(ctx context.Context, personID, bookingID string, now time.Time) error {
	_, err := s.bookingRoom(ctx, personID, bookingID, now)
	return err
}

// bookingRoom is MayEnterBookingRoom, with the booking when the answer is
// yes.
func (s *Slots) bookingRoom(ctx context.Context, personID, bookingID string, now time.Time) (*Booking, error) {
	bk, err := s.store.Booking(ctx, bookingID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errNoBooking()
	}
	if err != nil {
		return nil, err
	}
	if personID != bk.PersonID && personID != bk.StaffID {
		return nil, errNoBooking()
	}
	if now.Before(bk.StartsAt.Add(-RoomOpensBefore)) {
		return nil, apperr.New(apperr.Forbidden, "the meeting's room opens %d minutes before it starts, at %s",
			int(RoomOpensBefore.Minutes()), bk.StartsAt.Add(-RoomOpensBefore).Format(time.RFC3339))
	}
	if !now.Before(bk.EndsAt) {
		return nil, apperr.New(apperr.Gone, "the meeting is over")
	}
	return bk, nil
}
