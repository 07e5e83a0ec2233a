package cputime

// maxrssUnit is the unit of Rusage.Maxrss: bytes on macOS.
const maxrssUnit = 1
