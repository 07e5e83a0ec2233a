package main

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/check"
	"bitext/locales"
)

// TestCheckMessages makes sure every message id of package check has an
// English and a Korean text that renders with the data the rules give.
func TestCheckMessages(t *testing.T) {
	data := map[string]any{"Found": "F", "Expected": "E", "Term": "T", "Note": "N", "Side": "target", "Other": "O", "Source": "S", "Value": "V", "Ratio": "5.0", "Anchors": 3, "Shared": 0, "Rendered": "R"}
	for _, tag := range []language.Tag{language.English, language.Korean} {
		ui := locales.New(tag)
		for id := range check.Messages {
			if !ui.Has(id) {
				t.Errorf("%v: no message %s", tag, id)
				continue
			}
			for _, side := range []string{"", "source", "target"} {
				data["Side"] = side
				got := ui.T(id, data)
				if got == id || strings.Contains(got, "<no value>") || strings.Contains(got, "{{") {
					t.Errorf("%v: %s renders as %q", tag, id, got)
				}
			}
		}
	}
	// The English locale file says what package check says.
	ui := locales.New(language.English)
	for id := range check.Messages {
		if got, want := ui.T(id, data), check.English(id, data); got != want {
			t.Errorf("%s: locale file %q, package check %q", id, got, want)
		}
	}
	ko := locales.New(language.Korean)
	data["Side"] = "target"
	if got := ko.T("CheckMsgDeprecated", data); !strings.HasPrefix(got, "번역문: ") {
		t.Errorf("Korean side: %q", got)
	}
}
