package server_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/igf-village/village/testkit"
)

// TestRoleMatrix calls every signed-in route as each role and checks who is
// let in. A refused call gets the same stable code whatever the route.
func TestRoleMatrix(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		orgA := sec.Do(http.MethodPost, "/api/organisations", orgBody("A")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		orgB := sec.Do(http.MethodPost, "/api/organisations", orgBody("B")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		boothA := sec.Do(http.MethodPost, "/api/booths", map[string]any{"organisation_id": orgA}).Want(t, http.StatusCreated).Map(t)["id"].(string)
		boothB := sec.Do(http.MethodPost, "/api/booths", map[string]any{"organisation_id": orgB}).Want(t, http.StatusCreated).Map(t)["id"].(string)
		orgC := sec.Do(http.MethodPost, "/api/organisations", orgBody("C")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		staff := newStaff(t, n, sec, orgA)
		part, acc := n.Client(t).Register(t, testkit.Registration(5))
		anon := n.Client(t)
		staffID := staff.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)["id"].(string)
		slotAt := func(hours int, staffID string) map[string]any {
			b := map[string]any{"starts_at": time.Now().UTC().Truncate(time.Hour).Add(time.Duration(hours) * time.Hour).Format(time.RFC3339), "minutes": 30, "language": "en"}
			if staffID != "" {
				b["staff_id"] = staffID
			}
			return b
		}
		breakAt := func(hours int) map[string]any {
			start := time.Now().UTC().Truncate(time.Hour).Add(time.Duration(hours) * time.Hour)
			return map[string]any{"title": "Coffee", "starts_at": start.Format(time.RFC3339), "ends_at": start.Add(30 * time.Minute).Format(time.RFC3339)}
		}
		breakID := sec.Do(http.MethodPost, "/api/breaks", breakAt(24)).Want(t, http.StatusCreated).Map(t)["id"].(string)
		clients := map[string]*testkit.Client{"anonymous": anon, "participant": part, "staff": staff, "secretariat": sec}
		// Participants' sessions: one organised by someone else than the
		// four callers, and a proposal body per caller (their own times).
		other, otherAcc := n.Client(t).Register(t, testkit.Registration(6))
		sessionAt := func(hours int) map[string]any {
			return map[string]any{"type": "bof", "title": "Data governance", "language": "en", "minutes": 30, "capacity": 5,
				"starts_at": time.Now().UTC().Truncate(time.Hour).Add(time.Duration(hours) * time.Hour).Format(time.RFC3339)}
		}
		_, blockee := n.Client(t).Register(t, testkit.Registration(7)) // whom each caller blocks
		sesID := other.Do(http.MethodPost, "/api/sessions", sessionAt(60)).Want(t, http.StatusCreated).Map(t)["id"].(string)
		// Meeting requests: each caller asks the same other person, at
		// 10:00 UTC in two days (inside everyone's working hours).
		meetAt := time.Now().UTC().Truncate(24 * time.Hour).Add(58 * time.Hour).Format(time.RFC3339)
		meetBody := map[string]any{"with": otherAcc["id"], "times": []string{meetAt}}

		const (
			ok   = http.StatusOK
			no   = http.StatusForbidden
			auth = http.StatusUnauthorized
		)
		type want map[string]int
		cases := []struct {
			method, path string
			body         any
			want         want
		}{
			{"GET", "/api/me", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"GET", "/api/directory", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"GET", "/api/people/" + acc["id"].(string), nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			// Suggested times: anyone signed in, with anyone but themselves.
			{"GET", "/api/people/" + staffID + "/times", nil, want{"anonymous": auth, "participant": ok, "staff": http.StatusUnprocessableEntity, "secretariat": ok}},
			{"GET", "/api/organisations", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"GET", "/api/organisations/" + orgA, nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"PATCH", "/api/organisations/" + orgA, map[string]any{"description": "x"}, want{"anonymous": auth, "participant": no, "staff": ok, "secretariat": ok}},
			{"PATCH", "/api/organisations/" + orgB, map[string]any{"description": "x"}, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": ok}},
			{"POST", "/api/organisations", orgBody("C"), want{"anonymous": auth, "participant": no, "staff": no, "secretariat": http.StatusCreated}},
			{"DELETE", "/api/organisations/org-nope", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": http.StatusNotFound}},
			{"GET", "/api/booths", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"GET", "/api/booths/" + boothB, nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"PATCH", "/api/booths/" + boothA, map[string]any{"description": "x"}, want{"anonymous": auth, "participant": no, "staff": ok, "secretariat": ok}},
			{"PATCH", "/api/booths/" + boothB, map[string]any{"description": "x"}, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": ok}},
			{"POST", "/api/booths", map[string]any{"organisation_id": orgC}, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": http.StatusCreated}},
			{"POST", "/api/booths/" + boothA + "/open", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": ok}},
			{"POST", "/api/booths/" + boothA + "/close", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": ok}},
			{"DELETE", "/api/booths/booth-nope", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": http.StatusNotFound}},
			{"GET", "/api/invitations", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": ok}},
			{"POST", "/api/invitations", map[string]any{"role": "secretariat"}, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": http.StatusCreated}},
			{"DELETE", "/api/invitations/inv-nope", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": http.StatusNotFound}},
			{"POST", "/api/invitations/inv-nope/accept", nil, want{"anonymous": auth, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"GET", "/api/invitations/inv-nope", nil, want{"anonymous": http.StatusNotFound, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"GET", "/api/booths/" + boothB + "/lead-preview", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"GET", "/api/booths/" + boothA + "/lead-preview", nil, want{"anonymous": auth, "participant": ok, "staff": no, "secretariat": ok}},
			{"POST", "/api/booths/" + boothB + "/leads", map[string]any{}, want{"anonymous": auth, "participant": http.StatusUnprocessableEntity, "staff": http.StatusUnprocessableEntity, "secretariat": http.StatusUnprocessableEntity}},
			{"POST", "/api/booths/" + boothA + "/leads", map[string]any{}, want{"anonymous": auth, "participant": http.StatusUnprocessableEntity, "staff": no, "secretariat": http.StatusUnprocessableEntity}},
			{"GET", "/api/booths/" + boothA + "/leads", nil, want{"anonymous": auth, "participant": no, "staff": ok, "secretariat": ok}},
			{"GET", "/api/booths/" + boothB + "/leads", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": ok}},
			{"GET", "/api/booths/" + boothA + "/leads.csv", nil, want{"anonymous": auth, "participant": no, "staff": ok, "secretariat": ok}},
			{"GET", "/api/booths/" + boothB + "/leads.csv", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": ok}},
			{"GET", "/api/me/leads", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"DELETE", "/api/me/leads/" + boothA, nil, want{"anonymous": auth, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"GET", "/api/bans", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": ok}},
			{"POST", "/api/bans", map[string]any{"person_id": "p-nope", "reason": "x"}, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": http.StatusUnprocessableEntity}},
			{"DELETE", "/api/bans/p-nope", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": http.StatusNotFound}},
			{"GET", "/api/moderation/log", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": ok}},
			{"GET", "/api/booths/" + boothA + "/mutes", nil, want{"anonymous": auth, "participant": no, "staff": ok, "secretariat": ok}},
			{"GET", "/api/booths/" + boothB + "/mutes", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": ok}},
			{"POST", "/api/booths/" + boothA + "/mutes", map[string]any{"person_id": "p-nope", "minutes": 5, "reason": "x"}, want{"anonymous": auth, "participant": no, "staff": http.StatusUnprocessableEntity, "secretariat": http.StatusUnprocessableEntity}},
			{"POST", "/api/booths/" + boothB + "/mutes", map[string]any{"person_id": "p-nope", "minutes": 5, "reason": "x"}, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": http.StatusUnprocessableEntity}},
			{"DELETE", "/api/booths/" + boothA + "/mutes/p-nope", nil, want{"anonymous": auth, "participant": no, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"DELETE", "/api/booths/" + boothB + "/mutes/p-nope", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": http.StatusNotFound}},
			{"GET", "/api/booths/" + boothB + "/slots", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"POST", "/api/booths/" + boothA + "/slots", slotAt(48, ""), want{"anonymous": auth, "participant": no, "staff": http.StatusCreated}},
			{"POST", "/api/booths/" + boothA + "/slots", slotAt(50, staffID), want{"secretariat": http.StatusCreated}},
			{"POST", "/api/booths/" + boothB + "/slots", slotAt(52, ""), want{"staff": no}},
			{"DELETE", "/api/slots/slot-nope", nil, want{"anonymous": auth, "participant": no, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"GET", "/api/bookings", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"POST", "/api/bookings", map[string]any{"slot_id": "slot-nope"}, want{"anonymous": auth, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"GET", "/api/bookings/slot-nope", nil, want{"anonymous": auth, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"DELETE", "/api/bookings/slot-nope", nil, want{"anonymous": auth, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"GET", "/api/bookings/slot-nope/event.ics", nil, want{"anonymous": auth, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"GET", "/api/me/calendar", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"POST", "/api/me/calendar/rotate", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"GET", "/api/calendar/nope.ics", nil, want{"anonymous": http.StatusNotFound, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			// Knocks: boothA is closed by now; its staff may not knock at it.
			{"POST", "/api/booths/" + boothA + "/knocks", map[string]any{}, want{"anonymous": auth, "participant": http.StatusConflict, "staff": no, "secretariat": http.StatusConflict}},
			{"GET", "/api/booths/" + boothA + "/knocks", nil, want{"anonymous": auth, "participant": no, "staff": ok, "secretariat": ok}},
			{"GET", "/api/booths/" + boothB + "/knocks", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": ok}},
			{"POST", "/api/booths/" + boothA + "/knocks/take", map[string]any{}, want{"anonymous": auth, "participant": no, "staff": http.StatusNotFound, "secretariat": no}},
			{"POST", "/api/booths/" + boothB + "/knocks/take", map[string]any{}, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": no}},
			{"POST", "/api/booths/" + boothA + "/knocks/" + acc["id"].(string) + "/decline", map[string]any{}, want{"anonymous": auth, "participant": no, "staff": http.StatusNotFound, "secretariat": no}},
			{"DELETE", "/api/booths/" + boothA + "/knocks/mine", nil, want{"anonymous": auth, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"GET", "/api/me/knocks", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"GET", "/api/me/contacts", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"GET", "/api/contacts/figures", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": ok}},
			{"GET", "/api/me/blocks", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"PUT", "/api/me/blocks/" + blockee["id"].(string), nil, want{"anonymous": auth, "participant": http.StatusCreated, "staff": http.StatusCreated, "secretariat": http.StatusCreated}},
			{"DELETE", "/api/me/blocks/p-nope", nil, want{"anonymous": auth, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			// Coffee breaks: the secretariat schedules; everyone signed in
			// lists, signs up (staff and participants speak English) and
			// withdraws; nobody is at a table of a break not running.
			{"GET", "/api/breaks", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"POST", "/api/breaks", breakAt(30), want{"anonymous": auth, "participant": no, "staff": no, "secretariat": http.StatusCreated}},
			{"GET", "/api/breaks/" + breakID, nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"PATCH", "/api/breaks/" + breakID, map[string]any{"title": "Tea"}, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": ok}},
			{"POST", "/api/breaks/" + breakID + "/signup", map[string]any{"languages": []string{"en"}}, want{"anonymous": auth, "participant": http.StatusCreated, "staff": http.StatusCreated}},
			{"DELETE", "/api/breaks/" + breakID + "/signup", nil, want{"anonymous": auth, "participant": http.StatusNoContent, "staff": http.StatusNoContent, "secretariat": http.StatusNotFound}},
			{"GET", "/api/breaks/" + breakID + "/table", nil, want{"anonymous": auth, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"GET", "/api/breaks/" + breakID + "/rounds/1", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": http.StatusNotFound}},
			{"DELETE", "/api/breaks/break-nope", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": http.StatusNotFound}},
			// Participants' sessions: who may edit, message and see the
			// attendees depends on the session (its organiser or the
			// secretariat); approving is the secretariat's.
			{"GET", "/api/sessions", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"POST", "/api/sessions", sessionAt(72), want{"anonymous": auth, "participant": http.StatusCreated, "staff": http.StatusCreated, "secretariat": http.StatusCreated}},
			{"GET", "/api/sessions/" + sesID, nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"GET", "/api/sessions/" + sesID + "/event.ics", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"PATCH", "/api/sessions/" + sesID, map[string]any{"title": "Data"}, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": ok}},
			{"GET", "/api/sessions/" + sesID + "/attendees", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": ok}},
			{"POST", "/api/sessions/" + sesID + "/messages", map[string]any{"text": "hi"}, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": http.StatusCreated}},
			{"DELETE", "/api/sessions/" + sesID, nil, want{"anonymous": auth, "participant": no, "staff": no}},
			{"POST", "/api/sessions/" + sesID + "/signup", nil, want{"anonymous": auth, "participant": http.StatusCreated, "staff": http.StatusCreated, "secretariat": http.StatusCreated}},
			{"DELETE", "/api/sessions/ses-nope/signup", nil, want{"anonymous": auth, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"POST", "/api/sessions/" + sesID + "/approve", nil, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": http.StatusConflict}},
			{"POST", "/api/sessions/" + sesID + "/refuse", map[string]any{"reason": "x"}, want{"anonymous": auth, "participant": no, "staff": no, "secretariat": http.StatusConflict}},
			// Meeting requests: anyone signed in asks and answers; a
			// request is seen and answered by its two alone.
			{"GET", "/api/meetings", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"POST", "/api/meetings", meetBody, want{"anonymous": auth, "participant": http.StatusCreated, "staff": http.StatusCreated, "secretariat": http.StatusCreated}},
			{"GET", "/api/meetings/meet-nope", nil, want{"anonymous": auth, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"POST", "/api/meetings/meet-nope/accept", map[string]any{"starts_at": meetAt}, want{"anonymous": auth, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"POST", "/api/meetings/meet-nope/decline", map[string]any{}, want{"anonymous": auth, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"POST", "/api/meetings/meet-nope/propose", map[string]any{"times": []string{meetAt}}, want{"anonymous": auth, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"POST", "/api/meetings/meet-nope/cancel", map[string]any{}, want{"anonymous": auth, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"GET", "/api/meetings/meet-nope/event.ics", nil, want{"anonymous": auth, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			// Who to meet: everyone signed in, for themself (a wish to
			// another: the participant registered above).
			{"GET", "/api/me/suggestions", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"GET", "/api/me/wishes", nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"PUT", "/api/me/wishes/" + other.Do(http.MethodGet, "/api/me", nil).Want(t, ok).Map(t)["id"].(string), nil, want{"anonymous": auth, "participant": ok, "staff": ok, "secretariat": ok}},
			{"DELETE", "/api/me/wishes/p-nobody", nil, want{"anonymous": auth, "participant": http.StatusNotFound, "staff": http.StatusNotFound, "secretariat": http.StatusNotFound}},
			{"GET", "/api/meta", nil, want{"anonymous": ok, "participant": ok, "staff": ok, "secretariat": ok}},
			{"GET", "/healthz", nil, want{"anonymous": ok, "participant": ok, "staff": ok, "secretariat": ok}},
		}
		for _, tc := range cases {
			for role, status := range tc.want {
				t.Run(role+" "+tc.method+" "+strings.ReplaceAll(tc.path, "/", "_"), func(t *testing.T) {
					r := clients[role].Do(tc.method, tc.path, tc.body).Want(t, status)
					switch status {
					case no:
						r.WantError(t, no, "forbidden")
					case auth:
						r.WantError(t, auth, "unauthenticated")
					}
				})
			}
		}
	})
}
