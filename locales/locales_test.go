package locales

import (
	"strings"
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// TestEveryMessageHasKorean fails when a message id lacks a Korean (or an
// English) text, or when a Korean text is left in English.
func TestEveryMessageHasKorean(t *testing.T) {
	en, err := IDs("en")
	if err != nil {
		t.Fatal(err)
	}
	ko, err := IDs("ko")
	if err != nil {
		t.Fatal(err)
	}
	if len(en) == 0 {
		t.Fatal("no English messages found")
	}
	inKo := map[string]bool{}
	for _, id := range ko {
		inKo[id] = true
	}
	inEn := map[string]bool{}
	for _, id := range en {
		inEn[id] = true
		if !inKo[id] {
			t.Errorf("message %s has no Korean text", id)
		}
	}
	for _, id := range ko {
		if !inEn[id] {
			t.Errorf("message %s has a Korean text but no English one", id)
		}
	}
	ui := New(language.Korean)
	for _, id := range ko {
		if !ui.Has(id) {
			t.Errorf("message %s does not load", id)
		}
	}
}

func TestDetect(t *testing.T) {
	env := func(m map[string]string) func(string) string {
		return func(k string) string { return m[k] }
	}
	for _, c := range []struct {
		flag string
		env  map[string]string
		want language.Tag
	}{
		{"", nil, language.English},
		{"ko", nil, language.Korean},
		{"ko-KR", map[string]string{"BITEXT_UI_LANG": "en"}, language.Korean},
		{"", map[string]string{"BITEXT_UI_LANG": "ko"}, language.Korean},
		{"", map[string]string{"LANG": "ko_KR.UTF-8"}, language.Korean},
		{"", map[string]string{"LC_ALL": "en_US.UTF-8", "LANG": "ko_KR.UTF-8"}, language.English},
		{"", map[string]string{"LC_MESSAGES": "ko_KR.eucKR"}, language.Korean},
		{"", map[string]string{"LANG": "C"}, language.English},
		{"", map[string]string{"LC_ALL": "C", "LANG": "ko_KR.UTF-8"}, language.Korean},
		{"", map[string]string{"LANG": "fr_FR.UTF-8"}, language.English},
		{"", map[string]string{"LANG": "not a locale!"}, language.English},
	} {
		if got := Detect(c.flag, env(c.env)); got != c.want {
			t.Errorf("Detect(%q, %v) = %v, want %v", c.flag, c.env, got, c.want)
		}
	}
}

type testErr struct{}

func (e testErr) Error() string               { return "test: english" }
func (e testErr) MessageID() string           { return "ErrFlagNeedsArg" }
func (e testErr) MessageData() map[string]any { return map[string]any{"Detail": "-x"} }

func TestErrorLocalized(t *testing.T) {
	ui := New(language.Korean)
	got := ui.Error(testErr{})
	if !strings.Contains(got, "옵션 -x") {
		t.Errorf("Error = %q, want the Korean text", got)
	}
}

// TestEnglishBundle compares every English message of the English-only
// bundle New uses for English with the same message from the bundle of
// every language, plain and with a count.
func TestEnglishBundle(t *testing.T) {
	full, err := Bundle()
	if err != nil {
		t.Fatal(err)
	}
	ids, err := IDs("en")
	if err != nil {
		t.Fatal(err)
	}
	got := New(language.English)
	want := &Localizer{Tag: language.English, l: i18n.NewLocalizer(full, "en", "en")}
	if got.l == want.l {
		t.Fatal("same localizer")
	}
	data := map[string]any{"Path": "a.txt", "Name": "x", "Err": "e", "Line": 3}
	for _, id := range ids {
		if g, w := got.T(id, data), want.T(id, data); g != w {
			t.Errorf("%s: %q, want %q", id, g, w)
		}
		for _, n := range []int{0, 1, 2} {
			if g, w := got.N(id, n, nil), want.N(id, n, nil); g != w {
				t.Errorf("%s (%d): %q, want %q", id, n, g, w)
			}
		}
	}
	if !got.Has(ids[0]) || got.Has("NoSuchMessageID") {
		t.Error("Has")
	}
}
