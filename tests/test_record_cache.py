"""The record cache (generator/record_cache.py) makes runs faster and never different."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator import load, record_cache, validate
from generator.incremental import STATE
from generator.pipeline import generate
from generator.problems import ContentError, display_path
from synthetic import write_corpus
from tests.test_incremental import tree

ARTICLES = 60


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    content = write_corpus(tmp_path / "content", ARTICLES, seed=2)
    docs = tmp_path / "docs"
    generate(content, docs)
    return content, docs


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    real = load.parse_bytes

    def counting(raw: bytes, shown: str, problems):  # noqa: ANN001, ANN202
        parsed.append(shown)
        return real(raw, shown, problems)

    monkeypatch.setattr(load, "parse_bytes", counting)
    monkeypatch.setattr(validate, "parse_bytes", counting)  # article files are parsed there, on every core
    return parsed


def test_unchanged_articles_are_not_parsed_again(built, tmp_path, monkeypatch):
    content, docs = built
    parsed = count_parses(monkeypatch)
    first = next((content / "articles").rglob("*.yml"))
    first.write_text(first.read_text().replace("Synthetic headline", "Synthetic headline, edited", 1))
    generate(content, docs, full=True)
    assert [p for p in parsed if "/content/articles/" in p] == [display_path(first)]
    fresh = tmp_path / "fresh"
    monkeypatch.undo()
    generate(content, fresh)
    assert tree(docs) == tree(fresh)


def expected_error(content: Path, tmp_path: Path) -> str:
    """What a run without any cache says about the same records."""
    with pytest.raises(ContentError) as failed:
        generate(content, tmp_path / "no-cache")
    return "\n".join(failed.value.problems.lines())


def test_an_article_broken_after_a_good_build_is_reported(built, tmp_path):
    content, docs = built
    path = sorted((content / "articles").rglob("*.yml"))[5]
    path.write_text(path.read_text().replace("source:", "sourse:", 1))
    with pytest.raises(ContentError) as failed:
        generate(content, docs)
    lines = failed.value.problems.lines()
    assert any("unknown field 'sourse'; did you mean 'source'?" in line for line in lines)
    assert "\n".join(lines) == expected_error(content, tmp_path)


def test_a_duplicate_of_a_cached_article_is_reported(built, tmp_path):
    content, docs = built
    original = sorted((content / "articles").rglob("*.yml"))[3]
    shutil.copy(original, original.parent / "copy.yml")
    (original.parent / "copy.yml").write_text(f"id: {original.stem}\n" + original.read_text())
    with pytest.raises(ContentError) as failed:
        generate(content, docs)
    lines = failed.value.problems.lines()
    assert any(f"duplicate article id '{original.stem}'" in line for line in lines)
    assert "\n".join(lines) == expected_error(content, tmp_path)


def test_an_unreadable_cache_is_ignored(built, tmp_path, monkeypatch):
    content, docs = built
    for shard in (docs / record_cache.FOLDER).glob("*.pickle"):
        shard.write_bytes(b"not a pickle")
    parsed = count_parses(monkeypatch)
    generate(content, docs, full=True)
    assert len([p for p in parsed if "/content/articles/" in p]) == ARTICLES
    monkeypatch.undo()
    generate(content, tmp_path / "fresh")
    assert tree(docs) == tree(tmp_path / "fresh")


def test_a_cache_from_other_code_is_ignored(built, monkeypatch):
    content, docs = built
    monkeypatch.setattr(record_cache, "_tag", lambda: "other code")
    parsed = count_parses(monkeypatch)
    generate(content, docs)
    assert len([p for p in parsed if "/content/articles/" in p]) == ARTICLES


def test_only_changed_shards_are_rewritten(built):
    content, docs = built
    shards = {p.name: p.stat().st_mtime_ns for p in (docs / record_cache.FOLDER).glob("*.pickle")}
    digests = [digest for digest, _ in json.loads((docs / STATE).read_text())["articles"].values()]
    assert set(shards) == {f"records-{digest[0]}.pickle" for digest in digests}
    path = sorted((content / "articles").rglob("*.yml"))[0]
    path.write_text(path.read_text() + "notes: Synthetic note added by the test.\n")
    generate(content, docs)
    after = {p.name: p.stat().st_mtime_ns for p in (docs / record_cache.FOLDER).glob("*.pickle")}
    assert 1 <= sum(after[name] != shards[name] for name in shards) <= 2  # the old entry's shard and the new one's


def test_unchanged_registry_files_are_not_parsed_again(built, tmp_path, monkeypatch):
    content, docs = built
    registry = sorted((content / "organizations").glob("*.yml"))
    edited = registry[0]
    trees = docs / record_cache.FOLDER / "trees"
    before = set(p.name for p in trees.iterdir())
    assert len(before) >= len(registry)  # every registry file's tree is kept
    edited.write_text(edited.read_text().replace('description: "', 'description: "Edited by the test. ', 1))
    parsed = count_parses(monkeypatch)
    generate(content, docs, full=True)
    assert [p for p in parsed if "/content/articles/" not in p] == [display_path(edited)]
    after = set(p.name for p in trees.iterdir())
    assert len(after) == len(before) and len(after - before) == 1  # the old tree replaced, not kept beside it
    monkeypatch.undo()
    generate(content, tmp_path / "fresh")
    assert tree(docs) == tree(tmp_path / "fresh")


def test_a_registry_tree_from_other_code_or_for_other_bytes_is_not_used(built, monkeypatch):
    content, docs = built
    trees = docs / record_cache.FOLDER / "trees"
    for path in trees.iterdir():
        path.write_bytes(b"not a pickle")
    parsed = count_parses(monkeypatch)
    generate(content, docs, full=True)
    registry_files = [p for p in parsed if "/content/articles/" not in p]
    assert registry_files and all("/content/" in p for p in registry_files)
    parsed.clear()
    monkeypatch.setattr(record_cache, "_tag", lambda: "other code")
    generate(content, docs, full=True)
    assert sorted(p for p in parsed if "/content/articles/" not in p) == sorted(registry_files)
