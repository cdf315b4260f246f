"""The sports, in one place: the words that name one in a text ("SOCCER - ...", "England national
rugby union team", "NBA"), the marks of a team's registered name that say which one it plays
("F.C.", "KK", "Scuderia", "County Cricket Club"), and the words of sport's reports ("coach",
"goals"). sportsreading.py reads a text's sport by the first and the last, otherwise.py a national
team's by both of the first, tables.py a table's and a club's by both."""

from __future__ import annotations

import re

from .text import token_key

# A word naming a sport -> the sport as teams' names mark it ('': a word that names a sport or a
# league but no mark of a team's name: "racing" is horses' as often as cars', the NFL's football
# is not the F.C.s').
SPORT_NAMES: dict[str, str] = {
    "football": "football", "soccer": "football", "futsal": "football", "rugby": "rugby", "cricket": "cricket",
    "hockey": "hockey", "basketball": "basketball", "baseball": "baseball", "handball": "handball",
    "volleyball": "volleyball", "cycling": "cycling", "motor": "motor", "rallying": "motor", "golf": "golf",
    "tennis": "tennis", "athletics": "athletics", "boxing": "boxing", "skiing": "skiing", "swimming": "swimming",
    "netball": "netball", "polo": "polo", "lacrosse": "lacrosse", "softball": "softball", "curling": "curling",
    "chess": "chess", "darts": "darts", "snooker": "snooker", "bandy": "bandy",
    "racing": "", "nfl": "", "nba": "", "nhl": "",
    # Two words that name a sport neither names alone ("AUSTRALIAN RULES - AFL RESULTS"): its clubs'
    # names say "Football Club" (Zorbton Football Club), so their mark is football's.
    "australian rules": "football",
}
# Their token keys (text.token_key): otherwise.py compares them with a text's and a name's keys.
SPORT_NAME_KEYS = frozenset(token_key(w) for w in SPORT_NAMES)
# Words naming association football, whose clubs' names carry its letters.
FOOTBALL_NAMES = frozenset(w for w, sport in SPORT_NAMES.items() if sport == "football")
FOOTBALL_LETTERS = frozenset({"fc", "afc", "cf", "cfc"})

# Words of a team's registered name or alias that say its sport: a club's letters ("FK", "KK":
# the football and the basketball club of the Yugoslav clubs' names; "F.C."), a sport's word
# in a club's name in its own language ("Pallacanestro"), or a team's kind ("Cycling Team").
TEAM_MARKS: dict[str, frozenset[str]] = {sport: frozenset(marks) for sport, marks in {
    "football": FOOTBALL_LETTERS | {"fk", "ofk", "nk", "sk", "football", "soccer", "calcio", "futbol", "fútbol",
                                    "fussball"},
    "basketball": {"kk", "bc", "bk", "basketball", "pallacanestro", "baloncesto", "basket"},
    "rugby": {"rugby", "rfc", "rlfc", "rufc"},
    "cycling": {"cycling", "cyclisme"},
    "motor": {"formula", "scuderia", "f1", "motorsport", "motorsports", "prix"},
    "cricket": {"cricket", "ccc"},
    "hockey": {"hockey"},
    "baseball": {"baseball"},
    "volleyball": {"volleyball", "pallavolo"},
    "handball": {"handball"},
}.items()}

# Letters of a sports club that say no sport: "RC" (Racing Club), "SV" (Sportverein), "AS" (Association
# Sportive), "VfB" (Verein für Bewegungsspiele). They say "a club" as "F.C." does, but "RC Zorbton" may
# play football or rugby, so they mark none (sports_marked); teamnames.py reads a club named so by its
# other words only where no other registered team has that short name. Counted only as written in a
# name, with two capitals or more ("AS", not the word "as").
GENERIC_CLUB_LETTERS = frozenset({"rc", "sv", "as", "sc", "ogc", "vfb", "vfl", "tsv", "tsg", "ac", "us", "ss", "cd",
                                  "ud", "sd", "ca", "spvgg", "rsc"})


def generic_club_letters(word: str) -> bool:
    """`word` is club letters that say no sport ("RC", "S.V.", "VfB"), as a club's name writes them."""
    letters = word.replace(".", "")
    return letters.lower() in GENERIC_CLUB_LETTERS and sum(ch.isupper() for ch in letters) >= 2


# Sports of clubs in leagues, whose teams a registry may name by a place and a nickname without
# their sport ("Boston Red Sox", "Canberra Raiders"); not cycling's or motor racing's teams, nor cricket's
# (counties and countries, "Essex County Cricket Club").
LEAGUE_SPORTS = frozenset({"football", "rugby", "hockey", "basketball", "baseball", "handball",
                           "volleyball", "netball", "lacrosse", "softball", "bandy"})


# Letters that mark their sport only before the club's name ("BC Quelvo", a basketball club, as Eastern
# European clubs are named); after it they are another club's ("Atalanta B.C.": Bergamasca Calcio).
_LEADING_ONLY = frozenset({"bc"})


def sports_marked(*names: str) -> set[str]:
    """The sports the words of `names` mark ("Zorbton F.C." football, "KK Quelvo" basketball)."""
    words = {w for n in names for i, w in enumerate(w.replace(".", "").lower() for w in n.split())
             if i == 0 or w not in _LEADING_ONLY}
    words |= {w[-2:] for w in words if w.endswith("f1") and len(w) > 4}  # letters glued on: "WilliamsF1"
    return {sport for sport, marks in TEAM_MARKS.items() if words & marks}


# Rugby's two codes, which teams play apart: a union side is not meant on a league page, nor the reverse.
_RUGBY_CODES = {"union": "union", "league": "league", "rufc": "union", "rlfc": "league"}


def rugby_code(*names: str) -> str:
    """The code of rugby the words say ("RUGBY UNION - ...", "Zorbton Rugby League", "Zorbton RLFC"):
    'union', 'league', or '' where they say none or both."""
    codes = set()
    for name in names:
        words = [w.replace(".", "").lower() for w in name.split()]
        codes |= {_RUGBY_CODES[b] for a, b in zip(words, words[1:]) if a == "rugby" and b in ("union", "league")}
        codes |= {_RUGBY_CODES[w] for w in words if w in ("rufc", "rlfc")}
    return next(iter(codes)) if len(codes) == 1 else ""


_WORD = re.compile(r"[^\W\d_]+")


def headline_sports(line: str) -> frozenset[str]:
    """A headline's words (lower case) that name a sport or a league ("soccer", "nba", "australian rules")."""
    words = [w.lower() for w in _WORD.findall(line)]
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:])]  # a sport of two words: "australian rules"
    return frozenset(words + pairs) & SPORT_NAMES.keys()


def sports_named(words) -> set[str]:
    """The sports the words name ("SOCCER" football; not "NBA", a league), lower-cased words in."""
    return {SPORT_NAMES[w] for w in words if SPORT_NAMES.get(w)}


# Token keys (text.token_key: "rugbi") of the words that name a sport or mark a team's -> the sport.
SPORT_KEYS: dict[str, str] = {**{token_key(mark): sport for sport, marks in TEAM_MARKS.items() for mark in marks},
                              **{token_key(word): sport for word, sport in SPORT_NAMES.items() if sport}}


# Words of sport's reports: a text using four of them or more is about sport ("Freiburg beat Wolfsburg
# in the Bundesliga ... the coach ... two goals"), where a city's name may be its club's. A news story
# may use a few ("Clinton played golf", "the fans", "won the title").
REPORT_WORDS = frozenset({
    "football", "soccer", "baseball", "basketball", "hockey", "rugby", "cricket", "tennis", "golf", "league",
    "bundesliga", "goal", "goals", "scored", "striker", "midfielder", "goalkeeper", "defender", "coach", "stadium",
    "match", "matches", "tournament", "championship", "inning", "innings", "pitcher", "homer", "playoff",
    "playoffs", "club", "clubs", "cup", "derby", "penalty", "fans", "referee", "sport", "sports", "player",
    "players", "team", "teams", "game", "games", "season", "win", "won", "beat", "defeat", "victory", "champions",
    "title"})
REPORT_WORDS_NEEDED = 4

# Words of a player's or a coach's career: news that talks sport in prose uses them ("his time as
# manager", "signed for", "left on the bench") where it names clubs by their places without four
# of the report words ("who worked with him at Zorbton, Quelvo and Examplia").
CAREER_WORDS = frozenset({
    "coach", "coached", "coaching", "manager", "managed", "striker", "midfielder", "defender", "goalkeeper",
    "winger", "signed", "signing", "joined", "joining", "transfer", "loan", "bench", "benched", "squad", "season"})


def sports_keyed(keys) -> frozenset[str]:
    """The sports token keys name or mark ("soccer" and "F.C." are football, "RLFC" rugby): tables.py
    reads a results table's sport so, from every word of its text."""
    return frozenset(SPORT_KEYS[key] for key in keys if key in SPORT_KEYS)


# A player's or a coach's role, which makes the club's city before it the club ("Zorbton striker").
PLAYER_ROLES = frozenset({"striker", "strikers", "defender", "defenders", "midfielder", "midfielders", "goalkeeper",
                          "goalkeepers", "winger", "wingers", "playmaker", "fullback", "sweeper", "coach", "manager",
                          "skipper", "keeper", "keepers", "captain"})
