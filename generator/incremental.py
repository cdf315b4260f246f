"""Stage 4, planning: render again only the pages an edit can have changed.

Every successful write leaves a state file in the docs folder: what the pages
were made from (a fingerprint of the generator's code and templates, the
publishing settings, a digest of every registry file) and, for each article
file, the digest of its bytes and its footprint: the pages (and Atom feeds) that
show anything taken from that article.

The next run compares. If the code and the settings are the same, only records
can have changed, and a page outside the footprints of the added, removed and
edited articles (their old footprint and their new one) and of the changed
registry entries (generator/registry_footprints.py) cannot have changed either,
so it is kept as it is. Pages that summarise the
whole corpus (home, indexes, the about page) are not in any footprint and are
always rendered; the page and feed of a registry entry that no article mentions
are kept like a footprint's (only a registry edit or a new mention changes them).
Anything else (no state, other code or settings, an interrupted write) renders
every page. tests/test_incremental.py checks that
the result is byte-identical to a full build after many kinds of edits.

Footprints follow what the templates read. An article shows up on its own
page, its month page in the archive, its tags' pages, its source's page, the page of every
entity it mentions (timeline, counts, related entities, connections, quotes
about them) and, through quotes, the pages of organizations its speakers hold
positions in ("what its people said"). A template that starts showing an
article on another page must widen `footprint` to match. Month pages also
link to the previous and next month that has articles, so when a month gains
its first article or loses its last, the month pages whose neighbours moved are
rendered again (its own and the two around it). A month's
briefing lists the entities seen there for the first time, which depends on the
months before it: the state keeps each entity's first month page, and when it moves
both the old and the new one are rendered again.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import monthly, paths
from .fingerprint import code_fingerprint
from .kinds import ARTICLE, PERSON
from .load import LoadedContent
from .entities import Article, Model
from .page_context import archive, archive_periods
from .registry_footprints import dirty_pages as registry_dirty
from .registry_footprints import links_key, registry_links, registry_state

STATE = ".briefings-pages.json"
STATE_VERSION = 5


@dataclass
class Inputs:
    """What this run's pages are made from."""

    code: str
    settings: dict[str, str]
    registry: str  # one digest over every file that is not an article
    articles: dict[str, str] = field(default_factory=dict)  # article file, relative to the content folder -> digest
    # registry entry -> digests (registry_footprints.entry_digests), worked out only when the
    # registry files differ from the last run's (2 s at 100,000 articles); else taken from the state.
    entry_digests: Callable[[], dict[str, tuple[str, str]]] = dict
    shown: dict[str, str] = field(default_factory=dict)  # the path errors show for it -> that relative path


def inputs_of(loaded: LoadedContent, settings: dict[str, str]) -> Inputs:
    registry = hashlib.blake2b(digest_size=16)
    inputs = Inputs(code=code_fingerprint(), settings=dict(sorted(settings.items())), registry="")
    for source_file in loaded.files:
        relative = source_file.relative
        if source_file.kind == ARTICLE:
            inputs.articles[relative] = source_file.digest
            inputs.shown[source_file.shown] = relative
        else:
            registry.update(f"{source_file.kind}\0{relative}\0{source_file.digest}\0".encode())
    inputs.registry = registry.hexdigest()
    return inputs


def footprint(article: Article) -> list[str]:
    """Every page (and feed) that shows something taken from this article (see the module's docstring)."""
    entities = [article.source, *(mention.entity for mention in article.mentions)]
    for quote in article.quotes:
        if quote.speaker.kind == PERSON:
            entities.extend(p.organization for p in quote.speaker.positions if p.organization is not None)
    pages = {article.path, paths.month_page(article.published.year, article.published.month), *map(paths.tag_page, article.tags)}
    pages.update(entity.path for entity in entities)
    pages.update(entity.feed_path for entity in entities)
    return sorted(pages)


@dataclass
class Plan:
    """Which pages this run renders; the others are kept from the previous run."""

    state: dict
    reason: str
    managed: set[str] = field(default_factory=set)  # pages some article's footprint covers
    dirty: set[str] | None = None  # None: render every page
    unchanged: set[str] = field(default_factory=set)  # article files whose bytes and registry are as last time

    @property
    def incremental(self) -> bool:
        return self.dirty is not None

    def renders(self, path: str) -> bool:
        return self.dirty is None or path not in self.managed or path in self.dirty

    def kept(self) -> set[str]:
        return set() if self.dirty is None else self.managed - self.dirty


def plan(out_dir: Path, inputs: Inputs, model: Model, full: bool = False) -> Plan:
    previous = _read_state(out_dir)
    header = {"version": STATE_VERSION, "code": inputs.code, "settings": inputs.settings, "registry": inputs.registry}
    reason = "asked for" if full else _why_full(previous, header)
    # With the same code, settings and registry, an article's footprint is a function of its
    # bytes, and the registry's links are those of the last run: both are taken from the state.
    same_registry = not reason and previous["registry"] == inputs.registry
    before = footprints_of(previous) if same_registry else {}
    footprints: dict[str, list[str]] = {}
    unchanged: set[str] = set()
    for article in model.articles:
        if article.loc is None:
            continue
        path = inputs.shown[article.loc.path]
        old = before.get(path)
        if old is not None and old[0] == inputs.articles[path]:
            footprints[path] = old[1]
            unchanged.add(path)
        else:
            footprints[path] = footprint(article)
    key = links_key(model, inputs.registry)
    links = previous["links"] if same_registry and previous.get("links_key") == key else registry_links(model)
    state = {
        **header,
        "articles": {path: [digest, footprints.get(path, [])] for path, digest in sorted(inputs.articles.items())},
        "months": [paths.month_page(period.year, period.month) for period in archive_periods(archive(model.articles))],
        "first_seen": first_seen_pages(model),
        "entries": registry_state(model, _entries(inputs, previous if same_registry else None), links),
        "links_key": key,
        "links": links,
    }
    managed = {page for pages in footprints.values() for page in pages}
    # A registry entry no article mentions shows only registry data: its page and feed
    # change with that entry (registry_footprints.py) or when an article starts mentioning
    # it (that article's footprint), so they are kept like any page of a footprint.
    for entity in model.all_entities():
        managed.update((entity.path, entity.feed_path))
    if reason:
        return Plan(state, reason, managed)
    before = before or footprints_of(previous)
    now = state["articles"]
    dirty: set[str] = set()
    changed = 0
    for path in before.keys() | now.keys():
        old, new = before.get(path), now.get(path)
        if old is None or new is None or old[0] != new[0]:
            changed += 1
            dirty.update(old[1] if old else ())
            dirty.update(new[1] if new else ())
    entries_dirty, entries_changed = registry_dirty(previous["entries"], state["entries"], before, now)
    dirty |= entries_dirty
    # A month page links the months before and after it that have articles: when a month
    # gains its first article or loses its last, its neighbours' links move.
    before_around, now_around = _around(previous.get("months") or []), _around(state["months"])
    dirty.update(page for page in before_around.keys() | now_around.keys() if before_around.get(page) != now_around.get(page))
    before_seen, now_seen = previous.get("first_seen") or {}, state["first_seen"]
    for entity in before_seen.keys() | now_seen.keys():  # first seen in another month now
        if before_seen.get(entity) != now_seen.get(entity):
            dirty.update(page for page in (before_seen.get(entity), now_seen.get(entity)) if page)
    # A page the footprints say is unchanged must still be there to be kept.
    present = _files_in(out_dir)
    missing = (managed - dirty) - present
    dirty |= missing
    reason = f"{changed} article file{'s' if changed != 1 else ''} changed"
    if entries_changed:
        reason += f", {entries_changed} registry entr{'ies' if entries_changed != 1 else 'y'} changed"
    if missing:
        reason += f", {len(missing)} page{'s' if len(missing) != 1 else ''} missing"
    return Plan(state, reason, managed, dirty, unchanged)


def _entries(inputs: Inputs, previous: dict | None) -> dict[str, tuple[str, str]]:
    """Each registry entry's digests: the last run's when the registry files are the same (`previous`)."""
    if previous is not None:
        return {key: (entry[0], entry[1]) for key, entry in previous["entries"].items()}
    return inputs.entry_digests()


def footprints_of(state: dict) -> dict[str, list]:
    """article file -> [digest, footprint] from a saved state (footprints are kept as indexes into one page list)."""
    pages = state.get("pages") or []
    return {path: [digest, [pages[i] for i in indexes]] for path, (digest, indexes) in state["articles"].items()}


def _files_in(folder: Path) -> set[str]:
    """Every file under `folder`, as relative paths (one walk: cheaper than a stat per page)."""
    root = str(folder)
    found: set[str] = set()
    for dirpath, _, filenames in os.walk(root):
        prefix = dirpath[len(root) + 1 :].replace(os.sep, "/")
        found.update(f"{prefix}/{name}" if prefix else name for name in filenames)
    return found


def _around(months: list[str]) -> dict[str, tuple[str | None, str | None]]:
    """Each archive page -> the pages it links as newer and older."""
    return {page: (months[i - 1] if i else None, months[i + 1] if i + 1 < len(months) else None) for i, page in enumerate(months)}


def first_seen_pages(model: Model) -> dict[str, str]:
    """entity page -> the month page where it is seen for the first time."""
    out = {}
    for entity in model.all_entities():
        first = monthly.first_month(entity)
        if first is not None:
            out[entity.path] = paths.month_page(*first)
    return dict(sorted(out.items()))


def _why_full(previous: dict | None, header: dict) -> str:
    if previous is None:
        return "no previous build"
    if previous.get("version") != header["version"] or previous.get("code") != header["code"]:
        return "the generator or its templates changed"
    if previous.get("settings") != header["settings"]:
        return "the publishing settings changed"
    if not isinstance(previous.get("entries"), dict) or not isinstance(previous.get("links"), dict):
        return "no record of the registry entries"
    return ""


def _read_state(out_dir: Path) -> dict | None:
    try:
        state = json.loads((out_dir / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) and isinstance(state.get("articles"), dict) else None


def forget_state(out_dir: Path) -> None:
    """Called before writing: a write that dies halfway must leave no state, so the next run is full."""
    (out_dir / STATE).unlink(missing_ok=True)


def save_state(out_dir: Path, plan: Plan) -> None:
    # Footprints share most of their pages: each page is written once and footprints as
    # indexes into that list (at 100,000 articles: 114 MB of JSON as plain lists).
    state = dict(plan.state)
    pages = sorted({page for _, footprint in state["articles"].values() for page in footprint})
    index = {page: i for i, page in enumerate(pages)}
    state["pages"] = pages
    state["articles"] = {path: [digest, [index[page] for page in footprint]] for path, (digest, footprint) in state["articles"].items()}
    temporary = out_dir / (STATE + ".tmp")
    temporary.write_text(json.dumps(state, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    os.replace(temporary, out_dir / STATE)
