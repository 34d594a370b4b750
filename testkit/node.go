package testkit

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/hub"
	"github.com/igf-village/village/server"
)

// Store is a node's store backend.
type Store = server.Store

// Backends are the store backends every server test runs on.
var Backends = []string{"memory", "mongo"}

// Node is a Village node serving on a random loopback port.
type Node struct {
	URL    string
	Config server.Config
	Store  Store
	Server *server.Server
	Bus    hub.Bus // nil for a node alone

	t      testing.TB
	cancel context.CancelFunc
	done   chan error
}

// NodeOption adjusts a node's configuration before it starts.
type NodeOption func(*server.Config)

// StartNode starts a node on backend ("memory" or "mongo") with a fresh
// store, and stops it when the test ends.
func StartNode(t testing.TB, backend string, opts ...NodeOption) *Node {
	t.Helper()
	cfg := server.DefaultConfig()
	cfg.Addr = "127.0.0.1:0"
	cfg.DataDir = t.TempDir()
	cfg.JWTSecret = strings.Repeat("test-secret-", 4)
	cfg.LogLevel = "warn"
	// Tests sign in far more often than people do.
	cfg.LoginPerIP, cfg.LoginPerAccount, cfg.LoginPerAccountTotal = 10000, 10000, 10000
	switch backend {
	case "memory":
	case "mongo":
		cfg.MongoURI, cfg.MongoDatabase = MongoDB(t)
	default:
		t.Fatalf("unknown backend %q", backend)
	}
	for _, o := range opts {
		o(&cfg)
	}
	return startNode(t, cfg)
}

func startNode(t testing.TB, cfg server.Config) *Node {
	t.Helper()
	if err := cfg.Validate(); err != nil {
		t.Fatalf("config: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := &Node{Config: cfg, t: t, cancel: cancel, done: make(chan error, 1)}
	fail := func(what string, err error) {
		t.Helper()
		cancel()
		if n.Bus != nil {
			n.Bus.Close()
		}
		if n.Store != nil {
			n.Store.Close()
		}
		t.Fatalf("%s: %v", what, err)
	}
	m := server.NewMetrics()
	var err error
	if n.Store, err = server.OpenStore(ctx, cfg, m.ObserveStore); err != nil {
		fail("open store", err)
	}
	var ext *auth.External
	if cfg.IDP.Enabled() {
		if ext, err = auth.NewExternal(ctx, cfg.IDP, nil); err != nil {
			fail("identity provider", err)
		}
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if n.Bus, err = server.OpenBus(cfg, log); err != nil {
		fail("bus", err)
	}
	// Listen first, as village serve does: the default public URL is the
	// listener's.
	l, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		fail("listen", err)
	}
	// n.Config keeps the configured (empty) one, so that Restart, on a
	// new port, derives it again.
	if cfg.PublicURL == "" {
		cfg.PublicURL = server.ListenURL(cfg.Addr, l.Addr())
	}
	n.Server, err = server.New(cfg, server.Deps{
		Store: n.Store, Metrics: m, Secret: []byte(cfg.JWTSecret), Hash: accounts.CheapHash, External: ext,
		Logger: log, Bus: n.Bus, Hub: hubConfig,
		// Sessions' reminders come within half a second, not 30.
		ReminderTick: 500 * time.Millisecond,
	})
	if err != nil {
		l.Close()
		fail("new server", err)
	}
	n.URL = "http://" + l.Addr().String()
	go func() { n.done <- n.Server.Serve(ctx, l) }()
	t.Cleanup(func() { n.Stop() })
	return n
}

// Stop shuts the node down gracefully and closes its store. Stopping twice
// is harmless.
func (n *Node) Stop() {
	if n.cancel == nil {
		return
	}
	n.cancel()
	n.cancel = nil
	select {
	case err := <-n.done:
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			n.t.Errorf("serve: %v", err)
		}
	case <-time.After(20 * time.Second):
		n.t.Errorf("node did not stop within 20s")
	}
	if n.Bus != nil {
		n.Bus.Close()
	}
	if err := n.Store.Close(); err != nil {
		n.t.Errorf("close store: %v", err)
	}
}

// Kill stops the node as a crash would for the others: its bus link goes
// first, so no goodbye reaches them, and they must notice the silence.
func (n *Node) Kill() {
	if n.Bus != nil {
		n.Bus.Close()
		n.Bus = nil
	}
	n.Stop()
}

// WSURL is the node's WebSocket endpoint.
func (n *Node) WSURL() string { return "ws" + strings.TrimPrefix(n.URL, "http") + "/ws" }

// Restart stops the node and starts a new one on the same data: the same
// data directory or the same MongoDB database.
func (n *Node) Restart(t testing.TB) *Node {
	t.Helper()
	n.Stop()
	return startNode(t, n.Config)
}

// DataFile is the embedded store's file.
func (n *Node) DataFile() string { return filepath.Join(n.Config.DataDir, "village.db") }

// Secretariat makes a secretariat account on the node and returns a
// client signed in as it.
func (n *Node) Secretariat(t testing.TB) *Client {
	t.Helper()
	svc := accounts.NewService(n.Store, accounts.WithHash(accounts.CheapHash))
	email := "secretariat-" + randomHex(4) + "@igf.example"
	if _, _, err := svc.CreateAdmin(context.Background(), email, DefaultPassword, "IGF Secretariat"); err != nil {
		t.Fatalf("create admin: %v", err)
	}
	return n.Client(t).SignIn(t, email, DefaultPassword)
}

// EachBackend runs test once per store backend, each on a fresh node.
func EachBackend(t *testing.T, test func(t *testing.T, n *Node), opts ...NodeOption) {
	t.Helper()
	for _, b := range Backends {
		t.Run(b, func(t *testing.T) {
			test(t, StartNode(t, b, opts...))
		})
	}
}

// hubConfig makes the cluster react in test time: a node silent for 3 s is
// dead (the default is 10 s).
var hubConfig = hub.Config{Heartbeat: 500 * time.Millisecond, NodeTimeout: 3 * time.Second}
