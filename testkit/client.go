package testkit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"strings"
	"testing"
)

// DefaultPassword is the password of every account the tests make.
const DefaultPassword = "correct horse battery"

// Client calls a node's REST API as one person. Every response is checked
// against docs/openapi.yaml.
type Client struct {
	Base    string
	Token   string // access token, sent as a bearer token when set
	Refresh string // refresh token from the last session response
	Header  http.Header
	HTTP    *http.Client
	t       testing.TB
}

// Client returns an anonymous client of the node, with its own cookie jar.
func (n *Node) Client(t testing.TB) *Client {
	jar, _ := cookiejar.New(nil)
	return &Client{Base: n.URL, Header: http.Header{}, HTTP: &http.Client{Jar: jar}, t: t}
}

// Response is a finished response with its body read.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// Do sends a request. body is nil for none, a string or []byte to send as
// it is (for malformed JSON), or a value to encode as JSON.
func (c *Client) Do(method, path string, body any) *Response {
	c.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	case []byte:
		rd = bytes.NewReader(b)
	default:
		raw, err := json.Marshal(b)
		if err != nil {
			c.t.Fatalf("encode body: %v", err)
		}
		rd = bytes.NewReader(raw)
	}
	contentType := ""
	if rd != nil {
		contentType = "application/json"
	}
	return c.send(method, path, contentType, rd)
}

// Send sends body as it is, with the Content-Type given ("" for none): an
// image, or anything that is not JSON.
func (c *Client) Send(method, path, contentType string, body []byte) *Response {
	c.t.Helper()
	return c.send(method, path, contentType, bytes.NewReader(body))
}

func (c *Client) send(method, path, contentType string, rd io.Reader) *Response {
	c.t.Helper()
	req, err := http.NewRequest(method, c.Base+path, rd)
	if err != nil {
		c.t.Fatalf("new request: %v", err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for k, v := range c.Header {
		req.Header[k] = v
	}
	if c.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		c.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		c.t.Fatalf("%s %s: read body: %v", method, path, err)
	}
	CheckResponse(c.t, req, resp.StatusCode, resp.Header, raw)
	return &Response{Status: resp.StatusCode, Header: resp.Header, Body: raw}
}

// Want fails the test unless the response has the status.
func (r *Response) Want(t testing.TB, status int) *Response {
	t.Helper()
	if r.Status != status {
		t.Fatalf("status %d, want %d; body: %s", r.Status, status, r.Body)
	}
	return r
}

// WantError fails the test unless the response is an error with the status
// and the stable code.
func (r *Response) WantError(t testing.TB, status int, code string) *Response {
	t.Helper()
	r.Want(t, status)
	if got := r.Error(t).Code; got != code {
		t.Fatalf("error code %q, want %q; body: %s", got, code, r.Body)
	}
	return r
}

// ErrorBody is the error format of every route.
type ErrorBody struct {
	Code    string            `json:"code"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields"`
}

// Error decodes an error response.
func (r *Response) Error(t testing.TB) ErrorBody {
	t.Helper()
	var e struct {
		Error ErrorBody `json:"error"`
	}
	r.Decode(t, &e)
	if e.Error.Code == "" || e.Error.Message == "" {
		t.Fatalf("not an error body: %s", r.Body)
	}
	return e.Error
}

// Decode decodes a JSON body into v.
func (r *Response) Decode(t testing.TB, v any) {
	t.Helper()
	if err := json.Unmarshal(r.Body, v); err != nil {
		t.Fatalf("decode %s: %v", r.Body, err)
	}
}

// Map decodes a JSON object body.
func (r *Response) Map(t testing.TB) map[string]any {
	t.Helper()
	var m map[string]any
	r.Decode(t, &m)
	return m
}

// Session is the body of a sign-in.
type Session struct {
	AccessToken  string         `json:"access_token"`
	RefreshToken string         `json:"refresh_token"`
	Account      map[string]any `json:"account"`
}

// SignIn logs in and returns a new client holding the session.
func (c *Client) SignIn(t testing.TB, email, password string) *Client {
	t.Helper()
	var s Session
	c.Do(http.MethodPost, "/api/auth/login", map[string]string{"email": email, "password": password}).Want(t, http.StatusOK).Decode(t, &s)
	return c.with(s)
}

func (c *Client) with(s Session) *Client {
	jar, _ := cookiejar.New(nil)
	return &Client{Base: c.Base, Token: s.AccessToken, Refresh: s.RefreshToken, Header: http.Header{}, HTTP: &http.Client{Jar: jar}, t: c.t}
}

// Registration returns a valid registration body for person i; override
// fields by changing the map.
func Registration(i int) map[string]any {
	return map[string]any{
		"email":             fmt.Sprintf("person%d-%s@village.example", i, randomHex(3)),
		"password":          DefaultPassword,
		"display_name":      fmt.Sprintf("Amina Diallo %d", i),
		"stakeholder_group": "civil_society",
		"region":            "african",
		"country":           "SN",
		"languages":         []string{"fr", "en"},
		"time_zone":         "Africa/Dakar",
		"themes":            []string{"inclusion", "data"},
		"tags":              []string{"community networks"},
		"expertise":         "Rural connectivity",
		"youth":             true,
		"parliamentarian":   false,
		"directory_opt_in":  true,
	}
}

// Register creates an account from body and returns a client signed in as
// it, and the account as the server returned it.
func (c *Client) Register(t testing.TB, body map[string]any) (*Client, map[string]any) {
	t.Helper()
	var s Session
	c.Do(http.MethodPost, "/api/auth/register", body).Want(t, http.StatusCreated).Decode(t, &s)
	return c.with(s), s.Account
}
