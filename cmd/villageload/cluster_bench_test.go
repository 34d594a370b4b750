package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/seed"
	"github.com/igf-village/village/server"
	"github.com/igf-village/village/testkit"
)

// TestMain stops the in-process FerretDB, if a benchmark started one.
func TestMain(m *testing.M) {
	code := m.Run()
	testkit.Cleanup()
	os.Exit(code)
}

// clusterLoadEnv overrides the load of BenchmarkCluster: villageload
// flags, such as "-users 2000 -rooms 200 -rate 2 -duration 30s".
const clusterLoadEnv = "VILLAGE_CLUSTER_LOAD"

// clusterBackendEnv set to memory gives each node an embedded store of
// its own instead of the one MongoDB database (see BenchmarkCluster).
const clusterBackendEnv = "VILLAGE_CLUSTER_BACKEND"

// clusterLoad is the many-rooms load scaled to what the embedded FerretDB
// carries: it stores each chat message (about 640 appends a second on this
// machine, against tens of thousands for the embedded store), so 100 rooms
// of 10 chat at 2 messages a second each: 200 appends and 2,000
// deliveries a second.
const clusterLoad = "-users 1000 -rooms 100 -rate 2 -duration 15s -ramp 250 -drain 10s"

// BenchmarkCluster runs the same load on one node, then split over two
// nodes linked by a real NATS server, both on one MongoDB database (the
// embedded FerretDB, or MONGODB_URI), with the villageload driver in this
// process. Each room's members alternate between the two nodes, so every
// message crosses NATS to half of its room. It reports the delivery
// latency percentiles, deliveries a second and deliveries missing for
// each, and the two-node p99 as a multiple of the one-node p99.
//
//	go test -run '^$' -bench Cluster -benchtime 1x ./cmd/villageload
//
// With VILLAGE_CLUSTER_BACKEND=memory each node has an embedded store of
// its own, seeded alike: not a deployment (each node numbers the messages
// it sends from its own history, so two may take the same seq), but it
// measures the NATS hop at rates FerretDB cannot carry.
//
// The people are the demo village's (seed.Village) and the tokens are
// minted with the nodes' secret, so there is no registration.
func BenchmarkCluster(b *testing.B) {
	load := strings.Fields(clusterLoad)
	if env := os.Getenv(clusterLoadEnv); env != "" {
		load = append(load, strings.Fields(env)...) // later flags win
	}
	cfg, err := parseFlags(load, &bytes.Buffer{})
	if err != nil {
		b.Fatalf("%s: %v", clusterLoadEnv, err)
	}
	backend := os.Getenv(clusterBackendEnv)
	switch backend {
	case "":
		backend = "mongo"
	case "mongo", "memory":
	default:
		b.Fatalf("%s: mongo or memory, not %q", clusterBackendEnv, backend)
	}
	natsURL := testkit.NATSServer(b)
	loadRooms := func(c *server.Config) { c.LoadRooms = true }
	withNATS := func(c *server.Config) { c.NATSURL = natsURL }

	var single Percentiles
	for _, nodes := range []int{1, 2} {
		b.Run(fmt.Sprintf("nodes=%d", nodes), func(b *testing.B) {
			people := cfg.users + DefaultMintFrom
			seedStore := func(st seed.Store) {
				if _, err := seed.Village(context.Background(), st, seed.Options{Participants: people, Hash: accounts.CheapHash}); err != nil {
					b.Fatalf("seed: %v", err)
				}
			}
			var urls []string
			if backend == "memory" {
				// Not a deployment: each node has a history of its own, so
				// nodes may number a room's messages alike. It measures the
				// NATS hop without FerretDB's cost and limits.
				for range nodes {
					opts := []testkit.NodeOption{loadRooms}
					if nodes > 1 {
						opts = append(opts, withNATS)
					}
					n := testkit.StartNode(b, "memory", opts...)
					seedStore(n.Store)
					urls = append(urls, n.URL)
				}
			} else {
				// A database of its own, seeded through a node that then
				// stops: FerretDB reads a whole collection for each query,
				// so the chat history of an earlier run would slow every
				// join.
				start := time.Now()
				seeder := testkit.StartNode(b, "mongo", loadRooms)
				seedStore(seeder.Store)
				uri, database := seeder.Config.MongoURI, seeder.Config.MongoDatabase
				seeder.Stop()
				b.Logf("seeded %d participants in %s in %v", people, database, time.Since(start).Round(time.Millisecond))
				sameDB := func(c *server.Config) { c.MongoURI, c.MongoDatabase = uri, database }
				for range nodes {
					opts := []testkit.NodeOption{loadRooms, sameDB}
					if nodes > 1 {
						opts = append(opts, withNATS)
					}
					n := testkit.StartNode(b, "mongo", opts...)
					urls = append(urls, n.URL)
				}
			}
			for i := 0; i < b.N; i++ {
				// Rooms of their own each run.
				args := append([]string{"-url", urls[0], "-nodes", strings.Join(urls, ","),
					"-mint-secret", testSecret, "-room-pattern", fmt.Sprintf("load:n%d-r%d-%%d", nodes, i), "-json"}, load...)
				rep := clusterRun(b, args)
				lat := rep.Chat.Latency
				b.Logf("%d node(s): %d users in %d rooms over %v; %d sent, %d/%d delivered (%.0f/s), latency p50 %.1f ms p95 %.1f ms p99 %.1f ms max %.1f ms; send reply p99 %.1f ms; errors %v",
					nodes, rep.Connections.Joined, rep.Rooms, rep.Duration, rep.Chat.Sent, rep.Chat.Received, rep.Chat.Expected,
					rep.Chat.DeliveriesPerSec, lat.P50, lat.P95, lat.P99, lat.Max, rep.Chat.SendLatency.P99, rep.Errors)
				for k, u := range urls {
					b.Logf("node %d: %s", k+1, nodeCounters(u))
				}
				b.ReportMetric(lat.P50, "p50-ms")
				b.ReportMetric(lat.P99, "p99-ms")
				b.ReportMetric(rep.Chat.DeliveriesPerSec, "deliveries/s")
				b.ReportMetric(float64(rep.Chat.Missing), "missing")
				if nodes == 1 {
					single = lat
				} else if single.P99 > 0 {
					b.ReportMetric(lat.P99/single.P99, "p99-vs-1-node")
				}
			}
			b.ReportMetric(0, "ns/op") // one op is one whole run: its time says nothing
		})
	}
}

func clusterRun(b *testing.B, args []string) Report {
	b.Helper()
	var out, log bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	if err := runLoad(ctx, args, &out, &log); err != nil {
		b.Fatalf("villageload %s: %v\n%s", strings.Join(args, " "), err, log.String())
	}
	var rep Report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		b.Fatalf("report: %v\n%s", err, out.String())
	}
	if rep.Connections.Joined != int64(rep.Users) {
		b.Errorf("%d of %d joined: %v\n%s", rep.Connections.Joined, rep.Users, rep.Connections.FailuresByKind, log.String())
	}
	return rep
}

// nodeCounters sums what a node's /metrics says of its chat appends
// (seqs that another node took first are the duplicates) and its bus.
func nodeCounters(base string) string {
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out []string
	for _, line := range strings.Split(string(raw), "\n") {
		for _, want := range []string{`_count{op="AppendMessage"`, `_count{op="LastSeq"`, `_sum{op="AppendMessage"`, "village_ws_bus_"} {
			if strings.HasPrefix(line, "village_") && strings.Contains(line, want) {
				out = append(out, strings.TrimPrefix(line, "village_"))
			}
		}
	}
	return strings.Join(out, "; ")
}
