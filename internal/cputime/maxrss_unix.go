//go:build unix && !darwin

package cputime

// maxrssUnit is the unit of Rusage.Maxrss: kilobytes on Linux and the BSDs.
const maxrssUnit = 1024
