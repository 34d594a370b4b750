package server_test

import (
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/igf-village/village/testkit"
)

func TestRegisterReadEditProfile(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		anon := n.Client(t)
		body := testkit.Registration(1)
		body["email"] = "  Amina.Diallo@Village.Example "
		body["languages"] = []string{"FR", "en-gb", "fr"}
		body["tags"] = []string{"Community Networks", "community networks "}
		c, acc := anon.Register(t, body)
		if acc["email"] != "amina.diallo@village.example" || acc["role"] != "participant" {
			t.Fatalf("account = %v", acc)
		}
		if got := acc["languages"].([]any); len(got) != 2 || got[0] != "fr" || got[1] != "en-GB" {
			t.Errorf("languages = %v, want canonical and deduplicated [fr en-GB]", got)
		}
		if got := acc["tags"].([]any); len(got) != 1 || got[0] != "community networks" {
			t.Errorf("tags = %v", got)
		}

		me := c.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)
		if me["id"] != acc["id"] || me["has_password"] != true {
			t.Fatalf("me = %v", me)
		}

		upd := c.Do(http.MethodPatch, "/api/me", map[string]any{
			"display_name": "Amina D.", "time_zone": "Europe/Zurich", "themes": []string{"trust"},
			"youth": false, "directory_opt_in": false,
		}).Want(t, http.StatusOK).Map(t)
		if upd["display_name"] != "Amina D." || upd["time_zone"] != "Europe/Zurich" || upd["youth"] != false ||
			upd["region"] != "african" {
			t.Fatalf("after patch: %v", upd)
		}
		again := c.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)
		if again["display_name"] != "Amina D." || again["directory_opt_in"] != false {
			t.Fatalf("patch not stored: %v", again)
		}

		// Changing the password needs the current one.
		c.Do(http.MethodPatch, "/api/me", map[string]any{"password": "a new long password"}).
			WantError(t, http.StatusUnprocessableEntity, "validation_failed")
		c.Do(http.MethodPatch, "/api/me", map[string]any{"password": "a new long password", "current_password": testkit.DefaultPassword}).
			Want(t, http.StatusOK)
		anon.Do(http.MethodPost, "/api/auth/login", map[string]string{"email": "amina.diallo@village.example", "password": testkit.DefaultPassword}).
			WantError(t, http.StatusUnauthorized, "unauthenticated")
		anon.SignIn(t, "AMINA.DIALLO@village.example", "a new long password")
	})
}

// TestRegisterBadInput: each bad registration gets a 4xx with a stable
// code naming the field, and stores nothing.
func TestRegisterBadInput(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		anon := n.Client(t)
		taken := testkit.Registration(0)
		anon.Register(t, taken)

		with := func(k string, v any) map[string]any {
			b := testkit.Registration(2)
			if v == nil {
				delete(b, k)
			} else {
				b[k] = v
			}
			return b
		}
		cases := []struct {
			name   string
			body   any
			status int
			code   string
			field  string
		}{
			{"malformed JSON", `{"email": "a@b.org",`, 400, "bad_request", ""},
			{"not an object", `[1,2]`, 400, "bad_request", ""},
			{"two values", `{} {}`, 400, "bad_request", ""},
			{"empty body", ``, 400, "bad_request", ""},
			{"unknown field", with("is_admin", true), 422, "validation_failed", "is_admin"},
			{"wrong type", with("youth", "yes"), 422, "validation_failed", "youth"},
			{"wrong type in list", with("languages", "fr"), 422, "validation_failed", "languages"},
			{"over-long name", with("display_name", strings.Repeat("n", 81)), 422, "validation_failed", "display_name"},
			{"missing name", with("display_name", nil), 422, "validation_failed", "display_name"},
			{"control characters", with("display_name", "Bob\x00"), 422, "validation_failed", "display_name"},
			{"over-long expertise", with("expertise", strings.Repeat("e", 501)), 422, "validation_failed", "expertise"},
			{"unknown stakeholder group", with("stakeholder_group", "aliens"), 422, "validation_failed", "stakeholder_group"},
			{"unknown region", with("region", "atlantis"), 422, "validation_failed", "region"},
			{"unknown theme", with("themes", []string{"gossip"}), 422, "validation_failed", "themes"},
			{"invalid language tag", with("languages", []string{"not a tag!"}), 422, "validation_failed", "languages"},
			{"no language", with("languages", []string{}), 422, "validation_failed", "languages"},
			{"invalid time zone", with("time_zone", "Mars/Olympus"), 422, "validation_failed", "time_zone"},
			{"local time zone", with("time_zone", "Local"), 422, "validation_failed", "time_zone"},
			{"invalid country", with("country", "XX"), 422, "validation_failed", "country"},
			{"invalid e-mail", with("email", "not-an-email"), 422, "validation_failed", "email"},
			{"over-long e-mail", with("email", strings.Repeat("a", 250)+"@x.org"), 422, "validation_failed", "email"},
			{"short password", with("password", "short"), 422, "validation_failed", "password"},
			{"too many tags", with("tags", strings.Split("a b c d e f g h i j k", " ")), 422, "validation_failed", "tags"},
			{"parliamentarian outside government", with("parliamentarian", true), 422, "validation_failed", "parliamentarian"},
			{"duplicate e-mail", with("email", strings.ToUpper(taken["email"].(string))), 409, "conflict", "email"},
			{"unknown invitation", with("invitation", "inv-nope"), 422, "validation_failed", "invitation"},
			{"too large", with("expertise", strings.Repeat("x", 70<<10)), 413, "payload_too_large", ""},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				e := anon.Do(http.MethodPost, "/api/auth/register", tc.body).WantError(t, tc.status, tc.code).Error(t)
				if tc.field != "" && e.Fields[tc.field] == "" {
					t.Errorf("fields = %v, want a message for %q", e.Fields, tc.field)
				}
				// Nothing was stored: the e-mail of the bad registration
				// cannot sign in.
				if m, ok := tc.body.(map[string]any); ok && tc.code != "conflict" {
					if email, _ := m["email"].(string); email != "" {
						anon.Do(http.MethodPost, "/api/auth/login", map[string]string{"email": email, "password": testkit.DefaultPassword}).
							WantError(t, http.StatusUnauthorized, "unauthenticated")
					}
				}
			})
		}
		// The taken address still belongs to its first owner alone.
		anon.SignIn(t, taken["email"].(string), testkit.DefaultPassword)
		anon.Do(http.MethodPost, "/api/auth/register", map[string]string{"email": "x@y.org"}).
			WantError(t, http.StatusUnprocessableEntity, "validation_failed")
		req := anon.Do(http.MethodPost, "/api/auth/login", "email=a")
		req.WantError(t, http.StatusBadRequest, "bad_request")
	})
}

// TestRegisterRace: of 50 registrations of one e-mail at once, one wins.
func TestRegisterRace(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		anon := n.Client(t)
		body := testkit.Registration(7)
		var wg sync.WaitGroup
		start := make(chan struct{})
		statuses := make([]int, 50)
		for i := range statuses {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				statuses[i] = anon.Do(http.MethodPost, "/api/auth/register", body).Status
			}()
		}
		close(start)
		wg.Wait()
		created := 0
		for _, s := range statuses {
			switch s {
			case http.StatusCreated:
				created++
			case http.StatusConflict:
			default:
				t.Errorf("status %d", s)
			}
		}
		if created != 1 {
			t.Fatalf("%d registrations succeeded, want 1", created)
		}
	})
}

func TestDeleteAccount(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		anon := n.Client(t)
		body := testkit.Registration(3)
		c, _ := anon.Register(t, body)
		c.Do(http.MethodDelete, "/api/me", nil).Want(t, http.StatusNoContent)
		c.Do(http.MethodGet, "/api/me", nil).WantError(t, http.StatusUnauthorized, "unauthenticated")
		c.Do(http.MethodPost, "/api/auth/refresh", map[string]string{"refresh_token": c.Refresh}).
			WantError(t, http.StatusUnauthorized, "unauthenticated")
		anon.Do(http.MethodPost, "/api/auth/login", map[string]string{"email": body["email"].(string), "password": testkit.DefaultPassword}).
			WantError(t, http.StatusUnauthorized, "unauthenticated")
		// The address is free again.
		anon.Register(t, body)
	})
}

// TestPasswordChangeEndsOtherSessions: a new password ends every other
// session of the account (their refresh tokens stop working, spent ones
// too); the session that changed it goes on, as does everyone else's. A
// refused change, or one of the profile only, ends nothing.
func TestPasswordChangeEndsOtherSessions(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		anon := n.Client(t)
		current, acc := anon.Register(t, testkit.Registration(1))
		email := acc["email"].(string)
		laptop := anon.SignIn(t, email, testkit.DefaultPassword)
		phone := anon.SignIn(t, email, testkit.DefaultPassword)
		someoneElse, _ := anon.Register(t, testkit.Registration(2))
		refresh := func(c *testkit.Client) *testkit.Response {
			t.Helper()
			var s testkit.Session
			r := c.Do(http.MethodPost, "/api/auth/refresh", map[string]string{"refresh_token": c.Refresh})
			if r.Status == http.StatusOK {
				r.Decode(t, &s)
				c.Token, c.Refresh = s.AccessToken, s.RefreshToken
			}
			return r
		}
		// The phone has refreshed: it holds a spent token too, still
		// within its grace window.
		spent := phone.Refresh
		refresh(phone).Want(t, http.StatusOK)

		current.Do(http.MethodPatch, "/api/me", map[string]any{"display_name": "Amina D."}).Want(t, http.StatusOK)
		current.Do(http.MethodPatch, "/api/me", map[string]any{"password": "a new long password", "current_password": "not the password"}).
			WantError(t, http.StatusUnprocessableEntity, "validation_failed")
		refresh(laptop).Want(t, http.StatusOK)

		// The session that changes the password has refreshed since it
		// signed in: it is still the same session.
		refresh(current).Want(t, http.StatusOK)
		current.Do(http.MethodPatch, "/api/me", map[string]any{"password": "a new long password", "current_password": testkit.DefaultPassword}).
			Want(t, http.StatusOK)

		refresh(laptop).WantError(t, http.StatusUnauthorized, "unauthenticated")
		refresh(phone).WantError(t, http.StatusUnauthorized, "unauthenticated")
		phone.Refresh = spent
		refresh(phone).WantError(t, http.StatusUnauthorized, "unauthenticated")
		refresh(current).Want(t, http.StatusOK)
		current.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK)
		refresh(someoneElse).Want(t, http.StatusOK)
		// A session opened with the new password is a new one and lives.
		refresh(anon.SignIn(t, email, "a new long password")).Want(t, http.StatusOK)
	})
}
