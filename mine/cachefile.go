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
	"time"

	"bitext/glossary"
)

// The cache file (State.Write) is binary:
//
//	magic "bitext mine cache\n", version (uvarint, stateVersion)
//	strings: count, then each as length and bytes (every document,
//	  example text and glossary key once)
//	last unit id (varint), units (uvarint)
//	pairs: count, then each: ko, en, type (as length and bytes), sim (float64
//	  bits, 8 bytes), units, days (count, then day delta and count),
//	  first and last seen (seconds varint, nanoseconds uvarint), docs
//	  (count, string numbers), examples (count, then unit id varint and
//	  either 0, for a pair seen in one unit (Run reads its text again when
//	  the pair can be shown), or ko+1 and en)
//	stale counts: 0, or 1 then key, last id, counts (count, then key
//	  and count), docs (count, then key, count, string numbers)
//	CRC-32C of everything before it (4 bytes, little-endian)
//
// Strings are read as parts of one string holding the file, so reading
// allocates little beyond the maps.
const cacheMagic = "bitext mine cache\n"

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// errOldCache is the error for a cache of another version.
var errOldCache = errors.New("cache of another version")

// Write saves the state in the binary cache format.
func (st *State) Write(w io.Writer) error {
	enc := stateEncoder{index: make(map[string]uint64, 2*len(st.Pairs)), units: map[int64][2]uint64{}}
	b := enc.body(st)
	h := crc32.New(castagnoli)
	bw := bufio.NewWriterSize(io.MultiWriter(w, h), 1<<16)
	head := binary.AppendUvarint([]byte(cacheMagic), stateVersion)
	head = binary.AppendUvarint(head, uint64(len(enc.strs)))
	bw.Write(head)
	var n [binary.MaxVarintLen64]byte
	for _, s := range enc.strs {
		bw.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
		bw.WriteString(s)
	}
	bw.Write(b)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("mine: %w", err)
	}
	if _, err := w.Write(binary.LittleEndian.AppendUint32(nil, h.Sum32())); err != nil {
		return fmt.Errorf("mine: %w", err)
	}
	return nil
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

func (e *stateEncoder) body(st *State) []byte {
	b := binary.AppendVarint(nil, st.LastID)
	b = binary.AppendUvarint(b, uint64(st.Units))
	// Pairs in key order, so that the same state gives the same file.
	keys := make([]string, 0, len(st.Pairs))
	for k := range st.Pairs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = binary.AppendUvarint(b, uint64(len(keys)))
	for _, k := range keys {
		p := st.Pairs[k]
		// The forms are written where they are used: most are in one
		// pair, and hashing them into the table costs more than it saves.
		b = appendInline(b, p.Ko)
		b = appendInline(b, p.En)
		b = appendInline(b, string(p.Type))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(p.Sim))
		b = binary.AppendUvarint(b, uint64(p.Units))
		b = binary.AppendUvarint(b, uint64(len(p.Days)))
		prev := int64(0)
		for _, d := range p.Days {
			b = binary.AppendVarint(b, int64(d.Day)-prev)
			b = binary.AppendUvarint(b, uint64(d.Count))
			prev = int64(d.Day)
		}
		b = appendTime(b, p.First)
		b = appendTime(b, p.Last)
		b = binary.AppendUvarint(b, uint64(len(p.Docs)))
		for _, d := range p.Docs {
			b = e.str(b, d)
		}
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
	}
	if st.Stale == nil {
		return append(b, 0)
	}
	b = append(b, 1)
	b = e.str(b, st.Stale.Key)
	b = binary.AppendVarint(b, st.Stale.LastID)
	ks := make([]string, 0, len(st.Stale.Counts))
	for k := range st.Stale.Counts {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	b = binary.AppendUvarint(b, uint64(len(ks)))
	for _, k := range ks {
		b = e.str(b, k)
		b = binary.AppendUvarint(b, uint64(st.Stale.Counts[k]))
	}
	ks = ks[:0]
	for k := range st.Stale.Docs {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	b = binary.AppendUvarint(b, uint64(len(ks)))
	for _, k := range ks {
		b = e.str(b, k)
		ds := st.Stale.Docs[k]
		b = binary.AppendUvarint(b, uint64(len(ds)))
		for _, d := range ds {
			b = e.str(b, d)
		}
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

func decodeState(data []byte) (*State, error) {
	if len(data) < len(cacheMagic) || string(data[:len(cacheMagic)]) != cacheMagic {
		return nil, errors.New("not a mining cache")
	}
	v, n := binary.Uvarint(data[len(cacheMagic):])
	if n > 0 && v != stateVersion {
		return nil, fmt.Errorf("%w: version %d, want %d", errOldCache, v, stateVersion)
	}
	if n <= 0 || len(data)-len(cacheMagic)-n < 4 {
		return nil, errors.New("not a mining cache: too short")
	}
	body := data[:len(data)-4]
	if crc32.Checksum(body, castagnoli) != binary.LittleEndian.Uint32(data[len(data)-4:]) {
		return nil, errors.New("not a mining cache: checksum mismatch")
	}
	// One string for the whole file: the strings read are parts of it.
	d := &stateDecoder{s: string(body), off: len(cacheMagic) + n}
	d.strs = make([]string, d.count())
	for i := range d.strs {
		l := d.uvarint()
		if l > uint64(len(d.s)-d.off) {
			d.fail("string beyond the end")
			break
		}
		d.strs[i] = d.s[d.off : d.off+int(l)]
		d.off += int(l)
	}
	st := NewState()
	st.LastID = d.varint()
	st.Units = d.int()
	np := d.count()
	st.Pairs = make(map[string]*pairStats, np)
	for range np {
		if d.err != nil {
			break
		}
		p := &pairStats{Ko: d.inline(), En: d.inline(), Type: glossary.Type(d.inline())}
		if d.off+8 > len(d.s) {
			d.fail("short pair")
			break
		}
		var bits uint64
		for i := 7; i >= 0; i-- {
			bits = bits<<8 | uint64(d.s[d.off+i])
		}
		p.Sim = math.Float64frombits(bits)
		d.off += 8
		p.Units = d.int()
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
		if nd := d.count(); nd > 0 {
			p.Docs = make([]string, nd)
			for i := range p.Docs {
				p.Docs[i] = d.str()
			}
		}
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
		key := p.Ko + "\t" + p.En
		if p.Ko == "" || p.En == "" || st.Pairs[key] != nil {
			d.fail("bad pair")
		}
		st.Pairs[key] = p
	}
	switch d.uvarint() {
	case 0:
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
		st.Stale = ss
	default:
		d.fail("bad glossary counts")
	}
	if d.err == nil && d.off != len(d.s) {
		d.fail("bytes after the end")
	}
	if d.err != nil {
		return nil, d.err
	}
	return st, nil
}
