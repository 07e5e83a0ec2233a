package pipeline

import "testing"

// align.core_lexicon is on unless the file or the command line switches it
// off; the command line wins.
func TestAlignCoreLexicon(t *testing.T) {
	on, off := true, false
	for _, c := range []struct {
		name, text string
		override   *bool
		want       bool
	}{
		{"default", "", nil, true},
		{"file off", "[align]\ncore_lexicon = false\n", nil, false},
		{"file on", "[align]\ncore_lexicon = true\n", nil, true},
		{"flag off", "[align]\ncore_lexicon = true\n", &off, false},
		{"flag on", "[align]\ncore_lexicon = false\n", &on, true},
	} {
		cfg, err := ParseConfig("bitext.toml", []byte(c.text))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		cfg.Apply(Overrides{CoreLexicon: c.override})
		if got := cfg.Align.Core(); got != c.want {
			t.Errorf("%s: Align.Core() = %v, want %v", c.name, got, c.want)
		}
	}
	if _, err := ParseConfig("bitext.toml", []byte("[align]\ncore = false\n")); err == nil {
		t.Error("unknown key align.core accepted")
	}
	if DefaultConfig().Align.Core() != true {
		t.Error("the default config has the core lexicon off")
	}
}
