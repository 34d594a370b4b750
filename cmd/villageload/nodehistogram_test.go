package main

import (
	"math"
	"testing"
)

// TestNodeHistogram: the node's commit histograms are read from /metrics
// lines, taken between two samples, and their quantiles estimated inside
// the buckets as Prometheus does.
func TestNodeHistogram(t *testing.T) {
	var before, after serverSample
	for _, line := range []string{
		`village_chat_commit_seconds_bucket{le="0.001"} 10`,
		`village_chat_commit_seconds_bucket{le="0.01"} 10`,
		`village_chat_commit_seconds_bucket{le="+Inf"} 10`,
		`village_chat_commit_seconds_sum 0.005`,
		`village_chat_commit_seconds_count 10`,
	} {
		parseMetricLine(&before, line)
	}
	for _, line := range []string{
		"# TYPE village_chat_commit_seconds histogram",
		`village_chat_commit_seconds_bucket{le="0.001"} 60`,
		`village_chat_commit_seconds_bucket{le="0.01"} 109`,
		`village_chat_commit_seconds_bucket{le="+Inf"} 110`,
		`village_chat_commit_seconds_sum 0.105`,
		`village_chat_commit_seconds_count 110`,
		`village_chat_commit_messages_sum 400`,
		`village_chat_commit_messages_count 110`,
		`village_store_operation_duration_seconds_bucket{op="AppendMessages",outcome="ok",le="0.001"} 7`,
	} {
		parseMetricLine(&after, line)
	}
	d := after.Commit.since(before.Commit)
	if d.Count != 100 || math.Abs(d.Sum-0.1) > 1e-9 {
		t.Fatalf("between the samples: %d observations summing to %g, want 100 summing to 0.1", int(d.Count), d.Sum)
	}
	for _, c := range []struct {
		q, want float64
	}{
		{0.25, 0.0005},   // 25 of the 50 under 1 ms
		{0.5, 0.001},     // the 50th is the first bucket's last
		{0.9, 0.0083469}, // 40 of the 49 between 1 and 10 ms: 1 + 9 × 40/49 ms
		{0.995, 0.01},    // in +Inf: the last finite bound
	} {
		if got := d.quantile(c.q); math.Abs(got-c.want) > 1e-5 {
			t.Errorf("q%g: %g, want %g", c.q, got, c.want)
		}
	}
	if got := (nodeHistogram{}).quantile(0.5); got != 0 {
		t.Errorf("an empty histogram's median: %g, want 0", got)
	}
	k := commitsBetween(serverSample{OK: true, Commit: before.Commit}, serverSample{OK: true, Commit: after.Commit, CommitSize: after.CommitSize})
	if k == nil || k.Count != 100 || k.MessagesPerCommit != 4 || math.Abs(k.Write.Mean-1) > 1e-9 {
		t.Fatalf("commits %+v, want 100 of 4 messages, 1 ms on average", k)
	}
}
