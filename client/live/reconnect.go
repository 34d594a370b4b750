package live

import (
	"context"
	"errors"
	"math/rand/v2"
	"time"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
)

// reconnectTimeout bounds one reconnection: dial, authenticate, rejoin.
const reconnectTimeout = 30 * time.Second

// Reconnect replaces the client's connection with a new one to wsURL
// authenticated by token (empty: the ones in use), and rejoins every room
// from its last seq, so that no chat message is missed or seen twice;
// presence is replaced by each join's snapshot. It works on a client whose
// connection was lost too (it then runs again, with a new Closed channel),
// but not after Close.
func (c *Client) Reconnect(ctx context.Context, wsURL, token string) error {
	c.mu.Lock()
	switch {
	case c.closed:
		c.mu.Unlock()
		return ErrClosed
	case c.reconnecting:
		c.mu.Unlock()
		return errors.New("live: a reconnection is under way")
	}
	if wsURL != "" {
		c.url = wsURL
	}
	if token != "" {
		c.token = token
	}
	old := c.cn
	c.cn = nil
	if old != nil {
		c.ready = make(chan struct{})
	}
	select {
	case <-c.done:
		c.done, c.doneErr = make(chan struct{}), nil
	default:
	}
	c.reconnecting = true
	wsURL, token = c.url, c.token
	c.mu.Unlock()
	if old != nil {
		old.fail(&CloseError{Code: 1000, Reason: "replaced by a new connection"})
		old.close(1000, "")
	}
	err := c.attempt(ctx, wsURL, token)
	if err != nil && !errors.Is(err, ErrClosed) {
		c.mu.Lock()
		c.finishLocked(err)
		c.mu.Unlock()
	}
	return err
}

// reconnectLoop tries again and again, with backoff, until connected, told
// to stop, or the error is one that trying again cannot mend.
func (c *Client) reconnectLoop() {
	delay := c.opt.backoffMin
	for attempt := 1; ; attempt++ {
		t := time.NewTimer(jitter(delay))
		select {
		case <-t.C:
		case <-c.quit:
			t.Stop()
			return
		}
		c.mu.Lock()
		wsURL, token := c.url, c.token
		c.mu.Unlock()
		ctx, cancel := context.WithTimeout(context.Background(), reconnectTimeout)
		var err error
		if c.opt.tokenSource != nil {
			var fresh string
			if fresh, err = c.opt.tokenSource(ctx); err == nil {
				token = fresh
				c.mu.Lock()
				c.token = fresh
				c.mu.Unlock()
			}
		}
		if err == nil {
			err = c.attempt(ctx, wsURL, token)
		}
		cancel()
		if err == nil || errors.Is(err, ErrClosed) {
			return
		}
		if c.permanent(err) || (c.opt.maxAttempts > 0 && attempt >= c.opt.maxAttempts) {
			c.mu.Lock()
			if !c.closed {
				c.finishLocked(err)
			}
			c.mu.Unlock()
			return
		}
		delay = min(2*delay, c.opt.backoffMax)
	}
}

// attempt makes one new connection, rejoins every room on it, and puts it
// in use.
func (c *Client) attempt(ctx context.Context, wsURL, token string) error {
	cn, hello, err := c.connect(ctx, wsURL, token)
	if err != nil {
		return err
	}
	if err := c.rejoin(ctx, cn); err != nil {
		cn.fail(&CloseError{Code: 1000, Reason: "rejoin failed"})
		cn.close(1000, "")
		return err
	}
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		cn.close(1000, "")
		return ErrClosed
	}
	if ce := cn.closeErr(); ce != nil {
		// Lost while rejoining: the read goroutine did not hand it over.
		c.mu.Unlock()
		return ce
	}
	c.cn, c.hello = cn, hello
	c.reconnecting = false
	c.stats.Reconnects++
	close(c.ready)
	c.mu.Unlock()
	c.events.push(Event{Type: EventReconnected, Hello: &hello})
	return nil
}

// rejoin joins every room of the client again on cn, each from its last
// seq. A room the server no longer lets the client into is dropped, with
// an EventRoomLost; a lost connection is an error.
func (c *Client) rejoin(ctx context.Context, cn *conn) error {
	c.rmu.Lock()
	since := make(map[string]uint64, len(c.rooms))
	for name, v := range c.rooms {
		v.rejoining = true
		since[name] = v.last
	}
	c.rmu.Unlock()
	for room, s := range since {
		_, err := c.joinOn(ctx, cn, room, s)
		if err == nil {
			continue
		}
		if CodeOf(err) == "" {
			return err
		}
		c.dropView(room)
		c.events.push(Event{Type: EventRoomLost, Room: room, Err: err})
	}
	return nil
}

// permanent reports whether reconnecting cannot mend err.
func (c *Client) permanent(err error) bool {
	fresh := c.opt.tokenSource != nil
	var ce *CloseError
	if errors.As(err, &ce) {
		// A banned person's token is refused however fresh it is.
		if CodeOf(ce.Err) == apperr.Banned {
			return true
		}
		switch ce.Code {
		case protocol.CloseProtocol, protocol.CloseAccountGone:
			return true
		case protocol.CloseUnauthenticated, protocol.CloseTokenExpired:
			return !fresh
		}
		return false
	}
	switch CodeOf(err) {
	case apperr.Unauthenticated:
		return !fresh
	case apperr.Forbidden, apperr.BadRequest, apperr.Banned:
		return true
	}
	return false
}

// jitter spreads reconnections of many clients: d ± 20%.
func jitter(d time.Duration) time.Duration {
	return d + time.Duration((rand.Float64()*0.4-0.2)*float64(d))
}
