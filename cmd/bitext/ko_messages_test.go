package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestKoreanErrors runs error paths of every command under --ui-lang ko
// and fails on Latin words in the messages that are not file names,
// values, flags or terms of the trade (TM, XLIFF, ...): library and Go
// errors must reach the user in Korean too.
func TestKoreanErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("g.csv", "id,type,lang,term,status\nnk,place,en,North Korea,preferred\nnk,place,ko,북한,preferred\n")
	write("bad.csv", "id,type,lang,term,status\nnk,place,en,North Korea,preferred\nnk,place,ko,북한,nosuchstatus\n")
	write("badcol.csv", "id,lang,term,stauts\n")
	write("a.txt", "North Korea fired a missile.\n")
	write("ko.txt", "북한이 미사일을 쐈다.\n")
	write("bad.tmx", "<tmx version=\"1.4\"><header srclang=\"ko\"/><body><tu>")
	write("bad.xlf", "<xliff version=\"2.1\"><file>")
	write("bad.toml", "[output]\nfromats = [\"html\"]\n")
	write("latin1.txt", "\xc5land Islands\n")
	write("mixed.txt", "Headline\n\nThe \xc5land Islands and \x81\x81\x81 more.\n")
	write("damaged.txt", "북한이 미사일을 쐈다. 정부는 \xff 발표했다. 서울에서 회의가 열렸다.\n")
	write("nul.txt", "a\x00b\n")
	os.Mkdir(filepath.Join(dir, "folder"), 0o755)
	cases := [][]string{
		{"nosuchcommand"},
		{"check", "--nosuchflag", "a.txt"},
		{"check", "-g"},
		{"check", "-g", "nosuch.csv", "a.txt"},
		{"check", "-g", "bad.csv", "a.txt"},
		{"check", "-g", "badcol.csv", "a.txt"},
		{"check", "-g", "g.csv", "nosuch.txt"},
		{"check", "-g", "g.csv", "--format", "nosuch", "a.txt"},
		{"check", "-g", "g.csv", "--fail-on", "nosuch", "a.txt"},
		{"check", "-g", "g.csv", "bad.tmx"},
		{"check", "-g", "g.csv", "bad.xlf"},
		{"check", "-g", "g.csv", "nul.txt"},
		{"check", "-g", "g.csv", "mixed.txt"},
		{"check", "-g", "g.csv", "damaged.txt"},
		{"check", "-g", "folder", "a.txt"},
		{"glossary", "lint", "nosuch.csv"},
		{"glossary", "lint", "folder"},
		{"glossary", "match", "-g", "g.csv", "--date", "2022-13-01", "x"},
		{"glossary", "export", "--format", "nosuch", "g.csv"},
		{"segment", "nosuch.txt"},
		{"segment", "--format", "nosuch", "a.txt"},
		{"segment", "nul.txt"},
		{"align", "a.txt"},
		{"align", "nosuch.txt", "a.txt"},
		{"align", "--format", "docx", "ko.txt", "a.txt"},
		{"align", "folder", "a.txt"},
		{"tm", "import", "--tm", "x.tm", "nosuch.tmx"},
		{"tm", "import", "--tm", "x.tm", "bad.tmx"},
		{"tm", "lookup"},
		{"run", "--jobs", "abc", "a.txt"},
		{"run", "--config", "nosuch.toml", "a.txt"},
		{"run", "--config", "bad.toml", "a.txt"},
		{"run", "--out", "out", "nosuch.txt"},
		{"import", "--out", "out", "bad.xlf"},
		{"eval", "segment", "--min-cases", "2", "--cases", "x.json"},
		{"eval", "align"},
	}
	// What may stay in Latin letters: flags, quoted values, paths and
	// file names, and the names of formats, standards and products.
	allowed := map[string]bool{}
	for _, w := range strings.Fields("TM XLIFF TMX TBX CSV TSV SRX JSON HTML DOCX SARIF JUnit PostgreSQL SQLite UTF EUC KR CP BCP F1 ASCII KS windows " +
		"bitext help INPUT NUL LF CR txt md tsv tmx xlf xliff csv tbx toml html json jsonl text docx xliff12 auto " +
		"ko en postgres YYYY MM DD ID id error warning sarif junit github checkstyle codequality " +
		"preferred admitted deprecated superseded person title organization place term type lang status case short note from until " +
		// package prefixes of errors ("tmx: bad.tmx:1:52: ...")
		"pipeline tmx xliff check glossary tm srx segment align export queue textfile number lexicon") {
		allowed[w] = true
	}
	// Rule and problem codes in brackets ([syntax], [deprecated-term]) are
	// identifiers, like flags.
	strip := regexp.MustCompile(`\[[a-z][a-z-]*\]|"[^"]*"|'[^']*'|\S*[/.]\S*|--?[a-z][a-z0-9-]*|\bU\+[0-9A-F]+|\b0x[0-9a-fA-F]+`)
	word := regexp.MustCompile(`[A-Za-z]{2,}`)
	for _, args := range cases {
		var stdout, stderr bytes.Buffer
		old, _ := os.Getwd()
		if err := os.Chdir(dir); err != nil {
			t.Fatal(err)
		}
		code := run(append([]string{"bitext", "--ui-lang", "ko"}, args...), strings.NewReader(""), &stdout, &stderr, func(string) string { return "" })
		os.Chdir(old)
		if code == 0 {
			t.Errorf("%v: exit 0, want an error", args)
			continue
		}
		msg := stderr.String() + stdout.String() // lint prints its problems on stdout
		if msg == "" {
			t.Errorf("%v: exit %d and no message", args, code)
			continue
		}
		rest := strip.ReplaceAllString(msg, " ")
		for _, a := range args {
			for _, w := range word.FindAllString(a, -1) {
				allowed[w] = true
			}
		}
		var bad []string
		for _, w := range word.FindAllString(rest, -1) {
			if !allowed[w] {
				bad = append(bad, w)
			}
		}
		if len(bad) > 0 {
			t.Errorf("%v: English left in the Korean message %q: %v", args, strings.TrimSpace(msg), bad)
		}
	}
}
