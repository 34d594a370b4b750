package server_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/server"
	"github.com/igf-village/village/testkit"
)

// TestBanClosesSocketsOnEveryNode: a ban made on node A closes the
// person's socket on node B, and B refuses them at once.
func TestBanClosesSocketsOnEveryNode(t *testing.T) {
	natsURL := testkit.NATSServer(t)
	a := testkit.StartNode(t, "mongo", func(c *server.Config) { c.NATSURL = natsURL })
	b := testkit.StartNode(t, "mongo", func(c *server.Config) {
		c.NATSURL, c.MongoURI, c.MongoDatabase = natsURL, a.Config.MongoURI, a.Config.MongoDatabase
	})
	sec := a.Secretariat(t)
	p, acc := b.Client(t).Register(t, testkit.Registration(1))
	onB := b.Live(t, p.Token)
	onB.Request("join", "lobby", nil).Ok()

	sec.Do(http.MethodPost, "/api/bans", map[string]any{"person_id": acc["id"], "reason": "spam on every booth"}).Want(t, http.StatusCreated)
	if code, reason := onB.Closed(); code != protocol.CloseAccountGone || !strings.Contains(reason, "banned") {
		t.Fatalf("the socket on node B closed with %d %q, want %d saying banned", code, reason, protocol.CloseAccountGone)
	}
	p.Do(http.MethodGet, "/api/me", nil).WantError(t, http.StatusForbidden, "banned")
	b.DialWS(t, nil).Request("auth", "", map[string]string{"token": p.Token}).Fails("banned")
}
