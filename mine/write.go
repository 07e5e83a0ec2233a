package mine

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"time"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// Glossary returns the unconfirmed candidates as glossary entries, so they
// are written by glossary.WriteCSV and WriteTBX in the house layout: id
// "mine-" and the candidate's rank, the Korean form and every rendering
// admitted, and the note "proposed" with the evidence. A candidate whose
// first rendering an earlier entry already has (OECD ~ OECD beside
// 경제협력개발기구 ~ OECD, two spellings of one name) joins that entry as
// another Korean form, so that no English term is claimed by two entries
// (session 15, helper M19).
func (r *Result) Glossary() *glossary.Glossary {
	g := &glossary.Glossary{}
	n := 0
	byEn := map[string]*glossary.Entry{}
	for _, c := range r.Candidates {
		if c.Confirmed {
			continue
		}
		cs := c.Type.CaseSensitiveByDefault()
		if e := byEn[c.Renderings[0].Text]; e != nil {
			e.Terms = append(e.Terms, &glossary.Term{Text: c.Korean, Lang: language.Korean, Status: glossary.Admitted, CaseSensitive: cs})
			for _, rd := range c.Renderings[1:] {
				if byEn[rd.Text] == nil {
					byEn[rd.Text] = e
					e.Terms = append(e.Terms, &glossary.Term{Text: rd.Text, Lang: language.English, Status: glossary.Admitted, CaseSensitive: cs})
				}
			}
			continue
		}
		n++
		e := &glossary.Entry{ID: fmt.Sprintf("mine-%d", n), Type: c.Type,
			Note: fmt.Sprintf("proposed: %d units, score %.2f, seen %s to %s", c.Units, c.Score, day(c.FirstSeen), day(c.LastSeen))}
		e.Terms = append(e.Terms, &glossary.Term{Text: c.Korean, Lang: language.Korean, Status: glossary.Admitted, CaseSensitive: cs})
		for _, rd := range c.Renderings {
			if byEn[rd.Text] == nil {
				byEn[rd.Text] = e
				e.Terms = append(e.Terms, &glossary.Term{Text: rd.Text, Lang: language.English, Status: glossary.Admitted, CaseSensitive: cs})
			}
		}
		g.Entries = append(g.Entries, e)
	}
	return g
}

func day(t time.Time) string {
	if t.IsZero() {
		return "?"
	}
	return t.Format(time.DateOnly)
}

// WriteJSON writes the result as indented JSON: what a json.Encoder
// with the indent "  " writes of r, made one list element at a time
// (the whole document in memory twice, compact and indented, was most of
// a day's allocations; session 11).
func (r *Result) WriteJSON(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("{\n")
	for i, f := range []struct {
		name string
		list any // a slice, written element by element
		n    int
		at   func(int) any
	}{
		{"candidates", r.Candidates, len(r.Candidates), func(i int) any { return &r.Candidates[i] }},
		{"drift", r.Drift, len(r.Drift), func(i int) any { return &r.Drift[i] }},
		{"stale", r.Stale, len(r.Stale), func(i int) any { return &r.Stale[i] }},
		{"units_read", r.Read, -1, nil},
		{"units_total", r.Total, -1, nil},
	} {
		if i > 0 {
			bw.WriteString(",\n")
		}
		fmt.Fprintf(bw, "  %q: ", f.name)
		if f.n <= 0 {
			// A number, null or [] as they are.
			b, err := json.Marshal(f.list)
			if err != nil {
				return fmt.Errorf("mine: %w", err)
			}
			bw.Write(b)
			continue
		}
		bw.WriteString("[\n")
		for j := range f.n {
			if j > 0 {
				bw.WriteString(",\n")
			}
			bw.WriteString("    ")
			b, err := json.MarshalIndent(f.at(j), "    ", "  ")
			if err != nil {
				return fmt.Errorf("mine: %w", err)
			}
			bw.Write(b)
		}
		bw.WriteString("\n  ]")
	}
	bw.WriteString("\n}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("mine: %w", err)
	}
	return nil
}

var page = template.Must(template.New("mine").Funcs(template.FuncMap{"day": day}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>bitext glossary mine</title>
<style>body{font-family:sans-serif;margin:1em 2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top}.ex{font-size:.85em;color:#444}.confirmed{color:#080}</style></head>
<body><h1>Glossary candidates</h1>
<p>{{len .Candidates}} candidates from {{.Total}} units, sorted by evidence.</p>
<table><tr><th>#</th><th>Korean</th><th>Type</th><th>Renderings (units)</th><th>Seen</th><th>Score</th><th>Examples</th></tr>
{{range $i, $c := .Candidates}}<tr{{if $c.Confirmed}} class="confirmed"{{end}}><td>{{$i}}</td><td>{{$c.Korean}}</td><td>{{$c.Type}}{{if $c.Confirmed}} (confirmed {{$c.Entry}}){{end}}</td>
<td>{{range $c.Renderings}}{{.Text}} ×{{.Units}}<br>{{end}}</td><td>{{day $c.FirstSeen}} – {{day $c.LastSeen}}</td><td>{{printf "%.2f" $c.Score}}</td>
<td class="ex">{{range $c.Examples}}<p>{{.Korean}}<br>{{.English}}</p>{{end}}</td></tr>
{{end}}</table>
{{if .Drift}}<h2>Drift: one Korean form, several renderings</h2><table><tr><th>Korean</th><th>Renderings (units; documents)</th></tr>
{{range .Drift}}<tr><td>{{.Korean}}</td><td>{{range .Renderings}}{{.Text}} ×{{.Units}}{{if .Docs}} ({{range $j, $d := .Docs}}{{if $j}}, {{end}}{{$d}}{{end}}){{end}}<br>{{end}}</td></tr>
{{end}}</table>{{end}}
{{if .Stale}}<h2>Preferred forms the desk stopped using</h2><table><tr><th>Entry</th><th>Korean</th><th>Preferred (units)</th><th>Forbidden (units; documents)</th></tr>
{{range .Stale}}<tr><td>{{.Entry}}</td><td>{{.Korean}}</td><td>{{.Preferred}} ×{{.PrefUnits}}</td><td>{{.Forbidden}} ×{{.ForbUnits}} {{range .ForbDocs}}{{.}} {{end}}</td></tr>
{{end}}</table>{{end}}
</body></html>
`))

// WriteHTML writes a self-contained HTML page of the candidates sorted by
// evidence, each with its example pairs, then the drift.
func (r *Result) WriteHTML(w io.Writer) error {
	if err := page.Execute(w, r); err != nil {
		return fmt.Errorf("mine: %w", err)
	}
	return nil
}
