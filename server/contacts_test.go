package server_test

import (
	"net/http"
	"testing"

	"github.com/igf-village/village/testkit"
)

type metList struct {
	Items []struct {
		Person struct {
			ID           string `json:"id"`
			DisplayName  string `json:"display_name"`
			Organisation *struct {
				Name string `json:"name"`
			} `json:"organisation"`
		} `json:"person"`
		Times int `json:"times"`
		Where []struct {
			Kind       string `json:"kind"`
			Place      string `json:"place"`
			PlaceTitle string `json:"place_title"`
		} `json:"where"`
	} `json:"items"`
}

// TestContactsFromAKnock: a taken knock makes its visitor and the staff
// member a contact, seen by both, counted once in the secretariat's
// figures; a second take of the same knock, refused, adds nothing.
func TestContactsFromAKnock(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		org, booth := openBooth(t, sec, "DC on Community Connectivity")
		staff := newStaff(t, n, sec, org)
		desk := n.Live(t, staff.Token)
		desk.Request("join", "booth:"+booth, nil).Ok() // staffed
		v, acc := n.Client(t).Register(t, testkit.Registration(1))
		vid := acc["id"].(string)
		staffID := staff.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)["id"].(string)

		var none metList
		v.Do(http.MethodGet, "/api/me/contacts", nil).Want(t, http.StatusOK).Decode(t, &none)
		if none.Items == nil || len(none.Items) != 0 {
			t.Fatalf("contacts before meeting anyone: %+v, want an empty list", none)
		}

		v.Do(http.MethodPost, "/api/booths/"+booth+"/knocks", map[string]any{"text": "Hello"}).Want(t, http.StatusCreated)
		take := "/api/booths/" + booth + "/knocks/take"
		staff.Do(http.MethodPost, take, map[string]any{"visitor": vid}).Want(t, http.StatusOK)
		staff.Do(http.MethodPost, take, map[string]any{"visitor": vid}).WantError(t, http.StatusConflict, "conflict")

		for _, side := range []struct {
			name   string
			c      *testkit.Client
			other  string
			hasOrg bool
		}{{"the visitor", v, staffID, true}, {"the staff member", staff, vid, false}} {
			var got metList
			side.c.Do(http.MethodGet, "/api/me/contacts", nil).Want(t, http.StatusOK).Decode(t, &got)
			if len(got.Items) != 1 {
				t.Fatalf("%s met %d people, want 1: %+v", side.name, len(got.Items), got)
			}
			m := got.Items[0]
			if m.Person.ID != side.other || m.Times != 1 || len(m.Where) != 1 || m.Where[0].Kind != "knock" ||
				m.Where[0].Place != booth || m.Where[0].PlaceTitle != "DC on Community Connectivity" {
				t.Errorf("%s's contact: %+v", side.name, m)
			}
			if (m.Person.Organisation != nil) != side.hasOrg {
				t.Errorf("%s sees the other's organisation: %+v, want it shown = %v", side.name, m.Person.Organisation, side.hasOrg)
			}
		}

		var f struct {
			Contacts, Pairs, People int
			ByKind                  map[string]int `json:"by_kind"`
			Days                    []struct {
				Date  string
				Pairs int
			}
		}
		sec.Do(http.MethodGet, "/api/contacts/figures", nil).Want(t, http.StatusOK).Decode(t, &f)
		if f.Contacts != 1 || f.Pairs != 1 || f.People != 2 || f.ByKind["knock"] != 1 || f.ByKind["table"] != 0 || len(f.Days) != 1 || f.Days[0].Pairs != 1 {
			t.Errorf("figures %+v, want one knock contact today", f)
		}
		v.Do(http.MethodGet, "/api/contacts/figures", nil).WantError(t, http.StatusForbidden, "forbidden")
	})
}
