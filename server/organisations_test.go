package server_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/igf-village/village/testkit"
)

func orgBody(name string) map[string]any {
	return map[string]any{
		"name": name, "kind": "dynamic_coalition", "stakeholder_group": "civil_society",
		"region": "weog", "website": "https://example.org/dc", "description": "A coalition.",
	}
}

func TestOrganisations(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		created := sec.Do(http.MethodPost, "/api/organisations", orgBody("DC on Community Connectivity")).Want(t, http.StatusCreated).Map(t)
		id := created["id"].(string)
		sec.Do(http.MethodPost, "/api/organisations", orgBody("BPF Cybersecurity")).Want(t, http.StatusCreated)

		p, _ := n.Client(t).Register(t, testkit.Registration(1))
		var list struct {
			Items []map[string]any `json:"items"`
		}
		p.Do(http.MethodGet, "/api/organisations", nil).Want(t, http.StatusOK).Decode(t, &list)
		if len(list.Items) != 2 || list.Items[0]["name"] != "BPF Cybersecurity" {
			t.Fatalf("list = %v", list.Items)
		}
		got := p.Do(http.MethodGet, "/api/organisations/"+id, nil).Want(t, http.StatusOK).Map(t)
		if got["website"] != "https://example.org/dc" || got["kind"] != "dynamic_coalition" {
			t.Fatalf("get = %v", got)
		}

		upd := sec.Do(http.MethodPatch, "/api/organisations/"+id, map[string]any{"region": "african", "logo_url": "https://example.org/logo.png"}).
			Want(t, http.StatusOK).Map(t)
		if upd["region"] != "african" || upd["name"] != "DC on Community Connectivity" {
			t.Fatalf("update = %v", upd)
		}

		bad := []struct {
			name  string
			body  any
			field string
		}{
			{"no name", map[string]any{"name": "  "}, "name"},
			{"long name", map[string]any{"name": strings.Repeat("n", 121)}, "name"},
			{"unknown kind", map[string]any{"kind": "circus"}, "kind"},
			{"unknown group", map[string]any{"stakeholder_group": "x"}, "stakeholder_group"},
			{"unknown region", map[string]any{"region": "x"}, "region"},
			{"script website", map[string]any{"website": "javascript:alert(1)"}, "website"},
			{"relative logo", map[string]any{"logo_url": "/logo.png"}, "logo_url"},
			{"long description", map[string]any{"description": strings.Repeat("d", 2001)}, "description"},
			{"unknown field", map[string]any{"owner": "me"}, "owner"},
			{"wrong type", map[string]any{"name": 5}, "name"},
		}
		for _, b := range bad {
			t.Run(b.name, func(t *testing.T) {
				e := sec.Do(http.MethodPatch, "/api/organisations/"+id, b.body).WantError(t, http.StatusUnprocessableEntity, "validation_failed").Error(t)
				if e.Fields[b.field] == "" {
					t.Errorf("fields %v lack %q", e.Fields, b.field)
				}
			})
		}
		// None of it changed anything.
		if again := p.Do(http.MethodGet, "/api/organisations/"+id, nil).Map(t); again["updated_at"] != upd["updated_at"] || again["region"] != "african" {
			t.Fatalf("a refused update changed the organisation: %v", again)
		}
		sec.Do(http.MethodPost, "/api/organisations", map[string]any{"name": "x"}).WantError(t, http.StatusUnprocessableEntity, "validation_failed")
		sec.Do(http.MethodPatch, "/api/organisations/org-nope", map[string]any{"name": "x"}).WantError(t, http.StatusNotFound, "not_found")
		p.Do(http.MethodGet, "/api/organisations/org-nope", nil).WantError(t, http.StatusNotFound, "not_found")

		sec.Do(http.MethodDelete, "/api/organisations/"+id, nil).Want(t, http.StatusNoContent)
		p.Do(http.MethodGet, "/api/organisations/"+id, nil).WantError(t, http.StatusNotFound, "not_found")
		sec.Do(http.MethodDelete, "/api/organisations/"+id, nil).WantError(t, http.StatusNotFound, "not_found")
	})
}

// TestStaffEditOwnOrganisation: staff edit their own organisation, not
// another; when it is removed they become participants.
func TestStaffEditOwnOrganisation(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		own := sec.Do(http.MethodPost, "/api/organisations", orgBody("Own")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		other := sec.Do(http.MethodPost, "/api/organisations", orgBody("Other")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		staff := newStaff(t, n, sec, own)

		staff.Do(http.MethodPatch, "/api/organisations/"+own, map[string]any{"description": "We connect villages."}).Want(t, http.StatusOK)
		staff.Do(http.MethodPatch, "/api/organisations/"+other, map[string]any{"description": "Hijacked"}).WantError(t, http.StatusForbidden, "forbidden")
		staff.Do(http.MethodDelete, "/api/organisations/"+own, nil).WantError(t, http.StatusForbidden, "forbidden")
		// The Secretariat classifies exhibitors; staff may not.
		for _, field := range []string{"name", "kind", "stakeholder_group", "region"} {
			staff.Do(http.MethodPatch, "/api/organisations/"+own, map[string]any{field: "secretariat"}).WantError(t, http.StatusForbidden, "forbidden")
		}
		if o := staff.Do(http.MethodGet, "/api/organisations/"+own, nil).Map(t); o["kind"] != "dynamic_coalition" || o["description"] != "We connect villages." {
			t.Fatalf("organisation after staff edits: %v", o)
		}
		// A pending staff invitation dies with its organisation.
		pending := sec.Do(http.MethodPost, "/api/invitations", map[string]any{"role": "staff", "organisation_id": own}).Want(t, http.StatusCreated).Map(t)["id"].(string)

		sec.Do(http.MethodDelete, "/api/organisations/"+own, nil).Want(t, http.StatusNoContent)
		me := staff.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)
		if me["role"] != "participant" || me["organisation_id"] != nil {
			t.Fatalf("after the organisation left: %v", me)
		}
		staff.Do(http.MethodPost, "/api/invitations/"+pending+"/accept", nil).WantError(t, http.StatusGone, "gone")
		body := testkit.Registration(8)
		body["invitation"] = pending
		n.Client(t).Do(http.MethodPost, "/api/auth/register", body).WantError(t, http.StatusUnprocessableEntity, "validation_failed")
	})
}

// newStaff registers a person and makes them staff of org by invitation.
func newStaff(t *testing.T, n *testkit.Node, sec *testkit.Client, org string) *testkit.Client {
	t.Helper()
	inv := sec.Do(http.MethodPost, "/api/invitations", map[string]any{"role": "staff", "organisation_id": org}).Want(t, http.StatusCreated).Map(t)
	body := testkit.Registration(90)
	body["invitation"] = inv["id"]
	c, acc := n.Client(t).Register(t, body)
	if acc["role"] != "staff" || acc["organisation_id"] != org {
		t.Fatalf("registered with a staff invitation: %v", acc)
	}
	return c
}
