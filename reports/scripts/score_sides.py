#!/usr/bin/env python3
"""Scores the side decision (Washington, Kremlin, NATO or none) of `zitat analyze` output against
the side-annotated Wikinews gold in reports/sides/wikinews-sides.jsonl. Python standard library only.

Two subcommands:

  corpus GOLD_SPLIT_DIR OUT.jsonl
      writes a split as a Zitat JSONL corpus, one article per line: {"id": file stem,
      "text": originalText, "date": "YYYY-MM-DD" taken from documentName "… (2005-08-05)"}.

  score LABELS GOLD_ROOT --pred SPLIT=ZITAT_JSONL … [--errors FILE|-] [--markdown FILE] [--json]
      GOLD_ROOT holds one directory per split (train/, dev/) in the Wikinews gold format; each
      ZITAT_JSONL is `zitat analyze SPLIT.jsonl --format jsonl` (one document per line, `claims`
      with `spans`, `source`, `speaker`, `rule`).

Pairing: in each document, every predicted claim and every gold quotation get the character
overlap F1 of their spans (Unicode-scalar offsets, half-open; a quote with several spans is the
union of its characters): 2·|G∩P| / (|G|+|P|). Pairs are taken greedily, highest F1 first (ties:
lower gold id, then lower claim id), each claim and each gold quote at most once; a pair needs at
least one shared character (F1 > 0). Greedy rather than an optimal assignment keeps every pair
explainable; with quotes this rarely nested the two differ in a handful of pairs.

Measures per split, over gold quotes whose side is not none ("side claims"):
  detection recall   side claims paired with a prediction / all side claims
  side recall        paired side claims the prediction gives any side / paired side claims
  side accuracy      paired side claims given the right side / paired side claims
  end-to-end recall  side claims paired and given the right side / all side claims
and over gold quotes whose side is none:
  false-side rate    paired none quotes the prediction gives a side / paired none quotes
                     (also over the hand-labelled articles only, those about the US, Russia or
                     NATO, where a wrong side is likelier than in the prefiltered rest)
plus side precision (paired claims given a side whose gold side is that side / paired claims
given a side), the predictions with a side that pair with no gold quote, and a confusion matrix
gold side × predicted side. Sources other than the three default sides count as "other". With
several splits, a last section pools them (e.g. "train+dev"), since dev alone has few side claims.
"""
import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict

SIDES = ["Washington", "Kremlin", "NATO"]
NONE = "none"
OTHER = "other"
UNPAIRED = "unpaired"
HAND_NONE = "none, hand-labelled"  # a confusion row not shown: none quotes of hand-labelled articles
GOLD_ROWS = SIDES + [NONE]
PRED_COLUMNS = SIDES + [OTHER, NONE, UNPAIRED]
DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)\s*$")


class ScoreError(Exception):
    """A problem with an input file, reported as `path: message`."""


# ---------------------------------------------------------------- reading

def read_json(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as error:
        raise ScoreError(f"{path}: cannot read JSON: {error}") from error


def read_jsonl(path):
    """Yields (line number, object) for every non-empty line."""
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        yield number, json.loads(line)
                    except ValueError as error:
                        raise ScoreError(f"{path}:{number}: invalid JSON: {error}") from error
    except OSError as error:
        raise ScoreError(f"{path}: cannot read: {error}") from error


def gold_stems(split_dir):
    try:
        names = sorted(name for name in os.listdir(split_dir) if name.endswith(".json"))
    except OSError as error:
        raise ScoreError(f"{split_dir}: cannot list the gold directory: {error}") from error
    return [name[:-5] for name in names]


def read_labels(path):
    """{(split, doc): {annotation id: label record}}."""
    labels = defaultdict(dict)
    for number, record in read_jsonl(path):
        missing = [key for key in ("split", "doc", "id", "side") if key not in record]
        if missing:
            raise ScoreError(f"{path}:{number}: label lacks {', '.join(missing)}")
        if record["side"] not in GOLD_ROWS:
            raise ScoreError(f"{path}:{number}: unknown side {record['side']!r}")
        labels[(record["split"], str(record["doc"]))][record["id"]] = record
    return labels


def gold_quotes(split_dir, stem, labels, split):
    """The gold quotations of one document as dicts with id, chars, side and speaker."""
    document = read_json(os.path.join(split_dir, stem + ".json"))
    doc_labels = labels.get((split, stem), {})
    quotes = []
    for annotation in document.get("annotations", []):
        label = doc_labels.get(annotation["id"])
        if label is None:
            raise ScoreError(f"{split}/{stem}: annotation {annotation['id']} has no side label")
        spans = [(span["charBegin"], span["charEnd"]) for span in annotation["quote"]["spans"]]
        quotes.append({"id": annotation["id"], "chars": characters(spans), "side": label["side"],
                       "speaker": annotation["speaker"]["text"], "by": label.get("by", "hand")})
    return quotes


def predicted_documents(path):
    """{document id: [claim dicts with id, chars, side, speaker, canonical, rule]}."""
    documents = {}
    for number, document in read_jsonl(path):
        doc_id = str(document.get("document", {}).get("id", ""))
        if not doc_id:
            raise ScoreError(f"{path}:{number}: document without an id")
        documents[doc_id] = [claim_record(claim) for claim in document.get("claims", [])]
    return documents


def claim_record(claim):
    """A claim of `zitat analyze --format jsonl`: the flat schema (reports/schema/claims.schema.json:
    "speaker" and "speaker_canonical" as text, "number") or the nested one of earlier versions."""
    speaker = claim.get("speaker")
    if isinstance(speaker, dict):
        text, canonical = speaker.get("text", ""), speaker.get("canonical", "")
    else:
        text, canonical = speaker or "", claim.get("speaker_canonical") or ""
    spans = [(span["start"], span["end"]) for span in claim.get("spans", [])]
    source = claim.get("source")
    side = source if source in SIDES else (OTHER if source else NONE)
    return {"id": claim.get("number", claim.get("id")), "chars": characters(spans), "side": side,
            "speaker": text, "canonical": canonical, "rule": claim.get("rule", "")}


def characters(spans):
    chars = set()
    for start, end in spans:
        chars.update(range(start, end))
    return frozenset(chars)


# ---------------------------------------------------------------- pairing

def overlap_f1(gold_chars, pred_chars):
    shared = len(gold_chars & pred_chars)
    return 2 * shared / (len(gold_chars) + len(pred_chars)) if shared else 0.0


def pair(gold, predicted):
    """Greedy one-to-one pairs (gold index, predicted index), highest overlap F1 first."""
    candidates = []
    for g, quote in enumerate(gold):
        for p, claim in enumerate(predicted):
            score = overlap_f1(quote["chars"], claim["chars"])
            if score > 0:
                candidates.append((-score, quote["id"], claim["id"] or 0, g, p))
    candidates.sort()
    used_gold, used_pred, pairs = set(), set(), []
    for _, _, _, g, p in candidates:
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p))
    return pairs


# ---------------------------------------------------------------- counting

def score_documents(documents):
    """Counts over [(doc id, gold quotes, predicted claims)]: confusion matrix and error rows."""
    confusion = {row: Counter() for row in GOLD_ROWS + [UNPAIRED, HAND_NONE]}
    errors = []
    for doc_id, gold, predicted in documents:
        pairs = pair(gold, predicted)
        paired_gold = {g: p for g, p in pairs}
        paired_pred = set(paired_gold.values())
        for g, quote in enumerate(gold):
            claim = predicted[paired_gold[g]] if g in paired_gold else None
            column = claim["side"] if claim else UNPAIRED
            confusion[quote["side"]][column] += 1
            if quote["side"] == NONE and quote.get("by") == "hand":
                confusion[HAND_NONE][column] += 1
            if column != quote["side"] and (quote["side"] != NONE or column != UNPAIRED):
                errors.append(error_row(doc_id, quote, claim))
        for p, claim in enumerate(predicted):
            if p not in paired_pred:
                confusion[UNPAIRED][claim["side"]] += 1
                if claim["side"] != NONE:
                    errors.append(error_row(doc_id, None, claim))
    return confusion, errors


def error_row(doc_id, quote, claim):
    """A wrong pair, a missed side claim (claim None) or a sided claim without gold (quote None)."""
    return {"doc": doc_id, "gold_id": quote["id"] if quote else None,
            "gold_speaker": quote["speaker"] if quote else "",
            "gold_side": quote["side"] if quote else UNPAIRED,
            "claim_id": claim["id"] if claim else None,
            "speaker": claim["speaker"] if claim else "",
            "canonical": claim["canonical"] if claim else "",
            "rule": claim["rule"] if claim else "",
            "side": claim["side"] if claim else UNPAIRED}


def ratio(numerator, denominator):
    return {"n": numerator, "of": denominator,
            "value": numerator / denominator if denominator else None}


def measures(confusion):
    """The summary figures of one confusion matrix."""
    side_rows = [confusion[side] for side in SIDES]
    total = sum(sum(row.values()) for row in side_rows)
    paired = sum(sum(row.values()) - row[UNPAIRED] for row in side_rows)
    any_side = sum(row[column] for row in side_rows for column in SIDES + [OTHER])
    right = sum(confusion[side][side] for side in SIDES)
    none_row = confusion[NONE]
    none_paired = sum(none_row.values()) - none_row[UNPAIRED]
    none_sided = sum(none_row[column] for column in SIDES + [OTHER])
    hand_row = confusion[HAND_NONE]
    hand_paired = sum(hand_row.values()) - hand_row[UNPAIRED]
    hand_sided = sum(hand_row[column] for column in SIDES + [OTHER])
    given_side = sum(confusion[row][column] for row in GOLD_ROWS for column in SIDES + [OTHER])
    return {
        "gold_side_claims": {side: sum(confusion[side].values()) for side in SIDES},
        "detection_recall": ratio(paired, total),
        "side_recall": ratio(any_side, paired),
        "side_accuracy": ratio(right, paired),
        "end_to_end_recall": ratio(right, total),
        "false_side_rate": ratio(none_sided, none_paired),
        "false_side_rate_hand": ratio(hand_sided, hand_paired),
        "side_precision": ratio(right, given_side),
        "unpaired_predictions_with_side": sum(confusion[UNPAIRED][c] for c in SIDES + [OTHER]),
    }


# ---------------------------------------------------------------- output

def percent(value):
    return "–" if value["value"] is None else f"{100 * value['value']:.1f} % ({value['n']}/{value['of']})"


MEASURE_ROWS = [
    ("detection recall of side claims", "detection_recall"),
    ("side recall (paired side claims given any side)", "side_recall"),
    ("side accuracy (paired side claims given the right side)", "side_accuracy"),
    ("end-to-end recall (right side / all side claims)", "end_to_end_recall"),
    ("false-side rate (paired none quotes given a side)", "false_side_rate"),
    ("false-side rate in hand-labelled articles only", "false_side_rate_hand"),
    ("side precision (right side / paired claims given a side)", "side_precision"),
]


def markdown(results):
    lines = ["# Side decision on the side-annotated Wikinews quotes", "",
             "Gold: `reports/sides/wikinews-sides.jsonl` (see `reports/sides/README.md`). Pairing: greedy",
             "one-to-one by character-overlap F1 of the quote spans (at least one shared character).", ""]
    for split, (confusion, figures) in results.items():
        counts = ", ".join(f"{side} {n}" for side, n in figures["gold_side_claims"].items())
        lines += [f"## {split}", "", f"Gold side claims: {counts}.", "",
                  "| measure | value |", "|---|---|"]
        lines += [f"| {label} | {percent(figures[key])} |" for label, key in MEASURE_ROWS]
        lines += [f"| predictions with a side and no gold quote | {figures['unpaired_predictions_with_side']} |",
                  "", "Confusion (rows: gold side; columns: predicted side; `unpaired`: no partner):", ""]
        lines += confusion_table(confusion)
        lines.append("")
    return "\n".join(lines)


def confusion_table(confusion):
    lines = ["| gold \\ predicted | " + " | ".join(PRED_COLUMNS) + " |",
             "|---|" + "---:|" * len(PRED_COLUMNS)]
    for row in GOLD_ROWS + [UNPAIRED]:
        cells = ["" if row == UNPAIRED and column == UNPAIRED else str(confusion[row][column])
                 for column in PRED_COLUMNS]
        lines.append(f"| {row} | " + " | ".join(cells) + " |")
    return lines


def error_lines(split, errors):
    header = "split\tdoc\tgold_id\tgold_speaker\tgold_side\tclaim_id\tspeaker\tcanonical\trule\tside"
    rows = [header] if split is None else []
    for error in errors:
        rows.append("\t".join(str(value) for value in (
            split, error["doc"], error["gold_id"], error["gold_speaker"], error["gold_side"],
            error["claim_id"], error["speaker"], error["canonical"], error["rule"], error["side"])))
    return rows


# ---------------------------------------------------------------- commands

def split_documents(labels, gold_root, split, pred_path):
    split_dir = os.path.join(gold_root, split)
    predictions = predicted_documents(pred_path)
    for stem in gold_stems(split_dir):
        yield stem, gold_quotes(split_dir, stem, labels, split), predictions.get(stem, [])


def run_score(args):
    labels = read_labels(args.labels)
    results, all_errors = {}, [error_lines(None, [])[0]]
    for split, pred_path in args.pred:
        confusion, errors = score_documents(split_documents(labels, args.gold_root, split, pred_path))
        results[split] = (confusion, measures(confusion))
        all_errors += error_lines(split, errors)
    if len(results) > 1:
        combined = {row: sum((confusion[row] for confusion, _ in results.values()), Counter())
                    for row in GOLD_ROWS + [UNPAIRED, HAND_NONE]}
        results["+".join(results)] = (combined, measures(combined))
    if args.json:
        print(json.dumps({split: {"measures": figures,
                                  "confusion": {row: dict(confusion[row]) for row in confusion}}
                          for split, (confusion, figures) in results.items()}, indent=1, sort_keys=True))
    else:
        print(markdown(results))
    if args.markdown:
        write_text(args.markdown, markdown(results) + "\n")
    if args.errors:
        write_text(args.errors, "\n".join(all_errors) + "\n")
    if args.floors:
        return check_floors(args.floors, *list(results.items())[-1])
    return 0


def check_floors(path, split, result):
    """Exit status 3 when a figure of the last (pooled) split passes its floor or ceiling.

    The file has lines `name >= value` or `name <= value` (fractions in 0..1, `#` comments)."""
    figures = result[1]
    failed = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            name, op, value = line.split()
            actual = figures[name]["value"] or 0.0
            ok = actual >= float(value) if op == ">=" else actual <= float(value)
            print(f"floor {split} {name} {op} {value}: {actual:.4f} {'ok' if ok else 'FAILED'}")
            if not ok:
                failed.append(name)
    return 3 if failed else 0


def run_corpus(args):
    lines = []
    for stem in gold_stems(args.split_dir):
        path = os.path.join(args.split_dir, stem + ".json")
        document = read_json(path)
        match = DATE.search(document.get("documentName", ""))
        article = {"id": stem, "text": document["originalText"]}
        if match:
            article["date"] = match.group(1)
        lines.append(json.dumps(article, ensure_ascii=False, sort_keys=True))
    write_text(args.out, "\n".join(lines) + "\n")


def write_text(path, text):
    if path == "-":
        sys.stdout.write(text)
        return
    try:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        raise ScoreError(f"{path}: cannot write: {error}") from error


def split_and_path(value):
    split, sep, path = value.partition("=")
    if not sep or not split or not path:
        raise argparse.ArgumentTypeError(f"expected SPLIT=FILE, got {value!r}")
    return split, path


def parser():
    main = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = main.add_subparsers(dest="command", required=True)
    corpus = commands.add_parser("corpus", help="write a gold split as a Zitat JSONL corpus")
    corpus.add_argument("split_dir", help="a gold split directory, e.g. …/wikinews-quotes/dev")
    corpus.add_argument("out", help="the JSONL file to write ('-' for stdout)")
    score = commands.add_parser("score", help="score zitat analyze JSONL output against the side labels")
    score.add_argument("labels", help="reports/sides/wikinews-sides.jsonl")
    score.add_argument("gold_root", help="directory holding the gold splits (train/, dev/)")
    score.add_argument("--pred", action="append", type=split_and_path, required=True,
                       metavar="SPLIT=FILE", help="zitat analyze --format jsonl output of that split")
    score.add_argument("--errors", metavar="FILE", help="write every wrong or missed side as TSV ('-': stdout)")
    score.add_argument("--markdown", metavar="FILE", help="also write the summary as markdown to FILE")
    score.add_argument("--json", action="store_true", help="print the figures as JSON instead of markdown")
    score.add_argument("--floors", help="file of 'name >= value' / 'name <= value' lines for the pooled split; exit 3 when one fails")
    return main


def main(argv=None):
    args = parser().parse_args(argv)
    try:
        status = (run_corpus if args.command == "corpus" else run_score)(args)
    except ScoreError as error:
        print(f"score_sides: error: {error}", file=sys.stderr)
        return 2
    return status or 0


if __name__ == "__main__":
    sys.exit(main())
