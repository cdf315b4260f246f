"""Doccano's sequence-labelling export: JSON Lines, one document a line.

A line holds `text` (or `data`) and either `label` ([start, end, "TYPE"] triples) or
`entities` ({start_offset, end_offset, label} objects, the relation-extraction export).
Each document is named `<file stem>-<its id>` (the line number when it has no id).
Doccano keeps no span text, so offsets are taken as code points unless the UTF-16 reading
puts more of the document's spans on word boundaries.
"""

from __future__ import annotations

import json
from pathlib import Path

from .document import Document, FormatError, Mention
from .offsets import reading_of

SUFFIXES = (".jsonl",)


def read(path: Path) -> list[Document | FormatError]:
    try:
        lines = path.read_bytes().decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        return [FormatError(path, 1, f"not UTF-8 text ({exc.reason} at byte {exc.start})")]
    out: list[Document | FormatError] = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                out.append(_document(path, number, line))
            except FormatError as error:
                out.append(error)
    if not out:
        out.append(FormatError(path, 1, "no documents: expected one JSON object a line"))
    return out


def _document(path: Path, number: int, line: str) -> Document:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise FormatError(path, number, f"not JSON: {exc.msg}", exc.colno) from None
    if not isinstance(data, dict):
        raise FormatError(path, number, "expected a JSON object with 'text' and 'label' or 'entities'")
    text = data.get("text", data.get("data"))
    if not isinstance(text, str):
        raise FormatError(path, number, "no 'text' string")
    spans = _spans(path, number, data)
    index = reading_of(text, [(start, end) for start, end, _ in spans])
    mentions = []
    for start, end, label in spans:
        begin, finish = index(start), index(end)
        if begin is None or finish is None or begin > finish:
            raise FormatError(path, number, f"span {start}-{end} ({label}) does not fit the text ({len(text)} characters)")
        mentions.append(Mention(label, text[begin:finish], None, None, number))
    ident = data.get("id")
    name = f"{path.stem}-{ident}" if isinstance(ident, (int, str)) and str(ident).strip() else f"{path.stem}-{number}"
    first = next((part for part in text.splitlines() if part.strip()), "")
    return Document(path, text, first, mentions, name=name, line=number)


def _spans(path: Path, number: int, data: dict) -> list[tuple[int, int, str]]:
    out = []
    if isinstance(data.get("entities"), list):
        for item in data["entities"]:
            if not isinstance(item, dict) or not _ints(item.get("start_offset"), item.get("end_offset")) or not isinstance(item.get("label"), str):
                raise FormatError(path, number, "an entity must be {start_offset, end_offset, label}")
            out.append((item["start_offset"], item["end_offset"], item["label"]))
        return out
    labels = data.get("label", data.get("labels", []))
    if not isinstance(labels, list):
        raise FormatError(path, number, "'label' must be a list of [start, end, \"TYPE\"]")
    for item in labels:
        if not (isinstance(item, list) and len(item) == 3 and _ints(item[0], item[1]) and isinstance(item[2], str)):
            raise FormatError(path, number, f"a label must be [start, end, \"TYPE\"], found {json.dumps(item)[:60]}")
        out.append((item[0], item[1], item[2]))
    return out


def _ints(*values: object) -> bool:
    return all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in values)
