package server_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/igf-village/village/testkit"
)

func TestDirectory(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		anon := n.Client(t)
		people := []map[string]any{
			{"display_name": "Amina Diallo", "stakeholder_group": "civil_society", "region": "african", "country": "SN",
				"languages": []string{"fr", "wo"}, "time_zone": "Africa/Dakar", "themes": []string{"inclusion"},
				"tags": []string{"community networks"}, "expertise": "Rural connectivity", "youth": true},
			{"display_name": "Carlos Mendes", "stakeholder_group": "government", "region": "grulac", "country": "BR",
				"languages": []string{"pt", "es"}, "time_zone": "America/Sao_Paulo", "themes": []string{"data", "trust"},
				"tags": []string{"privacy"}, "expertise": "Data protection law", "parliamentarian": true},
			{"display_name": "Li Wei", "stakeholder_group": "technical_community", "region": "asia_pacific", "country": "CN",
				"languages": []string{"zh", "en"}, "time_zone": "Asia/Shanghai", "themes": []string{"trust"},
				"tags": []string{"cybersecurity"}, "expertise": "Routing security"},
			{"display_name": "Olga Petrova", "stakeholder_group": "private_sector", "region": "eastern_european", "country": "RU",
				"languages": []string{"ru", "en-GB"}, "time_zone": "Europe/Moscow", "themes": []string{"environment"},
				"tags": []string{}, "expertise": "Green data centres"},
			{"display_name": "Hidden Person", "stakeholder_group": "civil_society", "region": "weog", "country": "FR",
				"languages": []string{"fr"}, "time_zone": "Europe/Paris", "directory_opt_in": false},
		}
		var viewer *testkit.Client
		for i, p := range people {
			body := testkit.Registration(i)
			for k := range body {
				if k != "email" && k != "password" {
					delete(body, k)
				}
			}
			body["directory_opt_in"] = true
			for k, v := range p {
				body[k] = v
			}
			c, _ := anon.Register(t, body)
			if i == 0 {
				viewer = c
			}
		}

		names := func(query string) []string {
			t.Helper()
			var pg struct {
				Items []map[string]any `json:"items"`
				Total int              `json:"total"`
			}
			r := viewer.Do(http.MethodGet, "/api/directory"+query, nil).Want(t, http.StatusOK)
			if strings.Contains(string(r.Body), "@") {
				t.Fatalf("an e-mail address left the server: %s", r.Body)
			}
			r.Decode(t, &pg)
			out := []string{}
			for _, it := range pg.Items {
				out = append(out, it["display_name"].(string))
			}
			return append(out, fmt.Sprint(pg.Total))
		}
		cases := []struct {
			query string
			want  string
		}{
			{"", "Amina Diallo,Carlos Mendes,Li Wei,Olga Petrova,4"},
			{"?q=wei", "Li Wei,1"},
			{"?q=DATA", "Carlos Mendes,Olga Petrova,2"}, // expertise too
			{"?theme=trust", "Carlos Mendes,Li Wei,2"},
			{"?interest=Privacy", "Carlos Mendes,1"},
			{"?stakeholder_group=government", "Carlos Mendes,1"},
			{"?region=asia_pacific", "Li Wei,1"},
			{"?language=en", "Li Wei,Olga Petrova,2"}, // en-GB is English
			{"?language=es", "Carlos Mendes,1"},
			{"?youth=true", "Amina Diallo,1"},
			{"?youth=false&theme=trust", "Carlos Mendes,Li Wei,2"},
			{"?q=hidden", "0"},
			{"?limit=2", "Amina Diallo,Carlos Mendes,4"},
			{"?limit=2&offset=2", "Li Wei,Olga Petrova,4"},
			{"?offset=10", "4"},
			{"?q=" + strings.Repeat("ع", 80), "0"}, // limits count characters, not bytes
		}
		for _, tc := range cases {
			if got := strings.Join(names(tc.query), ","); got != tc.want {
				t.Errorf("directory%s = %s, want %s", tc.query, got, tc.want)
			}
		}

		bad := []struct{ query, field string }{
			{"?theme=gossip", "theme"},
			{"?region=atlantis", "region"},
			{"?stakeholder_group=x", "stakeholder_group"},
			{"?language=!!", "language"},
			{"?youth=maybe", "youth"},
			{"?limit=0", "limit"},
			{"?limit=101", "limit"},
			{"?offset=-1", "offset"},
			{"?q=" + strings.Repeat("a", 81), "q"},
		}
		for _, b := range bad {
			e := viewer.Do(http.MethodGet, "/api/directory"+b.query, nil).WantError(t, http.StatusUnprocessableEntity, "validation_failed").Error(t)
			if e.Fields[b.field] == "" {
				t.Errorf("directory%s: fields %v lack %q", b.query, e.Fields, b.field)
			}
		}
		n.Client(t).Do(http.MethodGet, "/api/directory", nil).WantError(t, http.StatusUnauthorized, "unauthenticated")
	})
}

// TestPublicProfile: anyone signed in sees a card of any person (so that
// someone seen online has a page), the whole profile of people in the
// directory, their own, and to the secretariat anyone's; an unknown ID is
// 404.
func TestPublicProfile(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		anon := n.Client(t)
		sec := n.Secretariat(t)
		a, accA := anon.Register(t, testkit.Registration(1))
		hidden := testkit.Registration(2)
		hidden["directory_opt_in"] = false
		b, accB := anon.Register(t, hidden)
		photo := b.Send(http.MethodPut, "/api/me/photo", "image/png", testkit.PNG(t, testkit.Quadrants(8, 8))).
			Want(t, http.StatusOK).Map(t)["photo_url"]

		org := sec.Do(http.MethodPost, "/api/organisations", orgBody("IGF Support Association")).Want(t, http.StatusCreated).Map(t)
		inv := sec.Do(http.MethodPost, "/api/invitations", map[string]any{"role": "staff", "organisation_id": org["id"]}).
			Want(t, http.StatusCreated).Map(t)
		hiddenStaff := testkit.Registration(3)
		hiddenStaff["directory_opt_in"] = false
		hiddenStaff["invitation"] = inv["id"]
		_, accS := anon.Register(t, hiddenStaff)

		cases := []struct {
			name   string
			viewer *testkit.Client
			seen   map[string]any
			want   map[string]any // the whole answer, for a card
			whole  bool
		}{
			{"someone in the directory", b, accA, nil, true},
			{"oneself, not in the directory", b, accB, nil, true},
			{"the secretariat, someone not in the directory", sec, accB, nil, true},
			{"someone not in the directory: a card", a, accB, map[string]any{
				"id": accB["id"], "display_name": accB["display_name"], "role": "participant",
				"photo_url": photo, "listed": false}, false},
			{"staff not in the directory: a card naming the organisation", a, accS, map[string]any{
				"id": accS["id"], "display_name": accS["display_name"], "role": "staff",
				"organisation_id": org["id"], "organisation": map[string]any{"id": org["id"], "name": "IGF Support Association"},
				"listed": false}, false},
		}
		for _, tc := range cases {
			got := tc.viewer.Do(http.MethodGet, "/api/people/"+tc.seen["id"].(string), nil).Want(t, http.StatusOK).Map(t)
			if got["email"] != nil {
				t.Errorf("%s: the e-mail left the server: %v", tc.name, got)
			}
			if !tc.whole {
				if fmt.Sprint(got) != fmt.Sprint(tc.want) {
					t.Errorf("%s: %v, want exactly %v", tc.name, got, tc.want)
				}
				continue
			}
			if got["listed"] != true || got["id"] != tc.seen["id"] || got["expertise"] != tc.seen["expertise"] ||
				fmt.Sprint(got["languages"]) != fmt.Sprint(tc.seen["languages"]) {
				t.Errorf("%s: %v, want the whole profile of %v with listed true", tc.name, got, tc.seen)
			}
		}
		// Staff in the directory: the whole profile names the organisation too.
		staff := newStaff(t, n, sec, org["id"].(string))
		staffID := staff.Do(http.MethodGet, "/api/me", nil).Map(t)["id"].(string)
		got := a.Do(http.MethodGet, "/api/people/"+staffID, nil).Want(t, http.StatusOK).Map(t)
		if o, _ := got["organisation"].(map[string]any); o["name"] != "IGF Support Association" || got["listed"] != true {
			t.Errorf("staff in the directory: %v", got)
		}

		a.Do(http.MethodGet, "/api/people/p-nobody", nil).WantError(t, http.StatusNotFound, "not_found")
		anon.Do(http.MethodGet, "/api/people/"+accA["id"].(string), nil).WantError(t, http.StatusUnauthorized, "unauthenticated")
	})
}
