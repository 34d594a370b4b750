package booths

import (
	"context"
	"encoding/json"
	"errors"
	"strings"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store"
)

// Knocks on the live side: the talk rooms, the staff room's queue, and
// the requests that reach the rules in knocks.go.

// talkRoom is the kind of the private rooms where a visitor and the staff
// member who took their knock talk: chat, for the two of them alone, and
// nobody moderates (a call goes in it too).
func (s *Service) talkRoom() protocol.RoomKind {
	return protocol.RoomKind{
		Prefix: talkRoomPrefix,
		Chat:   true,
		Join: func(ctx context.Context, who protocol.Identity, id string) error {
			e, err := s.store.KnockEnd(ctx, id)
			if errors.Is(err, store.ErrNotFound) || err == nil && e.Outcome != KnockTaken {
				return apperr.New(apperr.NotFound, "no such talk")
			}
			if err != nil {
				return err
			}
			if who.ID != e.VisitorID && who.ID != e.Staff.ID {
				return apperr.New(apperr.Forbidden, "this talk is for the visitor and the staff member who took the knock")
			}
			return nil
		},
	}
}

// staffRoomState is what staff joining their staff room learn: their
// booth's queue.
func (s *Service) staffRoomState(ctx context.Context, _ protocol.Identity, org string) (any, error) {
	return s.queue(ctx, BoothID(org))
}

// Requests are the knocks' live requests for the hub.
func (s *Service) Requests() []protocol.Request {
	return []protocol.Request{
		{
			Type: "knock.ask", InRoom: true,
			Handle: func(ctx context.Context, who protocol.Identity, room string, payload json.RawMessage) (any, error) {
				id, ok := strings.CutPrefix(room, boothRoomPrefix)
				if !ok {
					return nil, apperr.New(apperr.BadRequest, "knock.ask goes in a booth's room")
				}
				var in struct {
					Text string `json:"text"`
				}
				if protocol.HasPayload(payload) {
					if err := protocol.DecodePayload("knock.ask", payload, &in); err != nil {
						return nil, err
					}
				}
				return s.Ask(ctx, who, id, in.Text)
			},
		},
		{
			Type: "knock.take",
			Handle: func(ctx context.Context, who protocol.Identity, _ string, payload json.RawMessage) (any, error) {
				var in struct {
					Booth   string `json:"booth"`
					Visitor string `json:"visitor"`
				}
				if err := protocol.DecodePayload("knock.take", payload, &in, "booth"); err != nil {
					return nil, err
				}
				return s.Take(ctx, who, in.Booth, in.Visitor)
			},
		},
		{
			Type: "knock.decline",
			Handle: func(ctx context.Context, who protocol.Identity, _ string, payload json.RawMessage) (any, error) {
				var in struct {
					Booth   string `json:"booth"`
					Visitor string `json:"visitor"`
					Message string `json:"message"`
				}
				if err := protocol.DecodePayload("knock.decline", payload, &in, "booth", "visitor"); err != nil {
					return nil, err
				}
				return nil, s.Decline(ctx, who, in.Booth, in.Visitor, in.Message)
			},
		},
		{
			Type: "knock.withdraw",
			Handle: func(ctx context.Context, who protocol.Identity, _ string, payload json.RawMessage) (any, error) {
				var in struct {
					Booth string `json:"booth"`
				}
				if err := protocol.DecodePayload("knock.withdraw", payload, &in, "booth"); err != nil {
					return nil, err
				}
				return nil, s.Withdraw(ctx, who, in.Booth)
			},
		},
	}
}
