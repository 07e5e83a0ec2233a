package pipeline

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"math"
	"sort"
	"strings"

	"bitext/article"
)

// Bands counts segments by TM match band, the bands translators are paid by.
type Bands struct {
	InContext int `json:"101"`
	Exact     int `json:"100"`
	High      int `json:"95-99"`
	Mid       int `json:"85-94"`
	Low       int `json:"75-84"`
	New       int `json:"new"`
}

// BandNames are the band labels, in order: article.Bands as strings.
var BandNames = func() []string {
	names := make([]string, len(article.Bands))
	for i, b := range article.Bands {
		names[i] = string(b)
	}
	return names
}()

func (b *Bands) add(band string, n int) {
	switch band {
	case "101":
		b.InContext += n
	case "100":
		b.Exact += n
	case "95-99":
		b.High += n
	case "85-94":
		b.Mid += n
	case "75-84":
		b.Low += n
	default:
		b.New += n
	}
}

// Counts returns the counts in the order of BandNames.
func (b Bands) Counts() []int {
	return []int{b.InContext, b.Exact, b.High, b.Mid, b.Low, b.New}
}

func (b *Bands) plus(o Bands) {
	b.InContext += o.InContext
	b.Exact += o.Exact
	b.High += o.High
	b.Mid += o.Mid
	b.Low += o.Low
	b.New += o.New
}

// Alignment sums up an article's alignment links.
type Alignment struct {
	Links int     `json:"links"`
	Mean  float64 `json:"mean_confidence"`
	Min   float64 `json:"min_confidence"`
	Low   int     `json:"low_confidence_links"` // below MinStoreConfidence
	Units int     `json:"tm_units"`             // pairs stored in the TM
	// Unstored counts the pairs the TM cannot store (no source text or no
	// translation: tm.Check), left out and not in Units.
	Unstored int `json:"tm_units_not_stored,omitempty"`
}

// Summary is one article in the report.
type Summary struct {
	Name     string `json:"name"`
	Base     string `json:"base,omitempty"` // base name of the output files
	Edition  string `json:"edition"`
	Original string `json:"original,omitempty"`
	Encoding string `json:"original_encoding,omitempty"`
	// EditionHash is textHash of the edition's text as the run read it:
	// bitext import tells the targets the run wrote (the edition's) from
	// a translator's only while the edition is unchanged.
	EditionHash string `json:"edition_sha256,omitempty"`
	Headline    string `json:"headline,omitempty"`
	Byline      string `json:"byline,omitempty"`
	Date        string `json:"date,omitempty"`
	// Status: "done" (run now), "unchanged" (skipped, as in the last run),
	// "failed" or "not run" (the run was interrupted first).
	Status    string            `json:"status"`
	Error     string            `json:"error,omitempty"`
	Segments  SegmentCounts     `json:"segments"`
	Bands     *Bands            `json:"tm_bands,omitempty"`
	Terms     int               `json:"glossary_terms"`
	Findings  []article.Finding `json:"findings,omitempty"`
	Alignment *Alignment        `json:"alignment,omitempty"`
	// Pretranslated, for an original without an edition, is the number of
	// its segments whose target a TM match pre-filled, its byline
	// included (article.Article.BylineSeg); nil otherwise.
	Pretranslated *int `json:"pretranslated_segments,omitempty"`
	// Prefilled are the hashes (textHash) of the targets the run
	// pre-filled, by which bitext import tells them from a translator's.
	Prefilled []string `json:"prefilled_sha256,omitempty"`
	// Segs are the original's segments as the analysis counts them
	// (Report.Analysis).
	Segs    []SegStat         `json:"analysis_segments,omitempty"`
	Notes   []article.Note    `json:"skipped_steps,omitempty"`
	Outputs map[string]string `json:"outputs,omitempty"` // format name → path relative to the out folder
	View    string            `json:"view,omitempty"`    // the bilingual HTML view, relative to the out folder
}

// SegmentCounts counts an article's segments on each side.
type SegmentCounts struct {
	Source int `json:"source"`
	Target int `json:"target"`
}

// Report is the record of a run: report.json, and index.html for people.
type Report struct {
	Source  string         `json:"source_lang"`
	Target  string         `json:"target_lang"`
	Formats []string       `json:"formats"`
	Notes   []article.Note `json:"skipped_steps,omitempty"`
	Orphans []string       `json:"originals_without_edition,omitempty"`
	// Skipped are the input files the run did not take, with the reason.
	Skipped     []Skip `json:"skipped_files,omitempty"`
	Interrupted bool   `json:"interrupted,omitempty"`
	// Recovered is the commit of a stopped earlier run that this run
	// finished first; nil when there was none.
	Recovered *Recovery `json:"recovered,omitempty"`
	Totals    Totals    `json:"totals"`
	// Analysis is the volume of the originals' segments by match band,
	// per article and for the batch (see Analysis).
	Analysis *RunAnalysis `json:"analysis,omitempty"`
	Articles []Summary    `json:"articles"`
}

// Totals add up the articles of a run.
type Totals struct {
	Articles  int   `json:"articles"`
	Done      int   `json:"done"`
	Unchanged int   `json:"unchanged"`
	Failed    int   `json:"failed"`
	NotRun    int   `json:"not_run"`
	Segments  int   `json:"segments"`
	Bands     Bands `json:"tm_bands"`
	Terms     int   `json:"glossary_terms"`
	Findings  int   `json:"findings"`
	Links     int   `json:"alignment_links"`
	LowLinks  int   `json:"low_confidence_links"`
	Units     int   `json:"tm_units_added"`
	Unstored  int   `json:"tm_units_not_stored"` // pairs the TM cannot store (Alignment.Unstored)
	// Pretranslated counts the originals without an edition, and
	// Prefilled their segments pre-filled from the TM.
	Pretranslated int `json:"pretranslated"`
	Prefilled     int `json:"pretranslated_segments"`
}

func round3(f float64) float64 { return math.Round(f*1000) / 1000 }

// summarize makes the report entry of a processed article.
func summarize(a *Article, outputs map[string]string, view string, stored bool) Summary {
	s := Summary{
		Name: a.Name, Base: a.ID, Edition: a.Input.Edition, Original: a.Input.Original, Encoding: a.OriginalEncoding,
		EditionHash: textHash(a.edRaw),
		Headline:    a.Headline(), Byline: a.Byline(), Date: a.Date(),
		Status:   "done",
		Segments: SegmentCounts{Source: len(a.Source), Target: len(a.Target)},
		Terms:    a.TermCount(), Findings: a.Findings, Notes: a.Notes, Outputs: outputs, View: view,
		Segs: analyze(a),
	}
	if a.MatchSide != "" {
		// The band of each looked-up segment by article.BandOf, the one
		// definition of the bands that the report and the pages share.
		var b Bands
		for _, seg := range a.LookupSegments() {
			band := article.BandNew
			if m, ok := seg.Best(); ok {
				band = m.Band()
			}
			b.add(string(band), 1)
		}
		s.Bands = &b
	}
	if a.pretranslated() {
		s.EditionHash = ""
		n := len(a.Target)
		for _, t := range a.Target {
			s.Prefilled = append(s.Prefilled, textHash(t.Text))
		}
		if a.BylineTarget != "" {
			n++
			s.Prefilled = append(s.Prefilled, textHash(a.BylineTarget))
		}
		s.Pretranslated = &n
	}
	if len(a.Links) > 0 && !a.pretranslated() {
		al := &Alignment{Links: len(a.Links), Min: 1}
		if stored {
			al.Units, al.Unstored = len(a.units()), a.unstorable()
		}
		sum := 0.0
		for _, l := range a.Links {
			sum += l.Confidence
			al.Min = math.Min(al.Min, l.Confidence)
			if l.Confidence < MinStoreConfidence {
				al.Low++
			}
		}
		al.Mean, al.Min = round3(sum/float64(len(a.Links))), round3(al.Min)
		s.Alignment = al
	}
	return s
}

func (r *Report) total() {
	t := Totals{Articles: len(r.Articles)}
	for _, a := range r.Articles {
		switch a.Status {
		case "done":
			t.Done++
		case "unchanged":
			t.Unchanged++
		case "failed":
			t.Failed++
		default:
			t.NotRun++
		}
		t.Segments += a.Segments.Source + a.Segments.Target
		if a.Bands != nil {
			t.Bands.plus(*a.Bands)
		}
		if a.Pretranslated != nil {
			t.Pretranslated++
			t.Prefilled += *a.Pretranslated
		}
		t.Terms += a.Terms
		t.Findings += len(a.Findings)
		if a.Alignment != nil {
			t.Links += a.Alignment.Links
			t.LowLinks += a.Alignment.Low
			if a.Status == "done" {
				t.Units += a.Alignment.Units
				t.Unstored += a.Alignment.Unstored
			}
		}
	}
	r.Analysis = analyzeBatch(r.Articles)
	r.Totals = t
}

// WriteJSON writes report.json.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// bandColors are the band colours of the chart and of the bilingual view.
var bandColors = []string{"#1b7837", "#5aae61", "#a6dba0", "#fee08b", "#fdae61", "#d9d9d9"}

type svgBar struct {
	X, W  float64
	Color string
	Label string
}

// bars lays counts out as a stacked bar of width w.
func bars(counts []int, w float64) []svgBar {
	total := 0
	for _, c := range counts {
		total += c
	}
	if total == 0 {
		return nil
	}
	var out []svgBar
	x := 0.0
	for i, c := range counts {
		if c == 0 {
			continue
		}
		bw := w * float64(c) / float64(total)
		out = append(out, svgBar{X: round3(x), W: round3(bw), Color: bandColors[i], Label: fmt.Sprintf("%s: %d", BandNames[i], c)})
		x += bw
	}
	return out
}

// indexEnglish are the texts of index.html in English, by message id; the
// command's locale files (locales/run.*.toml) define the same ids.
var indexEnglish = map[string]string{
	"RunIndexTitle":           "bitext run",
	"RunIndexSummary":         "{{.Articles}} articles ({{.Done}} run, {{.Unchanged}} unchanged, {{.Failed}} failed, {{.NotRun}} not run), {{.Segments}} segments, {{.Terms}} glossary terms, {{.Findings}} findings, {{.Links}} alignment links ({{.Low}} of low confidence), {{.Units}} pairs stored in the TM. {{.Source}} → {{.Target}}.",
	"RunIndexInterrupted":     "The run was interrupted: run it again to do the rest.",
	"RunIndexBands":           "TM match bands",
	"RunIndexNew":             "new",
	"RunIndexSkipped":         "Skipped steps",
	"RunIndexOrphans":         "Korean originals without an English edition:",
	"RunIndexArticles":        "Articles",
	"RunIndexColArticle":      "Article",
	"RunIndexColStatus":       "Status",
	"RunIndexColSegments":     "Segments (original / edition)",
	"RunIndexColBands":        "TM bands",
	"RunIndexColTerms":        "Terms",
	"RunIndexColFindings":     "Findings",
	"RunIndexColAlignment":    "Alignment",
	"RunIndexLinks":           "{{.Links}} links, mean {{.Mean}}%{{if .Low}}, {{.Low}} low{{end}}",
	"RunIndexSkippedSteps":    "skipped:",
	"RunIndexFindings":        "Findings",
	"RunIndexSentence":        "sentence {{.Seg}}",
	"RunIndexSideSource":      "original",
	"RunIndexSideTarget":      "edition",
	"RunIndexStatusDone":      "done",
	"RunIndexStatusUnchanged": "unchanged",
	"RunIndexStatusFailed":    "failed",
	"RunIndexStatusNotRun":    "not run",
	// Skipped steps and their reasons (Note).
	"RunStepGlossary":      "glossary",
	"RunStepCheck":         "check",
	"RunStepAlign":         "alignment",
	"RunStepTM":            "TM",
	"RunStepExport":        "export",
	"RunNoteNoGlossary":    "no glossary file",
	"RunNoteNoChecker":     "no glossary to check against",
	"RunNoteNoTM":          "no translation memory",
	"RunNoteNoTMBackend":   "no TM backend in this build",
	"RunNoteNoFormats":     "no export formats in this build",
	"RunNoteNoOriginal":    "no Korean original",
	"RunNoteNoEdition":     "no English edition: pretranslated from the TM",
	"RunIndexSkippedFiles": "Files not taken:",
	"RunIndexAnalysis":     "Analysis of the originals (segments / words / characters)",
	"RunIndexRepetitions":  "repetitions",
	"RunIndexTotal":        "total",
	"RunIndexBatch":        "batch",
}

// IndexMessageIDs returns the message ids of index.html's texts.
func IndexMessageIDs() []string {
	ids := make([]string, 0, len(indexEnglish))
	for id := range indexEnglish {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// englishIndex renders an index text in English.
func englishIndex(id string, data map[string]any) string {
	t, err := template.New(id).Option("missingkey=zero").Parse(indexEnglish[id])
	if err != nil {
		return id
	}
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return id
	}
	return b.String()
}

func statusID(s string) string {
	switch s {
	case "done":
		return "RunIndexStatusDone"
	case "unchanged":
		return "RunIndexStatusUnchanged"
	case "failed":
		return "RunIndexStatusFailed"
	}
	return "RunIndexStatusNotRun"
}

var indexTmpl = template.Must(template.New("index").Funcs(template.FuncMap{
	"bars":  bars,
	"color": func(i int) string { return bandColors[i] },
	"inc":   func(i int) int { return i + 1 },
	"pct": func(f float64) string {
		return fmt.Sprintf("%.0f", f*100)
	},
	"t":      func(string, ...any) string { return "" }, // replaced in WriteHTML
	"step":   func(article.Note) string { return "" },   // replaced in WriteHTML
	"reason": func(article.Note) string { return "" },   // replaced in WriteHTML
	"status": statusID,
	// bandNames and vol: the analysis table (analysis.go).
	"bandNames": func() []string { return AnalysisBands },
	"vol": func(an Analysis, i int) string {
		v := an.rows()[i]
		return fmt.Sprintf("%d / %d / %d", v.Segments, v.Words, v.Chars)
	},
}).Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{t "RunIndexTitle"}}</title>
<style>
body { font-family: "Noto Sans", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: .35em .5em; text-align: left; vertical-align: top; font-size: 14px; }
th { background: #f4f4f4; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.legend span { display: inline-block; margin-right: 1em; font-size: 13px; }
.legend i { display: inline-block; width: .9em; height: .9em; margin-right: .3em; vertical-align: -1px; }
.failed, .error { color: #b2182b; }
.warning { color: #b35806; }
ul.findings { font-size: 13px; }
.notes { color: #666; font-size: 12px; }
@media print { body { margin: 0; } a { color: inherit; text-decoration: none; } }
</style>
</head>
<body>
<h1>{{t "RunIndexTitle"}}</h1>
<p>{{t "RunIndexSummary" "Articles" .Totals.Articles "Done" .Totals.Done "Unchanged" .Totals.Unchanged "Failed" .Totals.Failed "NotRun" .Totals.NotRun "Segments" .Totals.Segments "Terms" .Totals.Terms "Findings" .Totals.Findings "Links" .Totals.Links "Low" .Totals.LowLinks "Units" .Totals.Units "Source" .Source "Target" .Target}}{{if .Interrupted}} <b>{{t "RunIndexInterrupted"}}</b>{{end}}</p>
<h2>{{t "RunIndexBands"}}</h2>
<svg xmlns="http://www.w3.org/2000/svg" width="600" height="40" viewBox="0 0 600 40" role="img" aria-label="{{t "RunIndexBands"}}">
{{- range bars .Totals.Bands.Counts 600.0}}
<rect x="{{.X}}" y="0" width="{{.W}}" height="28" fill="{{.Color}}"><title>{{.Label}}</title></rect>
{{- end}}
</svg>
<div class="legend">{{range $i, $n := .Totals.Bands.Counts}}<span><i style="background:{{color $i}}"></i>{{if eq $i 5}}{{t "RunIndexNew"}}{{else}}{{index $.BandNames $i}}%{{end}}: {{$n}}</span>{{end}}</div>
{{if .Notes}}<h2>{{t "RunIndexSkipped"}}</h2><ul>{{range .Notes}}<li><b>{{step .}}</b>: {{reason .}}</li>{{end}}</ul>{{end}}
{{if .Orphans}}<p class="notes">{{t "RunIndexOrphans"}} {{range .Orphans}}{{.}} {{end}}</p>{{end}}
{{if .Skipped}}<p class="notes">{{t "RunIndexSkippedFiles"}} {{range .Skipped}}{{.File}} ({{.Reason}}) {{end}}</p>{{end}}
{{with .Analysis}}<h2>{{t "RunIndexAnalysis"}}</h2>
<table>
<tr><th>{{t "RunIndexColArticle"}}</th>{{range bandNames}}<th>{{if eq . "new"}}{{t "RunIndexNew"}}{{else if eq . "repetitions"}}{{t "RunIndexRepetitions"}}{{else if eq . "total"}}{{t "RunIndexTotal"}}{{else}}{{.}}%{{end}}</th>{{end}}</tr>
<tr><td><b>{{t "RunIndexBatch"}}</b></td>{{$b := .Batch}}{{range $i, $_ := bandNames}}<td class="n">{{vol $b $i}}</td>{{end}}</tr>
{{- range .Articles}}{{$a := .Analysis}}
<tr><td>{{.Name}}</td>{{range $i, $_ := bandNames}}<td class="n">{{vol $a $i}}</td>{{end}}</tr>
{{- end}}
</table>{{end}}
<h2>{{t "RunIndexArticles"}}</h2>
<table>
<tr><th>{{t "RunIndexColArticle"}}</th><th>{{t "RunIndexColStatus"}}</th><th>{{t "RunIndexColSegments"}}</th><th>{{t "RunIndexColBands"}}</th><th>{{t "RunIndexColTerms"}}</th><th>{{t "RunIndexColFindings"}}</th><th>{{t "RunIndexColAlignment"}}</th></tr>
{{- range .Articles}}
<tr>
<td>{{if .View}}<a href="{{.View}}">{{or .Headline .Name}}</a>{{else}}{{or .Headline .Name}}{{end}}<br><span class="notes">{{.Name}}{{if .Date}} · {{.Date}}{{end}}{{if .Byline}} · {{.Byline}}{{end}}</span>
{{- if .Notes}}<br><span class="notes">{{t "RunIndexSkippedSteps"}} {{range $i, $n := .Notes}}{{if $i}}; {{end}}{{step $n}} ({{reason $n}}){{end}}</span>{{end}}</td>
<td{{if eq .Status "failed"}} class="failed" title="{{.Error}}"{{end}}>{{t (status .Status)}}</td>
<td class="n">{{.Segments.Source}} / {{.Segments.Target}}</td>
<td>{{if .Bands}}<svg xmlns="http://www.w3.org/2000/svg" width="160" height="14" viewBox="0 0 160 14">{{range bars .Bands.Counts 160.0}}<rect x="{{.X}}" y="0" width="{{.W}}" height="14" fill="{{.Color}}"><title>{{.Label}}</title></rect>{{end}}</svg>{{end}}</td>
<td class="n">{{.Terms}}</td>
<td class="n">{{len .Findings}}</td>
<td class="n">{{with .Alignment}}{{t "RunIndexLinks" "Links" .Links "Mean" (pct .Mean) "Low" .Low}}{{end}}</td>
</tr>
{{- end}}
</table>
{{if .Totals.Findings}}<h2>{{t "RunIndexFindings"}}</h2>
<ul class="findings">
{{- range .Articles}}{{$a := .}}{{range .Findings}}
<li><b>{{$a.Name}}</b> {{if and $a.View (ge .Seg 0)}}<a href="{{$a.View}}#{{if eq .Side "source"}}s{{else}}t{{end}}{{inc .Seg}}">{{end}}{{if eq .Side "source"}}{{t "RunIndexSideSource"}}{{else}}{{t "RunIndexSideTarget"}}{{end}}{{if ge .Seg 0}} {{t "RunIndexSentence" "Seg" (inc .Seg)}}{{end}}{{if and $a.View (ge .Seg 0)}}</a>{{end}}{{if .Line}} <span class="notes">{{if and (or (eq .Side "source") (not $a.Edition)) $a.Original}}{{$a.Original}}{{else}}{{$a.Edition}}{{end}}:{{.Line}}:{{.Column}}</span>{{end}}: <span class="{{.Severity}}">{{.Severity}}</span> {{.Rule}}: {{.Message}}</li>
{{- end}}{{end}}
</ul>{{end}}
</body>
</html>
`))

// WriteHTML writes index.html in English: totals, a chart of the TM match
// bands, a row per article linking its bilingual view, the findings.
func (r *Report) WriteHTML(w io.Writer) error { return r.WriteHTMLIn(w, "en", nil) }

// WriteHTMLIn writes index.html with the texts of say (message id and
// data, see IndexMessageIDs; nil or a text equal to its id gives English);
// lang is the page's language tag.
func (r *Report) WriteHTMLIn(w io.Writer, lang string, say func(id string, data map[string]any) string) error {
	t, err := indexTmpl.Clone()
	if err != nil {
		return err
	}
	t.Funcs(template.FuncMap{"step": func(n article.Note) string {
		s, _ := n.Localize(say)
		return s
	}, "reason": func(n article.Note) string {
		_, r := n.Localize(say)
		return r
	}, "t": func(id string, kv ...any) string {
		data := map[string]any{}
		for i := 0; i+1 < len(kv); i += 2 {
			k, _ := kv[i].(string)
			data[k] = kv[i+1]
		}
		if say != nil {
			if s := say(id, data); s != "" && s != id {
				return s
			}
		}
		return englishIndex(id, data)
	}})
	return t.Execute(w, struct {
		*Report
		BandNames []string
		Lang      string
	}{r, BandNames, lang})
}
