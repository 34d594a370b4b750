package memory

import (
	"cmp"
	"context"
	"strings"
	"time"

	"github.com/igf-village/village/moderation"
)

var _ moderation.Store = (*Store)(nil)

func (s *Store) CreateBan(ctx context.Context, b *moderation.Ban) error {
	return s.update(ctx, "CreateBan", func() error { return s.bans.insert(*b) })
}

func (s *Store) Ban(ctx context.Context, personID string) (*moderation.Ban, error) {
	return view(ctx, s, "Ban", func() (*moderation.Ban, error) { return s.bans.get(personID) })
}

func (s *Store) DeleteBan(ctx context.Context, personID string) error {
	return s.update(ctx, "DeleteBan", func() error { return s.bans.remove(personID) })
}

func (s *Store) Bans(ctx context.Context, now time.Time, offset, limit int) ([]moderation.Ban, int, error) {
	type result struct {
		list  []moderation.Ban
		total int
	}
	r, err := view(ctx, s, "Bans", func() (result, error) {
		all := s.bans.sorted(func(a, b moderation.Ban) int {
			if c := b.At.Compare(a.At); c != 0 {
				return c
			}
			return strings.Compare(a.PersonID, b.PersonID)
		})
		in := all[:0]
		for _, b := range all {
			if b.InForce(now) {
				in = append(in, b)
			}
		}
		return result{page(in, offset, limit), len(in)}, nil
	})
	return r.list, r.total, err
}

func (s *Store) CreateMute(ctx context.Context, m *moderation.Mute) error {
	return s.update(ctx, "CreateMute", func() error { return s.mutes.insert(*m) })
}

func (s *Store) Mute(ctx context.Context, id string) (*moderation.Mute, error) {
	return view(ctx, s, "Mute", func() (*moderation.Mute, error) { return s.mutes.get(id) })
}

func (s *Store) DeleteMute(ctx context.Context, id string) error {
	return s.update(ctx, "DeleteMute", func() error { return s.mutes.remove(id) })
}

func (s *Store) Mutes(ctx context.Context, room string, now time.Time) ([]moderation.Mute, error) {
	return view(ctx, s, "Mutes", func() ([]moderation.Mute, error) {
		all := s.mutes.sorted(func(a, b moderation.Mute) int {
			return cmp.Or(a.Until.Compare(b.Until), strings.Compare(a.PersonID, b.PersonID))
		})
		out := []moderation.Mute{}
		for _, m := range all {
			if m.Room == room && now.Before(m.Until) {
				out = append(out, m)
			}
		}
		return out, nil
	})
}

func (s *Store) AppendModeration(ctx context.Context, e *moderation.Entry) error {
	return s.update(ctx, "AppendModeration", func() error { return s.modlog.insert(*e) })
}

func (s *Store) ModerationLog(ctx context.Context, q moderation.LogQuery) ([]moderation.Entry, int, error) {
	type result struct {
		list  []moderation.Entry
		total int
	}
	r, err := view(ctx, s, "ModerationLog", func() (result, error) {
		all := s.modlog.sorted(func(a, b moderation.Entry) int { return strings.Compare(b.ID, a.ID) })
		match := all[:0]
		for _, e := range all {
			if (q.PersonID == "" || e.PersonID == q.PersonID) && (q.Room == "" || e.Room == q.Room) {
				match = append(match, e)
			}
		}
		return result{page(match, q.Offset, q.Limit), len(match)}, nil
	})
	return r.list, r.total, err
}

// page is list[offset:offset+limit], never nil; limit <= 0 means no limit.
func page[T any](list []T, offset, limit int) []T {
	offset = min(max(offset, 0), len(list))
	end := len(list)
	if limit > 0 && offset+limit < end {
		end = offset + limit
	}
	out := make([]T, end-offset)
	copy(out, list[offset:end])
	return out
}
