package main

import (
	"bufio"
	"io"
	"os"
)

// spool holds a report until it is complete, so that a run that fails
// half way writes nothing: in memory, in chunks never copied as it
// grows, and past spoolMemory in a temporary file (removed at once where
// the system allows), whose pages are the kernel's cache rather than
// the heap (a run of pairs writes tens of megabytes of JSON). If no
// temporary file can be made the report stays in memory.
type spool struct {
	chunks  [][]byte
	size    int
	file    *os.File
	bw      *bufio.Writer
	removed bool // the temporary file's name removed
}

// spoolChunk is the largest chunk of a spool in memory; spoolMemory is
// how much it holds there before it moves to a temporary file.
const (
	spoolChunk  = 256 << 10
	spoolMemory = 4 << 20
)

func (s *spool) Write(p []byte) (int, error) {
	if s.file != nil {
		return s.bw.Write(p)
	}
	n := len(p)
	s.size += n
	for len(p) > 0 {
		k := len(s.chunks)
		if k == 0 || len(s.chunks[k-1]) == cap(s.chunks[k-1]) {
			// Small reports stay small: 4 KB, then twice the last chunk up
			// to spoolChunk.
			size := 4096
			if k > 0 {
				size = min(2*cap(s.chunks[k-1]), spoolChunk)
			}
			s.chunks = append(s.chunks, make([]byte, 0, size))
			k++
		}
		last := &s.chunks[k-1]
		m := min(len(p), cap(*last)-len(*last))
		*last = append(*last, p[:m]...)
		p = p[m:]
	}
	if s.size > spoolMemory {
		s.spill()
	}
	return n, nil
}

// spill moves the chunks to a temporary file, if one can be made and
// written.
func (s *spool) spill() {
	f, err := os.CreateTemp("", "bitext-check-*")
	if err != nil {
		return
	}
	s.removed = os.Remove(f.Name()) == nil
	bw := bufio.NewWriterSize(f, 64<<10)
	for _, c := range s.chunks {
		if _, err := bw.Write(c); err != nil {
			f.Close()
			if !s.removed {
				os.Remove(f.Name())
			}
			return
		}
	}
	s.file, s.bw, s.chunks = f, bw, nil
}

// WriteTo writes the spooled bytes to w.
func (s *spool) WriteTo(w io.Writer) (int64, error) {
	if s.file != nil {
		if err := s.bw.Flush(); err != nil {
			return 0, err
		}
		if _, err := s.file.Seek(0, io.SeekStart); err != nil {
			return 0, err
		}
		return io.Copy(w, s.file)
	}
	var n int64
	for _, c := range s.chunks {
		k, err := w.Write(c)
		n += int64(k)
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// Close drops the spooled bytes and the temporary file.
func (s *spool) Close() error {
	s.chunks = nil
	if s.file == nil {
		return nil
	}
	err := s.file.Close()
	if !s.removed {
		os.Remove(s.file.Name())
	}
	s.file = nil
	return err
}
