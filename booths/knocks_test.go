package booths_test

import (
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/protocol"
)

// recorder is a Notifier that keeps what it was told.
type recorder struct {
	mu     sync.Mutex
	events []event
}

type event struct{ to, typ, payload string }

func (r *recorder) ToRoom(room, typ string, payload any)     { r.add("room "+room, typ, payload) }
func (r *recorder) ToPerson(person, typ string, payload any) { r.add("person "+person, typ, payload) }

func (r *recorder) add(to, typ string, payload any) {
	b, _ := json.Marshal(payload)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, event{to, typ, string(b)})
}

// take returns the events so far and forgets them.
func (r *recorder) take() []event {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.events
	r.events = nil
	return out
}

// knockVillage is a booth open from 09:00 to 17:00 UTC, at 10:30, with one
// of its staff in its room.
type knockVillage struct {
	svc      *booths.Service
	told     *recorder
	booth    string
	org      string
	presence fakePresence
	met      *metRecorder
	now      *time.Time
}

func newKnockVillage(t *testing.T) *knockVillage {
	t.Helper()
	now := time.Date(2020, 11, 2, 10, 30, 0, 0, time.UTC)
	kv := &knockVillage{told: &recorder{}, presence: fakePresence{}, met: &metRecorder{}, now: &now}
	kv.svc, _ = village(t, kv.now, booths.WithPresence(kv.presence), booths.WithNotifier(kv.told), booths.WithContacts(kv.met))
	o := newOrg(t, kv.svc, "DC on Community Connectivity")
	b, err := kv.svc.CreateBooth(t.Context(), booths.BoothCreate{OrganisationID: o.ID, BoothInput: booths.BoothInput{
		Hours: &[]booths.Hours{{Date: "2020-11-02", Opens: "09:00", Closes: "17:00"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := kv.svc.SetOpen(t.Context(), b.ID, true); err != nil {
		t.Fatal(err)
	}
	kv.booth, kv.org = b.ID, o.ID
	kv.presence.crowd(b.ID, o.ID, 0, 1)
	kv.told.take()
	return kv
}

func visitor(i int) protocol.Identity {
	return protocol.Identity{ID: "v" + string(rune('0'+i)), Name: "Visitor " + string(rune('0'+i)), Role: string(accounts.RoleParticipant), Photo: "/api/photos/v"}
}

func (kv *knockVillage) staff(i int) protocol.Identity {
	return protocol.Identity{ID: "s" + string(rune('0'+i)), Name: "Staff " + string(rune('0'+i)), Role: string(accounts.RoleStaff), Organisation: kv.org}
}

func TestKnockRefusals(t *testing.T) {
	kv := newKnockVillage(t)
	ctx := t.Context()
	for _, tc := range []struct {
		name  string
		who   protocol.Identity
		booth string
		text  string
		code  apperr.Code
	}{
		{"text too long", visitor(1), kv.booth, strings.Repeat("é", 201), apperr.ValidationFailed},
		{"a control character", visitor(1), kv.booth, "two\nlines", apperr.ValidationFailed},
		{"no such booth", visitor(1), "booth-nowhere", "", apperr.NotFound},
		{"its own staff", kv.staff(2), kv.booth, "", apperr.Forbidden},
	} {
		_, err := kv.svc.Ask(ctx, tc.who, tc.booth, tc.text)
		if apperr.CodeOf(err) != tc.code {
			t.Errorf("%s: %v, want %s", tc.name, err, tc.code)
		}
	}
	// Staff of another organisation and the secretariat may knock.
	other := protocol.Identity{ID: "x1", Name: "Other", Role: string(accounts.RoleStaff), Organisation: "org-other"}
	if _, err := kv.svc.Ask(ctx, other, kv.booth, strings.Repeat("é", 200)); err != nil {
		t.Fatalf("staff of another organisation: %v", err)
	}

	// Out of hours, closed by the secretariat, or with nobody of its staff
	// there, the booth refuses with a code the client acts on.
	*kv.now = time.Date(2020, 11, 2, 17, 0, 0, 0, time.UTC)
	if _, err := kv.svc.Ask(ctx, visitor(1), kv.booth, ""); apperr.CodeOf(err) != apperr.BoothClosed {
		t.Fatalf("out of hours: %v", err)
	}
	*kv.now = time.Date(2020, 11, 2, 16, 59, 0, 0, time.UTC)
	if _, err := kv.svc.SetOpen(ctx, kv.booth, false); err != nil {
		t.Fatal(err)
	}
	if _, err := kv.svc.Ask(ctx, visitor(1), kv.booth, ""); apperr.CodeOf(err) != apperr.BoothClosed {
		t.Fatalf("closed booth: %v", err)
	}
	if _, err := kv.svc.SetOpen(ctx, kv.booth, true); err != nil {
		t.Fatal(err)
	}
	staffed := kv.presence[booths.BoothRoom(kv.booth)]
	delete(kv.presence, booths.BoothRoom(kv.booth))
	kv.presence.crowd(kv.booth, kv.org, 3, 0) // visitors, staff of elsewhere, the secretariat
	if _, err := kv.svc.Ask(ctx, visitor(1), kv.booth, ""); apperr.CodeOf(err) != apperr.BoothUnstaffed {
		t.Fatalf("unstaffed booth: %v", err)
	}
	kv.presence[booths.BoothRoom(kv.booth)] = staffed
	kv.told.take()

	// Twice is a conflict, and tells nobody.
	if _, err := kv.svc.Ask(ctx, visitor(1), kv.booth, "hello"); err != nil {
		t.Fatal(err)
	}
	kv.told.take()
	if _, err := kv.svc.Ask(ctx, visitor(1), kv.booth, "again"); apperr.CodeOf(err) != apperr.Conflict {
		t.Fatalf("knocking twice: %v", err)
	}
	if ev := kv.told.take(); len(ev) != 0 {
		t.Fatalf("a refused knock told %v", ev)
	}
	q, err := kv.svc.Queue(ctx, sec, kv.booth)
	if err != nil || len(q.Knocks) != 2 || q.Knocks[1].Text != "hello" {
		t.Fatalf("queue after refusals: %+v %v", q, err)
	}
	if _, err := kv.svc.Queue(ctx, &accounts.Person{ID: "v1", Role: accounts.RoleParticipant}, kv.booth); apperr.CodeOf(err) != apperr.Forbidden {
		t.Fatalf("a visitor reads the queue: %v", err)
	}
}

// TestKnockQueue: the order, the events of every change, taking the next
// and a chosen visitor, declining, withdrawing, and the talk room's door.
func TestKnockQueue(t *testing.T) {
	kv := newKnockVillage(t)
	ctx := t.Context()
	staffRoom := "room " + booths.StaffRoom(kv.org)
	for i := 1; i <= 3; i++ {
		pos, err := kv.svc.Ask(ctx, visitor(i), kv.booth, "")
		if err != nil || pos.Position != i || pos.Ahead != i-1 {
			t.Fatalf("knock %d: %+v %v", i, pos, err)
		}
		*kv.now = kv.now.Add(time.Second)
	}
	ev := kv.told.take()
	last := ev[len(ev)-4:]
	if last[0].to != staffRoom || last[0].typ != booths.EventKnockQueue || !strings.Contains(last[0].payload, `"waiting_seconds":2`) {
		t.Fatalf("queue event: %+v", last[0])
	}
	if last[3] != (event{"person v3", booths.EventKnockPosition, `{"booth":"` + kv.booth + `","position":3,"ahead":2}`}) {
		t.Fatalf("position event: %+v", last[3])
	}
	// The queue, staff's view, on joining the staff room.
	var kinds []protocol.RoomKind = kv.svc.RoomKinds(booths.RoomRules{})
	state, err := kinds[1].State(ctx, kv.staff(1), kv.org)
	if err != nil || len(state.(booths.Queue).Knocks) != 3 || state.(booths.Queue).Knocks[0].Visitor.ID != "v1" {
		t.Fatalf("staff room state: %+v %v", state, err)
	}

	// Take a chosen visitor (2); then the next (1).
	res, err := kv.svc.Take(ctx, kv.staff(1), kv.booth, "v2")
	if err != nil || res.Visitor.ID != "v2" || !strings.HasPrefix(res.Room, "talk:") {
		t.Fatalf("take v2: %+v %v", res, err)
	}
	ev = kv.told.take()
	if ev[0].to != "person v2" || ev[0].typ != booths.EventKnockTaken || !strings.Contains(ev[0].payload, `"room":"`+res.Room+`"`) ||
		!strings.Contains(ev[0].payload, `"name":"Staff 1"`) {
		t.Fatalf("taken event: %+v", ev)
	}
	if ev[len(ev)-1] != (event{"person v3", booths.EventKnockPosition, `{"booth":"` + kv.booth + `","position":2,"ahead":1}`}) {
		t.Fatalf("v3's position after the take: %+v", ev)
	}
	if _, err := kv.svc.Take(ctx, kv.staff(2), kv.booth, "v2"); apperr.CodeOf(err) != apperr.Conflict || !strings.Contains(err.Error(), "already taken by Staff 1") {
		t.Fatalf("taking a taken knock: %v", err)
	}
	if _, err := kv.svc.Take(ctx, visitor(9), kv.booth, ""); apperr.CodeOf(err) != apperr.Forbidden {
		t.Fatalf("a visitor takes: %v", err)
	}
	if ev := kv.told.take(); len(ev) != 0 {
		t.Fatalf("refused takes told %v", ev)
	}
	next, err := kv.svc.Take(ctx, kv.staff(2), kv.booth, "")
	if err != nil || next.Visitor.ID != "v1" {
		t.Fatalf("take the next: %+v %v", next, err)
	}

	// The talk room: the two of them only.
	talk := kinds[2]
	key, _ := talk.Key(res.Room)
	for who, want := range map[string]apperr.Code{"v2": "", "s1": "", "v1": apperr.Forbidden, "s2": apperr.Forbidden} {
		err := talk.Join(ctx, protocol.Identity{ID: who}, key)
		if (want == "" && err != nil) || (want != "" && apperr.CodeOf(err) != want) {
			t.Errorf("%s joins the talk: %v, want %q", who, err, want)
		}
	}
	if err := talk.Join(ctx, protocol.Identity{ID: "v2"}, "k-nowhere"); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("an unknown talk: %v", err)
	}

	// Decline v3 with a message; then v3 may knock again, and withdraw.
	kv.told.take()
	if err := kv.svc.Decline(ctx, kv.staff(1), kv.booth, "v3", "bad\tmessage"); apperr.CodeOf(err) != apperr.ValidationFailed {
		t.Fatalf("a bad message: %v", err)
	}
	if err := kv.svc.Decline(ctx, kv.staff(1), kv.booth, "v3", "Come back at 15:00"); err != nil {
		t.Fatal(err)
	}
	ev = kv.told.take()
	if ev[0] != (event{"person v3", booths.EventKnockDeclined, `{"booth":"` + kv.booth + `","message":"Come back at 15:00"}`}) {
		t.Fatalf("declined event: %+v", ev)
	}
	if err := kv.svc.Decline(ctx, kv.staff(2), kv.booth, "v3", ""); apperr.CodeOf(err) != apperr.Conflict || !strings.Contains(err.Error(), "declined by Staff 1") {
		t.Fatalf("declining a declined knock: %v", err)
	}
	*kv.now = kv.now.Add(time.Second)
	if _, err := kv.svc.Ask(ctx, visitor(3), kv.booth, "me again"); err != nil {
		t.Fatalf("knock after a decline: %v", err)
	}
	mine, err := kv.svc.MyKnocks(ctx, "v3")
	if err != nil || len(mine) != 1 || mine[0].Position.Position != 1 || mine[0].Text != "me again" {
		t.Fatalf("my knocks: %+v %v", mine, err)
	}
	if err := kv.svc.Withdraw(ctx, visitor(3), kv.booth); err != nil {
		t.Fatal(err)
	}
	if err := kv.svc.Withdraw(ctx, visitor(3), kv.booth); apperr.CodeOf(err) != apperr.NotFound {
		t.Fatalf("withdrawing twice: %v", err)
	}
	if _, err := kv.svc.Take(ctx, kv.staff(1), kv.booth, "v3"); apperr.CodeOf(err) != apperr.Conflict || !strings.Contains(err.Error(), "gave up") {
		t.Fatalf("taking a withdrawn knock: %v", err)
	}
	if _, err := kv.svc.Take(ctx, kv.staff(1), kv.booth, ""); apperr.CodeOf(err) != apperr.NotFound {
		t.Fatalf("taking from an empty queue: %v", err)
	}
}

// TestKnockTakeRace: 20 staff take one knock at the same instant; one
// wins, the others get conflict, and the visitor is told once.
func TestKnockTakeRace(t *testing.T) {
	kv := newKnockVillage(t)
	ctx := t.Context()
	if _, err := kv.svc.Ask(ctx, visitor(1), kv.booth, ""); err != nil {
		t.Fatal(err)
	}
	kv.told.take()
	const racers = 20
	errs := make([]error, racers)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range racers {
		wg.Go(func() {
			<-start
			who := protocol.Identity{ID: "racer" + string(rune('a'+i)), Name: "Racer", Role: string(accounts.RoleStaff), Organisation: kv.org}
			_, errs[i] = kv.svc.Take(ctx, who, kv.booth, "v1")
		})
	}
	close(start)
	wg.Wait()
	wins := 0
	for i, err := range errs {
		switch {
		case err == nil:
			wins++
		case apperr.CodeOf(err) != apperr.Conflict:
			t.Errorf("racer %d: %v, want conflict", i, err)
		}
	}
	taken := 0
	for _, e := range kv.told.take() {
		if e.typ == booths.EventKnockTaken {
			taken++
		}
	}
	if wins != 1 || taken != 1 {
		t.Fatalf("%d takes won and the visitor was told %d times; want 1 and 1", wins, taken)
	}
	if met := kv.met.take(); len(met) != 1 || met[0].kind != contacts.KindKnock || met[0].place != kv.booth || met[0].people[0] != "v1" {
		t.Fatalf("contacts recorded: %+v, want one: v1 and the winner at a knock at %s", met, kv.booth)
	}
}

// TestKnockTakeNextRace: staff taking the next visitor at once serve
// different visitors; those beaten when nobody is left learn so.
func TestKnockTakeNextRace(t *testing.T) {
	kv := newKnockVillage(t)
	ctx := t.Context()
	for i := 1; i <= 2; i++ {
		if _, err := kv.svc.Ask(ctx, visitor(i), kv.booth, ""); err != nil {
			t.Fatal(err)
		}
		*kv.now = kv.now.Add(time.Millisecond)
	}
	const racers = 6
	res := make([]*booths.TakeResult, racers)
	errs := make([]error, racers)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range racers {
		wg.Go(func() {
			<-start
			res[i], errs[i] = kv.svc.Take(ctx, kv.staff(i), kv.booth, "")
		})
	}
	close(start)
	wg.Wait()
	var served []string
	for i := range racers {
		switch {
		case errs[i] == nil:
			served = append(served, res[i].Visitor.ID)
		case apperr.CodeOf(errs[i]) != apperr.NotFound && apperr.CodeOf(errs[i]) != apperr.Conflict:
			t.Errorf("racer %d: %v", i, errs[i])
		}
	}
	slices.Sort(served)
	if !slices.Equal(served, []string{"v1", "v2"}) {
		t.Fatalf("served %v, want v1 and v2 once each", served)
	}
}

// TestWithdrawAll: a visitor whose account goes leaves every queue; a
// knock already answered stays as answered.
func TestWithdrawAll(t *testing.T) {
	kv := newKnockVillage(t)
	ctx := t.Context()
	if _, err := kv.svc.Ask(ctx, visitor(1), kv.booth, ""); err != nil {
		t.Fatal(err)
	}
	kv.told.take()
	if err := kv.svc.WithdrawAll(ctx, "v1"); err != nil {
		t.Fatal(err)
	}
	if ev := kv.told.take(); len(ev) != 1 || ev[0].typ != booths.EventKnockQueue || !strings.Contains(ev[0].payload, `"knocks":[]`) {
		t.Fatalf("events of WithdrawAll: %+v", ev)
	}
	if err := kv.svc.WithdrawAll(ctx, "v1"); err != nil {
		t.Fatalf("with nothing to withdraw: %v", err)
	}
}
