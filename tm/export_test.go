package tm

// SetExhaustive makes Lookup score every candidate (true) or stop once the
// top is full above the rest's bounds (false, the default); it returns the
// previous setting.
func SetExhaustive(on bool) bool {
	old := exhaustive
	exhaustive = on
	return old
}

// Pruned is the number of lookups that returned leaving candidates
// unscored.
func Pruned() int64 { return pruned.Load() }
