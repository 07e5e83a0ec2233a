package main

import (
	"github.com/urfave/cli/v2"

	"bitext/locales"
)

// evalCommands are the subcommands of `bitext eval`; each cmd_eval_*.go
// file adds its own in init.
var evalCommands []commandFunc

func registerEval(f commandFunc) { evalCommands = append(evalCommands, f) }

func init() { register(evalCommand) }

func evalCommand(ui *locales.Localizer) *cli.Command {
	cmd := &cli.Command{
		Name:  "eval",
		Usage: ui.T("EvalUsage", nil),
	}
	for _, f := range evalCommands {
		cmd.Subcommands = append(cmd.Subcommands, f(ui))
	}
	return cmd
}
