"""Builds the small hand-written gold set Tests/Fixtures/gold-mini/*.json (Wikinews quotation corpus
format, as `zitat eval --gold` reads it) from the marked-up articles in Tests/Fixtures/gold-mini/src.

    python3 reports/scripts/make-gold-mini.py

A source file starts with one line per annotation, `@ID TYPE MEDIUM` (TYPE Direct, Indirect,
FreeIndirect, IndirectFreeIndirect or Reported; MEDIUM Speech, Writing, Thought, …), a blank line,
then the article, where `{qID:…}` marks the quote, `{sID:…}` the speaker, `{cID:…}` the cue,
`{fID:…}` the frame and `{aID:…}` the addressee of annotation ID; marks nest, and a role marked twice
gets two spans. Offsets count Unicode scalars; tokens are words and single punctuation marks.
"""
import json
import pathlib
import re
import sys

ROLES = {"q": "quote", "s": "speaker", "c": "cue", "f": "frame", "a": "addressee"}
TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


def strip_marks(marked):
    """The plain text and, per (role, id), the character spans the marks enclose."""
    text, spans, stack = [], {}, []
    i = 0
    while i < len(marked):
        match = re.match(r"\{([qscfa])(\d+):", marked[i:])
        if match:
            stack.append((match.group(1), int(match.group(2)), len(text)))
            i += match.end()
        elif marked[i] == "}" and stack:
            role, number, start = stack.pop()
            spans.setdefault((role, number), []).append((start, len(text)))
            i += 1
        else:
            text.append(marked[i])
            i += 1
    if stack:
        sys.exit(f"make-gold-mini: unclosed mark {stack[-1][:2]}")
    return "".join(text), spans


def convert(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    headers = []
    while lines and lines[0].startswith("@"):
        number, kind, medium = lines.pop(0)[1:].split()
        headers.append((int(number), kind, medium))
    if lines and lines[0] == "":
        lines.pop(0)
    text, spans = strip_marks("\n".join(lines))
    tokens, sentences, sentence, start_token = [], [], 1, 0
    for match in TOKEN.finditer(text):
        tokens.append({"charBegin": match.start(), "charEnd": match.end(), "id": len(tokens),
                       "sentence": sentence, "text": match.group(), "word": len(tokens) + 1})
        if match.group() in ".!?" and (match.end() >= len(text) or text[match.end()].isspace()):
            sentences.append((start_token, len(tokens)))
            start_token, sentence = len(tokens), sentence + 1
    if start_token < len(tokens):
        sentences.append((start_token, len(tokens)))

    def role(key):
        pieces = sorted(spans.get(key, []))
        result = {"text": " ".join(text[a:b] for a, b in pieces), "spans": [], "tokenIds": []}
        for a, b in pieces:
            ids = [t["id"] for t in tokens if t["charBegin"] < b and t["charEnd"] > a]
            result["spans"].append({"begin": ids[0], "end": ids[-1] + 1, "charBegin": a, "charEnd": b})
            result["tokenIds"] += ids
        return result

    annotations = [{"id": number - 1, "type": kind, "medium": medium, "isNested": False, "hasNested": False,
                    **{name: role((letter, number)) for letter, name in ROLES.items()}}
                   for number, kind, medium in headers]
    return {
        "documentName": path.stem, "originalText": text, "tokens": tokens,
        "sentences": [{"begin": a, "end": b, "charBegin": tokens[a]["charBegin"], "charEnd": tokens[b - 1]["charEnd"],
                       "id": n, "text": text[tokens[a]["charBegin"]:tokens[b - 1]["charEnd"]],
                       "tokenIds": list(range(a, b)), "tokens": []} for n, (a, b) in enumerate(sentences)],
        "annotations": annotations,
    }


def main():
    folder = pathlib.Path(__file__).resolve().parents[2] / "Tests/Fixtures/gold-mini"
    for path in sorted((folder / "src").glob("*.txt")):
        target = folder / (path.stem + ".json")
        target.write_text(json.dumps(convert(path), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"make-gold-mini: wrote {target.relative_to(folder.parents[2])}")


if __name__ == "__main__":
    main()
