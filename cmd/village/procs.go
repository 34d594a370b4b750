package main

import (
	"runtime"
	"strconv"
)

// minProcs is the fewest Go processors a node runs with. The runtime gives
// a node pinned to one core, or in a container limited to one CPU, a
// single processor, and a node spends much of its time in blocking system
// calls: the store's fdatasync at every chat commit, socket writes. While
// the one processor's thread sits in such a call, every other goroutine
// (the readers, the writers, the next commit) waits until the runtime's
// monitor notices and hands the processor on, which takes from tens of
// microseconds up to 10 ms on a quiet node. A second processor lets the
// kernel run another thread at once. On one core this costs a little
// switching and buys most of what the node could not do (docs/benchmarks.md,
// "Many small rooms").
const minProcs = 2

// procsFor is how many Go processors a node should run with, given the
// runtime's choice and the GOMAXPROCS variable: an explicit setting always
// wins.
func procsFor(current int, env string) int {
	if n, err := strconv.Atoi(env); err == nil && n > 0 {
		return current
	}
	return max(current, minProcs)
}

// raiseProcs applies procsFor to this process.
func raiseProcs(getenv func(string) string) {
	if n := procsFor(runtime.GOMAXPROCS(0), getenv("GOMAXPROCS")); n != runtime.GOMAXPROCS(0) {
		runtime.GOMAXPROCS(n)
	}
}
