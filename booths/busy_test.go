package booths_test

import (
	"testing"
	"time"

	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/booths"
)

// TestSlotsBusy: a booker is busy for the slot they booked; a staff
// member for every slot they meet in, booked or only offered, once each;
// nothing outside the window asked about, nothing of anyone else.
func TestSlotsBusy(t *testing.T) {
	f := newSlotFixture(t)
	ctx := t.Context()
	slot := agenda.Interval{Start: f.slot.StartsAt, End: f.slot.EndsAt}
	day := func() (time.Time, time.Time) { return slotNow, slotNow.Add(24 * time.Hour) }
	check := func(when, person string, from, to time.Time, want ...string) {
		t.Helper()
		list, err := f.slots.Busy(ctx, person, from, to)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != len(want) {
			t.Fatalf("%s: %s is busy %v, want %v", when, person, list, want)
		}
		for i, iv := range list {
			if iv.What != want[i] || !iv.Start.Equal(slot.Start) || !iv.End.Equal(slot.End) {
				t.Errorf("%s: %s is busy %+v, want %s at %v", when, person, iv, want[i], slot)
			}
		}
	}
	from, to := day()
	check("offered", f.staff.ID, from, to, booths.BusySlot)
	check("offered", f.p1.ID, from, to)
	f.book(t, f.p1)
	check("booked", f.staff.ID, from, to, booths.BusyBooking)
	check("booked", f.p1.ID, from, to, booths.BusyBooking)
	check("booked", f.p2.ID, from, to)
	check("after the slot", f.p1.ID, slot.End, to)
	check("before the slot", f.staff.ID, from, slot.Start)
	check("overlapping its end", f.staff.ID, slot.End.Add(-time.Minute), to, booths.BusyBooking)
}
