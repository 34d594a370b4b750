package main

import (
	"bytes"
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/server"
)

// env returns a getenv over a fixed map, so tests never read the machine's.
func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestCommands(t *testing.T) {
	dir := t.TempDir()
	vars := env(map[string]string{"VILLAGE_DATA_DIR": dir, "VILLAGE_DEMO_PARTICIPANTS": "20"})
	cases := []struct {
		name    string
		args    []string
		out     string // a part of stdout
		errPart string // a part of the error; empty for success
	}{
		{"version", []string{"version"}, "village dev", ""},
		{"unknown command", []string{"dance"}, "", `unknown command "dance"`},
		{"admin without create", []string{"admin"}, "", "usage: village admin create"},
		{"admin without password", []string{"admin", "create", "-email", "a@igf.example"}, "", "needs -email and -password"},
		{"admin bad e-mail", []string{"admin", "create", "-email", "nope", "-password", "long enough pw"}, "", "email"},
		{"admin create", []string{"admin", "create", "-email", "Chair@IGF.example", "-password", "long enough pw"}, "created secretariat account chair@igf.example", ""},
		{"admin again", []string{"admin", "create", "-email", "chair@igf.example", "-password", "long enough pw"}, "chair@igf.example is a secretariat account", ""},
		{"seed", []string{"seed"}, "seeded 71 organisations", ""},
		{"seed again", []string{"seed"}, "already seeded; nothing written", ""},
		{"unknown flag", []string{"serve", "-bogus"}, "", "flag provided but not defined"},
		{"stray argument", []string{"seed", "now"}, "", "unexpected arguments: now"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := run(t.Context(), tc.args, &out, &errOut, vars)
			switch {
			case tc.errPart == "" && err != nil:
				t.Fatalf("error %v; stderr %s", err, errOut.String())
			case tc.errPart != "" && (err == nil || !strings.Contains(err.Error(), tc.errPart)):
				t.Fatalf("error %v, want one containing %q", err, tc.errPart)
			case !strings.Contains(out.String(), tc.out):
				t.Fatalf("stdout %q lacks %q", out.String(), tc.out)
			}
		})
	}
}

// TestServeAndShutdown starts a node as `village serve` does, checks it with
// `village healthcheck`, then cancels it like SIGTERM and checks that it
// closed its store: the same data directory opens again at once.
func TestServeAndShutdown(t *testing.T) {
	dir := t.TempDir()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	vars := env(map[string]string{
		"VILLAGE_DATA_DIR": dir, "VILLAGE_ADDR": addr, "VILLAGE_DEMO": "true", "VILLAGE_DEMO_PARTICIPANTS": "10",
		"VILLAGE_LOG_LEVEL": "warn", "VILLAGE_ADMIN_EMAIL": "boss@igf.example", "VILLAGE_ADMIN_PASSWORD": "long enough pw",
	})
	ctx, cancel := context.WithCancel(t.Context())
	var out, errOut bytes.Buffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, nil, &out, &errOut, vars) }()

	deadline := time.Now().Add(30 * time.Second)
	for run(t.Context(), []string{"healthcheck"}, &bytes.Buffer{}, &bytes.Buffer{}, vars) != nil {
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("the node never became healthy: %v %s", <-done, errOut.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("serve returned %v", err)
	}
	// No VILLAGE_PUBLIC_URL: the banner (and invite links) use the listen
	// address.
	for _, want := range []string{"Village is running at http://" + addr + "\n", "secretariat@village.example", "village-demo-2020"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the banner lacks %q:\n%s", want, out.String())
		}
	}
	if err := run(t.Context(), []string{"healthcheck"}, &bytes.Buffer{}, &bytes.Buffer{}, vars); err == nil {
		t.Fatal("healthcheck passed after shutdown")
	}
	cfg := server.DefaultConfig()
	cfg.DataDir = dir
	st, err := server.OpenStore(t.Context(), cfg, nil)
	if err != nil {
		t.Fatalf("the store was not closed cleanly: %v", err)
	}
	defer st.Close()
	p, err := st.PersonByEmail(t.Context(), "boss@igf.example")
	if err != nil || p.Role != accounts.RoleSecretariat {
		t.Fatalf("the configured admin: %v, %v", p, err)
	}
}
