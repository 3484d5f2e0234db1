#!/usr/bin/env bash
# Whole-process time of `paiban render` on the example article (font loading,
# parsing, layout and PDF writing included): median of repeated runs with
# hyperfine, and peak RSS with GNU time.
#   bench/render-time.sh [PAIBAN_BINARY] [RUNS]
# Defaults: build/paiban, 50. Targets (issue 4): median <= 25 ms, peak RSS <= 40 MB.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
paiban=$(realpath "${1:-$root/build/paiban}")
runs=${2:-50}
work=$(mktemp -d "${TMPDIR:-/tmp}/paiban-render-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000
example="$root/examples/zhibu-2014-10-tianzhen.txt"

for variant in "" "--impose saddle"; do
  name="render${variant:+ $variant}"
  hyperfine --warmup 3 --runs "$runs" --style none --export-json "$work/h.json" \
    "$paiban render $example -o $work/out.pdf $variant" >/dev/null
  median_ms=$(/usr/bin/python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print('%.1f' % (r['median']*1000))" "$work/h.json")
  # Peak RSS: the largest of a few runs.
  rss_kib=0
  for _ in 1 2 3; do
    /usr/bin/time -v "$paiban" render "$example" -o "$work/out.pdf" $variant 2> "$work/time.txt"
    r=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    (( r > rss_kib )) && rss_kib=$r
  done
  size_kib=$(( $(stat -c %s "$work/out.pdf") / 1024 ))
  printf '%-24s median %6s ms   peak RSS %5.1f MB   output %d KiB\n' "$name" "$median_ms" \
    "$(echo "$rss_kib / 1024" | bc -l)" "$size_kib"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
