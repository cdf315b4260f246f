"""Splicing downloads (generator/download_blocks.py): copied stretches give the bytes a fresh make gives.

The blocks are made-up rows (clearly synthetic); a table is spliced from an old copy after
random insertions, deletions and edits, and compared with the same table made from scratch.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from generator.download_blocks import Layout, finish, layout_path, read_previous, runs, splice, trim

SEPARATORS = [b",\n", b""]  # the JSON's (left out after the last row) and the CSV's (rows end in \r\n)


def _block(ident: str, version: int, rows: int, separator: bytes) -> bytes:
    end = separator or b"\r\n"
    return b"".join(f"{ident}:{version}:{row}".encode() + end for row in range(rows))


def _write(folder: Path, ids: list[str], blocks: dict[str, bytes], separator: bytes, head: bytes = b"HEAD\n") -> bytes:
    """A download as export.py lays one out: a head, then the table with its last separator left out."""
    pieces, ends = splice(ids, lambda i: blocks[ids[i]], None, "table", [], separator)
    layout = Layout(list(ids), {"table": (len(head), ends)})
    files = finish([head, *trim(pieces, separator), b"\nTAIL"], layout, "data/table.txt")
    for path, data in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(data)
    return files["data/table.txt"]


@pytest.mark.parametrize("separator", SEPARATORS)
@pytest.mark.parametrize("seed", range(12))
def test_a_spliced_table_is_the_table_made_afresh(tmp_path, separator, seed):
    rng = random.Random(seed)
    ids = sorted(f"article-{n:04d}" for n in rng.sample(range(1000), 40))
    blocks = {ident: _block(ident, 0, rng.choice([0, 0, 1, 2, 3]), separator) for ident in ids}
    _write(tmp_path, ids, blocks, separator)
    previous = read_previous(tmp_path, "data/table.txt")
    assert previous is not None

    # The next run: some articles deleted, some added, some edited (their blocks must not be copied).
    now = [ident for ident in ids if rng.random() > 0.15]
    now = sorted(set(now) | {f"article-{n:04d}" for n in rng.sample(range(1000), 6)})
    edited = {ident for ident in now if ident in blocks and rng.random() < 0.2}
    current = {
        ident: _block(ident, 1, rng.choice([0, 1, 2]), separator) if ident in edited or ident not in blocks else blocks[ident]
        for ident in now
    }
    reusable = frozenset(ident for ident in now if ident in blocks and ident not in edited)
    made: list[int] = []

    def make(i: int) -> bytes:
        made.append(i)
        return current[now[i]]

    pieces, ends = splice(now, make, previous, "table", runs(now, previous, reusable), separator)
    expected = b"".join(current[ident] for ident in now)
    assert b"".join(pieces) == expected
    assert ends == [len(b"".join(current[ident] for ident in now[: i + 1])) for i in range(len(now))]
    assert sorted(now[i] for i in made) == sorted(set(now) - reusable)  # only what changed is made


def test_a_download_changed_since_is_not_spliced(tmp_path):
    ids = ["article-1", "article-2"]
    data = _write(tmp_path, ids, {ident: _block(ident, 0, 2, b",\n") for ident in ids}, b",\n")
    assert read_previous(tmp_path, "data/table.txt") is not None
    (tmp_path / "data/table.txt").write_bytes(data.replace(b"article-1:0:1", b"article-1:9:1"))  # same size
    assert read_previous(tmp_path, "data/table.txt") is None
    (tmp_path / "data/table.txt").write_bytes(data)
    (tmp_path / layout_path("data/table.txt")).write_bytes(b"not a layout")
    assert read_previous(tmp_path, "data/table.txt") is None
    assert read_previous(None, "data/table.txt") is None
