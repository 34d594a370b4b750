package matching

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// Coffee breaks. The secretariat schedules a break (a title, a start and an
// end, the languages offered, a table size, a round length); people sign up
// naming the languages they are happy to chat in, in order of preference;
// at the start of every round one node seats those present (rounds.go).
//
// The invariants rest on inserts that claim a unique key: a sign-up's ID is
// (break, person), so a person signs up once however many requests race;
// a round is seated by the node whose claim of (break, round) wins.

// Bounds and defaults of a break.
const (
	DefaultRoundMinutes = 10
	MinRoundMinutes     = 3
	MaxRoundMinutes     = 60
	MaxBreakTitle       = 200
	// MaxBreakLength bounds a break: a coffee break is not a day.
	MaxBreakLength = 12 * time.Hour
	// MaxBreakAhead bounds how far ahead a break may be scheduled.
	MaxBreakAhead = 366 * 24 * time.Hour
	// MaxBreakLanguages bounds the languages a break offers.
	MaxBreakLanguages = 20
	// BreakOpensBefore is how long before its start a break's waiting
	// room lets its people in: time to arrive before the first round.
	BreakOpensBefore = 5 * time.Minute
)

// UNLanguages are the languages a break offers unless told otherwise: the
// six official languages of the United Nations.
var UNLanguages = []string{"ar", "en", "es", "fr", "ru", "zh"}

// Break is a coffee break by language.
type Break struct {
	ID           string    `json:"id" bson:"_id"`
	Title        string    `json:"title" bson:"title"`
	StartsAt     time.Time `json:"starts_at" bson:"starts_at"`
	EndsAt       time.Time `json:"ends_at" bson:"ends_at"`
	Languages    []string  `json:"languages" bson:"languages"` // BCP 47, canonical
	TableSize    int       `json:"table_size" bson:"table_size"`
	RoundMinutes int       `json:"round_minutes" bson:"round_minutes"`
	// Minute is how long one of this break's minutes lasts, kept from the
	// node that scheduled it: zero is a real minute. Only tests, demos and
	// load runs shorten it (BreaksWithMinute), so that a round turns in
	// seconds; start and end stay the times the secretariat gave.
	Minute    time.Duration `json:"-" bson:"minute,omitempty"`
	CreatedBy string        `json:"created_by" bson:"created_by"`
	CreatedAt time.Time     `json:"created_at" bson:"created_at"`
	UpdatedAt time.Time     `json:"updated_at" bson:"updated_at"`
}

// RoundLength is the length of a full round.
func (b *Break) RoundLength() time.Duration {
	m := b.Minute
	if m <= 0 {
		m = time.Minute
	}
	return time.Duration(b.RoundMinutes) * m
}

// Rounds is how many rounds the break has: the last may be shorter.
func (b *Break) Rounds() int {
	l := b.RoundLength()
	if l <= 0 {
		return 0
	}
	d := b.EndsAt.Sub(b.StartsAt)
	return int((d + l - 1) / l)
}

// RoundAt is the number of the round running at t (from 1), or 0 when the
// break is not running.
func (b *Break) RoundAt(t time.Time) int {
	if t.Before(b.StartsAt) || !t.Before(b.EndsAt) || b.RoundLength() <= 0 {
		return 0
	}
	return int(t.Sub(b.StartsAt)/b.RoundLength()) + 1
}

// RoundTimes are the start and the end of round n.
func (b *Break) RoundTimes(n int) (start, end time.Time) {
	start = b.StartsAt.Add(time.Duration(n-1) * b.RoundLength())
	end = start.Add(b.RoundLength())
	if end.After(b.EndsAt) {
		end = b.EndsAt
	}
	return start, end
}

// SignUp is one person's place at a break. Its ID is (break, person):
// inserting it is what claims the place, once. It keeps the person's
// stakeholder group and region as they were at signing up, so that seating
// a round reads the sign-ups alone (one query) and not every profile.
type SignUp struct {
	ID               string    `json:"id" bson:"_id"` // SignUpID(BreakID, PersonID)
	BreakID          string    `json:"break_id" bson:"break_id"`
	PersonID         string    `json:"person_id" bson:"person_id"`
	Languages        []string  `json:"languages" bson:"languages"` // most preferred first
	StakeholderGroup string    `json:"stakeholder_group" bson:"stakeholder_group"`
	Region           string    `json:"region" bson:"region"`
	At               time.Time `json:"at" bson:"at"`
}

// SignUpID is the key of personID's sign-up to breakID.
func SignUpID(breakID, personID string) string { return breakID + "/" + personID }

// BreakStore is what breaks need from storage. Errors wrap
// store.ErrNotFound and store.ErrDuplicate.
type BreakStore interface {
	Person(ctx context.Context, id string) (*accounts.Person, error)
	store.Claims

	// CreateBreak inserts b: ErrDuplicate if its ID is taken.
	CreateBreak(ctx context.Context, b *Break) error
	Break(ctx context.Context, id string) (*Break, error)
	// Breaks lists every break by start, then ID.
	Breaks(ctx context.Context) ([]Break, error)
	// ReplaceBreak writes b over the break with its ID: ErrNotFound if
	// there is none.
	ReplaceBreak(ctx context.Context, b *Break) error
	DeleteBreak(ctx context.Context, id string) error

	// CreateSignUp inserts s: ErrDuplicate if the person signed up
	// already.
	CreateSignUp(ctx context.Context, s *SignUp) error
	SignUp(ctx context.Context, breakID, personID string) (*SignUp, error)
	// SignUpsOfBreak lists a break's sign-ups by time, then person ID.
	SignUpsOfBreak(ctx context.Context, breakID string) ([]SignUp, error)
	DeleteSignUp(ctx context.Context, breakID, personID string) error
	// DeleteSignUpsOfBreak deletes every sign-up of a break; none is no
	// error.
	DeleteSignUpsOfBreak(ctx context.Context, breakID string) error

	RoundStore
}

// Breaks applies the rules of coffee breaks and seats their rounds.
type Breaks struct {
	store    BreakStore
	now      func() time.Time
	live     Live          // nil: nobody is told, nobody is present
	contacts ContactRecord // nil: no record of who met whom
	rounds   *roundKeeper  // the rounds this node seated
	cache    roundCache    // the rounds read while they run
	minute   time.Duration // how long a break's minute lasts; zero: a minute
	log      func(msg string, args ...any)
}

// BreakOption configures Breaks.
type BreakOption func(*Breaks)

// BreaksWithLive tells people their tables and reads who is present.
func BreaksWithLive(l Live) BreakOption { return func(b *Breaks) { b.live = l } }

// BreaksWithContacts keeps people who met apart and records every table.
func BreaksWithContacts(c ContactRecord) BreakOption { return func(b *Breaks) { b.contacts = c } }

// BreaksWithMinute shortens the minutes of the breaks this node schedules
// or edits (their rounds), for tests, demos and load runs: a break of
// 10-minute rounds then turns its rounds every 10*d. Zero or a minute or
// more leaves real minutes.
func BreaksWithMinute(d time.Duration) BreakOption {
	return func(b *Breaks) {
		if d > 0 && d < time.Minute {
			b.minute = d
		}
	}
}

// BreaksWithLog has the scheduler's failures logged (a round that could
// not be seated has no request to answer).
func BreaksWithLog(log func(msg string, args ...any)) BreakOption {
	return func(b *Breaks) { b.log = log }
}

// NewBreaks returns the rules over st. now may be nil for time.Now.
func NewBreaks(st BreakStore, now func() time.Time, opts ...BreakOption) *Breaks {
	if now == nil {
		now = time.Now
	}
	b := &Breaks{store: st, now: now, rounds: newRoundKeeper(), log: func(string, ...any) {}}
	for _, o := range opts {
		o(b)
	}
	return b
}

func (b *Breaks) stamp() time.Time { return b.now().UTC().Truncate(time.Millisecond) }

func newBreakID() string {
	buf := make([]byte, 12)
	if _, err := rand.Read(buf); err != nil {
		panic(err)
	}
	return "break-" + base64.RawURLEncoding.EncodeToString(buf)
}

func errNoBreak() error { return apperr.New(apperr.NotFound, "no such break") }

func (b *Breaks) get(ctx context.Context, id string) (*Break, error) {
	br, err := b.store.Break(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errNoBreak()
	}
	return br, err
}

// BreakInput is what the secretariat sends to schedule or edit a break.
// On an edit, a field left out keeps its value.
type BreakInput struct {
	Title        *string   `json:"title"`
	StartsAt     *string   `json:"starts_at"` // RFC 3339; stored in UTC
	EndsAt       *string   `json:"ends_at"`
	Languages    *[]string `json:"languages"`
	TableSize    *int      `json:"table_size"`
	RoundMinutes *int      `json:"round_minutes"`
}

func mustSecretariat(p *accounts.Person) error {
	if p.Role != accounts.RoleSecretariat {
		return apperr.New(apperr.Forbidden, "only the secretariat schedules breaks")
	}
	return nil
}

// apply checks in and writes it into br, which holds the values kept.
func (b *Breaks) apply(br *Break, in BreakInput, now time.Time) error {
	var f apperr.Fields
	if in.Title != nil {
		t := strings.TrimSpace(*in.Title)
		switch {
		case t == "":
			f.Add("title", "a title is required")
		case utf8.RuneCountInString(t) > MaxBreakTitle:
			f.Add("title", "must be at most %d characters", MaxBreakTitle)
		default:
			br.Title = t
		}
	} else if br.Title == "" {
		f.Add("title", "a title is required")
	}
	parse := func(field string, v *string, into *time.Time) {
		if v == nil {
			if into.IsZero() {
				f.Add(field, "a time is required, in UTC, such as 2020-11-02T09:00:00Z")
			}
			return
		}
		t, err := time.Parse(time.RFC3339, *v)
		if err != nil {
			f.Add(field, "must be an RFC 3339 time, such as 2020-11-02T09:00:00Z")
			return
		}
		*into = t.UTC().Truncate(time.Second)
	}
	parse("starts_at", in.StartsAt, &br.StartsAt)
	parse("ends_at", in.EndsAt, &br.EndsAt)
	if _, bad := f["starts_at"]; !bad && in.StartsAt != nil {
		switch {
		case !br.StartsAt.After(now):
			f.Add("starts_at", "must be in the future")
		case br.StartsAt.After(now.Add(MaxBreakAhead)):
			f.Add("starts_at", "must be within a year from now")
		}
	}
	if _, bad := f["ends_at"]; !bad && f["starts_at"] == "" {
		switch {
		case !br.EndsAt.After(br.StartsAt):
			f.Add("ends_at", "must be after starts_at")
		case br.EndsAt.Sub(br.StartsAt) > MaxBreakLength:
			f.Add("ends_at", "a break lasts at most %d hours", int(MaxBreakLength.Hours()))
		}
	}
	if in.Languages != nil {
		langs, msg := canonicalLanguages(*in.Languages)
		if msg != "" {
			f.Add("languages", "%s", msg)
		} else {
			br.Languages = langs
		}
	} else if br.Languages == nil {
		br.Languages = slices.Clone(UNLanguages)
	}
	if in.TableSize != nil {
		if *in.TableSize < MinTable || *in.TableSize > MaxTable {
			f.Add("table_size", "must be from %d to %d", MinTable, MaxTable)
		} else {
			br.TableSize = *in.TableSize
		}
	} else if br.TableSize == 0 {
		br.TableSize = DefaultTableSize
	}
	if in.RoundMinutes != nil {
		if *in.RoundMinutes < MinRoundMinutes || *in.RoundMinutes > MaxRoundMinutes {
			f.Add("round_minutes", "must be from %d to %d", MinRoundMinutes, MaxRoundMinutes)
		} else {
			br.RoundMinutes = *in.RoundMinutes
		}
	} else if br.RoundMinutes == 0 {
		br.RoundMinutes = DefaultRoundMinutes
	}
	br.Minute = b.minute
	return f.Err()
}

// canonicalLanguages checks a list of BCP 47 tags and returns them in
// canonical form, once each, in the order given; or a message saying what
// is wrong.
func canonicalLanguages(in []string) ([]string, string) {
	if len(in) == 0 {
		return nil, "name at least one language, as a BCP 47 tag such as fr or es-419"
	}
	if len(in) > MaxBreakLanguages {
		return nil, "at most 20 languages"
	}
	out := make([]string, 0, len(in))
	for _, l := range in {
		tag, ok := accounts.CanonicalLanguage(l)
		if !ok {
			return nil, "\"" + l + "\" is not a known BCP 47 language tag, such as fr or es-419"
		}
		if !slices.Contains(out, tag) {
			out = append(out, tag)
		}
	}
	return out, ""
}

// Schedule creates a break, as p (the secretariat).
func (b *Breaks) Schedule(ctx context.Context, p *accounts.Person, in BreakInput) (*BreakView, error) {
	if err := mustSecretariat(p); err != nil {
		return nil, err
	}
	now := b.stamp()
	br := &Break{ID: newBreakID(), CreatedBy: p.ID, CreatedAt: now, UpdatedAt: now}
	if err := b.apply(br, in, now); err != nil {
		return nil, err
	}
	if err := b.store.CreateBreak(ctx, br); err != nil {
		return nil, err
	}
	return b.view(ctx, br, p, 0), nil
}

// ErrBreakBegun: a break is edited only before it starts; once people sit
// at its tables, its times and sizes stay.
func errBreakBegun() error {
	return apperr.New(apperr.Conflict, "the break has begun: it can no longer be edited, only cancelled")
}

// Edit changes a break before it starts, as p (the secretariat). The
// write replaces the whole break: two racing edits leave one of them, which
// decides nothing that an invariant rests on.
func (b *Breaks) Edit(ctx context.Context, p *accounts.Person, id string, in BreakInput) (*BreakView, error) {
	if err := mustSecretariat(p); err != nil {
		return nil, err
	}
	br, err := b.get(ctx, id)
	if err != nil {
		return nil, err
	}
	now := b.stamp()
	if !now.Before(br.StartsAt) {
		return nil, errBreakBegun()
	}
	if err := b.apply(br, in, now); err != nil {
		return nil, err
	}
	br.UpdatedAt = now
	if err := b.store.ReplaceBreak(ctx, br); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil, errNoBreak()
		}
		return nil, err
	}
	return b.view(ctx, br, p, 0), nil
}

// Cancel removes a break and its sign-ups, as p (the secretariat), at any
// time: a running break stops seating at its next round. The rounds
// already seated stay (their contacts were recorded).
func (b *Breaks) Cancel(ctx context.Context, p *accounts.Person, id string) error {
	if err := mustSecretariat(p); err != nil {
		return err
	}
	br, err := b.get(ctx, id)
	if err != nil {
		return err
	}
	if err := b.store.DeleteBreak(ctx, br.ID); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return errNoBreak()
		}
		return err
	}
	return b.store.DeleteSignUpsOfBreak(context.WithoutCancel(ctx), br.ID)
}

// BreakView is a break as lists show it.
type BreakView struct {
	Break
	// Rounds is how many rounds the break has (the last may be shorter).
	Rounds int `json:"rounds"`
	// RoundSeconds is the length of a full round in seconds: round_minutes
	// times 60, unless the node shortens a break's minutes (tests, demos
	// and load runs). Clients count rounds down with it.
	RoundSeconds int `json:"round_seconds"`
	// Room is the break's live waiting room (docs/protocol.md).
	Room string `json:"room"`
	// SignedUp counts the people signed up.
	SignedUp int `json:"signed_up"`
	// Mine is the viewer's sign-up, when they signed up.
	Mine *MySignUp `json:"mine,omitempty"`
}

// MySignUp is the viewer's own sign-up.
type MySignUp struct {
	Languages []string  `json:"languages"`
	At        time.Time `json:"at"`
}

// view shows br to p; count is the number of sign-ups when known, else it
// is read.
func (b *Breaks) view(ctx context.Context, br *Break, p *accounts.Person, count int) *BreakView {
	v := &BreakView{Break: *br, Rounds: br.Rounds(), RoundSeconds: int(br.RoundLength() / time.Second),
		Room: BreakRoom(br.ID), SignedUp: count}
	if list, err := b.store.SignUpsOfBreak(ctx, br.ID); err == nil {
		v.SignedUp = len(list)
		for _, s := range list {
			if s.PersonID == p.ID {
				v.Mine = &MySignUp{Languages: s.Languages, At: s.At}
			}
		}
	}
	return v
}

// Get returns break id as p sees it.
func (b *Breaks) Get(ctx context.Context, p *accounts.Person, id string) (*BreakView, error) {
	br, err := b.get(ctx, id)
	if err != nil {
		return nil, err
	}
	return b.view(ctx, br, p, 0), nil
}

// List lists the breaks not over yet (all of them with past), by start.
func (b *Breaks) List(ctx context.Context, p *accounts.Person, past bool) ([]BreakView, error) {
	all, err := b.store.Breaks(ctx)
	if err != nil {
		return nil, err
	}
	now := b.now()
	out := []BreakView{}
	for i := range all {
		if past || all[i].EndsAt.After(now) {
			out = append(out, *b.view(ctx, &all[i], p, 0))
		}
	}
	return out, nil
}

// SignUpInput is a sign-up: the languages the person is happy to chat in,
// most preferred first.
type SignUpInput struct {
	Languages *[]string `json:"languages"`
}

// ErrBreakOver: one cannot sign up for, or withdraw from, a break that has
// ended.
func errBreakOver() error {
	return &apperr.Error{Code: apperr.Gone, Message: "the break is over"}
}

// Join signs p up for break id. Each language must be in p's profile and
// offered by the break. Signing up twice is refused (conflict): to change
// one's languages, withdraw and sign up again. A person may sign up while
// the break runs: they are seated as a late arrival.
func (b *Breaks) Join(ctx context.Context, p *accounts.Person, id string, in SignUpInput) (*MySignUp, error) {
	br, err := b.get(ctx, id)
	if err != nil {
		return nil, err
	}
	now := b.stamp()
	if !now.Before(br.EndsAt) {
		return nil, errBreakOver()
	}
	if in.Languages == nil {
		return nil, apperr.Fields{"languages": "name the languages you are happy to chat in, most preferred first"}.Err()
	}
	langs, msg := canonicalLanguages(*in.Languages)
	if msg != "" {
		return nil, apperr.Fields{"languages": msg}.Err()
	}
	for _, l := range langs {
		if !slices.Contains(p.Languages, l) {
			return nil, apperr.Fields{"languages": "\"" + l + "\" is not among the languages of your profile"}.Err()
		}
		if !slices.Contains(br.Languages, l) {
			return nil, apperr.Fields{"languages": "\"" + l + "\" is not offered by this break"}.Err()
		}
	}
	s := &SignUp{
		ID: SignUpID(br.ID, p.ID), BreakID: br.ID, PersonID: p.ID, Languages: langs,
		StakeholderGroup: p.StakeholderGroup, Region: p.Region, At: now,
	}
	if err := b.store.CreateSignUp(ctx, s); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return nil, &apperr.Error{Code: apperr.Conflict,
				Message: "you are signed up for this break already; withdraw first to change your languages"}
		}
		return nil, err
	}
	return &MySignUp{Languages: langs, At: now}, nil
}

// Withdraw takes p's sign-up back. A seated person also leaves their table
// when they leave the break's room (rounds.go).
func (b *Breaks) Withdraw(ctx context.Context, p *accounts.Person, id string) error {
	br, err := b.get(ctx, id)
	if err != nil {
		return err
	}
	if !b.now().Before(br.EndsAt) {
		return errBreakOver()
	}
	err = b.store.DeleteSignUp(ctx, br.ID, p.ID)
	if errors.Is(err, store.ErrNotFound) {
		return apperr.New(apperr.NotFound, "you are not signed up for this break")
	}
	return err
}
