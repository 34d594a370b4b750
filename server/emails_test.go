package server_test

import (
	"net/http"
	"sort"
	"strings"
	"testing"

	"github.com/igf-village/village/testkit"
)

// TestEmailLeavesOnlyWithConsent reads every GET route of the spec as
// everyone, and looks for everyone's e-mail in the answers. An e-mail may
// appear only in its owner's own account (GET /api/me) and leads, and in
// the leads of a booth it was left at, to that booth's staff and the
// secretariat (DESIGN.md: contact details leave the server only with
// their owner's consent).
func TestEmailLeavesOnlyWithConsent(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		v := newLeadBooths(t, n)
		visitor, visitorAcc := n.Client(t).Register(t, testkit.Registration(1)) // in the directory
		other, _ := n.Client(t).Register(t, testkit.Registration(2))
		leaveLead(t, visitor, v.boothA, "")
		leaveLead(t, v.staffB, v.boothA, "")
		leaveLead(t, visitor, v.boothB, "")
		inv := v.sec.Do(http.MethodPost, "/api/invitations", map[string]any{"role": "staff", "organisation_id": v.orgA}).Want(t, http.StatusCreated).Map(t)["id"].(string)

		callers := map[string]*testkit.Client{"anonymous": n.Client(t), "visitor": visitor, "other": other,
			"staffA": v.staffA, "staffB": v.staffB, "secretariat": v.sec}
		emails := map[string]string{} // caller to their e-mail
		for name, c := range callers {
			if name != "anonymous" {
				emails[name] = c.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)["email"].(string)
			}
		}
		leftAtA := map[string]bool{"visitor": true, "staffB": true}
		seesLeadsOfA := map[string]bool{"staffA": true, "secretariat": true}

		params := map[string]string{
			"/api/people/{id}": visitorAcc["id"].(string), "/api/organisations/{id}": v.orgA,
			"/api/invitations/{id}": inv, "/api/photos/{id}": "ph-none", "/assets/{file}": "none.js",
		}
		var paths []string
		for path, item := range testkit.Spec(t).Paths.Map() {
			if item.Get != nil {
				paths = append(paths, path)
			}
		}
		sort.Strings(paths)
		checked := 0
		for _, path := range paths {
			target := path
			if id, ok := params[path]; ok {
				target = strings.NewReplacer("{id}", id, "{file}", id).Replace(path)
			} else {
				target = strings.ReplaceAll(path, "{id}", v.boothA)
			}
			leadsOfA := strings.HasPrefix(path, "/api/booths/{id}/leads")
			// One's own e-mail, in one's account, one's leads and what one
			// would share.
			own := path == "/api/me" || path == "/api/me/leads" || path == "/api/booths/{id}/lead-preview"
			for name, c := range callers {
				body := string(c.Do(http.MethodGet, target, nil).Body)
				for owner, email := range emails {
					got := strings.Contains(body, email)
					switch {
					case leadsOfA && seesLeadsOfA[name] && leftAtA[owner], path == "/api/me" && owner == name:
						if !got {
							t.Errorf("GET %s as %s: %s's e-mail is missing", target, name, owner)
						}
					case own && owner == name:
					case got:
						t.Errorf("GET %s as %s: %s's e-mail is there", target, name, owner)
					}
					checked++
				}
			}
		}
		if checked == 0 {
			t.Fatal("nothing checked")
		}
	})
}
