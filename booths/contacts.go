package booths

import (
	"context"
	"time"

	"github.com/igf-village/village/contacts"
)

// Contacts is told when a booth brings two people together: a staff
// member takes a visitor's knock, or a booking's room opens to its two.
// The record is a side effect of what happened, so it returns nothing: an
// implementation logs its own failures, and the knock or the booking
// stands either way.
type Contacts interface {
	Record(ctx context.Context, kind, place, occasion string, people []string, at time.Time)
}

// WithContacts records the knocks taken (package contacts).
func WithContacts(c Contacts) Option { return func(s *Service) { s.contacts = c } }

// SlotOption configures Slots.
type SlotOption func(*Slots)

// SlotsWithContacts records the bookings whose room opened.
func SlotsWithContacts(c Contacts) SlotOption { return func(s *Slots) { s.contacts = c } }

// metAtKnock records the visitor and the staff member who took their knock.
func (s *Service) metAtKnock(ctx context.Context, k *Knock, staff StaffCard) {
	if s.contacts != nil {
		s.contacts.Record(ctx, contacts.KindKnock, k.BoothID, k.ID, []string{k.Visitor.ID, staff.ID}, s.now())
	}
}

// metAtBooking records the booker and the staff member of bk, as of its
// start.
func (s *Slots) metAtBooking(ctx context.Context, bk *Booking) {
	if s.contacts != nil {
		s.contacts.Record(ctx, contacts.KindSlot, bk.BoothID, bk.SlotID, []string{bk.PersonID, bk.StaffID}, bk.StartsAt)
	}
}
