package lexicon

import (
	"os"
)

// Load reads the lexicon an alignment uses: file when given, else the one
// stored with the TM at tmPath (PathFor), else none (nil). A TM without a
// lexicon file yet gives none. Errors are the file system's
// (*fs.PathError) or a *SyntaxError.
func Load(file, tmPath string) (*Lexicon, error) {
	if file == "" && tmPath != "" {
		file = PathFor(tmPath)
		if _, err := os.Stat(file); err != nil {
			return nil, nil
		}
	}
	if file == "" {
		return nil, nil
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, file)
}
