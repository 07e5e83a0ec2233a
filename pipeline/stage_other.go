//go:build !linux

package pipeline

import "os"

// Without syncfs each staged file is synced when committed.
const perFileSync = true

// syncDir syncs the folders, whose entries the renames changed. Some
// systems cannot sync a folder; that is not an error.
func syncDir(dirs ...string) error {
	for _, d := range dirs {
		f, err := os.Open(d)
		if err != nil {
			return err
		}
		f.Sync()
		f.Close()
	}
	return nil
}
