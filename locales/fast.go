package locales

import (
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"text/template"
	"text/template/parse"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"
)

// Plain messages are rendered without go-i18n: a message whose text is a
// plain string (no plural forms) and whose template has only literal text,
// {{.Key}} and {{if .Key}}...{{end}} is compiled once into parts, and T
// fills them in directly when every key it prints holds a string or an
// int (what text/template prints as is). Anything else (plural messages,
// other actions, other value types, a key it prints missing) goes through
// go-i18n as before. TestFastSameBytes compares both ways on every
// message of both languages.

// fastPart is a piece of a compiled message: literal text, a key's value,
// or (cond != nil or isIf) the parts shown when a key's value is true.
type fastPart struct {
	text string
	key  string
	isIf bool
	cond []fastPart
}

var (
	fastOnce  sync.Once
	fastByTag map[language.Tag]map[string][]fastPart
)

// fastMessages returns the compiled plain messages of tag, nil when tag is
// not exactly one of Supported (go-i18n then picks the language).
func fastMessages(tag language.Tag) map[string][]fastPart {
	fastOnce.Do(func() {
		en, _ := compileFastFiles("en")
		ko, koIDs := compileFastFiles("ko")
		// A Korean localizer falls back to English for an id the Korean
		// files lack, as go-i18n does.
		for id, ps := range en {
			if !koIDs[id] {
				ko[id] = ps
			}
		}
		fastByTag = map[language.Tag]map[string][]fastPart{language.English: en, language.Korean: ko}
	})
	return fastByTag[tag]
}

// compileFastFiles compiles the plain messages of the files of lang, in
// the order the bundle loads them (a later file's id replaces an
// earlier's), and returns every id the files define too.
func compileFastFiles(lang string) (map[string][]fastPart, map[string]bool) {
	out, ids := map[string][]fastPart{}, map[string]bool{}
	names, err := fs.Glob(files, "*."+lang+".toml")
	if err != nil {
		return out, ids
	}
	for _, name := range names {
		data, err := files.ReadFile(name)
		if err != nil {
			continue
		}
		var m map[string]any
		if _, err := toml.Decode(string(data), &m); err != nil {
			continue
		}
		for id, v := range m {
			ids[id] = true
			s, ok := v.(string)
			if !ok {
				delete(out, id)
				continue
			}
			if ps, ok := compileFast(s); ok {
				out[id] = ps
			} else {
				delete(out, id)
			}
		}
	}
	return out, ids
}

// compileFast compiles src, reporting false when it uses more than literal
// text, {{.Key}} and {{if .Key}}...{{end}}.
func compileFast(src string) ([]fastPart, bool) {
	if !strings.Contains(src, "{{") {
		return []fastPart{{text: src}}, true
	}
	t, err := template.New("").Option("missingkey=default").Parse(src)
	if err != nil || t.Tree == nil || t.Tree.Root == nil {
		return nil, false
	}
	return compileNodes(t.Tree.Root.Nodes)
}

func compileNodes(nodes []parse.Node) ([]fastPart, bool) {
	var out []fastPart
	for _, n := range nodes {
		switch n := n.(type) {
		case *parse.TextNode:
			out = append(out, fastPart{text: string(n.Text)})
		case *parse.ActionNode:
			key, ok := pipeKey(n.Pipe)
			if !ok {
				return nil, false
			}
			out = append(out, fastPart{key: key})
		case *parse.IfNode:
			key, ok := pipeKey(n.Pipe)
			if !ok || n.ElseList != nil || n.List == nil {
				return nil, false
			}
			cond, ok := compileNodes(n.List.Nodes)
			if !ok {
				return nil, false
			}
			out = append(out, fastPart{key: key, isIf: true, cond: cond})
		default:
			return nil, false
		}
	}
	return out, true
}

// pipeKey returns Key of a pipeline that is exactly .Key.
func pipeKey(p *parse.PipeNode) (string, bool) {
	if p == nil || len(p.Decl) != 0 || p.IsAssign || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return "", false
	}
	f, ok := p.Cmds[0].Args[0].(*parse.FieldNode)
	if !ok || len(f.Ident) != 1 {
		return "", false
	}
	return f.Ident[0], true
}

// renderFast renders ps with data as text/template would, reporting false
// when it cannot say so for sure.
func renderFast(ps []fastPart, data map[string]any) (string, bool) {
	if len(ps) == 1 && ps[0].key == "" {
		return ps[0].text, true
	}
	b := make([]byte, 0, 128)
	b, ok := appendFast(b, ps, data)
	if !ok {
		return "", false
	}
	return string(b), true
}

func appendFast(b []byte, ps []fastPart, data map[string]any) ([]byte, bool) {
	for i := range ps {
		p := &ps[i]
		switch {
		case p.isIf:
			v, present := data[p.key]
			truth := false
			if present {
				switch v := v.(type) {
				case nil:
				case string:
					truth = v != ""
				case int:
					truth = v != 0
				case bool:
					truth = v
				default:
					return b, false
				}
			}
			if truth {
				var ok bool
				if b, ok = appendFast(b, p.cond, data); !ok {
					return b, false
				}
			}
		case p.key != "":
			switch v := data[p.key].(type) {
			case string:
				b = append(b, v...)
			case int:
				b = strconv.AppendInt(b, int64(v), 10)
			default:
				return b, false // missing, nil or another type: go-i18n says it
			}
		default:
			b = append(b, p.text...)
		}
	}
	return b, true
}
