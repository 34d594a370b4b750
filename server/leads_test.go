package server_test

import (
	"encoding/csv"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/igf-village/village/testkit"
)

// leadBooths is a village of two booths with their staff, for leads.
type leadBooths struct {
	sec, staffA, staffB *testkit.Client
	boothA, boothB      string
	orgA, orgB          string
}

func newLeadBooths(t *testing.T, n *testkit.Node) *leadBooths {
	t.Helper()
	v := &leadBooths{sec: n.Secretariat(t)}
	v.orgA = v.sec.Do(http.MethodPost, "/api/organisations", orgBody("DC on Community Connectivity")).Want(t, http.StatusCreated).Map(t)["id"].(string)
	v.orgB = v.sec.Do(http.MethodPost, "/api/organisations", orgBody("BPF Cybersecurity")).Want(t, http.StatusCreated).Map(t)["id"].(string)
	v.boothA = v.sec.Do(http.MethodPost, "/api/booths", map[string]any{"organisation_id": v.orgA}).Want(t, http.StatusCreated).Map(t)["id"].(string)
	v.boothB = v.sec.Do(http.MethodPost, "/api/booths", map[string]any{"organisation_id": v.orgB}).Want(t, http.StatusCreated).Map(t)["id"].(string)
	v.staffA = newStaff(t, n, v.sec, v.orgA)
	v.staffB = newStaff(t, n, v.sec, v.orgB)
	return v
}

type leadPreview struct {
	BoothID    string         `json:"booth_id"`
	BoothTitle string         `json:"booth_title"`
	Contact    map[string]any `json:"contact"`
	Fields     []string       `json:"fields"`
	Consent    string         `json:"consent"`
}

type leadBody struct {
	BoothID     string         `json:"booth_id"`
	BoothTitle  string         `json:"booth_title"`
	PersonID    string         `json:"person_id"`
	Contact     map[string]any `json:"contact"`
	Note        string         `json:"note"`
	ConsentedAt time.Time      `json:"consented_at"`
}

type leadPage struct {
	Items []leadBody `json:"items"`
	Total int        `json:"total"`
}

func preview(t *testing.T, c *testkit.Client, booth string) leadPreview {
	t.Helper()
	var p leadPreview
	c.Do(http.MethodGet, "/api/booths/"+booth+"/lead-preview", nil).Want(t, http.StatusOK).Decode(t, &p)
	return p
}

// leaveLead previews and leaves a lead at booth with the consent shown.
func leaveLead(t *testing.T, c *testkit.Client, booth, note string) leadBody {
	t.Helper()
	var l leadBody
	c.Do(http.MethodPost, "/api/booths/"+booth+"/leads", map[string]any{"consent": preview(t, c, booth).Consent, "note": note}).
		Want(t, http.StatusCreated).Decode(t, &l)
	return l
}

func leadsOf(t *testing.T, c *testkit.Client, booth string) leadPage {
	t.Helper()
	var pg leadPage
	c.Do(http.MethodGet, "/api/booths/"+booth+"/leads", nil).Want(t, http.StatusOK).Decode(t, &pg)
	return pg
}

func TestLeads(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		v := newLeadBooths(t, n)
		visitor, acc := n.Client(t).Register(t, testkit.Registration(1))
		email := acc["email"].(string)

		pre := preview(t, visitor, v.boothA)
		if pre.BoothID != v.boothA || pre.BoothTitle != "DC on Community Connectivity" || pre.Contact["email"] != email ||
			pre.Contact["name"] != acc["display_name"] || pre.Contact["country"] != "SN" || pre.Contact["organisation"] != nil ||
			!slices.Equal(pre.Fields, []string{"name", "email", "stakeholder_group", "country", "languages"}) {
			t.Fatalf("preview: %+v", pre)
		}
		var l leadBody
		visitor.Do(http.MethodPost, "/api/booths/"+v.boothA+"/leads", map[string]any{"consent": pre.Consent, "note": "Send me the report"}).
			Want(t, http.StatusCreated).Decode(t, &l)
		if l.BoothID != v.boothA || l.PersonID != acc["id"] || l.Contact["email"] != email || l.Note != "Send me the report" ||
			time.Since(l.ConsentedAt) > time.Minute {
			t.Fatalf("lead: %+v", l)
		}
		// Leaving it again is a conflict, whatever is sent.
		visitor.Do(http.MethodPost, "/api/booths/"+v.boothA+"/leads", map[string]any{"consent": pre.Consent}).WantError(t, http.StatusConflict, "conflict")

		// Staff of another organisation, leaving theirs at A, share its name.
		other := leaveLead(t, v.staffB, v.boothA, "")
		if other.Contact["organisation"] != "BPF Cybersecurity" {
			t.Fatalf("staff's lead: %+v", other)
		}

		pg := leadsOf(t, v.staffA, v.boothA)
		if pg.Total != 2 || len(pg.Items) != 2 || pg.Items[0].PersonID == acc["id"] || pg.Items[1].Contact["email"] != email {
			t.Fatalf("staff's list, newest first: %+v", pg)
		}
		if pg := leadsOf(t, v.sec, v.boothA); pg.Total != 2 {
			t.Fatalf("the secretariat's list: %+v", pg)
		}
		var paged leadPage
		v.staffA.Do(http.MethodGet, "/api/booths/"+v.boothA+"/leads?offset=1&limit=1", nil).Want(t, http.StatusOK).Decode(t, &paged)
		if paged.Total != 2 || len(paged.Items) != 1 || paged.Items[0].PersonID != acc["id"] {
			t.Fatalf("second page: %+v", paged)
		}
		if pg := leadsOf(t, v.staffB, v.boothB); pg.Total != 0 || pg.Items == nil {
			t.Fatalf("booth B has no leads: %+v", pg)
		}

		var mine struct{ Items []leadBody }
		visitor.Do(http.MethodGet, "/api/me/leads", nil).Want(t, http.StatusOK).Decode(t, &mine)
		if len(mine.Items) != 1 || mine.Items[0].BoothTitle != "DC on Community Connectivity" || mine.Items[0].Contact["email"] != email {
			t.Fatalf("my leads: %+v", mine)
		}

		// Withdrawn, it leaves the list and the export at once.
		visitor.Do(http.MethodDelete, "/api/me/leads/"+v.boothA, nil).Want(t, http.StatusNoContent)
		visitor.Do(http.MethodDelete, "/api/me/leads/"+v.boothA, nil).WantError(t, http.StatusNotFound, "not_found")
		visitor.Do(http.MethodDelete, "/api/me/leads/booth-nowhere", nil).WantError(t, http.StatusNotFound, "not_found")
		if pg := leadsOf(t, v.staffA, v.boothA); pg.Total != 1 || pg.Items[0].PersonID == acc["id"] {
			t.Fatalf("after the withdrawal: %+v", pg)
		}
		if csv := v.staffA.Do(http.MethodGet, "/api/booths/"+v.boothA+"/leads.csv", nil).Want(t, http.StatusOK).Body; strings.Contains(string(csv), email) {
			t.Fatalf("the export still has the withdrawn lead: %s", csv)
		}
		visitor.Do(http.MethodGet, "/api/me/leads", nil).Want(t, http.StatusOK).Decode(t, &mine)
		if len(mine.Items) != 0 {
			t.Fatalf("my leads after the withdrawal: %+v", mine)
		}
		// And may be left anew.
		leaveLead(t, visitor, v.boothA, "")
	})
}

// TestLeadRefusals: every bad request has its status and code, and
// leaves no lead.
func TestLeadRefusals(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		v := newLeadBooths(t, n)
		visitor, _ := n.Client(t).Register(t, testkit.Registration(1))
		pre := preview(t, visitor, v.boothA)
		other := preview(t, visitor, v.boothB)
		path := "/api/booths/" + v.boothA + "/leads"
		for _, tc := range []struct {
			name   string
			who    *testkit.Client
			path   string
			body   any
			status int
			code   string
			field  string
		}{
			{"malformed JSON", visitor, path, `{"consent": `, http.StatusBadRequest, "bad_request", ""},
			{"not an object", visitor, path, `["consent"]`, http.StatusBadRequest, "bad_request", ""},
			{"no body", visitor, path, "", http.StatusBadRequest, "bad_request", ""},
			{"consent of the wrong type", visitor, path, map[string]any{"consent": 1}, http.StatusUnprocessableEntity, "validation_failed", "consent"},
			{"unknown field", visitor, path, map[string]any{"consent": pre.Consent, "email": "other@example.org"}, http.StatusUnprocessableEntity, "validation_failed", "email"},
			{"no consent", visitor, path, map[string]any{"note": "hi"}, http.StatusUnprocessableEntity, "validation_failed", "consent"},
			{"another booth's consent", visitor, path, map[string]any{"consent": other.Consent}, http.StatusUnprocessableEntity, "validation_failed", "consent"},
			{"note too long", visitor, path, map[string]any{"consent": pre.Consent, "note": strings.Repeat("n", 501)}, http.StatusUnprocessableEntity, "validation_failed", "note"},
			{"no such booth", visitor, "/api/booths/booth-nowhere/leads", map[string]any{"consent": pre.Consent}, http.StatusNotFound, "not_found", ""},
			{"the booth's own staff", v.staffA, path, map[string]any{"consent": pre.Consent}, http.StatusForbidden, "forbidden", ""},
			{"the booth's own staff, malformed", v.staffA, path, `{`, http.StatusForbidden, "forbidden", ""},
			{"signed out", n.Client(t), path, map[string]any{"consent": pre.Consent}, http.StatusUnauthorized, "unauthenticated", ""},
		} {
			t.Run(tc.name, func(t *testing.T) {
				e := tc.who.Do(http.MethodPost, tc.path, tc.body).WantError(t, tc.status, tc.code).Error(t)
				if tc.field != "" && e.Fields[tc.field] == "" {
					t.Fatalf("no message on %s: %+v", tc.field, e)
				}
				if pg := leadsOf(t, v.staffA, v.boothA); pg.Total != 0 {
					t.Fatalf("a refused lead was stored: %+v", pg)
				}
			})
		}
		visitor.Do(http.MethodGet, "/api/booths/booth-nowhere/lead-preview", nil).WantError(t, http.StatusNotFound, "not_found")
		v.staffA.Do(http.MethodGet, "/api/booths/"+v.boothA+"/lead-preview", nil).WantError(t, http.StatusForbidden, "forbidden")

		// The profile changed since the preview: nothing is shared that the
		// visitor was not shown.
		visitor.Do(http.MethodPatch, "/api/me", map[string]any{"display_name": "Amina D."}).Want(t, http.StatusOK)
		visitor.Do(http.MethodPost, path, map[string]any{"consent": pre.Consent}).WantError(t, http.StatusUnprocessableEntity, "validation_failed")
		if pg := leadsOf(t, v.staffA, v.boothA); pg.Total != 0 {
			t.Fatalf("a lead was stored on a stale consent: %+v", pg)
		}
		if l := leaveLead(t, visitor, v.boothA, ""); l.Contact["name"] != "Amina D." {
			t.Fatalf("shared %v, not what the new preview showed", l.Contact)
		}

		// Reading leads: other organisations' staff, paging out of range, no booth.
		for _, p := range []string{"/leads", "/leads.csv"} {
			v.staffB.Do(http.MethodGet, "/api/booths/"+v.boothA+p, nil).WantError(t, http.StatusForbidden, "forbidden")
			visitor.Do(http.MethodGet, "/api/booths/"+v.boothA+p, nil).WantError(t, http.StatusForbidden, "forbidden")
			v.sec.Do(http.MethodGet, "/api/booths/booth-nowhere"+p, nil).WantError(t, http.StatusNotFound, "not_found")
		}
		for _, q := range []string{"limit=0", "limit=101", "offset=-1", "limit=ten"} {
			e := v.staffA.Do(http.MethodGet, "/api/booths/"+v.boothA+"/leads?"+q, nil).WantError(t, http.StatusUnprocessableEntity, "validation_failed").Error(t)
			if param, _, _ := strings.Cut(q, "="); e.Fields[param] == "" {
				t.Errorf("%s: no message on %s: %+v", q, param, e)
			}
		}
	})
}

var attachment = regexp.MustCompile(`^attachment; filename=leads-booth-[A-Za-z0-9_-]+-\d{8}\.csv$`)

func TestLeadsCSVExport(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		v := newLeadBooths(t, n)
		body := testkit.Registration(1)
		body["display_name"] = `=HYPERLINK("https://evil.example","Zoë")`
		visitor, acc := n.Client(t).Register(t, body)
		leaveLead(t, visitor, v.boothA, "+33 1 23 45 67 89, or @zoe")
		plain, plainAcc := n.Client(t).Register(t, testkit.Registration(2))
		leaveLead(t, plain, v.boothA, "")

		r := v.staffA.Do(http.MethodGet, "/api/booths/"+v.boothA+"/leads.csv", nil).Want(t, http.StatusOK)
		if ct := r.Header.Get("Content-Type"); ct != "text/csv; charset=utf-8" {
			t.Errorf("Content-Type %q", ct)
		}
		if cd := r.Header.Get("Content-Disposition"); !attachment.MatchString(cd) {
			t.Errorf("Content-Disposition %q", cd)
		}
		text, ok := strings.CutPrefix(string(r.Body), "\ufeff")
		if !ok {
			t.Fatalf("no byte order mark: %q", r.Body)
		}
		rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		header := []string{"Name", "E-mail", "Organisation", "Stakeholder group", "Country", "Languages", "Note", "Left at (UTC)"}
		if len(rows) != 3 || !slices.Equal(rows[0], header) {
			t.Fatalf("rows: %q", rows)
		}
		// Newest first: the plain visitor, then the one whose name is a formula.
		if rows[1][1] != plainAcc["email"] || rows[1][0] != plainAcc["display_name"] || rows[1][5] != "fr en" {
			t.Errorf("plain row: %q", rows[1])
		}
		want := []string{`'=HYPERLINK("https://evil.example","Zoë")`, acc["email"].(string), "", "civil_society", "SN", "fr en", "'+33 1 23 45 67 89, or @zoe"}
		if !slices.Equal(rows[2][:7], want) {
			t.Errorf("row = %q, want %q", rows[2], want)
		}
		if _, err := time.Parse(time.RFC3339, rows[2][7]); err != nil {
			t.Errorf("time %q: %v", rows[2][7], err)
		}
		// The secretariat exports too; an empty booth is the header alone.
		v.sec.Do(http.MethodGet, "/api/booths/"+v.boothA+"/leads.csv", nil).Want(t, http.StatusOK)
		if b := v.staffB.Do(http.MethodGet, "/api/booths/"+v.boothB+"/leads.csv", nil).Want(t, http.StatusOK).Body; strings.Count(string(b), "\r\n") != 1 {
			t.Errorf("empty export: %q", b)
		}
	})
}

// TestLeadsGoWithTheirAccountAndBooth: deleting one's account withdraws
// every lead; removing a booth (and its organisation) removes its leads,
// so a new booth of the organisation starts with none.
func TestLeadsGoWithTheirAccountAndBooth(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		v := newLeadBooths(t, n)
		leaving, _ := n.Client(t).Register(t, testkit.Registration(1))
		staying, stayingAcc := n.Client(t).Register(t, testkit.Registration(2))
		leaveLead(t, leaving, v.boothA, "")
		leaveLead(t, leaving, v.boothB, "")
		leaveLead(t, staying, v.boothA, "")
		leaveLead(t, staying, v.boothB, "")

		leaving.Do(http.MethodDelete, "/api/me", nil).Want(t, http.StatusNoContent)
		for _, b := range []string{v.boothA, v.boothB} {
			if pg := leadsOf(t, v.sec, b); pg.Total != 1 || pg.Items[0].PersonID != stayingAcc["id"] {
				t.Fatalf("%s after the account's deletion: %+v", b, pg)
			}
		}

		v.sec.Do(http.MethodDelete, "/api/booths/"+v.boothA, nil).Want(t, http.StatusNoContent)
		v.sec.Do(http.MethodPost, "/api/booths", map[string]any{"organisation_id": v.orgA}).Want(t, http.StatusCreated)
		if pg := leadsOf(t, v.sec, v.boothA); pg.Total != 0 {
			t.Fatalf("the new booth inherited leads: %+v", pg)
		}
		v.sec.Do(http.MethodDelete, "/api/organisations/"+v.orgB, nil).Want(t, http.StatusNoContent)
		var mine struct{ Items []leadBody }
		staying.Do(http.MethodGet, "/api/me/leads", nil).Want(t, http.StatusOK).Decode(t, &mine)
		if len(mine.Items) != 0 {
			t.Fatalf("leads at removed booths: %+v", mine)
		}
	})
}
