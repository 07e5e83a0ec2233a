package align

import (
	"strings"

	"golang.org/x/text/language"

	"bitext/segment"
	"bitext/textfile"
)

// Side is one side of an alignment read from a file: its language and
// segments, with the paragraph of each (nil when the file came segmented).
type Side struct {
	Lang  language.Tag
	Segs  []string
	Paras []int
}

// ReadSide reads one side of an alignment from the bytes of file name as
// `bitext run` reads articles: the encoding detected with evidence, NUL
// and control characters refused at their position, NFC. lang Und is
// detected from the text. A presegmented file has one segment a line;
// otherwise the text is split into sentences with their paragraphs.
// Errors are textfile's, naming the file and position.
func ReadSide(name string, data []byte, lang language.Tag, presegmented bool) (*Side, error) {
	hint := textfile.AnyLang
	switch lang.String() {
	case "ko":
		hint = textfile.Korean
	case "en":
		hint = textfile.English
	}
	decoded, _, err := textfile.Decode(name, data, textfile.Auto, hint, textfile.Limits{MaxLine: textfile.MaxArticleLine, FormFeed: true})
	if err != nil {
		return nil, err
	}
	text := strings.ReplaceAll(decoded, "\r\n", "\n")
	side := &Side{Lang: lang}
	if side.Lang == language.Und {
		side.Lang = segment.DetectLang(text)
	}
	if presegmented {
		if text = strings.TrimSuffix(text, "\n"); text != "" {
			side.Segs = strings.Split(text, "\n")
		}
		return side, nil
	}
	for _, s := range segment.Split(text, side.Lang) {
		side.Segs = append(side.Segs, s.Text)
		side.Paras = append(side.Paras, s.Para)
	}
	return side, nil
}
