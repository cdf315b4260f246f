"""`python -m bench.search SITE [QUERY [TIMEOUT]]`: does Material's search answer on a big site, and how fast?

Serves SITE on 127.0.0.1, opens it in Debian's Chromium (Playwright), opens the
search box and times how long the page's search worker takes to download and
index search_index.json, then types QUERY and times the wait for results.
Prints one JSON line.
"""

from __future__ import annotations

import functools
import http.server
import json
import sys
import threading
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002, ANN001, ANN002 - the base class's signature
        pass


def main() -> int:
    site = Path(sys.argv[1])
    query = sys.argv[2] if len(sys.argv) > 2 else "Synthetic Organization 17"
    timeout = int(sys.argv[3]) * 1000 if len(sys.argv) > 3 else 120_000
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(url)
            started = time.perf_counter()
            # Material's script loads after the page's load event (overrides/main.html).
            page.wait_for_function("() => document.documentElement.classList.contains('js')", timeout=timeout)
            box = page.locator("input.md-search__input")
            box.click()
            # The page's search worker downloads and indexes search_index.json first.
            page.wait_for_function(
                "() => !/Initializing/i.test(document.querySelector('.md-search-result__meta').textContent)",
                timeout=timeout,
            )
            ready = time.perf_counter() - started
            typed = time.perf_counter()
            box.press_sequentially(query, delay=30)  # Material searches on keyup
            page.wait_for_function(
                "() => /[0-9.,]+k? matching document/.test(document.querySelector('.md-search-result__meta').textContent)",
                timeout=timeout,
            )
            answered = time.perf_counter() - typed - 0.03 * len(query)  # less the typing itself
            results = page.locator(".md-search-result__item").count()
            first = page.locator(".md-search-result__item").first.inner_text().splitlines()[0]
            browser.close()
    finally:
        server.shutdown()
    print(json.dumps({
        "query": query, "index_ready_seconds": round(ready, 2), "answer_seconds": round(max(answered, 0.0), 2),
        "results_listed": results, "first": first,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
