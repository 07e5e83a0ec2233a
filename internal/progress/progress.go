// Package progress is the progress bar of `bitext run`: drawn on stderr
// only when it is a terminal (a pseudo-terminal such as script(1)'s
// counts), never under CI or TERM=dumb, and otherwise a no-op.
//
//	bar := progress.New(os.Stderr, os.Getenv)
//	defer bar.Close()
//	for ev := range events {
//		bar.Event(ev.Total, ev.Name != "") // a finished article moves it on
//	}
package progress

import (
	"io"
	"os"
	"strconv"

	"github.com/mattn/go-isatty"
	"github.com/vbauerster/cupwriter"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// Bar is a progress bar, or nothing when it is not shown.
type Bar struct {
	p   *mpb.Progress
	bar *mpb.Bar
}

// Output decides whether the progress bar is drawn on w, and how: only on
// a terminal, not under CI or TERM=dumb. width is the terminal's width, 0
// when the terminal reports it; a pseudo-terminal that was never given a
// size reports 0 columns, and mpb would then draw nothing, so the width is
// taken from COLUMNS, else 80.
func Output(w io.Writer, getenv func(string) string) (show bool, width int) {
	f, ok := w.(*os.File)
	if !ok || getenv("CI") != "" || getenv("TERM") == "dumb" {
		return false, 0
	}
	if !isatty.IsTerminal(f.Fd()) && !isatty.IsCygwinTerminal(f.Fd()) {
		return false, 0
	}
	if cols, _, err := cupwriter.New(f, false).GetTermSize(); err == nil && cols > 0 {
		return true, 0
	}
	if n, err := strconv.Atoi(getenv("COLUMNS")); err == nil && n > 0 {
		return true, n
	}
	return true, 80
}

// New returns the bar drawn on w when Output says so, else a bar that
// draws nothing.
func New(w io.Writer, getenv func(string) string) *Bar {
	show, width := Output(w, getenv)
	if !show {
		return &Bar{}
	}
	if width == 0 {
		return &Bar{p: mpb.New(mpb.WithOutput(w), mpb.WithWidth(40))}
	}
	// Hide the file from mpb, which would ask it for its (zero) size, and
	// draw as on a terminal of the width found.
	return &Bar{p: mpb.New(mpb.WithOutput(struct{ io.Writer }{w}), mpb.ForceTTY(), mpb.WithAutoRefresh(), mpb.WithWidth(width))}
}

// Event shows the total number of items (the first event sets it) and,
// when done, one item more finished.
func (r *Bar) Event(total int, done bool) {
	if r.p == nil {
		return
	}
	if r.bar == nil {
		// AverageETA, not EwmaETA: the EWMA only moves with
		// EwmaIncrement's durations, and stayed at 0s with Increment.
		r.bar = r.p.AddBar(int64(total), mpb.BarWidth(40),
			mpb.PrependDecorators(decor.Name("bitext run "), decor.CountersNoUnit("%d/%d")),
			mpb.AppendDecorators(decor.Percentage(decor.WC{W: 5}), decor.Name(" "), decor.AverageETA(decor.ET_STYLE_GO)))
	}
	if done {
		r.bar.Increment()
	}
}

// Close stops the bar, aborting it when not complete.
func (r *Bar) Close() {
	if r.p == nil {
		return
	}
	if r.bar != nil && !r.bar.Completed() {
		r.bar.Abort(false)
	}
	r.p.Wait()
}
