package memory

import (
	"errors"
	"sync"
	"sync/atomic"

	bolt "go.etcd.io/bbolt"
)

// groupCommit makes small independent writes durable together: the writes
// that arrive while one bbolt transaction commits wait for it, then all go
// to disk in the next transaction, with one fsync between them. A lone
// write costs one transaction, as db.Update does; under load a transaction
// carries whatever arrived during the previous one, so the batch grows with
// the arrival rate and the number of fsyncs does not.
//
// There is no goroutine of its own: the first writer to find nobody
// committing leads. It takes the whole queue, commits it, tells the others
// their outcome and hands the lead to the first writer that queued in the
// meantime, so no writer commits more than one batch for others (the
// scheme of LevelDB's write queue).
//
// bbolt's own db.Batch was the other choice; it cuts a batch on a timer
// (MaxBatchDelay, 10 ms) rather than when the disk is free, so a lone write
// waits the whole delay: a room whose sender waits for each message's
// acknowledgement would get at most 100 messages a second.
type groupCommit struct {
	db *bolt.DB

	mu    sync.Mutex
	queue []*pendingWrite // waiting for the next transaction
	busy  bool            // a leader is committing; the queue waits for it

	// txs counts transactions, for tests.
	txs atomic.Uint64
}

type pendingWrite struct {
	put func(tx *bolt.Tx) error
	err error
	// result receives the outcome of the write's transaction, or errLead
	// when this writer is to commit the next batch itself.
	result chan error
}

// errLead tells a queued writer that it leads the next transaction. It
// never leaves this file.
var errLead = errors.New("memory: lead the next commit")

// write runs put in a bbolt transaction shared with the writes that queue
// alongside it, and returns once that transaction is on disk. put may run
// more than once (see commit), so it must only write: a Put of a fixed key
// and value.
func (g *groupCommit) write(put func(tx *bolt.Tx) error) error {
	w := &pendingWrite{put: put, result: make(chan error, 1)}
	g.mu.Lock()
	g.queue = append(g.queue, w)
	if g.busy {
		g.mu.Unlock()
		if err := <-w.result; err != errLead {
			return err
		}
	} else {
		g.busy = true
		g.mu.Unlock()
	}
	return g.lead(w)
}

// lead commits the queue, own write included, and passes the lead on.
func (g *groupCommit) lead(own *pendingWrite) error {
	g.mu.Lock()
	batch := g.queue
	g.queue = nil
	g.mu.Unlock()

	g.commit(batch)
	for _, w := range batch {
		if w != own {
			w.result <- w.err
		}
	}

	g.mu.Lock()
	if len(g.queue) == 0 {
		g.busy = false
		g.mu.Unlock()
	} else {
		next := g.queue[0]
		g.mu.Unlock()
		next.result <- errLead
	}
	return own.err
}

// commit writes batch in one transaction and sets each write's err. If the
// transaction fails and holds more than one write, each is retried in a
// transaction of its own, so that one bad write cannot fail the others.
func (g *groupCommit) commit(batch []*pendingWrite) {
	err := g.update(batch)
	if err == nil || len(batch) == 1 {
		for _, w := range batch {
			w.err = err
		}
		return
	}
	for _, w := range batch {
		w.err = g.update([]*pendingWrite{w})
	}
}

func (g *groupCommit) update(batch []*pendingWrite) error {
	g.txs.Add(1)
	return commit(g.db, func(tx *bolt.Tx) error {
		for _, w := range batch {
			if err := w.put(tx); err != nil {
				return err
			}
		}
		return nil
	})
}
