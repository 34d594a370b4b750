package matching

import (
	"context"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
)

// SessionView is a session as its viewer sees it: what it is, how full,
// and the viewer's own place.
type SessionView struct {
	ID          string             `json:"id"`
	Type        string             `json:"type"`
	Title       string             `json:"title"`
	Description string             `json:"description"`
	Language    string             `json:"language"`
	Themes      []string           `json:"themes"`
	StartsAt    time.Time          `json:"starts_at"`
	EndsAt      time.Time          `json:"ends_at"`
	Minutes     int                `json:"minutes"`
	Capacity    int                `json:"capacity"`
	Organiser   accounts.PersonRef `json:"organiser"`
	Status      string             `json:"status"`
	// StatusReason is why the secretariat refused it.
	StatusReason string `json:"status_reason,omitempty"`
	Confirmed    int    `json:"confirmed"`
	Waitlisted   int    `json:"waitlisted"`
	// Place is the viewer's: none, confirmed, waitlisted or organiser;
	// Position, on the waitlist, is 1 for next in line.
	Place    string `json:"place"`
	Position int    `json:"position,omitempty"`
	// Room is the live room the session meets in (MayEnterSessionRoom).
	Room string `json:"room"`
	// Messages are the organiser's latest messages to the attendees, for
	// them, the organiser and the secretariat; oldest first.
	Messages  []NoteView `json:"messages,omitempty"`
	CreatedAt time.Time  `json:"created_at"`
}

// NoteView is a message from a session's organiser.
type NoteView struct {
	ID   string             `json:"id"`
	From accounts.PersonRef `json:"from"`
	Text string             `json:"text"`
	At   time.Time          `json:"at"`
}

// view shows se to p; withNotes adds the organiser's messages when p may
// read them. cache accounts.Names people across a list (may be nil).
func (s *Sessions) view(ctx context.Context, p *accounts.Person, se *Session, cache accounts.Names) (*SessionView, error) {
	return s.viewWith(ctx, p, se, cache, cache == nil)
}

func (s *Sessions) viewWith(ctx context.Context, p *accounts.Person, se *Session, cache accounts.Names, withNotes bool) (*SessionView, error) {
	st, err := s.standing(ctx, se)
	if err != nil {
		return nil, err
	}
	v := &SessionView{
		ID: se.ID, Type: se.Type, Title: se.Title, Description: se.Description, Language: se.Language,
		Themes: se.Themes, StartsAt: se.StartsAt, EndsAt: se.EndsAt, Minutes: int(se.EndsAt.Sub(se.StartsAt).Minutes()),
		Capacity: se.Capacity, Organiser: cache.Ref(ctx, s.store, se.OrganiserID), Status: se.Status,
		Confirmed: len(st.Confirmed), Waitlisted: len(st.Waitlist), Room: SessionRoom(se.ID), CreatedAt: se.CreatedAt,
	}
	if v.Themes == nil {
		v.Themes = []string{}
	}
	if mayRun(p, se) {
		v.StatusReason = se.StatusReason
	}
	v.Place, v.Position = st.Place(p.ID)
	if p.ID == se.OrganiserID {
		v.Place = PlaceOrganiser
	}
	if withNotes && (v.Place == PlaceConfirmed || mayRun(p, se)) {
		notes, err := s.store.SessionNotes(ctx, se.ID)
		if err != nil {
			return nil, err
		}
		notes = notes[max(0, len(notes)-NotesShown):]
		for _, n := range notes {
			v.Messages = append(v.Messages, NoteView{ID: n.ID, From: cache.Ref(ctx, s.store, n.FromID), Text: n.Text, At: n.At})
		}
	}
	return v, nil
}

// Get returns session id as p sees it.
func (s *Sessions) Get(ctx context.Context, p *accounts.Person, id string) (*SessionView, error) {
	se, err := s.session(ctx, p, id)
	if err != nil {
		return nil, err
	}
	return s.view(ctx, p, se, nil)
}

// SessionQuery filters and pages the sessions' list.
type SessionQuery struct {
	Type     string // one of SessionTypes; "" for any
	Language string // a BCP 47 tag: sessions in it or in a variant of it ("fr" finds "fr-CA")
	Theme    string // one of accounts.Themes
	// Day is a calendar date, YYYY-MM-DD, in the viewer's own time zone:
	// the sessions that start on it.
	Day string
	// Status is listed by default; the secretariat may ask for proposed,
	// refused or cancelled sessions too, anyone else gets only their own.
	Status string
	// Mine keeps the sessions the viewer organises or has signed up for.
	Mine bool
	// Past includes sessions that have ended.
	Past          bool
	Offset, Limit int
}

// SessionStatuses are a session's statuses, in the order lists show them.
var SessionStatuses = []string{StatusListed, StatusProposed, StatusRefused, StatusCancelled}

// List lists the sessions q asks for, by start, as p sees them, with how
// many there are in all.
func (s *Sessions) List(ctx context.Context, p *accounts.Person, q SessionQuery) ([]SessionView, int, error) {
	var f apperr.Fields
	if q.Type != "" && !accounts.OneOf(SessionTypes, q.Type) {
		f.Add("type", "must be one of %s", strings.Join(SessionTypes, ", "))
	}
	var lang language.Tag
	if q.Language != "" {
		canon, ok := accounts.CanonicalLanguage(q.Language)
		if !ok {
			f.Add("language", "%q is not a known BCP 47 language tag, such as fr or es-419", q.Language)
		}
		lang, _ = language.Parse(canon)
	}
	if q.Theme != "" && !accounts.OneOf(accounts.Themes, q.Theme) {
		f.Add("theme", "must be one of %s", strings.Join(accounts.Themes, ", "))
	}
	if q.Status == "" {
		q.Status = StatusListed
	}
	if !accounts.OneOf(SessionStatuses, q.Status) {
		f.Add("status", "must be one of %s", strings.Join(SessionStatuses, ", "))
	}
	var dayStart, dayEnd time.Time
	if q.Day != "" {
		loc, err := time.LoadLocation(p.TimeZone)
		if err != nil || p.TimeZone == "" {
			loc = time.UTC
		}
		d, err := time.ParseInLocation(time.DateOnly, q.Day, loc)
		if err != nil {
			f.Add("day", "must be a date, YYYY-MM-DD")
		}
		dayStart, dayEnd = d, d.AddDate(0, 0, 1)
	}
	if err := f.Err(); err != nil {
		return nil, 0, err
	}
	from := s.now()
	if q.Past || q.Day != "" {
		from = time.Time{}
	}
	all, err := s.store.SessionsEndingAfter(ctx, from)
	if err != nil {
		return nil, 0, err
	}
	var mine map[string]bool
	if q.Mine {
		list, err := s.store.SignupsOfPerson(ctx, p.ID)
		if err != nil {
			return nil, 0, err
		}
		mine = make(map[string]bool, len(list))
		for _, g := range list {
			mine[g.SessionID] = true
		}
	}
	list := all[:0]
	for _, se := range all {
		switch {
		case se.Status != q.Status:
		case q.Status != StatusListed && !mayRun(p, &se):
		case q.Type != "" && se.Type != q.Type:
		case q.Language != "" && !sameLanguage(lang, se.Language):
		case q.Theme != "" && !accounts.OneOf(se.Themes, q.Theme):
		case q.Day != "" && (se.StartsAt.Before(dayStart) || !se.StartsAt.Before(dayEnd)):
		case q.Mine && !mine[se.ID] && se.OrganiserID != p.ID:
		default:
			list = append(list, se)
		}
	}
	total := len(list)
	list = list[min(max(q.Offset, 0), len(list)):]
	if q.Limit > 0 && q.Limit < len(list) {
		list = list[:q.Limit]
	}
	cache := accounts.Names{}
	out := make([]SessionView, len(list))
	for i := range list {
		v, err := s.viewWith(ctx, p, &list[i], cache, false)
		if err != nil {
			return nil, 0, err
		}
		out[i] = *v
	}
	return out, total, nil
}

// Agenda lists the sessions on p's calendar feed, past ones too, by start:
// those p organises, whatever their status (a proposal is tentative, a
// refused or cancelled one says so), and those p holds a confirmed place
// in. A cancelled session stays, marked cancelled, so that calendar
// programs take it off; a place withdrawn, or still on the waitlist, is
// not there (as a cancelled booking leaves the feed).
func (s *Sessions) Agenda(ctx context.Context, p *accounts.Person) ([]SessionView, error) {
	signups, err := s.store.SignupsOfPerson(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	signed := make(map[string]bool, len(signups))
	for _, g := range signups {
		signed[g.SessionID] = true
	}
	all, err := s.store.SessionsEndingAfter(ctx, time.Time{})
	if err != nil {
		return nil, err
	}
	cache := accounts.Names{}
	out := []SessionView{}
	for i := range all {
		se := &all[i]
		if se.OrganiserID != p.ID && !signed[se.ID] {
			continue
		}
		v, err := s.viewWith(ctx, p, se, cache, false)
		if err != nil {
			return nil, err
		}
		if v.Place == PlaceOrganiser || v.Place == PlaceConfirmed {
			out = append(out, *v)
		}
	}
	return out, nil
}

// sameLanguage: the session's tag is want or a variant of it.
func sameLanguage(want language.Tag, tag string) bool {
	t, err := language.Parse(tag)
	if err != nil {
		return false
	}
	for ; t != language.Und; t = t.Parent() {
		if t == want {
			return true
		}
	}
	return false
}

// Attendee is one of a session's people, as its organiser sees them.
type Attendee struct {
	Person   accounts.PersonRef `json:"person"`
	Place    string             `json:"place"`
	Position int                `json:"position,omitempty"`
	SignedAt time.Time          `json:"signed_up_at"`
}

// Attendees lists session id's sign-ups in order, confirmed first, for
// its organiser and the secretariat.
func (s *Sessions) Attendees(ctx context.Context, p *accounts.Person, id string) ([]Attendee, error) {
	se, err := s.session(ctx, p, id)
	if err != nil {
		return nil, err
	}
	if !mayRun(p, se) {
		return nil, errNotOrganiser()
	}
	st, err := s.standing(ctx, se)
	if err != nil {
		return nil, err
	}
	cache := accounts.Names{}
	out := []Attendee{}
	for _, g := range st.Confirmed {
		out = append(out, Attendee{Person: cache.Ref(ctx, s.store, g.PersonID), Place: PlaceConfirmed, SignedAt: g.CreatedAt})
	}
	for i, g := range st.Waitlist {
		out = append(out, Attendee{Person: cache.Ref(ctx, s.store, g.PersonID), Place: PlaceWaitlisted, Position: i + 1, SignedAt: g.CreatedAt})
	}
	return out, nil
}

// Message sends text from p (the organiser or the secretariat) to every
// confirmed attendee of session id, live, and keeps it on the session.
func (s *Sessions) Message(ctx context.Context, p *accounts.Person, id, text string) (*NoteView, error) {
	se, err := s.session(ctx, p, id)
	if err != nil {
		return nil, err
	}
	if !mayRun(p, se) {
		return nil, errNotOrganiser()
	}
	var f apperr.Fields
	text = cleanText(text)
	checkText(&f, "text", text, MaxSessionNote, true)
	if err := f.Err(); err != nil {
		return nil, err
	}
	switch {
	case se.Status == StatusCancelled:
		return nil, apperr.New(apperr.Gone, "the session was cancelled")
	case se.Status != StatusListed:
		return nil, apperr.New(apperr.Conflict, "the session is %s: it has no attendees yet", se.Status)
	case !se.EndsAt.After(s.now()):
		return nil, apperr.New(apperr.Gone, "the session is over")
	}
	n := &SessionNote{ID: newID("note-"), SessionID: se.ID, FromID: p.ID, Text: text, At: s.stamp()}
	if err := s.store.CreateSessionNote(ctx, n); err != nil {
		return nil, err
	}
	st, err := s.standing(context.WithoutCancel(ctx), se)
	if err != nil {
		return nil, err
	}
	v := &NoteView{ID: n.ID, From: accounts.Names(nil).Ref(ctx, s.store, p.ID), Text: n.Text, At: n.At}
	ev := SessionMessageEvent{Session: se.ID, Title: se.Title, Message: *v}
	for _, g := range st.Confirmed {
		s.tell(g.PersonID, EventSessionMessage, ev)
	}
	return v, nil
}
