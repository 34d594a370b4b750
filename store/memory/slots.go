package memory

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/booths"
)

var (
	bucketSlots         = []byte("slots")
	bucketBookings      = []byte("bookings")
	bucketHolds         = []byte("holds")
	bucketCalendarFeeds = []byte("calendar_feeds")
)

// addSlotTables adds the tables of slots, bookings, holds and calendar
// feeds; Open calls it.
func (s *Store) addSlotTables() {
	s.slots = addTable(s, bucketSlots, "slot", "slot ID",
		func(sl booths.Slot) string { return sl.ID })
	s.bookings = addTable(s, bucketBookings, "booking", "booked slot",
		func(b booths.Booking) string { return b.SlotID })
	s.holds = addTable(s, bucketHolds, "hold", "held time",
		func(h agenda.Hold) string { return h.Key })
	s.calendarFeeds = addTable(s, bucketCalendarFeeds, "calendar feed", "person's calendar feed",
		func(f booths.CalendarFeed) string { return f.PersonID })
}

func bySlotStart(a, b booths.Slot) int {
	return cmp.Or(a.StartsAt.Compare(b.StartsAt), strings.Compare(a.ID, b.ID))
}

func byBookingStart(a, b booths.Booking) int {
	return cmp.Or(a.StartsAt.Compare(b.StartsAt), strings.Compare(a.SlotID, b.SlotID))
}

// where returns copies of the records that match, in the order of cmp.
func where[T any](t *table[T], match func(T) bool, order func(a, b T) int) []T {
	out := []T{}
	for _, k := range t.keysWhere(match) {
		out = append(out, t.copy(t.rows[k]))
	}
	slices.SortFunc(out, order)
	return out
}

func (s *Store) CreateSlot(ctx context.Context, sl *booths.Slot) error {
	return s.update(ctx, "CreateSlot", func() error { return s.slots.insert(*sl) })
}

func (s *Store) Slot(ctx context.Context, id string) (*booths.Slot, error) {
	return view(ctx, s, "Slot", func() (*booths.Slot, error) { return s.slots.get(id) })
}

func (s *Store) SlotsOfBooth(ctx context.Context, boothID string) ([]booths.Slot, error) {
	return view(ctx, s, "SlotsOfBooth", func() ([]booths.Slot, error) {
		return where(s.slots, func(sl booths.Slot) bool { return sl.BoothID == boothID }, bySlotStart), nil
	})
}

func (s *Store) SlotsOfStaff(ctx context.Context, staffID string) ([]booths.Slot, error) {
	return view(ctx, s, "SlotsOfStaff", func() ([]booths.Slot, error) {
		return where(s.slots, func(sl booths.Slot) bool { return sl.StaffID == staffID }, bySlotStart), nil
	})
}

func (s *Store) DeleteSlot(ctx context.Context, id string) error {
	return s.update(ctx, "DeleteSlot", func() error { return s.slots.remove(id) })
}

func (s *Store) CreateBooking(ctx context.Context, b *booths.Booking) error {
	return s.update(ctx, "CreateBooking", func() error { return s.bookings.insert(*b) })
}

func (s *Store) Booking(ctx context.Context, slotID string) (*booths.Booking, error) {
	return view(ctx, s, "Booking", func() (*booths.Booking, error) { return s.bookings.get(slotID) })
}

func (s *Store) BookingsOfBooth(ctx context.Context, boothID string) ([]booths.Booking, error) {
	return view(ctx, s, "BookingsOfBooth", func() ([]booths.Booking, error) {
		return where(s.bookings, func(b booths.Booking) bool { return b.BoothID == boothID }, byBookingStart), nil
	})
}

func (s *Store) BookingsOfPerson(ctx context.Context, personID string) ([]booths.Booking, error) {
	return view(ctx, s, "BookingsOfPerson", func() ([]booths.Booking, error) {
		return where(s.bookings, func(b booths.Booking) bool {
			return b.PersonID == personID || b.StaffID == personID
		}, byBookingStart), nil
	})
}

func (s *Store) DeleteBooking(ctx context.Context, slotID string) error {
	return s.update(ctx, "DeleteBooking", func() error { return s.bookings.remove(slotID) })
}

func (s *Store) Hold(ctx context.Context, h *agenda.Hold) error {
	return s.update(ctx, "Hold", func() error { return s.holds.insert(*h) })
}

// Release deletes the keys held, in one transaction.
func (s *Store) Release(ctx context.Context, keys ...string) error {
	return s.update(ctx, "Release", func() error {
		held := keys[:0:0]
		for _, k := range keys {
			if s.holds.has(k) {
				held = append(held, k)
			}
		}
		return s.holds.drop(held...)
	})
}

func (s *Store) CreateCalendarFeed(ctx context.Context, f *booths.CalendarFeed) error {
	return s.update(ctx, "CreateCalendarFeed", func() error { return s.calendarFeeds.insert(*f) })
}

func (s *Store) CalendarFeed(ctx context.Context, personID string) (*booths.CalendarFeed, error) {
	return view(ctx, s, "CalendarFeed", func() (*booths.CalendarFeed, error) { return s.calendarFeeds.get(personID) })
}

func (s *Store) ReplaceCalendarFeed(ctx context.Context, f *booths.CalendarFeed) error {
	return s.update(ctx, "ReplaceCalendarFeed", func() error { return s.calendarFeeds.save(*f) })
}

// CreateSlotsHeld inserts slots and holds in one transaction, or nothing:
// ErrDuplicate if any key is taken (or given twice). Seeding uses it: the
// demo village's slots and their holds are thousands of records, and one
// bbolt commit each (each an fsync) took half a minute at the first
// start of `make run`.
func (s *Store) CreateSlotsHeld(ctx context.Context, slots []booths.Slot, holds []agenda.Hold) error {
	return s.update(ctx, "CreateSlotsHeld", func() error {
		seen := map[string]bool{}
		for _, sl := range slots {
			if s.slots.has(sl.ID) || seen["slot:"+sl.ID] {
				return duplicate(s.slots.whatKey)
			}
			seen["slot:"+sl.ID] = true
		}
		for _, h := range holds {
			if s.holds.has(h.Key) || seen["hold:"+h.Key] {
				return duplicate(s.holds.whatKey)
			}
			seen["hold:"+h.Key] = true
		}
		err := commit(s.db, func(tx *bolt.Tx) error {
			return errors.Join(s.slots.putTx(tx, slots...), s.holds.putTx(tx, holds...))
		})
		if err != nil {
			return err
		}
		for _, sl := range slots {
			s.slots.rows[sl.ID] = sl
		}
		for _, h := range holds {
			s.holds.rows[h.Key] = h
		}
		return nil
	})
}
