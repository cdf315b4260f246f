"""Admiralty grades, ownership and corroboration: read from records, shown on every line.

Expected values are worked out here from the records, not read back from grades.py.
"""

from __future__ import annotations

import re

import pytest

from generator import grades
from generator.pipeline import read_model
from generator.render import render_pages
from tests.conftest import SAMPLE, problems_of, write_corpus
from synthetic import write_corpus as synthetic_corpus

SOURCE = """tass:
  name: TASS
  country: Russia
  {extra}
"""
ARTICLE = """title: A made-up report
source: tass
published: 2020-01-02
summary: Synthetic.
{extra}
"""


def corpus_with(tmp_path, source_extra: str = "", article_extra: str = ""):
    return write_corpus(tmp_path, {
        "sources/s.yml": SOURCE.format(extra=source_extra),
        "articles/a.yml": ARTICLE.format(extra=article_extra),
    })


@pytest.mark.parametrize("source_extra,article_extra,expected", [
    ("reliability: G", "", "sources/s.yml:4:16: error: reliability: 'G' is not one of: A, B, C, D, E, F"),
    ("reliability: b", "", "did you mean 'B'?"),
    ("ownership: stat", "", "sources/s.yml:4:14: error: ownership: 'stat' is not one of: state, public, private, party, unknown; did you mean 'state'?"),
    ("owner: Rusia", "", "sources/s.yml:4:10: error: owner: no country 'Rusia'; did you mean 'Russia'?"),
    ("", "credibility: 7", "articles/a.yml:5:14: error: credibility: '7' is not one of: 1, 2, 3, 4, 5, 6"),
    ("", "credibility: true", "articles/a.yml:5:14: error: credibility:"),
])
def test_bad_grades_get_a_located_error(tmp_path, source_extra, article_extra, expected):
    problems = problems_of(corpus_with(tmp_path, source_extra, article_extra))
    assert any(expected in p for p in problems), problems


def test_grades_are_read_from_letters_and_numbers(tmp_path):
    model = read_model(corpus_with(tmp_path, "reliability: B\n  ownership: state\n  owner: Russia", "credibility: 2"))
    article = model.articles[0]
    assert (article.source.reliability, article.credibility) == ("B", "2")
    assert article.source.owner.name == "Russia"
    assert grades.pair(*grades.of(article)) == "B2"
    assert grades.ownership(article.source) == "state-owned, Russia"


def test_the_bundled_tass_source_is_graded_state_owned_russia_with_a_reason():
    tass = read_model(SAMPLE).articles[0].source
    assert tass.ownership == "state" and tass.owner.name == "Russia"
    assert tass.reliability in "ABCDEF" and "state" in tass.reliability_note.lower()


def test_missing_halves_and_ungraded_are_said_plainly():
    assert grades.pair(None, None) == "ungraded"
    assert grades.pair("C", None) == "C-" and grades.pair(None, "3") == "-3"
    assert grades.words("C", None) == "source C, fairly reliable; information not graded"


@pytest.fixture(scope="module")
def showcase(tmp_path_factory):
    model = read_model(synthetic_corpus(tmp_path_factory.mktemp("grades") / "content", 160, seed=7, grades=True))
    return model, render_pages(model)


_LINE = re.compile(r"^- \*\*.*$", re.M)
_BADGE = re.compile(r'<abbr class="bf-grade" title="([^"]+)">([A-F-][1-6-]|ungraded)</abbr>')


def test_every_timeline_line_and_quote_on_entity_pages_carries_its_grade(showcase):
    model, pages = showcase
    checked = 0
    for entity in model.all_entities():
        page = pages[entity.path]
        timeline = page.split("## Timeline", 1)[1].split("\n## ", 1)[0] if "## Timeline" in page else ""
        for line in _LINE.findall(timeline):
            assert _BADGE.search(line), line
            checked += 1
        for attribution in re.findall(r"^> — .*$", page, re.M):
            assert _BADGE.search(attribution), attribution
    assert checked > 100


def test_the_showcase_shows_every_grade_with_its_words(showcase):
    model, pages = showcase
    shown = {m.group(2): m.group(1) for page in pages.values() for m in _BADGE.finditer(page)}
    letters = {pair[0] for pair in shown}
    numbers = {pair[1] for pair in shown}
    assert letters >= set("ABCDEF") and numbers >= set("123456-")
    assert "information 4, doubtful" in next(words for pair, words in shown.items() if pair.endswith("4"))


def test_independent_sources_count_owners_not_outlets(showcase):
    model, pages = showcase
    for entity in model.all_entities():
        articles = [m.article for m in entity.mentions]
        if not articles:
            continue
        owners = {(a.source.owner.id if a.source.owner else a.source.id) for a in articles}
        outlets = {a.source.id for a in articles}
        assert grades.sourcing(articles).independent == len(owners) <= len(outlets)
        assert f"{len(owners)} independent source" in pages[entity.path]
    # the two wires of the media group are one independent source
    group = [s for s in model.entities["source"] if s.owner is not None and s.owner.kind == "organization"]
    assert len(group) == 2 and grades.sourcing(a for s in group for a in s.articles).independent == 1


def test_events_say_whether_independent_sources_corroborate_them(showcase):
    model, pages = showcase
    verdicts = set()
    for event in model.entities["event"]:
        owners = {(a.source.owner.id if a.source.owner else a.source.id) for a in (m.article for m in event.mentions)}
        text = grades.corroboration(event)
        assert text.startswith("corroborated" if len(owners) > 1 else ("not" if event.mentions else "not reported"))
        verdicts.add(text.split(":")[0])
        assert "**Corroboration:**" in pages[event.path]
    assert "corroborated" in verdicts


def test_outlets_of_one_owner_do_not_corroborate_each_other(tmp_path):
    event = "e:\n  name: Made-up Meeting\n  kind: meeting\n  start: 2020-01-01\n"
    owned = "  ownership: private\n  owner: group\n"
    files = {
        "events/e.yml": event,
        "organizations/o.yml": "group:\n  name: Made-up Group\n",
        "sources/s.yml": f"one:\n  name: Wire One\n{owned}two:\n  name: Wire Two\n{owned}three:\n  name: Wire Three\n",
    }
    for n, source in enumerate(("one", "two"), 1):
        files[f"articles/a{n}.yml"] = f"title: T{n}\nsource: {source}\npublished: 2020-01-0{n}\nsummary: S.\nevents: [e]\n"
    model = read_model(write_corpus(tmp_path / "same", files))
    assert grades.corroboration(model.entities["event"][0]) == "not corroborated: its sources share one owner (Wire One, Wire Two)"
    files["articles/a3.yml"] = "title: T3\nsource: three\npublished: 2020-01-03\nsummary: S.\nevents: [e]\n"
    files["sources/s.yml"] = files["sources/s.yml"].replace("three:\n  name: Wire Three\n", "three:\n  name: Wire Three\n  ownership: state\n  owner: FR\n")
    model = read_model(write_corpus(tmp_path / "other", files))
    assert grades.corroboration(model.entities["event"][0]).startswith("corroborated: 2 independent sources")


def test_state_media_share_per_country(showcase):
    model, _ = showcase
    state_wire = next(s for s in model.entities["source"] if s.ownership == "state")
    entity = max(model.all_entities(), key=lambda e: sum(m.article.source is state_wire for m in e.mentions))
    articles = [m.article for m in entity.mentions]
    expected = round(100 * sum(a.source is state_wire for a in articles) / len(articles))
    assert (state_wire.owner.name, expected) in grades.sourcing(articles).state_media
