package tmx

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

type doc struct {
	Header *Header
	Units  []*TU
}

func decodeAll(t testing.TB, r io.Reader) doc {
	t.Helper()
	d := NewDecoder(r)
	h, err := d.Header()
	if err != nil {
		t.Fatalf("header: %v", err)
	}
	out := doc{Header: h}
	for {
		tu, err := d.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("next: %v", err)
		}
		out.Units = append(out.Units, tu)
	}
}

func encodeAll(t testing.TB, dc doc) []byte {
	t.Helper()
	var buf bytes.Buffer
	e, err := NewEncoder(&buf, dc.Header)
	if err != nil {
		t.Fatal(err)
	}
	for _, tu := range dc.Units {
		if err := e.Encode(tu); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (run go test -update to accept):\n%s", path, got)
	}
}

func withoutPos(dc doc) doc {
	out := doc{Header: dc.Header}
	for _, tu := range dc.Units {
		c := *tu
		c.Line, c.Col = 0, 0
		out.Units = append(out.Units, &c)
	}
	return out
}

func readNews(t *testing.T) []byte {
	b, err := os.ReadFile("testdata/news.tmx")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDecodeGolden checks everything read from news.tmx against a JSON dump.
func TestDecodeGolden(t *testing.T) {
	dc := decodeAll(t, bytes.NewReader(readNews(t)))
	js, err := json.MarshalIndent(dc, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "news.json", append(js, '\n'))

	// Spot checks that do not depend on the golden file.
	if dc.Header.SrcLang != "*all*" || len(dc.Header.Props) != 1 || len(dc.Header.Notes) != 1 {
		t.Errorf("header = %+v", dc.Header)
	}
	if dc.Header.Notes[0].Value != "Test memory & fixtures" {
		t.Errorf("header note = %q", dc.Header.Notes[0].Value)
	}
	if len(dc.Units) != 6 {
		t.Fatalf("%d units, want 6", len(dc.Units))
	}
	u := dc.Units
	if u[0].Line != 13 || u[0].Col != 5 {
		t.Errorf("unit 1 at %d:%d, want 13:5", u[0].Line, u[0].Col)
	}
	if got := u[1].Variant("en").Seg.Text(); got != "The won moved between 1,350 & 1,400 per dollar <range>, while stocks were mixed." {
		t.Errorf("CDATA text = %q", got)
	}
	if got := u[1].Variant("ko").Seg.XML; got != "환율이 1,350원 &lt; 1,400원 구간에서 움직였다 &amp; 증시는 보합세." {
		t.Errorf("entity seg = %q", got)
	}
	if got := u[2].Variant("en").Seg.Text(); got != "Breaking A rally was held in central Seoul." {
		t.Errorf("inline text = %q", got)
	}
	if got := u[2].Variant("ko").Seg.XML; !strings.Contains(got, `<ph x="3"/>`) || !strings.Contains(got, `<bpt i="1" type="bold">&lt;b&gt;</bpt>`) {
		t.Errorf("inline markup not kept: %q", got)
	}
	if n := len(u[3].Variants); n != 3 || u[3].Variants[0].Props[0].Value != "wire" || u[3].Variants[0].Notes[0].Lang != "ko" {
		t.Errorf("unit 4 = %+v", u[3])
	}
	if u[4].Variant("ko") == nil || u[4].Variant("en-gb") == nil {
		t.Errorf("TMX 1.1 lang attributes not read: %+v", u[4].Variants)
	}
	if got := u[5].Variants[0].Seg.Text(); got != "  앞뒤 공백과\r줄바꿈\n둘째 줄  " {
		t.Errorf("whitespace seg = %q", got)
	}
}

// TestRoundTrip encodes what was decoded, compares the output with a
// golden file and checks that decoding it gives the same model.
func TestRoundTrip(t *testing.T) {
	dc := decodeAll(t, bytes.NewReader(readNews(t)))
	out := encodeAll(t, dc)
	golden(t, "news.out.tmx", out)
	again := decodeAll(t, bytes.NewReader(out))
	if !reflect.DeepEqual(withoutPos(dc), withoutPos(again)) {
		a, _ := json.MarshalIndent(withoutPos(dc), "", " ")
		b, _ := json.MarshalIndent(withoutPos(again), "", " ")
		t.Errorf("round trip changed the document:\n%s\n---\n%s", a, b)
	}
	// A second encoding is byte-identical.
	if out2 := encodeAll(t, again); !bytes.Equal(out, out2) {
		t.Error("second encoding differs from the first")
	}
}

func TestUTF16(t *testing.T) {
	src := readNews(t)
	want := withoutPos(decodeAll(t, bytes.NewReader(src)))
	for _, tc := range []struct {
		name  string
		enc   unicode.Endianness
		bom   unicode.BOMPolicy
		strip bool
	}{
		{"LE with BOM", unicode.LittleEndian, unicode.UseBOM, false},
		{"BE with BOM", unicode.BigEndian, unicode.UseBOM, false},
		{"LE without BOM", unicode.LittleEndian, unicode.IgnoreBOM, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := strings.Replace(string(src), `encoding="UTF-8"`, `encoding="UTF-16"`, 1)
			b, err := unicode.UTF16(tc.enc, tc.bom).NewEncoder().Bytes([]byte(s))
			if err != nil {
				t.Fatal(err)
			}
			got := decodeAll(t, bytes.NewReader(b))
			if got.Units[0].Line != 13 || got.Units[0].Col != 5 {
				t.Errorf("unit 1 at %d:%d, want 13:5", got.Units[0].Line, got.Units[0].Col)
			}
			if !reflect.DeepEqual(withoutPos(got), want) {
				t.Error("UTF-16 file decodes differently from UTF-8")
			}
		})
	}
}

func TestUTF8BOMAndLegacyEncoding(t *testing.T) {
	bom := append([]byte{0xEF, 0xBB, 0xBF}, "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"fr\"><seg>été</seg></tuv></tu></body></tmx>"...)
	if got := decodeAll(t, bytes.NewReader(bom)); got.Units[0].Variants[0].Seg.Text() != "été" {
		t.Errorf("BOM: %q", got.Units[0].Variants[0].Seg.Text())
	}
	latin := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n<tu><tuv xml:lang=\"fr\"><seg>été</seg></tuv></tu></body></tmx>"
	b, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(latin))
	if err != nil {
		t.Fatal(err)
	}
	got := decodeAll(t, bytes.NewReader(b))
	if s := got.Units[0].Variants[0].Seg.Text(); s != "été" {
		t.Errorf("ISO-8859-1: %q", s)
	}
	if got.Units[0].Line != 3 || got.Units[0].Col != 1 {
		t.Errorf("ISO-8859-1 unit at %d:%d, want 3:1", got.Units[0].Line, got.Units[0].Col)
	}
}

// TestErrors runs testdata/errors.txtar: each file is named by the error
// wanted ("LINE:COL: message") and holds the input.
func TestErrors(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/errors.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(ar.Files) == 0 {
		t.Fatal("no cases")
	}
	for _, f := range ar.Files {
		t.Run(f.Name, func(t *testing.T) {
			d := NewDecoder(bytes.NewReader(f.Data))
			d.File = "in.tmx"
			var err error
			for err == nil {
				_, err = d.Next()
			}
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("err = %v (%T), want *SyntaxError", err, err)
			}
			want := "tmx: in.tmx:" + f.Name
			if err.Error() != want {
				t.Errorf("err = %q\nwant  %q", err.Error(), want)
			}
			if _, err2 := d.Next(); err2 != err {
				t.Errorf("error not sticky: %v", err2)
			}
		})
	}
}

func TestEncodeRejects(t *testing.T) {
	seg := func(lang, x string) TUV { return TUV{Lang: lang, Seg: Seg{XML: x}} }
	for _, tc := range []struct {
		tu   TU
		want string
	}{
		{TU{TUID: "1"}, `tmx: tu "1" has no variants`},
		{TU{Variants: []TUV{seg("", "x")}}, "tmx: tu: variant 1 has no language"},
		{TU{Variants: []TUV{seg("en", "a <b>c</b>")}}, "tmx: tu: en segment: element <b> not allowed in <seg>"},
		{TU{Variants: []TUV{seg("en", "a <ph>c")}}, "tmx: tu: en segment: unexpected </seg>"},
		{TU{Variants: []TUV{seg("en", "a & b")}}, "tmx: tu: en segment: invalid character entity & (no semicolon)"},
		{TU{Variants: []TUV{seg("en", "a\x01")}}, "tmx: tu: en segment: character not allowed in XML"},
		{TU{Variants: []TUV{seg("en", "a</seg><seg>b")}}, "tmx: tu: en segment: unexpected </seg>"},
		{TU{Variants: []TUV{seg("en", "<ph><hi>x</hi></ph>")}}, "tmx: tu: en segment: element <hi> not allowed in <ph>"},
		{TU{SegType: "word", Variants: []TUV{seg("en", "x")}}, `tmx: tu: segtype "word": want block, paragraph, sentence or phrase`},
	} {
		var buf bytes.Buffer
		e, err := NewEncoder(&buf, nil)
		if err != nil {
			t.Fatal(err)
		}
		n := buf.Len()
		err = e.Encode(&tc.tu)
		if err == nil || err.Error() != tc.want {
			t.Errorf("Encode(%+v) = %v, want %s", tc.tu, err, tc.want)
		}
		e.Close()
		if strings.Contains(buf.String()[n:], "<tu") {
			t.Errorf("rejected unit written")
		}
	}
	if _, err := NewEncoder(io.Discard, &Header{SegType: "word"}); err == nil {
		t.Error("bad header segtype accepted")
	}
}

func TestSegText(t *testing.T) {
	for _, tc := range []struct{ xml, want string }{
		{"plain", "plain"},
		{"a &amp; b &lt;c&gt; &#65;&#x42; &quot;&apos;", `a & b <c> AB "'`},
		{`x<ph x="1">&lt;br/&gt;</ph>y`, "xy"},
		{`<bpt i="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept>`, "bold"},
		{`<hi type="t">kept</hi>`, "kept"},
		{`a<ph x="1"/>b<it pos="begin">&lt;i&gt;</it>c`, "abc"},
		{`<ph>code<sub>footnote</sub>code</ph>z`, "z"},
		{`a<![CDATA[<x> & y]]>b`, "a<x> & yb"},
		{`a<!-- c -->b`, "ab"},
		{`unknown &nbsp; ref`, "unknown &nbsp; ref"},
		{`<hi>a<ph a=">">x</ph>b</hi>`, "ab"},
	} {
		if got := (Seg{XML: tc.xml}).Text(); got != tc.want {
			t.Errorf("Text(%q) = %q, want %q", tc.xml, got, tc.want)
		}
	}
}

func TestPlainSeg(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a < b & c > d", "a &lt; b &amp; c &gt; d"},
		{"line\r\nnext\ttab", "line&#xD;\nnext\ttab"},
		{"bad\x01\xff", "bad\uFFFD\uFFFD"},
		{"한국어", "한국어"},
	} {
		s := PlainSeg(tc.in)
		if s.XML != tc.want {
			t.Errorf("PlainSeg(%q) = %q, want %q", tc.in, s.XML, tc.want)
		}
		if err := CheckSeg(s); err != nil {
			t.Errorf("CheckSeg(PlainSeg(%q)) = %v", tc.in, err)
		}
	}
	if got := PlainSeg("x < y & z").Text(); got != "x < y & z" {
		t.Errorf("Text(PlainSeg) = %q", got)
	}
}

func TestSameLang(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"en-US", "en-us", true}, {"en_US", "EN-us", true}, {"ko", "ko", true},
		{"ko", "kr", false}, {"en", "en-US", false}, {"a-b", "a\rb", false},
	} {
		if got := SameLang(tc.a, tc.b); got != tc.want {
			t.Errorf("SameLang(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

// genReader produces a TMX document of n units without holding it.
type genReader struct {
	n, i int
	buf  bytes.Buffer
	done bool
}

func (g *genReader) Read(p []byte) (int, error) {
	for g.buf.Len() < len(p) && !g.done {
		switch {
		case g.i == 0 && g.buf.Len() == 0 && g.n >= 0:
			g.buf.WriteString(`<?xml version="1.0"?><tmx version="1.4"><header srclang="ko"/><body>` + "\n")
			g.n = -g.n - 1 // mark header written
		case g.i < -g.n-1:
			fmt.Fprintf(&g.buf, "<tu tuid=\"%d\"><prop type=\"x-doc\">doc-%d</prop><tuv xml:lang=\"ko\"><seg>정부는 %d일 경제 정책 방향을 발표했다.</seg></tuv><tuv xml:lang=\"en\"><seg>The government announced its economic policy direction on the %dth.</seg></tuv></tu>\n", g.i, g.i/10, g.i%30, g.i%30)
			g.i++
		default:
			g.buf.WriteString("</body></tmx>\n")
			g.done = true
		}
	}
	if g.buf.Len() == 0 {
		return 0, io.EOF
	}
	return g.buf.Read(p)
}

// TestStreamingMemory decodes about 10 MB of TMX and checks that the live
// heap stays small: the decoder must not keep what it has returned.
func TestStreamingMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	const n = 40000
	d := NewDecoder(&genReader{n: n})
	var ms runtime.MemStats
	maxHeap := uint64(0)
	count := 0
	for {
		tu, err := d.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		count++
		if len(tu.Variants) != 2 {
			t.Fatalf("unit %d: %d variants", count, len(tu.Variants))
		}
		if count%5000 == 0 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > maxHeap {
				maxHeap = ms.HeapAlloc
			}
		}
	}
	if count != n {
		t.Fatalf("%d units, want %d", count, n)
	}
	if maxHeap > 8<<20 { // keeping the units would take well over 15 MB
		t.Errorf("live heap reached %d MB while streaming", maxHeap>>20)
	}
	t.Logf("max live heap %.1f MB over %d units", float64(maxHeap)/(1<<20), n)
}

// TestXmllint validates the encoder output against the TMX 1.4b DTD. It
// runs when xmllint is on PATH and BITEXT_SCHEMAS names the schemas folder
// (../shared/schemas in the bitext checkout).
func TestXmllint(t *testing.T) {
	schemas := schemasDir(t)
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not on PATH")
	}
	dtd := filepath.Join(schemas, "tmx-1.4b", "tmx14.dtd")
	if _, err := os.Stat(dtd); err != nil {
		t.Fatalf("BITEXT_SCHEMAS: %v", err)
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "good.tmx")
	if err := os.WriteFile(good, encodeAll(t, decodeAll(t, bytes.NewReader(readNews(t)))), 0o644); err != nil {
		t.Fatal(err)
	}
	lint := func(path string) (string, error) {
		out, err := exec.Command(xmllint, "--nonet", "--noout", "--path", filepath.Dir(dtd), "--dtdvalid", dtd, path).CombinedOutput()
		return string(out), err
	}
	if out, err := lint(good); err != nil || out != "" {
		t.Errorf("xmllint rejects our TMX: %v\n%s", err, out)
	}
	// The check can fail: a unit written by hand with a stray element.
	bad := filepath.Join(dir, "bad.tmx")
	b := strings.Replace(string(encodeAll(t, decodeAll(t, bytes.NewReader(readNews(t))))), "<seg>", "<x/><seg>", 1)
	if err := os.WriteFile(bad, []byte(b), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := lint(bad); err == nil {
		t.Error("xmllint accepted an invalid TMX: the test cannot fail")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(readNewsF(f))
	f.Add([]byte(`<tmx><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a<ph x="1"/>b</seg></tuv></tu></body></tmx>`))
	f.Add([]byte(`<tmx><body><tu><tuv lang="en"><seg><![CDATA[x&y]]></seg></tuv></tu></body></tmx>`))
	f.Add([]byte(`<tmx><body><tu><tuv xml:lang="en"><seg>&#xD;<hi x="1">a</hi></seg></tuv>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := NewDecoder(bytes.NewReader(data))
		h, err := d.Header()
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) && !strings.HasPrefix(err.Error(), "tmx: ") {
				t.Fatalf("error without tmx prefix: %v", err)
			}
			return
		}
		var units []*TU
		for len(units) < 1000 {
			tu, err := d.Next()
			if err != nil {
				if err != io.EOF {
					return
				}
				break
			}
			for _, v := range tu.Variants {
				// Text comes out clean: NFC, no control characters.
				txt := v.Seg.Text()
				if !norm.NFC.IsNormalString(txt) {
					t.Fatalf("segment text not in NFC: %q", txt)
				}
				for _, r := range txt {
					if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7F && r <= 0x9F {
						t.Fatalf("control character %U in segment %q", r, txt)
					}
				}
			}
			units = append(units, tu)
		}
		// Whatever decodes must encode (when the encoder accepts it) and
		// decode again to the same model.
		var buf bytes.Buffer
		hc := *h
		if !validSegType(hc.SegType) {
			hc.SegType = ""
		}
		e, err := NewEncoder(&buf, &hc)
		if err != nil {
			t.Fatal(err)
		}
		var kept []*TU
		for _, tu := range units {
			if err := e.Encode(tu); err == nil {
				c := *tu
				c.Line, c.Col = 0, 0
				kept = append(kept, &c)
			}
		}
		if err := e.Close(); err != nil {
			t.Fatal(err)
		}
		d2 := NewDecoder(&buf)
		for i := 0; ; i++ {
			tu, err := d2.Next()
			if err == io.EOF {
				if i != len(kept) {
					t.Fatalf("re-decoded %d units, want %d", i, len(kept))
				}
				break
			}
			if err != nil {
				t.Fatalf("re-decode: %v\n%s", err, buf.String())
			}
			tu.Line, tu.Col = 0, 0
			if !reflect.DeepEqual(tu, kept[i]) {
				t.Fatalf("unit %d changed:\n%+v\n%+v", i, kept[i], tu)
			}
		}
	})
}

func readNewsF(f *testing.F) []byte {
	b, err := os.ReadFile("testdata/news.tmx")
	if err != nil {
		f.Fatal(err)
	}
	return b
}

func BenchmarkDecode(b *testing.B) {
	var buf bytes.Buffer
	io.Copy(&buf, &genReader{n: 10000})
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		d := NewDecoder(bytes.NewReader(data))
		for {
			if _, err := d.Next(); err != nil {
				if err != io.EOF {
					b.Fatal(err)
				}
				break
			}
		}
	}
}

func BenchmarkEncode(b *testing.B) {
	var buf bytes.Buffer
	io.Copy(&buf, &genReader{n: 10000})
	dc := decodeAll(b, bytes.NewReader(buf.Bytes()))
	b.ReportAllocs()
	for b.Loop() {
		e, _ := NewEncoder(io.Discard, dc.Header)
		for _, tu := range dc.Units {
			if err := e.Encode(tu); err != nil {
				b.Fatal(err)
			}
		}
		e.Close()
	}
}

// schemasDir returns the folder named by BITEXT_SCHEMAS, or skips the test.
// A relative path is taken from the package folder or, failing that, from
// the module root (where .ci/run runs).
func schemasDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("BITEXT_SCHEMAS")
	if dir == "" {
		t.Skip("BITEXT_SCHEMAS not set")
	}
	if !filepath.IsAbs(dir) {
		if _, err := os.Stat(dir); err != nil {
			dir = filepath.Join("..", dir) // the module root is the parent folder
		}
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(abs); err != nil {
		t.Fatalf("BITEXT_SCHEMAS: %v", err)
	}
	return abs
}
