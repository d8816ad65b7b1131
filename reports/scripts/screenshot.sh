#!/usr/bin/env bash
# Renders an HTML report in headless Chromium to a PNG, to check it looks right in a real browser.
# Usage: reports/scripts/screenshot.sh [report.html] [out.png] [width] [height]
# Defaults: reports/example.html, /tmp/zitat-report.png, 1280 x 3200 (tall, to see most of the page).
# Needs Debian's chromium (installed here when missing and running as root).
set -euo pipefail
cd "$(dirname "$0")/../.."
html=${1:-reports/example.html}
png=${2:-/tmp/zitat-report.png}
width=${3:-1280}
height=${4:-3200}
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y -qq chromium >/dev/null
    else
        echo "screenshot.sh: chromium is missing (apt-get install chromium)" >&2
        exit 2
    fi
fi
[ -f "$html" ] || { echo "screenshot.sh: no such file: $html" >&2; exit 2; }
url="file://$(realpath "$html")"
# No network and no scripts: the page must stand on its own.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --disable-javascript \
    --no-first-run --disable-extensions --force-device-scale-factor=1 \
    --window-size="${width},${height}" --screenshot="$png" "$url" 2>/dev/null
echo "$png"
