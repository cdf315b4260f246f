"""Two readings under which a registered organization's name means something else: a
day's or a month's name ("on Wednesday" is not Sheffield Wednesday, whose registry lists
"Wednesday"), and a registered name of two words or more that runs on into a longer
institution's name ("the Pan American Health Organization" is not Pan Am, "Pan American";
"the Red Cross Society of Zorbland" is not the Red Cross, "the New York Stock Exchange" is
not New York), or into a longer place's name by
a compass word ("the MP for West Bromwich West" is a constituency, not West Bromwich Albion)."""

from __future__ import annotations

from collections.abc import Callable

from ..dates import MONTHS
from .text import Token, is_cased_script, script_of

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_CALENDAR = {word.lower() for word in (*MONTHS, *DAYS)}
# The last word of a body's name that a registered name may begin: never a company's
# ("Boeing Company", "Siemens AG" are the registered company) nor a club's ("Arsenal Football
# Club"), nor a product's or a paper's ("Harvard University Press" is still Harvard's).
INSTITUTION_HEADS = {"organization", "organisation", "council", "committee", "commission", "association",
                     "institute", "institution", "foundation", "agency", "federation", "society", "academy",
                     "authority", "ministry", "department", "fund", "alliance", "assembly", "court", "tribunal",
                     "exchange"}
_MOST_WORDS_AFTER = 3
_COMPASS = {"north", "south", "east", "west", "central"}


def calendar_word(word: str) -> bool:
    return word.lower() in _CALENDAR


def institution_continuing(text: str, tokens: list[Token], start: int, end: int,
                           headline: Callable[[int], bool]) -> str:
    """The longer name that tokens [start, end), a registered name, open when up to three
    capitalised words follow them, the last an institution's head word ("Health
    Organization", "the London Metal Exchange", "the Zorbco Foundation"), or a compass word
    ends the run ("West Bromwich West"): another body, or a place. A one-word name too (the
    linker leaves initials alone: "UN Security Council" is the UN's own body). A headline
    capitalises every word: not there."""
    if end >= len(tokens) or script_of(tokens[start].text) != "latin" \
            or headline(tokens[start].start):
        return ""
    if _ends_with_compass(text, tokens, end):
        return text[tokens[start].start:tokens[end].end]
    for following in range(end, min(end + _MOST_WORDS_AFTER, len(tokens))):
        token = tokens[following]
        if text[tokens[following - 1].end:token.start] != " " or not is_cased_script(token.text) \
                or not token.text[:1].isupper():
            return ""
        if token.text.lower() in INSTITUTION_HEADS:
            return text[tokens[start].start:token.end]
    return ""


def _ends_with_compass(text: str, tokens: list[Token], i: int) -> bool:
    """A capitalised compass word right after the name, and no capitalised word after it."""
    if tokens[i].text.lower() not in _COMPASS or not tokens[i].text[:1].isupper() \
            or text[tokens[i - 1].end:tokens[i].start] != " ":
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is None or text[tokens[i].end:after.start] != " " or not after.text[:1].isupper()
