//go:build unix

package lexicon

import (
	"fmt"
	"os"
	"syscall"
	"testing"
	"time"

	"bitext/internal/tmgen"
)

// BenchmarkTrain learns a lexicon from generated TM units (package tmgen,
// from its built-in sentence pairs, or from the corpus folder named by
// BITEXT_LEXICON_CORPUS, such as ../shared/corpus):
//
//	go test ./lexicon -run XXX -bench 'Train/1000000$' -benchtime 1x -cpu 1
//
// cpu-s/op is the process's user and system time during training, which
// the machine's load does not inflate as it does the wall time. The 1M
// case is the budget: 60 s of CPU on one core.
func BenchmarkTrain(b *testing.B) {
	pairs := tmgen.Builtin()
	if dir := os.Getenv("BITEXT_LEXICON_CORPUS"); dir != "" {
		var err error
		if pairs, err = tmgen.LoadCorpus(dir); err != nil {
			b.Fatal(err)
		}
	}
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			units := tmgen.New(pairs, 1).Units(n)
			b.ResetTimer()
			cpu := time.Duration(0)
			for i := 0; i < b.N; i++ {
				c0 := cpuTime()
				t := NewTrainer()
				for _, u := range units {
					t.Add(u.Ko, u.En)
				}
				lex := t.Train(DefaultIterations)
				cpu += cpuTime() - c0
				b.ReportMetric(float64(lex.Len()), "stems")
			}
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
