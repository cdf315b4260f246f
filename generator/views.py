"""Stage 3, second half: the derived views the briefing pages draw, from the finished graph.

The pipeline calls `derive` once the model is built (the model never imports this
module). Everything here is computed once per build and stored on the model, so a
template never loops over all articles: quotes an organization's people gave while
in post, the tag index, and recent activity measured against the newest article's
date (never today's, so a build is reproducible). What one entity's page alone
draws (its monthly counts, strongest links, co-mentions) is worked out when the
page asks (entities.py), so an incremental run pays only for the pages it renders.
"""

from __future__ import annotations

import datetime as dt

from .dates import PartialDate
from .entities import LINKS_LIMIT, Article, Model, Organization, QuoteView, Trend, newest_first, strongest_links  # noqa: F401 - LINKS_LIMIT, strongest_links kept importable
from .kinds import ENTITY_KINDS, ORGANIZATION, SOURCE

TREND_WINDOWS = (30, 90)
TREND_LIMIT = 6


def derive(model: Model) -> None:
    """Fill in the views: per-entity monthly counts and links, staff quotes, tags, trends."""
    for org in model.entities[ORGANIZATION]:
        org.staff_quotes = staff_quotes(org)  # type: ignore[attr-defined]
    model.tags = tag_index(model.articles)
    for days in TREND_WINDOWS:
        changed = trends(model, days)
        model.trends[days] = {
            "rising": [t for t in changed if t.recent > t.before][:TREND_LIMIT],
            "falling": [t for t in changed if t.recent < t.before][:TREND_LIMIT],
        }


def _within(date: PartialDate, since: PartialDate | None, until: PartialDate | None) -> bool:
    """Whether a full date may fall in a period given with any precision (2019 includes 2019-12-31)."""

    def cut(d: PartialDate, like: PartialDate) -> PartialDate:
        return PartialDate(d.year, d.month if like.month else 0, d.day if like.day else 0)

    return (since is None or cut(date, since) >= since) and (until is None or cut(date, until) <= until)


def staff_quotes(org: Organization) -> list[QuoteView]:
    """What the organization's people said while they held a position in it, newest first."""
    quotes: dict[int, QuoteView] = {}
    for position in org.staff:
        for quote in position.person.quotes_by:
            if _within(quote.article.published, position.since, position.until):
                quotes[id(quote)] = quote
    return sorted(quotes.values(), key=lambda q: (newest_first(q.article), q.speaker.sort_key), reverse=True)


def tag_index(articles: list[Article]) -> dict[str, list[Article]]:
    index: dict[str, list[Article]] = {}
    for article in articles:  # already newest first
        for tag in article.tags:
            index.setdefault(tag, []).append(article)
    return dict(sorted(index.items()))


def _day(date: PartialDate) -> int:
    return dt.date(date.year, date.month or 1, date.day or 1).toordinal()


def trends(model: Model, days: int) -> list[Trend]:
    """Entities whose article count changed between the last `days` and the `days` before,
    counted back from the newest article; biggest changes first."""
    if not model.articles:
        return []
    newest = _day(model.articles[0].published)
    out = []
    for entity in model.all_entities():
        if entity.kind == SOURCE:
            continue
        recent = before = 0
        for mention in entity.mentions:  # newest first: stop at the first one too old
            age = newest - _day(mention.article.published)
            if age >= 2 * days:
                break
            if age < days:
                recent += 1
            else:
                before += 1
        if recent != before:
            out.append(Trend(entity, recent, before))
    out.sort(key=lambda t: (-abs(t.recent - t.before), -t.recent, ENTITY_KINDS.index(t.entity.kind), t.entity.sort_key))
    return out
