#!/usr/bin/env bash
# Scale check for `paiban issue`: generates an issue of 100 articles (about
# 400 A4 pages) from the example articles, builds it several times and reports
# the median wall time, CPU time (user + system: the fairer figure on a busy
# machine) and the peak RSS (GNU time -v). Targets: < 3 s, < 200 MB.
# Usage: bench/issue-scale.sh [PAIBAN_BINARY] [RUNS]   (PAIBAN_KEEP=1 keeps the files)
set -euo pipefail
cd "$(dirname "$0")/.."
paiban=${1:-build/paiban}
runs=${2:-5}
articles=100
work=$(mktemp -d)
[ "${PAIBAN_KEEP:-0}" = 1 ] && echo "files in $work" || trap 'rm -rf "$work"' EXIT

# The example articles' bodies: everything after the journal line.
bodies=()
for f in examples/zhibu-2014-10-tianzhen.txt examples/issue/*.txt; do
  body="$work/body-$(basename "$f")"
  sed -n '/^支部建设 2014年10期$/,$p' "$f" | sed '1,2d' | sed '/^猜你喜欢$/,$d' >"$body"
  bodies+=("$body")
done

manifest="$work/issue.xml"
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<issue journal="支部建设" number="2014年10期" date="2014-10-01" layout="issue-a4">'
  for ((i = 1; i <= articles; i++)); do
    if (((i - 1) % 20 == 0)); then
      ((i > 1)) && echo '  </section>'
      echo "  <section name=\"栏目$(((i - 1) / 20 + 1))\">"
    fi
    a="$work/article-$i.txt"
    {
      echo "第${i}篇 加强新时代基层党组织建设的探索与思考"
      echo
      echo "2014-08-$(printf %02d $((i % 28 + 1))) 09:00"
      echo "支部建设 2014年10期"
      echo "关键词:基层党建;组织工作"
      echo
      echo "■中共某县委组织部 作者$i"
      echo
      # the long example body and two short ones: about 400 pages in all
      n=$((${#bodies[@]} - 1))
      cat "${bodies[0]}" "${bodies[$((i % n + 1))]}" "${bodies[$(((i + 2) % n + 1))]}" | grep -v '^(责编'
    } >"$a"
    echo "    <article src=\"article-$i.txt\"/>"
  done
  echo '  </section>'
  echo '</issue>'
} >"$manifest"

times=()
cpus=()
peak=0
for ((r = 1; r <= runs; r++)); do
  /usr/bin/time -v "$paiban" issue "$manifest" -o "$work/issue.pdf" >"$work/out" 2>"$work/time"
  t=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$work/time")
  times+=("$t")
  cpus+=("$cpu")
  ((rss > peak)) && peak=$rss
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}')
median_cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}')
pages=$(pdfinfo "$work/issue.pdf" | awk '/^Pages:/ {print $2}')
size=$(stat -c %s "$work/issue.pdf")
fonts=$(pdffonts "$work/issue.pdf" | tail -n +3 | wc -l)
echo "issue of $articles articles: $pages pages, $((size / 1024)) KB, $fonts embedded font subsets"
echo "wall time: median ${median} s of $runs runs (${times[*]})"
echo "CPU time (user + system): median ${median_cpu} s (${cpus[*]})"
echo "peak RSS: $((peak / 1024)) MB"
