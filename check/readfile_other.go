//go:build !unix

package check

import "os"

// readFile reads the file at path whole (buf is not used here).
func readFile(path string, buf []byte) ([]byte, error) {
	return os.ReadFile(path)
}
