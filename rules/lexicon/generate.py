#!/usr/bin/env python3
"""Builds rules/lexicon/german.paradigms, the compact source of the German lexicon, and expands it into
german.lexicon, the form list Zitat loads (expand.py; see README.md here).

Sources (installed with pip at generation time only; Zitat does not need them to build or run):
  * nouns: `german-nouns` (German Wiktionary, CC BY-SA 4.0): lemma, gender, the forms of the four cases
    in singular and plural;
  * verbs: conjugated by `ablaut` (MIT OR Apache-2.0): present, preterite, Konjunktiv I and II,
    participles, zu-infinitive; which infinitives are verbs is decided by `simplemma`'s German table
    (a candidate counts when simplemma maps the participle or the preterite ablaut makes back to it);
  * closed classes: closed-classes.tsv beside this script, written by hand.

usage: pip install german-nouns==1.2.5 ablaut==0.11.0 simplemma==2.0.0
       python3 rules/lexicon/generate.py [--output rules/lexicon/german.paradigms]

Output (german.paradigms), tab-separated lines: paradigm patterns and the lemmas that use them. A form is coded against a
reference (nouns: the lemma; verbs: the lemma without its separable particle): "~" the reference,
"<k><suffix>" the reference without its last k letters plus suffix, "*<form>" written out, and the
prefixes "g" (ge), "z" (zu) and "p" (the verb's particle) before a code; "|" between variants, empty
for none.
  P  id  cells…   a pattern: 8 noun cells (nom gen dat acc singular, then plural) or 21 verb cells
                  (present 1s 2s 3s 1p 2p 3p, preterite ×6, Konjunktiv I ×6, Konjunktiv II ×6 — then
                  past participle, present participle, zu-infinitive)
  N  lemma  genders(m f n)  pattern
  V  lemma  VV|VA|VM  particle  pattern
  C  form  class  lemma  features   (closed-classes.tsv as it is)
"""
import argparse
import csv
import os
import sys

import expand  # beside this script

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = ["nominativ", "genitiv", "dativ", "akkusativ"]
NUMBERS = ["singular", "plural"]
VARIANTS = ["", "*", " 1", " 2", " 3", " 4", " stark", " schwach", " gemischt"]
AUXILIARIES = {"sein", "haben", "werden"}
MODALS = {"können", "müssen", "dürfen", "sollen", "wollen", "mögen"}


def code(reference, form, particle=""):
    """A form coded against its reference (see the module doc)."""
    if particle and form.startswith(particle) and len(form) > len(particle):
        return "p" + code(reference, form[len(particle):])
    if form == reference:
        return "~"
    for prefix, letter in (("ge", "g"), ("zu", "z")):
        if form.startswith(prefix) and not reference.startswith(prefix) and len(form) > 2:
            return letter + code(reference, form[2:])
    common = 0
    while common < min(len(reference), len(form)) and reference[common] == form[common]:
        common += 1
    cut = len(reference) - common
    rest = form[common:]
    return f"{cut}{rest}" if cut <= 9 and not rest[:1].isdigit() else "*" + form


def cell(reference, forms, particle=""):
    unique = []
    for form in forms:
        if form and form not in unique:
            unique.append(form)
    return "|".join(code(reference, form, particle) for form in unique)


class Patterns:
    """Numbers the distinct coded paradigms in order of first use."""

    def __init__(self):
        self.ids = {}

    def id(self, cells):
        return self.ids.setdefault(tuple(cells), len(self.ids))

    def lines(self):
        for cells, number in self.ids.items():
            yield "\t".join(["P", str(number)] + list(cells))


def plain_word(text):
    return bool(text) and all(ch.isalpha() or ch in "-'" for ch in text) and not text.startswith("-")


def nouns():
    """(lemma, genders, 8 cells) for every Substantiv of german-nouns."""
    import german_nouns
    path = os.path.join(list(german_nouns.__path__)[0], "nouns.csv")
    seen = set()
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            lemma = row["lemma"]
            if "Substantiv" not in (row["pos"] or "") or not plain_word(lemma) or not lemma[0].isupper():
                continue
            genders = "".join(sorted({row.get(key) or "" for key in ["genus", "genus 1", "genus 2", "genus 3", "genus 4"]} & {"m", "f", "n"}))
            cells = []
            for number in NUMBERS:
                for case in CASES:
                    forms = [(row.get(f"{case} {number}{variant}") or "").strip() for variant in VARIANTS]
                    cells.append(cell(lemma, [form for form in forms if plain_word(form)]))
            key = (lemma, genders, tuple(cells))
            if key in seen or not any(cells):
                continue
            seen.add(key)
            yield lemma, genders, cells


def split_particle(lemma, present_third):
    """The separable particle of a verb ("an" for anerkennen: present "erkennt an"), or ""."""
    parts = present_third.split(" ")
    if len(parts) == 2 and lemma.startswith(parts[1]):
        return parts[1]
    return ""


def verb_candidates():
    """Infinitives from simplemma's German table: lower-case lemmas ending in n."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory
    table = DefaultDictionaryFactory().get_dictionary("de")
    lemmas = {lemma for lemma in table.values() if lemma.endswith("n") and lemma.islower() and plain_word(lemma) and len(lemma) > 2}
    return table, sorted(lemmas)


def verbs():
    import ablaut
    table, candidates = verb_candidates()
    for lemma in candidates:
        try:
            table_ = ablaut.conjugate(lemma, "deu")
        except Exception:  # not conjugable: not a verb ablaut knows
            continue
        preterite = (table_.preterite[2] or "").split(" ")[0]
        participle = table_.past_participle or ""
        if table.get(participle) != lemma and table.get(preterite) != lemma:
            continue
        particle = split_particle(lemma, table_.present[2] or "")
        base = lemma[len(particle):]

        def finite(forms):
            return [cell(base, [(form or "").split(" ")[0]]) for form in forms]

        kind = "VA" if lemma in AUXILIARIES else "VM" if lemma in MODALS else "VV"
        zu = table_.zu_infinitive or ""
        nonfinite = [participle, table_.present_participle or "", zu if " " not in zu else ""]
        cells = finite(table_.present) + finite(table_.preterite) + finite(table_.konjunktiv1) + finite(table_.konjunktiv2) \
            + [cell(base, [form], particle) for form in nonfinite]
        yield lemma, kind, particle, cells


def closed():
    with open(os.path.join(HERE, "closed-classes.tsv"), encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                fields = line.split("\t")
                if len(fields) != 4:
                    sys.exit(f"closed-classes.tsv: expected 4 tab-separated fields: {line!r}")
                yield fields


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", default=os.path.join(HERE, "german.paradigms"))
    args = parser.parse_args()
    counts = {"N": 0, "V": 0, "C": 0}
    patterns = Patterns()
    rows = []
    for lemma, genders, cells in nouns():
        rows.append("\t".join(["N", lemma, genders, str(patterns.id(cells))]))
        counts["N"] += 1
    for lemma, kind, particle, cells in verbs():
        rows.append("\t".join(["V", lemma, kind, particle, str(patterns.id(cells))]))
        counts["V"] += 1
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Zitat German lexicon, generated by rules/lexicon/generate.py; format and licences: rules/lexicon/README.md\n")
        out.write("# Nouns from German Wiktionary via german-nouns (CC BY-SA 4.0); verbs conjugated by ablaut; closed classes by hand.\n")
        for fields in closed():
            out.write("\t".join(["C"] + fields) + "\n")
            counts["C"] += 1
        for line in patterns.lines():
            out.write(line + "\n")
        for row in rows:
            out.write(row + "\n")
    size = os.path.getsize(args.output)
    print(f"wrote {args.output}: {counts['N']} nouns, {counts['V']} verbs, {counts['C']} closed-class forms, "
          f"{len(patterns.ids)} patterns, {size / 1e6:.1f} MB")
    expand.main(["--paradigms", args.output, "--output", os.path.join(os.path.dirname(os.path.abspath(args.output)), "german.lexicon")])


if __name__ == "__main__":
    main()
