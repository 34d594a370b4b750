package server_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/gorilla/websocket"

	"github.com/igf-village/village/testkit"
)

// rawGet sends a GET with the headers as they are: Go's transport would
// otherwise ask for gzip itself and undo it out of sight.
func rawGet(t *testing.T, url string, header map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

// TestCompression: API JSON is gzipped for clients that take it; the
// WebSocket upgrade, the metrics and the token-bearing auth answers are
// not compressed here. (The bundle's assets come gzipped from their twins,
// once: TestAppAssets.)
func TestCompression(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	sec := n.Secretariat(t)
	for i := range 10 {
		sec.Do(http.MethodPost, "/api/organisations", orgBody(fmt.Sprintf("Dynamic Coalition %d", i))).Want(t, http.StatusCreated)
	}
	bearer := "Bearer " + sec.Token

	// API JSON.
	plainResp, plain := rawGet(t, n.URL+"/api/organisations", map[string]string{"Authorization": bearer})
	if plainResp.StatusCode != http.StatusOK || plainResp.Header.Get("Content-Encoding") != "" || len(plain) < 1024 {
		t.Fatalf("without gzip: %d %q, %d bytes", plainResp.StatusCode, plainResp.Header.Get("Content-Encoding"), len(plain))
	}
	if !strings.Contains(plainResp.Header.Get("Vary"), "Accept-Encoding") {
		t.Errorf("without gzip: Vary %q", plainResp.Header.Get("Vary"))
	}
	for _, ae := range []string{"gzip", "gzip, deflate, br, zstd", "br;q=1, gzip;q=0.8"} {
		resp, body := rawGet(t, n.URL+"/api/organisations", map[string]string{"Authorization": bearer, "Accept-Encoding": ae})
		if resp.Header.Get("Content-Encoding") != "gzip" || !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") {
			t.Fatalf("Accept-Encoding %q: Content-Encoding %q, Vary %q", ae, resp.Header.Get("Content-Encoding"), resp.Header.Get("Vary"))
		}
		if len(body) >= len(plain)/2 {
			t.Errorf("Accept-Encoding %q: %d bytes for %d plain", ae, len(body), len(plain))
		}
		var a, b any
		if err := json.Unmarshal(plain, &a); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(gunzip(t, body), &b); err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("Accept-Encoding %q: the gzipped body differs", ae)
		}
	}
	if resp, _ := rawGet(t, n.URL+"/api/organisations", map[string]string{"Authorization": bearer, "Accept-Encoding": "gzip;q=0, identity"}); resp.Header.Get("Content-Encoding") != "" {
		t.Errorf("gzip;q=0: Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}

	// The WebSocket upgrade, asked for with gzip.
	ws, resp, err := websocket.DefaultDialer.Dial(n.WSURL(), http.Header{"Accept-Encoding": {"gzip"}})
	if err != nil {
		t.Fatalf("dial with Accept-Encoding gzip: %v", err)
	}
	defer ws.Close()
	if resp.StatusCode != http.StatusSwitchingProtocols || resp.Header.Get("Content-Encoding") != "" {
		t.Fatalf("upgrade: %d, Content-Encoding %q", resp.StatusCode, resp.Header.Get("Content-Encoding"))
	}
	if err := ws.WriteJSON(map[string]any{"id": "1", "type": "auth", "payload": map[string]string{"token": sec.Token}}); err != nil {
		t.Fatal(err)
	}
	var reply map[string]any
	if err := ws.ReadJSON(&reply); err != nil || reply["type"] != "reply" {
		t.Fatalf("auth over the upgraded socket: %v %v", reply, err)
	}

	// Metrics: the Prometheus handler's own gzip, not twice.
	resp, body := rawGet(t, n.URL+"/metrics", map[string]string{"Accept-Encoding": "gzip"})
	if resp.Header.Get("Content-Encoding") == "gzip" {
		body = gunzip(t, body)
	}
	if !bytes.HasPrefix(body, []byte("# HELP")) {
		t.Errorf("metrics: %.40q", body)
	}

	// Answers that carry tokens are not compressed (BREACH).
	req, _ := http.NewRequest(http.MethodPost, n.URL+"/api/auth/register", strings.NewReader(mustJSON(t, testkit.Registration(5))))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept-Encoding", "gzip")
	reg, err := (&http.Client{Transport: &http.Transport{DisableCompression: true}}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	reg.Body.Close()
	if reg.StatusCode != http.StatusCreated || reg.Header.Get("Content-Encoding") != "" {
		t.Errorf("register: %d, Content-Encoding %q", reg.StatusCode, reg.Header.Get("Content-Encoding"))
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
