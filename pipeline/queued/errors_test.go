package queued

import (
	"errors"
	"fmt"
	"testing"

	"bitext/dirlock"
	"bitext/pipeline"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		name    string
		err     error
		env     bool
		message bool
	}{
		{"out folder held", fmt.Errorf("merge: %w", &dirlock.BusyError{}), true, true},
		{"settings differ", &SettingsError{}, false, true},
		{"environment", &pipeline.EnvError{Path: "out", Err: errors.New("disk full")}, true, false},
		{"step, environment", &pipeline.StepError{Env: true, Err: errors.New("tm")}, true, false},
		{"step, bad input", &pipeline.StepError{Err: errors.New("glossary")}, false, false},
		{"anything else", errors.New("bad manifest"), false, false},
	}
	for _, tc := range tests {
		env, msg := Classify(tc.err)
		if env != tc.env || (msg != nil) != tc.message {
			t.Errorf("%s: Classify = %v, %v; want env %v, message %v", tc.name, env, msg, tc.env, tc.message)
		}
	}
}
