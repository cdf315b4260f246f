"""Russian writes a state body's name with its first word in lower case ("британское
правительство", "правительство Великобритании", "британский кабинет министров"): only an
official full name takes a capital, in a decree, not in the news. A registry writes the same
name capitalised, as a record's name is. So in Cyrillic text a registered name of two words or
more whose first word alone the text writes in lower case is still the name when what is left
says whose body it is:

- its first word is a country's adjective (adjectives.py: "британское", "польского"), or
- a later word keeps the name's capital ("правительство Великобритании", "палата общин
  Зорбленда"): a proper name stays in the text.

A name with neither ("консервативная партия", "таможенный союз") stays a description: many
countries have one. English text is never read so ("the british government" is no English
spelling, and "the Zorbland government" keeps its capitals): the rule reads only words the text
writes in Cyrillic.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .adjectives import country_of_adjective
from .morph import analyzer
from .text import Token

_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff-]+$")


def lowered_russian_name(surface: str, span: list[Token]) -> bool:
    """The text writes registered `surface` with its first word alone in lower case, in
    Cyrillic, and a country's adjective first or a kept capital says whose body it is."""
    words = re.findall(r"[\w-]+", surface)
    written = [t.text for t in span if t.text[:1].isalpha()]
    if len(words) < 2 or len(words) != len(written) or not all(_CYRILLIC_WORD.match(w) for w in written):
        return False
    first, rest = words[0], words[1:]
    if not (first[:1].isupper() and first[1:].islower() and written[0].islower()):
        return False
    if any(w[:1].isupper() != s[:1].isupper() for w, s in zip(written[1:], rest)):
        return False  # every other word as registered: "правительство великобритании" is no name
    return country_of_adjective(written[0]) is not None or any(s[:1].isupper() for s in rest)


# A region's kind after a body's name, in the genitive: "Министерство здравоохранения Тверской области".
TERRITORIES = frozenset({"области", "края", "республики", "округа", "штата", "провинции", "региона", "района",
                          "графства", "земли", "кантона"})


def place_in_own_name(place: str, names: list[tuple[str, str]]) -> bool:
    """A registered body's own names (its name, the spelling matched) name the place written after
    it, in any case: the body is that place's, which the registry knows ("Минкультуры" registered for
    "Министерство культуры Республики Саха (Якутия)", written "Минкультуры Якутии")."""
    lemmas = {p.normal_form for p in analyzer().parse(place.lower())}
    return any(p.normal_form in lemmas for pair in names for name in pair
               for word in re.findall(r"[\w-]+", name.lower()) for p in analyzer().parse(word)[:1])


def regional_body(text: str, tokens: list[Token], start: int, end: int, country_word: Callable[[str], bool]) -> str:
    """The longer name a registered description-like Russian name ("Министерство
    здравоохранения": every word after the first in lower case, as Russian writes a body's
    name) opens when a place below a country follows it in the genitive: "Министерства
    здравоохранения Англии", "... Тверской области", "... республики". That is a region's
    body, not the registered one. A country's name after it is left to homes.py, which knows
    whose body is registered (`country_word`). A body's one-word name ("Минкультуры", "Сенат",
    "Полиция") so followed is that place's body too: "Минкультуры Якутии", "Сенат Калифорнии"."""
    if end >= len(tokens) or end - start < 2 and not tokens[start].text[:1].isupper():
        return ""
    span, following = tokens[start:end], tokens[end]
    if not all(_CYRILLIC_WORD.match(t.text) for t in span) or not all(t.text.islower() for t in span[1:]) \
            or text[span[-1].end:following.start] != " ":
        return ""
    if following.text in TERRITORIES:  # "... республики"
        return text[span[0].start:following.end]
    if not _CYRILLIC_WORD.match(following.text) or not following.text[:1].isupper() or following.text.isupper() \
            or country_word(following.key):  # initials ("США", "РФ") are left to homeland.py
        return ""
    readings = analyzer().parse(following.text)
    reading = readings[0]
    if end + 1 < len(tokens) and tokens[end + 1].text in TERRITORIES and "ADJF" in reading.tag:
        return text[span[0].start:tokens[end + 1].end]  # "Тверской области"
    # A place first ("Байдена" is a man's name before it is a place), in the genitive by any of its
    # readings ("Калифорнии" reads first as locative, in the same spelling).
    return text[span[0].start:following.end] if "Geox" in reading.tag \
        and any({"Geox", "gent"} <= r.tag.grammemes for r in readings) else ""  # "... Англии"
