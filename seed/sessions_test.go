package seed

import (
	"testing"
	"time"

	"github.com/igf-village/village/matching"
)

// TestDemoSessions: the demo village holds a few listed sessions with
// sign-ups, some past their capacity, once, under their own claim.
func TestDemoSessions(t *testing.T) {
	ctx := t.Context()
	st, opt, res := seededStore(t, 40)
	now := opt.Now
	if res.Sessions != len(demoSessions) {
		t.Fatalf("%d sessions seeded, want %d", res.Sessions, len(demoSessions))
	}
	list, err := st.SessionsEndingAfter(ctx, now)
	if err != nil || len(list) != len(demoSessions) {
		t.Fatalf("sessions: %d, %v", len(list), err)
	}
	waiting := 0
	for _, se := range list {
		if se.Status != matching.StatusListed || !se.StartsAt.After(now) || se.StartsAt.Add(-2*time.Hour).After(now) && se.ID == "ses-demo-1" {
			t.Errorf("session %s: %s at %v", se.ID, se.Status, se.StartsAt)
		}
		signups, err := st.SignupsOfSession(ctx, se.ID)
		if err != nil || len(signups) == 0 {
			t.Errorf("session %s: %d sign-ups, %v", se.ID, len(signups), err)
		}
		for _, g := range signups {
			if g.PersonID == se.OrganiserID {
				t.Errorf("session %s: its organiser signed up", se.ID)
			}
		}
		waiting += len(matching.Stand(signups, se.Capacity).Waitlist)
	}
	if waiting == 0 {
		t.Error("no demo session has a waitlist")
	}
	again, err := Village(ctx, st, opt)
	if err != nil || !again.AlreadySeeded || again.Sessions != 0 {
		t.Errorf("seeding again: %+v, %v", again, err)
	}
}
