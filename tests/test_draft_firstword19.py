"""A one-word alias right before a registered name of two words or more that the longer-name rule
reads as part of the longer name they make is that longer name's first word, not a name of its own
(nineteenth round, longer.NameRuns.first_words): in "English Premier League champions" the registry's
"English" (a team's alias) is no more the team than "Premier League" is the league. The registry is
made up; "English" is the real word."""

from __future__ import annotations

import pytest

from .conftest import linked_words, organizations_gazetteer

BODIES = {
    "zorbic-cricket": {"name": "Zorbic national cricket team", "aliases": ["English", "Zorbics"]},
    "quelt-league": {"name": "Quelt Premier League"},
    "ada-league": {"name": "Premier League"},
    "zbc": {"name": "ZBC"},
    "zbc-world": {"name": "World Service"},
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    return organizations_gazetteer(tmp_path_factory.mktemp("firstword19"), BODIES)


@pytest.mark.parametrize("text, words", [
    ("The new coach said on Monday that she had joined from English Premier League champions Zorbton after all.\n",
     "English"),
    ("Ada Vint joined from the English Premier League on Monday.\n", "English"),
])
def test_an_alias_opening_a_longer_name(gazetteer, text, words):
    assert words not in linked_words(gazetteer, text)


@pytest.mark.parametrize("text, words, body", [
    # the alias alone, or before a lower-case word
    ("Ada Vint said on Monday the English batted all day.\n", "English", "zorbic-cricket"),
    ("Ada Vint said on Monday the English team batted all day.\n", "English", "zorbic-cricket"),
    # a body's own name in capitals before another name: left to the rules as before
    ("Ada Vint told the ZBC World Service on Monday that she was leaving.\n", "ZBC", "zbc"),
])
def test_the_alias_elsewhere_stays(gazetteer, text, words, body):
    assert linked_words(gazetteer, text).get(words) == body
