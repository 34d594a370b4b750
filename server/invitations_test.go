package server_test

import (
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/testkit"
)

func TestInvitations(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		org := sec.Do(http.MethodPost, "/api/organisations", orgBody("NRIs")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		inv := sec.Do(http.MethodPost, "/api/invitations", map[string]any{"role": "staff", "organisation_id": org, "note": "for Mary"}).
			Want(t, http.StatusCreated).Map(t)
		id := inv["id"].(string)
		if !strings.HasSuffix(inv["url"].(string), "/invite/"+id) || inv["used"] != false {
			t.Fatalf("invitation = %v", inv)
		}

		// Anyone holding the link may see what it grants.
		preview := n.Client(t).Do(http.MethodGet, "/api/invitations/"+id, nil).Want(t, http.StatusOK).Map(t)
		if preview["role"] != "staff" || preview["organisation_id"] != org {
			t.Fatalf("preview = %v", preview)
		}
		n.Client(t).Do(http.MethodGet, "/api/invitations/inv-nope", nil).WantError(t, http.StatusNotFound, "not_found")

		p, _ := n.Client(t).Register(t, testkit.Registration(1))
		acc := p.Do(http.MethodPost, "/api/invitations/"+id+"/accept", nil).Want(t, http.StatusOK).Map(t)
		if acc["role"] != "staff" || acc["organisation_id"] != org {
			t.Fatalf("after accepting: %v", acc)
		}
		q, _ := n.Client(t).Register(t, testkit.Registration(2))
		q.Do(http.MethodPost, "/api/invitations/"+id+"/accept", nil).WantError(t, http.StatusConflict, "conflict")
		if me := q.Do(http.MethodGet, "/api/me", nil).Map(t); me["role"] != "participant" {
			t.Fatalf("a refused accept changed the role: %v", me)
		}

		var list struct {
			Items []map[string]any `json:"items"`
		}
		sec.Do(http.MethodGet, "/api/invitations", nil).Want(t, http.StatusOK).Decode(t, &list)
		if len(list.Items) != 1 || list.Items[0]["used"] != true {
			t.Fatalf("list = %v", list.Items)
		}

		// A secretariat invitation makes a secretariat member.
		si := sec.Do(http.MethodPost, "/api/invitations", map[string]any{"role": "secretariat"}).Want(t, http.StatusCreated).Map(t)["id"].(string)
		q.Do(http.MethodPost, "/api/invitations/"+si+"/accept", nil).Want(t, http.StatusOK)
		q.Do(http.MethodGet, "/api/invitations", nil).Want(t, http.StatusOK)

		// Withdrawn invitations stop working.
		w := sec.Do(http.MethodPost, "/api/invitations", map[string]any{"role": "secretariat"}).Want(t, http.StatusCreated).Map(t)["id"].(string)
		sec.Do(http.MethodDelete, "/api/invitations/"+w, nil).Want(t, http.StatusNoContent)
		p.Do(http.MethodPost, "/api/invitations/"+w+"/accept", nil).WantError(t, http.StatusNotFound, "not_found")
		sec.Do(http.MethodDelete, "/api/invitations/"+w, nil).WantError(t, http.StatusNotFound, "not_found")

		bad := []struct {
			name  string
			body  map[string]any
			field string
		}{
			{"unknown role", map[string]any{"role": "king"}, "role"},
			{"participant role", map[string]any{"role": "participant"}, "role"},
			{"staff without organisation", map[string]any{"role": "staff"}, "organisation_id"},
			{"staff of no organisation", map[string]any{"role": "staff", "organisation_id": "org-nope"}, "organisation_id"},
			{"secretariat with organisation", map[string]any{"role": "secretariat", "organisation_id": org}, "organisation_id"},
			{"long note", map[string]any{"role": "secretariat", "note": strings.Repeat("n", 201)}, "note"},
			{"ttl too long", map[string]any{"role": "secretariat", "ttl_hours": 24 * 91}, "ttl_hours"},
			{"ttl negative", map[string]any{"role": "secretariat", "ttl_hours": -1}, "ttl_hours"},
			{"ttl that wrapped to 1734", map[string]any{"role": "secretariat", "ttl_hours": 2562048}, "ttl_hours"},
			{"ttl that wrapped to minutes", map[string]any{"role": "secretariat", "ttl_hours": 5124096}, "ttl_hours"},
			{"ttl beyond int64", map[string]any{"role": "secretariat", "ttl_hours": 1e30}, "ttl_hours"},
			{"ttl fractional", map[string]any{"role": "secretariat", "ttl_hours": 2.5}, "ttl_hours"},
			{"ttl not a number", map[string]any{"role": "secretariat", "ttl_hours": "soon"}, "ttl_hours"},
		}
		for _, b := range bad {
			t.Run(b.name, func(t *testing.T) {
				e := sec.Do(http.MethodPost, "/api/invitations", b.body).WantError(t, http.StatusUnprocessableEntity, "validation_failed").Error(t)
				if e.Fields[b.field] == "" {
					t.Errorf("fields %v lack %q", e.Fields, b.field)
				}
			})
		}
		sec.Do(http.MethodGet, "/api/invitations", nil).Decode(t, &list)
		if len(list.Items) != 2 {
			t.Fatalf("refused invitations were stored: %d invitations", len(list.Items))
		}
	})
}

func TestInvitationExpires(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	svc := accounts.NewService(n.Store, accounts.WithHash(accounts.CheapHash),
		accounts.WithClock(func() time.Time { return time.Now().Add(-2 * time.Hour) }))
	inv, err := svc.CreateInvitation(t.Context(), "p-sec", accounts.InvitationRequest{Role: accounts.RoleSecretariat, TTLHours: 1})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := n.Client(t).Register(t, testkit.Registration(1))
	p.Do(http.MethodPost, "/api/invitations/"+inv.ID+"/accept", nil).WantError(t, http.StatusGone, "gone")
	body := testkit.Registration(2)
	body["invitation"] = inv.ID
	n.Client(t).Do(http.MethodPost, "/api/auth/register", body).WantError(t, http.StatusUnprocessableEntity, "validation_failed")
}

// TestInvitationRace: of 50 people accepting one link at once, one gets
// the role.
func TestInvitationRace(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		id := sec.Do(http.MethodPost, "/api/invitations", map[string]any{"role": "secretariat"}).Want(t, http.StatusCreated).Map(t)["id"].(string)
		people := make([]*testkit.Client, 50)
		for i := range people {
			people[i], _ = n.Client(t).Register(t, testkit.Registration(i))
		}
		var wg sync.WaitGroup
		var mu sync.Mutex
		won := 0
		start := make(chan struct{})
		for _, p := range people {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				if p.Do(http.MethodPost, "/api/invitations/"+id+"/accept", nil).Status == http.StatusOK {
					mu.Lock()
					won++
					mu.Unlock()
				}
			}()
		}
		close(start)
		wg.Wait()
		promoted := 0
		for _, p := range people {
			if p.Do(http.MethodGet, "/api/me", nil).Map(t)["role"] == "secretariat" {
				promoted++
			}
		}
		if won != 1 || promoted != 1 {
			t.Fatalf("%d accepts succeeded and %d people were promoted, want 1 and 1", won, promoted)
		}
	})
}
