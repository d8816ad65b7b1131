"""Tests of score_unmarked.py on small hand-made documents (no corpus data).

Run from reports/scripts: python3 -m unittest test_score_unmarked
"""
import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_unmarked  # noqa: E402

# Our own example article; offsets are Unicode scalars (the "ü" counts as one).
TEXT = ("Wir bleiben hier, sagte die Wirtin Anna Weber. Der Ort ist klein. "
        "Berger: Die Hälfte geben wir zurück. Der Rat tagt am Montag.")


def span(fragment):
    start = TEXT.index(fragment)
    return {"start": start, "end": start + len(fragment)}


def gold(fragment, speaker, name, evidence="person", frame="after"):
    return {"id": "d1", "evidence": evidence, "frame": frame, "statement": [span(fragment)],
            "speaker": [dict(span(speaker), text=speaker)], "name": name, "check": fragment.split()[0]}


def claim(fragment, rule, speaker_fragment=None, speaker="", canonical=""):
    record = {"type": "direct" if rule.startswith("direct") else "indirect", "rule": rule,
              "spans": [span(fragment)], "start": span(fragment)["start"],
              "speaker": speaker, "speaker_canonical": canonical,
              "speaker_spans": [span(speaker_fragment)] if speaker_fragment else []}
    return record


GOLD = [gold("Wir bleiben hier", "die Wirtin Anna Weber", "Weber"),
        gold("Die Hälfte geben wir zurück", "Berger", "Berger", frame="colon")]


class ScoreTests(unittest.TestCase):
    def run_score(self, claims, select="unmarked"):
        with tempfile.TemporaryDirectory() as folder:
            paths = {name: os.path.join(folder, name) for name in ("gold.jsonl", "sample-ids.txt", "pred.jsonl")}
            with open(paths["gold.jsonl"], "w", encoding="utf-8") as f:
                f.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in GOLD)
            with open(paths["sample-ids.txt"], "w", encoding="utf-8") as f:
                f.write("# sampled\nd1\n")
            with open(paths["pred.jsonl"], "w", encoding="utf-8") as f:
                for ident, found in (("d1", claims), ("other", [claim("Der Ort ist klein", "direct:unmarked/x")])):
                    f.write(json.dumps({"document": {"id": ident}, "claims": found}, ensure_ascii=False) + "\n")
            sample = score_unmarked.read_sample(paths["sample-ids.txt"])
            predictions = score_unmarked.read_predictions(paths["pred.jsonl"], sample, select)
            return score_unmarked.score(score_unmarked.read_gold(paths["gold.jsonl"]), predictions, sample)

    def test_overlap_counts_and_other_documents_are_ignored(self):
        result, errors = self.run_score([
            claim("Wir bleiben hier", "direct:unmarked/person cue:say", "die Wirtin Anna Weber", "die Wirtin Anna Weber"),
            claim("Der Rat tagt am Montag", "direct:unmarked/continuation")])
        self.assertEqual((result["predicted"], result["gold"]), (2, 2))
        self.assertAlmostEqual(result["precision"], 0.5)
        self.assertAlmostEqual(result["recall"], 0.5)
        self.assertEqual(result["recall_by"]["frame:colon"], {"found": 0, "gold": 1, "recall": 0.0})
        self.assertEqual(sorted(e["kind"] for e in errors), ["missed", "spurious"])

    def test_a_partial_overlap_finds_a_statement(self):
        result, _ = self.run_score([claim("geben wir zurück", "direct:unmarked/label", speaker="Berger")])
        self.assertEqual(result["found"], 1)
        shared = len("geben wir zurück")
        self.assertAlmostEqual(result["char_recall"], shared / (len("Wir bleiben hier") + len("Die Hälfte geben wir zurück")))
        self.assertAlmostEqual(result["char_precision"], 1.0)

    def test_speaker_by_span_or_by_name(self):
        by_span = claim("Wir bleiben hier", "direct:unmarked/person", "die Wirtin Anna Weber", "sie")
        by_name = claim("Die Hälfte", "direct:unmarked/label", speaker="B.", canonical="Eva Berger")
        result, _ = self.run_score([by_span, by_name])
        self.assertEqual(result["speaker_correct"], 2)
        wrong = claim("Wir bleiben hier", "direct:unmarked/person", "Der Ort", "Der Ort", "Ort")
        result, errors = self.run_score([wrong])
        self.assertEqual(result["speaker_correct"], 0)
        self.assertIn("speaker", [e["kind"] for e in errors])

    def test_selection_by_rule_or_type(self):
        indirect = claim("Wir bleiben hier", "indirect:frame-after cue:say")
        self.assertEqual(self.run_score([indirect])[0]["predicted"], 0)
        self.assertEqual(self.run_score([indirect], select="any")[0]["found"], 1)
        self.assertEqual(self.run_score([indirect], select="direct")[0]["predicted"], 0)

    def test_no_claims_scores_zero_not_an_error(self):
        result, errors = self.run_score([])
        self.assertEqual((result["precision"], result["recall"], result["f1"]), (0.0, 0.0, 0.0))
        self.assertEqual(len(errors), 2)


if __name__ == "__main__":
    unittest.main()
