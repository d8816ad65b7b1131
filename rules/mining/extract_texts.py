#!/usr/bin/env python3
"""Writes the `originalText` of every Wikinews gold file into DIR/<id>.txt (outside the repository),
so `zitat analyze DIR` can run over a split. Usage: extract_texts.py GOLD_DIR OUT_DIR"""
import glob
import json
import os
import sys

gold_dir, out_dir = sys.argv[1], sys.argv[2]
if os.path.realpath(out_dir).startswith(os.path.realpath(os.path.join(os.path.dirname(__file__), "..", ".."))):
    sys.exit("extract_texts.py: write outside the repository (corpus texts must not be committed)")
os.makedirs(out_dir, exist_ok=True)
for path in glob.glob(os.path.join(gold_dir, "*.json")):
    with open(path, encoding="utf-8") as handle:
        text = json.load(handle)["originalText"]
    with open(os.path.join(out_dir, os.path.basename(path)[:-5] + ".txt"), "w", encoding="utf-8") as out:
        out.write(text)
