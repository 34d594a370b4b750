package moderation

import (
	"context"
	"errors"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// MuteInput is what staff send to mute a person in a room.
type MuteInput struct {
	PersonID string `json:"person_id"`
	Minutes  int    `json:"minutes"` // MinMinutes to MaxMinutes
	Reason   string `json:"reason"`
}

// MayModerate says whether p may moderate room (mute people in it, delete
// its messages): the secretariat anywhere, the room's staff (RoomStaff) in
// theirs. The error is forbidden, or not_found for a room RoomStaff does
// not know.
func (s *Service) MayModerate(ctx context.Context, p *accounts.Person, room string) error {
	if p.Role == accounts.RoleSecretariat {
		return nil
	}
	if s.staff == nil {
		return apperr.New(apperr.Forbidden, "only the secretariat moderates this room")
	}
	return s.staff(ctx, p, room)
}

// Mute keeps a person from writing in room for in.Minutes, as actor (who
// must be allowed to moderate room). A mute still running is a conflict.
func (s *Service) Mute(ctx context.Context, actor *accounts.Person, room string, in MuteInput) (*Mute, error) {
	if err := s.MayModerate(ctx, actor, room); err != nil {
		return nil, err
	}
	var f apperr.Fields
	checkPersonID(&f, in.PersonID)
	if in.Minutes < MinMinutes || in.Minutes > MaxMinutes {
		f.Add("minutes", "must be a whole number of minutes from %d to %d", MinMinutes, MaxMinutes)
	}
	reason := checkReason(&f, in.Reason, false)
	if err := f.Err(); err != nil {
		return nil, err
	}
	if in.PersonID == actor.ID {
		return nil, fieldError("person_id", "you cannot mute yourself")
	}
	target, err := s.people.Person(ctx, in.PersonID)
	if apperr.CodeOf(err) == apperr.NotFound {
		return nil, fieldError("person_id", "no such person")
	}
	if err != nil {
		return nil, err
	}
	// Those who moderate the room are not muted in it: one of them would
	// only lift it, and the log would hold a quarrel.
	if s.MayModerate(ctx, target, room) == nil {
		return nil, fieldError("person_id", "this person moderates this room and cannot be muted in it")
	}
	now := s.stamp()
	m := &Mute{
		ID: MuteID(room, in.PersonID), Room: room, PersonID: in.PersonID, By: actor.ID,
		Reason: reason, At: now, Until: now.Add(time.Duration(in.Minutes) * time.Minute),
	}
	if err := s.claimMute(ctx, m); err != nil {
		return nil, err
	}
	until := m.Until
	if err := s.append(ctx, &Entry{Action: ActionMute, By: actor.ID, At: now, Reason: reason, PersonID: m.PersonID, Room: room, Until: &until}); err != nil {
		return nil, err
	}
	return m, nil
}

// claimMute inserts m, replacing a mute that has run out; one still
// running makes a conflict. See claimBan.
func (s *Service) claimMute(ctx context.Context, m *Mute) error {
	for range 2 {
		err := s.store.CreateMute(ctx, m)
		if !errors.Is(err, store.ErrDuplicate) {
			return err
		}
		old, err := s.store.Mute(ctx, m.ID)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		if m.At.Before(old.Until) {
			return apperr.New(apperr.Conflict, "this person is already muted here until %s; lift that mute first", old.Until.UTC().Format(time.RFC3339))
		}
		if err := s.store.DeleteMute(ctx, m.ID); err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
	}
	return apperr.New(apperr.Conflict, "this person's mute changed while you muted them; look again")
}

// Unmute lifts a person's mute in room, as actor. reason may be empty. No
// mute running is not_found.
func (s *Service) Unmute(ctx context.Context, actor *accounts.Person, room, personID, reason string) error {
	if err := s.MayModerate(ctx, actor, room); err != nil {
		return err
	}
	var f apperr.Fields
	reason = checkReason(&f, reason, true)
	if err := f.Err(); err != nil {
		return err
	}
	now := s.stamp()
	id := MuteID(room, personID)
	m, err := s.store.Mute(ctx, id)
	if errors.Is(err, store.ErrNotFound) || err == nil && !now.Before(m.Until) {
		return apperr.New(apperr.NotFound, "this person is not muted here")
	}
	if err != nil {
		return err
	}
	if err := s.store.DeleteMute(ctx, id); errors.Is(err, store.ErrNotFound) {
		return apperr.New(apperr.NotFound, "this person is not muted here")
	} else if err != nil {
		return err
	}
	return s.append(ctx, &Entry{Action: ActionUnmute, By: actor.ID, At: now, Reason: reason, PersonID: personID, Room: room})
}

// MutedUntil says whether the person is muted in room at now, and until
// when. The live side asks it before taking a chat message.
func (s *Service) MutedUntil(ctx context.Context, room, personID string, now time.Time) (time.Time, bool, error) {
	m, err := s.store.Mute(ctx, MuteID(room, personID))
	if errors.Is(err, store.ErrNotFound) {
		return time.Time{}, false, nil
	}
	if err != nil {
		return time.Time{}, false, err
	}
	if !now.Before(m.Until) {
		return time.Time{}, false, nil
	}
	return m.Until, true, nil
}

// CheckNotMuted returns nil, or the error a muted person's chat message
// gets: muted, saying until when.
func (s *Service) CheckNotMuted(ctx context.Context, room, personID string) error {
	until, muted, err := s.MutedUntil(ctx, room, personID, s.now())
	if err != nil || !muted {
		return err
	}
	return apperr.New(apperr.Muted, "a moderator has muted you here until %s", until.UTC().Format(time.RFC3339))
}

// Mutes lists the mutes running in room, as actor (who must moderate it).
func (s *Service) Mutes(ctx context.Context, actor *accounts.Person, room string) ([]Mute, error) {
	if err := s.MayModerate(ctx, actor, room); err != nil {
		return nil, err
	}
	return s.store.Mutes(ctx, room, s.now().UTC())
}
