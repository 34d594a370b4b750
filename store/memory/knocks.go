package memory

import (
	"context"
	"slices"

	"github.com/igf-village/village/booths"
)

// Knocks are few at a time (visitors waiting at 71 booths), so lists scan
// the table rather than keep an index.

func cloneKnock(k booths.Knock) booths.Knock {
	k.Visitor.Languages = slices.Clone(k.Visitor.Languages)
	return k
}

func (s *Store) AddKnock(ctx context.Context, k *booths.Knock) error {
	return s.update(ctx, "AddKnock", func() error { return s.knocks.insert(*k) })
}

func (s *Store) Knock(ctx context.Context, key string) (*booths.Knock, error) {
	return view(ctx, s, "Knock", func() (*booths.Knock, error) { return s.knocks.get(key) })
}

func (s *Store) Knocks(ctx context.Context, boothID string) ([]booths.Knock, error) {
	return view(ctx, s, "Knocks", func() ([]booths.Knock, error) {
		return s.knocks.where(func(k booths.Knock) bool { return k.BoothID == boothID }), nil
	})
}

func (s *Store) KnocksBy(ctx context.Context, visitorID string) ([]booths.Knock, error) {
	return view(ctx, s, "KnocksBy", func() ([]booths.Knock, error) {
		return s.knocks.where(func(k booths.Knock) bool { return k.Visitor.ID == visitorID }), nil
	})
}

// DeleteKnock removes the knock only while it is the one of id: a newer
// knock of the same visitor at the same booth stays.
func (s *Store) DeleteKnock(ctx context.Context, key, id string) error {
	return s.update(ctx, "DeleteKnock", func() error {
		if k, ok := s.knocks.rows[key]; !ok || k.ID != id {
			return notFound("knock")
		}
		return s.knocks.drop(key)
	})
}

func (s *Store) EndKnock(ctx context.Context, e *booths.KnockEnd) error {
	return s.update(ctx, "EndKnock", func() error { return s.knockEnds.insert(*e) })
}

func (s *Store) KnockEnd(ctx context.Context, id string) (*booths.KnockEnd, error) {
	return view(ctx, s, "KnockEnd", func() (*booths.KnockEnd, error) { return s.knockEnds.get(id) })
}

func (s *Store) LastKnockEnd(ctx context.Context, boothID, visitorID string) (*booths.KnockEnd, error) {
	return view(ctx, s, "LastKnockEnd", func() (*booths.KnockEnd, error) {
		var last *booths.KnockEnd
		for _, e := range s.knockEnds.rows {
			if e.BoothID == boothID && e.VisitorID == visitorID && (last == nil || e.At.After(last.At) || e.At.Equal(last.At) && e.ID > last.ID) {
				last = &e
			}
		}
		if last == nil {
			return nil, notFound("knock end")
		}
		return last, nil
	})
}
