"""Results tables and match reports: where a club's city or a word is the club.

A results page names its clubs by their cities and counties ("Leicester 0 Arsenal 2",
"Somerset 236-4 ( M. Lathwell 85 ).", "Bury v Bristol City, Crewe v Watford,"), where prose
would say "in Leicester" or "the arsenal". There a name alone in its cell is the team, not
the place or the word: a registered organization named so needs no other support
(linker.needs_evidence), like a name with "club" beside it. Not:
- an organization registered under a city's bare name ("Toronto": the city's government, or
  the city itself filed as an organization), which a cell names no more than prose does;
- a club whose registered name names another sport than the text ("Wigan Athletic F.C." in a
  rugby league table, where the registry lacks the rugby club of that city);
- an alias that is a place's name (otherwise.place_alias: "MINNESOTA" of the Minnesota Twins),
  unless the table is a league's the registry holds: nearly every cell (9 in 10, of at least 8)
  names a registered organization. A US city's teams play in several leagues, and a basketball
  table's "MINNESOTA" is no baseball club; but that table's other cells ("ORLANDO",
  "CHARLOTTE") name clubs the registry lacks (measured: held-out precision fell when every
  table's place was read as a club).

A cell is a whole run of one to four capitalised words that opens its line (after a label
ending in a colon, "At Cardiff: Kent 128-1") or follows a score, and is followed by a score
(up to three digits, "236-4", ".571"; not a date, nor a quantity or a price such as "1,453"
or "5,710.53": a cargo or a market table lists cities), on a line of nothing but cells and
scores (and a bracket); or a name on either side of "v", "vs" or "at" in a line of fixtures.
Only in a table: at least three such lines; or one match's result alone on its line, two teams each
with its goals ("Plymouth 2 Preston 1"). A cricket score's batsmen, in brackets, are no cells, but
the other side after them is ("Warwickshire 195 ( A. Giles 50 ), Surrey 82-0."), and so is the side
still to bat at the line's end ("Nottinghamshire 40-3 v Kent"). Only the whole cell counts: "York" inside "NEW
YORK 72 54" is no cell, nor is "Sheffield" of "Sheffield Wednesday 2".

A list of players names each one's club in a bracket after his full name ("Thierry Zorbel ( Monaco ),
Anton Quelvic ( Lens )"): on a page whose first line names a sport, with three such brackets or more,
each bracket is a cell too, but no league table's (a place alias stays a place there).

In prose (shortforms.py), a club's city in a sentence that states one match's result ("beat
Groningen 4-1"; not a tennis player's sets, "6-4 6-2") or before a player's role ("Liverpool
striker Mark Kennedy") is the club, as in a text about clubs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .gazetteer import Gazetteer, Target
from .lexicon import is_city
from .sports import PLAYER_ROLES, headline_sports, sports_keyed, sports_marked
from .text import Token, token_key

MIN_ROWS = 3
LEAGUE_SHARE = 0.9  # of a table's cells naming registered organizations, for a place's name to be a club
MIN_LEAGUE_CELLS = 8
_WORD = r"[^\W\d_][\w'’.&]*(?:-[^\W\d_][\w'’.&]*)*"
_NAME = rf"(?:{_WORD})(?: {_WORD}){{0,3}}"
# A score, a result or a table's figure: "2", "236-4", "27 1/2", ".571"; not "1,453" nor "5,710.53"
# (a quantity, a price: the cities of a cargo or a market table) nor a date ("1996-08-23").
_SCORE = r"(?:\d{1,3}(?:-\d{1,3})?|\d/\d|\.\d{3}|-)"
_LABEL = r"(?:[^:\n]{1,40}:[ \t]+)?"
# A line of cells and scores, ending in nothing more than a bracket (a cricket score's batsmen) or a stop.
_ROW = re.compile(rf"^{_LABEL}(?:{_NAME} {_SCORE}(?: {_SCORE})*(?: |$|(?=[.;]$)))+(?:\(.*|[.;]|v {_NAME}\.?)?$", re.M)
_CELL = re.compile(rf"(?:^{_LABEL}|(?<= ))({_NAME}) (?={_SCORE}(?: |$|[.;]$))", re.M)
_BRACKET = re.compile(r"\([^()\n]*\)?")
_OPPONENT = re.compile(rf"(?<= )v ({_NAME})\.?$")
# One match's result alone on its line: two teams, each with its goals (up to 19), a bracket of scorers
# or of the half-time score after either ("Plymouth 2 Preston 1", "Hansa 1 ( Dundee 22nd ) Cologne 3").
_GOALS = r"1?\d(?: \([^()\n]*\))?"
_RESULT_LINE = re.compile(rf"^({_NAME}) {_GOALS} ({_NAME}) {_GOALS}\.?$", re.M)
# A player's club in a bracket right after his full name, on a list of players ("Thierry Zorbel ( Monaco )"):
# two to four capitalised words, the last not in capitals (a name, not a headline's word), then a bracket
# holding nothing but a name. A wire's lines are wrapped at a fixed width, so the bracket may open the next
# line ("Xavier Zorbel\n( Marseille )"): the name and its bracket are still one entry of the list.
_PLAYERS_CLUB = re.compile(rf"(?<![\w.'’-])(?:[A-Z][\w'’.-]* ){{1,3}}[A-Z][\w'’-]*[a-z][\w'’-]*[ \n]\( ?({_NAME}) ?\)")
# A fixture alone on its line, or one of a list of them ("Bury v Bristol City, Crewe v Watford,").
_FIXTURE = re.compile(rf"(?:^|(?<=, ))({_NAME}) (?:v|vs\.?|at|AT) ({_NAME})(?=,|\.?$)", re.M)


def result_cells(text: str) -> set[tuple[int, int]]:
    """Character spans of the team cells of a text's results table (empty when it has none)."""
    cells: dict[int, list[tuple[int, int]]] = {}  # line start -> cells
    for row in _ROW.finditer(text):
        # A cricket score's batsmen, in brackets, are no teams; the other side's score may follow them
        # ("Warwickshire 195 ( A. Giles 50 ), Surrey 82-0."), and so may the side still to bat ("v Kent").
        line = _BRACKET.sub(lambda m: " " * len(m.group()), row.group())
        spans = [(row.start() + m.start(1), row.start() + m.end(1)) for m in _CELL.finditer(line)
                 if _capitalised(m.group(1))]
        spans += [_without_stop(text, (row.start() + m.start(1), row.start() + m.end(1)))
                  for m in _OPPONENT.finditer(line) if _capitalised(m.group(1))]
        if spans:
            cells[row.start()] = spans
    for match in _FIXTURE.finditer(text):
        if _capitalised(match.group(1)) and _capitalised(match.group(2)):
            cells.setdefault(text.rfind("\n", 0, match.start()) + 1, []).extend(
                [_without_stop(text, match.span(1)), _without_stop(text, match.span(2))])
    if len(cells) < MIN_ROWS:
        return set()
    return {span for spans in cells.values() for span in spans}


def result_lines(text: str) -> set[tuple[int, int]]:
    """Character spans of the two teams of each match's result alone on its line ("Plymouth 2
    Preston 1"), a results table of one row: a report's first line or a short results page."""
    return {match.span(n) for match in _RESULT_LINE.finditer(text)
            if _capitalised(match.group(1)) and _capitalised(match.group(2)) for n in (1, 2)}


@lru_cache(maxsize=4)
def players_clubs(text: str) -> frozenset[tuple[int, int]]:
    """Character spans of the brackets of a list of players that hold their clubs ("Thierry Zorbel
    ( Monaco ), Anton Quelvic ( Lens )"): on a page whose first line names a sport, at least three
    brackets right after a person's full name. Each bracket is one cell, the player's club (or his
    country: ResultCells.without_the_country tells a list of clubs from one of nations)."""
    first_line = text.lstrip().split("\n", 1)[0]
    if not headline_sports(first_line):
        return frozenset()
    spans = frozenset(m.span(1) for m in _PLAYERS_CLUB.finditer(text) if _capitalised(m.group(1)))
    return spans if len(spans) >= MIN_ROWS else frozenset()


def results_rows(text: str) -> int:
    """How many lines of a text read as results: a table's row of two cells or more, or one match's
    result alone on its line ("Zorbton 6 Quelvo 2")."""
    rows = {text.rfind("\n", 0, m.start()) for m in _RESULT_LINE.finditer(text)}
    for row in _ROW.finditer(text):
        line = _BRACKET.sub(lambda m: " " * len(m.group()), row.group())
        if sum(1 for _ in _CELL.finditer(line)) + sum(1 for _ in _OPPONENT.finditer(line)) >= 2:
            rows.add(text.rfind("\n", 0, row.start()))
    return len(rows)


def _without_stop(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A name without the full stop that ends its line ("Dundee."), not an abbreviation's ("F.C.")."""
    start, end = span
    last = text[start:end].rsplit(" ", 1)[-1]
    return (start, end - 1) if last.endswith(".") and last.count(".") == 1 else span


def _capitalised(name: str) -> bool:
    return all(word[:1].isupper() for word in name.split())


class ResultCells:
    """A text's results cells, read once per text."""

    def __init__(self, text: str, tokens: list[Token], gazetteer: Gazetteer):
        self.tokens, self.gazetteer = tokens, gazetteer
        self.text, self.cells, self._share = text, result_cells(text) | result_lines(text), None
        # A list of players' clubs is read like a table's cells, but is no league's table (_known_share).
        self.clubs = players_clubs(text)
        self.sports = sports_keyed(token.key for token in tokens) if self.cells or self.clubs else frozenset()

    def is_cell(self, start: int, end: int) -> bool:
        """Tokens start..end (end exclusive) are a whole cell of a results table or a player's club."""
        span = (self.tokens[start].start, self.tokens[end - 1].end)
        return bool(self.cells or self.clubs) and (span in self.cells or span in self.clubs)

    def team(self, start: int, end: int, target: Target) -> bool:
        """The cell at tokens start..end names the organization `target` as a team: one registered
        under a longer name than its city ("Toronto Blue Jays" for "TORONTO"), not one registered
        under a city's bare name ("Toronto": the city's government, or the city itself filed as an
        organization), which a table's cell does not name any more than prose does; and not a club
        whose registered name says it plays another sport than the text names ("Wigan Athletic
        F.C." in a rugby league table: the registry lacks the rugby club of that city)."""
        if target.kind != "organization" or not self.is_cell(start, end) or is_city(target.name, 15_000):
            return False
        plays = sports_marked(target.name)
        return not (plays and self.sports and not plays & self.sports)

    def league_team(self, start: int, end: int, target: Target) -> bool:
        """The cell at tokens start..end names `target` as a team although its alias is a place's
        ("MINNESOTA" of the Minnesota Twins), because the text's table is a league's: nearly every
        cell of it names a registered organization. A table of another league, whose clubs the
        registry does not hold, has cells that name none ("ORLANDO", "CHARLOTTE" of a basketball
        table beside the "NEW YORK" of a baseball club), and there a place stays a place."""
        in_table = (self.tokens[start].start, self.tokens[end - 1].end) in self.cells  # not a player's club
        return in_table and self.team(start, end, target) and self._known_share() >= LEAGUE_SHARE

    def without_the_country(self, start: int, end: int, targets: list[Target]) -> list[Target]:
        """A cell that is a country's name and a team's (AS Zorbaco FC's "Monaco" in "Guingamp 2
        Monaco 1") names the team where no other cell of the text's tables names a country: a table
        of clubs, where a country does not play; in a table of national sides ("Italy 2 Monaco 1"),
        or with no team that could play in the cell, the targets stay as they are."""
        countries = [t for t in targets if t.kind == "country"]
        teams = [t for t in targets if t.kind == "organization" and self.team(start, end, t)]
        if len(countries) != 1 or len(teams) != 1 or len(targets) != 2 or self._country_cells() > 1:
            return targets
        return teams

    def _country_cells(self) -> int:
        """How many different names in the text's cells are a country's (the cell asked about among them)."""
        keys = {" ".join(token_key(w) for w in self.text[s:e].split()) for s, e in self.cells | self.clubs}
        return sum(any(f.target.kind == "country" for f in self.gazetteer.index.get(k, ())) for k in keys)

    def _known_share(self) -> float:
        """The share of the table's cells that name a registered organization (0 in a short table)."""
        if self._share is None:
            gazetteer = self.gazetteer
            keys = [" ".join(token_key(w) for w in self.text[s:e].split()) for s, e in self.cells]
            known = sum(any(f.target.kind == "organization" for f in gazetteer.index.get(k, ())) for k in keys)
            self._share = known / len(keys) if len(keys) >= MIN_LEAGUE_CELLS else 0.0
        return self._share


# A match's result in prose: "beat Groningen 4-1", "a 3-0 victory over Volendam"; not a date
# ("1996-08-23"), a span of years ("1914-18") nor a range ("0-50 cents": sides up to 19).
_RESULT = re.compile(r"(?<![\d./-])1?\d-1?\d(?![\d/-]|\.\d)")
_SENTENCE = re.compile(r"[.!?…]['\"”’»)]*\s|\n")


def result_in_sentence(text: str, start: int, end: int) -> bool:
    """The sentence holding text[start:end] states one match's result: a club's city there is the
    club. Not two or more: a tennis player's sets ("beat Maleeva 6-4 6-2", a Wimbledon champion)."""
    bounds = _sentence_bounds(text)
    n = bisect_right(bounds, start)
    sentence = text[bounds[n - 1] if n else 0:bounds[n] if n < len(bounds) else len(text)]
    return len(_RESULT.findall(sentence)) == 1


@lru_cache(maxsize=4)
def _sentence_bounds(text: str) -> list[int]:
    """Where a text's sentences end (a stop and the space after it, or a line's end), once per text."""
    return [m.end() for m in _SENTENCE.finditer(text)]


# A player's or a coach's role (sports.PLAYER_ROLES) right after a club's city: "Liverpool striker
# Mark Kennedy", "Chelsea defender Terry Phelan", "Middlesbrough's Italian striker".
_ROLE_AFTER = re.compile(r"(?:'s?|’s?)?(?: [A-Z][a-z]+)? ([a-z]+)\b")


# A club's followers, as its players are: "Zorbton fans". Not "people" nor "residents": a city has those.
_FOLLOWERS = frozenset({"fans", "supporters"})


def role_after(text: str, end: int) -> bool:
    """A player's or coach's role, or the club's fans, follows the name ending at `end` (a
    nationality may stand between)."""
    following = _ROLE_AFTER.match(text, end)
    return bool(following) and following.group(1) in PLAYER_ROLES | _FOLLOWERS


def match_report_cue(text: str, start: int, end: int, targets) -> bool:
    """A club's city at text[start:end] stands in a sentence stating one result or before a player's
    role, and names only organizations registered under more than a city's bare name (not "Milan"
    filed as an organization, in "AC Milan midfielder")."""
    return (result_in_sentence(text, start, end) or role_after(text, end)) \
        and not any(is_city(t.name, 15_000) for t in targets)


def within_a_players_club(text: str, start: int, end: int) -> bool:
    """text[start:end] is a part of a player's club's bracket, not the whole (players_clubs): "Milan" of
    "Ciriaco Zorbel ( Inter Milan )", where the whole bracket is one name."""
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in players_clubs(text))
