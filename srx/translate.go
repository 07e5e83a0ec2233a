package srx

import (
	"fmt"
	"strconv"
	"strings"
)

// Unicode-aware classes, as SRX authors using Java expect them: \w is a
// letter, mark, digit or connector in any script, \s any Unicode space.
const (
	wordSet  = `\p{L}\p{M}\p{Nd}\p{Pc}`
	spaceSet = `\s\p{Z}\x{85}`
	hspace   = `\t \x{A0}\x{1680}\x{180E}\x{2000}-\x{200A}\x{202F}\x{205F}\x{3000}`
)

// translation is a Java pattern rewritten for Go's regexp (RE2).
type translation struct {
	re         string
	leadingWB  bool // the pattern started with \b (checked by the caller)
	trailingWB bool // the pattern ended with \b (checked by the caller)
	anchored   bool // the pattern has ^ or \A outside a class
}

// unsupported is a Java construct that RE2 cannot express.
type unsupported struct{ what string }

func (u *unsupported) Error() string { return u.what }

// translate rewrites a Java regular expression for RE2:
//   - \w \W \s \S \d \D \h \R become Unicode-aware classes;
//   - \b at the start or end of the pattern is reported to the caller, which
//     tests it with Unicode word characters; a \b between a word character
//     and a non-word literal is dropped (it always holds);
//   - possessive quantifiers (a*+) and atomic groups (?>…) become greedy
//     ones, named groups (?<n>…) become (?P<n>…), \uXXXX becomes \x{XXXX},
//     nested classes [a[b]] are flattened, Java-only \p{…} names are mapped;
//   - lookahead, lookbehind, backreferences, class intersection and \G are
//     reported as unsupported.
func translate(p string) (translation, error) {
	x := &translator{p: p}
	for x.i = 0; x.i < len(p); x.i++ {
		if err := x.step(); err != nil {
			return x.t, err
		}
	}
	if x.inClass > 0 {
		return x.t, &unsupported{"unterminated character class"}
	}
	x.t.re = x.b.String()
	return x.t, nil
}

// translator holds the state of one translate call: the pattern, the
// position in it, the output, and what the last atom was.
type translator struct {
	p          string
	i          int // index of the byte being read
	b          strings.Builder
	t          translation
	inClass    int  // nesting depth of [ ]
	classStart bool // just after [ or [^
	// prevWord tells whether the last atom written is a word character
	// literal (1), a non-word literal (-1) or unknown (0).
	prevWord int
}

// step translates the construct starting at x.i and leaves x.i on its
// last byte.
func (x *translator) step() error {
	c := x.p[x.i]
	switch {
	case c == '\\':
		return x.escape()
	case c == '[':
		return x.openClass()
	case c == ']' && x.inClass > 0:
		x.closeClass()
	case c == '&' && x.inClass > 0 && x.i+1 < len(x.p) && x.p[x.i+1] == '&':
		return &unsupported{"character class intersection &&"}
	case x.inClass > 0:
		if c == '[' || (c == '^' && !x.classStart) {
			x.b.WriteByte('\\')
		}
		x.b.WriteByte(c)
		x.classStart = false
	case c == '(':
		return x.group()
	case c == '*' || c == '+' || c == '?' || c == '}':
		x.b.WriteByte(c)
		if x.i+1 < len(x.p) && x.p[x.i+1] == '+' && (c != '?' || !isLazyMark(x.p, x.i)) {
			x.i++ // possessive: greedy is the nearest RE2 has
		}
		x.prevWord = 0
	default:
		x.literal(c)
	}
	return nil
}

// literal writes an ordinary character outside classes.
func (x *translator) literal(c byte) {
	x.b.WriteByte(c)
	if c == '^' {
		x.t.anchored = true
	}
	switch {
	case c == '.' || c == '|' || c == ')' || c == '^' || c == '$' || c == '{':
		x.prevWord = 0
	case isASCIIWord(c) || c >= 0x80:
		x.prevWord = 1
	default:
		x.prevWord = -1
	}
}

// openClass starts a character class, or flattens a nested one (a Java
// union).
func (x *translator) openClass() error {
	p, n := x.p, len(x.p)
	if x.inClass > 0 {
		x.inClass++
		x.classStart = true
		if x.i+1 < n && p[x.i+1] == '^' {
			return &unsupported{"negated nested character class"}
		}
		return nil
	}
	x.inClass = 1
	x.b.WriteByte('[')
	if x.i+1 < n && p[x.i+1] == '^' {
		x.b.WriteByte('^')
		x.i++
	}
	if x.i+1 < n && p[x.i+1] == ']' {
		x.b.WriteString(`\]`)
		x.i++
	}
	x.classStart = true
	return nil
}

func (x *translator) closeClass() {
	x.inClass--
	if x.inClass == 0 {
		x.b.WriteByte(']')
		x.prevWord = 0
	}
	x.classStart = false
}

// group translates an opening parenthesis: plain, non-capturing, atomic,
// named, or inline flags; lookaround is unsupported.
func (x *translator) group() error {
	x.prevWord = 0
	if !strings.HasPrefix(x.p[x.i:], "(?") {
		x.b.WriteByte('(')
		return nil
	}
	rest := x.p[x.i+2:]
	switch {
	case strings.HasPrefix(rest, "="), strings.HasPrefix(rest, "!"):
		return &unsupported{"lookahead (?= or (?!"}
	case strings.HasPrefix(rest, "<="), strings.HasPrefix(rest, "<!"):
		return &unsupported{"lookbehind (?<= or (?<!"}
	case strings.HasPrefix(rest, ">"), strings.HasPrefix(rest, ":"):
		x.b.WriteString("(?:")
		x.i += 2
	case strings.HasPrefix(rest, "<"):
		x.b.WriteString("(?P<")
		x.i += 2
	default:
		return x.flags()
	}
	return nil
}

// flags translates inline flags, (?i) or (?iu:...).
func (x *translator) flags() error {
	p, n := x.p, len(x.p)
	j := x.i + 2
	for j < n && p[j] != ')' && p[j] != ':' {
		j++
	}
	if j >= n {
		return &unsupported{"unterminated group flags"}
	}
	var fl strings.Builder
	for _, f := range p[x.i+2 : j] {
		switch f {
		case 'i', 'm', 's', '-':
			fl.WriteRune(f)
		case 'u', 'U', 'd':
			// Unicode case folding and classes are RE2's default
		case 'x':
			return &unsupported{"comments mode (?x)"}
		default:
			return &unsupported{"unknown flag " + string(f)}
		}
	}
	f := strings.TrimSuffix(fl.String(), "-")
	if p[j] == ')' {
		if f != "" {
			x.b.WriteString("(?" + f + ")")
		}
	} else {
		x.b.WriteString("(?" + f + ":")
	}
	x.i = j
	return nil
}

// classEscapes are the escapes that stand for a set of characters: the
// set, and whether it is negated. A negated set cannot go inside a class.
var classEscapes = map[byte]struct {
	set    string
	negate bool
}{
	'w': {wordSet, false}, 'W': {wordSet, true},
	's': {spaceSet, false}, 'S': {spaceSet, true},
	'h': {hspace, false}, 'H': {hspace, true},
}

// simpleEscapes are escapes with a fixed translation outside classes
// (and, but for \R, inside them).
var simpleEscapes = map[byte]string{
	'd': `\p{Nd}`,
	'D': `\P{Nd}`,
	'e': `\x{1B}`,
	'Z': `(?:\n?\z)`,
}

// unsupportedEscapes are the escapes RE2 has no counterpart for.
var unsupportedEscapes = map[byte]string{
	'G': `\G`,
	'k': "backreference", '1': "backreference", '2': "backreference", '3': "backreference",
	'4': "backreference", '5': "backreference", '6': "backreference", '7': "backreference",
	'8': "backreference", '9': "backreference",
	'c': `\c control escape`,
}

// escape translates a backslash escape starting at x.i.
func (x *translator) escape() error {
	if x.i+1 >= len(x.p) {
		return &unsupported{"trailing backslash"}
	}
	x.i++
	e := x.p[x.i]
	done, err := x.escapeAtom(e)
	if err != nil || done {
		return err
	}
	if x.inClass == 0 {
		switch e {
		case '.', ',', '!', '?', ';', ':', ')', '(', '-', '\'', '"', ' ', 's':
			x.prevWord = -1
		case 'w', 'd':
			x.prevWord = 1
		default:
			x.prevWord = 0
		}
	}
	x.classStart = false
	return nil
}

// escapeAtom writes the translation of escape e (x.i is on e). done says
// that it has already recorded what the atom is (or wrote nothing).
func (x *translator) escapeAtom(e byte) (done bool, err error) {
	inClass := x.inClass > 0
	if what, ok := unsupportedEscapes[e]; ok {
		return false, &unsupported{what}
	}
	if ce, ok := classEscapes[e]; ok {
		if ce.negate && inClass {
			return false, &unsupported{`\` + string(e) + ` inside a character class`}
		}
		writeSet(&x.b, inClass, ce.set, ce.negate)
		return false, nil
	}
	if s, ok := simpleEscapes[e]; ok {
		x.b.WriteString(s)
		return false, nil
	}
	switch e {
	case 'b', 'B':
		return true, x.wordBoundary(e)
	case 'R':
		if inClass {
			return false, &unsupported{`\R inside a character class`}
		}
		x.b.WriteString(`(?:\r\n|[\n\v\f\r\x{85}\x{2028}\x{2029}])`)
	case 'u':
		return false, x.unicodeEscape()
	case '0':
		return false, x.octalEscape()
	case 'A':
		x.t.anchored = true
		x.b.WriteString(`\A`)
	case 'Q':
		x.quoted()
	case 'p', 'P':
		return x.property(e)
	default:
		return false, x.otherEscape(e)
	}
	return false, nil
}

// wordBoundary handles \b and \B (x.i is on the b).
func (x *translator) wordBoundary(e byte) error {
	if x.inClass > 0 {
		if e == 'b' {
			x.b.WriteString(`\x08`)
			return nil
		}
		return &unsupported{`\B inside a character class`}
	}
	if e == 'B' {
		return &unsupported{`\B (not a word boundary)`}
	}
	if x.b.Len() == 0 {
		x.t.leadingWB = true
		return nil
	}
	if x.i+1 >= len(x.p) {
		x.t.trailingWB = true
		return nil
	}
	nextWord := literalWordness(x.p[x.i+1:])
	if x.prevWord != 0 && nextWord != 0 && x.prevWord != nextWord {
		return nil // always a boundary here
	}
	return &unsupported{`\b inside the pattern`}
}

// unicodeEscape translates \uXXXX (x.i is on the u).
func (x *translator) unicodeEscape() error {
	if x.i+4 >= len(x.p) {
		return &unsupported{`short \u escape`}
	}
	hex := x.p[x.i+1 : x.i+5]
	if _, err := strconv.ParseUint(hex, 16, 32); err != nil {
		return &unsupported{`bad \u escape`}
	}
	x.b.WriteString(`\x{` + hex + `}`)
	x.i += 4
	return nil
}

// octalEscape translates \0ooo (x.i is on the 0).
func (x *translator) octalEscape() error {
	j := x.i + 1
	for j < len(x.p) && j < x.i+4 && x.p[j] >= '0' && x.p[j] <= '7' {
		j++
	}
	v, err := strconv.ParseUint(x.p[x.i+1:j], 8, 32)
	if err != nil {
		return &unsupported{`bad octal escape`}
	}
	fmt.Fprintf(&x.b, `\x{%x}`, v)
	x.i = j - 1
	return nil
}

// quoted translates \Q...\E, a literal run (x.i is on the Q).
func (x *translator) quoted() {
	p := x.p
	end := strings.Index(p[x.i+1:], `\E`)
	lit := p[x.i+1:]
	if end >= 0 {
		lit = p[x.i+1 : x.i+1+end]
		x.i += end + 2
	} else {
		x.i = len(p)
	}
	for _, r := range lit {
		s := string(r)
		if strings.ContainsAny(s, `\.+*?()|[]{}^$-`) {
			x.b.WriteByte('\\')
		}
		x.b.WriteString(s)
	}
}

// property translates \p{...} and \P{...} (x.i is on the p).
func (x *translator) property(e byte) (done bool, err error) {
	name, w, err := propName(x.p[x.i+1:])
	if err != nil {
		return false, err
	}
	x.i += w
	if err := writeProp(&x.b, e == 'P', name, x.inClass > 0); err != nil {
		return false, err
	}
	if x.inClass == 0 {
		x.prevWord = propWordness(name, e == 'P')
		x.classStart = false
		return true, nil
	}
	return false, nil
}

// otherEscape passes an escaped punctuation character or a control
// escape (\t \n \xHH ...) through.
func (x *translator) otherEscape(e byte) error {
	if isASCIIWord(e) && !strings.ContainsRune("tnrfavxAz", rune(e)) {
		return &unsupported{`unknown escape \` + string(e)}
	}
	x.b.WriteByte('\\')
	x.b.WriteByte(e)
	if e == 'x' && x.i+1 < len(x.p) && x.p[x.i+1] != '{' {
		// \xHH
		if x.i+2 < len(x.p) {
			x.b.WriteString(x.p[x.i+1 : x.i+3])
			x.i += 2
		}
	}
	return nil
}

// isLazyMark reports whether the ? at i is itself a quantifier (x?+) rather
// than the lazy mark of another one (x*?).
func isLazyMark(p string, i int) bool {
	if i == 0 {
		return false
	}
	switch p[i-1] {
	case '*', '+', '?', '}':
		return true
	}
	return false
}

func isASCIIWord(c byte) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

// literalWordness tells whether the pattern rest starts with a word
// character literal (1), a non-word literal (-1) or something else (0).
func literalWordness(rest string) int {
	if rest == "" {
		return 0
	}
	c := rest[0]
	if c == '\\' && len(rest) > 1 {
		if rest[1] == 'p' || rest[1] == 'P' {
			if name, _, err := propName(rest[2:]); err == nil {
				return propWordness(name, rest[1] == 'P')
			}
			return 0
		}
		switch rest[1] {
		case '.', ',', '!', '?', ';', ':', ')', '(', '-', '\'', '"', ' ':
			return -1
		case 's':
			return -1
		case 'w', 'd':
			return 1
		}
		return 0
	}
	if isASCIIWord(c) || c >= 0x80 {
		return 1
	}
	switch c {
	case ',', '!', ';', ':', '-', '\'', '"', ' ':
		return -1
	}
	return 0
}

// propWordness tells whether \p{name} (or \P{name} when negate) matches
// only word characters (1), only non-word characters (-1), or both (0).
func propWordness(name string, negate bool) int {
	if m, ok := javaNames[name]; ok {
		name = m
	}
	w := 0
	switch {
	case strings.HasPrefix(name, "L") || strings.HasPrefix(name, "Nd") || name == "N" ||
		name == "Alpha" || name == "Alnum" || name == "Upper" || name == "Lower" || name == "Digit" || name == "Hangul":
		w = 1
	case strings.HasPrefix(name, "P") || strings.HasPrefix(name, "Z") || strings.HasPrefix(name, "S") ||
		name == "Space" || name == "Blank":
		w = -1
	}
	if negate {
		w = 0
	}
	return w
}

func writeSet(b *strings.Builder, inClass bool, set string, negate bool) {
	if inClass {
		b.WriteString(set)
		return
	}
	if negate {
		b.WriteString("[^" + set + "]")
		return
	}
	b.WriteString("[" + set + "]")
}

// propName reads the name of \p{Name} or \pL; w is how many bytes it used.
func propName(rest string) (string, int, error) {
	if rest == "" {
		return "", 0, &unsupported{`\p without a name`}
	}
	if rest[0] != '{' {
		return rest[:1], 1, nil
	}
	end := strings.IndexByte(rest, '}')
	if end < 0 {
		return "", 0, &unsupported{`unterminated \p{`}
	}
	return rest[1:end], end + 1, nil
}

// javaPOSIX are Java's ASCII-only POSIX classes.
var javaPOSIX = map[string]string{
	"Lower": "a-z", "Upper": "A-Z", "ASCII": `\x00-\x7F`, "Alpha": "a-zA-Z", "Digit": "0-9",
	"Alnum": "a-zA-Z0-9", "Punct": "[:punct:]", "Graph": "[:graph:]", "Print": "[:print:]",
	"Blank": `\t `, "Cntrl": "[:cntrl:]", "XDigit": "0-9a-fA-F", "Space": `\t\n\x0B\f\r `,
}

// javaNames maps Java-only property names to RE2 ones.
var javaNames = map[string]string{
	"javaLowerCase": "Ll", "javaUpperCase": "Lu", "javaTitleCase": "Lt", "javaDigit": "Nd",
	"javaLetter": "L", "javaWhitespace": "Z", "javaSpaceChar": "Z",
	"IsAlphabetic": "L", "Alphabetic": "L", "IsLetter": "L", "IsDigit": "Nd", "IsPunctuation": "P",
	"IsUppercase": "Lu", "IsLowercase": "Ll", "IsWhite_Space": "Z", "IsWhiteSpace": "Z",
	"LC": "L", "L&": "L", "IsL": "L", "IsLu": "Lu", "IsLl": "Ll", "IsN": "N", "IsP": "P",
	"InHangulSyllables": "Hangul", "InHangul_Syllables": "Hangul", "InCJKUnifiedIdeographs": "Han",
	"InHiragana": "Hiragana", "InKatakana": "Katakana", "InGreek": "Greek", "InCyrillic": "Cyrillic",
	"InArabic": "Arabic", "InHebrew": "Hebrew", "InThai": "Thai", "InDevanagari": "Devanagari",
}

func writeProp(b *strings.Builder, negate bool, name string, inClass bool) error {
	if set, ok := javaPOSIX[name]; ok {
		switch {
		case inClass && negate:
			return &unsupported{`\P{` + name + `} inside a character class`}
		case inClass:
			b.WriteString(set)
		case negate:
			b.WriteString("[^" + set + "]")
		default:
			b.WriteString("[" + set + "]")
		}
		return nil
	}
	if m, ok := javaNames[name]; ok {
		name = m
	} else if strings.HasPrefix(name, "Is") && len(name) > 2 {
		name = name[2:] // \p{IsLatin} is the script Latin
	} else if strings.HasPrefix(name, "In") {
		return &unsupported{`Unicode block \p{` + name + `}`}
	} else if strings.HasPrefix(name, "general_category=") || strings.HasPrefix(name, "gc=") {
		name = name[strings.IndexByte(name, '=')+1:]
	} else if strings.HasPrefix(name, "script=") || strings.HasPrefix(name, "sc=") {
		name = name[strings.IndexByte(name, '=')+1:]
	}
	if negate {
		b.WriteString(`\P{` + name + `}`)
	} else {
		b.WriteString(`\p{` + name + `}`)
	}
	return nil
}
