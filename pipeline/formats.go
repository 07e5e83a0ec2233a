package pipeline

import (
	"io"

	"bitext/export"
)

// exportFormat is a format of package export behind the Format interface.
type exportFormat struct {
	f    export.Format
	opts *export.Options
}

func (e exportFormat) Name() string { return e.f.Name }
func (e exportFormat) Ext() string  { return e.f.Ext }
func (e exportFormat) Write(w io.Writer, a *Article) error {
	return e.f.Write(w, &a.Article, e.opts)
}

// exportFormats returns every format of package export; text gives the
// pages' labels in the interface language uiLang (nil: English).
func exportFormats(text func(id string) string, uiLang string) []Format {
	opts := &export.Options{Labels: export.DefaultLabels(), LowConfidence: MinStoreConfidence}
	if text != nil {
		opts.Labels = export.NewLabels(text)
		opts.UILang = uiLang
	}
	var out []Format
	for _, f := range export.Formats() {
		out = append(out, exportFormat{f: f, opts: opts})
	}
	return out
}
