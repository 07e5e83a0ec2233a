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
	"strings"
	"time"

	"bitext/atomicfile"
	"bitext/internal/faultpoint"
)

// The end of a run is one step that a crash cannot split, done in an
// order in which every step that needs room on the disk comes before
// anything is changed, and every crash point leaves a journal that tells
// the next run what to finish or undo:
//
//  1. The intent (IntentFile) is made durable: every file about to be
//     put in place or removed, and every article the run finished with
//     its state entry and its aligned pairs.
//  2. The state, report and index.html that record the run are written
//     to temporary files (room taken, nothing visible yet).
//  3. The articles' files are committed (one sync, then renames).
//  4. The intent is renamed to the journal (JournalFile): from here on
//     the run is finished forwards.
//  5. The pairs go to the TM, read back from the journal.
//  6. The state, report and index.html prepared in 2 are renamed into
//     place; the journal is removed.
//
// A failure in 1 to 4 (a full disk, a folder that cannot be written)
// undoes the run's commit: the files named in the intent are removed,
// the intent too, and the articles are reported as not recorded. A run
// that finds an intent (the last one was killed in 1 to 4) does the same
// before anything else: nothing was stored, and the articles are redone.
// A run that finds a journal (killed in 5 or 6) finishes it: it stores
// the journal's pairs again (the TM keeps one copy of a pair, so pairs
// stored before the crash are not doubled) and records its articles in
// the state, whose files are in place. So an article's pairs are in the
// TM only when its files are committed, and the rerun skips it as
// unchanged instead of matching it against its own pairs.

// JournalFile is the run's commit journal in the out folder: JSON lines,
// a journalHead then one journalEntry per article.
const JournalFile = ".bitext-journal.jsonl"

// IntentFile is the journal of a commit not yet made (see above): same
// content as JournalFile, and the head names the files the commit puts
// in place or removes. A run that finds it undoes that commit.
const IntentFile = ".bitext-intent.jsonl"

type journalHead struct {
	Run     string    `json:"run"`
	TM      string    `json:"tm,omitempty"`
	Created time.Time `json:"created"`
	// Files are the paths, relative to the out folder, that the commit
	// puts in place or removes (the intent's; empty in a journal
	// rewritten after a failed store).
	Files []string `json:"files,omitempty"`
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

// writeJournal writes the journal (file: JournalFile or IntentFile) of
// the articles in entries (read one at a time: an entry's units come from
// its pending file) and makes it durable.
func writeJournal(out, file string, head journalHead, n int, entry func(i int) (journalEntry, error)) error {
	path := filepath.Join(out, file)
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

// commitIntent makes the intent the journal: the files are in place, the
// run is now finished forwards.
func commitIntent(out string) error {
	if err := faultpoint.Err("journal.rename"); err != nil {
		return &EnvError{Path: filepath.Join(out, IntentFile), Err: err}
	}
	if err := os.Rename(filepath.Join(out, IntentFile), filepath.Join(out, JournalFile)); err != nil {
		return &EnvError{Path: filepath.Join(out, IntentFile), Err: err}
	}
	if err := atomicfile.SyncDirs(out); err != nil {
		return &EnvError{Path: out, Err: err}
	}
	faultpoint.Hit("journal.committed")
	return nil
}

// removeJournal removes the journal once the state records its articles.
func removeJournal(out string) error {
	return removeJournalFile(out, JournalFile)
}

// removeJournalFile removes a journal or an intent and syncs the folder.
func removeJournalFile(out, file string) error {
	err := os.Remove(filepath.Join(out, file))
	if err != nil && !os.IsNotExist(err) {
		return &EnvError{Path: filepath.Join(out, file), Err: err}
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
		if e.Hash != "" { // a merged part without one is not recorded
			e.Summary.Status = "done"
			st.Articles[e.Name] = stateEntry{Hash: e.Hash, Summary: e.Summary}
			rec.Articles++
		}
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

// undoIntent undoes the commit of an earlier run that stopped before its
// files were all in place (see IntentFile): the files the intent names
// are removed (they belong to articles no state records: the run forgot
// the articles it redid before writing its intent), its articles are
// dropped from the state if it has them, and the intent is removed.
// Nothing of it was stored in the TM. It returns how many articles it
// undid (0 when there is no intent).
func undoIntent(out string) (int, error) {
	path := filepath.Join(out, IntentFile)
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, &EnvError{Path: path, Err: err}
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReaderSize(f, 64<<10))
	var head journalHead
	if err := dec.Decode(&head); err != nil {
		// Written whole (temporary file, renamed) before any file was
		// committed: one that does not parse was never acted on.
		f.Close()
		return 0, removeJournalFile(out, IntentFile)
	}
	removeCommitted(out, head.Files)
	statePath := filepath.Join(out, StateFile)
	st := loadState(statePath)
	n, changed := 0, false
	for {
		var e journalEntry
		if err := dec.Decode(&e); err != nil {
			// The end, or a journal cut short: the files undone are
			// those of the head, whatever the entries say.
			break
		}
		n++
		if _, ok := st.Articles[e.Name]; ok {
			delete(st.Articles, e.Name)
			changed = true
		}
	}
	if changed {
		if err := writeState(out, &st); err != nil {
			return n, err
		}
	}
	faultpoint.Hit("intent.undone")
	f.Close()
	return n, removeJournalFile(out, IntentFile)
}

// removeCommitted removes the files of a commit that is undone: paths
// under the articles folder only.
func removeCommitted(out string, files []string) {
	dirs := map[string]bool{}
	for _, p := range files {
		p = filepath.Clean(filepath.FromSlash(p))
		if !filepath.IsLocal(p) || !strings.HasPrefix(p, ArticlesDir+string(filepath.Separator)) {
			continue
		}
		full := filepath.Join(out, p)
		if err := os.Remove(full); err == nil {
			dirs[filepath.Dir(full)] = true
		}
	}
	for d := range dirs {
		atomicfile.SyncDirs(d)
	}
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
