"""Acronyms written with full stops ("U.N.", "F.B.I.", as American news style has them)
are the registered acronym without them (UN, FBI), and the other way round: a
registered "U.N." is found as "UN". Only a run of single capital letters, each with its
full stop and nothing between them: "J. R. R. Tolkien" is a person's initials."""

from __future__ import annotations

import re

from .text import Token, token_key

DOTTED = re.compile(r"^(?:[^\W\d_]\.){2,}$")


def undotted(surface: str) -> str:
    """'U.N.' -> 'UN' for a registered acronym written with full stops; '' otherwise."""
    return surface.replace(".", "") if DOTTED.match(surface) and surface.replace(".", "").isupper() else ""


def dotted_runs(tokens: list[Token], text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, the acronym without full stops, its key) for each such run in the text."""
    out = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and len(tokens[j].text) == 1 and tokens[j].text.isupper() \
                and text[tokens[j].end:tokens[j].end + 1] == "." \
                and (j == i or text[tokens[j - 1].end:tokens[j].start] == "."):
            j += 1
        if j - i >= 2 and (i == 0 or text[tokens[i].start - 1:tokens[i].start] not in (".",)):
            letters = "".join(t.text for t in tokens[i:j])
            out.append((i, j, letters, token_key(letters)))
        i = max(j, i + 1)
    return out
