package mine

import (
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"
)

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
