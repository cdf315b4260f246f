"""Stage 6: run MkDocs into a fresh folder and swap it in only on success.

The last good `site/` survives any failure: bad records stop the run before
MkDocs starts, and a failed or interrupted MkDocs build only leaves a
temporary folder behind, which the next run clears.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .model import Model


class BuildFailed(Exception):
    pass


def source_date_epoch(model: Model) -> str:
    """The newest article's date: MkDocs stamps sitemaps with it instead of 'now'."""
    if not model.articles:
        return "0"
    newest = model.articles[0].published
    moment = dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.timezone.utc)
    return str(int(moment.timestamp()))


def build_site(config: Path, docs_dir: Path, site_dir: Path, model: Model) -> None:
    site_dir = site_dir.resolve()
    parent = site_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    recover(site_dir)
    for leftover in parent.glob(f"{site_dir.name}.tmp-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    for leftover in parent.glob(f"{site_dir.name}.old-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    fresh = parent / f"{site_dir.name}.tmp-{os.getpid()}"
    env = dict(os.environ)
    env.setdefault("NO_MKDOCS_2_WARNING", "1")
    env["BRIEFINGS_DOCS_DIR"] = str(docs_dir.resolve())
    env["SOURCE_DATE_EPOCH"] = source_date_epoch(model)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--config-file", str(config), "--site-dir", str(fresh)]
    try:
        result = subprocess.run(command, env=env)
        if result.returncode != 0:
            raise BuildFailed(f"mkdocs build failed (exit {result.returncode}); the previous site is unchanged")
        swap_in(fresh, site_dir)
    finally:
        if fresh.exists():
            shutil.rmtree(fresh, ignore_errors=True)


def recover(site_dir: Path) -> None:
    """Put back the last good site when a run died between swap_in's two renames."""
    if site_dir.exists():
        return
    olds = sorted(site_dir.parent.glob(f"{site_dir.name}.old-*"), key=lambda p: p.stat().st_mtime)
    if olds:
        os.rename(olds[-1], site_dir)


def swap_in(fresh: Path, site_dir: Path) -> None:
    """Replace `site_dir` with `fresh` using renames, so it is never half-written."""
    old = site_dir.parent / f"{site_dir.name}.old-{os.getpid()}"
    if site_dir.exists():
        os.rename(site_dir, old)
    os.rename(fresh, site_dir)
    if old.exists():
        shutil.rmtree(old)
