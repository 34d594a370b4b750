package seed

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/store/memory"
)

// seededStore seeds a demo village of participants into a fresh embedded
// store, for the tests that read it back through the real store (the
// sessions, meetings and wishes the seed adds under their own claims).
// The store closes with the test.
func seededStore(t *testing.T, participants int) (*memory.Store, Options, Result) {
	t.Helper()
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	opt := Options{Participants: participants, Hash: accounts.CheapHash, Now: time.Now().UTC()}
	res, err := Village(t.Context(), st, opt)
	if err != nil {
		t.Fatal(err)
	}
	return st, opt, res
}
