"""Command line: `python -m generator {check,build,site} --content DIR`."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from . import progress
from .dates import parse_partial_date
from .draft import command as draft_command
from .kinds import PLURALS
from .lock import FolderBusy, hold
from .pipeline import Selection, Timings, read_model, update
from .problems import ContentError
from .publish import BuildFailed, EarlySite
from .write import UnsafePath
from .importers import run as importers_run

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Build a briefing site from YAML records.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("check", "validate the records and report every problem; write nothing"),
        ("build", "validate, then write the Markdown pages"),
        ("site", "build the pages, then the HTML site with MkDocs; replace the site folder only on success"),
        ("serve", "build the pages and preview them live, regenerating when a record changes"),
    ):
        command = sub.add_parser(name, help=help_text)
        command.add_argument("--content", type=Path, default=ROOT / "content", help="the records folder (default: content/)")
        if name != "check":
            command.add_argument("--docs", type=Path, default=ROOT / "build" / "docs", help="where the Markdown pages go")
        if name == "serve":
            command.add_argument("--dev-addr", default="127.0.0.1:8000")
        if name in ("build", "site"):
            command.add_argument("--since", default="", help="publish only articles on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
            command.add_argument("--tags", default="", help="publish only articles with one of these tags (comma-separated)")
        if name == "site":
            command.add_argument("--site", type=Path, default=ROOT / "site", help="the HTML site folder")
            command.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml")
        if name in ("build", "site"):
            command.add_argument("--full", action="store_true", help="render and rebuild every page, even when an incremental build is possible")
        if name != "check":
            command.add_argument("--no-wait", action="store_true",
                                 help="stop at once when another build is writing the same folders (default: wait for it)")
        command.add_argument("--timings", action="store_true", help="print seconds per stage")
    importers_run.add_arguments(sub.add_parser("import", help="import annotation tools' exports as records, then check them"), ROOT / "content")
    draft_command.add_parser(sub, ROOT / "content")
    args = parser.parse_args(argv)
    if args.command == "import":
        return importers_run.run(args)
    if args.command == "draft":
        return draft_command.run(args)
    timings = Timings(announce=progress.stage if args.command in ("build", "site") else None)
    try:
        if args.command == "check":
            model = read_model(args.content, timings)
            counts = model.counts()
            print("ok: " + ", ".join(f"{n} {kind if n == 1 else PLURALS[kind]}" for kind, n in counts.items()))
        else:
            selection = _selection(parser, args)
            written = [args.docs, args.site] if args.command == "site" else [args.docs]
            with hold(written, wait=not args.no_wait):  # another run on the same folders would break this one
                return_code = _write(args, timings, selection)
            if return_code is not None:
                return return_code
    except ContentError as exc:
        for line in exc.problems.lines():
            print(line, file=sys.stderr)
        count = len(exc.problems.sorted())
        print(f"{count} problem{'s' if count != 1 else ''} found; nothing was written", file=sys.stderr)
        return 1
    except (BuildFailed, UnsafePath, FolderBusy) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.timings:
        for stage, seconds in timings.seconds.items():
            print(f"{stage:>10}: {seconds:.3f} s")
    return 0


def _write(args: argparse.Namespace, timings: Timings, selection: Selection | None) -> int | None:
    """build, site and serve: the pages, then the HTML site or the live preview."""
    if args.command != "site":
        return _generate_and(args, timings, selection, None)
    # MkDocs starts now and prepares on the second core while the pages are generated;
    # it stops without writing anything if this run ends before it is told to build.
    with EarlySite(args.config, args.docs, args.site, incremental=not args.full) as site:
        return _generate_and(args, timings, selection, site)


def _generate_and(args: argparse.Namespace, timings: Timings, selection: Selection | None, site: EarlySite | None) -> int | None:
    newest, report = update(args.content, args.docs, timings, selection, full=getattr(args, "full", False))
    print(
        f"pages: {len(report.written)} written, {report.unchanged} unchanged, "
        f"{len(report.removed)} removed -> {args.docs}"
    )
    print(f"render: {report.kept} pages kept from the last run ({report.plan})" if report.kept
          else f"render: every page ({report.plan})")
    if args.command == "serve":
        return serve(args.content, args.docs, args.dev_addr)
    if site is not None:
        with timings.stage("mkdocs"):
            built = site.build(newest)
        print(f"site: {args.site} ({built.mode} build: {built.rebuilt} files rebuilt, {built.removed} removed)")
    return None


def _selection(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Selection | None:
    since_text = getattr(args, "since", "").strip()
    tags = frozenset(t.strip() for t in getattr(args, "tags", "").split(",") if t.strip())
    if not since_text and not tags:
        return None
    since = parse_partial_date(since_text) if since_text else None
    if isinstance(since, str):
        parser.error(f"--since: {since}")
    return Selection(since=since, tags=tags)


def serve(content: Path, docs: Path, dev_addr: str) -> int:
    env = dict(os.environ, BRIEFINGS_SERVE_CONTENT=str(content.resolve()), BRIEFINGS_DOCS_DIR=str(docs.resolve()))
    env.setdefault("NO_MKDOCS_2_WARNING", "1")
    command = [sys.executable, "-m", "mkdocs", "serve", "--config-file", str(ROOT / "mkdocs.yml"),
               "--dev-addr", dev_addr, "--watch", str(content)]
    try:
        return subprocess.call(command, env=env)
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
