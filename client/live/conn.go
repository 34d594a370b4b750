package live

import (
	"encoding/json"
	"sync"
	"time"

	"github.com/gorilla/websocket"

	"github.com/igf-village/village/protocol"
)

// maxServerFrame bounds what the client reads in one frame: a join reply
// with a full page of long messages is about a megabyte.
const maxServerFrame = 8 << 20

// conn is one WebSocket of a client, with the requests waiting on it.
type conn struct {
	ws           *websocket.Conn
	writeTimeout time.Duration

	wmu sync.Mutex // one writer at a time

	mu       sync.Mutex
	pending  map[string]*call
	dead     chan struct{} // closed when the connection has ended
	err      *CloseError
	readDone chan struct{} // closed when the read goroutine has returned
}

// call is a request waiting for its reply. onReply, when set, runs on the
// read goroutine before the reply is handed over, so that what the reply
// says is applied before any later frame.
type call struct {
	reply   chan protocol.Envelope
	onReply func(protocol.Envelope)
}

func newConn(ws *websocket.Conn, writeTimeout time.Duration) *conn {
	return &conn{ws: ws, writeTimeout: writeTimeout, pending: map[string]*call{}, dead: make(chan struct{}), readDone: make(chan struct{})}
}

func (cn *conn) write(env protocol.Envelope) error {
	b, err := json.Marshal(env)
	if err != nil {
		return err
	}
	cn.wmu.Lock()
	defer cn.wmu.Unlock()
	_ = cn.ws.SetWriteDeadline(time.Now().Add(cn.writeTimeout))
	return cn.ws.WriteMessage(websocket.TextMessage, b)
}

// add registers a call; false when the connection has ended.
func (cn *conn) add(id string, c *call) bool {
	cn.mu.Lock()
	defer cn.mu.Unlock()
	if cn.err != nil {
		return false
	}
	cn.pending[id] = c
	return true
}

func (cn *conn) remove(id string) {
	cn.mu.Lock()
	delete(cn.pending, id)
	cn.mu.Unlock()
}

// resolve hands a reply to its call; false when no call waits for it.
func (cn *conn) resolve(env protocol.Envelope) bool {
	cn.mu.Lock()
	c := cn.pending[env.ID]
	delete(cn.pending, env.ID)
	cn.mu.Unlock()
	if c == nil {
		return false
	}
	if c.onReply != nil {
		c.onReply(env)
	}
	c.reply <- env // buffered 1, and each ID is resolved once
	return true
}

// fail records how the connection ended, once, and wakes every call.
func (cn *conn) fail(err *CloseError) {
	cn.mu.Lock()
	defer cn.mu.Unlock()
	if cn.err != nil {
		return
	}
	cn.err = err
	cn.pending = map[string]*call{}
	close(cn.dead)
}

func (cn *conn) closeErr() *CloseError {
	cn.mu.Lock()
	defer cn.mu.Unlock()
	return cn.err
}

// close says goodbye with code, reads until the server's close frame
// comes back (up to a second), and drops the socket.
func (cn *conn) close(code int, reason string) {
	err := cn.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason), time.Now().Add(time.Second))
	if err == nil {
		select {
		case <-cn.readDone:
		case <-time.After(time.Second):
		}
	}
	_ = cn.ws.Close()
}
