#!/usr/bin/env python3
"""Mine capitalised sentence openers that are not nouns from the Wikinews train split.

A word that opens sentences capitalised ("Unterdessen") but also occurs in lower case inside
sentences ("… unterdessen …") is a function word or adverb, not a name: it must not be read
as a speaker. Prints candidates for the `adverb` class of rules/speakers.yaml, most frequent
first. Usage: mine_adverbs.py [../shared/corpora/wikinews-quotes/train] [min_count]
"""
import collections
import glob
import json
import os
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../shared/corpora/wikinews-quotes/train")
min_count = int(sys.argv[2]) if len(sys.argv) > 2 else 3
initial = collections.Counter()
inner_lower = collections.Counter()
inner_upper = collections.Counter()
for path in glob.glob(os.path.join(root, "*.json")):
    with open(path, encoding="utf-8") as handle:
        doc = json.load(handle)
    previous_sentence = None
    for token in doc["tokens"]:
        text = token["text"]
        if not text.isalpha():
            previous_sentence = token["sentence"]
            continue
        if token["sentence"] != previous_sentence:
            if text[0].isupper():
                initial[text.lower()] += 1
        elif text[0].islower():
            inner_lower[text] += 1
        else:
            inner_upper[text.lower()] += 1
        previous_sentence = token["sentence"]
candidates = [
    (word, count) for word, count in initial.items()
    if count >= min_count and inner_lower[word] >= 2 * max(1, inner_upper[word]) and len(word) > 2
]
for word, count in sorted(candidates, key=lambda item: -item[1]):
    print(f"{word}\t{count}\t{inner_lower[word]}")
