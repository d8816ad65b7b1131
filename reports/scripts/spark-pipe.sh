#!/usr/bin/env bash
# Spark and pandas recipe, run as a check: a small JSONL corpus made from Tests/Fixtures/articles
# goes through `zitat analyze` as a Spark stage (local mode, RDD.pipe) and must give the same claims
# as a local run; pandas then reads the claims from JSONL and CSV. See reports/README.md.
#
#   reports/scripts/spark-pipe.sh           ZITAT=path/to/zitat to use a built binary
#
# Skips (exit 0, with a message) when Java or pyspark is missing: CI does not install pyspark.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
if ! command -v java >/dev/null 2>&1; then echo "spark-pipe: skipped: no java on the PATH (Spark needs a JRE, e.g. openjdk-17-jre-headless)"; exit 0; fi
if ! python3 -c 'import pyspark' >/dev/null 2>&1; then echo "spark-pipe: skipped: pyspark is not installed (pip install pyspark pandas)"; exit 0; fi
if [ -z "${ZITAT:-}" ]; then
    swift build --product zitat >/dev/null
    ZITAT="$(swift build --show-bin-path)/zitat"
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/zitat-spark.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# Four copies of each fixture article under distinct ids: 24 lines, several partitions.
python3 - Tests/Fixtures/articles "$work/corpus.jsonl" <<'PY'
import json, pathlib, sys
articles = sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for copy in range(4):
        for path in articles:
            record = {"id": f"{path.stem}-{copy}", "text": path.read_text(encoding="utf-8"),
                      "date": f"2022-0{copy + 1}", "outlet": "Fixture"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
PY
SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}" python3 reports/scripts/spark_pipe.py "$ZITAT" "$work/corpus.jsonl" "$work"
