"""The articles index and the month archive: articles/index.md holds a year-by-month grid
and the newest articles; each month with articles has a page of its own.

Expected values are counted here from the articles' dates, not read back from
render.archive, so a wrong grouping fails a test.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter

import pytest
import yaml
from pathspec.gitignore import GitIgnoreSpec

from generator.dates import MONTHS, PartialDate
from generator.model import newest_first
from generator.paths import month_page
from generator.pipeline import read_model
from generator.render import ARTICLES_LATEST, render_pages
from synthetic import write_corpus as synthetic_corpus
from tests.conftest import MINIMAL, ROOT, write_corpus
from tests.htmlcheck import broken_links, read


def month_page_path(published: PartialDate) -> str:
    return month_page(published.year, published.month)

INDEX = "articles/index.md"
_LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.fixture(scope="module")
def showcase(tmp_path_factory):
    model = read_model(synthetic_corpus(tmp_path_factory.mktemp("archive") / "content", 160, seed=7))
    return model, render_pages(model)


def resolve(page: str, link: str) -> str:
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), link))


def table_rows(text: str) -> list[list[str]]:
    """The body rows of the first Markdown table in `text`, as lists of cells."""
    table = text[text.index("\n|") + 1 :].split("\n\n", 1)[0]
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in table.splitlines()[2:]]


def month_pages(pages: dict[str, str]) -> dict[str, str]:
    return {path: text for path, text in pages.items() if path.startswith("articles/archive/")}


def article_links(page: str, text: str) -> list[str]:
    """The article pages listed in the first Date | Title | Source table of `text`, in order."""
    rows = text.split("| Date | Title | Source |\n|---|---|---|\n", 1)[1].split("\n\n", 1)[0].splitlines()
    return [resolve(page, _LINK.search(row).group(1)) for row in rows]  # the first link is the title's


def around(page: str, text: str) -> dict[str, str]:
    """The Older / Newer / All links at the top of a month page: label word -> page path."""
    line = next(line for line in text.splitlines() if "All articles by month" in line)
    return {
        word: resolve(page, target)
        for word, target in re.findall(r"\[(?:← )?(Older|Newer|All)[^\]]*\]\(([^)]+)\)", line)
    }


# --- month_page_path ---------------------------------------------------------------------------


def test_month_page_path_has_one_folder_per_month_and_one_per_month_less_year():
    assert month_page_path(PartialDate(2017, 5, 31)) == "articles/archive/2017-05/index.md"
    assert month_page_path(PartialDate(2017, 5, 1)) == "articles/archive/2017-05/index.md"
    assert month_page_path(PartialDate(987, 12, 1)) == "articles/archive/0987-12/index.md"
    assert month_page_path(PartialDate(2017)) == "articles/archive/2017/index.md"


# --- the grid -----------------------------------------------------------------------------------


def test_grid_counts_are_the_articles_of_each_month(showcase):
    model, pages = showcase
    expected = Counter((a.published.year, a.published.month) for a in model.articles)
    text = pages[INDEX]
    header = next(line for line in text.splitlines() if line.startswith("| Year |"))
    assert header == "| Year | " + " | ".join(m[:3] for m in MONTHS) + " | Total |"
    grid = table_rows(text.split("## By month", 1)[1])
    years = [int(row[0]) for row in grid]
    assert years == sorted({a.published.year for a in model.articles}, reverse=True)
    seen = Counter()
    for row in grid:
        year = int(row[0])
        for month, cell in enumerate(row[1:13], start=1):
            if expected[(year, month)]:
                target = month_page_path(PartialDate(year, month))
                assert cell == f"[{expected[(year, month)]}]({posixpath.relpath(target, 'articles')})", (year, month)
                seen[(year, month)] = int(cell[1:].split("]")[0])
            else:
                assert cell == "", (year, month)
        assert int(row[13]) == sum(n for (y, _), n in expected.items() if y == year)
    assert seen == expected
    assert sum(seen.values()) == len(model.articles)
    assert f"{len(model.articles)} annotated articles" in text


def test_index_lists_the_newest_articles(showcase):
    model, pages = showcase
    latest = pages[INDEX].split("## Latest", 1)[1]
    assert f"The {ARTICLES_LATEST} newest articles." in latest
    listed = article_links(INDEX, latest)
    assert listed == [a.path for a in model.articles[:ARTICLES_LATEST]]


# --- the month pages ----------------------------------------------------------------------------


def test_every_article_is_on_exactly_one_month_page_its_own(showcase):
    model, pages = showcase
    months = month_pages(pages)
    assert set(months) == {month_page_path(a.published) for a in model.articles}
    where = Counter()
    for path, text in months.items():
        for article in article_links(path, text):
            where[article] += 1
            published = next(a.published for a in model.articles if a.path == article)
            assert month_page_path(published) == path
    assert where == Counter(a.path for a in model.articles)


def test_month_pages_list_newest_first_with_title_and_count(showcase):
    model, pages = showcase
    by_path = {a.path: a for a in model.articles}
    for path, text in month_pages(pages).items():
        listed = [by_path[p] for p in article_links(path, text)]
        assert listed == sorted(listed, key=newest_first, reverse=True)
        first = listed[0].published
        month = f"{MONTHS[first.month - 1]} {first.year}"
        assert f'title: "Articles: {month}"' in text
        assert f"\n# Articles: {month}\n" in text
        count = f"{len(listed)} article{'s' if len(listed) != 1 else ''}"
        assert f"\n{count} published in {month}, newest first.\n" in text


def test_older_and_newer_links_step_through_the_non_empty_months(showcase):
    model, pages = showcase
    months = month_pages(pages)
    # Chronological, from the dates themselves.
    order = sorted({(a.published.year, a.published.month) for a in model.articles})
    chain = [month_page_path(PartialDate(y, m)) for y, m in order]
    assert sorted(chain) == sorted(months)
    for index, path in enumerate(chain):
        links = around(path, months[path])
        assert links["All"] == INDEX
        assert links.get("Older") == (chain[index - 1] if index else None), path
        assert links.get("Newer") == (chain[index + 1] if index + 1 < len(chain) else None), path
        # the same links again under the table, for a reader who reached the end
        assert months[path].count("All articles by month") == 2


def test_no_articles_means_no_month_pages(tmp_path):
    files = {rel: body for rel, body in MINIMAL.items() if not rel.startswith("articles/")}
    pages = render_pages(read_model(write_corpus(tmp_path / "content", files)))
    assert month_pages(pages) == {}
    assert "No articles yet." in pages[INDEX]
    assert "## By month" not in pages[INDEX]


# --- a date without a month ---------------------------------------------------------------------


def test_articles_without_a_month_get_a_year_page_linked_from_the_grid(tmp_path):
    # Article records need a full date today, so the model is changed by hand: the
    # archive must still place an article whose PartialDate has only a year.
    files = dict(MINIMAL)
    for n, date in enumerate(["2020-01-15", "2020-12-02", "2020-12-30", "2021-03-01", "2019-07-04"], start=2):
        files[f"articles/a{n}.yml"] = MINIMAL["articles/a1.yml"].replace("2020-01-15", date)
    model = read_model(write_corpus(tmp_path / "content", files))
    yearless = [a for a in model.articles if a.published == PartialDate(2020, 12, 2) or a.id == "a1"]
    for article in yearless:
        article.published = PartialDate(2020)
    model.articles.sort(key=newest_first, reverse=True)
    pages = render_pages(model)

    year_page = "articles/archive/2020/index.md"
    assert month_page_path(PartialDate(2020)) == year_page
    text = pages[year_page]
    assert 'title: "Articles: 2020, month not recorded"' in text
    assert "\n2 articles published in 2020, month not recorded, newest first.\n" in text
    assert sorted(article_links(year_page, text)) == sorted(a.path for a in yearless)
    assert [row[0] for row in table_rows(text.split("newest first.\n", 1)[1])] == ["2020", "2020"]  # the year alone

    grid = pages[INDEX].split("## By month", 1)[1]
    assert grid.splitlines()[2].endswith("| Dec | No month | Total |")
    rows = {row[0]: row for row in table_rows(grid)}
    assert rows["2020"][13] == "[2](archive/2020/index.md)" and rows["2020"][14] == "4"
    assert rows["2021"][13] == "" and rows["2019"][13] == ""
    # In time order the year page comes before the year's first month: 2019-07, 2020, 2020-01, ...
    chain = ["articles/archive/2019-07/index.md", year_page, "articles/archive/2020-01/index.md"]
    assert around(year_page, text) == {"Older": chain[0], "All": INDEX, "Newer": chain[2]}
    assert around(chain[0], pages[chain[0]])["Newer"] == year_page


# --- addresses ----------------------------------------------------------------------------------


def test_mkdocs_keeps_archive_pages_out_of_the_nav():
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    spec = GitIgnoreSpec.from_lines(config["not_in_nav"].splitlines())  # as MkDocs reads it
    for path in ("articles/archive/2017-05/index.md", "articles/archive/2017/index.md", "articles/archive.md"):
        assert spec.match_file(path), path
    nav = [next(iter(entry.values())) for entry in config["nav"]]
    assert INDEX in nav and not any("archive" in path for path in nav)


@pytest.fixture(scope="module")
def tricky_site(build_site, tmp_path_factory):
    """A site with articles whose ids look like archive addresses: 'archive' and '2020-01'."""
    files = dict(MINIMAL)
    files["articles/archive.yml"] = MINIMAL["articles/a1.yml"].replace("Synthetic headline one", "Synthetic article called archive")
    files["articles/2020-01.yml"] = (
        MINIMAL["articles/a1.yml"].replace("Synthetic headline one", "Synthetic article called 2020-01").replace("2020-01-15", "2020-02-03")
    )
    content = write_corpus(tmp_path_factory.mktemp("tricky") / "content", files)
    return build_site(content)


@pytest.mark.mkdocs
def test_an_article_called_archive_keeps_its_address_beside_the_month_pages(tricky_site):
    site = tricky_site
    article = read(site / "articles" / "archive" / "index.html")
    january = read(site / "articles" / "archive" / "2020-01" / "index.html")
    also = read(site / "articles" / "2020-01" / "index.html")
    february = read(site / "articles" / "archive" / "2020-02" / "index.html")
    assert article.title.startswith("Synthetic article called archive")
    assert also.title.startswith("Synthetic article called 2020-01")
    assert january.title.startswith("Articles: January 2020")
    assert february.title.startswith("Articles: February 2020")
    # January lists the 'archive' article (one folder up) and a1; February the '2020-01' article.
    january_links = {el.attrs.get("href") for el in january.elements if el.tag == "a"}
    assert "../" in january_links and "../../a1/" in january_links
    february_links = {el.attrs.get("href") for el in february.elements if el.tag == "a"}
    assert "../../2020-01/" in february_links
    assert broken_links(site) == []
