package mongo

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/moderation"
)

var _ moderation.Store = (*Store)(nil)

// CreateBan claims the person's ID as the ban's _id: of racing bans one
// insert wins.
func (s *Store) CreateBan(ctx context.Context, b *moderation.Ban) (err error) {
	defer s.finish("CreateBan", time.Now(), &err)
	return s.bans.insert(ctx, b)
}

func (s *Store) Ban(ctx context.Context, personID string) (_ *moderation.Ban, err error) {
	defer s.finish("Ban", time.Now(), &err)
	return s.bans.get(ctx, personID)
}

func (s *Store) DeleteBan(ctx context.Context, personID string) (err error) {
	defer s.finish("DeleteBan", time.Now(), &err)
	return s.bans.remove(ctx, personID)
}

// Bans lists the bans in force at now, newest first, then by person ID.
func (s *Store) Bans(ctx context.Context, now time.Time, offset, limit int) (_ []moderation.Ban, total int, err error) {
	defer s.finish("Bans", time.Now(), &err)
	filter := bson.D{{Key: "$or", Value: bson.A{
		bson.D{{Key: "until", Value: bson.D{{Key: "$exists", Value: false}}}},
		bson.D{{Key: "until", Value: bson.D{{Key: "$gt", Value: now}}}},
	}}}
	sort := bson.D{{Key: "at", Value: -1}, {Key: "_id", Value: 1}}
	return findPage(ctx, s.bans, filter, sort, offset, limit)
}

// CreateMute claims (room, person) as the mute's _id.
func (s *Store) CreateMute(ctx context.Context, m *moderation.Mute) (err error) {
	defer s.finish("CreateMute", time.Now(), &err)
	return s.mutes.insert(ctx, m)
}

func (s *Store) Mute(ctx context.Context, id string) (_ *moderation.Mute, err error) {
	defer s.finish("Mute", time.Now(), &err)
	return s.mutes.get(ctx, id)
}

func (s *Store) DeleteMute(ctx context.Context, id string) (err error) {
	defer s.finish("DeleteMute", time.Now(), &err)
	return s.mutes.remove(ctx, id)
}

// Mutes lists room's mutes still running at now, by end then person ID.
func (s *Store) Mutes(ctx context.Context, room string, now time.Time) (_ []moderation.Mute, err error) {
	defer s.finish("Mutes", time.Now(), &err)
	filter := bson.D{{Key: "room", Value: room}, {Key: "until", Value: bson.D{{Key: "$gt", Value: now}}}}
	sort := options.Find().SetSort(bson.D{{Key: "until", Value: 1}, {Key: "person_id", Value: 1}})
	return s.mutes.find(ctx, filter, sort)
}

// AppendModeration inserts a log entry; its time-ordered _id is unique.
func (s *Store) AppendModeration(ctx context.Context, e *moderation.Entry) (err error) {
	defer s.finish("AppendModeration", time.Now(), &err)
	return s.modlog.insert(ctx, e)
}

// ModerationLog returns a page of matching entries, newest first.
func (s *Store) ModerationLog(ctx context.Context, q moderation.LogQuery) (_ []moderation.Entry, total int, err error) {
	defer s.finish("ModerationLog", time.Now(), &err)
	filter := bson.D{}
	if q.PersonID != "" {
		filter = append(filter, bson.E{Key: "person_id", Value: q.PersonID})
	}
	if q.Room != "" {
		filter = append(filter, bson.E{Key: "room", Value: q.Room})
	}
	return findPage(ctx, s.modlog, filter, bson.D{{Key: "_id", Value: -1}}, q.Offset, q.Limit)
}

// findPage returns the page of c's records matching filter in sort order,
// and how many match in all. limit <= 0 means no limit.
func findPage[T any](ctx context.Context, c collection[T], filter, sort bson.D, offset, limit int) ([]T, int, error) {
	n, err := c.CountDocuments(ctx, filter)
	if err != nil {
		return nil, 0, err
	}
	find := options.Find().SetSort(sort)
	if offset > 0 {
		find.SetSkip(int64(offset))
	}
	if limit > 0 {
		find.SetLimit(int64(limit))
	}
	list, err := c.find(ctx, filter, find)
	if err != nil {
		return nil, 0, err
	}
	return list, int(n), nil
}
