package glossary

import "io"

// WriteFormat writes g in format f: TBX, TSV, or CSV for any other.
func (g *Glossary) WriteFormat(w io.Writer, f Format) error {
	switch f {
	case FormatTBX:
		return g.WriteTBX(w)
	case FormatTSV:
		return g.WriteCSV(w, '\t')
	}
	return g.WriteCSV(w, ',')
}
