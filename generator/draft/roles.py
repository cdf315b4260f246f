"""Roles the text states: an organizer ("sponsored by", "organized by"), a host
("hosted by", "in the Tajik capital"), participants (a sentence about delegations,
representatives, taking part), and speakers (quoted, or the subject of "said").
One role per reference: host and organizer before speaker before participant."""

from __future__ import annotations

import re

from .gazetteer import Target
from .linking import Linking, Mention
from .quotes import ATTRIBUTION, QUOTED, Quote

_BY = re.compile(r"\b(?:sponsored|organi[sz]ed|convened|hosted|arranged|initiated|called)\s+by\s+(?:the\s+)?$", re.I)
_HOST_AFTER = re.compile(r"^[\s’']*(?:s\s+)?capital\b", re.I)
_PARTICIPATION = re.compile(
    r"\b(?:delegations?|representatives|participants|took part|taking part|take part|takes part|attended|"
    r"attending|attend|involves|involving|involved|participated|participating|participate|joined|members? of the "
    r"delegation|участ\w*|делегаци\w*|представител\w*)\b", re.I)
RANK = {"host": 4, "organizer": 4, "speaker": 2, "participant": 1}


def _sentence_around(text: str, mention: Mention) -> str:
    start = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
    end_candidates = [i for i in (text.find(". ", mention.end), text.find("\n", mention.end)) if i >= 0]
    return text[start:min(end_candidates) if end_candidates else len(text)]


def find_roles(text: str, linking: Linking, quotes: list[Quote]) -> dict[Target, tuple[str, str]]:
    """Target -> (role, the words that state it)."""
    roles: dict[Target, tuple[str, str]] = {}
    # Words inside quotation marks are what someone said, not the reporter's account of who took part.
    unquoted = QUOTED.sub(lambda m: " " * len(m.group()), text)

    def give(target: Target, role: str, words: str) -> None:
        if target not in roles or RANK[role] > RANK[roles[target][0]]:
            roles[target] = (role, " ".join(words.split())[:120])

    for quote in quotes:
        give(quote.speaker, "speaker", quote.attribution)
    for mention in linking.mentions:
        kind = mention.target.kind
        if kind in ("event", "source"):
            continue
        before = text[max(0, mention.start - 60):mention.start]
        by = _BY.search(before)
        if by and kind in ("organization", "country"):
            give(mention.target, "host" if kind == "country" else "organizer", by.group() + mention.words)
            continue
        if kind == "country" and _HOST_AFTER.match(text[mention.end:mention.end + 12]):
            give(mention.target, "host", text[mention.start:mention.end + 12].split("\n")[0])
            continue
        sentence = _sentence_around(unquoted, mention)
        if kind == "person":
            after = text[mention.end:mention.end + 40].split("\n")[0]
            verb = ATTRIBUTION.match(after.strip(" ,"))
            if verb:
                give(mention.target, "speaker", f"{mention.words} {verb.group()}")
                continue
        cue = _PARTICIPATION.search(sentence)
        if cue:
            give(mention.target, "participant", f"'{cue.group()}' in the sentence")
    return roles
