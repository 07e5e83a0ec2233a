// Command bitext segments, checks, aligns and exports Korean/English news
// for a newsroom's English edition, with a translation memory behind it.
//
// main only builds the command tree and maps errors to exit codes; each
// command lives in its own cmd_*.go file, parses its flags into an options
// struct and calls the library packages.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"

	"bitext/internal/exitcode"
	"bitext/locales"
)

// The exit-code table is internal/exitcode's; these name its markers in
// the command files.
var (
	badInput       = exitcode.AsBadInput    // exit 2
	environment    = exitcode.AsEnvironment // exit 3
	findings       = exitcode.ErrFindings   // exit 1
	inputFileError = exitcode.InputFile     // missing: 2, unreadable: 3
	openError      = exitcode.Open          // the same, malformed content: 2
)

// commandFunc builds one top-level command with the interface texts of ui.
type commandFunc func(ui *locales.Localizer) *cli.Command

// commands is filled by the init functions of the cmd_*.go files.
var commands []commandFunc

func register(f commandFunc) { commands = append(commands, f) }

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}

// run is main without the process: it returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	ui := locales.New(locales.Detect(uiLangArg(args), getenv))
	app := newApp(ui, stdin, stdout, stderr)
	err := app.Run(args)
	code := exitcode.Of(err)
	if err != nil && err.Error() != "" {
		fmt.Fprintf(stderr, "bitext: %s\n", ui.Error(err))
	}
	return code
}

// uiLangArg finds --ui-lang in args before the flags are parsed, since the
// command tree itself is built in that language.
func uiLangArg(args []string) string {
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

func newApp(ui *locales.Localizer, stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	localizeHelp(ui)
	app := &cli.App{
		Name:                 "bitext",
		Usage:                ui.T("AppUsage", nil),
		Description:          ui.T("AppDescription", nil) + "\n\n" + ui.T("ExitCodes", nil),
		Reader:               stdin,
		Writer:               stdout,
		ErrWriter:            stderr,
		EnableBashCompletion: false,
		HideVersion:          true,
		HideHelpCommand:      true,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "ui-lang", Usage: ui.T("FlagUILang", nil)},
			cli.HelpFlag, // our own help command keeps cli from adding it
		},
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError: func(c *cli.Context, err error, _ bool) error {
			return badInput(usageError{ui, err})
		},
		CommandNotFound: func(c *cli.Context, name string) {},
	}
	for _, f := range append([]commandFunc{helpCommand}, commands...) {
		cmd := f(ui)
		setUsageErrors(ui, cmd)
		app.Commands = append(app.Commands, cmd)
	}
	sort.Slice(app.Commands, func(i, j int) bool { return app.Commands[i].Name < app.Commands[j].Name })
	app.Action = func(c *cli.Context) error {
		if c.NArg() > 0 {
			return badInput(fmt.Errorf("%s", ui.T("ErrUnknownCommand", map[string]any{"Name": c.Args().First()})))
		}
		return cli.ShowAppHelp(c)
	}
	return app
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

func setUsageErrors(ui *locales.Localizer, cmd *cli.Command) {
	// urfave/cli's help subcommand has an English usage text: groups of
	// subcommands take --help instead.
	cmd.HideHelpCommand = true
	if cmd.OnUsageError == nil {
		cmd.OnUsageError = func(c *cli.Context, err error, _ bool) error {
			return badInput(usageError{ui, err})
		}
	}
	for _, sub := range cmd.Subcommands {
		setUsageErrors(ui, sub)
	}
}

var (
	defaultApp  = cli.AppHelpTemplate
	defaultCmd  = cli.CommandHelpTemplate
	defaultSub  = cli.SubcommandHelpTemplate
	defaultFlag = cli.FlagStringer
)

// localizeHelp puts urfave/cli's help headings and flag texts into the
// interface language.
func localizeHelp(ui *locales.Localizer) {
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

// helpCommand replaces urfave/cli's own help command, whose usage text
// cannot be localized.
func helpCommand(ui *locales.Localizer) *cli.Command {
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

// langFlagValue parses a BCP 47 tag given on the command line.
func langFlagValue(ui *locales.Localizer, flag, value string) (language.Tag, error) {
	tag, err := language.Parse(value)
	if err != nil {
		return language.Und, badInput(fmt.Errorf("%s", ui.T("ErrBadLangTag", map[string]any{"Flag": flag, "Value": value})))
	}
	return tag, nil
}
