"""Quoted passages with an attribution, and who said them.

A passage in any common quotation marks (" ", “ ”, « », „ “) of four words or more,
with an attribution verb in the same sentence before or after it ("said", "added",
"according to", "заявил"...). The speaker is a registered person named next to the
verb, or, when the attribution is a pronoun or a role ("he", "the official"), the
last person named before the quote. The text is kept exactly as written."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Target
from .linking import Linking, Mention
from .text import line_of

QUOTED = re.compile(r'"([^"\n]{12,3000}?)"|“([^”\n]{12,3000}?)[”“]|«([^»\n]{12,3000}?)»|„([^“”\n]{12,3000}?)[“”]')
ATTRIBUTION = re.compile(
    r"\b(?:said|says|added|adds|told|tells|stated|noted|pointed out|according to|warned|warns|"
    r"stressed|explained|declared|announced|wrote|insisted|replied|continued|claimed|argued|asserted|"
    r"remarked|emphasi[sz]ed|сказал[аи]?|заявил[аи]?|отметил[аи]?|добавил[аи]?|подчеркнул[аи]?|"
    r"сообщил[аи]?|по словам|пояснил[аи]?)\b", re.I)
_PRONOUN_OR_ROLE = re.compile(r"\b(?:he|she|him|her|они|он|она|the [\w\- ]{0,40}?(?:official|minister|"
                              r"spokesman|spokeswoman|spokesperson|chief|head|president|leader|general|"
                              r"director|secretary|envoy|ambassador|commander|chairman))\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


@dataclass(frozen=True)
class Quote:
    speaker: Target
    text: str
    line: int
    attribution: str  # the words that name the speaker, as written


def _sentence_after(text: str, end: int) -> str:
    rest = text[end:end + 200].split("\n", 1)[0]
    stop = _SENTENCE_END.search(rest)
    return rest[:stop.end()] if stop else rest


def _sentence_before(text: str, start: int) -> tuple[int, str]:
    line_start = text.rfind("\n", 0, start) + 1
    window_start = max(line_start, start - 300)
    head = text[window_start:start]
    stops = list(_SENTENCE_END.finditer(head))
    cut = stops[-1].end() if stops else 0
    return window_start + cut, head[cut:]


def _person_in(mentions: list[Mention], start: int, end: int) -> Mention | None:
    inside = [m for m in mentions if m.target.kind == "person" and start <= m.start and m.end <= end]
    return inside[0] if inside else None


def _last_person_before(mentions: list[Mention], offset: int) -> Mention | None:
    before = [m for m in mentions if m.target.kind == "person" and m.end <= offset]
    return before[-1] if before else None


def find_quotes(text: str, linking: Linking) -> list[Quote]:
    quotes = []
    mentions = linking.mentions
    for match in QUOTED.finditer(text):
        inner = next(group for group in match.groups() if group is not None)
        if len(inner.split()) < 4:
            continue  # scare quotes and titles, not statements
        after = _sentence_after(text, match.end())
        before_start, before = _sentence_before(text, match.start())
        speaker = None
        for window, offset in ((after, match.end()), (before, before_start)):
            verb = ATTRIBUTION.search(window)
            if not verb:
                continue
            person = _person_in(mentions, offset, offset + len(window))
            if person is not None:
                speaker = (person.target, text[person.start:person.end] + " ... " + verb.group())
                break
            pronoun = _PRONOUN_OR_ROLE.search(window)
            if pronoun:
                previous = _last_person_before(mentions, match.start())
                if previous is not None:
                    speaker = (previous.target, f"{pronoun.group()} ... {verb.group()} (last person named: "
                                                f"'{previous.words}', line {previous.line})")
                    break
        if speaker is not None:
            quotes.append(Quote(speaker[0], inner.strip(), line_of(text, match.start()), speaker[1]))
    return quotes
