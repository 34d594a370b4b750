package hub

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
)

// FuzzParseFrame: whatever bytes a client sends, decoding neither panics nor
// accepts a frame without a type or with an over-long id, and every refusal
// is a bad_request with a message. Run longer with
// go test -fuzz FuzzParseFrame ./hub/.
func FuzzParseFrame(f *testing.F) {
	for _, seed := range []string{
		`{"type":"auth","id":"1","payload":{"token":"t"}}`,
		`{"type":"join","id":"2","room":"lobby","payload":{"since":5}}`,
		`{"type":"send","room":"lobby","payload":{"text":"hi"}}`,
		`{"type":"direct","payload":{"to":"p-1","kind":"x","body":{"a":[1,2]}}}`,
		`{"type":""}`, `{}`, `[]`, `null`, `"x"`, `{"type":1}`, `{"type":"x","seq":3}`,
		`{"type":"x","error":{"code":"internal"}}`, "\xff\xfe", `{"type":"x","payload":`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		env, err := ParseFrame(data)
		if err != nil {
			var ae *apperr.Error
			if !errors.As(err, &ae) || ae.Code != apperr.BadRequest || ae.Message == "" {
				t.Fatalf("refusal %v is not a bad_request with a message", err)
			}
			return
		}
		if env.Type == "" || len(env.ID) > protocol.MaxID || env.Seq != 0 || env.Error != nil {
			t.Fatalf("accepted %q as %+v", data, env)
		}
		// What decodes must re-encode: the hub logs and echoes ids.
		if _, err := json.Marshal(env); err != nil {
			t.Fatalf("accepted frame does not encode: %v", err)
		}
		// Payload decoding of every request type is total too.
		for _, dst := range []any{&authPayload{}, &joinPayload{}, &sendPayload{}, &historyPayload{}, &directPayload{}} {
			if err := decodePayload(env, dst); err != nil && apperr.CodeOf(err) != apperr.BadRequest {
				t.Fatalf("payload refusal %v is not a bad_request", err)
			}
		}
	})
}
