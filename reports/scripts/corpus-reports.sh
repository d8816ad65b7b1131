#!/usr/bin/env bash
# Generates the corpus reports a journalist works with: the seed article, 200 Wikinews articles
# (all 150 of dev, then the first 50 of train: dev alone has only 150) and all 10kGNAD articles,
# each as one HTML file and as an --html-dir folder, and times `zitat report` against `zitat analyze`
# on 10kGNAD (the timed report is the 10kGNAD report itself: it is built once). Corpora are
# converted to JSONL in the output folder, never in the repository.
#
#   reports/scripts/corpus-reports.sh [OUT_DIR]     (default /tmp/zitat-corpus-reports)
#
# Environment: ZITAT (a built zitat binary; default: build release here), ZITAT_SHARED (default ../shared).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out="${1:-/tmp/zitat-corpus-reports}"
shared="${ZITAT_SHARED:-../shared}"
case "$(realpath -m "$out")/" in "$root"/*) echo "corpus-reports: $out is inside the repository; choose a folder outside it" >&2; exit 2 ;; esac
if [ ! -d "$shared/corpora" ]; then
    echo "corpus-reports: skipped: $shared/corpora not found (the corpora live in ../shared beside the checkout)"
    exit 0
fi
mkdir -p "$out"
if [ -z "${ZITAT:-}" ]; then
    swift build -c release --product zitat >/dev/null
    ZITAT="$(swift build -c release --show-bin-path)/zitat"
fi

python3 - "$shared" "$out" <<'PY'
import json, pathlib, re, sys
shared, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
files = sorted((shared / "corpora/wikinews-quotes/dev").glob("*.json"))
files += sorted((shared / "corpora/wikinews-quotes/train").glob("*.json"))[:200 - len(files)]
with open(out / "wikinews-200.jsonl", "w", encoding="utf-8") as f:
    for path in files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        name = doc.get("documentName", path.stem)
        m = re.match(r"^\s*\d+\s*-\s*(.*?)\s*\((\d{4}-\d{2}-\d{2})\)\s*$", name)
        title, date = (m.group(1), m.group(2)) if m else (name, None)
        row = {"id": "wikinews-" + path.stem, "title": title, "text": doc["originalText"], "outlet": "Wikinews"}
        if date:
            row["date"] = date
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(f"corpus-reports: {len(files)} Wikinews articles -> {out / 'wikinews-200.jsonl'}", file=sys.stderr)
PY
python3 reports/scripts/gnad-to-jsonl.py "$out/gnad.jsonl" "$shared/corpora/10kgnad/articles.csv"

run() { # NAME INPUT [TIMER…]: one HTML file and one folder, the command run under TIMER when given
    local name=$1 input=$2
    shift 2
    rm -rf "${out:?}/$name"
    "$@" "$ZITAT" report "$input" --rules rules --no-progress --html "$out/$name.html" --html-dir "$out/$name"
}
run seed "$shared/seed/article.txt"
run wikinews-200 "$out/wikinews-200.jsonl"

# 10kGNAD, built once and timed against the analysis of the same input (when /usr/bin/time is there).
if [ -x /usr/bin/time ]; then
    /usr/bin/time -o "$out/gnad.time" -f "analyze: %e s wall, %M KB peak" "$ZITAT" analyze "$out/gnad.jsonl" --rules rules \
        --format jsonl --output "$out/gnad-analyze.jsonl"
    run gnad "$out/gnad.jsonl" /usr/bin/time -a -o "$out/gnad.time" -f "report:  %e s wall, %M KB peak"
    cat "$out/gnad.time"
else
    run gnad "$out/gnad.jsonl"
fi
echo "corpus-reports: largest pages:"
find "$out" -name '*.html' -printf '%s %p\n' | sort -rn | head -5 | awk '{ printf "  %8.1f KB  %s\n", $1 / 1024, $2 }'
echo "corpus-reports: wrote $out/{seed,wikinews-200,gnad}.html and folders"
