package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/article"
)

// weakAligner links segments by index, the third pair weakly (0.4: below
// the store threshold, "check alignment").
type weakAligner struct{}

func (weakAligner) Align(src, tgt []article.Segment, s, t language.Tag) []article.Link {
	links := indexAligner{}.Align(src, tgt, s, t)
	if len(links) > 2 {
		links[2].Confidence = 0.4
	}
	return links
}

// TestImportRules runs an article to XLIFF 2.1 and 1.2 and imports them:
// untouched, nothing is stored (the aligned units are skipped as
// untouched, the weak link as needing review); after a translator's
// edits, only the changed or confirmed units are, with their review
// state.
func TestImportRules(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{
		"talks.ko.txt": "회담 재개\n\n부처는 회담이 순조로웠다고 밝혔다. 당국자들은 다시 만나기로 했다. 다음 회담은 서울에서 열린다.\n",
		"talks.en.txt": "Talks resume\n\nThe ministry said the talks went well. Officials agreed to meet again. The next round is in Seoul.\n",
	})
	mem := &fakeMemory{}
	var formats []Format
	for _, f := range exportFormats(nil, "") {
		if f.Name() == "xliff" || f.Name() == "xliff12" {
			formats = append(formats, f)
		}
	}
	if len(formats) != 2 {
		t.Fatalf("%d XLIFF formats", len(formats))
	}
	steps := Steps{Segmenter: sentenceSplitter{}, Aligner: weakAligner{}, Memory: mem, Formats: formats}
	if _, err := Run(context.Background(), Options{Inputs: []string{in}, OutDir: out, Steps: steps}); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, v := range []string{"2.1", "1.2"} {
		name := "talks.xlf"
		if v == "1.2" {
			name = "talks.v12.xlf"
		}
		files[v] = filepath.Join(out, "articles", name)
	}
	for v, file := range files {
		before := len(mem.units)
		res, err := Import(context.Background(), ImportOptions{OutDir: out, Files: []string{file}, Steps: steps})
		if err != nil {
			t.Fatal(err)
		}
		// Four units: the headline and two sentences aligned, one weak.
		if res.Units != 4 || res.Imported != 0 || res.SkippedWhy[SkipUntouched] != 3 || res.SkippedWhy[SkipNeedsReview] != 1 {
			t.Errorf("%s untouched: %+v", v, res)
		}
		if len(mem.units) != before {
			t.Errorf("%s untouched: %d units stored", v, len(mem.units)-before)
		}
	}

	// A translator's edits: u1 confirmed (2.1 reviewed, 1.2 approved),
	// u2's target changed, u3 (the weak link) corrected and set
	// translated, u4 left alone.
	edit := func(v string, subs ...string) {
		data, err := os.ReadFile(files[v])
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		for i := 0; i < len(subs); i += 2 {
			if !strings.Contains(s, subs[i]) {
				t.Fatalf("%s: no %q in\n%s", v, subs[i], s)
			}
			s = strings.Replace(s, subs[i], subs[i+1], 1)
		}
		if err := os.WriteFile(files[v], []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	edit("2.1",
		`<segment id="s1" state="translated">`, `<segment id="s1" state="reviewed">`,
		`<target>The ministry said the talks went well.</target>`, `<target>The ministry said the talks had gone well.</target>`,
		`state="initial" subState="bitext:check-alignment"`, `state="translated" subState="bitext:check-alignment"`,
		`<target>Officials agreed to meet again.</target>`, `<target>Officials agreed to meet once more.</target>`)
	edit("1.2",
		`<trans-unit id="u1">`, `<trans-unit id="u1" approved="yes">`,
		`<target state="translated">The ministry said the talks went well.</target>`, `<target state="translated">The ministry said the talks had gone well.</target>`,
		`<target state="needs-review-translation">Officials agreed to meet again.</target>`, `<target state="translated">Officials agreed to meet once more.</target>`)
	for _, v := range []string{"2.1", "1.2"} {
		before := len(mem.units)
		res, err := Import(context.Background(), ImportOptions{OutDir: out, Files: []string{files[v]}, Steps: steps})
		if err != nil {
			t.Fatal(err)
		}
		if res.Imported != 3 || res.SkippedWhy[SkipUntouched] != 1 {
			t.Errorf("%s edited: %+v", v, res)
			continue
		}
		got := map[string]string{}
		for _, u := range mem.units[before:] {
			if u.Origin != "translator" {
				t.Errorf("%s: unit %q stored with origin %q", v, u.Target, u.Origin)
			}
			got[u.Target] = u.Review
		}
		want := map[string]string{
			"Talks resume": "reviewed",
			"The ministry said the talks had gone well.": "translated",
			"Officials agreed to meet once more.":        "translated",
		}
		if v == "1.2" {
			want["Talks resume"] = "final" // approved="yes"
		}
		for target, review := range want {
			if got[target] != review {
				t.Errorf("%s: %q stored %q, want %q (stored: %v)", v, target, got[target], review, got)
			}
		}
	}

	// The edition changed since the run (report.json records its hash): a
	// translated target that is not in it can no longer be told from one
	// bitext wrote, so only the confirmed unit is stored.
	ed := filepath.Join(in, "talks.en.txt")
	data, err := os.ReadFile(ed)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ed, append(data, "A sentence added later.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Import(context.Background(), ImportOptions{OutDir: out, Files: []string{files["2.1"]}, Steps: steps})
	if err != nil {
		t.Fatal(err)
	}
	// u4's target is still in the edition verbatim: untouched.
	if res.Imported != 1 || res.SkippedWhy[SkipEditionChanged] != 2 || res.SkippedWhy[SkipUntouched] != 1 {
		t.Errorf("after the edition changed: %+v, want 1 imported, 2 skipped as edition-changed, 1 untouched", res)
	}
}
