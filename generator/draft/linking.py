"""What linking a text found: the mentions of registered entities, each with the words and
line that produced it, and the doubts (names left out, with the reason), which a draft's
comments show the reviewer. Made by linker.py; read by compose.py, quotes.py, roles.py,
homeland.py and suggest.py. Before that, the matches: where the tokens spell registered
names, made by matches.py and added to by homes.py and bodies.py. Kept here, below them all,
so that each can build one without an import cycle."""

from __future__ import annotations

from dataclasses import dataclass, field

from .gazetteer import Form, Target


@dataclass
class Match:
    start: int  # token indexes, end exclusive
    end: int
    forms: list[Form]
    note: str = ""  # how a name the text does not spell out was read (coordinated.py)


@dataclass(frozen=True)
class Mention:
    target: Target
    start: int  # character offsets in the text
    end: int
    words: str  # as written
    line: int
    how: str  # which registered spelling, or which rule, produced it


@dataclass(frozen=True)
class Doubt:
    words: str
    line: int
    reason: str


@dataclass
class Linking:
    mentions: list[Mention] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)
    covered: set[int] = field(default_factory=set)  # token indexes inside a found name

    def targets(self, kind: str | None = None) -> list[Target]:
        seen: dict[Target, None] = {}
        for mention in self.mentions:
            if kind is None or mention.target.kind == kind:
                seen.setdefault(mention.target)
        return list(seen)

    def by_target(self) -> dict[Target, list[Mention]]:
        """Each target's mentions, in the text's order, grouped in one pass (asking for each
        target's in turn is a pass over every mention per target)."""
        grouped: dict[Target, list[Mention]] = {}
        for mention in self.mentions:
            grouped.setdefault(mention.target, []).append(mention)
        return grouped

    def first(self, target: Target) -> Mention:
        return next(m for m in self.mentions if m.target == target)
