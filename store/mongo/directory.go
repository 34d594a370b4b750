package mongo

import (
	"context"
	"regexp"
	"strings"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/accounts"
)

// SearchPeople returns the page of opted-in people matching q, sorted by
// folded display name then ID, and how many match in all. Limit <= 0 means
// no limit.
func (s *Store) SearchPeople(ctx context.Context, q accounts.DirectoryQuery) (people []accounts.Person, total int, err error) {
	defer s.finish("SearchPeople", time.Now(), &err)
	filter := directoryFilter(q)
	n, err := s.people.CountDocuments(ctx, filter)
	if err != nil {
		return nil, 0, err
	}
	find := options.Find().SetSort(bson.D{{Key: "name_key", Value: 1}, {Key: "_id", Value: 1}})
	if q.Offset > 0 {
		find.SetSkip(int64(q.Offset))
	}
	if q.Limit > 0 {
		find.SetLimit(int64(q.Limit))
	}
	people, err = s.people.find(ctx, filter, find)
	if err != nil {
		return nil, 0, err
	}
	return people, int(n), nil
}

// directoryFilter turns q into a query. User input only ever reaches a
// regular expression quoted, so that it matches literally.
func directoryFilter(q accounts.DirectoryQuery) bson.D {
	f := bson.D{{Key: "directory_opt_in", Value: true}}
	add := func(field string, v any) { f = append(f, bson.E{Key: field, Value: v}) }
	if q.Text != "" {
		re := bson.Regex{Pattern: regexp.QuoteMeta(q.Text), Options: "i"}
		add("$or", bson.A{
			bson.D{{Key: "display_name", Value: re}},
			bson.D{{Key: "expertise", Value: re}},
		})
	}
	if q.Theme != "" {
		add("themes", q.Theme) // equality on an array: any element
	}
	if q.Tag != "" {
		add("tags", q.Tag)
	}
	if q.StakeholderGroup != "" {
		add("stakeholder_group", q.StakeholderGroup)
	}
	if q.Region != "" {
		add("region", q.Region)
	}
	if q.Language != "" {
		// Same primary subtag: "fr" and "fr-CA" both match "fr-BE".
		primary, _, _ := strings.Cut(q.Language, "-")
		add("languages", bson.Regex{Pattern: "^" + regexp.QuoteMeta(primary) + "(-|$)", Options: "i"})
	}
	if q.Youth != nil {
		add("youth", *q.Youth)
	}
	return f
}
