"""Sports pages' tables, read for the people they name (english_surnames.py): a cricket
scorecard's dismissal names two players by surname ("c Croft b Cork": caught by one,
bowled by the other), and a results list's entry of a rank, a surname and figures
("6. Johansson 17") names a competitor the entry says nothing else about."""

from __future__ import annotations

import re

from .text import Token, line_start

# A dismissal names its bowler after a "b" ("c Zorbson b Quillstrand", "lbw b Vexley").
_BOWLED = re.compile(r"(?:^|\s)b\s+[^\W\d_]")
_JOINERS = (" ", "\xa0")
# A line that is a rank, one word and figures or nothing: an entry of a results list.
_RANKED = re.compile(r"[ \t]*\d{1,3}\.?[ \t]+[^\W\d_][\w'\u2019-]*(?:[ \t]+\d|[ \t]*$)", re.M)


def dismissal(text: str, tokens: list[Token], i: int) -> bool:
    """tokens[i] follows a dismissal's "c", "b" or "st" on a line that names a bowler."""
    token = tokens[i]
    return i > 0 and tokens[i - 1].text in ("c", "b", "st") and text[tokens[i - 1].end:token.start] in _JOINERS \
        and bool(_BOWLED.search(text, line_start(text, token.start), _line_end(text, token.end)))


def ranked_entry(text: str, offset: int) -> bool:
    """The line at `offset` is a results list's entry: "2. Zorbson", "6. Zorbson 17"."""
    return bool(_RANKED.match(text, line_start(text, offset)))


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end
