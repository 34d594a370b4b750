package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store"
)

var messageTests = []test{
	{"Messages/RoundTrip", testMessageRoundTrip},
	{"Messages/Paging", testMessagePaging},
	{"Messages/LastSeq", testLastSeq},
	{"Messages/RoomsAreIndependent", testRoomsAreIndependent},
	{"Messages/Duplicate", testMessageDuplicate},
	{"Messages/ClientID", testMessageClientID},
	{"Messages/Batch", testMessageBatch},
	{"Messages/BatchStops", testMessageBatchStops},
	{"Messages/Delete", testMessageDelete},
}

// testMessageDelete: a deleted message leaves a tombstone in its place (no
// text, the seq kept, so no gap), the room's numbering and claims are as
// before, and deleting again or deleting what is not there says so.
func testMessageDelete(t *testing.T, s Store) {
	ctx := t.Context()
	const room = "room-moderated"
	for seq := uint64(1); seq <= 3; seq++ {
		must(t, s.AppendMessage(ctx, NewMessage(room, seq)), "AppendMessage")
	}
	keyed := resent(room, 4, "person-0001", "c-del")
	must(t, s.AppendMessage(ctx, keyed), "AppendMessage with a client ID")

	was, err := s.DeleteMessage(ctx, room, 2)
	must(t, err, "DeleteMessage")
	wantSame(t, &was, NewMessage(room, 2), "DeleteMessage returns the message as it was")
	tomb := *NewMessage(room, 2)
	tomb.Text, tomb.Deleted = "", true
	got := messagesOf(t, s, room, 0, 10)
	if len(got) != 4 {
		t.Fatalf("room holds seqs %v after a delete, want 1 to 4", seqs(got))
	}
	wantSame(t, &got[1], &tomb, "the tombstone")
	wantSame(t, &got[0], NewMessage(room, 1), "the message before it")
	wantSame(t, &got[2], NewMessage(room, 3), "the message after it")

	again, err := s.DeleteMessage(ctx, room, 2)
	must(t, err, "DeleteMessage again")
	wantSame(t, &again, &tomb, "DeleteMessage of a tombstone")

	_, err = s.DeleteMessage(ctx, room, 9)
	wantErr(t, err, store.ErrNotFound, "DeleteMessage of a seq never sent")
	_, err = s.DeleteMessage(ctx, "room-empty", 1)
	wantErr(t, err, store.ErrNotFound, "DeleteMessage in an empty room")

	// The seq and the client ID stay claimed: a resend gets the seq back.
	_, err = s.DeleteMessage(ctx, room, 4)
	must(t, err, "DeleteMessage of a message with a client ID")
	wantErr(t, s.AppendMessage(ctx, NewMessage(room, 2)), store.ErrDuplicate, "AppendMessage of a deleted seq")
	wantSent(t, s.AppendMessage(ctx, resent(room, 5, "person-0001", "c-del")), 4, "AppendMessage resending a deleted message")
	last, err := s.LastSeq(ctx, room)
	must(t, err, "LastSeq")
	if last != 4 {
		t.Errorf("LastSeq = %d after deletes, want 4", last)
	}
}

// appendRace: of Racers appends of one (room, seq), each with its own
// text, one is stored.
var appendRace = race{
	name: "AppendMessage",
	attempt: func(ctx context.Context, s Store, i int) error {
		m := NewMessage(raceRoom, 1)
		m.Text = racer(i)
		return s.AppendMessage(ctx, m)
	},
	check: func(t *testing.T, s Store, winner int) {
		ctx := t.Context()
		got, err := s.MessagesAfter(ctx, raceRoom, 0, Racers)
		must(t, err, "MessagesAfter")
		if len(got) != 1 || got[0].Text != racer(winner) {
			t.Errorf("room holds %+v, want the one message of %s", got, racer(winner))
		}
		last, err := s.LastSeq(ctx, raceRoom)
		must(t, err, "LastSeq")
		if last != 1 {
			t.Errorf("LastSeq = %d, want 1", last)
		}
		wantErr(t, s.AppendMessage(ctx, NewMessage(raceRoom, 1)), store.ErrDuplicate, "AppendMessage after the race")
	},
}

const raceRoom = "room-contested"

// batchRace: appendRace through AppendMessages, a batch of one each.
var batchRace = race{
	name: "AppendMessages",
	attempt: func(ctx context.Context, s Store, i int) error {
		m := NewMessage(raceRoom, 1)
		m.Text = racer(i)
		n, err := s.AppendMessages(ctx, []protocol.Message{*m})
		if (n == 1) != (err == nil) {
			return fmt.Errorf("AppendMessages of one message stored %d and said %v", n, err)
		}
		return err
	},
	check: appendRace.check,
}

// resendRace: Racers appends of one sender's message, each under a seq of
// its own but all with one client ID, as a send retried on several
// connections at once: one is stored, and the others are told its seq.
var resendRace = race{
	name: "AppendMessageClientID",
	attempt: func(ctx context.Context, s Store, i int) error {
		return s.AppendMessage(ctx, resent(raceRoom, uint64(i+1), "person-0001", "client-contested"))
	},
	check: func(t *testing.T, s Store, winner int) {
		got := messagesOf(t, s, raceRoom, 0, Racers)
		if len(got) != 1 || got[0].Seq != uint64(winner+1) {
			t.Errorf("room holds seqs %v, want the one message of seq %d", seqs(got), winner+1)
		}
		err := s.AppendMessage(t.Context(), resent(raceRoom, Racers+1, "person-0001", "client-contested"))
		wantSent(t, err, uint64(winner+1), "AppendMessage after the race")
	},
}

// resent is NewMessage(room, seq) sent by from under clientID.
func resent(room string, seq uint64, from, clientID string) *protocol.Message {
	m := NewMessage(room, seq)
	m.From.ID, m.ClientID = from, clientID
	return m
}

// wantSent checks that err is a *protocol.SentError naming seq, and wraps
// store.ErrDuplicate.
func wantSent(t *testing.T, err error, seq uint64, what string) {
	t.Helper()
	var sent *protocol.SentError
	switch {
	case !errors.As(err, &sent):
		t.Errorf("%s: got error %v, want a *protocol.SentError", what, err)
	case sent.Seq != seq:
		t.Errorf("%s: the message was sent as seq %d, want %d", what, sent.Seq, seq)
	case !errors.Is(err, store.ErrDuplicate):
		t.Errorf("%s: %v does not wrap ErrDuplicate", what, err)
	}
}

// messagesOf reads up to limit messages of room after seq, failing t on
// an error.
func messagesOf(t *testing.T, s Store, room string, after uint64, limit int) []protocol.Message {
	t.Helper()
	got, err := s.MessagesAfter(t.Context(), room, after, limit)
	must(t, err, fmt.Sprintf("MessagesAfter(%q, %d, %d)", room, after, limit))
	if got == nil {
		t.Errorf("MessagesAfter(%q, %d, %d) = nil, want a list, empty if need be", room, after, limit)
	}
	return got
}

func seqs(list []protocol.Message) []uint64 {
	out := make([]uint64, len(list))
	for i, m := range list {
		out[i] = m.Seq
	}
	return out
}

// seqRange is from, from+1, ..., to; empty when to < from.
func seqRange(from, to uint64) []uint64 {
	out := []uint64{}
	for seq := from; seq <= to; seq++ {
		out = append(out, seq)
	}
	return out
}

func wantLastSeq(t *testing.T, s Store, room string, want uint64) {
	t.Helper()
	got, err := s.LastSeq(t.Context(), room)
	must(t, err, "LastSeq")
	if got != want {
		t.Errorf("LastSeq(%q) = %d, want %d", room, got, want)
	}
}

func testMessageRoundTrip(t *testing.T, s Store) {
	ctx := t.Context()
	// A room name with a slash, a space and non-ASCII, a time in another
	// zone: they come back as they went in (the time as an equal instant).
	m := NewMessage("booth/org-0001 · café", 7)
	m.At = m.At.In(time.FixedZone("UTC+2", 2*60*60))
	want := *m
	must(t, s.AppendMessage(ctx, m), "AppendMessage")
	m.Text = "changed after the append"

	got := messagesOf(t, s, want.Room, 0, 10)
	if len(got) != 1 {
		t.Fatalf("MessagesAfter gives %d messages, want 1", len(got))
	}
	wantSame(t, &got[0], &want, "message")
	wantLastSeq(t, s, want.Room, 7)

	got[0].Text = "changed in a result"
	wantSame(t, &messagesOf(t, s, want.Room, 0, 10)[0], &want, "message read again")
}

func testMessagePaging(t *testing.T, s Store) {
	ctx := t.Context()
	const room = "room-paging"
	// Appended out of order, as racing senders may: read back in seq order.
	for _, seq := range []uint64{5, 1, 9, 2, 10, 3, 7, 4, 8, 6} {
		must(t, s.AppendMessage(ctx, NewMessage(room, seq)), "AppendMessage")
	}
	all := messagesOf(t, s, room, 0, 100)
	if got := seqs(all); !slices.Equal(got, seqRange(1, 10)) {
		t.Fatalf("MessagesAfter(0, 100) gives seqs %v, want 1 to 10", got)
	}
	for i := range all {
		wantSame(t, &all[i], NewMessage(room, uint64(i+1)), fmt.Sprintf("message %d", i+1))
	}

	pages := []struct {
		after uint64
		limit int
		want  []uint64
	}{
		{0, 3, seqRange(1, 3)},
		{3, 3, seqRange(4, 6)},
		{6, 10, seqRange(7, 10)},
		{9, 5, seqRange(10, 10)},
		{10, 5, nil},
		{99, 5, nil},
		{0, 0, nil},
		{0, -1, nil},
	}
	for _, p := range pages {
		got := seqs(messagesOf(t, s, room, p.after, p.limit))
		if !slices.Equal(got, p.want) {
			t.Errorf("MessagesAfter(%d, %d) gives seqs %v, want %v", p.after, p.limit, got, p.want)
		}
	}
	if got := messagesOf(t, s, "room-never-used", 0, 10); len(got) != 0 {
		t.Errorf("MessagesAfter of an unknown room gives %d messages", len(got))
	}

	// Paging by the last seq of each page reads everything once.
	var paged []uint64
	for after := uint64(0); ; {
		page := messagesOf(t, s, room, after, 4)
		if len(page) == 0 {
			break
		}
		paged = append(paged, seqs(page)...)
		after = page[len(page)-1].Seq
	}
	if !slices.Equal(paged, seqRange(1, 10)) {
		t.Errorf("paging by 4 gives seqs %v, want 1 to 10", paged)
	}
}

func testLastSeq(t *testing.T, s Store) {
	ctx := t.Context()
	const room = "room-last"
	wantLastSeq(t, s, room, 0)
	for _, seq := range []uint64{3, 1, 2} {
		must(t, s.AppendMessage(ctx, NewMessage(room, seq)), "AppendMessage")
	}
	wantLastSeq(t, s, room, 3)
	// The highest seq stored, whatever the order and the gaps.
	must(t, s.AppendMessage(ctx, NewMessage(room, 12)), "AppendMessage")
	must(t, s.AppendMessage(ctx, NewMessage(room, 11)), "AppendMessage")
	wantLastSeq(t, s, room, 12)
}

func testRoomsAreIndependent(t *testing.T, s Store) {
	ctx := t.Context()
	// Names that extend one another, including with what looks like a
	// stored key of the shorter one.
	rooms := []string{"room-1", "room-10", "room-1/00000000000000000002", "room-1\x00"}
	for i, room := range rooms {
		for seq := uint64(1); seq <= uint64(i+1); seq++ {
			must(t, s.AppendMessage(ctx, NewMessage(room, seq)), fmt.Sprintf("AppendMessage(%q, %d)", room, seq))
		}
	}
	for i, room := range rooms {
		n := uint64(i + 1)
		got := messagesOf(t, s, room, 0, 100)
		if !slices.Equal(seqs(got), seqRange(1, n)) {
			t.Errorf("room %q holds seqs %v, want 1 to %d", room, seqs(got), n)
		}
		for j := range got {
			wantSame(t, &got[j], NewMessage(room, uint64(j+1)), fmt.Sprintf("room %q, message %d", room, j+1))
		}
		wantLastSeq(t, s, room, n)
	}
}

func testMessageDuplicate(t *testing.T, s Store) {
	ctx := t.Context()
	const room = "room-dup"
	first := NewMessage(room, 1)
	must(t, s.AppendMessage(ctx, first), "AppendMessage")
	second := NewMessage(room, 1)
	second.Text, second.From = "second", NewMessage(room, 2).From
	wantErr(t, s.AppendMessage(ctx, second), store.ErrDuplicate, "AppendMessage of a taken seq")

	got := messagesOf(t, s, room, 0, 10)
	if len(got) != 1 {
		t.Fatalf("room holds %d messages, want 1", len(got))
	}
	wantSame(t, &got[0], first, "message after a duplicate")
	must(t, s.AppendMessage(ctx, NewMessage(room, 2)), "AppendMessage of the next seq")
	must(t, s.AppendMessage(ctx, NewMessage("room-dup-other", 1)), "AppendMessage of seq 1 in another room")
}

// A room holds one message of a sender's client ID: a second append of it,
// under another seq, is told the first one's seq and stores nothing. The
// same client ID is free to another sender and in another room, and
// messages without one are never refused for it.
func testMessageClientID(t *testing.T, s Store) {
	ctx := t.Context()
	const room = "room-resend"
	first := resent(room, 1, "person-0001", "c-1")
	must(t, s.AppendMessage(ctx, first), "AppendMessage with a client ID")
	wantSent(t, s.AppendMessage(ctx, resent(room, 2, "person-0001", "c-1")), 1, "AppendMessage of the client ID again")
	wantSent(t, s.AppendMessage(ctx, resent(room, 9, "person-0001", "c-1")), 1, "AppendMessage of the client ID a third time")
	// A taken seq is refused as ever, with or without a taken client ID.
	wantErr(t, s.AppendMessage(ctx, resent(room, 1, "person-0002", "c-9")), store.ErrDuplicate, "AppendMessage of a taken seq")

	for _, m := range []*protocol.Message{
		resent(room, 2, "person-0002", "c-1"),                        // another sender
		resent(room, 3, "person-0001", "c-2"),                        // another client ID
		resent(room, 4, "person-0001", ""),                           // none, twice
		resent(room, 5, "person-0001", ""),                           //
		resent(room+"-other", 1, "person-0001", "c-1"),               // another room
		resent(room+"/0000000000000000001", 1, "person-0001", "c-1"), // a name that looks like a key
	} {
		must(t, s.AppendMessage(ctx, m), fmt.Sprintf("AppendMessage(%q, %d, %q, %q)", m.Room, m.Seq, m.From.ID, m.ClientID))
	}
	got := messagesOf(t, s, room, 0, 10)
	if !slices.Equal(seqs(got), seqRange(1, 5)) {
		t.Fatalf("room holds seqs %v, want 1 to 5", seqs(got))
	}
	wantSame(t, &got[0], first, "message with a client ID")
	wantLastSeq(t, s, room, 5)
}

// appendBatch appends msgs with AppendMessages and checks that it stored
// wantN of them and said wantErr (nil, store.ErrDuplicate, or a
// *protocol.SentError of sentSeq when sentSeq > 0).
func appendBatch(t *testing.T, s Store, msgs []*protocol.Message, wantN int, wantErr error, sentSeq uint64) {
	t.Helper()
	batch := make([]protocol.Message, len(msgs))
	for i, m := range msgs {
		batch[i] = *m
	}
	n, err := s.AppendMessages(t.Context(), batch)
	if n != wantN {
		t.Errorf("AppendMessages of %d stored %d, want %d (error %v)", len(msgs), n, wantN, err)
	}
	switch {
	case sentSeq > 0:
		wantSent(t, err, sentSeq, "AppendMessages")
	case wantErr == nil && err != nil:
		t.Errorf("AppendMessages: %v", err)
	case wantErr != nil:
		wantPlain(t, err, wantErr)
	}
}

// wantPlain checks that err wraps target and is no *protocol.SentError.
func wantPlain(t *testing.T, err, target error) {
	t.Helper()
	var sent *protocol.SentError
	if errors.As(err, &sent) {
		t.Errorf("AppendMessages: %v, want a plain %v", err, target)
	}
	wantErr(t, err, target, "AppendMessages")
}

// One batch of messages to several rooms, out of seq order within a room,
// is stored whole and reads back as single appends do.
func testMessageBatch(t *testing.T, s Store) {
	appendBatch(t, s, nil, 0, nil, 0)
	batch := []*protocol.Message{
		NewMessage("room-b1", 1), NewMessage("room-b2", 1), NewMessage("room-b1", 3),
		NewMessage("room-b1", 2), resent("room-b3", 1, "person-0001", "c-1"), NewMessage("room-b2", 2),
	}
	appendBatch(t, s, batch, len(batch), nil, 0)
	for room, n := range map[string]uint64{"room-b1": 3, "room-b2": 2} {
		wantMessages(t, s, room, n)
	}
	got := messagesOf(t, s, "room-b3", 0, 10)
	if len(got) != 1 {
		t.Fatalf("room-b3 holds %d messages, want 1", len(got))
	}
	wantSame(t, &got[0], batch[4], "message with a client ID in a batch")
	// Its keys are claimed as a single append's are.
	wantErr(t, s.AppendMessage(t.Context(), NewMessage("room-b1", 2)), store.ErrDuplicate, "AppendMessage of a seq stored in a batch")
	wantSent(t, s.AppendMessage(t.Context(), resent("room-b3", 2, "person-0001", "c-1")), 1, "AppendMessage of a client ID stored in a batch")
}

// A batch stops at the first message refused, stored or taken earlier in
// the batch itself: those before it are stored, it and those after are
// not.
func testMessageBatchStops(t *testing.T, s Store) {
	ctx := t.Context()
	must(t, s.AppendMessage(ctx, NewMessage("room-s1", 3)), "AppendMessage")
	must(t, s.AppendMessage(ctx, resent("room-s2", 1, "person-0001", "c-1")), "AppendMessage")
	for _, tc := range []struct {
		name    string
		batch   []*protocol.Message
		n       int
		err     error
		sentSeq uint64
		room    string
		want    []uint64 // the room's seqs after
	}{
		{"a stored seq", []*protocol.Message{NewMessage("room-s1", 1), NewMessage("room-s1", 2), NewMessage("room-s1", 3), NewMessage("room-s1", 4)},
			2, store.ErrDuplicate, 0, "room-s1", seqRange(1, 3)},
		{"a stored client ID", []*protocol.Message{NewMessage("room-s2", 2), resent("room-s2", 3, "person-0001", "c-1"), NewMessage("room-s2", 4)},
			1, nil, 1, "room-s2", seqRange(1, 2)},
		{"a seq twice", []*protocol.Message{NewMessage("room-s3", 1), NewMessage("room-s3", 2), NewMessage("room-s3", 1), NewMessage("room-s3", 3)},
			2, store.ErrDuplicate, 0, "room-s3", seqRange(1, 2)},
		{"a client ID twice", []*protocol.Message{resent("room-s4", 1, "person-0001", "c-9"), resent("room-s4", 2, "person-0001", "c-9"), NewMessage("room-s4", 3)},
			1, nil, 1, "room-s4", seqRange(1, 1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			appendBatch(t, s, tc.batch, tc.n, tc.err, tc.sentSeq)
			if got := seqs(messagesOf(t, s, tc.room, 0, 10)); !slices.Equal(got, tc.want) {
				t.Errorf("room holds seqs %v, want %v", got, tc.want)
			}
			wantLastSeq(t, s, tc.room, tc.want[len(tc.want)-1])
		})
	}
}

// concurrentSendersTest: senders as the hub's nodes are, perSender
// messages each, into 20 rooms. Each message takes the seq after LastSeq
// and, beaten to it, tries again. No seq is lost or given twice, and every
// message is stored once.
func concurrentSendersTest(perSender int) test {
	return test{"Messages/ConcurrentSenders", func(t *testing.T, s Store) { testConcurrentSenders(t, s, perSender) }}
}

func testConcurrentSenders(t *testing.T, s Store, perSend int) {
	const (
		senders  = 8
		rooms    = 20
		attempts = 10 * senders // an append loses at most to every other sender, a few times over
	)
	ctx := t.Context()
	var retries atomic.Int64
	roomName := func(i int) string { return fmt.Sprintf("room-%02d", i) }
	text := func(sender, i int) string { return fmt.Sprintf("sender %d, message %d", sender, i) }
	send := func(sender, i int) error {
		room := roomName((sender + i) % rooms)
		for range attempts {
			last, err := s.LastSeq(ctx, room)
			if err != nil {
				return err
			}
			m := NewMessage(room, last+1)
			m.Text = text(sender, i)
			err = s.AppendMessage(ctx, m)
			if !errors.Is(err, store.ErrDuplicate) {
				return err
			}
			retries.Add(1)
		}
		return fmt.Errorf("lost the seq %d times in a row", attempts)
	}

	errs := make([]error, senders)
	var wg sync.WaitGroup
	for sender := range senders {
		wg.Go(func() {
			for i := range perSend {
				if err := send(sender, i); err != nil {
					errs[sender] = fmt.Errorf("sender %d, message %d: %w", sender, i, err)
					return
				}
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d appends lost their seq and tried again", retries.Load())

	seen := map[string]int{}
	for r := range rooms {
		room := roomName(r)
		got := messagesOf(t, s, room, 0, senders*perSend)
		n := uint64(len(got))
		if !slices.Equal(seqs(got), seqRange(1, n)) {
			t.Errorf("room %s holds seqs %v, want 1 to %d without gaps", room, seqs(got), n)
		}
		wantLastSeq(t, s, room, n)
		for _, m := range got {
			seen[m.Text]++
		}
	}
	for sender := range senders {
		for i := range perSend {
			if n := seen[text(sender, i)]; n != 1 {
				t.Errorf("%q is stored %d times, want once", text(sender, i), n)
			}
		}
	}
}
