package mine

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

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
