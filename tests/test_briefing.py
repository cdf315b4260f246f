"""Briefing depth: charts, connections, quotes, home page, feeds, downloads and tags.

Expected values are counted here from the articles themselves, not read back
from what views.py computed, so a wrong count in the model fails a test.
"""

from __future__ import annotations

import csv
import io
import json
import posixpath
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from generator import charts
from generator.cli import main
from generator.dates import MONTHS
from generator.feeds import FEED_LIMIT, feed_path
from generator.paths import CSV_FILES, JSON_FILE, SITE_FEED, page_url
from generator.pipeline import read_model, render_files
from generator.render import render_pages
from synthetic import write_corpus
from tests.conftest import FIXTURES
from tests.htmlcheck import broken_links

ATOM = "{http://www.w3.org/2005/Atom}"


# The synthetic corpus with what these tests look for: a burst that makes synthetic-org-1
# rise over the last 30 days, and a tag called "index" (it must not replace the tags index).
SHOWCASE = dict(articles=300, seed=7, burst=12, tags=("index",))


@pytest.fixture(scope="module")
def showcase(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("showcase") / "content", **SHOWCASE)
    model = read_model(root)
    return root, model, render_pages(model)


@pytest.fixture(scope="module")
def fixture_model():
    return read_model(FIXTURES / "corpus")


def _entity(model, kind, ident):
    return next(e for e in model.entities[kind] if e.id == ident)


def _mentions_of(model, entity):
    return [a for a in model.articles if any(m.entity is entity for m in a.mentions)] if entity.kind != "source" else [
        a for a in model.articles if a.source is entity
    ]


# --- Timeline chart ---------------------------------------------------------------------------


def _bars(page: str) -> dict[str, int]:
    """The bars of the page's timeline chart: label -> count, read from each bar's tooltip."""
    svg = re.search(r'<div class="bf-figure bf-timeline">.*?</svg>', page).group(0)
    bars = re.search(r'<g class="bf-bar">(.*?)</g>', svg).group(1)
    return {label: int(n) for label, n in re.findall(r'<rect [^>]*><title>([^<]+): (\d+) articles?</title>', bars)}


def test_timeline_bars_match_the_articles_per_month(showcase):
    _, model, pages = showcase
    checked = 0
    for entity in model.all_entities():
        articles = _mentions_of(model, entity)
        if not articles:
            assert "bf-timeline" not in pages[entity.path]
            continue
        months = Counter((a.published.year, a.published.month) for a in articles)
        unit, _ = charts.timeline_buckets(months)
        if unit == "year":
            expected = Counter()
            for (year, _), n in months.items():
                expected[str(year)] += n
        else:
            expected = {f"{MONTHS[m - 1][:3]} {y}": n for (y, m), n in months.items()}
        assert _bars(pages[entity.path]) == dict(expected), entity.id
        checked += 1
    assert checked > 100


def test_long_histories_are_counted_per_year_and_short_ones_per_month():
    unit, buckets = charts.timeline_buckets({(2015, 1): 2, (2024, 6): 1})
    assert unit == "year" and [b[0] for b in buckets] == [str(y) for y in range(2015, 2025)]
    assert sum(n for _, n in buckets) == 3
    unit, buckets = charts.timeline_buckets({(2021, 3): 2})
    assert unit == "month" and len(buckets) == charts.MIN_MONTHS
    assert buckets[-1] == ("Mar 2021", 2) and buckets[0] == ("Apr 2020", 0)
    unit, buckets = charts.timeline_buckets({(2020, 1): 1, (2020, 12): 4, (2021, 1): 1})
    assert [b[0] for b in buckets][:2] == ["Jan 2020", "Feb 2020"] and len(buckets) == 13


def test_charts_are_accessible_and_escape_names(fixture_model):
    pages = render_pages(fixture_model)
    page = pages["organizations/synthetic-council.md"]
    # An SVG holding links is a group (an image may not contain focusable elements).
    for kind, title_id, role in (("timeline", "bf-timeline-title", "img"), ("links", "bf-links-title", "group")):
        figure = re.search(rf'<div class="bf-figure bf-{kind}">.*?</div></div>|<div class="bf-figure bf-{kind}">.*$', page, re.M).group(0)
        assert f'role="{role}" aria-labelledby="{title_id}"><title id="{title_id}">' in figure
        assert "<details" in figure and "<table>" in figure and '<th scope="col">' in figure


def test_drawn_names_are_html_escaped():
    from generator.model import Entity

    entity = Entity(kind="organization", id="x", name='<b>"A&B"</b>')
    entity.monthly = Counter({(2020, 1): 1})
    svg = charts.timeline_chart(entity)
    assert "<b>" not in svg and "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;" in svg


# --- Connections ------------------------------------------------------------------------------


def _nodes(page: str, page_path: str) -> list[str]:
    """Pages the diagram's nodes link to, as Markdown paths, in drawing order."""
    svg = re.search(r'<div class="bf-figure bf-links">.*?</svg>', page).group(0)
    here = page_url(page_path)
    return [posixpath.normpath(posixpath.join(here, href)) + ".md" for href in re.findall(r'<a class="bf-k-[a-z]+" href="([^"]+)">', svg)]


def test_source_diagram_shows_what_it_covers_most(showcase):
    # A source has no structural ties, so its strongest links are simply the entities
    # its articles mention most often.
    _, model, pages = showcase
    for source in model.entities["source"]:
        counts = Counter(m.entity for a in model.articles if a.source is source for m in a.mentions)
        nodes = _nodes(pages[source.path], source.path)
        assert len(nodes) == charts_limit(len(counts))
        shown = [next(e for e in counts if e.path == path) for path in nodes]
        weakest_shown = min(counts[e] for e in shown)
        assert all(counts[e] <= weakest_shown for e in counts if e not in shown)
        assert [counts[e] for e in shown] == sorted((counts[e] for e in shown), reverse=True)


def charts_limit(available: int) -> int:
    from generator.views import LINKS_LIMIT

    return min(LINKS_LIMIT, available)


def test_diagram_includes_structural_ties_and_links_every_node(fixture_model):
    pages = render_pages(fixture_model)
    nodes = _nodes(pages["organizations/synthetic-council.md"], "organizations/synthetic-council.md")
    # Members, the seat, the event it organized, its Secretary-General and its secretariat
    # are tied to it even where no article names them together.
    for path in ("countries/be.md", "countries/de.md", "events/example-summit-2021.md", "people/dana-example.md",
                 "organizations/synthetic-council-secretariat.md"):
        assert path in nodes, path
    assert all(path in pages for path in nodes)
    assert nodes[0] == "countries/be.md"  # member and seat: two ties outweigh one shared article


# --- Quotes -----------------------------------------------------------------------------------


def test_organization_gathers_what_its_people_said_while_in_post(fixture_model):
    council = _entity(fixture_model, "organization", "synthetic-council")
    secretariat = _entity(fixture_model, "organization", "synthetic-council-secretariat")
    # Dana Example is Secretary-General of the council since 2019 and was Rapporteur of the
    # secretariat until 2018: the 2021 quote belongs to the council only.
    assert [(q.speaker.id, q.article.id) for q in council.staff_quotes] == [("dana-example", "summit-opens")]
    assert secretariat.staff_quotes == []
    page = render_pages(fixture_model)["organizations/synthetic-council.md"]
    section = page.split("## What its people said")[1].split("\n## ")[0]
    assert "[Dana Example](../people/dana-example.md)" in section and "2 March 2021" in section


def test_staff_quotes_respect_the_precision_of_a_period():
    from generator.dates import PartialDate
    from generator.views import _within

    day = PartialDate(2018, 12, 31)
    assert _within(day, PartialDate(2015, 6), PartialDate(2018))
    assert _within(day, PartialDate(2018, 12, 31), None)
    assert not _within(day, None, PartialDate(2018, 11))
    assert not _within(day, PartialDate(2019), None)


# --- Home page --------------------------------------------------------------------------------


def test_trends_count_back_from_the_newest_article(showcase):
    _, model, pages = showcase
    newest = model.articles[0].published
    import datetime as dt

    end = dt.date(newest.year, newest.month, newest.day).toordinal()
    for days, moves in model.trends.items():
        for direction in ("rising", "falling"):
            for trend in moves[direction]:
                ages = [end - dt.date(a.published.year, a.published.month, a.published.day).toordinal()
                        for a in _mentions_of(model, trend.entity)]
                assert trend.recent == sum(1 for age in ages if age < days)
                assert trend.before == sum(1 for age in ages if days <= age < 2 * days)
                assert (trend.recent > trend.before) == (direction == "rising")
    rising = [t.entity.id for t in model.trends[30]["rising"]]
    assert "synthetic-org-1" in rising  # SHOWCASE gives it a burst in the last 30 days
    assert "Rising, last 30 days" in pages["index.md"]


def test_home_map_shades_countries_by_articles(showcase):
    _, model, pages = showcase
    home = pages["index.md"]
    svg = re.search(r'<div class="bf-figure bf-map">.*?</svg>', home).group(0)
    shaded = dict(re.findall(r'<a href="countries/([a-z]{2})/"><path class="bf-land bf-s\d" d="[^"]+"><title>[^:]+: (\d+) articles?', svg))
    outlines = charts.world_outlines()["countries"]
    expected = {c.id: str(len(_mentions_of(model, c))) for c in model.entities["country"] if c.article_count and c.id in outlines}
    assert shaded == expected


def test_shades_grow_with_coverage():
    assert charts.shade(0, 10) == 0
    shades = [charts.shade(n, 100) for n in range(1, 101)]
    assert shades == sorted(shades) and shades[0] == 1 and shades[-1] == 4


# --- Tags -------------------------------------------------------------------------------------


def test_every_tag_has_a_page_listing_its_articles(showcase):
    _, model, pages = showcase
    tags = sorted({t for a in model.articles for t in a.tags})
    assert "index" in tags  # SHOWCASE uses it on purpose: it must not replace the tag index
    index = pages["tags/index.md"]
    for tag in tags:
        page = pages[f"tags/{tag}/index.md"]
        tagged = [a for a in model.articles if tag in a.tags]
        listed = re.findall(r"\]\(\.\./\.\./articles/([a-z0-9-]+)\.md\)", page)
        assert listed == [a.id for a in tagged][:100]
        assert f"]({tag}/index.md) | {len(tagged)} |" in index


# --- Feeds ------------------------------------------------------------------------------------


def _entries(feed: bytes) -> list[tuple[str, str]]:
    root = ET.fromstring(feed)
    return [(e.find(f"{ATOM}link").get("href"), e.find(f"{ATOM}updated").text) for e in root.iter(f"{ATOM}entry")]


def test_each_feed_item_links_to_an_article_that_mentions_its_entity(showcase):
    _, model, _ = showcase
    files = render_files(model, site_url="")
    by_page = {page_url(a.path): a for a in model.articles}
    for entity in model.all_entities():
        path = feed_path(entity)
        root = ET.fromstring(files[path])
        entries = _entries(files[path])
        expected = _mentions_of(model, entity)
        assert len(entries) == min(FEED_LIMIT, len(expected))
        for href, _ in entries:
            article = by_page[posixpath.normpath(posixpath.join(posixpath.dirname(path), href)) + "/"]
            assert article in expected
        dates = [updated for _, updated in entries]
        assert dates == sorted(dates, reverse=True)
        if entries:
            assert root.find(f"{ATOM}updated").text == dates[0]
    site = _entries(files[SITE_FEED])
    assert site[0][1] == f"{model.articles[0].published.iso()}T00:00:00Z"


def test_feeds_use_site_url_for_absolute_links(fixture_model):
    files = render_files(fixture_model, site_url="https://example.org/briefings")
    root = ET.fromstring(files["feeds/organizations/synthetic-council.xml"])
    links = [link.get("href") for link in root.iter(f"{ATOM}link")]
    assert links[0] == "https://example.org/briefings/organizations/synthetic-council/"
    assert links[1] == "https://example.org/briefings/feeds/organizations/synthetic-council.xml"
    assert "https://example.org/briefings/articles/summit-opens/" in links
    assert root.find(f"{ATOM}id").text == "https://example.org/briefings/organizations/synthetic-council/"


def test_feeds_are_well_formed_with_hostile_text_and_deterministic(fixture_model):
    files = render_files(fixture_model, site_url="")
    feeds = {p: b for p, b in files.items() if p.endswith(".xml")}
    for data in feeds.values():
        ET.fromstring(data)  # raises on any escaping mistake
    wire = ET.fromstring(feeds["feeds/sources/example-wire.xml"])
    titles = [e.find(f"{ATOM}title").text for e in wire.iter(f"{ATOM}entry")]
    assert "<script>alert(1)</script> [x](javascript:alert(1)) {{ 7*7 }} <!-- material/tags -->" in titles
    assert render_files(fixture_model, site_url="") == files


# --- Downloads --------------------------------------------------------------------------------


def test_json_export_round_trips_to_the_page_counts(showcase):
    _, model, pages = showcase
    files = render_files(model, site_url="")
    data = json.loads(files[JSON_FILE])
    assert len(data["articles"]) == len(model.articles)
    per_entity = Counter((m["kind"], m["entity"]) for m in data["mentions"])
    per_source = Counter(a["source"] for a in data["articles"])
    for row in data["entities"]:
        key = (row["kind"], row["id"])
        count = per_source[row["id"]] if row["kind"] == "source" else per_entity[key]
        assert row["articles"] == count, key
        page = pages[f"{row['page'].rstrip('/')}.md"]
        shown = re.search(r"\*\*Articles:\*\* (\d+|none yet)", page).group(1)
        assert shown == (str(count) if count else "none yet"), key
    assert len(data["quotes"]) == sum(len(a.quotes) for a in model.articles)


def test_csv_tables_match_the_json_and_defuse_formulas(fixture_model):
    files = render_files(fixture_model, site_url="")
    data = json.loads(files[JSON_FILE])
    for name, path in CSV_FILES.items():
        rows = list(csv.DictReader(io.StringIO(files[path].decode("utf-8"))))
        assert len(rows) == len(data[name]), name
    from generator.export import _cell

    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _cell(["a", "b"]) == "a | b" and _cell(None) == ""


# --- The built site ---------------------------------------------------------------------------


@pytest.mark.mkdocs
def test_built_site_keeps_feeds_and_downloads_and_every_drawn_link_works(showcase, tmp_path):
    root, model, _ = showcase
    site = tmp_path / "site"
    assert main(["site", "--content", str(root), "--docs", str(tmp_path / "docs"), "--site", str(site)]) == 0
    for rel in (SITE_FEED, JSON_FILE, *CSV_FILES.values(), "feeds/organizations/synthetic-org-1.xml"):
        assert (site / rel).is_file(), rel
    assert (site / "tags" / "index" / "index.html").is_file() and (site / "tags" / "index.html").is_file()
    page = (site / "organizations" / "synthetic-org-1" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate feed" type="application/atom+xml" title="Synthetic Organization 1" href="../../feeds/organizations/synthetic-org-1.xml">' in page
    assert broken_links(site) == []
