"""generator/mkdocs_build.py: MkDocs' build on several cores gives the serial `mkdocs build`, byte for byte.

MkDocs' build internals are used as they are in 1.6.1 (pinned below 2); these
tests pin that behaviour: every file of the site (pages, search index, sitemap and
its gzip, 404 page, assets, our hooks' records) is identical to a plain serial
`python -m mkdocs build` of the same Markdown (which runs without
generator/lean_hooks.py, so this also proves that hook changes no byte), for 1, 2
and 3 worker processes,
and an incremental (--dirty) build on workers equals a full serial build.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from synthetic.corpus import new_article
from generator.pipeline import generate
from generator.publish import build_site, source_date_epoch
from tests.conftest import FIXTURES, ROOT, SAMPLE

pytestmark = pytest.mark.mkdocs  # every test here runs MkDocs' build

CONFIG = ROOT / "mkdocs.yml"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def mkdocs(module: str, docs: Path, site: Path, epoch: str, jobs: int | None = None) -> str:
    """Run `python -m <module> build`-style into `site`; return its log."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_MKDOCS_2_WARNING="1", BRIEFINGS_DOCS_DIR=str(docs))
    env.update(SOURCE_DATE_EPOCH=epoch, BRIEFINGS_FINGERPRINT="test", BRIEFINGS_INCREMENTAL="0")
    env.pop("BRIEFINGS_JOBS", None)
    if jobs is not None:
        env["BRIEFINGS_JOBS"] = str(jobs)
    command = [sys.executable, "-m", module] + (["build"] if module == "mkdocs" else [])
    command += ["--strict", "--config-file", str(CONFIG), "--site-dir", str(site)]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


CORPORA = {
    "fixture-corpus": FIXTURES / "corpus",
    "hostile-inert": FIXTURES / "hostile" / "inert" / "content",  # every payload kind in every text field
    "bundled-content": SAMPLE,
}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def serial(request, tmp_path_factory):
    """The Markdown of a corpus and its site from a plain serial `mkdocs build`."""
    work = tmp_path_factory.mktemp(request.param)
    content = CORPORA[request.param]
    model, _ = generate(content, work / "docs")
    epoch = source_date_epoch(model.newest)
    mkdocs("mkdocs", work / "docs", work / "serial", epoch)
    return work, epoch


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_parallel_site_is_byte_identical_to_serial_mkdocs_build(serial, jobs):
    work, epoch = serial
    site = work / f"parallel-{jobs}"
    log = mkdocs("generator.mkdocs_build", work / "docs", site, epoch, jobs=jobs)
    pages = sum(1 for _ in (work / "docs").rglob("*.md"))
    processes = "process" if jobs == 1 else "processes"
    assert f"Built {pages} of {pages} pages in {jobs} {processes}" in log  # really on `jobs` processes
    expected, got = snapshot(work / "serial"), snapshot(site)
    assert "search/search_index.json" in got and "sitemap.xml.gz" in got
    assert sorted(got) == sorted(expected)
    assert [name for name in expected if got[name] != expected[name]] == []


def test_a_broken_link_in_a_worker_fails_the_strict_build(serial, tmp_path):
    """Warnings logged in a worker count for --strict in the main process, as in `mkdocs build`."""
    work, epoch = serial
    docs = tmp_path / "docs"
    shutil.copytree(work / "docs", docs)
    page = sorted(p for p in docs.rglob("*.md") if p.parent != docs and p.name != "index.md")[-1]
    page.write_text(page.read_text(encoding="utf-8") + "\n[gone](no-such-page.md)\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), BRIEFINGS_DOCS_DIR=str(docs), BRIEFINGS_JOBS="2", SOURCE_DATE_EPOCH=epoch)
    command = [sys.executable, "-m", "generator.mkdocs_build", "--strict", "--config-file", str(CONFIG)]
    result = subprocess.run(command + ["--site-dir", str(tmp_path / "site")], env=env, capture_output=True, text=True)
    assert result.returncode == 1
    assert "no-such-page.md" in result.stdout and "Aborted with 1 warnings in strict mode!" in result.stdout + result.stderr


def test_incremental_build_on_workers_equals_a_full_serial_build(tmp_path, monkeypatch):
    """The --dirty path (publish.py's incremental build) on two workers, against serial `mkdocs build`."""
    from synthetic.corpus import write_corpus

    content = write_corpus(tmp_path / "content", 30, seed=3)
    model, _ = generate(content, tmp_path / "docs")
    monkeypatch.setenv("BRIEFINGS_JOBS", "2")
    assert build_site(CONFIG, tmp_path / "docs", tmp_path / "site", model.newest).mode == "full"
    new_article(content, 31, dt.date(2025, 3, 1))
    model, written = generate(content, tmp_path / "docs")
    report = build_site(CONFIG, tmp_path / "docs", tmp_path / "site", model.newest)
    assert report.mode == "incremental" and 0 < report.rebuilt < 100

    mkdocs("mkdocs", tmp_path / "docs", tmp_path / "serial", source_date_epoch(model.newest))
    got, expected = snapshot(tmp_path / "site"), snapshot(tmp_path / "serial")
    # The build record carries publish.py's fingerprint; everything else is the site.
    del got[".briefings-build.json"], expected[".briefings-build.json"]
    assert sorted(got) == sorted(expected)
    assert [name for name in expected if got[name] != expected[name]] == []
