package mongo

import (
	"context"
	"errors"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/booths"
)

var _ booths.SlotStore = (*Store)(nil)

var startOrder = options.Find().SetSort(bson.D{{Key: "starts_at", Value: 1}, {Key: "_id", Value: 1}})

func (s *Store) CreateSlot(ctx context.Context, sl *booths.Slot) (err error) {
	defer s.finish("CreateSlot", time.Now(), &err)
	return s.slots.insert(ctx, sl)
}

func (s *Store) Slot(ctx context.Context, id string) (_ *booths.Slot, err error) {
	defer s.finish("Slot", time.Now(), &err)
	return s.slots.get(ctx, id)
}

func (s *Store) SlotsOfBooth(ctx context.Context, boothID string) (_ []booths.Slot, err error) {
	defer s.finish("SlotsOfBooth", time.Now(), &err)
	return s.slots.find(ctx, bson.D{{Key: "booth_id", Value: boothID}}, startOrder)
}

func (s *Store) SlotsOfStaff(ctx context.Context, staffID string) (_ []booths.Slot, err error) {
	defer s.finish("SlotsOfStaff", time.Now(), &err)
	return s.slots.find(ctx, bson.D{{Key: "staff_id", Value: staffID}}, startOrder)
}

func (s *Store) DeleteSlot(ctx context.Context, id string) (err error) {
	defer s.finish("DeleteSlot", time.Now(), &err)
	return s.slots.remove(ctx, id)
}

func (s *Store) CreateBooking(ctx context.Context, b *booths.Booking) (err error) {
	defer s.finish("CreateBooking", time.Now(), &err)
	return s.bookings.insert(ctx, b)
}

func (s *Store) Booking(ctx context.Context, slotID string) (_ *booths.Booking, err error) {
	defer s.finish("Booking", time.Now(), &err)
	return s.bookings.get(ctx, slotID)
}

func (s *Store) BookingsOfBooth(ctx context.Context, boothID string) (_ []booths.Booking, err error) {
	defer s.finish("BookingsOfBooth", time.Now(), &err)
	return s.bookings.find(ctx, bson.D{{Key: "booth_id", Value: boothID}}, startOrder)
}

func (s *Store) BookingsOfPerson(ctx context.Context, personID string) (_ []booths.Booking, err error) {
	defer s.finish("BookingsOfPerson", time.Now(), &err)
	return s.bookings.find(ctx, bson.D{{Key: "$or", Value: bson.A{
		bson.D{{Key: "person_id", Value: personID}},
		bson.D{{Key: "staff_id", Value: personID}},
	}}}, startOrder)
}

func (s *Store) DeleteBooking(ctx context.Context, slotID string) (err error) {
	defer s.finish("DeleteBooking", time.Now(), &err)
	return s.bookings.remove(ctx, slotID)
}

func (s *Store) Hold(ctx context.Context, h *agenda.Hold) (err error) {
	defer s.finish("Hold", time.Now(), &err)
	return s.holds.insert(ctx, h)
}

func (s *Store) Release(ctx context.Context, keys ...string) (err error) {
	defer s.finish("Release", time.Now(), &err)
	if len(keys) == 0 {
		return nil
	}
	_, err = s.holds.DeleteMany(ctx, bson.D{{Key: "_id", Value: bson.D{{Key: "$in", Value: keys}}}})
	return err
}

func (s *Store) CreateCalendarFeed(ctx context.Context, f *booths.CalendarFeed) (err error) {
	defer s.finish("CreateCalendarFeed", time.Now(), &err)
	return s.calendarFeeds.insert(ctx, f)
}

func (s *Store) CalendarFeed(ctx context.Context, personID string) (_ *booths.CalendarFeed, err error) {
	defer s.finish("CalendarFeed", time.Now(), &err)
	return s.calendarFeeds.get(ctx, personID)
}

// ReplaceCalendarFeed writes the whole feed, making it if need be: a blind
// write that decides nothing, so FerretDB's lack of isolation does not
// matter (of two racing rotations, the later write's address works).
func (s *Store) ReplaceCalendarFeed(ctx context.Context, f *booths.CalendarFeed) (err error) {
	defer s.finish("ReplaceCalendarFeed", time.Now(), &err)
	_, err = s.calendarFeeds.ReplaceOne(ctx, byID(f.PersonID), f, options.Replace().SetUpsert(true))
	return err
}

// CreateSlotsHeld inserts holds, then slots, each in one ordered
// InsertMany, and takes back what it inserted when a key is taken
// (ErrDuplicate): all or nothing, unless the node dies half-way. Seeding
// uses it (one round trip per record was thousands at the first start);
// it runs under the seed's own claim, so no one else writes these keys
// meanwhile.
func (s *Store) CreateSlotsHeld(ctx context.Context, slots []booths.Slot, holds []agenda.Hold) (err error) {
	defer s.finish("CreateSlotsHeld", time.Now(), &err)
	keys := make([]string, len(holds))
	for i, h := range holds {
		keys[i] = h.Key
	}
	ids := make([]string, len(slots))
	for i, sl := range slots {
		ids[i] = sl.ID
	}
	undo := context.WithoutCancel(ctx)
	if n, err := insertOrdered(ctx, s.holds.Collection, holds); err != nil {
		return errors.Join(err, deleteIDs(undo, s.holds.Collection, keys[:n]))
	}
	if n, err := insertOrdered(ctx, s.slots.Collection, slots); err != nil {
		return errors.Join(err, deleteIDs(undo, s.slots.Collection, ids[:n]), deleteIDs(undo, s.holds.Collection, keys))
	}
	return nil
}

// insertOrdered inserts docs in order and stops at the first error; n is
// how many were inserted before it.
func insertOrdered[T any](ctx context.Context, c *mongo.Collection, docs []T) (n int, err error) {
	if len(docs) == 0 {
		return 0, nil
	}
	_, err = c.InsertMany(ctx, docs, options.InsertMany().SetOrdered(true))
	if err == nil {
		return len(docs), nil
	}
	var bwe mongo.BulkWriteException
	if errors.As(err, &bwe) && len(bwe.WriteErrors) > 0 {
		return bwe.WriteErrors[0].Index, err
	}
	return len(docs), err // unknown: take back every one
}

func deleteIDs(ctx context.Context, c *mongo.Collection, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	_, err := c.DeleteMany(ctx, bson.D{{Key: "_id", Value: bson.D{{Key: "$in", Value: ids}}}})
	return err
}
