package accounts

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// Service applies the rules for accounts on top of a Store.
type Service struct {
	store    Store
	sessions Sessions // nil: nobody's sessions are ended
	hash     HashParams
	now      Clock
	// dummyHash is checked against when an e-mail is unknown, so that a
	// failed log-in takes as long whether or not the account exists.
	dummyHash string
	// photoSlots holds a token for each photo being decoded (photoWorkers).
	photoSlots chan struct{}
}

// Option configures a Service.
type Option func(*Service)

// WithHash sets the argon2id costs for new passwords.
func WithHash(p HashParams) Option { return func(s *Service) { s.hash = p } }

// Sessions ends sign-in sessions; auth.Tokens is one. accounts says when
// (a password change), auth how.
type Sessions interface {
	// EndOtherSessions ends every session of personID but keep (all when
	// keep is empty).
	EndOtherSessions(ctx context.Context, personID, keep string) error
}

// WithSessions lets a password change end the person's other sessions.
func WithSessions(s Sessions) Option { return func(svc *Service) { svc.sessions = s } }

// WithClock sets the clock, for tests.
func WithClock(c Clock) Option { return func(s *Service) { s.now = c } }

// NewService returns a Service over st.
func NewService(st Store, opts ...Option) *Service {
	s := &Service{store: st, hash: DefaultHash, now: time.Now, photoSlots: make(chan struct{}, photoWorkers)}
	for _, o := range opts {
		o(s)
	}
	s.dummyHash, _ = HashPassword("not a real password", s.hash)
	return s
}

func (s *Service) clock() time.Time { return s.now().UTC().Truncate(time.Millisecond) }

// NewID returns a random, URL-safe identifier with the given prefix.
func NewID(prefix string, bytes int) string {
	b := make([]byte, bytes)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	return prefix + base64.RawURLEncoding.EncodeToString(b)
}

// Registration is what a person sends to create an account.
type Registration struct {
	Email    string `json:"email"`
	Password string `json:"password"`
	Profile
}

// Register creates a participant account. A duplicate e-mail is a conflict.
func (s *Service) Register(ctx context.Context, r Registration) (*Person, error) {
	var f apperr.Fields
	email := NormalizeEmail(r.Email, &f)
	checkPassword(r.Password, &f)
	prof := r.Profile.normalize(&f)
	if err := f.Err(); err != nil {
		return nil, err
	}
	hash, err := HashPassword(r.Password, s.hash)
	if err != nil {
		return nil, err
	}
	now := s.clock()
	p := &Person{ID: NewID("p-", 12), Email: email, PasswordHash: hash, Role: RoleParticipant, CreatedAt: now, UpdatedAt: now}
	p.setProfile(prof)
	if err := s.store.CreatePerson(ctx, p); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return nil, &apperr.Error{Code: apperr.Conflict, Message: "an account with this e-mail already exists", Fields: map[string]string{"email": "already registered"}}
		}
		return nil, err
	}
	return p, nil
}

func (p *Person) setProfile(prof Profile) {
	p.DisplayName = prof.DisplayName
	p.StakeholderGroup = prof.StakeholderGroup
	p.Region = prof.Region
	p.Country = prof.Country
	p.Languages = prof.Languages
	p.TimeZone = prof.TimeZone
	p.Themes = prof.Themes
	p.Tags = prof.Tags
	p.Expertise = prof.Expertise
	p.Youth = prof.Youth
	p.Parliamentarian = prof.Parliamentarian
	p.DirectoryOptIn = prof.DirectoryOptIn
}

// Profile returns the editable part of p.
func (p *Person) Profile() Profile {
	return Profile{
		DisplayName: p.DisplayName, StakeholderGroup: p.StakeholderGroup, Region: p.Region,
		Country: p.Country, Languages: p.Languages, TimeZone: p.TimeZone, Themes: p.Themes,
		Tags: p.Tags, Expertise: p.Expertise, Youth: p.Youth, Parliamentarian: p.Parliamentarian,
		DirectoryOptIn: p.DirectoryOptIn,
	}
}

var errBadLogin = apperr.New(apperr.Unauthenticated, "the e-mail or the password is wrong")

// Authenticate checks an e-mail and password. Unknown e-mail and wrong
// password give the same error, in about the same time.
func (s *Service) Authenticate(ctx context.Context, email, password string) (*Person, error) {
	p, err := s.store.PersonByEmail(ctx, strings.ToLower(strings.TrimSpace(email)))
	if errors.Is(err, store.ErrNotFound) {
		_, _ = CheckPassword(s.dummyHash, password)
		return nil, errBadLogin
	}
	if err != nil {
		return nil, err
	}
	if p.PasswordHash == "" {
		_, _ = CheckPassword(s.dummyHash, password)
		return nil, apperr.New(apperr.Unauthenticated, "this account signs in through the event's registration site")
	}
	ok, err := CheckPassword(p.PasswordHash, password)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, errBadLogin
	}
	return p, nil
}

// Person returns the person with id, or not_found.
func (s *Service) Person(ctx context.Context, id string) (*Person, error) {
	p, err := s.store.Person(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, apperr.New(apperr.NotFound, "no such person")
	}
	return p, err
}

// Update is a partial change of one's own account: nil fields stay as they
// are. Changing the e-mail or the password needs the current password.
type Update struct {
	Email            *string   `json:"email"`
	Password         *string   `json:"password"`
	CurrentPassword  *string   `json:"current_password"`
	DisplayName      *string   `json:"display_name"`
	StakeholderGroup *string   `json:"stakeholder_group"`
	Region           *string   `json:"region"`
	Country          *string   `json:"country"`
	Languages        *[]string `json:"languages"`
	TimeZone         *string   `json:"time_zone"`
	Themes           *[]string `json:"themes"`
	Tags             *[]string `json:"tags"`
	Expertise        *string   `json:"expertise"`
	Youth            *bool     `json:"youth"`
	Parliamentarian  *bool     `json:"parliamentarian"`
	DirectoryOptIn   *bool     `json:"directory_opt_in"`
	// Meeting settings (meetingsettings.go): the working day's two ends
	// come together.
	WorkFrom        *string `json:"work_from"`
	WorkTo          *string `json:"work_to"`
	MeetingRequests *string `json:"meeting_requests"`
}

// UpdatePerson applies u to the account id, from the sign-in session
// session. A new password ends every other session of the account: whoever
// knew the old one, or holds a session opened with it, is out; the session
// that changed it stays.
func (s *Service) UpdatePerson(ctx context.Context, id, session string, u Update) (*Person, error) {
	p, err := s.Person(ctx, id)
	if err != nil {
		return nil, err
	}
	prof := p.Profile()
	set(&prof.DisplayName, u.DisplayName)
	set(&prof.StakeholderGroup, u.StakeholderGroup)
	set(&prof.Region, u.Region)
	set(&prof.Country, u.Country)
	set(&prof.Languages, u.Languages)
	set(&prof.TimeZone, u.TimeZone)
	set(&prof.Themes, u.Themes)
	set(&prof.Tags, u.Tags)
	set(&prof.Expertise, u.Expertise)
	set(&prof.Youth, u.Youth)
	set(&prof.Parliamentarian, u.Parliamentarian)
	set(&prof.DirectoryOptIn, u.DirectoryOptIn)

	var f apperr.Fields
	prof = prof.normalize(&f)
	workFrom, workTo, ask := applyMeetingSettings(p, u, &f)
	email := p.Email
	if u.Email != nil {
		email = NormalizeEmail(*u.Email, &f)
	}
	if u.Password != nil {
		checkPassword(*u.Password, &f)
	}
	if (u.Password != nil || email != p.Email) && p.PasswordHash != "" {
		ok := false
		if u.CurrentPassword != nil {
			ok, _ = CheckPassword(p.PasswordHash, *u.CurrentPassword)
		}
		if !ok {
			f.Add("current_password", "your current password is needed to change the e-mail or password, and it does not match")
		}
	}
	if u.Password != nil && p.PasswordHash == "" {
		f.Add("password", "this account signs in through the event's registration site")
	}
	if err := f.Err(); err != nil {
		return nil, err
	}
	p.setProfile(prof)
	p.WorkFrom, p.WorkTo, p.AskPolicy = workFrom, workTo, ask
	p.Email = email
	if u.Password != nil {
		if p.PasswordHash, err = HashPassword(*u.Password, s.hash); err != nil {
			return nil, err
		}
	}
	p.UpdatedAt = s.clock()
	if err := s.store.UpdatePerson(ctx, p); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return nil, &apperr.Error{Code: apperr.Conflict, Message: "another account has this e-mail", Fields: map[string]string{"email": "already registered"}}
		}
		if errors.Is(err, store.ErrNotFound) {
			return nil, apperr.New(apperr.NotFound, "no such person")
		}
		return nil, err
	}
	// After the store, so that a refused change ends nothing. Should this
	// fail, the password is changed but the request fails, and changing it
	// again ends them.
	if u.Password != nil && s.sessions != nil {
		if err := s.sessions.EndOtherSessions(ctx, p.ID, session); err != nil {
			return nil, err
		}
	}
	if err := s.leaveIfClosed(ctx, p); err != nil {
		return nil, err
	}
	return p, nil
}

func set[T any](dst *T, v *T) {
	if v != nil {
		*dst = *v
	}
}

// Delete removes the account and what is stored for it.
func (s *Service) Delete(ctx context.Context, id string) error {
	err := s.store.DeletePerson(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return apperr.New(apperr.NotFound, "no such person")
	}
	return err
}

// Directory searches the people who opted in to the directory.
func (s *Service) Directory(ctx context.Context, q DirectoryQuery) ([]Person, int, error) {
	var f apperr.Fields
	// Query parameters are bytes once percent-decoded; a store may choke
	// on them when they are not text (MongoDB fails on a NUL byte), and no
	// name or tag holds a control character to be found by.
	for name, v := range map[string]string{"q": q.Text, "theme": q.Theme, "interest": q.Tag,
		"stakeholder_group": q.StakeholderGroup, "region": q.Region, "language": q.Language} {
		switch {
		case !utf8.ValidString(v):
			f.Add(name, "must be valid UTF-8 text")
		case hasControl(strings.TrimSpace(v)):
			f.Add(name, "must not contain control characters")
		}
	}
	if q.Theme != "" && !OneOf(Themes, q.Theme) {
		f.Add("theme", "must be one of %s", strings.Join(Themes, ", "))
	}
	if q.StakeholderGroup != "" && !OneOf(StakeholderGroups, q.StakeholderGroup) {
		f.Add("stakeholder_group", "must be one of %s", strings.Join(StakeholderGroups, ", "))
	}
	if q.Region != "" && !OneOf(Regions, q.Region) {
		f.Add("region", "must be one of %s", strings.Join(Regions, ", "))
	}
	if q.Language != "" {
		var lf apperr.Fields
		langs := normalizeLanguages([]string{q.Language}, &lf)
		if len(lf) > 0 {
			f.Add("language", "%q is not a BCP 47 language tag, such as fr or es-419", q.Language)
		} else {
			q.Language = langs[0]
		}
	}
	q.Text = strings.TrimSpace(q.Text)
	if utf8.RuneCountInString(q.Text) > MaxDisplayName {
		f.Add("q", "at most %d characters", MaxDisplayName)
	}
	q.Tag = strings.ToLower(strings.TrimSpace(q.Tag))
	if utf8.RuneCountInString(q.Tag) > MaxTag {
		f.Add("interest", "at most %d characters", MaxTag)
	}
	if err := f.Err(); err != nil {
		return nil, 0, err
	}
	return s.store.SearchPeople(ctx, q)
}
