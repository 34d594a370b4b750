package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/server"
	"github.com/igf-village/village/store/memory"
	"github.com/igf-village/village/testkit"
)

// The tests here keep docs/openapi.yaml true: it loads and validates, it
// has exactly the routes the server registers, its error codes are
// apperr's, its limits and vocabularies are the Go ones, and each
// operation's x-roles are the roles the server lets through.

// openapiServer builds a server over a fresh embedded store.
func openapiServer(t *testing.T) (*server.Server, server.Store) {
	t.Helper()
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatalf("open the embedded store: %v", err)
	}
	t.Cleanup(func() { _ = st.Close() })
	srv, err := server.New(server.DefaultConfig(), server.Deps{
		Store: st, Secret: []byte(strings.Repeat("k", 32)), Hash: accounts.CheapHash,
	})
	if err != nil {
		t.Fatalf("server.New: %v", err)
	}
	return srv, st
}

func TestOpenAPISpecLoadsAndValidates(t *testing.T) {
	doc := testkit.Spec(t) // loads, validates, and fails t otherwise
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi: %q, want 3.1.0", doc.OpenAPI)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("the spec does not validate: %v", err)
	}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			name := method + " " + path
			if op.OperationID == "" {
				t.Errorf("%s: no operationId", name)
			}
			if op.Summary == "" || op.Description == "" {
				t.Errorf("%s: a summary and a description are needed", name)
			}
			roles := openapiRoles(t, name, op)
			anyone := slices.Contains(roles, "anyone")
			bearer := op.Security != nil && len(*op.Security) > 0
			switch {
			case anyone && len(roles) > 1:
				t.Errorf("%s: x-roles %v: anyone goes alone", name, roles)
			case anyone && bearer:
				t.Errorf("%s: anyone may call it, yet it asks for a bearer token", name)
			case !anyone && !bearer:
				t.Errorf("%s: x-roles %v, yet no bearerAuth security", name, roles)
			case !anyone && op.Responses.Status(http.StatusUnauthorized) == nil:
				t.Errorf("%s: needs a token, yet documents no 401", name)
			case !anyone && !slices.Contains(roles, string(accounts.RoleParticipant)) &&
				op.Responses.Status(http.StatusForbidden) == nil:
				t.Errorf("%s: not every role may call it, yet it documents no 403", name)
			}
			if op.Responses.Status(http.StatusInternalServerError) == nil {
				t.Errorf("%s: documents no 500", name)
			}
		}
	}
}

// openapiRoles returns an operation's x-roles, failing t when they are
// missing or unknown.
func openapiRoles(t *testing.T, name string, op *openapi3.Operation) []string {
	t.Helper()
	raw, ok := op.Extensions["x-roles"].([]any)
	if !ok || len(raw) == 0 {
		t.Errorf("%s: no x-roles list", name)
		return nil
	}
	var roles []string
	for _, r := range raw {
		s, _ := r.(string)
		if s != "anyone" && !accounts.Role(s).Valid() {
			t.Errorf("%s: x-roles names %q, which is neither anyone nor a role", name, r)
		}
		roles = append(roles, s)
	}
	return roles
}

var echoParam = regexp.MustCompile(`:([A-Za-z0-9_]+)`)

// TestOpenAPIRoutesMatchEcho: every route the server registers is in the
// spec, and every operation of the spec is a registered route.
func TestOpenAPIRoutesMatchEcho(t *testing.T) {
	doc := testkit.Spec(t)
	srv, _ := openapiServer(t)

	registered := map[string]bool{}
	for _, r := range srv.Echo().Routes() {
		if r.Method == echo.RouteNotFound {
			continue // catch-alls that group middleware registers
		}
		registered[r.Method+" "+echoParam.ReplaceAllString(r.Path, "{$1}")] = true
	}
	documented := map[string]bool{}
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			documented[method+" "+path] = true
		}
	}
	for _, r := range sortedKeys(registered) {
		if !documented[r] {
			t.Errorf("the server registers %s, but docs/openapi.yaml does not document it", r)
		}
	}
	for _, r := range sortedKeys(documented) {
		if !registered[r] {
			t.Errorf("docs/openapi.yaml documents %s, but the server does not register it", r)
		}
	}
	if len(registered) == 0 {
		t.Fatal("the server registers no routes")
	}
}

// TestOpenAPIErrorCodes: the Error schema's code enum is apperr's codes,
// and each error response names the code of its status.
func TestOpenAPIErrorCodes(t *testing.T) {
	doc := testkit.Spec(t)
	codes := []apperr.Code{
		apperr.BadRequest, apperr.ValidationFailed, apperr.Unauthenticated, apperr.Forbidden,
		apperr.NotFound, apperr.Conflict, apperr.Taken, apperr.Overlaps, apperr.Gone, apperr.TooLarge, apperr.UnsupportedMediaType, apperr.RateLimited,
		apperr.Unavailable, apperr.Internal,
		apperr.Banned, apperr.BoothClosed, apperr.BoothUnstaffed,
		apperr.Blocked, apperr.NotAccepting, apperr.PendingCap, apperr.OutsideHours, apperr.OutsideEvent,
	}
	want := map[string]bool{}
	for _, c := range codes {
		want[string(c)] = true
	}
	errSchema := doc.Components.Schemas["Error"]
	if errSchema == nil {
		t.Fatal("the spec has no Error schema")
	}
	code := errSchema.Value.Properties["error"].Value.Properties["code"].Value
	got := map[string]bool{}
	for _, v := range code.Enum {
		got[fmt.Sprint(v)] = true
	}
	for _, c := range sortedKeys(want) {
		if !got[c] {
			t.Errorf("the Error schema's code enum lacks apperr code %q", c)
		}
	}
	for _, c := range sortedKeys(got) {
		if !want[c] {
			t.Errorf("the Error schema's code enum has %q, which apperr does not declare", c)
		}
	}

	// Every documented error status carries the code whose status it is.
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			for status, resp := range op.Responses.Map() {
				if status < "400" {
					continue
				}
				mt := resp.Value.Content.Get("application/json")
				if mt == nil {
					t.Errorf("%s %s: response %s has no JSON body", method, path, status)
					continue
				}
				var matched []string
				for _, c := range codes {
					if fmt.Sprint(apperr.HTTPStatus(c)) != status {
						continue
					}
					body := map[string]any{"error": map[string]any{"code": string(c), "message": "m", "fields": map[string]any{"f": "m"}}}
					if mt.Schema.Value.VisitJSON(body, openapi3.EnableJSONSchema2020()) == nil {
						matched = append(matched, string(c))
					}
				}
				if len(matched) == 0 {
					t.Errorf("%s %s: response %s accepts no error code of that status", method, path, status)
				}
				wrong := map[string]any{"error": map[string]any{"code": "not-a-code", "message": "m"}}
				if mt.Schema.Value.VisitJSON(wrong, openapi3.EnableJSONSchema2020()) == nil {
					t.Errorf("%s %s: response %s accepts an unknown error code", method, path, status)
				}
			}
		}
	}
}

// TestOpenAPILimits: the limits and vocabularies in the spec are the ones
// the Go code enforces.
func TestOpenAPILimits(t *testing.T) {
	doc := testkit.Spec(t)
	schema := func(name string) *openapi3.Schema {
		t.Helper()
		s := doc.Components.Schemas[name]
		if s == nil || s.Value == nil {
			t.Fatalf("the spec has no schema %s", name)
		}
		return s.Value
	}
	prop := func(obj, field string) *openapi3.Schema {
		t.Helper()
		p := schema(obj).Properties[field]
		if p == nil || p.Value == nil {
			t.Fatalf("schema %s has no property %s", obj, field)
		}
		return p.Value
	}
	maxLen := func(obj, field string, want int) {
		t.Helper()
		s := prop(obj, field)
		if s.MaxLength == nil || *s.MaxLength != uint64(want) {
			t.Errorf("%s.%s: maxLength %v, want %d", obj, field, deref(s.MaxLength), want)
		}
	}
	minLen := func(obj, field string, want int) {
		t.Helper()
		if got := prop(obj, field).MinLength; got != uint64(want) {
			t.Errorf("%s.%s: minLength %d, want %d", obj, field, got, want)
		}
	}
	maxItems := func(obj, field string, want int) {
		t.Helper()
		s := prop(obj, field)
		if s.MaxItems == nil || *s.MaxItems != uint64(want) {
			t.Errorf("%s.%s: maxItems %v, want %d", obj, field, deref(s.MaxItems), want)
		}
	}
	itemMaxLen := func(obj, field string, want int) {
		t.Helper()
		s := prop(obj, field).Items.Value
		if s.MaxLength == nil || *s.MaxLength != uint64(want) {
			t.Errorf("%s.%s[]: maxLength %v, want %d", obj, field, deref(s.MaxLength), want)
		}
	}
	for _, obj := range []string{"RegisterRequest", "UpdateMeRequest"} {
		maxLen(obj, "email", accounts.MaxEmail)
		minLen(obj, "password", accounts.MinPassword)
		maxLen(obj, "password", accounts.MaxPassword)
		maxLen(obj, "display_name", accounts.MaxDisplayName)
		maxItems(obj, "languages", accounts.MaxLanguages)
		maxItems(obj, "tags", accounts.MaxTags)
		itemMaxLen(obj, "tags", accounts.MaxTag)
		maxLen(obj, "expertise", accounts.MaxExpertise)
	}
	maxLen("Account", "email", accounts.MaxEmail)
	maxLen("Profile", "display_name", accounts.MaxDisplayName)
	maxItems("Profile", "languages", accounts.MaxLanguages)
	maxItems("Profile", "tags", accounts.MaxTags)
	itemMaxLen("Profile", "tags", accounts.MaxTag)
	maxLen("Profile", "expertise", accounts.MaxExpertise)
	for _, obj := range []string{"OrganisationCreate", "OrganisationUpdate", "Organisation"} {
		maxLen(obj, "name", booths.MaxName)
		maxLen(obj, "website", booths.MaxURL)
		maxLen(obj, "logo_url", booths.MaxURL)
		maxLen(obj, "description", booths.MaxDescription)
	}
	for _, obj := range []string{"BoothCreate", "BoothUpdate", "Booth"} {
		maxLen(obj, "title", booths.MaxTitle)
		maxLen(obj, "description", booths.MaxBoothDescription)
		maxItems(obj, "languages", booths.MaxBoothLanguages)
		maxItems(obj, "links", booths.MaxLinks)
		maxItems(obj, "hours", booths.MaxHours)
	}
	maxLen("BoothLink", "title", booths.MaxLinkTitle)
	maxLen("BoothLink", "url", booths.MaxURL)
	maxLen("LeadRequest", "note", booths.MaxLeadNote)
	maxLen("Lead", "note", booths.MaxLeadNote)
	maxLen("InvitationRequest", "note", accounts.MaxNote)
	maxLen("Invitation", "note", accounts.MaxNote)
	maxLen("KnockInput", "text", booths.MaxKnockText)
	maxLen("DeclineInput", "message", booths.MaxKnockText)
	ttl := prop("InvitationRequest", "ttl_hours")
	if ttl.Max == nil || *ttl.Max != float64(accounts.MaxInvitationTTL/time.Hour) {
		t.Errorf("InvitationRequest.ttl_hours: maximum %v, want %d", deref(ttl.Max), int(accounts.MaxInvitationTTL/time.Hour))
	}
	if ttl.Default != float64(accounts.DefaultInvitationTTL/time.Hour) {
		t.Errorf("InvitationRequest.ttl_hours: default %v, want %d", ttl.Default, int(accounts.DefaultInvitationTTL/time.Hour))
	}

	enum := func(name string, want []string) {
		t.Helper()
		var got []string
		for _, v := range schema(name).Enum {
			got = append(got, fmt.Sprint(v))
		}
		if !slices.Equal(got, want) {
			t.Errorf("schema %s: enum %v, want %v (in the Go order)", name, got, want)
		}
	}
	enum("StakeholderGroup", accounts.StakeholderGroups)
	enum("Region", accounts.Regions)
	enum("Theme", accounts.Themes)
	enum("OrganisationKind", booths.Kinds)
	// Participants' sessions.
	for _, obj := range []string{"OrganisedSessionCreate", "OrganisedSessionUpdate", "OrganisedSession"} {
		maxLen(obj, "title", matching.MaxSessionTitle)
		maxLen(obj, "description", matching.MaxSessionDesc)
	}
	maxLen("SessionNote", "text", matching.MaxSessionNote)
	maxLen("SessionMessageRequest", "text", matching.MaxSessionNote)
	maxLen("RefuseSessionRequest", "reason", matching.MaxRefusalReason)
	maxItems("OrganisedSessionCreate", "themes", matching.MaxSessionThemes)
	maxItems("OrganisedSession", "messages", matching.NotesShown)
	enum("SessionType", matching.SessionTypes)
	enum("SessionStatus", matching.SessionStatuses)
	enum("Role", []string{string(accounts.RoleParticipant), string(accounts.RoleStaff), string(accounts.RoleSecretariat)})
}

func deref[T any](p *T) any {
	if p == nil {
		return "none"
	}
	return *p
}

// TestOpenAPIRolesAreEnforced calls every operation of the spec as
// anonymous, a participant, staff of an organisation and the secretariat:
// the roles in its x-roles get through (no 401 or 403), the others get 401
// (anonymous) or 403. Every response is checked against the spec.
func TestOpenAPIRolesAreEnforced(t *testing.T) {
	doc := testkit.Spec(t)
	srv, st := openapiServer(t)
	h := srv.Handler()

	call := func(method, target, token string, body any) (int, []byte) {
		t.Helper()
		var rd *bytes.Reader
		if body != nil {
			raw, _ := json.Marshal(body)
			rd = bytes.NewReader(raw)
		} else {
			rd = bytes.NewReader(nil)
		}
		req := httptest.NewRequest(method, "http://village.test"+target, rd)
		if body != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		testkit.CheckResponse(t, req, rec.Code, rec.Header(), rec.Body.Bytes())
		return rec.Code, rec.Body.Bytes()
	}
	decode := func(raw []byte, v any) {
		t.Helper()
		if err := json.Unmarshal(raw, v); err != nil {
			t.Fatalf("decode %s: %v", raw, err)
		}
	}
	type session struct {
		AccessToken string `json:"access_token"`
		Account     struct {
			ID   string `json:"id"`
			Role string `json:"role"`
		} `json:"account"`
	}
	register := func(i int) session {
		t.Helper()
		code, raw := call(http.MethodPost, "/api/auth/register", "", map[string]any{
			"email": fmt.Sprintf("person%d@village.example", i), "password": "a long password",
			"display_name": fmt.Sprintf("Person %d", i), "stakeholder_group": "civil_society",
			"region": "african", "country": "SN", "languages": []string{"fr"},
			"time_zone": "Africa/Dakar", "directory_opt_in": true,
		})
		if code != http.StatusCreated {
			t.Fatalf("register: %d %s", code, raw)
		}
		var s session
		decode(raw, &s)
		return s
	}

	// The secretariat, made as `village admin create` makes it.
	svc := accounts.NewService(st, accounts.WithHash(accounts.CheapHash))
	if _, _, err := svc.CreateAdmin(context.Background(), "secretariat@village.example", "a long password", "Secretariat"); err != nil {
		t.Fatalf("create admin: %v", err)
	}
	code, raw := call(http.MethodPost, "/api/auth/login", "", map[string]any{"email": "secretariat@village.example", "password": "a long password"})
	if code != http.StatusOK {
		t.Fatalf("secretariat login: %d %s", code, raw)
	}
	var sec session
	decode(raw, &sec)

	participant := register(1)
	staff := register(2)
	// Someone nobody blocks (every caller blocks participant on the way),
	// whom the callers may wish to meet.
	bystander := register(3)
	code, raw = call(http.MethodPost, "/api/organisations", sec.AccessToken, map[string]any{
		"name": "Dynamic Coalition on Accessibility", "kind": "dynamic_coalition",
		"stakeholder_group": "civil_society", "region": "weog",
	})
	if code != http.StatusCreated {
		t.Fatalf("create organisation: %d %s", code, raw)
	}
	var org struct{ ID string }
	decode(raw, &org)
	code, raw = call(http.MethodPost, "/api/booths", sec.AccessToken, map[string]any{"organisation_id": org.ID})
	if code != http.StatusCreated {
		t.Fatalf("create booth: %d %s", code, raw)
	}
	var booth struct{ ID string }
	decode(raw, &booth)
	// Another organisation's booth, where its staff may leave a lead.
	code, raw = call(http.MethodPost, "/api/organisations", sec.AccessToken, map[string]any{
		"name": "Best Practice Forum on Gender", "kind": "best_practice_forum",
		"stakeholder_group": "civil_society", "region": "weog",
	})
	if code != http.StatusCreated {
		t.Fatalf("create organisation: %d %s", code, raw)
	}
	var otherOrg struct{ ID string }
	decode(raw, &otherOrg)
	code, raw = call(http.MethodPost, "/api/booths", sec.AccessToken, map[string]any{"organisation_id": otherOrg.ID})
	if code != http.StatusCreated {
		t.Fatalf("create booth: %d %s", code, raw)
	}
	var otherBooth struct{ ID string }
	decode(raw, &otherBooth)
	code, raw = call(http.MethodPost, "/api/invitations", sec.AccessToken, map[string]any{"role": "staff", "organisation_id": org.ID})
	if code != http.StatusCreated {
		t.Fatalf("create invitation: %d %s", code, raw)
	}
	var inv struct{ ID string }
	decode(raw, &inv)
	code, raw = call(http.MethodPost, "/api/invitations/"+inv.ID+"/accept", staff.AccessToken, nil)
	if code != http.StatusOK {
		t.Fatalf("accept invitation: %d %s", code, raw)
	}

	callers := []struct {
		role  string
		token string
		id    string
	}{
		{"anyone", "", ""},
		{string(accounts.RoleParticipant), participant.AccessToken, participant.Account.ID},
		{string(accounts.RoleStaff), staff.AccessToken, staff.Account.ID},
		{string(accounts.RoleSecretariat), sec.AccessToken, sec.Account.ID},
	}
	// Path parameters that exist (so that allowed callers get past the
	// lookup) or that harm nothing when an allowed caller acts on them.
	params := map[string]string{
		"/api/people/{id}":                          participant.Account.ID,
		"/api/organisations/{id}":                   org.ID,
		"/api/invitations/{id}":                     "inv-does-not-exist",
		"/api/photos/{id}":                          "ph-does-not-exist",
		"/api/invitations/{id}/accept":              "inv-does-not-exist",
		"/api/organisations/{id}#DELETE":            "org-does-not-exist",
		"/api/booths/{id}":                          booth.ID,
		"/api/booths/{id}#DELETE":                   "booth-does-not-exist",
		"/api/booths/{id}/open":                     booth.ID,
		"/api/booths/{id}/close":                    booth.ID,
		"/api/booths/{id}/lead-preview":             otherBooth.ID,
		"/api/booths/{id}/leads#POST":               otherBooth.ID,
		"/api/booths/{id}/leads":                    booth.ID,
		"/api/booths/{id}/leads.csv":                booth.ID,
		"/api/booths/{id}/slots":                    booth.ID,
		"/api/slots/{id}":                           "slot-does-not-exist",
		"/api/bookings/{id}":                        "slot-does-not-exist",
		"/api/bookings/{id}/event.ics":              "slot-does-not-exist",
		"/api/booths/{id}/knocks":                   booth.ID,
		"/api/booths/{id}/knocks/take":              booth.ID,
		"/api/booths/{id}/knocks/mine":              booth.ID,
		"/api/booths/{id}/knocks/{visitor}/decline": booth.ID,
	}
	params["/api/booths/{id}/mutes"] = booth.ID
	for _, p := range []string{"/api/breaks/{id}", "/api/breaks/{id}/signup", "/api/breaks/{id}/table", "/api/breaks/{id}/rounds/{n}"} {
		params[p] = "break-does-not-exist"
	}
	params["/api/booths/{id}/mutes/{person_id}"] = booth.ID
	params["/api/people/{id}/times"] = participant.Account.ID
	// Participants' sessions: none exists, so allowed callers get
	// not_found (or bad_request, with no body), and nothing changes.
	for _, p := range []string{"", "/event.ics", "/signup", "/attendees", "/messages", "/approve", "/refuse"} {
		params["/api/sessions/{id}"+p] = "ses-does-not-exist"
	}
	// Meeting requests: none exists, so allowed callers get not_found
	// (or bad_request, with no body), and nothing changes.
	for _, p := range []string{"", "/accept", "/decline", "/propose", "/cancel", "/event.ics"} {
		params["/api/meetings/{id}"+p] = "meet-does-not-exist"
	}

	sessionRoutes := map[string]bool{"POST /api/auth/refresh": true, "POST /api/auth/logout": true}

	type op struct{ method, path string }
	var ops []op
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			ops = append(ops, op{method, path})
		}
	}
	// DELETE /api/me removes the caller: it goes last.
	sort.Slice(ops, func(i, j int) bool {
		a, b := ops[i], ops[j]
		ad, bd := a == op{"DELETE", "/api/me"}, b == op{"DELETE", "/api/me"}
		if ad != bd {
			return bd
		}
		return a.path+a.method < b.path+b.method
	})

	for _, o := range ops {
		name := o.method + " " + o.path
		roles := openapiRoles(t, name, doc.Paths.Value(o.path).GetOperation(o.method))
		target := o.path
		if strings.Contains(target, "{id}") {
			id, ok := params[o.path+"#"+o.method]
			if !ok {
				id = params[o.path]
			}
			target = strings.ReplaceAll(target, "{id}", id)
		}
		// Moderation routes name a person: nobody is banned or muted, so
		// allowed callers get not_found, and nothing changes.
		if strings.HasPrefix(o.path, "/api/me/wishes/") {
			target = strings.ReplaceAll(target, "{person_id}", bystander.Account.ID)
		}
		target = strings.ReplaceAll(target, "{person_id}", participant.Account.ID)
		target = strings.ReplaceAll(target, "{visitor}", participant.Account.ID)
		target = strings.ReplaceAll(target, "{n}", "1")
		for _, c := range callers {
			code, raw := call(o.method, target, c.token, nil)
			allowed := slices.Contains(roles, "anyone") || slices.Contains(roles, c.role)
			switch {
			case sessionRoutes[name] && code == http.StatusUnauthorized:
				// Open to anyone, but the credential is the refresh token
				// in the body or cookie, which these calls do not send.
			case allowed && (code == http.StatusUnauthorized || code == http.StatusForbidden):
				t.Errorf("%s as %s: %d %s, but x-roles %v let %s through", name, c.role, code, raw, roles, c.role)
			case !allowed && c.role == "anyone" && code != http.StatusUnauthorized:
				t.Errorf("%s without a token: %d %s, want 401 (x-roles %v)", name, code, raw, roles)
			case !allowed && c.role != "anyone" && code != http.StatusForbidden:
				t.Errorf("%s as %s: %d %s, want 403 (x-roles %v)", name, c.role, code, raw, roles)
			}
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
