"""Publishing a subset: a date window or a set of tags, with every record still checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.dates import PartialDate
from generator.pipeline import Selection, read_model
from generator.problems import ContentError
from synthetic import write_corpus


@pytest.fixture(scope="module")
def content(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("selection") / "content", 120, seed=3)


def test_since_keeps_only_articles_on_or_after_the_date(content):
    everything = read_model(content)
    window = read_model(content, selection=Selection(since=PartialDate(2020, 3)))
    expected = [a.id for a in everything.articles if a.published >= PartialDate(2020, 3, 1)]
    assert [a.id for a in window.articles] == expected and 0 < len(expected) < len(everything.articles)
    # Registry entries all stay, so a later, larger publication keeps the same addresses.
    assert window.counts()["organization"] == everything.counts()["organization"]


def test_tags_keep_articles_with_any_of_them(content):
    everything = read_model(content)
    chosen = frozenset({"synthetic-tag-2", "synthetic-tag-3"})
    subset = read_model(content, selection=Selection(tags=chosen))
    assert [a.id for a in subset.articles] == [a.id for a in everything.articles if chosen & set(a.tags)]
    assert subset.articles


def test_a_bad_record_outside_the_window_is_still_reported(content, tmp_path):
    (content / "articles" / "old-bad.yml").write_text(
        "title: Synthetic old headline\nsource: synthetic-wire-1\npublished: 2015-01-02\n"
        "summary: Synthetic.\norganizations: [no-such-org]\n"
    )
    try:
        with pytest.raises(ContentError) as caught:
            read_model(content, selection=Selection(since=PartialDate(2024)))
        assert any("no organization 'no-such-org'" in line for line in caught.value.problems.lines())
    finally:
        (content / "articles" / "old-bad.yml").unlink()
