//go:build unix

package dirlock

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestBusyRecordWrittenLate: a holder that took the flock but was not
// scheduled to write its record for a while (a loaded machine) is still
// named, not reported as "another process".
func TestBusyRecordWrittenLate(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// A separate open file description: flock conflicts with it as with
	// another process.
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	late := Holder{PID: 4242, Host: "desk-7", Start: time.Date(2026, 12, 5, 20, 0, 0, 0, time.UTC), Command: "bitext run late"}
	written := make(chan error, 1)
	go func() {
		time.Sleep(600 * time.Millisecond) // three times the old limit
		_, err := f.WriteAt(record(late), 0)
		written <- err
	}()
	_, err = Acquire(context.Background(), dir, Options{Command: "second"})
	if werr := <-written; werr != nil {
		t.Fatal(werr)
	}
	var be *BusyError
	if !errors.As(err, &be) {
		t.Fatalf("Acquire: %v, want a *BusyError", err)
	}
	if be.Holder != late {
		t.Errorf("holder = %+v, want %+v", be.Holder, late)
	}
}

// TestBusyRecordNeverWritten: a holder that never writes its record is
// reported as another process once holderWait is over, not waited for
// forever.
func TestBusyRecordNeverWritten(t *testing.T) {
	defer func(d time.Duration) { holderWait = d }(holderWait)
	holderWait = 50 * time.Millisecond
	dir := t.TempDir()
	f, err := os.OpenFile(filepath.Join(dir, FileName), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	_, err = Acquire(context.Background(), dir, Options{})
	var be *BusyError
	if !errors.As(err, &be) || be.Holder.PID != 0 || be.Holder.String() != "another process" {
		t.Fatalf("Acquire: %v, want a *BusyError naming another process", err)
	}
}
