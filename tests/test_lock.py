"""Two builds in one checkout: the second waits for the first (or, with --no-wait, stops
at once), and says which build it is waiting for. Each run is a real
`python -m generator` process, as two terminals or an editor hook would start them."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.lock import hold, lock_path
from tests.conftest import MINIMAL, ROOT, write_corpus

ENV = dict(os.environ, PYTHONPATH=str(ROOT), NO_MKDOCS_2_WARNING="1")


def command(verb: str, content: Path, work: Path, *extra: str) -> list[str]:
    out = ["--docs", str(work / "docs")] + (["--site", str(work / "site")] if verb == "site" else [])
    return [sys.executable, "-m", "generator", verb, "--content", str(content), *out, *extra]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "content", MINIMAL)


def test_no_wait_stops_at_once_naming_the_running_build(content, tmp_path):
    work = tmp_path / "work"
    with hold([work / "docs"]):
        started = time.monotonic()
        result = subprocess.run(command("build", content, work, "--no-wait"), env=ENV, capture_output=True, text=True, timeout=60)
        assert time.monotonic() - started < 20
    assert result.returncode == 1
    message = result.stderr.strip()
    assert message.startswith(f"error: {work / 'docs'} is being written by another build: pid {os.getpid()}, started ")
    assert " UTC: " in message and "pytest" in message  # the holder's command line
    assert not (work / "docs").exists()
    assert not lock_path(work / "docs").exists()  # released and removed


def test_a_second_build_waits_for_the_first_then_runs(content, tmp_path):
    work = tmp_path / "work"
    with hold([work / "docs"]):
        second = subprocess.Popen(command("build", content, work), env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            waiting = second.stderr.readline()
            assert waiting.startswith(f"waiting: {work / 'docs'} is being written by another build: pid {os.getpid()}, started ")
            time.sleep(1.0)
            assert second.poll() is None, "it did not wait"
            assert not (work / "docs").exists()
        except BaseException:
            second.kill()
            raise
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    assert "pages:" in out and (work / "docs" / "index.md").is_file()
    assert sorted(p.name for p in work.iterdir()) == ["docs"]  # the lock file is gone


def test_the_lock_is_released_when_its_holder_is_killed(content, tmp_path):
    work = tmp_path / "work"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from generator.lock import hold\n"
         "with hold([Path(sys.argv[1])]):\n    print('held', flush=True); time.sleep(600)", str(work / "docs")],
        env=ENV, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline() == "held\n"
        assert subprocess.run(command("build", content, work, "--no-wait"), env=ENV, capture_output=True).returncode == 1
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert lock_path(work / "docs").exists()  # a killed holder cannot clean up ...
    result = subprocess.run(command("build", content, work, "--no-wait"), env=ENV, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr  # ... but its lock went with it


@pytest.mark.mkdocs
def test_two_site_runs_at_once_both_succeed_one_after_the_other(tmp_path):
    # Enough articles that the first run is still building when the second starts.
    from synthetic import write_corpus as synthetic_corpus

    content = synthetic_corpus(tmp_path / "content", 150, seed=3)
    work = tmp_path / "work"
    work.mkdir()
    first = subprocess.Popen(command("site", content, work), env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        lock = lock_path(work / "docs")
        while f"pid {first.pid}," not in (lock.read_text() if lock.exists() else "") and time.monotonic() < deadline:
            time.sleep(0.01)
        second = subprocess.run(command("site", content, work), env=ENV, capture_output=True, text=True, timeout=600)
    finally:
        out, err = first.communicate(timeout=600)
    assert first.returncode == 0, err
    assert second.returncode == 0, second.stderr
    assert f"waiting: {work / 'docs'} is being written by another build: pid {first.pid}, started " in second.stderr
    assert "render: every page" in out and "render: every page" not in second.stdout  # the second found the first's pages
    # no lock files, no half-built sites left; the spare is the linked copy the next edit starts from
    assert sorted(p.name for p in work.iterdir()) == ["docs", "site", "site.spare", "site.spare.json"]

    clean = tmp_path / "clean"
    clean.mkdir()
    assert subprocess.run(command("site", content, clean), env=ENV, capture_output=True).returncode == 0
    assert snapshot(work / "site") == snapshot(clean / "site")
