package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"bitext/check"
	"bitext/glossary"
)

// TestPretranslateChecked: the run checks a pretranslated original's
// pre-filled pairs as bitext check checks the run's XLIFF files of it. A
// fuzzy pre-fill whose number disagrees with the source (the TM's "three"
// for 2명) is a number-mismatch of the run, on the pre-filled target, in
// report.json's findings; check.XLIFF on the run's XLIFF 2.1 and 1.2 files
// gives the same findings (rule, severity, side, message). A segment with
// no pre-fill has no target: no bilingual finding, though its source is
// checked (a deprecated Korean form in it is found). Our own sentences.
func TestPretranslateChecked(t *testing.T) {
	const csv = "id,type,lang,term,status\n" +
		"council,organization,ko,시의회,preferred\ncouncil,organization,en,city council,preferred\n" +
		"council,organization,ko,시 의회,deprecated\n"
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "g.csv")
	if err != nil {
		t.Fatal(err)
	}
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"council.ko.txt": "시의회, 새 위원 뽑아\n\n한가람 기자\n\n" +
		"시의회는 위원 여섯 명 가운데 2명을 새로 뽑았다. 시 의회 대변인은 임기가 4년이라고 밝혔다.\n"})
	// fakeMemory: a unit whose source shares the query's first 10 bytes
	// is an 88% fuzzy match, its target not localised.
	mem := &fakeMemory{units: []Unit{{Source: "시의회는 위원 여섯 명 가운데 3명을 새로 뽑았다.", Target: "The city council chose three of its six members anew."}}}
	cfg := DefaultConfig()
	cfg.Output.Formats = []string{"xliff", "xliff12"}
	steps := Steps{Segmenter: segmentStep{}, Memory: mem, Checker: newChecker(g, cfg, time.Time{}, nil), Formats: exportFormats(nil, "")}
	rep, err := Run(context.Background(), Options{Config: cfg, Inputs: []string{in}, OutDir: out, Steps: steps})
	if err != nil {
		t.Fatal(err)
	}
	s := rep.Articles[0]
	if s.Pretranslated == nil || *s.Pretranslated != 1 {
		t.Fatalf("pretranslated %v, want 1 pre-filled segment", s.Pretranslated)
	}
	var run []string
	found := map[string]bool{}
	for _, f := range s.Findings {
		run = append(run, f.Rule+" "+f.Severity+" "+f.Side+" "+f.Message)
		found[f.Rule+" "+f.Side] = true
		if f.Line < 1 || f.Column < 1 {
			t.Errorf("%s %s finding not placed in the original: %d:%d", f.Rule, f.Side, f.Line, f.Column)
		}
		// Segments: the headline (0), the pre-filled sentence (1, its
		// target 0), the sentence without a pre-fill (2).
		if f.Rule == check.RuleNumberMismatch && (f.Side == "target" && f.Seg != 0 || f.Side == "source" && f.Seg != 1) {
			t.Errorf("number-mismatch on %s segment %d, want the pre-filled pair's", f.Side, f.Seg)
		}
		if f.Rule == check.RuleDeprecated && f.Side == "source" && (f.Seg != 2 || f.Line != 5 || f.Column != 30) {
			t.Errorf("deprecated source form on segment %d, %d:%d; want segment 2, 5:30", f.Seg, f.Line, f.Column)
		}
	}
	if !found[check.RuleNumberMismatch+" source"] && !found[check.RuleNumberMismatch+" target"] {
		t.Errorf("the run found no number-mismatch on the pre-fill: %q", run)
	}
	if !found[check.RuleDeprecated+" source"] {
		t.Errorf("the run found no deprecated form in the segment without a pre-fill: %q", run)
	}
	sort.Strings(run)
	c := check.New(g)
	for _, name := range []string{"council.xlf", "council.v12.xlf"} {
		f, err := os.Open(filepath.Join(out, ArticlesDir, name))
		if err != nil {
			t.Fatal(err)
		}
		fs, err := c.XLIFF(f, name, check.Options{})
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range fs {
			msg, side := f.Message, f.Side
			if msg == "" {
				msg = check.English(f.MessageID, f.MessageData())
			}
			if side == "" {
				side = check.SideTarget
			}
			got = append(got, f.Rule+" "+f.Severity.String()+" "+side+" "+msg)
		}
		sort.Strings(got)
		if strings.Join(got, "\n") != strings.Join(run, "\n") {
			t.Errorf("%s: bitext check finds\n%s\nthe run\n%s", name, strings.Join(got, "\n"), strings.Join(run, "\n"))
		}
	}
}
