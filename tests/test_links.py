"""Every internal link, stylesheet, script and #anchor of the built site resolves, also when
the site is served from a sub-path (/briefings/) as GitHub Pages serves a project site."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from synthetic import hostile as hostile_corpus
from tests.conftest import FIXTURES, SAMPLE
from tests.htmlcheck import broken_links, target_file

SUBPATH = "http://127.0.0.1:8000/briefings/"
SITES = {
    "sample": SAMPLE,
    "fixture-corpus": FIXTURES / "corpus",
    "hostile": hostile_corpus.FOLDER,
}


@pytest.mark.parametrize("name", sorted(SITES))
def test_every_internal_link_and_anchor_resolves(build_site, name):
    site = build_site(SITES[name])
    assert len(list(site.rglob("*.html"))) > 10
    assert broken_links(site) == []


@pytest.mark.parametrize("name", ["sample", "hostile"])
def test_every_link_resolves_under_a_subpath(build_site, name):
    site = build_site(SITES[name], site_url=SUBPATH)
    assert broken_links(site, SUBPATH) == []
    # 404.html is served at any depth, so its links must be absolute, inside the sub-path.
    page = (site / "404.html").read_text(encoding="utf-8")
    assert 'href="/briefings/assets/' in page and 'href="/assets/' not in page


@pytest.mark.parametrize("name", ["sample", "hostile"])
def test_sitemap_lists_existing_pages_under_the_subpath(build_site, name):
    site = build_site(SITES[name], site_url=SUBPATH)
    locs = [el.text for el in ET.parse(site / "sitemap.xml").getroot().iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert len(locs) > 10
    missing = [loc for loc in locs if not loc.startswith(SUBPATH) or target_file(site, SUBPATH, loc) is None]
    assert missing == []


def test_the_link_checker_reads_anchors_from_the_target_page(build_site):
    # A deliberate check of the checker on a real page: a made-up anchor is caught.
    site = build_site(SAMPLE)
    page = site / "about" / "index.html"
    original = page.read_text(encoding="utf-8")
    try:
        page.write_text(original.replace("</article>", '<a href="../countries/#no-such-anchor">x</a></article>', 1))
        assert [p for p in broken_links(site) if "no-such-anchor" in p]
    finally:
        page.write_text(original)
