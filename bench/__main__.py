"""`make bench [SIZES=1000,10000,100000]`: how the generator and MkDocs scale.

For each size: a seeded synthetic corpus (synthetic/corpus.py, cached in
build/bench/), then in a fresh process per measurement:

- generation: seconds per stage (load, validate, model, render, write), CPU
  seconds, peak memory of the main process and of the render workers, pages written;
  cold (fresh docs folder, no record cache), then again with nothing changed
  (incremental: nothing to render but the summaries), then a forced full render
  with the record cache warm;
- up to --mkdocs-max articles: a full `make site`-equivalent build (generation +
  MkDocs), the size of site/, of the search index, of entity pages;
- Material's search on that site in Chromium (bench/search.py): seconds until the
  index is loaded and until a query answers;
- the same full build on one core (BRIEFINGS_JOBS=1), and a plain serial
  `python -m mkdocs build` of the same Markdown (the yardstick:
  `make site` renders MkDocs' pages on every core, generator/mkdocs_build.py);
- then `make site` again with nothing changed, with one organization's
  description edited, and with one new article: pages rewritten, files MkDocs
  rebuilt, and the seconds against the full build.

Prints a table and writes every figure to bench/results/bench.json.
Timings are wall-clock on whatever else the machine is doing: run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

from synthetic import CORPUS_VERSION, new_article, write_corpus

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "bench"
RESULTS = ROOT / "bench" / "results"
STAGES = ("load", "validate", "model", "render", "write")
ENTITY_FOLDERS = ("events", "organizations", "countries", "people", "sources")


def corpus(size: int, seed: int) -> Path:
    """The cached corpus for this size and seed, generated when missing or outdated."""
    folder = WORK / f"corpus-{size}-seed{seed}"
    stamp = folder / ".bench-corpus"
    if stamp.exists() and stamp.read_text() == CORPUS_VERSION:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    write_corpus(folder, size, seed=seed)
    stamp.write_text(CORPUS_VERSION)
    print(f"  corpus of {size:,} articles written in {time.perf_counter() - started:.1f} s -> {folder}", flush=True)
    return folder


def measure(step: str, jobs: int | None = None, **arguments: str) -> dict:
    """Run one measurement in a fresh interpreter, so peak memory is its own, while
    bench/memwatch.py records how much memory the whole machine gave it. `jobs`: BRIEFINGS_JOBS."""
    command = [sys.executable, "-m", "bench.measure", step, *(f"--{k}={v}" for k, v in arguments.items())]
    env = dict(os.environ, BRIEFINGS_PROGRESS="0")
    env.pop("BRIEFINGS_JOBS", None)
    if jobs is not None:
        env["BRIEFINGS_JOBS"] = str(jobs)
    watch = subprocess.Popen([sys.executable, "-m", "bench.memwatch"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    watch.stdout.readline()  # "ready": the baseline is taken
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, text=True, env=env)
    command_seconds = time.perf_counter() - started  # as from a shell: the interpreter's start included
    watch.terminate()
    machine_mb = float(watch.communicate()[0].strip().splitlines()[-1])
    if result.returncode != 0:
        raise SystemExit(f"bench: {' '.join(command)} failed (exit {result.returncode})")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["machine_memory_mb"] = machine_mb
    figures["command_seconds"] = round(command_seconds, 3)
    return figures


def _remove(folder: Path) -> None:
    """Delete a previous run's files and let the disk settle before the next timing:
    deleting 140,000 files leaves the file system busy for seconds, which measured as
    2-4 s more write time in the run that followed."""
    shutil.rmtree(folder, ignore_errors=True)
    os.sync()
    time.sleep(5)


def browser_search(site: Path) -> dict | None:
    """bench/search.py on the built site: Material's search in Chromium (None without Chromium)."""
    if not Path("/usr/bin/chromium").exists():
        print("  search in the browser not measured: no /usr/bin/chromium", flush=True)
        return None
    result = subprocess.run([sys.executable, "-m", "bench.search", str(site)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    if result.returncode != 0:  # e.g. a 70 MB index not loaded within the timeout: the other figures still count
        print("  search in the browser failed (see above); not measured", flush=True)
        return None
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"  search: index ready in {figures['index_ready_seconds']} s, answered in {figures['answer_seconds']} s", flush=True)
    return figures


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def entity_page_sizes(site: Path) -> list[int]:
    return [
        p.stat().st_size
        for folder in ENTITY_FOLDERS
        for p in (site / folder).glob("*/index.html")
    ]


def bench_size(size: int, seed: int, mkdocs_max: int, serial_max: int) -> dict:
    print(f"\n== {size:,} articles", flush=True)
    content = corpus(size, seed)
    work = WORK / f"run-{size}"
    _remove(work)
    work.mkdir(parents=True)
    figures: dict = {"articles": size}
    figures["generation"] = measure("generate", content=str(content), docs=str(work / "docs"), full="0")
    figures["generation_warm"] = measure("generate", content=str(content), docs=str(work / "docs"), full="0")
    figures["generation_full_warm"] = measure("generate", content=str(content), docs=str(work / "docs"), full="1")
    if size > mkdocs_max:
        figures["mkdocs"] = None
        print(f"  MkDocs skipped above {mkdocs_max:,} articles (--mkdocs-max)", flush=True)
        return figures
    _remove(work / "docs")
    full = measure("site", content=str(content), docs=str(work / "docs"), site=str(work / "site"), full="1")
    files, size_bytes = folder_size(work / "site")
    pages = entity_page_sizes(work / "site")
    figures["site"] = {
        **full,
        "files": files,
        "bytes": size_bytes,
        "bytes_per_1000_articles": round(size_bytes * 1000 / size),
        "search_index_bytes": (work / "site" / "search" / "search_index.json").stat().st_size,
        "entity_pages": len(pages),
        "entity_page_html_average_bytes": round(sum(pages) / len(pages)) if pages else 0,
        "entity_page_html_max_bytes": max(pages, default=0),
    }
    if size <= serial_max:
        # The same full build on one core (BRIEFINGS_JOBS=1), from a fresh docs folder too.
        _remove(work / "docs-serial")
        figures["site_one_core"] = measure(
            "site", jobs=1, content=str(content), docs=str(work / "docs-serial"), site=str(work / "site-serial"), full="1"
        )
        _remove(work / "docs-serial")
        shutil.rmtree(work / "site-serial", ignore_errors=True)
        shutil.rmtree(work / "site-serial.spare", ignore_errors=True)  # a full build leaves a spare copy
        (work / "site-serial.spare.json").unlink(missing_ok=True)
        # The yardstick: a plain serial `mkdocs build` of the same Markdown.
        figures["mkdocs_serial"] = measure("mkdocs", content=str(content), docs=str(work / "docs"), site=str(work / "serial-site"))
        shutil.rmtree(work / "serial-site", ignore_errors=True)
    else:
        print(f"  serial builds skipped above {serial_max:,} articles (--serial-max)", flush=True)
    figures["search"] = browser_search(work / "site")
    site_args = {"content": str(content), "docs": str(work / "docs"), "site": str(work / "site"), "full": "0"}
    figures["unchanged"] = measure("site", **site_args)
    # One organization's description edited, then put back (rebuilt, not measured).
    registry_file, original = edit_registry(content)
    try:
        figures["registry_edit"] = measure("site", **site_args)
    finally:
        registry_file.write_bytes(original)
    measure("site", **site_args)
    # Today's article: newer than every article of the corpus.
    added = new_article(content, size + 1, dt.date(2025, 6, 1), seed=seed)
    try:
        figures["incremental"] = measure("site", **site_args)
    finally:
        added.unlink()
    return figures


def edit_registry(content: Path) -> tuple[Path, bytes]:
    """Edit the description of the corpus's second organization; return its file and its bytes before."""
    for path in sorted((content / "organizations").glob("*.yml")):
        original = path.read_bytes()
        text = original.decode("utf-8")
        start = text.find("\nsynthetic-org-2:\n")
        if start < 0:
            continue
        at = text.index('  description: "', start) + len('  description: "')
        path.write_text(text[:at] + "Edited for the benchmark. " + text[at:], encoding="utf-8")
        return path, original
    raise SystemExit("bench: no synthetic-org-2 in the corpus")


def report(results: list[dict]) -> None:
    print("\n| articles | load | validate | model | render | write | generation (cold) | CPU | memory taken from the machine | peak RSS main / workers | pages | nothing changed | full render, warm cache |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        g, w, f = r["generation"], r["generation_warm"], r["generation_full_warm"]
        stages = " | ".join(f"{g['seconds'][s]:.2f}" for s in STAGES)
        print(
            f"| {r['articles']:,} | {stages} | {g['total']:.2f} s | {g['cpu']:.1f} s | {g['machine_memory_mb']:.0f} MB | "
            f"{g['peak_rss_mb']:.0f} / {g['peak_rss_workers_mb']:.0f} MB | {g['pages_written']:,} | "
            f"{w['total']:.2f} s ({w['pages_kept']:,} kept) | {f['total']:.2f} s |"
        )
    print("\n| articles | full make site (parallel) | of which MkDocs | make site on one core | plain serial mkdocs build | ratio | memory taken: make site / serial | peak RSS MkDocs, parallel / serial | site/ | search index | entity page HTML avg / max |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        s, m, one = r.get("site"), r.get("mkdocs_serial"), r.get("site_one_core")
        if not s:
            print(f"| {r['articles']:,} | not measured (MkDocs above --mkdocs-max) | | | | | | | | | |")
            continue
        one_total = f"{one['total']:.1f} s" if one else "not run"
        serial = f"{m['total']:.1f} s | {s['total'] / m['total']:.2f}" if m else "not run (--serial-max) | "
        print(
            f"| {r['articles']:,} | {s['total']:.1f} s | {s['seconds']['mkdocs']:.1f} s | {one_total} | {serial} | "
            f"{s['machine_memory_mb']:.0f} / {m['machine_memory_mb'] if m else 0:.0f} MB | "
            f"{s['peak_rss_mkdocs_mb']:.0f} / {m['peak_rss_mb'] if m else 0:.0f} MB | {s['bytes'] / 1e6:.0f} MB | "
            f"{s['search_index_bytes'] / 1e6:.2f} MB | "
            f"{s['entity_page_html_average_bytes'] / 1000:.1f} / {s['entity_page_html_max_bytes'] / 1000:.0f} KB |"
        )
    print("\n| articles | change | make site | share of the full build | as a command (interpreter start included): seconds, share | Markdown files written | HTML pages rebuilt | MkDocs | memory taken |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        s = r.get("site")
        if not s:
            continue
        for key, label in (("unchanged", "nothing changed"), ("registry_edit", "one registry entry edited"), ("incremental", "one new article")):
            i = r[key]
            print(
                f"| {r['articles']:,} | {label} | {i['total']:.1f} s | {100 * i['total'] / s['total']:.1f}% | "
                f"{i['command_seconds']:.1f} s, {100 * i['command_seconds'] / s['command_seconds']:.1f}% | "
                f"{i['pages_written']:,} | {i['site_rebuilt']:,} ({i['site_mode']}) | {i['seconds']['mkdocs']:.1f} s | "
                f"{i['machine_memory_mb']:.0f} MB |"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts (add 100000: about 25 minutes)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--mkdocs-max", type=int, default=100_000, help="largest size to run MkDocs on")
    parser.add_argument("--serial-max", type=int, default=10_000,
                        help="largest size for the one-core build and the plain serial mkdocs build (about 20 minutes each at 100,000)")
    parser.add_argument("--output", type=Path, default=RESULTS / "bench.json")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    results = [bench_size(size, args.seed, args.mkdocs_max, args.serial_max) for size in sizes]
    report(results)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    machine = {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}
    args.output.write_text(json.dumps({"machine": machine, "results": results}, indent=2) + "\n")
    print(f"\nfigures: {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
