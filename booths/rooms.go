package booths

import (
	"context"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
)

// The village's live rooms: each booth's room, where visitors and staff
// meet and chat, and each organisation's staff room, for its staff alone.
const (
	boothRoomPrefix = "booth:"
	staffRoomPrefix = "staff:"
)

// BoothRoom is the name of a booth's live room.
func BoothRoom(boothID string) string { return boothRoomPrefix + boothID }

// StaffRoom is the name of an organisation's staff room.
func StaffRoom(orgID string) string { return staffRoomPrefix + orgID }

// People reads a person as stored now. Room rules ask it rather than trust
// the identity a connection began with, so that an accepted invitation or
// a removed organisation counts at once.
type People interface {
	Person(ctx context.Context, id string) (*accounts.Person, error)
}

// Mutes refuses the chat of a person a moderator muted in a booth's room
// (with apperr.Muted, saying until when). Mutes are kept under the
// booth's ID.
type Mutes interface {
	CheckNotMuted(ctx context.Context, boothID, personID string) error
}

// ModerationLog records a message that a moderator took out of a booth's
// room, under the booth's ID.
type ModerationLog interface {
	MessageDeleted(ctx context.Context, by protocol.Identity, boothID string, m protocol.Message, reason string)
}

// RoomRules are what the village's rooms need besides the Service.
// Mutes and Log may be nil: nobody is muted, nothing is logged.
type RoomRules struct {
	People People
	Mutes  Mutes
	Log    ModerationLog
}

// RoomKinds are the village's rooms for the hub.
//
// A booth's room is open to everyone signed in while the booth exists,
// closed or not: a visitor may read its chat and leave a note out of
// hours. It has chat; its staff and the secretariat moderate it. A staff
// room has chat for its organisation's staff and the secretariat, and
// tells each arrival its booth's knock queue. A talk room is the private
// room of a taken knock (knocks.go).
func (s *Service) RoomKinds(r RoomRules) []protocol.RoomKind {
	return []protocol.RoomKind{
		{
			Prefix: boothRoomPrefix,
			Chat:   true,
			Join: func(ctx context.Context, _ protocol.Identity, id string) error {
				_, err := s.booth(ctx, id)
				return err
			},
			Send: func(ctx context.Context, who protocol.Identity, id string) error {
				if r.Mutes == nil {
					return nil
				}
				return r.Mutes.CheckNotMuted(ctx, id, who.ID)
			},
			Moderate: func(ctx context.Context, who protocol.Identity, id string) error {
				p, err := r.People.Person(ctx, who.ID)
				if err != nil {
					return err
				}
				return s.MayModerateBooth(ctx, p, id)
			},
			Deleted: func(ctx context.Context, who protocol.Identity, id string, m protocol.Message, reason string) {
				if r.Log != nil {
					r.Log.MessageDeleted(ctx, who, id, m, reason)
				}
			},
			State: func(ctx context.Context, _ protocol.Identity, id string) (any, error) {
				b, err := s.booth(ctx, id)
				if err != nil {
					return nil, err
				}
				return RoomState{Announcement: b.Announcement}, nil
			},
		},
		{
			Prefix: staffRoomPrefix,
			Chat:   true,
			Join: func(ctx context.Context, who protocol.Identity, org string) error {
				// A closing organisation has no staff room, for anyone:
				// its staff may not all be demoted yet.
				closed, err := s.store.Claimed(ctx, accounts.ClosedKey(org))
				if err != nil {
					return err
				}
				if closed {
					return apperr.New(apperr.NotFound, "no such room: its organisation has left the village")
				}
				p, err := r.People.Person(ctx, who.ID)
				if err != nil {
					return err
				}
				return s.MayEnterStaffRoom(ctx, p, org)
			},
			State: s.staffRoomState,
		},
		s.talkRoom(),
	}
}

// RoomState is what a booth's room tells each arrival: the announcement
// its staff pinned ("" for none). Changes come as booth.announcement
// events.
type RoomState struct {
	Announcement string `json:"announcement"`
}

// EventAnnouncement is the event a booth's room gets when its pinned
// announcement changes; its payload is a RoomState.
const EventAnnouncement = "booth.announcement"

// MayModerateBooth decides whether p may moderate booth id's room: its
// organisation's staff and the secretariat may.
func (s *Service) MayModerateBooth(ctx context.Context, p *accounts.Person, id string) error {
	b, err := s.booth(ctx, id)
	if err != nil {
		return err
	}
	if runs(p, b) {
		return nil
	}
	return apperr.New(apperr.Forbidden, "only the booth's staff and the secretariat moderate its room")
}

// Presence is who is in a room now, as the live side knows it: every
// node's members, merged, not a poll of each room. each must be quick.
type Presence interface {
	Present(room string, each func(protocol.Member))
}

// figures counts who is at booth b now: its organisation's staff, and
// everyone else.
func figures(p Presence, b *Booth) Figures {
	var f Figures
	if p == nil {
		return f
	}
	p.Present(BoothRoom(b.ID), func(m protocol.Member) {
		if m.Role == string(accounts.RoleStaff) && m.Organisation == b.OrganisationID {
			f.StaffOnline++
		} else {
			f.VisitorsNow++
		}
	})
	return f
}
