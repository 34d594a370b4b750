package protocol

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"

	"github.com/igf-village/village/apperr"
)

var jsonNull = []byte("null")

// HasPayload tells a payload left out (or null) from one that was sent.
func HasPayload(payload json.RawMessage) bool {
	return len(payload) > 0 && !bytes.Equal(payload, jsonNull)
}

// DecodePayload decodes the payload of a request of type typ into dst
// strictly, and checks that the required fields are there. A field left
// out or null is the client's bug (bad_request); a value that is there but
// not acceptable is the caller's to judge (validation_failed and others).
// The hub and the domain's requests read payloads with it alike.
func DecodePayload(typ string, payload json.RawMessage, dst any, required ...string) error {
	if !HasPayload(payload) {
		return apperr.New(apperr.BadRequest, "%s needs a payload", typ)
	}
	// Strict: a field the server does not take (a "from" naming someone
	// else, say) is an error, not something silently ignored.
	dec := json.NewDecoder(bytes.NewReader(payload))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return apperr.New(apperr.BadRequest, "the payload of %s is not of the right shape: %s", typ, payloadProblem(err))
	}
	if len(required) == 0 {
		return nil
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(payload, &fields); err != nil {
		return apperr.New(apperr.BadRequest, "the payload of %s is not of the right shape: not a JSON object", typ)
	}
	for _, f := range required {
		if v, ok := fields[f]; !ok || bytes.Equal(v, jsonNull) {
			return apperr.New(apperr.BadRequest, "the payload of %s lacks the required field %s", typ, f)
		}
	}
	return nil
}

// NoPayload checks a request that takes no payload: it may leave it out or
// send {}, and anything else is refused like an unknown field.
func NoPayload(typ string, payload json.RawMessage) error {
	if !HasPayload(payload) {
		return nil
	}
	return DecodePayload(typ, payload, &struct{}{})
}

// payloadProblem names what is wrong, echoing none of the client's bytes
// but a short field name.
func payloadProblem(err error) string {
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &typ) && typ.Field != "":
		return "field " + typ.Field + " has the wrong type"
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		// The decoder quotes the name; naming it is what makes the error
		// useful.
		if name := strings.TrimPrefix(err.Error(), "json: unknown field "); len(name) <= MaxID {
			return "unknown field " + name
		}
		return "an unknown field"
	}
	return "not a JSON object"
}
