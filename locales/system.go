package locales

import (
	"errors"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
)

// sysTexts are the English texts of the operating system, the Go runtime
// and the flag package that errors wrapped by bitext's own messages carry
// ("... cannot be opened: permission denied"). In another interface
// language Error replaces them with the message of the id; longer texts
// come before the shorter ones they contain.
var sysTexts = []struct{ en, id string }{
	{"no such file or directory", "SysNotExist"},
	{"no such file or folder", "SysNotExist"},
	{"no such file", "SysNotExist"},
	{"file does not exist", "SysNotExist"},
	{"permission denied", "SysPermission"},
	{"is a directory", "SysIsDir"},
	{"not a directory", "SysNotDir"},
	{"no space left on device", "SysNoSpace"},
	{"disk quota exceeded", "SysNoSpace"},
	{"read-only file system", "SysReadOnly"},
	{"file already exists", "SysExist"},
	{"file exists", "SysExist"},
	{"file name too long", "SysNameTooLong"},
	{"too many open files", "SysTooManyFiles"},
	{"input/output error", "SysIO"},
	{"connection refused", "SysConnRefused"},
	{"unexpected EOF", "SysUnexpectedEOF"},
	{"parse error", "SysParse"},
	{"value out of range", "SysRange"},
}

// Text says the parser and system texts inside s (a detail a library
// reported in English) in the interface language, as Error does.
func (l *Localizer) Text(s string) string { return l.system(s, nil) }

// system says the operating system's texts in s in the interface
// language, and drops the operation name of a path error ("open x.csv:
// permission denied" becomes "x.csv: 권한이 없습니다").
func (l *Localizer) system(s string, err error) string {
	if b, _ := l.Tag.Base(); b.String() == "en" {
		return s
	}
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Err != nil {
		s = strings.Replace(s, pe.Error(), pe.Path+": "+pe.Err.Error(), 1)
	}
	for _, t := range libTexts {
		s = t.re.ReplaceAllStringFunc(s, func(m string) string {
			sub := t.re.FindStringSubmatch(m)
			data := map[string]any{}
			for i, v := range sub[1:] {
				data["A"+strconv.Itoa(i+1)] = v
			}
			return l.T(t.id, data)
		})
	}
	for _, t := range sysTexts {
		if strings.Contains(s, t.en) {
			s = strings.ReplaceAll(s, t.en, l.T(t.id, nil))
		}
	}
	return s
}

// libTexts are the texts of bitext's own parsers that errors carry inside
// a message ("glossary: g.csv:3:20: unknown status ..."): the parsers
// stay free of the interface language, and Error says the common ones in
// it. The groups of the pattern fill A1, A2, ... of the message.
var libTexts = []struct {
	re *regexp.Regexp
	id string
}{
	// The encoding detector (package textfile): the whole sentence first,
	// then the evidence inside it.
	{regexp.MustCompile(`byte (0x[0-9A-F]{2}) is not UTF-8, and the file is neither CP949 \((.*)\) nor windows-1252 \((.*)\); declare its encoding or convert it to UTF-8`), "LibNoEncoding"},
	{regexp.MustCompile(`byte (0x[0-9A-F]{2}) is not UTF-8 \(([0-9]+) of the file's ([0-9]+) non-ASCII bytes are UTF-8, so it is not CP949 or windows-1252 either\)`), "LibDamagedUTF8"},
	{regexp.MustCompile(`undecodable bytes? ((?:0x[0-9A-F]{2} ?)+) at ([0-9]+:[0-9]+)`), "LibUndecodable"},
	{regexp.MustCompile(`byte (0x[0-9A-F]{2}) at ([0-9]+:[0-9]+) is undefined in it`), "LibUndefinedByte"},
	{regexp.MustCompile(`only ([0-9]+) of ([0-9]+) non-ASCII letters would be Hangul syllables`), "LibFewHangul"},
	{regexp.MustCompile(`([0-9]+) of ([0-9]+) Hangul syllables would be rare ones outside KS X 1001, such as ("[^"]*")`), "LibRareHangul"},
	{regexp.MustCompile(`only ([0-9]+) of ([0-9]+) runs of non-ASCII bytes are single bytes or punctuation, as accented letters and curly quotes would be`), "LibFewWestern"},
	{regexp.MustCompile(`\(no letters\)`), "LibNoLetters"},
	{regexp.MustCompile(`bytes? ((?:0x[0-9A-F]{2} ?)+): not CP949/EUC-KR, the declared encoding`), "LibNotDeclaredCP949"},
	{regexp.MustCompile(`byte (0x[0-9A-F]{2}) is undefined in windows-1252 \(declared\)`), "LibNotDeclared1252"},
	{regexp.MustCompile(`starts with a UTF-16 byte order mark but does not read as UTF-16 text \(undecodable, or no spaces or line breaks\)`), "LibBadUTF16"},
	{regexp.MustCompile(`unknown status ("[^"]*") \(([^)]*)\)`), "LibUnknownStatus"},
	{regexp.MustCompile(`unknown column ("[^"]*") \(columns: ([^;)]*); [^)]*\)`), "LibUnknownColumnWide"},
	{regexp.MustCompile(`unknown column ("[^"]*") \(columns: ([^;)]*)\)`), "LibUnknownColumn"},
	{regexp.MustCompile(`unknown entry type ("[^"]*") \(([^;)]*)(?:; [^)]*)?\)`), "LibUnknownType"},
	{regexp.MustCompile(`unknown entry type ("[^"]*")`), "LibUnknownTypeShort"},
	{regexp.MustCompile(`(\S+) ("[^"]*") is not a YYYY-MM-DD date`), "LibBadDate"},
	{regexp.MustCompile(`unexpected end of file`), "LibEOF"},
	{regexp.MustCompile(`NUL character \(U\+0000\)`), "LibNUL"},
	{regexp.MustCompile(`control character (U\+[0-9A-F]{4,})`), "LibControl"},
	{regexp.MustCompile(`byte (0x[0-9A-F]{2}) is not UTF-8`), "LibNotUTF8"},
	{regexp.MustCompile(`is a folder, not a glossary file`), "LibFolderNotGlossary"},
	{regexp.MustCompile(`line longer than ([0-9,]+) bytes`), "LibLongLine"},
	{regexp.MustCompile(`term of ([0-9]+) characters; the longest allowed is ([0-9]+)`), "LibLongTerm"},
	{regexp.MustCompile(`row without an id`), "LibNoID"},
	{regexp.MustCompile(`header lacks the ("[^"]*") column`), "LibNoColumn"},
	{regexp.MustCompile(`empty file: no header`), "LibNoHeader"},
}
