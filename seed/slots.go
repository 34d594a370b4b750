package seed

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/store"
)

// SlotsClaimKey marks the demo slots as seeded: a claim apart, so that a
// demo village seeded before slots existed gets them at its next start.
const SlotsClaimKey = "seed:demo-slots"

// Demo slots: every booth's first two staff members offer one 20-minute
// slot a day over the event days, inside the booth's opening hours in its
// zone (the first in the morning opening, the second in the afternoon
// one, a little later each day). So that someone who has just run `make
// run` finds a slot to book whatever the hour, the Secretariat's help
// desk, staffed around the clock, offers one at the top of every hour of
// the day after seeding. Slots already begun when seeded are left out.
const (
	demoSlotMinutes = 20
	helpDeskHours   = 24
)

// demoSlots are the demo village's slots at v.now.
func demoSlots(v village) []booths.Slot {
	staffOf := map[string][]string{}
	for _, p := range v.people { // in ID order
		if p.Role == accounts.RoleStaff {
			staffOf[p.OrganisationID] = append(staffOf[p.OrganisationID], p.ID)
		}
	}
	days := eventDays(v.now)
	var out []booths.Slot
	add := func(b booths.Booth, staffID, lang string, start time.Time, n int) {
		start = start.UTC()
		if !start.After(v.now) {
			return
		}
		out = append(out, booths.Slot{
			ID:      fmt.Sprintf("slot-demo-%s-%d", strings.TrimPrefix(b.ID, "booth-"), n),
			BoothID: b.ID, OrganisationID: b.OrganisationID, StaffID: staffID, Language: lang,
			StartsAt: start, EndsAt: start.Add(demoSlotMinutes * time.Minute),
			CreatedBy: staffID, CreatedAt: v.now,
		})
	}
	for i, b := range v.booths {
		staff := staffOf[b.OrganisationID]
		loc, err := time.LoadLocation(b.TimeZone)
		if err != nil || len(staff) < 2 || len(b.Languages) == 0 {
			continue
		}
		lang := func(k int) string { return b.Languages[k%len(b.Languages)] }
		n := 0
		first := 0
		if orgSpecs[i].slug == slugSecretariat {
			first = 1 // the first staff member keeps the help desk's hours
			top := v.now.Truncate(time.Hour).Add(time.Hour)
			for h := range helpDeskHours {
				add(b, staff[0], "en", top.Add(time.Duration(h)*time.Hour), n)
				n++
			}
		}
		// As demoBooths: mornings open at 08:00 to 10:00 local, by booth,
		// for four hours; afternoons an hour after, for three and a half.
		open := 8 + i%3
		for d, day := range days {
			y, m, dd := day.Date()
			late := time.Duration(d%3) * 30 * time.Minute
			for k, at := range []int{open + 1, open + 6} {
				if first+k >= len(staff) {
					break
				}
				start := time.Date(y, m, dd, at, 0, 0, 0, loc).Add(late)
				add(b, staff[first+k], lang(k), start, n)
				n++
			}
		}
	}
	return out
}

// seedSlots writes the demo slots once, under their own claim, each with
// its staff member's holds (booths.HoldKeys) as publishing takes them, and
// says how many it wrote. A slot whose time a staff member holds already
// (by hand, in an older demo village) is left out.
func seedSlots(ctx context.Context, s Store, v village) (int, error) {
	if err := s.Claim(ctx, SlotsClaimKey, v.now); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return 0, nil
		}
		return 0, fmt.Errorf("seed: claim %q: %w", SlotsClaimKey, err)
	}
	all := demoSlots(v)
	if b, ok := s.(batchSlots); ok {
		var holds []agenda.Hold
		for _, sl := range all {
			for _, k := range booths.MeetingTime.Keys(sl.StaffID, sl.StartsAt, sl.EndsAt) {
				holds = append(holds, agenda.Hold{Key: k, Owner: sl.ID, At: v.now})
			}
		}
		err := b.CreateSlotsHeld(ctx, all, holds)
		if err == nil {
			return len(all), nil
		}
		if !errors.Is(err, store.ErrDuplicate) {
			return 0, fmt.Errorf("seed: create the demo slots: %w", err)
		}
		// Some time is held already: one by one, leaving those out.
	}
	n := 0
	for _, sl := range all {
		keys := booths.MeetingTime.Keys(sl.StaffID, sl.StartsAt, sl.EndsAt)
		held, err := holdAll(ctx, s, keys, sl.ID, v.now)
		if err != nil {
			return n, fmt.Errorf("seed: hold the time of slot %s: %w", sl.ID, err)
		}
		if !held {
			continue
		}
		err = s.CreateSlot(ctx, &sl)
		switch {
		case err == nil:
			n++
		case errors.Is(err, store.ErrDuplicate):
			if err := s.Release(ctx, keys...); err != nil {
				return n, fmt.Errorf("seed: release the time of slot %s: %w", sl.ID, err)
			}
		default:
			return n, fmt.Errorf("seed: create slot %s: %w", sl.ID, err)
		}
	}
	return n, nil
}

// batchSlots is a store that writes many slots and their holds at once,
// all or none: both backends are (store/memory in one commit instead of
// thousands, store/mongo in two InsertMany calls). Without it, or when
// some time is held already, slots go one by one.
type batchSlots interface {
	CreateSlotsHeld(ctx context.Context, slots []booths.Slot, holds []agenda.Hold) error
}

// holdAll claims every key, or none: false if one is held already.
func holdAll(ctx context.Context, s Store, keys []string, owner string, at time.Time) (bool, error) {
	for i, k := range keys {
		err := s.Hold(ctx, &agenda.Hold{Key: k, Owner: owner, At: at})
		if errors.Is(err, store.ErrDuplicate) {
			return false, s.Release(ctx, keys[:i]...)
		}
		if err != nil {
			return false, err
		}
	}
	return true, nil
}
