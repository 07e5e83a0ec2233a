package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"bitext/article"
	"bitext/textfile"
)

// articleDoc returns a generated article of about 5 KB (original plus
// edition, like the 1,000-article benchmark): the sample's
// paragraphs repeated with numbered sentences.
func articleDoc(n int) *article.Article {
	s := sampleDoc()
	d := &article.Article{Name: fmt.Sprintf("gen-%04d", n), Edition: s.Edition,
		Src: s.Src, Tgt: s.Tgt, Findings: s.Findings}
	for rep := 0; rep < 6; rep++ {
		so, to := len(d.Source), len(d.Target)
		for _, seg := range s.Source {
			seg.Para += rep * 3
			d.Source = append(d.Source, seg)
		}
		for _, seg := range s.Target {
			seg.Para += rep * 3
			d.Target = append(d.Target, seg)
		}
		for _, l := range s.Links {
			nl := article.Link{Confidence: l.Confidence}
			for _, i := range l.Source {
				nl.Source = append(nl.Source, i+so)
			}
			for _, i := range l.Target {
				nl.Target = append(nl.Target, i+to)
			}
			d.Links = append(d.Links, nl)
		}
	}
	return d
}

func docBytes(d *article.Article) int {
	n := 0
	for _, s := range d.Source {
		n += len(s.Text)
	}
	for _, s := range d.Target {
		n += len(s.Text)
	}
	return n
}

// BenchmarkWrite1000 writes 1,000 generated articles in each format; the
// ns/op is the time for all 1,000, and docs/s is reported.
//
//	go test ./export -run '^$' -bench Write1000 -benchtime 3x
func BenchmarkWrite1000(b *testing.B) {
	docs := make([]*article.Article, 1000)
	size := 0
	for i := range docs {
		docs[i] = articleDoc(i)
		size += docBytes(docs[i])
	}
	for _, f := range Formats() {
		b.Run(f.Name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				for _, d := range docs {
					if err := f.Write(io.Discard, d, nil); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
			// CPU seconds per 1,000 docs: on a shared machine wall time
			// depends on the neighbours, CPU time much less.
			b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}

// cpuTime is the CPU time (user and system) of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// FuzzWriters writes a doc whose texts and spans come from the fuzzer in
// every format: no writer may fail or panic, the XML formats must be
// well-formed and the JSON lines must parse.
func FuzzWriters(f *testing.F) {
	f.Add("안덕근 장관은 말했다", "The minister said <so> & more.", 0, 9, 4, 12)
	f.Add("", "", 0, 0, 0, 0)
	f.Add("\x00\x1b]]>\r\n\t\\|*", "\xff\xfe invalid", 1, 2, -1, 99)
	f.Add("a", "b", 5, 1, 0, 1)
	f.Fuzz(func(t *testing.T, src, tgt string, ts, te, fs, fe int) {
		d := &article.Article{
			Name: "fuzz", Edition: &article.Text{Headline: tgt, Byline: src},
			Source:   []article.Segment{{Text: src, Terms: []article.TermHit{{Start: ts, End: te, Entry: tgt, Targets: []string{src}, Note: tgt}}, Matches: []article.Match{{Kind: article.Fuzzy, Score: te, Source: src, Target: tgt}}}},
			Target:   []article.Segment{{Text: tgt, Terms: []article.TermHit{{Start: fs, End: fe, Entry: src}}}},
			Links:    []article.Link{{Source: []int{0}, Target: []int{0}, Confidence: float64(ts) / 10}},
			Findings: []article.Finding{{Rule: src, Severity: tgt, Side: article.TargetSide, Seg: 0, Start: fs, End: fe, Message: src}},
		}
		d.Src, d.Tgt = sampleDoc().Src, sampleDoc().Tgt
		for _, f := range Formats() {
			var buf bytes.Buffer
			if err := f.Write(&buf, d, nil); err != nil {
				// The XLIFF and TMX writers refuse a control character
				// their reader would refuse (input never has one: the
				// readers refuse it first).
				if (f.Name == "xliff" || f.Name == "xliff12" || f.Name == "tmx") && strings.IndexFunc(src+tgt, func(r rune) bool { return textfile.IsControl(r, false) }) >= 0 &&
					strings.HasSuffix(err.Error(), " is not text") {
					continue
				}
				t.Fatalf("%s: %v", f.Name, err)
			}
			switch f.Name {
			case "xliff", "xliff12", "tmx":
				if err := xmlWellFormed(buf.Bytes()); err != nil {
					t.Fatalf("%s: not well-formed: %v\n%s", f.Name, err, buf.Bytes())
				}
			case "docx":
				if err := xmlWellFormed(docxPart(t, buf.Bytes(), "word/document.xml")); err != nil {
					t.Fatalf("docx: %v", err)
				}
			case "jsonl":
				sc := bufio.NewScanner(&buf)
				sc.Buffer(nil, 1<<20)
				for sc.Scan() {
					if !json.Valid(sc.Bytes()) {
						t.Fatalf("jsonl: invalid line %q", sc.Bytes())
					}
				}
			case "html", "md", "tsv":
				if utf8.ValidString(src+tgt) && !utf8.Valid(buf.Bytes()) {
					t.Fatalf("%s: valid UTF-8 in, invalid out", f.Name)
				}
			}
		}
	})
}
