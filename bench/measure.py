"""One measurement in its own process: `python -m bench.measure {generate,site} --content ...`.

Prints one line of JSON. Peak memory comes from getrusage: RUSAGE_SELF for this
process, RUSAGE_CHILDREN for the forked render workers (read before MkDocs starts,
so MkDocs' own memory is not counted as the generator's).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from generator.cli import ROOT
from generator.pipeline import Timings, generate, update
from generator.publish import EarlySite


def _mb(kilobytes: int) -> float:
    return kilobytes / 1024  # Linux reports ru_maxrss in KiB


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("step", choices=("generate", "site", "mkdocs"))
    parser.add_argument("--content", type=Path, required=True)
    parser.add_argument("--docs", type=Path, required=True)
    parser.add_argument("--site", type=Path)
    parser.add_argument("--full", default="1", help="1: render every page (and a full MkDocs build for 'site')")
    args = parser.parse_args()
    if args.step == "mkdocs":
        return plain_mkdocs(args.docs, args.site)
    timings = Timings()
    cpu_before = os.times()
    started = time.perf_counter()
    # What `make site` runs (cli._write): MkDocs starts and prepares while the pages are made.
    site = EarlySite(ROOT / "mkdocs.yml", args.docs, args.site, incremental=args.full != "1") if args.step == "site" else None
    try:
        figures = _measure(args, timings, site, cpu_before, started)
    finally:
        if site is not None:
            site.close()
    _report(args, figures)
    print(json.dumps(figures))
    return 0


def _measure(args: argparse.Namespace, timings: Timings, site: EarlySite | None, cpu_before: os.times_result, started: float) -> dict:
    """Generation (and the site, with `site`), timed; the figures bench/__main__.py reads."""
    if site is not None:  # nothing is read when nothing changed
        newest, written = update(args.content, args.docs, timings, full=args.full == "1")
    else:
        model, written = generate(args.content, args.docs, timings, full=args.full == "1")
        newest = model.newest
    generated = time.perf_counter() - started
    cpu = os.times()
    figures = {
        "seconds": {k: round(v, 3) for k, v in timings.seconds.items()},
        "generation_seconds": round(generated, 3),
        "cpu": round(cpu.user + cpu.system + cpu.children_user + cpu.children_system
                     - cpu_before.user - cpu_before.system, 2),
        "peak_rss_mb": round(_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss), 1),
        "peak_rss_workers_mb": round(_mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss), 1),
        "pages_written": len(written.written),
        "pages_unchanged": written.unchanged,
        "pages_removed": len(written.removed),
        "pages_kept": written.kept,
        "render_plan": written.plan,
    }
    if site is not None:
        with timings.stage("mkdocs"):
            built = site.build(newest)
        figures["seconds"]["mkdocs"] = round(timings.seconds["mkdocs"], 3)
        figures["site_mode"] = built.mode
        figures["site_rebuilt"] = built.rebuilt
        figures["site_removed"] = built.removed
        # MkDocs' process and its page workers (waited for, so counted here).
        figures["peak_rss_mkdocs_mb"] = round(_mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss), 1)
    figures["total"] = round(time.perf_counter() - started, 3)
    return figures


def _report(args: argparse.Namespace, figures: dict) -> None:
    print(f"  {args.step}: {figures['total']:.2f} s, {figures['pages_written']} pages written"
          + (f", MkDocs {figures['seconds']['mkdocs']:.1f} s ({figures['site_mode']}, {figures['site_rebuilt']} rebuilt)" if args.step == "site" else ""),
          file=sys.stderr, flush=True)


def plain_mkdocs(docs: Path, site: Path) -> int:
    """A plain serial `python -m mkdocs build --strict` of `docs`: the yardstick for a full `make site`."""
    # The sitemap's date does not change the work; the hooks' record is made as in make site.
    env = dict(os.environ, BRIEFINGS_DOCS_DIR=str(docs.resolve()), NO_MKDOCS_2_WARNING="1", BRIEFINGS_INCREMENTAL="0", SOURCE_DATE_EPOCH="0")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(ROOT / "mkdocs.yml"), "--site-dir", str(site)]
    started = time.perf_counter()
    cpu_before = os.times()
    result = subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - started
    cpu = os.times()
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
        return 1
    figures = {
        "total": round(seconds, 3),
        "cpu": round(cpu.children_user + cpu.children_system - cpu_before.children_user - cpu_before.children_system, 2),
        "peak_rss_mb": round(_mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss), 1),
    }
    print(f"  plain serial mkdocs build: {seconds:.2f} s", file=sys.stderr, flush=True)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
