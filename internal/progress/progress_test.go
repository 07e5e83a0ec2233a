package progress

import (
	"bytes"
	"os"
	"testing"
)

// TestProgressOutput: the bar is drawn only on a terminal, never on a
// buffer or a pipe, and never under CI or TERM=dumb even on a terminal
// (the pseudo-terminal case is run under script(1) in
// testdata/run/ux_progress.txtar).
func TestProgressOutput(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	if show, _ := Output(&bytes.Buffer{}, env()); show {
		t.Error("a buffer: bar shown")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if show, _ := Output(w, env()); show {
		t.Error("a pipe: bar shown")
	}
	tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0)
	if err != nil {
		t.Log("no terminal: the terminal cases are not run")
		return
	}
	defer tty.Close()
	if show, _ := Output(tty, env()); !show {
		t.Error("a terminal: no bar")
	}
	for _, e := range [][]string{{"CI", "true"}, {"TERM", "dumb"}} {
		if show, _ := Output(tty, env(e...)); show {
			t.Errorf("%s=%s: bar shown", e[0], e[1])
		}
	}
}
