#!/usr/bin/env bash
# Checks that two zitat binaries write byte-identical claims: runs `zitat analyze --format jsonl`
# with each over the Wikinews dev and train texts and over 10kGNAD, and diffs the outputs.
#
#   reports/scripts/check-identical.sh REF_BINARY NEW_BINARY
#
# Exit 0 when every output is identical, 1 when one differs (the first differing lines are shown),
# 2 on bad usage. The corpora are converted in a temporary directory, never in the repo; a corpus
# missing from ../shared is skipped with a message. Keep REF_BINARY outside the repo (a copy of the
# release build of the commit you start from). REF_RULES=DIR gives the reference binary its own rules
# folder (default: this checkout's rules/), for a step that changes a file's format but not its content.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
if [ $# -ne 2 ] || ! [ -x "$1" ] || ! [ -x "$2" ]; then
    echo "usage: check-identical.sh REF_BINARY NEW_BINARY (both executable)" >&2
    exit 2
fi
ref="$1" new="$2"
work="$(mktemp -d "${TMPDIR:-/tmp}/zitat-identical.XXXXXX")"
trap 'rm -rf "$work"' EXIT
shared="$root/../shared/corpora"

corpora=()
for split in dev train; do
    dir="$shared/wikinews-quotes/$split"
    if [ -d "$dir" ]; then
        python3 - "$dir" "$work/wikinews-$split.jsonl" <<'PY'
import json, pathlib, sys
source, target = pathlib.Path(sys.argv[1]), sys.argv[2]
with open(target, "w", encoding="utf-8") as out:
    for path in sorted(source.glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["originalText"]
        out.write(json.dumps({"id": path.stem, "text": text}, ensure_ascii=False) + "\n")
PY
        corpora+=("wikinews-$split")
    else
        echo "check-identical: skipped wikinews $split: $dir is absent"
    fi
done
if [ -f "$shared/10kgnad/articles.csv" ]; then
    python3 "$root/reports/scripts/gnad-to-jsonl.py" "$work/10kgnad.jsonl" "$shared/10kgnad/articles.csv" 2>/dev/null
    corpora+=("10kgnad")
else
    echo "check-identical: skipped 10kGNAD: $shared/10kgnad/articles.csv is absent"
fi

status=0
for corpus in "${corpora[@]}"; do
    for side in ref new; do
        binary=$ref rules=${REF_RULES:-$root/rules}
        [ "$side" = new ] && binary=$new rules=$root/rules
        "$binary" analyze "$work/$corpus.jsonl" --format jsonl --rules "$rules" \
            --output "$work/$corpus.$side.jsonl" 2>"$work/$corpus.$side.err" || true
    done
    if cmp -s "$work/$corpus.ref.jsonl" "$work/$corpus.new.jsonl" && cmp -s "$work/$corpus.ref.err" "$work/$corpus.new.err"; then
        printf 'check-identical: %-15s identical (%d articles, %d bytes of claims)\n' "$corpus" \
            "$(wc -l <"$work/$corpus.jsonl")" "$(wc -c <"$work/$corpus.new.jsonl")"
    else
        echo "check-identical: $corpus DIFFERS"
        diff "$work/$corpus.ref.jsonl" "$work/$corpus.new.jsonl" | head -c 3000 || true
        diff "$work/$corpus.ref.err" "$work/$corpus.new.err" | head -c 1000 || true
        status=1
    fi
done
exit $status
