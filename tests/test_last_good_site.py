"""The last good site survives: MkDocs builds into a fresh folder that replaces site/ only
on success, whether the build fails, is killed halfway, or dies between two renames.

Each run is a real `python -m generator site` process, as a user (or CI) runs it.
(tests/test_publish.py covers incremental builds in-process.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from synthetic import write_corpus
from tests.conftest import ROOT

pytestmark = pytest.mark.mkdocs

BROKEN_CONFIG = "site_name: Broken\ntheme:\n  name: no-such-theme\n"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def site_command(content: Path, work: Path, config: Path | None = None) -> list[str]:
    command = [sys.executable, "-m", "generator", "site", "--content", str(content),
               "--docs", str(work / "docs"), "--site", str(work / "site")]
    return command + (["--config", str(config)] if config else [])


ENV = dict(os.environ, PYTHONPATH=str(ROOT), NO_MKDOCS_2_WARNING="1")


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=600)


def leftovers(work: Path) -> list[str]:
    return sorted(p.name for p in work.iterdir() if p.name.startswith(("site.tmp-", "site.old-")))


@pytest.fixture
def work(tmp_path_factory):
    """A work folder with a good site/ built from the 'first' edition of a 300-article corpus
    (enough that MkDocs takes a few seconds: there is time to kill it)."""
    work = tmp_path_factory.mktemp("publish")
    write_corpus(work / "first", 300, seed=5, edition="first edition")
    write_corpus(work / "second", 300, seed=5, edition="second edition")
    result = run(site_command(work / "first", work), work)
    assert result.returncode == 0, result.stderr
    return work


def kill_during_mkdocs(command: list[str], work: Path) -> None:
    process = subprocess.Popen(command, cwd=work, env=ENV, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        # Kill once MkDocs is writing the new site into its fresh folder. An incremental
        # build starts from hard links to the old pages, so count only pages written anew.
        while time.monotonic() < deadline and process.poll() is None:
            fresh = [p for p in work.glob("site.tmp-*") if p.is_dir()]
            if fresh and sum(1 for p in fresh[0].rglob("*.html") if p.stat().st_nlink == 1) >= 20:
                break
            time.sleep(0.005)
        assert process.poll() is None, "the build finished before it could be killed; use a bigger corpus"
        os.killpg(process.pid, signal.SIGKILL)  # the generator and its MkDocs child, no clean-up
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == -signal.SIGKILL


def test_a_run_killed_during_mkdocs_leaves_the_site_byte_identical(work):
    before = snapshot(work / "site")
    inodes = {p: p.stat().st_ino for p in (work / "site").rglob("*") if p.is_file()}
    kill_during_mkdocs(site_command(work / "second", work), work)
    assert leftovers(work), "expected the half-built folder to be left behind"
    assert snapshot(work / "site") == before
    assert {p: p.stat().st_ino for p in (work / "site").rglob("*") if p.is_file()} == inodes

    result = run(site_command(work / "second", work), work)
    assert result.returncode == 0, result.stderr
    assert leftovers(work) == []
    article = min((work / "second" / "articles").rglob("*.yml")).stem
    page = (work / "site" / "articles" / article / "index.html").read_text(encoding="utf-8")
    assert "second edition" in page and "first edition" not in page


def test_a_run_killed_twice_then_completed_equals_a_clean_build(work, tmp_path):
    kill_during_mkdocs(site_command(work / "second", work), work)
    kill_during_mkdocs(site_command(work / "second", work), work)
    assert run(site_command(work / "second", work), work).returncode == 0
    clean = tmp_path / "clean"
    clean.mkdir()
    assert run(site_command(work / "second", clean), clean).returncode == 0
    assert snapshot(work / "site") == snapshot(clean / "site")


def test_a_failed_mkdocs_build_leaves_the_site_and_no_temporary_folder(work, tmp_path):
    before = snapshot(work / "site")
    broken = tmp_path / "mkdocs.yml"
    broken.write_text(BROKEN_CONFIG)
    result = run(site_command(work / "second", work, broken), work)
    assert result.returncode == 1
    assert "error: mkdocs build failed" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(work / "site") == before
    assert leftovers(work) == []


def test_a_run_that_died_between_the_two_renames_gets_its_site_back(work, tmp_path):
    # swap_in renames site/ to site.old-PID, then the fresh folder to site/. A run killed
    # between the two leaves no site/ at all: the next run must put the old one back
    # (here the next run fails, so the old site is what must remain).
    before = snapshot(work / "site")
    os.rename(work / "site", work / "site.old-99999")
    (work / "site.tmp-99999").mkdir()
    (work / "site.tmp-99999" / "index.html").write_text("half a site")
    broken = tmp_path / "mkdocs.yml"
    broken.write_text(BROKEN_CONFIG)
    result = run(site_command(work / "second", work, broken), work)
    assert result.returncode == 1
    assert snapshot(work / "site") == before
    assert leftovers(work) == []
