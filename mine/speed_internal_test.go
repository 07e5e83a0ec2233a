package mine

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
	"unsafe"

	"bitext/internal/tmgen"
	"bitext/lexicon"
)

// TestSkelHead: the first letter and length skelHead gives are those of
// the skeleton appendSkel makes, after every prefix of words (an n before
// a g, a letter the prefix ends with, a word of vowels).
func TestSkelHead(t *testing.T) {
	words := []string{"로렌스", "리버모어", "산", "길", "간", "아이", "런던", "건설", "꼬마", "오", "스", "뉴욕", "강"}
	for _, a := range words {
		for _, b := range words {
			for _, c := range words {
				var prefix []byte
				for _, w := range []string{a, b} {
					prefix = appendSkel(prefix, newKoWord(w))
				}
				for _, p := range [][]byte{nil, prefix} {
					k := newKoWord(c)
					ks := appendSkel(append([]byte(nil), p...), k)
					first, n := skelHead(p, k)
					if n != len(ks) || n > 0 && first != ks[0] {
						t.Fatalf("%q after %q: skelHead %q %d, skeleton %q", c, p, first, n, ks)
					}
				}
			}
		}
	}
}

// TestMayMatch: mayMatch is true exactly when the set has a length
// within two of n (up to 60 letters, the last bit standing for longer).
func TestMayMatch(t *testing.T) {
	sets := [][]int{{2}, {3, 9}, {5}, {12, 40}, {60}, {63}, {70}, {2, 7, 30}}
	for _, set := range sets {
		var lens uint64
		for _, l := range set {
			lens |= lengthBit(l)
		}
		for n := 2; n <= 75; n++ {
			want := false
			for _, l := range set {
				if d := l - n; d >= -2 && d <= 2 {
					want = true
				}
			}
			got := mayMatch(lens, n)
			if got != want && !(n >= 61 && got) { // lengths of 61 and more are let through
				t.Errorf("lengths %v, n %d: %v, want %v", set, n, got, want)
			}
		}
	}
}

func TestBracketCap(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"경제협력개발기구(OECD)는", true},
		{"국제통화기금（IMF）", true},
		{"(1) 첫째", false},
		{"괄호 (a) 없음", false},
		{"끝에 (", false},
		{"끝에 （", false},
		{"", false},
	} {
		if got := bracketCap(tt.s); got != tt.want {
			t.Errorf("bracketCap(%q) = %v, want %v", tt.s, got, tt.want)
		}
		if m := acronymKo.MatchString(tt.s); m && !tt.want {
			t.Errorf("%q: acronymKo matches where bracketCap is false", tt.s)
		}
	}
}

// TestMemoAcrossUnits: one memo (and the buffers it keeps for the next
// unit) used over many units gives each unit the pairs and the kind
// evidence a unit mined alone gets, with and without a lexicon.
func TestMemoAcrossUnits(t *testing.T) {
	units := tmgen.New(tmgen.Builtin(), 5).Units(2000)
	for _, lex := range []*lexicon.Lexicon{nil, lexicon.Core()} {
		m := newMemo()
		found := 0
		for i, u := range units {
			ko, en := u.Ko, u.En
			wantOut, wantEv := unitPairs(ko, en, lex, nil)
			gotOut, gotEv := unitPairs(ko, en, lex, m)
			if !maps.Equal(gotOut, wantOut) || !maps.Equal(gotEv, wantEv) {
				t.Fatalf("unit %d %q / %q: with the memo %v %v, alone %v %v", i, ko, en, gotOut, gotEv, wantOut, wantEv)
			}
			found += len(wantOut)
		}
		if found < 200 {
			t.Fatalf("only %d pairs in %d units: the test needs names", found, len(units))
		}
	}
}

// TestWriteJSONAsEncoder: WriteJSON writes what a json.Encoder with the
// indent "  " writes of the whole result, for lists empty, nil and full,
// and text JSON escapes (<, &, quotes, a line break).
func TestWriteJSONAsEncoder(t *testing.T) {
	day := time.Date(2026, 12, 6, 5, 0, 0, 0, time.UTC)
	full := &Result{
		Candidates: []Candidate{
			{Korean: "정의용", Type: Person, Renderings: []Rendering{{Text: "Chung Eui-yong", Units: 3, Docs: []string{"a<1>", "b&2"}, FirstSeen: day, LastSeen: day}},
				Units: 3, Examples: []Example{{Unit: 1, Korean: "정의용 \"장관\"", English: "Chung <said>\nit"}}, Score: 2.75},
			{Korean: "OECD", Type: Organization, Renderings: []Rendering{}, Examples: nil, Confirmed: true, Entry: "e1"},
		},
		Drift: []Drift{{Korean: "정의용", Renderings: []Rendering{{Text: "Chung Eui-young", Units: 1}}}},
		Stale: []Stale{{Entry: "e2", Korean: "외교부", Preferred: "Foreign Ministry", ForbDocs: []string{"d"}}},
		Read:  7, Total: 9,
	}
	for _, r := range []*Result{full, {}, {Candidates: []Candidate{}, Drift: []Drift{}, Stale: []Stale{}}, {Stale: full.Stale}} {
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		if err := r.WriteJSON(&got); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Fatalf("WriteJSON:\n%s\njson.Encoder:\n%s", got.String(), want.String())
		}
	}
}

// TestSimilarity75: similarity75 is similarity when that is 0.75 or
// more and 0 otherwise, for every pair of words of up to nine letters of
// a small alphabet (so that many are near) and some longer ones (session
// 19, helper M30).
func TestSimilarity75(t *testing.T) {
	var words []string
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		words = append(words, prefix)
		if n == 0 {
			return
		}
		for _, c := range "abc" {
			gen(prefix+string(c), n-1)
		}
	}
	gen("", 5)
	long := []string{"abcabcabca", "abcabcabcab", "abcbbcabcaba", "kmnrstkmnrstkmnrst", "kmnrstkmnrstkmnrsx",
		"kmnrstkmnrstkmnrstkmnrstkmnrstkmnr", "kmnrstkmnrstkmnrstkmnrstkmnrstkmnq", "kmnrstkmnrstkmnrstkmnrstkmnrstkmn"}
	for _, w := range long {
		words = append(words, w, w[1:], w[:len(w)-1], "x"+w[1:])
	}
	n := 0
	for _, a := range words {
		for _, b := range words {
			want := similarity(a, b)
			if want < 0.75 {
				want = 0
			} else {
				n++
			}
			if got := similarity75(a, b); got != want {
				t.Fatalf("similarity75(%q, %q) = %v, want %v", a, b, got, want)
			}
			if got := similarity75([]byte(a), b); got != want {
				t.Fatalf("similarity75([]byte(%q), %q) = %v, want %v", a, b, got, want)
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d pairs at 0.75 or more", n)
	}
}

// TestAcronymKoMatches: acronymKoMatches finds what the expression finds
// over the whole text.
//
// Session 17 (helper M24): speed work with outputs identical, each
// function against the code it replaced.
func TestAcronymKoMatches(t *testing.T) {
	for _, ko := range []string{
		"경제협력개발기구(OECD)는 발표했다.",
		"집권 정의개발당(AKP)과 국제 통화 기금(IMF)의 회의",
		"세계무역기구（WTO）와 유엔(UN)",
		"(OECD) 앞에 한글 없음",
		"미국 국무부(US State Department, DOS)의 발표",
		"괄호가 (닫히지 않은 OECD",
		"두 괄호 가(A(BC)) 그리고 나(DE)",
		"한국은행(BOK)(BOK)이",
		"Latin 앞 Word(ABC) 뒤",
		"메르켈(Angela Merkel) 총리와 독일산업협회(BDI)",
		"끝)",
		"",
		"가 나 다 라 마 바(XY)",
		"（가(AB)）(CD)",
	} {
		want := acronymKo.FindAllStringSubmatch(ko, -1)
		got := acronymKoMatches(ko)
		if len(want) != len(got) || len(want) > 0 && !reflect.DeepEqual(want, got) {
			t.Errorf("acronymKoMatches(%q) = %q, want %q", ko, got, want)
		}
	}
}

// TestStripParticleByLast: stripParticle by the word's last syllable
// strips what trying every particle in order strips.
func TestStripParticleByLast(t *testing.T) {
	old := func(w string) string {
		for _, p := range nameParticles {
			if s, ok := strings.CutSuffix(w, p); ok && len([]rune(s)) >= 2 {
				return s
			}
		}
		return w
	}
	words := []string{"", "가", "이", "트럼프", "트럼프는", "트럼프에서는", "서울에서", "오바마에게서", "런던으로는", "대통령께서는",
		"메르켈이라고", "미국이나", "중국과의", "한국와의", "빈에", "의", "에서", "아이오와의", "로마로", "파리도", "뉴욕만", "X는", "ABC"}
	for _, w := range words {
		for _, p := range nameParticles {
			words = append(words, w+p)
		}
	}
	for _, w := range words {
		if got, want := stripParticle(w), old(w); got != want {
			t.Errorf("stripParticle(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestHasLatinNoun: hasLatinNoun is true exactly when a word but the last
// is an acronym, not a common one, which latinNounPairs looks for.
func TestHasLatinNoun(t *testing.T) {
	for ko, want := range map[string]bool{
		"NBC 뉴스에 따르면":   true,
		"BBC 라디오 4의":    true,
		"TV 뉴스에서":       false, // a common acronym
		"뉴스는 NBC":       false, // the last word
		"Die Zeit는 말했다": false, // no acronym
		"":              false,
		"한국 NHS":        false,
		"HMP 롱 라틴":      true,
	} {
		if got := hasLatinNoun(ko); got != want {
			t.Errorf("hasLatinNoun(%q) = %v, want %v", ko, got, want)
		}
	}
}

// TestSlotTable: the memo's table of short keys gives each key's value
// once computed, for keys that collide and across its growth, and
// empties itself at memoMax keys (session 18, helper M27).
func TestSlotTable(t *testing.T) {
	var tb slotTable[int]
	calls := 0
	f := func(k string) int { calls++; return len(k) * 1000 }
	keys := make([]string, 5000)
	for i := range keys {
		keys[i] = fmt.Sprintf("k%d", i)
	}
	for round := 0; round < 2; round++ {
		for _, k := range keys {
			if got := tb.get(k, f); got != len(k)*1000 {
				t.Fatalf("get(%q) = %d", k, got)
			}
		}
	}
	if calls != len(keys) || tb.n != len(keys) {
		t.Errorf("%d calls, %d kept, want %d each", calls, tb.n, len(keys))
	}
	if 2*tb.n > len(tb.slots) {
		t.Errorf("%d keys in %d slots: more than half full", tb.n, len(tb.slots))
	}
	long := strings.Repeat("x", slotKeyMax)
	if got := tb.get(long, f); got != slotKeyMax*1000 || tb.get(long, f) != got || calls != len(keys)+1 {
		t.Errorf("a key of slotKeyMax bytes: %d, %d calls", got, calls)
	}
	// Filled to memoMax, the table starts again.
	for i := tb.n; i < memoMax; i++ {
		tb.get(fmt.Sprintf("m%d", i), f)
	}
	if tb.n != memoMax {
		t.Fatalf("%d kept, want memoMax", tb.n)
	}
	tb.get("new", f)
	if tb.n != 1 {
		t.Errorf("after memoMax keys and a new one, %d kept, want 1", tb.n)
	}
	calls = 0
	if tb.get("k1", f); calls != 1 {
		t.Errorf("a key from before the table was emptied: %d calls, want 1", calls)
	}
}

// TestMemoShortKeys: memo.koInfo and memo.sub give what newKoInfo and
// newSub give, for words and runs kept in the slot tables and longer ones,
// the same pointer for a word seen again; a koInfo's phrase is endsPhrase
// of its word, named whether nameWords has its stem.
func TestMemoShortKeys(t *testing.T) {
	m := newMemo()
	words := []string{"오바마", "오바마는", "힐", "국무위원장은", "에어니우기니에서", "샌포드의", "메이", "아이오와의",
		"가나다라마바사아", "가나다라마바사", strings.Repeat("가", 12), "상원", "유엔은", "국방부의"}
	for _, w := range words {
		k := m.koInfo(w)
		if !reflect.DeepEqual(k, newKoInfo(w)) {
			t.Errorf("memo.koInfo(%q) differs from newKoInfo", w)
		}
		if m.koInfo(strings.Clone(w)) != k {
			t.Errorf("memo.koInfo(%q) again: another entry", w)
		}
		if k.phrase != endsPhrase(w) || k.named != (nameWords[k.stem] != nil) {
			t.Errorf("koInfo(%q): phrase %v, named %v", w, k.phrase, k.named)
		}
	}
	if !m.koInfo("상원").named || m.koInfo("오바마").named {
		t.Error("named: 상원 is in nameWords, 오바마 is not")
	}
	for _, r := range []string{"Obama", "New York City", "Air Niugini", "Sanford", "International Monetary Fund", "J"} {
		b := []byte(r)
		s := m.sub(b)
		b[0] = 'X' // the memo keeps a copy of its own
		if want := newSub(r); s != want || m.subOf(r) != want || m.sub([]byte(r)) != want {
			t.Errorf("memo.sub(%q) = %+v, want %+v", r, s, want)
		}
	}
}

// TestVariantHeads: the brief of a word's variants newKoInfo keeps in
// its first bytes (vSet, vShort, vHead, vLen) says what the variants and
// their skeletons say, and skelHeadOf on it gives skelHead's first letter
// and length after every prefix (a length of 255 or more: both 61 or
// more, which mayMatch takes alike); the brief lies in koInfo's first
// 64 bytes, beside title (session 19, helper M31).
func TestVariantHeads(t *testing.T) {
	words := []string{"매케인이", "텍사스주", "포드였습니다", "힐", "킹이", "로렌스", "아이", "오", "북한", "런던에서", "산", "강", "뉴욕주는",
		strings.Repeat("브르", 150) + "는"}
	var prefixes [][]byte
	for _, w := range []string{"", "로렌스", "길", "아이", "스"} {
		var p []byte
		if w != "" {
			p = appendSkel(nil, newKoWord(w))
		}
		prefixes = append(prefixes, p)
	}
	for _, w := range words {
		k := newKoInfo(w)
		for j, f := range k.variants {
			if got := k.vSet&(1<<j) != 0; got != (f != "") {
				t.Errorf("%s: variant %d %q: vSet %v", w, j, f, got)
			}
			if got := k.vShort&(1<<j) != 0; got != (f != "" && utf8.RuneCountInString(f) < 2) {
				t.Errorf("%s: variant %d %q: vShort %v", w, j, f, got)
			}
			if f == "" {
				continue
			}
			sk := k.words[j].skel
			if int(k.vLen[j]) != min(len(sk), 255) || sk != "" && k.vHead[j] != sk[0] {
				t.Errorf("%s: variant %d %q (skeleton of %d letters): head %q length %d", w, j, f, len(sk), k.vHead[j], k.vLen[j])
			}
			for _, p := range prefixes {
				c1, l1 := skelHead(p, k.words[j])
				c2, l2 := skelHeadOf(p, k.vHead[j], int(k.vLen[j]))
				if c1 != c2 || l1 != l2 && (l1 < 61 || l2 < 61) {
					t.Errorf("%s: variant %d %q after %q: skelHeadOf %q %d, skelHead %q %d", w, j, f, p, c2, l2, c1, l1)
				}
			}
		}
	}
	k0 := newKoInfo(words[len(words)-1])
	if long := len(k0.words[3].skel); long <= 255 {
		t.Fatalf("the long word's skeleton has %d letters: the test needs more than 255", long)
	}
	if off := unsafe.Offsetof(k0.vShort); off >= 64 {
		t.Errorf("vShort at byte %d of koInfo, past its first line", off)
	}
}

// TestKoTokensLookedUpAfter: koTokens, which looks the words up once the
// text is cut and copies their stems after, gives with a memo what it
// gives without one, word for word (a glossed name, a closing bracket, a
// word with Latin letters, a name in brackets before its particle, a
// middle dot), and each token's stem is its koInfo's (session 19, helper
// M31).
func TestKoTokensLookedUpAfter(t *testing.T) {
	texts := []string{
		"'마리브'(Ma'ariv)는 나달(스페인)이 존 매케인 상원의원은 CNN에 (영국·아일랜드)에 말했다.",
		"텍사스주 휴스턴에서 포드였습니다 3월 힐 차관보",
		"",
	}
	m := newMemo()
	for round := 0; round < 2; round++ {
		for _, text := range texts {
			want := append([]koToken(nil), koTokens(text, nil, new(scratch))...)
			got := koTokens(text, m, m.scratch())
			if len(got) != len(want) {
				t.Fatalf("%q: %d tokens with the memo, %d without", text, len(got), len(want))
			}
			for i := range got {
				g, w := got[i], want[i]
				if g.stem != w.stem || g.raw != w.raw || g.comma != w.comma || g.gloss != w.gloss || (g.koInfo == nil) != (w.koInfo == nil) {
					t.Errorf("%q token %d: %+v, want %+v", text, i, g, w)
					continue
				}
				if g.koInfo != nil && (g.stem != g.koInfo.stem || g.koInfo.variants != w.koInfo.variants) {
					t.Errorf("%q token %d: stem %q, koInfo's %q", text, i, g.stem, g.koInfo.stem)
				}
			}
		}
	}
}

// TestSkelBrief: the brief of the words' skeletons joined (skelBrief.join
// of each word's rawBrief) has the first and last letters and the length
// of the skeleton appendSkel makes of them, after every pair of words (a
// letter the prefix ends with, a word of vowels, a word of more than 255
// letters: 255 then), and headOf gives skelHead's (session 19, helper
// M31).
func TestSkelBrief(t *testing.T) {
	words := []string{"로렌스", "리버모어", "산", "길", "간", "아이", "런던", "오", "스", "강", "매케인이", strings.Repeat("브르", 150)}
	for _, a := range words {
		for _, b := range words {
			for _, c := range words {
				var sk []byte
				var br skelBrief
				for _, w := range []string{a, b} {
					sk = appendSkel(sk, newKoWord(w))
					br = br.join(newKoInfo(w).rawBrief)
				}
				if int(br.n) != min(len(sk), 255) || len(sk) > 0 && (br.head != sk[0] || br.tail != sk[len(sk)-1]) {
					t.Fatalf("%s %s: brief %q %q %d, skeleton %q", a, b, br.head, br.tail, br.n, sk)
				}
				kw := newKoWord(c)
				c1, l1 := skelHead(sk, kw)
				var h byte
				if kw.skel != "" {
					h = kw.skel[0]
				}
				c2, l2 := br.headOf(h, len(kw.skel))
				if c1 != c2 || l1 != l2 && (l1 < 61 || l2 < 61) {
					t.Fatalf("%s after %s %s: headOf %q %d, skelHead %q %d", c, a, b, c2, l2, c1, l1)
				}
			}
		}
	}
}
