package server

import (
	"flag"
	"io"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/store/memory"
)

func parseConfig(t *testing.T, vars map[string]string, args ...string) (Config, error) {
	t.Helper()
	cfg := DefaultConfig()
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if err := cfg.FlagSet(fs, func(k string) string { return vars[k] }); err != nil {
		return cfg, err
	}
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	return cfg, cfg.Validate()
}

func TestConfigPrecedence(t *testing.T) {
	cfg, err := parseConfig(t, map[string]string{"VILLAGE_ADDR": ":9000", "VILLAGE_ACCESS_TTL": "5m", "VILLAGE_DEMO": "true"}, "-addr", ":9100")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Addr != ":9100" || cfg.AccessTTL != 5*time.Minute || !cfg.Demo || cfg.DataDir != DefaultDataDir {
		t.Fatalf("flags over environment over defaults: %+v", cfg)
	}
	cfg, err = parseConfig(t, map[string]string{"VILLAGE_SESSION_MAX_CAPACITY": "50", "VILLAGE_SESSION_APPROVAL": "true"})
	if err != nil || cfg.SessionMaxCapacity != 50 || !cfg.SessionApproval {
		t.Fatalf("session settings from the environment: %+v, %v", cfg, err)
	}
	if d := DefaultConfig(); d.SessionMaxCapacity != 500 || d.SessionApproval {
		t.Fatalf("session defaults: %d, %v", d.SessionMaxCapacity, d.SessionApproval)
	}
	cfg, err = parseConfig(t, map[string]string{"VILLAGE_BREAK_MINUTE": "2s"})
	if err != nil || cfg.BreakMinute != 2*time.Second || DefaultConfig().BreakMinute != time.Minute {
		t.Fatalf("a break's minute: %v (default %v), %v", cfg.BreakMinute, DefaultConfig().BreakMinute, err)
	}
	// The event's days: as configured, or the two weeks from the day
	// they are asked about.
	now := time.Date(2026, 12, 6, 13, 0, 0, 0, time.UTC)
	cfg, err = parseConfig(t, map[string]string{"VILLAGE_EVENT_DAYS": "2020-11-02/2020-11-06, 2020-11-09"})
	if err != nil {
		t.Fatal(err)
	}
	days, err := cfg.eventDays()
	if err != nil || len(days(now).Days()) != 6 || days(now).Days()[0] != time.Date(2020, 11, 2, 0, 0, 0, 0, time.UTC) {
		t.Fatalf("configured event days: %v, %v", days(now).Days(), err)
	}
	def := DefaultConfig()
	days, err = def.eventDays()
	if ev := days(now).Days(); err != nil || len(ev) != DefaultRollingEventDays || !ev[0].Equal(now.Truncate(24*time.Hour)) {
		t.Fatalf("rolling event days: %v, %v", ev, err)
	}
	if d := DefaultConfig(); d.Addr != DefaultAddr || d.ShutdownTimeout != DefaultShutdownTimeout || d.LoginPerIP != DefaultLoginPerIP {
		t.Fatalf("defaults: %+v", d)
	}
}

func TestConfigRejected(t *testing.T) {
	cases := []struct {
		name string
		vars map[string]string
		args []string
		want string
	}{
		{"bad duration", map[string]string{"VILLAGE_ACCESS_TTL": "soon"}, nil, "VILLAGE_ACCESS_TTL"},
		{"bad bool", map[string]string{"VILLAGE_DEMO": "perhaps"}, nil, "VILLAGE_DEMO"},
		{"bad int", map[string]string{"VILLAGE_LOGIN_PER_IP": "many"}, nil, "VILLAGE_LOGIN_PER_IP"},
		{"short secret", nil, []string{"-jwt-secret", "short"}, "jwt-secret"},
		{"mongo without secret", nil, []string{"-mongodb-uri", "mongodb://127.0.0.1"}, "required with MongoDB"},
		{"access ttl too short", nil, []string{"-access-ttl", "10s"}, "access-ttl"},
		{"refresh grace negative", nil, []string{"-refresh-grace", "-1s"}, "refresh-grace"},
		{"refresh grace too long", nil, []string{"-refresh-grace", "2m"}, "refresh-grace"},
		{"refresh shorter than access", nil, []string{"-access-ttl", "2h", "-refresh-ttl", "1h"}, "refresh-ttl"},
		{"idp without audience", nil, []string{"-idp-jwks-url", "http://127.0.0.1/jwks", "-idp-issuer", "x"}, "idp-audience"},
		{"admin e-mail alone", nil, []string{"-admin-email", "a@b.org"}, "admin-password"},
		{"log level", nil, []string{"-log-level", "loud"}, "log-level"},
		{"log format", nil, []string{"-log-format", "xml"}, "log-format"},
		{"rate", nil, []string{"-login-per-account", "0"}, "login-per"},
		{"account total", map[string]string{"VILLAGE_LOGIN_PER_ACCOUNT_TOTAL": "0"}, nil, "login-per-account-total"},
		{"proxies", nil, []string{"-trusted-proxies", "10.0.0.0/8,nonsense"}, "trusted-proxies"},
		{"demo size", nil, []string{"-demo-participants", "0"}, "demo-participants"},
		{"no data dir", nil, []string{"-data-dir", ""}, "data-dir"},
		{"no addr", nil, []string{"-addr", ""}, "addr"},
		{"public URL without a scheme", map[string]string{"VILLAGE_PUBLIC_URL": "village.example"}, nil, "public-url"},
		{"public URL of another scheme", nil, []string{"-public-url", "ftp://village.example"}, "public-url"},
		// Participants' sessions.
		{"session capacity zero", map[string]string{"VILLAGE_SESSION_MAX_CAPACITY": "0"}, nil, "session-max-capacity"},
		{"session capacity huge", nil, []string{"-session-max-capacity", "1000000"}, "session-max-capacity"},
		{"session approval", map[string]string{"VILLAGE_SESSION_APPROVAL": "maybe"}, nil, "VILLAGE_SESSION_APPROVAL"},
		// Coffee breaks.
		{"break minute too short", nil, []string{"-break-minute", "500ms"}, "break-minute"},
		{"break minute too long", map[string]string{"VILLAGE_BREAK_MINUTE": "2m"}, nil, "break-minute"},
		// The event's days.
		{"event days not dates", map[string]string{"VILLAGE_EVENT_DAYS": "2020-11-02/next week"}, nil, "VILLAGE_EVENT_DAYS"},
		{"event days backwards", nil, []string{"-event-days", "2020-11-09/2020-11-02"}, "event-days"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseConfig(t, tc.vars, tc.args...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one naming %q", err, tc.want)
			}
		})
	}
}

// TestListenURL: the default public URL is the listen address's, with
// localhost for a node that listens on every interface, and the
// listener's port when there is one.
func TestListenURL(t *testing.T) {
	cases := []struct {
		addr string
		l    net.Addr
		want string
	}{
		{"127.0.0.1:18180", nil, "http://127.0.0.1:18180"},
		{":8080", nil, "http://localhost:8080"},
		{"0.0.0.0:8080", nil, "http://localhost:8080"},
		{"[::]:8080", nil, "http://localhost:8080"},
		{"[::1]:8080", nil, "http://[::1]:8080"},
		{"village.internal:9000", nil, "http://village.internal:9000"},
		{"localhost:8080", nil, "http://localhost:8080"},
		{"127.0.0.1:0", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 43210}, "http://127.0.0.1:43210"},
		{":0", &net.TCPAddr{IP: net.IPv6unspecified, Port: 43210}, "http://localhost:43210"},
		{":http", &net.TCPAddr{IP: net.IPv6unspecified, Port: 80}, "http://localhost:80"},
	}
	for _, tc := range cases {
		if got := ListenURL(tc.addr, tc.l); got != tc.want {
			t.Errorf("ListenURL(%q, %v) = %q, want %q", tc.addr, tc.l, got, tc.want)
		}
	}
}

// TestPublicURLDefault: with VILLAGE_ADDR alone, the server builds invite
// links on the listen address (it used to be http://localhost:8080 always);
// an explicit VILLAGE_PUBLIC_URL wins.
func TestPublicURLDefault(t *testing.T) {
	cases := []struct {
		vars map[string]string
		want string
	}{
		{map[string]string{"VILLAGE_ADDR": "127.0.0.1:18180"}, "http://127.0.0.1:18180"},
		{map[string]string{}, "http://localhost:8080"},
		{map[string]string{"VILLAGE_ADDR": "127.0.0.1:18180", "VILLAGE_PUBLIC_URL": "https://village.example"}, "https://village.example"},
	}
	for _, tc := range cases {
		cfg, err := parseConfig(t, tc.vars)
		if err != nil {
			t.Fatal(err)
		}
		st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
		if err != nil {
			t.Fatal(err)
		}
		s, err := New(cfg, Deps{Store: st, Secret: []byte(strings.Repeat("s", 32)), Hash: accounts.CheapHash})
		if err != nil {
			t.Fatal(err)
		}
		if s.cfg.PublicURL != tc.want {
			t.Errorf("%v: public URL %q, want %q", tc.vars, s.cfg.PublicURL, tc.want)
		}
		if o := s.cfg.origins(); len(o) == 0 || o[0] != tc.want {
			t.Errorf("%v: allowed origins %v, want %q first", tc.vars, o, tc.want)
		}
		s.Close()
		st.Close()
	}
}
