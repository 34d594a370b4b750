package server_test

import (
	"net/http"
	"testing"

	"github.com/igf-village/village/testkit"
)

// TestMeetingSettings: working hours and who may ask are filled with the
// defaults until set, kept once set, and go back to the default on "".
func TestMeetingSettings(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		c, acc := n.Client(t).Register(t, testkit.Registration(1))
		if acc["work_from"] != "08:00" || acc["work_to"] != "20:00" || acc["meeting_requests"] != "anyone" {
			t.Fatalf("a new account's settings = %v %v %v, want 08:00 20:00 anyone", acc["work_from"], acc["work_to"], acc["meeting_requests"])
		}
		upd := c.Do(http.MethodPatch, "/api/me", map[string]any{
			"work_from": " 09:30", "work_to": "24:00", "meeting_requests": "nobody",
		}).Want(t, http.StatusOK).Map(t)
		if upd["work_from"] != "09:30" || upd["work_to"] != "24:00" || upd["meeting_requests"] != "nobody" {
			t.Fatalf("after patch: %v %v %v", upd["work_from"], upd["work_to"], upd["meeting_requests"])
		}
		// Other changes leave them be.
		c.Do(http.MethodPatch, "/api/me", map[string]any{"display_name": "Amina"}).Want(t, http.StatusOK)
		me := c.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)
		if me["work_from"] != "09:30" || me["work_to"] != "24:00" || me["meeting_requests"] != "nobody" {
			t.Fatalf("settings not stored: %v %v %v", me["work_from"], me["work_to"], me["meeting_requests"])
		}
		c.Do(http.MethodPatch, "/api/me", map[string]any{"work_from": "", "work_to": "", "meeting_requests": "met"}).Want(t, http.StatusOK)
		me = c.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)
		if me["work_from"] != "08:00" || me["work_to"] != "20:00" || me["meeting_requests"] != "met" {
			t.Fatalf("back to the default: %v %v %v", me["work_from"], me["work_to"], me["meeting_requests"])
		}
	})
}

// TestMeetingSettingsBadInput: each bad setting is refused naming its
// field, and changes nothing.
func TestMeetingSettingsBadInput(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		c, _ := n.Client(t).Register(t, testkit.Registration(1))
		c.Do(http.MethodPatch, "/api/me", map[string]any{"work_from": "09:00", "work_to": "17:00", "meeting_requests": "met"}).
			Want(t, http.StatusOK)
		cases := []struct {
			name  string
			body  map[string]any
			field string
		}{
			{"hours not a string", map[string]any{"work_from": 9, "work_to": "17:00"}, "work_from"},
			{"policy not a string", map[string]any{"meeting_requests": true}, "meeting_requests"},
			{"not a clock", map[string]any{"work_from": "9am", "work_to": "17:00"}, "work_from"},
			{"no such hour", map[string]any{"work_from": "08:00", "work_to": "25:00"}, "work_to"},
			{"no such minute", map[string]any{"work_from": "08:61", "work_to": "17:00"}, "work_from"},
			{"off the grid", map[string]any{"work_from": "08:03", "work_to": "17:00"}, "work_from"},
			{"from after to", map[string]any{"work_from": "18:00", "work_to": "09:00"}, "work_to"},
			{"from equals to", map[string]any{"work_from": "09:00", "work_to": "09:00"}, "work_to"},
			{"from alone", map[string]any{"work_from": "10:00"}, "work_to"},
			{"to alone", map[string]any{"work_to": "18:00"}, "work_from"},
			{"one empty", map[string]any{"work_from": "", "work_to": "18:00"}, "work_from"},
			{"unknown policy", map[string]any{"meeting_requests": "friends"}, "meeting_requests"},
			{"empty policy", map[string]any{"meeting_requests": ""}, "meeting_requests"},
			{"good hours, bad policy", map[string]any{"work_from": "10:00", "work_to": "12:00", "meeting_requests": "all"}, "meeting_requests"},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				e := c.Do(http.MethodPatch, "/api/me", tc.body).WantError(t, http.StatusUnprocessableEntity, "validation_failed").Error(t)
				if e.Fields[tc.field] == "" {
					t.Errorf("fields = %v, want a message for %q", e.Fields, tc.field)
				}
				me := c.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)
				if me["work_from"] != "09:00" || me["work_to"] != "17:00" || me["meeting_requests"] != "met" {
					t.Errorf("a refused change changed the settings: %v %v %v", me["work_from"], me["work_to"], me["meeting_requests"])
				}
			})
		}
	})
}
