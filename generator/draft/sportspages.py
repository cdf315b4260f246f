"""On a sports page, a city's name means the city's team: "Toronto 6 KANSAS CITY 2",
"Marseille drew 1-1 with Lens". When the registry holds both an organization registered
under the city's name alone (a city's government, or a mention of the city a registry made
from every linked mention lists among organizations) and exactly one organization whose
longer name holds the city's ("Toronto Blue Jays", "Olympique de Marseille"), the linker
prefers the team there, where it would otherwise prefer the one registered under the name
as written. Two teams of one city ("Leeds United", "Leeds Rhinos") stay for the text to
decide; elsewhere than on a sports page nothing changes.

A sports page: its first line names a sport ("BASEBALL - MAJOR LEAGUE RESULTS", "Soccer -
Zorbton beat Quelvo"), or two lines or more read as results ("Zorbton 6 Quelvo 2")."""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import Target
from .lexicon import is_city
from .text import token_key

SPORTS = {"football", "soccer", "rugby", "cricket", "hockey", "basketball", "baseball", "handball", "volleyball",
          "tennis", "golf", "athletics", "cycling", "motor", "racing", "rallying", "boxing", "skiing", "swimming",
          "nfl", "nba", "nhl"}
_RESULT = re.compile(r"^[^\W\d_][^\d\n]{0,40}?\s\d{1,3}\s+[^\W\d_][^\d\n]{0,40}?\s\d{1,3}\b", re.MULTILINE)


@lru_cache(maxsize=64)
def sports_page(text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0]
    if {w.lower() for w in re.findall(r"[^\W\d_]+", first)} & SPORTS:
        return True
    return len(_RESULT.findall(text)) >= 2


def _words(name: str) -> list[str]:
    return [token_key(w) for w in re.findall(r"[^\W\d_]+", name)]


def team_over_city(targets: list[Target], text: str) -> Target | None:
    """The one team among `targets` whose name holds the name of another, a city's: on a sports
    page, the team the city's name means; else None."""
    if len(targets) < 2 or any(t.kind != "organization" for t in targets):
        return None
    cities = [t for t in targets if is_city(t.name, 15_000)]
    if len(cities) != 1:
        return None
    city = _words(cities[0].name)
    teams = [t for t in targets if t is not cities[0] and _holds(_words(t.name), city)]
    if len(teams) != 1 or not sports_page(text):
        return None
    return teams[0]


def _holds(words: list[str], part: list[str]) -> bool:
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))
