"""Names that share one head word written once, in the plural, after a list of their
other words: "the State and Homeland Security Departments" names the State Department
and the Homeland Security Department; "the Justice, Treasury and Commerce
departments", three. Russian coordinated adjectives before a plural head ("Демократической и
Республиканской партий") are coordinated_ru.py's.

Each member is looked up as a registered name with the head word in the singular
(through the same keys as every other name, so "Homeland Security Department" finds
a registered "Department of Homeland Security", whose head-last form the gazetteer
holds); a member the registry lacks is simply not found."""

from __future__ import annotations

import re

from .gazetteer import Form, Gazetteer
from .text import Token, token_key

_PLURAL = re.compile(r"^[A-Za-z]{3,}s$")
_CONJUNCTIONS = {"and", "or"}
_MAX_WORDS = 4  # words of one member before the shared head word
_MAX_MEMBERS = 8  # a list no longer than news writes: a page of capitalised words stays linear


def _singulars(word: str) -> list[str]:
    lower = word.lower()
    out = []
    if lower.endswith("ies"):
        out.append(word[:-3] + "y")  # Ministries, Universities
    if lower.endswith(("ches", "shes", "ses", "xes")):
        out.append(word[:-2])  # Churches
    out.append(word[:-1])  # Departments, Committees
    return out


def _capital_run(tokens: list[Token], text: str, end: int) -> int:
    """Where the run of capitalised Latin words ending just before token `end` starts,
    each one space from the next (a member of the list); `end` when there is none."""
    start = end
    while start > 0 and end - start < _MAX_WORDS:
        word = tokens[start - 1]
        if not (word.text[:1].isupper() and word.text.isascii() and word.text.isalpha()):
            break
        if start < end and text[word.end:tokens[start].start] != " ":
            break
        start -= 1
    return start


def _separated(tokens: list[Token], text: str, member: int) -> int:
    """The end of the previous member when only a list's separator on one line (", ",
    " and ", ", and ", " & ") comes before the member starting at token `member`; -1
    otherwise."""
    if member == 0:
        return -1
    if tokens[member - 1].text in _CONJUNCTIONS:
        conjunction = member - 1
        before = text[tokens[conjunction - 1].end:tokens[conjunction].start] if conjunction > 0 else ""
        after = text[tokens[conjunction].end:tokens[member].start]
        return conjunction if before in (" ", ", ") and after == " " else -1
    return member if text[tokens[member - 1].end:tokens[member].start] in (", ", " & ") else -1


def _member(tokens: list[Token], start: int, end: int, singular_key: str,
            gazetteer: Gazetteer) -> tuple[int, list[Form]]:
    """The longest tail of the run start..end that, with the head word, is a registered
    organization's name ("The State" -> "State Department")."""
    for first in range(start, end):
        key = " ".join([*(t.key for t in tokens[first:end]), singular_key])
        forms = [f for f in gazetteer.index.get(key, ()) if f.target.kind == "organization" and f.proper]
        if forms:
            return first, forms
    return -1, []


def shared_heads(tokens: list[Token], text: str, gazetteer: Gazetteer) -> list[tuple[int, int, list[Form], str]]:
    """(start, end, forms, note) for each member of such a list that is registered; the
    last member's span takes in the head word."""
    out = []
    for h, head in enumerate(tokens):
        if h < 3 or not _PLURAL.match(head.text) or text[tokens[h - 1].end:head.start] != " ":
            continue
        last_start = _capital_run(tokens, text, h)
        if last_start == h:
            continue
        members = [(last_start, h)]
        while len(members) < _MAX_MEMBERS:
            previous_end = _separated(tokens, text, members[-1][0])
            if previous_end <= 0:
                break
            previous_start = _capital_run(tokens, text, previous_end)
            if previous_start == previous_end:
                break
            members.append((previous_start, previous_end))
        if len(members) < 2:
            continue
        for singular in _singulars(head.text):
            singular_key = token_key(singular)
            found = []
            for start, end in members:
                first, forms = _member(tokens, start, end, singular_key, gazetteer)
                if forms:
                    span_end = h + 1 if end == h else end
                    found.append((first, span_end, forms, f"'{text[tokens[first].start:tokens[end - 1].end]}' with "
                                                          f"the head word '{head.text}' it shares with the list's "
                                                          f"other names"))
            if found:
                out.extend(found)
                break
    return out
