package main

import (
	"math/bits"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// histogram counts durations in microseconds in log-linear buckets: exact
// below 64 µs, then 64 buckets per power of two (about 1.6% wide), up to
// hours. Recording is lock-free, for many goroutines at once.
type histogram struct {
	counts [histBuckets]atomic.Uint64
	n      atomic.Uint64
	max    atomic.Int64
}

const (
	histSub     = 64
	histBuckets = histSub + 40*histSub
)

func bucketOf(us int64) int {
	if us < histSub {
		return int(max(us, 0))
	}
	shift := bits.Len64(uint64(us)) - 7 // us>>shift is in [64, 127]
	i := histSub + shift*histSub + int(us>>shift) - histSub
	return min(i, histBuckets-1)
}

// bucketMid is the middle of bucket i, in microseconds.
func bucketMid(i int) float64 {
	if i < histSub {
		return float64(i)
	}
	shift := (i - histSub) / histSub
	lo := int64((i-histSub)%histSub+histSub) << shift
	return float64(lo) + float64(int64(1)<<shift)/2
}

func (h *histogram) record(d time.Duration) {
	us := d.Microseconds()
	h.counts[bucketOf(us)].Add(1)
	h.n.Add(1)
	for {
		m := h.max.Load()
		if us <= m || h.max.CompareAndSwap(m, us) {
			return
		}
	}
}

// quantile returns the value under which a fraction q of the records lie.
func (h *histogram) quantile(q float64) time.Duration {
	n := h.n.Load()
	if n == 0 {
		return 0
	}
	want := uint64(q*float64(n) + 0.5)
	want = max(want, 1)
	var seen uint64
	for i := range h.counts {
		seen += h.counts[i].Load()
		if seen >= want {
			v := min(bucketMid(i), float64(h.max.Load()))
			return time.Duration(v * float64(time.Microsecond))
		}
	}
	return time.Duration(h.max.Load()) * time.Microsecond
}

// Percentiles summarise a histogram, in milliseconds.
type Percentiles struct {
	Count uint64  `json:"count"`
	P50   float64 `json:"p50_ms"`
	P90   float64 `json:"p90_ms"`
	P95   float64 `json:"p95_ms"`
	P99   float64 `json:"p99_ms"`
	Max   float64 `json:"max_ms"`
}

func (h *histogram) summary() Percentiles {
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	return Percentiles{
		Count: h.n.Load(), P50: ms(h.quantile(.50)), P90: ms(h.quantile(.90)), P95: ms(h.quantile(.95)), P99: ms(h.quantile(.99)),
		Max: float64(h.max.Load()) / 1000,
	}
}

// tally counts things by a label (an error code, a close code): rare
// events, so a mutex is enough.
type tally struct {
	mu sync.Mutex
	m  map[string]uint64
}

func (t *tally) add(key string) {
	t.mu.Lock()
	if t.m == nil {
		t.m = map[string]uint64{}
	}
	t.m[key]++
	t.mu.Unlock()
}

func (t *tally) snapshot() map[string]uint64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make(map[string]uint64, len(t.m))
	for k, v := range t.m {
		out[k] = v
	}
	return out
}

func (t *tally) total() uint64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	var n uint64
	for _, v := range t.m {
		n += v
	}
	return n
}

// sortedKeys lists a tally's labels in order, for printing.
func sortedKeys(m map[string]uint64) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// counters are the run's measurements, shared by every connection.
type counters struct {
	attempted    atomic.Int64
	connected    atomic.Int64
	joined       atomic.Int64
	peakOpen     atomic.Int64
	open         atomic.Int64
	sent         atomic.Int64 // send requests written
	sendOK       atomic.Int64
	sendFailed   atomic.Int64
	sendSkipped  atomic.Int64 // ticks with no member to send from
	expected     atomic.Int64 // deliveries the sends should make: members joined when sent, less refused sends
	received     atomic.Int64 // chat frames received
	presence     atomic.Int64 // presence frames received
	pings        atomic.Int64
	pongs        atomic.Int64
	moves        atomic.Int64
	unparsed     atomic.Int64
	connectFails tally // by kind: dial, http_<status>, close_<code>, auth code
	errors       tally // error replies by op and code
	sendRefusals tally // send requests the node refused, by error code
	closes       tally // connections the server closed, by code

	connectLat histogram // dial to hello
	joinLat    histogram // join request to reply
	sendLat    histogram // send request to its acknowledgement
	refuseLat  histogram // send request to its refusal
	deliverLat histogram // send to receipt, at every member
	pingLat    histogram
}

func (c *counters) opened() {
	n := c.open.Add(1)
	for {
		p := c.peakOpen.Load()
		if n <= p || c.peakOpen.CompareAndSwap(p, n) {
			return
		}
	}
}
