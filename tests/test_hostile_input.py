"""Hostile input that must be refused: each case gives its exact `path:line:col` report,
exits 1, writes nothing and never crashes.

Small cases are committed fixtures (tests/fixtures/hostile/errors/<case>/content plus
expected.txt, the exact stderr of `check` run from the case folder). Cases that are big
(10 MB, 10,000-character ids, an alias bomb, 200,000 nested brackets) or that git cannot
hold portably (FIFOs, symlinks leaving the folder) are made here at run time.

Hostile text that is *valid* (scripts in titles, Markdown links in summaries...) must
build and show as text: see test_hostile_site.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import FIXTURES, ROOT, write_corpus

ERRORS = FIXTURES / "hostile" / "errors"
CASES = sorted(p.name for p in ERRORS.iterdir() if p.is_dir())


def listing(folder: Path) -> dict[str, bytes | str]:
    """Every entry under `folder` with its bytes (or link target), to prove nothing changed."""
    out: dict[str, bytes | str] = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                out[rel] = "-> " + os.readlink(path)
            elif path.is_file():
                out[rel] = path.read_bytes()
            else:
                out[rel] = "dir" if path.is_dir() else "other"
    return out


@pytest.mark.parametrize("case", CASES)
def test_hostile_input_is_reported_exactly(case, capsys, monkeypatch):
    folder = ERRORS / case
    monkeypatch.chdir(folder)
    assert main(["check", "--content", "content"]) == 1
    assert capsys.readouterr().err == (folder / "expected.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES)
def test_hostile_input_writes_nothing_anywhere(case, tmp_path, capsys, monkeypatch):
    folder = ERRORS / case
    before = listing(folder)
    monkeypatch.chdir(folder)
    code = main(["site", "--content", "content", "--docs", str(tmp_path / "docs"), "--site", str(tmp_path / "site")])
    assert code == 1
    assert list(tmp_path.iterdir()) == []
    assert listing(folder) == before
    assert "Traceback" not in capsys.readouterr().err


# --- cases made at run time ------------------------------------------------------------------

ARTICLE = "title: Synthetic headline\nsource: wire\npublished: 2020-01-15\nsummary: A synthetic summary.\n"
BASE = {
    "sources/s.yml": "wire:\n  name: Synthetic Wire\n",
    "organizations/o.yml": "alpha-bloc:\n  name: Alpha Bloc\n",
}


def ten_megabyte_summary(root: Path) -> list[str]:
    body = ARTICLE.replace("A synthetic summary.", "Synthetic " * 1_000_000)
    write_corpus(root, {**BASE, "articles/a.yml": body})
    size = (root / "articles/a.yml").stat().st_size
    assert size > 10_000_000
    return [f"content/articles/a.yml:1:1: error: file is {size:,} bytes; the limit is 2,000,000"]


def summary_over_the_text_limit(root: Path) -> list[str]:
    write_corpus(root, {**BASE, "articles/a.yml": ARTICLE.replace("A synthetic summary.", "x" * 25_000)})
    return ["content/articles/a.yml:4:10: error: summary: is 25,000 characters long; the limit is 20,000"]


def ten_thousand_character_ids(root: Path) -> list[str]:
    long_id = "a" * 10_000
    write_corpus(root, {
        **BASE,
        "articles/a.yml": ARTICLE + f"id: {long_id}\n",
        # YAML caps implicit keys at 1,024 characters; an explicit key (?) has no cap.
        "organizations/long.yml": f"? {long_id}\n: name: Long\n",
    })
    shown = "a" * 39 + "…"
    hint = "a" * 80
    return [
        f"content/articles/a.yml:5:5: error: id: bad id '{shown}': ids are at most 80 characters, this one has 10000 (e.g. '{hint}')",
        f"content/organizations/long.yml:1:3: error: bad organization id '{shown}': ids are at most 80 characters, this one has 10000 (e.g. '{hint}')",
    ]


def alias_bomb(root: Path) -> list[str]:
    # "Billion laughs": nine levels of ten aliases each would expand to 10^9 strings.
    lines = ['a0: &a0 "lol"']
    for level in range(1, 10):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
    write_corpus(root, {**BASE, "organizations/bomb.yml": "\n".join(lines) + "\n"})
    return ["content/organizations/bomb.yml:2:10: error: YAML anchors and aliases (&name, *name) are not supported"]


def deep_nesting(root: Path) -> list[str]:
    # 200,000 brackets (400 kB, under the size limit) crashed libyaml's recursive composer,
    # and its parser alone takes minutes on them unless reading stops at the limit.
    write_corpus(root, {**BASE, "articles/a.yml": ARTICLE + "notes: " + "[" * 200_000 + "]" * 200_000 + "\n"})
    return ["content/articles/a.yml:5:28: error: nested more than 20 levels deep"]


def fifo_named_like_a_record(root: Path) -> list[str]:
    write_corpus(root, {**BASE, "articles/a.yml": ARTICLE})
    os.mkfifo(root / "articles" / "pipe.yml")  # reading it would block forever
    return ["content/articles/pipe.yml:1:1: error: not a regular file; refusing to read it"]


def symlinks_out_of_the_folder(root: Path) -> list[str]:
    write_corpus(root, {**BASE, "articles/a.yml": ARTICLE})
    secret = root.parent / "secret.yml"
    secret.write_text(ARTICLE)
    (root / "articles" / "leak.yml").symlink_to(secret)
    (root / "articles" / "passwd.yml").symlink_to("/etc/passwd")
    (root / "people").symlink_to(root.parent)  # a whole registry folder outside
    (root / "articles" / "loop.yml").symlink_to("loop.yml")
    return [
        "content/articles/leak.yml:1:1: error: symbolic link points outside the content folder; refusing to read it",
        "content/articles/loop.yml:1:1: error: symbolic link cannot be resolved (a loop?); refusing to read it",
        "content/articles/passwd.yml:1:1: error: symbolic link points outside the content folder; refusing to read it",
        "content/people:1:1: error: symbolic link points outside the content folder; refusing to read it",
    ]


GENERATED = {f.__name__: f for f in (
    ten_megabyte_summary, summary_over_the_text_limit, ten_thousand_character_ids, alias_bomb,
    deep_nesting, fifo_named_like_a_record, symlinks_out_of_the_folder,
)}


@pytest.mark.parametrize("case", sorted(GENERATED))
def test_generated_hostile_input_is_refused_in_a_separate_process(case, tmp_path):
    # A separate process, so that a crash in C code (it happened) fails this test, not the run.
    work = tmp_path / "work"
    content = work / "content"
    content.mkdir(parents=True)
    expected = GENERATED[case](content)
    before = listing(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "generator", "site", "--content", "content", "--docs", "out/docs", "--site", "out/site"],
        cwd=work, capture_output=True, text=True, timeout=60,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    count = len(expected)
    assert result.stderr.splitlines() == expected + [f"{count} problem{'s' if count != 1 else ''} found; nothing was written"]
    assert result.returncode == 1
    assert listing(tmp_path) == before
