"""A sports club named after its city (generator/draft/clubs.py, read by shortforms.py), on
a synthetic registry: the clubs and companies are made up ("VfZ Stuttgart", "Quelvora
Sports Club"); the cities in their names are real, since the rule asks GeoNames whether a
word is a city."""

from __future__ import annotations

import pytest

from generator.draft.clubs import CLUB_WORD, club_short_forms, club_words
from generator.draft.gazetteer import build_gazetteer
from generator.draft.text import name_keys
from generator.pipeline import read_model

from .conftest import linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        quelvora-sports:
          name: Quelvora Sports Club
          aliases: [Quelvora]
        vfz-stuttgart:
          name: VfZ Stuttgart
        hamburger-zv:
          name: Hamburger ZV
        hannover-71:
          name: Hannover 71
        examplia-09-leverkusen:
          name: Examplia 09 Leverkusen
        barcelona-examplia-cf:
          name: Barcelona Examplia CF
        zorbertha-zsc:
          name: Zorbertha ZSC
          aliases: [Zorbertha Berlin, Berlin]
        zorbwerke-augsburg:
          name: Zorbwerke Augsburg AG
        zorbland-institute:
          name: Zorbland Institute Dortmund
        bbz:
          name: Examplia Broadcasting
          aliases: [BBZ]
        bbz-bremen:
          name: BBZ Bremen
        synthetic-carmaker:
          name: Wolfsburg
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("clubs") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _club_forms(gazetteer, word: str) -> set[str]:
    return {f.target.id for key in name_keys(word) for f in gazetteer.lookup(key) if f.partial == CLUB_WORD}


def test_a_club_like_name_is_words_beside_numbers_and_abbreviations():
    unregistered = lambda word: False  # noqa: E731 - no word is a registered name here
    assert club_words("Examplia 09 Leverkusen", unregistered) == ["Examplia", "Leverkusen"]
    assert club_words("1. ZFC Zorbstadt", unregistered) == ["Zorbstadt"]
    assert club_words("Zorbers F.C.", unregistered) == ["Zorbers"]
    assert club_words("Zorbland Institute Dortmund", unregistered) == []  # no affix
    assert club_words("Institute of Zorbland Studies 12", unregistered) == []  # a function word, four words
    # Shaped like a club's name, but naming no city: no short form.
    assert club_short_forms("Synthetic Organization 17", unregistered) == {}
    # "Bank" is a town in GeoNames, but a dictionary word names a city only when the city is large.
    assert club_short_forms("Zorbische Bank 24", unregistered) == {}
    assert set(club_short_forms("Barcelona Examplia CF", unregistered)) >= {"Barcelona"}


def test_the_city_of_a_club_like_name_is_its_weak_short_form(gazetteer):
    assert _club_forms(gazetteer, "Stuttgart") == {"vfz-stuttgart"}
    assert _club_forms(gazetteer, "Leverkusen") == {"examplia-09-leverkusen"}
    assert _club_forms(gazetteer, "Hamburg") == {"hamburger-zv"}  # a German adjective in -er
    assert _club_forms(gazetteer, "Hanover") == {"hannover-71"}  # GeoNames: Hannover, also Hanover
    assert _club_forms(gazetteer, "Examplia") == set()  # only the city: a club's other word is no city


def test_no_club_form_from_a_company_an_institute_or_a_registered_name(gazetteer):
    assert _club_forms(gazetteer, "Augsburg") == set()  # "AG": a company's legal form
    assert _club_forms(gazetteer, "Dortmund") == set()  # "Institute" is no club's affix
    assert _club_forms(gazetteer, "Bremen") == set()  # "BBZ" is a registered name of its own


def test_clubs_by_their_cities_in_a_match_report(gazetteer):
    text = ("Quelvora beat Stuttgart 2-1 on Saturday. Leverkusen drew with Barcelona, "
            "and Hamburg now lead the table.")
    assert linked_words(gazetteer, text) == {"Quelvora": "quelvora-sports", "Stuttgart": "vfz-stuttgart",
                                       "Leverkusen": "examplia-09-leverkusen",
                                       "Barcelona": "barcelona-examplia-cf", "Hamburg": "hamburger-zv"}


def test_a_city_spelt_as_english_writes_it(gazetteer):
    text = "Quelvora beat Hanover 2-1, and Stuttgart drew with Leverkusen."
    assert linked_words(gazetteer, text)["Hanover"] == "hannover-71"


def test_cities_in_a_text_about_no_club_are_cities(gazetteer):
    assert linked_words(gazetteer, "A think tank based in Stuttgart published the study.") == {}
    assert linked_words(gazetteer, "Hamburg, Stuttgart and Leverkusen raised their local taxes.") == {}
    assert linked_words(gazetteer, "Leverkusen raised its local taxes.") == {}


def test_a_city_after_a_place_word_is_the_city_even_in_a_match_report(gazetteer):
    text = "Quelvora beat Leverkusen 2-1 while Hamburg lost. The team then flew home to Stuttgart."
    assert "Stuttgart" not in linked_words(gazetteer, text)


def test_a_clubs_city_alias_is_the_club_only_in_a_text_about_clubs(gazetteer):
    # The registry lists "Berlin" for Zorbertha ZSC ("Zorbertha Berlin"): a word such as
    # "university" beside it says nothing of a club.
    text = "The artist teaches at Berlin's University of the Arts."
    assert linked_words(gazetteer, text) == {}
    # After the club's name, it is the club.
    text = "Zorbertha ZSC lost on Saturday. Berlin now need a win."
    assert linked_words(gazetteer, text) == {"Zorbertha ZSC": "zorbertha-zsc", "Berlin": "zorbertha-zsc"}


def test_a_company_named_like_a_city_keeps_its_name(gazetteer):
    # Not a club-like name: the registered name alone is still the company.
    assert linked_words(gazetteer, "Shares of Wolfsburg rose after the results.") == {"Wolfsburg": "synthetic-carmaker"}
