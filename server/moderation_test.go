package server_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/igf-village/village/moderation"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/server"
	"github.com/igf-village/village/testkit"
)

type modEntry struct {
	Action   string `json:"action"`
	By       string `json:"by"`
	At       string `json:"at"`
	Reason   string `json:"reason"`
	PersonID string `json:"person_id"`
	Room     string `json:"room"`
	Until    string `json:"until"`
}

type modLog struct {
	Items []modEntry `json:"items"`
	Total int        `json:"total"`
}

func readLog(t *testing.T, sec *testkit.Client, query string) modLog {
	t.Helper()
	var l modLog
	sec.Do(http.MethodGet, "/api/moderation/log"+query, nil).Want(t, http.StatusOK).Decode(t, &l)
	return l
}

func myID(t *testing.T, c *testkit.Client) string {
	t.Helper()
	return c.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)["id"].(string)
}

// TestBanFlow: a ban shuts every door at once, closes the person's open
// socket, and lifting it opens them again.
func TestBanFlow(t *testing.T) {
	provider := newIDP(t)
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		secID := myID(t, sec)
		body := testkit.Registration(1)
		vis, acc := n.Client(t).Register(t, body)
		visID := acc["id"].(string)
		email := body["email"].(string)
		bystander, _ := n.Client(t).Register(t, testkit.Registration(2))
		open := n.Live(t, vis.Token)
		other := n.Live(t, bystander.Token)

		var ban map[string]any
		sec.Do(http.MethodPost, "/api/bans", map[string]any{"person_id": visID, "reason": "harassed a booth's staff"}).
			Want(t, http.StatusCreated).Decode(t, &ban)
		if ban["person_id"] != visID || ban["by"] != secID || ban["reason"] != "harassed a booth's staff" || ban["until"] != nil {
			t.Fatalf("ban = %v", ban)
		}

		// The open socket is closed, and only theirs.
		if code, reason := open.Closed(); code != protocol.CloseAccountGone || !strings.Contains(reason, "banned") {
			t.Errorf("the banned person's socket closed with %d %q, want %d saying banned", code, reason, protocol.CloseAccountGone)
		}
		other.Request("join", "lobby", nil).Ok()

		// Every door is shut with the same code.
		vis.Do(http.MethodGet, "/api/me", nil).WantError(t, http.StatusForbidden, "banned")
		vis.Do(http.MethodGet, "/api/directory", nil).WantError(t, http.StatusForbidden, "banned")
		n.Client(t).Do(http.MethodPost, "/api/auth/login", map[string]string{"email": email, "password": testkit.DefaultPassword}).
			WantError(t, http.StatusForbidden, "banned")
		// A wrong password tells a guesser nothing of the ban.
		n.Client(t).Do(http.MethodPost, "/api/auth/login", map[string]string{"email": email, "password": "not the password"}).
			WantError(t, http.StatusUnauthorized, "unauthenticated")
		// The ban ended their sessions: the refresh token is spent.
		n.Client(t).Do(http.MethodPost, "/api/auth/refresh", map[string]string{"refresh_token": vis.Refresh}).
			WantError(t, http.StatusUnauthorized, "unauthenticated")
		// A new socket with the old access token is refused, in the first
		// message and in the upgrade request alike.
		ws := n.DialWS(t, nil)
		ws.Request("auth", "", map[string]string{"token": vis.Token}).Fails("banned")
		if code, _ := ws.Closed(); code != protocol.CloseUnauthenticated {
			t.Errorf("a banned auth closed with %d, want %d", code, protocol.CloseUnauthenticated)
		}
		_, resp, err := websocket.DefaultDialer.Dial(n.WSURL(), http.Header{"Authorization": {"Bearer " + vis.Token}})
		if err == nil || resp == nil || resp.StatusCode != http.StatusForbidden {
			t.Errorf("upgrade with a banned person's token: %v %v", resp, err)
		} else {
			var e struct{ Error struct{ Code string } }
			_ = json.NewDecoder(resp.Body).Decode(&e)
			resp.Body.Close()
			if e.Error.Code != "banned" {
				t.Errorf("upgrade refused with %q, want banned", e.Error.Code)
			}
		}

		var bans struct {
			Items []map[string]any `json:"items"`
			Total int              `json:"total"`
		}
		sec.Do(http.MethodGet, "/api/bans", nil).Want(t, http.StatusOK).Decode(t, &bans)
		if bans.Total != 1 || bans.Items[0]["person_id"] != visID {
			t.Errorf("bans = %+v", bans)
		}

		sec.Do(http.MethodDelete, "/api/bans/"+visID+"?reason=appeal+accepted", nil).Want(t, http.StatusNoContent)
		back := n.Client(t).SignIn(t, email, testkit.DefaultPassword)
		back.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK)
		n.Live(t, back.Token).Request("join", "lobby", nil).Ok()
		sec.Do(http.MethodGet, "/api/bans", nil).Want(t, http.StatusOK).Decode(t, &bans)
		if bans.Total != 0 {
			t.Errorf("bans after unban = %+v", bans)
		}

		l := readLog(t, sec, "?person_id="+visID)
		if l.Total != 2 || l.Items[0].Action != "unban" || l.Items[0].Reason != "appeal accepted" || l.Items[0].By != secID ||
			l.Items[1].Action != "ban" || l.Items[1].Reason != "harassed a booth's staff" || l.Items[1].At == "" {
			t.Errorf("log = %+v", l)
		}

		// A ban with an end says until when.
		until := time.Now().Add(time.Hour).UTC().Truncate(time.Second).Format(time.RFC3339)
		sec.Do(http.MethodPost, "/api/bans", map[string]any{"person_id": visID, "reason": "cool off", "until": until}).Want(t, http.StatusCreated)
		r := back.Do(http.MethodGet, "/api/me", nil).WantError(t, http.StatusForbidden, "banned")
		if msg := r.Error(t).Message; !strings.Contains(msg, until) {
			t.Errorf("the banned message %q does not say until %s", msg, until)
		}

		// External sign-in, and a refresh that raced the ban (its session
		// outlived the ban's ending of sessions), are refused too.
		tok := provider.sign(t, idpClaims("reg-ban", "banned-ext@gov.example"))
		var s testkit.Session
		n.Client(t).Do(http.MethodPost, "/api/auth/external", map[string]string{"token": tok}).Want(t, http.StatusOK).Decode(t, &s)
		extID := s.Account["id"].(string)
		if err := n.Store.CreateBan(t.Context(), &moderation.Ban{PersonID: extID, By: secID, Reason: "raced", At: time.Now().UTC().Truncate(time.Millisecond)}); err != nil {
			t.Fatal(err)
		}
		n.Client(t).Do(http.MethodPost, "/api/auth/refresh", map[string]string{"refresh_token": s.RefreshToken}).
			WantError(t, http.StatusForbidden, "banned")
		n.Client(t).Do(http.MethodPost, "/api/auth/external", map[string]string{"token": tok}).
			WantError(t, http.StatusForbidden, "banned")
		// The refused refresh ended the session it rotated: once the ban
		// is lifted, that session does not come back.
		sec.Do(http.MethodDelete, "/api/bans/"+extID, nil).Want(t, http.StatusNoContent)
		n.Client(t).Do(http.MethodPost, "/api/auth/refresh", map[string]string{"refresh_token": s.RefreshToken}).
			WantError(t, http.StatusUnauthorized, "unauthenticated")
		n.Client(t).Do(http.MethodPost, "/api/auth/external", map[string]string{"token": tok}).Want(t, http.StatusOK)
	}, func(c *server.Config) {
		c.IDP.Issuer, c.IDP.Audience, c.IDP.JWKSURL = "https://registration.igf.example", "village", provider.srv.URL
	})
}

// TestBanBadInput: every refused ban or unban changes nothing and says
// which field is wrong.
func TestBanBadInput(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		secID := myID(t, sec)
		otherSecID := myID(t, n.Secretariat(t))
		_, acc := n.Client(t).Register(t, testkit.Registration(1))
		visID := acc["id"].(string)
		past := time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)
		cases := []struct {
			name   string
			body   any
			status int
			code   string
			field  string
		}{
			{"malformed JSON", `{"person_id": `, http.StatusBadRequest, "bad_request", ""},
			{"not an object", `["x"]`, http.StatusBadRequest, "bad_request", ""},
			{"empty body", "", http.StatusBadRequest, "bad_request", ""},
			{"reason a number", map[string]any{"person_id": visID, "reason": 5}, http.StatusUnprocessableEntity, "validation_failed", "reason"},
			{"person_id a number", map[string]any{"person_id": 5, "reason": "x"}, http.StatusUnprocessableEntity, "validation_failed", "person_id"},
			{"until a number", map[string]any{"person_id": visID, "reason": "x", "until": 5}, http.StatusUnprocessableEntity, "validation_failed", "until"},
			{"unknown field", map[string]any{"person_id": visID, "reason": "x", "days": 3}, http.StatusUnprocessableEntity, "validation_failed", "days"},
			{"no reason", map[string]any{"person_id": visID}, http.StatusUnprocessableEntity, "validation_failed", "reason"},
			{"blank reason", map[string]any{"person_id": visID, "reason": "   "}, http.StatusUnprocessableEntity, "validation_failed", "reason"},
			{"reason too long", map[string]any{"person_id": visID, "reason": strings.Repeat("r", 501)}, http.StatusUnprocessableEntity, "validation_failed", "reason"},
			{"until in the past", map[string]any{"person_id": visID, "reason": "x", "until": past}, http.StatusUnprocessableEntity, "validation_failed", "until"},
			{"until not a time", map[string]any{"person_id": visID, "reason": "x", "until": "next week"}, http.StatusUnprocessableEntity, "validation_failed", "until"},
			{"no person", map[string]any{"reason": "x"}, http.StatusUnprocessableEntity, "validation_failed", "person_id"},
			{"unknown person", map[string]any{"person_id": "p-nobody", "reason": "x"}, http.StatusUnprocessableEntity, "validation_failed", "person_id"},
			{"oneself", map[string]any{"person_id": secID, "reason": "x"}, http.StatusUnprocessableEntity, "validation_failed", "person_id"},
			{"a secretariat member", map[string]any{"person_id": otherSecID, "reason": "x"}, http.StatusUnprocessableEntity, "validation_failed", "person_id"},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				r := sec.Do(http.MethodPost, "/api/bans", tc.body).WantError(t, tc.status, tc.code)
				if tc.field != "" && r.Error(t).Fields[tc.field] == "" {
					t.Errorf("no message for %s: %s", tc.field, r.Body)
				}
			})
		}
		if l := readLog(t, sec, ""); l.Total != 0 {
			t.Fatalf("refused bans were logged: %+v", l)
		}
		sec.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK)

		// Twice is a conflict; lifting what is not there is not_found.
		sec.Do(http.MethodPost, "/api/bans", map[string]any{"person_id": visID, "reason": "spam"}).Want(t, http.StatusCreated)
		sec.Do(http.MethodPost, "/api/bans", map[string]any{"person_id": visID, "reason": "spam again"}).WantError(t, http.StatusConflict, "conflict")
		sec.Do(http.MethodDelete, "/api/bans/"+visID+"?reason="+strings.Repeat("r", 501), nil).WantError(t, http.StatusUnprocessableEntity, "validation_failed")
		sec.Do(http.MethodDelete, "/api/bans/"+visID, nil).Want(t, http.StatusNoContent)
		sec.Do(http.MethodDelete, "/api/bans/"+visID, nil).WantError(t, http.StatusNotFound, "not_found")
		sec.Do(http.MethodDelete, "/api/bans/p-nobody", nil).WantError(t, http.StatusNotFound, "not_found")
		for _, q := range []string{"?limit=0", "?limit=101", "?offset=-1", "?limit=x"} {
			sec.Do(http.MethodGet, "/api/bans"+q, nil).WantError(t, http.StatusUnprocessableEntity, "validation_failed")
			sec.Do(http.MethodGet, "/api/moderation/log"+q, nil).WantError(t, http.StatusUnprocessableEntity, "validation_failed")
		}
		if l := readLog(t, sec, ""); l.Total != 2 {
			t.Fatalf("log = %+v, want the ban and the unban", l)
		}
	})
}

// TestBoothMutes: staff mute in their own booth only, every bad input is
// refused, and the log says who muted whom, where, why and until when.
func TestBoothMutes(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		orgA := sec.Do(http.MethodPost, "/api/organisations", orgBody("A")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		orgB := sec.Do(http.MethodPost, "/api/organisations", orgBody("B")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		boothA := sec.Do(http.MethodPost, "/api/booths", map[string]any{"organisation_id": orgA}).Want(t, http.StatusCreated).Map(t)["id"].(string)
		sec.Do(http.MethodPost, "/api/booths", map[string]any{"organisation_id": orgB}).Want(t, http.StatusCreated)
		staffA := newStaff(t, n, sec, orgA)
		staffAID := myID(t, staffA)
		staffB := newStaff(t, n, sec, orgB)
		vis, acc := n.Client(t).Register(t, testkit.Registration(3))
		visID := acc["id"].(string)
		mutes := "/api/booths/" + boothA + "/mutes"

		var m map[string]any
		staffA.Do(http.MethodPost, mutes, map[string]any{"person_id": visID, "minutes": 15, "reason": "flooding the chat"}).
			Want(t, http.StatusCreated).Decode(t, &m)
		at, _ := time.Parse(time.RFC3339, m["at"].(string))
		until, _ := time.Parse(time.RFC3339, m["until"].(string))
		if m["room"] != boothA || m["person_id"] != visID || m["by"] != staffAID || until.Sub(at) != 15*time.Minute {
			t.Fatalf("mute = %v", m)
		}
		var list struct {
			Items []map[string]any `json:"items"`
		}
		staffA.Do(http.MethodGet, mutes, nil).Want(t, http.StatusOK).Decode(t, &list)
		if len(list.Items) != 1 || list.Items[0]["person_id"] != visID {
			t.Errorf("mutes = %+v", list)
		}

		ok := func(change func(map[string]any)) map[string]any {
			b := map[string]any{"person_id": visID, "minutes": 10, "reason": "x"}
			change(b)
			return b
		}
		cases := []struct {
			name   string
			who    *testkit.Client
			path   string
			body   any
			status int
			code   string
			field  string
		}{
			{"another organisation's staff", staffB, mutes, ok(func(map[string]any) {}), http.StatusForbidden, "forbidden", ""},
			{"a participant", vis, mutes, ok(func(map[string]any) {}), http.StatusForbidden, "forbidden", ""},
			{"unknown booth", sec, "/api/booths/booth-nope/mutes", ok(func(map[string]any) {}), http.StatusNotFound, "not_found", ""},
			{"malformed JSON", staffA, mutes, `{"minutes": 1`, http.StatusBadRequest, "bad_request", ""},
			{"minutes a string", staffA, mutes, ok(func(b map[string]any) { b["minutes"] = "10" }), http.StatusUnprocessableEntity, "validation_failed", "minutes"},
			{"minutes a fraction", staffA, mutes, ok(func(b map[string]any) { b["minutes"] = 1.5 }), http.StatusUnprocessableEntity, "validation_failed", "minutes"},
			{"no minutes", staffA, mutes, ok(func(b map[string]any) { delete(b, "minutes") }), http.StatusUnprocessableEntity, "validation_failed", "minutes"},
			{"over a day", staffA, mutes, ok(func(b map[string]any) { b["minutes"] = 1441 }), http.StatusUnprocessableEntity, "validation_failed", "minutes"},
			{"no reason", staffA, mutes, ok(func(b map[string]any) { delete(b, "reason") }), http.StatusUnprocessableEntity, "validation_failed", "reason"},
			{"reason too long", staffA, mutes, ok(func(b map[string]any) { b["reason"] = strings.Repeat("r", 501) }), http.StatusUnprocessableEntity, "validation_failed", "reason"},
			{"unknown person", staffA, mutes, ok(func(b map[string]any) { b["person_id"] = "p-nobody" }), http.StatusUnprocessableEntity, "validation_failed", "person_id"},
			{"oneself", staffA, mutes, ok(func(b map[string]any) { b["person_id"] = staffAID }), http.StatusUnprocessableEntity, "validation_failed", "person_id"},
			{"the booth's staff", sec, mutes, ok(func(b map[string]any) { b["person_id"] = staffAID }), http.StatusUnprocessableEntity, "validation_failed", "person_id"},
			{"unknown field", staffA, mutes, ok(func(b map[string]any) { b["hours"] = 1 }), http.StatusUnprocessableEntity, "validation_failed", "hours"},
			{"muted already", sec, mutes, ok(func(map[string]any) {}), http.StatusConflict, "conflict", ""},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				r := tc.who.Do(http.MethodPost, tc.path, tc.body).WantError(t, tc.status, tc.code)
				if tc.field != "" && r.Error(t).Fields[tc.field] == "" {
					t.Errorf("no message for %s: %s", tc.field, r.Body)
				}
			})
		}
		staffB.Do(http.MethodGet, mutes, nil).WantError(t, http.StatusForbidden, "forbidden")
		staffB.Do(http.MethodDelete, mutes+"/"+visID, nil).WantError(t, http.StatusForbidden, "forbidden")
		if l := readLog(t, sec, "?room="+boothA); l.Total != 1 {
			t.Fatalf("refused mutes were logged: %+v", l)
		}

		staffA.Do(http.MethodDelete, mutes+"/"+visID+"?reason=calmer+now", nil).Want(t, http.StatusNoContent)
		staffA.Do(http.MethodDelete, mutes+"/"+visID, nil).WantError(t, http.StatusNotFound, "not_found")
		staffA.Do(http.MethodGet, mutes, nil).Want(t, http.StatusOK).Decode(t, &list)
		if len(list.Items) != 0 {
			t.Errorf("mutes after unmute = %+v", list)
		}
		l := readLog(t, sec, "?room="+boothA)
		if l.Total != 2 || l.Items[0].Action != "unmute" || l.Items[0].Reason != "calmer now" ||
			l.Items[1].Action != "mute" || l.Items[1].By != staffAID || l.Items[1].PersonID != visID || l.Items[1].Reason != "flooding the chat" || l.Items[1].Until == "" {
			t.Errorf("log of the booth = %+v", l)
		}
		staffA.Do(http.MethodGet, "/api/moderation/log", nil).WantError(t, http.StatusForbidden, "forbidden")
	})
}
