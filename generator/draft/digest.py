"""A press digest's list of papers: a line that is an organization's name alone, in capitals
("EXPANSION", "EL PAIS", "ABC", each over its headlines), names the paper even when the word is
an ordinary one, where two other lines of the text are registered organizations' names alone in
capitals. One such line by itself is a heading ("SUMMARY", "RESULTS") as often as a name.
"""

from __future__ import annotations

from .gazetteer import Gazetteer
from .text import Token, tokenize

_OTHER_LINES_NEEDED = 2


def a_listed_name(text: str, tokens: list[Token], start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Tokens start..end fill their line, in capitals, among other lines that each are a
    registered organization's name alone in capitals."""
    line_start = text.rfind("\n", 0, tokens[start].start) + 1
    line_end = text.find("\n", tokens[end - 1].end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    if line != text[tokens[start].start:tokens[end - 1].end] or not line.isupper():
        return False
    key = (text, id(gazetteer))
    if key not in _LISTED:
        _LISTED.clear()  # one text at a time
        _LISTED[key] = _listed_lines(text, gazetteer)
    return len(_LISTED[key] - {line}) >= _OTHER_LINES_NEEDED


_LISTED: dict[tuple[str, int], frozenset[str]] = {}


def _listed_lines(text: str, gazetteer: Gazetteer) -> frozenset[str]:
    out = set()
    for line in text.split("\n"):
        line = line.strip()
        if not line or not line.isupper() or len(line) > 60:
            continue
        key = " ".join(t.key for t in tokenize(line))
        if any(f.target.kind == "organization" for f in gazetteer.index.get(key, ())):
            out.add(line)
    return frozenset(out)
