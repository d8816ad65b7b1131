#!/usr/bin/env bash
# Zitat's analysis speed beside a bare ICU break scan of the same text, in one run (issue 13).
#
#   reports/scripts/bench-speed.sh [ZITAT_BINARY]
#
# Converts ../shared/corpora/10kgnad/articles.csv to JSONL (gnad-to-jsonl.py) and to plain text in
# a temporary directory (never the repo), builds reports/bench/icu_scan.c against libicu, and prints:
#   - Zitat's MB/s per core: text bytes / CPU seconds (user + sys) of `zitat analyze --format jsonl
#     --jobs 1`, median of BENCH_RUNS runs (default 5), start-up and rule loading included;
#   - the ICU scan's MB/s (sentence + word breaks over the same text in UTF-16, median CPU time);
#   - the ratio ICU / Zitat (issue 13 asks for ≤ 10, the compass is 2);
#   - `--jobs 2` scaling: median wall time of --jobs 1 / --jobs 2 (≈ 2 on an idle two-core machine);
#   - peak RSS (GNU time) on the corpus and on a 4× copy of it (a streaming run stays flat).
# Without a binary it builds and uses the release build. BENCH_RULES=DIR runs it with that rules folder
# instead of this checkout's (an older binary that cannot read the current rules). 1 MB = 10^6 bytes. Numbers only come from
# here, never from tests. The machine is shared: quote medians, and for a repeatable profile count
# instructions instead of timing:
#
#   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out ZITAT analyze CORPUS.jsonl --jobs 1 -o /dev/null
#   callgrind_annotate --inclusive=yes /tmp/cg.out | swift demangle --simplified | head -60
#   perf record -g ZITAT analyze CORPUS.jsonl --jobs 1 -o /dev/null
#   perf report --children --sort symbol -g none | swift demangle --simplified | head -60
#
# (a 10 % sample of the corpus, `head -n 100 gnad.jsonl`, keeps callgrind under a minute). Valgrind
# 3.19 stops with an internal SIGSEGV on the Swift 6 release binary (also --tool=none); where it does
# and no hardware counters exist (`perf stat -e instructions` empty in a VM), the perf cpu-clock
# profile's shares are the comparison: record both binaries in the same minute.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${BENCH_RUNS:-5}"
csv="$root/../shared/corpora/10kgnad/articles.csv"
[ -f "$csv" ] || { echo "bench-speed: skipped: $csv is absent (../shared holds the corpora)"; exit 0; }
[ -x /usr/bin/time ] || { echo "bench-speed: /usr/bin/time (GNU time) is needed; apt-get install time" >&2; exit 2; }
command -v pkg-config >/dev/null && pkg-config --exists icu-uc \
    || { echo "bench-speed: libicu-dev (pkg-config icu-uc) is needed for the ICU scan" >&2; exit 2; }
if [ $# -ge 1 ]; then
    zitat="$1"
else
    (cd "$root" && swift build -c release --product zitat >/dev/null)
    zitat="$(cd "$root" && swift build -c release --show-bin-path)/zitat"
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/zitat-speed.XXXXXX")"
trap 'rm -rf "$work"' EXIT

python3 "$root/reports/scripts/gnad-to-jsonl.py" "$work/gnad.jsonl" "$csv" 2>/dev/null
python3 "$root/reports/scripts/gnad-to-jsonl.py" "$work/gnad-4x.jsonl" "$csv" --repeat 4 2>/dev/null
# The same texts as plain UTF-8 for the ICU scan; their byte count is the size both rates divide.
bytes=$(python3 - "$work/gnad.jsonl" "$work/gnad.txt" <<'PY'
import json, sys
total = 0
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        text = json.loads(line)["text"]
        out.write(text)
        total += len(text.encode("utf-8"))
print(total)
PY
)
cc -O2 "$root/reports/bench/icu_scan.c" $(pkg-config --cflags --libs icu-uc) -o "$work/icu_scan"

# timed NAME ARGS…: runs zitat analyze BENCH_RUNS times; sets cpu (median user+sys), wall (median), rss (max KB).
timed() {
    local name=$1 cpus=() walls=() run
    shift
    rss=0
    for run in $(seq "$runs"); do
        /usr/bin/time -f '%U %S %e %M' -o "$work/$name.time" "$zitat" analyze "$@" --format jsonl \
            --rules "${BENCH_RULES:-$root/rules}" --output "$work/$name.jsonl" 2>"$work/$name.err" \
            || { echo "bench-speed: zitat failed on $name:" >&2; tail -n 5 "$work/$name.err" >&2; exit 1; }
        read -r user sys elapsed kb <"$work/$name.time"
        cpus+=("$(echo "$user + $sys" | bc -l)")
        walls+=("$elapsed")
        [ "$kb" -gt "$rss" ] && rss=$kb
    done
    cpu=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    wall=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
}

echo "bench-speed: 10kGNAD, $(wc -l <"$work/gnad.jsonl") articles, $bytes bytes of text; $runs runs each, medians; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "bench-speed: binary $zitat"
icu_line=$("$work/icu_scan" "$work/gnad.txt" "$runs")
icu_rate=$(echo "$icu_line" | sed -E 's/.* ([0-9.]+) MB\/s$/\1/')
timed jobs1 "$work/gnad.jsonl" --jobs 1
cpu1=$cpu wall1=$wall rss1=$rss
timed jobs2 "$work/gnad.jsonl" --jobs 2
wall2=$wall rss2=$rss
runs=1 timed jobs2-4x "$work/gnad-4x.jsonl" --jobs 2
rss4=$rss
claims=$(wc -c <"$work/jobs1.jsonl")
zitat_rate=$(echo "$bytes / $cpu1 / 1000000" | bc -l)
printf '%-34s %10s\n' "what" "MB/s/core"
printf '%-34s %10.2f   (%.2f s CPU, %d bytes of JSONL claims)\n' "zitat analyze --jobs 1" "$zitat_rate" "$cpu1" "$claims"
printf '%-34s %10.2f   (%s)\n' "ICU sentence + word break scan" "$icu_rate" "${icu_line#icu_scan: }"
printf '%-34s %10.1f×\n' "ratio ICU / zitat" "$(echo "$icu_rate / $zitat_rate" | bc -l)"
printf '%-34s %10.2f×  (wall %.2f s → %.2f s)\n' "--jobs 2 scaling (wall 1 / wall 2)" "$(echo "$wall1 / $wall2" | bc -l)" "$wall1" "$wall2"
printf '%-34s %7.1f MiB (--jobs 1), %.1f MiB (--jobs 2), %.1f MiB (4× corpus, --jobs 2)\n' "peak RSS" \
    "$(echo "$rss1 / 1024" | bc -l)" "$(echo "$rss2 / 1024" | bc -l)" "$(echo "$rss4 / 1024" | bc -l)"
