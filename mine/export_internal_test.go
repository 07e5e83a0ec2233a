package mine

// SetCompaction sets when RunCached writes a new base instead of a
// segment (compactShare, maxSegments) and returns a function restoring
// them.
func SetCompaction(share float64, max int) (restore func()) {
	s, m := compactShare, maxSegments
	compactShare, maxSegments = share, max
	return func() { compactShare, maxSegments = s, m }
}

// InsideForm is insideForm, for the tests of session 23 (helper M44).
var InsideForm = insideForm
