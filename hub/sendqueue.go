package hub

import (
	"sync"
	"sync/atomic"
)

// sendQueue holds a connection's frames until its writer sends them. It is
// bounded like a buffered channel, but it holds memory only while frames
// wait: a channel of 128 frames costs 4 KiB a connection from the start,
// and most connections are idle most of the time (10,000 connections in
// 1,000 rooms at a message a second a room wait on nothing 99% of the
// time). An empty queue keeps a small array, or none once it has grown.
//
// The queue also says when a writer is to run: there is one only while
// frames wait (or the connection is closing), started by the push that
// finds none, so an idle connection has no writer goroutine and its stack
// (conn.go, "drain").
type sendQueue struct {
	mu     sync.Mutex
	items  []frame // items[head:] wait, oldest first
	head   int
	length atomic.Int32 // len(items) - head, read without the lock
	limit  int
	// writing: a writer runs (or is starting); set by the push or claim
	// that is to start one, cleared by idle.
	writing bool
}

// keptCap is the largest array an empty queue keeps: enough for the
// bursts of an ordinary room (a message and a presence change or two);
// larger ones are given back to the collector.
const keptCap = 8

func newSendQueue(limit int) sendQueue {
	return sendQueue{limit: limit}
}

// push queues f; ok is false when the queue holds limit frames already.
// start says no writer runs: the caller is to start one.
func (q *sendQueue) push(f frame) (ok, start bool) {
	q.mu.Lock()
	n := len(q.items) - q.head
	if n >= q.limit {
		q.mu.Unlock()
		return false, false
	}
	if len(q.items) == cap(q.items) && q.head > 0 {
		// Slide the waiting frames to the front before growing.
		copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items, q.head = q.items[:n], 0
	}
	if q.items == nil {
		q.items = make([]frame, 0, keptCap/2)
	}
	q.items = append(q.items, f)
	q.length.Store(int32(n + 1))
	start = !q.writing
	q.writing = true
	q.mu.Unlock()
	return true, start
}

// claim makes the caller the writer, unless one runs: true when the
// caller is to start one.
func (q *sendQueue) claim() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.writing {
		return false
	}
	q.writing = true
	return true
}

// idle ends the writer's turn if no frame waits: true when it did, and the
// writer is to stop; false when frames came meanwhile.
func (q *sendQueue) idle() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) != q.head {
		return false
	}
	q.writing = false
	return true
}

// pop takes the oldest frame; false when none waits.
func (q *sendQueue) pop() (frame, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.head == len(q.items) {
		return frame{}, false
	}
	f := q.items[q.head]
	q.items[q.head] = frame{} // the writer is done with it; let it go
	q.head++
	if q.head == len(q.items) {
		q.head = 0
		if cap(q.items) > keptCap {
			q.items = nil
		} else {
			q.items = q.items[:0]
		}
	}
	q.length.Store(int32(len(q.items) - q.head))
	return f, true
}

// len is how many frames wait.
func (q *sendQueue) len() int { return int(q.length.Load()) }
