package live

import (
	"context"
	"errors"
	"testing"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
)

// TestPermanent: which failures stop a reconnecting client, with and
// without a source of fresh tokens.
func TestPermanent(t *testing.T) {
	source := func(context.Context) (string, error) { return "fresh", nil }
	banned := &Error{Code: apperr.Banned, Message: "you are banned from the village"}
	cases := []struct {
		name       string
		err        error
		stale, src bool // permanent without, and with, a token source
	}{
		{"auth refused: banned", &CloseError{Code: protocol.CloseUnauthenticated, Err: banned}, true, true},
		{"upgrade refused: banned", banned, true, true},
		{"auth refused: unauthenticated", &CloseError{Code: protocol.CloseUnauthenticated, Err: &Error{Code: apperr.Unauthenticated}}, true, false},
		{"token expired", &CloseError{Code: protocol.CloseTokenExpired}, true, false},
		{"account gone", &CloseError{Code: protocol.CloseAccountGone}, true, true},
		{"network lost", &CloseError{Code: 1006, Err: errors.New("reset")}, false, false},
		{"unavailable", &Error{Code: apperr.Unavailable}, false, false},
	}
	for _, tc := range cases {
		without := &Client{}
		with := &Client{}
		with.opt.tokenSource = source
		if got := without.permanent(tc.err); got != tc.stale {
			t.Errorf("%s, no token source: permanent = %v, want %v", tc.name, got, tc.stale)
		}
		if got := with.permanent(tc.err); got != tc.src {
			t.Errorf("%s, with a token source: permanent = %v, want %v", tc.name, got, tc.src)
		}
	}
}
