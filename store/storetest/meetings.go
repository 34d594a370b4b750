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
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/store"
)

var meetingTests = []test{
	{"Meetings/CreateReadUpdateList", testMeetingRoundTrip},
	{"Meetings/Race/AcceptOverlapping", testAcceptOverlappingRace},
	{"Meetings/Race/AnswerOnce", testAnswerOnceRace},
	{"Meetings/Race/CancelWhileAccepting", testCancelWhileAcceptingRace},
	{"Meetings/Race/MeetingAndBooking", testMeetingAndBookingRace},
	{"Meetings/Race/Reminder", testMeetingReminderRace},
}

// NewMeeting is request i, ID "meet-%04d", from asker to with, offering
// three half-hour times from SlotDay, i hours apart.
func NewMeeting(i int, asker, with string) *matching.Meeting {
	start := SlotDay.Add(time.Duration(i) * time.Hour)
	return &matching.Meeting{
		ID: fmt.Sprintf("meet-%04d", i), AskerID: asker, WithID: with, Minutes: 30,
		Proposals: []matching.Proposal{{
			By: asker, Times: []time.Time{start, start.Add(time.Hour), start.Add(2 * time.Hour)},
			Note: "About *data*.", At: At(i),
		}},
		CreatedAt: At(i),
	}
}

func testMeetingRoundTrip(t *testing.T, s Store) {
	ctx := t.Context()
	for _, i := range []int{3, 1, 2} {
		must(t, s.CreateMeeting(ctx, NewMeeting(i, "person-0001", fmt.Sprintf("person-%04d", 10+i))), "CreateMeeting")
	}
	wantErr(t, s.CreateMeeting(ctx, NewMeeting(1, "person-0009", "person-0008")), store.ErrDuplicate, "CreateMeeting with a taken ID")
	got, err := s.Meeting(ctx, "meet-0001")
	must(t, err, "Meeting")
	wantSame(t, got, NewMeeting(1, "person-0001", "person-0011"), "Meeting")
	_, err = s.Meeting(ctx, "meet-none")
	wantErr(t, err, store.ErrNotFound, "Meeting of none")

	// Each part is written apart: none undoes another.
	want := NewMeeting(1, "person-0001", "person-0011")
	prop := matching.Proposal{By: "person-0011", Times: []time.Time{SlotDay.Add(5 * time.Hour)}, Note: "Later?", OutsideHours: true, At: At(20)}
	must(t, s.AddMeetingProposal(ctx, "meet-0001", prop), "AddMeetingProposal")
	conf := matching.MeetingConfirmation{StartsAt: SlotDay.Add(5 * time.Hour), EndsAt: SlotDay.Add(5*time.Hour + 30*time.Minute), By: "person-0001", At: At(21)}
	must(t, s.ConfirmMeeting(ctx, "meet-0001", conf), "ConfirmMeeting")
	cancel := matching.MeetingClosing{By: "person-0011", Message: "Ill, sorry.", At: At(22)}
	must(t, s.CancelMeeting(ctx, "meet-0001", cancel), "CancelMeeting")
	decline := matching.MeetingClosing{By: "person-0001", At: At(23)}
	must(t, s.DeclineMeeting(ctx, "meet-0001", decline), "DeclineMeeting")
	want.Proposals = append(want.Proposals, prop)
	want.Confirmed, want.Cancelled, want.Declined = &conf, &cancel, &decline
	got, err = s.Meeting(ctx, "meet-0001")
	must(t, err, "Meeting after updates")
	wantSame(t, got, want, "Meeting after updates")
	if got.Status() != matching.MeetingCancelled || got.Turn() != "person-0001" || got.Revision() != 1 {
		t.Errorf("status %s, turn %s, revision %d; want cancelled, person-0001, 1", got.Status(), got.Turn(), got.Revision())
	}
	for name, err := range map[string]error{
		"AddMeetingProposal": s.AddMeetingProposal(ctx, "meet-none", prop),
		"ConfirmMeeting":     s.ConfirmMeeting(ctx, "meet-none", conf),
		"DeclineMeeting":     s.DeclineMeeting(ctx, "meet-none", decline),
		"CancelMeeting":      s.CancelMeeting(ctx, "meet-none", cancel),
	} {
		wantErr(t, err, store.ErrNotFound, name+" of none")
	}

	list, err := s.MeetingsOfPerson(ctx, "person-0001")
	must(t, err, "MeetingsOfPerson")
	if got, want := ids(list, func(m matching.Meeting) string { return m.ID }), []string{"meet-0001", "meet-0002", "meet-0003"}; !slices.Equal(got, want) {
		t.Errorf("MeetingsOfPerson(asker) = %v, want %v (by creation)", got, want)
	}
	list, err = s.MeetingsOfPerson(ctx, "person-0012")
	must(t, err, "MeetingsOfPerson")
	if got, want := ids(list, func(m matching.Meeting) string { return m.ID }), []string{"meet-0002"}; !slices.Equal(got, want) {
		t.Errorf("MeetingsOfPerson(asked) = %v, want %v", got, want)
	}
	list, err = s.MeetingsOfPerson(ctx, "person-0099")
	must(t, err, "MeetingsOfPerson")
	if len(list) != 0 {
		t.Errorf("MeetingsOfPerson(stranger) = %v, want none", list)
	}

	// Confirm meet-0002 and meet-0003 too: the window finds those that
	// start in it, whatever became of them since.
	for i, id := range []string{"meet-0002", "meet-0003"} {
		start := SlotDay.Add(time.Duration(2+i) * time.Hour)
		must(t, s.ConfirmMeeting(ctx, id, matching.MeetingConfirmation{StartsAt: start, EndsAt: start.Add(30 * time.Minute), By: "x", At: At(30)}), "ConfirmMeeting")
	}
	for _, c := range []struct {
		from, to time.Time
		want     []string
	}{
		{SlotDay, SlotDay.Add(24 * time.Hour), []string{"meet-0002", "meet-0003", "meet-0001"}},
		{SlotDay.Add(2 * time.Hour), SlotDay.Add(3 * time.Hour), []string{"meet-0002"}},
		{SlotDay.Add(2*time.Hour + time.Minute), SlotDay.Add(3*time.Hour + time.Minute), []string{"meet-0003"}},
		{SlotDay.Add(6 * time.Hour), SlotDay.Add(7 * time.Hour), nil},
	} {
		list, err := s.MeetingsStartingBetween(ctx, c.from, c.to)
		must(t, err, "MeetingsStartingBetween")
		if got := ids(list, func(m matching.Meeting) string { return m.ID }); !slices.Equal(got, c.want) {
			t.Errorf("MeetingsStartingBetween(%v, %v) = %v, want %v", c.from, c.to, got, c.want)
		}
	}
}

// The races below go through matching.Meetings, the rules, on the store,
// as the slots' races do.

// meetingWorld is Racers participants and the rules at Epoch, with
// booths' slot rules on the same store (their holds are shared).
func meetingWorld(t *testing.T, s Store) (*matching.Meetings, []*accounts.Person) {
	t.Helper()
	ctx := t.Context()
	people := make([]*accounts.Person, Racers+1)
	for i := range people {
		people[i] = NewPerson(200 + i)
		must(t, s.CreatePerson(ctx, people[i]), "CreatePerson")
	}
	return matching.NewMeetings(s, func() time.Time { return Epoch }, matching.MeetingConfig{MaxPending: Racers}), people
}

func rfc(t time.Time) string { return t.Format(time.RFC3339) }

// ask sends a request from p to with for one half-hour time (or minutes
// long), and returns its ID.
func ask(t *testing.T, m *matching.Meetings, p, with *accounts.Person, at time.Time, minutes ...int) string {
	t.Helper()
	in := matching.MeetingInput{With: &with.ID, Times: []string{rfc(at)}}
	if len(minutes) > 0 {
		in.Minutes = &minutes[0]
	}
	v, err := m.Ask(t.Context(), p, in)
	must(t, err, "Ask")
	return v.ID
}

// testAcceptOverlappingRace: Racers people ask one person for times that
// all overlap each other; the one asked accepts every request at once;
// exactly one is confirmed, and every loser's asker holds no time.
func testAcceptOverlappingRace(t *testing.T, s Store) {
	m, people := meetingWorld(t, s)
	target := people[Racers]
	ids := make([]string, Racers)
	starts := make([]time.Time, Racers)
	for i := range ids {
		starts[i] = SlotDay.Add(time.Duration(i%6) * agenda.Step)
		ids[i] = ask(t, m, people[i], target, starts[i])
	}
	errs := together(func(ctx context.Context, i int) error {
		_, err := m.Accept(ctx, target, ids[i], matching.AcceptInput{StartsAt: ptr(rfc(starts[i]))})
		return err
	})
	winner := oneWinner(t, errs, apperr.Overlaps)
	ctx := t.Context()
	for i, id := range ids {
		got, err := s.Meeting(ctx, id)
		must(t, err, "Meeting")
		want := matching.MeetingPending
		if i == winner {
			want = matching.MeetingConfirmed
		}
		if got.Status() != want {
			t.Errorf("request %d is %s, want %s", i, got.Status(), want)
		}
	}
	// The losers' askers hold none of that time: each can hold it now.
	for i := range Racers {
		if i == winner {
			continue
		}
		keys := agenda.MeetingTime.Keys(people[i].ID, starts[i], starts[i].Add(30*time.Minute))
		must(t, agenda.HoldAll(ctx, s, keys, "check", Epoch), fmt.Sprintf("holding loser %d's time", i))
	}
	// The winner's two hold theirs.
	keys := agenda.MeetingTime.Keys(target.ID, starts[winner], starts[winner].Add(30*time.Minute))
	wantErr(t, agenda.HoldAll(ctx, s, keys, "check", Epoch), store.ErrDuplicate, "holding the accepted time")
}

// testAnswerOnceRace: the one asked declines and proposes other times at
// once, Racers times; exactly one answer stands.
func testAnswerOnceRace(t *testing.T, s Store) {
	m, people := meetingWorld(t, s)
	asker, target := people[0], people[1]
	id := ask(t, m, asker, target, SlotDay)
	errs := together(func(ctx context.Context, i int) error {
		if i%2 == 0 {
			_, err := m.Decline(ctx, target, id, matching.CloseInput{Message: ptr(fmt.Sprint(i))})
			return err
		}
		_, err := m.Propose(ctx, target, id, matching.ProposeInput{Times: []string{rfc(SlotDay.Add(time.Duration(i) * agenda.Step))}})
		return err
	})
	// A loser that read the request after the winner's answer is told
	// what became of it (declined, or not their turn any more).
	winner := oneWinnerOf(t, errs, apperr.Conflict, apperr.Gone, apperr.Forbidden)
	got, err := s.Meeting(t.Context(), id)
	must(t, err, "Meeting")
	if winner%2 == 0 {
		if got.Status() != matching.MeetingDeclined || got.Declined.Message != fmt.Sprint(winner) || len(got.Proposals) != 1 {
			t.Errorf("declined by %d: %+v", winner, got)
		}
	} else if got.Status() != matching.MeetingPending || len(got.Proposals) != 2 || got.Turn() != asker.ID {
		t.Errorf("proposed by %d: status %s, %d proposals, turn %s", winner, got.Status(), len(got.Proposals), got.Turn())
	}
}

// testCancelWhileAcceptingRace: the asker cancels while the other accepts,
// Racers requests at once (each at its own time); whichever wins, a
// cancelled meeting holds no time.
func testCancelWhileAcceptingRace(t *testing.T, s Store) {
	m, people := meetingWorld(t, s)
	asker, target := people[0], people[1]
	ids := make([]string, Racers/2)
	starts := make([]time.Time, len(ids))
	for i := range ids {
		// 15 minutes every 20: inside a working day in Oslo.
		starts[i] = SlotDay.Add(time.Duration(i) * 20 * time.Minute)
		ids[i] = ask(t, m, asker, target, starts[i], 15)
	}
	errs := together(func(ctx context.Context, i int) error {
		k := i / 2
		if i%2 == 0 {
			_, err := m.Cancel(ctx, asker, ids[k], matching.CloseInput{})
			return err
		}
		_, err := m.Accept(ctx, target, ids[k], matching.AcceptInput{StartsAt: ptr(rfc(starts[k]))})
		return err
	})
	ctx := t.Context()
	for k, id := range ids {
		if err := errs[2*k]; err != nil {
			t.Errorf("cancel %d: %v", k, err)
		}
		if err := errs[2*k+1]; err != nil && !errors.Is(err, apperr.E(apperr.Gone)) {
			t.Errorf("accept %d: %v, want success or gone", k, err)
		}
		got, err := s.Meeting(ctx, id)
		must(t, err, "Meeting")
		if got.Status() != matching.MeetingCancelled {
			t.Errorf("request %d is %s, want cancelled", k, got.Status())
		}
		for _, p := range []*accounts.Person{asker, target} {
			keys := agenda.MeetingTime.Keys(p.ID, starts[k], starts[k].Add(15*time.Minute))
			must(t, agenda.HoldAll(ctx, s, keys, "check", Epoch), fmt.Sprintf("holding %s's time of request %d", p.ID, k))
		}
	}
}

// testMeetingAndBookingRace: a person accepts Racers/2 requests while
// booking Racers/2 slots at a booth, all at overlapping times, at once:
// exactly one of them all is theirs.
func testMeetingAndBookingRace(t *testing.T, s Store) {
	m, people := meetingWorld(t, s)
	slots, staff, _ := slotWorld(t, s)
	target := people[Racers]
	ctx := t.Context()
	ids := make([]string, Racers)
	starts := make([]time.Time, Racers)
	for i := range ids {
		starts[i] = SlotDay.Add(time.Duration(i%6) * agenda.Step)
		if i%2 == 0 {
			ids[i] = ask(t, m, people[i], target, starts[i])
			continue
		}
		sl := NewSlot(0, "booth-0001", staff.ID)
		sl.ID = fmt.Sprintf("slot-%04d", i)
		sl.StartsAt, sl.EndsAt = starts[i], starts[i].Add(30*time.Minute)
		must(t, s.CreateSlot(ctx, sl), "CreateSlot")
		ids[i] = sl.ID
	}
	errs := together(func(ctx context.Context, i int) error {
		if i%2 == 0 {
			_, err := m.Accept(ctx, target, ids[i], matching.AcceptInput{StartsAt: ptr(rfc(starts[i]))})
			return err
		}
		_, err := slots.Book(ctx, target, booths.BookInput{SlotID: &ids[i]})
		return err
	})
	oneWinner(t, errs, apperr.Overlaps)
}

// oneWinnerOf checks that exactly one attempt succeeded and every other
// failed with one of codes, and returns the winner.
func oneWinnerOf(t *testing.T, errs []error, codes ...apperr.Code) int {
	t.Helper()
	winner, wins := -1, 0
	for i, err := range errs {
		switch {
		case err == nil:
			winner, wins = i, wins+1
		case !slices.Contains(codes, apperr.CodeOf(err)):
			t.Errorf("attempt %d: %v, want one of %v", i, err, codes)
		}
	}
	if wins != 1 {
		t.Fatalf("%d of %d racing attempts succeeded, want exactly 1", wins, len(errs))
	}
	return winner
}

// testMeetingReminderRace: Racers nodes look for meetings to remind of at
// once; the confirmed meeting about to start is reminded of once, to both
// its people, and no other (one later, one cancelled, one pending).
func testMeetingReminderRace(t *testing.T, s Store) {
	ctx := t.Context()
	confirm := func(m *matching.Meeting, start time.Time) *matching.Meeting {
		m.Confirmed = &matching.MeetingConfirmation{StartsAt: start, EndsAt: start.Add(30 * time.Minute), By: m.WithID, At: Epoch}
		return m
	}
	soon := confirm(NewMeeting(1, "person-a", "person-b"), Epoch.Add(5*time.Minute))
	later := confirm(NewMeeting(2, "person-a", "person-c"), Epoch.Add(time.Hour))
	off := confirm(NewMeeting(3, "person-d", "person-e"), Epoch.Add(5*time.Minute))
	off.Cancelled = &matching.MeetingClosing{By: "person-d", At: Epoch}
	pending := NewMeeting(4, "person-f", "person-g")
	for _, m := range []*matching.Meeting{soon, later, off, pending} {
		must(t, s.CreateMeeting(ctx, m), "CreateMeeting")
	}
	rec := &recorder{}
	var mu sync.Mutex
	total := 0
	errs := together(func(ctx context.Context, _ int) error {
		node := matching.NewMeetings(s, func() time.Time { return Epoch }, matching.MeetingConfig{}, matching.MeetingsWithNotifier(rec))
		n, err := node.RemindDue(ctx)
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
	got := rec.count(matching.EventMeetingReminder)
	if want := map[string]int{"person-a": 1, "person-b": 1}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("reminded %v, want %v", got, want)
	}
}

// meetingDurability is RunDurability's part for meetings: a request and
// each of its parts written apart are there after a reopen.
func meetingDurability(t *testing.T, open func(t *testing.T) Store) {
	t.Helper()
	ctx := t.Context()
	s := open(t)
	m := NewMeeting(9, "person-0001", "person-0002")
	m.ID = "meet-durable"
	must(t, s.CreateMeeting(ctx, m), "CreateMeeting")
	prop := matching.Proposal{By: "person-0002", Times: []time.Time{SlotDay.Add(time.Hour)}, Note: "Later?", At: At(3)}
	must(t, s.AddMeetingProposal(ctx, m.ID, prop), "AddMeetingProposal")
	conf := matching.MeetingConfirmation{StartsAt: SlotDay.Add(time.Hour), EndsAt: SlotDay.Add(90 * time.Minute), By: "person-0001", At: At(4)}
	must(t, s.ConfirmMeeting(ctx, m.ID, conf), "ConfirmMeeting")
	must(t, s.Close(), "Close")

	s = open(t)
	defer func() { must(t, s.Close(), "Close after reopen") }()
	want := *m
	want.Proposals = append(want.Proposals, prop)
	want.Confirmed = &conf
	got, err := s.Meeting(ctx, m.ID)
	must(t, err, "Meeting after reopen")
	wantSame(t, got, &want, "meeting after reopen")
	wantErr(t, s.CreateMeeting(ctx, m), store.ErrDuplicate, "creating a meeting again after reopen")
}
