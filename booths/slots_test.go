package booths_test

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/store"
	"github.com/igf-village/village/store/memory"
)

// The rules' own tests, on the embedded store; store/storetest runs the
// races on both stores, server/slots_test.go the routes.

var slotNow = time.Date(2020, 11, 2, 8, 0, 0, 0, time.UTC)

type slotFixture struct {
	slots         *booths.Slots
	st            *memory.Store
	staff, p1, p2 *accounts.Person
	slot          *booths.Slot
	clock         *time.Time
}

func newSlotFixture(t *testing.T) *slotFixture {
	t.Helper()
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	ctx := t.Context()
	clock := slotNow
	f := &slotFixture{st: st, clock: &clock}
	f.slots = booths.NewSlots(st, func() time.Time { return *f.clock }, []byte(strings.Repeat("k", 32)))
	if err := st.CreateBooth(ctx, &booths.Booth{ID: "booth-a", OrganisationID: "org-a", Title: "A"}); err != nil {
		t.Fatal(err)
	}
	mk := func(id string, role accounts.Role, org string) *accounts.Person {
		p := &accounts.Person{ID: id, Email: id + "@example.org", DisplayName: "Name " + id, Role: role, OrganisationID: org, TimeZone: "UTC"}
		if err := st.CreatePerson(ctx, p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	f.staff = mk("staff-a", accounts.RoleStaff, "org-a")
	f.p1 = mk("p1", accounts.RoleParticipant, "")
	f.p2 = mk("p2", accounts.RoleParticipant, "")
	start := slotNow.Add(2 * time.Hour).Format(time.RFC3339)
	v, err := f.slots.Publish(ctx, f.staff, "booth-a", booths.SlotInput{StartsAt: &start, Minutes: ptrTo(30), Language: ptrTo("en")})
	if err != nil {
		t.Fatal(err)
	}
	f.slot, err = st.Slot(ctx, v.ID)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func ptrTo[T any](v T) *T { return &v }

func (f *slotFixture) book(t *testing.T, p *accounts.Person) *booths.Booking {
	t.Helper()
	if _, err := f.slots.Book(t.Context(), p, booths.BookInput{SlotID: &f.slot.ID}); err != nil {
		t.Fatalf("Book: %v", err)
	}
	bk, err := f.st.Booking(t.Context(), f.slot.ID)
	if err != nil {
		t.Fatal(err)
	}
	return bk
}

func TestBookingRoom(t *testing.T) {
	f := newSlotFixture(t)
	f.book(t, f.p1)
	room := booths.BookingRoom(f.slot.ID)
	kind := f.slots.RoomKind()
	if id, ok := kind.Key(room); !ok || id != f.slot.ID || room != "booking:"+f.slot.ID || !kind.Chat {
		t.Fatalf("BookingRoom %q is of its kind with key %q %v", room, id, ok)
	}
	if _, ok := kind.Key("booth:x"); ok {
		t.Error("the booking rooms' kind takes a booth's room")
	}
	start, end := f.slot.StartsAt, f.slot.EndsAt
	cases := []struct {
		name   string
		person string
		at     time.Time
		want   apperr.Code // "" for allowed
	}{
		{"booker, too early", f.p1.ID, start.Add(-booths.RoomOpensBefore - time.Second), apperr.Forbidden},
		{"booker, as it opens", f.p1.ID, start.Add(-booths.RoomOpensBefore), ""},
		{"booker, during", f.p1.ID, start.Add(10 * time.Minute), ""},
		{"staff member, during", f.staff.ID, start.Add(29 * time.Minute), ""},
		{"booker, at the end", f.p1.ID, end, apperr.Gone},
		{"someone else, during", f.p2.ID, start.Add(10 * time.Minute), apperr.NotFound},
		{"the booth's other staff, during", "staff-b", start.Add(10 * time.Minute), apperr.NotFound},
	}
	for _, tc := range cases {
		err := f.slots.MayEnterBookingRoom(t.Context(), tc.person, f.slot.ID, tc.at)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v, want allowed", tc.name, err)
		case tc.want != "" && !errors.Is(err, apperr.E(tc.want)):
			t.Errorf("%s: %v, want %s", tc.name, err, tc.want)
		}
	}
	if err := f.slots.MayEnterBookingRoom(t.Context(), f.p1.ID, "slot-nope", start); !errors.Is(err, apperr.E(apperr.NotFound)) {
		t.Errorf("no such booking: %v", err)
	}
	// Cancelled: nobody enters.
	if err := f.slots.Cancel(t.Context(), f.p1, f.slot.ID); err != nil {
		t.Fatal(err)
	}
	if err := f.slots.MayEnterBookingRoom(t.Context(), f.p1.ID, f.slot.ID, start); !errors.Is(err, apperr.E(apperr.NotFound)) {
		t.Errorf("after cancelling: %v", err)
	}
}

// TestLateCancelSparesTheNextBooking: a cancellation that comes after the
// booking was cancelled and the slot booked again removes nothing.
func TestLateCancelSparesTheNextBooking(t *testing.T) {
	f := newSlotFixture(t)
	ctx := t.Context()
	first := f.book(t, f.p1)
	if err := f.slots.CancelBooking(ctx, first); err != nil {
		t.Fatal(err)
	}
	second := f.book(t, f.p2)
	if err := f.slots.CancelBooking(ctx, first); !errors.Is(err, apperr.E(apperr.NotFound)) {
		t.Fatalf("late cancel: %v, want not_found", err)
	}
	got, err := f.st.Booking(ctx, f.slot.ID)
	if err != nil || got.Ref != second.Ref {
		t.Fatalf("after a late cancel the slot has %+v, %v; want p2's booking", got, err)
	}
	// p2's time is still held: p2 cannot hold an overlapping slot.
	if err := f.slots.HoldAll(ctx, booths.MeetingTime.Keys(f.p2.ID, f.slot.StartsAt, f.slot.EndsAt), "test"); !errors.Is(err, store.ErrDuplicate) {
		t.Errorf("p2's time after a late cancel: %v, want still held", err)
	}
}

// TestBookWithdrawnSlot: a booking made after the slot's withdrawal was
// claimed takes itself back.
func TestBookWithdrawnSlot(t *testing.T) {
	f := newSlotFixture(t)
	ctx := t.Context()
	if err := f.st.Claim(ctx, booths.WithdrawnKey(f.slot.ID), slotNow); err != nil {
		t.Fatal(err)
	}
	if _, err := f.slots.Book(ctx, f.p1, booths.BookInput{SlotID: &f.slot.ID}); !errors.Is(err, apperr.E(apperr.NotFound)) {
		t.Fatalf("Book of a slot being withdrawn: %v, want not_found", err)
	}
	if _, err := f.st.Booking(ctx, f.slot.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("the booking stayed: %v", err)
	}
	if err := f.slots.HoldAll(ctx, booths.MeetingTime.Keys(f.p1.ID, f.slot.StartsAt, f.slot.EndsAt), "test"); err != nil {
		t.Errorf("p1's time stayed held: %v", err)
	}
}

// TestBookStartedSlot: a slot is booked only before it starts.
func TestBookStartedSlot(t *testing.T) {
	f := newSlotFixture(t)
	*f.clock = f.slot.StartsAt
	if _, err := f.slots.Book(t.Context(), f.p1, booths.BookInput{SlotID: &f.slot.ID}); !errors.Is(err, apperr.E(apperr.Gone)) {
		t.Fatalf("Book at the start: %v, want gone", err)
	}
}

func TestHoldKeys(t *testing.T) {
	start := slotNow
	if got := booths.MeetingTime.Keys("p", start, start.Add(30*time.Minute)); len(got) != 6 || got[0] != booths.MeetingTime.Key("p", start) {
		t.Errorf("30 minutes: %v", got)
	}
	if got := booths.MeetingTime.Keys("p", start.Add(time.Minute), start.Add(11*time.Minute)); len(got) != 3 {
		t.Errorf("a slot off the grid holds every step it touches: %v", got)
	}
}

// TestBookingEvent: a booking's event, written, says who meets whom and
// where, with the booking's UID, and parses back to what was written.
func TestBookingEvent(t *testing.T) {
	title := "Café, Übersee; «Dialogue» — 多言語 \\ booth"
	staff := strings.Repeat("Ñandú Ölçer ", 12)
	v := booths.BookingView{
		ID: "slot-1", BoothID: "booth-a", BoothTitle: title, Staff: accounts.PersonRef{ID: "s", Name: staff},
		Booker: accounts.PersonRef{ID: "p", Name: "Amina, \"the\" booker"}, Language: "fr", StartsAt: slotNow,
		EndsAt: slotNow.Add(30 * time.Minute), Minutes: 30, Side: booths.SideBooker, CreatedAt: slotNow.Add(-time.Hour),
	}.WithRef("r1")
	var buf bytes.Buffer
	err := agenda.WriteICS(&buf, agenda.Calendar{Name: "Mine", Now: slotNow},
		[]agenda.Event{v.Event("village.example", "https://village.example/booths/booth-a")})
	if err != nil {
		t.Fatal(err)
	}
	raw := buf.Bytes()
	for i, line := range bytes.Split(bytes.TrimSuffix(raw, []byte("\r\n")), []byte("\r\n")) {
		if len(line) > 75 {
			t.Errorf("line %d: %d octets", i+1, len(line))
		}
	}
	unfolded := string(bytes.ReplaceAll(raw, []byte("\r\n "), nil))
	for _, want := range []string{`Café\, Übersee\; «Dialogue» — 多言語 \\ booth`, `\nStaff: `, "DTSTART:20201102T080000Z",
		"DTEND:20201102T083000Z", "UID:booking-r1@village.example", "URL:https://village.example/booths/booth-a", "BEGIN:VEVENT",
		"\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n", "\r\nX-WR-CALNAME:Mine\r\n", "\r\nSTATUS:CONFIRMED\r\n"} {
		if !strings.Contains(unfolded, want) {
			t.Errorf("lacks %q:\n%s", want, raw)
		}
	}
	if !strings.Contains(string(raw), "\r\n ") {
		t.Error("nothing was folded")
	}
	cal, err := ics.ParseCalendar(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	evs := cal.Events()
	if len(evs) != 1 {
		t.Fatalf("%d events", len(evs))
	}
	sum := evs[0].GetProperty(ics.ComponentPropertySummary)
	if sum == nil || ics.FromText(sum.Value) != v.Summary() {
		t.Errorf("SUMMARY reads back as %v, want %q", sum, v.Summary())
	}
	desc := evs[0].GetProperty(ics.ComponentPropertyDescription)
	if desc == nil || ics.FromText(desc.Value) != v.Description("https://village.example/booths/booth-a") {
		t.Errorf("DESCRIPTION reads back as %v", desc)
	}
}
