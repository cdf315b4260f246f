"""Names the exact-name matcher finds and draft used to withhold, on a registry that lists
every marked form as an alias (generator/draft/shortforms.py). The registry is synthetic: the
organizations are made up ("Lantern Zorbwerke Company", "Examplia"); the cities their clubs
are named after are real, since the rules ask GeoNames whether a word is a city."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus

REGISTRY = {
    "organizations/o.yml": """
        lantern-zorbwerke:
          name: Lantern Zorbwerke Company
          aliases: [Lantern]
        examplian-council:
          name: Examplian Council
          aliases: [Council]
        freiburg-zorbers:
          name: Freiburg Zorbers
          aliases: [Freiburg]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("exactgap") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _found(gazetteer, text: str) -> dict[str, str]:
    """Each mention as written -> the id it references."""
    return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}


def test_a_registered_alias_that_opens_the_name_is_taken_though_a_dictionary_lists_it(gazetteer):
    # "Lantern" is a dictionary word, but the registry lists it as the alias that tells
    # Lantern Zorbwerke Company apart: written capitalised mid-sentence, it is the name.
    assert _found(gazetteer, "Shares of Lantern fell on Monday after the merger talks failed.") \
        == {"Lantern": "lantern-zorbwerke"}


def test_a_dictionary_word_that_ends_the_name_stays_weak(gazetteer):
    # "Council" is the head of Examplian Council, what the body is, not which one: still weak.
    assert _found(gazetteer, "Protesters waited outside the Council on Monday after the vote.") == {}


def test_the_leading_alias_written_in_lower_case_elsewhere_is_an_ordinary_word(gazetteer):
    assert _found(gazetteer, "A lantern hung by the door; Lantern was the word on the sign.") == {}


def test_a_clubs_city_alone_is_the_club_in_a_sports_report(gazetteer):
    # One club only, named by its city, in a text using four of sport's words or more.
    text = "The coach said Freiburg played their best football of the season, and the fans cheered every goal."
    assert _found(gazetteer, text) == {"Freiburg": "freiburg-zorbers"}


def test_a_clubs_city_after_a_place_word_stays_the_city_in_a_sports_report(gazetteer):
    text = "The coach met the fans in Freiburg after the season, and the players spoke of every goal."
    assert _found(gazetteer, text) == {}


def test_a_clubs_city_alone_in_a_story_that_is_no_sports_report_is_the_city(gazetteer):
    assert _found(gazetteer, "The ministers agreed that Freiburg would host the climate talks next spring.") == {}


def test_a_seas_name_does_not_make_the_text_about_its_country(tmp_path):
    # "the Gulf of Mexico" names a sea (otherwise.py), not the country: a body every country has,
    # registered only as Peru's, is not "another country's" in a text that names no country else.
    root = write_corpus(tmp_path / "c", {"organizations/o.yml": """
        peru-coast-guard:
          name: Peru Coast Guard
          aliases: [Coast Guard]
    """})
    gazetteer = build_gazetteer(read_model(root))
    assert _found(gazetteer, "The Coast Guard rescued two sailors in the Gulf of Mexico on Monday.") \
        == {"Coast Guard": "peru-coast-guard"}
    # Naming the country itself still makes the body another country's.
    assert _found(gazetteer, "Mexico said the Coast Guard rescued two sailors on Monday.") \
        == {"Mexico": "MX"}
