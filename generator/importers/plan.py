"""From documents and the registry to the files an import writes: articles and imported entries.

Everything is decided here, in memory; run.py writes the result. Entities are processed in
a fixed order (kind, name, key), so ids and files are the same however often one imports.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..kinds import ARTICLE, COUNTRY, EVENT, ORGANIZATION, PERSON
from ..kinds import FOLDERS as KIND_FOLDERS
from ..names import normalize
from ..readers import check_id, slug
from .document import Document
from .identity import Found, group, merge_unlinked, name_like
from .mapping import SKIP, kind_of
from .registry import FOLDERS, Entry, Registry

ARTICLE_FOLDER = Path(KIND_FOLDERS[ARTICLE]) / "imported"
REFERENCE_FIELDS = {kind: KIND_FOLDERS[kind] for kind in (EVENT, ORGANIZATION, COUNTRY, PERSON)}  # an article's lists
NAME_LAYER_SHARE = 0.8  # at least this share of names: a named-entity layer, not a mention layer
ARTICLE_ORDER = ("id", "title", "source", "published", "url", "language", "dateline", "summary")


@dataclass
class Summary:
    documents: int = 0
    mentions: Counter = field(default_factory=Counter)  # kind -> mentions kept
    skipped_types: Counter = field(default_factory=Counter)  # tool type -> mentions of a type mapped to skip
    places_not_countries: Counter = field(default_factory=Counter)  # place name -> mentions
    unlinked_left_out: int = 0
    new: Counter = field(default_factory=Counter)  # kind -> new entries
    matched: Counter = field(default_factory=Counter)  # kind -> existing entries referenced
    provisional_starts: int = 0


@dataclass
class Plan:
    articles: dict[Path, dict] = field(default_factory=dict)  # relative path -> fields
    registry: dict[Path, dict] = field(default_factory=dict)  # relative path -> id -> fields
    summary: Summary = field(default_factory=Summary)


def make_plan(documents: list[tuple[Document, dict]], registry: Registry, mapping: dict[str, str], unlinked: str) -> Plan:
    """`documents`: each with its article fields (title, source, published, ...) already known."""
    plan = Plan()
    summary = plan.summary
    if unlinked == "auto":
        unlinked = auto_unlinked(documents, mapping)
    found: dict[tuple[str, str], Found] = {}
    keys_of: list[list[tuple[str, str]]] = []
    for document, _ in documents:
        kept = []
        for mention in document.mentions:
            kind = kind_of(mention.label, mapping)
            if kind == SKIP:
                summary.skipped_types[mention.label or "(no type)"] += 1
            else:
                kept.append((kind, mention))
                summary.mentions[kind] += 1
        keys, left_out = group(document.stem, document.text, kept, found, unlinked == "names")
        summary.unlinked_left_out += left_out
        keys_of.append(keys)
    moved = merge_unlinked(found)
    references = _resolve(found, registry, summary, {doc.stem: fields for doc, fields in documents})
    article_ids: set[str] = set()
    for (document, fields), keys in zip(documents, keys_of):
        refs: dict[str, list[str]] = {name: [] for name in REFERENCE_FIELDS.values()}
        for key in keys:
            reference = references.get(moved.get(key, key))
            if reference is not None and reference not in refs[REFERENCE_FIELDS[key[0]]]:
                refs[REFERENCE_FIELDS[key[0]]].append(reference)
        plan.articles[ARTICLE_FOLDER / f"{document.stem}.yml"] = _article(document, fields, refs, article_ids)
        summary.documents += 1
    for kind in FOLDERS:
        ours = {e.id: e.data for e in registry.entries[kind].values() if e.data is not None}
        if ours:
            plan.registry[Path(FOLDERS[kind]) / "imported.yml"] = dict(sorted(ours.items()))
    return plan


def auto_unlinked(documents: list[tuple[Document, dict]], mapping: dict[str, str]) -> str:
    """'skip' for a mention layer that also links: most of its mentions are pronouns and
    descriptions (coreference), so what the team left unlinked it chose not to link. 'names'
    for a layer of names (NER), where an unlinked name is an entity without a known page."""
    mentions = [m for doc, _ in documents for m in doc.mentions if kind_of(m.label, mapping) != SKIP]
    if not any(m.link for m in mentions):
        return "names"
    names = sum(1 for m in mentions if name_like(m.surface) is not None)
    return "names" if names >= NAME_LAYER_SHARE * len(mentions) else "skip"


def _resolve(found: dict, registry: Registry, summary: Summary, fields_of: dict[str, dict]) -> dict[tuple[str, str], str]:
    """(kind, key) -> the reference an article writes: an entry's id, or a country's name."""
    out: dict[tuple[str, str], str] = {}
    order = sorted(found.items(), key=lambda item: (item[0][0], normalize(item[1].best_name() or ""), item[0][1]))
    touched: list[tuple[Entry, Found]] = []
    for (kind, key), entity in order:
        name = entity.best_name()
        if not name:
            continue
        if kind == COUNTRY:
            code = registry.country_code(name)
            if code is None:
                summary.places_not_countries[name] += len(entity.documents)
                continue
            out[(kind, key)] = registry.country_reference(code)
            continue
        entry = registry.match(entity)
        if entry is None:
            entry = Entry(kind, registry.new_id(kind, name, entity.wikidata), name, [], entity.wikidata, {"name": name})
            if kind == EVENT:
                entry.data.update(kind="other", start=_first_published(entity, fields_of))
                summary.provisional_starts += 1
            registry.add(entry)
            registry.created.add((kind, entry.id))
            summary.new[kind] += 1
        elif entry.data is None:
            summary.matched[kind] += 1
        touched.append((entry, entity))
        out[(kind, key)] = entry.id
    _learn_names(touched, registry)
    return out


def _first_published(entity: Found, fields_of: dict[str, dict]) -> str:
    dates = sorted(str(fields_of[stem]["published"]) for stem in entity.documents if fields_of[stem].get("published"))
    return dates[0] if dates else ""


def _learn_names(touched: list[tuple[Entry, Found]], registry: Registry) -> None:
    """Give the import's own entries the surface names seen, unless a name already finds another entry."""
    for entry, entity in touched:
        if entry.data is None:
            continue  # someone else's entry: never edited
        if entity.wikidata and not entry.data.get("wikidata"):
            entry.data["wikidata"] = entity.wikidata
        names = registry.names(entry.kind)
        old = entry.data.get("aliases") or []
        old = [old] if isinstance(old, str) else list(old)
        have = {normalize(str(entry.data.get("name", ""))), *(normalize(str(a)) for a in old)}
        new = [a for a in entity.aliases() if normalize(a) not in have and names.get(normalize(a), {entry.id}) <= {entry.id}]
        if new:
            entry.data["aliases"] = sorted([*old, *new], key=lambda a: (normalize(str(a)), str(a)))
            entry.aliases = [str(a) for a in entry.data["aliases"]]
            registry.add(entry)


def _article(document: Document, fields: dict, refs: dict[str, list[str]], taken: set[str]) -> dict:
    out: dict = {}
    stem = document.stem
    ident = stem if check_id(stem) is None else (slug(stem) or "imported-" + hashlib.blake2b(stem.encode(), digest_size=5).hexdigest())
    base, number = ident, 1
    while ident in taken:
        number += 1
        ident = f"{base[:70]}-{number}"
    taken.add(ident)
    if ident != stem:
        out["id"] = ident
    for name in ARTICLE_ORDER:
        if fields.get(name):
            out[name] = fields[name]
    for name in REFERENCE_FIELDS.values():
        extra = fields.get(name) or []
        merged = [*refs[name], *(r for r in extra if r not in refs[name])]
        if merged:
            out[name] = merged
    for name, value in fields.items():
        if name not in out and value and name not in REFERENCE_FIELDS.values():
            out[name] = value
    return out
