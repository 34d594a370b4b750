package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/store"
)

var slotTests = []test{
	{"Slots/CreateReadListDelete", testSlotRoundTrip},
	{"Slots/Bookings", testBookings},
	{"Slots/Holds", testHolds},
	{"Slots/CalendarFeeds", testCalendarFeeds},
	{"Slots/CreateSlotsHeld", testCreateSlotsHeld},
	{"Slots/Race/BookOneSlot", testBookRace},
	{"Slots/Race/OverlappingBookings", testOverlappingBookingsRace},
	{"Slots/Race/OverlappingSlots", testOverlappingSlotsRace},
}

// SlotDay is when fixture slots start: a day after Epoch, on the hour.
var SlotDay = Epoch.Add(24 * time.Hour)

// NewSlot is slot i of a booth, ID "slot-%04d", met by staffID, starting
// i*30 minutes after SlotDay and lasting 30 minutes.
func NewSlot(i int, boothID, staffID string) *booths.Slot {
	start := SlotDay.Add(time.Duration(i) * 30 * time.Minute)
	return &booths.Slot{
		ID: fmt.Sprintf("slot-%04d", i), BoothID: boothID, OrganisationID: "org-" + boothID[len("booth-"):],
		StaffID: staffID, Language: "fr-CA", StartsAt: start, EndsAt: start.Add(30 * time.Minute),
		CreatedBy: staffID, CreatedAt: At(i),
	}
}

// NewBooking books sl for personID.
func NewBooking(sl *booths.Slot, personID string, i int) *booths.Booking {
	return &booths.Booking{
		SlotID: sl.ID, Ref: fmt.Sprintf("ref-%04d", i), PersonID: personID, BoothID: sl.BoothID,
		StaffID: sl.StaffID, Language: sl.Language, StartsAt: sl.StartsAt, EndsAt: sl.EndsAt, CreatedAt: At(i),
	}
}

func testSlotRoundTrip(t *testing.T, s Store) {
	ctx := t.Context()
	a, b := NewBooth(1), NewBooth(2)
	// Created out of order, and one at another booth.
	for _, sl := range []*booths.Slot{NewSlot(3, a.ID, "staff-1"), NewSlot(1, a.ID, "staff-2"), NewSlot(2, b.ID, "staff-3")} {
		must(t, s.CreateSlot(ctx, sl), "CreateSlot")
	}
	wantErr(t, s.CreateSlot(ctx, NewSlot(1, b.ID, "staff-9")), store.ErrDuplicate, "CreateSlot with a taken ID")
	got, err := s.Slot(ctx, "slot-0001")
	must(t, err, "Slot")
	wantSame(t, got, NewSlot(1, a.ID, "staff-2"), "Slot")

	list, err := s.SlotsOfBooth(ctx, a.ID)
	must(t, err, "SlotsOfBooth")
	if got, want := ids(list, func(sl booths.Slot) string { return sl.ID }), []string{"slot-0001", "slot-0003"}; !slices.Equal(got, want) {
		t.Errorf("SlotsOfBooth = %v, want %v", got, want)
	}
	if list, err := s.SlotsOfBooth(ctx, "booth-none"); err != nil || len(list) != 0 {
		t.Errorf("SlotsOfBooth of a booth with none: %v, %v", list, err)
	}
	must(t, s.CreateSlot(ctx, NewSlot(0, b.ID, "staff-1")), "CreateSlot")
	for staff, want := range map[string][]string{"staff-1": {"slot-0000", "slot-0003"}, "staff-2": {"slot-0001"}, "staff-9": {}} {
		list, err := s.SlotsOfStaff(ctx, staff)
		must(t, err, "SlotsOfStaff")
		if got := ids(list, func(sl booths.Slot) string { return sl.ID }); !slices.Equal(got, want) {
			t.Errorf("SlotsOfStaff(%s) = %v, want %v", staff, got, want)
		}
	}

	must(t, s.DeleteSlot(ctx, "slot-0001"), "DeleteSlot")
	_, err = s.Slot(ctx, "slot-0001")
	wantErr(t, err, store.ErrNotFound, "Slot after delete")
	wantErr(t, s.DeleteSlot(ctx, "slot-0001"), store.ErrNotFound, "DeleteSlot twice")
	list, err = s.SlotsOfBooth(ctx, a.ID)
	must(t, err, "SlotsOfBooth")
	if len(list) != 1 {
		t.Errorf("SlotsOfBooth after delete: %d, want 1", len(list))
	}
}

func testBookings(t *testing.T, s Store) {
	ctx := t.Context()
	a, b := NewBooth(1), NewBooth(2)
	s1, s2, s3 := NewSlot(2, a.ID, "staff-1"), NewSlot(1, a.ID, "staff-2"), NewSlot(3, b.ID, "staff-1")
	bk1, bk2, bk3 := NewBooking(s1, "person-1", 1), NewBooking(s2, "person-1", 2), NewBooking(s3, "person-2", 3)
	for _, bk := range []*booths.Booking{bk1, bk2, bk3} {
		must(t, s.CreateBooking(ctx, bk), "CreateBooking")
	}
	wantErr(t, s.CreateBooking(ctx, NewBooking(s1, "person-3", 4)), store.ErrDuplicate, "CreateBooking of a booked slot")
	got, err := s.Booking(ctx, s1.ID)
	must(t, err, "Booking")
	wantSame(t, got, bk1, "Booking after a refused second booking")

	slotIDs := func(list []booths.Booking) []string {
		return ids(list, func(b booths.Booking) string { return b.SlotID })
	}
	cases := []struct {
		what string
		list func() ([]booths.Booking, error)
		want []string
	}{
		{"BookingsOfBooth", func() ([]booths.Booking, error) { return s.BookingsOfBooth(ctx, a.ID) }, []string{s2.ID, s1.ID}},
		{"BookingsOfPerson as booker", func() ([]booths.Booking, error) { return s.BookingsOfPerson(ctx, "person-1") }, []string{s2.ID, s1.ID}},
		{"BookingsOfPerson as staff", func() ([]booths.Booking, error) { return s.BookingsOfPerson(ctx, "staff-1") }, []string{s1.ID, s3.ID}},
		{"BookingsOfPerson of nobody", func() ([]booths.Booking, error) { return s.BookingsOfPerson(ctx, "person-9") }, []string{}},
	}
	for _, c := range cases {
		list, err := c.list()
		must(t, err, c.what)
		if got := slotIDs(list); !slices.Equal(got, c.want) {
			t.Errorf("%s = %v, want %v", c.what, got, c.want)
		}
	}

	must(t, s.DeleteBooking(ctx, s1.ID), "DeleteBooking")
	_, err = s.Booking(ctx, s1.ID)
	wantErr(t, err, store.ErrNotFound, "Booking after delete")
	wantErr(t, s.DeleteBooking(ctx, s1.ID), store.ErrNotFound, "DeleteBooking twice")
	// The slot may be booked again.
	again := NewBooking(s1, "person-3", 5)
	must(t, s.CreateBooking(ctx, again), "CreateBooking after a cancellation")
	got, err = s.Booking(ctx, s1.ID)
	must(t, err, "Booking")
	wantSame(t, got, again, "Booking made again")
}

func testHolds(t *testing.T, s Store) {
	ctx := t.Context()
	h := &agenda.Hold{Key: "time:person-1:100", Owner: "slot-1", At: At(1)}
	must(t, s.Hold(ctx, h), "Hold")
	wantErr(t, s.Hold(ctx, &agenda.Hold{Key: h.Key, Owner: "slot-2", At: At(2)}), store.ErrDuplicate, "Hold of a held key")
	must(t, s.Hold(ctx, &agenda.Hold{Key: "time:person-1:400", Owner: "slot-1", At: At(1)}), "Hold")
	must(t, s.Release(ctx), "Release of nothing")
	must(t, s.Release(ctx, h.Key, "time:person-1:400", "time:never-held:1"), "Release with a key never held")
	must(t, s.Hold(ctx, &agenda.Hold{Key: h.Key, Owner: "slot-2", At: At(2)}), "Hold after release")
	must(t, s.Hold(ctx, &agenda.Hold{Key: "time:person-1:400", Owner: "slot-2", At: At(2)}), "Hold after release")
}

func testCalendarFeeds(t *testing.T, s Store) {
	ctx := t.Context()
	_, err := s.CalendarFeed(ctx, "person-1")
	wantErr(t, err, store.ErrNotFound, "CalendarFeed of nobody")
	f := &booths.CalendarFeed{PersonID: "person-1", Nonce: "n1", CreatedAt: At(1)}
	must(t, s.CreateCalendarFeed(ctx, f), "CreateCalendarFeed")
	wantErr(t, s.CreateCalendarFeed(ctx, &booths.CalendarFeed{PersonID: "person-1", Nonce: "n2", CreatedAt: At(2)}),
		store.ErrDuplicate, "CreateCalendarFeed twice")
	got, err := s.CalendarFeed(ctx, "person-1")
	must(t, err, "CalendarFeed")
	wantSame(t, got, f, "CalendarFeed")

	rotated := &booths.CalendarFeed{PersonID: "person-1", Nonce: "n3", CreatedAt: At(3)}
	must(t, s.ReplaceCalendarFeed(ctx, rotated), "ReplaceCalendarFeed")
	got, err = s.CalendarFeed(ctx, "person-1")
	must(t, err, "CalendarFeed")
	wantSame(t, got, rotated, "CalendarFeed after rotation")
	fresh := &booths.CalendarFeed{PersonID: "person-2", Nonce: "n4", CreatedAt: At(4)}
	must(t, s.ReplaceCalendarFeed(ctx, fresh), "ReplaceCalendarFeed of a person without one")
	got, err = s.CalendarFeed(ctx, "person-2")
	must(t, err, "CalendarFeed")
	wantSame(t, got, fresh, "CalendarFeed made by ReplaceCalendarFeed")
}

// The races below go through booths.Slots, the rules, on the store: the
// invariants are the rules' use of unique keys, so that is what must hold
// on every backend.

// slotWorld is a booth of organisation org-0001 with one staff member
// (person-0001) and Racers participants, and slot rules at Epoch.
func slotWorld(t *testing.T, s Store) (*booths.Slots, *accounts.Person, []*accounts.Person) {
	t.Helper()
	ctx := t.Context()
	must(t, s.CreateBooth(ctx, NewBooth(1)), "CreateBooth")
	staff := NewPerson(1)
	staff.Role, staff.OrganisationID = accounts.RoleStaff, "org-0001"
	must(t, s.CreatePerson(ctx, staff), "CreatePerson")
	people := make([]*accounts.Person, Racers)
	for i := range people {
		people[i] = NewPerson(100 + i)
		must(t, s.CreatePerson(ctx, people[i]), "CreatePerson")
	}
	return booths.NewSlots(s, func() time.Time { return Epoch }, []byte("0123456789abcdef0123456789abcdef")), staff, people
}

// together runs attempt Racers times at once and returns each one's error.
func together(attempt func(ctx context.Context, i int) error) []error {
	ctx := context.Background()
	start := make(chan struct{})
	errs := make([]error, Racers)
	var wg sync.WaitGroup
	for i := range Racers {
		wg.Go(func() {
			<-start
			errs[i] = attempt(ctx, i)
		})
	}
	close(start)
	wg.Wait()
	return errs
}

// oneWinner checks that exactly one attempt succeeded and every other
// failed with code, and returns the winner.
func oneWinner(t *testing.T, errs []error, code apperr.Code) int {
	t.Helper()
	winner, wins := -1, 0
	for i, err := range errs {
		switch {
		case err == nil:
			winner, wins = i, wins+1
		case !errors.Is(err, apperr.E(code)):
			t.Errorf("attempt %d: %v, want code %s", i, err, code)
		}
	}
	if wins != 1 {
		t.Fatalf("%d of %d racing attempts succeeded, want exactly 1", wins, Racers)
	}
	return winner
}

func ptr[T any](v T) *T { return &v }

// testBookRace: Racers people book one slot at the same instant; one gets
// it, and the others' time is free again.
func testBookRace(t *testing.T, s Store) {
	slots, staff, people := slotWorld(t, s)
	sl := NewSlot(1, "booth-0001", staff.ID)
	must(t, s.CreateSlot(t.Context(), sl), "CreateSlot")
	errs := together(func(ctx context.Context, i int) error {
		_, err := slots.Book(ctx, people[i], booths.BookInput{SlotID: &sl.ID})
		return err
	})
	winner := oneWinner(t, errs, apperr.Taken)
	bk, err := s.Booking(t.Context(), sl.ID)
	must(t, err, "Booking")
	if bk.PersonID != people[winner].ID {
		t.Errorf("slot booked by %s, the winner was %s", bk.PersonID, people[winner].ID)
	}
	// A loser's time was let go: they book another slot at that time.
	other := NewSlot(1, "booth-0001", "someone-else")
	other.ID = "slot-same-time"
	must(t, s.CreateSlot(t.Context(), other), "CreateSlot")
	loser := people[(winner+1)%Racers]
	if _, err := slots.Book(t.Context(), loser, booths.BookInput{SlotID: &other.ID}); err != nil {
		t.Errorf("a loser books another slot at the same time: %v", err)
	}
}

// testOverlappingBookingsRace: one person books Racers slots that all
// overlap each other, at once; exactly one is theirs.
func testOverlappingBookingsRace(t *testing.T, s Store) {
	slots, staff, people := slotWorld(t, s)
	p := people[0]
	ctx := t.Context()
	ids := make([]string, Racers)
	for i := range ids {
		// Starts 0 to 25 minutes apart, 30 minutes long: each pair
		// overlaps, sharing some steps and not others.
		sl := NewSlot(0, "booth-0001", staff.ID)
		sl.ID = fmt.Sprintf("slot-%04d", i)
		sl.StartsAt = SlotDay.Add(time.Duration(i%6) * agenda.Step)
		sl.EndsAt = sl.StartsAt.Add(30 * time.Minute)
		must(t, s.CreateSlot(ctx, sl), "CreateSlot")
		ids[i] = sl.ID
	}
	errs := together(func(ctx context.Context, i int) error {
		_, err := slots.Book(ctx, p, booths.BookInput{SlotID: &ids[i]})
		return err
	})
	winner := oneWinner(t, errs, apperr.Overlaps)
	list, err := s.BookingsOfPerson(ctx, p.ID)
	must(t, err, "BookingsOfPerson")
	if len(list) != 1 || list[0].SlotID != ids[winner] {
		t.Errorf("the person holds %v, want only %s", list, ids[winner])
	}
}

// testOverlappingSlotsRace: Racers overlapping slots for one staff member
// are published at once; one is.
func testOverlappingSlotsRace(t *testing.T, s Store) {
	slots, staff, _ := slotWorld(t, s)
	errs := together(func(ctx context.Context, i int) error {
		start := SlotDay.Add(time.Duration(i%6) * agenda.Step).Format(time.RFC3339)
		_, err := slots.Publish(ctx, staff, "booth-0001", booths.SlotInput{
			StartsAt: &start, Minutes: ptr(30), Language: ptr("en"),
		})
		return err
	})
	oneWinner(t, errs, apperr.Overlaps)
	list, err := s.SlotsOfBooth(t.Context(), "booth-0001")
	must(t, err, "SlotsOfBooth")
	if len(list) != 1 {
		t.Errorf("%d slots published, want 1", len(list))
	}
}

// slotBatcher is what seeding asks of a store that can write many slots
// at once (seed.batchSlots); both backends are.
type slotBatcher interface {
	CreateSlotsHeld(ctx context.Context, slots []booths.Slot, holds []agenda.Hold) error
}

// testCreateSlotsHeld: all or nothing.
func testCreateSlotsHeld(t *testing.T, s Store) {
	b, ok := s.(slotBatcher)
	if !ok {
		t.Fatalf("%T has no CreateSlotsHeld", s)
	}
	ctx := t.Context()
	slot := func(id string) booths.Slot { sl := NewSlot(1, "booth-0001", "staff-1"); sl.ID = id; return *sl }
	hold := func(k string) agenda.Hold { return agenda.Hold{Key: k, Owner: "seed", At: At(1)} }
	must(t, b.CreateSlotsHeld(ctx, []booths.Slot{slot("a"), slot("b")}, []agenda.Hold{hold("k1"), hold("k2")}), "CreateSlotsHeld")
	list, err := s.SlotsOfBooth(ctx, "booth-0001")
	must(t, err, "SlotsOfBooth")
	if len(list) != 2 {
		t.Fatalf("%d slots written, want 2", len(list))
	}
	wantErr(t, s.Hold(ctx, &agenda.Hold{Key: "k2", Owner: "x", At: At(2)}), store.ErrDuplicate, "Hold of a key written by CreateSlotsHeld")
	refused := []struct {
		name  string
		slots []booths.Slot
		holds []agenda.Hold
	}{
		{"a held key", []booths.Slot{slot("c")}, []agenda.Hold{hold("k3"), hold("k1"), hold("k4")}},
		{"a taken slot ID", []booths.Slot{slot("c"), slot("a")}, []agenda.Hold{hold("k3"), hold("k4")}},
		{"a key twice", []booths.Slot{slot("c")}, []agenda.Hold{hold("k3"), hold("k4"), hold("k3")}},
	}
	for _, tc := range refused {
		wantErr(t, b.CreateSlotsHeld(ctx, tc.slots, tc.holds), store.ErrDuplicate, tc.name)
		_, err := s.Slot(ctx, "c")
		wantErr(t, err, store.ErrNotFound, tc.name+": slot c")
		for _, k := range []string{"k3", "k4"} {
			must(t, s.Hold(ctx, &agenda.Hold{Key: k, Owner: "x", At: At(2)}), tc.name+": "+k+" is free")
		}
		must(t, s.Release(ctx, "k3", "k4"), "Release")
	}
	wantErr(t, s.Hold(ctx, &agenda.Hold{Key: "k1", Owner: "x", At: At(2)}), store.ErrDuplicate, "k1 after refused batches")
}

// slotDurability is RunDurability's part for slots, bookings, holds and
// calendar feeds: what was acknowledged is there after a reopen, and so
// are the keys that hold the invariants.
func slotDurability(t *testing.T, open func(t *testing.T) Store) {
	t.Helper()
	ctx := t.Context()
	s := open(t)
	kept, withdrawn, batched := NewSlot(11, "booth-0011", "staff-1"), NewSlot(12, "booth-0011", "staff-1"), NewSlot(13, "booth-0011", "staff-2")
	must(t, s.CreateSlot(ctx, kept), "CreateSlot")
	must(t, s.CreateSlot(ctx, withdrawn), "CreateSlot")
	must(t, s.DeleteSlot(ctx, withdrawn.ID), "DeleteSlot")
	bk, cancelled := NewBooking(kept, "person-1", 11), NewBooking(withdrawn, "person-2", 12)
	must(t, s.CreateBooking(ctx, bk), "CreateBooking")
	must(t, s.CreateBooking(ctx, cancelled), "CreateBooking")
	must(t, s.DeleteBooking(ctx, cancelled.SlotID), "DeleteBooking")
	must(t, s.Hold(ctx, &agenda.Hold{Key: "time:durable:1", Owner: kept.ID, At: At(1)}), "Hold")
	must(t, s.Hold(ctx, &agenda.Hold{Key: "time:durable:2", Owner: kept.ID, At: At(1)}), "Hold")
	must(t, s.Release(ctx, "time:durable:2"), "Release")
	must(t, s.CreateCalendarFeed(ctx, &booths.CalendarFeed{PersonID: "person-1", Nonce: "old", CreatedAt: At(1)}), "CreateCalendarFeed")
	rotated := &booths.CalendarFeed{PersonID: "person-1", Nonce: "new", CreatedAt: At(2)}
	must(t, s.ReplaceCalendarFeed(ctx, rotated), "ReplaceCalendarFeed")
	if b, ok := s.(slotBatcher); ok {
		must(t, b.CreateSlotsHeld(ctx, []booths.Slot{*batched}, []agenda.Hold{{Key: "time:durable:3", Owner: batched.ID, At: At(3)}}), "CreateSlotsHeld")
	}
	must(t, s.Close(), "Close")

	s = open(t)
	defer func() { must(t, s.Close(), "Close after reopen") }()
	got, err := s.Slot(ctx, kept.ID)
	must(t, err, "Slot after reopen")
	wantSame(t, got, kept, "slot after reopen")
	_, err = s.Slot(ctx, withdrawn.ID)
	wantErr(t, err, store.ErrNotFound, "withdrawn slot after reopen")
	gotBk, err := s.Booking(ctx, kept.ID)
	must(t, err, "Booking after reopen")
	wantSame(t, gotBk, bk, "booking after reopen")
	wantErr(t, s.CreateBooking(ctx, NewBooking(kept, "person-3", 13)), store.ErrDuplicate, "booking a booked slot after reopen")
	must(t, s.CreateBooking(ctx, NewBooking(withdrawn, "person-3", 14)), "booking a cancelled booking's slot after reopen")
	wantErr(t, s.Hold(ctx, &agenda.Hold{Key: "time:durable:1", Owner: "x", At: At(4)}), store.ErrDuplicate, "Hold of a held key after reopen")
	must(t, s.Hold(ctx, &agenda.Hold{Key: "time:durable:2", Owner: "x", At: At(4)}), "Hold of a released key after reopen")
	feed, err := s.CalendarFeed(ctx, "person-1")
	must(t, err, "CalendarFeed after reopen")
	wantSame(t, feed, rotated, "calendar feed after reopen")
	if _, ok := s.(slotBatcher); ok {
		got, err := s.Slot(ctx, batched.ID)
		must(t, err, "batched slot after reopen")
		wantSame(t, got, batched, "batched slot after reopen")
		wantErr(t, s.Hold(ctx, &agenda.Hold{Key: "time:durable:3", Owner: "x", At: At(4)}), store.ErrDuplicate, "batched hold after reopen")
	}
}
