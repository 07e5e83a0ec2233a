package pipeline

import (
	"os"
	"strings"

	"bitext/tm"
)

// FindConfig reads the configuration file at path, else ./bitext.toml
// when there is one, else gives DefaultConfig. A path that cannot be
// read gives its *fs.PathError from os.Stat; a file that does not parse
// LoadConfig's error.
func FindConfig(path string) (cfg Config, statErr, err error) {
	if path == "" {
		if _, err := os.Stat(DefaultConfigFile); err != nil {
			return DefaultConfig(), nil, nil
		}
		path = DefaultConfigFile
	}
	if _, err := os.Stat(path); err != nil {
		return Config{}, err, nil
	}
	cfg, err = LoadConfig(path)
	return cfg, nil, err
}

// Overrides are the settings of `bitext run`'s command line over those of
// the configuration file: "" (nil) leaves the file's.
type Overrides struct {
	Formats string // comma-separated
	Layout  string // checked by CheckLayout first
	TM      string // --tm, else BITEXT_TM
	// Candidates is --tm-candidates, the most TM candidates kept per
	// segment (1..MaxCandidates, checked by the command); 0 leaves the
	// file's tm.candidates.
	Candidates int
	// CoreLexicon is --core-lexicon when given; nil leaves the file's
	// align.core_lexicon.
	CoreLexicon *bool
}

// Apply sets the overrides in cfg and returns the TM to use: the
// override's, else the file's, else tm.Location's default.
func (cfg *Config) Apply(o Overrides) string {
	if o.Formats != "" {
		cfg.Output.Formats = strings.Split(o.Formats, ",")
	}
	if o.Layout != "" {
		cfg.Input.Layout = o.Layout
	}
	if o.Candidates > 0 {
		cfg.TM.Candidates = o.Candidates
	}
	if o.CoreLexicon != nil {
		v := *o.CoreLexicon
		cfg.Align.CoreLexicon = &v
	}
	switch {
	case o.TM != "":
		return o.TM
	case cfg.TM.Path != "":
		return cfg.TM.Path
	}
	return tm.Location("", nil)
}
