#!/usr/bin/env bash
# Checks the HTML reports in headless Chromium: axe-core finds no serious or critical accessibility
# violation, the filters work in the browser, and the pages reflow at 390 px; screenshots at 1400 px
# and 390 px land in OUT_DIR. Skips (exit 0, with a message) when Chromium, chromedriver or the
# Python packages (selenium, axe-selenium-python from PyPI) are absent, so CI can run it anywhere.
#
#   reports/scripts/check-report-a11y.sh [OUT_DIR] [PAGE.html ...]
#
# Without pages it checks the bundled example's one-file report and its --html-dir folder
# (index, a topic, a side and the article page). Environment: ZITAT (a built zitat binary).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out="${1:-/tmp/zitat-a11y}"
shift || true
for tool in chromium chromedriver python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "check-report-a11y: skipped: $tool not found (apt-get install chromium chromium-driver)"; exit 0; }
done
python3 -c 'import selenium, axe_selenium_python' 2>/dev/null \
    || { echo "check-report-a11y: skipped: pip install selenium axe-selenium-python"; exit 0; }
mkdir -p "$out"
if [ $# -eq 0 ]; then
    if [ -z "${ZITAT:-}" ]; then
        swift build --product zitat >/dev/null
        ZITAT="$(swift build --show-bin-path)/zitat"
    fi
    rm -rf "$out/example"
    "$ZITAT" report --rules rules --no-progress --html "$out/example.html" --html-dir "$out/example"
    topic=$(ls "$out/example"/t-*.html | head -1)
    set -- "$out/example.html" "$out/example/index.html" "$topic" "$out/example/s-kremlin.html" "$out/example/a00001.html"
fi
python3 reports/scripts/check-report-a11y.py "$out" "$@"
