package hub

import "encoding/json"

// Payloads of client requests, as the hub decodes them.

type authPayload struct {
	Token string `json:"token"`
}

type joinPayload struct {
	// Since is the last seq the client saw in this room; the reply brings
	// what came after it. Zero: only the most recent messages.
	Since uint64 `json:"since,omitempty"`
}

type sendPayload struct {
	Text string `json:"text"`
	// ClientID, when given, names the message for its sender: a send
	// retried with it after a lost reply gets the first one's seq back
	// and stores nothing (see Message.ClientID).
	ClientID *string `json:"client_id"`
}

type historyPayload struct {
	After uint64 `json:"after"`
	Limit int    `json:"limit,omitempty"`
}

type directPayload struct {
	To   string          `json:"to"`
	Kind string          `json:"kind"`
	Body json.RawMessage `json:"body"`
}
