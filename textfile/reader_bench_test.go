package textfile

import (
	"io"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

var benchKo = strings.Repeat("서울 증시는 5일 외국인의 대규모 매수에 힘입어 올랐다. 코스피는 2.1% 상승했다.\n", 40000)

// BenchmarkReader reads 4 MB of Korean news text through NewReader (the
// streaming path), and its parts, in MB per second.
func BenchmarkReader(b *testing.B) {
	for _, c := range []struct {
		name string
		r    func(io.Reader) io.Reader
	}{
		{"reader", func(src io.Reader) io.Reader {
			return NewReader("b", src, UTF8, AnyLang, Limits{FormFeed: true})
		}},
		{"check", func(src io.Reader) io.Reader { return &checker{src: src, line: 1, col: 1} }},
		{"nfc", func(src io.Reader) io.Reader { return &nfcReader{src: src} }},
		{"quickspan", func(src io.Reader) io.Reader {
			data, _ := io.ReadAll(src)
			norm.NFC.QuickSpan(data)
			return strings.NewReader("")
		}},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(benchKo)))
			for i := 0; i < b.N; i++ {
				io.Copy(io.Discard, c.r(strings.NewReader(benchKo)))
			}
		})
	}
}

var benchEn = []byte(strings.Repeat("Seoul stocks rose 2.1 percent on Tuesday as foreign investors bought \u201cbig\u201d blocks.\n", 40))

// BenchmarkDecode decodes a 3 KB English article (two curly quotes a
// line), the usual input of bitext check, and its ASCII part alone.
func BenchmarkDecode(b *testing.B) {
	ascii := []byte(strings.NewReplacer("\u201c", "\"", "\u201d", "\"").Replace(string(benchEn)))
	for _, c := range []struct {
		name string
		data []byte
	}{{"english", benchEn}, {"ascii", ascii}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.data)))
			for i := 0; i < b.N; i++ {
				if _, _, err := Decode("b", c.data, Auto, English, Limits{MaxLine: MaxArticleLine, FormFeed: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
