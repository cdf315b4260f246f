"""`make lighthouse`: Lighthouse scores of a built site, served on 127.0.0.1.

Usage: python -m tests.lighthouse.run [--site site] [--runs 1] [PAGE ...]

Serves the site folder with the standard library's HTTP server on a free port of
127.0.0.1, runs the pinned Lighthouse (tests/lighthouse/package-lock.json) with
Debian's Chromium on each page with its default mobile settings (emulated Moto G
Power, simulated slow 4G), and prints the four category scores per page. Without
PAGE arguments it audits the home page and the largest organization, country and
article page: the largest is the one most likely to fall short.

This prints figures; it asserts nothing (timed results belong in a report, not a
unit test). It exits 1 when a score is under --floor (default 95), so CI could use it.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# No sandbox: the test machines run as root. No background networking: nothing may leave the machine.
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


def default_pages(site: Path) -> list[str]:
    """The home page and the largest organization, country and article page."""
    pages = ["/"]
    for folder in ("organizations", "countries", "articles"):
        candidates = [p for p in (site / folder).glob("*/index.html") if p.parent.name != "archive"]
        if not candidates:
            continue
        largest = max(candidates, key=lambda p: (p.stat().st_size, p.parent.name))
        pages.append(f"/{folder}/{largest.parent.name}/")
    return pages


def audit(url: str, out_dir: Path, keep: Path | None = None) -> dict[str, int]:
    report = out_dir / "report.json"
    command = [
        str(LIGHTHOUSE), url,
        "--output=json", f"--output-path={report}", "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": CHROMIUM})
    data = json.loads(report.read_text(encoding="utf-8"))
    if keep is not None:  # the whole report, to see what a score is made of
        keep.mkdir(parents=True, exist_ok=True)
        name = url.split("/", 3)[3].strip("/").replace("/", "_") or "home"
        (keep / f"{name}.json").write_text(report.read_text(encoding="utf-8"), encoding="utf-8")
    scores = {name: round(100 * (data["categories"][name]["score"] or 0)) for name in CATEGORIES}
    audits = data["audits"]
    scores["fcp_ms"] = round(audits["first-contentful-paint"]["numericValue"])
    scores["lcp_ms"] = round(audits["largest-contentful-paint"]["numericValue"])
    scores["tbt_ms"] = round(audits["total-blocking-time"]["numericValue"])
    scores["cls"] = round(audits["cumulative-layout-shift"]["numericValue"], 3)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default="site", type=Path)
    parser.add_argument("--runs", default=1, type=int, help="audits per page; the median performance run is shown")
    parser.add_argument("--floor", default=95, type=int)
    parser.add_argument("--keep", type=Path, help="folder to keep each page's JSON report in")
    parser.add_argument("pages", nargs="*")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        print(f"{LIGHTHOUSE} missing: run `npm ci --prefix {HERE.relative_to(Path.cwd())}`", file=sys.stderr)
        return 2
    pages = args.pages or default_pages(args.site)
    handler = functools.partial(_QuietHandler, directory=str(args.site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    worst = 100
    try:
        print(f"{'page':55} perf  a11y  b.p.  seo   FCP ms  LCP ms  TBT ms  CLS")
        for page in pages:
            runs = []
            for _ in range(args.runs):
                with tempfile.TemporaryDirectory() as tmp:
                    runs.append(audit(base + page, Path(tmp), args.keep))
            runs.sort(key=lambda s: s["performance"])
            s = runs[len(runs) // 2]
            worst = min([worst] + [s[c] for c in CATEGORIES])
            print(f"{page[:55]:55} {s['performance']:4}  {s['accessibility']:4}  {s['best-practices']:4}  {s['seo']:4}"
                  f"  {s['fcp_ms']:7}  {s['lcp_ms']:6}  {s['tbt_ms']:6}  {s['cls']}", flush=True)
    finally:
        server.shutdown()
        server.server_close()
    return 0 if worst >= args.floor else 1


if __name__ == "__main__":
    sys.exit(main())
