// Package clilang puts bitext's command line (urfave/cli) into the
// interface language: help headings and flag texts, the help command,
// flag and argument errors (exit 2), and --ui-lang read before the
// command tree is built.
//
//	ui := locales.New(locales.Detect(clilang.UILangArg(os.Args), os.Getenv))
//	clilang.LocalizeHelp(ui)
//	app.Commands = append(app.Commands, clilang.HelpCommand(ui))
//	clilang.SetUsageErrors(ui, cmd)
package clilang

import (
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"bitext/internal/exitcode"
	"bitext/locales"
)

// UILangArg finds --ui-lang in args before the flags are parsed, since the
// command tree itself is built in that language.
func UILangArg(args []string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		for _, p := range []string{"--ui-lang", "-ui-lang"} {
			if a == p && i+1 < len(args) {
				return args[i+1]
			}
			if strings.HasPrefix(a, p+"=") {
				return a[len(p)+1:]
			}
		}
	}
	return ""
}

// usageError is a flag or argument error, said in the interface language.
type usageError struct {
	ui  *locales.Localizer
	err error
}

func (e usageError) Error() string {
	msg := e.err.Error()
	// invalid value "abc" for flag -jobs: parse error
	if rest, ok := strings.CutPrefix(msg, "invalid value "); ok {
		if v, err := strconv.QuotedPrefix(rest); err == nil {
			if flag, why, ok := strings.Cut(strings.TrimPrefix(rest[len(v):], " for flag "), ": "); ok {
				return e.ui.T("ErrUsage", map[string]any{"Err": e.ui.T("ErrFlagValue", map[string]any{"Flag": flag, "Value": v, "Why": why})})
			}
		}
	}
	// The flag package's own errors, said in the interface language.
	for _, p := range []struct{ prefix, id string }{
		{"flag provided but not defined: ", "ErrFlagUndefined"},
		{"flag needs an argument: ", "ErrFlagNeedsArg"},
		{"invalid value ", "ErrFlagInvalid"},
	} {
		if strings.HasPrefix(msg, p.prefix) {
			msg = e.ui.T(p.id, map[string]any{"Detail": strings.TrimPrefix(msg, p.prefix)})
			break
		}
	}
	return e.ui.T("ErrUsage", map[string]any{"Err": msg})
}
func (e usageError) Unwrap() error { return e.err }

// UsageError is a flag or argument error of urfave/cli as bad input
// (exit 2), said in the interface language.
func UsageError(ui *locales.Localizer, err error) error {
	return exitcode.AsBadInput(usageError{ui, err})
}

// SetUsageErrors makes the flag and argument errors of cmd and its
// subcommands bad input (exit 2) said in the interface language.
func SetUsageErrors(ui *locales.Localizer, cmd *cli.Command) {
	// urfave/cli's help subcommand has an English usage text: groups of
	// subcommands take --help instead.
	cmd.HideHelpCommand = true
	if cmd.OnUsageError == nil {
		cmd.OnUsageError = func(c *cli.Context, err error, _ bool) error {
			return UsageError(ui, err)
		}
	}
	for _, sub := range cmd.Subcommands {
		SetUsageErrors(ui, sub)
	}
}

var (
	defaultApp  = cli.AppHelpTemplate
	defaultCmd  = cli.CommandHelpTemplate
	defaultSub  = cli.SubcommandHelpTemplate
	defaultFlag = cli.FlagStringer
)

// LocalizeHelp puts urfave/cli's help headings and flag texts into the
// interface language.
func LocalizeHelp(ui *locales.Localizer) {
	usage := `{{if .UsageText}}{{wrap .UsageText 3}}{{else}}{{.HelpName}}{{if .VisibleFlags}} ` + ui.T("HelpCommandOptions", nil) + `{{end}}{{if .ArgsUsage}} {{.ArgsUsage}}{{else}}{{if .Args}} ` + ui.T("HelpArguments", nil) + `{{end}}{{end}}{{end}}`
	r := strings.NewReplacer(
		"NAME:", ui.T("HelpName", nil),
		"USAGE:", ui.T("HelpUsage", nil),
		"VERSION:", ui.T("HelpVersion", nil),
		"DESCRIPTION:", ui.T("HelpDescription", nil),
		"COMMANDS:", ui.T("HelpCommands", nil),
		"GLOBAL OPTIONS:", ui.T("HelpGlobalOptions", nil),
		"OPTIONS:", ui.T("HelpOptions", nil),
		"CATEGORY:", ui.T("HelpCategory", nil),
		"[global options]", ui.T("HelpGlobalOptionsArg", nil),
		"command [command options]", ui.T("HelpCommandArg", nil),
		"[arguments...]", ui.T("HelpArguments", nil),
		`{{template "usageTemplate" .}}`, usage,
	)
	cli.AppHelpTemplate = r.Replace(defaultApp)
	cli.CommandHelpTemplate = r.Replace(defaultCmd)
	cli.SubcommandHelpTemplate = r.Replace(defaultSub)
	cli.HelpFlag = &cli.BoolFlag{Name: "help", Aliases: []string{"h"}, Usage: ui.T("FlagHelp", nil), DisableDefaultText: true}
	defaultText := ui.T("HelpDefault", nil)
	cli.FlagStringer = func(f cli.Flag) string {
		s := defaultFlag(f)
		// A switch that is off unless given says nothing about its default.
		s = strings.TrimSuffix(s, " (default: false)")
		s = strings.Replace(s, "(default: ", "("+defaultText+": ", 1)
		return s
	}
}

// HelpCommand replaces urfave/cli's own help command, whose usage text
// cannot be localized.
func HelpCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:      "help",
		Aliases:   []string{"h"},
		Usage:     ui.T("HelpCommandUsage", nil),
		ArgsUsage: ui.T("HelpCommandArgs", nil),
		HideHelp:  true,
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return cli.ShowAppHelp(c)
			}
			return cli.ShowCommandHelp(c.Lineage()[1], c.Args().First())
		},
	}
}
