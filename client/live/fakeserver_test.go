package live

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/gorilla/websocket"

	"github.com/igf-village/village/protocol"
)

// fakeServer speaks just enough of the protocol to test what the client
// does with frames a real node rarely sends: lost or reordered chat. Its
// history has every seq up to the highest chatted, but those forgotten.
type fakeServer struct {
	t   testing.TB
	url string

	mu        sync.Mutex
	conns     []*fakeConn
	last      uint64
	forgotten map[uint64]bool
	histories int
	// onSend, when set, answers each send: a result, or an error, or
	// neither, and then the connection is dropped without a reply.
	onSend func(p sendSeen) (seq uint64, refuse *protocol.ErrorBody)
}

// sendSeen is a send as the fake server got it.
type sendSeen struct {
	Text     string `json:"text"`
	ClientID string `json:"client_id"`
}

type fakeConn struct {
	mu sync.Mutex
	ws *websocket.Conn
}

func (fc *fakeConn) send(env protocol.Envelope) {
	b, _ := json.Marshal(env)
	fc.mu.Lock()
	defer fc.mu.Unlock()
	_ = fc.ws.WriteMessage(websocket.TextMessage, b)
}

func newFakeServer(t testing.TB) *fakeServer {
	s := &fakeServer{t: t, forgotten: map[uint64]bool{}}
	up := websocket.Upgrader{}
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ws, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		fc := &fakeConn{ws: ws}
		s.mu.Lock()
		s.conns = append(s.conns, fc)
		s.mu.Unlock()
		s.serve(fc)
	}))
	t.Cleanup(hs.Close)
	s.url = "ws" + strings.TrimPrefix(hs.URL, "http")
	return s
}

func (s *fakeServer) dial(t testing.TB, opts ...Option) *Client {
	t.Helper()
	c, err := Dial(context.Background(), s.url, "token", opts...)
	if err != nil {
		t.Fatalf("dial the fake server: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func (s *fakeServer) serve(fc *fakeConn) {
	defer fc.ws.Close()
	for {
		_, data, err := fc.ws.ReadMessage()
		if err != nil {
			return
		}
		var env protocol.Envelope
		if json.Unmarshal(data, &env) != nil {
			return
		}
		var result any
		if env.Type == protocol.TypeSend && s.onSend != nil {
			var p sendSeen
			_ = json.Unmarshal(env.Payload, &p)
			seq, refuse := s.onSend(p)
			switch {
			case refuse != nil:
				fc.send(protocol.Envelope{Type: protocol.TypeError, ID: env.ID, Error: refuse})
			case seq == 0:
				return // the reply is lost with the connection
			default:
				res, _ := json.Marshal(map[string]uint64{"seq": seq})
				fc.send(protocol.Envelope{Type: protocol.TypeReply, ID: env.ID, Payload: res})
			}
			continue
		}
		switch env.Type {
		case protocol.TypeAuth:
			result = protocol.Hello{Protocol: protocol.ProtocolVersion, Node: "fake", User: protocol.Member{ID: "p-me", Name: "Me"}}
		case protocol.TypeJoin:
			s.mu.Lock()
			result = protocol.JoinResult{Seq: s.last, Messages: []protocol.Message{}, Presence: protocol.Presence{Members: []protocol.Member{}}}
			s.mu.Unlock()
		case protocol.TypeHistory:
			var p struct{ After uint64 }
			_ = json.Unmarshal(env.Payload, &p)
			s.mu.Lock()
			s.histories++
			res := protocol.HistoryResult{Messages: []protocol.Message{}}
			for seq := p.After + 1; seq <= s.last; seq++ {
				if !s.forgotten[seq] {
					res.Messages = append(res.Messages, msg(env.Room, seq))
				}
			}
			s.mu.Unlock()
			result = res
		default:
			result = struct{}{}
		}
		p, _ := json.Marshal(result)
		fc.send(protocol.Envelope{Type: protocol.TypeReply, ID: env.ID, Payload: p})
	}
}

// chat records messages up to the highest of seqs, and sends only seqs,
// in that order, to every connection.
func (s *fakeServer) chat(room string, seqs ...uint64) {
	s.mu.Lock()
	for _, seq := range seqs {
		s.last = max(s.last, seq)
	}
	conns := append([]*fakeConn(nil), s.conns...)
	s.mu.Unlock()
	for _, seq := range seqs {
		p, _ := json.Marshal(msg(room, seq))
		for _, fc := range conns {
			fc.send(protocol.Envelope{Type: protocol.TypeMessage, Room: room, Seq: seq, Payload: p})
		}
	}
}

func (s *fakeServer) forget(seq uint64) {
	s.mu.Lock()
	s.forgotten[seq] = true
	s.mu.Unlock()
}

func (s *fakeServer) historyCalls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.histories
}
