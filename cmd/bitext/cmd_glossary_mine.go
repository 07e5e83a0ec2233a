package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"bitext/atomicfile"
	"bitext/internal/exitcode"
	"bitext/lexicon"
	"bitext/locales"
	"bitext/mine"
)

type glossaryMineOptions struct {
	tm, out, format string
	lexicon         string // a lexicon file (bitext tm lexicon); its own cache
	glossaries      []string
	since, recent   time.Time
	minCount        int
	noCache         bool
	core            bool // --core-lexicon
}

func glossaryMineCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "mine",
		Usage:       ui.T("MineUsage", nil),
		Description: ui.T("MineDescription", nil),
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "tm", Usage: ui.T("MineFlagTM", nil)},
			&cli.StringSliceFlag{Name: "glossary", Aliases: []string{"g"}, Usage: ui.T("GlossaryFlagGlossary", nil)},
			&cli.StringFlag{Name: "since", Usage: ui.T("MineFlagSince", nil)},
			&cli.StringFlag{Name: "recent", Usage: ui.T("MineFlagRecent", nil)},
			&cli.IntFlag{Name: "min-count", Value: 2, Usage: ui.T("MineFlagMinCount", nil)},
			&cli.StringFlag{Name: "format", Value: "csv", Usage: ui.T("MineFlagFormat", nil)},
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: ui.T("GlossaryFlagOut", nil)},
			&cli.BoolFlag{Name: "no-cache", Usage: ui.T("MineFlagNoCache", nil)},
			&cli.StringFlag{Name: "lexicon", Usage: ui.T("MineFlagLexicon", nil)},
			&cli.BoolFlag{Name: "core-lexicon", Value: true, Usage: ui.T("MineFlagCoreLexicon", nil)},
		},
		Action: func(c *cli.Context) error {
			o := glossaryMineOptions{tm: tmPath(c), out: c.String("out"), format: c.String("format"),
				glossaries: c.StringSlice("glossary"), minCount: c.Int("min-count"), noCache: c.Bool("no-cache"),
				lexicon: c.String("lexicon"), core: c.Bool("core-lexicon")}
			if !slices.Contains(mine.Formats, o.format) {
				return badInput(errors.New(ui.T("MineErrFormat", map[string]any{"Value": o.format})))
			}
			if o.minCount < 1 {
				return badInput(errors.New(ui.T("MineErrMinCount", map[string]any{"Value": o.minCount})))
			}
			for _, f := range []struct {
				name string
				dst  *time.Time
			}{{"since", &o.since}, {"recent", &o.recent}} {
				if v := c.String(f.name); v != "" {
					d, err := time.Parse(time.DateOnly, v)
					if err != nil {
						return badInput(errors.New(ui.T("MineErrDate", map[string]any{"Flag": f.name, "Value": v})))
					}
					*f.dst = d
				}
			}
			return glossaryMine(ui, c, o)
		},
	}
}

func glossaryMine(ui *locales.Localizer, c *cli.Context, o glossaryMineOptions) error {
	mo := mine.Options{Since: o.since, Recent: o.recent, MinCount: o.minCount}
	if len(o.glossaries) > 0 {
		g, err := glossaryLoad(ui, c, o.glossaries)
		if err != nil {
			return err
		}
		mo.Glossary = g
	}
	if o.lexicon != "" {
		// Runs with a lexicon keep their own cache (TM.mine-lexicon), for
		// one lexicon: with another, every unit is read again.
		lex, err := loadAlignLexicon(ui, o.lexicon, "")
		if err != nil {
			return err
		}
		mo.Lexicon = lex
	}
	if o.core {
		// The core lexicon's translations find the names the desk
		// translates (미국 United States); alone it keeps the plain cache.
		mo.Lexicon = lexicon.WithCore(mo.Lexicon)
	}
	dsnPath := strings.TrimPrefix(o.tm, "sqlite:")
	if _, err := os.Stat(dsnPath); err != nil && !strings.Contains(o.tm, "://") {
		return inputFileError(ui, dsnPath, err)
	}
	store, path, err := openTM(ui, c)
	if err != nil {
		return err
	}
	defer store.Close()
	res, err := mine.RunCached(c.Context, store, mo, dsnPath, o.noCache)
	var ce *mine.CacheError
	switch {
	case errors.As(err, &ce) && ce.Write:
		return environment(errors.New(ui.T("ErrWrite", map[string]any{"Path": ce.Path, "Err": exitcode.PathReason(ce.Err)})))
	case errors.As(err, &ce):
		return environment(errors.New(ui.T("MineErrCache", map[string]any{"Path": ce.Path, "Err": ce.Err})))
	case err != nil:
		return storeErr(ui, path, err)
	}
	if res.CacheIgnored != nil {
		fmt.Fprintln(c.App.ErrWriter, ui.T("MineWarnCache", map[string]any{"Err": res.CacheIgnored}))
	}
	write := func(w io.Writer) error { return res.Write(w, o.format) }
	if o.out == "" || o.out == "-" {
		if err := write(c.App.Writer); err != nil {
			return err
		}
	} else if err := atomicfile.Write(o.out, write); err != nil {
		return environment(errors.New(ui.T("ErrWrite", map[string]any{"Path": o.out, "Err": exitcode.PathReason(err)})))
	}
	fmt.Fprintln(c.App.ErrWriter, ui.T("MineSummary", map[string]any{
		"Candidates": len(res.Candidates), "Drift": len(res.Drift), "Stale": len(res.Stale),
		"Read": res.Read, "Total": res.Total,
	}))
	return nil
}
