"""The record contract (shared/spec/records.md), declared once as types.

Each field says how it is read (`parse`), whether it is required, and what it
means (`doc`). The validator reads records through these declarations and the
About page documents the format from them, so the two cannot drift apart.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, fields
from typing import Any

from .dates import PartialDate
from .problems import Loc

EVENT_KINDS = (
    "meeting summit exercise attack operation statement agreement election incident other"
).split()
ORGANIZATION_KINDS = (
    "intergovernmental government-agency security-service military armed-group "
    "terrorist-organization political-party media ngo company other"
).split()
SOURCE_KINDS = "news-agency newspaper broadcaster government ngo other".split()

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
ID_MAX = 80
# Page addresses that the generator itself uses inside each kind's folder.
RESERVED_IDS = frozenset({"index"})

NAME_MAX = 300
TEXT_MAX = 20_000
QUOTE_MAX = 3_000


def spec(parse: str, *, required: bool = False, doc: str = "", target: str | None = None, **options: Any) -> Any:
    """A record field: `parse` names a reader in validate.FIELD_READERS; `target` is the
    kind a reference points to ('person|organization' for a quote's speaker)."""
    meta = {"parse": parse, "required": required, "doc": doc, "target": target, "options": options}
    many = parse in {"refs", "names", "tags", "quotes", "positions"}
    if many:
        return field(default_factory=list, metadata=meta)
    return field(default=None, metadata=meta)


def internal(default: Any = None) -> Any:
    """A field the generator fills in, not one a record may set."""
    return field(default=default, metadata={"internal": True}, compare=False)


@functools.cache  # dataclasses.fields() is slow, and validate asks once per record (53,000 times at 10,000 articles)
def record_fields(cls: type) -> tuple:
    return tuple(f for f in fields(cls) if not f.metadata.get("internal"))


@dataclass(frozen=True)
class Ref:
    """A reference as written: an id, a name or an alias, with an optional role."""

    text: str
    loc: Loc
    role: str | None = None
    note: str | None = None


@dataclass
class RefMapping:
    id: str = spec("text", required=True, doc="id, name or alias of the entity", max_len=NAME_MAX)
    role: str = spec("text", doc="its role here, e.g. host, organizer, target", max_len=80)
    note: str = spec("text", doc="a short comment on this mention", max_len=NAME_MAX)


@dataclass
class Quote:
    speaker: Ref = spec("ref", required=True, target="person|organization", doc="a person (or organization) reference")
    text: str = spec("text", required=True, doc="the words as reported", max_len=QUOTE_MAX, multiline=True)
    context: str = spec("text", doc="when or where it was said", max_len=NAME_MAX * 3)
    loc: Loc = internal()


@dataclass
class Position:
    title: str = spec("text", required=True, doc="e.g. Head, Minister of Defence", max_len=NAME_MAX)
    organization: Ref = spec("ref", target="organization", doc="an organization reference")
    since: PartialDate = spec("partial_date", doc="YYYY, YYYY-MM or YYYY-MM-DD")
    until: PartialDate = spec("partial_date", doc="YYYY, YYYY-MM or YYYY-MM-DD")
    loc: Loc = internal()


@dataclass
class Participants:
    countries: list[Ref] = spec("refs", target="country", doc="country references")
    organizations: list[Ref] = spec("refs", target="organization", doc="organization references")
    people: list[Ref] = spec("refs", target="person", doc="person references")
    loc: Loc = internal()


@dataclass
class ArticleRecord:
    id: str = spec("id", doc="the page address; defaults to the file name without .yml")
    title: str = spec("text", required=True, doc="headline as published", max_len=NAME_MAX * 2)
    source: Ref = spec("ref", required=True, target="source", doc="the outlet: a source reference")
    published: PartialDate = spec("date", required=True, doc="YYYY-MM-DD")
    url: str = spec("url", doc="http or https address of the original")
    language: str = spec("language", doc="ISO 639-1 code; default en")
    dateline: str = spec("text", doc="place the story was filed from", max_len=NAME_MAX)
    summary: str = spec(
        "text", required=True, doc="your own summary, plain text", max_len=TEXT_MAX, multiline=True
    )
    events: list[Ref] = spec("refs", target="event", doc="event references")
    organizations: list[Ref] = spec("refs", target="organization", doc="organization references")
    countries: list[Ref] = spec("refs", target="country", doc="country references")
    people: list[Ref] = spec("refs", target="person", doc="person references")
    quotes: list[Quote] = spec("quotes", doc="list of {speaker, text, context}")
    tags: list[str] = spec("tags", doc="lowercase words, e.g. terrorism")
    notes: str = spec("text", doc="the analyst's comment", max_len=TEXT_MAX, multiline=True)
    loc: Loc = internal()


@dataclass
class EventRecord:
    name: str = spec("text", required=True, doc="the event's name", max_len=NAME_MAX)
    kind: str = spec("choice", required=True, choices=EVENT_KINDS, doc=", ".join(EVENT_KINDS))
    start: PartialDate = spec("partial_date", required=True, doc="YYYY, YYYY-MM or YYYY-MM-DD")
    end: PartialDate = spec("partial_date", doc="YYYY, YYYY-MM or YYYY-MM-DD")
    location: str = spec("text", doc="a place name, e.g. Dushanbe", max_len=NAME_MAX)
    country: Ref = spec("ref", target="country", doc="a country reference")
    organizers: list[Ref] = spec("refs", target="organization", doc="organization references")
    participants: Participants = spec(
        "participants", doc="{countries, organizations, people}: lists of references"
    )
    parent: Ref = spec("ref", target="event", doc="an event id, e.g. a series")
    aliases: list[str] = spec("names", doc="other names")
    wikidata: str = spec("wikidata", doc="Wikidata item, Q and digits")
    description: str = spec("text", doc="plain text", max_len=TEXT_MAX, multiline=True)
    id: str = internal()
    loc: Loc = internal()


@dataclass
class OrganizationRecord:
    name: str = spec("text", required=True, doc="the organization's name", max_len=NAME_MAX)
    aliases: list[str] = spec("names", doc="other names, abbreviations, other scripts")
    kind: str = spec("choice", choices=ORGANIZATION_KINDS, doc=", ".join(ORGANIZATION_KINDS))
    country: Ref = spec("ref", target="country", doc="the country of its seat")
    founded: PartialDate = spec("partial_date", doc="YYYY, YYYY-MM or YYYY-MM-DD")
    members: list[Ref] = spec("refs", target="country", doc="member country references")
    parent: Ref = spec("ref", target="organization", doc="an organization id")
    url: str = spec("url", doc="http or https address")
    wikidata: str = spec("wikidata", doc="Wikidata item, Q and digits")
    description: str = spec("text", doc="plain text", max_len=TEXT_MAX, multiline=True)
    id: str = internal()
    loc: Loc = internal()


@dataclass
class PersonRecord:
    name: str = spec("text", required=True, doc="the person's name", max_len=NAME_MAX)
    aliases: list[str] = spec("names", doc="other spellings and names")
    country: Ref = spec("ref", target="country", doc="a country reference")
    positions: list[Position] = spec("positions", doc="list of {title, organization, since, until}")
    wikidata: str = spec("wikidata", doc="Wikidata item, Q and digits")
    description: str = spec("text", doc="plain text", max_len=TEXT_MAX, multiline=True)
    id: str = internal()
    loc: Loc = internal()


@dataclass
class SourceRecord:
    name: str = spec("text", required=True, doc="the outlet's name", max_len=NAME_MAX)
    aliases: list[str] = spec("names", doc="other names (an extension of the contract)")
    url: str = spec("url", doc="http or https address")
    country: Ref = spec("ref", target="country", doc="a country reference")
    language: str = spec("language", doc="ISO 639-1 code")
    kind: str = spec("choice", choices=SOURCE_KINDS, doc=", ".join(SOURCE_KINDS))
    wikidata: str = spec("wikidata", doc="Wikidata item, Q and digits (an extension of the contract)")
    description: str = spec("text", doc="plain text", max_len=TEXT_MAX, multiline=True)
    id: str = internal()
    loc: Loc = internal()


@dataclass
class CountryRecord:
    """An entry of countries.yml: extra names and notes for an ISO country."""

    name: str = spec("text", doc="the name to show instead of the common English one", max_len=NAME_MAX)
    aliases: list[str] = spec("names", doc="other names, e.g. in other scripts")
    wikidata: str = spec("wikidata", doc="Wikidata item, Q and digits")
    description: str = spec("text", doc="plain text", max_len=TEXT_MAX, multiline=True)
    id: str = internal()  # the ISO alpha-2 code
    loc: Loc = internal()


REGISTRY_RECORDS = {
    "events": EventRecord,
    "organizations": OrganizationRecord,
    "people": PersonRecord,
    "sources": SourceRecord,
}


@dataclass
class Records:
    """Every readable record, keyed by id; `broken` holds ids whose record failed."""

    articles: dict[str, ArticleRecord] = field(default_factory=dict)
    events: dict[str, EventRecord] = field(default_factory=dict)
    organizations: dict[str, OrganizationRecord] = field(default_factory=dict)
    people: dict[str, PersonRecord] = field(default_factory=dict)
    sources: dict[str, SourceRecord] = field(default_factory=dict)
    countries: dict[str, CountryRecord] = field(default_factory=dict)
    broken: dict[str, set[str]] = field(default_factory=dict)
    # Records missing a required field: never rendered, but their references are
    # still checked so that one run reports every problem.
    incomplete: list = field(default_factory=list)
    # Article records read without a problem, by (file as shown, digest): what record_cache.py keeps.
    clean_articles: dict[tuple[str, str], ArticleRecord] = field(default_factory=dict)
