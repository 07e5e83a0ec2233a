package check

import (
	"sync"

	"bitext/number"
)

// pairNumbers is a pair's number scratch (appendPair): both sides'
// numbers and the room of their comparison, reused from pair to pair so
// that the number rules allocate nothing for most pairs. Findings copy
// what they quote (numberFinding): nothing of it outlives the pair.
type pairNumbers struct {
	sn, tn []number.Number
	b      number.Buffers
}

var pairNumbersPool = sync.Pool{New: func() any { return new(pairNumbers) }}

// maxPairNumbers is the most numbers a side's scratch keeps in the pool.
const maxPairNumbers = 4096

// getPairNumbers returns a scratch from the pool, both sides empty.
func getPairNumbers() *pairNumbers { return pairNumbersPool.Get().(*pairNumbers) }

// extract reads the numbers of both sides of pr into p.
func (p *pairNumbers) extract(pr *Pair) (sn, tn []number.Number) {
	p.sn = number.AppendExtract(p.sn[:0], pr.Source, pr.SourceLang)
	p.tn = number.AppendExtract(p.tn[:0], pr.Target, pr.TargetLang)
	return p.sn, p.tn
}

// release clears p (the numbers quote the pair's text, which the pool
// must not keep alive) and returns it to the pool unless it grew large.
func (p *pairNumbers) release() {
	clear(p.sn)
	clear(p.tn)
	p.sn, p.tn = p.sn[:0], p.tn[:0]
	p.b.Reset()
	if cap(p.sn) <= maxPairNumbers && cap(p.tn) <= maxPairNumbers {
		pairNumbersPool.Put(p)
	}
}
