"""The whole pipeline on the bundled sample: generator, then `mkdocs build --strict`."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import ROOT, SAMPLE

pytestmark = pytest.mark.mkdocs  # every test here builds a site, or reads one built here

EXPECTED_PAGES = {
    "events/dushanbe-anti-terror-2017": "Dushanbe Anti-Terror-2017",
    "organizations/cis-anti-terrorism-center": "CIS Anti-Terrorism Center",
    "organizations/cis": "Commonwealth of Independent States",
    "organizations/islamic-state": "Islamic State",
    "organizations/sco": "Shanghai Cooperation Organization",
    "organizations/csto": "Collective Security Treaty Organization",
    "organizations/osce": "Organization for Security and Co-operation in Europe",
    "sources/tass": "TASS",
    "countries/tj": "Tajikistan",
    "countries/ru": "Russia",
    "countries/az": "Azerbaijan",
    "countries/am": "Armenia",
    "countries/by": "Belarus",
    "countries/kz": "Kazakhstan",
    "countries/kg": "Kyrgyzstan",
    "countries/uz": "Uzbekistan",
    "countries/sy": "Syria",
    "people/andrei-novikov": "Andrei Novikov",
}
ARTICLE = "articles/2017-05-31-tass-cis-anti-terror-center-is-losing-ground"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("e2e")
    code = main(["site", "--content", str(SAMPLE), "--docs", str(work / "docs"), "--site", str(work / "site")])
    assert code == 0
    return work / "site"


def page(site: Path, rel: str) -> str:
    return (site / rel / "index.html").read_text(encoding="utf-8")


def text_of(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def h1(document: str) -> str:
    match = re.search(r"<h1[^>]*>(.*?)</h1>", document, re.S)
    assert match, "page has no h1"
    return text_of(match.group(1)).replace("¶", "").strip()


@pytest.mark.parametrize("rel,name", sorted(EXPECTED_PAGES.items()))
def test_each_entity_page_exists_with_its_name_and_links_to_the_article(built, rel, name):
    document = page(built, rel)
    assert h1(document) == name
    depth = rel.count("/") + 1
    assert f'href="{"../" * depth}{ARTICLE}/"' in document


def test_article_links_to_every_entity(built):
    document = page(built, ARTICLE)
    for rel in EXPECTED_PAGES:
        assert f'href="../../{rel}/"' in document, rel
    assert 'href="https://tass.com/world/948597"' in document


def test_entity_pages_link_to_each_other(built):
    document = page(built, "organizations/cis-anti-terrorism-center")
    for href in ("../../people/andrei-novikov/", "../../events/dushanbe-anti-terror-2017/", "../cis/", "../../countries/ru/"):
        assert f'href="{href}"' in document, href


def test_index_pages_show_counts(built):
    document = page(built, "countries")
    row = re.search(r'<tr>\s*<td><a href="tj/">Tajikistan</a></td>(.*?)</tr>', document.replace("\n", ""), re.S)
    assert row, "Tajikistan row missing"
    cells = [text_of(c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row.group(1))]
    assert cells == ["country", "1", "31 May 2017"]


def test_home_page_counts_and_latest(built):
    document = (built / "index.html").read_text(encoding="utf-8")
    counts = [text_of(c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", document.split("<table>")[1].split("</table>")[0])]
    # articles, events, organizations, countries, people, sources
    assert counts == ["1", "1", "6", "12", "1", "1"]
    assert f'href="{ARTICLE}/"' in document


def test_nav_is_small_and_fixed(built):
    document = page(built, "people/andrei-novikov")
    nav_links = re.findall(r'class="md-nav__link[^"]*"[^>]*href="([^"]+)"', document) or re.findall(
        r'href="([^"]+)"[^>]*class="md-nav__link', document
    )
    assert nav_links and not any("andrei-novikov" in link for link in nav_links)
    assert "fonts.googleapis.com" not in document


def test_failed_run_leaves_the_previous_site_untouched(built, tmp_path, capsys):
    site = tmp_path / "site"
    shutil.copytree(built, site)
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    bad = tmp_path / "bad"
    shutil.copytree(SAMPLE, bad)
    (bad / "articles" / "broken.yml").write_text("title: [\n")
    assert main(["site", "--content", str(bad), "--docs", str(tmp_path / "docs"), "--site", str(site)]) == 1
    after = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert after == before
    assert "broken.yml:2:1: error: invalid YAML" in capsys.readouterr().err


def test_same_records_give_byte_identical_sites(built, tmp_path):
    again = tmp_path / "again"
    assert main(["site", "--content", str(SAMPLE), "--docs", str(tmp_path / "docs"), "--site", str(again)]) == 0
    first = {p.relative_to(built): p.read_bytes() for p in built.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    differing = [str(k) for k in first if first[k] != second[k]]
    assert differing == []


def test_mkdocs_config_is_the_repository_one():
    assert (ROOT / "mkdocs.yml").is_file()
