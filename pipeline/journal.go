package pipeline

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"bitext/atomicfile"
	"bitext/internal/faultpoint"
)

// The end of a run is one step that a crash cannot split. The articles'
// files are committed first (one sync); then the journal, which holds
// every article the run finished with its state entry and its aligned
// pairs, is made durable; then the pairs go to the TM; then the state and
// the report record the articles; then the journal is removed. A run that
// finds a journal (the last one was killed or lost its TM half way)
// finishes it before anything else: it stores the journal's pairs again
// (the TM keeps one copy of a pair, so pairs stored before the crash are
// not doubled) and records its articles in the state, whose files are
// already there. So an article's pairs are in the TM only when its files
// are committed, and the rerun skips it as unchanged instead of matching
// it against its own pairs.

// JournalFile is the run's commit journal in the out folder: JSON lines,
// a journalHead then one journalEntry per article.
const JournalFile = ".bitext-journal.jsonl"

type journalHead struct {
	Run     string    `json:"run"`
	TM      string    `json:"tm,omitempty"`
	Created time.Time `json:"created"`
}

type journalEntry struct {
	Name    string  `json:"name"`
	Hash    string  `json:"hash"`
	Summary Summary `json:"summary"`
	Units   []Unit  `json:"units,omitempty"`
}

// newRunID is a random id for a run's journal.
func newRunID() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// writeJournal writes the journal of the articles in entries (read one at
// a time: an entry's units come from its pending file) and makes it
// durable.
func writeJournal(out string, head journalHead, n int, entry func(i int) (journalEntry, error)) error {
	path := filepath.Join(out, JournalFile)
	f, err := atomicfile.Create(path)
	if err != nil {
		return &EnvError{Path: path, Err: err}
	}
	defer f.Abort()
	w := bufio.NewWriterSize(f, 64<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(head); err != nil {
		return &EnvError{Path: path, Err: err}
	}
	for i := 0; i < n; i++ {
		e, err := entry(i)
		if err != nil {
			return err
		}
		if err := enc.Encode(e); err != nil {
			return &EnvError{Path: path, Err: err}
		}
	}
	if err := w.Flush(); err != nil {
		return &EnvError{Path: path, Err: err}
	}
	if err := faultpoint.Err("journal.write"); err != nil {
		return &EnvError{Path: path, Err: err}
	}
	if err := f.Commit(); err != nil {
		return &EnvError{Path: path, Err: err}
	}
	if err := atomicfile.SyncDirs(out); err != nil {
		return &EnvError{Path: out, Err: err}
	}
	faultpoint.Hit("journal.written")
	return nil
}

// removeJournal removes the journal once the state records its articles.
func removeJournal(out string) error {
	err := os.Remove(filepath.Join(out, JournalFile))
	if err != nil && !os.IsNotExist(err) {
		return &EnvError{Path: filepath.Join(out, JournalFile), Err: err}
	}
	if err := atomicfile.SyncDirs(out); err != nil {
		return &EnvError{Path: out, Err: err}
	}
	faultpoint.Hit("journal.removed")
	return nil
}

// JournalError is a journal left by an unfinished run that cannot be
// finished with this run's TM.
type JournalError struct {
	Path      string
	JournalTM string // the TM the unfinished run stored into
	TM        string // this run's
}

func (e *JournalError) Error() string {
	if e.TM == "" {
		return fmt.Sprintf("pipeline: %s: an unfinished run stored pairs in the TM %s; run again with that TM to finish it", e.Path, e.JournalTM)
	}
	return fmt.Sprintf("pipeline: %s: an unfinished run stored pairs in the TM %s, not %s; run again with that TM to finish it", e.Path, e.JournalTM, e.TM)
}

// MessageID names the localized text of the error.
func (e *JournalError) MessageID() string { return "RunErrJournalTM" }

// MessageData fills the localized text.
func (e *JournalError) MessageData() map[string]any {
	return map[string]any{"Path": e.Path, "JournalTM": e.JournalTM, "TM": e.TM}
}

// finishJournal finishes the commit of an earlier run that stopped after
// writing its journal: its pairs are stored in mem (again: the TM keeps
// one copy) and its articles recorded in the state, which is written; then
// the journal is removed. It returns how many articles it recorded and
// how many pairs it stored (0 and nil when there is no journal).
func finishJournal(out string, mem Memory, tmID string) (*Recovery, error) {
	path := filepath.Join(out, JournalFile)
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, &EnvError{Path: path, Err: err}
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReaderSize(f, 64<<10))
	var head journalHead
	if err := dec.Decode(&head); err != nil {
		// A journal is made durable whole before anything is stored: one
		// that does not parse was never acted on.
		f.Close()
		return nil, removeJournal(out)
	}
	if head.TM != "" && tmID != "" && head.TM != tmID {
		return nil, &JournalError{Path: path, JournalTM: head.TM, TM: tmID}
	}
	rec := &Recovery{}
	statePath := filepath.Join(out, StateFile)
	st := loadState(statePath)
	var chunk []Unit
	store := func() error {
		if len(chunk) == 0 {
			return nil
		}
		if mem == nil {
			return &JournalError{Path: path, JournalTM: head.TM}
		}
		if err := faultpoint.Err("tm.store"); err != nil {
			return &EnvError{Path: "tm", Err: err}
		}
		if err := mem.Add(context.Background(), chunk); err != nil {
			return &EnvError{Path: "tm", Err: err}
		}
		rec.Units += len(chunk)
		faultpoint.Hit("journal.stored")
		chunk = chunk[:0]
		return nil
	}
	for {
		var e journalEntry
		err := dec.Decode(&e)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, &EnvError{Path: path, Err: err}
		}
		chunk = append(chunk, e.Units...)
		if len(chunk) >= storeChunk {
			if err := store(); err != nil {
				return nil, err
			}
		}
		e.Summary.Status = "done"
		st.Articles[e.Name] = stateEntry{Hash: e.Hash, Summary: e.Summary}
		rec.Articles++
	}
	if err := store(); err != nil {
		return nil, err
	}
	err = atomicfile.Write(statePath, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return enc.Encode(&st)
	})
	if err != nil {
		return nil, &EnvError{Path: statePath, Err: err}
	}
	faultpoint.Hit("journal.recorded")
	f.Close()
	return rec, removeJournal(out)
}

// Recovery is what a run did to finish the commit of an earlier run that
// was stopped half way (see JournalFile): the articles it recorded, whose
// files were committed, and the pairs it stored for them (again, when the
// earlier run had stored them already: the TM keeps one copy).
type Recovery struct {
	Articles int `json:"articles"`
	Units    int `json:"tm_units"`
}

// journalReader reads a run's own journal back, entry by entry.
type journalReader struct {
	f    *os.File
	dec  *json.Decoder
	path string
}

func openJournal(out string) (*journalReader, error) {
	path := filepath.Join(out, JournalFile)
	f, err := os.Open(path)
	if err != nil {
		return &journalReader{}, &EnvError{Path: path, Err: err}
	}
	jr := &journalReader{f: f, dec: json.NewDecoder(bufio.NewReaderSize(f, 64<<10)), path: path}
	var head journalHead
	if err := jr.dec.Decode(&head); err != nil {
		return jr, &EnvError{Path: path, Err: err}
	}
	return jr, nil
}

func (jr *journalReader) next() (journalEntry, error) {
	var e journalEntry
	if err := jr.dec.Decode(&e); err != nil {
		return e, &EnvError{Path: jr.path, Err: err}
	}
	return e, nil
}

func (jr *journalReader) close() {
	if jr.f != nil {
		jr.f.Close()
	}
}
