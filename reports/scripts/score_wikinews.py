#!/usr/bin/env python3
"""Scores a prediction export with the dataset authors' eval.py and compares the result with `zitat eval`.

Runs the official scorer of the German Wikinews quotation corpus (Petersen-Frey & Biemann 2024;
`../shared/eval/eval.py`, needs numpy and scipy) on a directory of predictions in the corpus format,
e.g. written by `zitat eval --export DIR`, and prints message/roles/joint/form/STWR precision, recall
and F1 in percent. With --check it compares them with the JSON of `zitat eval --json` on the same
predictions: `zitat eval` implements the same metric, so both must agree (default: within 0.1 points).

usage: score_wikinews.py PRED_DIR GOLD_DIR [--scorer EVAL_PY] [--json] [--check ZITAT_EVAL_JSON] [--tolerance POINTS]

Exit status: 0 scored (and agreeing), 1 a figure differs by more than the tolerance, 2 usage or
unreadable input, 4 the official scorer cannot run here (eval.py, numpy or scipy missing).
"""
import argparse
import importlib.util
import json
import os
import sys

UNAVAILABLE = 4
# eval.py's keys and the places of the same figures in `zitat eval --json`.
FIGURES = [("msg", ["message"]), ("roles", ["roles"]), ("joint", ["joint"]),
           ("form", ["form", "score"]), ("stwr", ["medium", "score"])]
COMPONENTS = [("prec", "precision"), ("rec", "recall"), ("f1", "f1")]


def default_scorer():
    shared = os.environ.get("ZITAT_SHARED") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared")
    return os.path.normpath(os.path.join(shared, "eval", "eval.py"))


def load_scorer(path):
    """eval.py as a module, or a message saying why it cannot run."""
    if not os.path.isfile(path):
        return None, f"{path} not found"
    try:
        spec = importlib.util.spec_from_file_location("official_eval", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    except ImportError as error:
        return None, f"{path} needs numpy and scipy ({error}); pip install numpy scipy"
    return module, None


def compare(official, check_path, tolerance):
    """Differences larger than the tolerance (percent points) between eval.py and `zitat eval --json`."""
    with open(check_path, encoding="utf-8") as handle:
        ours = json.load(handle)
    differences = []
    for key, place in FIGURES:
        node = ours
        for step in place:
            node = node.get(step, {}) if isinstance(node, dict) else {}
        for short, long in COMPONENTS:
            theirs = 100 * official[f"{short}_{key}"]
            mine = 100 * (node.get(long) or 0.0)
            if abs(theirs - mine) > tolerance:
                differences.append(f"{short}_{key}: eval.py {theirs:.4f}, zitat eval {mine:.4f}")
    return differences


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pred_dir")
    parser.add_argument("gold_dir")
    parser.add_argument("--scorer", default=default_scorer(), help="path of eval.py (default: ../shared/eval/eval.py)")
    parser.add_argument("--json", action="store_true", help="print eval.py's scores as JSON (fractions)")
    parser.add_argument("--check", metavar="FILE", help="compare with `zitat eval --json` output; exit 1 on a difference")
    parser.add_argument("--tolerance", type=float, default=0.1, help="allowed difference in percent points (default 0.1)")
    args = parser.parse_args()
    for directory in (args.pred_dir, args.gold_dir):
        if not os.path.isdir(directory):
            print(f"score_wikinews: {directory}: not a directory", file=sys.stderr)
            return 2
    scorer, problem = load_scorer(args.scorer)
    if scorer is None:
        print(f"score_wikinews: official scorer unavailable: {problem}", file=sys.stderr)
        return UNAVAILABLE
    official = scorer.evaluate(args.pred_dir, args.gold_dir, print_scores=False)
    if args.json:
        print(json.dumps(official, indent=2, sort_keys=True))
    else:
        for key, _ in FIGURES:
            print(f"{key:6} P {100 * official[f'prec_{key}']:5.1f}  R {100 * official[f'rec_{key}']:5.1f}  "
                  f"F1 {100 * official[f'f1_{key}']:5.1f}")
    if args.check:
        try:
            differences = compare(official, args.check, args.tolerance)
        except (OSError, ValueError) as error:
            print(f"score_wikinews: {args.check}: cannot read zitat eval's JSON: {error}", file=sys.stderr)
            return 2
        for difference in differences:
            print(f"score_wikinews: differs: {difference}", file=sys.stderr)
        if differences:
            return 1
        print(f"score_wikinews: eval.py agrees with {args.check} (within {args.tolerance} points)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
