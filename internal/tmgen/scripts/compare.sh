#!/usr/bin/env bash
# Compares `bitext tm lookup` with Translate Toolkit's pretranslate and
# OmegaT's fuzzy matcher (both Debian packages: translate-toolkit, omegat) on
# the same generated memory and the same English queries, one tool after the
# other in the same run. Usage, from the repository root:
#
#   bash internal/tmgen/scripts/compare.sh 10000,100000 ../shared/corpus
#
# COMPARE_TOOLS (default "bitext,translate-toolkit,omegat,omegat-console")
# picks the tools; "omegat-console" is a plain `omegat --mode=console-translate`
# run (no script) with the best-match insertion preference set, to show what
# OmegaT's console mode fills in by itself.
#
# For each size N, `bitext tm gen` writes a TMX of N units and 1,000 queries
# made by editing units (the unit each was made from is known); the 700
# English→Korean queries are looked up by each tool with a minimum score of 75:
#
#   translate-toolkit  `pretranslate -s 75 -t tm.tmx q.po out.po` (one process;
#                      it loads the TMX and fills each msgstr with its best
#                      match). The TMX is given as the template, which
#                      pretranslate also uses as its fuzzy memory: `--tm`
#                      without a template fails in 3.8.4 ("'NoneType' object
#                      has no attribute 'findunit'").
#   omegat             `omegat --mode=console-translate --script=fuzzy.groovy`
#                      on a project whose tm/ holds the TMX. OmegaT 3.6 inserts
#                      the best fuzzy match only in its GUI editor, when a
#                      segment is opened (MatchesTextArea, preference
#                      wf_insertBestMatch): console-translate fills in exact
#                      matches from tm/auto and nothing else. The console
#                      --script hook runs Groovy inside OmegaT after the
#                      project (and the TMX) is loaded; the script runs, for
#                      each query, the call the GUI makes (new FindMatches(
#                      sourceTokenizer, 5, true, false).search(project, text,
#                      true, true, stop)) and keeps the top match when its
#                      score (scores[0].score, the one the GUI compares with
#                      the minimal similarity) is at least 75.
#   omegat-console     plain console-translate of the queries (one paragraph
#                      each) with the TMX in tm/auto and omegat.prefs setting
#                      wf_insertBestMatch=true, wf_minimalSimilarity=75: a
#                      query counts as matched when its target paragraph is
#                      not the source text.
#   bitext             `bitext tm import` then `bitext tm lookup --min 75 --top 1 -`
#
# It prints, per tool, wall and CPU (user+sys) time and peak RSS of the whole
# process (/usr/bin/time), and how many queries got a match of at least 75 and
# how many got the unit they were made from (the same target text), then a
# Markdown table.
set -euo pipefail
SIZES=${1:-10000}
CORPUS=${2:-}
TOOLS=${COMPARE_TOOLS:-bitext,translate-toolkit,omegat,omegat-console}
MIN=75
has() { case ",$TOOLS," in *",$1,"*) return 0 ;; esac; return 1; }

W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
go build -o "$W/bitext" ./cmd/bitext
if has translate-toolkit; then
  command -v pretranslate >/dev/null || { echo "compare: pretranslate not found (apt-get install translate-toolkit)" >&2; exit 3; }
fi
if has omegat; then
  command -v omegat >/dev/null || { echo "compare: omegat not found (apt-get install omegat)" >&2; exit 3; }
fi

cat >"$W/fuzzy.groovy" <<'GROOVY'
// Runs OmegaT's own fuzzy matcher, as its GUI does for the segment being
// edited, over each line of $OMEGAT_QUERIES; writes the best match per line
// as JSON to $OMEGAT_MATCHES. Runs once, when the project is loaded.
import org.omegat.core.Core
import org.omegat.core.statistics.FindMatches
import org.omegat.core.events.IStopped
import java.lang.management.ManagementFactory
import groovy.json.JsonOutput

if (eventType.toString() != 'LOAD') return
def project = Core.getProject()
def stop = { false } as IStopped
def bean = ManagementFactory.getThreadMXBean()
long c0 = bean.getCurrentThreadCpuTime(), t0 = System.nanoTime()
int n = 0
new File(System.getenv('OMEGAT_MATCHES')).withWriter('UTF-8') { w ->
  new File(System.getenv('OMEGAT_QUERIES')).eachLine('UTF-8') { q ->
    def finder = new FindMatches(project.getSourceTokenizer(), 5, true, false)
    def ms = finder.search(project, q, true, true, stop)
    def best = ms ? ms[0] : null
    w << JsonOutput.toJson(best == null ? [score: 0] : [score: best.scores[0].score, source: best.source, target: best.translation]) << '\n'
    n++
  }
}
System.err.println(String.format("omegat-fuzzy: %d queries, search %.1f s wall, %.1f s CPU", n, (System.nanoTime() - t0) / 1e9, (bean.getCurrentThreadCpuTime() - c0) / 1e9))
GROOVY

# write_project DIR: the OmegaT project file, English to Korean.
write_project() {
  cat >"$1/omegat.project" <<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes/>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>EN</source_lang>
    <target_lang>KO</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneCJKTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
XML
}

# timed LABEL LOG CMD...: runs CMD under /usr/bin/time, output to LOG, and
# prints LABEL with wall, CPU and peak RSS; the figures are kept in $W/LABEL.time.
timed() {
  local label=$1 log=$2; shift 2
  local st=0
  /usr/bin/time -f '%e %U %S %M' -o "$W/$label.time" "$@" >"$log" 2>&1 || st=$?
  read -r e u s m <"$W/$label.time" || true
  printf '  %-22s %8.1f s wall %8.1f s CPU %7d MB\n' "$label" "$e" "$(echo "$u + $s" | bc)" $((m / 1024))
  if [ $st -ne 0 ]; then echo "compare: $label failed (exit $st); its output:" >&2; tail -20 "$log" >&2; exit 1; fi
}

rows=()
for N in ${SIZES//,/ }; do
  D="$W/$N"
  mkdir -p "$D"
  echo "== $N units"
  set -- --units "$N" --seed 1 --out "$D/tm.tmx" --queries 1000 --queries-out "$D/q.jsonl"
  [ -n "$CORPUS" ] && set -- "$@" --corpus "$CORPUS"
  "$W/bitext" tm gen "$@" >/dev/null
  /usr/bin/python3 - "$D" <<'PY'
import json, sys
d = sys.argv[1]
en = [q for q in map(json.loads, open(d + '/q.jsonl')) if q['source_lang'] == 'en']
esc = lambda s: s.replace('\\', '\\\\').replace('"', '\\"')
with open(d + '/q.po', 'w') as f:
    f.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ko\\n"\n\n')
    for i, q in enumerate(en):
        f.write('msgctxt "q%d"\nmsgid "%s"\nmsgstr ""\n\n' % (i, esc(q['text'])))
with open(d + '/q.txt', 'w') as f:
    for q in en:
        f.write(q['text'] + '\n')
PY

  if has bitext; then
    timed bitext-import "$D/import.log" "$W/bitext" tm --tm "$D/b.tm" import "$D/tm.tmx"
    timed bitext-lookup "$D/ours.json" "$W/bitext" tm --tm "$D/b.tm" lookup --source-lang en --target-lang ko \
      --min $MIN --top 1 --format json - <"$D/q.txt"
    cp "$W/bitext-import.time" "$D/bitext-import.time"; cp "$W/bitext-lookup.time" "$D/bitext-lookup.time"
  fi
  if has translate-toolkit; then
    timed translate-toolkit "$D/tt.log" pretranslate -s $MIN -t "$D/tm.tmx" "$D/q.po" "$D/out.po"
    if grep -q "Error processing" "$D/tt.log"; then echo "compare: pretranslate failed:" >&2; cat "$D/tt.log" >&2; exit 1; fi
    cp "$W/translate-toolkit.time" "$D/"
  fi
  if has omegat; then
    P="$D/omegat"
    mkdir -p "$P"/{source,target,tm,omegat,glossary,dictionary} "$D/omegat-config"
    cp "$D/tm.tmx" "$P/tm/"
    printf 'The queries are read by the script, not from here.\n' >"$P/source/readme.txt"
    write_project "$P"
    OMEGAT_QUERIES="$D/q.txt" OMEGAT_MATCHES="$D/omegat.jsonl" \
      timed omegat "$D/omegat.log" omegat --mode=console-translate --quiet --disable-project-locking \
      --config-dir="$D/omegat-config" --script="$W/fuzzy.groovy" "$P"
    grep -h 'omegat-fuzzy:' "$D/omegat.log" | sed 's/^/    /' || true
    [ -s "$D/omegat.jsonl" ] || { echo "compare: the OmegaT script wrote no matches; its output:" >&2; tail -30 "$D/omegat.log" >&2; exit 1; }
    cp "$W/omegat.time" "$D/"
  fi

  if has omegat-console; then
    P="$D/omegat-console"
    mkdir -p "$P"/{source,target,tm/auto,omegat,glossary,dictionary} "$D/omegat-console-config"
    cp "$D/tm.tmx" "$P/tm/auto/"
    sed 's/$/\n/' "$D/q.txt" >"$P/source/queries.txt"
    write_project "$P"
    cat >"$D/omegat-console-config/omegat.prefs" <<'XML'
<?xml version="1.0" encoding="UTF-8" ?>
<omegat>
<preference version="1.0">
<wf_insertBestMatch>true</wf_insertBestMatch>
<wf_minimalSimilarity>75</wf_minimalSimilarity>
</preference>
</omegat>
XML
    timed omegat-console "$D/omegat-console.log" omegat --mode=console-translate --quiet --disable-project-locking \
      --config-dir="$D/omegat-console-config" "$P"
    cp "$W/omegat-console.time" "$D/"
  fi

  row=$(/usr/bin/python3 - "$D" "$N" "$TOOLS" "$MIN" <<'PY'
import json, os, sys, xml.etree.ElementTree as ET
d, n, tools, mn = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(','), int(sys.argv[4])
en = [q for q in map(json.loads, open(d + '/q.jsonl')) if q['source_lang'] == 'en']
ko = {}
XL = '{http://www.w3.org/XML/1998/namespace}lang'
for _, tu in ET.iterparse(d + '/tm.tmx'):
    if tu.tag == 'tu':
        segs = {v.get(XL): ''.join(v.find('seg').itertext()) for v in tu.iter('tuv')}
        ko[tu.get('tuid')] = segs['ko']
        tu.clear()
want = [ko[q['want_tuid']] for q in en]
def times(*labels):
    e = c = m = 0.0
    for l in labels:
        f = open(os.path.join(d, l + '.time')).read().split()
        e += float(f[0]); c += float(f[1]) + float(f[2]); m = max(m, int(f[3]) / 1024)
    return e, c, m
res = {}
if 'bitext' in tools:
    ours = json.load(open(d + '/ours.json'))
    got = [r['matches'][0]['target'] if r['matches'] else None for r in ours]
    res['bitext'] = (got, times('bitext-import', 'bitext-lookup'), times('bitext-lookup'))
if 'translate-toolkit' in tools:
    from translate.storage import po
    tt = {u.source: u.target for u in po.pofile.parsefile(d + '/out.po').units if not u.isheader()}
    res['translate-toolkit'] = ([tt.get(q['text']) or None for q in en], times('translate-toolkit'), None)
if 'omegat' in tools:
    om = [json.loads(l) for l in open(d + '/omegat.jsonl')]
    assert len(om) == len(en), (len(om), len(en))
    res['omegat'] = ([r['target'] if r['score'] >= mn else None for r in om], times('omegat'), None)
if 'omegat-console' in tools:
    src = open(d + '/omegat-console/source/queries.txt', encoding='utf-8').read().split('\n\n')
    tgt = open(d + '/omegat-console/target/queries.txt', encoding='utf-8').read().split('\n\n')
    assert len(src) == len(tgt) and len(src) >= len(en), (len(src), len(tgt))
    res['omegat-console'] = ([t if t != s else None for s, t in zip(src, tgt)][:len(en)], times('omegat-console'), None)
out = []
for tool, (got, (e, c, m), lk) in res.items():
    matched = sum(1 for g in got if g)
    true = sum(1 for g, w in zip(got, want) if g == w)
    lookup = '' if lk is None else ' (lookup %.1f s CPU)' % lk[1]
    with open(d + '/summary.txt', 'a') as f:
        print('  %-18s %d of %d queries matched >= %d, the true unit %d; %.1f s wall, %.1f s CPU%s, %.0f MB' % (tool, matched, len(en), mn, true, e, c, lookup, m), file=f)
    out.append('%s=%d/%d/%.1f/%.1f/%.0f/%s' % (tool, matched, true, e, c, m, '' if lk is None else '%.1f' % lk[1]))
print(' '.join(out))
PY
)
  cat "$D/summary.txt"
  rows+=("$N $row")
  rm -rf "$D"
done

# One table row per size: each tool's CPU (wall) and matches (true unit),
# and how many times more CPU each other tool took than bitext.
echo
echo "| units | tool | CPU (wall), peak RSS | matched ≥$MIN (true unit) | CPU ÷ bitext import+lookup | CPU ÷ bitext lookup |"
echo "|---:|---|---:|---:|---:|---:|"
for r in "${rows[@]}"; do
  set -- $r
  n=$1; shift
  base='' baselk=''
  for kv in "$@"; do
    [ "${kv%%=*}" = bitext ] && { IFS=/ read -r _ _ _ base _ baselk <<<"${kv#*=}"; }
  done
  for kv in "$@"; do
    tool=${kv%%=*}
    IFS=/ read -r m t e c rss lk <<<"${kv#*=}"
    cpu="$c s ($e s), $rss MB"
    [ -n "$lk" ] && cpu="$c s ($e s), $rss MB; lookup alone $lk s"
    ratio='' ratiolk=''
    if [ -n "$base" ] && [ "$tool" != bitext ] && [ "$tool" != omegat-console ]; then
      ratio=$(awk "BEGIN { printf \"%.0f×\", $c / $base }")
      ratiolk=$(awk "BEGIN { printf \"%.0f×\", $c / $baselk }")
    fi
    printf '| %s | %s | %s | %s (%s) | %s | %s |\n' "$(echo "$n" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')" "$tool" "$cpu" "$m" "$t" "$ratio" "$ratiolk"
  done
done
