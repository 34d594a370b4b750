package apperr

import (
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"
)

// Code is a stable, documented error code. Clients may switch on it; renaming
// one is a breaking change of the API and the protocol.
type Code string

const (
	BadRequest       Code = "bad_request"       // the body is not valid JSON or has the wrong shape
	ValidationFailed Code = "validation_failed" // a field's value is not accepted; see Fields
	Unauthenticated  Code = "unauthenticated"   // no token, or a forged, expired or revoked one
	Forbidden        Code = "forbidden"         // signed in, but the role may not do this
	Banned           Code = "banned"            // the secretariat banned this person from the village
	Muted            Code = "muted"             // a moderator muted this person in this room (live chat)
	NotFound         Code = "not_found"
	Conflict         Code = "conflict" // a unique key is taken (an e-mail, a used invitation)
	Gone             Code = "gone"     // it existed but has expired
	// Taken: the one thing asked for went to someone else first (a slot
	// booked already).
	Taken Code = "taken"
	// Overlaps: it would overlap a time the person holds already (a
	// booking, or a slot they meet in).
	Overlaps Code = "overlaps"
	TooLarge Code = "payload_too_large"
	// UnsupportedMediaType: the body is of a type the route does not take
	// (a photo that is not JPEG, PNG or GIF).
	UnsupportedMediaType Code = "unsupported_media_type"
	RateLimited          Code = "rate_limited"
	Unavailable          Code = "unavailable" // a dependency (the store) is not reachable
	Internal             Code = "internal"

	// BoothClosed and BoothUnstaffed refuse a knock: the booth is not open
	// now, or none of its staff is in its room. A client offers the
	// booth's slots instead.
	BoothClosed    Code = "booth_closed"
	BoothUnstaffed Code = "booth_unstaffed"

	// Refusals of a 1:1 meeting request (package matching).
	// Blocked: one of the two blocked the other.
	Blocked Code = "blocked"
	// NotAccepting: the person takes no requests from the caller (nobody,
	// or only people they have met).
	NotAccepting Code = "not_accepting"
	// PendingCap: the caller has as many requests waiting for an answer as
	// one may.
	PendingCap Code = "pending_cap"
	// OutsideHours: a time falls outside one of the two people's working
	// hours, and not both agreed to that.
	OutsideHours Code = "outside_hours"
	// OutsideEvent: a time falls outside the event's days.
	OutsideEvent Code = "outside_event"
)

// Error is an error with a stable code, a message a person can read and, for
// validation errors, a message per offending field (JSON names).
type Error struct {
	Code    Code
	Message string
	Fields  map[string]string
	Err     error // the cause, for logs; never shown to clients
	// RetryAfter, when set (with RateLimited), is when the refused request
	// may come again; the live protocol sends it as retry_after_ms.
	RetryAfter time.Duration
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(string(e.Code))
	b.WriteString(": ")
	b.WriteString(e.Message)
	if len(e.Fields) > 0 {
		keys := make([]string, 0, len(e.Fields))
		for k := range e.Fields {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "; %s: %s", k, e.Fields[k])
		}
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Is lets errors.Is(err, apperr.E(code)) match on the code alone.
func (e *Error) Is(target error) bool {
	var t *Error
	if errors.As(target, &t) {
		return t.Code == e.Code && t.Message == "" && t.Fields == nil
	}
	return false
}

// E returns a bare error with only a code, for comparisons with errors.Is.
func E(code Code) error { return &Error{Code: code} }

// New returns an error with a code and a readable message.
func New(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Wrap keeps cause for the logs and shows only the message to clients.
func Wrap(cause error, code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: cause}
}

// CodeOf returns the code carried by err, or Internal for any other error.
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return Internal
}

// HTTPStatus maps a code to its HTTP status. It is the only such table.
func HTTPStatus(code Code) int {
	switch code {
	case BadRequest:
		return http.StatusBadRequest
	case ValidationFailed:
		return http.StatusUnprocessableEntity
	case Unauthenticated:
		return http.StatusUnauthorized
	case Forbidden, Banned, Muted, Blocked, NotAccepting:
		return http.StatusForbidden
	case NotFound:
		return http.StatusNotFound
	case Conflict, Taken, Overlaps, BoothClosed, BoothUnstaffed, PendingCap:
		return http.StatusConflict
	case Gone:
		return http.StatusGone
	case OutsideHours, OutsideEvent:
		// The times sent are not accepted, as with validation_failed;
		// the code says which rule refused them.
		return http.StatusUnprocessableEntity
	case TooLarge:
		return http.StatusRequestEntityTooLarge
	case UnsupportedMediaType:
		return http.StatusUnsupportedMediaType
	case RateLimited:
		return http.StatusTooManyRequests
	case Unavailable:
		return http.StatusServiceUnavailable
	default:
		return http.StatusInternalServerError
	}
}

// Fields collects per-field validation messages. The zero value is ready.
type Fields map[string]string

// Add records msg for field unless the field already has a message: the
// first problem found is the one worth reading.
func (f *Fields) Add(field, format string, args ...any) {
	if *f == nil {
		*f = Fields{}
	}
	if _, ok := (*f)[field]; !ok {
		(*f)[field] = fmt.Sprintf(format, args...)
	}
}

// Err returns a validation_failed error listing the fields, or nil if none.
func (f Fields) Err() error {
	if len(f) == 0 {
		return nil
	}
	return &Error{Code: ValidationFailed, Message: "some fields are not valid", Fields: f}
}
