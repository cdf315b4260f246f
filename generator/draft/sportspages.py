"""On a sports page, a city's name means the city's team: "Toronto 6 KANSAS CITY 2",
"Marseille drew 1-1 with Lens". When the registry holds both an organization registered
under the city's name alone (a city's government, or a mention of the city a registry made
from every linked mention lists among organizations) and exactly one organization whose
longer name holds the city's ("Toronto Blue Jays", "Olympique de Marseille"), the linker
prefers the team there, where it would otherwise prefer the one registered under the name
as written; a team named by the city's adjective ("Hamburger SV") counts as the city's. With
two teams of one city registered ("Leeds United", "Leeds Rhinos"), the city's name on a results
page is neither the city nor a guessed team; elsewhere than on a sports page nothing changes.

On a page about another sport, a football club's city is not the club: "Bradford" on a
rugby league page is the Bulls, not Bradford City A.F.C., "Portsmouth" on a cricket page the
town. A football club is one whose registered name carries the association-football letters
("F.C.", "AFC", "C.F."); another sport's page names that sport in its first line ("RUGBY
LEAGUE - ...", "CRICKET - ..."). The club's full name there is still the club.

A sports page (sportsreading.results_page): its first line names a sport ("BASEBALL - MAJOR
LEAGUE RESULTS", "Soccer - Zorbton beat Quelvo"), or two lines or more read as results
(tables.results_rows: "Zorbton 6 Quelvo 2"); a page's sport is the one its first line names
(sportsreading.page_sport). The sports' words and teams' marks are sports.py's."""

from __future__ import annotations

from collections.abc import Callable

from .gazetteer import Target
from .lexicon import is_city
from .sports import FOOTBALL_LETTERS, FOOTBALL_NAMES, SPORT_NAMES, sports_marked
from .sportsreading import sports_reading
from .teamrole import SHARED_ROLES, role_after
from .text import Token, name_words

# Sports whose pages name football clubs' cities for other teams (not "football" itself: in
# Australia and America it is another game, but clubs named F.C. play it as often).
_OTHER_SPORTS = set(SPORT_NAMES) - FOOTBALL_NAMES


def another_sports_team(text: str, targets: list[Target], written: str) -> str:
    """Why teams whose every registered name says another sport than the page's ("KK Partizan", a
    basketball club, on a football page) are not meant by a short form of their names (one that does
    not say the sport itself) here, or ''."""
    sport = sports_reading(text).page_sport
    if not sport or not targets or sports_marked(written) or any(t.kind != "organization" for t in targets):
        return ""
    sports = [team_sports(t) for t in targets]
    if all(s and sport not in s for s in sports):
        return f"a {'/'.join(sorted(set().union(*sports)))} team's name on a page about {sport}"
    return ""


def football_club_on_another_sports_page(text: str, targets: list[Target], written: str) -> str:
    """Why a football club's one-word short form ("Bradford") is not the club on this page, or ''."""
    if not targets or " " in written or any(t.kind != "organization" or not _football_club(t.name)
                                            or t.name == written for t in targets):
        return ""
    sports = sports_reading(text).headline_sports
    if not sports or sports - _OTHER_SPORTS:
        return ""
    return f"a football club's city on a page about {'/'.join(sorted(sports))}"


def a_cars_make(text: str, tokens: list[Token], start: int, end: int, targets: list[Target],
                lookup: Callable[[str], list]) -> str:
    """Why a one-word organization's name on a page about motor racing, right before a model's name
    ("Juha Kankkunen ( Finland ) Toyota Celica", "Ennea Ferrari F40"), is not that organization, or '':
    a maker's name and a model's name the registry does not know make the name of a car. Before a
    registered name ("Williams Renault": the team and its engines) or a time it is still the team."""
    if end - start != 1 or end >= len(tokens) or not targets or any(t.kind != "organization" for t in targets):
        return ""
    written, model = tokens[start].text, tokens[end].text
    if not written[:1].isupper() or written.isupper() or text[tokens[start].end:tokens[end].start] != " " \
            or not model[:1].isupper() or not model.isalnum() or lookup(tokens[end].key):
        return ""
    if sports_reading(text).page_sport != "motor" or any("motor" in team_sports(t) for t in targets):
        return ""
    return f"a car's make before its model ('{written} {model}') on a motor-racing page, not the company"


def the_page_sports_capitals(capitals: list, as_written: list, text: str) -> list:
    """Of the registered spellings in capitals that the words written in title case also spell
    (case_rules.capitals_in_title_case: "RED STAR", a results table's), those of teams marked for the
    page's sport, where every spelling registered as written is an organization's not marked for it
    ("Red Star" of Red Star Belgrade, a football club, on a basketball page where KK Crvena zvezda is
    registered as "RED STAR"): a table's spelling then stands beside the one as written, and
    namesakes_of_the_sport prefers the page's sport's team. Else none."""
    if not capitals or any(f.target.kind != "organization" for f in (*as_written, *capitals)):
        return []
    sport = sports_reading(text).page_sport
    if not sport or any(sport in team_sports(f.target) for f in as_written):
        return []
    return [f for f in capitals if sport in team_sports(f.target)]


def _football_club(name: str) -> bool:
    return bool({w.replace(".", "").lower() for w in name.split()} & FOOTBALL_LETTERS)


def _city_and_its_teams(targets: list[Target]) -> tuple[Target | None, list[Target]]:
    """The one target registered under a city's name, and the others whose names hold it (or a word
    formed from it: "Hamburger SV", "Karlsruher SC" for Hamburg, Karlsruhe)."""
    if len(targets) < 2 or any(t.kind != "organization" for t in targets):
        return None, []
    cities = [t for t in targets if is_city(t.name, 15_000)]
    if len(cities) != 1:
        return None, []
    city = name_words(cities[0].name)
    return cities[0], [t for t in targets if t is not cities[0] and _holds(name_words(t.name), city)]


# Letters a city's one-word name takes to make its clubs' adjective ("Hamburg" -> "Hamburger").
_CITY_ADJECTIVE_ENDINGS = ("er", "r")


def _holds(words: list[str], part: list[str]) -> bool:
    if len(part) == 1 and any(w in (part[0] + e for e in _CITY_ADJECTIVE_ENDINGS) for w in words):
        return True
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))


def team_sports(target: Target) -> set[str]:
    """The sports a team's registered name, aliases and id say it plays: an id tells namesakes apart
    where their names do not ("rabobank-cycling-team" registered as "Rabobank"), as homes.py reads
    a country at an id's end."""
    return sports_marked(target.name, target.id.replace("-", " "), *(getattr(target.entity, "aliases", None) or []))


def _a_team_of(target: Target, written: str) -> bool:
    """The organization is a team: its registered names say a sport, or one is the words as written
    followed by a nickname of one or two capitalised words whose last is a plural ("Zorbton State
    Comets" for "Zorbton State")."""
    if team_sports(target):
        return True
    for spelling in (target.name, *(getattr(target.entity, "aliases", None) or ())):
        words = spelling.split()
        rest = words[len(written.split()):]
        if name_words(" ".join(words[:len(words) - len(rest)])) == name_words(written) and 1 <= len(rest) <= 2 \
                and all(w[:1].isupper() and w.isalpha() for w in rest) and rest[-1].endswith("s"):
            return True
    return False


def team_before_a_role(targets: list[Target], text: str, start: int, end: int) -> Target | None:
    """Of namesakes registered under the words at text[start:end], the one team, where a player's or a
    coach's role and its holder's name follow ("LSU coach Les Miles": the LSU Tigers, not Louisiana
    State University, registered under "LSU" too; teamrole.py); None where none or several are teams
    (three national teams all named "England" before "coach" stay for the text to decide), and where
    the role is one a company's staff hold too (teamrole.SHARED_ROLES)."""
    role = role_after(text, end) if len(targets) > 1 else ""
    if not role or role in SHARED_ROLES or not all(t.kind == "organization" for t in targets):
        return None  # "Zorbco manager Ada Vint": a company has managers too
    teams = [t for t in targets if _a_team_of(t, text[start:end])]
    return teams[0] if len(teams) == 1 else None


def namesakes_of_the_sport(targets: list[Target], text: str, start: int = 0, end: int = 0
                           ) -> tuple[list[Target], Target | None]:
    """On a page about one sport, namesakes one of which is that sport's team ("Partizan": FK Partizan
    the football club, KK Partizan the basketball club; "Rabobank" on a cycling page): the one team
    whose names say the page's sport is meant; of several, those whose names say another are left out;
    of none, the one whose names say no sport where every other's say another ("Bradford" on a rugby
    league page: Bradford Bulls, not Bradford City A.F.C.). Else the targets as they are, and the team
    a city's name means on a sports page. On any page, the one team of namesakes at text[start:end]
    where a player's or coach's role follows (team_before_a_role)."""
    team = team_before_a_role(targets, text, start, end) if end else None
    if team is not None:
        return [team], team
    sport = sports_reading(text).page_sport if len(targets) > 1 else ""
    if sport and all(t.kind == "organization" for t in targets):
        marked = {t: team_sports(t) for t in targets}
        own = [t for t in targets if sport in marked[t]]
        if len(own) == 1:
            return own, own[0]
        if own:
            return [t for t in targets if sport in marked[t] or not marked[t]], None
        # None says the page's sport, all but one say another: that one, unless it is registered under
        # a city's bare name ("Bradford" on a rugby league page: Bradford City A.F.C. is a football club).
        unmarked = [t for t in targets if not marked[t]]
        if len(unmarked) == 1 and not is_city(unmarked[0].name, 15_000):
            return unmarked, unmarked[0]
    # The one team whose name holds the name of another, a city's, is the team the city's name means
    # on a sports page.
    city, teams = _city_and_its_teams(targets)
    if not teams or not sports_reading(text).results_page:
        return targets, None
    if len(teams) > 1:
        # Two teams of the city ("Brisbane Broncos", "Brisbane Lions") and the city: the text is to
        # say which team, and on a results page the city itself is the least likely.
        return [t for t in targets if t is not city], None
    if football_club_on_another_sports_page(text, teams, ""):
        # "Leeds" on a rugby league results page: not the football club, nor, on a results page, the city.
        return [], None
    return targets, teams[0]
