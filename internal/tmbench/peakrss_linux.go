package tmbench

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// runMeasured runs cmd to its end and returns its peak resident memory
// (VmHWM, bytes; 0 when unknown) and its CPU time. The kernel's rusage
// cannot give the peak: a child started from a large process (Go starts
// children with vfork) inherits the parent's high-water mark there. So the
// child is traced, and its VmHWM read from /proc when the kernel stops it
// at its exit (PTRACE_O_TRACEEXIT), before its memory is released. Where
// tracing is not permitted the command runs untraced and the peak is
// unknown. Its output is returned in the error when it fails.
func runMeasured(ctx context.Context, exe string, args ...string) (int64, time.Duration, error) {
	out, err := os.CreateTemp("", "bitext-tm-bench-out-")
	if err != nil {
		return 0, 0, err
	}
	defer os.Remove(out.Name())
	defer out.Close()
	cmd := exec.Command(exe, args...)
	cmd.Stdout, cmd.Stderr = out, out
	// Every ptrace request comes from the thread that started the child.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	cmd.SysProcAttr = &syscall.SysProcAttr{Ptrace: true}
	if err := cmd.Start(); err != nil {
		return runUntraced(ctx, out, exe, args...)
	}
	pid := cmd.Process.Pid
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-ctx.Done():
			cmd.Process.Kill()
		case <-done:
		}
	}()
	var ws syscall.WaitStatus
	var ru syscall.Rusage
	if _, err := syscall.Wait4(pid, &ws, 0, nil); err != nil { // stopped at its exec
		return 0, 0, err
	}
	traced := syscall.PtraceSetOptions(pid, syscall.PTRACE_O_TRACEEXIT) == nil
	var peak int64
	sig := 0
	for {
		if err := syscall.PtraceCont(pid, sig); err != nil && !traced {
			return 0, 0, err
		}
		sig = 0
		if _, err := syscall.Wait4(pid, &ws, 0, &ru); err != nil {
			return 0, 0, err
		}
		if ws.Exited() || ws.Signaled() {
			break
		}
		switch {
		case ws.StopSignal() == syscall.SIGTRAP && ws.TrapCause() == syscall.PTRACE_EVENT_EXIT:
			peak = vmHWM(pid)
		case ws.StopSignal() != syscall.SIGTRAP: // a signal for the child, passed on
			sig = int(ws.StopSignal())
		}
	}
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	if !ws.Exited() || ws.ExitStatus() != 0 {
		return peak, cpu, fmt.Errorf("%s: %v: %s", cmd.Path, waitText(ws), readOutput(out))
	}
	return peak, cpu, nil
}

func waitText(ws syscall.WaitStatus) string {
	if ws.Signaled() {
		return "signal: " + ws.Signal().String()
	}
	return "exit status " + strconv.Itoa(ws.ExitStatus())
}

func readOutput(f *os.File) string {
	b, _ := os.ReadFile(f.Name())
	return string(bytes.TrimSpace(b))
}

// vmHWM reads a process's peak resident memory, in bytes.
func vmHWM(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}
