package moderation

import (
	"context"
	"errors"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// BanInput is what the secretariat sends to ban a person.
type BanInput struct {
	PersonID string `json:"person_id"`
	Reason   string `json:"reason"`
	// Until, when given, is when the ban ends: RFC 3339, in the future.
	Until string `json:"until"`
}

// Ban bans a person from the village, as actor (the secretariat only):
// the ban is stored and logged, then the person's sessions end and their
// live connections close. Banning a person already banned is a conflict.
func (s *Service) Ban(ctx context.Context, actor *accounts.Person, in BanInput) (*Ban, error) {
	if actor.Role != accounts.RoleSecretariat {
		return nil, apperr.New(apperr.Forbidden, "only the secretariat bans people")
	}
	now := s.stamp()
	var f apperr.Fields
	checkPersonID(&f, in.PersonID)
	reason := checkReason(&f, in.Reason, false)
	until := checkUntil(&f, in.Until, now)
	if err := f.Err(); err != nil {
		return nil, err
	}
	if err := s.checkTarget(ctx, actor, in.PersonID); err != nil {
		return nil, err
	}
	b := &Ban{PersonID: in.PersonID, By: actor.ID, Reason: reason, At: now, Until: until}
	if err := s.claimBan(ctx, b); err != nil {
		return nil, err
	}
	if err := s.append(ctx, &Entry{Action: ActionBan, By: actor.ID, At: now, Reason: reason, PersonID: b.PersonID, Until: until}); err != nil {
		return nil, err
	}
	// The ban is in force from here: every later check refuses the person.
	// What follows shortens the time their existing tokens and sockets
	// would otherwise last.
	if s.sessions != nil {
		if err := s.sessions.EndOtherSessions(ctx, b.PersonID, ""); err != nil {
			return nil, err
		}
	}
	if s.conns != nil {
		s.conns.Disconnect(b.PersonID)
	}
	return b, nil
}

// checkTarget refuses an unknown person, oneself and the secretariat.
func (s *Service) checkTarget(ctx context.Context, actor *accounts.Person, personID string) error {
	if personID == actor.ID {
		return fieldError("person_id", "you cannot ban yourself")
	}
	p, err := s.people.Person(ctx, personID)
	if apperr.CodeOf(err) == apperr.NotFound {
		return fieldError("person_id", "no such person")
	}
	if err != nil {
		return err
	}
	if p.Role == accounts.RoleSecretariat {
		return fieldError("person_id", "members of the secretariat cannot be banned")
	}
	return nil
}

// claimBan inserts b. A ban record that has run out is replaced; one in
// force makes a conflict. Two bans racing to replace a spent one may both
// delete it, but only one insert wins: the other is told of the conflict.
func (s *Service) claimBan(ctx context.Context, b *Ban) error {
	for range 2 {
		err := s.store.CreateBan(ctx, b)
		if !errors.Is(err, store.ErrDuplicate) {
			return err
		}
		old, err := s.store.Ban(ctx, b.PersonID)
		if errors.Is(err, store.ErrNotFound) {
			continue // lifted meanwhile: try again
		}
		if err != nil {
			return err
		}
		if old.InForce(b.At) {
			return apperr.New(apperr.Conflict, "this person is already banned%s; lift that ban first", untilText(old.Until))
		}
		if err := s.store.DeleteBan(ctx, b.PersonID); err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
	}
	return apperr.New(apperr.Conflict, "this person's ban changed while you banned them; look again")
}

// Unban lifts a person's ban, as actor (the secretariat only). reason may
// be empty. A person with no ban in force is not_found.
func (s *Service) Unban(ctx context.Context, actor *accounts.Person, personID, reason string) error {
	if actor.Role != accounts.RoleSecretariat {
		return apperr.New(apperr.Forbidden, "only the secretariat lifts bans")
	}
	var f apperr.Fields
	reason = checkReason(&f, reason, true)
	if err := f.Err(); err != nil {
		return err
	}
	now := s.stamp()
	b, err := s.store.Ban(ctx, personID)
	if errors.Is(err, store.ErrNotFound) || err == nil && !b.InForce(now) {
		return apperr.New(apperr.NotFound, "this person is not banned")
	}
	if err != nil {
		return err
	}
	if err := s.store.DeleteBan(ctx, personID); errors.Is(err, store.ErrNotFound) {
		return apperr.New(apperr.NotFound, "this person is not banned")
	} else if err != nil {
		return err
	}
	return s.append(ctx, &Entry{Action: ActionUnban, By: actor.ID, At: now, Reason: reason, PersonID: personID})
}

// BanOf returns the person's ban in force now, or nil.
func (s *Service) BanOf(ctx context.Context, personID string) (*Ban, error) {
	b, err := s.store.Ban(ctx, personID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if !b.InForce(s.now()) {
		return nil, nil
	}
	return b, nil
}

// IsBanned says whether the person is banned now.
func (s *Service) IsBanned(ctx context.Context, personID string) (bool, error) {
	b, err := s.BanOf(ctx, personID)
	return b != nil, err
}

// CheckNotBanned returns nil, or the banned error a banned person gets
// for anything they try: sign-in, a request, a live connection.
func (s *Service) CheckNotBanned(ctx context.Context, personID string) error {
	b, err := s.BanOf(ctx, personID)
	if err != nil || b == nil {
		return err
	}
	return apperr.New(apperr.Banned, "you are banned from the village%s; write to the secretariat if you think this is a mistake", untilText(b.Until))
}

// Bans lists the bans in force, newest first, and how many there are.
func (s *Service) Bans(ctx context.Context, offset, limit int) ([]Ban, int, error) {
	return s.store.Bans(ctx, s.now().UTC(), offset, limit)
}

func untilText(until *time.Time) string {
	if until == nil {
		return ""
	}
	return " until " + until.UTC().Format(time.RFC3339)
}

func fieldError(field, msg string) error {
	return &apperr.Error{Code: apperr.ValidationFailed, Message: "some fields are not valid", Fields: map[string]string{field: msg}}
}
