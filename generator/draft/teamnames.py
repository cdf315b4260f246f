"""A team by the short name a sports page gives it: "the Yankees", "Red Sox" (New York Yankees,
Boston Red Sox: a place and a nickname), "Essex 72-0." (Essex County Cricket Club: a place and
words of the team's kind), "Canberra 22 Newcastle 18" on a rugby league page (Canberra Raiders),
"Williams" and "Jordan" on a motor-racing page (WilliamsF1, Jordan Grand Prix).

A registered organization's name (or alias) of two words or more gives its short names:
- the words before its kind's words, when every word after them is a mark of its sport or a
  club's word ("Essex" of "Essex County Cricket Club", "Jordan" of "Jordan Grand Prix", "Williams"
  of "WilliamsF1"): read where the page's sport is the one its name marks;
- a place (a city of 15,000 people in GeoNames, a country or a country's first-level part) and a
  nickname of one or two capitalised words whose last is a plural ("Boston Red Sox", "Minnesota
  Twins", "Canberra Raiders"): the nickname, and the place, read where the page's sport is one the
  team's name marks or, a name marking none, any sport but one it marks for another team of that
  place ("Newcastle" on a rugby league page is not Newcastle United F.C.).
Only on a page whose first line names one sport (sportspages.pages_sport), only where exactly one
registered team fits, never where the words are a registered name already (the linker has read
them), are written in lower case, follow a place word ("In Boston,": the city), stand on the
dateline, or where the page writes the nickname after another capitalised word ("Leicester
Tigers": another team of that nickname)."""

from __future__ import annotations

import re
from typing import Any

from .gazetteer import Gazetteer, Target
from .lexicon import is_city
from .otherwise import country_parts
from .sports import LEAGUE_SPORTS, TEAM_MARKS
from .sportspages import pages_sport, team_sports
from .text import Token, token_key, tokenize

# Words of a club's kind, which a short name leaves out with its sport's marks.
_CLUB_WORDS = frozenset({"club", "county", "team", "grand", "prix", "racing", "league", "union", "football"})
_MARKS = frozenset().union(*TEAM_MARKS.values())
_GLUED_MARK = re.compile(r"^([A-Z][a-z]{2,})(F1)$")  # WilliamsF1
_PLACE_WORDS = frozenset({"in", "at", "to", "from", "near", "into", "of", "outside", "around", "toward", "towards"})
_DATELINE = re.compile(r"^[^\W\d_][^\W\d_'.\- ]{1,40}(?:,\s*[^\W\d_][^\W\d_. ]{1,30})?\s+\d{4}-\d{2}-\d{2}\s*$")
NICKNAME, PLACE, KIND = "nickname", "place", "kind"
_ARTICLES = frozenset({"The", "THE", "A", "An"})
_tables: dict[int, tuple[Gazetteer, dict]] = {}


def _key(words: str) -> str:
    return " ".join(t.key for t in tokenize(words))


def _a_place(words: list[str], gazetteer: Gazetteer) -> bool:
    phrase = " ".join(words)
    key = _key(phrase)
    return is_city(phrase, 15_000) or key in gazetteer.place_keys or key in country_parts()


def _capitalised(words: list[str]) -> bool:
    return bool(words) and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)


def short_names(name: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """(short name, which: KIND, PLACE or NICKNAME) a team's registered name gives."""
    words = name.split()
    glued = _GLUED_MARK.match(name)
    if glued:
        return [(glued.group(1), KIND)]
    if len(words) < 2:
        return []
    kind_words = [w.replace(".", "").lower() in _MARKS | _CLUB_WORDS for w in words]
    if any(kind_words) and not kind_words[0]:
        first_kind = kind_words.index(True)
        if all(kind_words[first_kind:]) and _capitalised(words[:first_kind]) and first_kind <= 2:
            return [(" ".join(words[:first_kind]), KIND)]
        return []
    for split in (2, 1):  # "Kansas City Royals": the longer place first
        place, nickname = words[:split], words[split:]
        if 1 <= len(nickname) <= 2 and _capitalised(place + nickname) and nickname[-1][-1:] in "sx" \
                and _a_place(place, gazetteer):
            # A city of a million people has teams in many sports and leagues: the one a registry holds
            # says little of the others ("London" on a rugby league page, where it holds London Wasps).
            big = is_city(" ".join(place), 1_000_000)
            return [(" ".join(nickname), NICKNAME)] + ([] if big else [(" ".join(place), PLACE)])
    return []


def _table(gazetteer: Gazetteer) -> dict[str, list[tuple[Target, str]]]:
    """Short name's key -> (team, which), once per gazetteer."""
    cached = _tables.get(id(gazetteer))
    if cached is not None and cached[0] is gazetteer:
        return cached[1]
    teams = {f.target for forms in gazetteer.index.values() for f in forms if f.target.kind == "organization"}
    table: dict[str, list[tuple[Target, str]]] = {}
    for team in sorted(teams, key=lambda t: t.id):
        for spelling in (team.name, *(getattr(team.entity, "aliases", None) or [])):
            for short, which in short_names(spelling, gazetteer):
                entry = (team, which)
                if entry not in table.setdefault(_key(short), []):
                    table[_key(short)].append(entry)
    _tables.clear()
    _tables[id(gazetteer)] = (gazetteer, table)
    return table


def _fits(entries: list[tuple[Target, str]], sport: str) -> list[Target]:
    """The teams a short name can mean on a page about `sport`: those whose names mark the sport; if
    none does, by its nickname or place, one whose name marks no sport, on a page about a sport of
    leagues (a football club's city on a rugby page is neither)."""
    marked = {team: team_sports(team) for team, _ in entries}
    own = {team for team, _ in entries if sport in marked[team]}
    if own or sport not in LEAGUE_SPORTS:
        return sorted(own, key=lambda t: t.id)
    return sorted({team for team, which in entries if which != KIND and not marked[team]}, key=lambda t: t.id)


def team_short_names(text: str, tokens: list[Token], gazetteer: Gazetteer, covered: set[int]
                     ) -> list[tuple[int, int, Target, str]]:
    """(start, end token, team, why) for each short name of exactly one registered team of the page's sport."""
    sport = pages_sport(text)
    if not sport:
        return []
    table = _table(gazetteer)
    if not table:
        return []
    out = []
    i = 0
    while i < len(tokens):
        for size in (3, 2, 1):
            end = i + size
            if end > len(tokens) or any(n in covered for n in range(i, end)):
                continue
            span = tokens[i:end]
            key = " ".join(t.key for t in span)
            if key not in table or key in gazetteer.index or not all(t.text[:1].isupper() for t in span) \
                    or any(text[a.end:b.start] != " " for a, b in zip(span, span[1:])):
                continue
            fits = _fits(table[key], sport)
            if len(fits) != 1 or _in_longer_name(text, tokens, i, end) or _on_dateline(text, span[0].start):
                continue
            team = fits[0]
            which = next(w for t, w in table[key] if t == team)
            if which != NICKNAME and _after_place_word(tokens, i):
                continue
            if which == NICKNAME and _another_team_of_nickname(text, text[span[0].start:span[-1].end], team):
                continue
            out.append((i, end, team, f"'{team.name}' by its {which if which != KIND else 'name without its kind'}"
                                      f" on a page about {sport}"))
            i = end - 1
            break
        i += 1
    return out


def _after_place_word(tokens: list[Token], i: int) -> bool:
    return i > 0 and tokens[i - 1].text.lower() in _PLACE_WORDS


def _on_dateline(text: str, offset: int) -> bool:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return bool(_DATELINE.match(text[start:end if end >= 0 else len(text)]))


def _another_team_of_nickname(text: str, nickname: str, team: Target) -> bool:
    """The page writes the nickname after a capitalised word that is not the team's place ("Leicester
    Tigers" where the registry holds the Detroit Tigers)."""
    own = {_key(w) for w in team.name.split()}
    for match in re.finditer(rf"(?<![\w-])([A-Z][\w'-]*) {re.escape(nickname)}\b", text):
        if _key(match.group(1)) not in own and match.group(1) not in _ARTICLES:
            return True
    return False


def _in_longer_name(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """A capitalised word joins the words on either side ("North Sydney", "Canberra International")."""
    before = start > 0 and text[tokens[start - 1].end:tokens[start].start] == " " \
        and tokens[start - 1].text[:1].isupper() and tokens[start - 1].text not in _ARTICLES
    after = end < len(tokens) and text[tokens[end - 1].end:tokens[end].start] == " " \
        and tokens[end].text[:1].isupper()
    return before or after


def link_team_short_names(linker: Any) -> None:
    """The linker's step: add each team a sports page names by its short name (`linker` is linker._Linker)."""
    if linker.russian:
        return
    for start, end, team, why in team_short_names(linker.text, linker.tokens, linker.gazetteer,
                                                  linker.linking.covered):
        linker.add(team, start, end, why)
