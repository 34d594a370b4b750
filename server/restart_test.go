package server_test

import (
	"net/http"
	"testing"

	"github.com/igf-village/village/testkit"
)

// TestRestartKeepsEverything writes through a running node, restarts it on
// the same data and reads everything back.
func TestRestartKeepsEverything(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		org := sec.Do(http.MethodPost, "/api/organisations", orgBody("DC on Internet Rights and Principles")).Want(t, http.StatusCreated).Map(t)
		inv := sec.Do(http.MethodPost, "/api/invitations", map[string]any{"role": "staff", "organisation_id": org["id"]}).Want(t, http.StatusCreated).Map(t)
		body := testkit.Registration(1)
		p, _ := n.Client(t).Register(t, body)
		before := p.Do(http.MethodPatch, "/api/me", map[string]any{"expertise": "Human rights online"}).Want(t, http.StatusOK).Map(t)

		n2 := n.Restart(t)
		// The signing secret is the same, so tokens and sessions survive too.
		p.Base, sec.Base = n2.URL, n2.URL
		after := p.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)
		for _, k := range []string{"id", "email", "expertise", "languages", "time_zone", "updated_at", "created_at"} {
			if !equalJSON(before[k], after[k]) {
				t.Errorf("%s: %v before the restart, %v after", k, before[k], after[k])
			}
		}
		if got := sec.Do(http.MethodGet, "/api/organisations/"+org["id"].(string), nil).Want(t, http.StatusOK).Map(t); got["name"] != org["name"] {
			t.Errorf("organisation after restart: %v", got)
		}
		if got := n2.Client(t).Do(http.MethodGet, "/api/invitations/"+inv["id"].(string), nil).Want(t, http.StatusOK).Map(t); got["role"] != "staff" {
			t.Errorf("invitation after restart: %v", got)
		}
		p.Do(http.MethodPost, "/api/auth/refresh", map[string]string{"refresh_token": p.Refresh}).Want(t, http.StatusOK)
		n2.Client(t).SignIn(t, body["email"].(string), testkit.DefaultPassword)
	})
}

func equalJSON(a, b any) bool {
	switch x := a.(type) {
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !equalJSON(x[i], y[i]) {
				return false
			}
		}
		return true
	}
	return a == b
}
