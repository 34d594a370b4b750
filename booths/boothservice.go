package booths

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// Who may do what with booths. The Secretariat runs the village: it
// creates a booth for an organisation, edits any field of any booth, opens
// and closes it, and removes it. Staff of the organisation edit their own
// booth's content — title, description, themes, languages, links, time
// zone and opening hours — but not its classification (kind, stakeholder
// group, region), which the Secretariat sets for every exhibitor alike, and
// they do not open or close it: whether a booth is in the village is the
// Secretariat's call, while staff say when it is staffed through its
// hours. Everyone signed in sees every booth, open or not.

// Option configures a Service.
type Option func(*Service)

// WithPresence gives the Service the live figures of booths. Without it,
// every booth has nobody there.
func WithPresence(p Presence) Option { return func(s *Service) { s.presence = p } }

// WithNotifier lets the Service tell booth rooms of changes live (a new
// pinned announcement).
func WithNotifier(n Notifier) Option { return func(s *Service) { s.notifier = n } }

// View is a booth as the API shows it: the booth, each opening also as
// UTC instants, whether it is open now, and its live figures.
type View struct {
	ID               string      `json:"id"`
	OrganisationID   string      `json:"organisation_id"`
	Title            string      `json:"title"`
	Kind             string      `json:"kind"`
	StakeholderGroup string      `json:"stakeholder_group"`
	Region           string      `json:"region"`
	Description      string      `json:"description"`
	Themes           []string    `json:"themes"`
	Languages        []string    `json:"languages"`
	Links            []Link      `json:"links"`
	TimeZone         string      `json:"time_zone"`
	Hours            []HoursView `json:"hours"`
	Open             bool        `json:"open"`
	OpenNow          bool        `json:"open_now"`
	Announcement     string      `json:"announcement"`
	Figures
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// HoursView is an opening with its UTC instants.
type HoursView struct {
	Hours
	StartsAt time.Time `json:"starts_at"`
	EndsAt   time.Time `json:"ends_at"`
}

// Summary is a booth as lists show it: what a card in the village needs,
// without the description, links and hours (the booth's own page has
// them). The demo village's 71 booths with their hours were 290 KB of
// JSON, whose encoding and compression took most of a listing's time;
// their summaries are 31 KB.
type Summary struct {
	ID               string   `json:"id"`
	OrganisationID   string   `json:"organisation_id"`
	Title            string   `json:"title"`
	Kind             string   `json:"kind"`
	StakeholderGroup string   `json:"stakeholder_group"`
	Region           string   `json:"region"`
	Themes           []string `json:"themes"`
	Languages        []string `json:"languages"`
	TimeZone         string   `json:"time_zone"`
	Open             bool     `json:"open"`
	OpenNow          bool     `json:"open_now"`
	// NextOpening is the opening going on now or else the next one; nil
	// when the booth is closed or none is left.
	NextOpening *Span `json:"next_opening,omitempty"`
	Figures
}

// Span is an opening's UTC instants.
type Span struct {
	StartsAt time.Time `json:"starts_at"`
	EndsAt   time.Time `json:"ends_at"`
}

// BoothQuery filters the list of booths. Empty fields do not filter.
type BoothQuery struct {
	Text             string // in the title or the description, case-insensitively
	Theme            string
	Language         string // a BCP 47 tag; matches its base language ("fr" finds "fr-CA")
	Region           string
	Kind             string
	StakeholderGroup string
	OpenNow          *bool
	// StaffedNow keeps the booths with (or, false, without) a member of
	// their staff in the booth's room now.
	StaffedNow    *bool
	Offset, Limit int
}

// MaxQueryText bounds the text searched for.
const MaxQueryText = 80

// summary is the listing of b at now.
func summary(b *Booth, now time.Time) Summary {
	loc, _ := zone(b.TimeZone)
	sm := Summary{
		ID: b.ID, OrganisationID: b.OrganisationID, Title: b.Title, Kind: b.Kind,
		StakeholderGroup: b.StakeholderGroup, Region: b.Region, Themes: nonNil(b.Themes),
		Languages: nonNil(b.Languages), TimeZone: b.TimeZone, Open: b.Open,
	}
	if !b.Open {
		return sm
	}
	for _, h := range b.Hours { // sorted, so the first not over is the one
		start, end := h.Span(loc)
		if now.Before(end) {
			sm.OpenNow = !now.Before(start)
			sm.NextOpening = &Span{StartsAt: start, EndsAt: end}
			break
		}
	}
	return sm
}

// view shows b at now with its figures.
func view(b *Booth, now time.Time, fig Figures) View {
	loc, _ := zone(b.TimeZone)
	v := View{
		ID: b.ID, OrganisationID: b.OrganisationID, Title: b.Title, Kind: b.Kind,
		StakeholderGroup: b.StakeholderGroup, Region: b.Region, Description: b.Description,
		Themes: nonNil(b.Themes), Languages: nonNil(b.Languages), Links: b.Links, TimeZone: b.TimeZone,
		Hours: make([]HoursView, len(b.Hours)), Open: b.Open, Announcement: b.Announcement, Figures: fig,
		CreatedAt: b.CreatedAt, UpdatedAt: b.UpdatedAt,
	}
	if v.Links == nil {
		v.Links = []Link{}
	}
	for i, h := range b.Hours {
		start, end := h.Span(loc)
		v.Hours[i] = HoursView{Hours: h, StartsAt: start, EndsAt: end}
		if b.Open && !now.Before(start) && now.Before(end) {
			v.OpenNow = true
		}
	}
	return v
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func (s *Service) stamp() time.Time { return s.now().UTC().Truncate(time.Millisecond) }

func errNoBooth() error { return apperr.New(apperr.NotFound, "no such booth") }

func (s *Service) booth(ctx context.Context, id string) (*Booth, error) {
	b, err := s.store.Booth(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errNoBooth()
	}
	return b, err
}

// CreateBooth gives an organisation its booth, closed until the
// Secretariat opens it.
func (s *Service) CreateBooth(ctx context.Context, in BoothCreate) (*View, error) {
	o, err := s.store.Organisation(ctx, strings.TrimSpace(in.OrganisationID))
	if errors.Is(err, store.ErrNotFound) || in.OrganisationID == "" {
		return nil, apperr.Fields{"organisation_id": "must name an organisation of the village"}.Err()
	}
	if err != nil {
		return nil, err
	}
	now := s.stamp()
	b := &Booth{
		ID: BoothID(o.ID), OrganisationID: o.ID, Title: o.Name, Kind: o.Kind,
		StakeholderGroup: o.StakeholderGroup, Region: o.Region, TimeZone: "UTC",
		CreatedAt: now, UpdatedAt: now,
	}
	in.apply(b)
	if err := Check(b); err != nil {
		return nil, err
	}
	if err := s.store.CreateBooth(ctx, b); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return nil, &apperr.Error{Code: apperr.Conflict, Message: "this organisation has a booth already",
				Fields: map[string]string{"organisation_id": "has a booth already"}}
		}
		return nil, err
	}
	// The organisation may have begun to leave the village while the booth
	// was written. Its removal claims the tombstone, then removes the
	// booth: if the tombstone is not there now, the claim comes after this
	// booth was written and the removal will find it.
	closed, err := s.store.Claimed(ctx, accounts.ClosedKey(o.ID))
	if err != nil {
		return nil, err
	}
	if closed {
		if err := s.store.DeleteBooth(ctx, b.ID); err != nil && !errors.Is(err, store.ErrNotFound) {
			return nil, err
		}
		return nil, apperr.Fields{"organisation_id": "must name an organisation of the village"}.Err()
	}
	v := view(b, s.now(), Figures{})
	return &v, nil
}

// Booth returns one booth.
func (s *Service) Booth(ctx context.Context, id string) (*View, error) {
	b, err := s.booth(ctx, id)
	if err != nil {
		return nil, err
	}
	v := view(b, s.now(), figures(s.presence, b))
	return &v, nil
}

// MayEditBooth says whether p may edit booth id at all: the secretariat
// any booth, staff their organisation's. The caller asks before reading
// the request, so that staff of another organisation learn nothing of
// what their request would have done.
func (s *Service) MayEditBooth(ctx context.Context, p *accounts.Person, id string) error {
	b, err := s.booth(ctx, id)
	if err != nil {
		return err
	}
	return mayEdit(p, b)
}

// runs says whether p runs booth b: its organisation's staff and the
// secretariat do. They edit it and moderate its room.
func runs(p *accounts.Person, b *Booth) bool {
	return p.Role == accounts.RoleSecretariat ||
		p.Role == accounts.RoleStaff && p.OrganisationID != "" && p.OrganisationID == b.OrganisationID
}

func mayEdit(p *accounts.Person, b *Booth) error {
	switch {
	case runs(p, b):
		return nil
	case p.Role == accounts.RoleStaff:
		return apperr.New(apperr.Forbidden, "staff may edit only their own organisation's booth")
	}
	return apperr.New(apperr.Forbidden, "your role may not do this")
}

// UpdateBooth changes the fields given in in, as p.
func (s *Service) UpdateBooth(ctx context.Context, p *accounts.Person, id string, in BoothInput) (*View, error) {
	b, err := s.booth(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := mayEdit(p, b); err != nil {
		return nil, err
	}
	if p.Role != accounts.RoleSecretariat && in.classifies() {
		return nil, apperr.New(apperr.Forbidden, "staff may change their booth's content; the Secretariat sets its kind, stakeholder group and region")
	}
	pinned := b.Announcement
	in.apply(b)
	if err := Check(b); err != nil {
		return nil, err
	}
	v, err := s.save(ctx, b)
	if err == nil && b.Announcement != pinned && s.notifier != nil {
		s.notifier.ToRoom(BoothRoom(b.ID), EventAnnouncement, RoomState{Announcement: b.Announcement})
	}
	return v, err
}

// SetOpen opens or closes a booth (the secretariat's). Doing it twice is
// no error.
func (s *Service) SetOpen(ctx context.Context, id string, open bool) (*View, error) {
	b, err := s.booth(ctx, id)
	if err != nil {
		return nil, err
	}
	b.Open = open
	return s.save(ctx, b)
}

func (s *Service) save(ctx context.Context, b *Booth) (*View, error) {
	b.UpdatedAt = s.stamp()
	if err := s.store.UpdateBooth(ctx, b); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil, errNoBooth()
		}
		return nil, err
	}
	v := view(b, s.now(), figures(s.presence, b))
	return &v, nil
}

// DeleteBooth removes a booth. Its organisation stays, without one.
func (s *Service) DeleteBooth(ctx context.Context, id string) error {
	err := s.store.DeleteBooth(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return errNoBooth()
	}
	return err
}

// Booths lists the booths that match q, sorted by title then ID, with how
// many match in all. Every booth is read and matched here rather than in
// the store: a village has about seventy (a few hundred at most), open_now
// depends on the clock and on zone rules that no query expresses, and one
// matcher gives both backends the same answers.
func (s *Service) Booths(ctx context.Context, q BoothQuery) ([]Summary, int, error) {
	q, err := checkQuery(q)
	if err != nil {
		return nil, 0, err
	}
	all, err := s.store.Booths(ctx)
	if err != nil {
		return nil, 0, err
	}
	now := s.now()
	text := strings.ToLower(q.Text)
	base := baseLanguage(q.Language)
	matched := make([]Summary, 0, len(all))
	for i := range all {
		b := &all[i]
		switch {
		case q.Theme != "" && !slices.Contains(b.Themes, q.Theme),
			q.Region != "" && b.Region != q.Region,
			q.Kind != "" && b.Kind != q.Kind,
			q.StakeholderGroup != "" && b.StakeholderGroup != q.StakeholderGroup,
			base != "" && !slices.ContainsFunc(b.Languages, func(t string) bool { return baseLanguage(t) == base }),
			text != "" && !strings.Contains(strings.ToLower(b.Title), text) &&
				!strings.Contains(strings.ToLower(b.Description), text):
			continue
		}
		v := summary(b, now)
		if q.OpenNow != nil && v.OpenNow != *q.OpenNow {
			continue
		}
		// Every match's, not the page's alone: staffed_now filters on it.
		// A pass over the members of the booths' rooms, in memory.
		v.Figures = figures(s.presence, b)
		if q.StaffedNow != nil && (v.StaffOnline > 0) != *q.StaffedNow {
			continue
		}
		matched = append(matched, v)
	}
	total := len(matched)
	page := matched[min(q.Offset, total):]
	if q.Limit > 0 && q.Limit < len(page) {
		page = page[:q.Limit]
	}
	return page, total, nil
}

// checkQuery refuses what no booth could match, naming the query
// parameter: a value out of its vocabulary, a language that is no tag,
// text that is not text.
func checkQuery(q BoothQuery) (BoothQuery, error) {
	var f apperr.Fields
	for name, v := range map[string]string{"q": q.Text, "theme": q.Theme, "language": q.Language,
		"region": q.Region, "kind": q.Kind, "stakeholder_group": q.StakeholderGroup} {
		switch {
		case !utf8.ValidString(v):
			f.Add(name, "must be valid UTF-8 text")
		case strings.ContainsFunc(v, func(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) }):
			f.Add(name, "must not contain control characters")
		}
	}
	vocab := func(name, v string, list []string) {
		if v != "" && f[name] == "" && !accounts.OneOf(list, v) {
			f.Add(name, "must be one of %s", strings.Join(list, ", "))
		}
	}
	vocab("theme", q.Theme, accounts.Themes)
	vocab("region", q.Region, accounts.Regions)
	vocab("kind", q.Kind, Kinds)
	vocab("stakeholder_group", q.StakeholderGroup, accounts.StakeholderGroups)
	if q.Language != "" && f["language"] == "" {
		tag, ok := accounts.CanonicalLanguage(q.Language)
		if !ok {
			f.Add("language", "%q is not a BCP 47 language tag, such as fr or es-419", q.Language)
		}
		q.Language = tag
	}
	q.Text = strings.TrimSpace(q.Text)
	if utf8.RuneCountInString(q.Text) > MaxQueryText {
		f.Add("q", "at most %d characters", MaxQueryText)
	}
	q.Offset = max(q.Offset, 0)
	return q, f.Err()
}

// baseLanguage is the primary subtag of a BCP 47 tag, folded.
func baseLanguage(tag string) string {
	base, _, _ := strings.Cut(tag, "-")
	return strings.ToLower(base)
}
