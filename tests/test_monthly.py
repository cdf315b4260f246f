"""Month pages are briefings of their month (generator/monthly.py).

Expected values are counted here from the articles and events, not read back from
monthly.py, so a wrong grouping fails a test.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from generator.paths import month_page
from generator.pipeline import read_model
from generator.render import render_pages
from synthetic import write_corpus as synthetic_corpus


@pytest.fixture(scope="module")
def showcase(tmp_path_factory):
    model = read_model(synthetic_corpus(tmp_path_factory.mktemp("monthly") / "content", 160, seed=7, grades=True))
    return model, render_pages(model)


def section(text: str, heading: str) -> str:
    return text.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0] if f"\n## {heading}\n" in text else ""


def linked(text: str) -> set[str]:
    return {target.rsplit("/", 1)[-1].removesuffix(".md") for target in re.findall(r"\]\(([^)]+)\)", text)}


def test_first_seen_entities_are_listed_on_the_month_of_their_first_article(showcase):
    model, pages = showcase
    first: dict = {}
    for article in sorted(model.articles, key=lambda a: (a.published, a.id)):  # oldest first
        for mention in article.mentions:
            first.setdefault(mention.entity, (article.published.year, article.published.month))
    by_month: dict = {}
    for entity, month in first.items():
        by_month.setdefault(month, set()).add(entity.id)
    assert len(by_month) > 5
    for (year, month), ids in by_month.items():
        assert linked(section(pages[month_page(year, month)], "Seen for the first time")) == ids


def test_events_dated_in_the_month_are_listed(showcase):
    model, pages = showcase
    months = {(a.published.year, a.published.month) for a in model.articles}
    shown = 0
    for event in model.entities["event"]:
        start = (event.start.year, event.start.month)
        if start[1] and start in months and event.end is None:
            assert event.id in linked(section(pages[month_page(*start)], "Events")), event.id
            shown += 1
    assert shown >= 3


def test_most_mentioned_counts_the_months_articles(showcase):
    model, pages = showcase
    month = max({(a.published.year, a.published.month) for a in model.articles}, key=lambda m: sum(
        (a.published.year, a.published.month) == m for a in model.articles))
    articles = [a for a in model.articles if (a.published.year, a.published.month) == month]
    counts = Counter(m.entity for a in articles for m in a.mentions)
    top = section(pages[month_page(*month)], "Most mentioned").strip().splitlines()
    best = max(counts.values())
    assert top[0].endswith(f": {best} article{'s' if best != 1 else ''}")
    countries = section(pages[month_page(*month)], "Coverage by country")
    for entity, count in counts.items():
        if entity.kind == "country":
            assert f"| {count} |" in countries.split(f"{entity.id}.md)", 1)[1].splitlines()[0]


def test_key_quotes_are_graded_best_first(showcase):
    model, pages = showcase
    for path, text in pages.items():
        if path.startswith("articles/archive/"):
            grades = re.findall(r'class="bf-grade"[^>]*>([A-F-])([1-6-])<', section(text, "Key quotes"))
            ranks = [("123456-".index(number), "ABCDEF-".index(letter)) for letter, number in grades]
            assert ranks == sorted(ranks)


def test_home_links_the_newest_months_briefing(showcase):
    model, pages = showcase
    newest = model.articles[0].published
    assert f"]({month_page(newest.year, newest.month)})" in pages["index.md"]
