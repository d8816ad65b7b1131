#!/usr/bin/env bash
# Benchmarks `zitat report` (release build) over the 10kGNAD corpus as JSONL, and over a 4×
# concatenation to show that memory stays flat as the corpus grows.
# Usage: reports/scripts/bench-corpus.sh [workdir]   (default /tmp/zitat-bench; never the repo)
# Reports wall time, articles/s, claims per source and peak memory ("Maximum resident set size"
# of /usr/bin/time -v) for streaming output (CSV + JSON) and for CSV + JSON + HTML.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-/tmp/zitat-bench}
mkdir -p "$work"
csv=../shared/corpora/10kgnad/articles.csv
[ -f "$csv" ] || { echo "bench-corpus.sh: $csv is missing (the shared corpora sit beside the checkout)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-corpus.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
python3 reports/scripts/gnad-to-jsonl.py "$work/gnad.jsonl" "$csv"
python3 reports/scripts/gnad-to-jsonl.py "$work/gnad-4x.jsonl" "$csv" --repeat 4
swift build -c release --product zitat >/dev/null
bin="$(swift build -c release --show-bin-path)/zitat"

# run NAME CORPUS OUTPUT-FLAGS…: prints one result line and remembers the peak memory.
declare -A peak
run() {
    local name=$1 corpus=$2
    shift 2
    /usr/bin/time -v "$bin" report "$corpus" --rules rules --no-progress "$@" 2>"$work/$name.err" >/dev/null || true
    local summary rss wall
    summary=$(grep '^zitat report:' "$work/$name.err" || echo "no summary (see $work/$name.err)")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$name.err")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/$name.err")
    peak[$name]=$rss
    printf '%-14s wall %-8s peak RSS %7.1f MiB  %s\n' "$name" "$wall" "$(echo "$rss / 1024" | bc -l)" "${summary#zitat report: }"
}

echo "corpus: $(wc -l <"$work/gnad.jsonl") articles; 4x: $(wc -l <"$work/gnad-4x.jsonl"); cores: $(nproc)"
run stream-1x "$work/gnad.jsonl" --csv "$work/1x.csv" --json "$work/1x.json"
run stream-4x "$work/gnad-4x.jsonl" --csv "$work/4x.csv" --json "$work/4x.json"
run html-1x "$work/gnad.jsonl" --csv "$work/1x.csv" --json "$work/1x.json" --html "$work/1x.html"
run html-4x "$work/gnad-4x.jsonl" --csv "$work/4x.csv" --json "$work/4x.json" --html "$work/4x.html"
printf 'peak memory 4x/1x: streaming %.2f, with HTML %.2f\n' \
    "$(echo "${peak[stream-4x]} / ${peak[stream-1x]}" | bc -l)" "$(echo "${peak[html-4x]} / ${peak[html-1x]}" | bc -l)"
# Same input, same bytes: run the 1x streaming report again and compare.
"$bin" report "$work/gnad.jsonl" --rules rules --no-progress --csv "$work/again.csv" 2>/dev/null || true
cmp -s "$work/1x.csv" "$work/again.csv" && echo "deterministic: yes (CSV identical on a second run)" || echo "deterministic: NO"
