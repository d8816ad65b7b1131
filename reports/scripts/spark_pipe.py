"""Runs a JSONL corpus through `zitat analyze` as a stateless Spark stage and checks that Spark gives
the same claims as a local run; then reads the claims with pandas (JSONL and CSV).

    python3 reports/scripts/spark_pipe.py ZITAT CORPUS.jsonl WORKDIR

Local mode (no cluster): pyspark from PyPI and a Java 17 runtime. With a `zitat` that reads JSONL on
standard input (`--input-format jsonl`), each partition is piped through
`zitat analyze - --input-format jsonl --format jsonl` (one output line per input line, in order);
with an older `zitat`, each partition is written to a file and analysed from there (same output).
Exit status: 0 equal, 1 different, 2 set-up problem.
"""
import json
import os
import shlex
import subprocess
import sys
import tempfile


def supports_stdin_jsonl(zitat):
    help_text = subprocess.run([zitat, "analyze", "--help"], capture_output=True, text=True).stdout
    return "--input-format" in help_text


def analyze_partition_via_file(zitat):
    """A stand-in for RDD.pipe when zitat cannot read JSONL on stdin: one temporary file a partition."""
    def run(lines):
        lines = list(lines)
        if not lines:
            return iter(())
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "partition.jsonl")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write("\n".join(lines) + "\n")
            out = subprocess.run([zitat, "analyze", path, "--format", "jsonl"], capture_output=True, text=True)
            if out.returncode not in (0, 1):
                raise RuntimeError(out.stderr)
            return iter(out.stdout.splitlines())
    return run


def claims_by_document(lines):
    """Document id -> its claims (document paths differ between runs and are left out)."""
    result = {}
    for line in lines:
        record = json.loads(line)
        if "claims" in record:
            result[record["document"]["id"]] = record["claims"]
    return result


def main():
    zitat, corpus, work = sys.argv[1:4]
    try:
        from pyspark import SparkConf, SparkContext
    except ImportError:
        print("spark-pipe: skipped: pyspark is not installed (pip install pyspark)")
        return 0

    local = subprocess.run([zitat, "analyze", corpus, "--format", "jsonl"], capture_output=True, text=True)
    if local.returncode != 0:
        print(f"spark-pipe: local run failed ({local.returncode}): {local.stderr}", file=sys.stderr)
        return 2
    local_lines = local.stdout.splitlines()
    with open(os.path.join(work, "local.jsonl"), "w", encoding="utf-8") as handle:
        handle.write(local.stdout)

    conf = SparkConf().setMaster("local[2]").setAppName("zitat-pipe").set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        articles = sc.textFile(corpus, minPartitions=4)
        if supports_stdin_jsonl(zitat):
            mode = "RDD.pipe"
            command = f"{shlex.quote(zitat)} analyze - --input-format jsonl --format jsonl"
            analysed = articles.pipe(command, checkCode=True)
        else:
            mode = "mapPartitions over a file per partition (this zitat has no --input-format jsonl)"
            analysed = articles.mapPartitions(analyze_partition_via_file(zitat))
        spark_lines = analysed.collect()
        partitions = articles.getNumPartitions()
        inputs = articles.count()
    finally:
        sc.stop()
    with open(os.path.join(work, "spark.jsonl"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(spark_lines) + "\n")

    print(f"spark-pipe: {mode}: {inputs} articles in {partitions} partitions -> {len(spark_lines)} lines")
    problems = []
    if len(spark_lines) != inputs:
        problems.append(f"{len(spark_lines)} output lines for {inputs} input lines")
    if claims_by_document(spark_lines) != claims_by_document(local_lines):
        problems.append("Spark's claims differ from the local run's")
    diff = subprocess.run([zitat, "diff", os.path.join(work, "local.jsonl"), os.path.join(work, "spark.jsonl")],
                          capture_output=True, text=True)
    print("spark-pipe: zitat diff local spark: " + diff.stdout.strip().splitlines()[-1])
    if diff.returncode != 0:
        problems.append(f"zitat diff exited {diff.returncode}")
    problems += read_with_pandas(zitat, corpus, work, local_lines)
    for problem in problems:
        print(f"spark-pipe: FAILED: {problem}", file=sys.stderr)
    return 1 if problems else 0


def read_with_pandas(zitat, corpus, work, local_lines):
    """The notebook side: claims from JSONL (one row per claim) and from CSV agree."""
    try:
        import pandas as pd
    except ImportError:
        print("spark-pipe: pandas part skipped: pandas is not installed (pip install pandas)")
        return []
    documents = pd.read_json(os.path.join(work, "local.jsonl"), lines=True)
    records = [dict(claim, document_id=doc["id"]) for doc, claims in zip(documents["document"], documents["claims"])
               for claim in claims]
    claims = pd.json_normalize(records)
    csv_path = os.path.join(work, "claims.csv")
    subprocess.run([zitat, "analyze", corpus, "--format", "csv", "-o", csv_path], check=True)
    table = pd.read_csv(csv_path)
    print(f"spark-pipe: pandas: {len(claims)} claims from JSONL, {len(table)} CSV rows; by source:")
    print(claims.fillna({"source": "—"}).groupby("source").size().to_string())
    expected = sum(len(json.loads(line).get("claims", [])) for line in local_lines)
    if len(claims) != expected or len(table) != expected:
        return [f"pandas read {len(claims)} JSONL claims and {len(table)} CSV rows, expected {expected}"]
    return []


if __name__ == "__main__":
    sys.exit(main())
