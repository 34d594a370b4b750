package hub

import (
	"context"
	"errors"
	"slices"
	"sync"
	"time"

	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store"
)

// maxCommit bounds the messages of one commit, so that a backlog is
// written in steps that each acknowledge thousands of senders.
const maxCommit = 2048

// committer makes this node's chat messages durable, for every room at
// once. A send numbers its message under its room's sendMu, which costs
// no disk, and queues it here; the one committer goroutine takes
// whatever has queued, from every room, and hands it to the history as one
// batch (one bbolt transaction and fsync, one MongoDB insertMany), while
// the next batch queues. Once the batch is durable a second goroutine
// delivers each message to the room's local members and acknowledges its
// sender, in queue order, so that a room's messages still go out in seq
// order, while the committer writes the next batch.
//
// So nothing is delivered before it is durable: a member never sees a
// message that a crash or a failed write then loses, and never a seq that
// is later given to another message. A room no longer waits for its
// previous message's commit to number the next; it waits only for the
// commit its message is in, shared with every other room, and the next
// commit does not wait for this one's deliveries.
//
// A message that the history refuses or fails to write is not delivered,
// and its room numbers the messages still queued behind it again from
// the history, so that no seq is skipped: a seq that another node took is
// tried again with the next one, a retried client ID is answered with the
// first message's seq, and a failed write fails the rest of its batch.
type committer struct {
	h *Hub

	mu    sync.Mutex
	queue []*outgoing // numbered, not yet written; a room's in seq order
	wake  chan struct{}
	// fanout queues a stored message on its room's local members (a test
	// holds it up, to see the next commit go ahead).
	fanout func(o *outgoing)
}

// outgoing is one chat message between its send and its commit.
type outgoing struct {
	r     *room
	m     protocol.Message
	frame []byte    // the message event, encoded once m.Seq is known
	tries int       // of seqs that another node had taken
	since time.Time // queued for the committer
	done  chan sendResult
}

// sendResult answers a send: the seq its message is stored under, and the
// frame delivered, nil when the send was a retry that delivered nothing.
type sendResult struct {
	seq   uint64
	frame []byte
	err   error
}

func newCommitter(h *Hub) *committer {
	return &committer{h: h, wake: make(chan struct{}, 1), fanout: func(o *outgoing) { o.r.deliver(o.m.Seq, o.frame) }}
}

// enqueue queues o. Callers hold o.r.sendMu, so that a room's messages
// queue in seq order.
func (k *committer) enqueue(o *outgoing) {
	o.since = time.Now()
	k.mu.Lock()
	k.queue = append(k.queue, o)
	k.mu.Unlock()
	select {
	case k.wake <- struct{}{}:
	default:
	}
}

// run commits batches until ctx ends. Senders still waiting then give up
// on their own context, which ctx bounds.
//
// Commits and deliveries overlap: a batch once stored goes to a second
// goroutine that delivers and acknowledges it, while the next batch is
// written. One deliverer, taking batches in commit order, keeps each
// room's messages in seq order; the channel's one slot lets the committer
// run at most one batch ahead of the deliveries.
func (k *committer) run(ctx context.Context) {
	stored := make(chan []*outgoing, 1)
	delivered := make(chan struct{})
	go func() {
		defer close(delivered)
		for batch := range stored {
			k.deliver(batch)
		}
	}()
	defer func() {
		close(stored)
		<-delivered
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case <-k.wake:
		}
		for {
			batch := k.take()
			if len(batch) == 0 {
				break
			}
			if done := k.commit(ctx, batch); len(done) > 0 {
				stored <- done
			}
		}
	}
}

// deliver sends each stored message to its room's local members and
// acknowledges its sender, in batch order.
func (k *committer) deliver(batch []*outgoing) {
	for _, o := range batch {
		start := time.Now()
		k.fanout(o)
		k.h.metrics.fanout.Observe(time.Since(start).Seconds())
		k.h.metrics.stored.Observe(time.Since(o.since).Seconds())
		o.done <- sendResult{seq: o.m.Seq, frame: o.frame}
	}
}

// take removes up to maxCommit messages from the head of the queue.
func (k *committer) take() []*outgoing {
	k.mu.Lock()
	defer k.mu.Unlock()
	n := min(len(k.queue), maxCommit)
	batch := k.queue[:n:n]
	if n == len(k.queue) {
		k.queue = nil
	} else {
		k.queue = slices.Clone(k.queue[n:])
	}
	return batch
}

// commit writes batch and returns what was stored, for delivery. It deals
// with the first message refused, if any, and those after it.
func (k *committer) commit(ctx context.Context, batch []*outgoing) []*outgoing {
	msgs := make([]protocol.Message, len(batch))
	for i, o := range batch {
		msgs[i] = o.m
	}
	start := time.Now()
	n, err := k.h.history.AppendMessages(ctx, msgs)
	k.h.metrics.commit.Observe(time.Since(start).Seconds())
	k.h.metrics.batch.Observe(float64(len(msgs)))
	n = min(max(n, 0), len(batch))
	if n == len(batch) {
		return batch
	}
	if err == nil { // a history breaking its contract: fail rather than ack
		err = errors.New("hub: the history stored part of a batch and gave no reason")
	}
	failed, rest := batch[n], batch[n+1:]
	renumber := map[*room]bool{failed.r: true}
	var sent *protocol.SentError
	switch {
	case errors.As(err, &sent):
		failed.done <- sendResult{seq: sent.Seq}
	case errors.Is(err, store.ErrDuplicate) && failed.tries < maxSeqTries:
		failed.tries++
		rest = append([]*outgoing{failed}, rest...)
	case errors.Is(err, store.ErrDuplicate):
		failed.done <- sendResult{err: err}
	default:
		// A failed write: what it carried may be anywhere, and the store
		// is likely failing, so the rest is not tried either.
		for _, o := range batch[n:] {
			o.done <- sendResult{err: err}
			renumber[o.r] = true
		}
		rest = nil
	}
	k.requeue(ctx, rest, renumber)
	return batch[:n]
}

// requeue puts rest back at the head of the queue. The messages of the
// rooms to renumber, there and in the queue, take new seqs from the
// history in their order.
func (k *committer) requeue(ctx context.Context, rest []*outgoing, renumber map[*room]bool) {
	var keep []*outgoing
	heads := map[*room][]*outgoing{}
	for _, o := range rest {
		if renumber[o.r] {
			heads[o.r] = append(heads[o.r], o)
		} else {
			keep = append(keep, o)
		}
	}
	k.mu.Lock()
	k.queue = append(keep, k.queue...)
	k.mu.Unlock()
	for r := range renumber {
		k.renumber(ctx, r, heads[r])
	}
}

// renumber gives r's messages, head (from the batch) then those queued,
// new seqs after the last one the history holds, and queues them again.
// Under r.sendMu, so that no send of r numbers a message meanwhile; the
// committer is the one taking from the queue, so none is written
// meanwhile either.
func (k *committer) renumber(ctx context.Context, r *room, head []*outgoing) {
	r.sendMu.Lock()
	defer r.sendMu.Unlock()
	k.mu.Lock()
	all, others := head, make([]*outgoing, 0, len(k.queue))
	for _, o := range k.queue {
		if o.r == r {
			all = append(all, o)
		} else {
			others = append(others, o)
		}
	}
	k.queue = others
	k.mu.Unlock()
	r.next = 0
	if err := r.numberLocked(ctx, all); err != nil {
		for _, o := range all {
			o.done <- sendResult{err: err}
		}
		return
	}
	k.mu.Lock()
	k.queue = append(all, k.queue...)
	k.mu.Unlock()
}
