package live

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/igf-village/village/protocol"
)

func msg(room string, seq uint64) protocol.Message {
	return protocol.Message{Room: room, Seq: seq, Text: fmt.Sprintf("m%d", seq)}
}

func seqs(ms []protocol.Message) []uint64 {
	out := make([]uint64, len(ms))
	for i, m := range ms {
		out[i] = m.Seq
	}
	return out
}

func readyView(last uint64) *roomView {
	v := newRoomView(100)
	v.join(protocol.JoinResult{Seq: last}, 0)
	return v
}

func TestViewInOrder(t *testing.T) {
	v := readyView(0)
	for s := uint64(1); s <= 3; s++ {
		if got := seqs(v.receive(msg("r", s))); !slices.Equal(got, []uint64{s}) {
			t.Fatalf("receive %d released %v", s, got)
		}
	}
	if v.last != 3 || v.gap() {
		t.Fatalf("last %d gap %v", v.last, v.gap())
	}
}

func TestViewOutOfOrderWaitsForTheGap(t *testing.T) {
	v := readyView(10)
	if got := v.receive(msg("r", 13)); got != nil {
		t.Fatalf("13 after 10 released %v", seqs(got))
	}
	if got := v.receive(msg("r", 12)); got != nil {
		t.Fatalf("12 after 10 released %v", seqs(got))
	}
	if !v.gap() || v.head != 13 {
		t.Fatalf("gap %v head %d, want a gap up to 13", v.gap(), v.head)
	}
	if got := seqs(v.receive(msg("r", 11))); !slices.Equal(got, []uint64{11, 12, 13}) {
		t.Fatalf("11 released %v, want 11 12 13", got)
	}
	// Duplicates, live or from history, are dropped.
	if got := v.receive(msg("r", 12)); got != nil {
		t.Fatalf("a duplicate released %v", seqs(got))
	}
	if v.gap() || len(v.pending) != 0 || !slices.Equal(seqs(v.msgs), []uint64{11, 12, 13}) {
		t.Fatalf("gap %v pending %d msgs %v", v.gap(), len(v.pending), seqs(v.msgs))
	}
}

func TestViewJoinTakesEarlyFrames(t *testing.T) {
	v := newRoomView(100)
	v.rejoining = true
	// Live frames that came before the join reply.
	v.receive(msg("r", 6))
	v.receive(msg("r", 5))
	ann := protocol.Member{ID: "p-ann", Name: "Ann"}
	bob := protocol.Member{ID: "p-bob", Name: "Bob"}
	if v.presence(Event{Delta: &protocol.PresenceDelta{Count: 2, Joined: []protocol.Member{bob}}}) {
		t.Fatal("a delta before the snapshot was applied")
	}
	res := protocol.JoinResult{Seq: 4, Messages: []protocol.Message{msg("r", 3), msg("r", 4), msg("r", 5)},
		Presence: protocol.Presence{Count: 1, Members: []protocol.Member{ann}}}
	released, early := v.join(res, 0)
	if got := seqs(released); !slices.Equal(got, []uint64{3, 4, 5, 6}) {
		t.Fatalf("released %v, want 3 4 5 6", got)
	}
	if len(early) != 1 || v.count != 2 || !slices.Equal(v.memberList(), []protocol.Member{ann, bob}) {
		t.Fatalf("early %d count %d members %v", len(early), v.count, v.memberList())
	}
}

func TestViewJoinSince(t *testing.T) {
	v := readyView(0)
	v.receive(msg("r", 1))
	v.receive(msg("r", 2))
	// A rejoin from 2 while 4 came live already: 3 comes with the reply.
	v.rejoining = true
	v.receive(msg("r", 4))
	released, _ := v.join(protocol.JoinResult{Seq: 4, Messages: []protocol.Message{msg("r", 3), msg("r", 4)}}, 2)
	if got := seqs(released); !slices.Equal(got, []uint64{3, 4}) {
		t.Fatalf("released %v, want 3 4", got)
	}
	if got := seqs(v.msgs); !slices.Equal(got, []uint64{1, 2, 3, 4}) {
		t.Fatalf("msgs %v", got)
	}
	// More missed than a reply carries: the rest is a gap to fetch.
	released, _ = v.join(protocol.JoinResult{Seq: 500, Reload: true, Messages: []protocol.Message{msg("r", 5)}}, 4)
	if !slices.Equal(seqs(released), []uint64{5}) || !v.gap() || v.head != 500 {
		t.Fatalf("released %v gap %v head %d", seqs(released), v.gap(), v.head)
	}
}

func TestViewJoinAfterHistoryLoss(t *testing.T) {
	v := readyView(0)
	for s := uint64(1); s <= 9; s++ {
		v.receive(msg("r", s))
	}
	// The server's history is behind the view: start afresh.
	v.join(protocol.JoinResult{Seq: 2, Messages: []protocol.Message{msg("r", 1), msg("r", 2)}}, 9)
	if v.last != 2 || !slices.Equal(seqs(v.msgs), []uint64{1, 2}) {
		t.Fatalf("last %d msgs %v", v.last, seqs(v.msgs))
	}
}

func TestViewSkip(t *testing.T) {
	v := readyView(1)
	v.receive(msg("r", 4))
	released, n := v.skipGap()
	if n != 2 || !slices.Equal(seqs(released), []uint64{4}) || v.gap() {
		t.Fatalf("skipped %d released %v gap %v", n, seqs(released), v.gap())
	}
}

func TestViewPresenceIsIdempotent(t *testing.T) {
	v := readyView(0)
	ann := protocol.Member{ID: "p-ann", Name: "Ann"}
	bob := protocol.Member{ID: "p-bob", Name: "Bob"}
	d := protocol.PresenceDelta{Count: 2, Joined: []protocol.Member{ann, bob}}
	v.presence(Event{Delta: &d})
	v.presence(Event{Delta: &d})
	if v.count != 2 || len(v.members) != 2 {
		t.Fatalf("count %d members %v", v.count, v.memberList())
	}
	left := protocol.PresenceDelta{Count: 1, Left: []string{"p-bob"}}
	v.presence(Event{Delta: &left})
	v.presence(Event{Delta: &left})
	if v.count != 1 || !slices.Equal(v.memberList(), []protocol.Member{ann}) {
		t.Fatalf("count %d members %v", v.count, v.memberList())
	}
	// A snapshot replaces the set.
	v.presence(Event{Presence: &protocol.Presence{Count: 1, Members: []protocol.Member{bob}}})
	if !slices.Equal(v.memberList(), []protocol.Member{bob}) {
		t.Fatalf("after snapshot: %v", v.memberList())
	}
}

func TestViewTrimsOldMessages(t *testing.T) {
	v := newRoomView(8)
	v.join(protocol.JoinResult{}, 0)
	for s := uint64(1); s <= 20; s++ {
		v.receive(msg("r", s))
	}
	if len(v.msgs) > 8 || v.msgs[len(v.msgs)-1].Seq != 20 || v.last != 20 {
		t.Fatalf("msgs %v last %d", seqs(v.msgs), v.last)
	}
}

// TestEventQueue: events wait for a slow reader, the oldest dropped past
// the bound; ending delivers the rest, then closes.
func TestEventQueue(t *testing.T) {
	q := newEventQueue(3)
	q.push(Event{Seq: 1}) // not started: not kept
	ch := q.start()
	for s := uint64(1); s <= 5; s++ {
		q.push(Event{Seq: s})
	}
	q.end(false)
	var got []uint64
	for ev := range ch {
		got = append(got, ev.Seq)
	}
	// The pump may have taken 1 before the bound was reached.
	if len(got) < 3 || got[len(got)-1] != 5 || !slices.IsSorted(got) {
		t.Fatalf("got %v", got)
	}
	if d := q.droppedCount(); d+uint64(len(got)) != 5 {
		t.Fatalf("dropped %d, got %v", d, got)
	}
}

// TestGapRepairFetchesHistory runs the repair against a fake server: a
// frame lost on the way is fetched with history once the gap lasts.
func TestGapRepairFetchesHistory(t *testing.T) {
	srv := newFakeServer(t)
	c := srv.dial(t, WithGapTimeout(20*time.Millisecond))
	ctx := context.Background()
	if _, err := c.Join(ctx, "r", 0); err != nil {
		t.Fatal(err)
	}
	srv.chat("r", 1, 2, 4, 5) // 3 is lost
	waitFor(t, func() bool { return c.LastSeq("r") == 5 })
	if got := seqs(c.Messages("r")); !slices.Equal(got, []uint64{1, 2, 3, 4, 5}) {
		t.Fatalf("messages %v", got)
	}
	if srv.historyCalls() == 0 {
		t.Fatal("the gap was not fetched with history")
	}
}

// TestGapRepairSkipsWhatHistoryLacks: a seq the server does not have is
// given up on, and counted.
func TestGapRepairSkipsWhatHistoryLacks(t *testing.T) {
	srv := newFakeServer(t)
	srv.forget(3)
	c := srv.dial(t, WithGapTimeout(10*time.Millisecond))
	if _, err := c.Join(context.Background(), "r", 0); err != nil {
		t.Fatal(err)
	}
	srv.chat("r", 1, 2, 4)
	waitFor(t, func() bool { return c.LastSeq("r") == 4 })
	if got := seqs(c.Messages("r")); !slices.Equal(got, []uint64{1, 2, 4}) {
		t.Fatalf("messages %v", got)
	}
	if s := c.Stats().SkippedSeqs; s != 1 {
		t.Fatalf("skipped %d, want 1", s)
	}
}

// waitFor polls cond until it holds, or fails the test after 10 s.
func waitFor(t testing.TB, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met within 10s")
		}
		time.Sleep(5 * time.Millisecond)
	}
}
