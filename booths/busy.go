package booths

import (
	"context"
	"time"

	"github.com/igf-village/village/agenda"
)

// What a person's time at booths is taken by, as agenda.Interval.What.
const (
	BusyBooking = "booking"    // a slot they booked, or meet in as staff
	BusySlot    = "booth_slot" // a slot they offer as staff, not booked yet
)

var _ agenda.Busy = (*Slots)(nil)

// Busy lists personID's times at booths that overlap [from, to): the
// slots they booked, and every slot they meet in as staff, booked or not:
// a published slot is a promise of that time to whoever books it, so it
// is not free for anything else.
func (s *Slots) Busy(ctx context.Context, personID string, from, to time.Time) ([]agenda.Interval, error) {
	bookings, err := s.store.BookingsOfPerson(ctx, personID)
	if err != nil {
		return nil, err
	}
	offered, err := s.store.SlotsOfStaff(ctx, personID)
	if err != nil {
		return nil, err
	}
	var out []agenda.Interval
	booked := make(map[string]bool, len(bookings))
	for _, b := range bookings {
		booked[b.SlotID] = true
		if b.StartsAt.Before(to) && from.Before(b.EndsAt) {
			out = append(out, agenda.Interval{Start: b.StartsAt, End: b.EndsAt, What: BusyBooking})
		}
	}
	for _, sl := range offered {
		if !booked[sl.ID] && sl.StartsAt.Before(to) && from.Before(sl.EndsAt) {
			out = append(out, agenda.Interval{Start: sl.StartsAt, End: sl.EndsAt, What: BusySlot})
		}
	}
	return out, nil
}
