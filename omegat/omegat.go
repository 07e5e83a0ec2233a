// Package omegat writes translation kits for OmegaT, the way Okapi
// Rainbow's "Translation Kit for OmegaT" does: a project folder whose
// source files are XLIFF 1.2 with every target a copy of its source (OmegaT's
// own XLIFF filter offers the <target> text as the segment to translate),
// whose tm/auto TMX holds the exact and in-context pre-fills (OmegaT inserts
// them) and whose tm TMX holds the fuzzy ones with their TM source (OmegaT
// offers them as fuzzy matches), with the run's glossary terms as an OmegaT glossary.
//
// A kit file is marked by a file note (KitNote); package pipeline's import
// takes a target that still equals its source as untranslated.
//
//	doc := omegat.SourceDocument(pretranslated) // an XLIFF 1.2 document
//	err := xliff.Encode(w, &doc)                // articles/NAME.omegat.xlf
//	...
//	kit, err := omegat.Build("out/omegat", kitFiles)   // the project folder
package omegat

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"bitext/atomicfile"
	"bitext/tmx"
	"bitext/xliff"
)

// KitNote is the category (XLIFF 1.2 note from) of the file note that
// marks a kit file: its targets are copies of the sources until a
// translator replaces them.
const KitNote = "bitext-kit"

// GlossaryNote is the category of a kit file's notes that carry its
// glossary terms, one per note, as an OmegaT glossary line
// (term<TAB>translation<TAB>comment).
const GlossaryNote = "bitext-kit-glossary"

// Origins of the alt-trans that carries a unit's pre-fill in a kit file.
const (
	PrefillExact = "bitext-prefill-exact" // exact or in-context: OmegaT inserts it (tm/auto)
	PrefillFuzzy = "bitext-prefill-fuzzy" // fuzzy: OmegaT offers it (tm)
)

// Names of the files Build writes in the project folder.
const (
	ProjectFile = "omegat.project"
	AutoTMX     = "tm/auto/bitext-prefill.tmx"
	FuzzyTMX    = "tm/bitext-fuzzy.tmx"
	// GlossaryFile is .utf8: OmegaT 3.6 reads a .txt or .tab glossary
	// in the encoding it detects, else the system's, and a .utf8 one as
	// UTF-8 (GlossaryReaderTSV).
	GlossaryFile = "glossary/bitext.utf8"
	SourceDir    = "source"
)

// kitNoteText is the text of the KitNote.
const kitNoteText = "OmegaT translation kit: every target is a copy of its source until translated"

// IsKit reports whether a file's notes mark it as a kit file.
func IsKit(notes []xliff.Note) bool {
	for _, n := range notes {
		if n.Category == KitNote {
			return true
		}
	}
	return false
}

// Translated reports whether a unit of a kit file holds the translator's
// text: a target that is not empty and no longer the copy of its source
// the kit wrote (spaces compared loosely). OmegaT leaves the state as the
// kit wrote it, so the target is all there is to go by; a translation
// that really is its source (a name in Latin letters, a figure alone)
// reads as untranslated.
func Translated(u *xliff.Unit) bool {
	return strings.TrimSpace(u.Target) != "" && !sameText(u.Target, u.Source)
}

// sameText reports whether a and b are the same text, spaces compared
// loosely.
func sameText(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}

// SourceDocument returns the kit file of a pretranslated XLIFF document:
// the same files and units (ids, sources, notes, layout notes) with every
// target a copy of the source, state needs-translation; a unit's pre-filled target
// becomes its first alt-trans (origin PrefillExact for an exact or
// in-context one, state translated; PrefillFuzzy for one needing review),
// before the TM candidates; each file gets the KitNote and a GlossaryNote
// per distinct glossary term of its units. The document's version becomes
// 1.2 (OmegaT 3.6 reads XLIFF 1.2).
func SourceDocument(doc xliff.Document) xliff.Document {
	out := doc
	out.Version = xliff.Version12
	out.Files = make([]xliff.File, len(doc.Files))
	for i, f := range doc.Files {
		nf := f
		nf.Notes = append([]xliff.Note{{Category: KitNote, Value: kitNoteText}}, f.Notes...)
		seen := map[string]bool{}
		nf.Units = make([]xliff.Unit, len(f.Units))
		for j, u := range f.Units {
			nu := u
			nu.Target, nu.State, nu.SubState, nu.OriginalState = u.Source, xliff.StateInitial, "", "needs-translation"
			nu.Matches = nil
			if strings.TrimSpace(u.Target) != "" {
				nu.Matches = append(nu.Matches, prefill(u))
			}
			nu.Matches = append(nu.Matches, u.Matches...)
			for _, g := range u.Glossary {
				line := GlossaryLine(g.Term, g.Translation, g.Definition)
				if g.Term != "" && g.Translation != "" && !seen[line] {
					seen[line] = true
					nf.Notes = append(nf.Notes, xliff.Note{Category: GlossaryNote, Value: line})
				}
			}
			nf.Units[j] = nu
		}
		out.Files[i] = nf
	}
	return out
}

// prefill is the alt-trans carrying u's pre-filled target: for a fuzzy
// one, the source is the TM unit's (its best match's), so that OmegaT
// shows it as the fuzzy match it is, with its score and differences; the
// target is the pre-fill (auto-localised).
func prefill(u xliff.Unit) xliff.Match {
	m := xliff.Match{Similarity: 100, Origin: PrefillExact, Source: u.Source, Target: u.Target}
	if u.State != xliff.StateTranslated || strings.HasPrefix(u.OriginalState, "needs-review") {
		m.Origin = PrefillFuzzy
		if len(u.Matches) > 0 {
			m.Similarity = u.Matches[0].Similarity
			if u.Matches[0].Source != "" {
				m.Source = u.Matches[0].Source
			}
		}
	}
	return m
}

// GlossaryLine is one line of an OmegaT glossary (without its newline):
// term, translation and comment separated by tabs; tabs and line breaks
// inside them become spaces.
func GlossaryLine(term, translation, comment string) string {
	clean := func(s string) string {
		return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\n' || r == '\r' }), " ")
	}
	line := clean(term) + "\t" + clean(translation)
	if c := clean(comment); c != "" {
		line += "\t" + c
	}
	return line
}

// Pair is a source text and its translation, one TMX unit.
type Pair struct {
	Source, Target string
	Doc            string // the article it comes from (x-bitext-doc)
}

// Kit is what Build gathered from the kit files.
type Kit struct {
	SrcLang, TrgLang string
	Files            []string // the source files' names in the project
	Units            int      // units in the source files
	Exact            []Pair   // tm/auto: exact and in-context pre-fills (the segment's source)
	Fuzzy            []Pair   // tm: fuzzy pre-fills (the TM unit's source, the pre-filled target)
	Glossary         []string // glossary lines
}

// Read reads kit files (written from SourceDocument) and gathers their
// pre-fills and glossary lines, each once, in file order. A file that is
// not a kit file is an error.
func Read(files []string) (*Kit, error) {
	k := &Kit{}
	seenPair := map[string]bool{}
	seenGloss := map[string]bool{}
	for _, path := range files {
		if err := k.read(path, seenPair, seenGloss); err != nil {
			return nil, err
		}
	}
	return k, nil
}

func (k *Kit) read(path string, seenPair, seenGloss map[string]bool) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("omegat: %w", err)
	}
	defer f.Close()
	dec := xliff.NewDecoder(f)
	dec.File = path
	h, err := dec.Header()
	if err != nil {
		return fmt.Errorf("omegat: %w", err)
	}
	var cur *xliff.File
	for {
		u, err := dec.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("omegat: %w", err)
		}
		k.Units++
		if cf := dec.CurrentFile(); cf != cur {
			cur = cf
			if !IsKit(cf.Notes) {
				return fmt.Errorf("omegat: %s: file %q is not a kit file (no %s note)", path, cf.Original, KitNote)
			}
			if k.SrcLang == "" {
				k.SrcLang, k.TrgLang = or(cf.SrcLang, h.SrcLang), or(cf.TrgLang, h.TrgLang)
			}
			for _, n := range cf.Notes {
				if n.Category == GlossaryNote && !seenGloss[n.Value] {
					seenGloss[n.Value] = true
					k.Glossary = append(k.Glossary, n.Value)
				}
			}
		}
		for _, m := range u.Matches {
			if m.Origin != PrefillExact && m.Origin != PrefillFuzzy {
				continue
			}
			key := m.Origin + "\x00" + u.Source + "\x00" + m.Source + "\x00" + m.Target
			if seenPair[key] {
				continue
			}
			seenPair[key] = true
			if m.Origin == PrefillExact {
				k.Exact = append(k.Exact, Pair{Source: u.Source, Target: m.Target, Doc: cur.Original})
			} else {
				k.Fuzzy = append(k.Fuzzy, Pair{Source: or(m.Source, u.Source), Target: m.Target, Doc: cur.Original})
			}
		}
	}
	k.Files = append(k.Files, filepath.Base(path))
	return nil
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// Build writes the OmegaT project of kit files into dir: omegat.project
// (the languages of the first file, sentence segmentation off: a unit is
// one segment), source/ with a copy of each kit file (named by its name
// without ".omegat", so NAME.omegat.xlf becomes NAME.xlf), AutoTMX,
// FuzzyTMX and GlossaryFile. Kit files of an earlier Build no longer
// given are removed from source/; the translator's files (omegat/,
// target/) are left alone. Every file is written atomically.
func Build(dir string, files []string) (*Kit, error) {
	k, err := Read(files)
	if err != nil {
		return nil, err
	}
	if k.SrcLang == "" {
		return nil, fmt.Errorf("omegat: no units in %d kit files", len(files))
	}
	for _, d := range []string{SourceDir, "target", "tm/auto", "glossary", "omegat", "dictionary"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return nil, fmt.Errorf("omegat: %w", err)
		}
	}
	write := func(rel string, fn func(io.Writer) error) error {
		if err := atomicfile.Write(filepath.Join(dir, filepath.FromSlash(rel)), fn); err != nil {
			return fmt.Errorf("omegat: %s: %w", rel, err)
		}
		return nil
	}
	keep := map[string]bool{}
	k.Files = k.Files[:0]
	for _, path := range files {
		name := SourceName(filepath.Base(path))
		keep[name] = true
		k.Files = append(k.Files, name)
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("omegat: %w", err)
		}
		if err := write(SourceDir+"/"+name, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
			return nil, err
		}
	}
	if err := removeOldKitFiles(filepath.Join(dir, SourceDir), keep); err != nil {
		return nil, err
	}
	steps := []struct {
		rel string
		fn  func(io.Writer) error
	}{
		{ProjectFile, func(w io.Writer) error { return WriteProject(w, k.SrcLang, k.TrgLang) }},
		{AutoTMX, func(w io.Writer) error { return WriteTMX(w, k.SrcLang, k.TrgLang, k.Exact) }},
		{FuzzyTMX, func(w io.Writer) error { return WriteTMX(w, k.SrcLang, k.TrgLang, k.Fuzzy) }},
		{GlossaryFile, func(w io.Writer) error { return WriteGlossary(w, k.Glossary) }},
	}
	for _, s := range steps {
		if err := write(s.rel, s.fn); err != nil {
			return nil, err
		}
	}
	return k, nil
}

// SourceName is the name of a kit file in the project's source folder:
// NAME.omegat.xlf becomes NAME.xlf.
func SourceName(base string) string {
	if n, ok := strings.CutSuffix(base, ".omegat.xlf"); ok {
		return n + ".xlf"
	}
	return base
}

// removeOldKitFiles removes the kit files in src not in keep; other files
// (the desk's own) stay.
func removeOldKitFiles(src string, keep map[string]bool) error {
	ents, err := os.ReadDir(src)
	if err != nil {
		return fmt.Errorf("omegat: %w", err)
	}
	for _, e := range ents {
		if keep[e.Name()] || !e.Type().IsRegular() || !strings.HasSuffix(e.Name(), ".xlf") {
			continue
		}
		p := filepath.Join(src, e.Name())
		if isKitFile(p) {
			if err := os.Remove(p); err != nil {
				return fmt.Errorf("omegat: %w", err)
			}
		}
	}
	return nil
}

func isKitFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	dec := xliff.NewDecoder(f)
	if _, err := dec.Header(); err != nil {
		return false
	}
	if _, err := dec.Next(); err != nil {
		return false
	}
	cf := dec.CurrentFile()
	return cf != nil && IsKit(cf.Notes)
}

// tokenizers are OmegaT 3.6's tokenizer classes by language.
var tokenizers = map[string]string{
	"ko": "org.omegat.tokenizer.LuceneCJKTokenizer",
	"ja": "org.omegat.tokenizer.LuceneCJKTokenizer",
	"zh": "org.omegat.tokenizer.LuceneCJKTokenizer",
	"en": "org.omegat.tokenizer.LuceneEnglishTokenizer",
}

func tokenizer(lang string) string {
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	if t, ok := tokenizers[base]; ok {
		return t
	}
	return "org.omegat.tokenizer.DefaultTokenizer"
}

// WriteProject writes omegat.project for a project from src into trg
// (language tags): the default folders, sentence segmentation off (each
// kit unit is one segment, as bitext segmented it).
func WriteProject(w io.Writer, src, trg string) error {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes/>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
`)
	b.WriteString("    <source_lang>" + xmlText(strings.ToUpper(src)) + "</source_lang>\n")
	b.WriteString("    <target_lang>" + xmlText(strings.ToUpper(trg)) + "</target_lang>\n")
	b.WriteString("    <source_tok>" + tokenizer(src) + "</source_tok>\n")
	b.WriteString("    <target_tok>" + tokenizer(trg) + "</target_tok>\n")
	b.WriteString(`    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`)
	_, err := io.WriteString(w, b.String())
	return err
}

func xmlText(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	return r.Replace(s)
}

// WriteTMX writes pairs as a TMX 1.4b document OmegaT reads: one <tu>
// per pair, the article as an x-bitext-doc property.
func WriteTMX(w io.Writer, src, trg string, pairs []Pair) error {
	enc, err := tmx.NewEncoder(w, &tmx.Header{CreationTool: "bitext", CreationToolVersion: "1", SegType: "sentence",
		OTmf: "bitext", AdminLang: "en", SrcLang: src, DataType: "plaintext"})
	if err != nil {
		return fmt.Errorf("omegat: tmx: %w", err)
	}
	for i, p := range pairs {
		tu := &tmx.TU{TUID: "p" + strconv.Itoa(i+1), Variants: []tmx.TUV{
			{Lang: src, Seg: tmx.PlainSeg(p.Source)},
			{Lang: trg, Seg: tmx.PlainSeg(p.Target)},
		}}
		if p.Doc != "" {
			tu.Props = []tmx.Prop{{Type: "x-bitext-doc", Value: p.Doc}}
		}
		if err := enc.Encode(tu); err != nil {
			return fmt.Errorf("omegat: tmx: %w", err)
		}
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("omegat: tmx: %w", err)
	}
	return nil
}

// WriteGlossary writes an OmegaT glossary (tab-separated, UTF-8): the
// lines sorted, each once.
func WriteGlossary(w io.Writer, lines []string) error {
	ls := append([]string(nil), lines...)
	sort.Strings(ls)
	var b strings.Builder
	for i, l := range ls {
		if i > 0 && l == ls[i-1] {
			continue
		}
		b.WriteString(l + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
