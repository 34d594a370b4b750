package testkit

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
)

// SpecPath is the API specification, relative to the module root.
const SpecPath = "docs/openapi.yaml"

// spec is docs/openapi.yaml, loaded and validated on first use.
var spec struct {
	once   sync.Once
	doc    *openapi3.T
	router routers.Router
	err    error
}

// Spec loads docs/openapi.yaml once (the module root is found by walking up
// from this source file's directory until go.mod), validates it, and
// returns it. The document is shared: callers must not change it.
func Spec(t testing.TB) *openapi3.T {
	t.Helper()
	doc, _ := loadSpec(t)
	return doc
}

func loadSpec(t testing.TB) (*openapi3.T, routers.Router) {
	t.Helper()
	spec.once.Do(func() {
		spec.doc, spec.router, spec.err = readSpec()
	})
	if spec.err != nil {
		t.Fatalf("testkit: %v", spec.err)
	}
	return spec.doc, spec.router
}

func readSpec() (*openapi3.T, routers.Router, error) {
	root, err := moduleRoot()
	if err != nil {
		return nil, nil, err
	}
	path := filepath.Join(root, filepath.FromSlash(SpecPath))
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("loading %s: %w", SpecPath, err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		return nil, nil, fmt.Errorf("%s is not a valid OpenAPI document: %w", SpecPath, err)
	}
	// Match requests by path alone, whatever host a test server has: the
	// router gets a copy of the document without servers (the default
	// server "/" then applies).
	local := *doc
	local.Servers = nil
	router, err := gorillamux.NewRouter(&local)
	if err != nil {
		return nil, nil, fmt.Errorf("routing %s: %w", SpecPath, err)
	}
	return doc, router, nil
}

// moduleRoot walks up from this source file's directory to the directory
// that holds go.mod.
func moduleRoot() (string, error) {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "", errors.New("cannot tell where testkit's source is")
	}
	dir := filepath.Dir(file)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above %s", filepath.Dir(file))
		}
		dir = parent
	}
}

// CheckResponse fails t (with t.Errorf naming the method, path and status,
// and the validation error) when a response does not match the spec: a
// route or method the spec lacks, a status the operation does not
// document, a Content-Type it does not list, or a JSON body that breaks the
// schema. Bodies of other media types (the metrics' text/plain, the home
// page's text/html) are not checked beyond their media type.
//
// The request is checked too, but not its body (tests send bad bodies on
// purpose, and the server has read it already): its path, query, header and
// cookie parameters must match the spec when the server accepted the request
// (a status below 400). A rejected request may break the spec, since that is
// often the point of the test. Security requirements are not checked: the
// server's answer says whether the credentials were good.
//
// CheckResponse neither reads nor changes req.Body.
func CheckResponse(t testing.TB, req *http.Request, status int, header http.Header, body []byte) {
	t.Helper()
	doc, router := loadSpec(t)
	where := fmt.Sprintf("%s %s -> %d", req.Method, req.URL.RequestURI(), status)

	// Route on a copy without the body or host, so that neither is needed.
	r := req.Clone(context.Background())
	r.Body = http.NoBody
	r.ContentLength = 0
	r.Host = ""
	r.URL.Scheme, r.URL.Host = "", ""

	route, params, err := router.FindRoute(r)
	if err != nil {
		// The spec lacks the route. That is right when the server lacks it
		// too and says so with not_found; a server that answers otherwise
		// serves a route the spec does not document.
		if status == http.StatusNotFound {
			if msg := checkNotFound(doc, header, body); msg != "" {
				t.Errorf("openapi: %s: no route in the spec, and %s", where, msg)
			}
			return
		}
		switch {
		case errors.Is(err, routers.ErrMethodNotAllowed):
			t.Errorf("openapi: %s: the spec has no %s operation at this path, so the answer should be 404 not_found", where, req.Method)
		case errors.Is(err, routers.ErrPathNotFound):
			t.Errorf("openapi: %s: the spec has no path that matches %s, so the answer should be 404 not_found", where, req.URL.Path)
		default:
			t.Errorf("openapi: %s: finding the route: %v", where, err)
		}
		return
	}

	opts := &openapi3filter.Options{
		ExcludeRequestBody:    true,
		IncludeResponseStatus: true,
		MultiError:            true,
		AuthenticationFunc:    openapi3filter.NoopAuthenticationFunc,
	}
	in := &openapi3filter.RequestValidationInput{
		Request: r, PathParams: params, Route: route, Options: opts,
	}
	if status < 400 {
		if err := openapi3filter.ValidateRequest(context.Background(), in); err != nil {
			t.Errorf("openapi: %s: the server accepted a request the spec does not allow (%s %s):\n%v",
				where, route.Method, route.Path, err)
		}
	}

	if header == nil {
		header = http.Header{}
	}
	contentType := header.Get("Content-Type")
	if msg := checkMediaType(route, status, contentType, len(body) > 0); msg != "" {
		t.Errorf("openapi: %s: %s (%s %s in the spec)", where, msg, route.Method, route.Path)
		return
	}
	respOpts := *opts
	respOpts.ExcludeResponseBody = !isJSON(contentType)
	out := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: in,
		Status:                 status,
		Header:                 header,
		Options:                &respOpts,
	}
	out.SetBodyBytes(bytes.Clone(body))
	if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
		t.Errorf("openapi: %s: the response does not match %s %s in the spec:\n%v\nbody: %s",
			where, route.Method, route.Path, err, abbreviate(body))
	}
}

// checkNotFound checks the answer to a request for a route the spec does
// not have: a not_found error, or no body at all (HEAD).
func checkNotFound(doc *openapi3.T, header http.Header, body []byte) string {
	if len(body) == 0 {
		return ""
	}
	if !isJSON(header.Get("Content-Type")) {
		return fmt.Sprintf("the 404 answer is not JSON but %q", header.Get("Content-Type"))
	}
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		return fmt.Sprintf("the 404 answer is not valid JSON: %v", err)
	}
	ref := doc.Components.Schemas["NotFoundError"]
	if ref == nil || ref.Value == nil {
		return "the spec has no NotFoundError schema to check the 404 answer against"
	}
	if err := ref.Value.VisitJSON(v, openapi3.EnableJSONSchema2020(), openapi3.MultiErrors()); err != nil {
		return fmt.Sprintf("the 404 answer is not a not_found error:\n%v\nbody: %s", err, abbreviate(body))
	}
	return ""
}

func isJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && (mt == "application/json" || strings.HasSuffix(mt, "+json"))
}

// checkMediaType reports a response whose Content-Type the operation does
// not list for status, or a body where the spec documents none.
func checkMediaType(route *routers.Route, status int, contentType string, hasBody bool) string {
	resp := route.Operation.Responses.Status(status)
	if resp == nil {
		resp = route.Operation.Responses.Default()
	}
	if resp == nil || resp.Value == nil {
		return "" // ValidateResponse reports the undocumented status
	}
	content := resp.Value.Content
	switch {
	case len(content) == 0 && hasBody:
		return fmt.Sprintf("the spec documents no body for this status, but the response has one (Content-Type %q)", contentType)
	case len(content) == 0:
		return ""
	case contentType == "":
		return "the response has no Content-Type"
	case content.Get(contentType) == nil:
		keys := make([]string, 0, len(content))
		for k := range content {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return fmt.Sprintf("the spec does not list the response's Content-Type %q for this status (it lists %s)",
			contentType, strings.Join(keys, ", "))
	}
	return ""
}

func abbreviate(b []byte) string {
	const limit = 2000
	if len(b) > limit {
		return string(b[:limit]) + "…"
	}
	return string(b)
}
