"""The content hash of every docs file, read only when the file's stat changed (as git's index does).

An incremental `make site` decides which pages to rebuild by comparing each docs
file's hash with the one the previous site was built from. Reading and hashing all
14,000 files (140,000 at 100,000 articles) took 0.6 s of every one-article run at
10,000 articles, twice (nothing_changed, then the MkDocs hook). This cache keeps,
for each file, its size, modification and change times (ns) and inode with its hash,
in `.briefings-hashes.json` in the docs folder (a hidden file: MkDocs never reads
it; the generator's sweep keeps `.briefings-*`). A file whose stat is unchanged is
not read.

Why a stat match can be trusted: any write of a file sets its mtime and ctime to the
time of the write; restoring the mtime (touch -d, rsync -t) sets the ctime, which no
user can set; replacing the file by a rename changes its inode. The one hole is the
timestamp's granularity: a file written in the same clock tick as it was hashed,
after the hash, would keep the recorded stat. So, as git does with its index
("racily clean" entries), every run first creates the cache's temporary file and
takes its mtime as the run's start (a filesystem timestamp, from the same clock as
the files'), and an entry whose mtime is not older than its run's start is never
trusted: it is hashed again next time.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

CACHE = ".briefings-hashes.json"
VERSION = 1


def file_hash(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.blake2b(handle.read(), digest_size=16).hexdigest()


def _load(docs_dir: Path) -> dict[str, list]:
    """The trusted entries of the previous run's cache: src -> [size, mtime_ns, ino, ctime_ns, hash]."""
    try:
        data = json.loads((docs_dir / CACHE).read_text(encoding="utf-8"))
        if data.get("version") != VERSION:
            return {}
        start = int(data["start_ns"])
        return {src: entry for src, entry in data["files"].items() if entry[1] < start}
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return {}


def _walk(folder: str, prefix: str, out: list[tuple[str, os.stat_result, str]]) -> None:
    # MkDocs skips hidden files and folders (its default exclude_docs is '.*'); it
    # follows links to folders (os.walk(followlinks=True)), so does this.
    with os.scandir(folder) as entries:
        listed = sorted(entries, key=lambda entry: entry.name)
    for entry in listed:
        if entry.name.startswith("."):
            continue
        src = prefix + entry.name
        if entry.is_dir():
            _walk(entry.path, src + "/", out)
        elif entry.is_file():
            out.append((src, entry.stat(), entry.path))


def docs_files(docs_dir: Path) -> list[tuple[str, os.stat_result, str]]:
    """(src_uri, stat, path) of every file MkDocs would read from `docs_dir`, sorted."""
    found: list[tuple[str, os.stat_result, str]] = []
    _walk(str(docs_dir), "", found)
    return found


def docs_hashes(docs_dir: Path) -> dict[str, str]:
    """src_uri -> hash for every file in `docs_dir` outside hidden files and folders.

    Updates the cache; a file that cannot be read is left out (MkDocs will report it).
    A docs folder the cache cannot be written to is hashed in full every time.
    """
    docs_dir = Path(docs_dir)
    # One fixed name (publish runs under the site lock): a run killed here leaves nothing
    # that piles up. Made anew, so that its mtime is this moment.
    temporary = docs_dir / f"{CACHE}.tmp"
    try:
        temporary.unlink(missing_ok=True)
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError:
        return _hash_all(docs_dir, {})[0]
    try:
        start = os.fstat(fd).st_mtime_ns  # this run's start, on the files' own clock
        hashes, entries = _hash_all(docs_dir, _load(docs_dir))
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            fd = -1
            # dumps, not dump: dump streams through the pure-Python encoder (0.26 s at 10,000 articles).
            handle.write(json.dumps({"version": VERSION, "start_ns": start, "files": entries}, separators=(",", ":")))
        os.replace(temporary, docs_dir / CACHE)
    finally:
        if fd >= 0:
            os.close(fd)
        temporary.unlink(missing_ok=True)
    return hashes


def _hash_all(docs_dir: Path, known: dict[str, list]) -> tuple[dict[str, str], dict[str, list]]:
    found = docs_files(docs_dir)
    hashes: dict[str, str] = {}
    entries: dict[str, list] = {}
    for src, stat, path in found:
        key = [stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_ctime_ns]
        before = known.get(src)
        if before is not None and before[:4] == key:
            digest = before[4]
        else:
            try:
                digest = file_hash(path)
            except OSError:
                continue
        hashes[src] = digest
        entries[src] = [*key, digest]
    return hashes, entries
