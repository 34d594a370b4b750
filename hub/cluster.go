package hub

import (
	"context"
	"encoding/json"
	"sync"
	"time"

	"github.com/igf-village/village/protocol"
)

// What nodes say to each other on the bus. Each message names its node so
// that a node ignores its own.
type (
	roomMsg struct {
		Node  string          `json:"n"`
		Room  string          `json:"r"`
		Seq   uint64          `json:"s"`
		Frame json.RawMessage `json:"f"`
	}
	directMsg struct {
		Node  string          `json:"n"`
		User  string          `json:"u"`
		Frame json.RawMessage `json:"f,omitempty"`
		// Kick closes the person's connections instead (account deleted,
		// person banned), with Reason as the close reason.
		Kick   bool   `json:"kick,omitempty"`
		Reason string `json:"r,omitempty"`
	}
	// presenceMsg carries a node's presence changes, numbered so that a
	// receiver notices a lost one, or (Snapshot) the node's whole presence.
	presenceMsg struct {
		Node     string           `json:"n"`
		Version  uint64           `json:"v"`
		Snapshot bool             `json:"snap,omitempty"`
		Changes  []presenceChange `json:"c"`
	}
	presenceChange struct {
		Room   string          `json:"r"`
		Member protocol.Member `json:"m"`
		Here   bool            `json:"h"`
	}
	// nodeMsg is a heartbeat (with the node's presence version), a request
	// for another node's snapshot (Want; "*" for all), or a goodbye.
	nodeMsg struct {
		Node    string `json:"n"`
		Version uint64 `json:"v"`
		Want    string `json:"want,omitempty"`
		Bye     bool   `json:"bye,omitempty"`
	}
)

// cluster keeps this node's view of the other nodes' presence and sends
// its own: batched changes, heartbeats, snapshots on request. A node that
// misses heartbeats for NodeTimeout is taken for dead and its members leave
// every room.
type cluster struct {
	h *Hub

	// pubMu keeps this node's presence messages in version order on the
	// bus. Lock order: pubMu, then room locks, then mu.
	pubMu   sync.Mutex
	mu      sync.Mutex
	version uint64
	pending []presenceChange
	peers   map[string]*peer
}

type peer struct {
	version uint64
	seen    time.Time
	rooms   map[string]map[string]protocol.Member
}

func newCluster(h *Hub) *cluster { return &cluster{h: h, peers: map[string]*peer{}} }

// localChange records that this node now holds (or no longer holds) m in
// room. Called with the room locked.
func (cl *cluster) localChange(room string, m protocol.Member, here bool) {
	cl.mu.Lock()
	cl.pending = append(cl.pending, presenceChange{Room: room, Member: m, Here: here})
	cl.mu.Unlock()
}

func (cl *cluster) run(ctx context.Context) {
	flush := time.NewTicker(cl.h.cfg.BusFlush)
	beat := time.NewTicker(cl.h.cfg.Heartbeat)
	defer flush.Stop()
	defer beat.Stop()
	cl.publishNode(nodeMsg{Want: "*"})
	for {
		select {
		case <-ctx.Done():
			cl.flush()
			cl.publishNode(nodeMsg{Bye: true})
			return
		case <-flush.C:
			cl.flush()
		case now := <-beat.C:
			cl.publishNode(nodeMsg{})
			cl.expire(now)
		}
	}
}

// flush publishes the changes gathered since the last flush.
func (cl *cluster) flush() {
	cl.pubMu.Lock()
	defer cl.pubMu.Unlock()
	cl.mu.Lock()
	if len(cl.pending) == 0 {
		cl.mu.Unlock()
		return
	}
	cl.version++
	msg := presenceMsg{Node: cl.h.cfg.Node, Version: cl.version, Changes: cl.pending}
	cl.pending = nil
	cl.mu.Unlock()
	cl.h.publish(SubjectPresence, msg)
}

// publishSnapshot sends this node's whole presence. Changes that happen
// while it is collected are sent after it, so a receiver ends with the
// later state.
func (cl *cluster) publishSnapshot() {
	cl.pubMu.Lock()
	defer cl.pubMu.Unlock()
	var all []presenceChange
	cl.h.eachRoom(func(r *room) {
		r.mu.Lock()
		for _, p := range r.members {
			if p.local > 0 {
				all = append(all, presenceChange{Room: r.name, Member: p.m, Here: true})
			}
		}
		r.mu.Unlock()
	})
	cl.mu.Lock()
	cl.version++
	snap := presenceMsg{Node: cl.h.cfg.Node, Version: cl.version, Snapshot: true, Changes: all}
	var rest *presenceMsg
	if len(cl.pending) > 0 {
		cl.version++
		rest = &presenceMsg{Node: cl.h.cfg.Node, Version: cl.version, Changes: cl.pending}
		cl.pending = nil
	}
	cl.mu.Unlock()
	cl.h.publish(SubjectPresence, snap)
	if rest != nil {
		cl.h.publish(SubjectPresence, *rest)
	}
}

func (cl *cluster) publishNode(m nodeMsg) {
	cl.mu.Lock()
	m.Node, m.Version = cl.h.cfg.Node, cl.version
	cl.mu.Unlock()
	cl.h.publish(SubjectNodes, m)
}

// onPresence applies another node's presence message.
func (cl *cluster) onPresence(m presenceMsg) {
	if m.Node == cl.h.cfg.Node {
		return
	}
	var ops []presenceChange
	cl.mu.Lock()
	p := cl.peer(m.Node)
	if !m.Snapshot && m.Version != p.version+1 {
		// A lost message, or a node we have not heard from before: ask
		// for its whole presence, and apply this meanwhile.
		go cl.publishNode(nodeMsg{Want: m.Node})
	}
	if m.Snapshot {
		fresh := map[string]map[string]protocol.Member{}
		for _, c := range m.Changes {
			if fresh[c.Room] == nil {
				fresh[c.Room] = map[string]protocol.Member{}
			}
			fresh[c.Room][c.Member.ID] = c.Member
		}
		for room, ms := range p.rooms {
			for id, mem := range ms {
				if _, still := fresh[room][id]; !still {
					ops = append(ops, presenceChange{Room: room, Member: mem, Here: false})
				}
			}
		}
		ops = append(ops, m.Changes...)
		p.rooms = fresh
	} else {
		for _, c := range m.Changes {
			if c.Here {
				if p.rooms[c.Room] == nil {
					p.rooms[c.Room] = map[string]protocol.Member{}
				}
				p.rooms[c.Room][c.Member.ID] = c.Member
			} else if ms := p.rooms[c.Room]; ms != nil {
				delete(ms, c.Member.ID)
				if len(ms) == 0 {
					delete(p.rooms, c.Room)
				}
			}
		}
		ops = m.Changes
	}
	p.version = m.Version
	cl.mu.Unlock()
	cl.apply(m.Node, ops)
}

// peer returns the state of another node, new if unknown. Called locked.
func (cl *cluster) peer(node string) *peer {
	p := cl.peers[node]
	if p == nil {
		p = &peer{rooms: map[string]map[string]protocol.Member{}}
		cl.peers[node] = p
	}
	p.seen = time.Now()
	return p
}

func (cl *cluster) apply(node string, ops []presenceChange) {
	for _, c := range ops {
		for {
			r := cl.h.room(c.Room, c.Here)
			if r == nil || r.remote(node, c.Member, c.Here) {
				break
			}
		}
	}
}

// onNode handles heartbeats, snapshot requests and goodbyes.
func (cl *cluster) onNode(m nodeMsg) {
	if m.Node == cl.h.cfg.Node {
		return
	}
	if m.Want == cl.h.cfg.Node || m.Want == "*" {
		go cl.publishSnapshot()
	}
	if m.Want != "" {
		return
	}
	cl.mu.Lock()
	if m.Bye {
		cl.mu.Unlock()
		cl.drop(m.Node)
		return
	}
	_, known := cl.peers[m.Node]
	p := cl.peer(m.Node)
	behind := !known || m.Version > p.version
	cl.mu.Unlock()
	if behind {
		cl.publishNode(nodeMsg{Want: m.Node})
	}
}

// expire drops nodes that have been silent for NodeTimeout.
func (cl *cluster) expire(now time.Time) {
	cl.mu.Lock()
	var dead []string
	for node, p := range cl.peers {
		if now.Sub(p.seen) > cl.h.cfg.NodeTimeout {
			dead = append(dead, node)
		}
	}
	cl.mu.Unlock()
	for _, node := range dead {
		cl.h.log.Warn("node silent: dropping its members", "peer", node)
		cl.drop(node)
	}
}

// drop removes a node and every member it held.
func (cl *cluster) drop(node string) {
	cl.mu.Lock()
	p := cl.peers[node]
	delete(cl.peers, node)
	cl.mu.Unlock()
	if p == nil {
		return
	}
	var ops []presenceChange
	for room, ms := range p.rooms {
		for _, m := range ms {
			ops = append(ops, presenceChange{Room: room, Member: m, Here: false})
		}
	}
	cl.apply(node, ops)
}

// publish encodes and sends a bus message. A failure is logged and
// counted: presence heals by heartbeat and snapshot, chat by history.
func (h *Hub) publish(subject string, msg any) {
	if h.alone {
		return
	}
	data, err := json.Marshal(msg)
	if err != nil {
		panic(err)
	}
	if err := h.bus.Publish(context.Background(), subject, data); err != nil {
		h.metrics.busErrors.Inc()
		h.log.Warn("bus publish failed", "subject", subject, "err", err)
		return
	}
	h.metrics.busOut.WithLabelValues(subject).Inc()
}

func (h *Hub) publishRoom(_ context.Context, room string, seq uint64, frame []byte) {
	h.publish(SubjectRoom, roomMsg{Node: h.cfg.Node, Room: room, Seq: seq, Frame: frame})
}

func (h *Hub) publishDirect(_ context.Context, user string, frame []byte) {
	h.publish(SubjectDirect, directMsg{Node: h.cfg.Node, User: user, Frame: frame})
}

// deliverDirect queues a direct message on every local tab of user.
func (h *Hub) deliverDirect(user string, frame []byte) {
	for _, c := range h.userConns(user) {
		c.enqueue(frame, kindDirect, "")
	}
}

// Disconnect closes every connection of a person, on every node, with
// CloseAccountGone and reason (the close frame's text, at most 123 bytes):
// their account is gone or they were banned, and tokens already issued
// must not keep them in rooms.
func (h *Hub) Disconnect(user, reason string) {
	h.disconnectLocal(user, reason)
	h.publish(SubjectDirect, directMsg{Node: h.cfg.Node, User: user, Kick: true, Reason: reason})
}

func (h *Hub) disconnectLocal(user, reason string) {
	if reason == "" {
		reason = "this account no longer exists"
	}
	for _, c := range h.userConns(user) {
		c.closeWith(protocol.CloseAccountGone, reason)
	}
}

// subscribe listens on the bus for what other nodes publish.
func (h *Hub) subscribe() error {
	handlers := map[string]func([]byte){
		SubjectRoom: func(b []byte) {
			var m roomMsg
			if json.Unmarshal(b, &m) != nil || m.Node == h.cfg.Node {
				return
			}
			if r := h.room(m.Room, false); r != nil {
				r.deliver(m.Seq, m.Frame)
			}
		},
		SubjectDirect: func(b []byte) {
			var m directMsg
			if json.Unmarshal(b, &m) != nil || m.Node == h.cfg.Node {
				return
			}
			if m.Kick {
				h.disconnectLocal(m.User, m.Reason)
				return
			}
			h.deliverDirect(m.User, m.Frame)
		},
		SubjectPresence: func(b []byte) {
			var m presenceMsg
			if json.Unmarshal(b, &m) == nil {
				h.cluster.onPresence(m)
			}
		},
		SubjectNodes: func(b []byte) {
			var m nodeMsg
			if json.Unmarshal(b, &m) == nil {
				h.cluster.onNode(m)
			}
		},
	}
	for subject, handle := range handlers {
		subject, handle := subject, handle
		unsub, err := h.bus.Subscribe(subject, func(b []byte) {
			h.metrics.busIn.WithLabelValues(subject).Inc()
			handle(b)
		})
		if err != nil {
			for _, u := range h.unsubs {
				u()
			}
			return err
		}
		h.unsubs = append(h.unsubs, unsub)
	}
	return nil
}
