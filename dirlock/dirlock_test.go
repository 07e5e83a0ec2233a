package dirlock

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

func TestBusyAndRelease(t *testing.T) {
	dir := t.TempDir()
	l, err := Acquire(context.Background(), dir, Options{Command: "first"})
	if err != nil {
		t.Fatal(err)
	}
	if l.Stale != nil {
		t.Errorf("fresh lock has a stale record: %+v", l.Stale)
	}
	_, err = Acquire(context.Background(), dir, Options{Command: "second"})
	var be *BusyError
	if !errors.As(err, &be) {
		t.Fatalf("second Acquire: %v, want a *BusyError", err)
	}
	host, _ := os.Hostname()
	if be.Holder.PID != os.Getpid() || be.Holder.Host != host || be.Holder.Command != "first" || be.Holder.Start.IsZero() {
		t.Errorf("holder = %+v", be.Holder)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	l2, err := Acquire(context.Background(), dir, Options{Command: "third"})
	if err != nil {
		t.Fatalf("after Release: %v", err)
	}
	if l2.Stale != nil {
		t.Errorf("released lock left a record: %+v", l2.Stale)
	}
	l2.Release()
}

func TestWait(t *testing.T) {
	dir := t.TempDir()
	l, err := Acquire(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(100 * time.Millisecond)
		l.Release()
	}()
	l2, err := Acquire(context.Background(), dir, Options{Wait: 10 * time.Second, Poll: 10 * time.Millisecond})
	if err != nil {
		t.Fatalf("waiting Acquire: %v", err)
	}
	l2.Release()
	l3, _ := Acquire(context.Background(), dir, Options{})
	defer l3.Release()
	// Waiting stops when the context is done (Ctrl-C).
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start0 := time.Now()
	if _, err := Acquire(ctx, dir, Options{Wait: time.Minute, Poll: 10 * time.Millisecond}); !errors.Is(err, context.DeadlineExceeded) || time.Since(start0) > 10*time.Second {
		t.Fatalf("cancelled wait: %v after %v", err, time.Since(start0))
	}
	start := time.Now()
	_, err = Acquire(context.Background(), dir, Options{Wait: 150 * time.Millisecond, Poll: 10 * time.Millisecond})
	var be *BusyError
	if !errors.As(err, &be) || time.Since(start) < 150*time.Millisecond {
		t.Fatalf("bounded wait: %v after %v", err, time.Since(start))
	}
}

// TestHelperHold is the child of TestStaleTakenOver: it takes the lock,
// says so and sleeps until killed.
func TestHelperHold(t *testing.T) {
	dir := os.Getenv("DIRLOCK_HOLD")
	if dir == "" {
		t.Skip("helper process")
	}
	if _, err := Acquire(context.Background(), dir, Options{Command: "holder"}); err != nil {
		os.Exit(1)
	}
	os.Stdout.WriteString("locked\n")
	time.Sleep(time.Minute)
	os.Exit(0)
}

// TestStaleTakenOver: the lock of a process killed with SIGKILL is free at
// once, and the new holder sees the dead one's record.
func TestStaleTakenOver(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHold$")
	cmd.Env = append(os.Environ(), "DIRLOCK_HOLD="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	if line != "locked\n" {
		cmd.Process.Kill()
		t.Fatalf("child said %q", line)
	}
	_, err = Acquire(context.Background(), dir, Options{})
	var be *BusyError
	if !errors.As(err, &be) || be.Holder.PID != cmd.Process.Pid || be.Holder.Command != "holder" {
		t.Fatalf("while the child holds it: %v", err)
	}
	cmd.Process.Kill()
	cmd.Wait()
	l, err := Acquire(context.Background(), dir, Options{})
	if err != nil {
		t.Fatalf("after the holder died: %v", err)
	}
	defer l.Release()
	if l.Stale == nil || l.Stale.PID != cmd.Process.Pid {
		t.Errorf("stale record = %+v, want pid %d", l.Stale, cmd.Process.Pid)
	}
}

// TestExclusiveFallback: the lock of systems without flock, by exclusive
// creation; a record of a process that is gone is taken over, one of a
// live process is not.
func TestExclusiveFallback(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	host, _ := os.Hostname()
	me := Holder{PID: os.Getpid(), Host: host}
	l, _, err := tryExclusive(path, me)
	if err != nil || l == nil {
		t.Fatalf("free: %v %v", l, err)
	}
	l2, h, err := tryExclusive(path, me)
	if err != nil || l2 != nil || h.PID != os.Getpid() {
		t.Fatalf("busy: %v %+v %v", l2, h, err)
	}
	l.Release()
	// A dead process's record: a child that has exited.
	c := exec.Command(os.Args[0], "-test.run=^$")
	if err := c.Run(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, record(Holder{PID: c.Process.Pid, Host: host}), 0o644); err != nil {
		t.Fatal(err)
	}
	l3, _, err := tryExclusive(path, me)
	if err != nil || l3 == nil {
		t.Fatalf("stale not taken over: %v", err)
	}
	l3.Release()
	// Another host's record is never taken over.
	os.WriteFile(path, record(Holder{PID: c.Process.Pid, Host: host + "-other"}), 0o644)
	if l4, h, _ := tryExclusive(path, me); l4 != nil || h.Host != host+"-other" {
		t.Fatalf("other host's lock taken over")
	}
}

// TestShared: shared holders (the workers of one queued run) hold the
// lock together; an exclusive holder is refused while any of them holds
// it, and they are refused while it does; the last shared holder to leave
// removes the file.
func TestShared(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	a, err := Acquire(ctx, dir, Options{Shared: true, Command: "worker a"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Acquire(ctx, dir, Options{Shared: true, Command: "worker b"})
	if err != nil {
		t.Fatalf("second shared holder: %v", err)
	}
	_, err = Acquire(ctx, dir, Options{Command: "run"})
	var be *BusyError
	if !errors.As(err, &be) || be.Holder.PID != os.Getpid() || (be.Holder.Command != "worker a" && be.Holder.Command != "worker b") {
		t.Fatalf("exclusive while shared: %v", err)
	}
	if err := a.Release(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, FileName)); err != nil {
		t.Errorf("lock file gone while b holds it: %v", err)
	}
	if _, err = Acquire(ctx, dir, Options{Command: "run"}); !errors.As(err, &be) {
		t.Fatalf("exclusive while b holds it: %v", err)
	}
	if err := b.Release(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, FileName)); !os.IsNotExist(err) {
		t.Errorf("lock file left by the last shared holder: %v", err)
	}
	x, err := Acquire(ctx, dir, Options{Command: "merge"})
	if err != nil {
		t.Fatalf("exclusive after the shared holders: %v", err)
	}
	if x.Stale != nil {
		t.Errorf("stale record %+v", x.Stale)
	}
	_, err = Acquire(ctx, dir, Options{Shared: true, Command: "worker c"})
	if !errors.As(err, &be) || be.Holder.Command != "merge" {
		t.Fatalf("shared while exclusive: %v", err)
	}
	// A waiting shared holder gets it when the exclusive one leaves.
	go func() {
		time.Sleep(50 * time.Millisecond)
		x.Release()
	}()
	c, err := Acquire(ctx, dir, Options{Shared: true, Wait: 10 * time.Second, Poll: 5 * time.Millisecond})
	if err != nil {
		t.Fatalf("waiting shared holder: %v", err)
	}
	c.Release()
}
