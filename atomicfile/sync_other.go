//go:build !linux

package atomicfile

import "os"

// syncData makes the data of files durable: without syncfs, one fsync per
// file.
func syncData(files []string) error {
	for _, p := range files {
		f, err := os.OpenFile(p, os.O_RDWR, 0)
		if err != nil {
			return err
		}
		err = f.Sync()
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// Some systems (Windows) cannot sync a folder.
func ignorableDirSyncErr(error) bool { return true }
