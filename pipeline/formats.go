package pipeline

import (
	"fmt"
	"io"

	"bitext/export"
	"bitext/omegat"
	"bitext/xliff"
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

// exportFormats returns every format of package export, then the OmegaT
// kit (kitFormat); text gives the pages' labels in the interface language
// uiLang (nil: English).
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
	return append(out, kitFormat{opts: opts})
}

// KitFormat is the name of the OmegaT translation kit format: per
// pretranslated original, ARTICLE.omegat.xlf in the articles folder (an
// XLIFF 1.2 kit file, omegat.SourceDocument), and per run the OmegaT
// project KitDir built from the kit files of every article the run's state
// records (writeKit). Only written when asked for (--formats omegat), not
// by "all": it is a hand-off to a translator, not a record of the run.
const KitFormat = "omegat"

// KitDir is the OmegaT project folder in the out folder.
const KitDir = "omegat"

// kitFormat writes an article's OmegaT kit file.
type kitFormat struct{ opts *export.Options }

func (kitFormat) Name() string { return KitFormat }
func (kitFormat) Ext() string  { return ".omegat.xlf" }

// optIn: not among the formats "all" selects.
func (kitFormat) optIn() bool { return true }

func (k kitFormat) Write(w io.Writer, a *Article) error {
	doc := omegat.SourceDocument(export.XLIFFDocument(&a.Article, k.opts, xliff.Version12))
	if err := xliff.Encode(w, &doc); err != nil {
		return fmt.Errorf("pipeline: omegat kit: %w", err)
	}
	return nil
}
