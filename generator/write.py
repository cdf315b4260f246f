"""Stage 5: write the rendered pages, touching only files whose bytes changed.

Unchanged files keep their modification time, so `mkdocs build --dirty` and
rsync-style deploys see only real changes. Pages that no longer exist are
removed. Each file is written to a temporary name and renamed into place, so a
reader never sees half a page.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable

from .parallel import map_ordered

MARKER = ".briefings-generated"
OWN_FILES = ".briefings-"  # the marker, incremental.py's state, record_cache.py's folder: never stale


class UnsafePath(Exception):
    pass


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    kept: int = 0  # pages not rendered this time: the previous run's copy still holds
    plan: str = ""  # why the render was full or incremental


def check_relative(path: str) -> PurePosixPath:
    """Refuse any page path that could land outside the output folder."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or not pure.parts or any(part in ("", ".", "..") for part in pure.parts) or "\\" in path or "\0" in path:
        raise UnsafePath(f"refusing to write outside the output folder: {path!r}")
    return pure


def write_tree(out_dir: Path, files: dict[str, bytes], keep: set[str] = frozenset()) -> WriteReport:
    """Make `out_dir` hold exactly `files` plus the existing files named in `keep`; return what changed."""
    tree = TreeWriter(out_dir, files)
    # Creating 14,000 files is seconds of system calls: spread over the cores too.
    return tree.finish(map_ordered(tree.write, list(files.items())), keep)


class TreeWriter:
    """Writes files into `out_dir` from any process, then reports and removes stale files.

    Made before the workers fork (it claims the folder and creates the folders the
    expected `paths` need), so that each worker can write what it renders instead of
    sending it back: at 100,000 articles the pages alone are over 1 GB.
    """

    def __init__(self, out_dir: Path, paths: Iterable[str]):
        paths = list(paths)
        for path in paths:
            check_relative(path)
        claim_folder(out_dir)
        self.out_dir = out_dir
        self._writer = _Writer(out_dir, _make_folders(out_dir, paths))

    def write(self, item: tuple[str, bytes]) -> tuple[str, bool]:
        check_relative(item[0])
        return item[0], self._writer.write(item)

    def write_all(self, files: dict[str, bytes]) -> list[tuple[str, bool]]:
        return [self.write(item) for item in files.items()]

    def finish(self, results: list[tuple[str, bool]], keep: set[str] = frozenset()) -> WriteReport:
        """What the writes did; files that are neither in `results` nor in `keep` are removed."""
        results = sorted(item for item in results if not item[0].startswith(OWN_FILES))  # bookkeeping, not pages
        report = WriteReport(written=[rel for rel, wrote in results if wrote])
        report.unchanged = len(results) - len(report.written)
        report.removed = _remove_stale(self.out_dir, {rel for rel, _ in results} | keep)
        return report


def _make_folders(out_dir: Path, files: Iterable[str]) -> set[str]:
    """Create the folders `files` need; return those that did not exist before.

    An existing folder is checked to resolve inside `out_dir` (a planted symbolic
    link must not lead writes outside it), parents before children. A folder made
    here holds nothing but what this run writes into it, which lets the writer skip
    its checks there: a first build writes 14,000 files into fresh folders.
    """
    root = out_dir.resolve()
    created: set[str] = set()
    for folder in sorted({rel.rpartition("/")[0] for rel in files} - {""}):
        parts = folder.split("/")
        for depth in range(1, len(parts) + 1):
            prefix = "/".join(parts[:depth])
            if prefix in created:
                continue
            path = out_dir / prefix
            try:
                os.mkdir(path)
                created.add(prefix)
            except FileExistsError:
                real = path.resolve()
                if real != root and root not in real.parents:
                    raise UnsafePath(f"refusing to write outside the output folder: {prefix!r}") from None
    return created


class _Writer:
    def __init__(self, out_dir: Path, fresh_folders: set[str] = frozenset()):
        self.out_dir = out_dir
        self.root = out_dir.resolve()
        self.fresh_folders = fresh_folders  # made by this run: nothing in them but what it writes
        self.safe_folders: set[Path] = set()  # folders already resolved inside root (and created)

    def write(self, item: tuple[str, bytes]) -> bool:
        """Write one file unless it already holds these bytes; True if written."""
        rel, data = item
        if rel.rpartition("/")[0] in self.fresh_folders:
            try:
                _create(self.out_dir / rel, data)
                return True
            except FileExistsError:  # something appeared meanwhile: the careful way below
                pass
        target = self.out_dir / rel
        folder = target.parent
        if folder not in self.safe_folders:
            # A symbolic link planted in the output folder must not lead the write outside it.
            real = folder.resolve()
            if real != self.root and self.root not in real.parents:
                raise UnsafePath(f"refusing to write outside the output folder: {rel!r}")
            folder.mkdir(parents=True, exist_ok=True)
            self.safe_folders.add(folder)
        if target.is_symlink() and self.root not in target.resolve().parents:
            raise UnsafePath(f"refusing to write outside the output folder: {rel!r}")
        try:
            if target.read_bytes() == data:
                return False
        except FileNotFoundError:
            try:
                _create(target, data)  # a new file: no previous version for a reader to lose
                return True
            except FileExistsError:  # a dangling link inside the folder: replaced below
                pass
        except (NotADirectoryError, IsADirectoryError):
            pass
        _atomic_write(target, data)
        return True


def claim_folder(out_dir: Path) -> None:
    # Stale-file removal deletes whatever the generator did not write, so it only
    # ever runs in a folder the generator created (or an empty one).
    marker = out_dir / MARKER
    if out_dir.exists() and any(out_dir.iterdir()) and not marker.exists():
        raise UnsafePath(f"{out_dir} is not empty and was not made by the generator; choose another folder")
    out_dir.mkdir(parents=True, exist_ok=True)
    if not marker.exists():
        marker.write_text("Generated by `python -m generator`; every file here is rewritten.\n")


def _create(target: Path, data: bytes) -> None:
    # O_EXCL: never follows or overwrites anything that appeared meanwhile. Two system
    # calls fewer than a temporary file and a rename, for each of 139,000 files at 100k.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _atomic_write(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _remove_stale(out_dir: Path, keep: set[str]) -> list[str]:
    removed = []
    root = str(out_dir)
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        # String work, not Path objects: this visits every file of the site (139,000 at 100k).
        folder = dirpath[len(root) + 1 :].replace(os.sep, "/")
        for name in filenames:
            rel = f"{folder}/{name}" if folder else name
            if rel in keep or rel.startswith(OWN_FILES):
                continue
            os.unlink(os.path.join(dirpath, name))
            removed.append(rel)
        if folder and not os.listdir(dirpath):
            os.rmdir(dirpath)
    return sorted(removed)
