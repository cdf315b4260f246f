"""generator/progress.py: a redrawn line on a terminal, a few plain lines in a CI log."""

from __future__ import annotations

import io
import os
import subprocess
import sys

from generator.progress import Progress
from tests.conftest import ROOT, SAMPLE


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_ci_log_gets_a_start_line_each_quarter_and_an_end_line(monkeypatch):
    monkeypatch.delenv("BRIEFINGS_PROGRESS", raising=False)
    log = io.StringIO()
    progress = Progress("mkdocs", 1000, "pages", stream=log)
    for _ in range(100):
        progress.advance(10)
    progress.finish()
    lines = log.getvalue().splitlines()
    assert lines[0] == "mkdocs: 1,000 pages"
    assert [line.split(" (")[0] for line in lines[1:4]] == ["mkdocs: 250/1,000 pages", "mkdocs: 500/1,000 pages", "mkdocs: 750/1,000 pages"]
    assert lines[4].startswith("mkdocs: 1,000 of 1,000 pages in ") and len(lines) == 5
    assert "\r" not in log.getvalue() and "\x1b" not in log.getvalue()


def test_a_terminal_gets_one_line_redrawn_with_the_time_left(monkeypatch):
    monkeypatch.delenv("BRIEFINGS_PROGRESS", raising=False)
    clock = iter(range(0, 1000, 1))
    monkeypatch.setattr("generator.progress.time.monotonic", lambda: float(next(clock)))
    screen = Terminal()
    progress = Progress("mkdocs", 400, "pages", stream=screen)
    for _ in range(4):
        progress.advance(50)
    progress.finish()
    out = screen.getvalue()
    assert out.count("\n") == 1 and out.endswith("\n")  # only the final line stays
    assert "\r\x1b[Kmkdocs: 100/400 pages (25%), about 6 s left" in out
    assert "mkdocs: 200 of 400 pages in " in out


def test_off_when_asked(monkeypatch):
    monkeypatch.setenv("BRIEFINGS_PROGRESS", "0")
    log = io.StringIO()
    progress = Progress("mkdocs", 1000, stream=log)
    progress.advance(1000)
    progress.finish()
    assert log.getvalue() == ""


def test_the_command_line_names_each_stage_in_a_log(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("BRIEFINGS_PROGRESS", None)
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--content", str(SAMPLE), "--docs", str(tmp_path / "docs")],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # stderr is for problems
    assert result.stdout.splitlines()[:5] == ["load\u2026", "validate\u2026", "model\u2026", "render\u2026", "write\u2026"]
