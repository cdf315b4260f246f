"""Stage 1 shortcut: a content file's digest known from its metadata, as git's index knows it.

Reading and hashing every record file is most of a run in which little changed:
100,000 article files are read to find the one that is new. Each successful run
records, for every record file, its size, modification and change times, inode and
device, with the digest of the bytes it read. The next run trusts that digest for a
file whose metadata is identical (any write changes the change time, which no
ordinary tool can set back) and reads only the others.

A file written in the same clock tick as the scan that recorded it could change
again without its times moving (git's "racy" entries): an entry whose modification
time is not well before the scan is kept but marked racy, and its file is read
again next time.

The record also says what the run made (code fingerprint, settings, the newest
article's date, the docs folder's files): when no record file, setting or code
changed and the docs folder is as the run left it, the next run has nothing to do
(`unchanged_run`). The file is written after the run's pages and state and removed
before any page is written, so it never describes a half-written folder; anything
unreadable or from another version is ignored, which only makes a run slower.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .dates import PartialDate
from .docs_hashes import docs_files
from .fingerprint import code_fingerprint
from .load import discover
from .problems import Problems

FILE = ".briefings-stats.pickle"
# Timestamps are taken from a clock that ticks coarser than a nanosecond, and a file
# can be written while it is being scanned: anything this close to the scan is racy.
RACY_NS = 2_000_000_000

Stat = tuple[int, int, int, int, int]  # size, mtime_ns, ctime_ns, inode, device


def stat_key(info: os.stat_result) -> Stat:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)


@dataclass
class Made:
    """What the run that recorded the stats made from them."""

    code: str
    settings: dict[str, str]
    newest: PartialDate | None
    docs: dict[str, tuple[int, int]]  # docs file -> (size, mtime_ns)


@dataclass
class ContentStats:
    root: str  # the content folder, resolved: the same relative paths elsewhere are other files
    previous: dict[str, tuple[Stat, str, bool]] = field(default_factory=dict)  # relative path -> (stat, digest, racy)
    made: Made | None = None
    current: dict[str, tuple[Stat, str, bool]] = field(default_factory=dict)
    started_ns: int = field(default_factory=time.time_ns)

    def known_digest(self, relative: str, info: os.stat_result) -> str | None:
        """The file's digest when its metadata says its bytes are those hashed before."""
        entry = self.previous.get(relative)
        if entry is None or entry[2] or entry[0] != stat_key(info):
            return None
        self.note(relative, info, entry[1])
        return entry[1]

    def note(self, relative: str, info: os.stat_result, digest: str) -> None:
        racy = info.st_mtime_ns >= self.started_ns - RACY_NS
        self.current[relative] = (stat_key(info), digest, racy)


def _tag() -> str:
    return f"{code_fingerprint()} python {sys.version_info[:3]}"


def load_stats(docs: Path, content: Path) -> ContentStats:
    stats = ContentStats(root=str(content.resolve()))
    try:
        with open(docs / FILE, "rb") as handle:
            tag, root, previous, made = pickle.load(handle)
    except Exception:  # noqa: BLE001 - missing, truncated or from another version: every file is read
        return stats
    if tag == _tag() and root == stats.root and isinstance(previous, dict):
        stats.previous, stats.made = previous, made
    return stats


def forget_stats(docs: Path) -> None:
    """Called before any page is written (with incremental.forget_state)."""
    (docs / FILE).unlink(missing_ok=True)


def save_stats(docs: Path, stats: ContentStats, settings: dict[str, str], newest: PartialDate | None) -> None:
    made = Made(code_fingerprint(), dict(settings), newest, docs_listing(docs))
    temporary = docs / (FILE + ".tmp")
    with open(temporary, "wb") as handle:
        pickle.dump((_tag(), stats.root, stats.current, made), handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, docs / FILE)


def docs_listing(docs: Path) -> dict[str, tuple[int, int]]:
    """Every file MkDocs would read from the docs folder (docs_hashes decides which), with size and mtime."""
    return {src: (info.st_size, info.st_mtime_ns) for src, info, _ in docs_files(docs)}


@dataclass
class Check:
    made: Made | None  # the last run's record when nothing changed since; else None
    found: list[tuple[str, Path, str]] | None = None  # the record files listed (load.discover), for the run that follows
    stats: ContentStats | None = None  # the last run's record, as read (for the run that follows)


def unchanged_run(docs: Path, content: Path, settings: dict[str, str]) -> Check:
    """Whether this run would make exactly what the last one made.

    True only when the code, the settings and the set of record files are the same, every
    file's metadata matches (racy files are read and must have the recorded digest), and
    the docs folder holds exactly the files that run left, unchanged.
    """
    stats = load_stats(docs, content)
    made = stats.made
    if made is None or made.code != code_fingerprint() or made.settings != settings:
        return Check(None, stats=stats)
    problems = Problems()
    found = discover(content, problems)
    if problems:
        return Check(None, stats=stats)  # load reports them
    check = Check(None, found, stats)
    if len(found) != len(stats.previous):
        return check
    for _, path, relative in found:
        entry = stats.previous.get(relative)
        try:
            info = path.stat()
        except OSError:
            return check
        if entry is None or entry[0] != stat_key(info):
            return check
        if entry[2] and _digest(path) != entry[1]:
            return check
    return Check(made) if docs_listing(docs) == made.docs else check


def _digest(path: Path) -> str | None:
    try:
        return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return None
