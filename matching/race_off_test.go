//go:build !race

package matching

const raceDetector = false
