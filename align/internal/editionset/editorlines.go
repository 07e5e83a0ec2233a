package main

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

// Editor-written English-only lines (session 24, issue #10). Every 0-1
// line of dev.jsonl and heldout.jsonl is the generator's (a template, a
// footer or a sentence borrowed from another document), so a rule for the
// 0-1 bead tuned on them learns the generator. additions-dev.tsv and
// additions-heldout.tsv hold lines a person wrote for the documents as an
// English edition's editor adds them: who a person or body is, a sentence
// of background, a credit or correction line. Each row is
//
//	doc_id TAB after TAB kind TAB text
//
// where after is the 0-based index of the document's unedited pair (its
// line in *.clean.jsonl; 0 is the headline) the line follows and kind is
// context, background or footer; a row "doc_id TAB - TAB none TAB" says
// the writer judged the document to need none. Lines starting with # are
// comments. For the documents a file lists, editionset writes
// dev.editor.jsonl and heldout.editor.jsonl: each document edited exactly
// as in dev.jsonl and heldout.jsonl (the same drops, splits and merges;
// the generator's additions are drawn and then discarded, so the random
// draws do not change), with the file's lines as its English-only lines.

//go:embed additions-*.tsv
var editorFiles embed.FS

// editorLine is one English-only line an editor wrote for a document.
type editorLine struct {
	after      int
	kind, text string
}

// editorDocs are the lines of one file, by document, and the documents in
// the order the file first names them.
type editorDocs struct {
	lines map[string][]editorLine
	order []string
}

// editorWriters gives the writers whose files of editor lines the part
// has: "" for additions-<part>.tsv (the first writer: helper E1 for dev,
// E2 for held-out) and w for additions-<part>-<w>.tsv (a later writer's
// lines for the same documents, session 25), in order. Each writer's lines
// make a file of their own, <part>.editor.jsonl or <part>.editor-<w>.jsonl,
// so that a rule developed on one writer's lines can be measured on
// another's.
func editorWriters(part string) ([]string, error) {
	names, err := fs.Glob(editorFiles, "additions-"+part+"*.tsv")
	if err != nil {
		return nil, err
	}
	var ws []string
	for _, n := range names {
		w := strings.TrimSuffix(strings.TrimPrefix(n, "additions-"+part), ".tsv")
		switch {
		case w == "":
		case strings.HasPrefix(w, "-") && len(w) > 1:
			w = w[1:]
		default:
			continue // another part whose name starts with this one's
		}
		ws = append(ws, w)
	}
	// fs.Glob sorts by name, and "-" sorts before ".": the first writer's
	// file goes first.
	sort.SliceStable(ws, func(i, j int) bool { return ws[i] == "" && ws[j] != "" })
	return ws, nil
}

// loadEditorLines reads the embedded file additions-<part>.tsv (writer "")
// or additions-<part>-<writer>.tsv; a file that is not there gives nil and
// no error (the held-out file is written by another hand and may come
// later).
func loadEditorLines(part string, writer ...string) (*editorDocs, error) {
	name := "additions-" + part + ".tsv"
	if len(writer) > 0 && writer[0] != "" {
		name = "additions-" + part + "-" + writer[0] + ".tsv"
	}
	f, err := editorFiles.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readEditorLines(f, name)
}

// readEditorLines parses a file of editor-written lines; name is used in
// errors.
func readEditorLines(r io.Reader, name string) (*editorDocs, error) {
	ed := &editorDocs{lines: map[string][]editorLine{}}
	none := map[string]bool{}
	s := bufio.NewScanner(r)
	n := 0
	for s.Scan() {
		n++
		t := s.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		cols := strings.Split(t, "\t")
		if len(cols) != 4 {
			return nil, fmt.Errorf("editionset: %s:%d: want doc_id, after, kind and text separated by tabs, got %d columns", name, n, len(cols))
		}
		id, at, kind, text := cols[0], cols[1], cols[2], strings.TrimSpace(cols[3])
		if id == "" {
			return nil, fmt.Errorf("editionset: %s:%d: no document id", name, n)
		}
		_, seen := ed.lines[id]
		if !seen {
			ed.order = append(ed.order, id)
		}
		if kind == "none" {
			if at != "-" || text != "" || seen && len(ed.lines[id]) > 0 {
				return nil, fmt.Errorf("editionset: %s:%d: a none row has - and no text, and no other row for %s", name, n, id)
			}
			ed.lines[id] = []editorLine{} // not nil: editDocWith then adds none
			none[id] = true
			continue
		}
		if none[id] {
			return nil, fmt.Errorf("editionset: %s:%d: %s was judged to need no line", name, n, id)
		}
		if kind != "context" && kind != "background" && kind != "footer" {
			return nil, fmt.Errorf("editionset: %s:%d: kind %q: want context, background, footer or none", name, n, kind)
		}
		after, err := strconv.Atoi(at)
		if err != nil || after < 0 {
			return nil, fmt.Errorf("editionset: %s:%d: after %q: want a pair index (0 the headline)", name, n, at)
		}
		if text == "" {
			return nil, fmt.Errorf("editionset: %s:%d: no text", name, n)
		}
		ed.lines[id] = append(ed.lines[id], editorLine{after: after, kind: kind, text: text})
	}
	if err := s.Err(); err != nil {
		return nil, fmt.Errorf("editionset: %s: %w", name, err)
	}
	return ed, nil
}

// editorPlaces maps each editor line to the pair whose output it follows in
// editDoc: the pair itself, or for the first member of a merge the second,
// after whose joined line the line goes. A dropped pair keeps its place,
// which in the English is right after the nearest earlier pair that keeps
// English. Lines after the same pair keep the file's order.
func editorPlaces(lines []editorLine, op []int, id string) (map[int][]string, error) {
	after := map[int][]string{}
	for _, l := range lines {
		i := l.after
		if i >= len(op) {
			return nil, fmt.Errorf("editionset: %s: a line after pair %d of %d", id, i, len(op))
		}
		if op[i] == opMerge {
			i++
		}
		after[i] = append(after[i], l.text)
	}
	return after, nil
}
