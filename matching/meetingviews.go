package matching

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
)

// MeetingPerson is the other of a meeting's two, as its view names them:
// with their time zone, so that a client shows each time in both.
type MeetingPerson struct {
	ID       string `json:"id"`
	Name     string `json:"name"` // "" when the account is gone
	TimeZone string `json:"time_zone"`
}

// MeetingView is a request as one of its two sees it: With is the other.
// Times are UTC; the client shows them in the viewer's zone and With's.
type MeetingView struct {
	ID      string        `json:"id"`
	Status  string        `json:"status"`
	With    MeetingPerson `json:"with"`
	AskerID string        `json:"asker_id"`
	// Turn is whose answer a pending request awaits; "" otherwise.
	Turn string `json:"turn"`
	// Lapsed: pending, and every time it offers has begun; it may still
	// be answered with other times.
	Lapsed  bool        `json:"lapsed,omitempty"`
	Minutes int         `json:"minutes"`
	Times   []time.Time `json:"times"` // the current proposal's
	Note    string      `json:"note"`  // the current proposal's
	// OutsideHours: the current proposal's proposer agrees to times
	// outside working hours.
	OutsideHours bool `json:"outside_hours"`
	// Proposals are every proposal, the first the request's.
	Proposals []Proposal `json:"proposals"`
	// StartsAt and EndsAt are set once a time is accepted (and stay when
	// it is cancelled, to say which meeting was).
	StartsAt *time.Time `json:"starts_at,omitempty"`
	EndsAt   *time.Time `json:"ends_at,omitempty"`
	// Message is the decline's or the cancellation's, and ClosedBy who
	// sent it.
	Message  string `json:"message,omitempty"`
	ClosedBy string `json:"closed_by,omitempty"`
	// Room is the live room of a confirmed meeting, open from
	// MeetingRoomOpensBefore its start to its end.
	Room      string    `json:"room,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// view shows m to viewer (one of its two).
func (s *Meetings) view(ctx context.Context, m *Meeting, viewer string, cache map[string]MeetingPerson) MeetingView {
	cur := m.Current()
	v := MeetingView{
		ID: m.ID, Status: m.Status(), With: s.personOf(ctx, m.Other(viewer), cache), AskerID: m.AskerID,
		Minutes: m.Minutes, Times: cur.Times, Note: cur.Note, OutsideHours: cur.OutsideHours,
		Proposals: m.Proposals, CreatedAt: m.CreatedAt, UpdatedAt: m.UpdatedAt(),
	}
	if v.Status == MeetingPending {
		v.Turn = m.Turn()
		v.Lapsed = m.Lapsed(s.now())
	}
	if c := m.Confirmed; c != nil {
		v.StartsAt, v.EndsAt = &c.StartsAt, &c.EndsAt
		if v.Status == MeetingConfirmed {
			v.Room = MeetingRoom(m.ID)
		}
	}
	for _, c := range []*MeetingClosing{m.Declined, m.Cancelled} {
		if c != nil {
			v.Message, v.ClosedBy = c.Message, c.By
		}
	}
	return v
}

func (s *Meetings) personOf(ctx context.Context, id string, cache map[string]MeetingPerson) MeetingPerson {
	if mp, ok := cache[id]; ok {
		return mp
	}
	mp := MeetingPerson{ID: id, TimeZone: "UTC"}
	if p, err := s.store.Person(ctx, id); err == nil {
		mp.Name, mp.TimeZone = p.DisplayName, p.TimeZone
	}
	if cache != nil {
		cache[id] = mp
	}
	return mp
}

// Get returns request id as p, one of its two, sees it.
func (s *Meetings) Get(ctx context.Context, p *accounts.Person, id string) (*MeetingView, error) {
	m, err := s.meeting(ctx, p, id)
	if err != nil {
		return nil, err
	}
	v := s.view(ctx, m, p.ID, nil)
	return &v, nil
}

// Boxes a person's requests are sorted into.
const (
	BoxInbox    = "inbox"    // pending, awaiting my answer
	BoxOutbox   = "outbox"   // pending, awaiting theirs
	BoxUpcoming = "upcoming" // confirmed, not over
	BoxPast     = "past"     // over, declined, cancelled, or lapsed
)

// Boxes lists the boxes, in the order a client shows them.
var Boxes = []string{BoxInbox, BoxOutbox, BoxUpcoming, BoxPast}

// MeetingQuery pages one box of a person's requests.
type MeetingQuery struct {
	Box           string
	Offset, Limit int
}

// box is where m goes for personID at now.
func box(m *Meeting, personID string, now time.Time) string {
	switch m.Status() {
	case MeetingPending:
		if m.Lapsed(now) {
			return BoxPast
		}
		if m.Turn() == personID {
			return BoxInbox
		}
		return BoxOutbox
	case MeetingConfirmed:
		if m.Confirmed.EndsAt.After(now) {
			return BoxUpcoming
		}
	}
	return BoxPast
}

// List lists one box of p's requests, with how many there are in all:
// the upcoming by start, the others the latest changed first.
func (s *Meetings) List(ctx context.Context, p *accounts.Person, q MeetingQuery) ([]MeetingView, int, error) {
	if !slices.Contains(Boxes, q.Box) {
		return nil, 0, apperr.Fields{"box": fmt.Sprintf("must be one of %v", Boxes)}.Err()
	}
	all, err := s.store.MeetingsOfPerson(ctx, p.ID)
	if err != nil {
		return nil, 0, err
	}
	now := s.now()
	list := all[:0]
	for _, m := range all {
		if box(&m, p.ID, now) == q.Box {
			list = append(list, m)
		}
	}
	if q.Box == BoxUpcoming {
		slices.SortStableFunc(list, func(a, b Meeting) int { return a.Confirmed.StartsAt.Compare(b.Confirmed.StartsAt) })
	} else {
		slices.SortStableFunc(list, func(a, b Meeting) int { return b.UpdatedAt().Compare(a.UpdatedAt()) })
	}
	total := len(list)
	list = list[min(max(q.Offset, 0), len(list)):]
	if q.Limit > 0 && q.Limit < len(list) {
		list = list[:q.Limit]
	}
	cache := map[string]MeetingPerson{}
	out := make([]MeetingView, len(list))
	for i := range list {
		out[i] = s.view(ctx, &list[i], p.ID, cache)
	}
	return out, total, nil
}

// Busy lists personID's confirmed meetings that overlap [from, to): the
// meetings' share of a person's agenda (agenda.Busy).
func (s *Meetings) Busy(ctx context.Context, personID string, from, to time.Time) ([]agenda.Interval, error) {
	all, err := s.store.MeetingsOfPerson(ctx, personID)
	if err != nil {
		return nil, err
	}
	var out []agenda.Interval
	for _, m := range all {
		if m.Status() != MeetingConfirmed {
			continue
		}
		iv := agenda.Interval{Start: m.Confirmed.StartsAt, End: m.Confirmed.EndsAt, What: "meeting"}
		if iv.Overlaps(from, to) {
			out = append(out, iv)
		}
	}
	return out, nil
}

var _ agenda.Busy = (*Meetings)(nil)

// Agenda lists the meetings p's calendar feed holds: every one that was
// confirmed, cancelled since or not (a calendar program drops a
// cancelled one when it reads CANCELLED), by start.
func (s *Meetings) Agenda(ctx context.Context, p *accounts.Person) ([]MeetingView, error) {
	all, err := s.store.MeetingsOfPerson(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	cache := map[string]MeetingPerson{}
	var out []MeetingView
	for i := range all {
		if all[i].Confirmed != nil {
			out = append(out, s.view(ctx, &all[i], p.ID, cache))
		}
	}
	slices.SortStableFunc(out, func(a, b MeetingView) int { return a.StartsAt.Compare(*b.StartsAt) })
	return out, nil
}

// ICS returns request id, as p sees it, for its own .ics file: only a
// meeting that was confirmed has a time to put in a calendar.
func (s *Meetings) ICS(ctx context.Context, p *accounts.Person, id string) (*MeetingView, error) {
	v, err := s.Get(ctx, p, id)
	if err != nil {
		return nil, err
	}
	if v.StartsAt == nil {
		return nil, apperr.New(apperr.Conflict, "this request has no time yet: a calendar file comes with its confirmation")
	}
	return v, nil
}

// Event is meeting v as an entry of its viewer's calendar, for
// agenda.WriteICS. Its UID is the meeting's; a cancelled meeting's event
// says CANCELLED. host names the server in the UID; url is the address of
// the meeting's page.
func (v *MeetingView) Event(host, url string) agenda.Event {
	status := agenda.Confirmed
	if v.Status == MeetingCancelled {
		status = agenda.Cancelled
	}
	desc := fmt.Sprintf("A %d-minute 1:1 meeting with %s in the IGF Village.\n\n", v.Minutes, agenda.Someone(v.With.Name))
	if v.Note != "" {
		desc += v.Note + "\n\n"
	}
	desc += "Join its private room from its page a few minutes before the start: " + url
	return agenda.Event{
		UID: v.ID + "@" + host, Created: v.CreatedAt, Start: *v.StartsAt, End: *v.EndsAt,
		Summary:     "1:1 with " + agenda.Someone(v.With.Name),
		Description: desc, Location: "IGF Village", URL: url, Status: status,
	}
}
