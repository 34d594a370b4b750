// Command villageload puts a Village node's live endpoint under load: it
// simulates participants who connect, authenticate, join rooms, chat and
// move between rooms, and reports what they saw (connections reached,
// delivery latency, drops, errors, presence traffic) and what it cost the
// node (memory per connection, from its /metrics).
//
//	villageload -scenario many-rooms -users 500 -duration 10s
//
// The booths scenario adds visitors who walk from booth to booth, chat and
// knock, and staff who take the knocks, beside a 5,000-member lobby, and
// reports how long a knock takes to reach the booth's staff (booths.go).
// The break scenario holds a coffee break by language for thousands of
// participants and reports their seating, round by round, and the new
// contacts the node recorded (breaks.go).
//
// It stops by itself after -duration and loads only a node on this
// machine's loopback unless given -allow-remote. See -help for the flags
// and the settings the node needs.
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
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := runLoad(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if errors.Is(err, flag.ErrHelp) {
		return
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "villageload:", err)
		os.Exit(1)
	}
}

func runLoad(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	// Progress goes to stderr when stdout carries JSON.
	log := stdout
	if cfg.jsonOut {
		log = stderr
	}
	rep := &Report{Scenario: cfg.scenario, Target: cfg.url, Live: cfg.wsURL, Users: cfg.users,
		Rooms: len(cfg.roomNames), RoomsMode: cfg.roomsMode, RatePerRoom: cfg.ratePerRoom(),
		Duration: cfg.duration.String(), Ramp: cfg.ramp}
	if len(cfg.roomNames) > 0 {
		rep.FirstRoom = cfg.roomNames[0]
	}
	if len(cfg.wsURLs) > 1 {
		rep.Nodes = cfg.wsURLs
	}
	rep.LocalIPs = cfg.localIPs
	rep.RateTotal = rep.RatePerRoom * float64(rep.Rooms)

	soft, hard, err := raiseFileLimit()
	if err != nil {
		fmt.Fprintf(log, "warning: could not raise the open-files limit: %v\n", err)
	}
	rep.Limits = Limits{OpenFiles: soft, OpenFilesHard: hard, LocalPorts: localPorts()}
	if cfg.scenario == "break" {
		rep.Duration = ""
		fmt.Fprintf(log, "villageload break: %d participants, a break of %d of its minutes in rounds of %d, %d lines at each table, ramp %.4g/s\n",
			cfg.users, cfg.breakMinutes, cfg.roundMinutes, cfg.chatLines, cfg.ramp)
	} else {
		fmt.Fprintf(log, "villageload %s: %d users, %d rooms (%s), %.4g msgs/s per room, %v, ramp %.4g/s\n",
			orDefault(cfg.scenario, "custom"), cfg.users, rep.Rooms, cfg.roomsMode, rep.RatePerRoom, cfg.duration, cfg.ramp)
	}
	fmt.Fprintf(log, "target %s (%s); open files limit %d (hard %d)\n", cfg.url, cfg.wsURL, soft, hard)
	if len(cfg.wsURLs) > 1 {
		fmt.Fprintf(log, "members spread over %d nodes: %s\n", len(cfg.wsURLs), strings.Join(cfg.wsURLs, ", "))
	}
	if soft > 0 && uint64(cfg.users)+64 > soft {
		fmt.Fprintf(log, "warning: %d connections need more open files than the limit of %d\n", cfg.users, soft)
	}
	// Each node address has its own ports; with -local-ips, ports are
	// taken at bind time, so each source address has its own instead.
	if p := rep.Limits.LocalPorts; p > 0 {
		spread := len(cfg.wsURLs)
		if cfg.localIPs > 0 {
			spread = cfg.localIPs
		}
		if cfg.users > p*spread {
			fmt.Fprintf(log, "warning: %d connections need more local ports than the %d available to each of %d addresses (give -local-ips)\n", cfg.users, p, spread)
		}
	}
	if r := cfg.ratePerRoom(); r > 0 && len(cfg.roomNames) > 0 {
		if per := r / (float64(cfg.users) / float64(len(cfg.roomNames))); per > 15 {
			fmt.Fprintf(log, "warning: each member would send %.1f msgs/s, near the server's limit of 20 a connection\n", per)
		}
	}

	if err := waitReady(ctx, cfg.url, cfg.wait); err != nil {
		return err
	}
	if cfg.scenario == "break" {
		return runBreakScenario(ctx, cfg, rep, log, stdout)
	}
	// The booth side's people are the demo village's: the lobby and the
	// visitors are its participants, the staff its staff.
	var vil *village
	var staffed []boothInfo
	if cfg.visitors > 0 {
		if vil, err = discoverVillage(ctx, cfg, cfg.users+cfg.visitors); err != nil {
			return err
		}
		cfg.mintFrom = vil.firstParticipant
		staffed = chooseStaffed(vil, cfg.staffedBooths)
	}
	// Bounded: registration, the ramp, the connect timeout, the run and the
	// drain, with a margin (and the booth side's ramp and connect timeout).
	rampTime := time.Duration(float64(cfg.users) / cfg.ramp * float64(time.Second))
	if vil != nil {
		rampTime += time.Duration(float64(cfg.visitors+cfg.staffedBooths*cfg.staffPerBooth)/cfg.ramp*float64(time.Second)) + cfg.connectTimeout
	}
	needUntil := time.Now().Add(rampTime + cfg.connectTimeout + cfg.duration + cfg.drain + time.Minute)
	toks, ast, err := tokens(ctx, cfg, cfg.users, needUntil, log)
	if err != nil {
		return err
	}
	rep.Accounts = ast
	if ast.Minted > 0 {
		fmt.Fprintf(log, "accounts: %d tokens minted for %s to %s in %.1fs\n", ast.Minted,
			mintID(cfg.mintIDs, cfg.mintFrom, 0), mintID(cfg.mintIDs, cfg.mintFrom, ast.Minted-1), ast.Seconds)
	} else {
		fmt.Fprintf(log, "accounts: %d reused, %d refreshed, %d registered in %.1fs\n", ast.Reused, ast.Refreshed, ast.Registered, ast.Seconds)
	}

	var b *boothRun
	if vil != nil {
		var staffIDs []string
		for _, bi := range staffed {
			ids := vil.staffOf[bi.OrganisationID]
			staffIDs = append(staffIDs, ids[:min(cfg.staffPerBooth, len(ids))]...)
		}
		staffToks, err := mintFor(cfg.mintSecret, cfg.mintIssuer, cfg.mintAudience, staffIDs, needUntil.Add(time.Minute))
		if err != nil {
			return err
		}
		visitorToks, err := mintTokens(cfg.mintSecret, cfg.mintIssuer, cfg.mintAudience, cfg.mintIDs, vil.firstParticipant+cfg.users, cfg.visitors, needUntil.Add(time.Minute))
		if err != nil {
			return err
		}
		b = newBoothRun(cfg, vil, staffed, staffIDs, staffToks, visitorToks, log)
		fmt.Fprintf(log, "booths: %d booths (%d open now); %d staffed by %d staff; %d visitors (%s on), %.4g msgs/s in each booth\n",
			len(vil.booths), b.openNow, len(staffed), len(staffIDs), cfg.visitors,
			mintID(cfg.mintIDs, vil.firstParticipant+cfg.users, 0), cfg.boothRate)
	}

	ctx, cancel := context.WithTimeout(ctx, rampTime+cfg.connectTimeout+cfg.duration+cfg.drain+time.Minute)
	defer cancel()

	r := newRun(cfg, toks, log)
	runtime.GC()
	rep.Server.Before = scrape(ctx, cfg.url)
	clientBefore := clientMemory()
	cpu0, at0 := processCPU(), time.Now()

	fmt.Fprintf(log, "connecting %d...\n", cfg.users)
	took := r.connectAll(ctx)
	rep.Connections = Connections{
		Attempted: r.c.attempted.Load(), Connected: r.c.connected.Load(), Joined: r.c.joined.Load(),
		Failed: r.c.connectFails.total(), FailuresByKind: r.c.connectFails.snapshot(), Seconds: took.Seconds(),
		ConnectLatency: r.c.connectLat.summary(), JoinLatency: r.c.joinLat.summary(),
	}
	fmt.Fprintf(log, "connected %d/%d (joined %d) in %.1fs, %d failed\n", rep.Connections.Connected, cfg.users,
		rep.Connections.Joined, took.Seconds(), rep.Connections.Failed)

	if b != nil {
		fmt.Fprintf(log, "connecting %d booth visitors and staff...\n", len(b.r.members))
		b.r.connectAll(ctx)
		seated := b.seat(cfg.connectTimeout)
		fmt.Fprintf(log, "booths: %d/%d connected, %d of %d staff in their booth's and staff rooms\n",
			b.r.c.connected.Load(), len(b.r.members), seated, len(b.staff))
	}

	time.Sleep(time.Second) // let the node's presence batches and buffers settle
	rep.Server.Connected = scrape(ctx, cfg.url)
	cpu1, at1 := processCPU(), time.Now()
	rep.Client.CPUCoresConnect = (cpu1 - cpu0).Seconds() / at1.Sub(at0).Seconds()
	rep.Client.BytesPerConn = perConn(float64(clientMemory())-float64(clientBefore), r.c.open.Load())
	presenceAtConnect := r.c.presence.Load()

	peaks := &peakSampler{}
	peaks.observe(rep.Server.Connected)
	sctx, stopSampling := context.WithCancel(ctx)
	sampling := make(chan struct{})
	go func() { peaks.run(sctx, cfg.url, cfg.sample); close(sampling) }()

	fmt.Fprintf(log, "running for %v...\n", cfg.duration)
	chatStart := time.Now()
	cctx, stopChat := context.WithTimeout(ctx, cfg.duration)
	var booths sync.WaitGroup
	if b != nil {
		booths.Add(1)
		go func() { defer booths.Done(); b.run(cctx) }()
	}
	r.chat(cctx)
	<-cctx.Done()
	booths.Wait()
	stopChat()
	chatFor := time.Since(chatStart)
	if b != nil {
		booths.Add(1)
		go func() { defer booths.Done(); b.r.drain(cfg.drain) }()
	}
	r.drain(cfg.drain)
	booths.Wait()
	stopSampling()
	<-sampling
	rep.Server.End = scrape(context.Background(), cfg.url)
	rep.Client.CPUCoresRun = (processCPU() - cpu1).Seconds() / time.Since(at1).Seconds()
	peaks.observe(rep.Server.End)
	rep.Server.Peak = peaks.peak
	rep.Connections.PeakOpen = r.c.peakOpen.Load()
	rep.Connections.OpenAtEnd = r.c.open.Load()

	rep.fill(r, chatFor, presenceAtConnect)
	r.closeAll()
	if b != nil {
		rep.Booths = b.report(chatFor, len(vil.booths))
		b.r.closeAll()
	}

	if cfg.jsonOut {
		return rep.writeJSON(stdout)
	}
	rep.print(stdout)
	if rep.Connections.Connected == 0 {
		return errors.New("no connection was made")
	}
	return nil
}

// waitReady waits for the node's /healthz, up to d.
func waitReady(ctx context.Context, base string, d time.Duration) error {
	deadline := time.Now().Add(d)
	var last error
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/healthz", nil)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
			err = fmt.Errorf("/healthz answered %s", resp.Status)
		}
		last = err
		if time.Now().After(deadline) || ctx.Err() != nil {
			return fmt.Errorf("the node at %s is not ready: %v", base, last)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

func perConn(bytes float64, conns int64) float64 {
	if conns <= 0 {
		return 0
	}
	return bytes / float64(conns)
}
