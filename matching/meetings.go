package matching

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// 1:1 meeting requests between participants. A asks B with one to
// MaxMeetingTimes times and a note; B accepts one, declines, or proposes
// others, and then it is A's turn to answer, and so on; either may cancel
// while it is pending or before a confirmed meeting ends. Every invariant
// is the insert of a unique key (DESIGN.md, "Storage"):
//
//   - a proposal is answered once: answering revision r (accept, decline,
//     propose) claims answerKey(id, r), and a proposal makes revision
//     r+1, so two answers to one proposal never both win;
//   - a request is cancelled once (cancelledMeetingKey);
//   - a confirmed meeting holds both people's agenda.MeetingTime holds,
//     which booths' slots and bookings share: no two of a person's
//     meetings and bookings ever overlap, however many are accepted at
//     once. The one who accepts holds first, then the asker; a claim that
//     fails lets go of what it took;
//   - the holds of a cancelled meeting are let go once (releasedKey),
//     whether by the cancellation or by an acceptance that finds itself
//     cancelled meanwhile (Accept says how the two meet).
//
// The cap on pending requests (MaxPendingOutgoing) is counted by a read:
// it limits spam, it is no invariant, and two requests sent at the same
// instant may both pass it.

// Statuses of a meeting request.
const (
	MeetingPending   = "pending"   // awaiting an answer from Turn
	MeetingConfirmed = "confirmed" // a time was accepted
	MeetingDeclined  = "declined"
	MeetingCancelled = "cancelled"
)

// Bounds of a request.
const (
	MinMeetingMinutes     = 15
	MaxMeetingMinutes     = 120
	DefaultMeetingMinutes = 30
	MaxMeetingTimes       = 3
	MaxMeetingNote        = 500
	MaxMeetingMessage     = 500
	// MaxPendingOutgoing is how many of one's requests may await an
	// answer at once.
	MaxPendingOutgoing = 10
	// MeetingRoomOpensBefore is how long before its start a meeting's
	// room lets the two in.
	MeetingRoomOpensBefore = 5 * time.Minute
)

// Blocks says whether either of two people blocked the other.
type Blocks interface {
	Blocked(ctx context.Context, a, b string) (bool, error)
}

// Acquaintances says whether two people have met (package contacts).
type Acquaintances interface {
	HaveMet(ctx context.Context, a, b string) (bool, error)
}

// MeetingContacts is told when a meeting's room brings its two together
// (package contacts). It returns nothing: the meeting stands either way,
// and an implementation logs its own failures.
type MeetingContacts interface {
	Record(ctx context.Context, kind, place, occasion string, people []string, at time.Time)
}

// MeetingConfig is the part of the configuration meetings use.
type MeetingConfig struct {
	// Days are the event's days as of a time (a rolling demo event moves
	// with the date); every meeting lies within them. Nil, or empty days:
	// any day within agenda.MaxAhead.
	Days func(now time.Time) agenda.EventDays
	// MaxPending is MaxPendingOutgoing unless set.
	MaxPending int
}

// Meetings applies the rules of meeting requests.
type Meetings struct {
	store    MeetingStore
	now      func() time.Time
	cfg      MeetingConfig
	busy     agenda.Busy // others' commitments; the service adds its own
	blocks   Blocks
	met      Acquaintances
	contacts MeetingContacts
	notifier Notifier
}

// MeetingOption configures Meetings.
type MeetingOption func(*Meetings)

// MeetingsWithBusy reads people's other commitments (sessions, breaks,
// bookings) from b: no meeting is asked for, proposed or accepted over
// one. Meetings adds its own confirmed meetings.
func MeetingsWithBusy(b agenda.Busy) MeetingOption { return func(m *Meetings) { m.busy = b } }

// MeetingsWithBlocks refuses requests between people one of whom blocked
// the other.
func MeetingsWithBlocks(b Blocks) MeetingOption { return func(m *Meetings) { m.blocks = b } }

// MeetingsWithAcquaintances answers for people who take requests only
// from those they met; without it, nobody has met anybody.
func MeetingsWithAcquaintances(a Acquaintances) MeetingOption {
	return func(m *Meetings) { m.met = a }
}

// MeetingsWithContacts records the two of a meeting as met when its room
// opens to them.
func MeetingsWithContacts(c MeetingContacts) MeetingOption {
	return func(m *Meetings) { m.contacts = c }
}

// MeetingsWithNotifier tells the two of every change, live.
func MeetingsWithNotifier(n Notifier) MeetingOption { return func(m *Meetings) { m.notifier = n } }

// NewMeetings returns the rules over st. now may be nil for time.Now.
func NewMeetings(st MeetingStore, now func() time.Time, cfg MeetingConfig, opts ...MeetingOption) *Meetings {
	if now == nil {
		now = time.Now
	}
	if cfg.MaxPending <= 0 {
		cfg.MaxPending = MaxPendingOutgoing
	}
	m := &Meetings{store: st, now: now, cfg: cfg}
	for _, o := range opts {
		o(m)
	}
	return m
}

// eventDays are the event's days now.
func (s *Meetings) eventDays() agenda.EventDays {
	if s.cfg.Days == nil {
		return agenda.EventDays{}
	}
	return s.cfg.Days(s.now())
}

func (s *Meetings) stamp() time.Time { return s.now().UTC().Truncate(time.Millisecond) }

// Claim keys.
func answerKey(id string, revision int) string {
	return fmt.Sprintf("meeting-answer:%s:%d", id, revision)
}
func cancelledMeetingKey(id string) string { return "meeting-cancelled:" + id }
func releasedKey(id string) string         { return "meeting-released:" + id }
func meetingReminderKey(id string) string  { return "meeting-reminder:" + id }

// holdOwner names a meeting's holds.
func holdOwner(id string) string { return "meeting:" + id }

func errNoMeeting() error { return apperr.New(apperr.NotFound, "no such meeting") }

// MeetingInput is a request as sent.
type MeetingInput struct {
	With *string `json:"with"`
	// Minutes: DefaultMeetingMinutes when left out.
	Minutes *int `json:"minutes"`
	// Times are RFC 3339 starts (any offset; stored in UTC).
	Times        []string `json:"times"`
	Note         *string  `json:"note"`
	OutsideHours bool     `json:"outside_hours"`
}

// AcceptInput is an acceptance as sent.
type AcceptInput struct {
	StartsAt     *string `json:"starts_at"`
	OutsideHours bool    `json:"outside_hours"`
}

// ProposeInput is a counter-proposal as sent.
type ProposeInput struct {
	Times        []string `json:"times"`
	Note         *string  `json:"note"`
	OutsideHours bool     `json:"outside_hours"`
}

// CloseInput is a decline or a cancellation as sent.
type CloseInput struct {
	Message *string `json:"message"`
}

// text reads an optional text field of at most most characters.
func text(f *apperr.Fields, field string, in *string, most int) string {
	if in == nil {
		return ""
	}
	v := strings.TrimSpace(*in)
	if utf8.RuneCountInString(v) > most {
		f.Add(field, "must be at most %d characters", most)
	}
	return v
}

// readTimes reads 1 to MaxMeetingTimes starts as sent: on the grid, in
// the future, within agenda.MaxAhead, none twice.
func readTimes(f *apperr.Fields, in []string, now time.Time) []time.Time {
	switch {
	case len(in) == 0:
		f.Add("times", "propose from 1 to %d times", MaxMeetingTimes)
		return nil
	case len(in) > MaxMeetingTimes:
		f.Add("times", "propose at most %d times", MaxMeetingTimes)
		return nil
	}
	out := make([]time.Time, 0, len(in))
	for i, raw := range in {
		field := fmt.Sprintf("times[%d]", i)
		t, err := time.Parse(time.RFC3339, raw)
		switch {
		case err != nil:
			f.Add(field, "must be an RFC 3339 time, such as 2020-11-02T09:00:00Z")
		case !t.Equal(t.Truncate(agenda.Step)):
			f.Add(field, "must be on a %d-minute boundary, with no seconds", int(agenda.Step.Minutes()))
		case !t.After(now):
			f.Add(field, "must be in the future")
		case t.After(now.Add(agenda.MaxAhead)):
			f.Add(field, "must be within a year from now")
		default:
			t = t.UTC()
			for _, o := range out {
				if o.Equal(t) {
					f.Add(field, "is proposed twice")
				}
			}
			out = append(out, t)
		}
	}
	return out
}

// person reads a person; a missing one is not_found with msg.
func (s *Meetings) person(ctx context.Context, id, msg string) (*accounts.Person, error) {
	p, err := s.store.Person(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, apperr.New(apperr.NotFound, "%s", msg)
	}
	return p, err
}

// Ask sends a request from p.
func (s *Meetings) Ask(ctx context.Context, p *accounts.Person, in MeetingInput) (*MeetingView, error) {
	now := s.stamp()
	var f apperr.Fields
	withID := ""
	if in.With == nil || strings.TrimSpace(*in.With) == "" {
		f.Add("with", "must name the person to meet")
	} else if withID = strings.TrimSpace(*in.With); withID == p.ID {
		f.Add("with", "must be someone else: you cannot meet yourself")
	}
	minutes := DefaultMeetingMinutes
	if in.Minutes != nil {
		minutes, _ = agenda.CheckMinutes(&f, in.Minutes, MinMeetingMinutes, MaxMeetingMinutes)
	}
	times := readTimes(&f, in.Times, now)
	note := text(&f, "note", in.Note, MaxMeetingNote)
	if err := f.Err(); err != nil {
		return nil, err
	}
	other, err := s.person(ctx, withID, "no such person")
	if err != nil {
		return nil, err
	}
	if err := s.mayAsk(ctx, p, other); err != nil {
		return nil, err
	}
	if err := s.underCap(ctx, p.ID, now); err != nil {
		return nil, err
	}
	if err := s.checkTimes(ctx, p, other, times, minutes, in.OutsideHours, "times"); err != nil {
		return nil, err
	}
	m := &Meeting{
		ID: newID("meet-"), AskerID: p.ID, WithID: other.ID, Minutes: minutes,
		Proposals: []Proposal{{By: p.ID, Times: times, Note: note, OutsideHours: in.OutsideHours, At: now}},
		CreatedAt: now,
	}
	if err := s.store.CreateMeeting(ctx, m); err != nil {
		return nil, err
	}
	s.announce(ctx, m, EventMeetingRequested, "")
	v := s.view(ctx, m, p.ID, nil)
	return &v, nil
}

// mayAsk: neither blocked the other, and other takes requests from p.
func (s *Meetings) mayAsk(ctx context.Context, p, other *accounts.Person) error {
	if err := s.notBlocked(ctx, p.ID, other.ID); err != nil {
		return err
	}
	switch other.MeetingRequests() {
	case accounts.AskNobody:
		return apperr.New(apperr.NotAccepting, "this person takes no meeting requests")
	case accounts.AskMet:
		met := false
		if s.met != nil {
			var err error
			if met, err = s.met.HaveMet(ctx, p.ID, other.ID); err != nil {
				return err
			}
		}
		if !met {
			return apperr.New(apperr.NotAccepting, "this person takes meeting requests only from people they have met")
		}
	}
	return nil
}

// notBlocked: neither of a and b blocked the other.
func (s *Meetings) notBlocked(ctx context.Context, a, b string) error {
	if s.blocks == nil {
		return nil
	}
	blocked, err := s.blocks.Blocked(ctx, a, b)
	if err != nil {
		return err
	}
	if blocked {
		return apperr.New(apperr.Blocked, "you cannot meet this person: one of you blocked the other")
	}
	return nil
}

// underCap: p has fewer than the cap of requests awaiting an answer.
func (s *Meetings) underCap(ctx context.Context, personID string, now time.Time) error {
	list, err := s.store.MeetingsOfPerson(ctx, personID)
	if err != nil {
		return err
	}
	n := 0
	for i := range list {
		m := &list[i]
		if m.AskerID == personID && m.Status() == MeetingPending && !m.Lapsed(now) {
			n++
		}
	}
	if n >= s.cfg.MaxPending {
		return apperr.New(apperr.PendingCap,
			"you have %d requests awaiting an answer, as many as one may: wait for answers or cancel one", n)
	}
	return nil
}

// checkTimes checks each [t, t+minutes) of times, as field[i]: within the
// event's days, within both people's working hours unless outsideHours,
// over none of their commitments. me is the one who sends them.
func (s *Meetings) checkTimes(ctx context.Context, me, other *accounts.Person, times []time.Time, minutes int, outsideHours bool, field string) error {
	length := time.Duration(minutes) * time.Minute
	name := func(i int) string {
		if field == "starts_at" {
			return field
		}
		return fmt.Sprintf("%s[%d]", field, i)
	}
	if days := s.eventDays(); !days.Empty() {
		var f apperr.Fields
		for i, t := range times {
			if !days.Contains(t, t.Add(length)) {
				f.Add(name(i), "is outside the event's days")
			}
		}
		if len(f) > 0 {
			return &apperr.Error{Code: apperr.OutsideEvent, Message: "a time is outside the event's days", Fields: f}
		}
	}
	if !outsideHours {
		var f apperr.Fields
		for i, t := range times {
			switch {
			case !me.Hours().Contains(me.Location(), t, t.Add(length)):
				f.Add(name(i), "is outside your working hours")
			case !other.Hours().Contains(other.Location(), t, t.Add(length)):
				f.Add(name(i), "is outside the other person's working hours")
			}
		}
		if len(f) > 0 {
			return &apperr.Error{Code: apperr.OutsideHours, Fields: f,
				Message: "a time is outside the working hours of one of you: both must agree to that (outside_hours)"}
		}
	}
	from, to := times[0], times[0].Add(length)
	for _, t := range times[1:] {
		from, to = minTime(from, t), maxTime(to, t.Add(length))
	}
	var f apperr.Fields
	for _, who := range []*accounts.Person{me, other} {
		busy, err := s.agendaOf(ctx, who.ID, from, to)
		if err != nil {
			return err
		}
		for i, t := range times {
			if c := agenda.FirstOverlap(busy, t, t.Add(length)); c != nil {
				if who == me {
					f.Add(name(i), "overlaps a %s of yours", c.What)
				} else {
					f.Add(name(i), "overlaps a commitment of the other person")
				}
			}
		}
	}
	if len(f) > 0 {
		return &apperr.Error{Code: apperr.Overlaps, Message: "a time overlaps a commitment of one of you", Fields: f}
	}
	return nil
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// agendaOf is personID's commitments over [from, to): the other sources'
// and their confirmed meetings.
func (s *Meetings) agendaOf(ctx context.Context, personID string, from, to time.Time) ([]agenda.Interval, error) {
	all := agenda.BusyAll{s}
	if s.busy != nil {
		all = append(all, s.busy)
	}
	return all.Busy(ctx, personID, from, to)
}

// meeting reads request id for p, one of its two; to anyone else it does
// not exist.
func (s *Meetings) meeting(ctx context.Context, p *accounts.Person, id string) (*Meeting, error) {
	m, err := s.store.Meeting(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errNoMeeting()
	}
	if err != nil {
		return nil, err
	}
	if !m.Has(p.ID) {
		return nil, errNoMeeting()
	}
	return m, nil
}

// answerable: m is pending and awaits p's answer.
func answerable(m *Meeting, p *accounts.Person) error {
	switch m.Status() {
	case MeetingCancelled:
		return apperr.New(apperr.Gone, "this request was cancelled")
	case MeetingDeclined:
		return apperr.New(apperr.Gone, "this request was declined")
	case MeetingConfirmed:
		return apperr.New(apperr.Conflict, "this meeting is confirmed already")
	}
	if m.Turn() != p.ID {
		return apperr.New(apperr.Forbidden, "the answer is not yours to give: the other person has your proposal")
	}
	return nil
}

// errAnswered is the answer to an answer that lost its claim.
func errAnswered() error {
	return apperr.New(apperr.Conflict, "this proposal has been answered already: reload the request")
}

// Accept confirms request id at one of its current times, as p.
func (s *Meetings) Accept(ctx context.Context, p *accounts.Person, id string, in AcceptInput) (*MeetingView, error) {
	now := s.stamp()
	m, err := s.meeting(ctx, p, id)
	if err != nil {
		return nil, err
	}
	if err := answerable(m, p); err != nil {
		return nil, err
	}
	var start time.Time
	var f apperr.Fields
	if in.StartsAt == nil {
		f.Add("starts_at", "name one of the proposed times")
	} else if start, err = time.Parse(time.RFC3339, *in.StartsAt); err != nil {
		f.Add("starts_at", "must be an RFC 3339 time, such as 2020-11-02T09:00:00Z")
	} else if !timeIn(m.Current().Times, start) {
		f.Add("starts_at", "must be one of the proposed times")
	} else if !start.After(now) {
		f.Add("starts_at", "has begun or passed")
	}
	if err := f.Err(); err != nil {
		return nil, err
	}
	start = start.UTC()
	end := start.Add(time.Duration(m.Minutes) * time.Minute)
	other, err := s.person(ctx, m.Other(p.ID), "the other person's account is gone")
	if err != nil {
		return nil, err
	}
	if err := s.notBlocked(ctx, p.ID, other.ID); err != nil {
		return nil, err
	}
	outside := m.Current().OutsideHours && in.OutsideHours
	if err := s.checkTimes(ctx, p, other, []time.Time{start}, m.Minutes, outside, "starts_at"); err != nil {
		if errors.Is(err, apperr.E(apperr.OutsideHours)) && m.Current().OutsideHours {
			err.(*apperr.Error).Message = "this time is outside the working hours of one of you: accept it with outside_hours to agree"
		}
		return nil, err
	}
	// The accepter's time, then the asker's: of two requests to one
	// person accepted at once for overlapping times, the accepter's own
	// holds decide, and the loser lets go of what it took.
	owner := holdOwner(m.ID)
	mine := agenda.MeetingTime.Keys(p.ID, start, end)
	theirs := agenda.MeetingTime.Keys(other.ID, start, end)
	if err := agenda.HoldAll(ctx, s.store, mine, owner, now); err != nil {
		return nil, s.holdFailed(ctx, m, err, "you have another meeting or a booking at this time")
	}
	if err := agenda.HoldAll(ctx, s.store, theirs, owner, now); err != nil {
		_ = s.store.Release(context.WithoutCancel(ctx), mine...)
		return nil, s.holdFailed(ctx, m, err, "the other person has another meeting or a booking at this time")
	}
	if err := s.store.Claim(ctx, answerKey(m.ID, m.Revision()), now); err != nil {
		_ = s.store.Release(context.WithoutCancel(ctx), append(mine, theirs...)...)
		if errors.Is(err, store.ErrDuplicate) {
			return nil, errAnswered()
		}
		return nil, err
	}
	ctx = context.WithoutCancel(ctx) // finish what the claim began
	m.Confirmed = &MeetingConfirmation{StartsAt: start, EndsAt: end, By: p.ID, At: now}
	if err := s.store.ConfirmMeeting(ctx, m.ID, *m.Confirmed); err != nil {
		return nil, err
	}
	// A cancellation may have come meanwhile: it claims first, then lets
	// go of the holds of a confirmation it finds; one it did not find
	// sees its claim here and lets go itself (releasedKey: once).
	cancelled, err := s.store.Claimed(ctx, cancelledMeetingKey(m.ID))
	if err != nil {
		return nil, err
	}
	if cancelled {
		if err := s.release(ctx, m); err != nil {
			return nil, err
		}
		return nil, apperr.New(apperr.Gone, "this request was cancelled")
	}
	s.announce(ctx, m, EventMeetingUpdated, ActionAccepted)
	v := s.view(ctx, m, p.ID, nil)
	return &v, nil
}

// holdFailed words a hold that was refused: a time held already, unless
// the proposal was answered meanwhile (a second click).
func (s *Meetings) holdFailed(ctx context.Context, m *Meeting, err error, msg string) error {
	if !errors.Is(err, store.ErrDuplicate) {
		return err
	}
	if answered, cerr := s.store.Claimed(ctx, answerKey(m.ID, m.Revision())); cerr == nil && answered {
		return errAnswered()
	}
	return &apperr.Error{Code: apperr.Overlaps, Message: msg,
		Fields: map[string]string{"starts_at": "overlaps another meeting or booking"}}
}

func timeIn(list []time.Time, t time.Time) bool {
	for _, x := range list {
		if x.Equal(t) {
			return true
		}
	}
	return false
}

// release lets go of confirmed meeting m's holds, once.
func (s *Meetings) release(ctx context.Context, m *Meeting) error {
	if m.Confirmed == nil {
		return nil
	}
	if err := s.store.Claim(ctx, releasedKey(m.ID), s.stamp()); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return nil
		}
		return err
	}
	c := m.Confirmed
	keys := append(agenda.MeetingTime.Keys(m.AskerID, c.StartsAt, c.EndsAt),
		agenda.MeetingTime.Keys(m.WithID, c.StartsAt, c.EndsAt)...)
	return s.store.Release(ctx, keys...)
}

// closing reads what a decline or a cancellation of request id by p
// says, then the request as p may see it.
func (s *Meetings) closing(ctx context.Context, p *accounts.Person, id string, in CloseInput) (*Meeting, string, error) {
	var f apperr.Fields
	msg := text(&f, "message", in.Message, MaxMeetingMessage)
	if err := f.Err(); err != nil {
		return nil, "", err
	}
	m, err := s.meeting(ctx, p, id)
	if err != nil {
		return nil, "", err
	}
	return m, msg, nil
}

// claimAnswer claims the answer to m's current proposal: of any number
// of answers at once, one stands; the others are told errAnswered.
func (s *Meetings) claimAnswer(ctx context.Context, m *Meeting, now time.Time) error {
	err := s.store.Claim(ctx, answerKey(m.ID, m.Revision()), now)
	if errors.Is(err, store.ErrDuplicate) {
		return errAnswered()
	}
	return err
}

// Decline turns request id down, as p, whose turn it is.
func (s *Meetings) Decline(ctx context.Context, p *accounts.Person, id string, in CloseInput) (*MeetingView, error) {
	now := s.stamp()
	m, msg, err := s.closing(ctx, p, id, in)
	if err != nil {
		return nil, err
	}
	if err := answerable(m, p); err != nil {
		return nil, err
	}
	if err := s.claimAnswer(ctx, m, now); err != nil {
		return nil, err
	}
	m.Declined = &MeetingClosing{By: p.ID, Message: msg, At: now}
	if err := s.store.DeclineMeeting(context.WithoutCancel(ctx), m.ID, *m.Declined); err != nil {
		return nil, err
	}
	s.announce(ctx, m, EventMeetingUpdated, ActionDeclined)
	v := s.view(ctx, m, p.ID, nil)
	return &v, nil
}

// Propose answers request id with other times, as p, whose turn it is:
// the turn passes to the other.
func (s *Meetings) Propose(ctx context.Context, p *accounts.Person, id string, in ProposeInput) (*MeetingView, error) {
	now := s.stamp()
	var f apperr.Fields
	times := readTimes(&f, in.Times, now)
	note := text(&f, "note", in.Note, MaxMeetingNote)
	if err := f.Err(); err != nil {
		return nil, err
	}
	m, err := s.meeting(ctx, p, id)
	if err != nil {
		return nil, err
	}
	// A lapsed request may be answered with new times: that is what it
	// asks for.
	if err := answerable(m, p); err != nil {
		return nil, err
	}
	other, err := s.person(ctx, m.Other(p.ID), "the other person's account is gone")
	if err != nil {
		return nil, err
	}
	// Who may ask was settled by the request; a block since ends it.
	if err := s.notBlocked(ctx, p.ID, other.ID); err != nil {
		return nil, err
	}
	if err := s.checkTimes(ctx, p, other, times, m.Minutes, in.OutsideHours, "times"); err != nil {
		return nil, err
	}
	if err := s.claimAnswer(ctx, m, now); err != nil {
		return nil, err
	}
	prop := Proposal{By: p.ID, Times: times, Note: note, OutsideHours: in.OutsideHours, At: now}
	if err := s.store.AddMeetingProposal(context.WithoutCancel(ctx), m.ID, prop); err != nil {
		return nil, err
	}
	m.Proposals = append(m.Proposals, prop)
	if cancelled, err := s.store.Claimed(ctx, cancelledMeetingKey(m.ID)); err == nil && cancelled {
		return nil, apperr.New(apperr.Gone, "this request was cancelled")
	}
	s.announce(ctx, m, EventMeetingUpdated, ActionProposed)
	v := s.view(ctx, m, p.ID, nil)
	return &v, nil
}

// Cancel calls request id off, as either of the two: while it is
// pending, or confirmed and not over. A confirmed meeting's time is free
// again for both.
func (s *Meetings) Cancel(ctx context.Context, p *accounts.Person, id string, in CloseInput) (*MeetingView, error) {
	now := s.stamp()
	m, msg, err := s.closing(ctx, p, id, in)
	if err != nil {
		return nil, err
	}
	switch m.Status() {
	case MeetingCancelled:
		return nil, apperr.New(apperr.Gone, "this request was cancelled already")
	case MeetingDeclined:
		return nil, apperr.New(apperr.Gone, "this request was declined")
	case MeetingConfirmed:
		if !m.Confirmed.EndsAt.After(now) {
			return nil, apperr.New(apperr.Gone, "this meeting is over")
		}
	}
	if err := s.store.Claim(ctx, cancelledMeetingKey(m.ID), now); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return nil, apperr.New(apperr.Gone, "this request was cancelled already")
		}
		return nil, err
	}
	ctx = context.WithoutCancel(ctx)
	closing := MeetingClosing{By: p.ID, Message: msg, At: now}
	if err := s.store.CancelMeeting(ctx, m.ID, closing); err != nil {
		return nil, err
	}
	// Read again: an acceptance may have confirmed it since the read
	// above (Accept says how the two meet).
	if fresh, err := s.store.Meeting(ctx, m.ID); err == nil {
		m = fresh
	} else {
		return nil, err
	}
	m.Cancelled = &closing
	if err := s.release(ctx, m); err != nil {
		return nil, err
	}
	s.announce(ctx, m, EventMeetingUpdated, ActionCancelled)
	v := s.view(ctx, m, p.ID, nil)
	return &v, nil
}

// CancelBetween cancels, as p, every request between p and otherID that
// is pending, and every meeting of theirs confirmed and not over: what a
// block of one by the other ends (the other is told).
func (s *Meetings) CancelBetween(ctx context.Context, p *accounts.Person, otherID string) error {
	return s.cancelOf(ctx, p, func(m *Meeting) bool { return m.Has(otherID) }, "")
}

// CancelAllOf cancels every request of p's that is pending, and every
// meeting of theirs confirmed and not over, so that a deleted account
// keeps nobody's time: the others are told, and their time is free again.
func (s *Meetings) CancelAllOf(ctx context.Context, p *accounts.Person) error {
	return s.cancelOf(ctx, p, func(*Meeting) bool { return true }, "the account was deleted")
}

// cancelOf cancels, as p, with msg, p's requests that match and are
// pending, and p's meetings that match and are not over.
func (s *Meetings) cancelOf(ctx context.Context, p *accounts.Person, match func(*Meeting) bool, msg string) error {
	list, err := s.store.MeetingsOfPerson(ctx, p.ID)
	if err != nil {
		return err
	}
	now := s.now()
	for i := range list {
		m := &list[i]
		if !match(m) {
			continue
		}
		switch m.Status() {
		case MeetingPending:
		case MeetingConfirmed:
			if !m.Confirmed.EndsAt.After(now) {
				continue
			}
		default:
			continue
		}
		if _, err := s.Cancel(ctx, p, m.ID, CloseInput{Message: &msg}); err != nil && !errors.Is(err, apperr.E(apperr.Gone)) {
			return err
		}
	}
	return nil
}
