package textfile

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/korean"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Encodings Decode reads. CP949 is a superset of EUC-KR (KS X 1001), and
// windows-1252 of ISO-8859-1 for every printable character.
const (
	Auto        = "auto"
	UTF8        = "utf-8"
	CP949       = "cp949"
	Windows1252 = "windows-1252"
	UTF16       = "utf-16" // only with a byte order mark
)

// ParseEncoding normalizes an encoding name: "" and "auto"; "utf-8",
// "utf8"; "euc-kr", "cp949", "uhc", "ks_c_5601-1987" (all CP949);
// "windows-1252", "cp1252", "latin1", "iso-8859-1" (all windows-1252).
func ParseEncoding(s string) (string, error) {
	switch strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), "_", "-")) {
	case "", "auto":
		return Auto, nil
	case "utf-8", "utf8":
		return UTF8, nil
	case "euc-kr", "euckr", "cp949", "uhc", "ms949", "windows-949", "ks-c-5601-1987":
		return CP949, nil
	case "windows-1252", "cp1252", "latin1", "latin-1", "iso-8859-1", "iso8859-1", "l1":
		return Windows1252, nil
	}
	return "", fmt.Errorf("textfile: unknown encoding %q (auto, utf-8, euc-kr, cp949, windows-1252, latin1)", s)
}

// Lang is what language a file is expected to be in: it decides which
// reading Decode tries first when a file is not UTF-8.
type Lang int

// Languages for Decode.
const (
	AnyLang Lang = iota
	Korean       // a Korean original: CP949 first
	English      // an English edition: windows-1252 first
)

// Detection says which encoding Decode used and why.
type Detection struct {
	Encoding string // one of the encoding constants, never Auto
	Declared bool   // the caller named the encoding
	Evidence string // why this encoding, in English
	// Skipped is how many bytes at the start were dropped: a UTF-8 byte
	// order mark's 3 (so that offsets in the text map to the file's).
	Skipped int
}

// Decode returns data as NFC text. enc is Auto or an encoding given by the
// caller (see ParseEncoding). With Auto, a byte order mark decides
// (UTF-8, UTF-16); else valid UTF-8 is UTF-8; else the file is read as
// CP949 only when its non-ASCII letters are nearly all (90%) Hangul
// syllables, nearly all (90%) of them the common ones of KS X 1001, and
// as windows-1252 only when at least half of its runs of non-ASCII bytes
// are single bytes or typographic punctuation (0x80-0xA0), as accented
// letters and curly quotes in Western text are (Korean bytes come in
// pairs, all from 0xA1 up in KS X 1001); lang says which reading
// is tried first. A file that none fits is an *Error at its first byte
// that is not UTF-8, naming the readings considered. After decoding, NUL
// and control characters and lines over l.MaxLine are *Error too.
func Decode(name string, data []byte, enc string, lang Lang, l Limits) (string, Detection, error) {
	enc, err := ParseEncoding(enc)
	if err != nil {
		return "", Detection{}, err
	}
	if enc == Auto && (l.MaxLine <= 0 || len(data) <= l.MaxLine) && !hasBOM(data) {
		// The usual file: clean UTF-8, most of it ASCII, which decode
		// would go over four times (utf8.Valid, Check without and with
		// the limits, NFC). One pass says the same for clean text (a
		// line cannot be over the limit in data no longer than it);
		// anything else goes the whole way for its error or reading.
		if n, nfc := cleanUTF8(data, l.FormFeed); n == len(data) {
			det := Detection{Encoding: UTF8, Evidence: "valid UTF-8"}
			if !nfc && !norm.NFC.IsNormal(data) {
				return string(norm.NFC.Bytes(data)), det, nil
			}
			return string(data), det, nil
		}
	}
	return decode(name, data, enc, lang, l)
}

// hasBOM reports whether data starts with a UTF-8 or UTF-16 byte order
// mark.
func hasBOM(data []byte) bool {
	return bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) || bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF})
}

// Bytes repeated in each byte of a word, for cleanUTF8.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// cleanUTF8 returns the length of data's leading part that Check accepts
// without line limits (UTF-8 without control characters other than tab,
// line feed, carriage return and, when ff, form feed), and whether that
// part is surely NFC: ASCII and inert characters only. It reads ASCII
// eight bytes at a time; a word with a byte under 0x20 (line breaks) or
// DEL is looked at byte by byte.
func cleanUTF8(data []byte, ff bool) (n int, nfc bool) {
	nfc = true
	i := 0
	for i < len(data) {
		if i+8 <= len(data) {
			w := binary.LittleEndian.Uint64(data[i:])
			if w&highs == 0 {
				// Some byte under 0x20, or a DEL (a zero byte of
				// w^0x7F7F...): exact for words without the high bit.
				if d := w ^ 0x7F*ones; (w-0x20*ones)&^w&highs == 0 && (d-ones)&^d&highs == 0 {
					i += 8
					continue
				}
				for j := i; j < i+8; j++ {
					if c := data[j]; (c < 0x20 || c == 0x7F) && IsControl(rune(c), ff) {
						return j, nfc
					}
				}
				i += 8
				continue
			}
		}
		c := data[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 || c == 0x7F) && IsControl(rune(c), ff) {
				return i, nfc
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 || IsControl(r, ff) {
			return i, nfc
		}
		nfc = nfc && inert(r)
		i += size
	}
	return i, nfc
}

// inert reports whether r is in NFC, has a normalization boundary before
// it (it combines with nothing before it) and so after any ASCII or inert
// character: text of such characters is NFC with no look-up in the
// normalization tables. The ranges are the usual non-ASCII characters of
// news (Latin-1 letters, typographic punctuation, Hangul syllables and
// compatibility jamo, CJK ideographs); TestInert checks each against
// package norm.
func inert(r rune) bool {
	switch {
	case r < 0x2010:
		return 0xA0 <= r && r <= 0xFF
	case r <= 0x205E:
		return r <= 0x2027 || 0x2030 <= r
	case r < 0xAC00:
		return 0x3131 <= r && r <= 0x318E || 0x4E00 <= r && r <= 0x9FFF
	}
	return r <= 0xD7A3
}

// decode is Decode without its fast path for clean UTF-8.
func decode(name string, data []byte, enc string, lang Lang, l Limits) (string, Detection, error) {
	det := Detection{Encoding: enc, Declared: enc != Auto}
	var text []byte
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
		det = Detection{Encoding: UTF8, Declared: det.Declared, Evidence: "UTF-8 byte order mark", Skipped: 3}
		if e := Check(name, data, Limits{}); e != nil {
			e.Msg += " (the file starts with a UTF-8 byte order mark)"
			return "", det, e
		}
		text = data
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		det = Detection{Encoding: UTF16, Declared: det.Declared, Evidence: "UTF-16 byte order mark"}
		out, err := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil || bytes.Contains(out, []byte("\uFFFD")) || !spaced(out) {
			return "", det, &Error{File: name, Line: 1, Col: 1, Msg: "starts with a UTF-16 byte order mark but does not read as UTF-16 text (undecodable, or no spaces or line breaks)"}
		}
		text = out
	case enc == UTF8 || (enc == Auto && utf8.Valid(data)):
		if e := Check(name, data, Limits{}); e != nil && strings.HasSuffix(e.Msg, "is not UTF-8") {
			e.Msg += " (declared utf-8)"
			return "", det, e
		}
		det.Encoding = UTF8
		if det.Evidence = "declared"; !det.Declared {
			det.Evidence = "valid UTF-8"
		}
		text = data
	case enc == CP949:
		out, bad := decodeCP949(data)
		if bad >= 0 {
			return "", det, at(name, data, bad, fmt.Sprintf("%s: not CP949/EUC-KR, the declared encoding", pairText(data, bad)))
		}
		det.Evidence, text = "declared", out
	case enc == Windows1252:
		out, bad := decode1252(data)
		if bad >= 0 {
			return "", det, at(name, data, bad, fmt.Sprintf("byte 0x%02X is undefined in windows-1252 (declared)", data[bad]))
		}
		det.Evidence, text = "declared", out
	default:
		out, d, err := detect(name, data, lang)
		if err != nil {
			return "", d, err
		}
		det, text = d, out
	}
	if e := Check(name, text, l); e != nil {
		return "", det, e
	}
	if !norm.NFC.IsNormal(text) {
		text = norm.NFC.Bytes(text)
	}
	return string(text), det, nil
}

// reading is one candidate decoding of a file that is not UTF-8.
type reading struct {
	enc      string
	text     []byte
	ok       bool
	evidence string // why it fits, or why not
}

// detect chooses between CP949 and windows-1252 for data that is not
// UTF-8.
func detect(name string, data []byte, lang Lang) ([]byte, Detection, error) {
	firstBad, utf8High, high := utf8Share(data)
	if high > 0 && utf8High*10 >= high*9 {
		// Nearly all of it is UTF-8: a damaged UTF-8 file, not a legacy one.
		return nil, Detection{Encoding: Auto}, at(name, data, firstBad, fmt.Sprintf(
			"byte 0x%02X is not UTF-8 (%d of the file's %d non-ASCII bytes are UTF-8, so it is not CP949 or windows-1252 either)",
			data[firstBad], utf8High, high))
	}
	ko, en := readCP949(data), read1252(data)
	order := []reading{ko, en}
	if lang == English {
		order = []reading{en, ko}
	}
	for _, r := range order {
		if r.ok {
			return r.text, Detection{Encoding: r.enc, Evidence: r.evidence}, nil
		}
	}
	return nil, Detection{Encoding: Auto}, at(name, data, firstBad, fmt.Sprintf(
		"byte 0x%02X is not UTF-8, and the file is neither CP949 (%s) nor windows-1252 (%s); declare its encoding or convert it to UTF-8",
		data[firstBad], ko.evidence, en.evidence))
}

// utf8Share returns the offset of the first byte that is not UTF-8, how
// many non-ASCII bytes are in valid UTF-8 sequences, and how many
// non-ASCII bytes there are.
func utf8Share(data []byte) (firstBad, inUTF8, high int) {
	firstBad = -1
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			if firstBad < 0 {
				firstBad = i
			}
			high++
			i++
			continue
		}
		high += n
		inUTF8 += n
		i += n
	}
	return firstBad, inUTF8, high
}

// readCP949 reads data as CP949 and says whether that is plausible Korean.
func readCP949(data []byte) reading {
	r := reading{enc: CP949}
	out, bad := decodeCP949(data)
	if bad >= 0 {
		line, col := Position(data, bad)
		r.evidence = fmt.Sprintf("undecodable %s at %d:%d", pairText(data, bad), line, col)
		return r
	}
	common := 0 // KS X 1001 Hangul: lead 0xB0-0xC8, trail 0xA1-0xFE
	for i := 0; i+1 < len(data); i++ {
		if c := data[i]; c >= 0x80 {
			if c >= 0xB0 && c <= 0xC8 && data[i+1] >= 0xA1 && data[i+1] <= 0xFE {
				common++
			}
			i++
		}
	}
	letters, hangul := 0, 0
	var rare rune
	for _, c := range string(out) {
		if c < utf8.RuneSelf || !unicode.IsLetter(c) {
			continue
		}
		letters++
		if c >= 0xAC00 && c <= 0xD7A3 {
			hangul++
			rare = c
		}
	}
	switch {
	case letters == 0:
		r.evidence = "no letters"
	case hangul*10 < letters*9:
		r.evidence = fmt.Sprintf("only %d of %d non-ASCII letters would be Hangul syllables", hangul, letters)
	case common*10 < hangul*9:
		r.evidence = fmt.Sprintf("%d of %d Hangul syllables would be rare ones outside KS X 1001, such as %q", hangul-common, hangul, rare)
	default:
		r.ok, r.text = true, out
		r.evidence = fmt.Sprintf("%d of %d non-ASCII letters are Hangul syllables, %d of them common ones (KS X 1001)", hangul, letters, common)
	}
	return r
}

// read1252 reads data as windows-1252 and says whether that is plausible
// Western text.
func read1252(data []byte) reading {
	r := reading{enc: Windows1252}
	out, bad := decode1252(data)
	if bad >= 0 {
		line, col := Position(data, bad)
		r.evidence = fmt.Sprintf("byte 0x%02X at %d:%d is undefined in it", data[bad], line, col)
		return r
	}
	// Runs of non-ASCII bytes: in Western text mostly single bytes (an
	// accented letter, a curly quote) or typographic punctuation (bytes
	// 0x80-0xA0: quotes, dashes, ellipsis, no-break space, which never
	// occur in KS X 1001 text); Korean bytes come in pairs.
	runs, western := 0, 0
	for i := 0; i < len(data); {
		if data[i] < 0x80 {
			i++
			continue
		}
		j, punct := i, true
		for ; j < len(data) && data[j] >= 0x80; j++ {
			punct = punct && data[j] <= 0xA0
		}
		runs++
		if j-i == 1 || punct {
			western++
		}
		i = j
	}
	if western*2 < runs {
		r.evidence = fmt.Sprintf("only %d of %d runs of non-ASCII bytes are single bytes or punctuation, as accented letters and curly quotes would be", western, runs)
		return r
	}
	r.ok, r.text = true, out
	r.evidence = fmt.Sprintf("%d of %d runs of non-ASCII bytes are single bytes or punctuation, as accented letters and curly quotes are", western, runs)
	return r
}

// decodeCP949 decodes data as CP949; bad is the offset of the first byte
// that does not decode, or -1.
func decodeCP949(data []byte) (out []byte, bad int) {
	out, err := korean.EUCKR.NewDecoder().Bytes(data)
	if err == nil && !bytes.Contains(out, []byte("\uFFFD")) {
		return out, -1
	}
	// Find the first character that does not decode, pair by pair.
	dec := korean.EUCKR.NewDecoder()
	for i := 0; i < len(data); {
		if data[i] < 0x80 {
			i++
			continue
		}
		if i+1 >= len(data) {
			return nil, i
		}
		got, err := dec.Bytes(data[i : i+2])
		r, n := utf8.DecodeRune(got)
		if err != nil || r == utf8.RuneError || n != len(got) {
			return nil, i
		}
		i += 2
	}
	return nil, 0
}

func pairText(data []byte, off int) string {
	if off+1 < len(data) && data[off+1] >= 0x41 {
		return fmt.Sprintf("bytes 0x%02X 0x%02X", data[off], data[off+1])
	}
	return fmt.Sprintf("byte 0x%02X", data[off])
}

// decode1252 decodes data as windows-1252; bad is the offset of the first
// of its five undefined bytes, or -1.
func decode1252(data []byte) (out []byte, bad int) {
	for i, c := range data {
		switch c {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			return nil, i
		}
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return nil, 0
	}
	return out, -1
}

// spaced reports whether text has an ASCII space or line break for every
// 40 characters (at least one): Korean and English text do; bytes read in
// the wrong encoding mostly do not.
func spaced(text []byte) bool {
	n, spaces := 0, 0
	for _, c := range string(text) {
		n++
		if c == ' ' || c == '\n' {
			spaces++
		}
	}
	return spaces > 0 && spaces*40 >= n
}
