#!/usr/bin/env python3
"""Mine Konjunktiv I verb forms (3rd person singular, "erfülle", "gelte") from the Wikinews train split.

A lower-case word in -e is a Konjunktiv I candidate when
  * it occurs inside gold Indirect / IndirectFreeIndirect quotes,
  * its indicative twin in -t occurs in the corpus ("erfülle" / "erfüllt"), and
  * it has no adjective forms in -er / -es ("große" has "großer", "großes"; verbs have none).
Prints `form<TAB>count in reported speech<TAB>count elsewhere`, most frequent first, for the
`konjunktiv1-mined` rule of rules/subjunctive.yaml.
Usage: mine_subjunctive.py [../shared/corpora/wikinews-quotes/train] [min_count]
"""
import collections
import glob
import json
import os
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../shared/corpora/wikinews-quotes/train")
min_count = int(sys.argv[2]) if len(sys.argv) > 2 else 2
in_speech = collections.Counter()
everywhere = collections.Counter()
for path in glob.glob(os.path.join(root, "*.json")):
    with open(path, encoding="utf-8") as handle:
        doc = json.load(handle)
    reported = set()
    for annotation in doc["annotations"]:
        if annotation["type"] in ("Indirect", "IndirectFreeIndirect"):
            reported.update(annotation["quote"]["tokenIds"])
    for token in doc["tokens"]:
        text = token["text"]
        if not text.isalpha() or not text[0].islower():
            continue
        everywhere[text] += 1
        if token["id"] in reported:
            in_speech[text] += 1
rows = []
for word, count in in_speech.items():
    if len(word) < 4 or not word.endswith("e") or count < min_count:
        continue
    stem = word[:-1]
    if everywhere[stem + "t"] == 0 and everywhere[stem + "et"] == 0:
        continue
    if everywhere[word + "r"] or everywhere[word + "s"] or everywhere[word + "m"]:
        continue
    rows.append((word, count, everywhere[word] - count))
for word, count, other in sorted(rows, key=lambda row: (-row[1], row[0])):
    print(f"{word}\t{count}\t{other}")
