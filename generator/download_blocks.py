"""Downloads made again by splicing: each article's rows are one block of bytes, and a
run copies the blocks of unchanged articles from the last run's file, whole stretches
at a time.

At 100,000 articles the downloads are a million rows and 320 MB. One new article
changes one block in each table, yet every row used to be decoded, checked and
encoded again (seconds per run). Each download now has a layout saved beside it
(which articles, in order, and where each one's block ends), with the file's size and
CRC-32: a file that is not byte for byte what the last run wrote is never spliced,
its rows are all made again.

A table's *uniform* form is its blocks end to end, every row followed by its
separator: ",\\n" in the JSON, "\\r\\n" in the CSV. A CSV file holds its table in
uniform form after the header row. A JSON section leaves out the separator after its
last row (`"name":[\\n` + uniform[:-2] + `\\n]`): `trimmed` is what a file leaves out.
"""

from __future__ import annotations

import pickle
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import AbstractSet, Callable, Sequence

from .write import OWN_FILES

Piece = bytes | memoryview
LAYOUT_VERSION = 1


@dataclass
class Layout:
    """Where each article's block lies in one download file."""

    ids: list[str]  # the articles, in the file's order (the same in every section)
    sections: dict[str, tuple[int, list[int]]] = field(default_factory=dict)  # table -> (offset, block ends)
    size: int = 0
    crc: int = 0


def layout_path(download: str) -> str:
    """The layout's own file, in the docs folder's root (a dotfile: MkDocs never publishes it)."""
    return f"{OWN_FILES}blocks-{download.replace('/', '-')}.pickle"


def finish(parts: list[Piece], layout: Layout, download: str) -> dict[str, bytes]:
    """The download's bytes and its layout's, as files to write."""
    data = b"".join(parts)
    layout.size, layout.crc = len(data), zlib.crc32(data)
    return {download: data, layout_path(download): pickle.dumps((LAYOUT_VERSION, layout), protocol=pickle.HIGHEST_PROTOCOL)}


@dataclass
class Previous:
    """The last run's copy of one download, readable block by block."""

    data: memoryview
    layout: Layout
    position: dict[str, int]  # article id -> its block's index


def read_previous(folder: Path | None, download: str) -> Previous | None:
    """The last run's download, when its layout says exactly what it holds; else None."""
    if folder is None:
        return None
    try:
        version, layout = pickle.loads((folder / layout_path(download)).read_bytes())
        data = (folder / download).read_bytes()
    except (OSError, pickle.UnpicklingError, ValueError, TypeError, EOFError, AttributeError):
        return None
    if version != LAYOUT_VERSION or not isinstance(layout, Layout):
        return None
    if len(data) != layout.size or zlib.crc32(data) != layout.crc:
        return None  # written since by someone else (or half-written): make every row again
    return Previous(memoryview(data), layout, {ident: k for k, ident in enumerate(layout.ids)})


Run = tuple[int, int, int]  # blocks [new_from, new_to) of this run: copied from old block old_from on, or made (-1)


def runs(ids: Sequence[str], previous: Previous | None, reusable: AbstractSet[str]) -> list[Run]:
    """The stretches of `ids` whose blocks can be copied from `previous` in one piece
    (reusable, and next to each other there too), and those to make again."""
    position = previous.position if previous is not None else {}
    out: list[list[int]] = []
    for i, ident in enumerate(ids):
        k = position.get(ident, -1) if ident in reusable else -1
        if out:
            last = out[-1]
            if (k < 0 and last[2] < 0) or (k >= 0 and last[2] >= 0 and last[2] + i - last[0] == k):
                last[1] = i + 1
                continue
        out.append([i, i + 1, k])
    return [(a, b, c) for a, b, c in out]


def splice(
    ids: Sequence[str], make: Callable[[int], bytes], previous: Previous | None, table: str,
    stretches: list[Run], trimmed: bytes,
) -> tuple[list[Piece], list[int]]:
    """One table in uniform form, as pieces, and where each block ends: the copied
    `stretches` come from `previous`, every other block i is `make(i)`."""
    pieces: list[Piece] = []
    ends: list[int] = []
    if previous is None or table not in previous.layout.sections:
        stretches = [(0, len(ids), -1)] if ids else []
        offset, old_ends = 0, []
    else:
        offset, old_ends = previous.layout.sections[table]
    size = 0
    for new_from, new_to, old_from in stretches:
        if old_from < 0:
            for i in range(new_from, new_to):
                block = make(i)
                pieces.append(block)
                size += len(block)
                ends.append(size)
            continue
        old_to = old_from + new_to - new_from
        start, end = (old_ends[old_from - 1] if old_from else 0), old_ends[old_to - 1]
        if end > start:
            pieces.extend(_old_bytes(previous, offset, old_ends[-1], start, end, trimmed))
        shift = size - start
        ends.extend([old_end + shift for old_end in old_ends[old_from:old_to]])
        size += end - start
    return pieces, ends


def _old_bytes(previous: Previous | None, offset: int, length: int, start: int, end: int, trimmed: bytes) -> list[Piece]:
    """Bytes [start, end) of an old table's uniform form (`length` long), from its file."""
    assert previous is not None
    in_file = length - len(trimmed)  # the uniform bytes the file holds as they are
    if end <= in_file:
        return [previous.data[offset + start : offset + end]]
    return [previous.data[offset + start : offset + in_file], trimmed[: end - in_file]]


def trim(pieces: list[Piece], trimmed: bytes) -> list[Piece]:
    """The pieces without the final separator a file leaves out (`trimmed`)."""
    if not trimmed or not pieces:
        return pieces
    cut = len(trimmed)
    out = list(pieces)
    while cut and out:
        last = out.pop()
        if len(last) > cut:
            out.append(last[: len(last) - cut])
            break
        cut -= len(last)
    return out
