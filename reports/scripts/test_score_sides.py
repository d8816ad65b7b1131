"""Tests of score_sides.py on small hand-made documents (no corpus data).

Run from reports/scripts: python3 -m unittest test_score_sides
"""
import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_sides  # noqa: E402

# Our own example article; offsets are Unicode scalars (the "ß" counts as one).
TEXT = ("Das Weiße Haus erklärte, man sei besorgt. Der Kreml sagte, alles sei ruhig. "
        "Ein Experte meinte, das sei übertrieben. Die Nato warnte vor Eile. Ein Bürger sagte, es regne.")


def span(fragment):
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def gold(quote_id, fragment, side, speaker, by="hand"):
    return {"id": quote_id, "chars": score_sides.characters([span(fragment)]), "side": side,
            "speaker": speaker, "by": by}


def claim(claim_id, fragment, source=None, speaker=""):
    record = {"id": claim_id, "spans": [dict(zip(("start", "end"), span(fragment)))],
              "speaker": {"text": speaker, "canonical": speaker}, "rule": "test"}
    if source:
        record["source"] = source
    return score_sides.claim_record(record)


GOLD = [gold(0, "man sei besorgt", "Washington", "Das Weiße Haus"),
        gold(1, "alles sei ruhig", "Kremlin", "Der Kreml"),
        gold(2, "das sei übertrieben", "none", "Ein Experte"),
        gold(3, "vor Eile", "NATO", "Die Nato"),
        gold(4, "es regne", "none", "Ein Bürger", by="prefilter")]


class PairingTests(unittest.TestCase):
    def test_overlap_f1_counts_shared_characters(self):
        whole = score_sides.characters([(0, 10)])
        half = score_sides.characters([(5, 10)])
        self.assertAlmostEqual(score_sides.overlap_f1(whole, half), 2 * 5 / 15)
        self.assertEqual(score_sides.overlap_f1(whole, score_sides.characters([(10, 12)])), 0.0)

    def test_pairs_are_one_to_one_and_best_first(self):
        wide = claim(1, "man sei besorgt. Der Kreml sagte, alles sei ruhig")
        exact = claim(2, "alles sei ruhig")
        pairs = score_sides.pair(GOLD[:2], [wide, exact])
        self.assertEqual(sorted(pairs), [(0, 0), (1, 1)])

    def test_no_pair_without_a_shared_character(self):
        self.assertEqual(score_sides.pair(GOLD[:1], [claim(1, "Der Kreml")]), [])


class MeasureTests(unittest.TestCase):
    def setUp(self):
        predicted = [claim(1, "man sei besorgt", "Washington", "Das Weiße Haus"),
                     claim(2, "alles sei ruhig", "Washington", "Der Kreml"),
                     claim(3, "das sei übertrieben", "NATO", "Ein Experte"),
                     claim(4, "Die Nato warnte", "NATO", "Die Nato"),
                     claim(5, "es regne", None, "Ein Bürger")]
        self.confusion, self.errors = score_sides.score_documents([("doc", GOLD, predicted)])
        self.figures = score_sides.measures(self.confusion)

    def test_confusion_matrix(self):
        self.assertEqual(self.confusion["Washington"]["Washington"], 1)
        self.assertEqual(self.confusion["Kremlin"]["Washington"], 1)
        self.assertEqual(self.confusion["none"]["NATO"], 1)
        self.assertEqual(self.confusion["NATO"]["unpaired"], 1)
        self.assertEqual(self.confusion["unpaired"]["NATO"], 1)

    def test_recall_accuracy_and_false_side_rate(self):
        figures = self.figures
        self.assertEqual(figures["gold_side_claims"], {"Washington": 1, "Kremlin": 1, "NATO": 1})
        self.assertEqual((figures["detection_recall"]["n"], figures["detection_recall"]["of"]), (2, 3))
        self.assertEqual(figures["side_recall"]["value"], 1.0)
        self.assertEqual(figures["side_accuracy"]["value"], 0.5)
        self.assertAlmostEqual(figures["end_to_end_recall"]["value"], 1 / 3)
        self.assertEqual(figures["false_side_rate"]["value"], 0.5)
        self.assertEqual(figures["false_side_rate_hand"]["value"], 1.0)
        self.assertAlmostEqual(figures["side_precision"]["value"], 1 / 3)
        self.assertEqual(figures["unpaired_predictions_with_side"], 1)

    def test_errors_name_wrong_missed_and_goldless_claims(self):
        kinds = sorted((error["gold_side"], error["side"]) for error in self.errors)
        self.assertEqual(kinds, [("Kremlin", "Washington"), ("NATO", "unpaired"),
                                 ("none", "NATO"), ("unpaired", "NATO")])

    def test_unknown_source_counts_as_other(self):
        self.assertEqual(claim(9, "vor Eile", "Kyiv")["side"], "other")
        self.assertEqual(claim(9, "vor Eile")["side"], "none")


class FileTests(unittest.TestCase):
    def test_score_command_reads_gold_labels_and_predictions(self):
        with tempfile.TemporaryDirectory() as root:
            os.mkdir(os.path.join(root, "dev"))
            annotation = {"id": 0, "quote": {"spans": [dict(zip(("charBegin", "charEnd"), span("alles sei ruhig")))]},
                          "speaker": {"text": "Der Kreml"}}
            write(os.path.join(root, "dev", "7.json"),
                  {"documentName": "7 - Titel (2021-04-13)", "originalText": TEXT, "annotations": [annotation]})
            labels = os.path.join(root, "labels.jsonl")
            write(labels, {"split": "dev", "doc": "7", "id": 0, "side": "Kremlin"}, lines=True)
            pred = os.path.join(root, "pred.jsonl")
            write(pred, {"document": {"id": "7"}, "claims": [
                {"id": 1, "spans": [dict(zip(("start", "end"), span("alles sei ruhig")))], "source": "Kremlin"}]},
                  lines=True)
            out = os.path.join(root, "summary.md")
            corpus = os.path.join(root, "dev.jsonl")
            self.assertEqual(score_sides.main(["corpus", os.path.join(root, "dev"), corpus]), 0)
            self.assertEqual(json.loads(read(corpus))["date"], "2021-04-13")
            with open(os.devnull, "w") as sink:
                stdout, sys.stdout = sys.stdout, sink
                try:
                    status = score_sides.main(["score", labels, root, "--pred", f"dev={pred}", "--markdown", out])
                finally:
                    sys.stdout = stdout
            self.assertEqual(status, 0)
            self.assertIn("| side accuracy (paired side claims given the right side) | 100.0 % (1/1) |",
                          read(out))

    def test_missing_label_is_an_error_naming_the_document(self):
        with tempfile.TemporaryDirectory() as root:
            os.mkdir(os.path.join(root, "dev"))
            write(os.path.join(root, "dev", "7.json"), {"originalText": TEXT, "annotations": [
                {"id": 0, "quote": {"spans": [{"charBegin": 0, "charEnd": 3}]}, "speaker": {"text": ""}}]})
            with self.assertRaisesRegex(score_sides.ScoreError, "dev/7: annotation 0 has no side label"):
                score_sides.gold_quotes(os.path.join(root, "dev"), "7", {}, "dev")


def read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def write(path, value, lines=False):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(value, ensure_ascii=False) + ("\n" if lines else ""))



class ClaimSchemaTest(unittest.TestCase):
    """The scorer reads the flat claim schema of `zitat analyze` and the nested one before it."""

    def test_flat_and_nested_claims(self):
        import score_sides
        flat = {"number": 3, "spans": [{"start": 0, "end": 4}], "source": "Kremlin",
                "speaker": "Der Kreml", "speaker_canonical": "Kreml", "rule": "r"}
        nested = {"id": 3, "spans": [{"start": 0, "end": 4}], "source": "Kremlin",
                  "speaker": {"text": "Der Kreml", "canonical": "Kreml"}, "rule": "r"}
        self.assertEqual(score_sides.claim_record(flat), score_sides.claim_record(nested))
        self.assertEqual(score_sides.claim_record(flat)["canonical"], "Kreml")


if __name__ == "__main__":
    unittest.main()
