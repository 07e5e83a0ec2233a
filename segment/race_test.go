//go:build race

package segment

// raceEnabled shrinks the long tests under the race detector.
const raceEnabled = true
