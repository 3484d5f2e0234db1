#!/usr/bin/env bash
# Spreads SHARDS shards of an archive over the hosts listed in HOSTS (GNU
# parallel --sshloginfile format: one `user@host` or `N/host` per line, `:`
# for this machine). INPUT and OUTDIR must be on a file system mounted at the
# same path on every host (NFS, CephFS…), and paiban installed on each.
# Use more shards than hosts: a host that finishes early takes the next one.
#   parallel-hosts.sh HOSTS INPUT OUTDIR SHARDS [paiban batch options]
set -euo pipefail
[ $# -ge 4 ] || { echo "usage: $0 HOSTS INPUT OUTDIR SHARDS [paiban batch options]" >&2; exit 2; }
hosts=$1 input=$2 outdir=$3 shards=$4
shift 4
paiban=${PAIBAN:-paiban}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$outdir/reports"

# -j 1: one shard at a time per host, each using all of that host's cores.
# --workdir: relative INPUT/OUTDIR resolve in this directory on every host.
seq 0 $((shards - 1)) | parallel -q --will-cite --sshloginfile "$hosts" -j 1 --workdir "$PWD" \
  "$paiban" batch "$input" -o "$outdir" --shard "{}/$shards" --quiet \
  --report "$outdir/reports/shard-{}.jsonl" "$@" || true

exec "$here/merge-reports.sh" "$outdir/report.jsonl" "$outdir"/reports/shard-*.jsonl
