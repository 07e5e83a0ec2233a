package queued

import (
	"errors"

	"bitext/dirlock"
	"bitext/pipeline"
	"bitext/tm/postgres"
)

// Localized is an error that the interface can say in its language: a
// message id of the locale files and its data.
type Localized interface {
	error
	MessageID() string
	MessageData() map[string]any
}

// Classify says how a command reports an error of a queued run. env is
// true for the environment (the database, the TM or a file out of reach,
// a database refused for its encoding or locale, the out folder held by
// another run or import: exit 3) and false for bad input and settings
// that do not match the run's (exit 2). msg, when not nil, is the error
// to say in the user's language.
func Classify(err error) (env bool, msg Localized) {
	var (
		busy  *dirlock.BusyError
		re    *RunError
		sette *SettingsError
		enc   *postgres.EncodingError
		loc   *postgres.LocaleError
		se    *pipeline.StepError
		ee    *pipeline.EnvError
		pe    *postgres.Error
	)
	switch {
	case errors.As(err, &busy):
		return true, busy
	case errors.As(err, &re):
		return false, re
	case errors.As(err, &sette):
		return false, sette
	case errors.As(err, &enc):
		return true, enc
	case errors.As(err, &loc):
		return true, loc
	case errors.As(err, &se):
		return se.Env, nil
	case errors.As(err, &ee), errors.As(err, &pe):
		return true, nil
	}
	return false, nil
}
