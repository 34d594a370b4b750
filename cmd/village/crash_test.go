package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/client/live"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/server"
)

// crashNodeEnv, set, makes the test binary a node: `village serve` with
// the VILLAGE_* variables its parent gave it (see TestCrashNodeResume).
const crashNodeEnv = "VILLAGE_TEST_CRASH_NODE"

func TestMain(m *testing.M) {
	if os.Getenv(crashNodeEnv) != "" {
		// As main does; the test ends the second node with SIGTERM, and
		// the first with SIGKILL, which no process sees.
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		err := run(ctx, []string{"serve"}, os.Stdout, os.Stderr, os.Getenv)
		stop()
		if err != nil {
			fmt.Fprintln(os.Stderr, "village:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// The load: crashClients people, each in crashRoomsEach of crashClients
// load rooms (so every room has crashRoomsEach senders), each sending
// into its rooms in turn, one message in flight, until the node dies
// after crashKillAfter acknowledgements. Beside them crashObservers
// people, one in each room, only read, and lose their connections after
// crashCutAfter acknowledgements: they resume after the restart with much
// to catch up on.
const (
	crashClients   = 100
	crashRoomsEach = 5
	crashObservers = crashClients / crashRoomsEach
	crashKillAfter = 1500
	crashCutAfter  = crashKillAfter / 3
	crashSecret    = "crash-test-secret-crash-test-secret"
)

// TestCrashNodeResume kills a node (SIGKILL: no shutdown, no flush) while
// a hundred clients chat over WebSockets in a hundred rooms, starts it
// again on the same data directory, and checks the durability promise of
// docs/protocol.md §8 as clients see it: every acknowledged message is in
// its room's history under the seq it was acknowledged with; every message
// a client saw live is there too; each client, rejoining each room from
// the last seq it saw, then sees every message after it, each once; and a
// message whose send was never answered, sent again with its client_id,
// lands once (as does an acknowledged one sent again).
func TestCrashNodeResume(t *testing.T) {
	start := time.Now()
	report := &errorReport{t: t, max: 10}
	defer report.close()
	dir := t.TempDir()
	env := []string{
		crashNodeEnv + "=1",
		"VILLAGE_DATA_DIR=" + dir, "VILLAGE_ADDR=127.0.0.1:0", "VILLAGE_JWT_SECRET=" + crashSecret,
		"VILLAGE_LOAD_ROOMS=true", "VILLAGE_LOG_LEVEL=warn",
	}
	tokens := crashPeople(t, dir)
	first := startChildNode(t, env)
	t.Logf("the node started in %v", time.Since(start).Round(time.Millisecond))

	clients := make([]*crashClient, crashClients+crashObservers)
	senders, observers := clients[:crashClients], clients[crashClients:]
	var wg sync.WaitGroup
	for i := range clients {
		c := &crashClient{id: i, token: tokens[i], seen: map[string][]protocol.Message{}, changed: make(chan struct{}, 1)}
		for k := range crashRoomsEach {
			if i < crashClients {
				c.rooms = append(c.rooms, crashRoom((i+k)%crashClients))
			} else {
				c.rooms = append(c.rooms, crashRoom((i-crashClients)*crashRoomsEach+k))
			}
		}
		clients[i] = c
		wg.Add(1)
		go func() {
			defer wg.Done()
			clients[i].connect(t, first.url)
		}()
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	t.Logf("%d clients joined %d rooms each in %v", len(clients), crashRoomsEach, time.Since(start).Round(time.Millisecond))
	t.Cleanup(func() {
		for _, c := range clients {
			if c.c != nil {
				c.c.Close()
			}
		}
	})

	// Chat until crashKillAfter sends are acknowledged, then kill the node
	// with sends in flight.
	var (
		amu     sync.Mutex
		acked   []crashSent
		pending []crashSent
		killed  atomic.Bool // from now on a send may fail
		third   = make(chan struct{})
		enough  = make(chan struct{})
		cutOnce sync.Once
		once    sync.Once
	)
	t.Cleanup(func() { killed.Store(true) }) // should the test stop early
	loadStart := time.Now()
	for _, c := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; ; n++ {
				s := crashSent{client: c.id, room: c.rooms[n%len(c.rooms)], clientID: fmt.Sprintf("c%03d-%d", c.id, n),
					text: fmt.Sprintf("message %d of client %d", n, c.id)}
				seq, err := c.c.SendID(context.Background(), s.room, s.clientID, s.text)
				amu.Lock()
				if err != nil {
					pending = append(pending, s)
					amu.Unlock()
					if !killed.Load() {
						report.Errorf("client %d: a send failed before the kill: %v", c.id, err)
					}
					return
				}
				s.seq = seq
				acked = append(acked, s)
				if len(acked) >= crashCutAfter {
					cutOnce.Do(func() { close(third) })
				}
				if len(acked) >= crashKillAfter {
					once.Do(func() { close(enough) })
				}
				amu.Unlock()
			}
		}()
	}
	select {
	case <-third:
	case <-time.After(30 * time.Second):
		t.Fatalf("only %d sends acknowledged in 30 s", crashCutAfter)
	}
	for _, c := range observers {
		c.cut()
	}
	select {
	case <-enough:
	case <-time.After(30 * time.Second):
		amu.Lock()
		n := len(acked)
		amu.Unlock()
		t.Fatalf("only %d sends acknowledged in 30 s", n)
	}
	killed.Store(true)
	first.kill(t)
	wg.Wait() // every sender ends with the send the kill cut off
	amu.Lock()
	t.Logf("%d sends acknowledged in %v, %d unanswered at the kill",
		len(acked), time.Since(loadStart).Round(time.Millisecond), len(pending))
	amu.Unlock()
	for _, c := range clients {
		select {
		case <-c.c.Closed():
		case <-time.After(10 * time.Second):
			t.Fatalf("client %d did not see its connection end", c.id)
		}
	}

	// What each client had seen of each room when the node died: its
	// events, once they have all been read, and its view's last seq, from
	// which Reconnect rejoins.
	type clientRoom struct {
		client int
		room   string
	}
	since := map[clientRoom]uint64{}
	seenLive := 0
	deadline := time.Now().Add(10 * time.Second)
	for _, c := range clients {
		for _, r := range c.rooms {
			last := c.c.LastSeq(r)
			since[clientRoom{c.id, r}] = last
			if seen := c.waitSeen(r, int(last), deadline); len(seen) != int(last) {
				report.Errorf("client %d saw %d messages of %s, but its view's last seq is %d", c.id, len(seen), r, last)
			}
			seenLive += int(last)
		}
	}
	t.Logf("the clients had seen %d messages live (counting each room's members)", seenLive)

	restart := time.Now()
	second := startChildNode(t, env)
	t.Logf("the node started again in %v", time.Since(restart).Round(time.Millisecond))
	for _, c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Reconnect joins every room again from the client's last seq.
			if err := c.c.Reconnect(t.Context(), live.URL(second.url), ""); err != nil {
				t.Errorf("client %d: reconnect: %v", c.id, err)
			}
		}()
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	t.Logf("the clients rejoined in %v", time.Since(restart).Round(time.Millisecond))

	// Which unanswered sends the node stored before it died: sent again,
	// each must get the seq it was stored under.
	storedUnanswered := 0
	for r := range crashClients {
		room := crashRoom(r)
		byID := map[string]uint64{}
		for _, m := range readHistory(t, clients[r].c, room) {
			byID[m.ClientID] = m.Seq
		}
		for i := range pending {
			if pending[i].room == room {
				if seq, ok := byID[pending[i].clientID]; ok {
					pending[i].seq = seq
					storedUnanswered++
				}
			}
		}
	}
	t.Logf("%d of the %d unanswered sends had been stored", storedUnanswered, len(pending))

	// Send the unanswered messages again under their client IDs, and one
	// acknowledged message of each room: each must land once.
	resent := make([]crashSent, 0, len(pending)+crashClients)
	resent = append(resent, pending...)
	lastOfRoom := map[string]crashSent{}
	for _, s := range acked {
		if s.seq > lastOfRoom[s.room].seq {
			lastOfRoom[s.room] = s
		}
	}
	for _, s := range lastOfRoom {
		resent = append(resent, s)
	}
	for i := range resent {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := &resent[i]
			seq, err := clients[s.client].c.SendID(t.Context(), s.room, s.clientID, s.text)
			switch {
			case err != nil:
				report.Errorf("client %d: sending %q again: %v", s.client, s.text, err)
			case s.seq != 0 && seq != s.seq:
				report.Errorf("client %d: %q, stored as seq %d before the kill, is seq %d when sent again", s.client, s.text, s.seq, seq)
			}
			s.seq = seq
		}()
	}
	wg.Wait()

	// Every room's history: seqs from 1 without a gap, every acknowledged
	// message at its seq, every message sent again at the seq its second
	// send was given, and nothing twice.
	want := map[string]map[uint64]crashSent{} // room → seq → message
	for _, list := range [][]crashSent{acked, resent} {
		for _, s := range list {
			if want[s.room] == nil {
				want[s.room] = map[uint64]crashSent{}
			}
			if other, ok := want[s.room][s.seq]; ok && other.clientID != s.clientID {
				report.Errorf("%s seq %d was acknowledged for both %q and %q", s.room, s.seq, other.text, s.text)
			}
			want[s.room][s.seq] = s
		}
	}
	history := map[string][]protocol.Message{}
	stored := 0
	for r := range crashClients {
		room := crashRoom(r)
		msgs := readHistory(t, clients[r].c, room)
		history[room] = msgs
		stored += len(msgs)
		for i, m := range msgs {
			if m.Seq != uint64(i+1) {
				t.Fatalf("%s: seq %d at position %d: a gap", room, m.Seq, i+1)
			}
		}
		if len(msgs) != len(want[room]) {
			report.Errorf("%s holds %d messages; %d were sent (each acknowledged, or sent again)", room, len(msgs), len(want[room]))
		}
		for seq, s := range want[room] {
			if seq == 0 || seq > uint64(len(msgs)) {
				report.Errorf("%s: %q (seq %d) is not in the history", room, s.text, seq)
				continue
			}
			if m := msgs[seq-1]; m.Text != s.text || m.ClientID != s.clientID {
				report.Errorf("%s seq %d: %q (client_id %s); it was acknowledged as %q (%s)", room, seq, m.Text, m.ClientID, s.text, s.clientID)
			}
		}
	}

	// Each client, having rejoined from where it was, has seen every
	// message of its rooms once, in seq order, as the history holds them.
	deadline = time.Now().Add(20 * time.Second)
	for _, c := range clients {
		for _, room := range c.rooms {
			msgs := history[room]
			seen := c.waitSeen(room, len(msgs), deadline)
			if len(seen) != len(msgs) {
				report.Errorf("client %d saw %d messages of %s, which holds %d", c.id, len(seen), room, len(msgs))
				continue
			}
			for i, m := range seen {
				if m.Seq != msgs[i].Seq || m.Text != msgs[i].Text {
					report.Errorf("client %d: its %dth message of %s is seq %d %q; the history has seq %d %q (it rejoined from %d)",
						c.id, i+1, room, m.Seq, m.Text, msgs[i].Seq, msgs[i].Text, since[clientRoom{c.id, room}])
					break
				}
			}
		}
	}
	caughtUp := 0
	for _, c := range observers {
		for _, room := range c.rooms {
			caughtUp += len(history[room]) - int(since[clientRoom{c.id, room}])
		}
	}
	t.Logf("the clients cut off early caught up on %d messages", caughtUp)
	if seenLive == 0 || caughtUp < crashKillAfter/3 {
		t.Errorf("the clients had seen %d messages live, and those cut off early caught up on %d: the resume was not tested", seenLive, caughtUp)
	}
	second.stop(t)
	t.Logf("%d acknowledged, %d sent again, %d stored; whole test %v", len(acked), len(resent), stored, time.Since(start).Round(time.Millisecond))
}

func crashRoom(i int) string { return fmt.Sprintf("load:crash-%03d", i) }

// crashSent is one send: acknowledged with seq, or not answered (seq 0).
type crashSent struct {
	client               int
	room, clientID, text string
	seq                  uint64
}

// crashPeople writes crashClients+crashObservers participants into the
// store in dir, before the node opens it, and signs an access token for
// each with the node's secret, as villageload's -mint-secret does: no
// sign-in, whose password hashing would cost more than the test, and no
// demo village, whose seeding would too.
func crashPeople(t *testing.T, dir string) []string {
	t.Helper()
	cfg := server.DefaultConfig()
	cfg.DataDir = dir
	st, err := server.OpenStore(t.Context(), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tokens, err := auth.NewTokens(auth.Config{Secret: []byte(crashSecret), AccessTTL: 10 * time.Minute}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC()
	out := make([]string, crashClients+crashObservers)
	for i := range out {
		p := &accounts.Person{ID: fmt.Sprintf("p-crash-%03d", i), Email: fmt.Sprintf("crash-%03d@village.example", i),
			DisplayName: fmt.Sprintf("Crash %d", i), Role: accounts.RoleParticipant, Languages: []string{"en"},
			Themes: []string{}, Tags: []string{}, TimeZone: "UTC", CreatedAt: now, UpdatedAt: now}
		if err := st.CreatePerson(t.Context(), p); err != nil {
			t.Fatal(err)
		}
		if out[i], _, err = tokens.Access(p.ID, string(p.Role), ""); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// crashClient is one person's live client and the chat it has seen, from
// its events, room by room.
type crashClient struct {
	id    int
	token string
	rooms []string
	c     *live.Client

	mu      sync.Mutex
	seen    map[string][]protocol.Message
	changed chan struct{} // buffered 1: seen grew
	tcp     net.Conn      // the connection's, for cut
}

// cut closes the client's TCP connection under it, as a network that fails
// does: the client, which does not reconnect by itself, ends.
func (c *crashClient) cut() {
	c.mu.Lock()
	defer c.mu.Unlock()
	_ = c.tcp.Close()
}

func (c *crashClient) connect(t *testing.T, url string) {
	dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
		conn, err := (&net.Dialer{}).DialContext(ctx, network, addr)
		if err == nil {
			c.mu.Lock()
			c.tcp = conn
			c.mu.Unlock()
		}
		return conn, err
	}
	cl, err := live.Dial(t.Context(), live.URL(url), c.token,
		live.WithDialer(&websocket.Dialer{NetDialContext: dial, HandshakeTimeout: live.DefaultDialTimeout}))
	if err != nil {
		t.Errorf("client %d: dial: %v", c.id, err)
		return
	}
	c.c = cl
	events := cl.Events()
	go func() {
		for ev := range events {
			if ev.Type != protocol.TypeMessage {
				continue
			}
			c.mu.Lock()
			c.seen[ev.Room] = append(c.seen[ev.Room], *ev.Message)
			c.mu.Unlock()
			select {
			case c.changed <- struct{}{}:
			default:
			}
		}
	}()
	for _, r := range c.rooms {
		if _, err := cl.Join(t.Context(), r, 0); err != nil {
			t.Errorf("client %d: join %s: %v", c.id, r, err)
			return
		}
	}
}

// waitSeen waits, until deadline at most, for the client to have seen n
// messages of room, and returns what it has seen.
func (c *crashClient) waitSeen(room string, n int, deadline time.Time) []protocol.Message {
	timer := time.NewTimer(time.Until(deadline))
	defer timer.Stop()
	for {
		c.mu.Lock()
		seen := append([]protocol.Message(nil), c.seen[room]...)
		c.mu.Unlock()
		if len(seen) >= n {
			return seen
		}
		select {
		case <-c.changed:
		case <-timer.C:
			return seen
		}
	}
}

// readHistory pages through a room's whole history.
func readHistory(t *testing.T, c *live.Client, room string) []protocol.Message {
	t.Helper()
	var out []protocol.Message
	for {
		res, err := c.History(t.Context(), room, uint64(len(out)), protocol.MaxHistoryPage)
		if err != nil {
			t.Fatalf("history of %s after %d: %v", room, len(out), err)
		}
		out = append(out, res.Messages...)
		if !res.More || len(res.Messages) == 0 {
			return out
		}
	}
}

// childNode is the test binary run as a node (crashNodeEnv).
type childNode struct {
	cmd    *exec.Cmd
	url    string
	out    *watchedBuffer
	errOut *watchedBuffer
	exited chan struct{}
	err    error // of Wait, once exited is closed
}

// startChildNode starts a node with env (besides the parent's own, minus
// its VILLAGE_* variables) and waits for its banner.
func startChildNode(t *testing.T, env []string) *childNode {
	t.Helper()
	n := &childNode{out: newWatchedBuffer(), errOut: newWatchedBuffer(), exited: make(chan struct{})}
	n.cmd = exec.Command(os.Args[0], "-test.run=^$")
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "VILLAGE_") {
			n.cmd.Env = append(n.cmd.Env, kv)
		}
	}
	n.cmd.Env = append(n.cmd.Env, env...)
	n.cmd.Stdout, n.cmd.Stderr = n.out, n.errOut
	if err := n.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		n.err = n.cmd.Wait()
		close(n.exited)
	}()
	t.Cleanup(func() {
		_ = n.cmd.Process.Kill() // should the test stop early
		<-n.exited
		if strings.Contains(n.errOut.String(), "DATA RACE") {
			t.Errorf("the node found a data race:\n%s", n.errOut.String())
		}
	})
	const banner = "Village is running at "
	deadline := time.NewTimer(60 * time.Second)
	defer deadline.Stop()
	for {
		out := n.out.String()
		if i := strings.Index(out, banner); i >= 0 {
			if url, _, ok := strings.Cut(out[i+len(banner):], "\n"); ok {
				n.url = url
				return n
			}
		}
		select {
		case <-n.out.changed:
		case <-n.exited:
			t.Fatalf("the node exited (%v) before it served:\n%s", n.err, n.errOut.String())
		case <-deadline.C:
			t.Fatalf("the node did not start in 60 s:\n%s", n.errOut.String())
		}
	}
}

// kill ends the node with SIGKILL: no shutdown, nothing flushed.
func (n *childNode) kill(t *testing.T) {
	t.Helper()
	if err := n.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-n.exited
}

// stop ends the node as an operator does (SIGTERM) and checks it shut
// down cleanly.
func (n *childNode) stop(t *testing.T) {
	t.Helper()
	if err := n.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-n.exited:
		if n.err != nil {
			t.Errorf("the node's shutdown: %v\n%s", n.err, n.errOut.String())
		}
	case <-time.After(30 * time.Second):
		t.Errorf("the node did not shut down in 30 s")
	}
}

// watchedBuffer is a child's output, with a signal on each write.
type watchedBuffer struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	changed chan struct{} // buffered 1
}

func newWatchedBuffer() *watchedBuffer { return &watchedBuffer{changed: make(chan struct{}, 1)} }

func (w *watchedBuffer) Write(p []byte) (int, error) {
	w.mu.Lock()
	n, err := w.buf.Write(p)
	w.mu.Unlock()
	select {
	case w.changed <- struct{}{}:
	default:
	}
	return n, err
}

func (w *watchedBuffer) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// errorReport reports the first max errors of a check that may find
// thousands, and counts the rest.
type errorReport struct {
	t   *testing.T
	max int

	mu sync.Mutex
	n  int
}

func (r *errorReport) Errorf(format string, args ...any) {
	r.t.Helper()
	r.mu.Lock()
	r.n++
	n := r.n
	r.mu.Unlock()
	if n <= r.max {
		r.t.Errorf(format, args...)
	}
}

func (r *errorReport) close() {
	if r.n > r.max {
		r.t.Errorf("and %d more errors", r.n-r.max)
	}
}
