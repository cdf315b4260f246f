"""The countries an organization's registered name names ("Supreme Court of the United
States", "Верховный суд Российской Федерации"): its home, when the name says it. Used to
leave out another country's institution (homeland.py) and to choose among namesakes
(context.py: "the Supreme Court" in a text that names the United States), and to tell a
registered institution from another country's that the text names by its owner ("the
Supreme Court of India" is not the registered US Supreme Court)."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, Target
from .text import tokenize


def countries_named_in(words: str, gazetteer: Gazetteer, at_an_end: bool = False) -> set[Target]:
    """The countries a name's own words name by a name, not a demonym ("Русская
    православная церковь" belongs to no state); with `at_an_end`, only a country that
    begins or ends the name, as a state body's owner does ("United States Department of
    State", "Верховный суд Российской Федерации"; not "Исламское государство Ирака и Леванта")."""
    keys = [t.key for t in tokenize(words)]
    found = set()
    for i in range(len(keys)):
        for j in range(i + 1, min(len(keys), i + gazetteer.max_tokens) + 1):
            if at_an_end and i > 0 and j < len(keys):
                continue
            found.update(f.target for f in gazetteer.lookup(" ".join(keys[i:j]))
                         if f.target.kind == "country" and not f.origin.startswith("demonym"))
    return found


def home_of(target: Target, gazetteer: Gazetteer) -> set[Target]:
    """The countries an organization belongs to: named in its registered name, or its seat."""
    home = countries_named_in(target.name, gazetteer, at_an_end=True)
    seat = getattr(target.entity, "seat", None)
    if seat is not None and seat.code in gazetteer.countries:
        home.add(gazetteer.countries[seat.code])
    return home


_OWNER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})")
# Russian puts the owner right after, in the genitive: "МИД Норвегии", "Верховный суд Индии".
_GENITIVE_AFTER = re.compile(r"[ \t]+([А-ЯЁ][\w-]*(?:[ \t]+[А-ЯЁ][\w-]*){0,2})")


def owner_named_after(text: str, end: int, gazetteer: Gazetteer) -> set[Target]:
    """The country a name's next words give as its owner: "the Supreme Court of India",
    "МИДа Норвегии"."""
    owner = _OWNER_AFTER.match(text, end) or _GENITIVE_AFTER.match(text, end)
    return countries_named_in(owner.group(1), gazetteer, at_an_end=True) if owner else set()
