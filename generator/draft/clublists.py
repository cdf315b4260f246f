"""Clubs in a list, told in prose: "who was alongside him at Zorbton, Quelvo and Examplia", "on the
bench against Zorbton and Quelvo". Modern news talks sport without four of sport's report words or
a results table (sportsreading.about_sport), and names a club by its place as a results page does.
A place's name there is the club when it stands in a list of names one line holds, another of which
names another registered club, every club's registered name, alias or id marking its sport
(sports.sports_marked: "F.C.", "Rugby"), not after a place word ("in Zorbton and Quelvo"), in a text
that uses a word of a player's or a coach's career (sports.CAREER_WORDS: "manager", "signed",
"bench"). placealiases.py (a team's place alias) and shortforms.py (a club's city) ask it."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, Target
from .sports import sports_marked
from .sportsreading import sports_reading
from .text import tokenize

_ELEMENT = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
_SEPARATOR = re.compile(r", and |, or |, | and | or ")
_LIST = re.compile(rf"(?<![\w'’.-]){_ELEMENT}(?:(?:{_SEPARATOR.pattern}){_ELEMENT})+")
# Words before a list of places that a list of clubs never follows: "in Zorbton and Quelvo". Not "at",
# "against" or "to": "at Zorbton, Quelvo and Examplia" is a career's clubs.
_PLACE_WORDS = {"in", "near", "outside", "around", "across", "of", "from", "between"}


def club(target: Target) -> bool:
    """An organization whose registered name, aliases or id mark a sport ("Zorbton F.C.")."""
    return target.kind == "organization" and bool(sports_marked(
        target.name, target.id.replace("-", " "), *(getattr(target.entity, "aliases", None) or [])))


def in_a_list_of_clubs(text: str, start: int, end: int, targets: set[Target], gazetteer: Gazetteer) -> bool:
    """text[start:end], naming the organizations `targets`, is one of a list of clubs (module doc)."""
    if not targets or not all(club(t) for t in targets) or not sports_reading(text).career_words:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    for listed in _LIST.finditer(text, line_start, line_end if line_end >= 0 else len(text)):
        if not listed.start() <= start < end <= listed.end():
            continue
        bounds = [listed.start(), *(b for m in _SEPARATOR.finditer(listed.group())
                                    for b in (listed.start() + m.start(), listed.start() + m.end())), listed.end()]
        elements = [(bounds[n], bounds[n + 1]) for n in range(0, len(bounds), 2)]
        if (start, end) not in elements or _word_before(text, listed.start()).lower() in _PLACE_WORDS:
            return False
        return any(_clubs_named(text[a:b], gazetteer) - targets for a, b in elements if (a, b) != (start, end))
    return False


def _word_before(text: str, offset: int) -> str:
    before = re.search(r"(\w+)\W*$", text[max(0, offset - 30):offset])
    return before.group(1) if before else ""


def _clubs_named(written: str, gazetteer: Gazetteer) -> set[Target]:
    key = " ".join(t.key for t in tokenize(written))
    return {f.target for f in gazetteer.index.get(key, ()) if club(f.target)}
