"""One reading of a text for sport, made once per text, which each rule asks by the question it has.

Two questions look alike and are not:
- `results_page`: is this a sports results page, where a city's name in a row means its team
  ("Toronto 6 KANSAS CITY 2")? Its first line names a sport ("BASEBALL - MAJOR LEAGUE RESULTS",
  "Soccer - Zorbton beat Quelvo"), or two lines or more read as results (tables.results_rows:
  "Zorbton 6 Quelvo 2"). There the linker prefers a city's one team over the city's namesake
  organization (sportspages.namesakes_of_the_sport): a strong reading, kept to pages a reader would call
  sports pages.
- `about_sport`: does this text talk sport at all, in results or in prose ("Freiburg beat
  Wolfsburg in the Bundesliga ... the coach ... two goals")? Its first line names a sport, or it
  uses four of sport's words (sports.REPORT_WORDS); a news story may use a few ("Clinton played
  golf", "the fans", "won the title"). There a team's place written as the team's registered alias
  is left to the linker's evidence rather than read as the place (placealiases.a_teams_place).
  Asking `results_page` instead loses prose match reports' clubs (measured in the eighth round:
  DWIE dev organizations recall 0.918 -> 0.869).
And two that follow from the first line alone: `headline_sports`, the words of it naming sports or
leagues, and `page_sport`, the one sport they name, which tells namesake teams apart ("Partizan" on
a basketball page: sportspages.py, teamnames.py).

Each part is read lazily, once per text: a text whose rules never ask is never scanned for results."""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from .sports import CAREER_WORDS, REPORT_WORDS, REPORT_WORDS_NEEDED, headline_sports, sports_named
from .tables import results_rows

_WORD = re.compile(r"[^\W\d_]+")
RESULTS_ROWS_NEEDED = 2


class SportsReading:
    """What a text says of sport; `sports_reading(text)` gives the one reading of each text."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def first_line(self) -> str:
        return self.text.lstrip().split("\n", 1)[0]

    @cached_property
    def headline_sports(self) -> frozenset[str]:
        """The first line's words (lower case) that name a sport or a league ("soccer", "nba")."""
        return headline_sports(self.first_line)

    @cached_property
    def page_sport(self) -> str:
        """The one sport the first line names ("SOCCER - YUGOSLAV LEAGUE RESULTS": football), or ''."""
        sports = sports_named(self.headline_sports)
        return next(iter(sports)) if len(sports) == 1 else ""

    @cached_property
    def results_rows(self) -> int:
        """Lines that read as results (tables.results_rows)."""
        return results_rows(self.text)

    @cached_property
    def report_words(self) -> frozenset[str]:
        """The words of sport's reports the text uses (sports.REPORT_WORDS: "coach", "goals")."""
        return REPORT_WORDS.intersection(w.lower() for w in _WORD.findall(self.text))

    @cached_property
    def career_words(self) -> frozenset[str]:
        """The words of a player's or a coach's career the text uses (sports.CAREER_WORDS: "manager")."""
        return CAREER_WORDS.intersection(w.lower() for w in _WORD.findall(self.text))

    @cached_property
    def results_page(self) -> bool:
        """A sports results page: a city's name in it means its team."""
        return bool(self.headline_sports) or self.results_rows >= RESULTS_ROWS_NEEDED

    @cached_property
    def about_sport(self) -> bool:
        """A text about sport, in results or in prose: a team's place may be the team."""
        return bool(self.headline_sports) or len(self.report_words) >= REPORT_WORDS_NEEDED


@lru_cache(maxsize=64)
def sports_reading(text: str) -> SportsReading:
    """The one reading of `text` (every rule of one draft shares it)."""
    return SportsReading(text)
