package storetest

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/matching"
)

// The refusals of meeting requests, through the rules on each backend:
// every one has its stable code and leaves the store as it was.
var meetingRuleTests = []test{
	{"Meetings/Refusals/Ask", testAskRefusals},
	{"Meetings/Refusals/Answers", testAnswerRefusals},
	{"Meetings/Flow", testMeetingFlow},
}

// meetingFakes are the parts of other packages that meetings read: who
// blocked whom, who met whom, and people's other commitments.
type meetingFakes struct {
	mu      sync.Mutex
	blocked map[[2]string]bool // (blocker, blocked)
	met     map[[2]string]bool
	busy    map[string][]agenda.Interval
}

func (f *meetingFakes) Blocked(_ context.Context, a, b string) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.blocked[[2]string{a, b}] || f.blocked[[2]string{b, a}], nil
}

func (f *meetingFakes) HaveMet(_ context.Context, a, b string) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.met[[2]string{a, b}] || f.met[[2]string{b, a}], nil
}

func (f *meetingFakes) Busy(_ context.Context, personID string, from, to time.Time) ([]agenda.Interval, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []agenda.Interval
	for _, iv := range f.busy[personID] {
		if iv.Overlaps(from, to) {
			out = append(out, iv)
		}
	}
	return out, nil
}

// meetingRules is the rules on s at a clock the test moves (from Epoch),
// over the event's days June 23 to 26, 2025, with a cap of 3, and people
// a (the asker) and b in Oslo, t in Tokyo, and x, y, nobody, metOnly.
type meetingRules struct {
	m     *matching.Meetings
	fakes *meetingFakes
	now   *time.Time
	mu    *sync.Mutex
	p     map[string]*accounts.Person
}

func newMeetingRules(t *testing.T, s Store) *meetingRules {
	t.Helper()
	ctx := t.Context()
	r := &meetingRules{fakes: &meetingFakes{blocked: map[[2]string]bool{}, met: map[[2]string]bool{}, busy: map[string][]agenda.Interval{}},
		now: new(time.Time), mu: &sync.Mutex{}, p: map[string]*accounts.Person{}}
	*r.now = Epoch
	for i, name := range []string{"a", "b", "t", "x", "y", "nobody", "metOnly"} {
		p := NewPerson(300 + i)
		switch name {
		case "t":
			p.TimeZone = "Asia/Tokyo"
		case "nobody":
			p.AskPolicy = accounts.AskNobody
		case "metOnly":
			p.AskPolicy = accounts.AskMet
		}
		must(t, s.CreatePerson(ctx, p), "CreatePerson")
		r.p[name] = p
	}
	days, err := agenda.ParseEventDays("2025-06-23/2025-06-26")
	must(t, err, "ParseEventDays")
	clock := func() time.Time { r.mu.Lock(); defer r.mu.Unlock(); return *r.now }
	r.m = matching.NewMeetings(s, clock, matching.MeetingConfig{Days: func(time.Time) agenda.EventDays { return days }, MaxPending: 3},
		matching.MeetingsWithBlocks(r.fakes), matching.MeetingsWithAcquaintances(r.fakes), matching.MeetingsWithBusy(r.fakes))
	return r
}

func (r *meetingRules) set(t time.Time) { r.mu.Lock(); defer r.mu.Unlock(); *r.now = t }

// wantCode checks err's code and, when field is not "", that it names
// field.
func wantCode(t *testing.T, err error, code apperr.Code, field, what string) {
	t.Helper()
	var e *apperr.Error
	switch {
	case err == nil:
		t.Errorf("%s: no error, want %s", what, code)
	case !errors.As(err, &e) || e.Code != code:
		t.Errorf("%s: %v, want code %s", what, err, code)
	case field != "" && e.Fields[field] == "":
		t.Errorf("%s: %v, want a message on %s", what, err, field)
	}
}

// count is how many requests personID is in.
func count(t *testing.T, s Store, personID string) int {
	t.Helper()
	list, err := s.MeetingsOfPerson(t.Context(), personID)
	must(t, err, "MeetingsOfPerson")
	return len(list)
}

func testAskRefusals(t *testing.T, s Store) {
	r := newMeetingRules(t, s)
	ctx := t.Context()
	a := r.p["a"]
	// SlotDay is 08:00 UTC, 10:00 in Oslo and 17:00 in Tokyo.
	at := func(d time.Duration) []string { return []string{rfc(SlotDay.Add(d))} }
	r.fakes.blocked[[2]string{r.p["x"].ID, a.ID}] = true // x blocked a
	r.fakes.blocked[[2]string{a.ID, r.p["y"].ID}] = true // a blocked y
	r.fakes.busy[a.ID] = []agenda.Interval{{Start: SlotDay.Add(4 * time.Hour), End: SlotDay.Add(5 * time.Hour), What: "session"}}
	r.fakes.busy[r.p["b"].ID] = []agenda.Interval{{Start: SlotDay.Add(6 * time.Hour), End: SlotDay.Add(7 * time.Hour), What: "break"}}
	long := strings.Repeat("é", matching.MaxMeetingNote+1)
	for _, c := range []struct {
		name  string
		with  string
		in    matching.MeetingInput
		code  apperr.Code
		field string
	}{
		{"to oneself", "a", matching.MeetingInput{Times: at(0)}, apperr.ValidationFailed, "with"},
		{"to nobody named", "", matching.MeetingInput{Times: at(0)}, apperr.ValidationFailed, "with"},
		{"to nobody there", "ghost", matching.MeetingInput{Times: at(0)}, apperr.NotFound, ""},
		{"to someone who blocked you", "x", matching.MeetingInput{Times: at(0)}, apperr.Blocked, ""},
		{"to someone you blocked", "y", matching.MeetingInput{Times: at(0)}, apperr.Blocked, ""},
		{"to someone who takes none", "nobody", matching.MeetingInput{Times: at(0)}, apperr.NotAccepting, ""},
		{"to someone who takes them from people met", "metOnly", matching.MeetingInput{Times: at(0)}, apperr.NotAccepting, ""},
		{"no times", "b", matching.MeetingInput{}, apperr.ValidationFailed, "times"},
		{"four times", "b", matching.MeetingInput{Times: []string{rfc(SlotDay), rfc(SlotDay.Add(time.Hour)), rfc(SlotDay.Add(2 * time.Hour)), rfc(SlotDay.Add(3 * time.Hour))}}, apperr.ValidationFailed, "times"},
		{"a time twice", "b", matching.MeetingInput{Times: []string{rfc(SlotDay), rfc(SlotDay)}}, apperr.ValidationFailed, "times[1]"},
		{"a time in the past", "b", matching.MeetingInput{Times: []string{rfc(Epoch.Add(-time.Hour))}}, apperr.ValidationFailed, "times[0]"},
		{"a time off the grid", "b", matching.MeetingInput{Times: []string{rfc(SlotDay.Add(time.Minute))}}, apperr.ValidationFailed, "times[0]"},
		{"a time not RFC 3339", "b", matching.MeetingInput{Times: []string{"tomorrow at nine"}}, apperr.ValidationFailed, "times[0]"},
		{"too short", "b", matching.MeetingInput{Times: at(0), Minutes: ptr(10)}, apperr.ValidationFailed, "minutes"},
		{"off the grid in length", "b", matching.MeetingInput{Times: at(0), Minutes: ptr(32)}, apperr.ValidationFailed, "minutes"},
		{"a note too long", "b", matching.MeetingInput{Times: at(0), Note: &long}, apperr.ValidationFailed, "note"},
		{"outside the event", "b", matching.MeetingInput{Times: []string{rfc(time.Date(2025, 6, 28, 9, 0, 0, 0, time.UTC))}}, apperr.OutsideEvent, "times[0]"},
		{"outside your hours", "b", matching.MeetingInput{Times: at(11 * time.Hour)}, apperr.OutsideHours, "times[0]"},
		{"outside theirs", "t", matching.MeetingInput{Times: at(3 * time.Hour)}, apperr.OutsideHours, "times[0]"},
		{"over your commitment", "b", matching.MeetingInput{Times: at(4*time.Hour + 30*time.Minute)}, apperr.Overlaps, "times[0]"},
		{"over theirs", "b", matching.MeetingInput{Times: []string{rfc(SlotDay), rfc(SlotDay.Add(5*time.Hour + 45*time.Minute))}}, apperr.Overlaps, "times[1]"},
	} {
		in := c.in
		if c.with != "" {
			id := c.with
			if p := r.p[c.with]; p != nil {
				id = p.ID
			}
			in.With = &id
		}
		_, err := r.m.Ask(ctx, a, in)
		wantCode(t, err, c.code, c.field, c.name)
		if n := count(t, s, a.ID); n != 0 {
			t.Fatalf("%s: a is in %d requests, want none", c.name, n)
		}
	}

	// Outside working hours both agree to, and someone met: asked.
	_, err := r.m.Ask(ctx, a, matching.MeetingInput{With: &r.p["t"].ID, Times: at(3 * time.Hour), OutsideHours: true})
	must(t, err, "Ask outside hours, agreed")
	r.fakes.met[[2]string{a.ID, r.p["metOnly"].ID}] = true
	_, err = r.m.Ask(ctx, a, matching.MeetingInput{With: &r.p["metOnly"].ID, Times: at(0)})
	must(t, err, "Ask someone met")
	// The cap (3 here): the third is asked, the fourth refused.
	_, err = r.m.Ask(ctx, a, matching.MeetingInput{With: &r.p["b"].ID, Times: at(0)})
	must(t, err, "Ask, third")
	_, err = r.m.Ask(ctx, a, matching.MeetingInput{With: &r.p["b"].ID, Times: at(time.Hour)})
	wantCode(t, err, apperr.PendingCap, "", "over the cap")
	if n := count(t, s, a.ID); n != 3 {
		t.Errorf("a is in %d requests, want 3", n)
	}
	// Requests whose times have all passed do not count.
	r.set(SlotDay.Add(time.Minute))
	list, _, err := r.m.List(ctx, a, matching.MeetingQuery{Box: matching.BoxPast})
	must(t, err, "List")
	if len(list) != 2 || !list[0].Lapsed || list[0].Status != matching.MeetingPending {
		t.Errorf("the past box once the times passed: %+v", list)
	}
	_, err = r.m.Ask(ctx, a, matching.MeetingInput{With: &r.p["b"].ID, Times: at(time.Hour)})
	must(t, err, "Ask once the others lapsed")
}

func testAnswerRefusals(t *testing.T, s Store) {
	r := newMeetingRules(t, s)
	ctx := t.Context()
	a, b, tk := r.p["a"], r.p["b"], r.p["t"]
	ask := func(with *accounts.Person, outside bool, times ...time.Time) string {
		t.Helper()
		in := matching.MeetingInput{With: &with.ID, OutsideHours: outside}
		for _, x := range times {
			in.Times = append(in.Times, rfc(x))
		}
		v, err := r.m.Ask(ctx, a, in)
		must(t, err, "Ask")
		return v.ID
	}
	accept := func(p *accounts.Person, id string, at time.Time, outside bool) error {
		_, err := r.m.Accept(ctx, p, id, matching.AcceptInput{StartsAt: ptr(rfc(at)), OutsideHours: outside})
		return err
	}
	status := func(id string) string {
		m, err := s.Meeting(ctx, id)
		must(t, err, "Meeting")
		return m.Status()
	}

	id := ask(b, false, SlotDay, SlotDay.Add(time.Hour))
	// A second request for the same hour, answered below.
	id2 := ask(b, false, SlotDay.Add(time.Hour))
	wantCode(t, accept(a, id, SlotDay, false), apperr.Forbidden, "", "the asker accepts their own request")
	wantCode(t, accept(r.p["x"], id, SlotDay, false), apperr.NotFound, "", "a stranger accepts")
	wantCode(t, accept(b, id, SlotDay.Add(30*time.Minute), false), apperr.ValidationFailed, "starts_at", "a time not proposed")
	_, err := r.m.Accept(ctx, b, id, matching.AcceptInput{})
	wantCode(t, err, apperr.ValidationFailed, "starts_at", "no time")
	_, err = r.m.Decline(ctx, a, id, matching.CloseInput{})
	wantCode(t, err, apperr.Forbidden, "", "the asker declines")
	four := matching.ProposeInput{Times: []string{rfc(SlotDay), rfc(SlotDay.Add(time.Hour)), rfc(SlotDay.Add(2 * time.Hour)), rfc(SlotDay.Add(3 * time.Hour))}}
	_, err = r.m.Propose(ctx, b, id, four)
	wantCode(t, err, apperr.ValidationFailed, "times", "proposing four times")
	_, err = r.m.Propose(ctx, a, id, matching.ProposeInput{Times: []string{rfc(SlotDay.Add(2 * time.Hour))}})
	wantCode(t, err, apperr.Forbidden, "", "the asker proposes on their own turn's request")
	// A commitment since the request: accepting over it is refused.
	r.fakes.busy[b.ID] = []agenda.Interval{{Start: SlotDay, End: SlotDay.Add(15 * time.Minute), What: "booking"}}
	wantCode(t, accept(b, id, SlotDay, false), apperr.Overlaps, "starts_at", "accepting over a commitment")
	if st := status(id); st != matching.MeetingPending {
		t.Fatalf("after refused answers the request is %s", st)
	}
	must(t, accept(b, id, SlotDay.Add(time.Hour), false), "Accept")
	wantCode(t, accept(b, id, SlotDay.Add(time.Hour), false), apperr.Conflict, "", "accepting a confirmed meeting")
	_, err = r.m.Decline(ctx, b, id, matching.CloseInput{})
	wantCode(t, err, apperr.Conflict, "", "declining a confirmed meeting")
	// The second request for that hour: their time is taken.
	wantCode(t, accept(b, id2, SlotDay.Add(time.Hour), false), apperr.Overlaps, "starts_at", "accepting over a confirmed meeting")

	// Declined and cancelled requests take no answer.
	_, err = r.m.Decline(ctx, b, id2, matching.CloseInput{Message: ptr("Busy then.")})
	must(t, err, "Decline")
	wantCode(t, accept(b, id2, SlotDay.Add(time.Hour), false), apperr.Gone, "", "accepting a declined request")
	_, err = r.m.Cancel(ctx, a, id2, matching.CloseInput{})
	wantCode(t, err, apperr.Gone, "", "cancelling a declined request")
	id3 := ask(b, false, SlotDay.Add(3*time.Hour))
	_, err = r.m.Cancel(ctx, a, id3, matching.CloseInput{})
	must(t, err, "Cancel")
	wantCode(t, accept(b, id3, SlotDay.Add(3*time.Hour), false), apperr.Gone, "", "accepting a cancelled request")
	_, err = r.m.Cancel(ctx, b, id3, matching.CloseInput{})
	wantCode(t, err, apperr.Gone, "", "cancelling twice")

	// Outside working hours: the proposer agreed; the accepter must too.
	// 02:00 UTC is 04:00 in Oslo and 11:00 in Tokyo.
	late := SlotDay.Add(-6 * time.Hour)
	id4 := ask(tk, true, late)
	wantCode(t, accept(tk, id4, late, false), apperr.OutsideHours, "starts_at", "accepting outside hours without agreeing")
	must(t, accept(tk, id4, late, true), "Accept outside hours, agreed")

	// A confirmed meeting is cancelled until its end, not after.
	r.set(SlotDay.Add(time.Hour + 30*time.Minute))
	_, err = r.m.Cancel(ctx, a, id, matching.CloseInput{})
	wantCode(t, err, apperr.Gone, "", "cancelling a meeting that is over")
}

// testMeetingFlow: a request answered with other times, accepted, seen in
// each box and as Busy, then cancelled, which frees both people's time.
func testMeetingFlow(t *testing.T, s Store) {
	r := newMeetingRules(t, s)
	ctx := t.Context()
	a, b := r.p["a"], r.p["b"]
	box := func(p *accounts.Person, name string) []string {
		t.Helper()
		list, _, err := r.m.List(ctx, p, matching.MeetingQuery{Box: name})
		must(t, err, "List")
		return ids(list, func(v matching.MeetingView) string { return v.ID })
	}
	v, err := r.m.Ask(ctx, a, matching.MeetingInput{With: &b.ID, Times: []string{rfc(SlotDay)}, Note: ptr(" Data governance? ")})
	must(t, err, "Ask")
	if v.Status != matching.MeetingPending || v.Turn != b.ID || v.With.ID != b.ID || v.With.TimeZone != "Europe/Oslo" || v.Note != "Data governance?" || v.Minutes != 30 {
		t.Fatalf("asked: %+v", v)
	}
	if got := box(b, matching.BoxInbox); len(got) != 1 || got[0] != v.ID {
		t.Errorf("b's inbox: %v", got)
	}
	if got := box(a, matching.BoxOutbox); len(got) != 1 || got[0] != v.ID {
		t.Errorf("a's outbox: %v", got)
	}
	later := SlotDay.Add(2 * time.Hour)
	v, err = r.m.Propose(ctx, b, v.ID, matching.ProposeInput{Times: []string{rfc(later)}, Note: ptr("Later?")})
	must(t, err, "Propose")
	if v.Turn != a.ID || len(v.Proposals) != 2 || v.Note != "Later?" || !v.Times[0].Equal(later) {
		t.Fatalf("proposed: %+v", v)
	}
	if got := box(a, matching.BoxInbox); len(got) != 1 {
		t.Errorf("a's inbox after the proposal: %v", got)
	}
	v, err = r.m.Accept(ctx, a, v.ID, matching.AcceptInput{StartsAt: ptr(rfc(later))})
	must(t, err, "Accept")
	if v.Status != matching.MeetingConfirmed || v.Turn != "" || !v.StartsAt.Equal(later) || !v.EndsAt.Equal(later.Add(30*time.Minute)) || v.Room != matching.MeetingRoom(v.ID) {
		t.Fatalf("accepted: %+v", v)
	}
	for _, p := range []*accounts.Person{a, b} {
		if got := box(p, matching.BoxUpcoming); len(got) != 1 {
			t.Errorf("%s's upcoming: %v", p.ID, got)
		}
		busy, err := r.m.Busy(ctx, p.ID, SlotDay, SlotDay.Add(24*time.Hour))
		must(t, err, "Busy")
		if len(busy) != 1 || !busy[0].Start.Equal(later) || busy[0].What != "meeting" {
			t.Errorf("%s's busy: %v", p.ID, busy)
		}
	}
	// The room: its two, from 5 minutes before; not after a block.
	wantCode(t, r.m.MayEnterMeetingRoom(ctx, a.ID, v.ID, later.Add(-6*time.Minute)), apperr.Forbidden, "", "the room before it opens")
	must(t, r.m.MayEnterMeetingRoom(ctx, a.ID, v.ID, later.Add(-5*time.Minute)), "MayEnterMeetingRoom")
	wantCode(t, r.m.MayEnterMeetingRoom(ctx, r.p["x"].ID, v.ID, later), apperr.NotFound, "", "the room, to a stranger")
	wantCode(t, r.m.MayEnterMeetingRoom(ctx, b.ID, v.ID, later.Add(30*time.Minute)), apperr.Gone, "", "the room once over")
	r.fakes.mu.Lock()
	r.fakes.blocked[[2]string{b.ID, a.ID}] = true
	r.fakes.mu.Unlock()
	wantCode(t, r.m.MayEnterMeetingRoom(ctx, a.ID, v.ID, later), apperr.Blocked, "", "the room after a block")
	r.fakes.mu.Lock()
	delete(r.fakes.blocked, [2]string{b.ID, a.ID})
	r.fakes.mu.Unlock()
	v, err = r.m.Cancel(ctx, b, v.ID, matching.CloseInput{Message: ptr("Sorry.")})
	must(t, err, "Cancel")
	if v.Status != matching.MeetingCancelled || v.Message != "Sorry." || v.ClosedBy != b.ID || v.Room != "" {
		t.Fatalf("cancelled: %+v", v)
	}
	if got := box(a, matching.BoxPast); len(got) != 1 {
		t.Errorf("a's past: %v", got)
	}
	// Both people's time is free again.
	for _, p := range []*accounts.Person{a, b} {
		keys := agenda.MeetingTime.Keys(p.ID, later, later.Add(30*time.Minute))
		must(t, agenda.HoldAll(ctx, s, keys, "check", Epoch), "holding "+p.ID+"'s time after the cancellation")
	}
	// What a block ends: every request between the two, and only those.
	between, err := r.m.Ask(ctx, a, matching.MeetingInput{With: &b.ID, Times: []string{rfc(later)}})
	must(t, err, "Ask")
	elsewhere, err := r.m.Ask(ctx, a, matching.MeetingInput{With: &r.p["x"].ID, Times: []string{rfc(later)}})
	must(t, err, "Ask")
	must(t, r.m.CancelBetween(ctx, b, a.ID), "CancelBetween")
	for id, want := range map[string]string{between.ID: matching.MeetingCancelled, elsewhere.ID: matching.MeetingPending} {
		m, err := s.Meeting(ctx, id)
		must(t, err, "Meeting")
		if m.Status() != want {
			t.Errorf("after CancelBetween, %s is %s, want %s", id, m.Status(), want)
		}
	}
	_, _, err = r.m.List(ctx, a, matching.MeetingQuery{Box: "trash"})
	wantCode(t, err, apperr.ValidationFailed, "box", "an unknown box")
}
