"""An organization named by one word of its longer name (generator/draft/shortforms.py), on
a synthetic registry: the organizations are made up ("Zorbwerke", "Examplia"); the cities
they are named after are real, since the rule asks GeoNames whether a word is a city."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbwerke-holding:
          name: Zorbwerke Holding
          aliases: [Zorbwerke]
        quelvora-sports:
          name: Quelvora Sports Club
          aliases: [Quelvora]
        examplian-senate:
          name: Examplian Senate
          aliases: [Senate]
        examplia-greens:
          name: Examplia Greens
          aliases: [Greens]
        zorbville-indians:
          name: Zorbville Indians
          aliases: [Indians]
        brannoxa-group:
          name: Brannoxa Group
          aliases: [Brannoxa]
        freiburg-zorbers:
          name: Freiburg Zorbers
          aliases: [Freiburg]
        valencia-examplia:
          name: Valencia Examplia CF
          aliases: [Valencia]
        leipzig-synthetics:
          name: Synthetics Leipzig
          aliases: [Leipzig]
        chelsea-zorbers:
          name: Chelsea Zorbers
          aliases: [Chelsea]
        examplia-university-leipzig:
          name: Examplia University of Leipzig
    """,
    "people/p.yml": """
        anna-brannoxa:
          name: Anna Brannoxa
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("shortforms") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _found(gazetteer, text: str) -> dict[str, str]:
    """Each mention as written -> the id it references."""
    return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}


def _found_at(gazetteer, text: str) -> set[tuple[int, str]]:
    return {(m.start, m.target.id) for m in link(text, tokenize(text), gazetteer).mentions}


def test_a_short_form_that_is_a_name_by_itself_is_taken_alone(gazetteer):
    assert _found(gazetteer, "Shares of Zorbwerke fell on Monday after the merger talks failed.") \
        == {"Zorbwerke": "zorbwerke-holding"}
    assert _found(gazetteer, "The coach said Quelvora deserved the win.") == {"Quelvora": "quelvora-sports"}


def test_the_draft_says_why_a_doubtful_short_form_is_left_out(gazetteer):
    text = "The Senate voted on the budget."
    linking = link(text, tokenize(text), gazetteer)
    assert not linking.mentions
    assert [d.words for d in linking.doubts] == ["Senate"]
    assert "one word of a longer name" in linking.doubts[0].reason


def test_a_small_city_is_a_name_by_itself_except_after_a_place_word(gazetteer):
    # Chelsea (GeoNames: 60,000 people) is below the 100,000 that make a city's name ambiguous alone...
    assert _found(gazetteer, "Chelsea signed a new goalkeeper.") == {"Chelsea": "chelsea-zorbers"}
    # ... but not where the text means the place.
    assert _found(gazetteer, "She rents a flat in Chelsea.") == {}


def test_a_dictionary_word_or_its_plural_still_needs_support(gazetteer):
    assert _found(gazetteer, "The Senate voted on the budget on Monday.") == {}
    assert _found(gazetteer, "The Greens walked out of the debate.") == {}  # "green" is a word


def test_a_demonym_or_its_plural_is_no_name_by_itself(gazetteer):
    # "Indian" belongs to no one country in the gazetteer (India, the Indian Ocean Territory), yet is a demonym.
    assert _found(gazetteer, "Many Indians took to social media to complain.") == {}


def test_a_short_form_written_in_lower_case_in_the_text_is_a_word_there(gazetteer):
    assert _found(gazetteer, "Zorbwerke said zorbwerke is a brand it no longer uses.") == {}


def test_a_name_by_itself_before_another_capitalised_word_opens_a_longer_name(gazetteer):
    assert _found(gazetteer, "Shares of Zorbwerke Rovers, a football club, rose.") == {}
    assert _found(gazetteer, "Shares of Zorbwerke rose.") == {"Zorbwerke": "zorbwerke-holding"}


def test_a_short_form_in_lower_case_elsewhere_does_not_make_a_text_about_clubs(gazetteer):
    text = "Zorbwerke beat Valencia, and Freiburg drew; fans chanted zorbwerke all night."
    assert _found(gazetteer, text) == {}


def test_a_word_of_another_registered_name_is_no_name_by_itself(gazetteer):
    # Brannoxa is also a registered person's surname: alone, it may be either.
    assert _found(gazetteer, "Talks with Brannoxa resumed on Friday.") == {}
    assert _found(gazetteer, "Talks with Brannoxa Group resumed on Friday.") == {"Brannoxa Group": "brannoxa-group"}


def test_russian_text_keeps_the_old_rule(gazetteer):
    assert _found(gazetteer, "Акции Zorbwerke упали в понедельник.") == {}


def test_a_city_named_club_among_other_clubs_named_by_short_forms(gazetteer):
    text = ("Quelvora beat Valencia 2-1 on Saturday. Freiburg drew with Leipzig, "
            "and Quelvora now lead the table.")
    assert _found(gazetteer, text) == {"Quelvora": "quelvora-sports", "Valencia": "valencia-examplia",
                                       "Freiburg": "freiburg-zorbers", "Leipzig": "leipzig-synthetics"}


def test_a_city_named_club_counts_though_other_registered_names_hold_the_city(gazetteer):
    # "Examplia University of Leipzig" is registered too: a city's name is in many names, unlike "Brannoxa".
    text = "Quelvora beat Leipzig 2-1 and Freiburg drew."
    assert _found(gazetteer, text)["Leipzig"] == "leipzig-synthetics"


def test_a_city_after_a_place_word_is_the_city_even_in_a_match_report(gazetteer):
    clubs = {"Quelvora": "quelvora-sports", "Leipzig": "leipzig-synthetics", "Freiburg": "freiburg-zorbers"}
    text = "Quelvora beat Leipzig 2-1 while Freiburg lost. The team flew home from Valencia on Sunday."
    assert _found(gazetteer, text) == clubs
    # A list of places after the place word: "in Valencia and Freiburg".
    text = "Quelvora beat Leipzig 2-1, sponsored by Zorbwerke. Rallies were held in Valencia and Freiburg."
    assert _found(gazetteer, text) == {"Quelvora": "quelvora-sports", "Leipzig": "leipzig-synthetics",
                                       "Zorbwerke": "zorbwerke-holding"}


def test_a_list_after_a_place_word_holding_a_club_name_is_no_list_of_places(gazetteer):
    text = "Quelvora lost to Examplia Rovers and Freiburg were beaten by Leipzig."
    assert _found(gazetteer, text) == {"Quelvora": "quelvora-sports", "Freiburg": "freiburg-zorbers",
                                       "Leipzig": "leipzig-synthetics"}


def test_cities_in_a_text_that_names_no_club_by_its_own_name_are_cities(gazetteer):
    text = "Rents rose fastest in Berlin last year; Valencia, Freiburg and Leipzig followed."
    assert _found(gazetteer, text) == {}


def test_one_city_named_club_beside_a_name_by_itself_is_not_enough(gazetteer):
    text = "Zorbwerke opened an office near the station; Freiburg welcomed the investment."
    assert _found(gazetteer, text) == {"Zorbwerke": "zorbwerke-holding"}
