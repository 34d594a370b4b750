package booths

import "context"

// Internals that the external tests (slots_test.go) reach.

var WithdrawnKey = withdrawnKey

// CancelBooking is cancel, given a booking as read earlier.
func (s *Slots) CancelBooking(ctx context.Context, bk *Booking) error { return s.cancel(ctx, bk) }

// HoldAll is hold.
func (s *Slots) HoldAll(ctx context.Context, keys []string, owner string) error {
	return s.hold(ctx, keys, owner)
}

// WithRef sets a view's booking reference.
func (v BookingView) WithRef(ref string) BookingView { v.ref = ref; return v }
