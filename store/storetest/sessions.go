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
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/store"
)

var sessionTests = []test{
	{"Sessions/CreateReadUpdateList", testSessionRoundTrip},
	{"Sessions/Signups", testSignups},
	{"Sessions/HoldsAndNotes", testSessionHoldsAndNotes},
	{"Sessions/Promotion", testSessionPromotion},
	{"Sessions/Race/Capacity", testSessionCapacityRace},
	{"Sessions/Race/SignUpTwice", testSignUpTwiceRace},
	{"Sessions/Race/OverlappingSessions", testOverlappingSessionsRace},
	{"Sessions/Race/Reminder", testSessionReminderRace},
}

// SessionRacers is how many people sign up at once for SessionSeats
// places in the capacity race: the figures.
const (
	SessionRacers = 500
	SessionSeats  = 50
)

// NewSession is session i, ID "ses-%04d", organised by organiserID,
// starting i hours after SlotDay, an hour long, for capacity people.
func NewSession(i int, organiserID string, capacity int) *matching.Session {
	start := SlotDay.Add(time.Duration(i) * time.Hour)
	return &matching.Session{
		ID: fmt.Sprintf("ses-%04d", i), Type: matching.TypeBoF, Title: fmt.Sprintf("Session %d", i),
		Description: "About *data*.", Language: "fr-CA", Themes: []string{"data", "trust"},
		StartsAt: start, EndsAt: start.Add(time.Hour), Capacity: capacity, OrganiserID: organiserID,
		Status: matching.StatusListed, CreatedAt: At(i), UpdatedAt: At(i),
	}
}

func testSessionRoundTrip(t *testing.T, s Store) {
	ctx := t.Context()
	for _, i := range []int{3, 1, 2} {
		must(t, s.CreateSession(ctx, NewSession(i, "person-0001", 10)), "CreateSession")
	}
	wantErr(t, s.CreateSession(ctx, NewSession(1, "person-0002", 5)), store.ErrDuplicate, "CreateSession with a taken ID")
	got, err := s.Session(ctx, "ses-0001")
	must(t, err, "Session")
	wantSame(t, got, NewSession(1, "person-0001", 10), "Session")
	_, err = s.Session(ctx, "ses-none")
	wantErr(t, err, store.ErrNotFound, "Session of none")

	// Details and status are written apart: neither undoes the other.
	d := got.Details()
	d.Title, d.Capacity, d.Themes = "Renamed", 20, []string{"inclusion"}
	d.StartsAt, d.EndsAt = SlotDay.Add(10*time.Hour), SlotDay.Add(11*time.Hour)
	must(t, s.UpdateSessionDetails(ctx, "ses-0001", d), "UpdateSessionDetails")
	must(t, s.SetSessionStatus(ctx, "ses-0001", matching.StatusRefused, "off topic", "sec-1"), "SetSessionStatus")
	want := NewSession(1, "person-0001", 10)
	want.SetDetails(d)
	want.Status, want.StatusReason, want.StatusBy = matching.StatusRefused, "off topic", "sec-1"
	got, err = s.Session(ctx, "ses-0001")
	must(t, err, "Session after updates")
	wantSame(t, got, want, "Session after updates")
	wantErr(t, s.UpdateSessionDetails(ctx, "ses-none", d), store.ErrNotFound, "UpdateSessionDetails of none")
	wantErr(t, s.SetSessionStatus(ctx, "ses-none", matching.StatusListed, "", ""), store.ErrNotFound, "SetSessionStatus of none")

	list, err := s.SessionsEndingAfter(ctx, time.Time{})
	must(t, err, "SessionsEndingAfter")
	if got, want := ids(list, func(se matching.Session) string { return se.ID }), []string{"ses-0002", "ses-0003", "ses-0001"}; !slices.Equal(got, want) {
		t.Errorf("SessionsEndingAfter(zero) = %v, want %v (by start)", got, want)
	}
	// Session 2 ends at SlotDay+3h: not after it.
	list, err = s.SessionsEndingAfter(ctx, SlotDay.Add(3*time.Hour))
	must(t, err, "SessionsEndingAfter")
	if got, want := ids(list, func(se matching.Session) string { return se.ID }), []string{"ses-0003", "ses-0001"}; !slices.Equal(got, want) {
		t.Errorf("SessionsEndingAfter(3h) = %v, want %v", got, want)
	}
}

func newSignup(sessionID, personID string, arrival int64) *matching.Signup {
	return &matching.Signup{ID: matching.SignupID(sessionID, personID), SessionID: sessionID, PersonID: personID,
		Arrival: arrival, CreatedAt: At(int(arrival % 60))}
}

func testSignups(t *testing.T, s Store) {
	ctx := t.Context()
	// Arrivals in nanoseconds, closer than a millisecond: the order must
	// survive storage. Two tie and go by person.
	base := Epoch.UnixNano()
	for _, g := range []*matching.Signup{
		newSignup("ses-1", "person-c", base+300), newSignup("ses-1", "person-a", base+100),
		newSignup("ses-1", "person-b", base+300), newSignup("ses-2", "person-a", base+50),
	} {
		must(t, s.CreateSignup(ctx, g), "CreateSignup")
	}
	wantErr(t, s.CreateSignup(ctx, newSignup("ses-1", "person-a", base+900)), store.ErrDuplicate, "CreateSignup twice")
	list, err := s.SignupsOfSession(ctx, "ses-1")
	must(t, err, "SignupsOfSession")
	if got, want := ids(list, func(g matching.Signup) string { return g.PersonID }), []string{"person-a", "person-b", "person-c"}; !slices.Equal(got, want) {
		t.Errorf("SignupsOfSession = %v, want %v", got, want)
	}
	wantSame(t, &list[0], newSignup("ses-1", "person-a", base+100), "a sign-up read back")
	mine, err := s.SignupsOfPerson(ctx, "person-a")
	must(t, err, "SignupsOfPerson")
	if got, want := ids(mine, func(g matching.Signup) string { return g.SessionID }), []string{"ses-2", "ses-1"}; !slices.Equal(got, want) {
		t.Errorf("SignupsOfPerson = %v, want %v", got, want)
	}
	must(t, s.DeleteSignup(ctx, matching.SignupID("ses-1", "person-a")), "DeleteSignup")
	wantErr(t, s.DeleteSignup(ctx, matching.SignupID("ses-1", "person-a")), store.ErrNotFound, "DeleteSignup twice")
	must(t, s.CreateSignup(ctx, newSignup("ses-1", "person-a", base+900)), "CreateSignup after withdrawing")
	list, err = s.SignupsOfSession(ctx, "ses-1")
	must(t, err, "SignupsOfSession")
	if got, want := ids(list, func(g matching.Signup) string { return g.PersonID }), []string{"person-b", "person-c", "person-a"}; !slices.Equal(got, want) {
		t.Errorf("SignupsOfSession after a new sign-up = %v, want %v", got, want)
	}
	if list, err := s.SignupsOfSession(ctx, "ses-none"); err != nil || len(list) != 0 {
		t.Errorf("SignupsOfSession of none: %v, %v", list, err)
	}
}

func testSessionHoldsAndNotes(t *testing.T, s Store) {
	ctx := t.Context()
	h := func(k string) *agenda.Hold { return &agenda.Hold{Key: k, Owner: "ses-1", At: At(1)} }
	must(t, s.HoldSessionTime(ctx, h("k1")), "HoldSessionTime")
	must(t, s.HoldSessionTime(ctx, h("k2")), "HoldSessionTime")
	wantErr(t, s.HoldSessionTime(ctx, h("k1")), store.ErrDuplicate, "HoldSessionTime twice")
	must(t, s.ReleaseSessionTime(ctx, "k1", "k-never-held"), "ReleaseSessionTime")
	must(t, s.ReleaseSessionTime(ctx), "ReleaseSessionTime of nothing")
	must(t, s.HoldSessionTime(ctx, h("k1")), "HoldSessionTime after release")
	wantErr(t, s.HoldSessionTime(ctx, h("k2")), store.ErrDuplicate, "a key not released")

	for _, n := range []*matching.SessionNote{
		{ID: "note-b", SessionID: "ses-1", FromID: "p1", Text: "second", At: At(2)},
		{ID: "note-a", SessionID: "ses-1", FromID: "p1", Text: "first", At: At(1)},
		{ID: "note-c", SessionID: "ses-2", FromID: "p1", Text: "elsewhere", At: At(1)},
	} {
		must(t, s.CreateSessionNote(ctx, n), "CreateSessionNote")
	}
	notes, err := s.SessionNotes(ctx, "ses-1")
	must(t, err, "SessionNotes")
	if got, want := ids(notes, func(n matching.SessionNote) string { return n.Text }), []string{"first", "second"}; !slices.Equal(got, want) {
		t.Errorf("SessionNotes = %v, want %v", got, want)
	}
}

// recorder is a matching.Notifier that keeps what it was told.
type recorder struct {
	mu     sync.Mutex
	events []string // "person type"
}

func (r *recorder) ToPerson(person, typ string, _ any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, person+" "+typ)
}

func (r *recorder) count(typ string) map[string]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := map[string]int{}
	for _, e := range r.events {
		var person, t string
		fmt.Sscan(e, &person, &t)
		if t == typ {
			out[person]++
		}
	}
	return out
}

// sessionWorld is the sessions' rules over s with a clock that runs from
// Epoch (so that arrivals differ), an organiser and n people (not stored:
// sign-ups read nobody), and a listed session of capacity seats starting
// a day later.
func sessionWorld(t *testing.T, s Store, n, seats int) (*matching.Sessions, *recorder, *matching.Session, []*accounts.Person) {
	t.Helper()
	t0 := time.Now()
	clock := func() time.Time { return Epoch.Add(time.Since(t0)) }
	rec := &recorder{}
	sessions := matching.NewSessions(s, clock, matching.SessionConfig{}, rec)
	org := NewPerson(1)
	must(t, s.CreatePerson(t.Context(), org), "CreatePerson")
	se := NewSession(1, org.ID, seats)
	must(t, s.CreateSession(t.Context(), se), "CreateSession")
	people := make([]*accounts.Person, n)
	for i := range people {
		people[i] = &accounts.Person{ID: fmt.Sprintf("racer-%04d", i), Role: accounts.RoleParticipant}
	}
	return sessions, rec, se, people
}

// testSessionPromotion: a confirmed person withdraws; the first on the
// waitlist is promoted and told once, the others move up.
func testSessionPromotion(t *testing.T, s Store) {
	ctx := t.Context()
	sessions, rec, se, people := sessionWorld(t, s, 4, 2)
	for i, p := range people {
		v, err := sessions.SignUp(ctx, p, se.ID)
		must(t, err, "SignUp")
		wantPlace, wantPos := matching.PlaceConfirmed, 0
		if i >= 2 {
			wantPlace, wantPos = matching.PlaceWaitlisted, i-1
		}
		if v.Place != wantPlace || v.Position != wantPos {
			t.Errorf("sign-up %d: %s at %d, want %s at %d", i, v.Place, v.Position, wantPlace, wantPos)
		}
	}
	_, err := sessions.SignUp(ctx, people[3], se.ID)
	if !errors.Is(err, apperr.E(apperr.Conflict)) {
		t.Errorf("signing up twice for a full session: %v, want conflict", err)
	}
	must(t, sessions.Withdraw(ctx, people[0], se.ID), "Withdraw")
	if got := rec.count(matching.EventSessionPromoted); len(got) != 1 || got[people[2].ID] != 1 {
		t.Errorf("promotions told: %v, want %s once", got, people[2].ID)
	}
	v, err := sessions.Get(ctx, people[2], se.ID)
	must(t, err, "Get")
	if v.Place != matching.PlaceConfirmed || v.Confirmed != 2 || v.Waitlisted != 1 {
		t.Errorf("the promoted person sees %+v", v)
	}
	v, err = sessions.Get(ctx, people[3], se.ID)
	must(t, err, "Get")
	if v.Place != matching.PlaceWaitlisted || v.Position != 1 {
		t.Errorf("the last one sees %s at %d, want waitlisted at 1", v.Place, v.Position)
	}
	// A waitlisted person withdrawing promotes no one.
	must(t, sessions.Withdraw(ctx, people[3], se.ID), "Withdraw from the waitlist")
	if got := rec.count(matching.EventSessionPromoted); len(got) != 1 {
		t.Errorf("promotions after a waitlisted withdrawal: %v", got)
	}
	if err := sessions.Withdraw(ctx, people[3], se.ID); !errors.Is(err, apperr.E(apperr.NotFound)) {
		t.Errorf("withdrawing twice: %v, want not_found", err)
	}
}

// testSessionCapacityRace: SessionRacers people sign up for SessionSeats
// places at the same instant: exactly SessionSeats are confirmed and the
// rest wait, everyone once, in arrival order.
func testSessionCapacityRace(t *testing.T, s Store) {
	sessions, _, se, people := sessionWorld(t, s, SessionRacers, SessionSeats)
	start := make(chan struct{})
	errs := make([]error, SessionRacers)
	var wg sync.WaitGroup
	for i := range SessionRacers {
		wg.Go(func() {
			<-start
			// The insert alone: the view after it reads every sign-up,
			// which FerretDB's SQLite handler does by scanning.
			_, _, errs[i] = sessions.TakePlace(context.Background(), people[i], se.ID)
		})
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("racer %d: %v", i, err)
		}
	}
	list, err := s.SignupsOfSession(t.Context(), se.ID)
	must(t, err, "SignupsOfSession")
	st := matching.Stand(list, se.Capacity)
	if len(st.Confirmed) != SessionSeats || len(st.Waitlist) != SessionRacers-SessionSeats {
		t.Fatalf("%d confirmed and %d waitlisted, want %d and %d", len(st.Confirmed), len(st.Waitlist), SessionSeats, SessionRacers-SessionSeats)
	}
	seen := map[string]bool{}
	all := append(slices.Clone(st.Confirmed), st.Waitlist...)
	for i, g := range all {
		if seen[g.PersonID] {
			t.Errorf("%s signed up twice", g.PersonID)
		}
		seen[g.PersonID] = true
		if i > 0 && matching.BySignupArrival(all[i-1], g) >= 0 {
			t.Errorf("place %d (%s) did not arrive after place %d (%s)", i, g.PersonID, i-1, all[i-1].PersonID)
		}
	}
	// What each racer sees agrees with the store.
	for _, i := range []int{0, SessionSeats - 1, SessionSeats, SessionRacers - 1} {
		g := all[i]
		v, err := sessions.Get(t.Context(), &accounts.Person{ID: g.PersonID, Role: accounts.RoleParticipant}, se.ID)
		must(t, err, "Get")
		want, pos := matching.PlaceConfirmed, 0
		if i >= SessionSeats {
			want, pos = matching.PlaceWaitlisted, i-SessionSeats+1
		}
		if v.Place != want || v.Position != pos || v.Confirmed != SessionSeats || v.Waitlisted != SessionRacers-SessionSeats {
			t.Errorf("place %d sees %s at %d (%d confirmed, %d waiting), want %s at %d", i, v.Place, v.Position, v.Confirmed, v.Waitlisted, want, pos)
		}
	}
}

// testSignUpTwiceRace: one person signs up Racers times at once: one
// sign-up stands, every other is a conflict.
func testSignUpTwiceRace(t *testing.T, s Store) {
	sessions, _, se, people := sessionWorld(t, s, 1, 5)
	errs := together(func(ctx context.Context, _ int) error {
		_, err := sessions.SignUp(ctx, people[0], se.ID)
		return err
	})
	oneWinner(t, errs, apperr.Conflict)
	list, err := s.SignupsOfSession(t.Context(), se.ID)
	must(t, err, "SignupsOfSession")
	if len(list) != 1 {
		t.Errorf("%d sign-ups stand, want 1", len(list))
	}
}

// testOverlappingSessionsRace: one organiser proposes Racers sessions at
// overlapping times at once; one is created.
func testOverlappingSessionsRace(t *testing.T, s Store) {
	rec := &recorder{}
	sessions := matching.NewSessions(s, func() time.Time { return Epoch }, matching.SessionConfig{}, rec)
	org := NewPerson(2)
	must(t, s.CreatePerson(t.Context(), org), "CreatePerson")
	errs := together(func(ctx context.Context, i int) error {
		start := SlotDay.Add(time.Duration(i%6) * agenda.Step).Format(time.RFC3339)
		_, err := sessions.Propose(ctx, org, matching.SessionInput{
			Type: ptr(matching.TypeTownHall), Title: ptr("Town hall"), Language: ptr("en"),
			StartsAt: &start, Minutes: ptr(60), Capacity: ptr(10),
		})
		return err
	})
	oneWinner(t, errs, apperr.Overlaps)
	list, err := s.SessionsEndingAfter(t.Context(), time.Time{})
	must(t, err, "SessionsEndingAfter")
	if len(list) != 1 {
		t.Errorf("%d sessions created, want 1", len(list))
	}
}

// testSessionReminderRace: Racers nodes look for sessions to remind of at
// once: the session's people are reminded exactly once.
func testSessionReminderRace(t *testing.T, s Store) {
	ctx := t.Context()
	rec := &recorder{}
	soon := NewSession(7, "person-0001", 2)
	soon.StartsAt = Epoch.Add(5 * time.Minute)
	soon.EndsAt = soon.StartsAt.Add(time.Hour)
	later := NewSession(8, "person-0001", 2) // a day off: not yet
	must(t, s.CreateSession(ctx, soon), "CreateSession")
	must(t, s.CreateSession(ctx, later), "CreateSession")
	must(t, s.CreateSignup(ctx, newSignup(soon.ID, "person-a", 1)), "CreateSignup")
	must(t, s.CreateSignup(ctx, newSignup(soon.ID, "person-b", 2)), "CreateSignup")
	must(t, s.CreateSignup(ctx, newSignup(soon.ID, "person-w", 3)), "CreateSignup") // waitlisted
	sessions := matching.NewSessions(s, func() time.Time { return Epoch }, matching.SessionConfig{}, rec)
	var mu sync.Mutex
	total := 0
	errs := together(func(ctx context.Context, _ int) error {
		n, err := sessions.RemindDue(ctx)
		mu.Lock()
		total += n
		mu.Unlock()
		return err
	})
	for i, err := range errs {
		if err != nil {
			t.Errorf("RemindDue %d: %v", i, err)
		}
	}
	if total != 1 {
		t.Errorf("%d reminders sent in all, want 1", total)
	}
	got := rec.count(matching.EventSessionReminder)
	want := map[string]int{"person-0001": 1, "person-a": 1, "person-b": 1}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("reminded %v, want %v", got, want)
	}
}

// sessionDurability is RunDurability's part for sessions: what was
// acknowledged is there after a reopen (details and status written apart,
// a withdrawn sign-up gone, a released hold free), and so are the keys
// that hold the invariants.
func sessionDurability(t *testing.T, open func(t *testing.T) Store) {
	t.Helper()
	ctx := t.Context()
	s := open(t)
	se := NewSession(21, "person-0001", 3)
	se.ID = "ses-durable"
	must(t, s.CreateSession(ctx, se), "CreateSession")
	d := se.Details()
	d.Title, d.Capacity = "Renamed", 4
	must(t, s.UpdateSessionDetails(ctx, se.ID, d), "UpdateSessionDetails")
	must(t, s.SetSessionStatus(ctx, se.ID, matching.StatusCancelled, "", "sec-1"), "SetSessionStatus")
	kept, gone := newSignup(se.ID, "person-k", 5), newSignup(se.ID, "person-g", 6)
	must(t, s.CreateSignup(ctx, kept), "CreateSignup")
	must(t, s.CreateSignup(ctx, gone), "CreateSignup")
	must(t, s.DeleteSignup(ctx, gone.ID), "DeleteSignup")
	must(t, s.HoldSessionTime(ctx, &agenda.Hold{Key: "session-time:durable:1", Owner: se.ID, At: At(1)}), "HoldSessionTime")
	must(t, s.HoldSessionTime(ctx, &agenda.Hold{Key: "session-time:durable:2", Owner: se.ID, At: At(1)}), "HoldSessionTime")
	must(t, s.ReleaseSessionTime(ctx, "session-time:durable:2"), "ReleaseSessionTime")
	note := &matching.SessionNote{ID: "note-durable", SessionID: se.ID, FromID: "person-0001", Text: "kept", At: At(2)}
	must(t, s.CreateSessionNote(ctx, note), "CreateSessionNote")
	must(t, s.Close(), "Close")

	s = open(t)
	defer func() { must(t, s.Close(), "Close after reopen") }()
	want := *se
	want.SetDetails(d)
	want.Status, want.StatusBy = matching.StatusCancelled, "sec-1"
	got, err := s.Session(ctx, se.ID)
	must(t, err, "Session after reopen")
	wantSame(t, got, &want, "session after reopen")
	list, err := s.SignupsOfSession(ctx, se.ID)
	must(t, err, "SignupsOfSession after reopen")
	if len(list) != 1 || list[0].ID != kept.ID {
		t.Errorf("sign-ups after reopen: %v, want only %s", list, kept.ID)
	}
	wantErr(t, s.CreateSignup(ctx, newSignup(se.ID, "person-k", 9)), store.ErrDuplicate, "signing up twice after reopen")
	must(t, s.CreateSignup(ctx, newSignup(se.ID, "person-g", 9)), "signing up again after a withdrawal and a reopen")
	wantErr(t, s.HoldSessionTime(ctx, &agenda.Hold{Key: "session-time:durable:1", Owner: "x", At: At(3)}), store.ErrDuplicate, "a held key after reopen")
	must(t, s.HoldSessionTime(ctx, &agenda.Hold{Key: "session-time:durable:2", Owner: "x", At: At(3)}), "a released key after reopen")
	notes, err := s.SessionNotes(ctx, se.ID)
	must(t, err, "SessionNotes after reopen")
	if len(notes) != 1 {
		t.Errorf("notes after reopen: %v", notes)
	}
}
