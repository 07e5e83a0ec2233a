package exitcode

import (
	"errors"
	"fmt"
	"io/fs"
	"testing"
)

func TestOf(t *testing.T) {
	plain := errors.New("bad")
	for _, c := range []struct {
		err  error
		want int
	}{
		{nil, OK},
		{plain, BadInput},
		{AsBadInput(plain), BadInput},
		{AsEnvironment(plain), Environment},
		{fmt.Errorf("wrapped: %w", AsEnvironment(plain)), Environment},
		{ErrFindings, Findings},
		{&fs.PathError{Op: "open", Path: "x", Err: fs.ErrPermission}, BadInput},
	} {
		if got := Of(c.err); got != c.want {
			t.Errorf("Of(%v) = %d, want %d", c.err, got, c.want)
		}
	}
	if AsBadInput(nil) != nil || AsEnvironment(nil) != nil {
		t.Error("a nil error is marked")
	}
	if ErrFindings.Error() != "" {
		t.Errorf("ErrFindings says %q, want nothing", ErrFindings.Error())
	}
}
