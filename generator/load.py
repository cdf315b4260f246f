"""Stage 1: find the content files, read them safely and parse them into located data.

File discovery lives here: which folders hold which records, symbolic links that
leave the content folder, FIFOs, oversized files. Parsing a file's bytes into
located mappings, lists and strings is yaml_nodes.py's job.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .kinds import ARTICLE, COUNTRY, FOLDERS, REGISTRY_KINDS
from .problems import Loc, Problems, display_path
from .yaml_nodes import FAILED, LList, LMap, parse_bytes, parse_text

if TYPE_CHECKING:  # content_stats imports this module
    from .content_stats import ContentStats
    from .record_cache import TreeCache

__all__ = ["FAILED", "LList", "LMap", "parse_bytes", "parse_text"]  # from yaml_nodes.py, as before

YAML_SUFFIXES = (".yml", ".yaml")
MAX_FILE_BYTES = 2_000_000

@dataclass
class SourceFile:
    """One parsed YAML file: `kind` is what its records are (article, country or a registry kind)."""

    kind: str
    path: Path
    shown: str
    data: object
    loc: Loc
    digest: str = ""  # of the file's bytes: incremental builds tell changed records by it
    cached: bool = False  # not parsed: validate takes its record from the record cache
    raw: bytes | None = None  # not parsed yet: validate parses it on any core (see load_content)
    relative: str = ""  # the path inside the content folder, with "/" (incremental builds key files by it)


@dataclass
class LoadedContent:
    root: Path
    files: list[SourceFile] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[SourceFile]:
        return [f for f in self.files if f.kind == kind]


def load_content(
    root: Path, problems: Problems, cached: Callable[[tuple[str, str]], bool] | None = None, defer_articles: bool = False,
    stats: ContentStats | None = None, found: list[tuple[str, Path, str]] | None = None,
    trees: TreeCache | None = None,
) -> LoadedContent:
    """Parse every record file under `root`; report what cannot be read. Article files
    for which `cached((shown path, digest))` is true are not parsed (nor read, when
    `stats` knows their digest from their metadata: content_stats.py, which is told the
    digest of every file read); with `defer_articles`, the others keep their bytes for
    validate.py to parse in parallel. `found`: discover()'s answer, when the caller has it.
    `trees`: the parsed registry files of earlier runs (record_cache.TreeCache)."""
    content = LoadedContent(root=root)
    shown_root = display_path(root)
    if not root.is_dir():
        problems.add(Loc(shown_root), "content folder not found (set CONTENT=/path/to/records)")
        return content
    # display_path asks for the working folder on every call: 100,000 times at 100,000 articles.
    shown_prefix = "" if shown_root == "." else shown_root + "/"
    for kind, path, relative in found if found is not None else discover(root, problems):
        shown = shown_prefix + relative
        info = stat_file(path, shown, problems)
        if info is None:
            continue
        if kind == ARTICLE and cached is not None and stats is not None:
            # Unchanged metadata and a cached record: the file need not even be read.
            known = stats.known_digest(relative, info)
            if known is not None and cached((shown, known)):
                content.files.append(SourceFile(kind, path, shown, None, Loc(shown), known, cached=True, relative=relative))
                continue
        raw = read_bytes(path, shown, problems)
        if raw is None:
            continue
        digest = hashlib.blake2b(raw, digest_size=16).hexdigest()
        if stats is not None:
            stats.note(relative, info, digest)
        if kind == ARTICLE and cached is not None and cached((shown, digest)):
            content.files.append(SourceFile(kind, path, shown, None, Loc(shown), digest, cached=True, relative=relative))
            continue
        if kind == ARTICLE and defer_articles:
            content.files.append(SourceFile(kind, path, shown, None, Loc(shown), digest, raw=raw, relative=relative))
            continue
        data = trees.get((shown, digest)) if trees is not None else None
        if data is None:
            found_before = len(problems)
            data = parse_bytes(raw, shown, problems)
            if trees is not None and data is not FAILED and data is not None and len(problems) == found_before:
                trees.add((shown, digest), data)
        if data is not FAILED:
            content.files.append(SourceFile(kind, path, shown, data, Loc(shown), digest, relative=relative))
    return content


def discover(root: Path, problems: Problems) -> list[tuple[str, Path, str]]:
    """The record files, in a stable order, each with the kind its folder gives it and its
    path inside `root` (with "/")."""
    found: list[tuple[str, Path, str]] = []
    real_root = root.resolve()
    for suffix in YAML_SUFFIXES:  # countries.yml: the optional country overrides
        name = FOLDERS[COUNTRY] + suffix
        path = root / name
        if path.exists() or path.is_symlink():
            if _inside(path, real_root, problems):
                found.append((COUNTRY, path, name))
    for kind in (ARTICLE, *REGISTRY_KINDS):
        folder = root / FOLDERS[kind]
        if folder.is_symlink() and not _inside(folder, real_root, problems):
            continue
        if not folder.is_dir():
            continue
        for path, relative in _walk(folder, FOLDERS[kind], real_root, problems):
            found.append((kind, path, relative))
    return found


def _walk(folder: Path, relative: str, real_root: Path, problems: Problems) -> list[tuple[Path, str]]:
    """The YAML files under `folder`, sorted; os.scandir, because its entries know their
    type without a system call each (100,000 article files are listed on every run)."""
    paths: list[tuple[Path, str]] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        problems.add(Loc(display_path(folder)), f"cannot read folder: {exc.strerror or exc}")
        return paths
    folders: list[Path] = []
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue  # hidden folders (.git, editor state) and files are never content
        path = folder / name
        if entry.is_symlink():
            if _points_to_folder(entry):
                # Not followed: inside the root it would be read twice, outside it is refused.
                _inside(path, real_root, problems)
            elif name.endswith(YAML_SUFFIXES) and _inside(path, real_root, problems):
                paths.append((path, f"{relative}/{name}"))
        elif entry.is_dir(follow_symlinks=False):
            folders.append(path)
        elif name.endswith(YAML_SUFFIXES):
            paths.append((path, f"{relative}/{name}"))
    for path in folders:  # a folder's own files first, then its folders', as os.walk lists them
        paths.extend(_walk(path, f"{relative}/{path.name}", real_root, problems))
    return paths


def _points_to_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a loop: _inside reports it
        return False


def _inside(path: Path, real_root: Path, problems: Problems) -> bool:
    try:
        target = path.resolve()
    except (OSError, RuntimeError):  # a symlink loop: RuntimeError before Python 3.13
        problems.add(Loc(display_path(path)), "symbolic link cannot be resolved (a loop?); refusing to read it")
        return False
    if target == real_root or real_root in target.parents:
        return True
    problems.add(Loc(display_path(path)), "symbolic link points outside the content folder; refusing to read it")
    return False


def parse_file(path: Path, shown: str, problems: Problems) -> object:
    """The file's data as LMap/LList/str/None, or FAILED after reporting why."""
    raw = read_file(path, shown, problems)
    return FAILED if raw is None else parse_bytes(raw, shown, problems)


def read_file(path: Path, shown: str, problems: Problems) -> bytes | None:
    """A regular file's bytes, or None after reporting why it cannot be read."""
    return None if stat_file(path, shown, problems) is None else read_bytes(path, shown, problems)


def stat_file(path: Path, shown: str, problems: Problems) -> os.stat_result | None:
    """The file's metadata if it is a regular file within the size limit; else None, after reporting why."""
    try:
        info = path.stat()
    except OSError as exc:
        problems.add(Loc(shown), f"cannot read file: {exc.strerror or exc}")
        return None
    if not stat.S_ISREG(info.st_mode):
        # A FIFO or device named *.yml would block or never end.
        problems.add(Loc(shown), "not a regular file; refusing to read it")
        return None
    if info.st_size > MAX_FILE_BYTES:
        problems.add(Loc(shown), f"file is {info.st_size:,} bytes; the limit is {MAX_FILE_BYTES:,}")
        return None
    return info


def read_bytes(path: Path, shown: str, problems: Problems) -> bytes | None:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.add(Loc(shown), f"cannot read file: {exc.strerror or exc}")
        return None
    if len(raw) > MAX_FILE_BYTES:  # it grew since it was measured
        problems.add(Loc(shown), f"file is {len(raw):,} bytes; the limit is {MAX_FILE_BYTES:,}")
        return None
    return raw
