package mongo_test

import (
	"os"
	"testing"

	"github.com/igf-village/village/store/mongo"
	"github.com/igf-village/village/store/storetest"
	"github.com/igf-village/village/testkit"
)

var _ storetest.Store = (*mongo.Store)(nil)

func TestMain(m *testing.M) {
	code := m.Run()
	testkit.Cleanup()
	os.Exit(code)
}

func open(t testing.TB, uri, database string) *mongo.Store {
	t.Helper()
	s, err := mongo.Open(t.Context(), uri, database)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s
}

// openFresh opens a store on a new database, closed when t ends.
func openFresh(t testing.TB) *mongo.Store {
	t.Helper()
	uri, database := testkit.MongoDB(t)
	s := open(t, uri, database)
	t.Cleanup(func() { _ = s.Close() }) // the lifecycle test closes it first
	return s
}

func TestConformance(t *testing.T) {
	var opts []storetest.Option
	if os.Getenv(testkit.MongoURIEnv) == "" {
		// The embedded FerretDB answers LastSeq and MessagesAfter by
		// scanning the whole collection (its SQLite handler pushes down
		// only a filter on _id): at the default size the concurrent
		// senders' test alone would take one to two minutes. 80 messages
		// still see a few dozen senders beaten to a seq.
		opts = append(opts, storetest.SendsPerSender(10))
	}
	storetest.Run(t, func(t *testing.T) storetest.Store { return openFresh(t) }, opts...)
}

func BenchmarkAppend(b *testing.B) {
	storetest.BenchAppend(b, openFresh(b))
}

func TestDurability(t *testing.T) {
	uri, database := testkit.MongoDB(t)
	storetest.RunDurability(t, func(t *testing.T) storetest.Store {
		return open(t, uri, database)
	})
}
