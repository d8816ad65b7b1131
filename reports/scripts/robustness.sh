#!/usr/bin/env bash
# Robustness gate: every 10kGNAD article (scraped Austrian news, quote marks mostly stripped) goes
# through `zitat analyze` without a crash and yields exactly one JSON line. A trap in the analysis
# stops the whole process, so one odd sentence would otherwise stop a corpus run; CI runs this.
#
#   ZITAT=BINARY bash reports/scripts/robustness.sh     (default: the debug build)
#
# Exit 0 when every article was analysed, 1 otherwise, 2 without a binary; skipped with a message without ../shared.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
csv="$root/../shared/corpora/10kgnad/articles.csv"
[ -f "$csv" ] || { echo "robustness: skipped: $csv is absent (../shared holds the corpora)"; exit 0; }
zitat="${ZITAT:-$(cd "$root" && swift build --show-bin-path)/zitat}"
[ -x "$zitat" ] || { echo "robustness: $zitat is missing: run 'swift build' first or set ZITAT" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/zitat-robust.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 "$root/reports/scripts/gnad-to-jsonl.py" "$work/gnad.jsonl" >/dev/null
articles=$(wc -l < "$work/gnad.jsonl")
if ! "$zitat" analyze "$work/gnad.jsonl" --format jsonl --jobs 2 -o "$work/claims.jsonl" 2> "$work/stderr"; then
    tail -n 40 "$work/stderr" >&2
    echo "robustness: zitat analyze failed on 10kGNAD (see above)" >&2
    exit 1
fi
lines=$(wc -l < "$work/claims.jsonl")
if [ "$lines" -ne "$articles" ]; then
    echo "robustness: $articles articles in, $lines JSON lines out" >&2
    exit 1
fi
echo "robustness: $articles 10kGNAD articles analysed, none failed"
