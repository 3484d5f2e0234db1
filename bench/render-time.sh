#!/usr/bin/env bash
# Whole-process time of `paiban render` on the example article (font loading,
# parsing, layout and PDF writing included): median wall time of repeated runs
# with hyperfine, mean CPU time (user + system: on a shared machine wall time
# includes waiting for a core, CPU time does not), and peak RSS with GNU time.
#   bench/render-time.sh [PAIBAN_BINARY] [RUNS]
# Defaults: build/paiban, 50. Targets (issue 4): median <= 25 ms, peak RSS <= 40 MB.
# Rows: reader-order PDF and imposed booklet with the font lookup cache warm
# (the usual case: fontconfig's answers reused), then the reader-order PDF with
# PAIBAN_FONT_CACHE=off (fontconfig started on every run, as on a first run).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
paiban=$(realpath "${1:-$root/build/paiban}")
runs=${2:-50}
work=$(mktemp -d "${TMPDIR:-/tmp}/paiban-render-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000
example="$root/examples/zhibu-2014-10-tianzhen.txt"

measure() {  # name, cache mode, extra render options...
  local name=$1 cache=$2
  shift 2
  PAIBAN_FONT_CACHE=$cache hyperfine --warmup 3 --runs "$runs" --style none --export-json "$work/h.json" \
    "$paiban render $example -o $work/out.pdf $*" >/dev/null
  read -r median_ms cpu_ms < <(/usr/bin/python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print('%.1f %.1f' % (r['median']*1000, (r['user']+r['system'])*1000))" "$work/h.json")
  # Peak RSS: the largest of a few runs.
  local rss_kib=0 r
  for _ in 1 2 3; do
    PAIBAN_FONT_CACHE=$cache /usr/bin/time -v "$paiban" render "$example" -o "$work/out.pdf" "$@" 2> "$work/time.txt"
    r=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    (( r > rss_kib )) && rss_kib=$r
  done
  local size_kib=$(( $(stat -c %s "$work/out.pdf") / 1024 ))
  printf '%-30s median %6s ms   CPU %6s ms   peak RSS %5.1f MB   output %d KiB\n' "$name" "$median_ms" "$cpu_ms" \
    "$(echo "$rss_kib / 1024" | bc -l)" "$size_kib"
}

measure "render" on
measure "render --impose saddle" on --impose saddle
measure "render (font cache off)" off
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
