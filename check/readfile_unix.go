//go:build unix

package check

import (
	"io/fs"
	"syscall"
)

// readFile reads the file at path whole into buf, grown as needed, and
// returns the bytes read. It is os.ReadFile without what os.Open adds for
// the runtime poller (switching the descriptor to non-blocking mode,
// registering it with epoll, which refuses regular files, and back) and
// without the size query: three to four system calls a file fewer, which
// shows when a run checks tens of thousands of articles. Errors are the
// *fs.PathError os.ReadFile returns.
func readFile(path string, buf []byte) ([]byte, error) {
	var fd int
	err := ignoringEINTR(func() (err error) {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		return err
	})
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	data := buf[:0]
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		var n int
		err := ignoringEINTR(func() (err error) {
			n, err = syscall.Read(fd, data[len(data):cap(data)])
			return err
		})
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: path, Err: err}
		}
		if n <= 0 {
			return data, nil
		}
		data = data[:len(data)+n]
	}
}

func ignoringEINTR(f func() error) error {
	for {
		if err := f(); err != syscall.EINTR {
			return err
		}
	}
}
