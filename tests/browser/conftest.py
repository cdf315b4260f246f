"""Real-browser fixtures: Debian's Chromium driven by Playwright, and built sites served on
127.0.0.1 by a small threaded http.server (under a sub-path when asked, like GitHub Pages).

Chromium comes from `apt-get install chromium` (.ci/run installs it); Playwright never
downloads a browser here. If it is missing the tests fail, they are never skipped."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path(os.environ.get("BRIEFINGS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"


class _Handler(SimpleHTTPRequestHandler):
    """Serves `site` under `prefix`; anything else gets the site's 404 page, as GitHub Pages does."""

    site: Path
    prefix: str

    def __init__(self, *args, site: Path, prefix: str, **kwargs):
        self.prefix = prefix
        super().__init__(*args, directory=str(site), **kwargs)

    def translate_path(self, path: str) -> str:
        route = urlsplit(path).path
        if not route.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_prefix__")
        return super().translate_path("/" + route[len(self.prefix):])

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):  # quiet
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # The browser drops keep-alive connections when a page closes; socketserver would
        # print that to whatever sys.stderr is then, which may be a later test's capture.
        pass


@dataclass
class Served:
    """A built site on http://127.0.0.1:PORT{prefix}."""

    site: Path
    origin: str
    prefix: str
    server: ThreadingHTTPServer = field(repr=False)

    @property
    def base(self) -> str:
        return self.origin + self.prefix

    def url(self, rel: str = "") -> str:
        return self.base + rel


def serve(build_site, content: Path, prefix: str = "/") -> Served:
    """Bind a port first (SITE_URL must name it), build the site for it, then serve it."""
    holder: dict[str, Path] = {}

    def handler(*args, **kwargs):
        return _Handler(*args, site=holder["site"], prefix=prefix, **kwargs)

    server = _QuietServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    holder["site"] = build_site(content, site_url=origin + prefix)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return Served(holder["site"], origin, prefix, server)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install it with `apt-get update && apt-get install -y chromium` "
                    "(make test and .ci/run do when they can); browser tests are never skipped")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe_source() -> Path:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `npm ci --prefix tests/browser` (make test does)")
    return AXE


@dataclass
class Watch:
    """What a page did that it must not: console errors, dialogs, requests off localhost, failures."""

    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def clean(self) -> bool:
        return not (self.console_errors or self.dialogs or self.outside or self.failed)


@pytest.fixture
def open_page(browser):
    """open_page(served, width=1280, color_scheme="light") -> (page, watch): a fresh context
    that lets no request leave localhost; color_scheme is the reader's system preference."""
    contexts = []

    def make(served: Served, width: int = 1280, height: int = 900, color_scheme: str = "light"):
        context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block",
                                      color_scheme=color_scheme)
        contexts.append(context)
        watch = Watch()

        def route(route):
            url = route.request.url
            if url.startswith(served.origin + "/"):
                return route.continue_()
            watch.outside.append(url)
            return route.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.on("console", lambda msg: msg.type == "error" and watch.console_errors.append(f"{page.url}: {msg.text}"))
        page.on("pageerror", lambda exc: watch.console_errors.append(f"{page.url}: {exc}"))
        page.on("dialog", lambda dialog: (watch.dialogs.append(f"{page.url}: {dialog.type} {dialog.message}"), dialog.dismiss()))
        # ERR_ABORTED is the browser cancelling a load because the reader navigated on.
        page.on("requestfailed", lambda req: req.url.startswith(served.origin) and req.failure != "net::ERR_ABORTED"
                and watch.failed.append(f"{req.url}: {req.failure}"))
        page.on(
            "response",
            lambda resp: resp.status >= 400 and watch.failed.append(f"{resp.url}: HTTP {resp.status}"),
        )
        return page, watch

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def sample(build_site) -> Served:
    from tests.conftest import SAMPLE

    served = serve(build_site, SAMPLE)
    yield served
    served.server.shutdown()
    served.server.server_close()


@pytest.fixture(scope="module")
def sample_under_subpath(build_site) -> Served:
    from tests.conftest import SAMPLE

    served = serve(build_site, SAMPLE, prefix="/briefings/")
    yield served
    served.server.shutdown()
    served.server.server_close()


@pytest.fixture(scope="module")
def hostile(build_site) -> Served:
    from synthetic import hostile as hostile_corpus

    served = serve(build_site, hostile_corpus.FOLDER)
    yield served
    served.server.shutdown()
    served.server.server_close()

