// Package exitcode is bitext's one table of exit codes and the errors that
// carry them. The command and the harnesses under internal/ mark an error
// where it happens (AsBadInput, AsEnvironment); main maps it with Of.
//
//	if err := load(path); err != nil {
//		return exitcode.InputFile(ui, path, err) // missing: 2, unreadable: 3
//	}
//	...
//	os.Exit(exitcode.Of(err))
package exitcode

import (
	"errors"
	"io/fs"

	"bitext/locales"
)

// The exit codes, printed in `bitext --help`.
const (
	OK          = 0   // success
	Findings    = 1   // findings at or above --fail-on (check, lint), an evaluation below its floor
	BadInput    = 2   // usage error or bad input
	Environment = 3   // a store or file that cannot be opened or written
	Interrupted = 130 // bitext run stopped by SIGINT or SIGTERM, as shells report SIGINT
)

// Error carries an exit code with the error that caused it.
type Error struct {
	Code int
	Err  error
}

func (e *Error) Error() string {
	if e.Err == nil {
		return ""
	}
	return e.Err.Error()
}

// Unwrap returns the error that caused the exit.
func (e *Error) Unwrap() error { return e.Err }

// ExitCode is the code the process exits with (urfave/cli's ExitCoder).
func (e *Error) ExitCode() int { return e.Code }

// ErrFindings is returned when findings at or above the failure threshold
// were reported (exit 1). Nothing more is printed for it.
var ErrFindings error = &Error{Code: Findings}

// AsBadInput marks err as bad input or a usage error (exit 2).
func AsBadInput(err error) error {
	if err == nil {
		return nil
	}
	return &Error{BadInput, err}
}

// AsEnvironment marks err as an environment failure (exit 3): a file or
// store that cannot be opened, read or written.
func AsEnvironment(err error) error {
	if err == nil {
		return nil
	}
	return &Error{Environment, err}
}

// Of maps err to the exit-code table. Unclassified errors are bad input:
// every environment failure is marked where it happens.
func Of(err error) int {
	if err == nil {
		return OK
	}
	var ec interface{ ExitCode() int }
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	return BadInput
}

// InputFile classifies an error opening or reading a named input file,
// one rule for every command: a missing file is bad input (exit 2, like
// any other wrong argument), any other failure (permissions, I/O) the
// environment (exit 3). The message names the path once.
func InputFile(ui *locales.Localizer, path string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return AsBadInput(errors.New(ui.T("ErrOpen", map[string]any{"Path": path, "Err": ui.T("ErrNoSuchFile", nil)})))
	}
	return AsEnvironment(errors.New(ui.T("ErrOpen", map[string]any{"Path": path, "Err": PathReason(err)})))
}

// Open classifies an error reading a named input whose content may also
// be malformed: a missing file is bad input (exit 2), another file system
// failure the environment (exit 3), anything else (malformed content) bad
// input as it is.
func Open(ui *locales.Localizer, path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(err, fs.ErrNotExist) {
			return AsBadInput(errors.New(ui.T("ErrOpen", map[string]any{"Path": path, "Err": "no such file"})))
		}
		return AsEnvironment(errors.New(ui.T("ErrOpen", map[string]any{"Path": path, "Err": pe.Err})))
	}
	return AsBadInput(err)
}

// Unopened is an error opening path for which no finer rule applies: the
// environment (exit 3), the system's reason as it is.
func Unopened(ui *locales.Localizer, path string, err error) error {
	return AsEnvironment(errors.New(ui.T("ErrOpen", map[string]any{"Path": path, "Err": err})))
}

// PathReason is the system's reason for a file error without the path
// the message names already.
func PathReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
