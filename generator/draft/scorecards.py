"""Sports pages' tables, read for the people they name (english_surnames.py): a cricket
scorecard's dismissal names two players by surname ("c Croft b Cork": caught by one,
bowled by the other), a bowling analysis names its bowlers by surname and figures ("Cork
14.3-4-45-1": overs, maidens, runs, wickets), and a results list's entry of a rank, a surname and figures
("6. Johansson 17") names a competitor the entry says nothing else about."""

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


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end
