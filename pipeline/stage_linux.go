package pipeline

import (
	"os"

	"golang.org/x/sys/unix"
)

const perFileSync = false

// syncDir makes every file written under dir durable with one syncfs(2),
// and the folder entries with an fsync of each folder.
func syncDir(dirs ...string) error {
	for i, d := range dirs {
		f, err := os.Open(d)
		if err != nil {
			return err
		}
		if i == 0 {
			if err := unix.Syncfs(int(f.Fd())); err != nil {
				f.Close()
				return err
			}
		}
		err = f.Sync()
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}
