"""The briefing book's types: entities, articles, and the ties between them.

Stage 3 (model.py) builds a graph of these from the records; views.py adds what
the pages draw; templates only read it. Each entity knows the articles that
mention it (with role), the events it took part in, the quotes by and about it,
and the entities mentioned alongside it, with counts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable

from . import paths
from .dates import PartialDate
from .kinds import ARTICLE, ENTITY_KINDS
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
    co_mentions: Counter = field(default_factory=Counter)
    related: list[tuple["Entity", int]] = field(default_factory=list)
    # Filled by views.py once the graph is complete: what the briefing pages draw.
    monthly: Counter = field(default_factory=Counter)  # (year, month) -> articles
    links: list["Link"] = field(default_factory=list)  # strongest connections, for the diagram

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

