package atomicfile

import (
	"errors"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// syncData makes the data of files durable: one syncfs(2) per file system
// they are on (found by device number).
func syncData(files []string) error {
	seen := map[uint64]bool{}
	for _, p := range files {
		fi, err := os.Stat(p)
		if err != nil {
			return err
		}
		var dev uint64
		if st, ok := fi.Sys().(*syscall.Stat_t); ok {
			dev = uint64(st.Dev)
		}
		if seen[dev] {
			continue
		}
		seen[dev] = true
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		err = unix.Syncfs(int(f.Fd()))
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

func ignorableDirSyncErr(err error) bool {
	return errors.Is(err, syscall.EINVAL) || errors.Is(err, syscall.ENOTSUP)
}
