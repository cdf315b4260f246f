"""What `bench.draft_quality --explain` prints beside each text's wrong and missed references:
for a miss, the registry's entry, what the annotators marked and what the draft says of it; for a
wrong reference, the draft's comment (the words and their line) and the words around the mention
in the text. How the tables of errors by cause in bench/DRAFT_QUALITY.md are read."""

from __future__ import annotations

import re
from pathlib import Path

import yaml


def explain(root: Path, doc: dict, folder: str, missed: list[str], entity_id) -> None:
    """For each missed reference: the registry's entry, the forms the annotators marked in
    this text, and every line of the draft that names the entry (a doubt says why it was
    left out; nothing at all means no registered form was found). How the README's table of
    misses by cause was read. `entity_id` turns an annotation's identity into the registry's id."""
    if not missed:
        return
    table = yaml.safe_load((root / "content" / folder / "gum.yml").read_text(encoding="utf-8")) or {}
    draft = (root / "out" / f"{doc['name']}.yml").read_text(encoding="utf-8").split("\n")
    marked = {entity_id(i): (e.get("names"), doc.get("types", {}).get(i)) for i, e in doc["entities"].items()}
    for ident in missed:
        record = table.get(ident, {})
        names, types = marked.get(ident, (None, None))
        print(f"  missed {ident}: registered {record}; marked here as {names} (types {types})")
        spellings = [n for n in (record.get("name"), *record.get("aliases", [])) if n]
        for line in draft:
            if ident in line or any(n.lower() in line.lower() for n in spellings):
                print(f"    draft: {line.strip()[:240]}")


def explain_wrong(root: Path, doc: dict, folder: str, wrong: list[str]) -> None:
    """For each wrong reference: the registry's entry, whether the annotators marked it in this
    text at all, and the draft's comment lines that name it (the words and their line), with
    that line of the text: how a wrong reference is sorted by cause (the annotators' omission,
    a registry alias that is no name, or the rule that took it)."""
    if not wrong:
        return
    table = yaml.safe_load((root / "content" / folder / "gum.yml").read_text(encoding="utf-8")) or {}
    draft = (root / "out" / f"{doc['name']}.yml").read_text(encoding="utf-8").split("\n")
    text = doc["text"].split("\n")
    for ident in wrong:
        record = table.get(ident, {})
        print(f"  wrong {ident}: registered {record}")
        for line in draft:
            if re.search(rf"\bid: {re.escape(ident)}\b", line):
                print(f"    draft: {line.strip()[:240]}")
                for written, number in re.findall(r"'([^']+)' line (\d+)", line)[:3]:
                    print(f"    text {number}: {_around(text, int(number), written)}")


def _around(lines: list[str], number: int, written: str, width: int = 160) -> str:
    """The words around `written` on line `number` (1-based) of the text: a DWIE paragraph is one line."""
    line = lines[number - 1] if 0 < number <= len(lines) else ""
    at = line.lower().find(written.lower())
    if at < 0:
        return line.strip()[:2 * width]
    return line[max(0, at - width):at + len(written) + width].strip()
