package server_test

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/testkit"
)

// slotWorld is two organisations with a booth each, two staff members of
// the first and one of the second, and two participants.
type slotWorld struct {
	n                   *testkit.Node
	sec                 *testkit.Client
	boothA, boothB      string
	staffA, staffA2     *testkit.Client
	staffA2ID, staffBID string
	staffB              *testkit.Client
	p1, p2              *testkit.Client
	p1ID                string
	start               time.Time // a slot time two days ahead, on the hour
}

func newSlotWorld(t *testing.T, n *testkit.Node) *slotWorld {
	t.Helper()
	w := &slotWorld{n: n, sec: n.Secretariat(t)}
	orgA := w.sec.Do(http.MethodPost, "/api/organisations", orgBody("A")).Want(t, http.StatusCreated).Map(t)["id"].(string)
	orgB := w.sec.Do(http.MethodPost, "/api/organisations", orgBody("B")).Want(t, http.StatusCreated).Map(t)["id"].(string)
	w.boothA = w.sec.Do(http.MethodPost, "/api/booths", map[string]any{"organisation_id": orgA}).Want(t, http.StatusCreated).Map(t)["id"].(string)
	w.boothB = w.sec.Do(http.MethodPost, "/api/booths", map[string]any{"organisation_id": orgB}).Want(t, http.StatusCreated).Map(t)["id"].(string)
	w.staffA = newStaff(t, n, w.sec, orgA)
	w.staffA2 = newStaff(t, n, w.sec, orgA)
	w.staffA2ID = w.staffA2.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)["id"].(string)
	w.staffB = newStaff(t, n, w.sec, orgB)
	w.staffBID = w.staffB.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)["id"].(string)
	var acc map[string]any
	w.p1, acc = n.Client(t).Register(t, testkit.Registration(1))
	w.p1ID = acc["id"].(string)
	w.p2, _ = n.Client(t).Register(t, testkit.Registration(2))
	w.start = time.Now().UTC().Truncate(time.Hour).Add(48 * time.Hour)
	return w
}

func slotBody(start time.Time, minutes int, lang string) map[string]any {
	return map[string]any{"starts_at": start.Format(time.RFC3339), "minutes": minutes, "language": lang}
}

func (w *slotWorld) publish(t *testing.T, c *testkit.Client, booth string, body map[string]any) string {
	t.Helper()
	return c.Do(http.MethodPost, "/api/booths/"+booth+"/slots", body).Want(t, http.StatusCreated).Map(t)["id"].(string)
}

func (w *slotWorld) slotsTotal(t *testing.T, booth string) int {
	t.Helper()
	return int(w.sec.Do(http.MethodGet, "/api/booths/"+booth+"/slots", nil).Want(t, http.StatusOK).Map(t)["total"].(float64))
}

func book(c *testkit.Client, slot string) *testkit.Response {
	return c.Do(http.MethodPost, "/api/bookings", map[string]any{"slot_id": slot})
}

// TestSlotPublishing: staff publish slots at their own booth; every bad
// input is refused with its code and changes nothing.
func TestSlotPublishing(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		w := newSlotWorld(t, n)
		got := w.staffA.Do(http.MethodPost, "/api/booths/"+w.boothA+"/slots", slotBody(w.start, 30, "fr-ca")).Want(t, http.StatusCreated).Map(t)
		if got["language"] != "fr-CA" || got["minutes"] != 30.0 || got["booked"] != false ||
			got["starts_at"] != w.start.Format(time.RFC3339) || got["ends_at"] != w.start.Add(30*time.Minute).Format(time.RFC3339) {
			t.Fatalf("published: %v", got)
		}
		// The secretariat names the staff member; so may staff.
		w.publish(t, w.sec, w.boothA, map[string]any{"starts_at": w.start.Format(time.RFC3339), "minutes": 20, "language": "en", "staff_id": w.staffA2ID})

		bad := []struct {
			name   string
			caller *testkit.Client
			booth  string
			body   any
			status int
			code   string
			field  string
		}{
			{"participant", w.p1, w.boothA, slotBody(w.start.Add(2*time.Hour), 30, "en"), 403, "forbidden", ""},
			{"another organisation's booth", w.staffB, w.boothA, slotBody(w.start.Add(2*time.Hour), 30, "en"), 403, "forbidden", ""},
			{"another organisation's booth, malformed", w.staffB, w.boothA, "{nope", 403, "forbidden", ""},
			{"no such booth", w.sec, "booth-nope", slotBody(w.start.Add(2*time.Hour), 30, "en"), 404, "not_found", ""},
			{"malformed JSON", w.staffA, w.boothA, "{nope", 400, "bad_request", ""},
			{"unknown field", w.staffA, w.boothA, map[string]any{"starts_at": w.start.Add(2 * time.Hour).Format(time.RFC3339), "minutes": 30, "language": "en", "room": "x"}, 422, "validation_failed", "room"},
			{"in the past", w.staffA, w.boothA, slotBody(time.Now().UTC().Truncate(time.Hour).Add(-time.Hour), 30, "en"), 422, "validation_failed", "starts_at"},
			{"off the grid", w.staffA, w.boothA, slotBody(w.start.Add(7*time.Minute), 30, "en"), 422, "validation_failed", "starts_at"},
			{"not a time", w.staffA, w.boothA, map[string]any{"starts_at": "tomorrow", "minutes": 30, "language": "en"}, 422, "validation_failed", "starts_at"},
			{"too short", w.staffA, w.boothA, slotBody(w.start.Add(2*time.Hour), 5, "en"), 422, "validation_failed", "minutes"},
			{"too long", w.staffA, w.boothA, slotBody(w.start.Add(2*time.Hour), 125, "en"), 422, "validation_failed", "minutes"},
			{"odd length", w.staffA, w.boothA, slotBody(w.start.Add(2*time.Hour), 32, "en"), 422, "validation_failed", "minutes"},
			{"unknown language", w.staffA, w.boothA, slotBody(w.start.Add(2*time.Hour), 30, "klingon"), 422, "validation_failed", "language"},
			{"no language", w.staffA, w.boothA, slotBody(w.start.Add(2*time.Hour), 30, ""), 422, "validation_failed", "language"},
			{"staff of another organisation", w.staffA, w.boothA, map[string]any{"starts_at": w.start.Add(2 * time.Hour).Format(time.RFC3339), "minutes": 30, "language": "en", "staff_id": w.staffBID}, 422, "validation_failed", "staff_id"},
			{"a participant as staff", w.sec, w.boothA, map[string]any{"starts_at": w.start.Add(2 * time.Hour).Format(time.RFC3339), "minutes": 30, "language": "en", "staff_id": w.p1ID}, 422, "validation_failed", "staff_id"},
			{"overlapping the staff member's slot", w.staffA, w.boothA, slotBody(w.start.Add(25*time.Minute), 30, "en"), 409, "overlaps", "starts_at"},
			{"the same time again", w.staffA, w.boothA, slotBody(w.start, 30, "en"), 409, "overlaps", "starts_at"},
		}
		for _, tc := range bad {
			t.Run(tc.name, func(t *testing.T) {
				e := tc.caller.Do(http.MethodPost, "/api/booths/"+tc.booth+"/slots", tc.body).WantError(t, tc.status, tc.code).Error(t)
				if tc.field != "" && e.Fields[tc.field] == "" {
					t.Errorf("the error names no %s: %+v", tc.field, e)
				}
				if got := w.slotsTotal(t, w.boothA); got != 2 {
					t.Errorf("booth A has %d slots after a refused one, want 2", got)
				}
			})
		}
		// Right after the first slot is free again for that staff member.
		w.publish(t, w.staffA, w.boothA, slotBody(w.start.Add(30*time.Minute), 10, "en"))
	})
}

// TestSlotBooking: book, the errors of booking, schedules on both sides,
// cancel and book again, and a withdrawn slot.
func TestSlotBooking(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		w := newSlotWorld(t, n)
		s1 := w.publish(t, w.staffA, w.boothA, slotBody(w.start, 30, "fr"))
		s2 := w.publish(t, w.staffA2, w.boothA, slotBody(w.start.Add(15*time.Minute), 30, "en"))
		s3 := w.publish(t, w.staffA2, w.boothA, slotBody(w.start.Add(2*time.Hour), 30, "en"))

		got := book(w.p1, s1).Want(t, http.StatusCreated).Map(t)
		if got["id"] != s1 || got["side"] != "booker" || got["room"] != "booking:"+s1 || got["booth_id"] != w.boothA ||
			got["staff"].(map[string]any)["name"] == "" || got["booker"].(map[string]any)["id"] != w.p1ID {
			t.Fatalf("booked: %v", got)
		}

		// A slot already in the past, stored as staff published it then.
		past := &booths.Slot{ID: "slot-past", BoothID: w.boothA, OrganisationID: strings.Replace(w.boothA, "booth-", "org-", 1),
			StaffID: w.staffA2ID, Language: "en", StartsAt: time.Now().UTC().Add(-time.Hour).Truncate(time.Minute),
			EndsAt: time.Now().UTC().Truncate(time.Minute), CreatedAt: time.Now().UTC().Truncate(time.Millisecond)}
		if err := n.Store.CreateSlot(context.Background(), past); err != nil {
			t.Fatal(err)
		}

		bad := []struct {
			name   string
			caller *testkit.Client
			body   any
			status int
			code   string
		}{
			{"taken", w.p2, map[string]any{"slot_id": s1}, 409, "taken"},
			{"taken by oneself", w.p1, map[string]any{"slot_id": s1}, 409, "taken"},
			{"overlapping one's booking", w.p1, map[string]any{"slot_id": s2}, 409, "overlaps"},
			{"in the past", w.p2, map[string]any{"slot_id": "slot-past"}, 410, "gone"},
			{"own booth", w.staffA, map[string]any{"slot_id": s3}, 403, "forbidden"},
			{"no such slot", w.p2, map[string]any{"slot_id": "slot-nope"}, 404, "not_found"},
			{"no slot named", w.p2, map[string]any{}, 422, "validation_failed"},
			{"slot_id of the wrong type", w.p2, map[string]any{"slot_id": 7}, 422, "validation_failed"},
			{"malformed JSON", w.p2, "{nope", 400, "bad_request"},
		}
		for _, tc := range bad {
			t.Run(tc.name, func(t *testing.T) {
				tc.caller.Do(http.MethodPost, "/api/bookings", tc.body).WantError(t, tc.status, tc.code)
			})
		}
		// Nothing changed: p1 holds s1 only, and s2, s3 are free.
		mine := w.p1.Do(http.MethodGet, "/api/bookings", nil).Want(t, http.StatusOK).Map(t)
		if mine["total"] != 1.0 || mine["time_zone"] != "Africa/Dakar" {
			t.Fatalf("p1's schedule: %v", mine)
		}
		item := mine["items"].([]any)[0].(map[string]any)
		if item["id"] != s1 || item["booth_title"] != "A" || item["starts_at"] != w.start.Format(time.RFC3339) {
			t.Fatalf("p1's booking: %v", item)
		}
		theirs := w.staffA.Do(http.MethodGet, "/api/bookings", nil).Want(t, http.StatusOK).Map(t)
		if theirs["total"] != 1.0 || theirs["items"].([]any)[0].(map[string]any)["side"] != "staff" {
			t.Fatalf("staff A's schedule: %v", theirs)
		}
		if w.staffA2.Do(http.MethodGet, "/api/bookings", nil).Want(t, http.StatusOK).Map(t)["total"] != 0.0 {
			t.Fatal("staff A2 has a booking")
		}

		// The booth's slots: everyone sees whether each is booked; staff
		// of the booth see by whom; a participant sees only their own.
		bookedBy := func(c *testkit.Client) map[string]any {
			out := map[string]any{}
			for _, it := range c.Do(http.MethodGet, "/api/booths/"+w.boothA+"/slots", nil).Want(t, http.StatusOK).Map(t)["items"].([]any) {
				m := it.(map[string]any)
				out[m["id"].(string)] = m["booked_by"]
				if m["id"] == s1 && m["booked"] != true {
					t.Errorf("s1 not booked in the list: %v", m)
				}
			}
			return out
		}
		if b := bookedBy(w.staffA2); b[s1] == nil || b[s1].(map[string]any)["id"] != w.p1ID {
			t.Errorf("staff see who booked: %v", b)
		}
		if b := bookedBy(w.p2); b[s1] != nil {
			t.Errorf("another participant sees who booked: %v", b)
		}
		if b := bookedBy(w.p1); b[s1] == nil {
			t.Errorf("the booker does not see their own booking: %v", b)
		}

		// Other people's bookings are not theirs to read or cancel.
		w.p2.Do(http.MethodGet, "/api/bookings/"+s1, nil).WantError(t, http.StatusNotFound, "not_found")
		w.p2.Do(http.MethodDelete, "/api/bookings/"+s1, nil).WantError(t, http.StatusNotFound, "not_found")
		w.staffB.Do(http.MethodDelete, "/api/bookings/"+s1, nil).WantError(t, http.StatusNotFound, "not_found")
		w.staffA2.Do(http.MethodGet, "/api/bookings/"+s1, nil).Want(t, http.StatusOK)

		// Cancel, and book again: by someone else, then cancelled by staff.
		w.p1.Do(http.MethodDelete, "/api/bookings/"+s1, nil).Want(t, http.StatusNoContent)
		w.p1.Do(http.MethodDelete, "/api/bookings/"+s1, nil).WantError(t, http.StatusNotFound, "not_found")
		book(w.p1, s2).Want(t, http.StatusCreated) // p1's time is free again
		book(w.p2, s1).Want(t, http.StatusCreated)
		w.staffA2.Do(http.MethodDelete, "/api/bookings/"+s1, nil).Want(t, http.StatusNoContent)
		book(w.p2, s1).Want(t, http.StatusCreated)
		w.sec.Do(http.MethodDelete, "/api/bookings/"+s1, nil).Want(t, http.StatusNoContent)

		// Withdrawing a booked slot cancels the booking.
		w.staffB.Do(http.MethodDelete, "/api/slots/"+s2, nil).WantError(t, http.StatusForbidden, "forbidden")
		w.p1.Do(http.MethodDelete, "/api/slots/"+s2, nil).WantError(t, http.StatusForbidden, "forbidden")
		w.staffA.Do(http.MethodDelete, "/api/slots/"+s2, nil).Want(t, http.StatusNoContent)
		w.staffA.Do(http.MethodDelete, "/api/slots/"+s2, nil).WantError(t, http.StatusNotFound, "not_found")
		if got := w.p1.Do(http.MethodGet, "/api/bookings", nil).Want(t, http.StatusOK).Map(t); got["total"] != 0.0 {
			t.Errorf("p1's schedule after the withdrawal: %v", got)
		}
		book(w.p1, s2).WantError(t, http.StatusNotFound, "not_found")
		// staff A2's time is free again: they publish at s2's time.
		w.publish(t, w.staffA2, w.boothA, slotBody(w.start.Add(15*time.Minute), 30, "en"))

		// Deleting one's account gives one's booked slots back.
		gone, _ := n.Client(t).Register(t, testkit.Registration(7))
		book(gone, s3).Want(t, http.StatusCreated)
		gone.Do(http.MethodDelete, "/api/me", nil).Want(t, http.StatusNoContent)
		book(w.p2, s3).Want(t, http.StatusCreated)

		// A closed booth still lists its slots (booths start closed).
		if b := w.p1.Do(http.MethodGet, "/api/booths/"+w.boothA, nil).Want(t, http.StatusOK).Map(t); b["open"] != false {
			t.Fatalf("booth A is open: %v", b)
		}
		if got := w.slotsTotal(t, w.boothA); got != 3 {
			t.Errorf("closed booth A lists %d slots, want 3", got)
		}
		// Bad paging is refused.
		w.p1.Do(http.MethodGet, "/api/booths/"+w.boothA+"/slots?limit=0", nil).WantError(t, http.StatusUnprocessableEntity, "validation_failed")
		w.p1.Do(http.MethodGet, "/api/bookings?past=maybe", nil).WantError(t, http.StatusUnprocessableEntity, "validation_failed")
		w.p1.Do(http.MethodGet, "/api/booths/booth-nope/slots", nil).WantError(t, http.StatusNotFound, "not_found")
	})
}

// TestSlotCalendars: a booking's .ics and the personal feed parse back
// with the library, fold and escape as RFC 5545 says, and a rotated feed
// address is not found.
func TestSlotCalendars(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		w := newSlotWorld(t, n)
		title := "Café Übersee; «Dialogue», 多言語 — a booth whose title is long enough to be folded"
		w.staffA.Do(http.MethodPatch, "/api/booths/"+w.boothA, map[string]any{"title": title}).Want(t, http.StatusOK)
		s1 := w.publish(t, w.staffA, w.boothA, slotBody(w.start, 45, "fr"))
		book(w.p1, s1).Want(t, http.StatusCreated)

		r := w.p1.Do(http.MethodGet, "/api/bookings/"+s1+"/event.ics", nil).Want(t, http.StatusOK)
		if ct := r.Header.Get("Content-Type"); ct != "text/calendar; charset=utf-8" {
			t.Errorf("Content-Type %q", ct)
		}
		if cd := r.Header.Get("Content-Disposition"); !strings.Contains(cd, `filename=village-`+s1+`.ics`) {
			t.Errorf("Content-Disposition %q", cd)
		}
		ev := checkICS(t, r.Body, 1)[0]
		uid := ev.Id()
		if p := ev.GetProperty(ics.ComponentPropertySummary); p == nil || !strings.Contains(p.Value, title) {
			t.Errorf("SUMMARY %v, want the booth's title %q", p, title)
		}
		if start, err := ev.GetStartAt(); err != nil || !start.Equal(w.start) {
			t.Errorf("DTSTART %v %v, want %v", start, err, w.start)
		}
		if end, err := ev.GetEndAt(); err != nil || !end.Equal(w.start.Add(45*time.Minute)) {
			t.Errorf("DTEND %v %v", end, err)
		}
		for _, want := range []string{"DTSTART:" + w.start.Format("20060102T150405Z"), `\;`, `\,`, "STATUS:CONFIRMED", "URL:", "/booths/" + w.boothA} {
			if !bytes.Contains(unfold(r.Body), []byte(want)) {
				t.Errorf("the file lacks %q:\n%s", want, r.Body)
			}
		}
		w.p2.Do(http.MethodGet, "/api/bookings/"+s1+"/event.ics", nil).WantError(t, http.StatusNotFound, "not_found")
		w.staffA.Do(http.MethodGet, "/api/bookings/"+s1+"/event.ics", nil).Want(t, http.StatusOK)

		// The feed: no token, the address is the credential.
		feed := func(c *testkit.Client) string { t.Helper(); return feedPath(t, c) }
		anon := n.Client(t)
		path := feed(w.p1)
		if again := feed(w.p1); again != path {
			t.Fatalf("the feed address changed without a rotation: %s, then %s", path, again)
		}
		r = anon.Do(http.MethodGet, path, nil).Want(t, http.StatusOK)
		evs := checkICS(t, r.Body, 1)
		if evs[0].Id() != uid {
			t.Errorf("the feed's UID %q is not the booking file's %q", evs[0].Id(), uid)
		}
		// The staff member's feed has it too; p2's has nothing.
		checkICS(t, anon.Do(http.MethodGet, feed(w.staffA), nil).Want(t, http.StatusOK).Body, 1)
		checkICS(t, anon.Do(http.MethodGet, feed(w.p2), nil).Want(t, http.StatusOK).Body, 0)

		rotated, err := url.Parse(w.p1.Do(http.MethodPost, "/api/me/calendar/rotate", nil).Want(t, http.StatusOK).Map(t)["url"].(string))
		if err != nil || rotated.Path == path {
			t.Fatalf("rotated feed URL %v %v", rotated, err)
		}
		anon.Do(http.MethodGet, path, nil).WantError(t, http.StatusNotFound, "not_found")
		anon.Do(http.MethodGet, rotated.Path, nil).Want(t, http.StatusOK)
		if feed(w.p1) != rotated.Path {
			t.Error("the feed URL read after a rotation is not the rotated one")
		}
		for _, bad := range []string{"/api/calendar/nothing.ics", "/api/calendar/" + w.p1ID + ".forged.ics", strings.TrimSuffix(rotated.Path, ".ics")} {
			anon.Do(http.MethodGet, bad, nil).WantError(t, http.StatusNotFound, "not_found")
		}

		// A cancelled booking leaves the feed.
		w.p1.Do(http.MethodDelete, "/api/bookings/"+s1, nil).Want(t, http.StatusNoContent)
		checkICS(t, anon.Do(http.MethodGet, rotated.Path, nil).Want(t, http.StatusOK).Body, 0)
	})
}

// feedPath is the path of c's calendar feed.
func feedPath(t *testing.T, c *testkit.Client) string {
	t.Helper()
	u, err := url.Parse(c.Do(http.MethodGet, "/api/me/calendar", nil).Want(t, http.StatusOK).Map(t)["url"].(string))
	if err != nil || !strings.HasPrefix(u.Path, "/api/calendar/") || !strings.HasSuffix(u.Path, ".ics") {
		t.Fatalf("feed URL %v %v", u, err)
	}
	return u.Path
}

// TestFeedSessions: a person's feed holds, beside their bookings and by
// start, the sessions they organise or hold a confirmed place in, each the
// VEVENT of the session's own .ics; not a place on the waitlist, nor one
// withdrawn; a cancelled session stays, marked CANCELLED, for calendar
// programs to take off.
func TestFeedSessions(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		w := newSlotWorld(t, n)
		book(w.p1, w.publish(t, w.staffA, w.boothA, slotBody(w.start.Add(3*time.Hour), 30, "fr"))).Want(t, http.StatusCreated)
		propose := func(start time.Time, capacity int) string {
			t.Helper()
			body := map[string]any{"type": "town_hall", "title": "Open mic, the village's", "description": "Bring questions.",
				"language": "en", "starts_at": start.Format(time.RFC3339), "minutes": 60, "capacity": capacity}
			return w.p2.Do(http.MethodPost, "/api/sessions", body).Want(t, http.StatusCreated).Map(t)["id"].(string)
		}
		kept, left := propose(w.start, 1), propose(w.start.Add(5*time.Hour), 5)
		for _, c := range []*testkit.Client{w.p1, w.staffA2} { // p1 confirmed, staffA2 waitlisted
			c.Do(http.MethodPost, "/api/sessions/"+kept+"/signup", nil).Want(t, http.StatusCreated)
		}
		w.p1.Do(http.MethodPost, "/api/sessions/"+left+"/signup", nil).Want(t, http.StatusCreated)
		w.p1.Do(http.MethodDelete, "/api/sessions/"+left+"/signup", nil).Want(t, http.StatusNoContent)

		anon := n.Client(t)
		read := func(c *testkit.Client, want int) []*ics.VEvent {
			t.Helper()
			r := anon.Do(http.MethodGet, feedPath(t, c), nil).Want(t, http.StatusOK)
			if !bytes.Contains(unfold(r.Body), []byte("\r\nX-WR-CALNAME:IGF Village: my meetings and sessions\r\n")) {
				t.Errorf("the feed's name:\n%s", r.Body)
			}
			return checkICS(t, r.Body, want)
		}
		evs := read(w.p1, 2)
		if !strings.HasPrefix(evs[0].Id(), kept+"@") || !strings.HasPrefix(evs[1].Id(), "booking-") {
			t.Fatalf("p1's feed: %s, %s; want the session, then the later booking", evs[0].Id(), evs[1].Id())
		}
		own := checkICS(t, w.p1.Do(http.MethodGet, "/api/sessions/"+kept+"/event.ics", nil).Want(t, http.StatusOK).Body, 1)[0]
		for _, prop := range []ics.ComponentProperty{ics.ComponentPropertyUniqueId, ics.ComponentPropertyDtStart, ics.ComponentPropertyDtEnd,
			ics.ComponentPropertySummary, ics.ComponentPropertyDescription, ics.ComponentPropertyLocation, ics.ComponentPropertyUrl,
			ics.ComponentPropertyStatus, ics.ComponentPropertyCreated} {
			a, b := evs[0].GetProperty(prop), own.GetProperty(prop)
			if a == nil || b == nil || a.Value != b.Value {
				t.Errorf("%s in the feed: %v, in the session's .ics: %v", prop, a, b)
			}
		}
		if got := read(w.p2, 2); !strings.HasPrefix(got[0].Id(), kept+"@") || !strings.HasPrefix(got[1].Id(), left+"@") {
			t.Errorf("the organiser's feed: %s, %s", got[0].Id(), got[1].Id())
		}
		read(w.staffA2, 0) // waitlisted

		w.p2.Do(http.MethodDelete, "/api/sessions/"+kept, nil).Want(t, http.StatusNoContent)
		for _, c := range []*testkit.Client{w.p1, w.p2} {
			if got := read(c, 2)[0].GetProperty(ics.ComponentPropertyStatus); got == nil || got.Value != "CANCELLED" {
				t.Errorf("a cancelled session in the feed: STATUS %v", got)
			}
		}
		read(w.staffA2, 0)
	})
}

// checkICS checks the framing of an iCalendar file (CRLF line ends, no
// line over 75 octets, continuation lines start with a space), parses it
// with the library and returns its events, of which it wants n.
func checkICS(t *testing.T, body []byte, n int) []*ics.VEvent {
	t.Helper()
	if !bytes.HasSuffix(body, []byte("\r\n")) {
		t.Errorf("the file does not end with CRLF")
	}
	for i, line := range bytes.Split(bytes.TrimSuffix(body, []byte("\r\n")), []byte("\r\n")) {
		if len(line) > 75 {
			t.Errorf("line %d is %d octets, over 75: %q", i+1, len(line), line)
		}
		if bytes.ContainsAny(line, "\r\n") {
			t.Errorf("line %d holds a bare CR or LF: %q", i+1, line)
		}
	}
	cal, err := ics.ParseCalendar(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("the library does not parse it back: %v\n%s", err, body)
	}
	evs := cal.Events()
	if len(evs) != n {
		t.Fatalf("%d events, want %d:\n%s", len(evs), n, body)
	}
	for _, ev := range evs {
		for _, p := range []ics.ComponentProperty{ics.ComponentPropertyUniqueId, ics.ComponentPropertyDtstamp,
			ics.ComponentPropertyDtStart, ics.ComponentPropertyDtEnd, ics.ComponentPropertySummary,
			ics.ComponentPropertyDescription, ics.ComponentPropertyUrl, ics.ComponentPropertyStatus} {
			if ev.GetProperty(p) == nil {
				t.Errorf("event %s lacks %s", ev.Id(), p)
			}
		}
	}
	return evs
}

// unfold joins folded lines (RFC 5545 3.1).
func unfold(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\r\n "), nil) }

// TestSlotBookingRace: 50 people book one slot at the same instant over
// HTTP; exactly one gets it, the others are told it is taken.
func TestSlotBookingRace(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		w := newSlotWorld(t, n)
		slot := w.publish(t, w.staffA, w.boothA, slotBody(w.start, 30, "fr"))
		const racers = 50
		people := make([]*testkit.Client, racers)
		ids := make([]string, racers)
		for i := range people {
			var acc map[string]any
			people[i], acc = n.Client(t).Register(t, testkit.Registration(100+i))
			ids[i] = acc["id"].(string)
		}
		start := make(chan struct{})
		statuses := make([]*testkit.Response, racers)
		var wg sync.WaitGroup
		for i := range people {
			wg.Go(func() {
				<-start
				statuses[i] = book(people[i], slot)
			})
		}
		close(start)
		wg.Wait()
		winner := -1
		for i, r := range statuses {
			switch r.Status {
			case http.StatusCreated:
				if winner >= 0 {
					t.Fatalf("racers %d and %d both booked the slot", winner, i)
				}
				winner = i
			case http.StatusConflict:
				r.WantError(t, http.StatusConflict, "taken")
			default:
				t.Fatalf("racer %d: %d %s", i, r.Status, r.Body)
			}
		}
		if winner < 0 {
			t.Fatal("nobody booked the slot")
		}
		got := w.staffA.Do(http.MethodGet, "/api/bookings/"+slot, nil).Want(t, http.StatusOK).Map(t)
		if got["booker"].(map[string]any)["id"] != ids[winner] {
			t.Errorf("the booking is %v's, the winner was %s", got["booker"], ids[winner])
		}
	})
}

// TestBookingRoom: a booking's live room lets in its booker and the staff
// member who meets them, from five minutes before the start, and nobody
// else; they chat there.
func TestBookingRoom(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		w := newSlotWorld(t, n)
		// The next five-minute mark: the room opens five minutes before
		// it, so now or within seconds.
		start := time.Now().UTC().Truncate(5 * time.Minute).Add(5 * time.Minute)
		if time.Until(start) < 30*time.Second {
			start = start.Add(5 * time.Minute)
		}
		slot := w.publish(t, w.staffA2, w.boothA, slotBody(start, 10, "en"))
		bk := book(w.p1, slot).Want(t, http.StatusCreated).Map(t)["id"].(string)
		room := "booking:" + bk

		n.Live(t, w.p2.Token).Request("join", room, nil).Fails("not_found")
		n.Live(t, w.staffA.Token).Request("join", room, nil).Fails("not_found")
		n.Live(t, w.p1.Token).Request("join", "booking:nope", nil).Fails("not_found")

		booker, host := n.Live(t, w.p1.Token), n.Live(t, w.staffA2.Token)
		deadline := time.Now().Add(time.Until(start.Add(-4 * time.Minute)))
		for {
			r := booker.Request("join", room, nil)
			if r.Type == "reply" {
				break
			}
			r.Fails("forbidden") // not open yet: it opens within seconds
			if time.Now().After(deadline) {
				t.Fatal("the booking's room never opened")
			}
			time.Sleep(200 * time.Millisecond)
		}
		host.Request("join", room, nil).Ok()
		booker.Request("send", room, map[string]string{"text": "Hello, I can hear you"}).Ok()
		if ev := host.Await("message", room); !strings.Contains(string(ev.Payload), "Hello, I can hear you") {
			t.Fatalf("message in the booking room: %s", ev.Payload)
		}
	})
}
