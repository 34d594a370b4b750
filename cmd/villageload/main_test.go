package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/seed"
	"github.com/igf-village/village/server"
	"github.com/igf-village/village/testkit"
)

func TestHistogram(t *testing.T) {
	var h histogram
	for i := 1; i <= 1000; i++ {
		h.record(time.Duration(i) * time.Millisecond)
	}
	for _, tc := range []struct {
		q    float64
		want time.Duration
	}{{.5, 500 * time.Millisecond}, {.9, 900 * time.Millisecond}, {.95, 950 * time.Millisecond}, {.99, 990 * time.Millisecond}} {
		got := h.quantile(tc.q)
		if diff := float64(got-tc.want) / float64(tc.want); diff < -0.02 || diff > 0.02 {
			t.Errorf("quantile %.2f = %v, want %v within 2%%", tc.q, got, tc.want)
		}
	}
	if s := h.summary(); s.Count != 1000 || s.Max != 1000 || s.P90 < 882 || s.P90 > 918 {
		t.Errorf("summary %+v", s)
	}
	for _, us := range []int64{0, 1, 63, 64, 65, 127, 128, 1000, 123456, 1 << 40} {
		mid := bucketMid(bucketOf(us))
		if us >= 64 && us < 1<<40 && (mid < float64(us)*0.98 || mid > float64(us)*1.02) {
			t.Errorf("bucket of %d has middle %.0f", us, mid)
		}
	}
}

// TestFrameParsing reads frames as the hub encodes them: the tool finds
// fields by position, so a change in protocol.Envelope's field order shows here.
func TestFrameParsing(t *testing.T) {
	enc := func(env protocol.Envelope) []byte {
		b, err := json.Marshal(env)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	msg, _ := json.Marshal(protocol.Message{Room: "load:3", Seq: 7, From: protocol.Member{ID: "p-1", Name: "Ann"}, Text: "t=1700000000123456789 load"})
	chat := enc(protocol.Envelope{Type: protocol.TypeMessage, Room: "load:3", Seq: 7, Payload: msg})
	if frameType(chat) != protocol.TypeMessage {
		t.Fatalf("type of %s", chat)
	}
	if at, ok := sentAt(chat); !ok || at != 1700000000123456789 {
		t.Fatalf("sentAt = %d, %v", at, ok)
	}
	reply := enc(protocol.Envelope{Type: protocol.TypeReply, ID: "s12.1700000000000000001", Payload: json.RawMessage(`{"seq":3}`)})
	if frameType(reply) != protocol.TypeReply || frameID(reply) != "s12.1700000000000000001" {
		t.Fatalf("reply %s: type %q id %q", reply, frameType(reply), frameID(reply))
	}
	if n, at, ok := parseDotID(frameID(reply)); !ok || n != 12 || at != 1700000000000000001 {
		t.Fatalf("parseDotID = %d %d %v", n, at, ok)
	}
	refusal := enc(protocol.Envelope{Type: protocol.TypeError, ID: "j4.99", Error: &protocol.ErrorBody{Code: "not_found", Message: "no such room"}})
	if frameType(refusal) != protocol.TypeError || frameID(refusal) != "j4.99" || errorCode(refusal) != "not_found" {
		t.Fatalf("error %s", refusal)
	}
	delta := enc(protocol.Envelope{Type: protocol.TypePresenceDelta, Room: "lobby", Payload: json.RawMessage(`{"count":1}`)})
	if frameType(delta) != protocol.TypePresenceDelta || frameID(delta) != "" {
		t.Fatalf("delta %s", delta)
	}
	if _, _, ok := parseDotID("l"); ok {
		t.Fatal("parseDotID accepted l")
	}
}

func TestParseFlags(t *testing.T) {
	parse := func(args ...string) (config, error) { return parseFlags(args, io.Discard) }

	c, err := parse("-scenario", "many-rooms", "-users", "500")
	if err != nil {
		t.Fatal(err)
	}
	if c.users != 500 || len(c.roomNames) != 50 || c.roomNames[49] != "load:49" || c.ratePerRoom() != 10 || c.duration != 30*time.Second {
		t.Fatalf("many-rooms with 500 users: %d users, %d rooms, %v/s, %v", c.users, len(c.roomNames), c.ratePerRoom(), c.duration)
	}
	if c.wsURL != "ws://127.0.0.1:8080/ws" {
		t.Fatalf("ws url %q", c.wsURL)
	}

	c, err = parse("-scenario", "big-room", "-duration", "5s")
	if err != nil {
		t.Fatal(err)
	}
	if c.users != 5000 || !slices.Equal(c.roomNames, []string{"lobby"}) || c.ratePerRoom() != 20 || c.duration != 5*time.Second {
		t.Fatalf("big-room: %d users, rooms %v, %v/s, %v", c.users, c.roomNames, c.ratePerRoom(), c.duration)
	}

	c, err = parse("-scenario", "join-storm")
	if err != nil || c.users != 1000 || c.ramp != 100 || c.ratePerRoom() != 0 {
		t.Fatalf("join-storm: %+v, %v", c, err)
	}
	c, err = parse("-scenario", "hold", "-users", "10")
	if err != nil || c.users != 10 || len(c.roomNames) != 0 || c.heartbeat == 0 {
		t.Fatalf("hold: %+v, %v", c, err)
	}
	c, err = parse("-scenario", "booths", "-mint-secret", testSecret)
	if err != nil || c.users != 5000 || c.visitors != 300 || !slices.Equal(c.roomNames, []string{"lobby"}) || c.ratePerRoom() != 2 ||
		c.staffedBooths != DefaultStaffedBooths || c.staffPerBooth != DefaultStaffPerBooth {
		t.Fatalf("booths: %+v, %v", c, err)
	}
	c, err = parse("-scenario", "break", "-mint-secret", testSecret)
	if err != nil || c.users != 6000 || len(c.roomNames) != 0 || c.breakMinutes != 30 || c.roundMinutes != 10 ||
		c.chatLines != DefaultChatLines || c.tableSize != 0 {
		t.Fatalf("break: %+v, %v", c, err)
	}
	c, err = parse("-rooms-mode", "list", "-room-list", "lobby, load:a", "-rate-total", "4")
	if err != nil || !slices.Equal(c.roomNames, []string{"lobby", "load:a"}) || c.ratePerRoom() != 2 {
		t.Fatalf("list: %v %v, %v", c.roomNames, c.ratePerRoom(), err)
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-url", "http://10.1.2.3:8080"}, "not a loopback"},
		{[]string{"-url", "ftp://127.0.0.1"}, "url:"},
		{[]string{"-users", "0"}, "users:"},
		{[]string{"-scenario", "stampede"}, "scenario:"},
		{[]string{"-rooms", "3", "-room-pattern", "load"}, "room-pattern:"},
		{[]string{"-duration", "3h"}, "duration:"},
		{[]string{"-scenario", "booths"}, "give -mint-secret"},
		{[]string{"-visitors", "5", "-mint-secret", testSecret, "-knock-fraction", "2"}, "knock-fraction:"},
		{[]string{"-visitors", "5", "-mint-secret", testSecret, "-staff-per-booth", "0"}, "staff-per-booth:"},
		{[]string{"-visitors", "5", "-mint-secret", testSecret, "-patience", "0s"}, "patience"},
		{[]string{"-scenario", "break"}, "give -mint-secret"},
		{[]string{"-scenario", "break", "-mint-secret", testSecret, "-round-minutes", "2"}, "round-minutes:"},
		{[]string{"-scenario", "break", "-mint-secret", testSecret, "-table-size", "7"}, "table-size:"},
		{[]string{"-scenario", "break", "-mint-secret", testSecret, "-chat-lines", "-1"}, "chat-lines:"},
		{[]string{"-scenario", "break", "-mint-secret", testSecret, "-break-minutes", "0"}, "break-minutes:"},
	} {
		if _, err := parse(tc.args...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want an error with %q", tc.args, err, tc.want)
		}
	}
	if _, err := parse("-url", "http://10.1.2.3:8080", "-allow-remote"); err != nil {
		t.Errorf("-allow-remote: %v", err)
	}
}

func TestParseMetricLine(t *testing.T) {
	var s serverSample
	for _, line := range []string{
		"# HELP process_resident_memory_bytes Resident memory size in bytes.",
		"process_resident_memory_bytes 1.2345678e+07",
		"village_ws_connections 42",
		`village_ws_closes_total{reason="normal"} 3`,
		"go_goroutines 17",
	} {
		parseMetricLine(&s, line)
	}
	if s.RSS != 12345678 || s.Connections != 42 || s.Goroutines != 17 {
		t.Fatalf("sample %+v", s)
	}
}

// TestRunAgainstNode runs a small load on a real node and checks that
// every message reached every member.
func TestRunAgainstNode(t *testing.T) {
	n := testkit.StartNode(t, "memory", func(c *server.Config) { c.LoadRooms = true })
	var out, errOut bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	tokenFile := t.TempDir() + "/tokens.jsonl"
	err := runLoad(ctx, []string{"-url", n.URL, "-users", "20", "-rooms", "2", "-rate", "5",
		"-duration", "2s", "-drain", "3s", "-move-every", "500ms", "-move-fraction", "0.1", "-heartbeat", "1s",
		"-token-file", tokenFile, "-json"}, &out, &errOut)
	if err != nil {
		t.Fatalf("run: %v\n%s", err, errOut.String())
	}
	var rep Report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("report: %v\n%s", err, out.String())
	}
	if rep.Connections.Connected != 20 || rep.Connections.Joined < 20 || rep.Connections.Failed != 0 {
		t.Fatalf("connections %+v", rep.Connections)
	}
	if rep.Chat.Acknowledged == 0 || rep.Chat.Received == 0 || rep.Chat.Latency.Count != uint64(rep.Chat.Received) {
		t.Fatalf("chat %+v", rep.Chat)
	}
	if k := rep.Server.Commits; k == nil || k.Count == 0 || k.MessagesPerCommit < 1 || k.Write.P99 <= 0 || k.QueuedToDelivered.P99 < k.Write.P50 {
		t.Errorf("the node's commits: %+v", k)
	}
	// 2 rooms at 5 a second, 10 members each.
	if rep.Chat.OfferedSendsPerSec != 10 || rep.Chat.OfferedDeliveriesPerSec != 100 || rep.Chat.AckedPerSecond <= 0 ||
		rep.Chat.SendLatency.Count != uint64(rep.Chat.Acknowledged) || rep.Chat.SendLatency.P90 <= 0 {
		t.Fatalf("chat figures %+v", rep.Chat)
	}
	// Moves make the expected count approximate, by the few messages sent
	// while a member was between rooms.
	if rep.Chat.Missing > rep.Chat.Expected/20 || rep.Chat.Missing < -rep.Chat.Expected/20 {
		t.Fatalf("chat: %d expected, %d received", rep.Chat.Expected, rep.Chat.Received)
	}
	if rep.Moves == 0 || rep.Pings.Answered == 0 || rep.Presence.Frames == 0 {
		t.Fatalf("moves %d, pings %+v, presence %+v", rep.Moves, rep.Pings, rep.Presence)
	}
	if !rep.Server.Connected.OK || rep.Server.Connected.Connections < 20 {
		t.Fatalf("server sample %+v", rep.Server.Connected)
	}
	// The token file is reused; expired tokens are refreshed; a smaller
	// run keeps the file whole.
	accts, err := readTokenFile(tokenFile)
	if err != nil || len(accts) != 20 {
		t.Fatalf("token file: %d accounts, %v", len(accts), err)
	}
	for i := range accts[:5] {
		accts[i].ExpiresAt = time.Now().Add(-time.Minute)
	}
	if err := writeTokenFile(tokenFile, accts); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	err = runLoad(ctx, []string{"-url", n.URL, "-users", "10", "-rooms", "0", "-duration", "200ms",
		"-token-file", tokenFile, "-json"}, &out, &errOut)
	if err != nil {
		t.Fatalf("second run: %v\n%s", err, errOut.String())
	}
	var again Report
	if err := json.Unmarshal(out.Bytes(), &again); err != nil {
		t.Fatal(err)
	}
	if again.Accounts.Reused != 5 || again.Accounts.Refreshed != 5 || again.Accounts.Registered != 0 || again.Connections.Connected != 10 {
		t.Fatalf("second run: accounts %+v, %d connected", again.Accounts, again.Connections.Connected)
	}
	if accts, _ := readTokenFile(tokenFile); len(accts) != 20 {
		t.Fatalf("token file has %d accounts after a smaller run, want 20", len(accts))
	}

	for k := range rep.Errors {
		if !strings.HasPrefix(k, "send:") {
			t.Errorf("error replies: %v", rep.Errors)
		}
	}
	if len(rep.Closes) != 0 {
		t.Fatalf("closed by the server: %v", rep.Closes)
	}
}

// testSecret is testkit's node secret (testkit.StartNode).
var testSecret = strings.Repeat("test-secret-", 4)

// TestMintTokens checks that minted tokens are what the node's own
// auth.Tokens accepts, for the person IDs asked for.
func TestMintTokens(t *testing.T) {
	until := time.Now().Add(time.Hour)
	toks, err := mintTokens(testSecret, auth.DefaultIssuer, auth.DefaultAudience, "p-%05d", 2, 3, until)
	if err != nil {
		t.Fatal(err)
	}
	verifier, err := auth.NewTokens(auth.Config{Secret: []byte(testSecret)}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, tok := range toks {
		c, err := verifier.Verify(tok)
		if err != nil {
			t.Fatalf("token %d: %v", i, err)
		}
		if want := fmt.Sprintf("p-%05d", 2+i); c.Subject != want || c.Role != "participant" {
			t.Fatalf("token %d: subject %q role %q, want %q participant", i, c.Subject, c.Role, want)
		}
		if c.Issuer != "village" || !slices.Equal(c.Audience, []string{"village"}) || c.IssuedAt == nil || c.NotBefore == nil {
			t.Fatalf("token %d: claims %+v", i, c.RegisteredClaims)
		}
		if d := c.ExpiresAt.Sub(until); d < -time.Second || d > time.Second {
			t.Fatalf("token %d expires at %v, want %v", i, c.ExpiresAt, until)
		}
	}
	other, _ := auth.NewTokens(auth.Config{Secret: []byte(strings.Repeat("another-secret-", 3))}, nil, nil)
	if _, err := other.Verify(toks[0]); err == nil {
		t.Fatal("a token minted with one secret passed with another")
	}
	if _, err := mintTokens("short", "village", "village", "p-%05d", 2, 1, until); err == nil {
		t.Fatal("minted with a secret shorter than the node accepts")
	}
	for _, args := range [][]string{
		{"-mint-secret", "short"},
		{"-mint-secret", testSecret, "-token-file", "x"},
		{"-mint-ids", "p-%s"},
		{"-mint-ids", "p-%d-%d"},
		{"-nodes", "http://127.0.0.1:1,http://10.0.0.1:2"},
		{"-url", "http://localhost:1", "-local-ips", "2"},
	} {
		if _, err := parseFlags(args, io.Discard); err == nil {
			t.Errorf("%v: accepted", args)
		}
	}
}

// TestRunMinted runs on the demo village with minted tokens, no
// registration: members spread over two URLs (the one node twice) and two
// source addresses.
func TestRunMinted(t *testing.T) {
	n := testkit.StartNode(t, "memory", func(c *server.Config) { c.LoadRooms = true })
	if _, err := seed.Village(context.Background(), n.Store, seed.Options{Participants: 30, Hash: accounts.CheapHash}); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	err := runLoad(ctx, []string{"-url", n.URL, "-nodes", n.URL + "," + n.URL, "-local-ips", "2",
		"-mint-secret", testSecret, "-mint-from", "2", "-users", "20", "-rooms", "2", "-rate", "5",
		"-duration", "1s", "-drain", "3s", "-json"}, &out, &errOut)
	if err != nil {
		t.Fatalf("run: %v\n%s", err, errOut.String())
	}
	var rep Report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("report: %v\n%s", err, out.String())
	}
	if rep.Accounts.Minted != 20 || rep.Accounts.Registered != 0 || len(rep.Nodes) != 2 {
		t.Fatalf("accounts %+v, nodes %v", rep.Accounts, rep.Nodes)
	}
	if rep.Connections.Connected != 20 || rep.Connections.Joined != 20 || rep.Chat.Received == 0 || rep.Chat.Missing != 0 {
		t.Fatalf("connections %+v, chat %+v\n%s", rep.Connections, rep.Chat, errOut.String())
	}
	// An ID the node does not know is refused.
	out.Reset()
	err = runLoad(ctx, []string{"-url", n.URL, "-mint-secret", testSecret, "-mint-ids", "nobody-%d",
		"-users", "1", "-rooms", "0", "-duration", "100ms", "-drain", "0s", "-json"}, &out, &errOut)
	if err != nil {
		t.Fatal(err)
	}
	rep = Report{}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Connections.Connected != 0 || rep.Connections.FailuresByKind["auth_unauthenticated"] != 1 {
		t.Fatalf("a token for nobody: %+v", rep.Connections)
	}
}

// TestRunBooths runs the booths scenario, small, on the demo village: a
// lobby, visitors walking between booths and knocking, staff taking the
// knocks. Every knock must reach its booth's staff, and nothing may fail.
func TestRunBooths(t *testing.T) {
	n := testkit.StartNode(t, "memory", func(*server.Config) {})
	if _, err := seed.Village(context.Background(), n.Store, seed.Options{Participants: 60, Hash: accounts.CheapHash}); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	err := runLoad(ctx, []string{"-url", n.URL, "-scenario", "booths", "-mint-secret", testSecret,
		"-users", "20", "-visitors", "20", "-staffed-booths", "3", "-staff-per-booth", "2", "-ramp", "200",
		"-knock-fraction", "1", "-booth-rate", "1", "-visit", "1500ms", "-patience", "1s",
		"-staff-think", "200ms", "-staff-talk", "300ms", "-duration", "4s", "-drain", "2s", "-json"}, &out, &errOut)
	if err != nil {
		t.Fatalf("run: %v\n%s", err, errOut.String())
	}
	var rep Report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("report: %v\n%s", err, out.String())
	}
	b := rep.Booths
	if b == nil {
		t.Fatalf("no booths in the report\n%s", out.String())
	}
	if rep.Connections.Connected != 20 || rep.Connections.Joined != 20 || rep.Chat.Received == 0 {
		t.Fatalf("lobby: connections %+v, chat %+v", rep.Connections, rep.Chat)
	}
	if b.Staffed != 3 || b.Staff != 6 || b.StaffSeated != 6 || b.Visitors != 20 || b.Connected != 26 || b.Visits < 20 {
		t.Fatalf("booths %+v\n%s", b, errOut.String())
	}
	k := b.Knocks
	if k.Asked == 0 || k.Acknowledged == 0 || k.QueueLatency.Count == 0 || k.Takes == 0 || k.Taken == 0 || k.AskLatency.Count == 0 {
		t.Fatalf("knocks %+v", k)
	}
	if k.Unseen != 0 || k.EventsDropped != 0 || k.WithdrawUnanswered != 0 {
		t.Fatalf("knocks unseen or events dropped: %+v", k)
	}
	// A booth may close at the end of an opening while the run goes on;
	// nothing else refuses a knock.
	for code := range k.AskRefused {
		if code != "booth_closed" {
			t.Errorf("knocks refused: %v", k.AskRefused)
		}
	}
	if b.Chat.Acknowledged == 0 || b.Chat.Received == 0 {
		t.Fatalf("booth chat %+v", b.Chat)
	}
	if len(rep.Errors) != 0 || len(b.Errors) != 0 || len(rep.Closes) != 0 || len(b.Closes) != 0 || b.Failed != 0 {
		t.Fatalf("errors: lobby %v, booths %v; closes %v, %v; failures %v", rep.Errors, b.Errors, rep.Closes, b.Closes, b.FailuresByKind)
	}
}

// TestRunBreak holds a short coffee break on the demo village, with
// breaks' minutes of a second: everyone shares English, so everyone is
// seated every round at a table in a language they chose, and the new
// contacts the node recorded are the pairs the tables put together.
func TestRunBreak(t *testing.T) {
	n := testkit.StartNode(t, "memory", func(c *server.Config) { c.BreakMinute = time.Second })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := seed.Village(ctx, n.Store, seed.Options{Participants: 40, Hash: accounts.CheapHash}); err != nil {
		t.Fatal(err)
	}
	// Profiles that all share English, some with a second language the
	// break offers and one it does not (de: never chosen).
	const users = 36
	k := 0
	for i := 2; k < users; i++ {
		p, err := n.Store.Person(ctx, fmt.Sprintf("p-%05d", i))
		if err != nil {
			t.Fatalf("person %d: %v", i, err)
		}
		if p.Role != accounts.RoleParticipant {
			continue
		}
		p.Languages = [][]string{{"fr", "en"}, {"en"}, {"en", "es", "de"}}[k%3]
		if err := n.Store.UpdatePerson(ctx, p); err != nil {
			t.Fatal(err)
		}
		k++
	}
	var out, errOut bytes.Buffer
	err := runLoad(ctx, []string{"-url", n.URL, "-scenario", "break", "-mint-secret", testSecret,
		"-users", strconv.Itoa(users), "-break-minutes", "6", "-round-minutes", "3", "-chat-lines", "2",
		"-break-lead", "1s", "-drain", "2s", "-json"}, &out, &errOut)
	if err != nil {
		t.Fatalf("run: %v\n%s", err, errOut.String())
	}
	var rep Report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("report: %v\n%s", err, out.String())
	}
	b := rep.Break
	if b == nil {
		t.Fatalf("no break in the report\n%s", out.String())
	}
	if b.Minute != "1s" || b.Minutes != 6 || len(b.Rounds) != 2 || b.SignedUp != users || b.InBreakRoom != users ||
		b.Chose["en"] != users || b.Chose["fr"] != users/3 || b.Chose["es"] != users/3 || b.Chose["de"] != 0 || b.ChoseTwoOrMore != 2*users/3 {
		t.Fatalf("break %+v\n%s", b, errOut.String())
	}
	for _, r := range b.Rounds {
		if r.Present != users || r.Seated != users || r.Waiting != 0 || r.Unplaced != 0 || r.TimeToSeat.Count != users ||
			r.Mismatches != 0 || r.Alone != 0 || r.Tables < users/6 || r.Server == nil || r.Server.Seated != users {
			t.Errorf("round %d: %+v", r.Round, r)
		}
		// Every line said reached everyone at its table. A node short of
		// CPU (a shared machine) may refuse a few as overload.
		if r.Chat.Sent == 0 || r.Chat.Acked+r.Chat.Refused != r.Chat.Sent || r.Chat.Refused > r.Chat.Sent/10 ||
			r.Chat.Delivered != r.Chat.Expected || r.Chat.Expected < 3*r.Chat.Acked {
			t.Errorf("round %d chat: %+v", r.Round, r.Chat)
		}
	}
	if b.NewContacts == 0 || b.NewContacts != b.Pairs || b.NewPairs != b.Pairs || b.RepeatPairs != b.Rounds[1].RepeatPairs {
		t.Errorf("contacts: %d new of kind table, %d new pairs, %d pairs seen, %d repeats", b.NewContacts, b.NewPairs, b.Pairs, b.RepeatPairs)
	}
	for code := range rep.Errors {
		if code != "chat:rate_limited" {
			t.Errorf("errors %v", rep.Errors)
		}
	}
	if len(rep.Closes) != 0 || rep.Connections.Failed != 0 {
		t.Fatalf("closes %v, failures %v", rep.Closes, rep.Connections.FailuresByKind)
	}
}

// TestBreakSchedule schedules a break as the secretariat on a node whose
// break minute is a second: its end is -break-minutes of those, and moving
// its start keeps its length and lays its rounds out again.
func TestBreakSchedule(t *testing.T) {
	n := testkit.StartNode(t, "memory", func(c *server.Config) { c.BreakMinute = time.Second })
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := seed.Village(ctx, n.Store, seed.Options{Participants: 10, Hash: accounts.CheapHash}); err != nil {
		t.Fatal(err)
	}
	cfg, err := parseFlags([]string{"-url", n.URL, "-scenario", "break", "-mint-secret", testSecret,
		"-break-minutes", "25", "-round-minutes", "10"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	toks, err := mintTokens(testSecret, auth.DefaultIssuer, auth.DefaultAudience, "p-%05d", 1, 1, time.Now().Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	b := newBreakRun(cfg, 2, nil, &restClient{base: n.URL, token: toks[0], http: http.DefaultClient}, io.Discard)
	start := time.Now().Add(time.Minute).Truncate(time.Second)
	if err := b.schedule(ctx, start); err != nil {
		t.Fatal(err)
	}
	if b.minute() != time.Second || b.brk.RoundSeconds != 10 || b.brk.Rounds != 3 || !b.brk.StartsAt.Equal(start) ||
		b.brk.EndsAt.Sub(start) != 25*time.Second || len(b.rounds) != 3 || !b.rounds[2].endsAt.Equal(b.brk.EndsAt) {
		t.Fatalf("scheduled %+v, %d rounds", b.brk, len(b.rounds))
	}
	later := start.Add(time.Minute)
	if err := b.later(ctx, later); err != nil {
		t.Fatal(err)
	}
	if !b.brk.StartsAt.Equal(later) || b.brk.EndsAt.Sub(later) != 25*time.Second || !b.rounds[0].startsAt.Equal(later) ||
		!b.rounds[1].startsAt.Equal(later.Add(10*time.Second)) {
		t.Fatalf("moved %+v, round 2 at %v", b.brk, b.rounds[1].startsAt)
	}
}
