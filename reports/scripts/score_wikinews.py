#!/usr/bin/env python3
"""Independent reference scorer for quotation predictions in the Wikinews corpus format.

Scores a directory of predicted documents (e.g. `zitat eval --export DIR`) against the gold
directory, following the metric described in shared/README.md (Petersen-Frey & Biemann 2024;
SpkAtt-2023 task 2), written from that description and not from Zitat's Swift code:

  * per document, predicted and gold quotes are paired one-to-one by maximum total
    quote-token-overlap F1 (linear sum assignment), +0.01 when the types agree; the bonus is only
    given to overlapping quotes, and quotes sharing no token are never paired; exact ties (two
    predictions with the same quote tokens) go to the pair whose roles agree more (+1e-9 x pooled
    role-token overlap F1), so the result does not depend on prediction order or the solver;
  * within a pair, quote/speaker/cue/frame/addressee token TP/FP/FN are counted; per-pair
    precision = TP/(TP+FP), recall = TP/(TP+FN); a part (or pooled set of parts) empty on both
    sides scores 1/1; empty on one side only scores 0/0;
  * precision is averaged over all predictions of the corpus (unpaired: 0), recall over all gold
    quotes (unpaired: 0); F1 is the harmonic mean of the two averages;
  * message = quote, roles = speaker+cue+frame+addressee pooled, joint = all five;
    per-type rows: precision over predictions of that type, recall over gold of that type.

Matching is by token ids ("tokenIds"), so any system's output in the corpus format can be scored.
Uses scipy.optimize.linear_sum_assignment when importable, else a pure-Python Hungarian algorithm.

usage: score_wikinews.py PRED_DIR GOLD_DIR [--json] [--pure] [--check ZITAT_EVAL_JSON]
"""
import argparse
import json
import os
import sys

PARTS = ["quote", "speaker", "cue", "frame", "addressee"]
ROLES = ["speaker", "cue", "frame", "addressee"]
METRICS = {"message": ["quote"], "roles": ROLES, "joint": PARTS,
           "speaker": ["speaker"], "cue": ["cue"], "frame": ["frame"], "addressee": ["addressee"]}
TYPES = ["Direct", "Indirect", "IndirectFreeIndirect", "FreeIndirect", "Reported"]
BONUS = 0.01
TIE_BREAK = 1e-9

try:
    from scipy.optimize import linear_sum_assignment as _scipy_lsa
except ImportError:  # pragma: no cover - depends on the machine
    _scipy_lsa = None


def hungarian_max(weights):
    """Pairs (row, column) of a maximum-weight assignment; pure Python, O(n^3)."""
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if rows == 0 or cols == 0:
        return []
    transposed = rows > cols
    if transposed:
        weights = [[weights[r][c] for r in range(rows)] for c in range(cols)]
        rows, cols = cols, rows
    # Minimise cost = -weight with row/column potentials (shortest augmenting paths).
    inf = float("inf")
    u = [0.0] * (rows + 1)
    v = [0.0] * (cols + 1)
    match = [0] * (cols + 1)  # match[c] = row (1-based) assigned to column c
    way = [0] * (cols + 1)
    for r in range(1, rows + 1):
        match[0] = r
        c0 = 0
        minv = [inf] * (cols + 1)
        used = [False] * (cols + 1)
        while True:
            used[c0] = True
            r0 = match[c0]
            delta, c1 = inf, 0
            for c in range(1, cols + 1):
                if not used[c]:
                    cur = -weights[r0 - 1][c - 1] - u[r0] - v[c]
                    if cur < minv[c]:
                        minv[c], way[c] = cur, c0
                    if minv[c] < delta:
                        delta, c1 = minv[c], c
            for c in range(cols + 1):
                if used[c]:
                    u[match[c]] += delta
                    v[c] -= delta
                else:
                    minv[c] -= delta
            c0 = c1
            if match[c0] == 0:
                break
        while True:
            c1 = way[c0]
            match[c0] = match[c1]
            c0 = c1
            if c0 == 0:
                break
    pairs = [(match[c] - 1, c - 1) for c in range(1, cols + 1) if match[c]]
    if transposed:
        pairs = [(c, r) for r, c in pairs]
    return sorted(pairs)


def assign(weights):
    if _scipy_lsa is not None and weights and weights[0]:
        rows, cols = _scipy_lsa(weights, maximize=True)
        return list(zip(rows.tolist(), cols.tolist()))
    return hungarian_max(weights)


def tokens(annotation, part):
    return set(annotation.get(part, {}).get("tokenIds", []) or [])


def overlap_f1(a, b):
    total = len(a) + len(b)
    return 2 * len(a & b) / total if total else 0.0


def prec_rec(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    return p, r


def pair_documents(pred, gold):
    weights = []
    for p in pred:
        row = []
        for g in gold:
            f = overlap_f1(tokens(p, "quote"), tokens(g, "quote"))
            if f > 0:
                # Roles pooled as (role, token) pairs: a token counts once per role it fills.
                pr = {(r, t) for r in ROLES for t in tokens(p, r)}
                gr = {(r, t) for r in ROLES for t in tokens(g, r)}
                f += (BONUS if p["type"] == g["type"] else 0.0) + TIE_BREAK * overlap_f1(pr, gr)
            row.append(f)
        weights.append(row)
    pairs = []
    for i, j in assign(weights) if pred and gold else []:
        if overlap_f1(tokens(pred[i], "quote"), tokens(gold[j], "quote")) > 0:
            pairs.append((i, j))
    return pairs


class Mean:
    def __init__(self):
        self.psum, self.npred, self.rsum, self.ngold = 0.0, 0, 0.0, 0

    def result(self):
        p = self.psum / self.npred if self.npred else None
        r = self.rsum / self.ngold if self.ngold else None
        if p is None and r is None:
            f = None
        else:
            pp, rr = p or 0.0, r or 0.0
            f = 2 * pp * rr / (pp + rr) if pp + rr else 0.0
        return {"precision": p, "recall": r, "f1": f, "predicted": self.npred, "gold": self.ngold}


def score(pred_dir, gold_dir):
    metrics = {m: Mean() for m in METRICS}
    types = {t: Mean() for t in TYPES}
    counts = {"documents": 0, "pairs": 0, "unpairedPredictions": 0, "unpairedGold": 0, "agreeing": 0}
    problems = []
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(gold_dir, name), encoding="utf-8") as f:
            gold = json.load(f)["annotations"]
        pred_path = os.path.join(pred_dir, name)
        if os.path.exists(pred_path):
            with open(pred_path, encoding="utf-8") as f:
                pred = json.load(f)["annotations"]
        else:
            problems.append(f"{pred_path}: no prediction file, scored as no predictions")
            pred = []
        counts["documents"] += 1
        pairs = pair_documents(pred, gold)
        paired_p = {i for i, _ in pairs}
        paired_g = {j for _, j in pairs}
        for i, j in pairs:
            p, g = pred[i], gold[j]
            counts["pairs"] += 1
            counts["agreeing"] += p["type"] == g["type"]
            for metric, parts in METRICS.items():
                tp = fp = fn = 0
                for part in parts:
                    a, b = tokens(p, part), tokens(g, part)
                    tp += len(a & b)
                    fp += len(a - b)
                    fn += len(b - a)
                pr, rc = prec_rec(tp, fp, fn)
                m = metrics[metric]
                m.psum += pr
                m.npred += 1
                m.rsum += rc
                m.ngold += 1
            a, b = tokens(p, "quote"), tokens(g, "quote")
            pr, rc = prec_rec(len(a & b), len(a - b), len(b - a))
            types[p["type"]].psum += pr
            types[p["type"]].npred += 1
            types[g["type"]].rsum += rc
            types[g["type"]].ngold += 1
        for i in range(len(pred)):
            if i not in paired_p:
                counts["unpairedPredictions"] += 1
                for m in metrics.values():
                    m.npred += 1
                types[pred[i]["type"]].npred += 1
        for j in range(len(gold)):
            if j not in paired_g:
                counts["unpairedGold"] += 1
                for m in metrics.values():
                    m.ngold += 1
                types[gold[j]["type"]].ngold += 1
    result = {name: m.result() for name, m in metrics.items()}
    result["types"] = {t: m.result() for t, m in types.items()}
    result.update(counts)
    return result, problems


def fmt(x):
    return "    —" if x is None else f"{100 * x:5.1f}"


def show(result):
    print(f"{result['documents']} documents, {result['pairs']} pairs, "
          f"{result['unpairedGold']} gold unpaired, {result['unpairedPredictions']} predictions unpaired "
          f"(assignment: {'scipy' if _scipy_lsa else 'pure-Python Hungarian'})")
    print(f"{'':22}    P      R     F1")
    rows = [(m, result[m]) for m in METRICS] + [(t, result["types"][t]) for t in TYPES]
    for name, r in rows:
        print(f"{name:22}{fmt(r['precision'])}  {fmt(r['recall'])}  {fmt(r['f1'])}")


def check(result, path):
    """Compares with `zitat eval --json` output; returns the differences."""
    with open(path, encoding="utf-8") as f:
        zitat = json.load(f)
    theirs = {"message": zitat["message"], "roles": zitat["roles"], "joint": zitat["joint"]}
    theirs.update({row["name"]: row["score"] for row in zitat["roleScores"]})
    ours = {m: result[m] for m in METRICS}
    for row in zitat["typeScores"]:
        theirs["type " + row["name"]] = row["score"]
        ours["type " + row["name"]] = result["types"][row["name"]]
    diffs = []
    for name, mine in ours.items():
        other = theirs.get(name, {})
        for key in ("precision", "recall", "f1", "predicted", "gold"):
            a, b = mine.get(key), other.get(key)
            if (a is None) != (b is None) or (a is not None and abs(a - b) > 1e-9):
                diffs.append(f"{name} {key}: python {a} vs zitat {b}")
    for key in ("pairs", "unpairedPredictions", "unpairedGold", "documents"):
        if result[key] != zitat.get(key):
            diffs.append(f"{key}: python {result[key]} vs zitat {zitat.get(key)}")
    return diffs


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pred_dir")
    parser.add_argument("gold_dir")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--pure", action="store_true", help="use the pure-Python Hungarian even if scipy is importable")
    parser.add_argument("--check", metavar="FILE", help="compare with `zitat eval --json` output; exit 1 on any difference")
    args = parser.parse_args()
    if args.pure:
        global _scipy_lsa
        _scipy_lsa = None
    for d in (args.pred_dir, args.gold_dir):
        if not os.path.isdir(d):
            sys.exit(f"score_wikinews.py: {d}: no such directory")
    result, problems = score(args.pred_dir, args.gold_dir)
    for problem in problems:
        print(f"score_wikinews.py: {problem}", file=sys.stderr)
    if args.json:
        print(json.dumps(result, indent=2, sort_keys=True))
    else:
        show(result)
    if args.check:
        diffs = check(result, args.check)
        for d in diffs:
            print(f"score_wikinews.py: differs: {d}", file=sys.stderr)
        if diffs:
            sys.exit(1)
        print(f"identical to {args.check} (all P/R/F1 within 1e-9)", file=sys.stderr)


if __name__ == "__main__":
    main()
