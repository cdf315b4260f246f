"""One writer at a time per output folder: a second `make site` waits for the first.

Two runs writing the same docs or site folder break each other: one removes the
pages, or the half-built site, that the other is still reading. So each command
that writes holds an exclusive `fcntl.flock` on a lock file beside every folder
it writes (`build/.docs.lock` beside `build/docs`, `.site.lock` beside `site`),
from the first page it renders to the last file MkDocs writes.

A second run waits rather than fails: it was started because records changed, so
its result is the one wanted, and after the first run it is a cheap incremental
build. It says at once whom it waits for (pid, start time, command), and Ctrl-C
stops it; `--no-wait` stops at once with that message instead.

The kernel drops the lock when its holder exits, however it exits, so a killed
build never leaves a stale lock. The holder removes the file when it is done; a
run that was waiting on the removed file notices and locks the new one.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import shlex
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path


class FolderBusy(Exception):
    """Another run is writing the folder, and this one was asked not to wait."""


def lock_path(folder: Path) -> Path:
    folder = folder.resolve()
    return folder.parent / f".{folder.name}.lock"


@contextmanager
def hold(folders: Sequence[Path], wait: bool = True) -> Iterator[None]:
    """Hold the lock of every folder (always in the order given, so two runs cannot deadlock)."""
    with ExitStack() as stack:
        for folder in folders:
            stack.enter_context(_hold_one(folder, wait))
        yield


@contextmanager
def _hold_one(folder: Path, wait: bool) -> Iterator[None]:
    path = lock_path(folder)
    made: list[Path] = []
    told = False
    while True:
        made = list(dict.fromkeys(_make_folders(path.parent) + made))  # again after a wait: its holder may have removed them
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except FileNotFoundError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            busy = f"{folder} is being written by another build: {holder(path)}"
            if not wait:
                os.close(fd)
                raise FolderBusy(f"{busy}; try again when it has finished") from None
            if not told:
                print(f"waiting: {busy} (Ctrl-C to stop)", file=sys.stderr, flush=True)
                told = True
            fcntl.flock(fd, fcntl.LOCK_EX)
        if _still_named(fd, path):
            break
        os.close(fd)  # the holder removed the file while this run waited: lock the new one
    try:
        os.ftruncate(fd, 0)
        os.write(fd, _describe_self().encode("utf-8"))
        yield
    finally:
        try:
            os.unlink(path)  # still locked here, so a waiting run sees the file gone and retries
        finally:
            os.close(fd)
        for made_folder in made:  # a run stopped by bad records writes nothing, not even folders
            try:
                made_folder.rmdir()
            except OSError:
                break  # not empty: the build wrote into it, or another run is using it


def _make_folders(folder: Path) -> list[Path]:
    """Create `folder` and its missing parents; the ones made, deepest first."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for each in reversed(missing):
        each.mkdir(exist_ok=True)
    return missing


def _still_named(fd: int, path: Path) -> bool:
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (mine.st_dev, mine.st_ino)


def _describe_self() -> str:
    started = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    return f"pid {os.getpid()}, started {started}: {shlex.join(sys.orig_argv)}\n"


def holder(path: Path) -> str:
    """Who holds the lock, as its holder wrote it (it writes right after locking, so wait a moment)."""
    for _ in range(20):
        try:
            text = path.read_text(encoding="utf-8", errors="replace").strip()
        except FileNotFoundError:
            text = ""
        if text:
            return text
        time.sleep(0.05)
    return "pid unknown (its lock file is empty)"
