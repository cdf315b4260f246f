"""A headline's line: one that capitalises its words ("Quillstrand Meets Zorbland Envoy",
"ZORBTON 6 QUELVO 2"), where a capital says nothing of a name. longer.py, misreadings.py and
english_surnames.py read their lines so; english_surnames.py asks for every word capitalised but
function words ("of", "in"), the others for most (more than 6 in 10: a table's line too)."""

from __future__ import annotations

import re

from .ordinary import is_ordinary_word
from .text import line_start

_WORD = re.compile(r"[^\W\d_]+")
MOST = 0.6


def title_case_line(text: str, offset: int, every_word: bool = False) -> bool:
    """The line holding `offset` capitalises most of its words (two or more), or with `every_word`
    all but function words (three or more): a sentence has other words in lower case."""
    start = line_start(text, offset)
    end = text.find("\n", start)
    words = _WORD.findall(text, start, end if end >= 0 else len(text))
    if every_word:
        return len(words) > 2 and all(w[:1].isupper() or is_ordinary_word(w, "latin") for w in words)
    return len(words) > 1 and sum(w[:1].isupper() for w in words) > MOST * len(words)


class TitleCaseLines:
    """title_case_line, read once per line of a text (a long text is read in linear time)."""

    def __init__(self, text: str, every_word: bool = False):
        self.text, self.every_word = text, every_word
        self.lines: dict[int, bool] = {}

    def __call__(self, offset: int) -> bool:
        start = line_start(self.text, offset)
        if start not in self.lines:
            self.lines[start] = title_case_line(self.text, start, self.every_word)
        return self.lines[start]
