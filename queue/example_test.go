package queue_test

import (
	"fmt"

	"bitext/queue"
)

// Counts tell how far a run is.
func ExampleCounts() {
	c := queue.Counts{Pending: 0, Running: 2, Done: 40, Failed: 1, Stale: 1, Workers: 2}
	fmt.Println(c.Total(), c.Finished())
	c.Running = 0
	fmt.Println(c.Total(), c.Finished())
	// Output:
	// 43 false
	// 41 true
}
