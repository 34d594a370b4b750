package server_test

import (
	"os"
	"testing"

	"github.com/igf-village/village/testkit"
)

// TestMain stops the in-process FerretDB and removes its files once every
// test of the package has run.
func TestMain(m *testing.M) {
	code := m.Run()
	testkit.Cleanup()
	os.Exit(code)
}
