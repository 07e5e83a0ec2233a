package segeval

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"golang.org/x/text/language"

	"bitext/internal/cputime"
	"bitext/internal/newstext"
	"bitext/segment"
	"bitext/textfile"
)

// SpeedResult is one language's speed measurement: the scanner and wc -w
// on the same generated file.
type SpeedResult struct {
	Lang     language.Tag
	MB       float64 // size of the file, 10^6 bytes
	Segments int
	Wall     time.Duration // the scanner
	CPU      time.Duration
	// WCWords is wc -w's count, empty and WCErr set when wc could not run.
	WCWords       string
	WCWall, WCCPU time.Duration
	WCErr         error
}

// Speed writes a generated news file of size bytes in lang to a
// temporary folder in dir, segments it with the Scanner reading the file
// as bitext segment does, and runs wc -w on the same file as a yardstick.
func Speed(dir string, lang language.Tag, size int64) (SpeedResult, error) {
	res := SpeedResult{Lang: lang}
	tmp, err := os.MkdirTemp(dir, "bitext-speed-")
	if err != nil {
		return res, fmt.Errorf("segeval: %w", err)
	}
	defer os.RemoveAll(tmp)
	path := filepath.Join(tmp, "news-"+lang.String()+".txt")
	f, err := os.Create(path)
	if err != nil {
		return res, fmt.Errorf("segeval: %w", err)
	}
	err = newstext.Generate(f, lang, size)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return res, fmt.Errorf("segeval: %s: %w", path, err)
	}
	st, err := os.Stat(path)
	if err != nil {
		return res, fmt.Errorf("segeval: %w", err)
	}
	res.MB = float64(st.Size()) / 1e6

	in, err := os.Open(path)
	if err != nil {
		return res, fmt.Errorf("segeval: %w", err)
	}
	defer in.Close()
	runtime.GC()
	start, startCPU := time.Now(), cputime.Self()
	// As bitext segment reads it: through textfile (checked, NFC).
	sc := segment.NewScanner(textfile.NewReader(path, in, textfile.Auto, textfile.AnyLang, textfile.Limits{FormFeed: true}), segment.Options{Lang: lang})
	for sc.Scan() {
		res.Segments++
	}
	res.Wall, res.CPU = time.Since(start), cputime.Self()-startCPU
	if err := sc.Err(); err != nil {
		return res, err
	}

	wc := exec.Command("wc", "-w", path)
	start = time.Now()
	out, err := wc.Output()
	res.WCWall, res.WCCPU = time.Since(start), cputime.Child(wc)
	if err != nil {
		res.WCErr = err
		return res, nil
	}
	if words := strings.Fields(string(out)); len(words) > 0 {
		res.WCWords = words[0]
	}
	return res, nil
}
