// Package testkit holds helpers shared by the tests of several packages.
// Only tests import it.
//
// MongoDB gives each test a fresh database on a MongoDB wire-protocol server:
// the server named by the MONGODB_URI environment variable when it is set,
// otherwise one FerretDB (SQLite handler) embedded in the test process and
// started on first use. Tests never skip for want of a server.
//
// The embedded FerretDB keeps its SQLite files in a temporary directory.
// A package whose tests use it should remove that directory when they end:
//
//	func TestMain(m *testing.M) {
//		code := m.Run()
//		testkit.Cleanup()
//		os.Exit(code)
//	}
//
// A directory left behind (no TestMain, or a test binary killed on timeout)
// is removed by the next test process that starts FerretDB, once the process
// that made it has exited.
package testkit
