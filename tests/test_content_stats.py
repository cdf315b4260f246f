"""content_stats.py: a file's digest trusted from its metadata, and runs with nothing to do.

Every test builds a small synthetic corpus (synthetic/corpus.py), renders it with
`update` (what `make site` runs), changes something the way a user or a tool
would, and checks that the next run sees the change and renders what a full
render of the same records gives.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from generator import content_stats
from generator.pipeline import Selection, generate, update
from synthetic import new_article, write_corpus
from tests.test_incremental import tree

NOTHING = "nothing changed: no record file, setting or code"


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    content = write_corpus(tmp_path / "content", 40, seed=5)
    docs = tmp_path / "docs"
    update(content, docs)
    # Age every file past the racy window, as files are between two real runs.
    _age(content)
    update(content, docs)  # records the aged metadata
    return content, docs


def _age(folder: Path, seconds: int = 60) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            info = path.stat()
            os.utime(path, ns=(info.st_atime_ns - seconds * 10**9, info.st_mtime_ns - seconds * 10**9))


def _full(content: Path, tmp_path: Path) -> dict[str, bytes]:
    generate(content, tmp_path / "full")
    return tree(tmp_path / "full")


def test_a_second_run_has_nothing_to_do(built: tuple[Path, Path]) -> None:
    content, docs = built
    before = tree(docs)
    newest, report = update(content, docs)
    assert report.plan == NOTHING
    assert report.written == [] and report.kept == len(before)
    assert newest is not None and newest.iso() == max(_published(content))
    assert tree(docs) == before


def _published(content: Path) -> list[str]:
    return [line.split(": ", 1)[1].strip() for path in (content / "articles").rglob("*.yml")
            for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("published: ")]


def test_same_size_and_restored_mtime_is_still_read(built: tuple[Path, Path], tmp_path: Path) -> None:
    """A tool that rewrites a file and puts its modification time back: the change time moved."""
    content, docs = built
    article = sorted((content / "articles").rglob("*.yml"))[3]
    info = article.stat()
    text = article.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title: "))
    at = next(i for i, ch in enumerate(title) if i > 8 and ch.islower())
    swapped = title[:at] + ("b" if title[at] == "a" else "a") + title[at + 1:]  # same length, other bytes
    article.write_text(text.replace(title, swapped), encoding="utf-8")
    os.utime(article, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert article.stat().st_size == info.st_size and article.stat().st_mtime_ns == info.st_mtime_ns
    _, report = update(content, docs)
    assert report.plan != NOTHING and report.written
    assert tree(docs) == _full(content, tmp_path)


def test_a_racy_entry_is_read_again(built: tuple[Path, Path], tmp_path: Path) -> None:
    """A file recorded within the racy window is re-hashed, even when its metadata matches."""
    content, docs = built
    article = sorted((content / "articles").rglob("*.yml"))[5]
    stats = content_stats.load_stats(docs, content)
    relative = article.relative_to(content).as_posix()
    stat, digest, _ = stats.previous[relative]
    stats.current = dict(stats.previous)
    stats.current[relative] = (stat, "0" * 32, True)  # as if hashed before a same-tick rewrite
    content_stats.save_stats(docs, stats, stats.made.settings, stats.made.newest)
    assert content_stats.unchanged_run(docs, content, stats.made.settings).made is None
    stats.current[relative] = (stat, digest, True)
    content_stats.save_stats(docs, stats, stats.made.settings, stats.made.newest)
    assert content_stats.unchanged_run(docs, content, stats.made.settings).made is not None


@pytest.mark.parametrize("change", ["page deleted", "page edited", "page added", "file added", "file removed", "setting"])
def test_anything_else_makes_it_run(built: tuple[Path, Path], tmp_path: Path, change: str) -> None:
    content, docs = built
    selection = None
    page = sorted(p for p in docs.rglob("*.md") if "/organizations/" in p.as_posix())[0]
    if change == "page deleted":
        page.unlink()
    elif change == "page edited":
        page.write_text("hand-edited\n", encoding="utf-8")
    elif change == "page added":
        (docs / "stray.md").write_text("stray\n", encoding="utf-8")
    elif change == "file added":
        new_article(content, 41, dt.date(2020, 5, 5), seed=5)
    elif change == "file removed":
        sorted((content / "articles").rglob("*.yml"))[0].unlink()
    else:
        selection = Selection(tags=frozenset({"synthetic-tag-1"}))
    _, report = update(content, docs, selection=selection)
    assert report.plan != NOTHING
    if selection is None and change != "page edited":
        assert tree(docs) == _full(content, tmp_path)


def test_another_content_folder_is_not_trusted(built: tuple[Path, Path], tmp_path: Path) -> None:
    """The same relative paths in another folder are other files."""
    content, docs = built
    other = tmp_path / "other"
    shutil.copytree(content, other, copy_function=os.link)  # same inodes, sizes and times
    assert content_stats.load_stats(docs, other).previous == {}
    _, report = update(other, docs)
    assert report.plan != NOTHING
