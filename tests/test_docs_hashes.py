"""generator/docs_hashes.py: a file is read again whenever it may have changed, and only then."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from generator import docs_hashes as module
from generator.docs_hashes import CACHE, docs_hashes, file_hash

LONG_AGO = 1_600_000_000  # 2020: older than any run's start


@pytest.fixture
def reads(monkeypatch):
    """The paths docs_hashes reads (hashes), in order."""
    seen: list[str] = []

    def counting(path: str) -> str:
        seen.append(Path(path).name)
        return file_hash(path)

    monkeypatch.setattr(module, "file_hash", counting)
    return seen


def write(path: Path, text: str, mtime: int = LONG_AGO) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    os.utime(path, (mtime, mtime))


def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    write(folder / "index.md", "home")
    write(folder / "articles" / "a.md", "article a")
    write(folder / "articles" / "b.md", "article b")
    write(folder / ".briefings-generated", "hidden: MkDocs never reads it")
    write(folder / ".hidden" / "x.md", "in a hidden folder")
    return folder


def test_every_visible_file_is_hashed_and_unchanged_ones_are_not_read_again(tmp_path, reads):
    folder = docs(tmp_path)
    first = docs_hashes(folder)
    assert first == {src: file_hash(str(folder / src)) for src in ("index.md", "articles/a.md", "articles/b.md")}
    assert sorted(reads) == ["a.md", "b.md", "index.md"] and (folder / CACHE).is_file()
    reads.clear()
    assert docs_hashes(folder) == first
    assert reads == []


def test_same_size_and_mtime_restored_is_still_seen(tmp_path, reads):
    # ctime records the write and cannot be set back: the file is read again.
    folder = docs(tmp_path)
    docs_hashes(folder)
    reads.clear()
    time.sleep(0.01)
    write(folder / "articles" / "a.md", "article A")  # same size, same mtime as before
    after = docs_hashes(folder)
    assert reads == ["a.md"]
    assert after["articles/a.md"] == file_hash(str(folder / "articles" / "a.md")) != file_hash(str(folder / "articles" / "b.md"))


def test_a_file_replaced_by_rename_is_read_again(tmp_path, reads):
    folder = docs(tmp_path)
    docs_hashes(folder)
    reads.clear()
    write(tmp_path / "elsewhere.md", "article c")  # same size and mtime, another inode
    os.replace(tmp_path / "elsewhere.md", folder / "articles" / "b.md")
    assert docs_hashes(folder)["articles/b.md"] == file_hash(str(folder / "articles" / "b.md"))
    assert reads == ["b.md"]


def test_a_file_not_older_than_the_run_start_is_never_trusted(tmp_path, reads):
    # Racily clean (git's term): written in the tick it was hashed, a later write in the
    # same tick would keep its stat. Such a file is read on every run until it is older.
    folder = docs(tmp_path)
    future = int(time.time()) + 3600
    write(folder / "articles" / "a.md", "article a", mtime=future)
    docs_hashes(folder)
    reads.clear()
    docs_hashes(folder)
    assert reads == ["a.md"]


def test_added_and_removed_files_and_a_damaged_cache(tmp_path, reads):
    folder = docs(tmp_path)
    docs_hashes(folder)
    (folder / "articles" / "b.md").unlink()
    write(folder / "articles" / "c.md", "article c")
    reads.clear()
    assert sorted(docs_hashes(folder)) == ["articles/a.md", "articles/c.md", "index.md"]
    assert reads == ["c.md"]
    (folder / CACHE).write_text("{not json")
    reads.clear()
    assert sorted(docs_hashes(folder)) == ["articles/a.md", "articles/c.md", "index.md"]
    assert sorted(reads) == ["a.md", "c.md", "index.md"]
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []
