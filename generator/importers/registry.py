"""The content folder's registry, read through the pipeline, and the entries an import adds.

Existing entries are matched by Wikidata id, then by name or alias, before a new entry is
made. New entries go into `<folder>/imported.yml` of their kind; that file belongs to the
importer: its entries are matched like any other, and written back with what the import
learned (new aliases, a Wikidata id), keeping every field a person added by hand.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..countries import all_countries, names_index
from ..kinds import ARTICLE, EVENT, ORGANIZATION, PERSON
from ..kinds import FOLDERS as KIND_FOLDERS
from ..load import LoadedContent, load_content
from ..names import normalize
from ..problems import Problems
from ..readers import slug
from ..schema import ID_MAX, RESERVED_IDS
from ..validate import validate
from ..yaml_nodes import LList, LMap
from .identity import Found, without_qualifier

FOLDERS = {kind: KIND_FOLDERS[kind] for kind in (PERSON, ORGANIZATION, EVENT)}  # the kinds an import makes
IMPORTED_FILE = "imported.yml"


@dataclass
class Entry:
    """A registry entry as the import sees it: where it lives and the names that find it."""

    kind: str
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None
    data: dict | None = None  # the fields, for entries of imported.yml (written back)


class Registry:
    def __init__(self, content: Path):
        self.content = content
        self.problems = Problems()  # the registry's own problems: the final check reports them
        loaded = load_content(content, self.problems, defer_articles=True)
        self.loaded = loaded  # the folder as read: check.py checks the import against it
        registry_files = [f for f in loaded.files if f.kind != ARTICLE]
        records = validate(LoadedContent(loaded.root, registry_files), self.problems)
        self.country_overrides = records.countries
        self.entries: dict[str, dict[str, Entry]] = {kind: {} for kind in FOLDERS}
        self._by_name: dict[str, dict[str, set[str]]] | None = None  # built when first asked for
        self.taken: dict[str, set[str]] = {kind: set(records.broken.get(kind, set())) for kind in FOLDERS}
        imported_paths = {self.imported_path(kind).resolve(): kind for kind in FOLDERS}
        imported_data: dict[str, dict] = {kind: {} for kind in FOLDERS}
        for source_file in registry_files:
            kind = imported_paths.get(source_file.path.resolve())
            if kind is not None and isinstance(source_file.data, LMap):
                imported_data[kind] = {key: plain(value) for key, value in source_file.data.items()}
        for kind, folder in FOLDERS.items():
            for ident, record in getattr(records, folder).items():
                entry = Entry(kind, ident, record.name, list(record.aliases), record.wikidata)
                if ident in imported_data[kind] and isinstance(imported_data[kind][ident], dict):
                    entry.data = imported_data[kind][ident]
                self.add(entry)
            for ident, value in imported_data[kind].items():  # entries of ours that do not validate: kept as they are
                if ident not in self.entries[kind]:
                    self.taken[kind].add(ident)
                    self.entries[kind][ident] = Entry(kind, ident, ident, data=value if isinstance(value, dict) else {"name": ident})
        self.created: set[tuple[str, str]] = set()  # (kind, id) of entries this import makes

    def imported_path(self, kind: str) -> Path:
        return self.content / FOLDERS[kind] / IMPORTED_FILE

    def add(self, entry: Entry) -> None:
        """Add `entry`, or take in the names it gained (it is the same object, or replaces one)."""
        self.entries[entry.kind][entry.id] = entry
        self.taken[entry.kind].add(entry.id)
        if self._by_name is not None:  # kept up to date rather than rebuilt: imports add hundreds of entries
            for name in (entry.name, *entry.aliases):
                self._by_name[entry.kind].setdefault(normalize(name), set()).add(entry.id)

    def names(self, kind: str) -> dict[str, set[str]]:
        """Normalized name or alias -> ids of that kind."""
        if self._by_name is None:
            self._by_name = {k: {} for k in FOLDERS}
            for k, entries in self.entries.items():
                for entry in entries.values():
                    for name in (entry.name, *entry.aliases):
                        self._by_name[k].setdefault(normalize(name), set()).add(entry.id)
        return self._by_name[kind]

    def match(self, found: Found) -> Entry | None:
        """The existing entry `found` is, by Wikidata id, then name, then (for entities their
        link does not name) a surface name; only an unambiguous match counts. Entries this
        import made are never matched: each stands for another link (identity.py grouped
        the mentions), even when two links' entities share a name."""
        entries = {i: e for i, e in self.entries[found.kind].items() if (found.kind, i) not in self.created}
        if found.wikidata:
            same = [e for e in entries.values() if e.wikidata == found.wikidata]
            if len(same) == 1:
                return same[0]
        name = found.best_name()
        candidates = [name] if found.name else [name, *sorted(found.surfaces, key=lambda s: (-found.surfaces[s], s))]
        for candidate in candidates:
            if not candidate:
                continue
            ids = {i for i in self.names(found.kind).get(normalize(candidate), set()) if i in entries}
            if len(ids) == 1:
                entry = entries[next(iter(ids))]
                if not (found.wikidata and entry.wikidata and entry.wikidata != found.wikidata):
                    return entry
        return None

    def new_id(self, kind: str, name: str, wikidata: str | None) -> str:
        base = slug(name) or slug(without_qualifier(name))
        if not base:  # a name in another script: no readable slug without transliteration
            base = f"{kind}-{wikidata.lower()}" if wikidata else f"{kind}-{hashlib.blake2b(normalize(name).encode(), digest_size=5).hexdigest()}"
        base = base[:ID_MAX].strip("-") or kind
        ident, number = base, 1
        while ident in self.taken[kind] or ident in RESERVED_IDS:
            number += 1
            suffix = f"-{number}"
            ident = base[: ID_MAX - len(suffix)].rstrip("-") + suffix
        return ident

    def country_code(self, name: str) -> str | None:
        """The ISO alpha-2 code a place name resolves to, as the model resolves country references."""
        # Only an explicit '(country)' qualifier goes: 'Georgia (U.S. state)' is no country.
        bare = name[: -len(" (country)")] if name.lower().endswith(" (country)") else name
        for candidate in dict.fromkeys((name, bare)):
            key = normalize(candidate)
            codes = set(names_index().get(key, set()))
            for code, override in self.country_overrides.items():
                if any(normalize(n) == key for n in [*override.aliases, *([override.name] if override.name else [])]):
                    codes.add(code)
            if len(codes) == 1:
                return next(iter(codes))
        return None

    def country_reference(self, code: str) -> str:
        """The country's common name when that resolves back to it, else its code."""
        name = all_countries()[code].name
        return name if self.country_code(name) == code else code


def plain(value: object) -> object:
    """Located YAML data (LMap, LList) as plain dicts and lists, to be written back."""
    if isinstance(value, LMap):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, LList):
        return [plain(item) for item in value]
    return value
