package seed

import (
	"slices"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/matching"
)

// TestDemoMeetings: each demo login but the secretariat has requests
// waiting for their answer, one of theirs waiting, and confirmed meetings
// in the coming days, each with someone who shares a language, inside
// both people's working hours, holding both people's time; once, under
// their own claim.
func TestDemoMeetings(t *testing.T) {
	ctx := t.Context()
	st, opt, res := seededStore(t, 400)
	now := opt.Now
	if res.Meetings == 0 {
		t.Fatal("no demo meetings")
	}
	total := 0
	for _, l := range res.Logins {
		me, err := st.PersonByEmail(ctx, l.Email)
		if err != nil {
			t.Fatal(err)
		}
		list, err := st.MeetingsOfPerson(ctx, me.ID)
		if err != nil {
			t.Fatal(err)
		}
		total += len(list)
		if me.Role == accounts.RoleSecretariat {
			continue
		}
		inbox, outbox, confirmed := 0, 0, 0
		for _, m := range list {
			switch {
			case m.Status() == matching.MeetingConfirmed:
				confirmed++
			case m.Turn() == me.ID:
				inbox++
			default:
				outbox++
			}
			other, err := st.Person(ctx, m.Other(me.ID))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(me.Languages, func(l string) bool { return slices.Contains(other.Languages, l) }) {
				t.Errorf("%s meets %s with no language in common: %v, %v", me.ID, other.ID, me.Languages, other.Languages)
			}
			times := m.Current().Times
			if m.Confirmed != nil {
				times = []time.Time{m.Confirmed.StartsAt}
			}
			for _, at := range times {
				end := at.Add(time.Duration(m.Minutes) * time.Minute)
				if !at.After(now.Add(12*time.Hour)) || !at.Equal(at.Truncate(agenda.Step)) {
					t.Errorf("meeting %s at %v: not in the coming days, on the grid", m.ID, at)
				}
				for _, p := range []*accounts.Person{me, other} {
					if !p.Hours().Contains(p.Location(), at, end) {
						t.Errorf("meeting %s at %v is outside %s's working hours (%s)", m.ID, at, p.ID, p.TimeZone)
					}
				}
			}
			if c := m.Confirmed; c != nil {
				keys := agenda.MeetingTime.Keys(me.ID, c.StartsAt, c.EndsAt)
				if err := st.Hold(ctx, &agenda.Hold{Key: keys[0], Owner: "check", At: now}); err == nil {
					t.Errorf("meeting %s does not hold %s's time", m.ID, me.ID)
				}
			}
		}
		if inbox != demoIncoming || outbox != demoOutgoing || confirmed != demoConfirmed {
			t.Errorf("%s (%s): %d in the inbox, %d in the outbox, %d confirmed; want %d, %d, %d",
				l.Email, me.TimeZone, inbox, outbox, confirmed, demoIncoming, demoOutgoing, demoConfirmed)
		}
	}
	if total != res.Meetings {
		t.Errorf("the demo logins are in %d meetings, %d were seeded", total, res.Meetings)
	}
	again, err := Village(ctx, st, opt)
	if err != nil || !again.AlreadySeeded || again.Meetings != 0 {
		t.Errorf("seeding again: %+v, %v", again, err)
	}
}
