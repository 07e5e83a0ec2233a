package pipeline

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFindConfigAndApply(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "b.toml")
	if err := os.WriteFile(path, []byte("[tm]\npath = \"news.tm\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, statErr, err := FindConfig(path)
	if statErr != nil || err != nil {
		t.Fatal(statErr, err)
	}
	if got := cfg.Apply(Overrides{}); got != filepath.Join(dir, "news.tm") {
		t.Errorf("TM %q, want the file's news.tm, relative to it", got)
	}
	if got := cfg.Apply(Overrides{TM: "flag.tm", Formats: "html,tmx"}); got != "flag.tm" || len(cfg.Output.Formats) != 2 {
		t.Errorf("TM %q, formats %v: want the flag's", got, cfg.Output.Formats)
	}
	if _, statErr, _ := FindConfig(filepath.Join(dir, "none.toml")); statErr == nil {
		t.Error("a missing --config file: no error")
	}
	os.WriteFile(path, []byte("[tm\n"), 0o644)
	if _, statErr, err := FindConfig(path); statErr != nil || err == nil {
		t.Errorf("a config that does not parse: %v, %v", statErr, err)
	}
}
