package mine

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"slices"
	"strings"
	"time"
	"unsafe"

	"bitext/glossary"
)

// The cache of RunCached is a base file (CachePath), written by a run
// from scratch, and delta segments beside it (CachePath + ".1", ".2", …),
// one per later run that read new units, until a run folds them into a
// new base (compaction). Every file is binary:
//
//	magic "bitext mine cache\n", version (uvarint, stateVersion), kind
//	  (one byte: 0 a base, 1 a segment)
//	a segment: the CRC of its base (4 bytes, little-endian), its number
//	  (uvarint, from 1) and the last unit id before it (varint)
//	strings: count, then each as length and bytes (documents and example
//	  texts)
//	a base: the key of the lexicon its pairs were found with (length and
//	  bytes, empty without one; lexiconKey)
//	last unit id (varint), units (uvarint)
//	pairs: count, then each pair's record (below): in a base the pairs
//	  seen in two units or more, in a segment what the segment's units
//	  added to each pair they have
//	a base: the pairs seen in one unit (most pairs), in key order: count,
//	  byte length, the records (their documents written in place, not as
//	  string numbers), then each record's offset (4 bytes, little-endian),
//	  so a run looks up the few it meets again without decoding the
//	  others, and a new base copies the others' records as they are
//	stale counts: 0, or 1 then key, last id, counts (count, then key
//	  and count), docs (count, then key, count, string numbers)
//	CRC-32C of everything before it (4 bytes, little-endian)
//
// A record: ko, en, type (as length and bytes), sim (float64 bits, 8
// bytes), units, units showing a person, units showing a place, days (count, then day delta and count), first and last
// seen (seconds varint, nanoseconds uvarint), in a segment flags (uvarint:
// 1 docs follow, 2 examples follow, 4 a pair new in the segment), docs (count, string numbers),
// examples (count, then unit id varint and either 0, for a pair seen in
// one unit (Run reads its text again when the pair can be shown), or
// ko+1 and en). In a segment, units and days are added to the pair's,
// first and last seen widen its own, and docs and examples, when they
// follow, replace its own; a new pair is not looked for in the files
// before (it is damage when it is there), any other must be there.
//
// Strings are read as parts of one string holding the file, so reading
// allocates little beyond the maps.
const cacheMagic = "bitext mine cache\n"

const (
	kindBase    = 0
	kindSegment = 1
)

// Flags of a segment's record.
const (
	recDocs     = 1
	recExamples = 2
	recNew      = 4 // a pair the segment's units were the first to have
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// errOldCache is the error for a cache of another version.
var errOldCache = errors.New("cache of another version")

// segHead is what a segment says of its place in the chain.
type segHead struct {
	baseCRC uint32
	seq     int
	prevID  int64 // the state's last unit id before the segment
}

// Write saves the whole state in the binary cache format, as a base file.
func (st *State) Write(w io.Writer) error {
	if st.lazyErr != nil {
		return st.lazyErr
	}
	_, err := st.writeFile(w, nil)
	return err
}

// writeFile writes a base (seg nil: every pair) or a segment (the pairs
// this run changed, State.track) and returns the file's CRC.
func (st *State) writeFile(w io.Writer, seg *segHead) (uint32, error) {
	enc := stateEncoder{index: map[string]uint64{}, units: map[int64][2]uint64{}}
	b := enc.body(st, seg)
	h := crc32.New(castagnoli)
	bw := bufio.NewWriterSize(io.MultiWriter(w, h), 1<<16)
	head := binary.AppendUvarint([]byte(cacheMagic), stateVersion)
	if seg == nil {
		head = append(head, kindBase)
	} else {
		head = append(head, kindSegment)
		head = binary.LittleEndian.AppendUint32(head, seg.baseCRC)
		head = binary.AppendUvarint(head, uint64(seg.seq))
		head = binary.AppendVarint(head, seg.prevID)
	}
	head = binary.AppendUvarint(head, uint64(len(enc.strs)))
	bw.Write(head)
	var n [binary.MaxVarintLen64]byte
	for _, s := range enc.strs {
		bw.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
		bw.WriteString(s)
	}
	bw.Write(b)
	if err := bw.Flush(); err != nil {
		return 0, fmt.Errorf("mine: %w", err)
	}
	sum := h.Sum32()
	if _, err := w.Write(binary.LittleEndian.AppendUint32(nil, sum)); err != nil {
		return 0, fmt.Errorf("mine: %w", err)
	}
	return sum, nil
}

type stateEncoder struct {
	index map[string]uint64
	strs  []string
	units map[int64][2]uint64 // an example's unit id → its texts' numbers
}

// example appends the numbers of an example's texts: looked up by its
// unit id first (the pairs of a unit share its texts), so most long texts
// are hashed once.
func (e *stateEncoder) example(b []byte, x Example) []byte {
	n, ok := e.units[x.Unit]
	if !ok || e.strs[n[0]] != x.Korean || e.strs[n[1]] != x.English {
		n = [2]uint64{e.number(x.Korean), e.number(x.English)}
		e.units[x.Unit] = n
	}
	b = binary.AppendUvarint(b, n[0]+1) // 0: no text
	return binary.AppendUvarint(b, n[1])
}

func (e *stateEncoder) str(b []byte, s string) []byte {
	return binary.AppendUvarint(b, e.number(s))
}

// number is the number of s in the string table.
func (e *stateEncoder) number(s string) uint64 {
	i, ok := e.index[s]
	if !ok {
		i = uint64(len(e.strs))
		e.index[s] = i
		e.strs = append(e.strs, s)
	}
	return i
}

func appendInline(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendTime(b []byte, t time.Time) []byte {
	b = binary.AppendVarint(b, t.Unix())
	return binary.AppendUvarint(b, uint64(t.Nanosecond()))
}

func appendDays(b []byte, days []dayCount) []byte {
	b = binary.AppendUvarint(b, uint64(len(days)))
	prev := int64(0)
	for _, d := range days {
		b = binary.AppendVarint(b, int64(d.Day)-prev)
		b = binary.AppendUvarint(b, uint64(d.Count))
		prev = int64(d.Day)
	}
	return b
}

// record appends a base's record of p; a pair seen in one unit (single)
// has its documents written in place, so that its record stands alone
// and a new base copies it as it is (lazyPairs).
func (e *stateEncoder) record(b []byte, p *pairStats, single bool) []byte {
	b = e.forms(b, p)
	b = binary.AppendUvarint(b, uint64(p.Units))
	b = binary.AppendUvarint(b, uint64(p.Person))
	b = binary.AppendUvarint(b, uint64(p.Place))
	b = binary.AppendUvarint(b, uint64(p.Tail))
	b = binary.AppendUvarint(b, uint64(p.Storm))
	b = binary.AppendUvarint(b, uint64(p.Org))
	b = appendDays(b, p.Days)
	b = appendTime(b, p.First)
	b = appendTime(b, p.Last)
	if single {
		b = binary.AppendUvarint(b, uint64(len(p.Docs)))
		for _, d := range p.Docs {
			b = appendInline(b, d)
		}
	} else {
		b = e.docs(b, p)
	}
	return e.examples(b, p)
}

// delta appends a segment's record of p: what this run added (p.d).
func (e *stateEncoder) delta(b []byte, p *pairStats) []byte {
	d := p.d
	b = e.forms(b, p)
	b = binary.AppendUvarint(b, uint64(d.units))
	b = binary.AppendUvarint(b, uint64(d.person))
	b = binary.AppendUvarint(b, uint64(d.place))
	b = binary.AppendUvarint(b, uint64(d.tail))
	b = binary.AppendUvarint(b, uint64(d.storm))
	b = binary.AppendUvarint(b, uint64(d.org))
	b = appendDays(b, d.days)
	b = appendTime(b, d.first)
	b = appendTime(b, d.last)
	flags := uint64(0)
	if len(p.Docs) != d.docs0 {
		flags |= recDocs
	}
	if len(p.Examples) != d.ex0 || filled(p.Examples) != d.filled0 {
		flags |= recExamples
	}
	if d.units == p.Units {
		flags |= recNew
	}
	b = binary.AppendUvarint(b, flags)
	if flags&recDocs != 0 {
		b = e.docs(b, p)
	}
	if flags&recExamples != 0 {
		b = e.examples(b, p)
	}
	return b
}

func (e *stateEncoder) forms(b []byte, p *pairStats) []byte {
	// The forms are written where they are used: most are in one pair,
	// and hashing them into the table costs more than it saves.
	b = appendInline(b, p.Ko)
	b = appendInline(b, p.En)
	b = appendInline(b, string(p.Type))
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(p.Sim))
}

func (e *stateEncoder) docs(b []byte, p *pairStats) []byte {
	b = binary.AppendUvarint(b, uint64(len(p.Docs)))
	for _, d := range p.Docs {
		b = e.str(b, d)
	}
	return b
}

func (e *stateEncoder) examples(b []byte, p *pairStats) []byte {
	b = binary.AppendUvarint(b, uint64(len(p.Examples)))
	for _, x := range p.Examples {
		b = binary.AppendVarint(b, x.Unit)
		if p.Units < 2 || x.Korean == "" {
			// A name seen once: most pairs, and most of the text. Run
			// reads the unit again when the pair can be shown.
			b = append(b, 0)
			continue
		}
		b = e.example(b, x)
	}
	return b
}

func filled(xs []Example) int {
	n := 0
	for _, x := range xs {
		if x.Korean != "" {
			n++
		}
	}
	return n
}

func (e *stateEncoder) body(st *State, seg *segHead) []byte {
	var b []byte
	if seg == nil {
		b = appendInline(b, st.Lexicon)
	}
	b = binary.AppendVarint(b, st.LastID)
	b = binary.AppendUvarint(b, uint64(st.Units))
	if seg != nil {
		// The pairs this run changed, in key order.
		ps := slices.Clone(st.touched)
		slices.SortFunc(ps, comparePairs)
		b = binary.AppendUvarint(b, uint64(len(ps)))
		for _, p := range ps {
			b = e.delta(b, p)
		}
		return e.stale(b, st.Stale)
	}
	// Pairs in key order, so that the same state gives the same file.
	var multi, single []*pairStats
	for _, p := range st.Pairs {
		if p.Units >= 2 {
			multi = append(multi, p)
		} else {
			single = append(single, p)
		}
	}
	slices.SortFunc(multi, comparePairs)
	slices.SortFunc(single, comparePairs)
	b = binary.AppendUvarint(b, uint64(len(multi)))
	for _, p := range multi {
		b = e.record(b, p, false)
	}
	// The pairs seen in one unit: those in Pairs, and the records of the
	// base read (lazyPairs) that Pairs does not have, copied as they are,
	// merged in key order.
	var recs, offs []byte
	n := 0
	add := func(rec []byte, p *pairStats) {
		offs = binary.LittleEndian.AppendUint32(offs, uint32(len(recs)))
		if p != nil {
			recs = e.record(recs, p, true)
		} else {
			recs = append(recs, rec...)
		}
		n++
	}
	var key []byte
	if l := st.lazy; l != nil {
		for i := range l.n {
			start, end := l.offset(i), len(l.d.s)
			if i+1 < l.n {
				end = l.offset(i + 1)
			}
			d := l.d
			d.off = start
			ko, en := d.inline(), d.inline()
			if d.err != nil || end < d.off {
				continue // read again (and refused) by loadAll
			}
			key = append(append(append(key[:0], ko...), '\t'), en...)
			if st.Pairs[string(key)] != nil {
				continue
			}
			for len(single) > 0 && cmpKeys(single[0].Ko, single[0].En, ko, en) < 0 {
				add(nil, single[0])
				single = single[1:]
			}
			add([]byte(l.d.s[start:end]), nil)
		}
	}
	for _, p := range single {
		add(nil, p)
	}
	b = binary.AppendUvarint(b, uint64(n))
	b = binary.AppendUvarint(b, uint64(len(recs)))
	b = append(b, recs...)
	b = append(b, offs...)
	return e.stale(b, st.Stale)
}

// comparePairs orders pairs by their key (ko, tab, en).
func comparePairs(a, b *pairStats) int { return cmpKeys(a.Ko, a.En, b.Ko, b.En) }

// cmpKeys is strings.Compare(ako+"\t"+aen, bko+"\t"+ben) without joining
// them.
func cmpKeys(ako, aen, bko, ben string) int {
	n := min(len(ako), len(bko))
	if c := strings.Compare(ako[:n], bko[:n]); c != 0 {
		return c
	}
	switch {
	case len(ako) == len(bko):
		return strings.Compare(aen, ben)
	case len(ako) < len(bko):
		// a goes on with a tab, b with bko[n:].
		if c := cmpByte('\t', bko[n]); c != 0 {
			return c
		}
		return -cmpJoined(bko[n+1:], ben, aen)
	default:
		if c := cmpByte(ako[n], '\t'); c != 0 {
			return c
		}
		return cmpJoined(ako[n+1:], aen, ben)
	}
}

func cmpByte(a, b byte) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// cmpJoined is strings.Compare(ko+"\t"+en, key) without joining them.
func cmpJoined(ko, en, key string) int {
	if len(ko) >= len(key) {
		if c := strings.Compare(ko[:len(key)], key); c != 0 {
			return c
		}
		return 1 // key is a prefix of ko, shorter than ko+"\t"+en
	}
	if c := strings.Compare(ko, key[:len(ko)]); c != 0 {
		return c
	}
	switch rest := key[len(ko):]; {
	case rest[0] > '\t':
		return -1
	case rest[0] < '\t':
		return 1
	default:
		return strings.Compare(en, rest[1:])
	}
}

func (e *stateEncoder) stale(b []byte, ss *staleState) []byte {
	if ss == nil {
		return append(b, 0)
	}
	b = append(b, 1)
	b = e.str(b, ss.Key)
	b = binary.AppendVarint(b, ss.LastID)
	ks := make([]string, 0, len(ss.Counts))
	for k := range ss.Counts {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	b = binary.AppendUvarint(b, uint64(len(ks)))
	for _, k := range ks {
		b = e.str(b, k)
		b = binary.AppendUvarint(b, uint64(ss.Counts[k]))
	}
	ks = ks[:0]
	for k := range ss.Docs {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	b = binary.AppendUvarint(b, uint64(len(ks)))
	for _, k := range ks {
		b = e.str(b, k)
		ds := ss.Docs[k]
		b = binary.AppendUvarint(b, uint64(len(ds)))
		for _, d := range ds {
			b = e.str(b, d)
		}
	}
	return b
}

// staleBytes is the stale counts written on their own, to tell whether a
// run changed them.
func staleBytes(ss *staleState) []byte {
	e := stateEncoder{index: map[string]uint64{}}
	b := e.stale(nil, ss)
	for _, s := range e.strs {
		b = appendInline(b, s)
	}
	return b
}

// ReadState reads a state saved by Write; name is used in errors. A
// file of another version, or one that is damaged, is an error.
func ReadState(r io.Reader, name string) (*State, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("mine: %s: %w", name, err)
	}
	st, err := decodeState(data)
	if err != nil {
		return nil, fmt.Errorf("mine: %s: %w", name, err)
	}
	return st, nil
}

// decodeState reads a base file, every pair decoded.
func decodeState(data []byte) (*State, error) {
	d, kind, _, err := decodeHead(data)
	if err != nil {
		return nil, err
	}
	if kind != kindBase {
		return nil, errors.New("not a mining cache: a segment, not a base")
	}
	return d.base(true)
}

// stateDecoder reads the parts of the file held in s from off; the
// first error stops it (later reads return zero values).
type stateDecoder struct {
	s    string
	off  int
	strs []string
	err  error
}

func (d *stateDecoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("not a mining cache: %s at byte %d", what, d.off)
	}
}

func (d *stateDecoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	var v uint64
	for shift := uint(0); d.off < len(d.s) && shift < 64; shift += 7 {
		c := d.s[d.off]
		d.off++
		if shift == 63 && c > 1 {
			break
		}
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	d.fail("bad number")
	return 0
}

func (d *stateDecoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	u := d.uvarint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return v
}

// count reads a number of items each taking at least one byte: more than
// the bytes left is damage (and would allocate too much).
func (d *stateDecoder) count() int {
	n := d.uvarint()
	if n > uint64(len(d.s)-d.off) {
		d.fail("count beyond the end")
		return 0
	}
	return int(n)
}

func (d *stateDecoder) int() int {
	n := d.uvarint()
	if n > math.MaxInt32 {
		d.fail("count too large")
		return 0
	}
	return int(n)
}

func (d *stateDecoder) str() string {
	i := d.uvarint()
	if i >= uint64(len(d.strs)) {
		d.fail("bad string number")
		return ""
	}
	return d.strs[i]
}

// inline reads a string written in place (appendInline).
func (d *stateDecoder) inline() string {
	l := d.uvarint()
	if l > uint64(len(d.s)-d.off) {
		d.fail("string beyond the end")
		return ""
	}
	v := d.s[d.off : d.off+int(l)]
	d.off += int(l)
	return v
}

// bytes reads n bytes.
func (d *stateDecoder) bytes(n int) string {
	if d.err != nil || n > len(d.s)-d.off {
		d.fail("short file")
		return ""
	}
	v := d.s[d.off : d.off+n]
	d.off += n
	return v
}

func (d *stateDecoder) time() time.Time {
	sec := d.varint()
	nsec := d.uvarint()
	if nsec >= 1e9 {
		d.fail("bad time")
		return time.Time{}
	}
	t := time.Unix(sec, int64(nsec)).UTC()
	if t.Equal(time.Time{}) {
		return time.Time{}
	}
	return t
}

// decodeHead checks the magic, version and CRC of a cache file and reads
// its kind, a segment's place in the chain and the string table. data
// must not be changed afterwards: the strings read are parts of it.
func decodeHead(data []byte) (d *stateDecoder, kind int, seg segHead, err error) {
	if len(data) < len(cacheMagic) || string(data[:len(cacheMagic)]) != cacheMagic {
		return nil, 0, seg, errors.New("not a mining cache")
	}
	v, n := binary.Uvarint(data[len(cacheMagic):])
	if n > 0 && v != stateVersion {
		return nil, 0, seg, fmt.Errorf("%w: version %d, want %d", errOldCache, v, stateVersion)
	}
	if n <= 0 || len(data)-len(cacheMagic)-n < 5 {
		return nil, 0, seg, errors.New("not a mining cache: too short")
	}
	body := data[:len(data)-4]
	if crc32.Checksum(body, castagnoli) != binary.LittleEndian.Uint32(data[len(data)-4:]) {
		return nil, 0, seg, errors.New("not a mining cache: checksum mismatch")
	}
	// One string for the whole file: the strings read are parts of it.
	d = &stateDecoder{s: unsafe.String(&body[0], len(body)), off: len(cacheMagic) + n}
	kind = int(d.s[d.off])
	d.off++
	switch kind {
	case kindBase:
	case kindSegment:
		c := d.bytes(4)
		if d.err == nil {
			seg.baseCRC = binary.LittleEndian.Uint32([]byte(c))
		}
		seg.seq = d.int()
		seg.prevID = d.varint()
	default:
		d.fail("bad kind")
	}
	d.strs = make([]string, d.count())
	for i := range d.strs {
		d.strs[i] = d.inline()
	}
	if d.err != nil {
		return nil, 0, seg, d.err
	}
	return d, kind, seg, nil
}

// Kinds of records.
const (
	recordBase    = iota // a base's pair seen in two units or more
	recordSingle         // a base's pair seen in one unit: documents in place
	recordSegment        // a segment's: with flags
)

// pair reads a record of a kind; flags says which of docs and examples
// were there (always both in a base).
func (d *stateDecoder) pair(kind int) (p *pairStats, flags uint64) {
	p = &pairStats{Ko: d.inline(), En: d.inline(), Type: glossary.Type(d.inline())}
	if c := d.bytes(8); d.err == nil {
		p.Sim = math.Float64frombits(binary.LittleEndian.Uint64([]byte(c)))
	}
	p.Units = d.int()
	p.Person, p.Place = d.int(), d.int()
	p.Tail, p.Storm, p.Org = d.int(), d.int(), d.int()
	if p.Person > p.Units || p.Place > p.Units || p.Tail > p.Units || p.Storm > p.Units || p.Org > p.Units {
		d.fail("bad kind counts")
	}
	if nd := d.count(); nd > 0 {
		p.Days = make([]dayCount, nd)
		day := int64(0)
		for i := range p.Days {
			day += d.varint()
			c := d.uvarint()
			if day < math.MinInt32 || day > math.MaxInt32 || c > math.MaxInt32 || i > 0 && int32(day) <= p.Days[i-1].Day {
				d.fail("bad day")
			}
			p.Days[i] = dayCount{int32(day), int32(c)}
		}
	}
	p.First, p.Last = d.time(), d.time()
	flags = recDocs | recExamples
	if kind == recordSegment {
		if flags = d.uvarint(); flags > recDocs|recExamples|recNew {
			d.fail("bad flags")
		}
	}
	if flags&recDocs != 0 {
		if nd := d.count(); nd > 0 {
			p.Docs = make([]string, nd)
			for i := range p.Docs {
				if kind == recordSingle {
					p.Docs[i] = d.inline()
				} else {
					p.Docs[i] = d.str()
				}
			}
		}
	}
	if flags&recExamples != 0 {
		if nx := d.count(); nx > 0 {
			p.Examples = make([]Example, nx)
			for i := range p.Examples {
				p.Examples[i].Unit = d.varint()
				if k := d.uvarint(); k > 0 {
					if k > uint64(len(d.strs)) || d.strs[k-1] == "" {
						d.fail("bad example")
						break
					}
					p.Examples[i].Korean, p.Examples[i].English = d.strs[k-1], d.str()
				}
			}
		}
	}
	if p.Ko == "" || p.En == "" {
		d.fail("bad pair")
	}
	return p, flags
}

// base reads the rest of a base file. With eager every pair is decoded;
// else the pairs seen in one unit are left in the file (State.lazy) and
// decoded when a run meets them again.
func (d *stateDecoder) base(eager bool) (*State, error) {
	st := NewState()
	st.Lexicon = d.inline()
	st.LastID = d.varint()
	st.Units = d.int()
	np := d.count()
	st.Pairs = make(map[string]*pairStats, np)
	for range np {
		if d.err != nil {
			break
		}
		p, _ := d.pair(recordBase)
		key := p.Ko + "\t" + p.En
		if st.Pairs[key] != nil {
			d.fail("bad pair")
		}
		st.Pairs[key] = p
	}
	ns := d.count()
	nb := d.count()
	recs := d.bytes(nb)
	offs := d.bytes(4 * ns)
	if d.err == nil {
		l := &lazyPairs{d: stateDecoder{s: recs, strs: d.strs}, offs: offs, n: ns}
		if err := l.check(); err != nil {
			d.fail(err.Error())
		} else {
			st.lazy = l
		}
	}
	st.Stale = d.stale()
	if d.err == nil && d.off != len(d.s) {
		d.fail("bytes after the end")
	}
	if d.err != nil {
		return nil, d.err
	}
	if eager {
		if err := st.loadAll(); err != nil {
			return nil, err
		}
		if len(st.Pairs) != np+ns {
			return nil, errors.New("not a mining cache: a pair twice")
		}
	}
	return st, nil
}

func (d *stateDecoder) stale() *staleState {
	switch d.uvarint() {
	case 0:
		return nil
	case 1:
		ss := &staleState{Key: d.str(), LastID: d.varint(), Counts: map[string]int{}, Docs: map[string][]string{}}
		for range d.count() {
			k := d.str()
			ss.Counts[k] = d.int()
		}
		for range d.count() {
			k := d.str()
			ds := make([]string, d.count())
			for i := range ds {
				ds[i] = d.str()
			}
			ss.Docs[k] = ds
		}
		return ss
	default:
		d.fail("bad glossary counts")
		return nil
	}
}

// segment adds the rest of a segment file to st.
func (d *stateDecoder) segment(st *State) error {
	st.LastID = d.varint()
	st.Units = d.int()
	n := d.count()
	seen := make(map[string]bool, n)
	for range n {
		if d.err != nil {
			break
		}
		r, flags := d.pair(recordSegment)
		key := r.Ko + "\t" + r.En
		if seen[key] {
			d.fail("bad pair")
			break
		}
		seen[key] = true
		if flags&recNew != 0 {
			// Not in the files before: not looked up in the base.
			if st.Pairs[key] != nil {
				d.fail("bad pair")
				break
			}
			st.Pairs[key] = r
			continue
		}
		p := st.pair(key)
		if st.lazyErr != nil {
			return st.lazyErr
		}
		if p == nil {
			d.fail("a pair added to that is not there")
			break
		}
		p.Units += r.Units
		p.Person += r.Person
		p.Place += r.Place
		p.Tail += r.Tail
		p.Storm += r.Storm
		p.Org += r.Org
		for _, c := range r.Days {
			p.Days = addDays(p.Days, c.Day, c.Count)
		}
		if !r.First.IsZero() && (p.First.IsZero() || r.First.Before(p.First)) {
			p.First = r.First
		}
		if r.Last.After(p.Last) {
			p.Last = r.Last
		}
		if flags&recDocs != 0 {
			p.Docs = r.Docs
		}
		if flags&recExamples != 0 {
			p.Examples = r.Examples
		}
	}
	st.Stale = d.stale()
	if d.err == nil && d.off != len(d.s) {
		d.fail("bytes after the end")
	}
	return d.err
}

// lazyPairs are the records of a base's pairs seen in one unit, in key
// order, not decoded yet.
type lazyPairs struct {
	d    stateDecoder // the records, with the file's strings
	offs string       // n offsets into d.s, 4 bytes each
	n    int
}

func (l *lazyPairs) offset(i int) int {
	return int(binary.LittleEndian.Uint32([]byte(l.offs[4*i : 4*i+4])))
}

// check makes sure the offsets rise within the records (their contents
// are checked when read).
func (l *lazyPairs) check() error {
	prev := -1
	for i := range l.n {
		o := l.offset(i)
		if o <= prev || o >= len(l.d.s) || i == 0 && o != 0 {
			return errors.New("bad offset")
		}
		prev = o
	}
	if l.n == 0 && len(l.d.s) != 0 {
		return errors.New("bad offset")
	}
	return nil
}

// at decodes record i; end is where it ends.
func (l *lazyPairs) at(i int) (p *pairStats, end int, err error) {
	d := l.d
	d.off = l.offset(i)
	p, _ = d.pair(recordSingle)
	return p, d.off, d.err
}

// find returns the record with key, or nil.
func (l *lazyPairs) find(key string) (*pairStats, error) {
	lo, hi := 0, l.n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		d := l.d
		d.off = l.offset(m)
		ko, en := d.inline(), d.inline()
		if d.err != nil {
			return nil, d.err
		}
		switch c := cmpJoined(ko, en, key); {
		case c < 0:
			lo = m + 1
		case c > 0:
			hi = m
		default:
			p, _, err := l.at(m)
			return p, err
		}
	}
	return nil, nil
}
