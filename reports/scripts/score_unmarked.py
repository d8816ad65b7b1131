#!/usr/bin/env python3
"""Scores direct speech without quotation marks in `zitat analyze` output against the hand-annotated
10kGNAD sample in reports/unmarked/ (gold.jsonl, sample-ids.txt; see reports/unmarked/README.md).
Python standard library only.

  score_unmarked.py PRED.jsonl [--gold FILE] [--sample FILE] [--select unmarked|direct|any]
                    [--errors FILE|-] [--json]

PRED.jsonl is `zitat analyze CORPUS.jsonl --format jsonl` over a corpus that holds the sampled
articles (the whole 10kGNAD JSONL made by gnad-to-jsonl.py will do: other documents are ignored).

Which claims count as predicted statements (--select):
  unmarked  claims whose `rule` names an unmarked detection (`direct:unmarked-…`), the default
  direct    claims of type direct (with or without marks; the sample has almost no marks)
  any       every claim, whatever its type: how much of the gold some claim covers at all

Matching is by overlap of characters (Unicode-scalar offsets, half-open; a statement or claim with
several spans is the union of its characters), not one-to-one: a frame with a long quote before it
may be found as one claim or as one claim per sentence, and neither should be punished.
  statement precision  selected claims sharing a character with a gold statement / selected claims
  statement recall     gold statements sharing a character with a selected claim / gold statements
  character P / R      shared characters / characters of selected claims (resp. of gold statements)
  speaker accuracy     over found gold statements: the claim overlapping it most names the speaker,
                       i.e. its speaker spans overlap a gold speaker span, or its speaker or
                       canonical speaker contains the gold `name` as a word
Recall is also given per evidence (person, indicative) and per frame (after, colon, interview, …).
"""
import argparse
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_GOLD = os.path.join(HERE, "..", "unmarked", "gold.jsonl")


def characters(spans):
    """The set of character offsets a list of (start, end) spans covers."""
    covered = set()
    for start, end in spans:
        covered.update(range(start, end))
    return covered


def read_gold(path):
    statements = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                statements.append({
                    "id": record["id"], "evidence": record["evidence"], "frame": record["frame"],
                    "chars": characters((s["start"], s["end"]) for s in record["statement"]),
                    "speaker_chars": characters((s["start"], s["end"]) for s in record["speaker"]),
                    "name": record["name"], "check": record.get("check", ""),
                    "start": min(s["start"] for s in record["statement"]),
                })
            except (ValueError, KeyError, TypeError) as error:
                sys.exit(f"score_unmarked.py: {path}:{number}: not a gold statement ({error})")
    return statements


def read_sample(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def selected(claim, select):
    if select == "any":
        return True
    if select == "direct":
        return claim.get("type") == "direct"
    return "unmarked" in claim.get("rule", "").split()[0] if claim.get("rule") else False


def read_predictions(path, sample, select):
    """Claims per sampled document id: chars, speaker chars, speaker texts, rule."""
    wanted = set(sample)
    claims = defaultdict(list)
    seen = set()
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            document = json.loads(line)
            ident = document.get("document", {}).get("id")
            if ident not in wanted:
                continue
            seen.add(ident)
            for claim in document.get("claims", []):
                if not selected(claim, select):
                    continue
                claims[ident].append({
                    "chars": characters((s["start"], s["end"]) for s in claim["spans"]),
                    "speaker_chars": characters((s["start"], s["end"]) for s in claim.get("speaker_spans") or []),
                    "speaker": " ".join(filter(None, [claim.get("speaker"), claim.get("speaker_canonical")])),
                    "rule": claim.get("rule", ""), "start": claim["start"],
                })
    missing = wanted - seen
    if missing:
        sys.exit(f"score_unmarked.py: {path}: {len(missing)} sampled documents are missing, e.g. {sorted(missing)[0]}")
    return claims


def names_speaker(claim, statement):
    if claim["speaker_chars"] & statement["speaker_chars"]:
        return True
    return re.search(r"(?<!\w)" + re.escape(statement["name"]) + r"(?!\w)", claim["speaker"]) is not None


def ratio(part, whole):
    return part / whole if whole else 0.0


def f1(precision, recall):
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(gold, claims, sample):
    """The figures of the module docstring, and the errors (missed statements, spurious claims)."""
    by_document = defaultdict(list)
    for statement in gold:
        by_document[statement["id"]].append(statement)
    found = correct = predicted = hits = 0
    shared = predicted_chars = gold_chars = 0
    groups = defaultdict(lambda: [0, 0])
    errors = []
    for ident in sample:
        statements, predictions = by_document[ident], claims.get(ident, [])
        for claim in predictions:
            predicted += 1
            predicted_chars += len(claim["chars"])
            if any(claim["chars"] & s["chars"] for s in statements):
                hits += 1
            else:
                errors.append({"id": ident, "kind": "spurious", "start": claim["start"], "rule": claim["rule"]})
        for statement in statements:
            gold_chars += len(statement["chars"])
            covered = set().union(*(c["chars"] for c in predictions)) & statement["chars"] if predictions else set()
            shared += len(covered)
            best = max(predictions, key=lambda c: len(c["chars"] & statement["chars"]), default=None)
            hit = best is not None and bool(best["chars"] & statement["chars"])
            for key in ("evidence:" + statement["evidence"], "frame:" + statement["frame"]):
                groups[key][1] += 1
                groups[key][0] += hit
            if not hit:
                errors.append({"id": ident, "kind": "missed", "start": statement["start"], "check": statement["check"]})
                continue
            found += 1
            if names_speaker(best, statement):
                correct += 1
            else:
                errors.append({"id": ident, "kind": "speaker", "start": statement["start"], "check": statement["check"],
                               "predicted": best["speaker"], "gold": statement["name"]})
    precision, recall = ratio(hits, predicted), ratio(found, len(gold))
    char_precision, char_recall = ratio(shared, predicted_chars), ratio(shared, gold_chars)
    return {
        "documents": len(sample), "gold": len(gold), "predicted": predicted,
        "precision": precision, "recall": recall, "f1": f1(precision, recall),
        "char_precision": char_precision, "char_recall": char_recall, "char_f1": f1(char_precision, char_recall),
        "speaker_accuracy": ratio(correct, found), "speaker_correct": correct, "found": found,
        "recall_by": {key: {"found": value[0], "gold": value[1], "recall": ratio(*value)}
                      for key, value in sorted(groups.items())},
    }, errors


def render(result, select):
    lines = [f"unmarked direct speech, claims selected: {select}; {result['documents']} documents, "
             f"{result['gold']} gold statements, {result['predicted']} claims",
             f"statements  P {100 * result['precision']:.1f}  R {100 * result['recall']:.1f}  F1 {100 * result['f1']:.1f}",
             f"characters  P {100 * result['char_precision']:.1f}  R {100 * result['char_recall']:.1f}  "
             f"F1 {100 * result['char_f1']:.1f}",
             f"speaker     {100 * result['speaker_accuracy']:.1f} ({result['speaker_correct']} of {result['found']} found)",
             "recall by   " + ", ".join(f"{key} {value['found']}/{value['gold']}"
                                         for key, value in result["recall_by"].items())]
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pred", help="zitat analyze … --format jsonl output")
    parser.add_argument("--gold", default=DEFAULT_GOLD)
    parser.add_argument("--sample", help="the sampled ids (default: sample-ids.txt beside the gold)")
    parser.add_argument("--select", choices=["unmarked", "direct", "any"], default="unmarked")
    parser.add_argument("--errors", help="write missed statements, spurious claims and wrong speakers (- for stdout)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    sample = read_sample(args.sample or os.path.join(os.path.dirname(args.gold), "sample-ids.txt"))
    gold = [s for s in read_gold(args.gold) if s["id"] in set(sample)]
    result, errors = score(gold, read_predictions(args.pred, sample, args.select), sample)
    print(json.dumps(result, indent=1, sort_keys=True) if args.json else render(result, args.select))
    if args.errors:
        text = "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in errors)
        if args.errors == "-":
            sys.stdout.write(text)
        else:
            with open(args.errors, "w", encoding="utf-8") as f:
                f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
