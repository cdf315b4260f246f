"""generator/paths.py owns every address; kinds.py owns the kind vocabulary. These
check the few places outside Python that must repeat them, and the link arithmetic."""

from __future__ import annotations

import re

import pytest

from generator import kinds, paths
from tests.conftest import ROOT


def _mkdocs_nav() -> list[tuple[str, str]]:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    block = text.split("\nnav:\n", 1)[1].split("\n\n", 1)[0].split("\nnot_in_nav:", 1)[0]
    return re.findall(r"^  - (.+?): (\S+)$", block, flags=re.M)


def test_mkdocs_nav_lists_the_index_pages_paths_py_makes():
    expected = [
        ("Home", paths.HOME),
        *((kinds.TITLES[kind], paths.index_page(kind)) for kind in (kinds.ARTICLE, *kinds.ENTITY_KINDS)),
        ("Tags", paths.TAGS_INDEX),
        ("About", paths.ABOUT),
    ]
    assert _mkdocs_nav() == expected


def test_mkdocs_keeps_every_kind_of_page_out_of_the_nav():
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = set(re.findall(r"^  (/\S+)$", text.split("\nnot_in_nav: |\n", 1)[1], flags=re.M))
    pages = {paths.page(kind, "some-id") for kind in kinds.KINDS} | {paths.month_page(2017, 5), paths.tag_page("some-id")}
    globbed = {"/" + p.replace("/some-id.md", "/*.md").replace("/some-id/", "/*/").replace("/2017-05/", "/*/") for p in pages}
    assert globbed <= listed


@pytest.mark.parametrize(
    ("here", "target", "expected"),
    [
        ("index.md", "people/jane.md", "people/jane.md"),
        ("people/jane.md", "people/john.md", "john.md"),
        ("people/jane.md", "events/e.md", "../events/e.md"),
        ("articles/archive/2017-05/index.md", "about.md", "../../../about.md"),
        ("tags/x/index.md", "tags/index.md", "../index.md"),
        ("articles/archive/2017/index.md", "articles/archive/2016-12/index.md", "../2016-12/index.md"),
    ],
)
def test_markdown_links_are_relative_to_the_page_file(here, target, expected):
    assert paths.link(here, target) == expected


@pytest.mark.parametrize(
    ("here", "target", "expected"),
    [
        ("index.md", "people/jane.md", "people/jane/"),
        ("people/jane.md", "people/john.md", "../john/"),
        ("people/jane.md", "people/jane.md", "./"),
        ("countries/fr.md", "index.md", "../../"),
    ],
)
def test_html_links_are_relative_to_the_page_url(here, target, expected):
    assert paths.link(here, target, html=True) == expected


def test_addresses_of_each_kind_of_page():
    assert paths.page(kinds.PERSON, "jane") == "people/jane.md"
    assert paths.feed(kinds.ORGANIZATION, "un") == "feeds/organizations/un.xml"
    assert paths.index_page(kinds.ARTICLE) == "articles/index.md"
    assert paths.month_page(2017, 5) == "articles/archive/2017-05/index.md"
    assert paths.month_page(2017) == "articles/archive/2017/index.md"
    assert paths.tag_page("index") == "tags/index/index.md" != paths.TAGS_INDEX
    assert paths.page_url("people/jane.md") == "people/jane/"
    assert paths.page_url("tags/x/index.md") == "tags/x/"
    assert paths.page_url(paths.HOME) == ""


def test_every_kind_has_its_own_folder_title_and_template():
    for field in ("folder", "title", "plural", "template"):
        values = [getattr(kind, field) for kind in kinds.KINDS.values()]
        assert len(set(values)) == len(values), field
    assert set(kinds.ENTITY_KINDS) == set(kinds.KINDS) - {kinds.ARTICLE}
    assert set(kinds.REGISTRY_KINDS) == set(kinds.ENTITY_KINDS) - {kinds.COUNTRY}
    for kind in kinds.KINDS.values():
        assert (ROOT / "templates" / kind.template).is_file()
