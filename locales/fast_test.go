package locales

import (
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// keysOf returns every key a compiled message reads.
func keysOf(ps []fastPart, into map[string]bool) {
	for _, p := range ps {
		if p.key != "" {
			into[p.key] = true
		}
		keysOf(p.cond, into)
	}
}

// TestFastSameBytes renders every message of both languages with the
// compiled parts and through go-i18n, with each of its keys holding a
// string, an empty string, an int, zero, false, nil, another type, or
// missing, and compares the bytes.
func TestFastSameBytes(t *testing.T) {
	values := []any{"Kim Jong-un", "", 42, 0, -7, true, false, nil, 3.5, []string{"x"}, "{{.X}} <&> \"q\"", "\u0000"}
	const missing = "<missing>"
	for _, tag := range Supported {
		l := New(tag)
		ids, err := IDs("en")
		if err != nil {
			t.Fatal(err)
		}
		compiled := 0
		for _, id := range ids {
			m := l.compiled(id)
			if !m.ok {
				continue
			}
			ps := m.parts
			compiled++
			keys := map[string]bool{}
			keysOf(ps, keys)
			var names []string
			for k := range keys {
				names = append(names, k)
			}
			// Each key in turn takes every value, the others a string;
			// then all missing, all empty, all ints.
			var datas []map[string]any
			base := func() map[string]any {
				d := map[string]any{}
				for _, k := range names {
					d[k] = "v" + k
				}
				return d
			}
			for _, k := range names {
				for _, v := range append(values, missing) {
					d := base()
					if v == missing {
						delete(d, k)
					} else {
						d[k] = v
					}
					datas = append(datas, d)
				}
			}
			all := func(v any) map[string]any {
				d := map[string]any{}
				for _, k := range names {
					d[k] = v
				}
				return d
			}
			datas = append(datas, nil, map[string]any{}, all(""), all(1), all("x"), base())
			for _, d := range datas {
				want, werr := l.l.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: d})
				if werr != nil && want == "" {
					want = id
				}
				if got := l.T(id, d); got != want {
					t.Errorf("%v %s %v: fast %q, go-i18n %q", tag, id, d, got, want)
				}
			}
		}
		if compiled < len(ids)/2 {
			t.Errorf("%v: only %d of %d messages compiled", tag, compiled, len(ids))
		}
		t.Logf("%v: %d of %d messages compiled", tag, compiled, len(ids))
	}
}

func TestCompileFast(t *testing.T) {
	for _, c := range []struct {
		src string
		ok  bool
	}{
		{"plain", true},
		{"{{.A}} and {{if .B}}{{.B}}: {{end}}x", true},
		{"{{if .A}}{{if .B}}both{{end}}{{end}}", true},
		{"{{- .A -}} trimmed", true},
		{"{{if .A}}a{{else}}b{{end}}", false},
		{"{{.A.B}}", false},
		{"{{len .A}}", false},
		{"{{$x := .A}}{{$x}}", false},
		{"{{range .A}}x{{end}}", false},
		{"{{/* c */}}x", true},
		{"{{.A | printf \"%q\"}}", false},
		{"{{.}}", false},
		{"{{", false},
	} {
		_, ok := compileFast(c.src)
		if ok != c.ok {
			t.Errorf("compileFast(%q) = %v, want %v", c.src, ok, c.ok)
		}
	}
}

// BenchmarkT says a check finding's message (the command's localizer on
// each finding): `go test ./locales -run X -bench T -cpu 1`.
func BenchmarkT(b *testing.B) {
	l := New(Supported[0])
	data := map[string]any{"Found": "Kim Jong Un", "Expected": "Kim Jong-un", "Term": "p-kim-jong-un", "Side": "", "Note": ""}
	_ = l.T("CheckMsgDeprecated", data)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = l.T("CheckMsgDeprecated", data)
	}
}

// BenchmarkTI18n is BenchmarkT through go-i18n, as before the compiled
// messages.
func BenchmarkTI18n(b *testing.B) {
	l := New(Supported[0])
	data := map[string]any{"Found": "Kim Jong Un", "Expected": "Kim Jong-un", "Term": "p-kim-jong-un", "Side": "", "Note": ""}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, _ = l.l.Localize(&i18n.LocalizeConfig{MessageID: "CheckMsgDeprecated", TemplateData: data})
	}
}

// TestFastMissing: an id no file defines is said as itself, and a Korean
// localizer says an id it compiled in Korean.
func TestFastMissing(t *testing.T) {
	l := New(Supported[1])
	if got := l.T("NoSuchMessage", map[string]any{"A": "x"}); got != "NoSuchMessage" {
		t.Errorf("missing id: %q", got)
	}
	if m := l.compiled("NoSuchMessage"); m.ok {
		t.Error("a missing id compiled")
	}
	if got, en := l.T("CheckSeverityError", nil), New(Supported[0]).T("CheckSeverityError", nil); got == en {
		t.Errorf("Korean severity %q is the English one", got)
	}
}
