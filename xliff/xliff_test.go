package xliff

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
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

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

// find returns the byte offsets of term in s.
func find(s, term string) (int, int) {
	i := strings.Index(s, term)
	if i < 0 {
		panic("no " + term + " in " + s)
	}
	return i, i + len(term)
}

// newsDoc is a two-article document using every part of the model.
func newsDoc(version string) *Document {
	src1 := "정의용 외교부 장관은 5일 워싱턴에 도착해 블링컨 국무장관과 회담했다."
	s1, e1 := find(src1, "정의용")
	s2, e2 := find(src1, "블링컨")
	s3, e3 := find(src1, "국무장관")
	return &Document{
		Version: version, SrcLang: "ko", TrgLang: "en",
		Files: []File{
			{
				ID: "politics-0412", Original: "politics-0412.ko.txt",
				Notes: []Note{{Category: "byline", Value: "By Kim Min-ji & Lee Joon-ho"}},
				Units: []Unit{
					{
						ID: "u1", Source: src1,
						Target: "Foreign Minister Chung Eui-yong arrived in Washington on the 5th and held talks with Secretary of State Antony Blinken.",
						State:  StateTranslated,
						Notes:  []Note{{Category: "alignment", AppliesTo: "target", Priority: 2, Value: "1-1, confidence 0.97"}},
						Matches: []Match{
							{Similarity: 92.5, Origin: "bitext-tm", Type: "tm", Source: "정의용 장관은 워싱턴에 도착했다.", Target: "Minister Chung Eui-yong arrived in Washington."},
							{Similarity: 100, Origin: "bitext-tm", Type: "icm", Source: "정의용 외교부 장관은 5일 워싱턴에 도착했다.", Target: "Foreign Minister Chung Eui-yong arrived in Washington on the 5th."},
							{Similarity: 81, Quality: 81, Origin: "alignment 0.44, unreviewed", Type: "tm", SubType: "bitext:fuzzy",
								Source: "정의용 장관은 6일 워싱턴에 도착해 회담했다.", Target: "Minister Chung arrived in Washington on the 5th & held talks.",
								Meta: []Meta{{Category: "provenance", Type: "origin", Value: "alignment"}, {Category: "provenance", Type: "confidence", Value: "0.44"},
									{Category: "localisation", Type: "localized", Value: "6일 -> 5th <changed>"}}},
						},
						Glossary: []GlossEntry{
							{ID: "g1", Term: "정의용", TermSource: "desk-glossary", Translation: "Chung Eui-yong", Start: s1, End: e1},
							{Term: "블링컨", Translation: "Antony Blinken", Definition: "U.S. Secretary of State", Start: s2, End: e2},
							{Term: "국무장관", Translation: "Secretary of State", Start: s3, End: e3},
						},
					},
					{ID: "u2", Source: "환율은 1,350원 < 1,400원 구간에서 \"보합\" & 혼조.", State: StateInitial},
					{ID: "u3", Source: "  앞뒤 공백\n줄바꿈  ", Target: "  spaces\nline  ", State: StateReviewed},
				},
			},
			{
				ID: "economy-0413", Original: "economy-0413.ko.txt",
				Units: []Unit{
					{ID: "u1", Source: "한국은행은 기준금리를 3.5%로 동결했다.", Target: "The Bank of Korea froze its base rate at 3.5 percent.", State: StateFinal},
				},
			},
		},
	}
}

func encode(t testing.TB, d *Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Encode(&buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// expected returns what reading back an encoded document gives.
func expected(d *Document) *Document {
	out := &Document{Version: d.Version, SrcLang: d.SrcLang, TrgLang: d.TrgLang}
	for i, f := range d.Files {
		f.SrcLang, f.TrgLang = d.SrcLang, d.TrgLang
		if d.Version == Version12 {
			f.ID = fmt.Sprintf("f%d", i+1)
		}
		var units []Unit
		for _, u := range f.Units {
			u.Segments = 1
			u.Notes = append([]Note(nil), u.Notes...)
			if d.Version == Version12 {
				u.OriginalState = ""
				if u.Target != "" || u.State != StateInitial {
					u.OriginalState = State21To12(u.State)
				}
				var ms []Match
				for _, m := range u.Matches {
					m.Type, m.SubType, m.Quality, m.Meta = "", "", 0, nil
					ms = append(ms, m)
				}
				u.Matches = ms
				for _, g := range u.Glossary {
					u.Notes = append(u.Notes, Note{Category: "bitext-glossary", Value: glossNote(g)})
				}
				u.Glossary = nil
			} else {
				var gs []GlossEntry
				_, refs := termSpans(&u)
				for i, g := range u.Glossary {
					if refs[i] != "" {
						g.Ref = "#" + refs[i]
					} else {
						g.Start, g.End = 0, 0
					}
					gs = append(gs, g)
				}
				u.Glossary = gs
			}
			units = append(units, u)
		}
		f.Units = units
		out.Files = append(out.Files, f)
	}
	return out
}

func clearPos(d *Document) {
	for i := range d.Files {
		for j := range d.Files[i].Units {
			d.Files[i].Units[j].Line, d.Files[i].Units[j].Col = 0, 0
		}
	}
}

func TestRoundTrip(t *testing.T) {
	for _, v := range []string{Version21, Version12} {
		t.Run(v, func(t *testing.T) {
			d := newsDoc(v)
			out := encode(t, d)
			golden(t, "news"+strings.ReplaceAll(v, ".", "")+".xlf", out)
			got, err := Decode(bytes.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			if got.Files[0].Units[0].Line == 0 {
				t.Error("unit position not set")
			}
			clearPos(got)
			want := expected(d)
			if !reflect.DeepEqual(got, want) {
				a, _ := json.MarshalIndent(want, "", " ")
				b, _ := json.MarshalIndent(got, "", " ")
				t.Errorf("read back differs:\nwant %s\ngot  %s", a, b)
			}
		})
	}
}

func TestGlossarySpans(t *testing.T) {
	d := newsDoc(Version21)
	out := string(encode(t, d))
	for _, want := range []string{
		`<source><mrk id="m1" type="term">정의용</mrk> 외교부 장관은 5일 워싱턴에 도착해 <mrk id="m2" type="term">블링컨</mrk> <mrk id="m3" type="term">국무장관</mrk>과 회담했다.</source>`,
		`<gls:glossEntry id="g1" ref="#m1">`,
		`<gls:term source="desk-glossary">정의용</gls:term>`,
		`<mtc:match ref="#s1" similarity="92.5" origin="bitext-tm" type="tm">`,
		`<segment id="s1" state="translated">`,
		`<unit id="u3" xml:space="preserve">`,
		`<source>환율은 1,350원 &lt; 1,400원 구간에서 "보합" &amp; 혼조.</source>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s", want)
		}
	}
	// Overlapping spans: only the first is marked.
	u := Unit{ID: "x", Source: "서울시장", Glossary: []GlossEntry{
		{Term: "서울시장", Start: 0, End: len("서울시장")},
		{Term: "서울", Start: 0, End: len("서울")},
		{Term: "bad", Start: 1, End: 4}, // not on a character boundary
	}}
	spans, refs := termSpans(&u)
	if len(spans) != 1 || refs[0] != "m1" || refs[1] != "" || refs[2] != "" {
		t.Errorf("spans = %v, refs = %q", spans, refs)
	}
}

// The writer writes nothing its reader refuses: a control character (C0
// but tab, LF and CR; DEL; C1, which XML 1.0 allows) is refused in both
// versions, naming the unit, the field and the character; the reader
// refuses them however they are written. U+FFFE is no XML character and
// no control: XLIFF 2 writes it as cp and reads it back.
func TestControlCharacters(t *testing.T) {
	for _, v := range []string{Version21, Version12} {
		for _, tc := range []struct {
			u    Unit
			want string
		}{
			{Unit{ID: "1", Source: "bell\x07here"}, `xliff: unit "1": source: control character U+0007 at character 5 is not text`},
			{Unit{ID: "1", Source: "통일", Target: "\u0093Unification\u0094"}, `xliff: unit "1": target: control character U+0093 at character 1 is not text`},
			{Unit{ID: "1", Source: "a", Notes: []Note{{Value: "x"}, {Value: "del\x7f"}}}, `xliff: unit "1": note 2: control character U+007F at character 4 is not text`},
			{Unit{ID: "1", Source: "a", Matches: []Match{{Source: "a", Target: "b\u0085"}}}, `xliff: unit "1": match 1 target: control character U+0085 at character 2 is not text`},
			{Unit{ID: "1", Source: "a", Glossary: []GlossEntry{{Term: "a", Translation: "\u009fb"}}}, `xliff: unit "1": glossary entry 1 translation: control character U+009F at character 1 is not text`},
		} {
			d := &Document{Version: v, SrcLang: "ko", Files: []File{{Units: []Unit{tc.u}}}}
			if err := Encode(io.Discard, d); err == nil || err.Error() != tc.want {
				t.Errorf("%s: Encode(%+v) = %v\nwant %s", v, tc.u, err, tc.want)
			}
		}
	}
	if err := Encode(io.Discard, &Document{SrcLang: "ko", Files: []File{{ID: "f1", Notes: []Note{{Value: "byline: \u0080"}},
		Units: []Unit{{ID: "1", Source: "a"}}}}}); err == nil || err.Error() != `xliff: file "f1": note 1: control character U+0080 at character 9 is not text` {
		t.Errorf("file note with a control character: %v", err)
	}
	for _, src := range []string{`a<cp hex="0007"/>`, `a<cp hex="85"/>`} {
		_, err := Decode(strings.NewReader(xliff21(src)))
		var se *SyntaxError
		if !errors.As(err, &se) || !strings.Contains(se.Msg, "is control character U+00") || se.Line != 3 || se.Col == 0 {
			t.Errorf("reading %s: %v", src, err)
		}
	}
	d := &Document{SrcLang: "ko", Files: []File{{Units: []Unit{{ID: "1", Source: "non\uFFFEchar", Target: "x"}}}}}
	out := encode(t, d)
	if !bytes.Contains(out, []byte(`non<cp hex="FFFE"/>char`)) {
		t.Errorf("no cp element:\n%s", out)
	}
	got, err := Decode(bytes.NewReader(out))
	if err != nil || got.Files[0].Units[0].Source != "non\uFFFEchar" {
		t.Errorf("2.1 read back %+v, %v", got, err)
	}
	d.Version = Version12
	got, err = Decode(bytes.NewReader(encode(t, d)))
	if err != nil || got.Files[0].Units[0].Source != "non\uFFFDchar" {
		t.Errorf("1.2 read back %+v, %v", got, err)
	}
}

// TestReadMultiSegment reads a hand-written XLIFF 2.1 file with several
// segments, ignorables, groups and inline codes.
func TestReadMultiSegment(t *testing.T) {
	f, err := os.Open("testdata/multi-segment.xlf")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := NewDecoder(f)
	h, err := d.Header()
	if err != nil {
		t.Fatal(err)
	}
	if *h != (Header{Version: "2.0", SrcLang: "ko", TrgLang: "en-US"}) {
		t.Errorf("header = %+v", h)
	}
	var units []*Unit
	for {
		u, err := d.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if f := d.CurrentFile(); f.ID != "f1" || len(f.Notes) != 1 || f.Notes[0].Value != "Desk: national" {
			t.Errorf("current file = %+v", d.CurrentFile())
		}
		units = append(units, u)
	}
	if len(units) != 3 {
		t.Fatalf("%d units, want 3", len(units))
	}
	u := units[0]
	if u.Source != "서울에 첫눈이 내렸다. 기상청은 3㎝ 쌓였다고 밝혔다." ||
		u.Target != "The first snow fell in Seoul. The weather agency said 3 cm had accumulated." ||
		u.State != StateTranslated || u.Segments != 2 || u.Line != 6 || u.Col != 5 {
		t.Errorf("unit 1 = %+v", u)
	}
	if len(u.Glossary) != 2 || u.Source[u.Glossary[0].Start:u.Glossary[0].End] != "기상청" ||
		u.Source[u.Glossary[1].Start:u.Glossary[1].End] != "서울" {
		t.Errorf("glossary spans = %+v", u.Glossary)
	}
	if u := units[1]; u.Target != "" || u.State != StateInitial || u.Source != "비상 <b>경보</b>가 해제됐다." {
		t.Errorf("unit 2 (in a group, one segment without target) = %+v", u)
	}
	if u := units[2]; u.Source != "A\tB" || u.Target != "A\tB" || u.State != StateFinal {
		t.Errorf("unit 3 = %+v", u)
	}
}

// TestReadXLIFF12 reads a hand-written XLIFF 1.2 file in the style of CAT
// tools: g/x/bpt inline codes, seg-source, approved, alt-trans with a
// percentage, needs-review states.
func TestReadXLIFF12(t *testing.T) {
	f, err := os.Open("testdata/tool12.xlf")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Version != "1.2" || doc.SrcLang != "ko" || doc.TrgLang != "en" || len(doc.Files) != 2 {
		t.Fatalf("doc = %+v", doc)
	}
	if doc.Files[1].SrcLang != "ko-KR" || doc.Files[1].Original != "sports.txt" || doc.Files[0].Notes[0].Value != "Reviewed by desk" {
		t.Errorf("files = %+v", doc.Files)
	}
	u := doc.Files[0].Units
	for i, want := range []struct{ state, orig, src, trg string }{
		{StateFinal, "translated", "속보: 국회 본회의 개최", "Breaking: National Assembly holds plenary session"},
		{StateTranslated, "needs-review-translation", "정부는 오늘 발표했다.", "The government announced it today."},
		{StateInitial, "", "미번역 문장", ""},
		{StateReviewed, "signed-off", "검토 완료", "Review done"},
		{StateTranslated, "", "상태 없음", "No state"},
	} {
		if u[i].State != want.state || u[i].OriginalState != want.orig || u[i].Source != want.src || u[i].Target != want.trg {
			t.Errorf("unit %d = %+v, want %+v", i+1, u[i], want)
		}
	}
	if m := u[1].Matches; len(m) != 1 || m[0].Similarity != 85 || m[0].Origin != "tm" || m[0].Target != "The government announced today." {
		t.Errorf("alt-trans = %+v", m)
	}
	if n := u[1].Notes; len(n) != 1 || n[0].Category != "editor" || n[0].AppliesTo != "target" {
		t.Errorf("notes = %+v", n)
	}
}

func TestStateMapping(t *testing.T) {
	for _, tc := range []struct {
		state    string
		approved bool
		target   bool
		want     string
	}{
		{"new", false, true, StateInitial},
		{"needs-translation", false, false, StateInitial},
		{"needs-adaptation", false, true, StateInitial},
		{"translated", false, true, StateTranslated},
		{"needs-review-translation", false, true, StateTranslated},
		{"needs-review-l10n", false, true, StateTranslated},
		{"signed-off", false, true, StateReviewed},
		{"final", false, true, StateFinal},
		{"new", true, true, StateFinal},
		{"translated", true, true, StateFinal},
		{"signed-off", true, true, StateReviewed},
		{"", false, true, StateTranslated},
		{"", false, false, StateInitial},
		{"x-custom", false, false, StateInitial},
	} {
		if got := State12To21(tc.state, tc.approved, tc.target); got != tc.want {
			t.Errorf("State12To21(%q, %v, %v) = %q, want %q", tc.state, tc.approved, tc.target, got, tc.want)
		}
	}
	for _, s := range []string{StateInitial, StateTranslated, StateReviewed, StateFinal} {
		approved := s == StateReviewed || s == StateFinal
		if back := State12To21(State21To12(s), approved, true); back != s && s != StateInitial {
			t.Errorf("state %s does not survive 1.2: %s", s, back)
		}
	}
}

func TestEncodeRejects(t *testing.T) {
	for _, tc := range []struct {
		version string
		u       Unit
		want    string
	}{
		{"2.1", Unit{ID: "a b"}, `xliff: unit "a b": id is not an NMTOKEN (letters, digits, . - _ :)`},
		{"2.1", Unit{}, "xliff: unit without id"},
		{"1.2", Unit{ID: "u1", State: "done"}, `xliff: unit "u1": state "done": want initial, translated, reviewed or final`},
		{"2.1", Unit{ID: "u1", Matches: []Match{{Similarity: 120}}}, `xliff: unit "u1": match similarity 120: want 0 to 100`},
		{"2.1", Unit{ID: "u1", Matches: []Match{{Type: "fuzzy"}}}, `xliff: unit "u1": match type "fuzzy": want am, mt, icm, idm, tb, tm or other`},
		{"2.1", Unit{ID: "u1", Matches: []Match{{Quality: 101}}}, `xliff: unit "u1": match quality 101: want 0 to 100`},
		{"2.1", Unit{ID: "u1", Matches: []Match{{SubType: "bitext:fuzzy"}}}, `xliff: unit "u1": match subType "bitext:fuzzy": want prefix:value, with a type`},
		{"2.1", Unit{ID: "u1", Matches: []Match{{Type: "tm", SubType: "fuzzy"}}}, `xliff: unit "u1": match subType "fuzzy": want prefix:value, with a type`},
		{"2.1", Unit{ID: "u1", Matches: []Match{{Meta: []Meta{{Value: "x"}}}}}, `xliff: unit "u1": match metadata without a type`},
		{"2.1", Unit{ID: "u1", Notes: []Note{{Priority: 11}}}, `xliff: unit "u1": note priority 11: want 1 to 10`},
		{"2.1", Unit{ID: "dup"}, `xliff: unit "dup": id used twice in file "f1"`},
	} {
		var buf bytes.Buffer
		e, err := NewEncoder(&buf, Header{Version: tc.version, SrcLang: "ko", TrgLang: "en"})
		if err != nil {
			t.Fatal(err)
		}
		if tc.u.ID == "dup" {
			if err := e.EncodeUnit(&Unit{ID: "dup"}); err != nil {
				t.Fatal(err)
			}
		}
		n := buf.Len()
		if err := e.EncodeUnit(&tc.u); err == nil || err.Error() != tc.want {
			t.Errorf("EncodeUnit(%+v) = %v\nwant %s", tc.u, err, tc.want)
		}
		// The encoder stays usable and the document valid.
		if err := e.EncodeUnit(&Unit{ID: "ok"}); err != nil {
			t.Errorf("after a refused unit: %v", err)
		}
		if err := e.Close(); err != nil {
			t.Error(err)
		}
		if strings.Contains(buf.String()[n:], `"`+tc.u.ID+`"`) && tc.u.ID != "dup" && tc.u.ID != "" {
			t.Errorf("refused unit written:\n%s", buf.String())
		}
	}
	for _, tc := range []struct {
		h    Header
		want string
	}{
		{Header{SrcLang: ""}, `xliff: source language "" is not a language tag`},
		{Header{SrcLang: "ko", TrgLang: "en_US"}, `xliff: target language "en_US" is not a language tag`},
		{Header{Version: "2.0", SrcLang: "ko"}, `xliff: version "2.0": want 2.1 or 1.2`},
	} {
		if _, err := NewEncoder(io.Discard, tc.h); err == nil || err.Error() != tc.want {
			t.Errorf("NewEncoder(%+v) = %v, want %s", tc.h, err, tc.want)
		}
	}
	e, _ := NewEncoder(io.Discard, Header{SrcLang: "ko"})
	e.StartFile(File{ID: "empty"})
	if err := e.Close(); err == nil || err.Error() != `xliff: file "empty" has no units (XLIFF 2 needs at least one)` {
		t.Errorf("empty file: %v", err)
	}
	e, _ = NewEncoder(io.Discard, Header{SrcLang: "ko"})
	if err := e.StartFile(File{ID: "a b"}); err == nil {
		t.Error("bad file id accepted")
	}
	e, _ = NewEncoder(io.Discard, Header{SrcLang: "ko"})
	if err := e.Close(); err == nil || err.Error() != "xliff: document has no files" {
		t.Errorf("empty document: %v", err)
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
			d.File = "in.xlf"
			var err error
			for err == nil {
				_, err = d.Next()
			}
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("err = %v (%T), want *SyntaxError", err, err)
			}
			if want := "xliff: in.xlf:" + f.Name; err.Error() != want {
				t.Errorf("err = %q\nwant  %q", err.Error(), want)
			}
			if _, err2 := d.Next(); err2 != err {
				t.Errorf("error not sticky: %v", err2)
			}
		})
	}
}

// genReader produces an XLIFF 2.1 document of n units without holding it.
type genReader struct {
	n, i  int
	buf   bytes.Buffer
	state int
}

func (g *genReader) Read(p []byte) (int, error) {
	for g.buf.Len() < len(p) && g.state < 3 {
		switch g.state {
		case 0:
			g.buf.WriteString(`<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko" trgLang="en"><file id="f1">` + "\n")
			g.state = 1
		case 1:
			if g.i == g.n {
				g.state = 2
				continue
			}
			fmt.Fprintf(&g.buf, "<unit id=\"u%d\"><notes><note>n%d</note></notes><segment state=\"translated\"><source>정부는 %d일 경제 정책 방향을 발표했다.</source><target>The government announced its economic policy direction on the %dth.</target></segment></unit>\n", g.i, g.i, g.i%30, g.i%30)
			g.i++
		case 2:
			g.buf.WriteString("</file></xliff>\n")
			g.state = 3
		}
	}
	if g.buf.Len() == 0 {
		return 0, io.EOF
	}
	return g.buf.Read(p)
}

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
		u, err := d.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		count++
		if u.State != StateTranslated {
			t.Fatalf("unit %d: %+v", count, u)
		}
		if count%5000 == 0 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			maxHeap = max(maxHeap, ms.HeapAlloc)
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

// TestXmllint validates our output against the OASIS schemas. It runs when
// xmllint is on PATH and BITEXT_SCHEMAS names the schemas folder
// (../shared/schemas in the bitext checkout).
func TestXmllint(t *testing.T) {
	schemas := schemasDir(t)
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not on PATH")
	}
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	lint := func(schema, file string) error {
		out, err := exec.Command(xmllint, "--nonet", "--noout", "--schema", filepath.Join(schemas, schema), file).CombinedOutput()
		if err != nil {
			return fmt.Errorf("%v\n%s", err, out)
		}
		return nil
	}
	x21 := write("news21.xlf", encode(t, newsDoc(Version21)))
	x12 := write("news12.xlf", encode(t, newsDoc(Version12)))
	// U+FFFE is not an XML character: the writer gives it as <cp>, which
	// the schema must accept.
	ctlDoc := encode(t, &Document{SrcLang: "en", Files: []File{{Units: []Unit{{ID: "1", Source: "a\uFFFE", State: StateTranslated}}}}})
	if !bytes.Contains(ctlDoc, []byte(`<cp hex="FFFE"/>`)) {
		t.Fatalf("U+FFFE not written as <cp>:\n%s", ctlDoc)
	}
	ctl := write("ctl21.xlf", ctlDoc)
	for _, tc := range []struct{ schema, file string }{
		{"xliff-2.1/xliff_core_2.0.xsd", x21},
		{"samples/xliff21-modules-driver.xsd", x21},
		{"samples/xliff21-modules-driver.xsd", ctl},
		{"xliff-1.2/xliff-core-1.2-strict.xsd", x12},
	} {
		if err := lint(tc.schema, tc.file); err != nil {
			t.Errorf("%s does not validate against %s: %v", filepath.Base(tc.file), tc.schema, err)
		}
	}
	// The checks can fail: a match type outside the module's list, and a
	// 1.2 state outside the strict list.
	bad21 := write("bad21.xlf", bytes.Replace(encode(t, newsDoc(Version21)), []byte(`type="tm"`), []byte(`type="fuzzy"`), 1))
	if lint("samples/xliff21-modules-driver.xsd", bad21) == nil {
		t.Error("xmllint accepted an invalid XLIFF 2.1 file")
	}
	// A candidate's metadata is checked by the Metadata module: a meta
	// without its type is refused, and so is a subType without its prefix.
	for _, r := range [][2]string{{`<mda:meta type="origin">`, `<mda:meta>`}, {`subType="bitext:fuzzy"`, `subType="fuzzy"`}} {
		bad := write("badmeta21.xlf", bytes.Replace(encode(t, newsDoc(Version21)), []byte(r[0]), []byte(r[1]), 1))
		if lint("samples/xliff21-modules-driver.xsd", bad) == nil {
			t.Errorf("xmllint accepted an XLIFF 2.1 file with %s", r[1])
		}
	}
	bad12 := write("bad12.xlf", bytes.Replace(encode(t, newsDoc(Version12)), []byte(`state="translated"`), []byte(`state="done"`), 1))
	if lint("xliff-1.2/xliff-core-1.2-strict.xsd", bad12) == nil {
		t.Error("xmllint accepted an invalid XLIFF 1.2 file")
	}
}

func FuzzDecode(f *testing.F) {
	for _, name := range []string{"testdata/multi-segment.xlf", "testdata/tool12.xlf", "testdata/news21.xlf", "testdata/news12.xlf"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<xliff version="2.1" srcLang="en"><file id="f"><unit id="u"><segment><source>a<cp hex="7"/></source></segment></unit></file></xliff>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Decode(bytes.NewReader(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "xliff: ") {
				t.Fatalf("error without xliff prefix: %v", err)
			}
			return
		}
		// Re-encode what can be encoded (as 2.1) and read it back: sources,
		// targets, states, notes and matches must survive.
		var buf bytes.Buffer
		e, err := NewEncoder(&buf, Header{SrcLang: "en"})
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Files) == 0 {
			return
		}
		var kept []Unit
		// The first file only keeps the bookkeeping simple.
		e.StartFile(File{ID: "f1"})
		for _, u := range doc.Files[0].Units {
			u.Glossary = nil
			if e.EncodeUnit(&u) == nil {
				kept = append(kept, u)
			}
		}
		if len(kept) == 0 {
			e.EncodeUnit(&Unit{ID: "pad"})
			kept = append(kept, Unit{ID: "pad", State: StateInitial})
		}
		if err := e.Close(); err != nil {
			t.Fatalf("close: %v", err)
		}
		back, err := Decode(&buf)
		if err != nil {
			t.Fatalf("re-decode: %v\n%s", err, buf.String())
		}
		if len(back.Files) != 1 || len(back.Files[0].Units) != len(kept) {
			t.Fatalf("re-decoded %d files", len(back.Files))
		}
		for i, u := range back.Files[0].Units {
			w := kept[i]
			w.Source = validXML(w.Source)
			w.Target = validXML(w.Target)
			if u.Source != w.Source || u.Target != w.Target || u.ID != w.ID {
				t.Fatalf("unit %d: got %q/%q/%q, want %q/%q/%q", i, u.ID, u.Source, u.Target, w.ID, w.Source, w.Target)
			}
			if u.Target != "" || w.State != StateInitial {
				if u.State != w.State {
					t.Fatalf("unit %d state %q, want %q", i, u.State, w.State)
				}
			}
			if len(u.Notes) != len(w.Notes) || len(u.Matches) != len(w.Matches) {
				t.Fatalf("unit %d notes/matches lost", i)
			}
			for j, m := range u.Matches {
				wm := w.Matches[j]
				if m.Type != wm.Type || m.SubType != wm.SubType || m.Quality != wm.Quality || len(m.Meta) != len(wm.Meta) {
					t.Fatalf("unit %d match %d: %+v, want %+v", i, j, m, wm)
				}
				for k, md := range m.Meta {
					if md.Type != wm.Meta[k].Type || md.Category != wm.Meta[k].Category {
						t.Fatalf("unit %d match %d meta %d: %+v, want %+v", i, j, k, md, wm.Meta[k])
					}
				}
			}
		}
	})
}

// validXML is what survives a write and a read in XLIFF 2: invalid UTF-8
// becomes U+FFFD; other characters survive (as cp elements if needed).
func validXML(s string) string {
	return strings.ToValidUTF8(s, "\uFFFD")
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
	doc := &Document{SrcLang: "ko", TrgLang: "en", Files: []File{{ID: "f1"}}}
	for i := range 10000 {
		doc.Files[0].Units = append(doc.Files[0].Units, Unit{
			ID: fmt.Sprintf("u%d", i), Source: "정부는 5일 경제 정책 방향을 발표했다.", Target: "The government announced its economic policy direction on the 5th.",
			State: StateTranslated, Matches: []Match{{Similarity: 87, Origin: "tm", Type: "tm", Source: "정부는 경제 정책을 발표했다.", Target: "The government announced economic policy."}},
		})
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := Encode(io.Discard, doc); err != nil {
			b.Fatal(err)
		}
	}
}

// testdata/translate-toolkit.xlf was written by Translate Toolkit 3.8.4
// (Debian translate-toolkit) from testdata/translate-toolkit.po with
// "po2xliff translate-toolkit.po translate-toolkit.xlf". Its dialect: XLIFF
// 1.1 namespace and version, the PO header as a unit, approved="yes|no",
// fuzzy entries as state="needs-translation", PO comments as both
// context-group and note, an empty <target/> for untranslated entries.
func TestTranslateToolkitXLIFF(t *testing.T) {
	f, err := os.Open("testdata/translate-toolkit.xlf")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Version != "1.1" || len(doc.Files) != 1 || len(doc.Files[0].Units) != 4 {
		t.Fatalf("doc = %+v", doc)
	}
	u := doc.Files[0].Units
	if u[1].State != StateFinal || u[1].Target != "The National Assembly passed the budget bill on the 12th." ||
		len(u[1].Notes) != 1 || u[1].Notes[0].Value != "Translator: check the name" {
		t.Errorf("approved unit = %+v", u[1])
	}
	if u[2].State != StateInitial || u[2].Source != "환율 1,400원 미만 & 증시 혼조" {
		t.Errorf("fuzzy unit = %+v", u[2])
	}
	if u[3].State != StateInitial || u[3].Target != "" {
		t.Errorf("untranslated unit = %+v", u[3])
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

// TestReviewStates: a link bitext wants checked is written as needing
// review (2.1 initial with subState bitext:check-alignment, 1.2
// needs-review-translation) and read back as such; a malformed subState
// or an unknown 1.2 state is refused when writing.
func TestReviewStates(t *testing.T) {
	u := Unit{ID: "u1", Source: "코스피가 올랐다.", Target: "The KOSPI rose.", State: StateInitial,
		SubState: "bitext:check-alignment", OriginalState: "needs-review-translation"}
	for _, tc := range []struct {
		version, want, state, orig, sub string
	}{
		{"2.1", `<segment id="s1" state="initial" subState="bitext:check-alignment">`, StateInitial, "", "bitext:check-alignment"},
		{"1.2", `<target state="needs-review-translation">`, StateTranslated, "needs-review-translation", ""},
	} {
		d := &Document{Version: tc.version, SrcLang: "ko", TrgLang: "en", Files: []File{{ID: "f1", Original: "a", Units: []Unit{u}}}}
		var buf bytes.Buffer
		if err := Encode(&buf, d); err != nil {
			t.Fatalf("%s: %v", tc.version, err)
		}
		if !strings.Contains(buf.String(), tc.want) {
			t.Errorf("%s: no %s in\n%s", tc.version, tc.want, buf.String())
		}
		got, err := Decode(&buf)
		if err != nil {
			t.Fatalf("%s: %v", tc.version, err)
		}
		g := got.Files[0].Units[0]
		if g.State != tc.state || g.OriginalState != tc.orig || g.SubState != tc.sub || g.Target != u.Target {
			t.Errorf("%s: read state %q, 1.2 state %q, subState %q, target %q", tc.version, g.State, g.OriginalState, g.SubState, g.Target)
		}
	}
	for _, bad := range []Unit{
		{ID: "u1", Source: "a", State: StateInitial, SubState: "check-alignment"},
		{ID: "u1", Source: "a", SubState: "bitext:check-alignment"},
		{ID: "u1", Source: "a", Target: "b", State: StateTranslated, OriginalState: "needs-checking"},
	} {
		e, _ := NewEncoder(io.Discard, Header{SrcLang: "ko", TrgLang: "en"})
		if err := e.StartFile(File{ID: "f1"}); err != nil {
			t.Fatal(err)
		}
		if err := e.EncodeUnit(&bad); err == nil {
			t.Errorf("unit %+v written", bad)
		}
	}
}
