"""The built site in a real browser (Debian's Chromium via Playwright), served on 127.0.0.1.

Every page opened here routes all requests: anything not for the local server is recorded
and refused, so a single request leaving localhost fails the test."""

from __future__ import annotations

import re

import pytest

from synthetic import hostile as hostile_corpus
from synthetic.hostile import PAYLOADS, single_line
from tests.test_end_to_end import ARTICLE

# Run in the page after Material's JavaScript: anything in the live DOM that could run code.
DOM_FINDINGS = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${el.tagName} ${name}=${a.value}`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(name)
          && /^[\\s\\x00-\\x20]*(javascript|vbscript|data):/i.test(a.value)) found.push(`${el.tagName} ${name}=${a.value}`);
    }
    if (['IFRAME', 'OBJECT', 'EMBED', 'IMG', 'FRAME', 'BASE'].includes(el.tagName)) found.push(el.outerHTML.slice(0, 120));
  }
  for (const s of document.scripts) {
    if (/alert\\(|evil\\.example/.test(s.textContent) || (s.src && !s.src.startsWith(location.origin))) found.push('script ' + (s.src || s.textContent.slice(0, 80)));
  }
  return found;
}"""


def h1(page) -> str:
    return page.locator("article h1").first.inner_text().replace("¶", "").strip()


def search(page, query: str):
    """Type into Material's search box, as a reader does, and wait for its results."""
    box = page.locator("input.md-search__input")
    if box.is_visible():
        box.click()
    else:  # phone width: the search box opens from the header button
        page.locator("label.md-header__button[for='__search']").click()
    meta = page.locator(".md-search-result__meta")
    # The worker loads the index first; a query typed before that is not run again.
    page.wait_for_function(
        "() => !/Initializing/i.test(document.querySelector('.md-search-result__meta').textContent)", timeout=20000
    )
    for _ in range(3):
        box.fill("")
        if query.isascii():
            box.press_sequentially(query, delay=30)
        else:  # Playwright inserts other scripts without key events; Material reads keyup
            box.fill(query)
            box.dispatch_event("keyup")
        try:
            page.wait_for_function(
                "() => /\\d+ matching document/.test(document.querySelector('.md-search-result__meta').textContent)",
                timeout=5000,
            )
            break
        except Exception:  # noqa: BLE001 - typed too early for the worker: type again
            continue
    assert "matching document" in meta.inner_text(), meta.inner_text()
    return page.locator(".md-search-result__item")


# --- the sample site ------------------------------------------------------------------------


def test_home_page_loads_without_console_errors(sample, open_page):
    page, watch = open_page(sample)
    page.goto(sample.url(), wait_until="networkidle")
    assert page.title().endswith("Briefings")
    assert page.locator("article h1").count() == 1
    assert page.locator(f"a[href='{ARTICLE}/']").count() >= 1
    assert watch.clean(), watch


def test_a_reader_goes_from_an_article_to_an_organization_and_back(sample, open_page):
    page, watch = open_page(sample)
    page.goto(sample.url(ARTICLE + "/"))
    title = h1(page)
    page.locator("article a", has_text="Shanghai Cooperation Organization").first.click()
    page.wait_for_url(re.compile(r"/organizations/sco/$"))
    assert h1(page) == "Shanghai Cooperation Organization"
    page.locator(f"article a[href$='{ARTICLE}/']").first.click()
    page.wait_for_url(re.compile(re.escape(ARTICLE) + "/$"))
    assert h1(page) == title
    page.go_back()
    assert h1(page) == "Shanghai Cooperation Organization"
    assert watch.clean(), watch


@pytest.mark.parametrize("alias,target", [("Daesh", "organizations/islamic-state/"), ("ОДКБ", "organizations/csto/")])
def test_search_for_an_alias_finds_its_page(sample, open_page, alias, target):
    page, watch = open_page(sample)
    page.goto(sample.url())
    results = search(page, alias)
    hrefs = [results.nth(i).locator("a").first.get_attribute("href") for i in range(results.count())]
    assert any(href and href.split("#")[0].split("?")[0].endswith(target) for href in hrefs), hrefs
    results.first.locator("a").first.click()
    page.wait_for_url(re.compile(re.escape(target)))
    assert watch.clean(), watch


MONTH = "articles/archive/2017-05/"  # the sample's one article is of 31 May 2017


def test_a_reader_goes_from_the_month_grid_to_a_month_and_an_article(sample, open_page):
    page, watch = open_page(sample)
    page.goto(sample.url())
    page.locator(".md-tabs a", has_text="Articles").first.click()
    page.wait_for_url(sample.url("articles/"))
    page.locator("#by-month ~ * table a", has_text="1").first.click()
    page.wait_for_url(sample.url(MONTH))
    assert h1(page) == "Articles: May 2017"
    page.locator(f"article a[href$='{ARTICLE.removeprefix('articles/')}/']").first.click()
    page.wait_for_url(sample.url(ARTICLE + "/"))
    page.go_back()
    page.locator("article a", has_text="All articles by month").first.click()
    page.wait_for_url(sample.url("articles/"))
    assert watch.clean(), watch


@pytest.mark.parametrize("rel", ["", ARTICLE + "/", "organizations/cis-anti-terrorism-center/", "countries/", "articles/", "about/"])
def test_phone_width_has_no_sideways_scrolling(sample, open_page, rel):
    page, watch = open_page(sample, width=390, height=844)
    page.goto(sample.url(rel), wait_until="networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.locator("label.md-header__button[for='__drawer']").is_visible()  # the menu button
    assert page.locator("article h1").first.is_visible()
    page.locator("label.md-header__button[for='__drawer']").click()
    assert page.locator(".md-nav--primary").first.is_visible()
    assert watch.clean(), watch


# A reader whose system asks for dark gets Material's "slate" scheme: other colours, so
# contrast is checked again there.
SCHEMES = {"light": "default", "dark": "slate"}


@pytest.mark.parametrize("preference", sorted(SCHEMES))
@pytest.mark.parametrize("rel", ["", ARTICLE + "/", "organizations/cis-anti-terrorism-center/", "countries/", "events/dushanbe-anti-terror-2017/", "articles/", MONTH, "about/"])
def test_accessibility_scan_finds_nothing_serious(sample, open_page, axe_source, rel, preference):
    page, watch = open_page(sample, color_scheme=preference)
    page.goto(sample.url(rel), wait_until="networkidle")
    assert page.locator("body").get_attribute("data-md-color-scheme") == SCHEMES[preference]
    page.add_script_tag(path=str(axe_source))
    violations = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in violations if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
    assert watch.clean(), watch


# --- under a sub-path, as on GitHub Pages -----------------------------------------------------


def test_site_under_a_subpath_loads_navigates_and_searches(sample_under_subpath, open_page):
    served = sample_under_subpath
    page, watch = open_page(served)
    page.goto(served.url(), wait_until="networkidle")
    assert page.locator("article h1").count() == 1
    page.locator(".md-tabs a", has_text="Organizations").first.click()
    page.wait_for_url(served.url("organizations/"))
    page.locator("article a", has_text="Collective Security Treaty Organization").first.click()
    page.wait_for_url(served.url("organizations/csto/"))
    results = search(page, "Daesh")
    assert results.count() >= 1
    results.first.locator("a").first.click()
    page.wait_for_url(re.compile(re.escape(served.url("organizations/islamic-state/"))))
    assert watch.clean(), watch


def test_404_page_under_a_subpath_is_styled_and_links_home(sample_under_subpath, open_page):
    served = sample_under_subpath
    page, watch = open_page(served)
    response = page.goto(served.url("no/such-page/"), wait_until="networkidle")
    assert response.status == 404
    assert page.locator("link[rel=stylesheet]").count() >= 1
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in ("sticky", "fixed")
    page.locator("a.md-header__button.md-logo").click()
    page.wait_for_url(served.url())
    # The one expected failure: the missing page itself.
    watch.console_errors = [e for e in watch.console_errors if not e.startswith(served.url("no/such-page/"))]
    watch.failed = [f for f in watch.failed if not f.startswith(served.url("no/such-page/"))]
    assert watch.clean(), watch


# --- the hostile corpus -----------------------------------------------------------------------


def hostile_pages() -> list[str]:
    pages = ["", "articles/", "organizations/", "people/", "events/", "sources/", "countries/", "countries/fr/"]
    for case in sorted(PAYLOADS):
        pages += [f"articles/{case}/", f"organizations/{case}-org/", f"people/{case}-person/"]
    return pages


def test_no_hostile_page_runs_anything_or_reaches_outside(hostile, open_page):
    page, watch = open_page(hostile)
    findings = []
    for rel in hostile_pages():
        page.goto(hostile.url(rel), wait_until="load")
        findings += [f"{rel}: {f}" for f in page.evaluate(DOM_FINDINGS)]
        # Hover and click every piece of record text a tooltip or handler could hang on.
        page.locator("article h1").first.hover()
    page.wait_for_timeout(300)
    assert findings == []
    assert watch.dialogs == [] and watch.outside == []
    assert watch.console_errors == [] and watch.failed == []


# case -> (query, text the results must show literally)
HOSTILE_SEARCHES = {
    "javascript-link": ("click", "[click me](javascript:alert(1))"),
    "img-onerror": ("onerror", "<img src=x onerror="),
    "svg-onload": ("onload", "<svg/onload="),
    "attribute-breakout": ("onmouseover", 'onmouseover="alert(1)"'),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_SEARCHES))
def test_searching_hostile_text_shows_it_as_text(hostile, open_page, case):
    page, watch = open_page(hostile)
    page.goto(hostile.url())
    query, literal = HOSTILE_SEARCHES[case]
    results = search(page, query)
    assert results.count() >= 1
    assert page.evaluate(DOM_FINDINGS) == []
    assert literal in page.locator(".md-search-result").inner_text()
    # Open a result: search.highlight marks the query on the page, which must stay inert too.
    results.first.locator("a").first.click()
    page.wait_for_load_state("load")
    assert page.evaluate(DOM_FINDINGS) == []
    page.wait_for_timeout(300)
    assert watch.dialogs == [] and watch.outside == [] and watch.console_errors == []


def test_hostile_pages_at_phone_width_do_not_scroll_sideways(hostile, open_page):
    page, watch = open_page(hostile, width=390, height=844)
    wide = []
    for case in ("long-word", "unicode", "markdown-syntax"):
        for rel in (f"articles/{case}/", f"organizations/{case}-org/"):
            page.goto(hostile.url(rel), wait_until="load")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 390:
                wide.append(f"{rel}: {width}px")
    assert wide == []
    assert watch.clean(), watch


def test_the_hostile_corpus_is_the_committed_one():
    assert hostile_corpus.FOLDER.is_dir()
