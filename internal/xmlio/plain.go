package xmlio

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// plainDecl is the XML declaration Plain accepts (quotes made double).
var plainDecl = regexp.MustCompile(`^version="1\.0"( encoding="(?i:utf-8)")?( standalone="(yes|no)")? ?$`)

// ErrNotPlain is Plain's answer to anything but plain XML: the caller
// reads the document again with encoding/xml.
var ErrNotPlain = errors.New("xmlio: not plain XML")

// Plain tokenizes the plain XML glossaries are written in: elements,
// attributes, text with the predefined and numeric entities, CDATA,
// comments, the XML declaration and a DOCTYPE without an internal subset.
// It returns ErrNotPlain on anything else and on anything encoding/xml
// would reject, so that the caller reads the file again with
// encoding/xml; for the documents it accepts it gives the same tokens and
// positions as encoding/xml (a fuzz test compares them).
type Plain struct {
	data          []byte
	off           int
	line, lineOff int // line number of off's line and where it starts
	lineAt        int // offset up to which line is counted
	stack         []string
	needClose     bool
	closeName     xml.Name
	rootDone      bool
	seenRoot      bool
	checked       bool
	// Element and attribute names, interned: nameSlot maps a cheap hash
	// of a name to its index in nameList plus one, names the names whose
	// slot another name took.
	nameSlot [256]int32
	nameList []xmlName
	names    map[string]int
	// The white space between elements, boxed once (tokens are not
	// changed by their readers).
	spaces []xml.Token
	// attrBlock is where attribute lists are cut from; values keeps
	// short attribute values by a hash, so that repeated ones (type,
	// xml:lang) are made once.
	attrBlock []xml.Attr
	values    [256]string
}

// value returns b as a string, the same string for the same short value
// met before.
func (x *Plain) value(b []byte) string {
	if len(b) == 0 || len(b) > 32 {
		return string(b)
	}
	h := (uint(len(b))*131 + uint(b[0])*31 + uint(b[len(b)-1])*7 + uint(b[len(b)/2])) & 255
	if x.values[h] == string(b) {
		return x.values[h]
	}
	s := string(b)
	x.values[h] = s
	return s
}

// xmlName is an interned name with the tokens boxed once for it: a start
// tag without attributes and an end tag.
type xmlName struct {
	name      string
	bare, end xml.Token
}

// NewPlain returns a tokenizer of the whole document data.
func NewPlain(data []byte) *Plain {
	return &Plain{data: data, line: 1}
}

// InputPos returns the line and byte column of the current offset, as
// encoding/xml counts them.
func (x *Plain) InputPos() (int, int) {
	if x.lineAt < x.off {
		seg := x.data[x.lineAt:x.off]
		if n := bytes.Count(seg, []byte{'\n'}); n > 0 {
			x.line += n
			x.lineOff = x.lineAt + bytes.LastIndexByte(seg, '\n') + 1
		}
		x.lineAt = x.off
	}
	return x.line, x.off - x.lineOff + 1
}

// plainBytes reports whether data is valid UTF-8 with only characters XML
// allows.
func plainBytes(data []byte) bool {
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError || r == 0xFFFE || r == 0xFFFF {
			return false
		}
		i += size
	}
	return true
}

// Token returns the next token as encoding/xml's Decoder.Token would, or
// ErrNotPlain.
func (x *Plain) Token() (xml.Token, error) {
	if !x.checked {
		x.checked = true
		if !plainBytes(x.data) {
			return nil, ErrNotPlain
		}
	}
	if x.needClose {
		x.needClose = false
		x.stack = x.stack[:len(x.stack)-1]
		if len(x.stack) == 0 {
			x.rootDone = true
		}
		return xml.EndElement{Name: x.closeName}, nil
	}
	if x.off >= len(x.data) {
		if len(x.stack) > 0 || !x.seenRoot {
			return nil, ErrNotPlain
		}
		return nil, io.EOF
	}
	if x.data[x.off] != '<' {
		return x.text()
	}
	rest := x.data[x.off:]
	switch {
	case bytes.HasPrefix(rest, []byte("<?")):
		end := bytes.Index(rest[2:], []byte("?>"))
		if end < 0 {
			return nil, ErrNotPlain
		}
		end += 2
		pi := string(rest[2:end])
		target, inst, _ := strings.Cut(pi, " ")
		if target != "xml" || x.off != 0 || !plainDecl.MatchString(strings.ReplaceAll(inst, "'", `"`)) {
			return nil, ErrNotPlain
		}
		x.off += end + 2
		return xml.ProcInst{Target: target, Inst: []byte(inst)}, nil
	case bytes.HasPrefix(rest, []byte("<!--")):
		end := bytes.Index(rest[4:], []byte("--"))
		if end < 0 || !bytes.HasPrefix(rest[4+end:], []byte("-->")) {
			return nil, ErrNotPlain
		}
		x.off += 4 + end + 3
		return xml.Comment(rest[4 : 4+end]), nil
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		if len(x.stack) == 0 {
			return nil, ErrNotPlain
		}
		end := bytes.Index(rest[9:], []byte("]]>"))
		if end < 0 {
			return nil, ErrNotPlain
		}
		end += 9
		x.off += end + 3
		return xml.CharData(normalizeNewlines(rest[9:end])), nil
	case bytes.HasPrefix(rest, []byte("<!DOCTYPE")):
		end := bytes.IndexByte(rest, '>')
		if end < 0 || x.seenRoot || bytes.ContainsAny(rest[:end], "[<\"'") {
			return nil, ErrNotPlain
		}
		x.off += end + 1
		return xml.Directive(rest[2:end]), nil
	case bytes.HasPrefix(rest, []byte("</")):
		return x.endTag()
	}
	return x.startTag()
}

// PlainText reads, right after a start tag, text without entities or
// carriage returns and the end tag that closes the element, and returns
// the text: what the tokens would give, without making them. It returns
// false, having read nothing, on anything else.
func (x *Plain) PlainText() (string, bool) {
	if x.needClose || len(x.stack) == 0 || !x.checked {
		return "", false
	}
	rest := x.data[x.off:]
	end := bytes.IndexByte(rest, '<')
	if end < 0 {
		return "", false
	}
	raw := rest[:end]
	name := x.stack[len(x.stack)-1]
	tag := rest[end:]
	if len(tag) < len(name)+3 || tag[1] != '/' || string(tag[2:2+len(name)]) != name || tag[2+len(name)] != '>' {
		return "", false
	}
	if bytes.IndexByte(raw, '&') >= 0 || bytes.IndexByte(raw, '\r') >= 0 {
		return "", false
	}
	x.off += end + len(name) + 3
	x.stack = x.stack[:len(x.stack)-1]
	if len(x.stack) == 0 {
		x.rootDone = true
	}
	return string(raw), true
}

func (x *Plain) text() (xml.Token, error) {
	start := x.off
	end := bytes.IndexByte(x.data[start:], '<')
	if end < 0 {
		end = len(x.data) - start
	}
	raw := x.data[start : start+end]
	x.off = start + end
	if len(x.stack) == 0 {
		// Outside the root only white space.
		if len(bytes.TrimLeft(raw, " \t\r\n")) > 0 {
			return nil, ErrNotPlain
		}
		return xml.CharData(normalizeNewlines(raw)), nil
	}
	if bytes.IndexByte(raw, '&') < 0 {
		if len(raw) <= 64 && blank(raw) {
			for _, t := range x.spaces {
				if string(t.(xml.CharData)) == string(raw) {
					return t, nil
				}
			}
			var t xml.Token = xml.CharData(raw)
			if len(x.spaces) < 16 {
				x.spaces = append(x.spaces, t)
			}
			return t, nil
		}
		return xml.CharData(normalizeNewlines(raw)), nil
	}
	out, ok := unescape(raw)
	if !ok {
		return nil, ErrNotPlain
	}
	return xml.CharData(normalizeNewlines(out)), nil
}

// blank reports whether b is spaces, tabs and line feeds only.
func blank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\n' && c != '\t' {
			return false
		}
	}
	return true
}

func normalizeNewlines(b []byte) []byte {
	if bytes.IndexByte(b, '\r') < 0 {
		return b
	}
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(b, []byte("\r"), []byte("\n"))
}

// unescape replaces the predefined and numeric entities.
func unescape(raw []byte) ([]byte, bool) {
	var out []byte
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '&' {
			out = append(out, c)
			i++
			continue
		}
		semi := bytes.IndexByte(raw[i:], ';')
		if semi < 0 {
			return nil, false
		}
		ent := string(raw[i+1 : i+semi])
		i += semi + 1
		switch ent {
		case "lt":
			out = append(out, '<')
		case "gt":
			out = append(out, '>')
		case "amp":
			out = append(out, '&')
		case "apos":
			out = append(out, '\'')
		case "quot":
			out = append(out, '"')
		default:
			if !strings.HasPrefix(ent, "#") || len(ent) < 2 {
				return nil, false
			}
			var n uint64
			var err error
			if ent[1] == 'x' {
				n, err = strconv.ParseUint(ent[2:], 16, 32)
			} else {
				n, err = strconv.ParseUint(ent[1:], 10, 32)
			}
			r := rune(n)
			if err != nil || strings.ContainsAny(ent[1:], "+-") || !xmlChar(r) {
				return nil, false
			}
			out = utf8.AppendRune(out, r)
		}
	}
	return out, true
}

// plainName reports whether s is a name Plain accepts: ASCII letters,
// digits, '_', '-', '.', one ':' not at either end, not starting with a
// digit, '-' or '.'.
func plainName(s string) bool {
	if s == "" {
		return false
	}
	colons := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', c == '_':
		case '0' <= c && c <= '9', c == '-', c == '.':
			if i == 0 {
				return false
			}
		case c == ':':
			colons++
			if i == 0 || i == len(s)-1 || colons > 1 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func splitName(s string) xml.Name {
	if p, l, ok := strings.Cut(s, ":"); ok {
		return xml.Name{Space: p, Local: l}
	}
	return xml.Name{Local: s}
}

func isXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (x *Plain) skipSpace() {
	for x.off < len(x.data) && isXMLSpace(x.data[x.off]) {
		x.off++
	}
}

func (x *Plain) name() string { return x.nameList[x.nameIndex()].name }

// nameIndex reads a name and returns its index in nameList.
func (x *Plain) nameIndex() int {
	start := x.off
	for x.off < len(x.data) {
		c := x.data[x.off]
		if isXMLSpace(c) || c == '/' || c == '>' || c == '=' {
			break
		}
		x.off++
	}
	b := x.data[start:x.off]
	h := uint(len(b))
	if len(b) > 0 {
		h = h*131 + uint(b[0])*31 + uint(b[len(b)-1])
	}
	h &= 255
	if s := x.nameSlot[h]; s > 0 && x.nameList[s-1].name == string(b) {
		return int(s - 1)
	}
	if i, ok := x.names[string(b)]; ok {
		return i
	}
	i := len(x.nameList)
	x.nameList = append(x.nameList, xmlName{name: string(b)})
	if x.nameSlot[h] == 0 {
		x.nameSlot[h] = int32(i + 1)
	} else {
		if x.names == nil {
			x.names = map[string]int{}
		}
		x.names[string(b)] = i
	}
	return i
}

func (x *Plain) startTag() (xml.Token, error) {
	if x.rootDone {
		return nil, ErrNotPlain
	}
	x.off++ // '<'
	ni := x.nameIndex()
	n := x.nameList[ni].name
	if !plainName(n) {
		return nil, ErrNotPlain
	}
	se := xml.StartElement{Name: splitName(n)}
	for {
		hadSpace := x.off < len(x.data) && isXMLSpace(x.data[x.off])
		x.skipSpace()
		if x.off >= len(x.data) {
			return nil, ErrNotPlain
		}
		switch x.data[x.off] {
		case '>':
			x.off++
			x.stack = append(x.stack, n)
			x.seenRoot = true
			if se.Attr == nil {
				if x.nameList[ni].bare == nil {
					x.nameList[ni].bare = se
				}
				return x.nameList[ni].bare, nil
			}
			return se, nil
		case '/':
			if x.off+1 >= len(x.data) || x.data[x.off+1] != '>' {
				return nil, ErrNotPlain
			}
			x.off += 2
			x.stack = append(x.stack, n)
			x.seenRoot = true
			x.needClose, x.closeName = true, se.Name
			return se, nil
		}
		if !hadSpace {
			return nil, ErrNotPlain
		}
		an := x.name()
		if !plainName(an) {
			return nil, ErrNotPlain
		}
		x.skipSpace()
		if x.off >= len(x.data) || x.data[x.off] != '=' {
			return nil, ErrNotPlain
		}
		x.off++
		x.skipSpace()
		if x.off >= len(x.data) || x.data[x.off] != '"' && x.data[x.off] != '\'' {
			return nil, ErrNotPlain
		}
		q := x.data[x.off]
		end := bytes.IndexByte(x.data[x.off+1:], q)
		if end < 0 {
			return nil, ErrNotPlain
		}
		raw := x.data[x.off+1 : x.off+1+end]
		if bytes.IndexByte(raw, '<') >= 0 {
			return nil, ErrNotPlain
		}
		x.off += end + 2
		val, ok := raw, true
		if bytes.IndexByte(raw, '&') >= 0 {
			val, ok = unescape(raw)
		}
		if !ok {
			return nil, ErrNotPlain
		}
		name := splitName(an)
		for _, a := range se.Attr {
			if a.Name == name {
				return nil, ErrNotPlain
			}
		}
		if se.Attr == nil {
			// Attribute lists are cut from a shared block, with no
			// room to grow into the next one.
			if len(x.attrBlock) == 0 {
				x.attrBlock = make([]xml.Attr, 512)
			}
			se.Attr = x.attrBlock[:0:1]
			x.attrBlock = x.attrBlock[1:]
		}
		se.Attr = append(se.Attr, xml.Attr{Name: name, Value: x.value(normalizeNewlines(val))})
	}
}

func (x *Plain) endTag() (xml.Token, error) {
	x.off += 2
	ni := x.nameIndex()
	n := x.nameList[ni].name
	x.skipSpace()
	if x.off >= len(x.data) || x.data[x.off] != '>' || len(x.stack) == 0 || x.stack[len(x.stack)-1] != n {
		return nil, ErrNotPlain
	}
	x.off++
	x.stack = x.stack[:len(x.stack)-1]
	if len(x.stack) == 0 {
		x.rootDone = true
	}
	if x.nameList[ni].end == nil {
		x.nameList[ni].end = xml.EndElement{Name: splitName(n)}
	}
	return x.nameList[ni].end, nil
}
