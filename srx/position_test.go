package srx

import (
	"strings"
	"testing"
)

// Errors give the line and the column (in characters) where the element
// or the bad text starts, never column 0.
func TestErrorPositions(t *testing.T) {
	head := "<?xml version=\"1.0\"?>\n<srx version=\"2.0\"><header/><body><languagerules>\n"
	tests := []struct {
		name, src, want string
	}{
		{"truncated", head + "  <languagerule languagerulename=\"English\">", "srx: t.srx:3:44: unexpected end of file"},
		{"no name", head + "  <languagerule>", "srx: t.srx:3:3: languagerule without languagerulename"},
		{"rule outside", head + "  <rule/>", "srx: t.srx:3:3: rule outside a languagerule"},
		{"bad rule", head + "<languagerule languagerulename=\"English\">\n  한국 <rule><beforebreak>(?&lt;=x)</beforebreak></rule>", "srx: t.srx:4:6: rule English #1: "},
		{"closed wrong", head + "<languagerule languagerulename=\"E\">\n  </languagerules>", "srx: t.srx:4:18: element <languagerule> closed by </languagerules>"},
		{"utf8", head + "<languagerule languagerulename=\"E\"><rule><beforebreak>한\xff", "srx: t.srx:3:56: invalid UTF-8"},
		{"nul", head + "<languagerule languagerulename=\"E\"><rule><beforebreak>a\x00", "srx: t.srx:3:56: illegal character code U+0000"},
		{"c1", head + "<languagerule languagerulename=\"E\"><rule><beforebreak>a\u0085</beforebreak></rule></languagerule>", "srx: t.srx:3:56: control character U+0085"},
	}
	for _, tt := range tests {
		_, err := Parse(strings.NewReader(tt.src), "t.srx")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s:\n got %v\nwant %s", tt.name, err, tt.want)
		}
	}
}
