package server_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/igf-village/village/testkit"
)

// today gives openings over yesterday, today and tomorrow (UTC), all day:
// a booth with them is open now whenever the test runs.
func allDay() []map[string]string {
	var out []map[string]string
	for d := -1; d <= 1; d++ {
		out = append(out, map[string]string{"date": time.Now().UTC().AddDate(0, 0, d).Format(time.DateOnly), "opens": "00:00", "closes": "24:00"})
	}
	return out
}

func boothBody(org string) map[string]any {
	return map[string]any{
		"organisation_id": org,
		"title":           "Community Connectivity",
		"description":     "# Who we are\n\nWe help villages build **their own** networks.",
		"themes":          []string{"inclusion", "data"},
		"languages":       []string{"en", "fr-ca"},
		"links":           []map[string]string{{"title": "Annual report", "url": "https://example.org/report.pdf"}},
		"time_zone":       "UTC",
		"hours":           allDay(),
	}
}

func TestBooths(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		orgA := sec.Do(http.MethodPost, "/api/organisations", orgBody("A")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		orgB := sec.Do(http.MethodPost, "/api/organisations", orgBody("B")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		a := sec.Do(http.MethodPost, "/api/booths", boothBody(orgA)).Want(t, http.StatusCreated).Map(t)
		idA := a["id"].(string)
		if a["organisation_id"] != orgA || a["open"] != false || a["open_now"] != false || a["languages"].([]any)[1] != "fr-CA" ||
			a["kind"] != "dynamic_coalition" || a["visitors_now"] != 0.0 || a["staff_online"] != 0.0 {
			t.Fatalf("created: %v", a)
		}
		sec.Do(http.MethodPost, "/api/booths", map[string]any{"organisation_id": orgA}).WantError(t, http.StatusConflict, "conflict")
		idB := sec.Do(http.MethodPost, "/api/booths", map[string]any{"organisation_id": orgB}).Want(t, http.StatusCreated).Map(t)["id"].(string)
		sec.Do(http.MethodPost, "/api/booths", map[string]any{"organisation_id": "org-nope"}).WantError(t, http.StatusUnprocessableEntity, "validation_failed")

		p, _ := n.Client(t).Register(t, testkit.Registration(1))
		titles := func(query string) string {
			t.Helper()
			var pg struct {
				Items []map[string]any `json:"items"`
				Total int              `json:"total"`
			}
			p.Do(http.MethodGet, "/api/booths"+query, nil).Want(t, http.StatusOK).Decode(t, &pg)
			var out []string
			for _, it := range pg.Items {
				out = append(out, it["title"].(string))
				if it["visitors_now"] != 0.0 || it["staff_online"] != 0.0 {
					t.Errorf("live figures before the hub reports them: %v", it)
				}
			}
			return strings.Join(append(out, fmt.Sprint(pg.Total)), ",")
		}
		if got := titles(""); got != "B,Community Connectivity,2" {
			t.Fatalf("list: %s", got)
		}
		if got := titles("?open_now=true"); got != "0" {
			t.Fatalf("open now before opening: %s", got)
		}
		sec.Do(http.MethodPost, "/api/booths/"+idA+"/open", nil).Want(t, http.StatusOK)
		for query, want := range map[string]string{
			"?open_now=true":                "Community Connectivity,1",
			"?open_now=false":               "B,1",
			"?theme=inclusion":              "Community Connectivity,1",
			"?language=fr":                  "Community Connectivity,1",
			"?q=VILLAGES":                   "Community Connectivity,1",
			"?kind=dynamic_coalition":       "B,Community Connectivity,2",
			"?region=african":               "0",
			"?stakeholder_group=government": "0",
			"?limit=1&offset=1":             "Community Connectivity,2",
		} {
			if got := titles(query); got != want {
				t.Errorf("%s: %s, want %s", query, got, want)
			}
		}
		for query, field := range map[string]string{
			"?theme=astrology": "theme", "?language=not%20a%20tag": "language", "?region=atlantis": "region",
			"?kind=circus": "kind", "?open_now=1": "open_now", "?limit=101": "limit", "?offset=-1": "offset",
			"?q=a%00b": "q", "?stakeholder_group=x": "stakeholder_group",
		} {
			e := p.Do(http.MethodGet, "/api/booths"+query, nil).WantError(t, http.StatusUnprocessableEntity, "validation_failed").Error(t)
			if e.Fields[field] == "" {
				t.Errorf("%s: fields %v lack %s", query, e.Fields, field)
			}
		}
		var listed struct{ Items []map[string]any }
		p.Do(http.MethodGet, "/api/booths?open_now=true", nil).Want(t, http.StatusOK).Decode(t, &listed)
		if it := listed.Items[0]; it["hours"] != nil || it["description"] != nil || it["next_opening"] == nil {
			t.Fatalf("a listed booth is its summary, with its opening: %v", it)
		}
		got := p.Do(http.MethodGet, "/api/booths/"+idA, nil).Want(t, http.StatusOK).Map(t)
		if got["open_now"] != true || len(got["hours"].([]any)) != 3 {
			t.Fatalf("one booth: %v", got)
		}
		// The Markdown comes rendered beside its source (server/markdown_test.go
		// holds what rendering neutralises).
		if h := got["description_html"]; h != "<h3>Who we are</h3>\n<p>We help villages build <strong>their own</strong> networks.</p>\n" {
			t.Fatalf("description_html: %q", h)
		}
		if it := listed.Items[0]; it["description_html"] != nil {
			t.Fatalf("a summary has no description_html: %v", it)
		}
		p.Do(http.MethodGet, "/api/booths/booth-nope", nil).WantError(t, http.StatusNotFound, "not_found")

		sec.Do(http.MethodPost, "/api/booths/"+idA+"/close", nil).Want(t, http.StatusOK)
		if got := titles("?open_now=true"); got != "0" {
			t.Fatalf("open now after closing: %s", got)
		}
		sec.Do(http.MethodPost, "/api/booths/booth-nope/open", nil).WantError(t, http.StatusNotFound, "not_found")

		sec.Do(http.MethodDelete, "/api/booths/"+idB, nil).Want(t, http.StatusNoContent)
		sec.Do(http.MethodDelete, "/api/booths/"+idB, nil).WantError(t, http.StatusNotFound, "not_found")
		// The organisation stays, and may have a booth again.
		sec.Do(http.MethodPost, "/api/booths", map[string]any{"organisation_id": orgB}).Want(t, http.StatusCreated)
		// Removing an organisation removes its booth.
		sec.Do(http.MethodDelete, "/api/organisations/"+orgA, nil).Want(t, http.StatusNoContent)
		p.Do(http.MethodGet, "/api/booths/"+idA, nil).WantError(t, http.StatusNotFound, "not_found")
		if got := titles(""); got != "B,1" {
			t.Fatalf("list after the organisation left: %s", got)
		}
	})
}

// TestStaffEditOwnBooth: staff edit their own booth's content, not its
// classification, not another booth, and neither open nor close it.
func TestStaffEditOwnBooth(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		own := sec.Do(http.MethodPost, "/api/organisations", orgBody("Own")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		other := sec.Do(http.MethodPost, "/api/organisations", orgBody("Other")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		ownBooth := sec.Do(http.MethodPost, "/api/booths", boothBody(own)).Want(t, http.StatusCreated).Map(t)["id"].(string)
		otherBooth := sec.Do(http.MethodPost, "/api/booths", boothBody(other)).Want(t, http.StatusCreated).Map(t)["id"].(string)
		staff := newStaff(t, n, sec, own)

		got := staff.Do(http.MethodPatch, "/api/booths/"+ownBooth, map[string]any{
			"title": "Our booth", "description": "Come in.", "time_zone": "Africa/Nairobi",
			"hours": []map[string]string{{"date": "2020-11-02", "opens": "09:00", "closes": "12:00"}},
		}).Want(t, http.StatusOK).Map(t)
		h := got["hours"].([]any)[0].(map[string]any)
		if got["title"] != "Our booth" || h["starts_at"] != "2020-11-02T06:00:00Z" || h["ends_at"] != "2020-11-02T09:00:00Z" {
			t.Fatalf("after the staff edit: %v", got)
		}
		// Refused before the body is read: even a malformed one.
		staff.Do(http.MethodPatch, "/api/booths/"+otherBooth, map[string]any{"description": "Hijacked"}).WantError(t, http.StatusForbidden, "forbidden")
		staff.Do(http.MethodPatch, "/api/booths/"+otherBooth, "{not json").WantError(t, http.StatusForbidden, "forbidden")
		for _, field := range []string{"kind", "stakeholder_group", "region"} {
			staff.Do(http.MethodPatch, "/api/booths/"+ownBooth, map[string]any{field: "nri"}).WantError(t, http.StatusForbidden, "forbidden")
		}
		staff.Do(http.MethodPost, "/api/booths/"+ownBooth+"/open", nil).WantError(t, http.StatusForbidden, "forbidden")
		staff.Do(http.MethodDelete, "/api/booths/"+ownBooth, nil).WantError(t, http.StatusForbidden, "forbidden")
		staff.Do(http.MethodPost, "/api/booths", boothBody(own)).WantError(t, http.StatusForbidden, "forbidden")
		part, _ := n.Client(t).Register(t, testkit.Registration(3))
		part.Do(http.MethodPatch, "/api/booths/"+ownBooth, map[string]any{"description": "x"}).WantError(t, http.StatusForbidden, "forbidden")

		if o := sec.Do(http.MethodGet, "/api/booths/"+otherBooth, nil).Map(t); o["description"] == "Hijacked" {
			t.Fatal("staff changed another organisation's booth")
		}
		if o := sec.Do(http.MethodGet, "/api/booths/"+ownBooth, nil).Map(t); o["kind"] != "dynamic_coalition" || o["open"] != false || o["title"] != "Our booth" {
			t.Fatalf("own booth after refused edits: %v", o)
		}
	})
}

// TestBoothBadInput: each refused body is 422 naming its field, for
// staff and the secretariat alike, and changes nothing.
func TestBoothBadInput(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		org := sec.Do(http.MethodPost, "/api/organisations", orgBody("Org")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		before := sec.Do(http.MethodPost, "/api/booths", boothBody(org)).Want(t, http.StatusCreated).Map(t)
		id := before["id"].(string)
		staff := newStaff(t, n, sec, org)

		links := func(n int, url string) []map[string]string {
			out := make([]map[string]string, n)
			for i := range out {
				out[i] = map[string]string{"title": fmt.Sprintf("Material %d", i), "url": url}
			}
			return out
		}
		hours := func(date, opens, closes string) []map[string]string {
			return []map[string]string{{"date": date, "opens": opens, "closes": closes}}
		}
		bad := []struct {
			name  string
			body  any
			field string
		}{
			{"unknown theme", map[string]any{"themes": []string{"inclusion", "astrology"}}, "themes"},
			{"unknown language", map[string]any{"languages": []string{"en", "elvish!"}}, "languages"},
			{"empty title", map[string]any{"title": " "}, "title"},
			{"long title", map[string]any{"title": strings.Repeat("t", 121)}, "title"},
			{"title with an override", map[string]any{"title": "Booth \u202e"}, "title"},
			{"long description", map[string]any{"description": strings.Repeat("d", 5001)}, "description"},
			{"description with a control character", map[string]any{"description": "a\u0007b"}, "description"},
			{"description with a zero-width space", map[string]any{"description": "a\u200bb"}, "description"},
			{"21 links", map[string]any{"links": links(21, "https://example.org/m")}, "links"},
			{"http link", map[string]any{"links": links(1, "http://example.org/m")}, "links"},
			{"script link", map[string]any{"links": links(1, "javascript:alert(1)")}, "links"},
			{"long link", map[string]any{"links": links(1, "https://example.org/"+strings.Repeat("m", 500))}, "links"},
			{"untitled link", map[string]any{"links": []map[string]string{{"title": "", "url": "https://example.org/"}}}, "links"},
			{"link title of a wrong type", map[string]any{"links": []map[string]any{{"title": 5, "url": "https://example.org/"}}}, "links"},
			{"unknown zone", map[string]any{"time_zone": "Mars/Olympus"}, "time_zone"},
			{"no such day", map[string]any{"hours": hours("2020-02-30", "09:00", "10:00")}, "hours"},
			{"not a time", map[string]any{"hours": hours("2020-11-02", "nine", "10:00")}, "hours"},
			{"closes first", map[string]any{"hours": hours("2020-11-02", "10:00", "09:00")}, "hours"},
			{"past midnight", map[string]any{"hours": hours("2020-11-02", "22:00", "26:00")}, "hours"},
			{"overlapping", map[string]any{"hours": []map[string]string{
				{"date": "2020-11-02", "opens": "09:00", "closes": "12:00"}, {"date": "2020-11-02", "opens": "11:59", "closes": "13:00"}}}, "hours"},
			{"hours not a list", map[string]any{"hours": "9 to 5"}, "hours"},
			{"moving to another organisation", map[string]any{"organisation_id": "org-other"}, "organisation_id"},
			{"opening it by patch", map[string]any{"open": true}, "open"},
		}
		for _, who := range []struct {
			name string
			c    *testkit.Client
		}{{"secretariat", sec}, {"staff", staff}} {
			for _, b := range bad {
				t.Run(who.name+" "+b.name, func(t *testing.T) {
					e := who.c.Do(http.MethodPatch, "/api/booths/"+id, b.body).WantError(t, http.StatusUnprocessableEntity, "validation_failed").Error(t)
					if e.Fields[b.field] == "" {
						t.Errorf("fields %v lack %q", e.Fields, b.field)
					}
				})
			}
		}
		if after := sec.Do(http.MethodGet, "/api/booths/"+id, nil).Map(t); after["updated_at"] != before["updated_at"] {
			t.Fatalf("a refused edit changed the booth: %v", after)
		}
		// The same checks on creation, which stores nothing then.
		other := sec.Do(http.MethodPost, "/api/organisations", orgBody("Other")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		body := boothBody(other)
		body["links"] = links(21, "https://example.org/m")
		sec.Do(http.MethodPost, "/api/booths", body).WantError(t, http.StatusUnprocessableEntity, "validation_failed")
		sec.Do(http.MethodPost, "/api/booths", map[string]any{"organisation_id": other, "themes": []string{"x"}}).
			WantError(t, http.StatusUnprocessableEntity, "validation_failed")
		var pg struct{ Total int }
		sec.Do(http.MethodGet, "/api/booths", nil).Want(t, http.StatusOK).Decode(t, &pg)
		if pg.Total != 1 {
			t.Fatalf("refused booths were stored: %d booths", pg.Total)
		}
	})
}
