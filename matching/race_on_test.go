//go:build race

package matching

// raceDetector: the race detector slows seating about tenfold, so the speed
// target is not checked under it.
const raceDetector = true
