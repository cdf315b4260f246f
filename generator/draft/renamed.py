"""A body named again without its place. News names a state's or a city's body in full once
("the Michigan Supreme Court") and then by its bare name ("when the Supreme Court will act"):
where a bare name of dictionary words is registered for another body (the country's "Supreme
Court"), the text's own longer name with a region's or a city's name before it, which is none of
the registered body's names, says which court it means. Two words or more, and the longer name
ending there: one word after a state's name is as often an adjective ("Former Colorado Democratic
Gov. Richard Lamm", then "the Democratic and Republican parties")."""

from __future__ import annotations

from .gazetteer import Form, Gazetteer
from .lexicon import is_city, is_english_word
from .otherwise import country_parts
from .text import Token, name_key

_LINKS = {"of", "for", "and", "on", "the"}


# A city this large has bodies of its own ("the Chicago City Council"); a small town's name is as
# often a person's ("the Dole Congress": Bob Dole's, not Dole's in France).
_CITY = 100_000


# Regions named by a direction ("Northern" of Ghana, "Central"): the same words qualify any name
# ("the Northern Alpha Bloc Union"), so they say no place.
_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
               "upper", "lower", "coastal", "northeastern", "northwestern", "southeastern", "southwestern"}


def _local_place(text: str, gazetteer: Gazetteer) -> bool:
    """A country's first-level part's name or a large city's, not a country's or a capital's (whose
    body is the country's: "the Zorbland Supreme Court" is another country's, which misreadings.py
    reads)."""
    key = name_key(text)
    if text.split()[0].lower() in _DIRECTIONS:
        return False
    return (key in country_parts() or is_city(text, _CITY)) and key not in gazetteer.capitals \
        and not any(f.target.kind == "country" for f in gazetteer.lookup(key))


def named_again_without_its_place(text: str, tokens: list[Token], start: int, end: int, forms: list[Form],
                                  gazetteer: Gazetteer) -> str:
    """Why the bare name at tokens [start, end) is the text's own place-named body, or ''."""
    words = tokens[start:end]
    if end - start < 2:  # one word is as often an adjective ("Colorado Democratic Gov.", "the Democratic party")
        return ""
    if not all(w.text.lower() in _LINKS or w.text[:1].isupper() and is_english_word(w.text) for w in words) \
            or start > 0 and text[tokens[start - 1].end:words[0].start] == " " and tokens[start - 1].text[:1].isupper():
        return ""  # a proper name, or itself after a capitalised word (longer.py's reading)
    registered = {name_key(n) for f in forms for n in (f.target.name, *(getattr(f.target.entity, "aliases", None) or ()))
                  if n}
    keys, size = [t.key for t in words], end - start
    for i in range(1, len(tokens) - size + 1):
        if i == start or [t.key for t in tokens[i:i + size]] != keys:
            continue
        for width in (2, 1):  # "West Zorbland Supreme Court", "Michigan Supreme Court"
            place = tokens[max(0, i - width):i]
            if len(place) < width or not all(p.text[:1].isupper() for p in place) \
                    or any(text[a.end:b.start] != " " for a, b in zip(place, [*place[1:], tokens[i]])):
                continue
            written = text[place[0].start:place[-1].end]
            longer = text[place[0].start:tokens[i + size - 1].end]
            # the longer name ends there: "the Colorado Supreme Court Justice" goes on to a post
            ends = i + size == len(tokens) or text[tokens[i + size - 1].end:tokens[i + size].start] != " " \
                or not tokens[i + size].text[:1].isupper()
            if ends and _local_place(written, gazetteer) and name_key(longer) not in registered:
                return f"'{longer}' named again without its place"
    return ""
