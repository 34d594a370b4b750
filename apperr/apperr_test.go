package apperr_test

import (
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/igf-village/village/apperr"
)

func TestHTTPStatus(t *testing.T) {
	cases := map[apperr.Code]int{
		apperr.BadRequest:           http.StatusBadRequest,
		apperr.ValidationFailed:     http.StatusUnprocessableEntity,
		apperr.Unauthenticated:      http.StatusUnauthorized,
		apperr.Forbidden:            http.StatusForbidden,
		apperr.Banned:               http.StatusForbidden,
		apperr.Muted:                http.StatusForbidden,
		apperr.NotFound:             http.StatusNotFound,
		apperr.Conflict:             http.StatusConflict,
		apperr.Taken:                http.StatusConflict,
		apperr.Overlaps:             http.StatusConflict,
		apperr.BoothClosed:          http.StatusConflict,
		apperr.BoothUnstaffed:       http.StatusConflict,
		apperr.Gone:                 http.StatusGone,
		apperr.Blocked:              http.StatusForbidden,
		apperr.NotAccepting:         http.StatusForbidden,
		apperr.PendingCap:           http.StatusConflict,
		apperr.OutsideHours:         http.StatusUnprocessableEntity,
		apperr.OutsideEvent:         http.StatusUnprocessableEntity,
		apperr.TooLarge:             http.StatusRequestEntityTooLarge,
		apperr.UnsupportedMediaType: http.StatusUnsupportedMediaType,
		apperr.RateLimited:          http.StatusTooManyRequests,
		apperr.Unavailable:          http.StatusServiceUnavailable,
		apperr.Internal:             http.StatusInternalServerError,
		apperr.Code("unheard"):      http.StatusInternalServerError,
	}
	for code, want := range cases {
		if got := apperr.HTTPStatus(code); got != want {
			t.Errorf("HTTPStatus(%s) = %d, want %d", code, got, want)
		}
	}
}

func TestMatchingAndWrapping(t *testing.T) {
	cause := errors.New("disk on fire")
	err := fmt.Errorf("saving: %w", apperr.Wrap(cause, apperr.Unavailable, "the store is not reachable"))
	if !errors.Is(err, apperr.E(apperr.Unavailable)) || errors.Is(err, apperr.E(apperr.NotFound)) {
		t.Fatal("errors.Is must match on the code alone")
	}
	if !errors.Is(err, cause) {
		t.Fatal("the cause must stay reachable for logs")
	}
	if apperr.CodeOf(err) != apperr.Unavailable || apperr.CodeOf(cause) != apperr.Internal {
		t.Fatal("CodeOf")
	}
}

func TestFields(t *testing.T) {
	var f apperr.Fields
	if f.Err() != nil {
		t.Fatal("no fields, no error")
	}
	f.Add("email", "first problem")
	f.Add("email", "second problem")
	f.Add("name", "too long: %d", 81)
	err := f.Err()
	var e *apperr.Error
	if !errors.As(err, &e) || e.Code != apperr.ValidationFailed || e.Fields["email"] != "first problem" || e.Fields["name"] != "too long: 81" {
		t.Fatalf("got %#v", err)
	}
	if got := err.Error(); got != "validation_failed: some fields are not valid; email: first problem; name: too long: 81" {
		t.Fatalf("Error() = %q", got)
	}
}
