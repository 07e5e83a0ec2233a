package newstext_test

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/internal/newstext"
)

func TestGenerate(t *testing.T) {
	for _, lang := range []language.Tag{language.English, language.Korean} {
		var b bytes.Buffer
		if err := newstext.Generate(&b, lang, 50_000); err != nil {
			t.Fatal(err)
		}
		if b.Len() < 50_000 {
			t.Errorf("%s: %d bytes, want at least 50,000", lang, b.Len())
		}
		sample := strings.Split(strings.TrimSpace(newstext.Sample(lang)), "\n")
		for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n")[:len(sample)] {
			found := false
			for _, p := range sample {
				found = found || line == p
			}
			if !found {
				t.Errorf("%s: %q is not a paragraph of the sample", lang, line)
			}
		}
	}
	if newstext.Sample(language.Korean) == newstext.Sample(language.English) {
		t.Error("the Korean and English samples are the same")
	}
}
