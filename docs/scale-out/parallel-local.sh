#!/usr/bin/env bash
# Converts an archive with SHARDS independent `paiban batch` processes on this
# machine, one shard each, then merges their reports.
#   parallel-local.sh INPUT OUTDIR SHARDS [more paiban batch options, e.g. --to pdf,docx]
# PAIBAN names the binary (default: paiban on the PATH).
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 INPUT OUTDIR SHARDS [paiban batch options]" >&2; exit 2; }
input=$1 outdir=$2 shards=$3
shift 3
paiban=${PAIBAN:-paiban}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$outdir/reports"

# One worker thread per process: the shards are the parallelism here.
# A shard with failed inputs exits 1; the merge below decides the outcome.
seq 0 $((shards - 1)) | parallel -q --will-cite -j "$shards" \
  "$paiban" batch "$input" -o "$outdir" --shard "{}/$shards" -j 1 --quiet \
  --report "$outdir/reports/shard-{}.jsonl" "$@" || true

exec "$here/merge-reports.sh" "$outdir/report.jsonl" "$outdir"/reports/shard-*.jsonl
