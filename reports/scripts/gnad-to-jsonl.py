#!/usr/bin/env python3
"""Converts 10kGNAD's articles.csv (`category;'text'` per line) into a JSONL corpus for zitat report.

Usage: gnad-to-jsonl.py OUT.jsonl [articles.csv] [--repeat N]
Writes one {"id", "text", "outlet", "category"} object per article to OUT (never into the repo:
the corpus's licence forbids redistribution). --repeat N writes the corpus N times with distinct
ids, for checking that memory stays flat as the corpus grows.
"""
import csv
import json
import os
import sys


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--repeat")]
    repeat = 1
    for i, a in enumerate(sys.argv[1:]):
        if a.startswith("--repeat"):
            value = a.split("=", 1)[1] if "=" in a else sys.argv[i + 2]
            repeat = int(value)
            if value in args:
                args.remove(value)
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    out = args[0]
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "..", "shared", "corpora", "10kgnad", "articles.csv")
    source = args[1] if len(args) > 1 else default
    repo = os.path.realpath(os.path.join(here, "..", ".."))
    if os.path.realpath(out).startswith(repo + os.sep):
        print("gnad-to-jsonl.py: refusing to write the corpus into the repository", file=sys.stderr)
        return 2
    with open(source, encoding="utf-8", newline="") as f:
        rows = [row for row in csv.reader(f, delimiter=";", quotechar="'") if len(row) >= 2]
    with open(out, "w", encoding="utf-8") as f:
        for copy in range(repeat):
            for number, row in enumerate(rows, 1):
                category, text = row[0], ";".join(row[1:])
                ident = f"gnad-{number:05d}" if repeat == 1 else f"gnad-{copy + 1}-{number:05d}"
                f.write(json.dumps({"id": ident, "text": text, "outlet": "DER STANDARD", "category": category},
                                   ensure_ascii=False) + "\n")
    print(f"{len(rows) * repeat} articles -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
