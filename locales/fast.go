package locales

import (
	"strconv"
	"strings"
	"text/template"
	"text/template/parse"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	i18ntemplate "github.com/nicksnyder/go-i18n/v2/i18n/template"
)

// Plain messages are rendered without go-i18n's template execution: on the
// first T of an id, the message's text is asked of go-i18n itself (the
// text it would execute for this localizer, language fallback included,
// caught by a template.Parser that only records it) and, when it has only
// literal text, {{.Key}} and {{if .Key}}...{{end}}, compiled into parts.
// T then fills them in directly whenever every key it prints holds a
// string or an int (what text/template prints as is). Anything else
// (other actions, other value types, a key it prints missing, a message
// not found in the localizer's language) goes through go-i18n as before.
// TestFastSameBytes compares both ways on every message of both languages.

// fastPart is a piece of a compiled message: literal text, a key's value,
// or (isIf) the parts cond shown when a key's value is true.
type fastPart struct {
	text string
	key  string
	isIf bool
	cond []fastPart
}

// fastMsg is the compiled form of one message id; ok is false when the
// message is not plain and T uses go-i18n.
type fastMsg struct {
	parts []fastPart
	ok    bool
}

// capture is a go-i18n template parser that records the source it is
// given and executes nothing.
type capture struct {
	src, left, right string
	called           bool
}

func (c *capture) Parse(src, left, right string) (i18ntemplate.ParsedTemplate, error) {
	c.src, c.left, c.right, c.called = src, left, right, true
	return c, nil
}

func (c *capture) Cacheable() bool { return false }

func (c *capture) Execute(any) (string, error) { return "", nil }

// compiled returns the compiled message id, compiling it on first use.
func (l *Localizer) compiled(id string) *fastMsg {
	if m, ok := l.fast.Load(id); ok {
		return m.(*fastMsg)
	}
	m := &fastMsg{}
	c := &capture{}
	_, err := l.l.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateParser: c})
	if err == nil && c.called && c.left == "" && c.right == "" {
		m.parts, m.ok = compileFast(c.src)
	}
	v, _ := l.fast.LoadOrStore(id, m)
	return v.(*fastMsg)
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
