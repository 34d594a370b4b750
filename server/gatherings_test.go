package server_test

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/igf-village/village/server"
	"github.com/igf-village/village/testkit"
)

// sessionWorld is an organiser, three participants, staff of an
// organisation and the secretariat, on one node.
type sessionWorld struct {
	n          *testkit.Node
	sec, staff *testkit.Client
	org        *testkit.Client
	orgID      string
	p          []*testkit.Client
	pID        []string
	start      time.Time // two days ahead, on the hour
}

func newSessionWorld(t *testing.T, n *testkit.Node) *sessionWorld {
	t.Helper()
	w := &sessionWorld{n: n, sec: n.Secretariat(t)}
	orgA := w.sec.Do(http.MethodPost, "/api/organisations", orgBody("A")).Want(t, http.StatusCreated).Map(t)["id"].(string)
	w.staff = newStaff(t, n, w.sec, orgA)
	var acc map[string]any
	w.org, acc = n.Client(t).Register(t, testkit.Registration(1))
	w.orgID = acc["id"].(string)
	for i := range 3 {
		c, acc := n.Client(t).Register(t, testkit.Registration(10+i))
		w.p = append(w.p, c)
		w.pID = append(w.pID, acc["id"].(string))
	}
	w.start = time.Now().UTC().Truncate(time.Hour).Add(48 * time.Hour)
	return w
}

func sessionBody(start time.Time, minutes, capacity int) map[string]any {
	return map[string]any{
		"type": "bof", "title": "Community networks in the Sahel", "description": "Bring **your** questions. <script>alert(1)</script>",
		"language": "fr", "starts_at": start.Format(time.RFC3339), "minutes": minutes, "capacity": capacity,
		"themes": []string{"inclusion"},
	}
}

func (w *sessionWorld) propose(t *testing.T, c *testkit.Client, body map[string]any) map[string]any {
	t.Helper()
	return c.Do(http.MethodPost, "/api/sessions", body).Want(t, http.StatusCreated).Map(t)
}

func (w *sessionWorld) mine(t *testing.T, c *testkit.Client) int {
	t.Helper()
	return int(c.Do(http.MethodGet, "/api/sessions?mine=true", nil).Want(t, http.StatusOK).Map(t)["total"].(float64))
}

func signUp(c *testkit.Client, id string) *testkit.Response {
	return c.Do(http.MethodPost, "/api/sessions/"+id+"/signup", nil)
}

// TestSessionProposing: anyone signed in proposes; each bad input is
// refused with its code and field, and changes nothing.
func TestSessionProposing(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		w := newSessionWorld(t, n)
		got := w.propose(t, w.org, sessionBody(w.start, 60, 30))
		if got["status"] != "listed" || got["place"] != "organiser" || got["capacity"] != 30.0 || got["minutes"] != 60.0 ||
			got["ends_at"] != w.start.Add(time.Hour).Format(time.RFC3339) || got["room"] != "session:"+got["id"].(string) ||
			got["organiser"].(map[string]any)["id"] != w.orgID {
			t.Fatalf("proposed: %v", got)
		}
		// Markdown rendered safely, as a booth's description is.
		if html := got["description_html"].(string); !strings.Contains(html, "<strong>your</strong>") || strings.Contains(html, "<script>") {
			t.Errorf("description_html: %q", html)
		}
		// Staff and the secretariat propose too.
		w.propose(t, w.staff, sessionBody(w.start, 60, 10))

		with := func(k string, v any) map[string]any {
			b := sessionBody(w.start.Add(24*time.Hour), 60, 20)
			if v == nil {
				delete(b, k)
			} else {
				b[k] = v
			}
			return b
		}
		bad := []struct {
			name   string
			body   any
			status int
			code   string
			field  string
		}{
			{"malformed JSON", "{nope", 400, "bad_request", ""},
			{"not an object", "[1]", 400, "bad_request", ""},
			{"unknown field", with("room", "x"), 422, "validation_failed", "room"},
			{"capacity of the wrong type", with("capacity", "ten"), 422, "validation_failed", "capacity"},
			{"unknown type", with("type", "keynote"), 422, "validation_failed", "type"},
			{"no type", with("type", nil), 422, "validation_failed", "type"},
			{"no title", with("title", nil), 422, "validation_failed", "title"},
			{"title too long", with("title", strings.Repeat("t", 121)), 422, "validation_failed", "title"},
			{"description too long", with("description", strings.Repeat("d", 5001)), 422, "validation_failed", "description"},
			{"unknown language", with("language", "klingon"), 422, "validation_failed", "language"},
			{"unknown theme", with("themes", []string{"sports"}), 422, "validation_failed", "themes"},
			{"in the past", with("starts_at", time.Now().UTC().Truncate(time.Hour).Add(-time.Hour).Format(time.RFC3339)), 422, "validation_failed", "starts_at"},
			{"off the grid", with("starts_at", w.start.Add(7*time.Minute).Format(time.RFC3339)), 422, "validation_failed", "starts_at"},
			{"not a time", with("starts_at", "tomorrow"), 422, "validation_failed", "starts_at"},
			{"too short", with("minutes", 10), 422, "validation_failed", "minutes"},
			{"too long", with("minutes", 240), 422, "validation_failed", "minutes"},
			{"no capacity", with("capacity", nil), 422, "validation_failed", "capacity"},
			{"capacity zero", with("capacity", 0), 422, "validation_failed", "capacity"},
			{"capacity over the limit", with("capacity", 101), 422, "validation_failed", "capacity"},
			{"overlapping the organiser's session", sessionBody(w.start.Add(30*time.Minute), 60, 5), 409, "overlaps", "starts_at"},
			{"the same time again", sessionBody(w.start, 15, 5), 409, "overlaps", "starts_at"},
		}
		for _, tc := range bad {
			t.Run(tc.name, func(t *testing.T) {
				e := w.org.Do(http.MethodPost, "/api/sessions", tc.body).WantError(t, tc.status, tc.code).Error(t)
				if tc.field != "" && e.Fields[tc.field] == "" {
					t.Errorf("the error names no %s: %+v", tc.field, e)
				}
				if got := w.mine(t, w.org); got != 1 {
					t.Errorf("the organiser has %d sessions after a refused one, want 1", got)
				}
			})
		}
		// Right after the first: no overlap.
		w.propose(t, w.org, sessionBody(w.start.Add(time.Hour), 30, 5))
	}, func(c *server.Config) { c.SessionMaxCapacity = 100 })
}

// TestSessionApproval: with approval on, a proposal waits for the
// secretariat, which approves or refuses with a reason; nobody else may.
func TestSessionApproval(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		w := newSessionWorld(t, n)
		live := n.Live(t, w.org.Token)
		a := w.propose(t, w.org, sessionBody(w.start, 60, 10))
		b := w.propose(t, w.org, sessionBody(w.start.Add(2*time.Hour), 60, 10))
		if a["status"] != "proposed" {
			t.Fatalf("status with approval on: %v", a["status"])
		}
		ida, idb := a["id"].(string), b["id"].(string)
		// Not listed, not visible, not open to sign-ups.
		if total := w.p[0].Do(http.MethodGet, "/api/sessions", nil).Want(t, http.StatusOK).Map(t)["total"]; total != 0.0 {
			t.Errorf("others list %v sessions, want 0", total)
		}
		w.p[0].Do(http.MethodGet, "/api/sessions/"+ida, nil).WantError(t, http.StatusNotFound, "not_found")
		if total := w.sec.Do(http.MethodGet, "/api/sessions?status=proposed", nil).Want(t, http.StatusOK).Map(t)["total"]; total != 2.0 {
			t.Errorf("the secretariat's queue holds %v, want 2", total)
		}
		if total := w.org.Do(http.MethodGet, "/api/sessions?status=proposed", nil).Want(t, http.StatusOK).Map(t)["total"]; total != 2.0 {
			t.Errorf("the organiser sees %v of their proposals, want 2", total)
		}
		w.sec.Do(http.MethodPost, "/api/sessions/"+ida+"/signup", nil).WantError(t, http.StatusConflict, "conflict")

		bad := []struct {
			name   string
			caller *testkit.Client
			path   string
			body   any
			status int
			code   string
		}{
			{"participant approving", w.p[0], ida + "/approve", nil, 403, "forbidden"},
			{"organiser approving", w.org, ida + "/approve", nil, 403, "forbidden"},
			{"staff approving", w.staff, ida + "/approve", nil, 403, "forbidden"},
			{"participant refusing", w.p[0], ida + "/refuse", map[string]any{"reason": "no"}, 403, "forbidden"},
			{"refusing with no reason", w.sec, ida + "/refuse", map[string]any{}, 422, "validation_failed"},
			{"refusing with an empty reason", w.sec, ida + "/refuse", map[string]any{"reason": " "}, 422, "validation_failed"},
			{"refusing with no body", w.sec, ida + "/refuse", nil, 400, "bad_request"},
			{"approving none", w.sec, "ses-nope/approve", nil, 404, "not_found"},
		}
		for _, tc := range bad {
			t.Run(tc.name, func(t *testing.T) {
				tc.caller.Do(http.MethodPost, "/api/sessions/"+tc.path, tc.body).WantError(t, tc.status, tc.code)
				if got := w.sec.Do(http.MethodGet, "/api/sessions/"+ida, nil).Want(t, http.StatusOK).Map(t)["status"]; got != "proposed" {
					t.Errorf("status after a refused decision: %v", got)
				}
			})
		}

		got := w.sec.Do(http.MethodPost, "/api/sessions/"+ida+"/approve", nil).Want(t, http.StatusOK).Map(t)
		if got["status"] != "listed" {
			t.Errorf("approved: %v", got["status"])
		}
		if ev := live.Await("session.approved", ""); !strings.Contains(string(ev.Payload), ida) {
			t.Errorf("approval event: %s", ev.Payload)
		}
		w.sec.Do(http.MethodPost, "/api/sessions/"+ida+"/approve", nil).WantError(t, http.StatusConflict, "conflict")
		w.sec.Do(http.MethodPost, "/api/sessions/"+ida+"/refuse", map[string]any{"reason": "late"}).WantError(t, http.StatusConflict, "conflict")
		signUp(w.p[0], ida).Want(t, http.StatusCreated)

		got = w.sec.Do(http.MethodPost, "/api/sessions/"+idb+"/refuse", map[string]any{"reason": "Off topic for the forum"}).Want(t, http.StatusOK).Map(t)
		if got["status"] != "refused" || got["status_reason"] != "Off topic for the forum" {
			t.Errorf("refused: %v", got)
		}
		if ev := live.Await("session.refused", ""); !strings.Contains(string(ev.Payload), "Off topic") {
			t.Errorf("refusal event: %s", ev.Payload)
		}
		if got := w.org.Do(http.MethodGet, "/api/sessions/"+idb, nil).Want(t, http.StatusOK).Map(t); got["status_reason"] != "Off topic for the forum" {
			t.Errorf("the organiser reads %v", got)
		}
		// A refused session is neither edited nor cancelled.
		w.org.Do(http.MethodPatch, "/api/sessions/"+idb, map[string]any{"title": "Again"}).WantError(t, http.StatusConflict, "conflict")
		w.org.Do(http.MethodDelete, "/api/sessions/"+idb, nil).WantError(t, http.StatusConflict, "conflict")
		// A refused session's time is free again.
		w.propose(t, w.org, sessionBody(w.start.Add(2*time.Hour), 60, 10))
	}, func(c *server.Config) { c.SessionApproval = true })
}

// TestSessionSignups: places in arrival order, the waitlist, signing up
// twice, and a withdrawal that promotes the first in line, told live.
func TestSessionSignups(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		w := newSessionWorld(t, n)
		id := w.propose(t, w.org, sessionBody(w.start, 60, 2))["id"].(string)
		places := []struct{ place string }{{"confirmed"}, {"confirmed"}, {"waitlisted"}}
		for i, c := range w.p {
			got := signUp(c, id).Want(t, http.StatusCreated).Map(t)
			if got["place"] != places[i].place {
				t.Errorf("sign-up %d: %v", i, got["place"])
			}
		}
		got := w.p[2].Do(http.MethodGet, "/api/sessions/"+id, nil).Want(t, http.StatusOK).Map(t)
		if got["confirmed"] != 2.0 || got["waitlisted"] != 1.0 || got["place"] != "waitlisted" || got["position"] != 1.0 {
			t.Errorf("the waitlisted one sees %v", got)
		}
		bad := []struct {
			name   string
			caller *testkit.Client
			id     string
			status int
			code   string
		}{
			{"twice, confirmed", w.p[0], id, 409, "conflict"},
			{"a full session twice", w.p[2], id, 409, "conflict"},
			{"the organiser", w.org, id, 409, "conflict"},
			{"no such session", w.p[0], "ses-nope", 404, "not_found"},
		}
		for _, tc := range bad {
			t.Run(tc.name, func(t *testing.T) {
				signUp(tc.caller, tc.id).WantError(t, tc.status, tc.code)
				got := w.org.Do(http.MethodGet, "/api/sessions/"+id, nil).Want(t, http.StatusOK).Map(t)
				if got["confirmed"] != 2.0 || got["waitlisted"] != 1.0 {
					t.Errorf("after a refused sign-up: %v confirmed, %v waiting", got["confirmed"], got["waitlisted"])
				}
			})
		}
		att := w.org.Do(http.MethodGet, "/api/sessions/"+id+"/attendees", nil).Want(t, http.StatusOK).Map(t)["items"].([]any)
		if len(att) != 3 || att[2].(map[string]any)["place"] != "waitlisted" || att[2].(map[string]any)["person"].(map[string]any)["id"] != w.pID[2] {
			t.Errorf("attendees: %v", att)
		}
		w.p[0].Do(http.MethodGet, "/api/sessions/"+id+"/attendees", nil).WantError(t, http.StatusForbidden, "forbidden")

		waiting := n.Live(t, w.p[2].Token)
		w.p[0].Do(http.MethodDelete, "/api/sessions/"+id+"/signup", nil).Want(t, http.StatusNoContent)
		if ev := waiting.Await("session.promoted", ""); !strings.Contains(string(ev.Payload), id) {
			t.Errorf("promotion event: %s", ev.Payload)
		}
		got = w.p[2].Do(http.MethodGet, "/api/sessions/"+id, nil).Want(t, http.StatusOK).Map(t)
		if got["place"] != "confirmed" || got["confirmed"] != 2.0 || got["waitlisted"] != 0.0 {
			t.Errorf("the promoted one sees %v", got)
		}
		w.p[0].Do(http.MethodDelete, "/api/sessions/"+id+"/signup", nil).WantError(t, http.StatusNotFound, "not_found")
		// Back at the end of the line.
		if got := signUp(w.p[0], id).Want(t, http.StatusCreated).Map(t); got["place"] != "waitlisted" || got["position"] != 1.0 {
			t.Errorf("signing up again: %v at %v", got["place"], got["position"])
		}
	})
}

// TestSessionSignupRace: more people than places sign up at the same
// instant over REST: exactly capacity are confirmed, the rest wait.
func TestSessionSignupRace(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		w := newSessionWorld(t, n)
		const racers, seats = 24, 8
		id := w.propose(t, w.org, sessionBody(w.start, 60, seats))["id"].(string)
		people := make([]*testkit.Client, racers)
		for i := range people {
			people[i], _ = n.Client(t).Register(t, testkit.Registration(100+i))
		}
		start := make(chan struct{})
		statuses := make([]*testkit.Response, racers)
		var wg sync.WaitGroup
		for i := range racers {
			wg.Go(func() {
				<-start
				statuses[i] = signUp(people[i], id)
			})
		}
		close(start)
		wg.Wait()
		for i, r := range statuses {
			if r.Status != http.StatusCreated {
				t.Fatalf("racer %d: %d %s", i, r.Status, r.Body)
			}
		}
		got := w.org.Do(http.MethodGet, "/api/sessions/"+id, nil).Want(t, http.StatusOK).Map(t)
		if got["confirmed"] != float64(seats) || got["waitlisted"] != float64(racers-seats) {
			t.Fatalf("%v confirmed and %v waiting, want %d and %d", got["confirmed"], got["waitlisted"], seats, racers-seats)
		}
		confirmed, positions := 0, map[float64]bool{}
		for _, c := range people {
			v := c.Do(http.MethodGet, "/api/sessions/"+id, nil).Want(t, http.StatusOK).Map(t)
			switch v["place"] {
			case "confirmed":
				confirmed++
			case "waitlisted":
				positions[v["position"].(float64)] = true
			default:
				t.Errorf("a racer's place: %v", v["place"])
			}
		}
		if confirmed != seats || len(positions) != racers-seats {
			t.Errorf("%d confirmed and %d distinct waitlist positions, want %d and %d", confirmed, len(positions), seats, racers-seats)
		}
	})
}

// TestSessionOrganiserTools: the organiser (or the secretariat) edits,
// messages and cancels; anyone else gets 403 and changes nothing.
func TestSessionOrganiserTools(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		w := newSessionWorld(t, n)
		id := w.propose(t, w.org, sessionBody(w.start, 60, 1))["id"].(string)
		signUp(w.p[0], id).Want(t, http.StatusCreated)
		signUp(w.p[1], id).Want(t, http.StatusCreated) // waitlisted
		others := map[string]*testkit.Client{"a participant": w.p[0], "staff": w.staff}
		for name, c := range others {
			t.Run(name, func(t *testing.T) {
				c.Do(http.MethodPatch, "/api/sessions/"+id, map[string]any{"title": "Mine now"}).WantError(t, http.StatusForbidden, "forbidden")
				c.Do(http.MethodPatch, "/api/sessions/"+id, "{nope").WantError(t, http.StatusForbidden, "forbidden")
				c.Do(http.MethodPost, "/api/sessions/"+id+"/messages", map[string]any{"text": "hi"}).WantError(t, http.StatusForbidden, "forbidden")
				c.Do(http.MethodDelete, "/api/sessions/"+id, nil).WantError(t, http.StatusForbidden, "forbidden")
				got := w.org.Do(http.MethodGet, "/api/sessions/"+id, nil).Want(t, http.StatusOK).Map(t)
				if got["title"] != "Community networks in the Sahel" || got["status"] != "listed" || got["messages"] != nil {
					t.Errorf("after others' attempts: %v", got)
				}
			})
		}
		editBad := []struct {
			name  string
			body  any
			code  string
			field string
		}{
			{"type", map[string]any{"type": "town_hall"}, "validation_failed", "type"},
			{"smaller capacity", map[string]any{"capacity": 0}, "validation_failed", "capacity"},
			{"in the past", map[string]any{"starts_at": "2020-11-02T09:00:00Z"}, "validation_failed", "starts_at"},
			{"unknown field", map[string]any{"status": "listed"}, "validation_failed", "status"},
		}
		for _, tc := range editBad {
			t.Run("edit "+tc.name, func(t *testing.T) {
				e := w.org.Do(http.MethodPatch, "/api/sessions/"+id, tc.body).WantError(t, http.StatusUnprocessableEntity, tc.code).Error(t)
				if e.Fields[tc.field] == "" {
					t.Errorf("the error names no %s: %+v", tc.field, e)
				}
			})
		}
		promoted := n.Live(t, w.p[1].Token)
		got := w.org.Do(http.MethodPatch, "/api/sessions/"+id, map[string]any{
			"title": "Community networks", "capacity": 2, "starts_at": w.start.Add(time.Hour).Format(time.RFC3339),
		}).Want(t, http.StatusOK).Map(t)
		if got["title"] != "Community networks" || got["capacity"] != 2.0 || got["confirmed"] != 2.0 ||
			got["ends_at"] != w.start.Add(2*time.Hour).Format(time.RFC3339) {
			t.Errorf("edited: %v", got)
		}
		promoted.Await("session.promoted", "")
		// The old time is free, the new one held.
		w.propose(t, w.org, sessionBody(w.start, 60, 1))
		w.org.Do(http.MethodPost, "/api/sessions", sessionBody(w.start.Add(90*time.Minute), 15, 1)).WantError(t, http.StatusConflict, "overlaps")

		attendee := n.Live(t, w.p[0].Token)
		for _, tc := range []struct {
			name string
			body any
			code string
		}{
			{"empty", map[string]any{"text": " "}, "validation_failed"},
			{"too long", map[string]any{"text": strings.Repeat("m", 1001)}, "validation_failed"},
			{"no text", map[string]any{}, "validation_failed"},
		} {
			w.org.Do(http.MethodPost, "/api/sessions/"+id+"/messages", tc.body).WantError(t, http.StatusUnprocessableEntity, tc.code)
		}
		w.org.Do(http.MethodPost, "/api/sessions/"+id+"/messages", map[string]any{"text": "The link to the slides is in the chat."}).Want(t, http.StatusCreated)
		if ev := attendee.Await("session.message", ""); !strings.Contains(string(ev.Payload), "slides") {
			t.Errorf("message event: %s", ev.Payload)
		}
		// Kept: a reload shows it, to an attendee; not to someone else.
		msgs := w.p[0].Do(http.MethodGet, "/api/sessions/"+id, nil).Want(t, http.StatusOK).Map(t)["messages"].([]any)
		if len(msgs) != 1 || !strings.Contains(msgs[0].(map[string]any)["text"].(string), "slides") {
			t.Errorf("messages after a reload: %v", msgs)
		}
		if got := w.p[2].Do(http.MethodGet, "/api/sessions/"+id, nil).Want(t, http.StatusOK).Map(t); got["messages"] != nil {
			t.Errorf("someone not signed up reads %v", got["messages"])
		}

		w.sec.Do(http.MethodDelete, "/api/sessions/"+id, nil).Want(t, http.StatusNoContent)
		if ev := attendee.Await("session.cancelled", ""); !strings.Contains(string(ev.Payload), id) {
			t.Errorf("cancellation event: %s", ev.Payload)
		}
		promoted.Await("session.cancelled", "")
		w.org.Do(http.MethodDelete, "/api/sessions/"+id, nil).WantError(t, http.StatusGone, "gone")
		signUp(w.p[2], id).WantError(t, http.StatusGone, "gone")
		w.org.Do(http.MethodPatch, "/api/sessions/"+id, map[string]any{"title": "Again"}).WantError(t, http.StatusGone, "gone")
		if got := w.p[0].Do(http.MethodGet, "/api/sessions/"+id, nil).Want(t, http.StatusOK).Map(t)["status"]; got != "cancelled" {
			t.Errorf("status after cancelling: %v", got)
		}
		// Its time is free again.
		w.propose(t, w.org, sessionBody(w.start.Add(time.Hour), 60, 1))
	})
}

// TestSessionListing: filters by type, language, theme and day (in the
// caller's zone), paging, and bad filters.
func TestSessionListing(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		w := newSessionWorld(t, n)
		mk := func(c *testkit.Client, typ, lang, theme string, start time.Time) {
			b := sessionBody(start, 60, 5)
			b["type"], b["language"], b["themes"] = typ, lang, []string{theme}
			w.propose(t, c, b)
		}
		// 10:00 UTC on a day ahead: the first two share a day in UTC and
		// in Tokyo alike.
		day0 := w.start.Truncate(24 * time.Hour).Add(34 * time.Hour)
		mk(w.org, "bof", "fr-CA", "data", day0)
		mk(w.org, "town_hall", "en", "trust", day0.Add(2*time.Hour))
		mk(w.p[0], "regional", "es-419", "data", day0.Add(24*time.Hour))
		mk(w.p[1], "bof", "fr", "inclusion", day0.Add(48*time.Hour))

		// p[2] is in Dakar (UTC+0); a person in Tokyo sees the days shift.
		tokyo := testkit.Registration(50)
		tokyo["time_zone"] = "Asia/Tokyo"
		tk, _ := n.Client(t).Register(t, tokyo)
		day := day0.Format(time.DateOnly)
		cases := []struct {
			name   string
			caller *testkit.Client
			query  string
			want   []string
		}{
			{"all", w.p[2], "", []string{"bof", "town_hall", "regional", "bof"}},
			{"type", w.p[2], "type=bof", []string{"bof", "bof"}},
			{"language and its variants", w.p[2], "language=fr", []string{"bof", "bof"}},
			{"a variant only", w.p[2], "language=fr-CA", []string{"bof"}},
			{"theme", w.p[2], "theme=data", []string{"bof", "regional"}},
			{"day", w.p[2], "day=" + day, []string{"bof", "town_hall"}},
			{"page", w.p[2], "offset=1&limit=2", []string{"town_hall", "regional"}},
			{"mine", w.org, "mine=true", []string{"bof", "town_hall"}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				got := tc.caller.Do(http.MethodGet, "/api/sessions?"+tc.query, nil).Want(t, http.StatusOK).Map(t)
				var types []string
				for _, it := range got["items"].([]any) {
					types = append(types, it.(map[string]any)["type"].(string))
				}
				if fmt.Sprint(types) != fmt.Sprint(tc.want) {
					t.Errorf("%s: %v, want %v", tc.query, types, tc.want)
				}
			})
		}
		// In Tokyo (UTC+9) the day before holds none of them; the day
		// itself the first two.
		for d, want := range map[string]float64{day0.AddDate(0, 0, -1).Format(time.DateOnly): 0, day: 2} {
			if got := tk.Do(http.MethodGet, "/api/sessions?day="+d, nil).Want(t, http.StatusOK).Map(t)["total"]; got != want {
				t.Errorf("sessions on %s in Tokyo: %v, want %v", d, got, want)
			}
		}
		// In Pago Pago (UTC-11) 10:00 UTC is 23:00 the day before: the
		// days shift.
		pp := testkit.Registration(51)
		pp["time_zone"] = "Pacific/Pago_Pago"
		ppc, _ := n.Client(t).Register(t, pp)
		for d, want := range map[string][]string{
			day0.AddDate(0, 0, -1).Format(time.DateOnly): {"bof"},
			day: {"town_hall", "regional"},
		} {
			var types []string
			for _, it := range ppc.Do(http.MethodGet, "/api/sessions?day="+d, nil).Want(t, http.StatusOK).Map(t)["items"].([]any) {
				types = append(types, it.(map[string]any)["type"].(string))
			}
			if fmt.Sprint(types) != fmt.Sprint(want) {
				t.Errorf("sessions on %s in Pago Pago: %v, want %v", d, types, want)
			}
		}
		for _, q := range []string{"type=keynote", "language=klingon", "theme=sports", "day=tomorrow", "status=gone", "mine=yes", "limit=0"} {
			e := w.p[2].Do(http.MethodGet, "/api/sessions?"+q, nil).WantError(t, http.StatusUnprocessableEntity, "validation_failed").Error(t)
			if field, _, _ := strings.Cut(q, "="); e.Fields[field] == "" {
				t.Errorf("%s: the error names no %s: %+v", q, field, e)
			}
		}
	})
}

// TestSessionCalendar: an .ics file of one VEVENT, UTC, that says when a
// session is cancelled.
func TestSessionCalendar(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		w := newSessionWorld(t, n)
		id := w.propose(t, w.org, sessionBody(w.start, 90, 5))["id"].(string)
		read := func(c *testkit.Client) *ics.VEvent {
			t.Helper()
			r := c.Do(http.MethodGet, "/api/sessions/"+id+"/event.ics", nil).Want(t, http.StatusOK)
			if ct := r.Header.Get("Content-Type"); ct != "text/calendar; charset=utf-8" {
				t.Errorf("Content-Type: %q", ct)
			}
			if cd := r.Header.Get("Content-Disposition"); !strings.Contains(cd, "attachment") || !strings.Contains(cd, ".ics") {
				t.Errorf("Content-Disposition: %q", cd)
			}
			if !bytes.Contains(r.Body, []byte("\r\n")) {
				t.Error("lines are not ended with CRLF")
			}
			cal, err := ics.ParseCalendar(bytes.NewReader(r.Body))
			if err != nil {
				t.Fatalf("parse: %v\n%s", err, r.Body)
			}
			if len(cal.Events()) != 1 {
				t.Fatalf("%d events, want 1", len(cal.Events()))
			}
			return cal.Events()[0]
		}
		e := read(w.p[0])
		start, err := e.GetStartAt()
		if err != nil || !start.Equal(w.start) {
			t.Errorf("DTSTART %v (%v), want %v", start, err, w.start)
		}
		end, err := e.GetEndAt()
		if err != nil || !end.Equal(w.start.Add(90*time.Minute)) {
			t.Errorf("DTEND %v (%v)", end, err)
		}
		if got := e.GetProperty(ics.ComponentPropertySummary).Value; got != "Community networks in the Sahel" {
			t.Errorf("SUMMARY %q", got)
		}
		if uid := e.Id(); !strings.HasPrefix(uid, id+"@") {
			t.Errorf("UID %q", uid)
		}
		if got := e.GetProperty(ics.ComponentPropertyStatus).Value; got != "CONFIRMED" {
			t.Errorf("STATUS %q", got)
		}
		w.org.Do(http.MethodDelete, "/api/sessions/"+id, nil).Want(t, http.StatusNoContent)
		if got := read(w.p[0]).GetProperty(ics.ComponentPropertyStatus).Value; got != "CANCELLED" {
			t.Errorf("STATUS after cancelling: %q", got)
		}
		w.p[0].Do(http.MethodGet, "/api/sessions/ses-nope/event.ics", nil).WantError(t, http.StatusNotFound, "not_found")
	})
}

// TestSessionRoom: the room opens to the confirmed, the organiser and the
// secretariat a few minutes before the start; others are not told it
// exists.
func TestSessionRoom(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		w := newSessionWorld(t, n)
		// The next five-minute mark: the room opens five minutes before
		// it, so now or within seconds.
		start := time.Now().UTC().Truncate(5 * time.Minute).Add(5 * time.Minute)
		if time.Until(start) < 30*time.Second {
			start = start.Add(5 * time.Minute)
		}
		// Connected before proposing: the reminder, which a node's ticker
		// sends at its next tick (the start is within 10 minutes; a test
		// node ticks every half second), goes to the organiser whenever
		// it comes.
		// ears only listens: a Request on a connection passes over the
		// events that come before its reply, and the reminder may come
		// during any of organiser's joins.
		organiser, ears := n.Live(t, w.org.Token), n.Live(t, w.org.Token)
		id := w.propose(t, w.org, sessionBody(start, 30, 1))["id"].(string)
		later := w.propose(t, w.org, sessionBody(w.start, 30, 1))["id"].(string)
		signUp(w.p[0], id).Want(t, http.StatusCreated)
		signUp(w.p[1], id).Want(t, http.StatusCreated) // waitlisted
		signUp(w.p[0], later).Want(t, http.StatusCreated)
		room := "session:" + id

		n.Live(t, w.p[1].Token).Request("join", room, nil).Fails("not_found")
		n.Live(t, w.p[2].Token).Request("join", room, nil).Fails("not_found")
		n.Live(t, w.p[0].Token).Request("join", "session:ses-nope", nil).Fails("not_found")
		n.Live(t, w.p[0].Token).Request("join", "session:"+later, nil).Fails("forbidden") // two days off

		attendee := n.Live(t, w.p[0].Token)
		deadline := time.Now().Add(time.Until(start.Add(-4 * time.Minute)))
		for {
			r := attendee.Request("join", room, nil)
			if r.Type == "reply" {
				break
			}
			r.Fails("forbidden") // not open yet: it opens within seconds
			if time.Now().After(deadline) {
				t.Fatal("the session's room never opened")
			}
			time.Sleep(200 * time.Millisecond)
		}
		organiser.Request("join", room, nil).Ok()
		n.Live(t, w.sec.Token).Request("join", room, nil).Ok()
		attendee.Request("send", room, map[string]string{"text": "Bonjour à toutes et à tous"}).Ok()
		if env := organiser.Await("message", room); !strings.Contains(string(env.Payload), "Bonjour") {
			t.Fatalf("message in the session's room: %s", env.Payload)
		}
		if env := ears.Await("session.reminder", ""); !strings.Contains(string(env.Payload), id) {
			t.Fatalf("reminder: %s", env.Payload)
		}
	})
}

// TestSessionsOfADeletedAccount: deleting one's account gives up one's
// places (the next in line is promoted) and cancels the sessions one
// organises (those signed up are told).
func TestSessionsOfADeletedAccount(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		w := newSessionWorld(t, n)
		theirs := w.propose(t, w.p[0], sessionBody(w.start, 60, 5))["id"].(string)
		other := w.propose(t, w.org, sessionBody(w.start, 60, 1))["id"].(string)
		signUp(w.p[1], theirs).Want(t, http.StatusCreated)
		signUp(w.p[0], other).Want(t, http.StatusCreated)
		signUp(w.p[2], other).Want(t, http.StatusCreated) // waitlisted
		attendee, waiting := n.Live(t, w.p[1].Token), n.Live(t, w.p[2].Token)

		w.p[0].Do(http.MethodDelete, "/api/me", nil).Want(t, http.StatusNoContent)
		if ev := attendee.Await("session.cancelled", ""); !strings.Contains(string(ev.Payload), theirs) {
			t.Errorf("cancellation: %s", ev.Payload)
		}
		if ev := waiting.Await("session.promoted", ""); !strings.Contains(string(ev.Payload), other) {
			t.Errorf("promotion: %s", ev.Payload)
		}
		if got := w.p[1].Do(http.MethodGet, "/api/sessions/"+theirs, nil).Want(t, http.StatusOK).Map(t)["status"]; got != "cancelled" {
			t.Errorf("their session: %v", got)
		}
		got := w.org.Do(http.MethodGet, "/api/sessions/"+other, nil).Want(t, http.StatusOK).Map(t)
		if got["confirmed"] != 1.0 || got["waitlisted"] != 0.0 {
			t.Errorf("the session they had a place in: %v confirmed, %v waiting", got["confirmed"], got["waitlisted"])
		}
	})
}
