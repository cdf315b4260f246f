"""A registered short name that opens the organization's own full name ("Tampa Bay" of the
Tampa Bay Lightning), read straight on by a capitalised plural the full name does not go on
with ("the Tampa Bay Rays"): the opening of another name. A city's teams ("Zorbton Comets",
"Zorbton Rockets") and a family's firms share their first words, and the plural is the shape of
a team's or a paper's name ("Rays", "Times"), so the short name names another body there."""

from __future__ import annotations

import re

from .gazetteer import Form
from .headlines import title_case_line
from .text import Token, script_of

_WORD = re.compile(r"\w+")


def _plural_name_word(word: str) -> bool:
    """A title-case word in -s, not "'s": a plural ("Rays", "Mariners", "Times")."""
    return len(word) > 3 and word[0].isupper() and word[1:].islower() and word.endswith("s") \
        and not word.endswith(("'s", "’s", "ss")) and script_of(word) == "latin"


def another_name_opening(text: str, tokens: list[Token], start: int, end: int, forms: list[Form]) -> str:
    """Why tokens [start, end), each form's short name opening its organization's full name,
    open another name here, or ''. Not in a title-case headline, where every word is capitalised
    ("Zorbton Bay Wins"); not where one of the organization's names goes on with that word."""
    if end >= len(tokens) or text[tokens[end - 1].end:tokens[end].start] != " " \
            or not _plural_name_word(tokens[end].text) or title_case_line(text, tokens[start].start):
        return ""
    written = [t.text.lower() for t in tokens[start:end]]
    following = tokens[end].text.lower()
    for form in forms:
        target = form.target
        names = [target.name, *(getattr(target.entity, "aliases", None) or ())]
        openings = [words for words in (_WORD.findall(n.lower()) for n in names if n)
                    if len(words) > len(written) and words[:len(written)] == written]
        if not openings or any(words[len(written)] == following for words in openings):
            return ""
    return f"the opening of another name, '{text[tokens[start].start:tokens[end].end]}'"
