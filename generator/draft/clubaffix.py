"""A club's name without its club affix, as news writes it: "Leeds United" for a registered
"Leeds United A.F.C.", "Zorbton Rovers" for "Zorbton Rovers FC", "Real Zorbia" for "Real
Zorbia C.F.".

A club affix is an abbreviation of two to five letters with two capitals or more, a C or
an F among them (Club, Football, Calcio), at the name's start or end ("FC", "A.F.C.", "C.F.",
"SC"; not "AM" of a paper "AM Zorbton"), dotted or no registered name itself (so
"BBC Zorbton" keeps its "BBC"). Only a rest of two capitalised words or more is read, where
it names no place (a city of 15,000 people, a country or a capital) and is written as a name
of its own, no capitalised word beside it ("York City" of "New York City" is no "York City
F.C."). One word alone ("Arsenal", "Chelsea") is a word or a city as often as the club, and
clubs.py weighs a club's city.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .gazetteer import Form, Gazetteer
from .lexicon import is_city
from .longer import sentence_initial
from .text import Token, script_of, token_key

_ABBREVIATION = re.compile(r"^(?:(?:[^\W\d_]\.){2,5}|[^\W\d_]{2,5})$")
_LONGEST = 4  # words of the rest
WITHOUT_AFFIX = "without its club affix"

_TABLES: dict[int, dict[str, list[Form]]] = {}


def _affix(word: str, gazetteer: Gazetteer) -> bool:
    letters = word.replace(".", "")
    # Dotted, it is an affix ("A.F.C." though "AFC" is registered); undotted, only if no name ("BBC").
    # A club's or football's initial is in it (Club, Calcio, Football, Fußball): "AM" of "AM New
    # York", a paper, is none.
    return bool(_ABBREVIATION.match(word)) and sum(c.isupper() for c in letters) >= 2 \
        and bool(_CLUB_LETTERS & set(letters.upper())) \
        and ("." in word or not gazetteer.index.get(token_key(letters)))


_CLUB_LETTERS = {"C", "F"}


def _rests(gazetteer: Gazetteer) -> dict[str, list[Form]]:
    """The key of each club name's rest -> its forms."""
    table = _TABLES.get(id(gazetteer))
    if table is not None:
        return table
    table = {}
    for forms in list(gazetteer.index.values()):
        for form in forms:
            if form.target.kind != "organization" or form.partial or form.acronym \
                    or not form.origin.startswith(("name", "alias")) or script_of(form.surface) != "latin":
                continue
            words = form.surface.split()
            for rest in (words[:-1] if _affix(words[-1], gazetteer) else None,
                         words[1:] if _affix(words[0], gazetteer) else None):
                if not rest or not 2 <= len(rest) <= _LONGEST or not all(w[:1].isupper() for w in rest):
                    continue
                name = " ".join(rest)
                key = " ".join(token_key(w) for w in re.findall(r"[\w'’-]+", name))
                if is_city(name, 15_000) or key in gazetteer.place_keys:
                    continue
                entry = table.setdefault(key, [])
                if all(f.target != form.target for f in entry):
                    entry.append(replace(form, origin=f"{form.origin} {WITHOUT_AFFIX}"))
    _TABLES.clear()
    _TABLES[id(gazetteer)] = table
    return table


def clubs_without_affix(tokens: list[Token], text: str, gazetteer: Gazetteer, taken: set[int]) -> list[tuple]:
    """(start, end, forms) of club names written without their affix, where the words are no
    registered name as written."""
    table = _rests(gazetteer)
    if not table:
        return []
    out = []
    for i in range(len(tokens)):
        if not tokens[i].text[:1].isupper():
            continue
        # Words a shorter name took ("Zorbton" a club's city) may be this longer one's: longest first.
        for n in range(_LONGEST, 1, -1):
            span = tokens[i:i + n]
            if len(span) < n or any(not t.text[:1].isupper() for t in span) \
                    or "\n" in text[span[0].start:span[-1].end]:
                continue
            key = " ".join(t.key for t in span)
            if key in table and key not in gazetteer.index and not _inside_a_longer_name(tokens, text, i, i + n):
                out.append((i, i + n, list(table[key])))
                break
    return out


def _inside_a_longer_name(tokens: list[Token], text: str, start: int, end: int) -> bool:
    """A capitalised word right before or after, on the line: "York City" of "New York City" is
    no "York City F.C."."""
    before = start > 0 and text[tokens[start - 1].end:tokens[start].start] == " " \
        and tokens[start - 1].text[:1].isupper() and not sentence_initial(tokens, start - 1, text)
    after = end < len(tokens) and text[tokens[end - 1].end:tokens[end].start] == " " and tokens[end].text[:1].isupper()
    return before or after
