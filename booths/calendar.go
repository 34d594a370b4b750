package booths

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// Calendars. Each booking is an iCalendar (RFC 5545) event; a person's
// feed holds every booking they take part in (and, added by the server,
// their sessions: see matching's Agenda), at an address that is its own
// secret: calendar programs fetch it without a token. The address is
// the person's ID and a MAC of it and the feed's nonce under a key only
// the server knows, so the store holds nothing that opens a feed, and
// rotating, which writes a new nonce, stops the old address on every node
// at once (each reads the nonce from the store).

// CalendarFeed is a person's feed: its nonce is what rotating changes.
type CalendarFeed struct {
	PersonID  string    `json:"person_id" bson:"_id"`
	Nonce     string    `json:"nonce" bson:"nonce"`
	CreatedAt time.Time `json:"created_at" bson:"created_at"`
}

// CalendarStore keeps calendar feeds. Errors wrap store.ErrNotFound and
// store.ErrDuplicate.
type CalendarStore interface {
	// CreateCalendarFeed inserts f: ErrDuplicate if the person has one.
	CreateCalendarFeed(ctx context.Context, f *CalendarFeed) error
	CalendarFeed(ctx context.Context, personID string) (*CalendarFeed, error)
	// ReplaceCalendarFeed writes f, whether the person had one or not.
	ReplaceCalendarFeed(ctx context.Context, f *CalendarFeed) error
}

// feedSecret is the secret part of f's address.
func (s *Slots) feedSecret(f *CalendarFeed) string {
	m := hmac.New(sha256.New, s.feedKey)
	m.Write([]byte(f.PersonID))
	m.Write([]byte{0})
	m.Write([]byte(f.Nonce))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// feedToken is the last segment of f's address, before ".ics".
func (s *Slots) feedToken(f *CalendarFeed) string { return f.PersonID + "." + s.feedSecret(f) }

// FeedToken returns p's feed token, making the feed on first use.
func (s *Slots) FeedToken(ctx context.Context, p *accounts.Person) (string, error) {
	f, err := s.store.CalendarFeed(ctx, p.ID)
	if errors.Is(err, store.ErrNotFound) {
		f = &CalendarFeed{PersonID: p.ID, Nonce: random(18), CreatedAt: s.stamp()}
		err = s.store.CreateCalendarFeed(ctx, f)
		if errors.Is(err, store.ErrDuplicate) { // made meanwhile, by another request
			f, err = s.store.CalendarFeed(ctx, p.ID)
		}
	}
	if err != nil {
		return "", err
	}
	return s.feedToken(f), nil
}

// RotateFeed gives p's feed a new address; the old one is not found from
// then on.
func (s *Slots) RotateFeed(ctx context.Context, p *accounts.Person) (string, error) {
	f := &CalendarFeed{PersonID: p.ID, Nonce: random(18), CreatedAt: s.stamp()}
	if err := s.store.ReplaceCalendarFeed(ctx, f); err != nil {
		return "", err
	}
	return s.feedToken(f), nil
}

// errNoFeed is the answer to every address that opens no feed: a wrong,
// rotated or malformed one alike, so that probing learns nothing.
func errNoFeed() error { return apperr.New(apperr.NotFound, "no such calendar feed") }

// Feed returns the person whose feed token is token, and their bookings,
// every one of them (past ones too: a calendar keeps them), by start. The
// person is for the rest of their agenda that the feed holds.
func (s *Slots) Feed(ctx context.Context, token string) (*accounts.Person, []BookingView, error) {
	personID, secret, ok := strings.Cut(token, ".")
	if !ok || personID == "" || len(token) > 200 {
		return nil, nil, errNoFeed()
	}
	f, err := s.store.CalendarFeed(ctx, personID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil, errNoFeed()
	}
	if err != nil {
		return nil, nil, err
	}
	if !hmac.Equal([]byte(secret), []byte(s.feedSecret(f))) {
		return nil, nil, errNoFeed()
	}
	p, err := s.store.Person(ctx, personID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil, errNoFeed() // the account is gone
	} else if err != nil {
		return nil, nil, err
	}
	list, err := s.store.BookingsOfPerson(ctx, personID)
	if err != nil {
		return nil, nil, err
	}
	return p, s.bookingViews(ctx, personID, list), nil
}

// BookingICS returns booking id, as p may see it, for its own .ics file.
func (s *Slots) BookingICS(ctx context.Context, p *accounts.Person, id string) (*BookingView, error) {
	return s.Booking(ctx, p, id)
}

// Event is booking v as an entry of a calendar, for agenda.WriteICS. Its
// UID stays with the booking (not the slot: a slot booked again is another
// meeting). A cancelled booking is deleted, so it is no longer in a feed,
// and calendar programs drop it at their next fetch. host names the
// server in the UID; boothURL is the address of the booth's page.
func (v *BookingView) Event(host, boothURL string) agenda.Event {
	return agenda.Event{
		UID: v.UID(host), Created: v.CreatedAt, Start: v.StartsAt, End: v.EndsAt,
		Summary: v.Summary(), Description: v.Description(boothURL),
		Location: "IGF Village: " + v.BoothTitle, URL: boothURL, Status: agenda.Confirmed,
	}
}

// UID is the event's unique ID: the booking's own reference, which a
// later booking of the same slot does not share.
func (v *BookingView) UID(host string) string { return "booking-" + v.ref + "@" + host }

// Summary is the event's title, as its viewer's side reads it.
func (v *BookingView) Summary() string {
	if v.Side == SideBooker {
		return fmt.Sprintf("1:1 with %s at %s", agenda.Someone(v.Staff.Name), v.BoothTitle)
	}
	return fmt.Sprintf("1:1 with %s at %s", agenda.Someone(v.Booker.Name), v.BoothTitle)
}

// Description says who meets whom, in which language, and where to go.
func (v *BookingView) Description(boothURL string) string {
	return fmt.Sprintf("A %d-minute 1:1 meeting at the booth %s of the IGF Village.\n"+
		"Staff: %s\nBooked by: %s\nLanguage: %s\n\n"+
		"Open the booth's page a few minutes before the start to join the private call: %s",
		v.Minutes, v.BoothTitle, agenda.Someone(v.Staff.Name), agenda.Someone(v.Booker.Name), v.Language, boothURL)
}
