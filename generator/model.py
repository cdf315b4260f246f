"""Stage 3: resolve every reference and cross-link the briefing book.

The result is a typed graph (the types are in entities.py, re-exported here)
that templates only read; the pipeline then adds the derived views (views.py).
"""

from __future__ import annotations

from . import schema
from .entities import (
    Article, Country, Entity, Event, Involvement, Link, Mention, Model, Organization, Person, PositionView,
    QuoteView, Source, Trend, most_often, newest_first,
)
from .kinds import COUNTRY, ENTITY_KINDS, EVENT, ORGANIZATION, PERSON, SOURCE
from .problems import Problems
from .resolve import Resolver, check_references, resolve_list, resolve_owner, resolve_speaker
from .schema import Records, Ref

__all__ = [  # the entity types live in entities.py; importing them from here keeps working
    "Article", "Country", "Entity", "Event", "Involvement", "Link", "Mention", "Model", "Organization", "Person",
    "PositionView", "QuoteView", "Source", "Trend", "build_model", "most_often", "newest_first",
]



def build_model(records: Records, problems: Problems) -> Model:
    resolver = Resolver(records, problems)
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
        check_references(record, resolver)

    entities = {kind: sorted(resolver.by_id[kind].values(), key=lambda e: e.sort_key) for kind in ENTITY_KINDS}
    for kind_entities in entities.values():
        for entity in kind_entities:
            # mentions, quotes_by and quotes_about are newest first already: _link_articles goes newest first.
            entity.involvements.sort(key=lambda i: (i.event.start, i.event.id), reverse=True)
    return Model(articles=articles, entities=entities)


def _new_event(r: schema.EventRecord) -> Event:
    return Event(
        kind=EVENT, id=r.id, name=r.name, aliases=r.aliases, description=r.description,
        wikidata=r.wikidata, loc=r.loc, event_kind=r.kind, start=r.start, end=r.end, location=r.location,
    )


def _new_organization(r: schema.OrganizationRecord) -> Organization:
    return Organization(
        kind=ORGANIZATION, id=r.id, name=r.name, aliases=r.aliases, description=r.description,
        wikidata=r.wikidata, loc=r.loc, org_kind=r.kind, founded=r.founded, url=r.url,
    )


def _new_person(r: schema.PersonRecord) -> Person:
    return Person(kind=PERSON, id=r.id, name=r.name, aliases=r.aliases, description=r.description, wikidata=r.wikidata, loc=r.loc)


def _new_source(r: schema.SourceRecord) -> Source:
    return Source(
        kind=SOURCE, id=r.id, name=r.name, aliases=r.aliases, description=r.description,
        wikidata=r.wikidata, loc=r.loc,
        url=r.url, language=r.language, source_kind=r.kind,
        reliability=r.reliability, reliability_note=r.reliability_note, ownership=r.ownership,
    )



def _link_events(records: Records, events: dict[str, Event], resolver: Resolver, problems: Problems) -> None:
    for ident, r in records.events.items():
        event = events[ident]
        if r.end is not None and r.end < r.start:
            problems.add(r.loc, f"end: {r.end} is before start {r.start}")
        country = _country_of(r, resolver)
        if country is not None:
            event.country = country
            country.hosted.append(event)
        for org, ref in resolve_list(r.organizers, ORGANIZATION, "organizers", resolver):
            event.organizers.append(org)  # type: ignore[arg-type]
            _involve(event, org, ref.role or "organizer", ref.note)
        if r.participants is not None:
            for field_name, kind in (("countries", COUNTRY), ("organizations", ORGANIZATION), ("people", PERSON)):
                refs = getattr(r.participants, field_name)
                for entity, ref in resolve_list(refs, kind, f"participants.{field_name}", resolver):
                    event.participants.append(_involve(event, entity, ref.role or "participant", ref.note))
        _link_parent(event, r.parent, resolver)
    _report_cycles(events.values(), EVENT, problems)
    for event in events.values():
        event.children.sort(key=lambda e: (e.start, e.id))


def _link_parent(entity: Event | Organization, ref: Ref | None, resolver: Resolver) -> None:
    """Attach `entity` under the parent of its own kind that `ref` names (reported if unresolved)."""
    if ref is None:
        return
    parent = resolver.resolve(ref, entity.kind, "parent")
    if parent is not None:
        entity.parent = parent  # type: ignore[assignment]
        parent.children.append(entity)  # type: ignore[attr-defined]


def _country_of(record: object, resolver: Resolver) -> Country | None:
    """The country a record's `country` field names; an unresolved one is reported."""
    ref = getattr(record, "country")
    if ref is None:
        return None
    country = resolver.resolve(ref, COUNTRY, "country")
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


def _link_organizations(records: Records, orgs: dict[str, Organization], resolver: Resolver, problems: Problems) -> None:
    for ident, r in records.organizations.items():
        org = orgs[ident]
        seat = _country_of(r, resolver)
        if seat is not None:
            org.seat = seat
            seat.seats.append(org)
        for country, _ in resolve_list(r.members, COUNTRY, "members", resolver):
            org.members.append(country)  # type: ignore[arg-type]
            country.memberships.append(org)  # type: ignore[attr-defined]
        _link_parent(org, r.parent, resolver)
    _report_cycles(orgs.values(), ORGANIZATION, problems)
    for org in orgs.values():
        org.members.sort(key=lambda c: c.sort_key)
        org.children.sort(key=lambda o: o.sort_key)


def _link_people(records: Records, people: dict[str, Person], resolver: Resolver) -> None:
    for ident, r in records.people.items():
        person = people[ident]
        country = _country_of(r, resolver)
        if country is not None:
            person.country = country
            country.nationals.append(person)
        for index, p in enumerate(r.positions):
            if p.since and p.until and p.until < p.since:
                resolver.problems.add(p.loc, f"positions[{index + 1}].until: {p.until} is before since {p.since}")
            org = resolver.resolve(p.organization, ORGANIZATION, f"positions[{index + 1}].organization") if p.organization else None
            view = PositionView(person, p.title, org, p.since, p.until)  # type: ignore[arg-type]
            person.positions.append(view)
            if isinstance(org, Organization):
                org.staff.append(view)


def _link_sources(records: Records, sources: dict[str, Source], resolver: Resolver) -> None:
    for ident, r in records.sources.items():
        country = _country_of(r, resolver)
        if country is not None:
            sources[ident].country = country
            country.sources.append(sources[ident])
        if r.owner is not None:
            sources[ident].owner = resolve_owner(r.owner, "owner", resolver)


_ARTICLE_LISTS = (("events", EVENT), ("organizations", ORGANIZATION), ("countries", COUNTRY), ("people", PERSON))  # field, kind


def _link_articles(records: Records, resolver: Resolver, problems: Problems) -> list[Article]:
    """The articles, newest first, each linked to what it mentions and quotes. Going newest first
    fills every entity's mentions and quotes newest first too (sorting them took seconds at 100,000)."""
    articles = []
    # The order newest_first gives Articles; a stable sort keeps records order for equal keys, as before.
    in_order = sorted(records.articles.items(), key=lambda item: (item[1].published, item[0]), reverse=True)
    for ident, r in in_order:
        source = resolver.resolve(r.source, SOURCE, "source")
        mentions: list[Mention] = []
        for field_name, kind in _ARTICLE_LISTS:
            for entity, ref in resolve_list(getattr(r, field_name), kind, field_name, resolver):
                mentions.append(Mention(None, entity, ref.role, ref.note))  # type: ignore[arg-type]
        quotes = []
        for index, q in enumerate(r.quotes):
            speaker = resolve_speaker(q.speaker, f"quotes[{index + 1}].speaker", resolver)
            if speaker is not None:
                quotes.append((speaker, q))
        if not isinstance(source, Source):
            continue
        article = Article(
            id=ident, title=r.title, source=source, published=r.published, summary=r.summary, url=r.url,
            language=r.language or "en", dateline=r.dateline, notes=r.notes, tags=sorted(set(r.tags)), loc=r.loc,
            credibility=r.credibility,
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
        article.quotes = [QuoteView(article, speaker, q.text, q.context, q.credibility) for speaker, q in quotes]
        for quote in article.quotes:
            quote.speaker.quotes_by.append(quote)
            for mention in mentions:
                if mention.entity is not quote.speaker:
                    mention.entity.quotes_about.append(quote)
        source.articles.append(article)
        articles.append(article)
    for source in resolver.by_id[SOURCE].values():
        source.mentions = [Mention(a, source, "source") for a in source.articles]  # type: ignore[attr-defined]
    return articles
