#!/usr/bin/env python3
"""Validates the knowledge base rules/kb/*.yaml against the schema in rules/kb/README.md.

Checks: known top-level keys and entry keys, unique ids, references (office -> institution,
person -> office and party, institution -> parent), people's aliases unique, date formats and from < to, no two holders of a
unique office at the same time (a same-day handover is fine; with month or year precision only a
certain overlap counts), the example format ("mention @YYYY-MM[-DD]") and the example count.

Usage: python3 rules/kb/check_kb.py [DIR]    (DIR defaults to the directory of this script)
Exit code 0 when the knowledge base is valid, 1 with one line per problem otherwise.
Needs PyYAML (pip install pyyaml).
"""
import calendar
import datetime
import os
import re
import sys

import yaml

SIDES = {"Washington", "Kremlin", "NATO"}
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
EXAMPLE = re.compile(r"^(.*?\S)(?:\s+@(\d{4}-\d{2}(?:-\d{2})?))?$")
MIN_EXAMPLES = 60

# The keys of the schema, plus the optional ones the Swift loader also accepts (description, note,
# examples on offices, media and parties).
KEYS = {
    "institutions": {"required": {"id", "name", "kind"},
                     "optional": {"side", "parent", "aliases", "markers", "description", "match", "no_match"}},
    "offices": {"required": {"id", "name", "institution", "nouns"},
                "optional": {"titles", "unique", "side", "description", "match", "no_match"}},
    "people": {"required": {"id", "name", "aliases"},
               "optional": {"gender", "nationality", "party", "born", "offices", "description", "match", "no_match"}},
    "roles": {"required": {"id", "nouns", "kind", "side"}, "optional": {"description", "match", "no_match"}},
    "media": {"required": {"id", "name", "aliases"},
              "optional": {"country", "state_owned", "description", "match", "no_match"}},
    "nationalities": {"required": {"code", "demonyms"}, "optional": {"adjective"}},
    "parties": {"required": {"id", "name", "members"}, "optional": {"match", "no_match"}},
}
HOLDING_KEYS = {"office", "from", "to", "note"}


class Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text, so a malformed date is reported with its file and entry."""


Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class Checker:
    def __init__(self):
        self.problems = []
        self.entries = {key: [] for key in KEYS}  # key -> [(file, entry)]
        self.examples = 0

    def problem(self, where, message):
        self.problems.append(f"{where}: {message}")

    def load(self, directory):
        names = sorted(n for n in os.listdir(directory) if n.endswith(".yaml"))
        if not names:
            self.problem(directory, "no *.yaml files")
        for name in names:
            path = os.path.join(directory, name)
            try:
                with open(path, encoding="utf-8") as handle:
                    root = yaml.load(handle, Loader=Loader)
            except yaml.YAMLError as error:
                self.problem(name, f"not valid YAML: {error}")
                continue
            if not isinstance(root, dict):
                self.problem(name, "top level must be a mapping of lists")
                continue
            for key, value in root.items():
                if key not in KEYS:
                    self.problem(name, f"unknown top-level key '{key}' (known: {', '.join(KEYS)})")
                elif not isinstance(value, list):
                    self.problem(name, f"'{key}' must be a list")
                else:
                    self.entries[key].extend((name, entry) for entry in value)

    def check_keys(self):
        for key, rows in self.entries.items():
            spec = KEYS[key]
            for name, entry in rows:
                label = entry.get("id", entry.get("code", "?")) if isinstance(entry, dict) else "?"
                where = f"{name}: {key} '{label}'"
                if not isinstance(entry, dict):
                    self.problem(where, "entry must be a mapping")
                    continue
                for missing in sorted(spec["required"] - entry.keys()):
                    self.problem(where, f"missing key '{missing}'")
                for unknown in sorted(entry.keys() - spec["required"] - spec["optional"]):
                    self.problem(where, f"unknown key '{unknown}'")
                for field, value in entry.items():
                    if field in ("aliases", "markers", "nouns", "titles", "demonyms", "members",
                                 "match", "no_match", "offices"):
                        if not isinstance(value, list) or not value:
                            self.problem(where, f"'{field}' must be a non-empty list")
                        elif field != "offices" and not all(isinstance(v, str) and v.strip() for v in value):
                            self.problem(where, f"'{field}' must hold non-empty strings")

    def check_ids(self):
        self.ids = {}
        for key, rows in self.entries.items():
            if key == "nationalities":
                continue
            for name, entry in rows:
                ident = entry.get("id")
                if not isinstance(ident, str) or not ID.match(ident):
                    self.problem(name, f"{key}: id {ident!r} is not lower-case kebab-case ASCII")
                    continue
                if ident in self.ids:
                    self.problem(name, f"id '{ident}' also defined in {self.ids[ident][0]}")
                self.ids[ident] = (name, key, entry)
        codes = set()
        for name, entry in self.entries["nationalities"]:
            code = entry.get("code")
            if not isinstance(code, str) or not re.match(r"^[A-Z]{2}$", code):
                self.problem(name, f"nationality code {code!r} is not ISO 3166 alpha-2")
            elif code in codes:
                self.problem(name, f"nationality '{code}' defined twice")
            codes.add(code)
        self.codes = codes

    def ids_of(self, key):
        return {e["id"]: e for _, e in self.entries[key] if isinstance(e, dict) and "id" in e}

    def check_values(self):
        institutions = self.ids_of("institutions")
        for name, entry in self.entries["institutions"]:
            where = f"{name}: institution '{entry.get('id')}'"
            if entry.get("kind") not in ("state", "institution"):
                self.problem(where, f"kind {entry.get('kind')!r} must be state or institution")
            if "side" in entry and entry["side"] not in SIDES:
                self.problem(where, f"unknown side {entry['side']!r}")
            if "parent" in entry and entry["parent"] not in institutions:
                self.problem(where, f"parent '{entry['parent']}' is no institution")
        for ident in institutions:
            seen, current = set(), ident
            while current in institutions and current not in seen:
                seen.add(current)
                current = institutions[current].get("parent")
            if current in seen:
                self.problem(ident, "institution parents form a cycle")
        for name, entry in self.entries["offices"]:
            where = f"{name}: office '{entry.get('id')}'"
            if entry.get("institution") not in institutions:
                self.problem(where, f"institution '{entry.get('institution')}' is not defined")
            if "side" in entry and entry["side"] not in SIDES:
                self.problem(where, f"unknown side {entry['side']!r}")
            if "unique" in entry and not isinstance(entry["unique"], bool):
                self.problem(where, "unique must be true or false")
        for name, entry in self.entries["roles"]:
            where = f"{name}: role '{entry.get('id')}'"
            # the schema names person, anonymous and media; the loader takes every speaker kind
            if entry.get("kind") not in ("person", "anonymous", "media", "institution", "state"):
                self.problem(where, f"kind {entry.get('kind')!r} must be person, anonymous, media, institution or state")
            if entry.get("side") not in ("inherit", "none"):
                self.problem(where, f"side {entry.get('side')!r} must be inherit or none")
        seen_nouns = {}
        for name, entry in self.entries["roles"]:
            for noun in entry.get("nouns") or []:
                key = str(noun).casefold()
                if key in seen_nouns and seen_nouns[key] != entry.get("id"):
                    self.problem(name, f"role noun '{noun}' of '{entry.get('id')}' is also a noun of role '{seen_nouns[key]}'")
                seen_nouns.setdefault(key, entry.get("id"))
        for name, entry in self.entries["media"]:
            where = f"{name}: media '{entry.get('id')}'"
            if "country" in entry and not (isinstance(entry["country"], str) and re.match(r"^[A-Z]{2}$", entry["country"])):
                self.problem(where, f"country {entry['country']!r} is not ISO 3166 alpha-2")
            if "state_owned" in entry and not isinstance(entry["state_owned"], bool):
                self.problem(where, "state_owned must be true or false")
        for name, entry in self.entries["nationalities"]:
            if "adjective" in entry and not isinstance(entry["adjective"], str):
                self.problem(name, f"nationality '{entry.get('code')}': adjective must be a string")

    def check_people(self):
        offices = self.ids_of("offices")
        parties = self.ids_of("parties")
        self.holdings = {}  # office id -> [(person, from, to)]
        for name, entry in self.entries["people"]:
            where = f"{name}: person '{entry.get('id')}'"
            if "gender" in entry and entry["gender"] not in ("m", "f"):
                self.problem(where, f"gender {entry['gender']!r} must be m or f")
            if "nationality" in entry and entry["nationality"] not in self.codes:
                self.problem(where, f"nationality {entry['nationality']!r} has no entry in nationalities")
            if "party" in entry and entry["party"] not in parties:
                self.problem(where, f"party '{entry['party']}' is not defined")
            if "born" in entry and not (isinstance(entry["born"], int) and 1880 < entry["born"] < 2010):
                self.problem(where, f"born {entry['born']!r} must be a plausible year")
            for holding in entry.get("offices") or []:
                self.check_holding(where, entry["id"], holding, offices)

    def check_aliases(self):
        """An alias names one person only (a family name alone only when no one else in the KB has it)."""
        owners = {}
        for name, entry in self.entries["people"]:
            for alias in set(a.casefold() for a in entry.get("aliases") or [] if isinstance(a, str)):
                owners.setdefault(alias, []).append(entry.get("id"))
        for alias, people in sorted(owners.items()):
            if len(people) > 1:
                self.problem("people", f"alias '{alias}' is shared by {', '.join(people)}")

    def check_holding(self, where, person, holding, offices):
        if not isinstance(holding, dict):
            self.problem(where, "an office entry must be a mapping {office, from, to}")
            return
        for unknown in sorted(holding.keys() - HOLDING_KEYS):
            self.problem(where, f"unknown key '{unknown}' in an office entry")
        office = holding.get("office")
        if office not in offices:
            self.problem(where, f"office '{office}' is not defined")
        start, end = holding.get("from"), holding.get("to")
        if start is None:
            self.problem(where, f"office '{office}' has no 'from'")
            return
        first = self.period(where, start)
        last = self.period(where, end) if end is not None else None
        if first and end is not None and last and not first[0] < last[1]:
            self.problem(where, f"office '{office}': from {start} is not before to {end}")
        if first and (end is None or last):
            self.holdings.setdefault(office, []).append((person, first, last, str(start), end))

    def period(self, where, value):
        """(earliest, latest) day a YYYY[-MM[-DD]] value may stand for; None when malformed."""
        text = str(value)
        found = DATE.match(text)
        if not found or isinstance(value, int) and len(text) != 4:
            self.problem(where, f"date {value!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
            return None
        year, month, day = (int(g) if g else None for g in found.groups())
        try:
            if day:
                date = datetime.date(year, month, day)
                return (date, date)
            if month:
                return (datetime.date(year, month, 1),
                        datetime.date(year, month, calendar.monthrange(year, month)[1]))
            return (datetime.date(year, 1, 1), datetime.date(year, 12, 31))
        except ValueError:
            self.problem(where, f"date {value!r} does not exist")
            return None

    def check_unique_holders(self):
        for ident, office in self.ids_of("offices").items():
            if not office.get("unique"):
                continue
            rows = sorted(self.holdings.get(ident, []), key=lambda row: row[1][0])
            if not rows:
                self.problem("offices", f"unique office '{ident}' has no holder in people")
            for index, (person, first, last, start, end) in enumerate(rows):
                for other, other_first, other_last, other_start, other_end in rows[index + 1:]:
                    # certain overlap: the later one surely began before the earlier one surely ended
                    if last is None or other_first[1] < last[0]:
                        self.problem("offices", f"unique office '{ident}': {person} ({start}–{end or 'today'}) "
                                                f"overlaps {other} ({other_start}–{other_end or 'today'})")

    def check_examples(self):
        for key in ("institutions", "offices", "people", "roles", "media", "parties"):
            for name, entry in self.entries[key]:
                for field in ("match", "no_match"):
                    for example in entry.get(field) or []:
                        self.examples += 1
                        found = EXAMPLE.match(str(example))
                        if not found or "@" in found.group(1):
                            self.problem(name, f"{entry.get('id')}: example {example!r} is not 'mention @YYYY-MM[-DD]'")
                        elif found.group(2):
                            self.period(f"{name}: {entry.get('id')}", found.group(2))
        if self.examples < MIN_EXAMPLES:
            self.problem("examples", f"only {self.examples} match/no_match examples (at least {MIN_EXAMPLES})")

    def run(self, directory):
        self.load(directory)
        self.check_keys()
        self.check_ids()
        self.check_values()
        self.check_people()
        self.check_aliases()
        self.check_unique_holders()
        self.check_examples()
        return self.problems


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    checker = Checker()
    problems = checker.run(directory)
    for line in problems:
        print(line)
    counts = ", ".join(f"{len(rows)} {key}" for key, rows in checker.entries.items())
    print(f"{'FAIL' if problems else 'OK'}: {counts}, {checker.examples} examples"
          + (f", {len(problems)} problems" if problems else ""))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
