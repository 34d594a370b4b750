package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/hub"
	"github.com/igf-village/village/seed"
	"github.com/igf-village/village/store"
	"github.com/igf-village/village/store/memory"
	"github.com/igf-village/village/store/mongo"
)

// OpenStore opens the backend the configuration names: MongoDB when a URI
// is set, else the embedded store in the data directory.
func OpenStore(ctx context.Context, cfg Config, obs store.Observer) (Store, error) {
	if cfg.MongoURI != "" {
		return mongo.Open(ctx, cfg.MongoURI, cfg.MongoDatabase, mongo.WithObserver(obs))
	}
	if err := os.MkdirAll(cfg.DataDir, 0o750); err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	return memory.Open(filepath.Join(cfg.DataDir, "village.db"), memory.WithObserver(obs))
}

// OpenBus links this node to the others when a NATS URL is configured;
// nil (this node alone) otherwise.
func OpenBus(cfg Config, log *slog.Logger) (hub.Bus, error) {
	if cfg.NATSURL == "" {
		return nil, nil
	}
	host, _ := os.Hostname()
	return hub.NewNATSBus(cfg.NATSURL, "village "+host, log)
}

// signingSecret returns the configured secret, or the one generated on the
// first start and kept in the data directory. Several nodes on MongoDB must
// share one: Validate asks for it there.
func signingSecret(cfg Config) ([]byte, error) {
	if cfg.JWTSecret != "" {
		return []byte(cfg.JWTSecret), nil
	}
	path := filepath.Join(cfg.DataDir, "jwt-secret")
	if b, err := os.ReadFile(path); err == nil {
		s := strings.TrimSpace(string(b))
		if len(s) < auth.MinSecret {
			return nil, fmt.Errorf("%s: the secret is shorter than %d bytes", path, auth.MinSecret)
		}
		return []byte(s), nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	s := hex.EncodeToString(b)
	if err := os.MkdirAll(cfg.DataDir, 0o750); err != nil {
		return nil, err
	}
	// O_EXCL: two processes starting at once on one directory keep one secret.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return signingSecret(cfg)
	}
	if err != nil {
		return nil, err
	}
	if _, err := f.WriteString(s + "\n"); err != nil {
		f.Close()
		return nil, err
	}
	return []byte(s), f.Close()
}

// Run starts a node and serves until ctx ends, then shuts down gracefully:
// it stops accepting, finishes in-flight requests, and closes the store.
// out receives the start-up banner (URL and demo logins).
func Run(ctx context.Context, cfg Config, out io.Writer) error {
	if err := cfg.Validate(); err != nil {
		return err
	}
	log := cfg.Logger()
	m := NewMetrics()
	st, err := OpenStore(ctx, cfg, m.ObserveStore)
	if err != nil {
		return fmt.Errorf("opening the store: %w", err)
	}
	defer func() {
		if err := st.Close(); err != nil {
			log.Error("closing the store", "err", err)
		}
	}()
	secret, err := signingSecret(cfg)
	if err != nil {
		return fmt.Errorf("signing secret: %w", err)
	}
	var ext *auth.External
	if cfg.IDP.Enabled() {
		if ext, err = auth.NewExternal(ctx, cfg.IDP, nil); err != nil {
			return err
		}
	}
	bus, err := OpenBus(cfg, log)
	if err != nil {
		return fmt.Errorf("linking to the other nodes: %w", err)
	}
	if bus != nil {
		defer bus.Close()
	}
	// Listen before building the server: the default public URL (invite
	// links) is the listener's, whose port :0 leaves open until now.
	// Connections that come during bootstrap wait in the backlog.
	l, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	defer l.Close() // Serve closes it too; this is for the errors before
	if cfg.PublicURL == "" {
		cfg.PublicURL = ListenURL(cfg.Addr, l.Addr())
	}
	srv, err := New(cfg, Deps{Store: st, Metrics: m, Secret: secret, Hash: accounts.DefaultHash, Logger: log, External: ext, Bus: bus})
	if err != nil {
		return err
	}
	if err := srv.bootstrap(ctx, out); err != nil {
		return err
	}
	log.Info("serving", "addr", l.Addr().String(), "public_url", cfg.PublicURL, "store", backendName(cfg),
		"node", srv.Hub().Node(), "nats", cfg.NATSURL != "")
	fmt.Fprintf(out, "Village is running at %s\n", cfg.PublicURL)
	return srv.Serve(ctx, l)
}

func backendName(cfg Config) string {
	if cfg.MongoURI != "" {
		return "mongodb"
	}
	return "embedded"
}

// bootstrap makes the configured administrator and seeds the demo village.
func (s *Server) bootstrap(ctx context.Context, out io.Writer) error {
	if s.cfg.AdminEmail != "" {
		p, created, err := s.accounts.CreateAdmin(ctx, s.cfg.AdminEmail, s.cfg.AdminPassword, "")
		if err != nil {
			return fmt.Errorf("admin account: %w", err)
		}
		s.log.Info("secretariat account ready", "email", p.Email, "created", created)
	}
	if !s.cfg.Demo {
		return nil
	}
	start := time.Now()
	res, err := seed.Village(ctx, s.store, seed.Options{Participants: s.cfg.DemoParticipants})
	if err != nil {
		return fmt.Errorf("seeding the demo village: %w", err)
	}
	if !res.AlreadySeeded {
		s.log.Info("demo village seeded", "organisations", res.Organisations, "booths", res.Booths, "slots", res.Slots, "sessions", res.Sessions, "meetings", res.Meetings, "staff", res.Staff,
			"participants", res.Participants, "took", time.Since(start).Round(time.Millisecond))
	} else if res.Booths > 0 || res.Slots > 0 || res.Sessions > 0 || res.Meetings > 0 {
		s.log.Info("demo booths, slots, sessions or meetings seeded", "booths", res.Booths, "slots", res.Slots, "sessions", res.Sessions,
			"meetings", res.Meetings)
	}
	br, created, err := seed.DemoBreak(ctx, s.store, s.now())
	if err != nil {
		return err
	}
	if created {
		s.log.Info("demo coffee break scheduled", "break", br.ID, "starts_at", br.StartsAt)
	}
	fmt.Fprintf(out, "Demo coffee break: %q, from %s (its room opens 5 minutes before)\n", br.Title, br.StartsAt.Format(time.RFC3339))
	fmt.Fprintf(out, "Demo logins (password %q):\n", seed.DemoPassword)
	for _, l := range res.Logins {
		who := l.Role
		if l.Organisation != "" {
			who += ", " + l.Organisation
		}
		fmt.Fprintf(out, "  %-45s %s\n", l.Email, who)
	}
	return nil
}

// ObserveStore feeds store operation latencies to Prometheus.
func (m *Metrics) ObserveStore(op string, d time.Duration, err error) {
	outcome := "ok"
	switch {
	case errors.Is(err, store.ErrNotFound):
		outcome = "not_found"
	case errors.Is(err, store.ErrDuplicate):
		outcome = "duplicate"
	case err != nil:
		outcome = "error"
	}
	m.storeOps.WithLabelValues(op, outcome).Observe(d.Seconds())
}
