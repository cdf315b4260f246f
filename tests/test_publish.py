"""Incremental site builds: byte-identical to a full build, and never touching the previous site."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import time
from pathlib import Path

import pytest

from generator.pipeline import generate
from generator.publish import BuildFailed, build_site
from generator.site_hooks import STATE
from synthetic import new_article, write_corpus
from tests.conftest import ROOT

pytestmark = pytest.mark.mkdocs  # every test here builds a site, or reads one built here

CONFIG = ROOT / "mkdocs.yml"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def site_from(content: Path, work: Path, name: str, incremental: bool = True):
    model, written = generate(content, work / "docs")
    report = build_site(CONFIG, work / "docs", work / name, model.newest, incremental=incremental)
    return written, report


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    """A small synthetic corpus, built once in full."""
    work = tmp_path_factory.mktemp("publish")
    content = write_corpus(work / "content", 40, seed=7)
    _, report = site_from(content, work, "site")
    assert report.mode == "full"
    return work, content


def test_one_new_article_rebuilds_only_changed_pages_and_equals_a_full_build(first, tmp_path):
    work, content = first
    shutil.copytree(content, tmp_path / "content")
    shutil.copytree(work / "site", tmp_path / "site")
    shutil.copytree(work / "docs", tmp_path / "docs", copy_function=shutil.copy2)
    content = tmp_path / "content"
    new_article(content, 41, dt.date(2025, 3, 1))

    written, report = site_from(content, tmp_path, "site")
    assert report.mode == "incremental"
    total = len(json.loads((tmp_path / "site" / STATE).read_text())["files"])
    # Only what changed: the new article, the pages that list it, feeds and downloads.
    assert 0 < report.rebuilt == len(written.written) < total / 2

    _, full = site_from(content, tmp_path, "full", incremental=False)
    assert full.mode == "full" and full.rebuilt == total
    incremental, rebuilt = snapshot(tmp_path / "site"), snapshot(tmp_path / "full")
    assert sorted(incremental) == sorted(rebuilt)
    assert [rel for rel in rebuilt if incremental[rel] != rebuilt[rel]] == []
    index = json.loads(incremental["search/search_index.json"])
    assert any(doc["location"].startswith("articles/2025-03-01-synthetic-article-41/") for doc in index["docs"])


def test_removed_article_disappears_in_an_incremental_build(first, tmp_path):
    work, content = first
    shutil.copytree(content, tmp_path / "content")
    shutil.copytree(work / "site", tmp_path / "site")
    content = tmp_path / "content"
    gone = sorted((content / "articles").rglob("*.yml"))[5]
    gone.unlink()

    _, report = site_from(content, tmp_path, "site")
    assert report.mode == "incremental" and report.removed == 1
    _, _ = site_from(content, tmp_path, "full", incremental=False)
    incremental, rebuilt = snapshot(tmp_path / "site"), snapshot(tmp_path / "full")
    assert not (tmp_path / "site" / "articles" / gone.stem).exists()
    assert sorted(incremental) == sorted(rebuilt)
    assert [rel for rel in rebuilt if incremental[rel] != rebuilt[rel]] == []


def test_failed_incremental_build_leaves_every_byte_of_the_previous_site(first, tmp_path):
    work, content = first
    shutil.copytree(work / "site", tmp_path / "site")
    before = snapshot(tmp_path / "site")
    inodes = {p: os.stat(p).st_ino for p in (tmp_path / "site").rglob("*") if p.is_file()}
    model, _ = generate(content, tmp_path / "docs")
    # A page that changed and now fails --strict: MkDocs writes it (and the search
    # index and sitemap) into the fresh folder before it gives up.
    page = sorted((tmp_path / "docs" / "articles").glob("*.md"))[0]
    page.write_text(page.read_text() + "\n[broken](no-such-page.md)\n")
    with pytest.raises(BuildFailed):
        build_site(CONFIG, tmp_path / "docs", tmp_path / "site", model.newest)
    assert snapshot(tmp_path / "site") == before
    assert {p: os.stat(p).st_ino for p in (tmp_path / "site").rglob("*") if p.is_file()} == inodes
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("site.")] == []


def test_a_changed_configuration_means_a_full_build(first, tmp_path, monkeypatch):
    work, content = first
    shutil.copytree(work / "site", tmp_path / "site")
    monkeypatch.setenv("SITE_NAME", "Another synthetic title")
    _, report = site_from(content, tmp_path, "site")
    assert report.mode == "full"
    assert "Another synthetic title" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_nothing_changed_leaves_the_site_alone_and_any_change_runs_mkdocs(first, tmp_path):
    work, content = first
    shutil.copytree(work / "site", tmp_path / "site")
    shutil.copytree(work / "docs", tmp_path / "docs", copy_function=shutil.copy2)
    folder = os.stat(tmp_path / "site").st_ino
    _, report = site_from(content, tmp_path, "site")
    assert (report.mode, report.rebuilt) == ("incremental", 0)
    assert os.stat(tmp_path / "site").st_ino == folder  # not swapped: MkDocs never ran

    page = sorted((tmp_path / "docs" / "articles").glob("*.md"))[0]
    model, _ = generate(content, tmp_path / "docs")
    page.write_text(page.read_text() + "\nA hand edit.\n")  # a docs file the previous site was not built from
    report = build_site(CONFIG, tmp_path / "docs", tmp_path / "site", model.newest)
    assert report.rebuilt == 1 and os.stat(tmp_path / "site").st_ino != folder


def test_successive_edits_reuse_the_spare_site_and_each_equals_a_full_build(first, tmp_path):
    # The second and third incremental runs start from the site before the last one
    # (site.spare), patched to the live site: an article added, then one removed.
    work, content = first
    shutil.copytree(content, tmp_path / "content")
    shutil.copytree(work / "site", tmp_path / "site")
    content = tmp_path / "content"
    added = new_article(content, 41, dt.date(2025, 3, 1))
    steps = [lambda: None, lambda: new_article(content, 42, dt.date(2025, 3, 2)), added.unlink]
    for step in steps:
        step()
        live = {p: os.stat(p).st_ino for p in (tmp_path / "site").rglob("*") if p.is_file()}
        _, report = site_from(content, tmp_path, "site")
        assert report.mode == "incremental"
        # The replaced site is kept whole as the spare, every file the very same inode.
        spare = tmp_path / "site.spare"
        assert {spare / p.relative_to(tmp_path / "site"): ino for p, ino in live.items()} == {
            p: os.stat(p).st_ino for p in spare.rglob("*") if p.is_file()
        }
        _, full = site_from(content, tmp_path, "full", incremental=False)
        incremental, rebuilt = snapshot(tmp_path / "site"), snapshot(tmp_path / "full")
        assert sorted(incremental) == sorted(rebuilt)
        assert [rel for rel in rebuilt if incremental[rel] != rebuilt[rel]] == []
        shutil.rmtree(tmp_path / "full")
    assert not (tmp_path / "site" / "articles" / added.stem).exists()


def test_a_full_build_keeps_a_linked_copy_of_itself_as_the_spare(first, tmp_path):
    # After a full build the replaced site shares no file with the new one: relinking
    # it would cost more than a fresh copy, so it is deleted (in the background), and a
    # hard-linked copy of the new site becomes the spare the next edit starts from.
    work, content = first
    shutil.copytree(work / "site", tmp_path / "site")
    (tmp_path / "site.spare").mkdir()
    (tmp_path / "site.spare" / "stale.html").write_text("a stale spare")
    site_from(content, tmp_path, "site", incremental=False)
    deadline = time.monotonic() + 60
    while list(tmp_path.glob("site.trash-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("site")) == ["site", "site.spare", "site.spare.json"]
    assert inodes(tmp_path / "site.spare") == inodes(tmp_path / "site")
    assert json.loads((tmp_path / "site.spare.json").read_text())["changed"] == []
    _, report = site_from(content, tmp_path, "site")  # nothing changed: MkDocs not started, the spare kept
    assert report.rebuilt == 0 and (tmp_path / "site.spare").is_dir()


def inodes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): os.stat(p).st_ino for p in folder.rglob("*") if p.is_file()}


def assert_recorded(spare: Path, live: Path, changed: list[str]) -> None:
    """Every file where the two trees are not the same inode is in `changed`; every folder
    in one tree only holds (or held) a path in it."""
    def entries(folder: Path) -> dict[str, int]:
        return {p.relative_to(folder).as_posix(): -1 if p.is_dir() else os.stat(p).st_ino for p in folder.rglob("*")}

    a, b = entries(spare), entries(live)
    differ = {path for path in a.keys() | b.keys() if a.get(path) != b.get(path)}
    assert differ, "the run changed nothing?"
    files = {path for path in differ if -1 not in (a.get(path), b.get(path))}
    assert files <= set(changed)
    folders = differ - files
    assert all(any(c.startswith(folder + "/") or c == folder for c in changed) for folder in folders)


def test_the_spare_record_lists_every_difference_and_a_site_touched_by_others_is_rebuilt_right(first, tmp_path):
    # The spare differs from the live site exactly where the last run wrote or removed
    # outputs; the record lists them, and the next run relinks only those.
    work, content = first
    shutil.copytree(content, tmp_path / "content")
    shutil.copytree(work / "site", tmp_path / "site")
    content = tmp_path / "content"
    site, spare = tmp_path / "site", tmp_path / "site.spare"
    new_article(content, 41, dt.date(2025, 3, 1))
    _, report = site_from(content, tmp_path, "site")
    assert report.copy == "copied"  # no spare yet
    record = json.loads((tmp_path / "site.spare.json").read_text())
    assert_recorded(spare, site, record["changed"])
    assert "search/search_index.json" in record["changed"] and "sitemap.xml" in record["changed"]

    # Someone else touches the live site between runs: a page replaced (a new inode),
    # another deleted. Neither page is rebuilt next; both come back as a build makes them.
    untouched = sorted(p for p in (site / "organizations").rglob("index.html") if p.parent.name != "organizations")
    replaced, deleted = untouched[0], untouched[1]
    replaced.unlink()
    replaced.write_text("defaced")
    deleted.unlink()
    new_article(content, 42, dt.date(2025, 3, 2))
    _, report = site_from(content, tmp_path, "site")
    assert report.copy == "relinked"
    assert replaced.read_text() != "defaced" and deleted.is_file()
    touched = [p.relative_to(site).as_posix() for p in (replaced, deleted)]  # by someone else, in the spare now
    assert_recorded(spare, site, json.loads((tmp_path / "site.spare.json").read_text())["changed"] + touched)
    _, full = site_from(content, tmp_path, "full", incremental=False)
    incremental, rebuilt = snapshot(site), snapshot(tmp_path / "full")
    assert sorted(incremental) == sorted(rebuilt)
    assert [rel for rel in rebuilt if incremental[rel] != rebuilt[rel]] == []

    # A live site the record does not describe (its state rewritten since): the whole
    # tree is compared instead, and the result is still a full build's.
    state = site / STATE
    data = state.read_bytes()
    state.unlink()
    state.write_bytes(data)
    new_article(content, 43, dt.date(2025, 3, 3))
    _, report = site_from(content, tmp_path, "site")
    assert report.copy == "synced"
    shutil.rmtree(tmp_path / "full")
    site_from(content, tmp_path, "full", incremental=False)
    incremental, rebuilt = snapshot(site), snapshot(tmp_path / "full")
    assert sorted(incremental) == sorted(rebuilt)
    assert [rel for rel in rebuilt if incremental[rel] != rebuilt[rel]] == []


def test_without_the_stylesheet_record_an_incremental_build_reads_the_pages_and_equals_a_full_build(first, tmp_path):
    # style_hooks records each page's stylesheet; a site from before that record (or
    # without it) is read page by page once, and the record is whole again.
    from generator.style_hooks import RECORD

    work, content = first
    shutil.copytree(content, tmp_path / "content")
    shutil.copytree(work / "site", tmp_path / "site")
    content = tmp_path / "content"
    (tmp_path / "site" / RECORD).unlink()
    new_article(content, 41, dt.date(2025, 3, 1))
    _, report = site_from(content, tmp_path, "site")
    assert report.mode == "incremental" and 0 < report.rebuilt
    site_from(content, tmp_path, "full", incremental=False)
    incremental, rebuilt = snapshot(tmp_path / "site"), snapshot(tmp_path / "full")
    assert sorted(incremental) == sorted(rebuilt)
    assert [rel for rel in rebuilt if incremental[rel] != rebuilt[rel]] == []
