"""One fixture per bad-input case: tests/fixtures/bad/<case>/content and the exact
report the user sees in expected.txt (paths as printed from the case folder)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import FIXTURES

CASES = sorted(p.name for p in (FIXTURES / "bad").iterdir() if p.is_dir())


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_reported_exactly(case, capsys, monkeypatch):
    folder = FIXTURES / "bad" / case
    monkeypatch.chdir(folder)
    assert main(["check", "--content", "content"]) == 1
    expected = (folder / "expected.txt").read_text(encoding="utf-8")
    assert capsys.readouterr().err == expected


@pytest.mark.parametrize("case", CASES)
def test_bad_input_writes_nothing(case, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(FIXTURES / "bad" / case)
    docs = tmp_path / "docs"
    assert main(["build", "--content", "content", "--docs", str(docs)]) == 1
    assert not docs.exists()


def test_there_is_a_case_per_kind_of_problem():
    assert len(CASES) >= 15 and all(os.path.exists(FIXTURES / "bad" / c / "expected.txt") for c in CASES)
    assert Path(FIXTURES / "bad").is_dir()
