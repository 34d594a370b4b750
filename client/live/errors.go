package live

import (
	"errors"
	"fmt"
	"time"

	"github.com/gorilla/websocket"

	"github.com/igf-village/village/apperr"
)

// Error is a request's error reply: a stable code (the same as the REST
// API's) and a readable message.
type Error struct {
	Code    apperr.Code
	Message string
	// RetryAfter comes with rate_limited: wait at least this long before
	// sending the request again.
	RetryAfter time.Duration
}

func (e *Error) Error() string { return "live: " + string(e.Code) + ": " + e.Message }

// Is matches a bare code: errors.Is(err, apperr.E(apperr.NotFound)) or
// errors.Is(err, &live.Error{Code: apperr.NotFound}).
func (e *Error) Is(target error) bool {
	switch t := target.(type) {
	case *Error:
		return t.Code == e.Code && t.Message == ""
	case *apperr.Error:
		return t.Code == e.Code && t.Message == "" && t.Fields == nil
	}
	return false
}

// CodeOf returns the protocol error code carried by err, or "" when err is
// not an error reply.
func CodeOf(err error) apperr.Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// CloseError is how a connection ended: the close code and reason the
// server gave (hub.Close* or a WebSocket code), or 1006 (abnormal) with the
// network error when there was no close frame. Err is the error reply that
// came before the close, if any (a refused token).
type CloseError struct {
	Code   int
	Reason string
	Err    error
}

func (e *CloseError) Error() string {
	s := fmt.Sprintf("live: connection closed: %d", e.Code)
	if e.Reason != "" {
		s += " " + e.Reason
	}
	if e.Err != nil {
		s += " (" + e.Err.Error() + ")"
	}
	return s
}

func (e *CloseError) Unwrap() error { return e.Err }

var (
	// ErrClosed is the error of a client closed by Close.
	ErrClosed = errors.New("live: client closed")
	// ErrNotConnected is returned by requests while the connection is
	// lost and no reconnection is under way.
	ErrNotConnected = errors.New("live: not connected")
)

// closeErrorOf turns a read error into a CloseError.
func closeErrorOf(err error) *CloseError {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		return &CloseError{Code: ce.Code, Reason: ce.Text}
	}
	return &CloseError{Code: websocket.CloseAbnormalClosure, Reason: err.Error()}
}
