#!/usr/bin/env bash
# Throughput and memory of `zitat analyze --format jsonl` on a corpus directory of .txt articles.
#
#   reports/scripts/bench-analyze.sh [CORPUS_DIR]
#
# Builds the release binary, then times the corpus once as given and once copied four times:
# a linear analyzer takes ~4x the time on 4x the input, and a streaming one keeps its peak memory
# roughly flat. Without CORPUS_DIR it extracts the `originalText` of the Wikinews dev articles from
# ../shared (skipping, with a message, when ../shared is absent). BENCH_RUNS (default 3) runs per
# size; the median wall time and the largest peak RSS are reported. Timing lives here, never in tests.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${BENCH_RUNS:-3}"

if ! [ -x /usr/bin/time ]; then
    echo "bench-analyze: /usr/bin/time (GNU time) is needed for peak memory; install the 'time' package" >&2
    exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/zitat-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [ $# -ge 1 ]; then
    corpus="$(cd "$1" && pwd)"
    label="$1"
else
    dev="$root/../shared/corpora/wikinews-quotes/dev"
    if ! [ -d "$dev" ]; then
        echo "bench-analyze: skipped: $dev is absent (../shared holds the corpora); pass a directory of .txt articles instead"
        exit 0
    fi
    corpus="$work/corpus"
    mkdir -p "$corpus"
    python3 - "$dev" "$corpus" <<'PY'
import json, pathlib, sys
source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for path in sorted(source.glob("*.json")):
    text = json.loads(path.read_text(encoding="utf-8"))["originalText"]
    (target / (path.stem + ".txt")).write_text(text, encoding="utf-8")
PY
    label="wikinews-quotes/dev (originalText)"
fi

echo "bench-analyze: building release"
(cd "$root" && swift build -c release >"$work/build.log" 2>&1) || { cat "$work/build.log" >&2; exit 2; }
zitat="$(cd "$root" && swift build -c release --show-bin-path)/zitat"

# Four copies of every article, under distinct names.
quad="$work/quad"
mkdir -p "$quad"
for copy in 1 2 3 4; do
    find "$corpus" -type f -name '*.txt' | while IFS= read -r file; do
        relative="${file#"$corpus"/}"
        mkdir -p "$quad/$copy/$(dirname "$relative")"
        cp "$file" "$quad/$copy/$relative"
    done
done

# measure DIR NAME: runs the analysis BENCH_RUNS times; sets seconds, rss_kb, articles, words, claims.
measure() {
    local dir="$1" name="$2" times=() rss=0 run status
    articles=$(find "$dir" -type f -name '*.txt' | wc -l)
    words=$(find "$dir" -type f -name '*.txt' -exec cat {} + | wc -w)
    for run in $(seq "$runs"); do
        status=0
        /usr/bin/time -v -o "$work/time-$name" "$zitat" analyze "$dir" --format jsonl --rules "$root/rules" \
            --output "$work/out-$name.jsonl" 2>"$work/err-$name" || status=$?
        if [ "$status" -gt 1 ]; then
            echo "bench-analyze: zitat failed on $name (exit $status):" >&2
            tail -n 20 "$work/err-$name" >&2
            tail -n 5 "$work/time-$name" >&2
            exit 1
        fi
        times+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {
            n = split($2, part, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + part[i]; print s }' "$work/time-$name")")
        local kb
        kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time-$name")
        [ "$kb" -gt "$rss" ] && rss=$kb
    done
    seconds=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    rss_kb=$rss
    claims=$(python3 -c 'import json, sys; print(sum(len(json.loads(l)["claims"]) for l in open(sys.argv[1], encoding="utf-8")))' "$work/out-$name.jsonl")
    failed=$(grep -c '^error:' "$work/err-$name" || true)
}

report() {
    awk -v name="$1" -v a="$articles" -v w="$words" -v s="$seconds" -v kb="$rss_kb" -v c="$claims" -v f="$failed" 'BEGIN {
        printf "%-4s %6d articles %9d words  %8.2f s  %8.1f articles/s  %9.0f words/s  peak RSS %7.1f MB  %6d claims  %d inputs failed\n",
            name, a, w, s, (s > 0 ? a / s : 0), (s > 0 ? w / s : 0), kb / 1024, c, f }'
}

echo "bench-analyze: corpus $label, $runs run(s) per size, median wall time, largest peak RSS"
echo "bench-analyze: binary $zitat"
measure "$corpus" x1
report 1x
one_seconds=$seconds one_rss=$rss_kb
measure "$quad" x4
report 4x
awk -v s1="$one_seconds" -v s4="$seconds" -v m1="$one_rss" -v m4="$rss_kb" 'BEGIN {
    printf "ratios 4x/1x: time %.2f (linear: 4.00), peak memory %.2f (streaming: ~1.00)\n", (s1 > 0 ? s4 / s1 : 0), m4 / m1 }'
