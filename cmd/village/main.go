// Command village runs a Village node and its administrative tasks.
//
//	village [serve]        start a node (the default)
//	village admin create   make or promote a secretariat account
//	village seed           write the demo village into the configured store
//	village healthcheck    exit 0 if the local node answers /healthz (for Docker)
//	village version
//
// Every command reads the same flags and VILLAGE_* variables; see
// docs/configuration.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	// The IANA zone database inside the binary: profiles name zones, and a
	// minimal container image has none.
	_ "time/tzdata"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/seed"
	"github.com/igf-village/village/server"
)

var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	if errors.Is(err, flag.ErrHelp) {
		return
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "village:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	cmd := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		cfg, _, err := parse("serve", args, stderr, getenv, nil)
		if err != nil {
			return err
		}
		return server.Run(ctx, cfg, stdout)
	case "admin":
		if len(args) == 0 || args[0] != "create" {
			return errors.New("usage: village admin create -email E -password P [-name N]")
		}
		return adminCreate(ctx, args[1:], stdout, stderr, getenv)
	case "seed":
		return seedCmd(ctx, args, stdout, stderr, getenv)
	case "healthcheck":
		return healthcheck(ctx, args, stderr, getenv)
	case "version":
		fmt.Fprintln(stdout, "village", version)
		return nil
	}
	return fmt.Errorf("unknown command %q: use serve, admin create, seed, healthcheck or version", cmd)
}

// parse reads the shared configuration and any command flags added by extra.
func parse(name string, args []string, stderr io.Writer, getenv func(string) string, extra func(*flag.FlagSet)) (server.Config, *flag.FlagSet, error) {
	cfg := server.DefaultConfig()
	fs := flag.NewFlagSet("village "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := cfg.FlagSet(fs, getenv); err != nil {
		return cfg, fs, err
	}
	if extra != nil {
		extra(fs)
	}
	if err := fs.Parse(args); err != nil {
		return cfg, fs, err
	}
	if fs.NArg() > 0 {
		return cfg, fs, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	return cfg, fs, cfg.Validate()
}

func adminCreate(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	var email, password, name string
	cfg, _, err := parse("admin create", args, stderr, getenv, func(fs *flag.FlagSet) {
		fs.StringVar(&email, "email", "", "e-mail of the secretariat account")
		fs.StringVar(&password, "password", "", "its password, when the account is new")
		fs.StringVar(&name, "name", "", "its display name, when the account is new")
	})
	if err != nil {
		return err
	}
	if email == "" || password == "" {
		return errors.New("admin create needs -email and -password")
	}
	st, err := server.OpenStore(ctx, cfg, nil)
	if err != nil {
		return err
	}
	defer st.Close()
	p, created, err := accounts.NewService(st).CreateAdmin(ctx, email, password, name)
	if err != nil {
		return err
	}
	if created {
		fmt.Fprintf(stdout, "created secretariat account %s (%s)\n", p.Email, p.ID)
	} else {
		fmt.Fprintf(stdout, "%s is a secretariat account\n", p.Email)
	}
	return nil
}

func seedCmd(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	cfg, _, err := parse("seed", args, stderr, getenv, nil)
	if err != nil {
		return err
	}
	st, err := server.OpenStore(ctx, cfg, nil)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := seed.Village(ctx, st, seed.Options{Participants: cfg.DemoParticipants})
	if err != nil {
		return err
	}
	if res.AlreadySeeded {
		fmt.Fprintln(stdout, "the demo village was already seeded; nothing written")
		return nil
	}
	fmt.Fprintf(stdout, "seeded %d organisations, %d staff, %d participants; password %q\n",
		res.Organisations, res.Staff, res.Participants, seed.DemoPassword)
	return nil
}

// healthcheck asks the local node's /healthz; Docker's HEALTHCHECK runs it
// because the image has no shell or curl.
func healthcheck(ctx context.Context, args []string, stderr io.Writer, getenv func(string) string) error {
	cfg, _, err := parse("healthcheck", args, stderr, getenv, nil)
	if err != nil {
		return err
	}
	addr := cfg.Addr
	if strings.HasPrefix(addr, ":") {
		addr = "127.0.0.1" + addr
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/healthz", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthz answered %s", resp.Status)
	}
	return nil
}
