package romanize

import (
	"slices"
	"strings"
	"testing"
)

func TestWord(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"창용", "changyong"},
		{"정의용", "jeonguiyong"},
		{"서울", "seoul"},
		{"부산", "busan"},
		{"블링컨", "beulringkeon"},
		{"a한b", "han"},
	} {
		if got := Word(c.in); got != c.want {
			t.Errorf("Word(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNames: a Hangul name matches its usual English spellings and not
// other names.
func TestNames(t *testing.T) {
	for _, c := range []struct {
		ko    string
		en    []string
		notEn []string
	}{
		{"이창용", []string{"Rhee Chang-yong", "Lee Chang-yong", "Yi Chang-yong", "Chang-yong Lee"}, []string{"Park Chang-yong", "Lee Jae-myung"}},
		{"박진", []string{"Park Jin", "Pak Jin"}, []string{"Park Jung"}},
		{"정의용", []string{"Chung Eui-yong", "Jeong Ui-yong", "Jung Eui-yong"}, []string{"Chung Sye-kyun"}},
		{"최상목", []string{"Choi Sang-mok", "Choe Sang-mok"}, []string{"Choi Sung-mok"}},
		{"강경화", []string{"Kang Kyung-wha", "Gang Gyeong-hwa"}, nil},
		{"윤석열", []string{"Yoon Suk Yeol", "Yun Seok-yeol"}, []string{"Yoon Suk-min"}},
		{"왕이", []string{"Wang Yi"}, nil},
	} {
		keys := NameKeys(c.ko)
		for _, e := range c.en {
			if !slices.Contains(keys, Key(e)) {
				t.Errorf("%s: %q (key %q) not among %q", c.ko, e, Key(e), keys)
			}
		}
		for _, e := range c.notEn {
			if slices.Contains(keys, Key(e)) {
				t.Errorf("%s: %q (key %q) matched", c.ko, e, Key(e))
			}
		}
	}
	if k := NameKeys("이"); k != nil {
		t.Errorf("one syllable: %q", k)
	}
	if k := NameKeys("이창용은요"); k != nil {
		t.Errorf("five syllables: %q", k)
	}
}

func FuzzKey(f *testing.F) {
	f.Add("Rhee Chang-yong")
	f.Add("이창용")
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		for i := 0; i < len(k); i++ {
			if k[i] < 'a' || k[i] > 'z' || i > 0 && k[i] == k[i-1] {
				t.Fatalf("Key(%q) = %q", s, k)
			}
		}
		// A key of a key never grows.
		if len(Key(k)) > len(k) {
			t.Fatalf("Key(Key(%q)) grew: %q -> %q", s, k, Key(k))
		}
		for _, nk := range NameKeys(s) {
			if nk != Key(nk) && len(Key(nk)) > len(nk) {
				t.Fatalf("NameKeys(%q) has %q, not a key", s, nk)
			}
		}
	})
}

// keyRef is Key as it was written before session 10 (FuzzNameKeys).
func keyRef(s string) string {
	s = strings.ToLower(s)
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'a' || c > 'z' {
			continue
		}
		next := byte(0)
		if i+1 < len(s) {
			next = s[i+1]
		}
		switch {
		case c == 'c' && next == 'h':
			c = 'c'
			i++
		case c == 's' && next == 'h':
			c = 's'
			i++
		case c == 'e' && (next == 'o' || next == 'u'):
			c = 'o'
			i++
		case c == 'y' && next == 'i':
			continue // Yi is i
		case c == 'e' && next == 'e':
			c = 'i'
			i++
		case c == 'a' && (next == 'e' || next == 'i'):
			c = 'e'
			i++
		case c == 'g' || c == 'k':
			c = 'k'
		case c == 'd' || c == 't':
			c = 't'
		case c == 'b' || c == 'p':
			c = 'p'
		case c == 'j':
			c = 'c'
		case c == 'r':
			c = 'l'
		case c == 'u':
			c = 'o'
		case c == 'h' && len(b) > 0:
			continue // Rhee, Ahn, Oh, Sohn, Kyung-wha and Kyung-hwa: only a first h is kept
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// nameKeysLists is NameKeys as it was written before session 10, with
// lists of runes and strings and keyRef: FuzzNameKeys holds the faster
// one to it.
func nameKeysLists(w string) []string {
	rs := []rune(w)
	if len(rs) < 2 || len(rs) > 4 {
		return nil
	}
	for _, r := range rs {
		if r < 0xAC00 || r > 0xD7A3 {
			return nil
		}
	}
	out := []string{keyRef(Word(w))}
	given := Word(string(rs[1:]))
	for _, s := range append(surnames[rs[0]], Word(string(rs[:1]))) {
		out = append(out, keyRef(s+given), keyRef(given+s))
	}
	seen := map[string]bool{}
	keep := out[:0]
	for _, k := range out {
		if !seen[k] {
			seen[k] = true
			keep = append(keep, k)
		}
	}
	return keep
}

// FuzzNameKeys: NameKeys gives the keys, in order, of nameKeysLists, and
// Key those of keyRef.
func FuzzNameKeys(f *testing.F) {
	for _, s := range []string{"이창용", "왕이", "정의용", "박", "남궁민수", "남궁민수다", "이x", "\xff이", "리이", "최최", "강감찬", "Rhee Chang-yong", "Ahn SOHN"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Key(s), keyRef(s); got != want {
			t.Fatalf("Key(%q) = %q, want %q", s, got, want)
		}
		got, want := NameKeys(s), nameKeysLists(s)
		if !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Fatalf("NameKeys(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestSurnameKeys: a family name of one syllable alone is keyed by its
// usual spellings and its Revised Romanization; a syllable that is no
// family name in the table, or a longer word, has no keys.
func TestSurnameKeys(t *testing.T) {
	tests := []struct {
		w    string
		en   []string // spellings whose Key must be among the keys
		none bool
	}{
		{w: "이", en: []string{"Lee", "Yi", "Rhee"}},
		{w: "반", en: []string{"Ban"}},
		{w: "김", en: []string{"Kim", "Gim"}},
		{w: "노", en: []string{"Roh", "No"}},
		{w: "말", none: true},
		{w: "이창용", none: true},
		{w: "", none: true},
	}
	for _, tt := range tests {
		keys := SurnameKeys(tt.w)
		if tt.none != (keys == nil) {
			t.Errorf("SurnameKeys(%q) = %q", tt.w, keys)
		}
		for _, e := range tt.en {
			if !slices.Contains(keys, Key(e)) {
				t.Errorf("SurnameKeys(%q) = %q, lacks %s (%q)", tt.w, keys, e, Key(e))
			}
		}
	}
	if slices.Contains(SurnameKeys("이"), Key("Park")) {
		t.Error("SurnameKeys(이) holds Park")
	}
	// FamilyName: the table's syllables, as SurnameKeys reads them.
	for _, r := range "이반김노고정" {
		if !FamilyName(r) || SurnameKeys(string(r)) == nil {
			t.Errorf("FamilyName(%q)", r)
		}
	}
	if FamilyName('말') || FamilyName('a') {
		t.Error("FamilyName of no family name")
	}
}
