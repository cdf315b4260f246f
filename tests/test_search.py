"""What the search index holds: one entry per page, aliases included, Cyrillic kept."""

from __future__ import annotations

import html
import json
import re

import pytest

from tests.conftest import SAMPLE

ALIASES = {
    "ISIS": "organizations/islamic-state/",
    "Daesh": "organizations/islamic-state/",
    "ОДКБ": "organizations/csto/",
    "Shanghai Six": "organizations/sco/",
    "ИГИЛ": "organizations/islamic-state/",
}


@pytest.fixture(scope="module")
def index(build_site) -> dict:
    site = build_site(SAMPLE)  # the session's shared build of the sample
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))


def tokens(index: dict, entry: dict) -> set[str]:
    """The entry's words as lunr splits them: the index's own separator, lower case."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", entry["title"] + " " + entry["text"]))
    return {t.lower() for t in re.split(index["config"]["separator"], text) if t}


@pytest.mark.parametrize("alias,page", sorted(ALIASES.items()))
def test_an_alias_finds_its_page(index, alias, page):
    words = [w.lower() for w in alias.split()]
    hits = sorted({e["location"] for e in index["docs"] if all(w in tokens(index, e) for w in words)})
    assert hits == [page]


def test_cyrillic_survives_the_search_pipeline(index):
    # lunr's English trimmer removes non-ASCII letters; the Russian one keeps them.
    assert "ru" in index["config"]["lang"] and "en" in index["config"]["lang"]
    assert "stemmer" not in index["config"]["pipeline"]  # aliases match as written


def test_one_entry_per_entity_and_article_page(index):
    pages = [e["location"] for e in index["docs"] if e["location"].startswith(("organizations/", "articles/", "people/"))]
    assert len(pages) == len(set(pages)) and all("#" not in p for p in pages)
    article = next(e for e in index["docs"] if e["location"].startswith("articles/2017"))
    assert "asymmetric warfare" in article["text"]  # the summary
    assert "terrorist threats will remain" in article["text"]  # a quote
    listing = next(e for e in index["docs"] if e["location"] == "organizations/")
    assert listing["text"] == ""


def test_entity_pages_outrank_articles_and_carry_their_aliases_in_the_title(index):
    entries = {e["location"]: e for e in index["docs"]}
    isis = entries["organizations/islamic-state/"]
    assert isis["boost"] > 1 and "Daesh" in isis["title"] and "Daesh" not in isis["text"]
    assert entries["countries/tj/"]["boost"] == isis["boost"]
    assert all("boost" not in e for loc, e in entries.items() if loc.startswith("articles/"))
    # what every entity page says (the box's heading, its feed, its counts) is not indexed
    entity_pages = [e for loc, e in entries.items() if loc.startswith(("organizations/", "countries/", "people/")) and loc.count("/") == 2]
    assert entity_pages and not any("At a glance" in e["text"] or "Atom feed" in e["text"] for e in entity_pages)
