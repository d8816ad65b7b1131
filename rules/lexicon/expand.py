#!/usr/bin/env python3
"""Expands german.paradigms (written by generate.py) into german.lexicon, the file Zitat loads.

usage: python3 rules/lexicon/expand.py [--paradigms rules/lexicon/german.paradigms] [--output rules/lexicon/german.lexicon]

Needs nothing beyond Python 3 (generate.py needs its pip packages; this step does not). Deterministic.

Output: header lines starting with "#", then one line per word form, sorted by the form's UTF-8 bytes,
so that Zitat finds a form by binary search in the file's bytes without parsing the rest:
  form <TAB> reading [<TAB> reading …]
  reading = CLASS LEMMAS [FEATURE …]   (separated by single spaces)
LEMMAS is the lemma coded against the form: "~" the form itself, "<k><suffix>" the form without its last
k letters (Unicode scalars, k ≤ 9) plus suffix, "*<lemma>" written out; "ab,an+<code>" stands for the
lemmas "ab"+decoded and "an"+decoded (the particle verbs a separated finite stem belongs to).
FEATURE by CLASS:
  N          genders ("m", "f", "n", "fm" …, "-" for none) and the cells the form fills, digits 0–7
             (nominative, genitive, dative, accusative singular, then plural): "N ~ f 0123"
  VV VA VM   one token per reading: "inf", "zu" (zu-infinitive), "pp" (past participle), "prp" (present
             participle), or a finite reading: optional "s" (a separable verb's stem standing apart), the
             mood and tense ("i" indicative present, "p" indicative preterite, "k" Konjunktiv I, "c"
             Konjunktiv II) and the persons, digits 1–6 (ich du er wir ihr sie): "VV 1en p13 c13"
  others     closed classes: the features of closed-classes.tsv ("n.s.m g.s.f", "1.d.s", "a d")
"""
import argparse
import os

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "# Zitat German lexicon: forms, one a line, sorted by UTF-8 bytes; written by rules/lexicon/expand.py from german.paradigms"
VERBS = {"VV", "VA", "VM"}
FINITE = "ipkc"  # the four blocks of six finite cells, in paradigm order


def decode(code, reference, particle=""):
    """A coded form of german.paradigms (see generate.py), or None when malformed."""
    out = ""
    while code and code[0] in "pgz":
        out += {"p": particle, "g": "ge", "z": "zu"}[code[0]]
        code = code[1:]
    if not code:
        return None
    if code[0] == "~":
        return out + reference
    if code[0] == "*":
        return out + code[1:]
    if code[0].isdigit():
        cut = int(code[0])
        if cut > len(reference):
            return None
        return out + reference[:len(reference) - cut] + code[1:]
    return None


def lemma_code(form, lemma):
    """The lemma coded against the form (see the module doc)."""
    if form == lemma:
        return "~"
    common = 0
    while common < min(len(form), len(lemma)) and form[common] == lemma[common]:
        common += 1
    cut, rest = len(form) - common, lemma[common:]
    return f"{cut}{rest}" if cut <= 9 and not rest[:1].isdigit() else "*" + lemma


class Forms:
    """Readings by form, in the order they are added: (class, lemma, particle or None, features)."""

    def __init__(self):
        self.readings = {}

    def add(self, form, wordclass, lemma, features, particle=None):
        self.readings.setdefault(form, []).append((wordclass, lemma, particle, features))

    def noun(self, lemma, genders, cells):
        by_form = {}
        for index, variants in enumerate(cells):
            for code in variants:
                form = decode(code, lemma)
                if form:
                    by_form.setdefault(form, []).append(index)
        for form, indices in by_form.items():
            digits = "".join(str(index) for index in sorted(set(indices)))
            self.add(form, "N", lemma, [genders or "-", digits])

    def verb(self, lemma, wordclass, particle, cells):
        reference = lemma[len(particle):]
        by_form = {}  # (form, separated) → {block: set of slots}
        for block in range(4):
            for slot in range(6):
                for code in cells[block * 6 + slot]:
                    form = decode(code, reference)
                    if not form:
                        continue
                    by_form.setdefault((form, bool(particle)), {}).setdefault(block, set()).add(slot)
                    if particle:
                        by_form.setdefault((particle + form, False), {}).setdefault(block, set()).add(slot)
        for (form, separated), blocks in by_form.items():
            tokens = [("s" if separated else "") + FINITE[block] + "".join(str(slot + 1) for slot in sorted(slots))
                      for block, slots in blocks.items()]
            self.add(form, wordclass, lemma, tokens, particle if separated else None)
        self.add(lemma, wordclass, lemma, ["inf"])
        for offset, name in enumerate(["pp", "prp", "zu"]):
            for code in cells[24 + offset]:
                form = decode(code, reference, particle)
                if form:
                    self.add(form, wordclass, lemma, [name])

    def line(self, form):
        """The form's line: a verb's readings on one lemma, separated stems of particle verbs grouped."""
        merged = {}  # key → [class, lemma code, particles or None, features]
        for number, (wordclass, lemma, particle, features) in enumerate(self.readings[form]):
            if wordclass not in VERBS:
                merged[number] = [wordclass, lemma_code(form, lemma), None, list(features)]
            elif particle:
                key = (wordclass, lemma_code(form, lemma[len(particle):]), tuple(features))
                merged.setdefault(key, [wordclass, key[1], [], list(features)])[2].append(particle)
            else:
                merged.setdefault((wordclass, lemma), [wordclass, lemma_code(form, lemma), None, []])[3].extend(features)
        readings = []
        for wordclass, code, particles, features in merged.values():
            lemmas = ",".join(particles) + "+" + code if particles else code
            readings.append(" ".join([wordclass, lemmas] + features))
        return form + "\t" + "\t".join(readings)


def read_paradigms(path):
    forms, patterns = Forms(), {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            kind = fields[0]
            if kind == "P":
                patterns[fields[1]] = [cell.split("|") if cell else [] for cell in fields[2:]]
            elif kind == "C":
                forms.add(fields[1], fields[2], fields[3], [fields[4]] if fields[4] else [])
            elif kind == "N":
                forms.noun(fields[1], fields[2], patterns[fields[3]])
            elif kind == "V":
                forms.verb(fields[1], fields[2], fields[3], patterns[fields[4]])
            else:
                raise SystemExit(f"{path}:{number}: unknown line kind {kind!r}")
    return forms


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paradigms", default=os.path.join(HERE, "german.paradigms"))
    parser.add_argument("--output", default=os.path.join(HERE, "german.lexicon"))
    args = parser.parse_args(argv)
    forms = read_paradigms(args.paradigms)
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER + "\n")
        out.write("# Nouns from German Wiktionary via german-nouns (CC BY-SA 4.0); verbs conjugated by ablaut; closed classes by hand.\n")
        out.write("# Format: rules/lexicon/expand.py; why this layout: rules/lexicon/README.md\n")
        for form in sorted(forms.readings, key=lambda text: text.encode("utf-8")):
            out.write(forms.line(form) + "\n")
    print(f"wrote {args.output}: {len(forms.readings)} forms, {os.path.getsize(args.output) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
