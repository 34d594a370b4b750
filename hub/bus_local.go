package hub

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"sync/atomic"
)

// LocalBusQueue is how many messages a LocalBus subscription holds before
// it drops what is published to it.
const LocalBusQueue = 65536

// ErrBusClosed is returned by a bus that has been closed.
var ErrBusClosed = errors.New("hub: bus closed")

// LocalBus is a Bus inside one process: a single node, or several hubs of a
// test sharing it as if it were NATS. It behaves like NATS does: each
// subscription has its own queue of at most LocalBusQueue messages, drained
// in order by its own goroutine, and Publish never waits for a subscriber:
// a message that finds a subscription's queue full is dropped for that
// subscription and counted (Dropped). Each subscriber receives its own copy
// of the data, so publishers may reuse their buffers.
//
// A LocalBus is safe for concurrent use. Close waits for running handlers to
// return, so a handler must not call it.
type LocalBus struct {
	mu     sync.RWMutex
	subs   map[string]map[*localSub]struct{} // by subject
	closed bool
	wg     sync.WaitGroup // subscription goroutines

	dropped atomic.Uint64
	in      atomic.Uint64
	out     atomic.Uint64
}

var _ Bus = (*LocalBus)(nil)

// NewLocalBus returns an empty bus.
func NewLocalBus() *LocalBus {
	return &LocalBus{subs: make(map[string]map[*localSub]struct{})}
}

// Publish queues a copy of data for every subscriber of subject.
func (b *LocalBus) Publish(ctx context.Context, subject string, data []byte) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return ErrBusClosed
	}
	for s := range b.subs[subject] {
		if !s.enqueue(data) {
			b.dropped.Add(1)
		}
	}
	b.out.Add(1)
	return nil
}

// Subscribe starts a goroutine that calls handle for each message published
// on subject from now on. Unsubscribing discards what is still queued; it
// does not wait for a running handler, so a handler may unsubscribe itself.
func (b *LocalBus) Subscribe(subject string, handle func(data []byte)) (func(), error) {
	s := &localSub{
		bus:    b,
		handle: handle,
		wake:   make(chan struct{}, 1),
		stop:   make(chan struct{}),
	}
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return nil, ErrBusClosed
	}
	set := b.subs[subject]
	if set == nil {
		set = make(map[*localSub]struct{})
		b.subs[subject] = set
	}
	set[s] = struct{}{}
	b.wg.Add(1)
	b.mu.Unlock()

	go s.run()
	var once sync.Once
	return func() {
		once.Do(func() {
			b.mu.Lock()
			if set := b.subs[subject]; set != nil {
				delete(set, s)
				if len(set) == 0 {
					delete(b.subs, subject)
				}
			}
			b.mu.Unlock()
			s.close()
		})
	}, nil
}

// Close stops every subscription, discarding queued messages, and waits for
// their goroutines to end. Later calls fail with ErrBusClosed.
func (b *LocalBus) Close() error {
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return ErrBusClosed
	}
	b.closed = true
	subs := b.subs
	b.subs = nil
	b.mu.Unlock()
	for _, set := range subs {
		for s := range set {
			s.close()
		}
	}
	b.wg.Wait()
	return nil
}

// Dropped returns how many messages were dropped, over all subscriptions,
// because a subscription's queue was full.
func (b *LocalBus) Dropped() uint64 { return b.dropped.Load() }

// Stats returns how many messages handlers received (in) and how many were
// published (out), over every hub sharing the bus.
func (b *LocalBus) Stats() (in, out uint64) { return b.in.Load(), b.out.Load() }

// localSub is one subscription of a LocalBus.
type localSub struct {
	bus    *LocalBus
	handle func([]byte)
	wake   chan struct{} // holds a token when queue may be non-empty
	stop   chan struct{} // closed when the subscription ends
	once   sync.Once

	mu      sync.Mutex
	queue   [][]byte // waiting for the goroutine to take them
	pending int      // queued plus taken but not yet handled
}

// enqueue adds a copy of data to the queue, or reports false when full.
func (s *localSub) enqueue(data []byte) bool {
	s.mu.Lock()
	if s.pending >= LocalBusQueue {
		s.mu.Unlock()
		return false
	}
	s.queue = append(s.queue, bytes.Clone(data))
	s.pending++
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
	return true
}

func (s *localSub) close() {
	s.once.Do(func() { close(s.stop) })
}

// run hands queued messages to the handler, a batch at a time, until the
// subscription ends.
func (s *localSub) run() {
	defer s.bus.wg.Done()
	var batch [][]byte
	for {
		select {
		case <-s.stop:
			return
		case <-s.wake:
		}
		s.mu.Lock()
		batch, s.queue = s.queue, batch[:0]
		s.mu.Unlock()
		for i, data := range batch {
			select {
			case <-s.stop:
				return
			default:
			}
			batch[i] = nil
			s.handle(data)
			s.bus.in.Add(1)
		}
		s.mu.Lock()
		s.pending -= len(batch)
		s.mu.Unlock()
		if cap(batch) > 1024 {
			batch = nil // let a burst's backing array go
		}
	}
}
