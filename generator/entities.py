"""The briefing book's types: entities, articles, and the ties between them.

Stage 3 (model.py) builds a graph of these from the records; views.py adds what
the pages draw; templates only read it. Each entity knows the articles that
mention it (with role), the events it took part in, the quotes by and about it,
and, worked out when a page first asks, the entities mentioned alongside it
(with counts), its strongest links and its monthly counts.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable

from . import paths
from .dates import PartialDate
from .kinds import ARTICLE, COUNTRY, ENTITY_KINDS, EVENT, ORGANIZATION, PERSON, SOURCE
from .names import normalize
from .problems import Loc


@dataclass(eq=False)
class Mention:
    """One article naming one entity, in a role when the record gave one."""

    article: "Article"
    entity: "Entity"
    role: str | None = None
    note: str | None = None


@dataclass(eq=False)
class QuoteView:
    article: "Article"
    speaker: "Entity"
    text: str
    context: str | None
    credibility: str | None = None  # Admiralty 1-6, the team's judgement of what was said


@dataclass(eq=False)
class Involvement:
    """An entity's part in an event: organizer, participant, host, ..."""

    event: "Event"
    entity: "Entity"
    role: str
    note: str | None = None


@dataclass(eq=False, repr=False)  # short repr: see Entity.__repr__
class Entity:
    kind: str
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    wikidata: str | None = None
    loc: Loc | None = None
    mentions: list[Mention] = field(default_factory=list)
    involvements: list[Involvement] = field(default_factory=list)
    quotes_by: list[QuoteView] = field(default_factory=list)
    quotes_about: list[QuoteView] = field(default_factory=list)
    # What only this entity's page draws (co-mentions, rankings, monthly counts) is worked out
    # the first time it is asked for, from `mentions`: a run that renders a few pages counts a
    # few entities' pairs, not every pair of the corpus (seconds at 100,000 articles).

    @cached_property
    def co_mentions(self) -> Counter:
        """Each other entity, by how often articles mention it alongside this one (a source:
        what its articles mention)."""
        counts: Counter = Counter()
        for mention in self.mentions:
            counts.update([m.entity for m in mention.article.mentions])  # counts in C
        counts.pop(self, None)  # an entity is not mentioned alongside itself
        return counts

    @cached_property
    def related(self) -> list[tuple["Entity", int]]:
        return most_often(self.co_mentions, RELATED_LIMIT)

    @cached_property
    def monthly(self) -> Counter:
        """(year, month) -> articles."""
        return Counter((m.article.published.year, m.article.published.month) for m in self.mentions)

    @cached_property
    def links(self) -> list["Link"]:
        """The strongest connections, for the diagram."""
        return strongest_links(self)

    def __repr__(self) -> str:
        # The graph is cyclic and large: a generated repr (in a failing test's report)
        # walks every mention and article, and has grown past 15 GB.
        return f"<{self.kind} {self.id}>"

    @property
    def path(self) -> str:
        return paths.page(self.kind, self.id)

    @property
    def feed_path(self) -> str:
        return paths.feed(self.kind, self.id)

    @property
    def article_count(self) -> int:
        return len(self.mentions)

    @property
    def first_mention(self) -> PartialDate | None:
        return self.mentions[-1].article.published if self.mentions else None

    @property
    def last_mention(self) -> PartialDate | None:
        return self.mentions[0].article.published if self.mentions else None

    @cached_property
    def sort_key(self) -> tuple:
        # Cached: ranking related entities asks for it millions of times at 100,000 articles.
        return (normalize(self.name), self.id)


@dataclass(eq=False, repr=False)  # short repr: see Entity.__repr__
class Event(Entity):
    event_kind: str = "other"
    start: PartialDate | None = None
    end: PartialDate | None = None
    location: str | None = None
    country: "Country | None" = None
    organizers: list["Organization"] = field(default_factory=list)
    participants: list[Involvement] = field(default_factory=list)
    parent: "Event | None" = None
    children: list["Event"] = field(default_factory=list)


@dataclass(eq=False, repr=False)  # short repr: see Entity.__repr__
class Organization(Entity):
    org_kind: str | None = None
    seat: "Country | None" = None
    founded: PartialDate | None = None
    members: list["Country"] = field(default_factory=list)
    parent: "Organization | None" = None
    children: list["Organization"] = field(default_factory=list)
    url: str | None = None
    staff: list["PositionView"] = field(default_factory=list)
    seated_here: list["Organization"] = field(default_factory=list)
    staff_quotes: list["QuoteView"] = field(default_factory=list)  # said by its people while in post


@dataclass(eq=False, repr=False)  # short repr: see Entity.__repr__
class Country(Entity):
    alpha_2: str = ""
    alpha_3: str = ""
    iso_name: str = ""
    seats: list[Organization] = field(default_factory=list)
    memberships: list[Organization] = field(default_factory=list)
    nationals: list["Person"] = field(default_factory=list)
    sources: list["Source"] = field(default_factory=list)
    hosted: list[Event] = field(default_factory=list)


@dataclass(eq=False)
class PositionView:
    person: "Person"
    title: str
    organization: Organization | None
    since: PartialDate | None
    until: PartialDate | None


@dataclass(eq=False, repr=False)  # short repr: see Entity.__repr__
class Person(Entity):
    country: Country | None = None
    positions: list[PositionView] = field(default_factory=list)


@dataclass(eq=False, repr=False)  # short repr: see Entity.__repr__
class Source(Entity):
    url: str | None = None
    country: Country | None = None
    language: str | None = None
    source_kind: str | None = None
    articles: list["Article"] = field(default_factory=list)
    reliability: str | None = None  # Admiralty A-F: the team's judgement, not a fact
    reliability_note: str | None = None
    ownership: str | None = None  # state, public, private, party, unknown
    owner: "Entity | None" = None  # the owning organization or country


@dataclass(eq=False, repr=False)  # short repr: see Entity.__repr__
class Article:
    id: str
    title: str
    source: Source
    published: PartialDate
    summary: str
    url: str | None = None
    language: str = "en"
    dateline: str | None = None
    notes: str | None = None
    tags: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[QuoteView] = field(default_factory=list)
    loc: Loc | None = None
    kind: str = ARTICLE
    credibility: str | None = None  # Admiralty 1-6, the team's judgement of the information

    def __repr__(self) -> str:
        return f"<article {self.id}>"

    @property
    def path(self) -> str:
        return paths.page(self.kind, self.id)

    @property
    def name(self) -> str:
        return self.title

    def mentions_of(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.entity.kind == kind]


@dataclass(eq=False)
class Link:
    """One connection of an entity: how often they appear together and how they are tied."""

    other: Entity
    together: int  # articles mentioning both
    ties: list[str]  # structural relations in words: "member", "organizer", a position title

    @property
    def weight(self) -> int:
        return self.together + 3 * len(self.ties)


@dataclass(eq=False)
class Trend:
    """An entity's articles in the latest window of days against the window before it."""

    entity: Entity
    recent: int
    before: int


@dataclass(repr=False)
class Model:
    articles: list[Article]  # newest first
    entities: dict[str, list[Entity]]  # kind -> entities sorted by name
    tags: dict[str, list[Article]] = field(default_factory=dict)  # tag -> articles, newest first
    trends: dict[int, dict[str, list[Trend]]] = field(default_factory=dict)  # days -> rising/falling entities
    # tags and trends are filled by views.py

    def __repr__(self) -> str:
        return f"<Model {len(self.articles)} articles>"

    def all_entities(self) -> Iterable[Entity]:
        for kind in ENTITY_KINDS:
            yield from self.entities[kind]

    @property
    def newest(self) -> PartialDate | None:
        """The newest article's date: what "now" means for a reproducible build."""
        return self.articles[0].published if self.articles else None

    def counts(self) -> dict[str, int]:
        out = {ARTICLE: len(self.articles)}
        out.update({kind: len(self.entities[kind]) for kind in ENTITY_KINDS})
        return out


def newest_first(article: Article) -> tuple:
    return (article.published, article.id)


RELATED_LIMIT = 25  # entities in a page's "mentioned alongside" list
LINKS_LIMIT = 10  # nodes in a relationship diagram besides the entity itself


def most_often(counts: Counter, limit: int) -> list[tuple[Entity, int]]:
    """The `limit` entities counted most, ties broken by kind and then name."""
    pairs: Iterable[tuple[Entity, int]] = counts.items()
    if len(counts) > limit:
        # Only counts reaching the limit-th largest can make the cut: finding that count
        # compares plain integers, so the slow key below runs on a few pairs, not on
        # every entity a hub was ever mentioned with (2 million pairs at 100,000 articles).
        floor = heapq.nlargest(limit, counts.values())[-1]
        pairs = [pair for pair in pairs if pair[1] >= floor]
    return heapq.nsmallest(limit, pairs, key=lambda pair: (-pair[1], ENTITY_KINDS.index(pair[0].kind), pair[0].sort_key))


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
