package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"bitext": func() { os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr, os.Getenv)) },
		// exit N bitext ARGS... runs bitext and succeeds only when its exit
		// code is N; the scripts use it to pin the exit-code table.
		"exit": func() {
			want, err := strconv.Atoi(os.Args[1])
			if err != nil || len(os.Args) < 3 {
				fmt.Fprintln(os.Stderr, "usage: exit N bitext ARGS...")
				os.Exit(100)
			}
			got := run(os.Args[2:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
			if got != want {
				fmt.Fprintf(os.Stderr, "exit code %d, want %d\n", got, want)
				os.Exit(100)
			}
			os.Exit(0)
		},
	})
}

// TestScripts runs the command's testscript files in testdata/*.txtar.
// Each script starts with an empty environment except HOME and PATH, so
// LANG and BITEXT_UI_LANG are set by the scripts that need them.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata",
		Setup: func(env *testscript.Env) error {
			env.Setenv("LANG", "")
			env.Setenv("BITEXT_UI_LANG", "")
			// REPO is the repository's top folder, for the scripts that
			// test its CI integrations (action.yml's check step).
			root, err := filepath.Abs("../..")
			if err != nil {
				return err
			}
			env.Setenv("REPO", root)
			return nil
		},
		RequireExplicitExec: true,
		Cmds:                scriptCmds, // badinput_test.go
	})
}
