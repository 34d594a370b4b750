package mongo

import (
	"context"
	"errors"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/moderation"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store"
)

var (
	_ accounts.Store   = (*Store)(nil)
	_ booths.Store     = (*Store)(nil)
	_ auth.Store       = (*Store)(nil)
	_ store.Claims     = (*Store)(nil)
	_ protocol.History = (*Store)(nil)
)

// Collection names.
const (
	colPeople               = "people"
	colOrganisations        = "organisations"
	colInvitations          = "invitations"
	colRedemptions          = "redemptions"
	colRefreshTokens        = "refresh_tokens"
	colRefreshSpent         = "refresh_spent"
	colClaims               = "claims"
	colMessages             = "messages"
	colPhotos               = "photos"
	colBooths               = "booths"
	colLeads                = "leads"
	colBans                 = "bans"
	colMutes                = "mutes"
	colModerationLog        = "moderation_log"
	colKnocks               = "knocks"
	colKnockEnds            = "knock_ends"
	colContacts             = "contacts"
	colSlots                = "slots"
	colBookings             = "bookings"
	colHolds                = "holds"
	colCalendarFeeds        = "calendar_feeds"
	colBreaks               = "breaks"
	colBreakSignUps         = "break_signups"
	colBreakRounds          = "break_rounds"
	colSessions             = "sessions"
	colSessionSignup        = "session_signups"
	colSessionHolds         = "session_holds"
	colSessionNotes         = "session_notes"
	colMeetings             = "meetings"
	colMeetingCancellations = "meeting_cancellations"
)

// closeTimeout bounds how long Close waits for operations in flight.
const closeTimeout = 10 * time.Second

// Store is the MongoDB backend. It is safe for concurrent use.
type Store struct {
	client   *mongo.Client
	observer store.Observer

	people        collection[accounts.Person]
	organisations collection[booths.Organisation]
	booths        collection[booths.Booth]
	invitations   collection[accounts.Invitation]
	redemptions   collection[accounts.Redemption]
	refreshTokens collection[auth.RefreshToken]
	refreshSpent  collection[spentMark]
	claims        collection[claim]
	messages      collection[storedMessage]
	photos        collection[accounts.Photo]
	leads         collection[booths.Lead]
	bans          collection[moderation.Ban]
	mutes         collection[moderation.Mute]
	modlog        collection[moderation.Entry]
	knocks        collection[booths.Knock]
	knockEnds     collection[booths.KnockEnd]
	contacts      collection[contacts.Contact]
	blocks        collection[accounts.Block]

	// 1:1 slots at booths (slots.go).
	slots         collection[booths.Slot]
	bookings      collection[booths.Booking]
	holds         collection[agenda.Hold]
	calendarFeeds collection[booths.CalendarFeed]

	// Coffee breaks (breaks.go).
	breaks  collection[matching.Break]
	signUps collection[matching.SignUp]
	rounds  collection[matching.Round]

	// Participants' sessions (sessions.go).
	sessions     collection[matching.Session]
	signups      collection[matching.Signup]
	sessionHolds collection[agenda.Hold]
	sessionNotes collection[matching.SessionNote]

	// 1:1 meeting requests (meetings.go); their holds are in holds.
	meetings collection[matching.Meeting]
	// Their cancellations, apart (meetings.go says why).
	meetingCancellations collection[meetingCancellation]
	// Who to meet (wishes.go).
	wishes collection[matching.Wish]
}

// Option configures Open.
type Option func(*Store)

// WithObserver has o told of every operation of the store.
func WithObserver(o store.Observer) Option {
	return func(s *Store) { s.observer = o }
}

// Open connects to the MongoDB server at uri, uses database on it and
// creates the indexes the store needs (a no-op when they exist). ctx bounds
// the index creation, which is also the first round trip to the server.
func Open(ctx context.Context, uri, database string, opts ...Option) (*Store, error) {
	client, err := mongo.Connect(options.Client().ApplyURI(uri))
	if err != nil {
		return nil, fmt.Errorf("mongo: connect: %w", err)
	}
	db := client.Database(database)
	s := &Store{
		client:               client,
		people:               newCollection[accounts.Person](db, colPeople),
		organisations:        newCollection[booths.Organisation](db, colOrganisations),
		booths:               newCollection[booths.Booth](db, colBooths),
		invitations:          newCollection[accounts.Invitation](db, colInvitations),
		redemptions:          newCollection[accounts.Redemption](db, colRedemptions),
		refreshTokens:        newCollection[auth.RefreshToken](db, colRefreshTokens),
		refreshSpent:         newCollection[spentMark](db, colRefreshSpent),
		claims:               newCollection[claim](db, colClaims),
		messages:             newCollection[storedMessage](db, colMessages),
		photos:               newCollection[accounts.Photo](db, colPhotos),
		leads:                newCollection[booths.Lead](db, colLeads),
		bans:                 newCollection[moderation.Ban](db, colBans),
		mutes:                newCollection[moderation.Mute](db, colMutes),
		modlog:               newCollection[moderation.Entry](db, colModerationLog),
		knocks:               newCollection[booths.Knock](db, colKnocks),
		knockEnds:            newCollection[booths.KnockEnd](db, colKnockEnds),
		contacts:             newCollection[contacts.Contact](db, colContacts),
		blocks:               newCollection[accounts.Block](db, colBlocks),
		slots:                newCollection[booths.Slot](db, colSlots),
		bookings:             newCollection[booths.Booking](db, colBookings),
		holds:                newCollection[agenda.Hold](db, colHolds),
		calendarFeeds:        newCollection[booths.CalendarFeed](db, colCalendarFeeds),
		breaks:               newCollection[matching.Break](db, colBreaks),
		signUps:              newCollection[matching.SignUp](db, colBreakSignUps),
		rounds:               newCollection[matching.Round](db, colBreakRounds),
		sessions:             newCollection[matching.Session](db, colSessions),
		signups:              newCollection[matching.Signup](db, colSessionSignup),
		sessionHolds:         newCollection[agenda.Hold](db, colSessionHolds),
		sessionNotes:         newCollection[matching.SessionNote](db, colSessionNotes),
		meetings:             newCollection[matching.Meeting](db, colMeetings),
		meetingCancellations: newCollection[meetingCancellation](db, colMeetingCancellations),
		wishes:               newCollection[matching.Wish](db, colWishes),
	}
	s.people.sortName = func(p *accounts.Person) string { return p.DisplayName }
	s.organisations.sortName = func(o *booths.Organisation) string { return o.Name }
	s.booths.sortName = func(b *booths.Booth) string { return b.Title }
	for _, o := range opts {
		o(s)
	}
	if err := s.createIndexes(ctx); err != nil {
		_ = client.Disconnect(context.Background())
		return nil, fmt.Errorf("mongo: open %s: %w", database, err)
	}
	return s, nil
}

// Ping reports whether the server answers.
func (s *Store) Ping(ctx context.Context) (err error) {
	defer s.finish("Ping", time.Now(), &err)
	return s.client.Ping(ctx, nil)
}

// Close disconnects from the server. Every later call fails.
func (s *Store) Close() (err error) {
	defer s.finish("Close", time.Now(), &err)
	ctx, cancel := context.WithTimeout(context.Background(), closeTimeout)
	defer cancel()
	return s.client.Disconnect(ctx)
}

// finish ends every operation: it turns the driver's error into one that
// wraps the store's errors, names op in it, and tells the observer.
// Operations call it deferred, with a named error result.
func (s *Store) finish(op string, start time.Time, err *error) {
	switch {
	case *err == nil:
	case errors.Is(*err, store.ErrNotFound), errors.Is(*err, mongo.ErrNoDocuments):
		*err = fmt.Errorf("mongo: %s: %w", op, store.ErrNotFound)
	case errors.Is(*err, store.ErrDuplicate): // ours, such as a *protocol.SentError
		*err = fmt.Errorf("mongo: %s: %w", op, *err)
	case isDuplicate(*err):
		*err = fmt.Errorf("mongo: %s: %w", op, store.ErrDuplicate)
	default:
		*err = fmt.Errorf("mongo: %s: %w", op, *err)
	}
	if s.observer != nil {
		s.observer(op, time.Since(start), *err)
	}
}

// codeInternalError is the code FerretDB v1 gives an error its backend
// reports and it does not translate.
const codeInternalError = 1

// isDuplicate reports whether err is the server refusing a duplicate key.
// MongoDB says so with code 11000 (and FerretDB does on insert). FerretDB v1
// does not translate a unique index violated by an update: it answers
// InternalError with its backend's message (SQLite's "UNIQUE constraint
// failed", PostgreSQL's SQLSTATE 23505). The index still holds.
func isDuplicate(err error) bool {
	if mongo.IsDuplicateKeyError(err) {
		return true
	}
	var se mongo.ServerError
	return errors.As(err, &se) &&
		(se.HasErrorCodeWithMessage(codeInternalError, "UNIQUE constraint failed") ||
			se.HasErrorCodeWithMessage(codeInternalError, "(SQLSTATE 23505)"))
}
