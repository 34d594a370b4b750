package hub

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
)

// Settings of the NATS connection.
const (
	natsReconnectWait    = 500 * time.Millisecond // between attempts, plus jitter
	natsReconnectBufSize = 8 << 20                // bytes published while disconnected
	natsPingInterval     = 10 * time.Second       // a silent server is dead after 2 pings
	natsPendingMsgs      = 1 << 19                // per subscription, before dropping
	natsPendingBytes     = 128 << 20              // per subscription, before dropping
	natsDrainTimeout     = 5 * time.Second        // Close gives handlers this long
	natsFlushTimeout     = 2 * time.Second        // Subscribe waits this long for the server
)

// NATSBus is a Bus over a NATS connection, linking the nodes of a cluster.
// It reconnects for ever; what is published while disconnected is buffered
// up to a limit, then Publish fails. Each subscription buffers up to
// natsPendingMsgs messages for a slow handler; beyond that NATS drops them
// and they are counted (Dropped).
type NATSBus struct {
	nc  *nats.Conn
	log *slog.Logger

	closed chan struct{} // closed when the connection is closed

	mu      sync.Mutex
	subs    map[*nats.Subscription]struct{}
	dropped uint64 // by subscriptions no longer in subs
	done    bool
}

var _ Bus = (*NATSBus)(nil)

// NewNATSBus connects to the NATS server(s) at url (comma-separated for
// several), naming the connection name, and logs connection events on log.
func NewNATSBus(url string, name string, log *slog.Logger) (*NATSBus, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("bus", "nats", "name", name)
	b := &NATSBus{
		log:    log,
		closed: make(chan struct{}),
		subs:   make(map[*nats.Subscription]struct{}),
	}
	var slow atomic.Uint64 // slow-consumer events, for the log
	nc, err := nats.Connect(url,
		nats.Name(name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(natsReconnectWait),
		nats.ReconnectBufSize(natsReconnectBufSize),
		nats.PingInterval(natsPingInterval),
		nats.DrainTimeout(natsDrainTimeout),
		nats.DisconnectErrHandler(func(nc *nats.Conn, err error) {
			if err != nil {
				log.Warn("nats disconnected", "err", err)
			} else {
				log.Info("nats disconnected")
			}
		}),
		nats.ReconnectHandler(func(nc *nats.Conn) {
			log.Info("nats reconnected", "server", nc.ConnectedUrlRedacted())
		}),
		nats.ErrorHandler(func(nc *nats.Conn, sub *nats.Subscription, err error) {
			subject := ""
			if sub != nil {
				subject = sub.Subject
			}
			if errors.Is(err, nats.ErrSlowConsumer) {
				log.Warn("nats slow consumer, messages dropped",
					"subject", subject, "events", slow.Add(1))
				return
			}
			log.Error("nats error", "subject", subject, "err", err)
		}),
		nats.ClosedHandler(func(*nats.Conn) { close(b.closed) }),
	)
	if err != nil {
		return nil, fmt.Errorf("nats bus: connect: %w", err)
	}
	b.nc = nc
	log.Info("nats connected", "server", nc.ConnectedUrlRedacted())
	return b, nil
}

// Publish sends data to every subscriber of subject. The data is copied.
func (b *NATSBus) Publish(ctx context.Context, subject string, data []byte) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := b.nc.Publish(subject, data); err != nil {
		return b.wrap(err)
	}
	return nil
}

// Subscribe calls handle, on one goroutine, for each message on subject.
// When it returns, the server has the subscription (unless the connection
// is down). Unsubscribing does not wait for a running handler.
func (b *NATSBus) Subscribe(subject string, handle func(data []byte)) (func(), error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.done {
		return nil, ErrBusClosed
	}
	sub, err := b.nc.Subscribe(subject, func(m *nats.Msg) { handle(m.Data) })
	if err != nil {
		return nil, b.wrap(err)
	}
	if err := sub.SetPendingLimits(natsPendingMsgs, natsPendingBytes); err != nil {
		_ = sub.Unsubscribe()
		return nil, b.wrap(err)
	}
	// Wait for the server to know of the subscription, so that what other
	// nodes publish once Subscribe returns reaches it. Disconnected, the
	// subscription is sent when the connection is back.
	if err := b.nc.FlushTimeout(natsFlushTimeout); err != nil {
		b.log.Warn("nats subscribe: not confirmed by the server", "subject", subject, "err", err)
	}
	b.subs[sub] = struct{}{}
	var once sync.Once
	return func() {
		once.Do(func() {
			b.mu.Lock()
			defer b.mu.Unlock()
			if _, ok := b.subs[sub]; !ok {
				return // the bus closed
			}
			delete(b.subs, sub)
			if n, err := sub.Dropped(); err == nil {
				b.dropped += uint64(n)
			}
			if err := sub.Unsubscribe(); err != nil {
				b.log.Warn("nats unsubscribe", "subject", subject, "err", err)
			}
		})
	}, nil
}

// Close drains the connection: it stops the subscriptions, lets handlers
// finish what was already received, flushes what was published, and closes.
// It gives up and closes after natsDrainTimeout. A handler must not call it.
func (b *NATSBus) Close() error {
	b.mu.Lock()
	if b.done {
		b.mu.Unlock()
		return ErrBusClosed
	}
	b.done = true
	for sub := range b.subs {
		if n, err := sub.Dropped(); err == nil {
			b.dropped += uint64(n)
		}
	}
	b.subs = nil
	b.mu.Unlock()

	err := b.nc.Drain()
	if err != nil {
		b.nc.Close() // not connected: nothing to drain
	}
	select {
	case <-b.closed:
	case <-time.After(natsDrainTimeout + time.Second):
		b.nc.Close()
		return fmt.Errorf("nats bus: drain: timed out after %s", natsDrainTimeout)
	}
	if err != nil && !errors.Is(err, nats.ErrConnectionReconnecting) {
		return fmt.Errorf("nats bus: drain: %w", err)
	}
	return nil
}

// Dropped returns how many messages subscriptions dropped because their
// handlers fell too far behind.
func (b *NATSBus) Dropped() uint64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := b.dropped
	for sub := range b.subs {
		if d, err := sub.Dropped(); err == nil {
			n += uint64(d)
		}
	}
	return n
}

// Stats returns how many messages the connection received (in, one per
// subscription a message matched) and sent (out).
func (b *NATSBus) Stats() (in, out uint64) {
	s := b.nc.Stats()
	return s.InMsgs, s.OutMsgs
}

// wrap reports a closed or draining connection as ErrBusClosed.
func (b *NATSBus) wrap(err error) error {
	if errors.Is(err, nats.ErrConnectionClosed) || errors.Is(err, nats.ErrConnectionDraining) {
		return fmt.Errorf("nats bus: %w (%w)", ErrBusClosed, err)
	}
	return fmt.Errorf("nats bus: %w", err)
}
