#!/usr/bin/env python3
"""Which cue verbs make good reported claims? Measured on the Wikinews train split.

Runs over `zitat analyze --format jsonl` output for the train texts and the gold files, and prints
for each cue lemma how many `reported` claims it produced and how many of them overlap any gold
quotation. Verbs whose reported claims are mostly not annotated should not carry the `nominal`
complement in rules/cues.yaml (they still introduce clauses).

Usage:
  python3 rules/mining/extract_texts.py ../shared/corpora/wikinews-quotes/train /tmp/train
  zitat analyze /tmp/train --format jsonl > /tmp/train.jsonl
  python3 rules/mining/mine_speech_acts.py /tmp/train.jsonl ../shared/corpora/wikinews-quotes/train
"""
import collections
import glob
import json
import os
import sys

predictions_path, gold_dir = sys.argv[1], sys.argv[2]
predictions = {}
with open(predictions_path, encoding="utf-8") as handle:
    for line in handle:
        analysis = json.loads(line)
        predictions[analysis["document"]["id"]] = analysis
total = collections.Counter()
annotated = collections.Counter()
for path in glob.glob(os.path.join(gold_dir, "*.json")):
    with open(path, encoding="utf-8") as handle:
        doc = json.load(handle)
    key = os.path.basename(path)[:-5]
    gold = [(s["charBegin"], s["charEnd"]) for a in doc["annotations"] for s in a["quote"]["spans"]]
    for claim in predictions.get(key, {"claims": []})["claims"]:
        if claim["type"] != "reported":
            continue
        lemma = (claim.get("cue") or {}).get("lemma", "?")
        total[lemma] += 1
        if any(s["start"] < end and begin < s["end"] for s in claim["spans"] for begin, end in gold):
            annotated[lemma] += 1
print("lemma\treported\tannotated\tshare")
for lemma, count in total.most_common():
    print(f"{lemma}\t{count}\t{annotated[lemma]}\t{annotated[lemma] / count:.2f}")
