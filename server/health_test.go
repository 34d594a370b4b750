package server_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/igf-village/village/server"
	"github.com/igf-village/village/testkit"
)

func TestHealthReadyMetrics(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		c := n.Client(t)
		c.Register(t, testkit.Registration(1))
		c.Do(http.MethodGet, "/healthz", nil).Want(t, http.StatusOK)
		c.Do(http.MethodGet, "/readyz", nil).Want(t, http.StatusOK)
		c.Do(http.MethodGet, "/api/meta", nil).Want(t, http.StatusOK)
		c.Do(http.MethodGet, "/api/nothing-here", nil).WantError(t, http.StatusNotFound, "not_found")
		m := string(c.Do(http.MethodGet, "/metrics", nil).Want(t, http.StatusOK).Body)
		for _, want := range []string{
			`village_http_requests_total{method="GET",route="/healthz",status="200"} 1`,
			`village_http_request_duration_seconds_bucket{method="GET",route="/readyz"`,
			`village_store_operation_duration_seconds_count{op="Ping",outcome="ok"} 1`,
			`village_store_operation_duration_seconds_count{op="CreatePerson",outcome="ok"}`,
			"go_goroutines",
		} {
			if !strings.Contains(m, want) {
				t.Errorf("/metrics lacks %s", want)
			}
		}
		// Once the store is gone, the node is not ready but still healthy.
		if err := n.Store.Close(); err != nil {
			t.Fatal(err)
		}
		c.Do(http.MethodGet, "/readyz", nil).WantError(t, http.StatusServiceUnavailable, "unavailable")
		c.Do(http.MethodGet, "/healthz", nil).Want(t, http.StatusOK)
		n.Store = nopCloser{n.Store}
	})
}

// nopCloser keeps the node's cleanup from closing the store a second time.
type nopCloser struct{ testkit.Store }

func (nopCloser) Close() error { return nil }

// TestMetaSaysDemo: the app shows the demo sign-in only on a demo node,
// whose accounts share a published password.
func TestMetaSaysDemo(t *testing.T) {
	for _, demo := range []bool{false, true} {
		n := testkit.StartNode(t, "memory", func(c *server.Config) { c.Demo = demo })
		var meta struct {
			Demo *bool `json:"demo"`
		}
		n.Client(t).Do(http.MethodGet, "/api/meta", nil).Want(t, http.StatusOK).Decode(t, &meta)
		if meta.Demo == nil || *meta.Demo != demo {
			t.Errorf("VILLAGE_DEMO=%v: /api/meta says demo %v", demo, meta.Demo)
		}
	}
}

// TestMetaSaysSessionApproval: the app shows the secretariat a queue of
// proposed sessions only when proposals wait for it.
func TestMetaSaysSessionApproval(t *testing.T) {
	for _, approval := range []bool{false, true} {
		n := testkit.StartNode(t, "memory", func(c *server.Config) { c.SessionApproval = approval; c.SessionMaxCapacity = 40 })
		var meta struct {
			Approval *bool    `json:"session_approval"`
			Max      int      `json:"session_max_capacity"`
			Types    []string `json:"session_types"`
		}
		n.Client(t).Do(http.MethodGet, "/api/meta", nil).Want(t, http.StatusOK).Decode(t, &meta)
		if meta.Approval == nil || *meta.Approval != approval || meta.Max != 40 || len(meta.Types) != 3 {
			t.Errorf("VILLAGE_SESSION_APPROVAL=%v: /api/meta says approval %v, max %d, types %v", approval, meta.Approval, meta.Max, meta.Types)
		}
	}
}
