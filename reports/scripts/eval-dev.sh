#!/bin/sh
# Scores the built `zitat` on the Wikinews dev split against reports/eval-floors.txt and regenerates
# reports/eval-wikinews-dev.md. Skips (exit 0) when ../shared is absent beside the checkout.
# Cross-checks the scores with the dataset authors' own scorer (../shared/eval/eval.py, through
# reports/scripts/score_wikinews.py) when python3 with numpy and scipy is available; they must agree.
#
# Environment: ZITAT (the zitat binary; default: build it with `swift build`), ZITAT_SHARED (default ../shared).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
shared=${ZITAT_SHARED:-../shared}
dev="$shared/corpora/wikinews-quotes/dev"
if [ ! -d "$dev" ]; then
    echo "eval-dev: skipped: $dev not found (the corpora live in ../shared beside the checkout)"
    exit 0
fi

if [ -z "${ZITAT:-}" ]; then
    swift build --product zitat >/dev/null
    ZITAT="$(swift build --show-bin-path)/zitat"
fi
floors=$(sed -e 's/#.*//' reports/eval-floors.txt | tr -s ' \n' ',' | sed -e 's/^,*//' -e 's/,*$//')
report=reports/eval-wikinews-dev.md
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

status=0
"$ZITAT" eval --gold "$dev" --min "$floors" --markdown "$scratch/report.md" --json --export "$scratch/export" \
    --errors "$scratch/errors.txt" >"$scratch/scores.json" || status=$?
if [ ! -s "$scratch/report.md" ]; then
    echo "eval-dev: zitat eval wrote no scores (exit $status); $report left as it was"
    [ "$status" -ne 0 ] || status=2
    exit "$status"
fi
cat >>"$scratch/report.md" <<END

Floors (reports/eval-floors.txt): \`$floors\`. Published rule-based baseline on dev (QUiTE, Petersen-Frey & Biemann 2024):
message 48.8, roles 34.9, joint 38.9. Regenerate with \`reports/scripts/eval-dev.sh\`; score an export with the official
scorer itself: \`python3 $shared/eval/eval.py --prediction EXPORT_DIR --gold $dev\` (or
\`reports/scripts/score_wikinews.py EXPORT_DIR $dev --check SCORES_JSON\` to compare it with \`zitat eval --json\`).
END
mv "$scratch/report.md" "$report"
sed -n '/^| official/,/^$/p' "$report"

if [ "$status" -ne 0 ]; then
    echo "eval-dev: zitat eval failed (exit $status; 3 = a score below its floor, see above)"
    exit "$status"
fi
if command -v python3 >/dev/null 2>&1; then
    check=0
    ZITAT_SHARED="$shared" python3 reports/scripts/score_wikinews.py "$scratch/export" "$dev" \
        --check "$scratch/scores.json" >/dev/null 2>"$scratch/check.txt" || check=$?
    case "$check" in
    0) echo "eval-dev: the official scorer (eval.py) agrees" ;;
    4) echo "eval-dev: cross-check skipped: $(sed -e 's/^score_wikinews: //' "$scratch/check.txt")" ;;
    *)
        cat "$scratch/check.txt" >&2
        echo "eval-dev: zitat eval and the official scorer (eval.py) disagree (exit $check)"
        exit 1
        ;;
    esac
else
    echo "eval-dev: python3 not found; cross-check with the official scorer skipped"
fi
echo "eval-dev: all floors met; wrote $report"
