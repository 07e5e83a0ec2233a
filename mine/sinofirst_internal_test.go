package mine

import (
	"strings"
	"testing"
)

// TestSinoFirstMask checks sinoFirst's bit table against the loop over
// the pinyin initials it replaced (session 15, helper M20), for every
// Hangul initial and every lower-case letter (sinoPairs passes the first
// byte of Latin words, latinWords, with bit 0x20 set: a letter always).
func TestSinoFirstMask(t *testing.T) {
	loop := func(ini int, c byte) bool {
		for _, p := range sinoInitials[ini] {
			if p == "-" && strings.IndexByte("aeiou", c) >= 0 || p[0] == c {
				return true
			}
		}
		return false
	}
	for ini := range sinoInitials {
		for c := 'a'; c <= 'z'; c++ {
			if got, want := sinoFirst(ini, byte(c)), loop(ini, byte(c)); got != want {
				t.Errorf("sinoFirst(%d, %q) = %v, want %v", ini, byte(c), got, want)
			}
		}
	}
}

// TestSinoFirsts checks that a word's sinoFirsts lets through every
// first letter a reading of one of its forms may begin with, and that a
// word without a form has none.
func TestSinoFirsts(t *testing.T) {
	for _, w := range []string{"모택동", "화련에서", "남경의", "대통령은", "정부", "가"} {
		k := newKoInfo(w)
		if k.sino == nil {
			if k.sinoFirsts != 0 {
				t.Errorf("%s: no form, sinoFirsts %b", w, k.sinoFirsts)
			}
			continue
		}
		for _, f := range k.sino {
			for c := byte('a'); c <= 'z' && f.n > 0; c++ {
				if sinoFirst(f.sy[0][0], c) && k.sinoFirsts>>(c-'a')&1 == 0 {
					t.Errorf("%s: form %s may begin with %c, not in sinoFirsts", w, f.form, c)
				}
			}
		}
	}
	if k := newKoInfo("모택동"); k.sino == nil || k.sinoFirsts == 0 {
		t.Errorf("모택동: no Sino-Korean form")
	}
}

// TestSinoLastClass checks that the coda bits sinoPairs compares before
// it reads a word's forms let through every pair sinoLast allows.
func TestSinoLastClass(t *testing.T) {
	for _, en := range []string{"Hualien", "Nanjing", "Mao Zedong", "Shanghai", "Taipei", "Er", "Yeh", "Xu", "Liang", "Kang", "Mann", "Abc"} {
		for _, coda := range []string{"-", "n", "ng"} {
			if sinoLast(coda, en) && sinoLastClass(en)&sinoCodaClass(coda) == 0 {
				t.Errorf("sinoLast(%q, %q) holds, sinoLastClass %b lacks the coda's bit %b", coda, en, sinoLastClass(en), sinoCodaClass(coda))
			}
		}
	}
	if got := sinoLastClass("Abc"); got != 0 {
		t.Errorf("sinoLastClass(Abc) = %b, want 0", got)
	}
}
