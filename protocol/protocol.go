package protocol

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/igf-village/village/apperr"
)

// ProtocolVersion is sent in the hello event. A client that does not know
// the version it is told should reload.
const ProtocolVersion = 1

// Frames returns the envelopes of one server frame: the server sends
// several at once, one per line, when they are queued together. Encoded
// JSON holds no raw newline, so the split is exact.
func Frames(data []byte) [][]byte {
	return bytes.Split(bytes.TrimRight(data, "\n"), []byte{'\n'})
}

// Envelope is every message on the wire, both ways. A client request
// carries an ID of the client's choosing; the one reply to it carries the
// same ID. Server events carry no ID.
type Envelope struct {
	Type    string          `json:"type"`
	ID      string          `json:"id,omitempty"`
	Room    string          `json:"room,omitempty"`
	Seq     uint64          `json:"seq,omitempty"`
	Payload json.RawMessage `json:"payload,omitempty"`
	Error   *ErrorBody      `json:"error,omitempty"`
}

// ErrorBody is the error of a reply: the same stable codes as the REST API.
type ErrorBody struct {
	Code    apperr.Code `json:"code"`
	Message string      `json:"message"`
	// RetryAfterMS comes with rate_limited: wait at least this long before
	// sending the refused request again.
	RetryAfterMS int64 `json:"retry_after_ms,omitempty"`
}

// Client request types.
const (
	TypeAuth     = "auth"     // {token}: first message, or to renew the token
	TypeJoin     = "join"     // room; {since?}: enter a room
	TypeLeave    = "leave"    // room
	TypeSend     = "send"     // room; {text}: chat in a room
	TypeHistory  = "history"  // room; {after, limit?}: earlier messages
	TypeDirect   = "direct"   // {to, kind, body}: to every tab of a person
	TypePing     = "ping"     // {}: the reply measures the round trip
	TypePresence = "presence" // room: a fresh presence snapshot
	TypeDelete   = "delete"   // room; {seq, reason}: a moderator takes a message out
)

// Server message types.
const (
	TypeReply         = "reply"           // the result of a request, with its ID
	TypeError         = "error"           // a request failed, with its ID (or none for a bad frame)
	TypeHello         = "hello"           // when the upgrade carried the token (else hello is auth's reply)
	TypeMessage       = "message"         // a chat message in a room, with its seq
	TypePresenceDelta = "presence.delta"  // arrivals and departures in a room, batched
	TypeDirectIn      = "direct"          // a direct message to this person
	TypeDeleted       = "message.deleted" // room, seq: a message a moderator took out
)

// Limits of the protocol.
const (
	// MaxFrame leaves room for MaxText characters escaped as \uXXXX pairs,
	// as some JSON encoders write them.
	MaxFrame       = 32 << 10 // bytes of one incoming frame
	MaxText        = 2000     // characters of one chat message
	MaxRoom        = 128      // bytes of a room name
	MaxID          = 64       // bytes of a client request ID, and of a message's client ID
	MaxDirectBody  = 8 << 10  // bytes of a direct message body
	MaxHistoryPage = 200      // messages in one history reply or join catch-up
	AuthTimeout    = 5 * time.Second
)

// Close codes sent in the WebSocket close frame, in the 4000-4999 range
// that RFC 6455 leaves to applications. Each comes with a reason text.
const (
	CloseUnauthenticated = 4001 // no auth in time, or a bad token
	CloseTokenExpired    = 4002 // the access token expired and was not renewed
	CloseSlowConsumer    = 4008 // the send queue overflowed: the client did not read
	CloseTooManyConns    = 4009 // this person has too many connections open
	CloseRateLimited     = 4029 // the client kept sending past its rate limit
	CloseProtocol        = 4400 // the client kept sending frames that are not the protocol
	CloseAccountGone     = 4403 // the account was deleted or lost its right to connect
)

// Payloads.

// Hello tells the client who it is and what the server speaks.
type Hello struct {
	Protocol   int       `json:"protocol"`
	Node       string    `json:"node"`
	User       Member    `json:"user"`
	ServerTime time.Time `json:"server_time"`
	ExpiresAt  time.Time `json:"expires_at"` // renew with another auth before then
}

// Member is a person as presence shows them.
type Member struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Role string `json:"role,omitempty"`
	// Organisation is a staff member's organisation ID, so that a booth's
	// visitors tell its staff from other visitors.
	Organisation string `json:"organisation_id,omitempty"`
	Photo        string `json:"photo_url,omitempty"` // a URL path on the node, /api/photos/<id>
}

// JoinResult is the reply to a join: where the room's sequence stands, what
// the client missed, and who is here.
type JoinResult struct {
	Seq      uint64    `json:"seq"`
	Messages []Message `json:"messages"`
	// Reload is true when more was missed than one reply carries: fetch it
	// with history, or start the room afresh.
	Reload   bool     `json:"reload,omitempty"`
	Presence Presence `json:"presence"`
	// State is what the room's kind tells a member on arrival (a booth's
	// pinned announcement, the knock queue for staff); absent when it has
	// none.
	State json.RawMessage `json:"state,omitempty"`
}

// Presence is a room's members. In a large room only the count and the
// first members are listed; deltas keep the client's view current.
type Presence struct {
	Count     int      `json:"count"`
	Members   []Member `json:"members"`
	Truncated bool     `json:"truncated,omitempty"`
}

// PresenceDelta is a batch of arrivals and departures in one room.
type PresenceDelta struct {
	Count  int      `json:"count"`
	Joined []Member `json:"joined,omitempty"`
	Left   []string `json:"left,omitempty"`
}

// Deleted is the message.deleted event: the message of seq in the event's
// room was taken out by a moderator.
type Deleted struct {
	Seq uint64 `json:"seq"`
}

// HistoryResult is the reply to history: messages after the given seq,
// oldest first, and whether more follow.
type HistoryResult struct {
	Messages []Message `json:"messages"`
	More     bool      `json:"more"`
}

// Direct is a direct message as its recipient sees it.
type Direct struct {
	From Member          `json:"from"`
	Kind string          `json:"kind"`
	Body json.RawMessage `json:"body"`
	At   time.Time       `json:"at"`
}
