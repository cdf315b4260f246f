"""The spare site: the site before the last one, kept to become the next run's copy.

An incremental build starts from a hard-linked copy of the live site (publish.py).
Linking 14,000 files took about 4 s of a one-article run at 10,000 articles, so the
site a swap replaces is kept as `<site>.spare`: it already links every file the last
run did not write. The next run renames it to its fresh folder and fixes only what
differs from the live site.

What differs is known: the last run journaled every path it wrote or removed
(site_hooks.note_write, style_hooks._note_write: the same writers that unlink before
they write, so that no write reaches another tree through a shared inode), and
keep_spare stores that list in the spare (RECORD) with the identity of the live
site's build state. When the record is there and the live site is still the one it
describes (its state file the same inode, size and mtime), only those paths are
relinked (relink); otherwise the whole tree is compared (link_sync). Outside the
listed paths the spare and the live site hold the very same inodes, by
construction: the last run's fresh folder was an exact hard-linked copy of what is
now the spare, and every change to it is in the list. A file someone replaced or
deleted in the live site since comes back as the last build made it, which is what
a full build makes too (tests/test_publish.py).

After a full build the replaced site shares no file with the new one, so the spare
is deleted, and the spare is made by `cp -al` of the new site, with an empty record
(keep_spare_of_new): that cost moves from the next edit to the full build.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Iterable

from .site_hooks import STATE

def spare_of(site_dir: Path) -> Path:
    """The site before the last one, kept to become the next run's copy."""
    return site_dir.parent / f"{site_dir.name}.spare"


def state_identity(site_dir: Path) -> list[int] | None:
    """Which build the live site is: its state file is rewritten (a new inode) by every build."""
    try:
        found = os.stat(site_dir / STATE)
    except OSError:
        return None
    return [found.st_ino, found.st_dev, found.st_size, found.st_mtime_ns]


def record_of(site_dir: Path) -> Path:
    """Beside the spare (so the spare stays exactly the replaced site): what differs from the live site."""
    return site_dir.parent / f"{site_dir.name}.spare.json"


def keep_spare(old: Path, site_dir: Path, changed: Iterable[str]) -> None:
    """Make `old` the spare: the live site `site_dir` differs from it only at `changed`."""
    spare, record = spare_of(site_dir), record_of(site_dir)
    record.unlink(missing_ok=True)  # first: a record must never describe another spare
    os.rename(old, spare)
    found = os.stat(spare)
    data = {"spare": [found.st_ino, found.st_dev], "live_state": state_identity(site_dir), "changed": sorted(set(changed))}
    temporary = record.with_name(f"{record.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(data), encoding="utf-8")
    os.replace(temporary, record)


def keep_spare_of_new(site_dir: Path) -> None:
    """After a full build: a hard-linked copy of the new site becomes the spare."""
    building = site_dir.parent / f"{site_dir.name}.tmp-{os.getpid()}-spare"
    try:
        link_copy(site_dir, building)
        keep_spare(building, site_dir, [])
    except OSError:
        pass  # no spare: the next edit copies the site itself
    finally:
        if building.exists():
            shutil.rmtree(building, ignore_errors=True)


def prepare_copy(site_dir: Path, fresh: Path) -> str:
    """Make `fresh` a hard-linked copy of the live site, as cheaply as possible; say how."""
    spare = spare_of(site_dir)
    record = _take_record(site_dir)
    if spare.is_dir():
        try:
            found = os.stat(spare)
            os.rename(spare, fresh)
            if (
                record is not None
                and record.get("spare") == [found.st_ino, found.st_dev]
                and record.get("live_state") == state_identity(site_dir)
            ):
                relink(site_dir, fresh, record["changed"])
                return "relinked"
            link_sync(site_dir, fresh)
            return "synced"
        except (OSError, ValueError):
            shutil.rmtree(fresh, ignore_errors=True)
    link_copy(site_dir, fresh)
    return "copied"


def _take_record(site_dir: Path) -> dict | None:
    path = record_of(site_dir)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError:
        record = None
    path.unlink()  # used once: the spare is about to change
    if not isinstance(record, dict) or not isinstance(record.get("changed"), list):
        return None
    return record


def relink(source: Path, target: Path, paths: Iterable[str]) -> None:
    """Turn `target` into a hard-linked copy of `source`, given that they differ only at `paths`."""
    source_root, target_root = str(source), str(target)
    gone, present = [], []
    for rel in set(paths):
        parts = rel.split("/")
        if not rel or rel.startswith("/") or ".." in parts or "" in parts or os.sep != "/" and os.sep in rel:
            raise ValueError(f"not a path inside the site: {rel!r}")
        (present if os.path.lexists(os.path.join(source_root, rel)) else gone).append(rel)
    for rel in sorted(gone, key=lambda rel: -rel.count("/")):  # deepest first
        _remove(os.path.join(target_root, rel))
        folder = rel.rpartition("/")[0]
        while folder and not os.path.isdir(os.path.join(source_root, folder)):
            there = os.path.join(target_root, folder)
            if not os.path.isdir(there) or os.path.islink(there) or os.listdir(there):
                break
            os.rmdir(there)
            folder = folder.rpartition("/")[0]
    for rel in sorted(present, key=lambda rel: rel.count("/")):  # shallowest first
        mine, theirs = os.path.join(source_root, rel), os.path.join(target_root, rel)
        _make_folders(target_root, rel.rpartition("/")[0])
        have = os.lstat(mine)
        if stat.S_ISDIR(have.st_mode):
            _make_folders(target_root, rel)
            continue
        _link_unless_same(mine, theirs, have)


def _link_unless_same(mine: str, theirs: str, have: os.stat_result) -> None:
    """Make `theirs` a hard link of `mine`, unless it already is that very inode."""
    try:
        found = os.lstat(theirs)
    except FileNotFoundError:
        found = None
    if found is not None and (found.st_ino, found.st_dev) == (have.st_ino, have.st_dev):
        return
    if found is not None:
        _remove(theirs)
    os.link(mine, theirs, follow_symlinks=False)


def _remove(path: str) -> None:
    try:
        found = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return
    if stat.S_ISDIR(found.st_mode):
        shutil.rmtree(path)
    else:
        os.unlink(path)


def _make_folders(root: str, rel: str) -> None:
    """Make `rel` a real folder under `root`, replacing any file or link in the way."""
    here = root
    for part in filter(None, rel.split("/")):
        here = os.path.join(here, part)
        try:
            found = os.lstat(here)
        except FileNotFoundError:
            os.mkdir(here)
            continue
        if not stat.S_ISDIR(found.st_mode):
            os.unlink(here)
            os.mkdir(here)


def link_sync(source: Path, target: Path) -> None:
    """Turn `target` into a hard-linked copy of `source`, keeping the links it already has.

    A file is kept only when it is the very inode of the source's file (so its bytes are
    the source's: site_hooks never writes through a shared inode); anything else in
    `target` is replaced or removed.
    """
    source_root, target_root = str(source), str(target)
    wanted: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(source_root):
        rel = os.path.relpath(dirpath, source_root)
        there = target_root if rel == "." else os.path.join(target_root, rel)
        if os.path.islink(there) or (os.path.lexists(there) and not os.path.isdir(there)):
            os.unlink(there)
        os.makedirs(there, exist_ok=True)
        wanted.add(rel)
        for name in dirnames:
            if os.path.islink(os.path.join(dirpath, name)):
                filenames.append(name)  # os.walk lists a linked folder among folders; link it as is
        dirnames[:] = [name for name in dirnames if not os.path.islink(os.path.join(dirpath, name))]
        for name in filenames:
            mine, theirs = os.path.join(dirpath, name), os.path.join(there, name)
            wanted.add(os.path.normpath(os.path.join(rel, name)))
            _link_unless_same(mine, theirs, os.lstat(mine))
    for dirpath, dirnames, filenames in os.walk(target_root, topdown=False):
        rel = os.path.relpath(dirpath, target_root)
        for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            if os.path.normpath(os.path.join(rel, name)) not in wanted:
                os.unlink(os.path.join(dirpath, name))
        if rel not in wanted:
            os.rmdir(dirpath)


def link_copy(source: Path, target: Path) -> None:
    """Copy a folder tree by hard links: instant, and safe because site_hooks unlinks before writing.

    `cp -al` makes the same links in C, about twice as fast as a Python walk on a
    14,000-file site; the walk is the fallback where there is no GNU-compatible cp.
    """
    if shutil.which("cp") and sys.platform.startswith("linux"):
        result = subprocess.run(["cp", "-al", "--", str(source), str(target)], capture_output=True)
        if result.returncode == 0:
            return
        shutil.rmtree(target, ignore_errors=True)  # then copy it the slow way
    for dirpath, dirnames, filenames in os.walk(source):
        here = Path(dirpath)
        there = target / here.relative_to(source)
        there.mkdir(parents=True, exist_ok=True)
        for name in filenames:
            os.link(here / name, there / name, follow_symlinks=False)
