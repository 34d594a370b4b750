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

func open(t *testing.T, uri, database string) *mongo.Store {
	t.Helper()
	s, err := mongo.Open(t.Context(), uri, database)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s
}

// openFresh opens a store on a new database, closed when t ends.
func openFresh(t *testing.T) *mongo.Store {
	t.Helper()
	uri, database := testkit.MongoDB(t)
	s := open(t, uri, database)
	t.Cleanup(func() { _ = s.Close() }) // the lifecycle test closes it first
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Store { return openFresh(t) })
}

func TestDurability(t *testing.T) {
	uri, database := testkit.MongoDB(t)
	storetest.RunDurability(t, func(t *testing.T) storetest.Store {
		return open(t, uri, database)
	})
}
