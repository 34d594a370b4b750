package live

import (
	"encoding/json"
	"sync"

	"github.com/igf-village/village/protocol"
)

// Event types the client adds to the server's (protocol.TypeMessage,
// protocol.TypePresenceDelta, protocol.TypePresence, protocol.TypeDirectIn, protocol.TypeHello,
// protocol.TypeError).
const (
	// EventReconnected: the connection was made again and every room
	// rejoined; Hello is the new greeting.
	EventReconnected = "live.reconnected"
	// EventRoomLost: a room could not be rejoined after a reconnection;
	// Err says why and the room's view is gone.
	EventRoomLost = "live.room_lost"
)

// Event is a server event, or one of the client's own (Event*). The pointer
// field that goes with Type is set. Chat messages come in seq order, each
// once, including those fetched to fill a gap or to catch up after a
// reconnection; presence events come after the view has applied them.
type Event struct {
	Type     string
	Room     string
	Seq      uint64
	Message  *protocol.Message
	Delta    *protocol.PresenceDelta
	Presence *protocol.Presence
	Direct   *protocol.Direct
	Hello    *protocol.Hello
	Err      error           // protocol.TypeError without a request ID; EventRoomLost
	Raw      json.RawMessage // the payload as sent, for server events
}

// eventQueue hands events to the caller of Events on a goroutine of its
// own. Until Events is first called nothing is kept; then at most max
// events wait, the oldest dropped first.
type eventQueue struct {
	mu       sync.Mutex
	buf      []Event
	max      int
	on       bool
	ended    bool // no more events will come: deliver the rest, then close out
	dropped  uint64
	wake     chan struct{} // buffered 1: buf gained an event, or the queue ended
	stop     chan struct{} // closed: close out without delivering the rest
	stopOnce sync.Once
	out      chan Event
}

func newEventQueue(max int) *eventQueue {
	return &eventQueue{max: max, wake: make(chan struct{}, 1), stop: make(chan struct{}), out: make(chan Event)}
}

// start turns the queue on, once, and returns the channel.
func (q *eventQueue) start() <-chan Event {
	q.mu.Lock()
	defer q.mu.Unlock()
	if !q.on {
		q.on = true
		go q.pump()
	}
	return q.out
}

func (q *eventQueue) push(evs ...Event) {
	if len(evs) == 0 {
		return
	}
	q.mu.Lock()
	if !q.on || q.ended {
		q.mu.Unlock()
		return
	}
	q.buf = append(q.buf, evs...)
	if over := len(q.buf) - q.max; over > 0 {
		q.dropped += uint64(over)
		clear(q.buf[:over])
		q.buf = q.buf[over:]
	}
	q.mu.Unlock()
	q.signal()
}

func (q *eventQueue) signal() {
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// end lets the pump deliver what is queued and then close the channel;
// with now, it closes the channel without delivering the rest.
func (q *eventQueue) end(now bool) {
	q.mu.Lock()
	q.ended = true
	q.mu.Unlock()
	if now {
		q.stopOnce.Do(func() { close(q.stop) })
	}
	q.signal()
}

func (q *eventQueue) droppedCount() uint64 {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.dropped
}

func (q *eventQueue) pump() {
	defer close(q.out)
	for {
		q.mu.Lock()
		if len(q.buf) == 0 {
			ended := q.ended
			q.buf = nil // let a burst's backing array go
			q.mu.Unlock()
			if ended {
				return
			}
			select {
			case <-q.wake:
			case <-q.stop:
				return
			}
			continue
		}
		ev := q.buf[0]
		q.buf[0] = Event{}
		q.buf = q.buf[1:]
		q.mu.Unlock()
		select {
		case q.out <- ev:
		case <-q.stop:
			return
		}
	}
}
