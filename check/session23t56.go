package check

// Session 23 (helper T56, issue #11).

// onceAsDeprecated drops each first-mention warning whose span is the
// span of a deprecated-term finding (the lead's decision, session 23): a
// form right only until a day and past it, at a person's first mention
// (Duke of Cambridge, 찰스 왕세자), is reported once, as the dated error, as
// a superseded form already is. out is filtered in place.
func onceAsDeprecated(out []Finding) []Finding {
	dep := 0
	for i := range out {
		if out[i].Rule == RuleDeprecated {
			dep++
		}
	}
	if dep == 0 {
		return out
	}
	kept := out[:0]
	for _, f := range out {
		if f.Rule == RuleFirstMention && sameSpanAs(out, f, RuleDeprecated) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// sameSpanAs reports whether a finding of rule in fs covers exactly f's
// span in f's file.
func sameSpanAs(fs []Finding, f Finding, rule string) bool {
	for _, d := range fs {
		if d.Rule == rule && d.File == f.File && d.Line == f.Line && d.Column == f.Column &&
			d.EndLine == f.EndLine && d.EndColumn == f.EndColumn {
			return true
		}
	}
	return false
}
