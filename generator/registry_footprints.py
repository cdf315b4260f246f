"""Which pages a registry edit can change: the footprint of a registry entry.

generator/incremental.py renders again the footprints of changed articles. This
module does the same for the entries of the registries (events, organizations,
people, sources, countries.yml), so that editing one entry renders the pages that
show it instead of every page.

Each entry gets two digests of its record (ids, never file positions): one of what
only its own page shows (description, Wikidata item: templates/partials/glance and
description, read for the page's own entity), one of everything else (name, aliases,
kind, dates, places, membership, positions, participants, parents), which other pages
show or which decides what other pages show (a name or alias decides which entity a
reference means). When only the first changes, the entry's own page is rendered.
When the second changes, or the entry comes or goes, its footprint is, as it was
(from the previous run's state) and as it is now:

- its own page and feed;
- the footprint of every article that shows it (it is mentioned, quoted or the
  source): the article's page, month, tags and every entity page and feed there,
  where its name appears (timelines, quotes, related entities, connections);
- the pages of its registry neighbours, both ways: what its record refers to and
  what refers to it (members, seats, positions and staff, organizers, participants,
  parents and parts, nationals, a source's country), and the entities on its page's
  lists of links.

tests/test_incremental.py checks the result against a full render after edits of
every field and seeded random registry edits.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import Iterable, Iterator

from .dates import PartialDate
from .entities import Article, Entity, Model
from .kinds import EVENT, FOLDERS
from .monthly import in_month
from . import paths

# Fields only the entry's own page shows.
OWN_PAGE_FIELDS = frozenset({"description", "wikidata"})
# Model fields derived from articles, not from the registry: walking them would reach every
# co-mentioned entity through the articles (the articles' footprints cover those).
# `related` and `links` rank co-mentioned entities (links also add the registry ties that
# the fields walked here already hold): an entity shows another there only because
# articles name both, and those articles' footprints cover its page. Leaving them out
# makes the neighbours a function of the registry alone, kept from run to run.
_FROM_ARTICLES = frozenset({
    "mentions", "quotes_by", "quotes_about", "co_mentions", "monthly", "articles", "staff_quotes", "related", "links",
})
REGISTRIES = ("events", "organizations", "people", "sources", "countries")


def _plain(value: object) -> object:
    """A record as plain data (JSON), without its position in the files."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if isinstance(value, PartialDate):
            return str(value)
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value) if f.name != "loc"}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _digest(data: object) -> str:
    return hashlib.blake2b(json.dumps(data, sort_keys=True, ensure_ascii=False).encode(), digest_size=12).hexdigest()


def entry_digests(records: object) -> dict[str, tuple[str, str]]:
    """(registry folder, record id) as 'folder/id' -> (digest of what other pages can show, of what only its page shows)."""
    digests: dict[str, tuple[str, str]] = {}
    for folder in REGISTRIES:
        for ident, record in getattr(records, folder).items():
            plain = _plain(record)
            if not isinstance(plain, dict):
                plain = {"value": plain}
            own = {k: v for k, v in plain.items() if k in OWN_PAGE_FIELDS}
            shared = {k: v for k, v in plain.items() if k not in OWN_PAGE_FIELDS}
            digests[f"{folder}/{ident}"] = (_digest(shared), _digest(own))
    return digests


_SCANNED_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields_of(cls: type) -> tuple[str, ...]:
    # dataclasses.fields() rebuilds its tuple on every call: 500,000 calls at 10,000 articles.
    names = _SCANNED_FIELDS.get(cls)
    if names is None:
        names = _SCANNED_FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _entities_in(value: object, found: list[Entity], depth: int = 0) -> None:
    """Append to `found` the entities in `value`, down to dataclasses in lists in dataclasses."""
    if isinstance(value, Entity):
        found.append(value)
    elif value is None or isinstance(value, (str, int, float, bool, Article)) or depth > 2:
        return
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            if isinstance(item, Entity):
                found.append(item)
            else:
                _entities_in(item, found, depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for name in _fields_of(type(value)):
            _entities_in(getattr(value, name), found, depth + 1)


def neighbours(model: Model) -> dict[str, set[str]]:
    """Entity page -> the pages of the entities its registry data links to, and that link to it."""
    entities = list(model.all_entities())
    page_of = {id(entity): entity.path for entity in entities}  # .path is computed on each call
    linked: dict[str, set[str]] = {page: set() for page in page_of.values()}
    for entity in entities:
        page = page_of[id(entity)]
        found: list[Entity] = []
        for name in _fields_of(type(entity)):
            if name not in _FROM_ARTICLES and name != "loc":
                _entities_in(getattr(entity, name), found)
        for other in found:
            if other is not entity:
                other_page = page_of.get(id(other)) or other.path
                linked[page].add(other_page)
                linked.setdefault(other_page, set()).add(page)
    return linked


def entity_pages(model: Model, digests: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """'folder/id' of each registry entry -> (its page, its feed), for the entries the model has."""
    by_key: dict[str, Entity] = {}
    for entity in model.all_entities():
        by_key[f"{FOLDERS[entity.kind]}/{entity.id}"] = entity
    pages: dict[str, tuple[str, str]] = {}
    for key in digests:
        entity = by_key.get(key) or by_key.get(key.lower())
        if entity is not None:
            pages[key] = (entity.path, entity.feed_path)
    return pages


def event_months(model: Model) -> dict[str, set[str]]:
    """Event page -> the month briefings that list it: every month with articles that its dates cover."""
    months = {(a.published.year, a.published.month) for a in model.articles}
    return {
        event.path: {paths.month_page(*month) for month in months if in_month(event, month)}
        for event in model.entities[EVENT]
    }


def registry_links(model: Model) -> dict[str, list[str]]:
    """`neighbours` as sorted lists: what the state keeps (registry_state takes it back while the
    registry and the set of entity pages are the same)."""
    return {page: sorted(pages) for page, pages in sorted(neighbours(model).items())}


def links_key(model: Model, registry_digest: str) -> str:
    """What `registry_links` depends on: the registry files and which entities have pages
    (a country gets a page when an article first names it)."""
    digest = hashlib.blake2b(registry_digest.encode(), digest_size=16)
    for entity in model.all_entities():
        digest.update(entity.path.encode() + b"\0")
    return digest.hexdigest()


def registry_state(model: Model, digests: dict[str, tuple[str, str]], links: dict[str, list[str]]) -> dict[str, list]:
    """What the next run needs to know of each entry: its digests, page, feed and neighbours' pages
    (`links`, from registry_links; for an event, also the month briefings that list it)."""
    linked = {page: set(pages) for page, pages in links.items()}
    for page, months in event_months(model).items():
        linked.setdefault(page, set()).update(months)
    pages = entity_pages(model, digests)
    state: dict[str, list] = {}
    for key, (shared, own) in sorted(digests.items()):
        page, feed = pages.get(key, ("", ""))
        state[key] = [shared, own, page, feed, sorted(linked.get(page, ()))]
    return state


def _footprint(entry: list, article_footprints: Iterable[list[str]]) -> set[str]:
    _, _, page, feed, linked = entry
    pages = {page, feed, *linked} - {""}
    if page:
        for footprint in article_footprints:
            if page in footprint:
                pages.update(footprint)
    return pages


def dirty_pages(before: dict, now: dict, articles_before: dict, articles_now: dict) -> tuple[set[str], int]:
    """The pages registry edits can have changed, and how many entries changed.

    `before`/`now`: registry_state of the previous run and of this one; `articles_*`:
    the incremental state's article file -> [digest, footprint]."""
    dirty: set[str] = set()
    changed = 0
    old_footprints = [footprint for _, footprint in articles_before.values()]
    new_footprints = [footprint for _, footprint in articles_now.values()]
    for key in before.keys() | now.keys():
        old, new = before.get(key), now.get(key)
        if old is not None and new is not None and old[:2] == new[:2] and old[2:4] == new[2:4]:
            continue
        changed += 1
        if old is not None and new is not None and old[0] == new[0] and old[2:4] == new[2:4]:
            dirty.add(new[2])  # only what its own page shows
            continue
        if old is not None:
            dirty |= _footprint(old, old_footprints)
        if new is not None:
            dirty |= _footprint(new, new_footprints)
    return dirty, changed
