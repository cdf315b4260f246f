"""The writer touches only changed files, removes stale ones, and never leaves its folder."""

from __future__ import annotations

import os

import pytest

from generator.write import MARKER, UnsafePath, write_tree


def test_unchanged_files_are_not_rewritten(tmp_path):
    out = tmp_path / "docs"
    first = write_tree(out, {"a.md": b"A", "sub/b.md": b"B"})
    assert sorted(first.written) == ["a.md", "sub/b.md"]
    os.utime(out / "a.md", (1, 1))
    second = write_tree(out, {"a.md": b"A", "sub/b.md": b"B2"})
    assert second.written == ["sub/b.md"] and second.unchanged == 1
    assert (out / "a.md").stat().st_mtime == 1  # untouched
    assert (out / "sub/b.md").read_bytes() == b"B2"


def test_stale_pages_and_empty_folders_are_removed(tmp_path):
    out = tmp_path / "docs"
    write_tree(out, {"a.md": b"A", "old/x.md": b"X"})
    report = write_tree(out, {"a.md": b"A"})
    assert report.removed == ["old/x.md"]
    assert not (out / "old").exists()
    assert (out / MARKER).exists()


@pytest.mark.parametrize("path", ["../escape.md", "/etc/passwd", "a/../../b.md", "a\\..\\b.md", ""])
def test_paths_outside_the_folder_are_refused(tmp_path, path):
    with pytest.raises(UnsafePath):
        write_tree(tmp_path / "docs", {path: b"x"})
    assert not (tmp_path / "escape.md").exists()


def test_refuses_to_clean_a_folder_it_did_not_make(tmp_path):
    out = tmp_path / "precious"
    out.mkdir()
    (out / "thesis.md").write_text("mine")
    with pytest.raises(UnsafePath):
        write_tree(out, {"a.md": b"A"})
    assert (out / "thesis.md").read_text() == "mine"


def test_a_first_build_creates_nested_folders(tmp_path):
    out = tmp_path / "docs"
    files = {"index.md": b"home", "a/b/c.md": b"deep", "a/d.md": b"shallow"}
    report = write_tree(out, files)
    assert sorted(report.written) == sorted(files)
    assert {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*.md")} == files


def test_a_planted_link_to_outside_is_refused(tmp_path):
    out = tmp_path / "docs"
    write_tree(out, {"index.md": b"home"})
    outside = tmp_path / "outside"
    outside.mkdir()
    (out / "people").symlink_to(outside)
    with pytest.raises(UnsafePath):
        write_tree(out, {"index.md": b"home", "people/x.md": b"x"})
    assert list(outside.iterdir()) == []
