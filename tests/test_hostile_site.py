"""Hostile but valid records build, and every output shows their text as text.

The corpus (synthetic/hostile.py, committed in tests/fixtures/hostile/inert) puts one
payload per case into every text field. The built site is then read like a browser reads
it: the payload must be the visible text, verbatim, on each page that shows it, in the
<title>, the meta description and the search index; and nothing from it may be markup
(no script, no event handler, no javascript: URL, no remote resource). The same goes for
whatever else the build writes: feeds must be well-formed XML, exports valid JSON/CSV.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from synthetic import hostile as hostile_corpus
from synthetic.hostile import PAYLOADS, single_line
from tests.htmlcheck import parse_html, read, unsafe

CASES = sorted(PAYLOADS)
PAGES = {  # page of the case -> what it is
    "articles/{case}": "article",
    "organizations/{case}-org": "organization",
    "people/{case}-person": "person",
    "events/{case}-event": "event",
    "sources/{case}-source": "source",
}


@pytest.fixture(scope="module")
def site(build_site) -> Path:
    return build_site(hostile_corpus.FOLDER)


def visible(payload: str) -> str:
    return single_line(payload)


def test_committed_corpus_is_the_generated_one():
    on_disk = {
        p.relative_to(hostile_corpus.FOLDER).as_posix(): p.read_text(encoding="utf-8")
        for p in hostile_corpus.FOLDER.rglob("*") if p.is_file()
    }
    assert on_disk == hostile_corpus.files(), "run: .venv/bin/python -m synthetic.hostile"


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("page", sorted(PAGES))
def test_payload_is_shown_as_text_on_every_page_of_the_case(site, case, page):
    doc = read(site / page.format(case=case) / "index.html")
    expected = visible(PAYLOADS[case])
    assert expected in doc.text
    assert doc.title == f"{expected} - Briefings"
    headings = re.findall(r"<h1[^>]*>(.*?)</h1>", (site / page.format(case=case) / "index.html").read_text(), re.S)
    assert [parse_html(h).text.rstrip("¶").strip() for h in headings] == [expected]
    assert unsafe(doc, page.format(case=case)) == []


@pytest.mark.parametrize("case", CASES)
def test_article_shows_the_payload_in_each_field(site, case):
    doc = read(site / "articles" / case / "index.html")
    expected = visible(PAYLOADS[case])
    # title, dateline, summary, notes, quote text and context (x2 quotes), mention note
    assert doc.text.count(expected) >= 7
    description = doc.meta("description")
    assert description is not None and description.startswith(f"{expected}, ")


@pytest.mark.parametrize("case", CASES)
def test_entity_meta_description_is_text(site, case):
    doc = read(site / "organizations" / f"{case}-org" / "index.html")
    assert doc.meta("description", ) is not None
    assert doc.meta("description").startswith(f"Briefing on {visible(PAYLOADS[case])} (organization)")


def test_no_page_of_the_site_carries_markup_from_records(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 5 * len(CASES)
    found = [problem for path in pages for problem in unsafe(read(path), str(path.relative_to(site)))]
    assert found == []


def test_country_override_text_is_inert_everywhere_it_is_listed(site):
    name = visible(PAYLOADS["script-tag"] + " France")
    for page in ("countries/fr", "countries", "articles/jinja", "organizations/jinja-org"):
        doc = read(site / page / "index.html")
        assert name in doc.text, page


def test_jinja_and_snippets_are_not_evaluated(site):
    doc = read(site / "articles" / "jinja" / "index.html")
    assert "{{ 7*7 }}" in doc.text and "49" not in doc.text
    assert "{{ config.site_name }}" in doc.text and "{% include 'base.html' %}" in doc.text
    passwd = read(site / "articles" / "snippet" / "index.html")
    assert "root:" not in passwd.text and "site_name" not in passwd.text


SEARCH_TAGS = {"p", "code", "pre", "li", "ol", "ul", "sub", "sup"}  # what Material's index keeps


def test_search_index_holds_text_only(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    by_page: dict[str, list[str]] = {}
    for entry in index["docs"]:
        for field in ("title", "text"):
            fragment = parse_html(entry[field])
            assert unsafe(fragment, entry["location"]) == []
            assert {el.tag for el in fragment.elements} <= SEARCH_TAGS, entry
            by_page.setdefault(entry["location"].split("#")[0], []).append(fragment.text)
    for case in CASES:
        assert visible(PAYLOADS[case]) in " ".join(by_page[f"articles/{case}/"]), case


def _xml_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.xml"))


def test_every_xml_output_is_well_formed_and_its_html_is_inert(site):
    files = _xml_files(site)
    assert files, "the site has at least a sitemap"
    for path in files:
        root = ET.parse(path).getroot()  # raises on ill-formed XML
        for el in root.iter():
            kind = el.get("type", "")
            html_content = kind in ("html", "text/html") or el.tag in ("description",)  # Atom html, RSS
            if html_content and el.text:
                assert unsafe(parse_html(el.text), str(path.relative_to(site))) == []
            if kind == "xhtml" or el.tag.startswith("{http://www.w3.org/1999/xhtml}"):
                fragment = ET.tostring(el, encoding="unicode")
                assert unsafe(parse_html(fragment), str(path.relative_to(site))) == []
        for attr_owner in root.iter():
            for name, value in attr_owner.attrib.items():
                assert not value.strip().lower().startswith(("javascript:", "data:")), (path, name, value)


def test_feeds_keep_the_payload_text(site):
    # Feeds that list articles must show each hostile title verbatim (escaped once, not twice).
    for path in _xml_files(site):
        root = ET.parse(path).getroot()
        if root.tag != "{http://www.w3.org/2005/Atom}feed" or path.name != "feed.xml":
            continue
        atom = "{http://www.w3.org/2005/Atom}"
        titles = [" ".join(e.findtext(f"{atom}title", "").split()) for e in root.iter(f"{atom}entry")]
        assert titles and set(titles) <= {visible(p) for p in PAYLOADS.values()}, path.name


def test_json_exports_parse_and_csv_exports_cannot_run_formulas(site):
    for path in sorted(site.rglob("*.json")):
        json.loads(path.read_text(encoding="utf-8"))
    for path in sorted(site.rglob("*.csv")):
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
        assert rows, path
        width = len(rows[0])
        for number, row in enumerate(rows[1:], start=2):
            assert len(row) == width, f"{path.name}:{number}: {len(row)} cells, header has {width}"
            for cell in row:
                # A spreadsheet runs a cell that starts with = + - @ as a formula (CSV injection).
                assert not cell.startswith(("=", "+", "@", "\t", "\r")) and not re.match(r"-[^0-9]", cell), (
                    f"{path.name}:{number}: cell would run as a formula: {cell[:60]!r}"
                )
