package export

import (
	"io"
	"strings"

	"bitext/article"
)

// Format is one export format.
type Format struct {
	Name string // as given to --formats: "tsv", "html", ...
	Ext  string // file extension with its dot, unique among the formats
	// Write writes d; o may be nil (English labels, default threshold).
	Write func(w io.Writer, d *article.Article, o *Options) error
}

// formats are the formats in the order --formats=all writes them; the
// XLIFF and TMX formats are added by exchange.go.
var formats = []Format{
	{Name: "tsv", Ext: ".tsv", Write: func(w io.Writer, d *article.Article, _ *Options) error { return WriteTSV(w, d) }},
	{Name: "jsonl", Ext: ".jsonl", Write: func(w io.Writer, d *article.Article, _ *Options) error { return WriteJSONL(w, d) }},
	{Name: "md", Ext: ".md", Write: WriteMarkdown},
	{Name: "html", Ext: ".html", Write: WriteHTML},
	{Name: "docx", Ext: ".docx", Write: WriteDOCX},
}

var aliases = map[string]string{
	"xliff2":   "xliff",
	"xliff21":  "xliff",
	"xlf":      "xliff",
	"xliff1":   "xliff12",
	"markdown": "md",
	"json":     "jsonl",
	"ndjson":   "jsonl",
}

// Formats returns every format, in the order --formats=all writes them.
func Formats() []Format {
	return append([]Format(nil), formats...)
}

// Names returns the names of every format.
func Names() []string {
	out := make([]string, len(formats))
	for i, f := range formats {
		out[i] = f.Name
	}
	return out
}

// Lookup returns the format called name (case-insensitive; "markdown",
// "json", "xliff2" and a few other aliases work too).
func Lookup(name string) (Format, bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	if a, ok := aliases[name]; ok {
		name = a
	}
	for _, f := range formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}
