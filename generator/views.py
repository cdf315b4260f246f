"""Stage 3, second half: the derived views the briefing pages draw, from the finished graph.

The pipeline calls `derive` once the model is built (the model never imports this
module). Everything here is computed once per build and stored on the model, so a
template never loops over all articles: monthly counts per entity, the
strongest links for the relationship diagram, quotes an organization's people
gave while in post, the tag index, and recent activity measured against the
newest article's date (never today's, so a build is reproducible).
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter

from .dates import PartialDate
from .entities import Article, Country, Entity, Event, Link, Model, Organization, Person, QuoteView, Trend, newest_first
from .kinds import COUNTRY, ENTITY_KINDS, EVENT, ORGANIZATION, PERSON, SOURCE

LINKS_LIMIT = 10  # nodes in a relationship diagram besides the entity itself
TREND_WINDOWS = (30, 90)
TREND_LIMIT = 6


def derive(model: Model) -> None:
    """Fill in the views: per-entity monthly counts and links, staff quotes, tags, trends."""
    for entity in model.all_entities():
        entity.monthly = Counter((m.article.published.year, m.article.published.month) for m in entity.mentions)
        entity.links = strongest_links(entity)
    for org in model.entities[ORGANIZATION]:
        org.staff_quotes = staff_quotes(org)  # type: ignore[attr-defined]
    model.tags = tag_index(model.articles)
    for days in TREND_WINDOWS:
        changed = trends(model, days)
        model.trends[days] = {
            "rising": [t for t in changed if t.recent > t.before][:TREND_LIMIT],
            "falling": [t for t in changed if t.recent < t.before][:TREND_LIMIT],
        }


def _ties(entity: Entity) -> dict[int, tuple[Entity, list[str]]]:
    """Structural relations of an entity (membership, roles in events, positions), by the other entity."""
    out: dict[int, tuple[Entity, list[str]]] = {}
    relations = [(inv.event, inv.role) for inv in entity.involvements]
    relations += _RELATIONS[entity.kind](entity)
    for other, label in relations:
        if other is None or other is entity:
            continue
        labels = out.setdefault(id(other), (other, []))[1]
        if label not in labels:
            labels.append(label)
    return out


Relations = list[tuple["Entity | None", str]]  # (the other entity, the tie in words)


def _event_relations(event: Event) -> Relations:
    return [
        *((org, "organizer") for org in event.organizers),
        *((inv.entity, inv.role) for inv in event.participants),
        (event.parent, "part of"),
        *((child, "part") for child in event.children),
        (event.country, "held in"),
    ]


def _organization_relations(org: Organization) -> Relations:
    return [
        *((country, "member") for country in org.members),
        (org.seat, "seat"),
        (org.parent, "part of"),
        *((child, "body within") for child in org.children),
        *((position.person, position.title) for position in org.staff),
    ]


def _country_relations(country: Country) -> Relations:
    return [
        *((org, "member of") for org in country.memberships),
        *((org, "seat of") for org in country.seats),
        *((person, "national") for person in country.nationals),
        *((event, "held here") for event in country.hosted),
    ]


def _person_relations(person: Person) -> Relations:
    return [*((position.organization, position.title) for position in person.positions), (person.country, "country")]


_RELATIONS = {  # kind -> the structural relations of an entity of that kind (a source has none)
    EVENT: _event_relations, ORGANIZATION: _organization_relations, COUNTRY: _country_relations,
    PERSON: _person_relations, SOURCE: lambda source: [],
}


def strongest_links(entity: Entity, limit: int = LINKS_LIMIT) -> list[Link]:
    """The entity's most important connections: shared articles, plus a bonus for each structural tie."""
    ties = _ties(entity)
    links = [Link(other, entity.co_mentions.get(other, 0), labels) for other, labels in ties.values()]
    # Without a tie, weight is the count of shared articles, ranked as `related` already
    # ranks them: its first `limit` entries without a tie are the strongest such links.
    untied = [(other, count) for other, count in entity.related if id(other) not in ties]
    if len(untied) < limit and len(entity.related) < len(entity.co_mentions):
        untied = [(other, count) for other, count in entity.co_mentions.items() if id(other) not in ties]
    links += [Link(other, count, []) for other, count in untied]
    return heapq.nsmallest(
        limit, links, key=lambda link: (-link.weight, ENTITY_KINDS.index(link.other.kind), link.other.sort_key)
    )


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
