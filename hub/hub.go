package hub

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"hash/maphash"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/igf-village/village/protocol"
)

// Defaults, named so that docs and code agree.
const (
	DefaultSendQueue       = 128
	DefaultMaxConnsPerUser = 8
	DefaultRate            = 20 // requests a second per connection
	DefaultBurst           = 40
	DefaultPingInterval    = 20 * time.Second
	DefaultPongWait        = 30 * time.Second // a peer silent this long is dropped
	DefaultWriteWait       = 10 * time.Second
	DefaultLargeRoom       = 200 // members from which presence is batched slowly
	DefaultPresenceSmall   = 50 * time.Millisecond
	DefaultPresenceLarge   = 600 * time.Millisecond
	DefaultSnapshotMembers = 500 // members listed in a snapshot; the rest are counted
	DefaultHeartbeat       = 2 * time.Second
	DefaultNodeTimeout     = 10 * time.Second // a node silent this long has died
	DefaultBusFlush        = 100 * time.Millisecond
	// Chat sends in progress at once, on the node and in one room, beyond
	// which new sends are refused (overload.go).
	DefaultMaxSendsInFlight     = 4096
	DefaultMinSendsInFlight     = 256
	DefaultMaxRoomSendsInFlight = 4
	// The average time a chat send may take, from its admission to its
	// reply, before the node's limit on sends in progress shrinks.
	DefaultSendWait = 40 * time.Millisecond
)

// Config is a hub's tuning. Zero fields take the defaults.
type Config struct {
	Node            string // this node's ID; random when empty
	SendQueue       int
	MaxConnsPerUser int
	Rate            float64
	Burst           int
	PingInterval    time.Duration
	PongWait        time.Duration
	WriteWait       time.Duration
	LargeRoom       int
	PresenceSmall   time.Duration
	PresenceLarge   time.Duration
	SnapshotMembers int
	Heartbeat       time.Duration
	NodeTimeout     time.Duration
	BusFlush        time.Duration
	// MaxSendsInFlight and MaxRoomSendsInFlight bound the chat sends in
	// progress on the node and in each room; a send beyond either is
	// refused with rate_limited and a retry hint. The node's bound moves
	// between MinSendsInFlight and MaxSendsInFlight so that sends take
	// about SendWait on average at most (overload.go).
	MaxSendsInFlight     int
	MinSendsInFlight     int
	MaxRoomSendsInFlight int
	SendWait             time.Duration
}

func (c *Config) fill() {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	dur := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	if c.Node == "" {
		b := make([]byte, 6)
		_, _ = rand.Read(b)
		c.Node = "node-" + hex.EncodeToString(b)
	}
	def(&c.SendQueue, DefaultSendQueue)
	def(&c.MaxConnsPerUser, DefaultMaxConnsPerUser)
	if c.Rate <= 0 {
		c.Rate = DefaultRate
	}
	def(&c.Burst, DefaultBurst)
	dur(&c.PingInterval, DefaultPingInterval)
	dur(&c.PongWait, DefaultPongWait)
	dur(&c.WriteWait, DefaultWriteWait)
	def(&c.LargeRoom, DefaultLargeRoom)
	dur(&c.PresenceSmall, DefaultPresenceSmall)
	dur(&c.PresenceLarge, DefaultPresenceLarge)
	def(&c.SnapshotMembers, DefaultSnapshotMembers)
	dur(&c.Heartbeat, DefaultHeartbeat)
	dur(&c.NodeTimeout, DefaultNodeTimeout)
	dur(&c.BusFlush, DefaultBusFlush)
	def(&c.MaxSendsInFlight, DefaultMaxSendsInFlight)
	def(&c.MinSendsInFlight, DefaultMinSendsInFlight)
	def(&c.MaxRoomSendsInFlight, DefaultMaxRoomSendsInFlight)
	dur(&c.SendWait, DefaultSendWait)
}

// Deps are the parts a hub works with.
type Deps struct {
	Auth Authenticator
	// Kinds are the rooms there are, each kind with its rules, and
	// Requests the message types that domain packages answer. A room of
	// no kind does not exist.
	Kinds    []protocol.RoomKind
	Requests []protocol.Request
	// Direct decides who may send direct messages to whom; nil lets anyone
	// signed in message anyone else.
	Direct  DirectRule
	History protocol.History
	Bus     Bus      // nil: a LocalBus of this hub alone
	Metrics *Metrics // nil: a private, unregistered set
	Log     *slog.Logger
}

const shardCount = 64

// Hub is one node's live side.
type Hub struct {
	cfg      Config
	auth     Authenticator
	kinds    kinds
	requests map[string]*protocol.Request
	direct   DirectRule
	history  protocol.History
	bus      Bus
	alone    bool // no bus given: publish nothing
	metrics  *Metrics
	log      *slog.Logger
	seed     maphash.Seed

	rooms [shardCount]roomShard
	users [shardCount]userShard

	cluster *cluster
	gate    sendGate
	commits *committer
	// all holds every open connection, signed in or not, so that Close
	// reaches them all.
	all sync.Map // *Conn -> struct{}
	// pingTurn deals the connections out to pingLoop's slices in turn.
	pingTurn atomic.Uint32

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	unsubs []func()
}

type roomShard struct {
	mu    sync.RWMutex
	rooms map[string]*room
}

type userShard struct {
	mu    sync.Mutex
	conns map[string]map[*Conn]struct{}
}

// New builds a hub and starts its background work: bus subscriptions,
// heartbeats, and expiry of dead nodes. Close stops it.
func New(cfg Config, d Deps) (*Hub, error) {
	cfg.fill()
	if d.Auth == nil || d.History == nil {
		return nil, errors.New("hub: Auth and History are required")
	}
	roomKinds, err := newKinds(d.Kinds)
	if err != nil {
		return nil, err
	}
	requests, err := newRequests(d.Requests)
	if err != nil {
		return nil, err
	}
	if d.Direct == nil {
		d.Direct = anyoneElse
	}
	if d.Log == nil {
		d.Log = slog.Default()
	}
	if d.Metrics == nil {
		d.Metrics = NewMetrics(nil)
	}
	// A node without a bus is alone: what it would publish no other node
	// reads, and each message would cost an encoding, a copy and a
	// decoding to be dropped as its own. It keeps a LocalBus of its own
	// all the same, so that it subscribes as any node does.
	alone := d.Bus == nil
	if alone {
		d.Bus = NewLocalBus()
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &Hub{
		cfg: cfg, auth: d.Auth, kinds: roomKinds, requests: requests, direct: d.Direct, history: d.History, bus: d.Bus, alone: alone,
		metrics: d.Metrics, log: d.Log.With("node", cfg.Node), seed: maphash.MakeSeed(),
		ctx: ctx, cancel: cancel,
	}
	for i := range h.rooms {
		h.rooms[i].rooms = map[string]*room{}
		h.users[i].conns = map[string]map[*Conn]struct{}{}
	}
	h.cluster = newCluster(h)
	h.commits = newCommitter(h)
	if err := h.subscribe(); err != nil {
		cancel()
		return nil, err
	}
	h.wg.Add(3)
	go func() {
		defer h.wg.Done()
		h.cluster.run(ctx)
	}()
	go func() {
		defer h.wg.Done()
		h.pingLoop(ctx)
	}()
	go func() {
		defer h.wg.Done()
		h.commits.run(ctx)
	}()
	return h, nil
}

// Node is this hub's node ID.
func (h *Hub) Node() string { return h.cfg.Node }

func (h *Hub) shardOf(key string) int {
	return int(maphash.String(h.seed, key) % shardCount)
}

// room returns the room, creating it when create is set.
func (h *Hub) room(name string, create bool) *room {
	s := &h.rooms[h.shardOf(name)]
	s.mu.RLock()
	r := s.rooms[name]
	s.mu.RUnlock()
	if r != nil || !create {
		return r
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if r = s.rooms[name]; r == nil {
		r = newRoom(h, name)
		s.rooms[name] = r
		h.metrics.rooms.Inc()
	}
	return r
}

// dropRoomIfEmpty forgets a room that has nobody in it on any node, so
// that rooms do not accumulate. Its seq is in the history; a later room of
// the same name starts from there.
func (h *Hub) dropRoomIfEmpty(r *room) {
	s := &h.rooms[h.shardOf(r.name)]
	s.mu.Lock()
	defer s.mu.Unlock()
	r.mu.Lock()
	defer r.mu.Unlock()
	if s.rooms[r.name] != r || len(r.conns) > 0 || len(r.members) > 0 {
		return
	}
	r.dead = true
	delete(s.rooms, r.name)
	h.metrics.rooms.Dec()
}

// eachRoom calls fn for every room this node knows, outside shard locks.
func (h *Hub) eachRoom(fn func(*room)) {
	for i := range h.rooms {
		s := &h.rooms[i]
		s.mu.RLock()
		rs := make([]*room, 0, len(s.rooms))
		for _, r := range s.rooms {
			rs = append(rs, r)
		}
		s.mu.RUnlock()
		for _, r := range rs {
			fn(r)
		}
	}
}

// addUserConn registers c under its user; false when the user is at the
// connection limit.
func (h *Hub) addUserConn(c *Conn) bool {
	s := &h.users[h.shardOf(c.id.ID)]
	s.mu.Lock()
	defer s.mu.Unlock()
	set := s.conns[c.id.ID]
	if len(set) >= h.cfg.MaxConnsPerUser {
		return false
	}
	if set == nil {
		set = map[*Conn]struct{}{}
		s.conns[c.id.ID] = set
	}
	set[c] = struct{}{}
	return true
}

func (h *Hub) removeUserConn(c *Conn) {
	s := &h.users[h.shardOf(c.id.ID)]
	s.mu.Lock()
	defer s.mu.Unlock()
	if set := s.conns[c.id.ID]; set != nil {
		delete(set, c)
		if len(set) == 0 {
			delete(s.conns, c.id.ID)
		}
	}
}

// userConns returns a person's connections on this node.
func (h *Hub) userConns(user string) []*Conn {
	s := &h.users[h.shardOf(user)]
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*Conn, 0, len(s.conns[user]))
	for c := range s.conns[user] {
		out = append(out, c)
	}
	return out
}

// Close says goodbye to every connection (1001, going away), stops the
// background work and unsubscribes from the bus. The bus itself belongs to
// the caller.
func (h *Hub) Close() {
	h.cancel()
	h.all.Range(func(k, _ any) bool {
		k.(*Conn).closeWith(closeGoingAway, "the server is shutting down")
		return true
	})
	for _, u := range h.unsubs {
		u()
	}
	h.wg.Wait()
}
