package booths

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"strings"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// 1:1 slots at booths. Staff publish slots (a start, a length, the staff
// member who meets, the language); a signed-in person books one; the
// booker, the booth's staff or the Secretariat cancel it, and the slot can
// be booked again. Every invariant is the insert of a unique key:
//
//   - a slot is booked once: a booking's ID is its slot's;
//   - a person holds no two overlapping times: each slot a staff member
//     meets in, and each booking a person holds, claims the person's
//     MeetingTime holds of the time it covers (see package agenda); a
//     claim that fails undoes those made before it. Staff members' slots
//     and their own bookings at other booths share these holds: a person
//     cannot be in two meetings at once;
//   - a booking is cancelled once (cancelKey), and a slot withdrawn once
//     (withdrawnKey), so that a late second cancellation never removes the
//     booking the slot was given to next.

// Bounds of a slot's length: a multiple of agenda.Step. Its start is on
// the agenda's grid, within agenda.MaxAhead.
const (
	MinSlotMinutes = 10
	MaxSlotMinutes = 120
)

// MeetingTime is the kind of hold that keeps a person's 1:1 meetings
// apart, as booker or as the staff member who meets: agenda's, which
// participants' meetings claim too.
const MeetingTime = agenda.MeetingTime

// Slot is a time a staff member offers at a booth, to one person.
type Slot struct {
	ID             string    `json:"id" bson:"_id"`
	BoothID        string    `json:"booth_id" bson:"booth_id"`
	OrganisationID string    `json:"organisation_id" bson:"organisation_id"`
	StaffID        string    `json:"staff_id" bson:"staff_id"`
	Language       string    `json:"language" bson:"language"` // BCP 47, canonical
	StartsAt       time.Time `json:"starts_at" bson:"starts_at"`
	EndsAt         time.Time `json:"ends_at" bson:"ends_at"`
	CreatedBy      string    `json:"created_by" bson:"created_by"`
	CreatedAt      time.Time `json:"created_at" bson:"created_at"`
}

// Booking gives a slot to one person. Its ID is the slot's: inserting it
// is what claims the slot. It repeats what the slot says of the meeting
// (the slot never changes) so that a person's schedule is one query. Ref
// is new at every booking of the slot: the slot's ID is not enough to name
// one of its bookings once it has been cancelled and booked again.
type Booking struct {
	SlotID    string    `json:"slot_id" bson:"_id"`
	Ref       string    `json:"ref" bson:"ref"`
	PersonID  string    `json:"person_id" bson:"person_id"`
	BoothID   string    `json:"booth_id" bson:"booth_id"`
	StaffID   string    `json:"staff_id" bson:"staff_id"`
	Language  string    `json:"language" bson:"language"`
	StartsAt  time.Time `json:"starts_at" bson:"starts_at"`
	EndsAt    time.Time `json:"ends_at" bson:"ends_at"`
	CreatedAt time.Time `json:"created_at" bson:"created_at"`
}

// SlotStore is what slots need from storage. Errors wrap store.ErrNotFound
// and store.ErrDuplicate.
type SlotStore interface {
	Booth(ctx context.Context, id string) (*Booth, error)
	Person(ctx context.Context, id string) (*accounts.Person, error)
	store.Claims

	// CreateSlot inserts s: ErrDuplicate if its ID is taken.
	CreateSlot(ctx context.Context, s *Slot) error
	Slot(ctx context.Context, id string) (*Slot, error)
	// SlotsOfBooth lists a booth's slots by start, then ID.
	SlotsOfBooth(ctx context.Context, boothID string) ([]Slot, error)
	// SlotsOfStaff lists the slots a staff member meets in, booked or
	// not, by start, then ID.
	SlotsOfStaff(ctx context.Context, staffID string) ([]Slot, error)
	DeleteSlot(ctx context.Context, id string) error

	// CreateBooking inserts b: ErrDuplicate if its slot is booked.
	CreateBooking(ctx context.Context, b *Booking) error
	Booking(ctx context.Context, slotID string) (*Booking, error)
	// BookingsOfBooth lists a booth's bookings by start, then slot ID.
	BookingsOfBooth(ctx context.Context, boothID string) ([]Booking, error)
	// BookingsOfPerson lists the bookings a person holds or meets in as
	// the slot's staff member, by start, then slot ID.
	BookingsOfPerson(ctx context.Context, personID string) ([]Booking, error)
	DeleteBooking(ctx context.Context, slotID string) error

	// The MeetingTime holds, each taken by a slot the person meets in
	// or a booking they hold.
	agenda.HoldStore

	CalendarStore
}

// Slots applies the rules of slots and bookings.
type Slots struct {
	store    SlotStore
	now      func() time.Time
	feedKey  []byte   // see feedSecret
	contacts Contacts // nil: who met whom is not recorded
	blocks   Blocks   // nil: nobody is blocked
}

// NewSlots returns the rules over st. now may be nil for time.Now;
// feedKey signs calendar feed addresses (at least 32 random bytes, kept
// by the server: it is what makes an address unguessable).
func NewSlots(st SlotStore, now func() time.Time, feedKey []byte, opts ...SlotOption) *Slots {
	if now == nil {
		now = time.Now
	}
	s := &Slots{store: st, now: now, feedKey: feedKey}
	for _, o := range opts {
		o(s)
	}
	return s
}

// SlotInput is what staff send to publish a slot.
type SlotInput struct {
	// StartsAt is RFC 3339; any offset is taken, and stored as UTC.
	StartsAt *string `json:"starts_at"`
	Minutes  *int    `json:"minutes"`
	// StaffID is the staff member who meets; staff may leave it out to
	// mean themselves.
	StaffID  *string `json:"staff_id"`
	Language *string `json:"language"`
}

func newSlotID() string { return "slot-" + random(12) }

func random(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func cancelKey(ref string) string       { return "booking-cancelled:" + ref }
func withdrawnKey(slotID string) string { return "slot-withdrawn:" + slotID }

// hold claims every key for owner, or none (agenda.HoldAll).
func (s *Slots) hold(ctx context.Context, keys []string, owner string) error {
	return agenda.HoldAll(ctx, s.store, keys, owner, s.stamp())
}

func (s *Slots) stamp() time.Time { return s.now().UTC().Truncate(time.Millisecond) }

func errNoSlot() error { return apperr.New(apperr.NotFound, "no such slot") }

func (s *Slots) booth(ctx context.Context, id string) (*Booth, error) {
	b, err := s.store.Booth(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errNoBooth()
	}
	return b, err
}

func (s *Slots) slot(ctx context.Context, id string) (*Slot, error) {
	sl, err := s.store.Slot(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errNoSlot()
	}
	return sl, err
}

// MayEditSlots says whether p may publish and withdraw booth id's slots
// (the rule of MayEditBooth), asked before the request's body is read.
func (s *Slots) MayEditSlots(ctx context.Context, p *accounts.Person, boothID string) error {
	b, err := s.booth(ctx, boothID)
	if err != nil {
		return err
	}
	return mayEdit(p, b)
}

// Publish adds a slot to booth boothID, as p.
func (s *Slots) Publish(ctx context.Context, p *accounts.Person, boothID string, in SlotInput) (*SlotView, error) {
	b, err := s.booth(ctx, boothID)
	if err != nil {
		return nil, err
	}
	if err := mayEdit(p, b); err != nil {
		return nil, err
	}
	now := s.stamp()
	sl := &Slot{ID: newSlotID(), BoothID: b.ID, OrganisationID: b.OrganisationID, CreatedBy: p.ID, CreatedAt: now}
	var f apperr.Fields
	sl.StartsAt, _ = agenda.CheckStart(&f, in.StartsAt, now)
	if minutes, ok := agenda.CheckMinutes(&f, in.Minutes, MinSlotMinutes, MaxSlotMinutes); ok {
		sl.EndsAt = sl.StartsAt.Add(time.Duration(minutes) * time.Minute)
	}
	sl.Language = accounts.CheckLanguage(in.Language, &f)
	staffID := p.ID
	if in.StaffID != nil {
		staffID = strings.TrimSpace(*in.StaffID)
	}
	if p.Role == accounts.RoleSecretariat && in.StaffID == nil {
		f.Add("staff_id", "the secretariat names the staff member who meets")
	} else if err := s.checkStaff(ctx, staffID, b, &f); err != nil {
		return nil, err
	}
	sl.StaffID = staffID
	if err := f.Err(); err != nil {
		return nil, err
	}
	if err := s.hold(ctx, MeetingTime.Keys(sl.StaffID, sl.StartsAt, sl.EndsAt), sl.ID); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return nil, &apperr.Error{Code: apperr.Overlaps,
				Message: "the staff member already has a slot or a booking at this time",
				Fields:  map[string]string{"starts_at": "overlaps another slot or booking of this staff member"}}
		}
		return nil, err
	}
	if err := s.store.CreateSlot(ctx, sl); err != nil {
		_ = s.store.Release(context.WithoutCancel(ctx), MeetingTime.Keys(sl.StaffID, sl.StartsAt, sl.EndsAt)...)
		return nil, err
	}
	v := s.slotView(ctx, sl, nil, false)
	return &v, nil
}

// checkStaff: the staff member who meets must be staff of the booth's
// organisation.
func (s *Slots) checkStaff(ctx context.Context, id string, b *Booth, f *apperr.Fields) error {
	p, err := s.store.Person(ctx, id)
	switch {
	case errors.Is(err, store.ErrNotFound) || id == "":
		f.Add("staff_id", "must name a staff member of the booth's organisation")
	case err != nil:
		return err
	case p.Role != accounts.RoleStaff || p.OrganisationID != b.OrganisationID:
		f.Add("staff_id", "must name a staff member of the booth's organisation")
	}
	return nil
}

// Withdraw removes a slot, as p (staff of its booth's organisation, or the
// secretariat). A booking of it is cancelled first: the booker finds it
// gone from their schedule and their calendar feed.
func (s *Slots) Withdraw(ctx context.Context, p *accounts.Person, slotID string) error {
	sl, err := s.slot(ctx, slotID)
	if err != nil {
		return err
	}
	b, err := s.booth(ctx, sl.BoothID)
	if err != nil && !errors.Is(err, apperr.E(apperr.NotFound)) {
		return err
	}
	if b == nil { // the booth was removed: the Secretariat tidies up
		b = &Booth{ID: sl.BoothID, OrganisationID: sl.OrganisationID}
	}
	if err := mayEdit(p, b); err != nil {
		return err
	}
	// The claim goes first: a booking made from now on sees it and undoes
	// itself (Book); one made before is found below and cancelled.
	if err := s.store.Claim(ctx, withdrawnKey(sl.ID), s.stamp()); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return errNoSlot()
		}
		return err
	}
	ctx = context.WithoutCancel(ctx) // finish what the claim began
	bk, err := s.store.Booking(ctx, sl.ID)
	switch {
	case err == nil:
		if err := s.cancel(ctx, bk); err != nil && !errors.Is(err, apperr.E(apperr.NotFound)) {
			return err
		}
	case !errors.Is(err, store.ErrNotFound):
		return err
	}
	if err := s.store.DeleteSlot(ctx, sl.ID); err != nil && !errors.Is(err, store.ErrNotFound) {
		return err
	}
	return s.store.Release(ctx, MeetingTime.Keys(sl.StaffID, sl.StartsAt, sl.EndsAt)...)
}

// SlotView is a slot as lists show it.
type SlotView struct {
	ID        string              `json:"id"`
	BoothID   string              `json:"booth_id"`
	Staff     accounts.PersonRef  `json:"staff"`
	Language  string              `json:"language"`
	StartsAt  time.Time           `json:"starts_at"`
	EndsAt    time.Time           `json:"ends_at"`
	Minutes   int                 `json:"minutes"`
	Booked    bool                `json:"booked"`
	BookedBy  *accounts.PersonRef `json:"booked_by,omitempty"`
	CreatedAt time.Time           `json:"created_at"`
}

// slotView shows sl; the booker is named only when showBooker (booth staff
// and the secretariat, or the booker themself).
func (s *Slots) slotView(ctx context.Context, sl *Slot, bk *Booking, showBooker bool) SlotView {
	return s.slotViewNamed(ctx, sl, bk, showBooker, nil)
}

func (s *Slots) slotViewNamed(ctx context.Context, sl *Slot, bk *Booking, showBooker bool, cache accounts.Names) SlotView {
	v := SlotView{
		ID: sl.ID, BoothID: sl.BoothID, Staff: cache.Ref(ctx, s.store, sl.StaffID), Language: sl.Language,
		StartsAt: sl.StartsAt, EndsAt: sl.EndsAt, Minutes: int(sl.EndsAt.Sub(sl.StartsAt).Minutes()),
		Booked: bk != nil, CreatedAt: sl.CreatedAt,
	}
	if bk != nil && showBooker {
		r := cache.Ref(ctx, s.store, bk.PersonID)
		v.BookedBy = &r
	}
	return v
}

// SlotQuery pages a booth's slots.
type SlotQuery struct {
	// Past includes slots that have ended; by default a list starts with
	// those not over yet.
	Past          bool
	Offset, Limit int
}

// BoothSlots lists booth boothID's slots by start, open or closed (a
// closed booth's visitors are pointed to its slots), with how many there
// are in all. p sees who booked each only if they may edit the booth's
// slots; otherwise only whether it is booked, and by them.
func (s *Slots) BoothSlots(ctx context.Context, p *accounts.Person, boothID string, q SlotQuery) ([]SlotView, int, error) {
	b, err := s.booth(ctx, boothID)
	if err != nil {
		return nil, 0, err
	}
	staffView := mayEdit(p, b) == nil
	all, err := s.store.SlotsOfBooth(ctx, b.ID)
	if err != nil {
		return nil, 0, err
	}
	bookings, err := s.store.BookingsOfBooth(ctx, b.ID)
	if err != nil {
		return nil, 0, err
	}
	booked := make(map[string]*Booking, len(bookings))
	for i := range bookings {
		booked[bookings[i].SlotID] = &bookings[i]
	}
	now := s.now()
	list := all[:0]
	for _, sl := range all {
		if q.Past || sl.EndsAt.After(now) {
			list = append(list, sl)
		}
	}
	total := len(list)
	list = pageOf(list, q.Offset, q.Limit)
	cache := accounts.Names{}
	out := make([]SlotView, len(list))
	for i := range list {
		bk := booked[list[i].ID]
		out[i] = s.slotViewNamed(ctx, &list[i], bk, staffView || (bk != nil && bk.PersonID == p.ID), cache)
	}
	return out, total, nil
}

func pageOf[T any](list []T, offset, limit int) []T {
	list = list[min(max(offset, 0), len(list)):]
	if limit > 0 && limit < len(list) {
		list = list[:limit]
	}
	return list
}
