#!/usr/bin/env bash
# Regenerates the example reports in reports/ from the bundled example article, with one command.
# CI runs this and then `git diff --exit-code reports/`: the output must be byte-identical.
set -euo pipefail
cd "$(dirname "$0")/../.."
# ZITAT names a built binary (as in eval-dev.sh); otherwise it is built here.
if [ -n "${ZITAT:-}" ]; then
    bin="$ZITAT"
else
    swift build --product zitat >/dev/null
    bin="$(swift build --show-bin-path)/zitat"
fi
"$bin" report --rules rules --no-progress \
    --html reports/example.html --csv reports/example.csv --json reports/example.json
