package segment

import (
	"bitext/internal/newstext"
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

func benchText(b *testing.B, lang language.Tag, size int64) string {
	var buf bytes.Buffer
	if err := newstext.Generate(&buf, lang, size); err != nil {
		b.Fatal(err)
	}
	return buf.String()
}

// Split on generated news text; the 1 MB and 8 MB sizes show that the time
// grows linearly with the input.
func BenchmarkSplitEnglish1MB(b *testing.B) { benchSplit(b, language.English, 1<<20) }
func BenchmarkSplitEnglish8MB(b *testing.B) { benchSplit(b, language.English, 8<<20) }
func BenchmarkSplitKorean1MB(b *testing.B)  { benchSplit(b, language.Korean, 1<<20) }
func BenchmarkSplitKorean8MB(b *testing.B)  { benchSplit(b, language.Korean, 8<<20) }

func benchSplit(b *testing.B, lang language.Tag, size int64) {
	text := benchText(b, lang, size)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := processCPU()
	for i := 0; i < b.N; i++ {
		Split(text, lang)
	}
	reportCPU(b, cpu, len(text))
}

// reportCPU adds MB per processor second, which a busy machine disturbs
// far less than the wall-clock MB/s.
func reportCPU(b *testing.B, start time.Duration, size int) {
	d := processCPU() - start
	if start == 0 || d <= 0 {
		return
	}
	b.ReportMetric(float64(size)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
}

// The Scanner reads, checks UTF-8 and copies every sentence's text.
func BenchmarkScannerEnglish(b *testing.B) { benchScanner(b, language.English) }
func BenchmarkScannerKorean(b *testing.B)  { benchScanner(b, language.Korean) }
func BenchmarkScannerAuto(b *testing.B)    { benchScanner(b, language.Und) }

func benchScanner(b *testing.B, lang language.Tag) {
	text := benchText(b, lang, 4<<20)
	if lang == language.Und {
		text += benchText(b, language.Korean, 4<<20)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := processCPU()
	for i := 0; i < b.N; i++ {
		sc := NewScanner(io.Reader(strings.NewReader(text)), Options{Lang: lang})
		for sc.Scan() {
		}
		if err := sc.Err(); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu, len(text))
}
