package hub_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/igf-village/village/hub"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store/memory"
)

// crashChildEnv, set to a file's path, makes the test binary a node that
// chats into that file until it is killed (see TestCrashKeepsAcknowledged).
const crashChildEnv = "HUB_CRASH_CHILD"

func TestMain(m *testing.M) {
	if path := os.Getenv(crashChildEnv); path != "" {
		crashChild(path)
		return
	}
	os.Exit(m.Run())
}

const (
	crashRooms   = 300
	crashSenders = 600
)

// crashChild opens the embedded store at path and sends from crashSenders
// senders into crashRooms rooms, one message in flight each, writing a
// line "ack <room> <seq> <text>" to stdout, unbuffered, for every send
// acknowledged. It never returns: the parent kills it.
func crashChild(path string) {
	st, err := memory.Open(path)
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(2)
	}
	h, err := hub.New(hub.Config{}, hub.Deps{Auth: fakeAuth{}, Kinds: anyRoom, History: st})
	if err != nil {
		fmt.Println("hub:", err)
		os.Exit(2)
	}
	var out sync.Mutex
	for s := range crashSenders {
		go func() {
			room := fmt.Sprintf("table-%03d", s%crashRooms)
			from := protocol.Member{ID: fmt.Sprintf("p-%03d", s), Name: "Crash"}
			for i := 0; ; i++ {
				text := fmt.Sprintf("%s-%d", from.ID, i)
				seq, err := h.SendForBench(context.Background(), room, from, text)
				if err != nil {
					continue
				}
				out.Lock()
				fmt.Fprintf(os.Stdout, "ack %s %d %s\n", room, seq, text)
				out.Unlock()
			}
		}()
	}
	select {}
}

// TestCrashKeepsAcknowledged kills a node (SIGKILL, no shutdown) while
// hundreds of rooms chat through it, then opens its store again: every
// message whose send was acknowledged is there, under the seq it was
// acknowledged with, and every room's seqs run from 1 without a gap, so a
// client that resumes from the last seq it saw misses nothing.
func TestCrashKeepsAcknowledged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v.db")
	child := exec.Command(os.Args[0], "-test.run=^$")
	child.Env = append(os.Environ(), crashChildEnv+"="+path)
	stdout, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = child.Process.Kill() }) // should the test stop early
	type ack struct{ room, text string }
	acked := map[ack]uint64{}
	lines := bufio.NewScanner(stdout)
	deadline := time.Now().Add(20 * time.Second)
	for len(acked) < 5000 && time.Now().Before(deadline) && lines.Scan() {
		f := strings.Fields(lines.Text())
		if len(f) != 4 || f[0] != "ack" {
			t.Fatalf("the node says %q", lines.Text())
		}
		var seq uint64
		fmt.Sscan(f[2], &seq)
		acked[ack{f[1], f[3]}] = seq
	}
	if err := child.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	for lines.Scan() { // acknowledged before it died: in the pipe still
		if f := strings.Fields(lines.Text()); len(f) == 4 && f[0] == "ack" {
			var seq uint64
			fmt.Sscan(f[2], &seq)
			acked[ack{f[1], f[3]}] = seq
		}
	}
	_ = child.Wait()
	if len(acked) < 1000 {
		t.Fatalf("only %d sends acknowledged before the kill", len(acked))
	}

	st, err := memory.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := t.Context()
	stored := map[ack]uint64{}
	total := 0
	for r := range crashRooms {
		room := fmt.Sprintf("table-%03d", r)
		msgs, err := st.MessagesAfter(ctx, room, 0, 1<<30)
		if err != nil {
			t.Fatal(err)
		}
		for i, m := range msgs {
			if m.Seq != uint64(i+1) {
				t.Fatalf("%s: seq %d at position %d: a gap", room, m.Seq, i+1)
			}
			stored[ack{room, m.Text}] = m.Seq
		}
		total += len(msgs)
	}
	missing := 0
	for a, seq := range acked {
		if got, ok := stored[a]; !ok || got != seq {
			missing++
			if missing <= 5 {
				t.Errorf("acknowledged %s %q as seq %d; the store has seq %d (%v)", a.room, a.text, seq, got, ok)
			}
		}
	}
	if missing > 0 {
		t.Errorf("%d of %d acknowledged messages are not stored as acknowledged", missing, len(acked))
	}
	t.Logf("%d sends acknowledged before the kill, %d messages stored", len(acked), total)
}
