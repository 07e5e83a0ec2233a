package mine

import (
	"errors"
	"io/fs"
	"os"
)

// ReadStateFile reads the cache at path (CachePath); nil, nil when there
// is none yet.
func ReadStateFile(path string) (*State, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadState(f, path)
}
