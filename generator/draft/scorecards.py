"""Sports pages' tables, read for the people they name (english_surnames.py): a cricket
scorecard's dismissal names two players by surname ("c Croft b Cork": caught by one,
bowled by the other), a bowling analysis names its bowlers by surname and figures ("Cork
14.3-4-45-1": overs, maidens, runs, wickets), and a results list's entry of a rank, a surname and figures
("6. Johansson 17") names a competitor the entry says nothing else about. A team's line-up
names its players by surname in a line of its own ("Given, Breen, Staunton, Irwin, Quinn."), every
word capitalised like a headline's, but a list, not a headline. A match result's bracket after a
team's goals names the scorers, each by surname and the minutes of the goals ("Zorbton 3 ( Quelvo
12th, Vexley 56th 71st )"): a word there before a minute is a player, whatever else it names (a
city: a player may be named like one). A pair of numbers in a bracket right after a name is a
player's record ("Hanson ( 11-15 ) allowed three hits": a pitcher's wins and losses; "Millns ( 2-24 )":
a bowler's wickets and runs) or a runner's odds, and the name a player's or a horse's."""

from __future__ import annotations

import re

from .text import Token, line_start

# A dismissal names its bowler after a "b" ("c Zorbson b Quillstrand", "lbw b Vexley").
_BOWLED = re.compile(r"(?:^|\s)b\s+[^\W\d_]")
_JOINERS = (" ", "\xa0")
_FIGURES = re.compile(r"\s+\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}(?![\d-])")
# A line that is a rank, one word and figures or nothing: an entry of a results list.
_RANKED = re.compile(r"[ \t]*\d{1,3}\.?[ \t]+[^\W\d_][\w'\u2019-]*(?:[ \t]+\d|[ \t]*$)", re.M)


def dismissal(text: str, tokens: list[Token], i: int) -> bool:
    """tokens[i] follows a dismissal's "c", "b" or "st" on a line that names a bowler."""
    token = tokens[i]
    return i > 0 and tokens[i - 1].text in ("c", "b", "st") and text[tokens[i - 1].end:token.start] in _JOINERS \
        and bool(_BOWLED.search(text, line_start(text, token.start), _line_end(text, token.end)))


def bowling_figures(text: str, token: Token) -> bool:
    """The word is followed by a bowler's figures: "Cork 3-0-15-0", "Zorbson 14.3-4-45-1"."""
    return bool(_FIGURES.match(text, token.end))


def ranked_entry(text: str, offset: int) -> bool:
    """The line at `offset` is a results list's entry: "2. Zorbson", "6. Zorbson 17"."""
    return bool(_RANKED.match(text, line_start(text, offset)))


# A line-up's entry: one name word, after a particle or not ("de Silva", "O'Neill", "van Vossen").
_ENTRY = re.compile(r"(?:(?:de|da|van|von|der|del|di|le|la)\s+)*[^\W\d_][\w'\u2019-]*")
_LABEL = re.compile(r"[^\n:]{1,40}:\s*")  # "Ireland: ", "Team: ": what the line-up is of
_BRACKETED = re.compile(r"\s*\([^()\n]*\)")  # a substitute and the minute: "McCoist ( Durie 75th )"
LINE_UP_ENTRIES = 4  # fewer names in a row are a headline's ("Zorbson, Quelvo Win")
LINE_UP_FOUND = 2  # the entries already read as people the text names (their full names found)


def line_up(text: str, offset: int, people: list[tuple[int, int]]) -> bool:
    """The line at `offset` is a team's line-up: after an optional label and a colon, four names or
    more, each one capitalised word (a particle aside: "de Silva"), in a list parted by commas (an
    "and" before the last; a bracketed substitute beside one), ending in a full stop or nothing, and
    two of them or more already found as people the text names (the players it named in full
    before). A title-case line so is a list of surnames, not a headline whose capitals say nothing."""
    start = line_start(text, offset)
    line = text[start:_line_end(text, offset)]
    label = _LABEL.match(line)
    body_at = label.end() if label and "," not in label.group() else 0
    body = _BRACKETED.sub("", line[body_at:]).strip().rstrip(".").strip()
    entries = [e.strip() for e in re.split(r",\s*(?:and\s+)?|\s+and\s+", body)]
    if len(entries) < LINE_UP_ENTRIES or not all(_ENTRY.fullmatch(e) and e.split()[-1][:1].isupper() for e in entries):
        return False
    found = sum(1 for a, b in people if start + body_at <= a and b <= start + len(line))
    return found >= LINE_UP_FOUND


# A goal's minute after the scorer: "56th", "18th minute", "90th penalty", "45th pen".
_MINUTE = re.compile(r"\s+\d{1,3}(?:st|nd|rd|th)\b")
# The bracket of scorers a team's goals open: "Zorbton 3 (", across a wrapped line too.
_SCORERS_OPEN = re.compile(r"(?:^|\s)\d{1,2}\s*\(([^()]*)$")
_SCORERS_REACH = 160  # characters back to the bracket's opening: a wrapped line's worth


def goal_scorer(text: str, start: int, end: int) -> bool:
    """The words at [start, end) are a goal's scorer: before a minute ("Vexley 56th"), inside a
    bracket still open that follows a team's goals ("Zorbton 3 ( Quelvo 12th, Vexley 56th )")."""
    if not _MINUTE.match(text, end):
        return False
    opened = _SCORERS_OPEN.search(text, max(0, start - _SCORERS_REACH), start)
    return opened is not None


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


# A player's record in a bracket after the name: "( 11-15 )", "(2-24)".
_RECORD = re.compile(r" ?\( ?\d{1,2}-\d{1,3} ?\)")


def players_record(text: str, end: int) -> bool:
    """The words ending at `end` are followed by a pair of numbers in a bracket: a pitcher's wins and
    losses, a bowler's wickets and runs, a horse's odds ("Hanson ( 11-15 ) allowed three hits")."""
    return bool(_RECORD.match(text, end))
