package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"

	"github.com/igf-village/village/protocol"
)

// member is one simulated participant: one WebSocket and the little state
// the run needs. It does not use client/live: tens of thousands of them
// share a machine with the server, so each keeps a few hundred bytes and
// one goroutine (its reader), and frames are classified by their first
// bytes rather than decoded.
type member struct {
	idx   int
	token string
	node  int // index into the run's live URLs

	wmu  sync.Mutex // one writer; also orders a send before a move
	ws   *websocket.Conn
	room int // the room joined or being joined, -1 none; under wmu
	in   atomic.Bool
	live atomic.Bool

	presence atomic.Uint32 // presence frames received
	settled  atomic.Bool
	release  func() // frees the dial slot once settled

	actor *actor // a booth visitor or staff member (the booths scenario), else nil
}

// writeBufferPool is shared by every connection of the process.
var writeBufferPool = &sync.Pool{}

// newDialer keeps per-connection buffers small (write buffers are pooled)
// and dials from local, if given: a source address of its own has its own
// ephemeral ports, so that tens of thousands of connections to one node
// address need not share one range of ports.
func newDialer(local net.IP) *websocket.Dialer {
	nd := &net.Dialer{Timeout: 10 * time.Second}
	if local != nil {
		nd.LocalAddr = &net.TCPAddr{IP: local}
	}
	return &websocket.Dialer{
		HandshakeTimeout: 20 * time.Second,
		ReadBufferSize:   1024,
		WriteBufferSize:  1024,
		WriteBufferPool:  writeBufferPool,
		NetDialContext:   nd.DialContext,
	}
}

// sourceIP is the k-th loopback source address, from 127.0.0.2.
func sourceIP(k int) net.IP { return net.IPv4(127, 0, byte((k+2)>>8), byte(k+2)) }

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// connect dials, authenticates and joins the member's room, then reads
// until the connection ends. It reports to the run once settled: joined
// (or connected, with no room), or failed.
func (r *run) connect(ctx context.Context, m *member) {
	r.c.attempted.Add(1)
	start := time.Now()
	hdr := http.Header{}
	if r.cfg.headerAuth {
		hdr.Set("Authorization", "Bearer "+m.token)
	}
	dctx, cancel := context.WithTimeout(ctx, r.cfg.connectTimeout)
	ws, resp, err := r.dialers[m.idx%len(r.dialers)].DialContext(dctx, r.cfg.wsURLs[m.node], hdr)
	cancel()
	if err != nil {
		r.fail(m, dialFailure(err, resp))
		return
	}
	if err := r.authenticate(ws, m); err != nil {
		ws.Close()
		r.fail(m, err.Error())
		return
	}
	r.c.connectLat.record(time.Since(start))
	r.c.connected.Add(1)
	r.c.opened()
	m.wmu.Lock()
	m.ws = ws
	m.wmu.Unlock()
	m.live.Store(true)
	if m.room >= 0 {
		m.wmu.Lock()
		err = r.writeJoin(m, m.room)
		m.wmu.Unlock()
		if err != nil {
			r.fail(m, "write_join")
		}
	} else {
		r.settle(m)
	}
	r.read(m)
}

// authenticate sends the auth message (unless the token went in the
// header) and waits for the hello.
func (r *run) authenticate(ws *websocket.Conn, m *member) error {
	_ = ws.SetReadDeadline(time.Now().Add(20 * time.Second))
	defer ws.SetReadDeadline(time.Time{})
	if !r.cfg.headerAuth {
		frame := `{"type":"auth","id":"a","payload":{"token":` + strconv.Quote(m.token) + `}}`
		_ = ws.SetWriteDeadline(time.Now().Add(10 * time.Second))
		if err := ws.WriteMessage(websocket.TextMessage, []byte(frame)); err != nil {
			return errors.New("write_auth")
		}
	}
	refused := ""
	for {
		_, data, err := ws.ReadMessage()
		if err != nil {
			if refused != "" {
				return errors.New("auth_" + refused)
			}
			var ce *websocket.CloseError
			if errors.As(err, &ce) {
				return fmt.Errorf("close_%d", ce.Code)
			}
			return errors.New("auth_read")
		}
		switch frameType(protocol.Frames(data)[0]) {
		case protocol.TypeHello:
			if r.cfg.headerAuth {
				return nil
			}
		case protocol.TypeReply:
			if frameID(data) == "a" {
				return nil
			}
		case protocol.TypeError:
			refused = string(errorCode(data))
			_ = ws.SetReadDeadline(time.Now().Add(2 * time.Second))
		}
	}
}

func dialFailure(err error, resp *http.Response) string {
	if resp != nil {
		defer resp.Body.Close()
		raw, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		var body struct {
			Error struct {
				Code string `json:"code"`
			} `json:"error"`
		}
		if json.Unmarshal(raw, &body) == nil && body.Error.Code != "" {
			return fmt.Sprintf("http_%d_%s", resp.StatusCode, body.Error.Code)
		}
		return fmt.Sprintf("http_%d", resp.StatusCode)
	}
	var ne net.Error
	switch {
	case errors.As(err, &ne) && ne.Timeout():
		return "dial_timeout"
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return "dial_cancelled"
	}
	var oe *net.OpError
	if errors.As(err, &oe) {
		return "dial_" + oe.Op
	}
	return "dial_error"
}

func (r *run) fail(m *member, kind string) {
	r.c.connectFails.add(kind)
	r.settle(m)
}

// settle reports the member's connection attempt as over, once.
func (r *run) settle(m *member) {
	if m.settled.CompareAndSwap(false, true) {
		if m.release != nil {
			m.release()
		}
		r.pending.Done()
	}
}

// read handles every frame until the connection ends.
func (r *run) read(m *member) {
	for {
		_, rd, err := m.ws.NextReader()
		if err != nil {
			r.lost(m, err)
			return
		}
		buf := bufPool.Get().(*bytes.Buffer)
		buf.Reset()
		if _, err := buf.ReadFrom(rd); err != nil {
			bufPool.Put(buf)
			r.lost(m, err)
			return
		}
		for _, env := range protocol.Frames(buf.Bytes()) {
			r.handle(m, env)
		}
		if buf.Cap() <= 64<<10 {
			bufPool.Put(buf)
		}
	}
}

func (r *run) handle(m *member, data []byte) {
	switch frameType(data) {
	case protocol.TypeMessage:
		r.c.received.Add(1)
		if r.brk != nil {
			r.brk.delivered(data)
		}
		if at, ok := sentAt(data); ok {
			r.c.deliverLat.record(time.Duration(time.Now().UnixNano() - at))
		} else {
			r.c.unparsed.Add(1)
		}
	case protocol.TypePresenceDelta, protocol.TypePresence:
		m.presence.Add(1)
		r.c.presence.Add(1)
	case protocol.TypeReply:
		r.reply(m, frameID(data))
	case protocol.TypeError:
		r.refused(m, frameID(data), string(errorCode(data)))
	case "knock.queue":
		if r.booths != nil {
			r.booths.queue(m, data)
		}
	case "knock.taken":
		r.booths.tell(m, "taken")
	case "knock.declined":
		r.booths.tell(m, "declined")
	case "break.table", "break.waiting", "break.round":
		if r.brk != nil {
			r.brk.event(m, frameType(data), data)
		}
	}
}

// Request IDs say what a reply is about, so that no per-request state is
// kept: "j<room>.<unixnano>" join, "s<expected deliveries>.<unixnano>" send,
// "p<unixnano>" ping, "l" leave; and in the booths scenario "k<unixnano>"
// knock.ask, "w<unixnano>" knock.withdraw, "t<unixnano>" knock.take, "g"
// a staff room's join (booths.go); in the break scenario "B", "T", "C" and
// "L" (breaks.go).
func (r *run) reply(m *member, id string) {
	if id == "" {
		return
	}
	switch id[0] {
	case 'j':
		room, at, ok := parseDotID(id)
		if !ok {
			return
		}
		r.c.joinLat.record(time.Duration(time.Now().UnixNano() - at))
		r.joinedRoom(m, room)
	case 's':
		r.c.sendOK.Add(1)
		if _, at, ok := parseDotID(id); ok {
			r.c.sendLat.record(time.Duration(time.Now().UnixNano() - at))
		}
	case 'p':
		if at, err := strconv.ParseInt(id[1:], 10, 64); err == nil {
			r.c.pongs.Add(1)
			r.c.pingLat.record(time.Duration(time.Now().UnixNano() - at))
		}
	case 'k', 'w', 't', 'g':
		if r.booths != nil {
			r.booths.reply(m, id, "")
		}
	case 'B', 'T', 'C', 'L':
		if r.brk != nil {
			r.brk.reply(m, id, "")
		}
	}
}

func (r *run) refused(m *member, id, code string) {
	op := "other"
	if id != "" {
		switch id[0] {
		case 'j':
			op = "join"
			r.settle(m) // in no room, but connected
		case 's':
			op = "send"
			r.c.sendFailed.Add(1)
			r.c.sendRefusals.add(code)
			if n, at, ok := parseDotID(id); ok {
				r.c.expected.Add(-int64(n)) // counted when sent
				r.c.refuseLat.record(time.Duration(time.Now().UnixNano() - at))
			}
		case 'p':
			op = "ping"
		case 'l':
			op = "leave"
		case 'B', 'T', 'C', 'L':
			if r.brk != nil {
				// Counted by the break scenario, by what was refused.
				r.brk.reply(m, id, code)
				return
			}
		case 'k', 'w', 't', 'g':
			if r.booths != nil {
				// Refused knocks are outcomes, counted by the booth side.
				if op = r.booths.reply(m, id, code); op == "" {
					return
				}
				r.c.errors.add(op)
				return
			}
		}
	}
	r.c.errors.add(op + ":" + code)
}

func (r *run) joinedRoom(m *member, room int) {
	m.wmu.Lock()
	current := m.room == room
	if current {
		m.in.Store(true)
		r.rooms[room].joined.Add(1)
	}
	m.wmu.Unlock()
	if current {
		r.c.joined.Add(1)
	}
	r.settle(m)
}

// lost records a connection that ended, unless the run is ending it.
func (r *run) lost(m *member, err error) {
	m.live.Store(false)
	r.c.open.Add(-1)
	m.wmu.Lock()
	if m.in.Swap(false) {
		r.rooms[m.room].joined.Add(-1)
	}
	m.wmu.Unlock()
	r.settle(m)
	if r.closing.Load() {
		return
	}
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		r.c.closes.add(strconv.Itoa(ce.Code) + " " + ce.Text)
	} else {
		r.c.closes.add("1006 connection lost")
	}
}

// write sends a frame; the caller holds m.wmu.
func (m *member) write(frame []byte) error {
	if m.ws == nil || !m.live.Load() {
		return errors.New("not connected")
	}
	_ = m.ws.SetWriteDeadline(time.Now().Add(10 * time.Second))
	return m.ws.WriteMessage(websocket.TextMessage, frame)
}

// writeJoin asks to join room; the caller holds m.wmu.
func (r *run) writeJoin(m *member, room int) error {
	m.room = room
	frame := fmt.Appendf(nil, `{"type":"join","id":"j%d.%d","room":%s,"payload":{"since":0}}`,
		room, time.Now().UnixNano(), r.rooms[room].quoted)
	return m.write(frame)
}

// parseDotID reads IDs of the form <letter><n>.<unixnano>.
func parseDotID(id string) (n int, at int64, ok bool) {
	dot := strings.IndexByte(id, '.')
	if dot < 2 {
		return 0, 0, false
	}
	n, err1 := strconv.Atoi(id[1:dot])
	at, err2 := strconv.ParseInt(id[dot+1:], 10, 64)
	return n, at, err1 == nil && err2 == nil
}

// Frame parsing by position: the server encodes every envelope with
// encoding/json from protocol.Envelope, so fields come in its order (type, id,
// room, seq, payload, error).

var typePrefix = []byte(`{"type":"`)

func frameType(data []byte) string {
	if !bytes.HasPrefix(data, typePrefix) {
		return ""
	}
	rest := data[len(typePrefix):]
	end := bytes.IndexByte(rest, '"')
	if end < 0 {
		return ""
	}
	return string(rest[:end])
}

var idMarker = []byte(`","id":"`)

func frameID(data []byte) string {
	head := data[:min(len(data), 96)]
	i := bytes.Index(head, idMarker)
	if i < 0 {
		return ""
	}
	rest := data[i+len(idMarker):]
	end := bytes.IndexByte(rest, '"')
	if end < 0 {
		return ""
	}
	return string(rest[:end])
}

var textMarker = []byte(`"text":"t=`)

// sentAt finds the send time that the chat text starts with.
func sentAt(data []byte) (int64, bool) {
	i := bytes.Index(data, textMarker)
	if i < 0 {
		return 0, false
	}
	var v int64
	n := 0
	for _, b := range data[i+len(textMarker):] {
		if b < '0' || b > '9' {
			break
		}
		v = v*10 + int64(b-'0')
		n++
	}
	return v, n > 0
}

func errorCode(data []byte) string {
	var env protocol.Envelope
	if json.Unmarshal(data, &env) != nil || env.Error == nil {
		return "unreadable"
	}
	return string(env.Error.Code)
}
