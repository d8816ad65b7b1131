#!/usr/bin/env bash
# Time and peak memory of `zitat analyze` on pathological input shapes (issue 12, "Quadratic time"):
# each shape is generated in a temporary directory (never in the repo) and analysed once.
#
#   reports/scripts/bench-shapes.sh [ZITAT_BINARY]
#
# Without a binary it builds and uses the release build. SHAPE_TIMEOUT (default 300) bounds each run
# in seconds; a shape that hits it prints "timeout". Each shape comes in two or three sizes (a word
# of 8,000 / 18,900 / 37,800 letters, 8,000 / 16,000 combining marks, 0.5 / 1 MB without
# punctuation, 0.4 / 0.8 MB of short quoted lines, 50 KB / 100 KB / 800 KB of '"a" ' on one line):
# a linear analyzer's time and memory grow with the size, not its square. Timing lives here, never
# in tests.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
limit="${SHAPE_TIMEOUT:-300}"
[ -x /usr/bin/time ] || { echo "bench-shapes: /usr/bin/time (GNU time) is needed; apt-get install time" >&2; exit 2; }
if [ $# -ge 1 ]; then
    zitat="$1"
else
    (cd "$root" && swift build -c release --product zitat >/dev/null)
    zitat="$(cd "$root" && swift build -c release --show-bin-path)/zitat"
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/zitat-shapes.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The shapes, written by Python so that sizes are exact.
python3 - "$work" <<'PY'
import pathlib, sys
out = pathlib.Path(sys.argv[1])
def write(name, text):
    (out / (name + ".txt")).write_text(text, encoding="utf-8")
write("word-8000", "Er sagte: " + "a" * 8000 + ".\n")
write("word-18900", "Er sagte: " + "a" * 18900 + ".\n")
write("word-37800", "Er sagte: " + "a" * 37800 + ".\n")
write("marks-8000", "Er sagte: a" + "\u0301" * 8000 + ".\n")
write("marks-16000", "Er sagte: a" + "\u0301" * 16000 + ".\n")
words = "der Minister sagte heute in Berlin die Regierung werde neue Gespräche führen und Sprecher Müller erklärte".split()
def unpunctuated(size):
    parts, n, i = [], 0, 0
    while n < size:
        w = words[i % len(words)]
        parts.append(w); n += len(w.encode()) + 1; i += 1
    return " ".join(parts) + "\n"
write("nopunct-500k", unpunctuated(500_000))
write("nopunct-1m", unpunctuated(1_000_000))
def quoted(size):
    line = '"Das sagen wir nicht" sagte er\n'
    return line * (size // len(line))
write("quoted-400k", quoted(400_000))
write("quoted-800k", quoted(800_000))
# Short quotations on one line, with no sentence punctuation between them.
def quoted_run(size):
    return '"a" ' * (size // 4) + "\n"
write("qrun-50k", quoted_run(50_000))
write("qrun-100k", quoted_run(100_000))
write("qrun-800k", quoted_run(800_000))
PY

echo "bench-shapes: binary $zitat (timeout ${limit}s per shape)"
printf '%-12s %10s %10s %12s %8s\n' shape bytes seconds "peak RSS MB" claims
for shape in word-8000 word-18900 word-37800 marks-8000 marks-16000 nopunct-500k nopunct-1m quoted-400k quoted-800k qrun-50k qrun-100k qrun-800k; do
    input="$work/$shape.txt"
    status=0
    timeout "$limit" /usr/bin/time -v -o "$work/$shape.time" "$zitat" analyze "$input" --format jsonl \
        --rules "$root/rules" --jobs 1 --output "$work/$shape.jsonl" 2>"$work/$shape.err" || status=$?
    bytes=$(wc -c <"$input")
    if [ "$status" -eq 124 ]; then
        printf '%-12s %10d %10s %12s %8s\n' "$shape" "$bytes" timeout - -
        continue
    fi
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/$shape.time")
    kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/$shape.time")
    claims=$(python3 -c 'import json, sys; print(sum(len(json.loads(l)["claims"]) for l in open(sys.argv[1], encoding="utf-8")))' "$work/$shape.jsonl" 2>/dev/null || echo "?")
    printf '%-12s %10d %10.2f %12.1f %8s\n' "$shape" "$bytes" "$seconds" "$(echo "$kb / 1024" | bc -l)" "$claims"
done
