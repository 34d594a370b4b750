package server_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/igf-village/village/server"
	"github.com/igf-village/village/testkit"
)

// TestInviteLinksOnListenAddress: a node given only its listen address
// (here 127.0.0.1 and a free port) hands out invite links on that
// address, which open the invite page; an explicit public URL wins.
func TestInviteLinksOnListenAddress(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	sec := n.Secretariat(t)
	inv := sec.Do(http.MethodPost, "/api/invitations", map[string]any{"role": "secretariat"}).Want(t, http.StatusCreated).Map(t)
	link := inv["url"].(string)
	if !strings.HasPrefix(link, n.URL+"/invite/") || !strings.HasPrefix(n.URL, "http://127.0.0.1:") {
		t.Fatalf("invite link %q, want it under %s", link, n.URL)
	}
	resp, err := http.Get(link)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", link, resp.StatusCode)
	}

	n = testkit.StartNode(t, "memory", func(c *server.Config) { c.PublicURL = "https://village.example/" })
	inv = n.Secretariat(t).Do(http.MethodPost, "/api/invitations", map[string]any{"role": "secretariat"}).Want(t, http.StatusCreated).Map(t)
	if link := inv["url"].(string); !strings.HasPrefix(link, "https://village.example/invite/") {
		t.Fatalf("invite link %q, want it under the configured public URL", link)
	}
}
