"""Stage 6: run MkDocs into a fresh folder and swap it in only on success.

The last good `site/` survives any failure: bad records stop the run before
MkDocs starts, and a failed or interrupted MkDocs build only leaves a
temporary folder behind, which the next run clears.

Incremental builds: when the previous site was built with the same
configuration, theme and versions (its `.briefings-build.json` fingerprint
matches), the fresh folder starts as a hard-linked copy of it and MkDocs runs
with `--dirty`; generator/site_hooks.py then rebuilds only the pages whose
Markdown changed, never writes through a shared inode, and keeps the search
index complete. Anything else is a full build.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from .dates import PartialDate
from .docs_hashes import docs_hashes
from .site_hooks import STATE
from . import spare_site
from .spare_site import link_copy, link_sync, prepare_copy, spare_of  # noqa: F401 - link_* are the module's API

ROOT = Path(__file__).resolve().parent.parent
# Outside the site's own files, everything that shapes a page: if any of it changes,
# the previous HTML cannot be reused.
SHAPING_ENV = ("SITE_URL", "SITE_NAME")


class BuildFailed(Exception):
    pass


def source_date_epoch(newest: PartialDate | None) -> str:
    """The newest article's date: MkDocs stamps sitemaps with it instead of 'now'."""
    if newest is None:
        return "0"
    moment = dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.timezone.utc)
    return str(int(moment.timestamp()))


@dataclass
class SiteReport:
    mode: str = "full"  # or "incremental"
    rebuilt: int = 0  # docs files whose output was (re)written
    removed: int = 0  # outputs of docs files that no longer exist
    copy: str = ""  # how the incremental build's starting copy was made (spare_site.prepare_copy)


def fingerprint(config: Path) -> str:
    """A hash of what every page depends on besides its own Markdown."""
    import material
    import mkdocs

    digest = hashlib.blake2b(digest_size=16)
    shaping = [config, *sorted((config.parent / "overrides").rglob("*")), *sorted((ROOT / "generator").glob("*_hooks.py")),
               ROOT / "generator" / "mkdocs_build.py", ROOT / "generator" / "mkdocs_early.py"]
    for path in shaping:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(f"mkdocs {mkdocs.__version__} material {material.__version__}".encode())
    for name in SHAPING_ENV:
        digest.update(f"{name}={os.environ.get(name, '')}\0".encode())
    return digest.hexdigest()


def previous_state(site_dir: Path) -> dict | None:
    try:
        return json.loads((site_dir / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def build_site(
    config: Path, docs_dir: Path, site_dir: Path, newest: PartialDate | None, incremental: bool = True
) -> SiteReport:
    """Build `site_dir` from `docs_dir`; `newest` (the newest article's date) stands for "now"."""
    with EarlySite(config, docs_dir, site_dir, incremental=incremental, start=False) as site:
        return site.build(newest)


# Until "go", the MkDocs process only prepares, and the generator is the critical path:
# on a machine whose second core is busy, the preparation competed with generation
# (load took 0.78 s instead of 0.35 s). It runs this much nicer until "go", when the
# priority it started with is put back, which is only possible for a privileged
# process or under a RLIMIT_NICE that allows it; otherwise it is not lowered at all.
PREPARE_NICENESS = 10


def _restorable_niceness() -> int | None:
    """This process's niceness, if a child lowered by PREPARE_NICENESS could raise itself back to it."""
    try:
        import resource

        current = os.getpriority(os.PRIO_PROCESS, 0)
        floor = 20 - resource.getrlimit(resource.RLIMIT_NICE)[0]  # the lowest niceness an unprivileged process may set
    except (AttributeError, ImportError, OSError, ValueError):  # not on Linux
        return None
    if current >= 19 or (os.geteuid() != 0 and current < floor):
        return None
    return current


def _give_way() -> None:  # in the child, before exec
    os.nice(PREPARE_NICENESS)


class EarlySite:
    """The MkDocs build of one `make site`, its process started before the pages are generated.

    `python -m generator.mkdocs_build --wait` imports MkDocs, loads the configuration
    and prepares what does not depend on the docs folder's final content
    (generator/mkdocs_early.py) on the second core while generation runs, then waits.
    `build(newest)` tells it to go once the docs are final; leaving the `with` block
    without building (nothing changed, bad records, Ctrl-C) tells it to stop, and it
    exits having written nothing. Everything the process reads from its environment
    is known here, before generation, except the sitemap's date, which "go" carries.
    """

    def __init__(self, config: Path, docs_dir: Path, site_dir: Path, incremental: bool = True, start: bool = True) -> None:
        self.config, self.docs_dir, self.site_dir = Path(config), Path(docs_dir), Path(site_dir).resolve()
        parent = self.site_dir.parent
        parent.mkdir(parents=True, exist_ok=True)
        recover(self.site_dir)
        name = self.site_dir.name
        for leftover in parent.glob(f"{name}.tmp-*"):
            shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink(missing_ok=True)
        for leftover in parent.glob(f"{name}.old-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        for leftover in parent.glob(f"{name}.trash-*"):
            discard(leftover)  # a previous run's deletion did not finish (machine rebooted, killed)
        self.fresh = parent / f"{name}.tmp-{os.getpid()}"
        self.report_file = parent / f"{name}.tmp-{os.getpid()}-report.json"
        self.hashes_file = parent / f"{name}.tmp-{os.getpid()}-hashes.json"
        self.writes_file = parent / f"{name}.tmp-{os.getpid()}-writes.txt"
        self.stamp = fingerprint(self.config.resolve())
        self.previous = previous_state(self.site_dir) if incremental else None
        self.incremental = bool(self.previous) and self.previous.get("fingerprint") == self.stamp
        self.process: subprocess.Popen | None = None
        self.went = False  # told to go: from then on it writes the fresh folder
        # Without a docs folder MkDocs' configuration does not load: a first run starts it later.
        if start and self.docs_dir.is_dir():
            self._start()

    def __enter__(self) -> "EarlySite":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _start(self) -> None:
        env = dict(os.environ)
        env.setdefault("NO_MKDOCS_2_WARNING", "1")
        # "go" sets the sitemap's date; until then nothing may depend on one (mkdocs_early.py).
        env.pop("SOURCE_DATE_EPOCH", None)
        env["BRIEFINGS_DOCS_DIR"] = str(self.docs_dir.resolve())
        env["BRIEFINGS_FINGERPRINT"] = self.stamp
        env["BRIEFINGS_INCREMENTAL"] = "1" if self.incremental else "0"
        env["BRIEFINGS_REPORT"] = str(self.report_file)
        env["BRIEFINGS_DOCS_HASHES"] = str(self.hashes_file)  # site_hooks.on_files need not read every file again
        if self.incremental:
            env["BRIEFINGS_WRITES"] = str(self.writes_file)  # the hooks journal what they write or remove
        # Not --quiet: it silences warnings before --strict can count them, so a broken
        # link would pass. The output is captured instead and only problems are shown.
        # generator/mkdocs_build.py is `mkdocs build` with the pages rendered on every core.
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
        command = [sys.executable, "-m", "generator.mkdocs_build", "--strict", "--wait",
                   "--config-file", str(self.config), "--site-dir", str(self.fresh)]
        if self.incremental:
            command.append("--dirty")
        # preexec_fn is only safe in a process without threads (cli starts this before any).
        niceness = _restorable_niceness() if threading.active_count() == 1 else None
        if niceness is not None:
            env["BRIEFINGS_NICENESS_AFTER_GO"] = str(niceness)  # mkdocs_early.wait_for_go puts it back
        # stdout is MkDocs' log; stderr (progress, tracebacks) goes straight to the user.
        self.process = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True, errors="replace",
                                        preexec_fn=_give_way if niceness is not None else None)

    def close(self) -> None:
        """Stop the process if it was never told to go; wait for it."""
        process, self.process = self.process, None
        if process is None:
            return
        if not self.went and process.poll() is None:
            # Before "go" it has written nothing and started no worker: it need not finish
            # preparing (waiting for it made a nothing-changed run 0.2 s slower).
            process.kill()
        try:
            process.communicate(timeout=30)  # after an interrupted "go": it was interrupted too
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()

    def build(self, newest: PartialDate | None) -> SiteReport:
        report = SiteReport(mode="incremental" if self.incremental else "full")
        epoch = source_date_epoch(newest)
        hashes = docs_hashes(self.docs_dir)  # from the stat cache: only changed files are read
        if self.incremental and nothing_changed(self.previous, hashes, self.site_dir, epoch):
            self.close()
            return report  # the site is what MkDocs would make: no need to build
        self.hashes_file.write_text(json.dumps(hashes), encoding="utf-8")
        try:
            if self.incremental:
                report.copy = prepare_copy(self.site_dir, self.fresh)
                self.writes_file.write_bytes(b"")
            if self.process is None:
                self._start()
            assert self.process is not None
            go = "go " + json.dumps({"env": {"SOURCE_DATE_EPOCH": epoch}}) + "\n"
            self.went = True
            output, _ = self.process.communicate(go)
            returncode, self.process = self.process.returncode, None
            for line in output.splitlines():
                if not line.startswith("INFO"):
                    print(line, file=sys.stderr)
            if returncode != 0:
                raise BuildFailed(f"mkdocs build failed (exit {returncode}); the previous site is unchanged")
            counts = json.loads(self.report_file.read_text(encoding="utf-8"))
            report.rebuilt, report.removed = counts["rebuilt"], counts["removed"]
            swap_in(self.fresh, self.site_dir, written_paths(self.writes_file, self.fresh) if self.incremental else None)
        finally:
            self.close()  # after an interruption: the process must not outlive the run
            if self.fresh.exists():
                shutil.rmtree(self.fresh, ignore_errors=True)
            self.report_file.unlink(missing_ok=True)
            self.hashes_file.unlink(missing_ok=True)
            self.writes_file.unlink(missing_ok=True)
        return report


def written_paths(journal: Path, fresh: Path) -> list[str]:
    """The site paths the hooks journaled (site_hooks.note_write), relative to `fresh`."""
    prefix = str(fresh) + os.sep
    lines = journal.read_text(encoding="utf-8").splitlines()
    return sorted({line[len(prefix):].replace(os.sep, "/") for line in lines if line.startswith(prefix)})


def nothing_changed(previous: dict, hashes: dict[str, str], site_dir: Path, epoch: str) -> bool:
    """Whether every docs file MkDocs would read is the one the previous site was built from.

    `hashes` holds every file outside hidden folders (MkDocs skips those); any file the
    previous build did not record, a different hash, a missing output or another
    sitemap date means MkDocs runs. Same configuration is already known (the
    fingerprint matched).
    """
    recorded = previous.get("files", {})
    if previous.get("source_date_epoch") != epoch or len(recorded) != len(hashes):
        return False
    for src, digest in hashes.items():
        record = recorded.get(src)
        if record is None or record[0] != digest:
            return False
    site = str(site_dir)
    return all(os.path.isfile(os.path.join(site, record[1])) for record in recorded.values())


def recover(site_dir: Path) -> None:
    """Put back the last good site when a run died between swap_in's two renames."""
    if site_dir.exists():
        return
    olds = sorted(site_dir.parent.glob(f"{site_dir.name}.old-*"), key=lambda p: p.stat().st_mtime)
    if olds:
        os.rename(olds[-1], site_dir)


def swap_in(fresh: Path, site_dir: Path, changed: list[str] | None = None) -> None:
    """Replace `site_dir` with `fresh` using renames, so it is never half-written.

    `changed`: the paths an incremental build wrote or removed in `fresh`; None after a
    full build. The replaced site is renamed once more, to `.spare` or `.trash-*`: a
    tree that is being changed or deleted must never carry the `.old-*` name that
    recover() puts back.
    """
    old = site_dir.parent / f"{site_dir.name}.old-{os.getpid()}"
    if site_dir.exists():
        os.rename(site_dir, old)
    os.rename(fresh, site_dir)
    # After an incremental build the replaced site becomes the spare (spare_site.py): it
    # shares all but the changed files with the new one. After a full build it shares
    # nothing, and relinking it would cost more than a fresh copy: it is deleted, and a
    # hard-linked copy of the new site becomes the spare.
    spare = spare_of(site_dir)
    if spare.exists():
        throw_away(spare, site_dir)
    if changed is not None and old.exists():
        spare_site.keep_spare(old, site_dir, changed)
    elif old.exists():
        throw_away(old, site_dir)
    if changed is None:
        spare_site.keep_spare_of_new(site_dir)


def throw_away(tree: Path, site_dir: Path) -> None:
    # Unique, not just the pid: a reused pid may meet a trash folder still being deleted.
    trash = site_dir.parent / f"{site_dir.name}.trash-{os.getpid()}-{os.urandom(4).hex()}"
    os.rename(tree, trash)
    discard(trash)


def discard(trash: Path) -> None:
    """Delete a replaced site without making the user wait for it.

    Unlinking 14,000 files took seconds of a one-article run; a detached, niced `rm`
    does it after `make site` has returned. Only `.trash-*` folders come here, never
    the live site; the next run (or `make clean`) removes one a reboot interrupted.
    """
    if shutil.which("sh") is None:
        shutil.rmtree(trash, ignore_errors=True)
        return
    # sh starts rm in the background and exits at once: rm is nobody's child to wait
    # for, and with every stream on /dev/null it holds no pipe of ours open.
    script = 'nice rm -rf -- "$1" </dev/null >/dev/null 2>&1 &'
    subprocess.run(["sh", "-c", script, "sh", str(trash)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
