package testkit

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

const (
	// MongoURIEnv names the variable that points the tests at a running
	// MongoDB (or FerretDB) instead of the embedded FerretDB.
	MongoURIEnv = "MONGODB_URI"

	ferretDirPrefix = "village-ferretdb-"
	startTimeout    = 30 * time.Second
	stopTimeout     = 10 * time.Second
	dropTimeout     = 30 * time.Second
)

var errCleanedUp = errors.New("testkit: Cleanup was called")

// ferret is the FerretDB embedded in this test process, started on first use.
var ferret struct {
	once sync.Once
	uri  string
	err  error
	dir  string
	stop context.CancelFunc
	done chan struct{}
}

// MongoDB returns the URI of a MongoDB server and the name of a database on
// it that no other call returned. The database is dropped when t ends.
//
// The server is the one MONGODB_URI names when it is set, otherwise the
// embedded FerretDB, started by the first call in the process.
func MongoDB(t testing.TB) (uri, database string) {
	t.Helper()
	uri = serverURI(t)
	database = "test_" + randomHex(8)
	t.Cleanup(func() { dropDatabase(t, uri, database) })
	return uri, database
}

// MongoURI is MongoDB for code that takes one connection string: the
// database is the URI's path.
func MongoURI(t testing.TB) string {
	t.Helper()
	uri, database := MongoDB(t)
	return withDatabase(uri, database)
}

// Cleanup stops the embedded FerretDB, if this process started one, and
// removes its files. Call it from TestMain once m.Run returns; MongoDB fails
// the test if called afterwards.
func Cleanup() {
	ferret.once.Do(func() { ferret.err = errCleanedUp })
	if ferret.stop == nil {
		return
	}
	ferret.stop()
	select {
	case <-ferret.done:
	case <-time.After(stopTimeout):
	}
	os.RemoveAll(ferret.dir)
	ferret.stop = nil
	ferret.err = errCleanedUp
}

func serverURI(t testing.TB) string {
	t.Helper()
	if uri := os.Getenv(MongoURIEnv); uri != "" {
		return uri
	}
	ferret.once.Do(startFerretDB)
	if ferret.err != nil {
		t.Fatalf("testkit: embedded FerretDB: %v", ferret.err)
	}
	return ferret.uri
}

// startFerretDB starts FerretDB on a random local port with its SQLite files
// in a new temporary directory, and waits until it answers.
func startFerretDB() {
	removeStaleDirs()
	dir, err := os.MkdirTemp("", ferretDirPrefix+strconv.Itoa(os.Getpid())+"-")
	if err != nil {
		ferret.err = err
		return
	}
	f, err := ferretdb.New(&ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: "127.0.0.1:0"},
		Logger:   slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError})),
		Handler:  "sqlite",
		// Transactions take SQLite's write lock when they begin: a
		// deferred one that reads, then writes, fails at once with
		// SQLITE_BUSY when another writer holds the lock (the busy
		// timeout cannot help there), which racing tests hit on a loaded
		// machine. The wait for the lock is FerretDB's 10 s by default,
		// which fifty racing writers on two cores busy with other test
		// packages have outlasted (SQLITE_BUSY in an accept race): a
		// minute here.
		SQLiteURL: "file:" + filepath.ToSlash(dir) + "/?_txlock=immediate&_pragma=busy_timeout(60000)",
	})
	if err != nil {
		os.RemoveAll(dir)
		ferret.err = err
		return
	}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = f.Run(ctx) // returns nil once ctx is cancelled
	}()
	uri := f.MongoDBURI()
	if err := waitReady(uri); err != nil {
		stop()
		<-done
		os.RemoveAll(dir)
		ferret.err = err
		return
	}
	ferret.uri, ferret.dir, ferret.stop, ferret.done = uri, dir, stop, done
}

// waitReady polls the server with ping until it answers or startTimeout
// passes.
func waitReady(uri string) error {
	client, err := mongo.Connect(options.Client().ApplyURI(uri).SetServerSelectionTimeout(time.Second))
	if err != nil {
		return err
	}
	defer client.Disconnect(context.Background())
	deadline := time.Now().Add(startTimeout)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		err := client.Ping(ctx, nil)
		cancel()
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("no answer on %s after %v: %w", uri, startTimeout, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// removeStaleDirs removes the FerretDB directories of test processes that
// exited without calling Cleanup. The directory name carries the pid.
func removeStaleDirs() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), ferretDirPrefix+"*"))
	for _, dir := range dirs {
		pidText, _, ok := strings.Cut(strings.TrimPrefix(filepath.Base(dir), ferretDirPrefix), "-")
		pid, err := strconv.Atoi(pidText)
		if !ok || err != nil || pid == os.Getpid() || processAlive(pid) {
			continue
		}
		os.RemoveAll(dir)
	}
}

func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	defer p.Release()
	err = p.Signal(syscall.Signal(0))
	return !errors.Is(err, os.ErrProcessDone) && !errors.Is(err, syscall.ESRCH)
}

func dropDatabase(t testing.TB, uri, database string) {
	ctx, cancel := context.WithTimeout(context.Background(), dropTimeout)
	defer cancel()
	client, err := mongo.Connect(options.Client().ApplyURI(uri))
	if err != nil {
		t.Errorf("testkit: drop database %s: %v", database, err)
		return
	}
	defer client.Disconnect(ctx)
	if err := client.Database(database).Drop(ctx); err != nil {
		t.Errorf("testkit: drop database %s: %v", database, err)
	}
}

// withDatabase puts database in the path of a mongodb:// or mongodb+srv://
// URI. When the URI carries credentials and no authSource, it keeps
// authenticating against the database the URI named before (admin if none).
func withDatabase(uri, database string) string {
	rest, query, hasQuery := strings.Cut(uri, "?")
	scheme, rest, _ := strings.Cut(rest, "://")
	hosts, oldDB, _ := strings.Cut(rest, "/")
	if strings.Contains(hosts, "@") && !strings.Contains(strings.ToLower(query), "authsource=") {
		if oldDB == "" {
			oldDB = "admin"
		}
		if query != "" {
			query += "&"
		}
		query += "authSource=" + oldDB
		hasQuery = true
	}
	s := scheme + "://" + hosts + "/" + database
	if hasQuery {
		s += "?" + query
	}
	return s
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b) // never fails (crypto/rand, Go 1.24+)
	return hex.EncodeToString(b)
}
