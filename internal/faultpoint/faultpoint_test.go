package faultpoint

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func reset(t *testing.T, v string) {
	t.Setenv(Env, v)
	once = sync.Once{}
	cfg.Store(nil)
	t.Cleanup(func() { once = sync.Once{}; cfg.Store(nil) })
}

func TestOff(t *testing.T) {
	reset(t, "")
	for i := 0; i < 3; i++ {
		if err := Err("tm.store"); err != nil {
			t.Fatalf("fault injection off: %v", err)
		}
	}
}

func TestFailAndCount(t *testing.T) {
	f := filepath.Join(t.TempDir(), "points")
	reset(t, "count="+f+"; fail:tm.store@2 ;fail:out.write@3+")
	var got []bool
	for i := 0; i < 4; i++ {
		got = append(got, Injected(Err("tm.store")))
	}
	if want := []bool{false, true, false, false}; strings.Join(fmtBools(got), ",") != strings.Join(fmtBools(want), ",") {
		t.Errorf("tm.store@2: %v, want %v", got, want)
	}
	got = got[:0]
	for i := 0; i < 5; i++ {
		Hit("other")
		got = append(got, Err("out.write") != nil)
	}
	if want := []bool{false, false, true, true, true}; strings.Join(fmtBools(got), ",") != strings.Join(fmtBools(want), ",") {
		t.Errorf("out.write@3+: %v, want %v", got, want)
	}
	data, _ := os.ReadFile(f)
	if n := strings.Count(string(data), "\n"); n != 4+5+5 {
		t.Errorf("%d points counted, want 14", n)
	}
}

func fmtBools(b []bool) []string {
	var s []string
	for _, x := range b {
		if x {
			s = append(s, "t")
		} else {
			s = append(s, "f")
		}
	}
	return s
}

func TestStop(t *testing.T) {
	f := filepath.Join(t.TempDir(), "points")
	reset(t, "count="+f+";stop:run.done@3")
	var got []bool
	for i := 0; i < 5; i++ {
		got = append(got, Stop("run.done"), Stop("other"))
	}
	if want := []bool{false, false, false, false, true, false, false, false, false, false}; strings.Join(fmtBools(got), ",") != strings.Join(fmtBools(want), ",") {
		t.Errorf("stop:run.done@3: %v, want %v", got, want)
	}
	if data, _ := os.ReadFile(f); len(data) != 0 {
		t.Errorf("Stop counted as a point: %q", data)
	}
	reset(t, "")
	if Stop("run.done") {
		t.Error("off: Stop reported true")
	}
}
