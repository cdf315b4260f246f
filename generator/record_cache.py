"""Stages 1-2 shortcut: the checked records of unchanged article files (and the parsed
registry files: TreeCache), kept between runs.

Parsing and checking 10,000 article files took 2.5 s of a build; reading their
records back from a pickle takes 0.35 s. Every file is still read and hashed;
one whose path and bytes match a cached entry skips parsing and checking. Only
records that were read without any problem are cached, so a bad file is always
parsed and reported afresh, and checks across files (duplicate ids, references)
run on every record each time.

The cache lives in the docs folder (`.briefings-cache/`, which MkDocs ignores),
in 16 shards by digest, so adding one article rewrites one shard. It is tagged
with the generator's code fingerprint and the Python version, and anything
unreadable is ignored: the cache can only make a run faster, never different.
Loading a pickle runs code, so the cache trusts its folder as much as the
generator trusts its own files.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path

from .fingerprint import code_fingerprint
from .schema import ArticleRecord

FOLDER = ".briefings-cache"
SHARDS = "0123456789abcdef"
Key = tuple[str, str]  # (the file's path as errors show it, digest of its bytes)


def _tag() -> str:
    return f"{code_fingerprint()} python {sys.version_info[:3]}"


class RecordCache:
    def __init__(self, folder: Path | None):
        self.folder = folder
        self.records: dict[Key, ArticleRecord] = {}
        self.loaded_keys: dict[str, set[Key]] = {shard: set() for shard in SHARDS}
        self.trees = TreeCache(folder)
        if folder is not None:
            for shard in SHARDS:
                entries = _read_shard(folder / f"records-{shard}.pickle")
                self.records.update(entries)
                self.loaded_keys[shard] = set(entries)

    def get(self, key: Key) -> ArticleRecord | None:
        return self.records.get(key)

    def save(self, clean: dict[Key, ArticleRecord]) -> None:
        """Keep exactly `clean` (this run's problem-free article records); rewrite changed shards only.
        The registry trees parsed this run are saved too."""
        if self.folder is None:
            return
        self.trees.save()
        by_shard: dict[str, dict[Key, ArticleRecord]] = {shard: {} for shard in SHARDS}
        for key, record in clean.items():
            by_shard[key[1][0]][key] = record  # digests are hexadecimal
        self.folder.mkdir(parents=True, exist_ok=True)
        for shard, entries in by_shard.items():
            if set(entries) == self.loaded_keys[shard]:
                continue
            path = self.folder / f"records-{shard}.pickle"
            temporary = path.with_suffix(".tmp")
            with open(temporary, "wb") as handle:
                pickle.dump((_tag(), entries), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)


def _read_shard(path: Path) -> dict[Key, ArticleRecord]:
    try:
        with open(path, "rb") as handle:
            tag, entries = pickle.load(handle)
    except Exception:  # noqa: BLE001 - missing, truncated or from another version: just slower
        return {}
    return entries if tag == _tag() and isinstance(entries, dict) else {}


class TreeCache:
    """The parsed YAML of registry files (events, organizations, people, sources, countries),
    kept between runs like the article records: one pickle per file, named by its path as
    errors show it and the digest of its bytes, in `.briefings-cache/trees/`.

    Parsing the registry took 1.5 s of every run at 100,000 articles (0.1 s at 10,000);
    reading the trees back is a quarter of that. Only files parsed without a problem are
    kept; a file's tree is made by the parser alone, so the same bytes give the same tree.
    Trees of files that are gone or changed are deleted when the cache is saved.
    """

    def __init__(self, folder: Path | None):
        self.folder = folder / "trees" if folder is not None else None
        self.used: set[str] = set()
        self.pending: dict[str, tuple[Key, object]] = {}

    def get(self, key: Key) -> object | None:
        if self.folder is None:
            return None
        name = _tree_name(key)
        try:
            with open(self.folder / name, "rb") as handle:
                tag, stored_key, tree = pickle.load(handle)
        except Exception:  # noqa: BLE001 - missing, truncated or from another version: parse it
            return None
        if tag != _tag() or stored_key != key:
            return None
        self.used.add(name)
        return tree

    def add(self, key: Key, tree: object) -> None:
        """A tree parsed without a problem this run: saved with `save`."""
        if self.folder is not None:
            self.pending[_tree_name(key)] = (key, tree)

    def save(self) -> None:
        """Write the new trees, delete those no file of this run has, and let go of the trees."""
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for name, (key, tree) in self.pending.items():
            temporary = self.folder / (name + ".tmp")
            with open(temporary, "wb") as handle:
                pickle.dump((_tag(), key, tree), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.folder / name)
        keep = self.used | set(self.pending)
        self.pending = {}
        for entry in os.scandir(self.folder):
            if entry.name not in keep:
                os.unlink(entry.path)


def _tree_name(key: Key) -> str:
    return hashlib.blake2b("\0".join(key).encode(), digest_size=16).hexdigest() + ".pickle"
