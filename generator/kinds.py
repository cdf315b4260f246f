"""The kind vocabulary: every sort of page-owning thing, and each way it is spelled.

The only place a kind's words are written: its singular (what code and records
call it, also its CSS class and data `kind`), the folder its records and pages
live in, the title of its index page, its plural in running text, and the
template that draws its page. Entity kinds come in the order pages and lists
show them. No dependencies: everything else may import this.
"""

from __future__ import annotations

from dataclasses import dataclass

ARTICLE = "article"
EVENT = "event"
ORGANIZATION = "organization"
COUNTRY = "country"
PERSON = "person"
SOURCE = "source"


@dataclass(frozen=True)
class Kind:
    singular: str  # "person": the name code, records and data downloads use
    folder: str  # "people": where its records and pages live
    title: str  # "People": its index page's title
    plural: str  # "people": in running text ("3 people")
    template: str  # "person.md.j2": draws one page of this kind


KINDS: dict[str, Kind] = {
    kind.singular: kind
    for kind in (
        Kind(ARTICLE, "articles", "Articles", "articles", "article.md.j2"),
        Kind(EVENT, "events", "Events", "events", "event.md.j2"),
        Kind(ORGANIZATION, "organizations", "Organizations", "organizations", "organization.md.j2"),
        Kind(COUNTRY, "countries", "Countries", "countries", "country.md.j2"),
        Kind(PERSON, "people", "People", "people", "person.md.j2"),
        Kind(SOURCE, "sources", "Sources", "sources", "source.md.j2"),
    )
}
# The entities (everything with a briefing page besides articles), in display order.
ENTITY_KINDS = (EVENT, ORGANIZATION, COUNTRY, PERSON, SOURCE)
# Registries: entity kinds read from a folder of records (countries come from ISO 3166).
REGISTRY_KINDS = (EVENT, ORGANIZATION, PERSON, SOURCE)

FOLDERS = {name: kind.folder for name, kind in KINDS.items()}
TITLES = {name: kind.title for name, kind in KINDS.items()}
PLURALS = {name: kind.plural for name, kind in KINDS.items()}

