package pipeline

import (
	"context"
	"sync"
)

// forEach calls fn(i) for every i in [0, n), jobs calls at a time, and
// returns when all calls have returned. Once ctx is done no further call
// starts; calls under way finish.
func forEach(ctx context.Context, n, jobs int, fn func(i int)) {
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				fn(i)
			}
		}()
	}
feed:
	for i := 0; i < n; i++ {
		select {
		case idx <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(idx)
	wg.Wait()
}
