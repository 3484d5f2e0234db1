#!/usr/bin/env bash
# Merges the JSON Lines reports of shards into one, sorted by input path, and
# checks that no input was converted by two shards. Prints the status counts.
#   merge-reports.sh MERGED.jsonl SHARD.jsonl...
# Exit: 0 all ok or skipped, 1 some failed, 2 an input appears twice (shards
# were given different N, or two runs shared a shard).
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 MERGED.jsonl SHARD.jsonl..." >&2; exit 2; }
merged=$1
shift
# Each line starts with {"path":…, so a byte-wise sort orders by path.
LC_ALL=C sort "$@" > "$merged.tmp"
mv "$merged.tmp" "$merged"

twice=$(jq -r .path "$merged" | LC_ALL=C uniq -d)
if [ -n "$twice" ]; then
  echo "merge-reports: inputs reported by more than one shard:" >&2
  echo "$twice" >&2
  exit 2
fi
jq -r .status "$merged" | LC_ALL=C sort | uniq -c >&2
if jq -e 'select(.status == "failed")' "$merged" > /dev/null; then exit 1; fi
