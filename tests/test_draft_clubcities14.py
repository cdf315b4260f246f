"""A club named after its city, written by the city's name in another language
(generator/draft/clubs.py: "Cologne" of a club registered as "1. ZFC Köln", "Nuremberg" of
"1. ZFC Nürnberg"), on a synthetic registry: the clubs are made up; the cities in their names
are real, since the rule asks GeoNames for a city's other names."""

from __future__ import annotations

import pytest

from generator.draft.clubs import CLUB_WORD, club_short_forms
from generator.draft.gazetteer import build_gazetteer
from generator.draft.lexicon import large_city_named_otherwise
from generator.draft.text import name_keys
from generator.pipeline import read_model

from .conftest import linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        quelvora-sports:
          name: Quelvora Sports Club
          aliases: [Quelvora]
        zfc-koln:
          name: 1. ZFC Köln
        zfc-nurnberg:
          name: 1. ZFC Nürnberg
        zsv-freiburg:
          name: ZSV Freiburg
        zfc-milano:
          name: ZFC Zorbazionale Milano
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("clubcities") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _club_forms(gazetteer, word: str) -> set[str]:
    return {f.target.id for key in name_keys(word) for f in gazetteer.lookup(key) if f.partial == CLUB_WORD}


def test_a_large_citys_other_name_leads_to_the_name_geonames_files_it_under():
    assert large_city_named_otherwise("Nürnberg") == "Nuremberg"
    assert large_city_named_otherwise("Zorbstadt") == ""


def test_a_clubs_city_in_another_language_is_its_weak_short_form(gazetteer):
    assert _club_forms(gazetteer, "Cologne") == {"zfc-koln"}  # GeoNames files the city as Köln
    assert _club_forms(gazetteer, "Nuremberg") == {"zfc-nurnberg"}  # and this one as Nuremberg


def test_only_a_large_citys_names_that_are_no_word_and_no_city():
    unregistered = lambda word: False  # noqa: E731 - no word is a registered name here
    forms = club_short_forms("ZSV Zorbstadt", unregistered)
    assert forms == {}  # no city at all
    forms = club_short_forms("1. ZFC Köln", unregistered)
    other = {f for f, why in forms.items() if "another language" in why}
    assert "Cologne" in other and not any(" " in f or len(f) < 5 for f in other)
    # A name another entity is registered under is that entity's.
    assert "Cologne" not in club_short_forms("1. ZFC Köln", lambda word: word == "Cologne")


def test_a_city_written_in_plain_letters_gives_no_other_name(gazetteer):
    # English news keeps such a club's city as written: no "Milan" from "Milano", no "Hanovre".
    assert _club_forms(gazetteer, "Milan") == set()
    assert not any("another language" in why for why in club_short_forms("Hannover 71", lambda word: False).values())


def test_clubs_by_their_cities_english_names_in_a_match_report(gazetteer):
    text = "Quelvora beat Cologne 2-1 on Saturday, and Nuremberg drew with Freiburg."
    assert linked_words(gazetteer, text) == {"Quelvora": "quelvora-sports", "Cologne": "zfc-koln",
                                             "Nuremberg": "zfc-nurnberg", "Freiburg": "zsv-freiburg"}


def test_the_city_by_its_english_name_in_a_text_about_no_club_is_the_city(gazetteer):
    assert linked_words(gazetteer, "The cathedral of Cologne drew many visitors.") == {}
    assert linked_words(gazetteer, "Cologne raised its local taxes.") == {}
