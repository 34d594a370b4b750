package server_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/igf-village/village/testkit"
)

// TestBlocks: a person blocks another, sees them in their list, blocks
// again to no effect, and unblocks; bad requests change nothing.
func TestBlocks(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		a, accA := n.Client(t).Register(t, testkit.Registration(1))
		b, accB := n.Client(t).Register(t, testkit.Registration(2))
		_, accC := n.Client(t).Register(t, testkit.Registration(3))
		idA, idB, idC := accA["id"].(string), accB["id"].(string), accC["id"].(string)

		first := a.Do(http.MethodPut, "/api/me/blocks/"+idB, nil).Want(t, http.StatusCreated).Map(t)
		if p := first["person"].(map[string]any); p["id"] != idB || p["name"] != accB["display_name"] {
			t.Fatalf("block = %v", first)
		}
		again := a.Do(http.MethodPut, "/api/me/blocks/"+idB, nil).Want(t, http.StatusOK).Map(t)
		if again["at"] != first["at"] {
			t.Errorf("blocking again moved the block from %v to %v", first["at"], again["at"])
		}
		a.Do(http.MethodPut, "/api/me/blocks/"+idC, nil).Want(t, http.StatusCreated)

		var list struct {
			Items []struct {
				Person struct{ ID, Name string }
			}
		}
		a.Do(http.MethodGet, "/api/me/blocks", nil).Want(t, http.StatusOK).Decode(t, &list)
		if len(list.Items) != 2 || list.Items[0].Person.ID != idC || list.Items[1].Person.ID != idB {
			t.Fatalf("list = %+v, want C then B (newest first)", list.Items)
		}
		// The blocked person's own list holds nothing of it.
		b.Do(http.MethodGet, "/api/me/blocks", nil).Want(t, http.StatusOK).Decode(t, &list)
		if len(list.Items) != 0 {
			t.Fatalf("the blocked person's list = %+v", list.Items)
		}

		// Bad requests.
		a.Do(http.MethodPut, "/api/me/blocks/"+idA, nil).WantError(t, http.StatusUnprocessableEntity, "validation_failed")
		a.Do(http.MethodPut, "/api/me/blocks/p-nobody", nil).WantError(t, http.StatusNotFound, "not_found")
		b.Do(http.MethodDelete, "/api/me/blocks/"+idA, nil).WantError(t, http.StatusNotFound, "not_found")
		for _, odd := range []string{"%00", "p-%FF", strings.Repeat("x", 2000), idB + "%3A" + idC} {
			a.Do(http.MethodPut, "/api/me/blocks/"+odd, nil).WantError(t, http.StatusNotFound, "not_found")
			a.Do(http.MethodDelete, "/api/me/blocks/"+odd, nil).WantError(t, http.StatusNotFound, "not_found")
		}
		a.Do(http.MethodGet, "/api/me/blocks", nil).Want(t, http.StatusOK).Decode(t, &list)
		if len(list.Items) != 2 {
			t.Fatalf("after refused calls, list = %+v", list.Items)
		}

		a.Do(http.MethodDelete, "/api/me/blocks/"+idB, nil).Want(t, http.StatusNoContent)
		a.Do(http.MethodDelete, "/api/me/blocks/"+idB, nil).WantError(t, http.StatusNotFound, "not_found")
		a.Do(http.MethodGet, "/api/me/blocks", nil).Want(t, http.StatusOK).Decode(t, &list)
		if len(list.Items) != 1 || list.Items[0].Person.ID != idC {
			t.Fatalf("after unblocking B, list = %+v", list.Items)
		}

		// A deleted account's blocks go with it.
		n.Client(t).SignIn(t, accC["email"].(string), testkit.DefaultPassword).Do(http.MethodDelete, "/api/me", nil).Want(t, http.StatusNoContent)
		a.Do(http.MethodGet, "/api/me/blocks", nil).Want(t, http.StatusOK).Decode(t, &list)
		if len(list.Items) != 0 {
			t.Fatalf("after C deleted their account, list = %+v", list.Items)
		}
	})
}

// TestBlockStopsDirectMessages: once either blocked the other, neither
// may send the other a direct message, and unblocking lets them again.
func TestBlockStopsDirectMessages(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		a, accA := n.Client(t).Register(t, testkit.Registration(1))
		b, accB := n.Client(t).Register(t, testkit.Registration(2))
		wa, wb := n.Live(t, a.Token), n.Live(t, b.Token)
		wa.Request("direct", "", map[string]any{"to": accB["id"], "kind": "wave"}).Ok()
		wb.Await("direct", "")

		b.Do(http.MethodPut, "/api/me/blocks/"+accA["id"].(string), nil).Want(t, http.StatusCreated)
		wa.Request("direct", "", map[string]any{"to": accB["id"], "kind": "wave"}).Fails("blocked")
		wb.Request("direct", "", map[string]any{"to": accA["id"], "kind": "wave"}).Fails("blocked")

		b.Do(http.MethodDelete, "/api/me/blocks/"+accA["id"].(string), nil).Want(t, http.StatusNoContent)
		wa.Request("direct", "", map[string]any{"to": accB["id"], "kind": "wave"}).Ok()
		wb.Await("direct", "")
	})
}

// TestBlockKeepsPairsApartAtBooths: a staff member does not take the
// knock of a visitor either of them blocked (take-next passes over them,
// a colleague may take them), and nobody books a slot with a staff member
// either of them blocked.
func TestBlockKeepsPairsApartAtBooths(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		org, booth := openBooth(t, sec, "DC on Community Connectivity")
		staff, colleague := newStaff(t, n, sec, org), newStaff(t, n, sec, org)
		staffID := staff.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)["id"].(string)
		n.Live(t, staff.Token).Request("join", "booth:"+booth, nil).Ok()
		blocker, accBlocker := n.Client(t).Register(t, testkit.Registration(1))
		other, accOther := n.Client(t).Register(t, testkit.Registration(2))
		blocker.Do(http.MethodPut, "/api/me/blocks/"+staffID, nil).Want(t, http.StatusCreated)

		knocks := "/api/booths/" + booth + "/knocks"
		blocker.Do(http.MethodPost, knocks, map[string]any{}).Want(t, http.StatusCreated)
		other.Do(http.MethodPost, knocks, map[string]any{}).Want(t, http.StatusCreated)
		staff.Do(http.MethodPost, knocks+"/take", map[string]any{"visitor": accBlocker["id"]}).WantError(t, http.StatusForbidden, "blocked")
		took := staff.Do(http.MethodPost, knocks+"/take", map[string]any{}).Want(t, http.StatusOK).Map(t)
		if took["visitor"].(map[string]any)["id"] != accOther["id"] {
			t.Fatalf("take-next took %v, want the visitor after the one who blocked", took["visitor"])
		}
		staff.Do(http.MethodPost, knocks+"/take", map[string]any{}).WantError(t, http.StatusNotFound, "not_found")
		colleague.Do(http.MethodPost, knocks+"/take", map[string]any{"visitor": accBlocker["id"]}).Want(t, http.StatusOK)

		start := time.Now().UTC().Truncate(time.Hour).Add(48 * time.Hour)
		slot := staff.Do(http.MethodPost, "/api/booths/"+booth+"/slots", slotBody(start, 30, "en")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		book(blocker, slot).WantError(t, http.StatusForbidden, "blocked")
		blocker.Do(http.MethodDelete, "/api/me/blocks/"+staffID, nil).Want(t, http.StatusNoContent)
		book(blocker, slot).Want(t, http.StatusCreated)
	})
}
