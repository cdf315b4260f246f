"""Quoted passages with an attribution, and who said them.

A passage in any common quotation marks (" ", “ ”, « », „ “) of four words or more,
with an attribution verb in the same sentence before or after it ("said", "added",
"according to", "заявил"...). The speaker is a registered person named next to the
verb, or, when the attribution is a pronoun or a role ("he", "the official"), the
last person named before the quote. The text is kept exactly as written."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
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


class _People:
    """The person mentions of a text, sorted once by where they start and where they end, so that
    finding the one inside a sentence, or the last before a quote, costs a bisection rather than a
    pass over every mention (a long text has thousands of quotes and of mentions). Either answer is
    the one a pass in the linking's order would give, whatever that order."""

    def __init__(self, mentions: list[Mention]) -> None:
        people = [(m.start, index, m) for index, m in enumerate(mentions) if m.target.kind == "person"]
        people.sort(key=lambda entry: (entry[0], entry[1]))
        self._starts = [entry[0] for entry in people]
        self._people = people
        # By where they end, each with the latest in the linking's order among those ending no later.
        by_end = sorted(((m.end, index, m) for _, index, m in people), key=lambda entry: (entry[0], entry[1]))
        self._ends = [entry[0] for entry in by_end]
        self._latest: list[tuple[int, Mention]] = []
        for _, index, mention in by_end:
            if not self._latest or index > self._latest[-1][0]:
                self._latest.append((index, mention))
            else:
                self._latest.append(self._latest[-1])

    def inside(self, start: int, end: int) -> Mention | None:
        """The first person mention, in the linking's order, that starts at `start` or after and
        ends by `end`."""
        found = None
        for _, index, mention in self._people[bisect_left(self._starts, start):bisect_right(self._starts, end)]:
            if mention.end <= end and (found is None or index < found[0]):
                found = (index, mention)
        return found[1] if found else None

    def last_before(self, offset: int) -> Mention | None:
        """The last person mention, in the linking's order, that ends by `offset`."""
        at = bisect_right(self._ends, offset)
        return self._latest[at - 1][1] if at else None


def find_quotes(text: str, linking: Linking) -> list[Quote]:
    quotes = []
    people = _People(linking.mentions)
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
            person = people.inside(offset, offset + len(window))
            if person is not None:
                speaker = (person.target, text[person.start:person.end] + " ... " + verb.group())
                break
            pronoun = _PRONOUN_OR_ROLE.search(window)
            if pronoun:
                previous = people.last_before(match.start())
                if previous is not None:
                    speaker = (previous.target, f"{pronoun.group()} ... {verb.group()} (last person named: "
                                                f"'{previous.words}', line {previous.line})")
                    break
        if speaker is not None:
            quotes.append(Quote(speaker[0], inner.strip(), line_of(text, match.start()), speaker[1]))
    return quotes
