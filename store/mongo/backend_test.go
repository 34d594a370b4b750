package mongo_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	driver "go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store"
	"github.com/igf-village/village/store/mongo"
	"github.com/igf-village/village/store/storetest"
	"github.com/igf-village/village/testkit"
)

// Open creates its indexes on every call: a second Open on the same
// database finds them there and must not fail (FerretDB v1.24 once did).
func TestOpenTwiceKeepsIndexes(t *testing.T) {
	uri, database := testkit.MongoDB(t)
	for range 2 {
		s := open(t, uri, database)
		if err := s.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
	}
	client, err := driver.Connect(options.Client().ApplyURI(uri))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Disconnect(context.Background())
	cur, err := client.Database(database).Collection("people").Indexes().List(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	type spec struct {
		Name   string `bson:"name"`
		Unique bool   `bson:"unique"`
	}
	var specs []spec
	if err := cur.All(t.Context(), &specs); err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(specs, func(s spec) bool { return s.Name == "email_1" })
	if i < 0 || !specs[i].Unique {
		t.Errorf("people indexes = %+v, want a unique email_1", specs)
	}
}

func TestTimesComeBackInUTC(t *testing.T) {
	s := openFresh(t)
	p := storetest.NewPerson(1)
	p.CreatedAt = p.CreatedAt.In(time.FixedZone("UTC+2", 2*60*60))
	if err := s.CreatePerson(t.Context(), p); err != nil {
		t.Fatal(err)
	}
	got, err := s.Person(t.Context(), p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.CreatedAt.Location() != time.UTC || !got.CreatedAt.Equal(p.CreatedAt) {
		t.Errorf("CreatedAt = %v, want %v in UTC", got.CreatedAt, p.CreatedAt)
	}
}

func TestObserverSeesEveryOperation(t *testing.T) {
	type call struct {
		op  string
		err error
	}
	var (
		mu    sync.Mutex
		calls []call
	)
	uri, database := testkit.MongoDB(t)
	s, err := mongo.Open(t.Context(), uri, database, mongo.WithObserver(func(op string, d time.Duration, err error) {
		mu.Lock()
		defer mu.Unlock()
		calls = append(calls, call{op, err})
	}))
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	_ = s.CreatePerson(ctx, storetest.NewPerson(1))
	_ = s.CreatePerson(ctx, storetest.NewPerson(1))
	_, _ = s.Organisation(ctx, "missing")
	_ = s.Close()

	mu.Lock()
	defer mu.Unlock()
	want := []struct {
		op  string
		err error
	}{
		{"CreatePerson", nil},
		{"CreatePerson", store.ErrDuplicate},
		{"Organisation", store.ErrNotFound},
		{"Close", nil},
	}
	if len(calls) != len(want) {
		t.Fatalf("observer saw %v, want %v", calls, want)
	}
	for i, w := range want {
		if calls[i].op != w.op || !errors.Is(calls[i].err, w.err) || (w.err == nil) != (calls[i].err == nil) {
			t.Errorf("call %d = %s %v, want %s %v", i, calls[i].op, calls[i].err, w.op, w.err)
		}
	}
}

// The directory query quotes user input: a regular expression in Text or
// Language matches only itself.
func TestSearchQuotesInput(t *testing.T) {
	s := openFresh(t)
	p := storetest.NewPerson(1)
	if err := s.CreatePerson(t.Context(), p); err != nil {
		t.Fatal(err)
	}
	for _, q := range []accounts.DirectoryQuery{{Text: ".*"}, {Text: "^P"}, {Language: ".*"}, {Language: "e."}} {
		got, total, err := s.SearchPeople(t.Context(), q)
		if err != nil {
			t.Fatalf("SearchPeople(%+v): %v", q, err)
		}
		if total != 0 || len(got) != 0 {
			t.Errorf("SearchPeople(%+v) found %d, want none", q, total)
		}
	}
}

// Messages stored before messages had a send_key get one at Open, so that
// its unique index can be built over them: they read back as they were,
// and the seqs and client IDs are claimed as for new ones.
func TestOpenKeysOldMessages(t *testing.T) {
	uri, database := testkit.MongoDB(t)
	client, err := driver.Connect(options.Client().ApplyURI(uri))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Disconnect(context.Background())
	ctx := t.Context()
	old := []*protocol.Message{storetest.NewMessage("room-old", 1), storetest.NewMessage("room-old", 2)}
	for _, m := range old {
		doc := bson.D{
			{Key: "_id", Value: fmt.Sprintf("%s/%020d", m.Room, m.Seq)},
			{Key: "room", Value: m.Room}, {Key: "seq", Value: int64(m.Seq)},
			{Key: "from", Value: m.From}, {Key: "text", Value: m.Text}, {Key: "at", Value: m.At},
		}
		if _, err := client.Database(database).Collection("messages").InsertOne(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}

	s := open(t, uri, database)
	defer s.Close()
	// MongoDB would refuse the index over two keyless messages; FerretDB
	// builds it, so the keys are looked at.
	keyless, err := client.Database(database).Collection("messages").CountDocuments(ctx,
		bson.D{{Key: "send_key", Value: bson.D{{Key: "$exists", Value: false}}}})
	if err != nil || keyless != 0 {
		t.Errorf("%d messages without a send_key after Open (%v), want none", keyless, err)
	}
	got, err := s.MessagesAfter(ctx, "room-old", 0, 10)
	if err != nil || len(got) != 2 {
		t.Fatalf("MessagesAfter = %+v, %v; want the 2 old messages", got, err)
	}
	for i := range got {
		if d := storetest.Diff(&got[i], old[i]); d != "" {
			t.Errorf("old message %d: %s", i+1, d)
		}
	}
	if err := s.AppendMessage(ctx, storetest.NewMessage("room-old", 2)); !errors.Is(err, store.ErrDuplicate) {
		t.Errorf("AppendMessage of an old seq: %v, want ErrDuplicate", err)
	}
	m := storetest.NewMessage("room-old", 3)
	m.ClientID = "c-1"
	if err := s.AppendMessage(ctx, m); err != nil {
		t.Fatalf("AppendMessage after the old ones: %v", err)
	}
	m.Seq = 4
	var sent *protocol.SentError
	if err := s.AppendMessage(ctx, m); !errors.As(err, &sent) || sent.Seq != 3 {
		t.Errorf("AppendMessage of a taken client ID: %v, want a SentError of seq 3", err)
	}
}
