package server_test

import (
	"net/http"
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
	return []jsonRoute{
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
