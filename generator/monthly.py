"""A month's briefing: what happened in it, who was in the news, what was new, what was said.

Each archive page (articles/archive/YYYY-MM/) is a briefing of its month. Everything
on it comes from the month's own articles and from the records of the registries,
with one exception: whether an entity is seen for the first time depends on the
months before. incremental.plan keeps each entity's first month and renders both
months again when it moves, so a new article changes only its own month page
unless it moves an entity's first appearance.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from .dates import PartialDate
from .entities import Article, Entity, Event, QuoteView
from .kinds import COUNTRY
from .schema import CREDIBILITY, RELIABILITY

MONTH_TOP = 10  # entities, new connections
MONTH_QUOTES = 5


def month_of(date: PartialDate) -> tuple[int, int]:
    return (date.year, date.month)


def first_month(entity: Entity) -> tuple[int, int] | None:
    """The month of the entity's first article (its mentions are newest first)."""
    return month_of(entity.mentions[-1].article.published) if entity.mentions else None


@dataclass
class MonthBriefing:
    events: list[tuple[Event, int]]  # events dated in the month, with the month's articles on each
    most_mentioned: list[tuple[Entity, int]]
    first_seen: list[Entity]
    new_connections: list[tuple[Entity, Entity, int]]  # ties of first-seen entities, by shared articles
    quotes: list[QuoteView]  # the best graded first
    coverage: list[tuple[Entity, int]]  # countries by the month's articles that mention them


def in_month(event: Event, month: tuple[int, int]) -> bool:
    if event.start is None:
        return False
    start = month_of(event.start)
    end = month_of(event.end) if event.end is not None else start
    if month[1] == 0 or start[1] == 0:  # a year's month-less page, or an event dated by year only
        return start[1] == month[1] == 0 and start[0] == month[0]
    return start <= month <= end


def _quote_rank(quote: QuoteView) -> tuple:
    credibility = quote.credibility or quote.article.credibility
    reliability = quote.article.source.reliability
    return (
        list(CREDIBILITY).index(credibility) if credibility else len(CREDIBILITY),
        list(RELIABILITY).index(reliability) if reliability else len(RELIABILITY),
        -quote.article.published.year, -quote.article.published.month, -quote.article.published.day,
        quote.article.id,
    )


def briefing(period: PartialDate, articles: list[Article], events: Iterable[Event]) -> MonthBriefing:
    month = month_of(period)
    counts: Counter = Counter()
    for article in articles:
        counts.update(m.entity for m in article.mentions)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].kind, item[0].sort_key))
    first_seen = sorted((e for e in counts if first_month(e) == month), key=lambda e: (e.kind, e.sort_key))
    new = set(first_seen)
    pairs: Counter = Counter()
    for article in articles:
        entities = sorted({m.entity for m in article.mentions}, key=lambda e: (e.kind, e.sort_key))
        for i, one in enumerate(entities):
            for other in entities[i + 1:]:
                if one in new or other in new:
                    pairs[(one, other)] += 1
    connections = sorted(pairs.items(), key=lambda item: (-item[1], item[0][0].sort_key, item[0][1].sort_key))
    quotes = sorted((q for a in articles for q in a.quotes), key=_quote_rank)
    return MonthBriefing(
        events=[(e, counts[e]) for e in sorted(events, key=lambda e: (e.start, e.sort_key)) if in_month(e, month)],
        most_mentioned=ranked[:MONTH_TOP],
        first_seen=first_seen,
        new_connections=[(a, b, n) for (a, b), n in connections[:MONTH_TOP]],
        quotes=quotes[:MONTH_QUOTES],
        coverage=[(e, n) for e, n in ranked if e.kind == COUNTRY],
    )
