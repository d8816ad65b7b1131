#!/bin/sh
# Measures the side decision (Washington, Kremlin, NATO, none) of the built `zitat` on the
# side-annotated Wikinews quotes (reports/sides/wikinews-sides.jsonl, train and dev), with
# reports/scripts/score_sides.py. Skips (exit 0) when ../shared is absent beside the checkout.
#
# usage: reports/scripts/eval-sides.sh [--markdown] [--errors FILE] [--splits "train dev"]
#   --markdown     also write the summary to reports/eval-sides.md
#   --errors FILE  write every wrong, missed or gold-less side as TSV to FILE
#   --splits LIST  the splits to score (default: "train dev")
#   --floors       fail (exit 3) when the pooled figures pass reports/sides/floors.txt
# Environment: ZITAT (the zitat binary; default: build it with `swift build`), ZITAT_SHARED (default ../shared).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
markdown=""
errors=""
floors=""
splits="train dev"
while [ $# -gt 0 ]; do
    case "$1" in
        --markdown) markdown=reports/eval-sides.md ;;
        --errors) [ $# -ge 2 ] || { echo "eval-sides: --errors needs a file" >&2; exit 2; }; errors=$2; shift ;;
        --floors) floors=reports/sides/floors.txt ;;
        --splits) [ $# -ge 2 ] || { echo "eval-sides: --splits needs a list" >&2; exit 2; }; splits=$2; shift ;;
        -h|--help) sed -n "2,11p" "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "eval-sides: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

shared=${ZITAT_SHARED:-../shared}
gold="$shared/corpora/wikinews-quotes"
if [ ! -d "$gold" ]; then
    echo "eval-sides: skipped: $gold not found (the corpora live in ../shared beside the checkout)"
    exit 0
fi
if [ -z "${ZITAT:-}" ]; then
    swift build --product zitat >/dev/null
    ZITAT="$(swift build --show-bin-path)/zitat"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

set -- score reports/sides/wikinews-sides.jsonl "$gold"
for split in $splits; do
    python3 reports/scripts/score_sides.py corpus "$gold/$split" "$scratch/$split.jsonl"
    "$ZITAT" analyze "$scratch/$split.jsonl" --format jsonl --output "$scratch/$split.out.jsonl"
    set -- "$@" --pred "$split=$scratch/$split.out.jsonl"
done
[ -z "$markdown" ] || set -- "$@" --markdown "$markdown"
[ -z "$errors" ] || set -- "$@" --errors "$errors"
[ -z "$floors" ] || set -- "$@" --floors "$floors"
python3 reports/scripts/score_sides.py "$@"
