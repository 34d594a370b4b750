package live

import (
	"context"
	"time"

	"github.com/gorilla/websocket"
)

// Defaults of a client, named so that the docs and the code agree.
const (
	DefaultGapTimeout   = 300 * time.Millisecond // a seq gap this old is fetched with history
	DefaultEventBuffer  = 1 << 16                // events kept for a caller who reads slowly
	DefaultMaxMessages  = 10000                  // chat messages kept per room view
	DefaultReadTimeout  = 60 * time.Second       // the server pings every 20 s
	DefaultWriteTimeout = 10 * time.Second
	DefaultDialTimeout  = 10 * time.Second // dial and authenticate
	DefaultBackoffMin   = 100 * time.Millisecond
	DefaultBackoffMax   = 10 * time.Second
)

// Option adjusts a client at Dial.
type Option func(*options)

type options struct {
	dialer       *websocket.Dialer
	origin       string
	headerAuth   bool
	reconnect    bool
	backoffMin   time.Duration
	backoffMax   time.Duration
	maxAttempts  int
	tokenSource  func(context.Context) (string, error)
	gapTimeout   time.Duration
	eventBuffer  int
	maxMessages  int
	readTimeout  time.Duration
	writeTimeout time.Duration

	// frameHook, for tests, sees every server envelope before it is handled
	// and drops it when it returns false.
	frameHook func(raw []byte) bool
}

func defaultOptions() options {
	return options{
		backoffMin: DefaultBackoffMin, backoffMax: DefaultBackoffMax,
		gapTimeout: DefaultGapTimeout, eventBuffer: DefaultEventBuffer, maxMessages: DefaultMaxMessages,
		readTimeout: DefaultReadTimeout, writeTimeout: DefaultWriteTimeout,
	}
}

// WithDialer dials with d instead of a default dialer.
func WithDialer(d *websocket.Dialer) Option { return func(o *options) { o.dialer = d } }

// WithOrigin sends an Origin header, as a browser does; the server checks
// it against its own and the allowed origins.
func WithOrigin(origin string) Option { return func(o *options) { o.origin = origin } }

// WithHeaderAuth sends the token in an Authorization: Bearer header at the
// upgrade instead of in the first message; the server then greets with a
// hello event.
func WithHeaderAuth() Option { return func(o *options) { o.headerAuth = true } }

// WithReconnect reconnects by itself when the connection is lost, waiting
// min, then twice as long each time up to max (with jitter), and rejoins
// every room from its last seq. A close that reconnecting cannot mend
// (4001 unauthenticated, 4002 token expired without a token source, 4400
// protocol, 4403 account gone) ends the client instead.
func WithReconnect(min, max time.Duration) Option {
	return func(o *options) {
		o.reconnect = true
		if min > 0 {
			o.backoffMin = min
		}
		if max >= o.backoffMin {
			o.backoffMax = max
		}
	}
}

// WithMaxAttempts gives up reconnecting after n failed attempts in a row
// (0, the default: never).
func WithMaxAttempts(n int) Option { return func(o *options) { o.maxAttempts = n } }

// WithTokenSource gives a fresh access token for each reconnection (and
// lets a 4002 token-expired close be mended).
func WithTokenSource(f func(context.Context) (string, error)) Option {
	return func(o *options) { o.tokenSource = f }
}

// WithGapTimeout sets how long a gap in a room's seqs may last before the
// missing messages are fetched with history.
func WithGapTimeout(d time.Duration) Option {
	return func(o *options) {
		if d > 0 {
			o.gapTimeout = d
		}
	}
}

// WithEventBuffer sets how many events wait for a caller of Events who
// reads slowly; beyond it the oldest are dropped (and counted).
func WithEventBuffer(n int) Option {
	return func(o *options) {
		if n > 0 {
			o.eventBuffer = n
		}
	}
}

// WithMaxMessages sets how many chat messages a room view keeps; older
// ones are forgotten (LastSeq is not affected).
func WithMaxMessages(n int) Option {
	return func(o *options) {
		if n > 0 {
			o.maxMessages = n
		}
	}
}

// WithTimeouts sets the read timeout (no frame, not even a ping, for this
// long ends the connection) and the write timeout of one frame.
func WithTimeouts(read, write time.Duration) Option {
	return func(o *options) {
		if read > 0 {
			o.readTimeout = read
		}
		if write > 0 {
			o.writeTimeout = write
		}
	}
}

// withFrameHook lets a test see, and drop, frames before they are handled.
func withFrameHook(f func(raw []byte) bool) Option { return func(o *options) { o.frameHook = f } }
