#!/usr/bin/env bash
# Throughput of `paiban batch`: 1,000 variants of the example article (title and
# one paragraph changed, so no two outputs are equal) to PDF and DOCX, with one
# and with two workers. Prints articles/s, the speed-up and peak RSS.
#   bench/batch-throughput.sh [PAIBAN_BINARY] [COUNT] [FORMATS]
# Defaults: build/paiban, 1000, pdf,docx. Needs /usr/bin/time (GNU time).
# CPU ms per article (user+sys) is printed too: on a machine shared with other
# jobs the wall-clock rates understate what the cores can do.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
paiban=$(realpath "${1:-$root/build/paiban}")
count=${2:-1000}
formats=${3:-pdf,docx}
work=$(mktemp -d "${TMPDIR:-/tmp}/paiban-batch-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000

example="$root/examples/zhibu-2014-10-tianzhen.txt"
title="组织工作要紧扣中心服务大局"
for ((n = 0; n < count; n++)); do
  dir="$work/in/vol$((n % 10))"
  mkdir -p "$dir"
  sed -e "s/$title/$title(之$n)/g" -e "s/当前,天镇县/第${n}次修订:当前,天镇县/" "$example" > "$dir/art$n.txt"
done

# Outputs are written to a fresh folder each time; --force is for reruns.
run() {  # JOBS -> "seconds rss_kib cpu_seconds"
  local jobs=$1 out="$work/out-j$1"
  rm -rf "$out"
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$paiban" batch "$work/in" -o "$out" --to "$formats" \
    -j "$jobs" --force --quiet --report "$work/report-j$jobs.jsonl" 2> "$work/stderr-j$jobs" ||
    { cat "$work/stderr-j$jobs" >&2; exit 1; }
  local ok
  ok=$(grep -c '"status":"ok"' "$work/report-j$jobs.jsonl" || true)
  [ "$ok" -eq "$count" ] || { echo "only $ok of $count converted with -j$jobs" >&2; exit 1; }
  awk '{ print $1, $2, $3 + $4 }' "$work/time"
}

result1=$(run 1)  # plain assignments, so that a failed run stops the script
result2=$(run 2)
read -r t1 rss1 cpu1 <<< "$result1"
read -r t2 rss2 cpu2 <<< "$result2"
if ! cmp -s <(cd "$work/out-j1" && find . -type f -exec md5sum {} + | sort) \
            <(cd "$work/out-j2" && find . -type f -exec md5sum {} + | sort); then
  echo "warning: -j1 and -j2 outputs differ" >&2
fi
awk -v n="$count" -v f="$formats" -v t1="$t1" -v t2="$t2" -v r1="$rss1" -v r2="$rss2" \
    -v c1="$cpu1" -v c2="$cpu2" 'BEGIN {
  printf "paiban batch, %d articles to %s (%d cores)\n", n, f, '"$(nproc)"'
  printf "  -j1: %6.2f s  %7.1f articles/s  peak RSS %6.1f MiB  CPU %.1f ms/article\n", t1, n / t1, r1 / 1024, 1000 * c1 / n
  printf "  -j2: %6.2f s  %7.1f articles/s  peak RSS %6.1f MiB  CPU %.1f ms/article\n", t2, n / t2, r2 / 1024, 1000 * c2 / n
  printf "  speed-up -j1 -> -j2: %.2fx\n", t1 / t2
}'
