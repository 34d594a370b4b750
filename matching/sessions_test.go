package matching_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store/memory"
)

// clock is a time the test moves.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }

type told struct {
	mu     sync.Mutex
	events []string
}

func (r *told) ToPerson(person, typ string, _ any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, person+" "+typ)
}

func (r *told) all() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.events...)
}

var day = time.Date(2020, time.November, 10, 9, 0, 0, 0, time.UTC)

func newSessions(t *testing.T, cfg matching.SessionConfig) (*matching.Sessions, *clock, *told) {
	t.Helper()
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	c := &clock{t: day}
	r := &told{}
	return matching.NewSessions(st, c.now, cfg, r), c, r
}

func person(id string) *accounts.Person {
	return &accounts.Person{ID: id, Role: accounts.RoleParticipant, TimeZone: "UTC"}
}

func ptr[T any](v T) *T { return &v }

func proposal(start time.Time, minutes, capacity int) matching.SessionInput {
	return matching.SessionInput{
		Type: ptr(matching.TypeRegional), Title: ptr("GRULAC get-together"), Language: ptr("es-419"),
		StartsAt: ptr(start.Format(time.RFC3339)), Minutes: ptr(minutes), Capacity: ptr(capacity),
	}
}

// TestSessionReminderWindow: a reminder goes out once the start is within
// ReminderBefore, once, to the organiser and the confirmed; not to the
// waitlist, not for a cancelled session.
func TestSessionReminderWindow(t *testing.T) {
	ctx := t.Context()
	s, c, r := newSessions(t, matching.SessionConfig{})
	org := person("org")
	start := day.Add(time.Hour)
	v, err := s.Propose(ctx, org, proposal(start, 30, 1))
	if err != nil {
		t.Fatal(err)
	}
	gone, err := s.Propose(ctx, org, proposal(start.Add(time.Hour), 30, 1))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"a", "b"} {
		if _, err := s.SignUp(ctx, person(id), v.ID); err != nil {
			t.Fatal(err)
		}
		c.set(c.now().Add(time.Millisecond)) // b arrives after a
	}
	if err := s.Cancel(ctx, org, gone.ID); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		at   time.Time
		want int
	}{
		{start.Add(-matching.ReminderBefore - time.Second), 0},
		{start.Add(-matching.ReminderBefore), 1},
		{start.Add(-time.Minute), 0}, // sent already
		{start.Add(time.Hour - matching.ReminderBefore), 0},
	}
	for _, st := range steps {
		c.set(st.at)
		n, err := s.RemindDue(ctx)
		if err != nil || n != st.want {
			t.Errorf("at %v: %d reminders (%v), want %d", st.at, n, err, st.want)
		}
	}
	var reminded []string
	for _, e := range r.all() {
		if e == "org "+matching.EventSessionReminder || e == "a "+matching.EventSessionReminder || e == "b "+matching.EventSessionReminder {
			reminded = append(reminded, e)
		}
	}
	if len(reminded) != 2 || reminded[0] != "org session.reminder" || reminded[1] != "a session.reminder" {
		t.Errorf("reminded: %v, want the organiser and a (b waits)", reminded)
	}
}

// TestSessionRoomWindow: the room lets the confirmed, the organiser and
// the secretariat in from SessionRoomOpensBefore the start to the end.
func TestSessionRoomWindow(t *testing.T) {
	ctx := t.Context()
	s, c, _ := newSessions(t, matching.SessionConfig{})
	start := day.Add(time.Hour)
	v, err := s.Propose(ctx, person("org"), proposal(start, 30, 1))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SignUp(ctx, person("a"), v.ID); err != nil {
		t.Fatal(err)
	}
	c.set(c.now().Add(time.Millisecond))
	if _, err := s.SignUp(ctx, person("b"), v.ID); err != nil {
		t.Fatal(err)
	}
	who := func(id, role string) protocol.Identity { return protocol.Identity{ID: id, Role: role} }
	open := start.Add(-matching.SessionRoomOpensBefore)
	cases := []struct {
		name string
		who  protocol.Identity
		at   time.Time
		code apperr.Code // "" for let in
	}{
		{"confirmed, too early", who("a", "participant"), open.Add(-time.Second), apperr.Forbidden},
		{"confirmed, at opening", who("a", "participant"), open, ""},
		{"confirmed, during", who("a", "participant"), start.Add(20 * time.Minute), ""},
		{"confirmed, at the end", who("a", "participant"), start.Add(30 * time.Minute), apperr.Gone},
		{"waitlisted", who("b", "participant"), start, apperr.NotFound},
		{"a stranger", who("x", "participant"), start, apperr.NotFound},
		{"the organiser", who("org", "participant"), start, ""},
		{"the secretariat", who("sec", "secretariat"), start, ""},
	}
	for _, tc := range cases {
		err := s.MayEnterSessionRoom(ctx, tc.who, v.ID, tc.at)
		switch {
		case tc.code == "" && err != nil:
			t.Errorf("%s: %v, want let in", tc.name, err)
		case tc.code != "" && !errors.Is(err, apperr.E(tc.code)):
			t.Errorf("%s: %v, want %s", tc.name, err, tc.code)
		}
	}
	// Promoted: let in.
	if err := s.Withdraw(ctx, person("a"), v.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.MayEnterSessionRoom(ctx, who("b", "participant"), v.ID, start); err != nil {
		t.Errorf("the promoted one: %v", err)
	}
	// Cancelled: the room is gone for everyone.
	if err := s.Cancel(ctx, person("org"), v.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.MayEnterSessionRoom(ctx, who("org", "participant"), v.ID, start); !errors.Is(err, apperr.E(apperr.NotFound)) {
		t.Errorf("a cancelled session's room: %v", err)
	}
}

// TestSessionEditAndStart: nothing is edited or signed up for once the
// session has begun; its organiser's old time is freed by a move.
func TestSessionEditAndStart(t *testing.T) {
	ctx := t.Context()
	s, c, _ := newSessions(t, matching.SessionConfig{MaxCapacity: 10})
	org := person("org")
	start := day.Add(time.Hour)
	v, err := s.Propose(ctx, org, proposal(start, 60, 10))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Propose(ctx, org, proposal(start, 60, 11)); !errors.Is(err, apperr.E(apperr.ValidationFailed)) {
		t.Errorf("over the configured maximum: %v", err)
	}
	if _, err := s.Edit(ctx, org, v.ID, matching.SessionInput{StartsAt: ptr(start.Add(2 * time.Hour).Format(time.RFC3339))}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Propose(ctx, org, proposal(start, 60, 5)); err != nil {
		t.Errorf("the old time after a move: %v", err)
	}
	if _, err := s.Propose(ctx, org, proposal(start.Add(150*time.Minute), 15, 5)); !errors.Is(err, apperr.E(apperr.Overlaps)) {
		t.Errorf("inside the new time: %v", err)
	}
	c.set(start.Add(2 * time.Hour))
	if _, err := s.Edit(ctx, org, v.ID, matching.SessionInput{Title: ptr("Late")}); !errors.Is(err, apperr.E(apperr.Gone)) {
		t.Errorf("editing a session that began: %v", err)
	}
	if _, err := s.SignUp(ctx, person("a"), v.ID); !errors.Is(err, apperr.E(apperr.Gone)) {
		t.Errorf("signing up for a session that began: %v", err)
	}
	if _, err := s.Edit(ctx, person("a"), v.ID, matching.SessionInput{Title: ptr("Mine")}); !errors.Is(err, apperr.E(apperr.Forbidden)) {
		t.Errorf("editing another's session: %v", err)
	}
	if _, err := s.Decide(ctx, person("a"), v.ID, matching.Decision{Approve: true}); !errors.Is(err, apperr.E(apperr.Forbidden)) {
		t.Errorf("a participant deciding: %v", err)
	}
}

// TestSignUpRacingCancellation: sign-ups racing a cancellation either
// stand and are told of it, or take themselves back: none is left on a
// cancelled session untold.
func TestSignUpRacingCancellation(t *testing.T) {
	ctx := t.Context()
	s, _, r := newSessions(t, matching.SessionConfig{})
	org := person("org")
	v, err := s.Propose(ctx, org, proposal(day.Add(time.Hour), 60, 100))
	if err != nil {
		t.Fatal(err)
	}
	const n = 40
	var wg sync.WaitGroup
	errs := make([]error, n)
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			_, errs[i] = s.SignUp(ctx, person(string(rune('A'+i))), v.ID)
		})
	}
	wg.Go(func() {
		<-start
		if err := s.Cancel(ctx, org, v.ID); err != nil {
			t.Errorf("Cancel: %v", err)
		}
	})
	close(start)
	wg.Wait()
	cancelled := map[string]bool{}
	for _, e := range r.all() {
		cancelled[e] = true
	}
	for i, err := range errs {
		id := string(rune('A' + i))
		switch {
		case err == nil && !cancelled[id+" "+matching.EventSessionCancelled]:
			// It stood: it must have been found and told, or be gone now.
			got, gerr := s.Get(ctx, person(id), v.ID)
			if gerr != nil || got.Place != matching.PlaceNone {
				t.Errorf("%s signed up, was not told of the cancellation, and still holds %v", id, got.Place)
			}
		case err != nil && !errors.Is(err, apperr.E(apperr.Gone)):
			t.Errorf("%s: %v, want gone or success", id, err)
		}
	}
}

// TestDecisionRacingCancellation: the secretariat approves a proposal
// while its organiser cancels it: a cancellation that succeeded is what
// the session says, whichever status was written last.
func TestDecisionRacingCancellation(t *testing.T) {
	ctx := t.Context()
	s, _, _ := newSessions(t, matching.SessionConfig{Approval: true})
	org, sec := person("org"), &accounts.Person{ID: "sec", Role: accounts.RoleSecretariat}
	for i := range 20 {
		v, err := s.Propose(ctx, org, proposal(day.Add(time.Duration(i+1)*time.Hour), 30, 5))
		if err != nil {
			t.Fatal(err)
		}
		var cancelErr, decideErr error
		var wg sync.WaitGroup
		start := make(chan struct{})
		wg.Go(func() { <-start; cancelErr = s.Cancel(ctx, org, v.ID) })
		wg.Go(func() { <-start; _, decideErr = s.Decide(ctx, sec, v.ID, matching.Decision{Approve: true}) })
		close(start)
		wg.Wait()
		got, err := s.Get(ctx, sec, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		if cancelErr == nil && got.Status != matching.StatusCancelled {
			t.Errorf("round %d: cancelled (decision: %v), yet %s", i, decideErr, got.Status)
		}
		if cancelErr != nil && (decideErr != nil || got.Status != matching.StatusListed) {
			t.Errorf("round %d: cancel %v, decide %v, status %s", i, cancelErr, decideErr, got.Status)
		}
	}
}

// TestRunReminders: the loop each node runs reminds at its ticks until
// its context ends.
func TestRunReminders(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	s, c, r := newSessions(t, matching.SessionConfig{})
	if _, err := s.Propose(ctx, person("org"), proposal(day.Add(time.Hour), 30, 5)); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		s.RunReminders(ctx, time.Millisecond, slog.New(slog.NewTextHandler(io.Discard, nil)))
		close(done)
	}()
	c.set(day.Add(55 * time.Minute))
	deadline := time.Now().Add(10 * time.Second)
	for len(r.all()) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no reminder within 10 s")
		}
		runtime.Gosched()
	}
	cancel()
	<-done
	if got := r.all(); len(got) != 1 || got[0] != "org "+matching.EventSessionReminder {
		t.Errorf("told %v", got)
	}
}
