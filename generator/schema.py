"""The record contract (shared/spec/records.md), declared once as types.

Each field says how it is read (`parse`), whether it is required, and what it
means (`doc`). The validator reads records through these declarations and the
About page documents the format from them, so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import readers
from .dates import PartialDate
from .kinds import COUNTRY, EVENT, ORGANIZATION, PERSON, SOURCE
from .problems import Loc
from .readers import ID_MAX, ID_PATTERN, NAME_MAX, RESERVED_IDS, Reader, Ref, record_fields

__all__ = ["ID_MAX", "ID_PATTERN", "NAME_MAX", "RESERVED_IDS", "Ref", "record_fields"]  # and the record types

EVENT_KINDS = (
    "meeting summit exercise attack operation statement agreement election incident other"
).split()
ORGANIZATION_KINDS = (
    "intergovernmental government-agency security-service military armed-group "
    "terrorist-organization political-party media ngo company other"
).split()
SOURCE_KINDS = "news-agency newspaper broadcaster government ngo other".split()

# The Admiralty (NATO) grading: a letter for the source, a number for the information.
# Grades are the annotating team's judgement, not facts; the About page says so.
RELIABILITY = {
    "A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
    "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged",
}
CREDIBILITY = {
    "1": "confirmed by other sources", "2": "probably true", "3": "possibly true",
    "4": "doubtful", "5": "improbable", "6": "truth cannot be judged",
}
OWNERSHIP = ("state", "public", "private", "party", "unknown")

TEXT_MAX = 20_000
QUOTE_MAX = 3_000


def spec(read: Reader, *, required: bool = False, doc: str = "", target: str | None = None) -> Any:
    """A record field, read and checked by `read` (see readers.py); `target` is the kind a
    reference points to ('person|organization' for a quote's speaker)."""
    meta = {"read": read, "required": required, "doc": doc, "target": target}
    if read.many:
        return field(default_factory=list, metadata=meta)
    return field(default=None, metadata=meta)


def internal(default: Any = None) -> Any:
    """A field the generator fills in, not one a record may set."""
    return field(default=default, metadata={"internal": True}, compare=False)


@dataclass
class RefMapping:
    id: str = spec(readers.text(NAME_MAX), required=True, doc="id, name or alias of the entity")
    role: str = spec(readers.text(80), doc="its role here, e.g. host, organizer, target")
    note: str = spec(readers.text(NAME_MAX), doc="a short comment on this mention")


REF = readers.ref(RefMapping)
SPEAKER = f"{PERSON}|{ORGANIZATION}"  # a quote's speaker: a person, or else an organization
OWNER = f"{ORGANIZATION}|{COUNTRY}"  # a source's owner: an organization, or else a country
CREDIBILITY_DOC = "Admiralty scale: " + ", ".join(f"{k} {v}" for k, v in CREDIBILITY.items())
REFS = readers.list_of(REF, refs=True)


@dataclass
class Quote:
    speaker: Ref = spec(REF, required=True, target=SPEAKER, doc="a person (or organization) reference")
    text: str = spec(readers.text(QUOTE_MAX, multiline=True), required=True, doc="the words as reported")
    context: str = spec(readers.text(NAME_MAX * 3), doc="when or where it was said")
    credibility: str = spec(readers.grade(tuple(CREDIBILITY)), doc="how credible what was said is, " + CREDIBILITY_DOC)
    loc: Loc = internal()


@dataclass
class Position:
    title: str = spec(readers.text(NAME_MAX), required=True, doc="e.g. Head, Minister of Defence")
    organization: Ref = spec(REF, target=ORGANIZATION, doc="an organization reference")
    since: PartialDate = spec(readers.partial_date(), doc="YYYY, YYYY-MM or YYYY-MM-DD")
    until: PartialDate = spec(readers.partial_date(), doc="YYYY, YYYY-MM or YYYY-MM-DD")
    loc: Loc = internal()


@dataclass
class Participants:
    countries: list[Ref] = spec(REFS, target=COUNTRY, doc="country references")
    organizations: list[Ref] = spec(REFS, target=ORGANIZATION, doc="organization references")
    people: list[Ref] = spec(REFS, target=PERSON, doc="person references")
    loc: Loc = internal()


@dataclass
class ArticleRecord:
    id: str = spec(readers.ident(), doc="the page address; defaults to the file name without .yml")
    title: str = spec(readers.text(NAME_MAX * 2), required=True, doc="headline as published")
    source: Ref = spec(REF, required=True, target=SOURCE, doc="the outlet: a source reference")
    published: PartialDate = spec(readers.date(), required=True, doc="YYYY-MM-DD")
    url: str = spec(readers.url(), doc="http or https address of the original")
    language: str = spec(readers.language(), doc="ISO 639-1 code; default en")
    dateline: str = spec(readers.text(NAME_MAX), doc="place the story was filed from")
    summary: str = spec(readers.text(TEXT_MAX, multiline=True), required=True, doc="your own summary, plain text")
    events: list[Ref] = spec(REFS, target=EVENT, doc="event references")
    organizations: list[Ref] = spec(REFS, target=ORGANIZATION, doc="organization references")
    countries: list[Ref] = spec(REFS, target=COUNTRY, doc="country references")
    people: list[Ref] = spec(REFS, target=PERSON, doc="person references")
    quotes: list[Quote] = spec(readers.list_of(readers.nested(Quote)), doc="list of {speaker, text, context}")
    tags: list[str] = spec(readers.tags(), doc="lowercase words, e.g. terrorism")
    notes: str = spec(readers.text(TEXT_MAX, multiline=True), doc="the analyst's comment")
    credibility: str = spec(readers.grade(tuple(CREDIBILITY)), doc="how credible the information is, " + CREDIBILITY_DOC)
    loc: Loc = internal()


@dataclass
class EventRecord:
    name: str = spec(readers.text(NAME_MAX), required=True, doc="the event's name")
    kind: str = spec(readers.choice(EVENT_KINDS), required=True, doc=", ".join(EVENT_KINDS))
    start: PartialDate = spec(readers.partial_date(), required=True, doc="YYYY, YYYY-MM or YYYY-MM-DD")
    end: PartialDate = spec(readers.partial_date(), doc="YYYY, YYYY-MM or YYYY-MM-DD")
    location: str = spec(readers.text(NAME_MAX), doc="a place name, e.g. Dushanbe")
    country: Ref = spec(REF, target=COUNTRY, doc="a country reference")
    organizers: list[Ref] = spec(REFS, target=ORGANIZATION, doc="organization references")
    participants: Participants = spec(
        readers.nested(Participants), doc="{countries, organizations, people}: lists of references"
    )
    parent: Ref = spec(REF, target=EVENT, doc="an event id, e.g. a series")
    aliases: list[str] = spec(readers.names(), doc="other names")
    wikidata: str = spec(readers.wikidata(), doc="Wikidata item, Q and digits")
    description: str = spec(readers.text(TEXT_MAX, multiline=True), doc="plain text")
    id: str = internal()
    loc: Loc = internal()


@dataclass
class OrganizationRecord:
    name: str = spec(readers.text(NAME_MAX), required=True, doc="the organization's name")
    aliases: list[str] = spec(readers.names(), doc="other names, abbreviations, other scripts")
    kind: str = spec(readers.choice(ORGANIZATION_KINDS), doc=", ".join(ORGANIZATION_KINDS))
    country: Ref = spec(REF, target=COUNTRY, doc="the country of its seat")
    founded: PartialDate = spec(readers.partial_date(), doc="YYYY, YYYY-MM or YYYY-MM-DD")
    members: list[Ref] = spec(REFS, target=COUNTRY, doc="member country references")
    parent: Ref = spec(REF, target=ORGANIZATION, doc="an organization id")
    url: str = spec(readers.url(), doc="http or https address")
    wikidata: str = spec(readers.wikidata(), doc="Wikidata item, Q and digits")
    description: str = spec(readers.text(TEXT_MAX, multiline=True), doc="plain text")
    id: str = internal()
    loc: Loc = internal()


@dataclass
class PersonRecord:
    name: str = spec(readers.text(NAME_MAX), required=True, doc="the person's name")
    aliases: list[str] = spec(readers.names(), doc="other spellings and names")
    country: Ref = spec(REF, target=COUNTRY, doc="a country reference")
    positions: list[Position] = spec(
        readers.list_of(readers.nested(Position)), doc="list of {title, organization, since, until}"
    )
    wikidata: str = spec(readers.wikidata(), doc="Wikidata item, Q and digits")
    description: str = spec(readers.text(TEXT_MAX, multiline=True), doc="plain text")
    id: str = internal()
    loc: Loc = internal()


@dataclass
class SourceRecord:
    name: str = spec(readers.text(NAME_MAX), required=True, doc="the outlet's name")
    aliases: list[str] = spec(readers.names(), doc="other names (an extension of the contract)")
    url: str = spec(readers.url(), doc="http or https address")
    country: Ref = spec(REF, target=COUNTRY, doc="a country reference")
    language: str = spec(readers.language(), doc="ISO 639-1 code")
    kind: str = spec(readers.choice(SOURCE_KINDS), doc=", ".join(SOURCE_KINDS))
    wikidata: str = spec(readers.wikidata(), doc="Wikidata item, Q and digits (an extension of the contract)")
    description: str = spec(readers.text(TEXT_MAX, multiline=True), doc="plain text")
    reliability: str = spec(
        readers.grade(tuple(RELIABILITY)),
        doc="how reliable the source is, Admiralty scale: " + ", ".join(f"{k} {v}" for k, v in RELIABILITY.items()),
    )
    reliability_note: str = spec(readers.text(TEXT_MAX, multiline=True), doc="why the team gave that grade")
    ownership: str = spec(readers.choice(OWNERSHIP), doc=", ".join(OWNERSHIP))
    owner: Ref = spec(REF, target=OWNER, doc="the owning organization or country")
    id: str = internal()
    loc: Loc = internal()


@dataclass
class CountryRecord:
    """An entry of countries.yml: extra names and notes for an ISO country."""

    name: str = spec(readers.text(NAME_MAX), doc="the name to show instead of the common English one")
    aliases: list[str] = spec(readers.names(), doc="other names, e.g. in other scripts")
    wikidata: str = spec(readers.wikidata(), doc="Wikidata item, Q and digits")
    description: str = spec(readers.text(TEXT_MAX, multiline=True), doc="plain text")
    id: str = internal()  # the ISO alpha-2 code
    loc: Loc = internal()


REGISTRY_RECORDS = {EVENT: EventRecord, ORGANIZATION: OrganizationRecord, PERSON: PersonRecord, SOURCE: SourceRecord}


@dataclass
class Records:
    """Every readable record, keyed by id; `broken` holds ids whose record failed."""

    articles: dict[str, ArticleRecord] = field(default_factory=dict)
    events: dict[str, EventRecord] = field(default_factory=dict)
    organizations: dict[str, OrganizationRecord] = field(default_factory=dict)
    people: dict[str, PersonRecord] = field(default_factory=dict)
    sources: dict[str, SourceRecord] = field(default_factory=dict)
    countries: dict[str, CountryRecord] = field(default_factory=dict)
    broken: dict[str, set[str]] = field(default_factory=dict)  # kind -> ids
    # Records missing a required field: never rendered, but their references are
    # still checked so that one run reports every problem.
    incomplete: list = field(default_factory=list)
    # Article records read without a problem, by (file as shown, digest): what record_cache.py keeps.
    clean_articles: dict[tuple[str, str], ArticleRecord] = field(default_factory=dict)

    def registries(self) -> "Records":
        """These records without the articles (what registry_footprints.entry_digests reads)."""
        return Records(events=self.events, organizations=self.organizations, people=self.people, sources=self.sources,
                       countries=self.countries)

    def registry(self, kind: str) -> dict:
        """The records of one registry kind (event, organization, person, source), by id."""
        return {EVENT: self.events, ORGANIZATION: self.organizations, PERSON: self.people, SOURCE: self.sources}[kind]
