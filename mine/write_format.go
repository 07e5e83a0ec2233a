package mine

import "io"

// Formats are the names of the formats Write knows.
var Formats = []string{"csv", "tbx", "tbx3", "html", "json"}

// Write writes the result in the named format: csv (the candidates as a
// glossary, CSV), tbx (the same as TBX v2), tbx3 (TBX v3 with drift and
// stale forms), html (a review page) or json; any other name is csv.
func (r *Result) Write(w io.Writer, format string) error {
	switch format {
	case "tbx":
		return r.Glossary().WriteTBX(w)
	case "tbx3":
		return r.WriteTBX3(w)
	case "html":
		return r.WriteHTML(w)
	case "json":
		return r.WriteJSON(w)
	}
	return r.Glossary().WriteCSV(w, ',')
}
