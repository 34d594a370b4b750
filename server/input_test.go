package server_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/igf-village/village/testkit"
)

// jsonRoute is a route that reads a JSON body, with a client allowed to
// call it. An empty object is a body each of them reads without a 400.
type jsonRoute struct {
	method, path string
	client       *testkit.Client
}

// jsonRoutes returns every route that reads a JSON body, on node n.
func jsonRoutes(t *testing.T, n *testkit.Node) []jsonRoute {
	t.Helper()
	sec := n.Secretariat(t)
	org := sec.Do(http.MethodPost, "/api/organisations", orgBody("DC on Input")).Want(t, http.StatusCreated).Map(t)["id"].(string)
	p, _ := n.Client(t).Register(t, testkit.Registration(1))
	booth := sec.Do(http.MethodPost, "/api/booths", map[string]any{"organisation_id": org}).Want(t, http.StatusCreated).Map(t)["id"].(string)
	return []jsonRoute{
		{http.MethodPost, "/api/booths/" + booth + "/slots", sec},
		{http.MethodPost, "/api/bookings", p},
		{http.MethodPost, "/api/auth/register", n.Client(t)},
		{http.MethodPost, "/api/auth/login", n.Client(t)},
		{http.MethodPost, "/api/auth/refresh", n.Client(t)},
		{http.MethodPost, "/api/auth/logout", n.Client(t)},
		{http.MethodPatch, "/api/me", p},
		{http.MethodPost, "/api/organisations", sec},
		{http.MethodPatch, "/api/organisations/" + org, sec},
		{http.MethodPost, "/api/invitations", sec},
	}
}

// withContentType returns a copy of c that sends ct as its Content-Type.
func withContentType(c *testkit.Client, ct string) *testkit.Client {
	cc := *c
	cc.Header = c.Header.Clone()
	cc.Header.Set("Content-Type", ct)
	return &cc
}

// TestContentType: the Content-Type is parsed as a media type, not matched
// as a prefix.
func TestContentType(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	cases := []struct {
		ct string
		ok bool
	}{
		{"application/json", true},
		{"Application/JSON", true},
		{"application/json; charset=utf-8", true},
		{"application/json;charset=UTF-8", true},
		{"application/json ; foo=bar", true},
		{"application/jsonp", false},
		{"application/jsonxyz", false},
		{"application/json-seq", false},
		{"application/jsonp; charset=utf-8", false},
		{"application/json; charset=iso-8859-1", false},
		{"application/json; charset=", false},
		{"application/json;;", false},
		{"text/json", false},
		{"text/plain", false},
		{"application/x-www-form-urlencoded", false},
		{"multipart/form-data; boundary=x", false},
	}
	for _, r := range jsonRoutes(t, n) {
		for _, tc := range cases {
			res := withContentType(r.client, tc.ct).Do(r.method, r.path, `{}`)
			switch {
			case tc.ok && res.Status == http.StatusBadRequest:
				t.Errorf("%s %s with %q: refused: %s", r.method, r.path, tc.ct, res.Body)
			case !tc.ok:
				if res.Status != http.StatusBadRequest || res.Error(t).Code != "bad_request" {
					t.Errorf("%s %s with %q: status %d, want 400 bad_request: %s", r.method, r.path, tc.ct, res.Status, res.Body)
				}
			}
		}
	}
	// A parameter does not change what the body does.
	p, _ := n.Client(t).Register(t, testkit.Registration(2))
	got := withContentType(p, "application/json; charset=utf-8").
		Do(http.MethodPatch, "/api/me", map[string]any{"display_name": "Amina D."}).Want(t, http.StatusOK).Map(t)
	if got["display_name"] != "Amina D." {
		t.Fatalf("after patch: %v", got)
	}
}

// TestBodyNotAnObject: every JSON route refuses a body that is JSON but
// not an object, null included, with 400 bad_request.
func TestBodyNotAnObject(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	bodies := []string{`null`, ` null `, "\tnull\n", `[]`, `[{}]`, `"x"`, `""`, `1`, `-1`, `true`, `false`}
	for _, r := range jsonRoutes(t, n) {
		for _, b := range bodies {
			res := r.client.Do(r.method, r.path, b)
			if res.Status != http.StatusBadRequest || res.Error(t).Code != "bad_request" {
				t.Errorf("%s %s with body %q: status %d, want 400 bad_request: %s", r.method, r.path, b, res.Status, res.Body)
			}
		}
	}
}

// rawBody encodes body as JSON with field set to raw, a JSON value written
// out byte for byte: json.Marshal would repair the invalid UTF-8 the tests
// need to send.
func rawBody(t *testing.T, body map[string]any, field, raw string) string {
	t.Helper()
	const mark = "\x01raw\x01"
	b := map[string]any{}
	for k, v := range body {
		b[k] = v
	}
	b[field] = mark
	enc, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	quoted, _ := json.Marshal(mark)
	return strings.Replace(string(enc), string(quoted), raw, 1)
}

// TestInvalidUTF8: a body whose strings are not valid Unicode is refused,
// naming the field, and stores nothing; nothing is repaired into U+FFFD.
func TestInvalidUTF8(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	anon := n.Client(t)
	reg := testkit.Registration(3)
	cases := []struct {
		name, field, raw string
		status           int
		code             string
	}{
		{"password, 0xff", "password", "\"correct\xff\xff horse\"", 422, "validation_failed"},
		{"password, 0xfe", "password", "\"correct\xfe\xfe horse\"", 422, "validation_failed"},
		{"password, lone high surrogate", "password", `"correct horse \ud800 battery"`, 422, "validation_failed"},
		{"password, lone low surrogate", "password", `"correct horse \udc00 battery"`, 422, "validation_failed"},
		{"password, surrogates reversed", "password", `"correct horse \udc00\ud800 battery"`, 422, "validation_failed"},
		{"password, high surrogate at the end", "password", `"correct horse battery\ud83d"`, 422, "validation_failed"},
		{"name, truncated sequence", "display_name", "\"Amina \xc3\"", 422, "validation_failed"},
		{"name, overlong encoding", "display_name", "\"Amina \xc0\xaf\"", 422, "validation_failed"},
		{"name, UTF-8 of a surrogate", "display_name", "\"Amina \xed\xa0\x80\"", 422, "validation_failed"},
		{"a list item", "tags", "[\"ok\", \"priv\xffacy\"]", 422, "validation_failed"},
		{"an unknown field", "nickname", "\"\xff\"", 422, "validation_failed"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			body := rawBody(t, reg, tc.field, tc.raw)
			e := anon.Do(http.MethodPost, "/api/auth/register", body).WantError(t, tc.status, tc.code).Error(t)
			if e.Fields[tc.field] != "must be valid UTF-8 text" {
				t.Errorf("fields = %v, want %q: must be valid UTF-8 text", e.Fields, tc.field)
			}
		})
	}
	// Nothing was stored.
	anon.Do(http.MethodPost, "/api/auth/login", map[string]string{"email": reg["email"].(string), "password": testkit.DefaultPassword}).
		WantError(t, http.StatusUnauthorized, "unauthenticated")
	// A field name that is not text cannot be named back.
	anon.Do(http.MethodPost, "/api/auth/register", "{\"pass\xffword\": \"x\"}").WantError(t, http.StatusBadRequest, "bad_request")

	// Signing in with a password that is not text is refused as such,
	// not compared after repair.
	c, acc := anon.Register(t, reg)
	login := map[string]any{"email": reg["email"]}
	anon.Do(http.MethodPost, "/api/auth/login", rawBody(t, login, "password", "\"correct horse battery\xff\"")).
		WantError(t, http.StatusUnprocessableEntity, "validation_failed")
	// A PATCH with one bad field changes nothing, not even the good ones.
	patch := rawBody(t, map[string]any{"expertise": "Spectrum"}, "display_name", "\"Amina\xff\"")
	c.Do(http.MethodPatch, "/api/me", patch).WantError(t, http.StatusUnprocessableEntity, "validation_failed")
	if me := c.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t); me["display_name"] != acc["display_name"] || me["expertise"] != acc["expertise"] {
		t.Fatalf("a refused PATCH changed the account: %v", me)
	}

	// Valid text passes: a surrogate pair, an escaped backslash before u,
	// and U+FFFD itself when it is really meant.
	for _, raw := range []string{`"Amina \ud83d\ude00"`, `"Amina \\ud800"`, `"Amina \ufffd"`, "\"Amina \uFFFD \xef\xbf\xbd\""} {
		got := c.Do(http.MethodPatch, "/api/me", rawBody(t, map[string]any{}, "display_name", raw)).Want(t, http.StatusOK).Map(t)
		var want string
		if err := json.Unmarshal([]byte(raw), &want); err != nil {
			t.Fatal(err)
		}
		if got["display_name"] != want {
			t.Errorf("display_name = %q, want %q", got["display_name"], want)
		}
	}
}

// TestDirectoryQueryRefused: directory query parameters that are not
// acceptable text get 422 naming the parameter, on both stores (MongoDB
// answered some of them with a 500).
func TestDirectoryQueryRefused(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		c, _ := n.Client(t).Register(t, testkit.Registration(1))
		cases := []struct{ query, field string }{
			{"q=%FF", "q"},
			{"q=wei%C3", "q"},
			{"q=%ED%A0%80", "q"}, // a surrogate in UTF-8
			{"q=%C0%AF", "q"},    // an overlong encoding
			{"interest=priv%FEacy", "interest"},
			{"theme=%FF", "theme"},
			{"region=%FF", "region"},
			{"stakeholder_group=%FF", "stakeholder_group"},
			{"language=fr%FF", "language"},
			// Control characters, a NUL byte first (MongoDB answered 500).
			{"q=%00", "q"},
			{"q=wei%00", "q"},
			{"q=li%09wei", "q"},
			{"q=li%1Bwei", "q"},
			{"q=li%C2%85wei", "q"},
			{"interest=privacy%00", "interest"},
			{"theme=trust%00", "theme"},
			{"language=fr%00", "language"},
			// youth takes exactly true or false.
			{"youth=1", "youth"},
			{"youth=0", "youth"},
			{"youth=t", "youth"},
			{"youth=f", "youth"},
			{"youth=T", "youth"},
			{"youth=TRUE", "youth"},
			{"youth=True", "youth"},
			{"youth=False", "youth"},
			{"youth=yes", "youth"},
			{"youth=true%20", "youth"},
			{"youth=%20", "youth"},
		}
		for _, tc := range cases {
			e := c.Do(http.MethodGet, "/api/directory?"+tc.query, nil).WantError(t, http.StatusUnprocessableEntity, "validation_failed").Error(t)
			if e.Fields[tc.field] == "" {
				t.Errorf("directory?%s: fields %v lack %q", tc.query, e.Fields, tc.field)
			}
		}
	})
}

// TestFormatCharactersInNames: a right-to-left override or a zero-width
// character in a person's or an organisation's name is 422 naming the
// field, and changes nothing; a Persian name with its non-joiner is taken.
func TestFormatCharactersInNames(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	anon := n.Client(t)
	sec := n.Secretariat(t)
	p, acc := anon.Register(t, testkit.Registration(1))
	org := sec.Do(http.MethodPost, "/api/organisations", orgBody("DC on Names")).Want(t, http.StatusCreated).Map(t)["id"].(string)
	bad := []string{"Amina \u202eollaiD", "Am\u200bina Diallo", "\ufeffAmina", "Amina\u2066 x", "Am\u200dina"}
	for _, name := range bad {
		reg := testkit.Registration(2)
		reg["display_name"] = name
		e := anon.Do(http.MethodPost, "/api/auth/register", reg).WantError(t, http.StatusUnprocessableEntity, "validation_failed").Error(t)
		if e.Fields["display_name"] == "" {
			t.Errorf("register %q: fields = %v", name, e.Fields)
		}
		e = p.Do(http.MethodPatch, "/api/me", map[string]any{"display_name": name}).WantError(t, http.StatusUnprocessableEntity, "validation_failed").Error(t)
		if e.Fields["display_name"] == "" {
			t.Errorf("patch me %q: fields = %v", name, e.Fields)
		}
		e = sec.Do(http.MethodPost, "/api/organisations", orgBody(name)).WantError(t, http.StatusUnprocessableEntity, "validation_failed").Error(t)
		if e.Fields["name"] == "" {
			t.Errorf("create organisation %q: fields = %v", name, e.Fields)
		}
		e = sec.Do(http.MethodPatch, "/api/organisations/"+org, map[string]any{"name": name}).WantError(t, http.StatusUnprocessableEntity, "validation_failed").Error(t)
		if e.Fields["name"] == "" {
			t.Errorf("rename organisation %q: fields = %v", name, e.Fields)
		}
	}
	if me := p.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t); me["display_name"] != acc["display_name"] {
		t.Fatalf("a refused name was stored: %v", me["display_name"])
	}
	if o := sec.Do(http.MethodGet, "/api/organisations/"+org, nil).Want(t, http.StatusOK).Map(t); o["name"] != "DC on Names" {
		t.Fatalf("a refused organisation name was stored: %v", o["name"])
	}
	var list struct {
		Items []map[string]any `json:"items"`
	}
	sec.Do(http.MethodGet, "/api/organisations", nil).Want(t, http.StatusOK).Decode(t, &list)
	if len(list.Items) != 1 {
		t.Fatalf("refused organisations were created: %v", list.Items)
	}

	const persian = "مریم حسین\u200cزاده"
	got := p.Do(http.MethodPatch, "/api/me", map[string]any{"display_name": persian}).Want(t, http.StatusOK).Map(t)
	if got["display_name"] != persian {
		t.Fatalf("display_name = %q, want %q", got["display_name"], persian)
	}
}
