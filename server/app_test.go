package server_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"path"
	"regexp"
	"strings"
	"testing"

	"github.com/igf-village/village/client/web"
	"github.com/igf-village/village/server"
	"github.com/igf-village/village/testkit"
)

// The tests here hold the server to serving the browser app: its pages
// (index.html, never cached, 200 or 404), its hashed assets (cached for a
// year, gzipped on request), and the headers that guard both, while the
// API keeps its JSON 404s.

// appClient does not ask for gzip by itself (Go's transport would, and
// would then unzip the body behind the test's back).
var appClient = &http.Client{Transport: &http.Transport{DisableCompression: true}}

// fetch sends one request to the node and reads the whole answer.
func fetch(t *testing.T, method, url string, header http.Header) (*http.Request, *http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatalf("new request: %v", err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := appClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: read body: %v", method, url, err)
	}
	return req, resp, body
}

// bundleFile reads a file of the embedded bundle.
func bundleFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := fs.ReadFile(web.Files(), name)
	if err != nil {
		t.Fatalf("the bundle has no %s: %v", name, err)
	}
	return b
}

func TestAppPages(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	index := bundleFile(t, "index.html")

	const (
		html  = "html"  // index.html
		none  = "none"  // no body (HEAD)
		jsErr = "jsErr" // the JSON error
	)
	tests := []struct {
		method, path string
		status       int
		body         string
		message      string // of a JSON error, when it says which 404 it is
		inSpec       bool   // docs/openapi.yaml has the route: check the answer against it
	}{
		// The app's own pages, as in app.go.
		{"GET", "/", 200, html, "", true},
		{"HEAD", "/", 200, none, "", false},
		{"GET", "/signin", 200, html, "", false},
		{"GET", "/register", 200, html, "", false},
		{"GET", "/invite/inv-3f2a", 200, html, "", false},
		{"GET", "/me", 200, html, "", false},
		{"GET", "/people", 200, html, "", false},
		{"GET", "/people/p-1", 200, html, "", false},
		{"GET", "/people-to-meet", 200, html, "", false},
		{"GET", "/people-to-meet/x", 404, html, "", false},
		{"HEAD", "/people/p-1", 200, none, "", false},
		{"GET", "/organisations", 200, html, "", false},
		{"GET", "/invitations", 200, html, "", false},
		{"GET", "/people/p-1?tab=about", 200, html, "", false},
		{"GET", "/meetings", 200, html, "", false},
		{"GET", "/meetings?box=past", 200, html, "", false},
		{"GET", "/meetings/new?with=p-1", 200, html, "", false},
		{"GET", "/meetings/meet-1", 200, html, "", false},

		// Other navigations: the app, saying the page does not exist.
		{"GET", "/nowhere", 404, html, "", false},
		{"GET", "/people/", 404, html, "", false},
		{"GET", "/people/p-1/more", 404, html, "", false},
		{"GET", "/meetings/meet-1/room", 404, html, "", false},
		{"GET", "/invite", 404, html, "", false},
		{"GET", "/index.html", 404, html, "", false},
		{"GET", "/apiary", 404, html, "", false},
		{"HEAD", "/nowhere", 404, none, "", false},

		// The server's own paths keep their JSON 404, as before the app.
		{"GET", "/api/x", 404, jsErr, "no such route", true},
		{"GET", "/api", 404, jsErr, "no such route", true},
		{"GET", "/api/people", 404, jsErr, "no such route", true},
		{"GET", "/ws/x", 404, jsErr, "no such route", true},
		{"GET", "/healthz/x", 404, jsErr, "no such route", true},
		{"GET", "/metrics/x", 404, jsErr, "no such route", true},
		{"GET", "/assets", 404, jsErr, "no such route", true},

		// Other methods are never navigations.
		{"POST", "/signin", 404, jsErr, "no such route", true},
		{"PUT", "/", 404, jsErr, "this route does not take that method", true},
		{"DELETE", "/people/p-1", 404, jsErr, "no such route", true},
		{"POST", "/api/meta", 404, jsErr, "this route does not take that method", true},
		{"HEAD", "/healthz", 404, none, "", true},
		{"HEAD", "/api/meta", 404, none, "", true},
	}
	for _, tc := range tests {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			req, resp, body := fetch(t, tc.method, n.URL+tc.path, nil)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d; body: %.200s", resp.StatusCode, tc.status, body)
			}
			if tc.inSpec {
				testkit.CheckResponse(t, req, resp.StatusCode, resp.Header, body)
			}
			ct := resp.Header.Get("Content-Type")
			switch tc.body {
			case html, none:
				if tc.body == html && !bytes.Equal(body, index) {
					t.Errorf("the body is not index.html: %.200s", body)
				}
				if tc.body == none && len(body) != 0 {
					t.Errorf("HEAD answered a body: %.200s", body)
				}
				if tc.status == 404 && tc.body == none {
					return // HEAD of a server path: the bare 404 of old
				}
				if ct != "text/html; charset=utf-8" {
					t.Errorf("Content-Type %q, want text/html; charset=utf-8", ct)
				}
				if cc := resp.Header.Get("Cache-Control"); cc != "no-store" {
					t.Errorf("Cache-Control %q, want no-store", cc)
				}
			case jsErr:
				var e struct{ Error testkit.ErrorBody }
				if err := json.Unmarshal(body, &e); err != nil || e.Error.Code != "not_found" {
					t.Fatalf("not a not_found error (%v): %s", err, body)
				}
				if e.Error.Message != tc.message {
					t.Errorf("message %q, want %q", e.Error.Message, tc.message)
				}
			}
		})
	}

	// Browsers ask what a path takes before some requests; that answer
	// stays Echo's.
	_, resp, _ := fetch(t, http.MethodOptions, n.URL+"/api/meta", nil)
	if resp.StatusCode != http.StatusNoContent || !strings.Contains(resp.Header.Get("Allow"), "GET") {
		t.Errorf("OPTIONS /api/meta: %d, Allow %q; want 204 with GET in Allow", resp.StatusCode, resp.Header.Get("Allow"))
	}
}

// assetRef finds the files index.html loads.
var assetRef = regexp.MustCompile(`(?:src|href)="(/assets/[^"]+)"`)

func TestAppAssets(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	types := map[string]string{
		".js":    "text/javascript; charset=utf-8",
		".css":   "text/css; charset=utf-8",
		".json":  "application/json",
		".svg":   "image/svg+xml",
		".woff2": "font/woff2",
		".png":   "image/png",
	}

	var refs []string
	for _, m := range assetRef.FindAllStringSubmatch(string(bundleFile(t, "index.html")), -1) {
		refs = append(refs, m[1])
	}
	var js, css bool
	for _, r := range refs {
		js = js || path.Ext(r) == ".js"
		css = css || path.Ext(r) == ".css"
	}
	if !js || !css {
		t.Fatalf("index.html loads %v: want a script and a style sheet", refs)
	}

	for _, ref := range refs {
		plain := bundleFile(t, strings.TrimPrefix(ref, "/"))
		zipped, err := fs.ReadFile(web.Files(), strings.TrimPrefix(ref, "/")+".gz")
		hasGz := err == nil
		wantType, ok := types[path.Ext(ref)]
		if !ok {
			t.Fatalf("%s: this test knows no Content-Type for %s; add it", ref, path.Ext(ref))
		}
		tests := []struct {
			acceptEncoding string
			gzipped        bool // when the bundle has the twin
		}{
			{"", false},
			{"gzip", true},
			{"gzip, deflate, br, zstd", true},
			{"br;q=1.0, gzip;q=0.8", true},
			{"GZIP", true},
			{"x-gzip", true},
			{"*", true},
			{"gzip;q=0", false},
			{"*;q=0", false},
			{"*, gzip;q=0", false},
			{"br", false},
			{"identity", false},
		}
		for _, tc := range tests {
			t.Run(ref+" Accept-Encoding="+tc.acceptEncoding, func(t *testing.T) {
				h := http.Header{}
				if tc.acceptEncoding != "" {
					h.Set("Accept-Encoding", tc.acceptEncoding)
				}
				req, resp, body := fetch(t, http.MethodGet, n.URL+ref, h)
				if resp.StatusCode != http.StatusOK {
					t.Fatalf("status %d, want 200; body: %.200s", resp.StatusCode, body)
				}
				testkit.CheckResponse(t, req, resp.StatusCode, resp.Header, body)
				if got := resp.Header.Get("Cache-Control"); got != "public, max-age=31536000, immutable" {
					t.Errorf("Cache-Control %q, want a year and immutable", got)
				}
				if got := resp.Header.Get("Content-Type"); got != wantType {
					t.Errorf("Content-Type %q, want %q", got, wantType)
				}
				if resp.Header.Get("ETag") == "" {
					t.Error("no ETag")
				}
				if vary := resp.Header.Get("Vary"); hasGz != strings.Contains(vary, "Accept-Encoding") {
					t.Errorf("Vary %q, but the gzipped twin exists: %v", vary, hasGz)
				}
				got := body
				if tc.gzipped && hasGz {
					if ce := resp.Header.Get("Content-Encoding"); ce != "gzip" {
						t.Fatalf("Content-Encoding %q, want gzip", ce)
					}
					if !bytes.Equal(body, zipped) {
						t.Errorf("the body is not the bundle's gzipped twin")
					}
					got = gunzip(t, body)
				} else if ce := resp.Header.Get("Content-Encoding"); ce != "" {
					t.Fatalf("Content-Encoding %q, want none", ce)
				}
				if !bytes.Equal(got, plain) {
					t.Errorf("the body (%d bytes, unzipped) is not the bundle's %s (%d bytes)", len(got), ref, len(plain))
				}

				// The same copy again, with its ETag: nothing to send.
				h.Set("If-None-Match", resp.Header.Get("ETag"))
				req, again, body := fetch(t, http.MethodGet, n.URL+ref, h)
				if again.StatusCode != http.StatusNotModified || len(body) != 0 {
					t.Errorf("with If-None-Match: %d and %d bytes, want 304 and none", again.StatusCode, len(body))
				}
				testkit.CheckResponse(t, req, again.StatusCode, again.Header, body)
			})
		}
	}

	// The plain and the gzipped copy are different representations, so
	// their tags differ.
	gz := http.Header{"Accept-Encoding": {"gzip"}}
	_, a, _ := fetch(t, http.MethodGet, n.URL+refs[0], nil)
	_, b, _ := fetch(t, http.MethodGet, n.URL+refs[0], gz)
	if a.Header.Get("ETag") == b.Header.Get("ETag") {
		t.Errorf("%s: plain and gzipped copies share the ETag %s", refs[0], a.Header.Get("ETag"))
	}

	for _, p := range []string{"/assets/nope-AAAAAAAA.js", "/assets/main.js", "/assets/index.html", "/assets/" + path.Base(refs[0]) + "x", "/assets/a/b.js"} {
		t.Run("unknown "+p, func(t *testing.T) {
			req, resp, body := fetch(t, http.MethodGet, n.URL+p, gz)
			testkit.CheckResponse(t, req, resp.StatusCode, resp.Header, body)
			if resp.StatusCode != http.StatusNotFound || !strings.Contains(string(body), `"not_found"`) {
				t.Errorf("%d %s, want 404 not_found", resp.StatusCode, body)
			}
			if cc := resp.Header.Get("Cache-Control"); strings.Contains(cc, "immutable") {
				t.Errorf("a 404 is cached: Cache-Control %q", cc)
			}
		})
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("gunzip: %v", err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("gunzip: %v", err)
	}
	return out
}

// TestAppIndexHasNoInlineCode: the CSP forbids inline script and style, so
// index.html must have none, or the app would not start.
func TestAppIndexHasNoInlineCode(t *testing.T) {
	index := string(bundleFile(t, "index.html"))
	scripts := regexp.MustCompile(`(?is)<script\b[^>]*>`).FindAllString(index, -1)
	if len(scripts) == 0 {
		t.Fatal("index.html loads no script")
	}
	for _, s := range scripts {
		if !regexp.MustCompile(`(?i)\ssrc="/assets/[^"]+"`).MatchString(s) {
			t.Errorf("index.html has an inline script: %s", s)
		}
	}
	for _, bad := range []struct{ name, re string }{
		{"a <style> element", `(?i)<style\b`},
		{"a style attribute", `(?i)<[^>]+\sstyle\s*=`},
		{"an event handler attribute", `(?i)<[^>]+\son[a-z]+\s*=`},
		{"a javascript: URL", `(?i)javascript:`},
	} {
		if m := regexp.MustCompile(bad.re).FindString(index); m != "" {
			t.Errorf("index.html has %s: %s", bad.name, m)
		}
	}
}

func TestAppSecurityHeaders(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	js := assetRef.FindStringSubmatch(string(bundleFile(t, "index.html")))[1]

	common := map[string]string{
		"X-Content-Type-Options":       "nosniff",
		"X-Frame-Options":              "DENY",
		"Referrer-Policy":              "no-referrer",
		"Cross-Origin-Opener-Policy":   "same-origin",
		"Cross-Origin-Resource-Policy": "same-origin",
		"Permissions-Policy":           "camera=(self), microphone=(self), display-capture=(self), geolocation=(), payment=(), usb=()",
	}
	appDirectives := []string{
		"default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: https:",
		"object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
	}
	tests := []struct {
		path       string
		app        bool   // the app's CSP, rather than the API's
		cache      string // Cache-Control
		wantStatus int
	}{
		{"/", true, "no-store", 200},
		{"/people/p-1", true, "no-store", 200},
		{"/nowhere", true, "no-store", 404},
		{js, true, "public, max-age=31536000, immutable", 200},
		{"/api/meta", false, "no-store", 200},
		{"/api/nothing", false, "no-store", 404},
		{"/healthz", false, "", 200},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			_, resp, body := fetch(t, http.MethodGet, n.URL+tc.path, nil)
			if resp.StatusCode != tc.wantStatus {
				t.Fatalf("status %d, want %d; body: %.200s", resp.StatusCode, tc.wantStatus, body)
			}
			for k, v := range common {
				if got := resp.Header.Get(k); got != v {
					t.Errorf("%s: %q, want %q", k, got, v)
				}
			}
			if got := resp.Header.Get("Cache-Control"); got != tc.cache {
				t.Errorf("Cache-Control %q, want %q", got, tc.cache)
			}
			csp := resp.Header.Get("Content-Security-Policy")
			if strings.Contains(csp, "unsafe-") {
				t.Errorf("the CSP allows something unsafe: %s", csp)
			}
			if !strings.Contains(csp, "frame-ancestors 'none'") {
				t.Errorf("the CSP lets other sites frame it: %s", csp)
			}
			if tc.app {
				for _, d := range appDirectives {
					if !strings.Contains(csp, d) {
						t.Errorf("the CSP lacks %q: %s", d, csp)
					}
				}
			} else if !strings.HasPrefix(csp, "default-src 'none'") {
				t.Errorf("the API's CSP allows loading things: %s", csp)
			}
			if hsts := resp.Header.Get("Strict-Transport-Security"); hsts != "" {
				t.Errorf("Strict-Transport-Security %q over plain HTTP to an http public URL", hsts)
			}
		})
	}
}

// TestAppHSTS: Strict-Transport-Security goes out when people reach the
// server over https: the request came over TLS, or the public URL says so
// (TLS ends at the load balancer).
func TestAppHSTS(t *testing.T) {
	tests := []struct {
		name      string
		publicURL string
		tls       bool
		want      bool
	}{
		{"http public URL", "http://localhost:8080", false, false},
		{"https public URL", "https://village.example", false, true},
		{"HTTPS public URL", "HTTPS://village.example", false, true},
		{"request over TLS", "http://localhost:8080", true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := testkit.StartNode(t, "memory", func(c *server.Config) { c.PublicURL = tc.publicURL })
			for _, p := range []string{"/", "/api/meta"} {
				var hsts string
				if tc.tls {
					// A TLS listener would need a certificate the client
					// trusts; the handler sees the same thing.
					rec := httptest.NewRecorder()
					n.Server.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "https://village.test"+p, nil))
					hsts = rec.Header().Get("Strict-Transport-Security")
				} else {
					_, resp, _ := fetch(t, http.MethodGet, n.URL+p, nil)
					hsts = resp.Header.Get("Strict-Transport-Security")
				}
				switch {
				case tc.want && hsts != "max-age=31536000":
					t.Errorf("%s: Strict-Transport-Security %q, want max-age=31536000", p, hsts)
				case !tc.want && hsts != "":
					t.Errorf("%s: Strict-Transport-Security %q, want none", p, hsts)
				}
			}
		})
	}
}
