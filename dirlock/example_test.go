package dirlock_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"bitext/dirlock"
)

func ExampleAcquire() {
	dir, _ := os.MkdirTemp("", "out")
	defer os.RemoveAll(dir)
	l, err := dirlock.Acquire(context.Background(), dir, dirlock.Options{Command: "bitext run"})
	if err != nil {
		panic(err)
	}
	// A second run on the same folder waits up to 100ms, then gets the
	// holder's record.
	_, err = dirlock.Acquire(context.Background(), dir, dirlock.Options{Wait: 100 * time.Millisecond})
	var be *dirlock.BusyError
	fmt.Println(errors.As(err, &be), be.Holder.PID == os.Getpid(), be.Holder.Command)
	l.Release()
	// Output: true true bitext run
}
