"""publish.link_sync: the spare site, patched into a hard-linked copy of the live one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.spare_site import link_copy, link_sync, relink


def tree(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {p.relative_to(folder).as_posix(): (os.stat(p).st_ino, p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file()}


def folders(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_dir())


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def diverge(live: Path, spare: Path) -> list[str]:
    """Change the live site as a build would, after `spare` was linked from it; the paths changed."""
    (live / "a" / "index.html").unlink()
    write(live / "a" / "index.html", "new a")
    write(live / "new" / "deep" / "index.html", "new page")
    (live / "a" / "b" / "index.html").unlink()
    (live / "a" / "b").rmdir()
    (live / "becomes-folder").unlink()
    write(live / "becomes-folder" / "index.html", "now a folder")
    (live / "becomes-file" / "y.html").unlink()
    (live / "becomes-file").rmdir()
    write(live / "becomes-file", "now a file")
    return ["a/index.html", "new/deep/index.html", "a/b/index.html", "a/b", "becomes-folder", "becomes-folder/index.html",
            "becomes-file/y.html", "becomes-file"]


def test_relink_fixes_exactly_the_listed_paths(tmp_path):
    live, spare = tmp_path / "site", tmp_path / "site.spare"
    for name in ("index.html", "a/index.html", "a/b/index.html", "same/x.css", "becomes-folder", "becomes-file/y.html"):
        write(live / name, f"old {name}")
    link_copy(live, spare)
    changed = diverge(live, spare)
    unchanged_inode = os.stat(spare / "same" / "x.css").st_ino
    relink(live, spare, changed)
    assert tree(spare) == tree(live)
    assert folders(spare) == folders(live)
    assert os.stat(spare / "same" / "x.css").st_ino == unchanged_inode


def test_relink_refuses_a_path_outside_the_tree(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "spare").mkdir()
    for bad in ("../escape", "/etc/passwd", "a//b", ""):
        with pytest.raises(ValueError):
            relink(tmp_path / "site", tmp_path / "spare", [bad])


def test_sync_keeps_shared_links_and_fixes_every_difference(tmp_path):
    live, spare = tmp_path / "site", tmp_path / "site.spare"
    for name in ("index.html", "a/index.html", "a/b/index.html", "same/x.css", "becomes-folder", "becomes-file/y.html"):
        write(live / name, f"old {name}")
    link_copy(live, spare)
    diverge(live, spare)  # what the next site does to the live one: unlink and rewrite, add, remove, retype
    write(spare / "stray" / "junk.html", "only in the spare")

    unchanged_inode = os.stat(spare / "same" / "x.css").st_ino
    link_sync(live, spare)
    assert tree(spare) == tree(live)  # same names, same bytes, the very same inodes
    assert folders(spare) == folders(live)
    assert os.stat(spare / "same" / "x.css").st_ino == unchanged_inode


def test_sync_into_an_empty_folder_is_a_full_link_copy(tmp_path):
    live, target = tmp_path / "site", tmp_path / "target"
    write(live / "index.html", "home")
    write(live / "a" / "b" / "c.html", "deep")
    target.mkdir()
    link_sync(live, target)
    assert tree(target) == tree(live)
