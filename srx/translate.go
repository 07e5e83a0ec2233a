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
	var t translation
	var b strings.Builder
	inClass := 0 // nesting depth of [ ]
	classStart := false
	n := len(p)
	// prevWord tells whether the last atom written is a word character
	// literal (1), a non-word literal (-1) or unknown (0).
	prevWord := 0
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c == '\\':
			if i+1 >= n {
				return t, &unsupported{"trailing backslash"}
			}
			e := p[i+1]
			i++
			switch e {
			case 'b', 'B':
				if inClass > 0 {
					if e == 'b' {
						b.WriteString(`\x08`)
						continue
					}
					return t, &unsupported{`\B inside a character class`}
				}
				if e == 'B' {
					return t, &unsupported{`\B (not a word boundary)`}
				}
				if b.Len() == 0 {
					t.leadingWB = true
					continue
				}
				if i+1 >= n {
					t.trailingWB = true
					continue
				}
				nextWord := literalWordness(p[i+1:])
				if prevWord != 0 && nextWord != 0 && prevWord != nextWord {
					continue // always a boundary here
				}
				return t, &unsupported{`\b inside the pattern`}
			case 'w':
				writeSet(&b, inClass > 0, wordSet, false)
			case 'W':
				if inClass > 0 {
					return t, &unsupported{`\W inside a character class`}
				}
				writeSet(&b, false, wordSet, true)
			case 's':
				writeSet(&b, inClass > 0, spaceSet, false)
			case 'S':
				if inClass > 0 {
					return t, &unsupported{`\S inside a character class`}
				}
				writeSet(&b, false, spaceSet, true)
			case 'd':
				b.WriteString(`\p{Nd}`)
			case 'D':
				b.WriteString(`\P{Nd}`)
			case 'h':
				writeSet(&b, inClass > 0, hspace, false)
			case 'H':
				if inClass > 0 {
					return t, &unsupported{`\H inside a character class`}
				}
				writeSet(&b, false, hspace, true)
			case 'R':
				if inClass > 0 {
					return t, &unsupported{`\R inside a character class`}
				}
				b.WriteString(`(?:\r\n|[\n\v\f\r\x{85}\x{2028}\x{2029}])`)
			case 'u':
				if i+4 >= n {
					return t, &unsupported{`short \u escape`}
				}
				hex := p[i+1 : i+5]
				if _, err := strconv.ParseUint(hex, 16, 32); err != nil {
					return t, &unsupported{`bad \u escape`}
				}
				b.WriteString(`\x{` + hex + `}`)
				i += 4
			case '0':
				j := i + 1
				for j < n && j < i+4 && p[j] >= '0' && p[j] <= '7' {
					j++
				}
				v, err := strconv.ParseUint(p[i+1:j], 8, 32)
				if err != nil {
					return t, &unsupported{`bad octal escape`}
				}
				fmt.Fprintf(&b, `\x{%x}`, v)
				i = j - 1
			case 'e':
				b.WriteString(`\x{1B}`)
			case 'A':
				t.anchored = true
				b.WriteString(`\A`)
			case 'Z':
				b.WriteString(`(?:\n?\z)`)
			case 'G':
				return t, &unsupported{`\G`}
			case 'k', '1', '2', '3', '4', '5', '6', '7', '8', '9':
				return t, &unsupported{"backreference"}
			case 'c':
				return t, &unsupported{`\c control escape`}
			case 'Q':
				end := strings.Index(p[i+1:], `\E`)
				lit := p[i+1:]
				if end >= 0 {
					lit = p[i+1 : i+1+end]
					i += end + 2
				} else {
					i = n
				}
				for _, r := range lit {
					s := string(r)
					if strings.ContainsAny(s, `\.+*?()|[]{}^$-`) {
						b.WriteByte('\\')
					}
					b.WriteString(s)
				}
			case 'p', 'P':
				name, w, err := propName(p[i+1:])
				if err != nil {
					return t, err
				}
				i += w
				if err := writeProp(&b, e == 'P', name, inClass > 0); err != nil {
					return t, err
				}
				if inClass == 0 {
					prevWord = propWordness(name, e == 'P')
					classStart = false
					continue
				}
			default:
				if isASCIIWord(e) && !strings.ContainsRune("tnrfavxAz", rune(e)) {
					return t, &unsupported{`unknown escape \` + string(e)}
				}
				b.WriteByte('\\')
				b.WriteByte(e)
				if e == 'x' && i+1 < n && p[i+1] != '{' {
					// \xHH
					if i+2 < n {
						b.WriteString(p[i+1 : i+3])
						i += 2
					}
				}
			}
			if inClass == 0 {
				switch e {
				case '.', ',', '!', '?', ';', ':', ')', '(', '-', '\'', '"', ' ', 's':
					prevWord = -1
				case 'w', 'd':
					prevWord = 1
				default:
					prevWord = 0
				}
			}
			classStart = false
			continue
		case c == '[':
			if inClass > 0 {
				// Java nested class: a union, flattened.
				inClass++
				classStart = true
				if i+1 < n && p[i+1] == '^' {
					return t, &unsupported{"negated nested character class"}
				}
				continue
			}
			inClass = 1
			b.WriteByte('[')
			if i+1 < n && p[i+1] == '^' {
				b.WriteByte('^')
				i++
			}
			if i+1 < n && p[i+1] == ']' {
				b.WriteString(`\]`)
				i++
			}
			classStart = true
			continue
		case c == ']' && inClass > 0:
			inClass--
			if inClass == 0 {
				b.WriteByte(']')
				prevWord = 0
			}
			classStart = false
			continue
		case c == '&' && inClass > 0 && i+1 < n && p[i+1] == '&':
			return t, &unsupported{"character class intersection &&"}
		case inClass > 0:
			if c == '[' || (c == '^' && !classStart) {
				b.WriteByte('\\')
			}
			b.WriteByte(c)
			classStart = false
			continue
		case c == '(':
			if strings.HasPrefix(p[i:], "(?") {
				rest := p[i+2:]
				switch {
				case strings.HasPrefix(rest, "="), strings.HasPrefix(rest, "!"):
					return t, &unsupported{"lookahead (?= or (?!"}
				case strings.HasPrefix(rest, "<="), strings.HasPrefix(rest, "<!"):
					return t, &unsupported{"lookbehind (?<= or (?<!"}
				case strings.HasPrefix(rest, ">"):
					b.WriteString("(?:")
					i += 2
				case strings.HasPrefix(rest, "<"):
					b.WriteString("(?P<")
					i += 2
				case strings.HasPrefix(rest, ":"):
					b.WriteString("(?:")
					i += 2
				default:
					// inline flags (?i) (?iu:...)
					j := i + 2
					for j < n && p[j] != ')' && p[j] != ':' {
						j++
					}
					if j >= n {
						return t, &unsupported{"unterminated group flags"}
					}
					var fl strings.Builder
					for _, f := range p[i+2 : j] {
						switch f {
						case 'i', 'm', 's', '-':
							fl.WriteRune(f)
						case 'u', 'U', 'd':
							// Unicode case folding and classes are RE2's default
						case 'x':
							return t, &unsupported{"comments mode (?x)"}
						default:
							return t, &unsupported{"unknown flag " + string(f)}
						}
					}
					f := strings.TrimSuffix(fl.String(), "-")
					if p[j] == ')' {
						if f != "" {
							b.WriteString("(?" + f + ")")
						}
					} else {
						b.WriteString("(?" + f + ":")
					}
					i = j
				}
			} else {
				b.WriteByte('(')
			}
			prevWord = 0
			continue
		case c == '*' || c == '+' || c == '?' || c == '}':
			b.WriteByte(c)
			if i+1 < n && p[i+1] == '+' && (c != '?' || !isLazyMark(p, i)) {
				i++ // possessive: greedy is the nearest RE2 has
			}
			prevWord = 0
			continue
		default:
			b.WriteByte(c)
			if c == '^' {
				t.anchored = true
			}
			switch {
			case c == '.' || c == '|' || c == ')' || c == '^' || c == '$' || c == '{':
				prevWord = 0
			case isASCIIWord(c) || c >= 0x80:
				prevWord = 1
			default:
				prevWord = -1
			}
			continue
		}
	}
	if inClass > 0 {
		return t, &unsupported{"unterminated character class"}
	}
	t.re = b.String()
	return t, nil
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
