package mine

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"golang.org/x/text/language"

	"bitext/tm"
	_ "bitext/tm/sqlite"
)

// TestFillExamples: the texts of examples the cache keeps as unit ids are
// read back from the store, one unit at a time or in one pass, and a
// cached rerun shows what a run from scratch shows.
func TestFillExamples(t *testing.T) {
	s, err := tm.Open(context.Background(), "sqlite:"+filepath.Join(t.TempDir(), "t.tm"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	unit := func(ko, en string) tm.Unit {
		return tm.Unit{SourceLang: language.Korean,
			Variants: []tm.Variant{{Lang: language.Korean, Text: ko}, {Lang: language.English, Text: en}}}
	}
	first := []tm.Unit{unit("오바마 대통령이 연설했다.", "President Obama spoke."),
		unit("매케인 의원은 반대했다.", "Senator McCain disagreed."),
		unit("멜버른에서 열렸다.", "It was held in Melbourne.")}
	day := []tm.Unit{unit("오바마는 웃었다.", "Obama smiled."), unit("매케인도 웃었다.", "McCain smiled too."),
		unit("멜버른은 맑았다.", "Melbourne was sunny.")}
	if _, err := s.Add(context.Background(), first); err != nil {
		t.Fatal(err)
	}
	st := NewState()
	if _, err := Run(context.Background(), s, Options{State: st}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add(context.Background(), day); err != nil {
		t.Fatal(err)
	}
	full, err := Run(context.Background(), s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Candidates) != 3 {
		t.Fatalf("%d candidates, want Obama, McCain and Melbourne", len(full.Candidates))
	}
	for _, max := range []int{1000, 0} {
		fillMax = max
		var b bytes.Buffer
		if err := st.Write(&b); err != nil {
			t.Fatal(err)
		}
		cached, err := ReadState(&b, "t.tm.mine")
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range cached.Pairs {
			for _, x := range p.Examples {
				if x.Korean != "" {
					t.Fatalf("pair %s ~ %s seen once keeps its example's text", p.Ko, p.En)
				}
			}
		}
		inc, err := Run(context.Background(), s, Options{State: cached})
		if err != nil {
			t.Fatal(err)
		}
		inc.Read, full.Read = 0, 0
		a, _ := json.Marshal(inc)
		c, _ := json.Marshal(full)
		if !bytes.Equal(a, c) {
			t.Errorf("fillMax %d: cached rerun differs:\n%s\n%s", max, a, c)
		}
	}
	fillMax = 1000
}
