package omegat

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"bitext/tmx"
	"bitext/xliff"
)

// pretranslated is a pretranslated document as bitext run writes it: an
// exact pre-fill, a fuzzy one, a unit without a target.
func pretranslated(name string) xliff.Document {
	return xliff.Document{Version: xliff.Version12, SrcLang: "ko", TrgLang: "en", Files: []xliff.File{{
		ID: name, Original: name,
		Notes: []xliff.Note{{Category: "bitext-layout", Value: "byline: 김민수 기자"}},
		Units: []xliff.Unit{
			{ID: "u1", Source: "국회가 예산안을 통과시켰다.", Target: "The National Assembly passed the budget.",
				State: xliff.StateTranslated, SubState: "bitext:exact",
				Matches:  []xliff.Match{{Similarity: 100, Origin: "bitext-tm", Source: "국회가 예산안을 통과시켰다.", Target: "The National Assembly passed the budget."}},
				Glossary: []xliff.GlossEntry{{Term: "국회", Translation: "National Assembly", Definition: "legislature", Start: 0, End: len("국회")}},
				Notes:    []xliff.Note{{Category: "bitext-layout", Value: "headline"}}},
			{ID: "u2", Source: "표결은 40분간 진행됐다.", Target: "The vote took 40 minutes.",
				State: xliff.StateInitial, SubState: "bitext:fuzzy", OriginalState: "needs-review-translation",
				Matches:  []xliff.Match{{Similarity: 91, Origin: "bitext-tm", Source: "표결은 30분간 진행됐다.", Target: "The vote took 30 minutes."}},
				Glossary: []xliff.GlossEntry{{Term: "국회", Translation: "National Assembly", Definition: "legislature"}}},
			{ID: "u3", Source: "야당은 반대했다.", State: xliff.StateInitial},
		},
	}}}
}

func TestSourceDocument(t *testing.T) {
	doc := SourceDocument(pretranslated("budget"))
	f := doc.Files[0]
	if doc.Version != xliff.Version12 || !IsKit(f.Notes) {
		t.Fatalf("version %q, kit note %v", doc.Version, IsKit(f.Notes))
	}
	var gloss []string
	for _, n := range f.Notes {
		if n.Category == GlossaryNote {
			gloss = append(gloss, n.Value)
		}
	}
	if want := []string{"국회\tNational Assembly\tlegislature"}; !reflect.DeepEqual(gloss, want) {
		t.Errorf("glossary notes %q, want %q (once)", gloss, want)
	}
	if f.Notes[1].Value != "byline: 김민수 기자" {
		t.Errorf("layout note lost: %+v", f.Notes)
	}
	tests := []struct {
		id          string
		prefill     string // origin of the first alt-trans, "" for none
		quality     float64
		candidates  int // alt-trans in all
		layoutNotes int
	}{
		{"u1", PrefillExact, 100, 2, 1},
		{"u2", PrefillFuzzy, 91, 2, 0},
		{"u3", "", 0, 0, 0},
	}
	for i, tc := range tests {
		u := f.Units[i]
		if u.ID != tc.id || u.Target != u.Source || u.OriginalState != "needs-translation" {
			t.Errorf("%s: id %q target %q state %q, want the source copy, needs-translation", tc.id, u.ID, u.Target, u.OriginalState)
		}
		if len(u.Matches) != tc.candidates {
			t.Errorf("%s: %d alt-trans, want %d", tc.id, len(u.Matches), tc.candidates)
			continue
		}
		if tc.prefill != "" {
			m := u.Matches[0]
			orig := pretranslated("budget").Files[0].Units[i]
			src := orig.Source
			if tc.prefill == PrefillFuzzy {
				src = orig.Matches[0].Source // the TM unit's: OmegaT shows it as a fuzzy match
			}
			if m.Origin != tc.prefill || m.Similarity != tc.quality || m.Target != orig.Target || m.Source != src {
				t.Errorf("%s: pre-fill alt-trans %+v, want origin %s, quality %v, the pre-filled target", tc.id, m, tc.prefill, tc.quality)
			}
		}
		n := 0
		for _, note := range u.Notes {
			if note.Category == "bitext-layout" {
				n++
			}
		}
		if n != tc.layoutNotes {
			t.Errorf("%s: %d layout notes, want %d", tc.id, n, tc.layoutNotes)
		}
	}
}

func TestGlossaryLine(t *testing.T) {
	tests := []struct{ term, tr, comment, want string }{
		{"국회", "National Assembly", "", "국회\tNational Assembly"},
		{"국회", "National Assembly", "legislature", "국회\tNational Assembly\tlegislature"},
		{"한\t은", "Bank of\nKorea", "a\r\nb", "한 은\tBank of Korea\ta b"},
	}
	for _, tc := range tests {
		if got := GlossaryLine(tc.term, tc.tr, tc.comment); got != tc.want {
			t.Errorf("GlossaryLine(%q, %q, %q) = %q, want %q", tc.term, tc.tr, tc.comment, got, tc.want)
		}
	}
}

// writeKitFile writes the kit file of a pretranslated document.
func writeKitFile(t *testing.T, dir, name string) string {
	t.Helper()
	doc := SourceDocument(pretranslated(name))
	var b bytes.Buffer
	if err := xliff.Encode(&b, &doc); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name+".omegat.xlf")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func readTMX(t *testing.T, path string) [][2]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dec := tmx.NewDecoder(f)
	var out [][2]string
	for {
		tu, err := dec.Next()
		if err != nil {
			break
		}
		out = append(out, [2]string{tu.Variant("ko").Seg.Text(), tu.Variant("en").Seg.Text()})
	}
	return out
}

func TestBuild(t *testing.T) {
	arts, proj := t.TempDir(), t.TempDir()
	a := writeKitFile(t, arts, "budget")
	b := writeKitFile(t, arts, "vote")
	// An earlier kit's file no longer in the batch goes; the desk's own
	// files and the translator's work stay.
	old := writeKitFile(t, arts, "old")
	if _, err := Build(proj, []string{a, b, old}); err != nil {
		t.Fatal(err)
	}
	mine := map[string]string{
		"source/notes.txt":        "desk notes\n",
		"omegat/project_save.tmx": "translator's work\n",
		"target/budget.xlf":       "translated\n",
		"source/foreign.xlf":      "<xliff/>\n",
	}
	for p, s := range mine {
		if err := os.WriteFile(filepath.Join(proj, p), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	k, err := Build(proj, []string{a, b})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(k.Files, []string{"budget.xlf", "vote.xlf"}) || k.Units != 6 || k.SrcLang != "ko" || k.TrgLang != "en" {
		t.Errorf("kit %+v", k)
	}
	for p, s := range mine {
		if got, err := os.ReadFile(filepath.Join(proj, p)); err != nil || string(got) != s {
			t.Errorf("%s: %q, %v; want it left alone", p, got, err)
		}
	}
	if _, err := os.Stat(filepath.Join(proj, "source", "old.xlf")); !os.IsNotExist(err) {
		t.Errorf("source/old.xlf of the earlier kit not removed: %v", err)
	}
	src, _ := os.ReadFile(a)
	if got, _ := os.ReadFile(filepath.Join(proj, "source", "budget.xlf")); !bytes.Equal(got, src) {
		t.Errorf("source/budget.xlf is not the kit file")
	}
	project, _ := os.ReadFile(filepath.Join(proj, ProjectFile))
	for _, want := range []string{"<source_lang>KO</source_lang>", "<target_lang>EN</target_lang>", "<sentence_seg>false</sentence_seg>", "LuceneCJKTokenizer"} {
		if !strings.Contains(string(project), want) {
			t.Errorf("omegat.project lacks %s:\n%s", want, project)
		}
	}
	// Each pre-fill once though two articles have it.
	if got, want := readTMX(t, filepath.Join(proj, AutoTMX)), [][2]string{{"국회가 예산안을 통과시켰다.", "The National Assembly passed the budget."}}; !reflect.DeepEqual(got, want) {
		t.Errorf("tm/auto: %q, want %q", got, want)
	}
	if got, want := readTMX(t, filepath.Join(proj, FuzzyTMX)), [][2]string{{"표결은 30분간 진행됐다.", "The vote took 40 minutes."}}; !reflect.DeepEqual(got, want) {
		t.Errorf("tm: %q, want %q", got, want)
	}
	if got, _ := os.ReadFile(filepath.Join(proj, GlossaryFile)); string(got) != "국회\tNational Assembly\tlegislature\n" {
		t.Errorf("glossary %q", got)
	}
}

func TestBuildRefusesOtherXLIFF(t *testing.T) {
	dir := t.TempDir()
	doc := pretranslated("budget")
	var b bytes.Buffer
	if err := xliff.Encode(&b, &doc); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "budget.v12.xlf")
	os.WriteFile(p, b.Bytes(), 0o644)
	_, err := Build(filepath.Join(dir, "kit"), []string{p})
	if err == nil || !strings.Contains(err.Error(), "not a kit file") || !strings.HasPrefix(err.Error(), "omegat: ") {
		t.Errorf("Build of a pretranslated XLIFF: %v, want a not-a-kit-file error", err)
	}
}

func TestWriteProjectLanguages(t *testing.T) {
	tests := []struct{ src, trg, srcTok, trgTok string }{
		{"ko", "en", "LuceneCJKTokenizer", "LuceneEnglishTokenizer"},
		{"ko-KR", "en-US", "LuceneCJKTokenizer", "LuceneEnglishTokenizer"},
		{"fr", "de", "DefaultTokenizer", "DefaultTokenizer"},
	}
	for _, tc := range tests {
		var b strings.Builder
		if err := WriteProject(&b, tc.src, tc.trg); err != nil {
			t.Fatal(err)
		}
		s := b.String()
		for _, want := range []string{
			"<source_lang>" + strings.ToUpper(tc.src) + "</source_lang>",
			"<target_lang>" + strings.ToUpper(tc.trg) + "</target_lang>",
			"<source_tok>org.omegat.tokenizer." + tc.srcTok + "</source_tok>",
			"<target_tok>org.omegat.tokenizer." + tc.trgTok + "</target_tok>",
		} {
			if !strings.Contains(s, want) {
				t.Errorf("%s→%s: no %s", tc.src, tc.trg, want)
			}
		}
	}
}

func TestSourceName(t *testing.T) {
	for in, want := range map[string]string{"a.omegat.xlf": "a.xlf", "b.xlf": "b.xlf", "2026-07-16-x.omegat.xlf": "2026-07-16-x.xlf"} {
		if got := SourceName(in); got != want {
			t.Errorf("SourceName(%q) = %q, want %q", in, got, want)
		}
	}
}
