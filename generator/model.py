"""Stage 3: resolve every reference and cross-link the briefing book.

The result is a typed graph that templates only read: each entity knows the
articles that mention it (with role), the events it took part in, the quotes
by and about it, and the entities mentioned alongside it, with counts.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable

from . import paths, schema
from .countries import all_countries, names_index
from .dates import PartialDate
from .names import normalize
from .problems import Loc, Problems, suggestion
from .schema import Records, Ref

KIND_ORDER = ("event", "organization", "country", "person", "source")
FOLDERS = {
    "article": "articles",
    "event": "events",
    "organization": "organizations",
    "country": "countries",
    "person": "people",
    "source": "sources",
}
KIND_TITLES = {
    "article": "Articles",
    "event": "Events",
    "organization": "Organizations",
    "country": "Countries",
    "person": "People",
    "source": "Sources",
}
RELATED_LIMIT = 25
HINT_BUDGET = 200


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
    def folder(self) -> str:
        return FOLDERS[self.kind]

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
    kind: str = "article"

    def __repr__(self) -> str:
        return f"<article {self.id}>"

    @property
    def folder(self) -> str:
        return FOLDERS[self.kind]

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
        for kind in KIND_ORDER:
            yield from self.entities[kind]

    @property
    def newest(self) -> PartialDate | None:
        """The newest article's date: what "now" means for a reproducible build."""
        return self.articles[0].published if self.articles else None

    def counts(self) -> dict[str, int]:
        out = {"article": len(self.articles)}
        out.update({kind: len(self.entities[kind]) for kind in KIND_ORDER})
        return out


def newest_first(article: Article) -> tuple:
    return (article.published, article.id)


class _Resolver:
    """Finds the entity a reference means, or reports why it cannot."""

    def __init__(self, records: Records, problems: Problems):
        self.problems = problems
        self.records = records
        self.by_id: dict[str, dict[str, Entity]] = {kind: {} for kind in KIND_ORDER}
        self.by_name: dict[str, dict[str, set[str]]] = {kind: {} for kind in KIND_ORDER}
        self.broken = {
            "event": records.broken.get("events", set()),
            "organization": records.broken.get("organizations", set()),
            "person": records.broken.get("people", set()),
            "source": records.broken.get("sources", set()),
            "country": set(),
        }
        self.country_overrides = records.countries
        self.hints_given = 0

    def add(self, entity: Entity, names: Iterable[str]) -> None:
        self.by_id[entity.kind][entity.id] = entity
        for name in names:
            self.by_name[entity.kind].setdefault(normalize(name), set()).add(entity.id)

    def country(self, code: str) -> Country:
        ident = code.lower()
        existing = self.by_id["country"].get(ident)
        if existing is not None:
            return existing  # type: ignore[return-value]
        iso = all_countries()[code]
        override = self.country_overrides.get(code)
        entity = Country(
            kind="country",
            id=ident,
            name=(override.name if override and override.name else iso.name),
            aliases=[n for n in _unique([*(override.aliases if override else []), *iso.names()]) if n not in (iso.name, iso.alpha_2, iso.alpha_3)],
            description=override.description if override else None,
            wikidata=override.wikidata if override else None,
            loc=override.loc if override else None,
            alpha_2=iso.alpha_2,
            alpha_3=iso.alpha_3,
            iso_name=iso.iso_name,
        )
        self.by_id["country"][ident] = entity
        return entity

    def _country_codes(self, text: str) -> set[str]:
        key = normalize(text)
        codes = set(names_index().get(key, set()))
        for code, override in self.country_overrides.items():
            names = [*(override.aliases or []), *([override.name] if override.name else [])]
            if any(normalize(n) == key for n in names):
                codes.add(code)
        return codes

    def resolve(self, ref: Ref, kind: str, what: str) -> Entity | None:
        if kind == "country":
            codes = self._country_codes(ref.text)
            if len(codes) == 1:
                return self.country(next(iter(codes)))
            if len(codes) > 1:
                self.problems.add(ref.loc, f"{what}: '{ref.text}' matches several countries: {', '.join(sorted(codes))}; use the ISO code")
                return None
            pool = [c.name for c in all_countries().values()]
            self.problems.add(ref.loc, f"{what}: no country '{ref.text}'{suggestion(ref.text, pool)}")
            return None
        found = self.by_id[kind].get(ref.text)
        if found is not None:
            return found
        if ref.text in self.broken[kind]:
            return None  # its own record is already reported as broken
        matches = self.by_name[kind].get(normalize(ref.text), set())
        if len(matches) == 1:
            return self.by_id[kind][next(iter(matches))]
        if len(matches) > 1:
            ids = ", ".join(f"'{m}'" for m in sorted(matches))
            self.problems.add(ref.loc, f"{what}: '{ref.text}' matches more than one {kind} ({ids}); use the id")
            return None
        self.problems.add(ref.loc, f"{what}: no {kind} '{ref.text}'{self._hint(ref.text, kind)}")
        return None

    def _hint(self, text: str, kind: str) -> str:
        # Fuzzy matching costs O(entities) per miss; a folder pointed at the wrong
        # registry can miss thousands of times, so suggestions stop after a while.
        self.hints_given += 1
        if self.hints_given > HINT_BUDGET:
            return ""
        close = suggestion(text, self.by_id[kind])
        if close:
            return close
        names = {name: ids for name, ids in self.by_name[kind].items()}
        close = suggestion(normalize(text), names)
        if close:
            target = close.split("'")[1]
            ids = sorted(names[target])
            if len(ids) == 1:
                return f"; did you mean '{ids[0]}'?"
        for other in KIND_ORDER:
            if other != kind and other != "country" and (
                text in self.by_id[other] or normalize(text) in self.by_name[other]
            ):
                return f" ('{text}' is a {other})"
        return ""


def _unique(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = normalize(item)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def build_model(records: Records, problems: Problems) -> Model:
    resolver = _Resolver(records, problems)
    events = {i: _new_event(r) for i, r in records.events.items()}
    organizations = {i: _new_organization(r) for i, r in records.organizations.items()}
    people = {i: _new_person(r) for i, r in records.people.items()}
    sources = {i: _new_source(r) for i, r in records.sources.items()}
    for table in (events, organizations, people, sources):
        for entity in table.values():
            resolver.add(entity, [entity.name, *entity.aliases])
    for code in records.countries:
        resolver.country(code)

    _link_events(records, events, resolver, problems)
    _link_organizations(records, organizations, resolver, problems)
    _link_people(records, people, resolver)
    _link_sources(records, sources, resolver)
    articles = _link_articles(records, resolver, problems)
    for record in records.incomplete:
        _check_references(record, resolver)

    entities = {kind: sorted(resolver.by_id[kind].values(), key=lambda e: e.sort_key) for kind in KIND_ORDER}
    for kind_entities in entities.values():
        for entity in kind_entities:
            entity.mentions.sort(key=lambda m: newest_first(m.article), reverse=True)
            entity.quotes_by.sort(key=lambda q: newest_first(q.article), reverse=True)
            entity.quotes_about.sort(key=lambda q: newest_first(q.article), reverse=True)
            entity.involvements.sort(key=lambda i: (i.event.start, i.event.id), reverse=True)
            entity.related = most_often(entity.co_mentions, RELATED_LIMIT)
    return Model(articles=articles, entities=entities)


def most_often(counts: Counter, limit: int) -> list[tuple[Entity, int]]:
    """The `limit` entities counted most, ties broken by kind and then name."""
    pairs: Iterable[tuple[Entity, int]] = counts.items()
    if len(counts) > limit:
        # Only counts reaching the limit-th largest can make the cut: finding that count
        # compares plain integers, so the slow key below runs on a few pairs, not on
        # every entity a hub was ever mentioned with (2 million pairs at 100,000 articles).
        floor = heapq.nlargest(limit, counts.values())[-1]
        pairs = [pair for pair in pairs if pair[1] >= floor]
    return heapq.nsmallest(limit, pairs, key=lambda pair: (-pair[1], KIND_ORDER.index(pair[0].kind), pair[0].sort_key))


def _new_event(r: schema.EventRecord) -> Event:
    return Event(
        kind="event", id=r.id, name=r.name, aliases=r.aliases, description=r.description,
        wikidata=r.wikidata, loc=r.loc, event_kind=r.kind, start=r.start, end=r.end, location=r.location,
    )


def _new_organization(r: schema.OrganizationRecord) -> Organization:
    return Organization(
        kind="organization", id=r.id, name=r.name, aliases=r.aliases, description=r.description,
        wikidata=r.wikidata, loc=r.loc, org_kind=r.kind, founded=r.founded, url=r.url,
    )


def _new_person(r: schema.PersonRecord) -> Person:
    return Person(kind="person", id=r.id, name=r.name, aliases=r.aliases, description=r.description, wikidata=r.wikidata, loc=r.loc)


def _new_source(r: schema.SourceRecord) -> Source:
    return Source(
        kind="source", id=r.id, name=r.name, aliases=r.aliases, description=r.description,
        wikidata=r.wikidata, loc=r.loc,
        url=r.url, language=r.language, source_kind=r.kind,
    )


def _resolve_list(refs: list[Ref], kind: str, what: str, resolver: _Resolver) -> list[tuple[Entity, Ref]]:
    """Resolved references, reporting any entity listed twice."""
    out: list[tuple[Entity, Ref]] = []
    seen: dict[int, Ref] = {}
    for ref in refs:
        entity = resolver.resolve(ref, kind, what)
        if entity is None:
            continue
        if id(entity) in seen:
            first = seen[id(entity)]
            resolver.problems.add(ref.loc, f"{what}: '{entity.id}' is listed twice (first at line {first.loc.line})")
            continue
        seen[id(entity)] = ref
        out.append((entity, ref))
    return out


def _link_events(records: Records, events: dict[str, Event], resolver: _Resolver, problems: Problems) -> None:
    for ident, r in records.events.items():
        event = events[ident]
        if r.end is not None and r.end < r.start:
            problems.add(r.loc, f"end: {r.end} is before start {r.start}")
        country = _country_of(r, resolver)
        if country is not None:
            event.country = country
            country.hosted.append(event)
        for org, ref in _resolve_list(r.organizers, "organization", "organizers", resolver):
            event.organizers.append(org)  # type: ignore[arg-type]
            _involve(event, org, ref.role or "organizer", ref.note)
        if r.participants is not None:
            for kind, refs in (
                ("country", r.participants.countries),
                ("organization", r.participants.organizations),
                ("person", r.participants.people),
            ):
                for entity, ref in _resolve_list(refs, kind, f"participants.{FOLDERS[kind]}", resolver):
                    event.participants.append(_involve(event, entity, ref.role or "participant", ref.note))
        _link_parent(event, r.parent, resolver)
    _report_cycles(events.values(), "event", problems)
    for event in events.values():
        event.children.sort(key=lambda e: (e.start, e.id))


def _link_parent(entity: Event | Organization, ref: Ref | None, resolver: _Resolver) -> None:
    """Attach `entity` under the parent of its own kind that `ref` names (reported if unresolved)."""
    if ref is None:
        return
    parent = resolver.resolve(ref, entity.kind, "parent")
    if parent is not None:
        entity.parent = parent  # type: ignore[assignment]
        parent.children.append(entity)  # type: ignore[attr-defined]


def _country_of(record: object, resolver: _Resolver) -> Country | None:
    """The country a record's `country` field names; an unresolved one is reported."""
    ref = getattr(record, "country")
    if ref is None:
        return None
    country = resolver.resolve(ref, "country", "country")
    return country if isinstance(country, Country) else None


def _involve(event: Event, entity: Entity, role: str, note: str | None) -> Involvement:
    involvement = Involvement(event, entity, role, note)
    entity.involvements.append(involvement)
    return involvement


def _report_cycles(entities: Iterable[Entity], kind: str, problems: Problems) -> None:
    for entity in entities:
        seen = {id(entity)}
        node = entity.parent  # type: ignore[attr-defined]
        while node is not None:
            if id(node) in seen:
                problems.add(entity.loc, f"parent: {kind} '{entity.id}' is its own ancestor")
                entity.parent = None  # type: ignore[attr-defined]
                break
            seen.add(id(node))
            node = node.parent


def _link_organizations(records: Records, orgs: dict[str, Organization], resolver: _Resolver, problems: Problems) -> None:
    for ident, r in records.organizations.items():
        org = orgs[ident]
        seat = _country_of(r, resolver)
        if seat is not None:
            org.seat = seat
            seat.seats.append(org)
        for country, _ in _resolve_list(r.members, "country", "members", resolver):
            org.members.append(country)  # type: ignore[arg-type]
            country.memberships.append(org)  # type: ignore[attr-defined]
        _link_parent(org, r.parent, resolver)
    _report_cycles(orgs.values(), "organization", problems)
    for org in orgs.values():
        org.members.sort(key=lambda c: c.sort_key)
        org.children.sort(key=lambda o: o.sort_key)


def _link_people(records: Records, people: dict[str, Person], resolver: _Resolver) -> None:
    for ident, r in records.people.items():
        person = people[ident]
        country = _country_of(r, resolver)
        if country is not None:
            person.country = country
            country.nationals.append(person)
        for index, p in enumerate(r.positions):
            if p.since and p.until and p.until < p.since:
                resolver.problems.add(p.loc, f"positions[{index + 1}].until: {p.until} is before since {p.since}")
            org = resolver.resolve(p.organization, "organization", f"positions[{index + 1}].organization") if p.organization else None
            view = PositionView(person, p.title, org, p.since, p.until)  # type: ignore[arg-type]
            person.positions.append(view)
            if isinstance(org, Organization):
                org.staff.append(view)


def _link_sources(records: Records, sources: dict[str, Source], resolver: _Resolver) -> None:
    for ident, r in records.sources.items():
        country = _country_of(r, resolver)
        if country is not None:
            sources[ident].country = country
            country.sources.append(sources[ident])


_ARTICLE_LISTS = (("events", "event"), ("organizations", "organization"), ("countries", "country"), ("people", "person"))


def _link_articles(records: Records, resolver: _Resolver, problems: Problems) -> list[Article]:
    articles = []
    for ident, r in records.articles.items():
        source = resolver.resolve(r.source, "source", "source")
        mentions: list[Mention] = []
        for field_name, kind in _ARTICLE_LISTS:
            for entity, ref in _resolve_list(getattr(r, field_name), kind, field_name, resolver):
                mentions.append(Mention(None, entity, ref.role, ref.note))  # type: ignore[arg-type]
        quotes = []
        for index, q in enumerate(r.quotes):
            speaker = _resolve_speaker(q.speaker, f"quotes[{index + 1}].speaker", resolver)
            if speaker is not None:
                quotes.append((speaker, q))
        if not isinstance(source, Source):
            continue
        article = Article(
            id=ident, title=r.title, source=source, published=r.published, summary=r.summary, url=r.url,
            language=r.language or "en", dateline=r.dateline, notes=r.notes, tags=sorted(set(r.tags)), loc=r.loc,
        )
        listed = {id(m.entity) for m in mentions}
        for speaker, _ in quotes:
            if id(speaker) not in listed:  # a speaker is mentioned even when the lists forgot them
                listed.add(id(speaker))
                mentions.append(Mention(None, speaker, "quoted", None))  # type: ignore[arg-type]
        for mention in mentions:
            mention.article = article
            mention.entity.mentions.append(mention)
        article.mentions = mentions
        article.quotes = [QuoteView(article, speaker, q.text, q.context) for speaker, q in quotes]
        for quote in article.quotes:
            quote.speaker.quotes_by.append(quote)
            for mention in mentions:
                if mention.entity is not quote.speaker:
                    mention.entity.quotes_about.append(quote)
        source.articles.append(article)
        for mention in mentions:  # a source's "related" entities are what it covers
            source.co_mentions[mention.entity] += 1
        _count_co_mentions(mentions)
        articles.append(article)
    articles.sort(key=newest_first, reverse=True)
    for source in resolver.by_id["source"].values():
        source.articles.sort(key=newest_first, reverse=True)  # type: ignore[attr-defined]
        source.mentions = [Mention(a, source, "source") for a in source.articles]  # type: ignore[attr-defined]
    return articles


def _resolve_speaker(ref: Ref, what: str, resolver: _Resolver) -> Entity | None:
    """A person, or else an organization; a name that fits both is ambiguous."""
    key = normalize(ref.text)
    as_person = ref.text in resolver.by_id["person"] or key in resolver.by_name["person"]
    as_org = ref.text in resolver.by_id["organization"] or key in resolver.by_name["organization"]
    if as_org and not as_person:
        return resolver.resolve(ref, "organization", what)
    if as_person and as_org:
        resolver.problems.add(ref.loc, f"{what}: '{ref.text}' is both a person and an organization; use the person's id")
        return None
    return resolver.resolve(ref, "person", what)


def _check_references(record: object, resolver: _Resolver, where: str = "") -> None:
    """Resolve, for their error messages only, the references of a record that is not rendered."""
    for spec in schema.record_fields(type(record)):
        value = getattr(record, spec.name)
        target = spec.metadata.get("target")
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            label = f"{where}{spec.name}" + (f"[{index + 1}]" if isinstance(value, list) and spec.metadata["parse"] != "refs" else "")
            if isinstance(item, Ref) and target:
                if target == "person|organization":
                    _resolve_speaker(item, label, resolver)
                else:
                    resolver.resolve(item, target, label)
            elif item is not None and hasattr(item, "__dataclass_fields__"):
                _check_references(item, resolver, f"{label}.")


def _count_co_mentions(mentions: list[Mention]) -> None:
    entities = [m.entity for m in mentions]
    for entity in entities:
        entity.co_mentions.update(entities)  # Counter.update counts in C; 3x faster than a loop
    for entity in entities:
        entity.co_mentions.pop(entity, None)  # an entity is not mentioned alongside itself
