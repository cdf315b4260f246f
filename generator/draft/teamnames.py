"""A team by the short name a sports page gives it: "the Yankees", "Red Sox" (New York Yankees,
Boston Red Sox: a place and a nickname), "Essex 72-0." (Essex County Cricket Club: a name and
words of the team's kind), "Williams" on a motor-racing page (WilliamsF1), "Rangers" on a football
page (Rangers F.C.).

A registered organization's name (or alias) gives its short names:
- the words before its kind's words, when every word after them is a mark of its sport or a
  club's word ("Essex" of "Essex County Cricket Club", "Williams" of "WilliamsF1", "Rangers" of
  "Rangers F.C."): read where the page's sport is the one its name marks;
- a place (a city of 15,000 people in GeoNames, a country or a country's first-level part) and a
  nickname of one or two capitalised words whose last is a plural ("Boston Red Sox", "Minnesota
  Twins"): the nickname, read where no team whose name marks the page's sport fits, on a page about
  a sport of leagues that names the team's place ("In Boston, ... the Red Sox"): a nickname is shared
  across leagues ("Rangers" of Texas on a baseball page, of New York on an ice hockey one).
Only on a page whose first line names one sport (sportsreading.page_sport), only where exactly one
registered team fits, never where the words name an entity the linker found (but an organization
registered under the one word alone that says no sport, which gives way to a team marked for the
page's sport: "Yorkshire" filed as an organization, Yorkshire County Cricket Club on a cricket page),
nor where they are a registered spelling the linker has read (not a one-word spelling in capitals,
"CUBS", where the page writes "Cubs"), unless only as a weak short form of this team's (a club's
city, one word of its longer name: "Liverpool", "Kent") left out for want of support, which the page's
sport gives, or, for a team marked for the page's sport, beside an organization registered under the
short name alone (the county "Essex" filed as an organization); the doubts it settles go. A nickname's
place is named with an abbreviation's full stop or without ("St Louis" for "St. Louis"). Never
where the words are written in lower case, stand on the dateline or inside a longer name ("North Sydney"),
nor where the page writes them after another capitalised word ("Leicester Tigers": another team
of that nickname; "Jack Charlton": a person). A team's place alone ("Canberra 30 Auckland 6") is left to the registry's
aliases: every team of a city's leagues shares it (measured: "London" on a rugby league page, the
registry holding only London Wasps); `team_places` below reads it only in a table of one code of
rugby, of a town that is no great city's, where every other club of the town says another sport.
`club_plurals` reads a table's cell that is a registered club's one-word name with a plural's "s" added
or taken away ("Zorbhoppers" for Zorbhopper Club Zorbton)."""

from __future__ import annotations

import re
from typing import Any, Callable

from .dateline import NUMERIC_DATELINE, dateline_place_end
from .gazetteer import Gazetteer, Target
from .otherwise import is_a_place
from .lexicon import is_city
from .sports import LEAGUE_SPORTS, TEAM_MARKS, generic_club_letters, rugby_code
from .sportspages import team_sports
from .teamrole import role_after
from .scorecards import goal_scorer
from .sportsreading import sports_reading
from .tables import players_clubs, result_cells, result_lines
from .text import Token, name_key

# Words of a club's kind, which a short name leaves out with its sport's marks.
_CLUB_WORDS = frozenset({"club", "county", "team", "grand", "prix", "racing", "league", "union", "football", "city",
                         "united", "athletic", "town", "rovers", "wanderers", "albion"})
_MARKS = frozenset().union(*TEAM_MARKS.values())
_GLUED_MARK = re.compile(r"^([A-Z][a-z]{2,})(F1)$")  # WilliamsF1
NICKNAME, KIND = "nickname", "kind"
_ARTICLES = frozenset({"The", "THE", "A", "An"})
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.]*(?:-[A-Z][\w'’.]*)*) $")  # not "Second-placed"
_tables: dict[int, tuple[Gazetteer, dict]] = {}


def _capitalised(words: list[str]) -> bool:
    """Capitalised words of letters, or an abbreviation's ("St.")."""
    return bool(words) and all(w[:1].isupper() and w.rstrip(".").replace("-", "").replace("'", "").isalpha()
                               for w in words)


def _kind_word(word: str) -> bool:
    return word.replace(".", "").lower() in _MARKS | _CLUB_WORDS or generic_club_letters(word)


def _club_lettered(team: Target) -> bool:
    """A registered spelling of the team carries club letters that say no sport ("RC Zorbton")."""
    return any(generic_club_letters(w) for name in (team.name, *(getattr(team.entity, "aliases", None) or []))
               for w in name.split())


def short_names(name: str, gazetteer: Gazetteer) -> list[tuple[str, str, str]]:
    """(short name, which: KIND or NICKNAME, the place a nickname follows) a team's registered name gives."""
    words = name.split()
    glued = _GLUED_MARK.match(name)
    if glued:
        return [(glued.group(1), KIND, "")]
    if len(words) < 2:
        return []
    kind = [_kind_word(w) for w in words]
    first = next((n for n, k in enumerate(kind) if not k), len(words))
    last = max((n for n, k in enumerate(kind) if not k), default=-1)
    core = words[first:last + 1]
    if any(kind) and core and not any(kind[first:last + 1]) and len(core) <= 2 and _capitalised(core):
        return [(" ".join(core), KIND, "")]  # "Essex" of Essex County Cricket Club, "Sion" of FC Sion
    for split in (2, 1):  # "Kansas City Royals": the longer place first
        place, nickname = words[:split], words[split:]
        if 1 <= len(nickname) <= 2 and _capitalised(place + nickname) and nickname[-1][-1:] in "sx" \
                and is_a_place(" ".join(place), gazetteer) and not any(kind[split:]):
            return [(" ".join(nickname), NICKNAME, " ".join(place))]
    return []


def _table(gazetteer: Gazetteer) -> dict[str, list[tuple[Target, str, str]]]:
    """Short name's key -> (team, which, place), once per gazetteer."""
    cached = _tables.get(id(gazetteer))
    if cached is not None and cached[0] is gazetteer:
        return cached[1]
    teams = {f.target for forms in gazetteer.index.values() for f in forms if f.target.kind == "organization"}
    table: dict[str, list[tuple[Target, str, str]]] = {}
    for team in sorted(teams, key=lambda t: t.id):
        for spelling in (team.name, *(getattr(team.entity, "aliases", None) or [])):
            for short, which, place in short_names(spelling, gazetteer):
                entry = (team, which, place)
                if entry not in table.setdefault(name_key(short), []):
                    table[name_key(short)].append(entry)
    _tables.clear()
    _tables[id(gazetteer)] = (gazetteer, table)
    return table


def _fits(entries: list[tuple[Target, str, str]], sport: str, text: str) -> list[Target]:
    """The teams a short name can mean on a page about `sport`: those whose names mark the sport; if
    none does, by its nickname, one whose name marks no sport, on a page about a sport of leagues that
    names the team's place (a nickname is shared across leagues: "Rangers" of Texas on a baseball
    page, of New York on an ice hockey page)."""
    marked = {team: team_sports(team) for team, _, _ in entries}
    # A rugby union page's "Harlequins" is no rugby league club's, nor the reverse.
    code = rugby_code(sports_reading(text).first_line) if sport == "rugby" else ""
    own = {team for team, _, _ in entries if sport in marked[team]
           and not (code and rugby_code(team.name, *(getattr(team.entity, "aliases", None) or [])) not in ("", code))}
    if own or sport not in LEAGUE_SPORTS:
        return sorted(own, key=lambda t: t.id)
    # A club whose letters say a club but no sport ("RC Zorbton", "SV Quelvo") plays the sport of
    # the page that names it without them, where it is the one registered team of that short name:
    # another team of any sport there ("Zorbton Rugby Club") could be meant as well.
    teams = {team for team, _, _ in entries}
    if len(teams) == 1 and all(which == KIND for _, which, _ in entries):
        team = next(iter(teams))
        if not marked[team] and _club_lettered(team):
            return [team]
    return sorted({team for team, which, place in entries if which == NICKNAME and not marked[team]
                   and _names_place(text, place)}, key=lambda t: t.id)


def _names_place(text: str, place: str) -> bool:
    """The text names the place, an abbreviation's full stop written or not ("St Louis" for "St. Louis")."""
    pattern = re.escape(place).replace(r"\.", r"\.?")
    return bool(re.search(rf"(?<![\w-]){pattern}(?![\w-])", text, re.IGNORECASE))


def _read_here(form, written: str) -> bool:
    """The linker could have read the registered spelling as written here: not a one-word spelling
    in capitals (a results table's "CUBS", "ESSEX") where the text writes the word otherwise, which
    the case rules do not match (case_rules.py), so it neither found nor doubted anything here."""
    return not (form.surface.isupper() and " " not in form.surface.strip() and not written.isupper())


def team_short_names(text: str, tokens: list[Token], gazetteer: Gazetteer, mentioned: set[int]
                     ) -> list[tuple[int, int, Target, str]]:
    """(start, end token, team, why) for each short name of exactly one registered team of the page's
    sport; `mentioned`, the tokens inside the entities the linker found."""
    sport = sports_reading(text).page_sport
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
            if end > len(tokens) or any(n in mentioned for n in range(i, end)):
                continue
            span = tokens[i:end]
            key = " ".join(t.key for t in span)
            if key not in table or not all(t.text[:1].isupper() for t in span) \
                    or any(text[a.end:b.start] != " " for a, b in zip(span, span[1:])):
                continue
            fits = _fits(table[key], sport, text)
            if len(fits) != 1 or _in_longer_name(text, tokens, i, end) or _on_dateline(text, span[0].start) \
                    or goal_scorer(text, span[0].start, span[-1].end):  # "Zorbton 3 ( Dundee 56th )": a player
                continue
            team = fits[0]
            which = next(w for t, w, _ in table[key] if t == team)
            # A registered spelling the linker has read stands, unless it is only a weak short form of
            # this team's, left out for want of support (the page's sport is that support), or, for a
            # team its name marks for the page's sport, also an organization registered under the
            # short name alone (the county "Essex" filed as an organization, beside Essex County
            # Cricket Club), as sportspages.namesakes_of_the_sport reads a city's.
            written = text[span[0].start:span[-1].end]
            if not all(f.partial and f.target == team or which == KIND and f.target.kind == "organization"
                       and name_key(f.target.name) == key for f in gazetteer.index.get(key, ())
                       if _read_here(f, written) or f.target != team):
                continue
            if _inside_another_name(text, text[span[0].start:span[-1].end], team,
                                    _another_team_read(tokens, gazetteer, mentioned, team) if which == KIND else None):
                continue
            by = "nickname" if which == NICKNAME else "name without its kind"
            out.append((i, end, team, f"'{team.name}' by its {by} on a page about {sport}"))
            i = end - 1
            break
        i += 1
    return out


def _on_dateline(text: str, offset: int) -> bool:
    """The offset is on a numeric dateline's line ("ZORBTON 1996-08-22") or in the place of a wire
    dateline opening its line ("ZORBTON, England (AP) --"): the town the story was filed from."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = end if end >= 0 else len(text)
    return bool(NUMERIC_DATELINE.fullmatch(text, start, end)) or offset - start < dateline_place_end(text[start:end])


def _inside_another_name(text: str, short: str, team: Target,
                         registered: Callable[[int, int], bool] | None = None) -> bool:
    """The page writes the short name after a capitalised word that is not of the team's name:
    another team of that nickname ("Leicester Tigers" where the registry holds the Detroit Tigers),
    a person ("Jack Charlton" beside Charlton Athletic F.C.). `registered(start, end)`, if given,
    says the longer words at those offsets are another registered team the linker read, which is
    then no unregistered namesake ("North Melbourne" beside "Melbourne" of Melbourne Football Club)."""
    own = {name_key(w) for w in team.name.split()}
    for match in re.finditer(rf"(?<![\w'-])([A-Z][^\W\d_]*) {re.escape(short)}\b", text):
        if name_key(match.group(1)) not in own and match.group(1) not in _ARTICLES \
                and not (registered and registered(match.start(1), match.end())):
            return True
    return False


def _another_team_read(tokens: list[Token], gazetteer: Gazetteer, mentioned: set[int], team: Target
                       ) -> Callable[[int, int], bool]:
    """For a name without its kind ("Melbourne" of Melbourne Football Club): the words between two
    offsets are a registered spelling of another team, every word of them inside a mention the
    linker found ("North Melbourne", North Melbourne Football Club). Two clubs of one town's parts
    share its name that way; a nickname keeps its guard ("Leicester Tigers": another team of that
    nickname, which the short name alone may mean as well)."""
    index = {t.start: n for n, t in enumerate(tokens)}

    def registered(start: int, end: int) -> bool:
        first = index.get(start)
        if first is None:
            return False
        last = first
        while last < len(tokens) and tokens[last].end < end:
            last += 1
        if last >= len(tokens) or tokens[last].end != end \
                or not all(n in mentioned for n in range(first, last + 1)):
            return False
        key = " ".join(t.key for t in tokens[first:last + 1])
        return any(f.target != team and f.target.kind == "organization" and team_sports(f.target)
                   for f in gazetteer.index.get(key, ()))
    return registered


def _in_longer_name(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """A capitalised word joins the words on either side ("North Sydney", "Canberra International",
    "Queen's Park Rangers")."""
    before = _WORD_BEFORE.search(text, max(0, tokens[start].start - 40), tokens[start].start)
    after = end < len(tokens) and text[tokens[end - 1].end:tokens[end].start] == " " \
        and tokens[end].text[:1].isupper()
    return bool(before and before.group(1) not in _ARTICLES) or after


def nicknames_before_a_role(text: str, tokens: list[Token], gazetteer: Gazetteer, mentioned: set[int]
                            ) -> list[tuple[int, int, Target, str]]:
    """(start, end token, team, why) for a team's nickname right before a player's or a coach's
    role and its holder's name ("Dolphins receiver Chad Johnson", "Mariners manager Eric Wedge"):
    on any page, since the role says the nickname is a team's, where the nickname is exactly one
    registered team's and no other short name of any team (a nickname is shared across leagues:
    two registered "Rangers" leave it alone), under the page rules above (not inside a longer
    name, not on the dateline, not after another capitalised word)."""
    table = _table(gazetteer)
    out: list[tuple[int, int, Target, str]] = []
    for i in range(len(tokens)):
        for size in (2, 1):
            end = i + size
            span = tokens[i:end]
            if end > len(tokens) or any(n in mentioned for n in range(i, end)) or out and out[-1][1] > i:
                continue
            key = " ".join(t.key for t in span)
            entries = table.get(key, [])
            if not entries or any(which != NICKNAME or team != entries[0][0] for team, which, _ in entries) \
                    or not role_after(text, span[-1].end) \
                    or not all(t.text[:1].isupper() for t in span) \
                    or any(text[a.end:b.start] != " " for a, b in zip(span, span[1:])):
                continue
            team = entries[0][0]
            written = text[span[0].start:span[-1].end]
            if not all(f.partial and f.target == team for f in gazetteer.index.get(key, ())
                       if _read_here(f, written) or f.target != team) \
                    or _in_longer_name(text, tokens, i, end) or _on_dateline(text, span[0].start) \
                    or _inside_another_name(text, text[span[0].start:span[-1].end], team):
                continue
            out.append((i, end, team, f"'{team.name}' by its nickname before a player's or coach's role"))
            break
    return out


def link_team_short_names(linker: Any) -> None:
    """The linker's step: add each team a sports page names by its short name, or any page by its
    nickname before a role (`linker` is linker._Linker)."""
    if linker.russian:
        return
    sport = sports_reading(linker.text).page_sport
    if sport:
        _link(linker, team_short_names, sport)
        _link(linker, team_places, sport)
        _link(linker, club_plurals, sport)
    _link(linker, nicknames_before_a_role)  # a role says "team" on any page


_Finder = Callable[[str, list[Token], Gazetteer, set[int]], list[tuple[int, int, Target, str]]]


def _a_place_filed_as_a_body(mention: Any) -> bool:
    """The mention is of an organization registered under the words alone, one word that says no
    sport ("Yorkshire": a county a registry made from linked mentions files as an organization)."""
    target = mention.target
    return target.kind == "organization" and " " not in target.name.strip() \
        and name_key(target.name) == name_key(mention.words) and not team_sports(target)


def _link(linker: Any, finder: _Finder, sport: str = "") -> None:
    """Add the teams `finder` reads among the words no mention covers yet, and drop the doubts
    left on the same words: the finder's reading (the page's sport, a player's role) settles them.
    On a page about `sport`, a mention of an organization registered under the word alone that says
    no sport is open too, and gives way to a team of that sport named by it without its kind
    ("Yorkshire" on a cricket page: Yorkshire County Cricket Club), as the doubt of such a place
    filed as an organization gives way (namesakes_of_the_sport reads a city's so)."""
    open_ = [m for m in linker.linking.mentions if sport and _a_place_filed_as_a_body(m)]
    starts = {m.start: m.end for m in linker.linking.mentions if m not in open_}
    mentioned, inside = set(), 0
    for n, token in enumerate(linker.tokens):  # tokens and mentions both in the text's order
        inside = max(inside, starts.get(token.start, 0))
        if token.start < inside:
            mentioned.add(n)
    added = set()
    for start, end, team, why in finder(linker.text, linker.tokens, linker.gazetteer, mentioned):
        span = linker.tokens[start].start, linker.tokens[end - 1].end
        replaced = [m for m in open_ if (m.start, m.end) == span]
        if replaced and sport not in team_sports(team):
            continue
        if not replaced and any(m.start < span[1] and span[0] < m.end for m in open_):
            continue
        linker.linking.mentions[:] = [m for m in linker.linking.mentions if m not in replaced]
        linker.add(team, start, end, why)
        added.add((linker.linking.mentions[-1].words, linker.linking.mentions[-1].line))
    if added:  # the doubts the page's sport or the role has settled
        linker.linking.doubts[:] = [d for d in linker.linking.doubts if (d.words, d.line) not in added]


# A city this large has clubs in many sports and codes (London's rugby union and rugby league sides),
# so its name alone is no one club's even on one code's page.
GREAT_CITY = 1_000_000


def team_places(text: str, tokens: list[Token], gazetteer: Gazetteer, mentioned: set[int]
                ) -> list[tuple[int, int, Target, str]]:
    """(start, end token, team, why) for a town's name alone in a results or standings table of a page
    whose first line names one code of rugby ("RUGBY LEAGUE - SUPER LEAGUE STANDINGS": "Wigan 22 19 1
    2"), naming the one registered team of a place and a nickname there ("Wigan Warriors"), which marks
    no sport, where every other registered organization the town's name names or gives a short name to
    is marked for another sport ("Wigan Athletic F.C."). A code's table names its clubs by their towns,
    and a club of the other code or another game is no cell of it; the other code's club marks nothing
    either ("Zorbton Wasps"), so two such teams of the town, or a great city (GREAT_CITY), leave it
    alone. Every guard of `team_short_names` holds: a whole cell, never the dateline nor a spelling the
    linker read."""
    reading = sports_reading(text)
    if reading.page_sport != "rugby" or not rugby_code(reading.first_line):
        return []
    cells = result_cells(text) | result_lines(text)
    if not cells:
        return []
    places: dict[str, list[Target]] = {}
    for entries in _table(gazetteer).values():
        for team, which, place in entries:
            if which == NICKNAME and team not in places.setdefault(name_key(place), []):
                places[name_key(place)].append(team)
    out = []
    for start, end in sorted(cells):
        words = text[start:end]
        first = next((n for n, t in enumerate(tokens) if t.start == start), None)
        if first is None:
            continue
        last = next((n for n in range(first, len(tokens)) if tokens[n].end == end), None)
        if last is None or any(n in mentioned for n in range(first, last + 1)) or _on_dateline(text, start):
            continue
        key = " ".join(t.key for t in tokens[first:last + 1])
        teams = places.get(key, [])
        if len(teams) != 1 or team_sports(teams[0]) or is_city(words, GREAT_CITY):
            continue
        team = teams[0]
        others = {f.target for f in gazetteer.index.get(key, ()) if f.target != team} \
            | {t for t, _, _ in _table(gazetteer).get(key, []) if t != team}
        if any(t.kind != "organization" or not team_sports(t) or "rugby" in team_sports(t) for t in others):
            continue
        out.append((first, last + 1, team, f"'{team.name}' by its place in a table of a page about rugby"))
    return out


def club_plurals(text: str, tokens: list[Token], gazetteer: Gazetteer, mentioned: set[int]
                 ) -> list[tuple[int, int, Target, str]]:
    """(start, end token, club, why) for a whole cell of a table or a players' club bracket that is one
    word, a registered club's one-word name with a plural's "s" added or taken away: English writes a
    club by its players' plural as often as by its name ("Zorbhopper Club" is "the Zorbhoppers" and
    "Zorbhoppers 2 Quelvo 1"; a registry made from one page holds the one spelling it saw). Only where
    the word as written names nothing registered, the other spelling names exactly one organization,
    and that one is a club: its full name holds a club's word or marks a sport ("Zorbhopper Club
    Zorbton"). A cell is no prose: "Rangers" in a sentence may be anyone's rangers."""
    cells = result_cells(text) | result_lines(text) | players_clubs(text)
    if not cells:
        return []
    starts = {t.start: n for n, t in enumerate(tokens)}
    out = []
    for start, end in sorted(cells):
        n = starts.get(start)
        if n is None or tokens[n].end != end or n in mentioned or _on_dateline(text, start):
            continue
        word, key = tokens[n].text, tokens[n].key
        if not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or gazetteer.index.get(key):
            continue
        other = key[:-1] if key.endswith("s") else key + "s"
        clubs = sorted({f.target for f in gazetteer.index.get(other, ())}, key=lambda t: t.id)
        if len(clubs) != 1 or clubs[0].kind != "organization" or not _a_club(clubs[0]):
            continue
        out.append((n, n + 1, clubs[0], f"'{clubs[0].name}' by its name {'in' if key.endswith('s') else 'out of'}"
                    f" the plural in a table's cell on a page about sport"))
    return out


def _a_club(target: Target) -> bool:
    """A registered name of several words, one of which is a club's kind or a sport's mark ("Club")."""
    words = target.name.split()
    return len(words) > 1 and (any(_kind_word(w) for w in words) or bool(team_sports(target)))
