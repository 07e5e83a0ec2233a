package romanize

import (
	"slices"
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
