"""A royal named by title and given name ("King Birendra", "Prince Charles", "Princess
Diana"), the way news names them, while the registry, as Wikipedia does, names them by
given name and realm: "Birendra of Nepal", "Charles, Prince of Wales", "Diana, Princess of
Wales". Found in English text when:

- the registered name is "<given> [numeral] of <realm>" (any royal title fits it: "King
  Birendra") or "<given>, <title> of <realm>" (that title only: "Prince Charles", not
  "King Charles");
- exactly one registered royal fits the title and the given name (two kings named
  Alexander leave "King Alexander" to the reader);
- the given name is not the first word of a longer name ("Prince Charles Zorbington").
"""

from __future__ import annotations

import re
from typing import Any

from .gazetteer import Gazetteer, Target
from .text import Token

_ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess", "emperor", "empress", "tsar", "czar", "sultan",
                           "emir", "shah", "duke", "duchess", "grand", "crown"})
_BY_REALM = re.compile(r"^([^\W\d_][\w'-]*)(?: [IVXL]+)? of [^\W\d_]")
_TITLED = re.compile(r"^([^\W\d_][\w'-]*), ((?:Crown |Grand )?[^\W\d_]+) of [^\W\d_]")


def _royals(gazetteer: Gazetteer) -> dict[tuple[str, str], set[Target]]:
    """(title, given name), lower-cased -> the registered royals that title and name fit."""
    cached = getattr(gazetteer, "_royals_by_title", None)
    if cached is not None:
        return cached
    table: dict[tuple[str, str], set[Target]] = {}
    people = {f.target for forms in gazetteer.index.values() for f in forms if f.target.kind == "person"}
    for person in people:
        for spelling in (person.name, *(getattr(person.entity, "aliases", None) or ())):
            titled, by_realm = _TITLED.match(spelling), _BY_REALM.match(spelling)
            if titled and titled.group(2).lower().split()[-1] in _ROYAL_TITLES:
                table.setdefault((titled.group(2).lower().split()[-1], titled.group(1).lower()), set()).add(person)
            elif by_realm:
                for title in _ROYAL_TITLES:
                    table.setdefault((title, by_realm.group(1).lower()), set()).add(person)
    gazetteer._royals_by_title = table
    return table


def royals_by_title(text: str, tokens: list[Token], gazetteer: Gazetteer,
                    covered: set[int]) -> list[tuple[int, Target, str]]:
    """(index of the given name's token, royal, title as written) for each royal named by title and given name."""
    table = _royals(gazetteer)
    if not table:
        return []
    out = []
    for i in range(1, len(tokens)):
        title, given = tokens[i - 1], tokens[i]
        if i in covered or text[title.end:given.start] != " " or not given.text[:1].isupper():
            continue
        bearers = table.get((title.text.lower(), given.text.lower()), set())
        if len(bearers) != 1:
            continue
        if i + 1 < len(tokens) and text[given.end:tokens[i + 1].start] == " " and tokens[i + 1].text[:1].isupper():
            continue  # "Prince Charles Zorbington": another's full name
        out.append((i, next(iter(bearers)), title.text))
    return out


def link_royals(linker: Any) -> None:
    """The linker's step (`linker` is linker._Linker): add each royal named by title and given name."""
    for i, person, title in royals_by_title(linker.text, linker.tokens, linker.gazetteer, linker.linking.covered):
        linker.add(person, i, i + 1, f"given name after the title '{title}', of the only registered royal it fits")
