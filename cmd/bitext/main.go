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

	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"

	"bitext/internal/clilang"
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
	ui := locales.New(locales.Detect(clilang.UILangArg(args), getenv))
	app := newApp(ui, stdin, stdout, stderr)
	err := app.Run(args)
	code := exitcode.Of(err)
	if err != nil && err.Error() != "" {
		fmt.Fprintf(stderr, "bitext: %s\n", ui.Error(err))
	}
	return code
}

func newApp(ui *locales.Localizer, stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	clilang.LocalizeHelp(ui)
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
			return clilang.UsageError(ui, err)
		},
		CommandNotFound: func(c *cli.Context, name string) {},
	}
	for _, f := range append([]commandFunc{clilang.HelpCommand}, commands...) {
		cmd := f(ui)
		clilang.SetUsageErrors(ui, cmd)
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

// langFlagValue parses a BCP 47 tag given on the command line.
func langFlagValue(ui *locales.Localizer, flag, value string) (language.Tag, error) {
	tag, err := language.Parse(value)
	if err != nil {
		return language.Und, badInput(fmt.Errorf("%s", ui.T("ErrBadLangTag", map[string]any{"Flag": flag, "Value": value})))
	}
	return tag, nil
}
