"""Organizations in English news that draft missed (round 12, recall), on a synthetic registry:
the clubs, papers and companies are made up ("Zorbussia Dortmund", "Quelvora Sports Club"); the
cities in their names are real, since the rules ask GeoNames whether a word is a city."""

from __future__ import annotations

import pytest

from generator.draft.clubs import CLUB_WORD, club_words
from generator.draft.gazetteer import build_gazetteer
from generator.draft.text import name_keys
from generator.pipeline import read_model

from .conftest import linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        quelvora-sports:
          name: Quelvora Sports Club
          aliases: [Quelvora]
        zorbussia-dortmund:
          name: Zorbussia Dortmund
        vfz-stuttgart:
          name: VfZ Stuttgart
        hannover-71:
          name: Hannover 71
        hannover-zorbfair:
          name: Hannover Zorbfair
          aliases: [Hanover Zorbfair]
        examplia-09-leverkusen:
          name: Examplia 09 Leverkusen
        augsburger-zeitblatt:
          name: Augsburger Zeitblatt
        bremen-philharmonic:
          name: Bremen Philharmonic
        constructivists:
          name: Constructivist Party
        quillows:
          name: Zorbland Quillow Alliance
          aliases: [Quillow Party]
        zorbmotors:
          name: Wolfsburg
          aliases: [Wolfsburg Zorbcar]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("orgs12") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _club_forms(gazetteer, word: str) -> set[str]:
    return {f.target.id for key in name_keys(word) for f in gazetteer.lookup(key) if f.partial == CLUB_WORD}


def test_a_city_and_a_word_no_dictionary_holds_is_a_clubs_name():
    unregistered = lambda word: False  # noqa: E731 - no word is a registered name here
    assert club_words("Zorbussia Dortmund", unregistered) == ["Zorbussia", "Dortmund"]
    assert club_words("Bremen Philharmonic", unregistered) == []  # a dictionary word
    assert club_words("Augsburger Zeitblatt", unregistered) == []  # a city's adjective: a paper's shape
    assert club_words("Zorbussia Examplia", unregistered) == []  # no city
    assert club_words("Zorbussia Dortmund Nord", unregistered) == []  # three words and no affix
    assert club_words("Dortmund Zorbussia", unregistered) == []  # the city first: a district or a brand may follow


def test_the_city_of_such_a_name_is_its_weak_short_form(gazetteer):
    assert _club_forms(gazetteer, "Dortmund") == {"zorbussia-dortmund"}
    assert _club_forms(gazetteer, "Bremen") == set()
    assert _club_forms(gazetteer, "Augsburg") == set()
    # The city's name is registered by itself (a carmaker's): "Wolfsburg Zorbcar" is its product.
    assert _club_forms(gazetteer, "Wolfsburg") == set()


def test_such_a_club_by_its_city_in_a_match_report(gazetteer):
    text = ("Quelvora lost 2-1 at home to Dortmund on Saturday. Stuttgart drew with Leverkusen, "
            "and Dortmund keeper Jan Zorbic was the hero.")
    assert linked_words(gazetteer, text)["Dortmund"] == "zorbussia-dortmund"


def test_such_a_city_in_a_text_about_no_club_is_the_city(gazetteer):
    assert linked_words(gazetteer, "The think tank moved from Dortmund to Bremen last year.") == {}
    assert linked_words(gazetteer, "Dortmund raised its local taxes.") == {}


def test_a_clubs_city_spelt_as_english_writes_it_after_to_in_a_result(gazetteer):
    # GeoNames files Hannover under its own spelling (its "Hanover" is a small town), and another
    # registered name holds the word: as the club's large city, it is read as a city's name is.
    text = "Quelvora beat Stuttgart. Finally, Leverkusen's 2-1 loss to Hanover ends their hopes."
    assert linked_words(gazetteer, text).get("Hanover") == "hannover-71"


def test_a_clubs_city_spelt_as_english_is_the_city_after_a_place_word(gazetteer):
    text = "Quelvora beat Stuttgart and Leverkusen drew. The squad then flew home to Hanover."
    assert "Hanover" not in linked_words(gazetteer, text)


def test_a_clubs_city_before_its_keeper_captain_or_fans_is_the_club(gazetteer):
    text = "The striker has not yet made Stuttgart fans forget the old days, he said."
    assert linked_words(gazetteer, text) == {"Stuttgart": "vfz-stuttgart"}
    text = "Leverkusen captain Jan Zorbic signed a new deal on Monday."
    assert linked_words(gazetteer, text) == {"Leverkusen": "examplia-09-leverkusen"}
    # A city has residents and people: no club there.
    assert linked_words(gazetteer, "Stuttgart residents voted on Sunday, officials said.") == {}


def test_a_partys_members_in_english_text_that_holds_an_accented_letter(gazetteer):
    # The text is English though "Jürgen Zörb" is not all ASCII (the rule asked every letter to be).
    text = "Jürgen Zörb, an expert of the Constructivists, said the party had lost the vote.\n"
    assert linked_words(gazetteer, text).get("Constructivists") == "constructivists"


def test_a_partys_members_plural_of_any_word(gazetteer):
    # "the Greens" of a Green Party: the plural of a word that has no person's ending.
    text = "The coalition partners, the Quillows, said the party would stay in government.\n"
    assert linked_words(gazetteer, text).get("Quillows") == "quillows"
    assert linked_words(gazetteer, "The Quillows won the vote, officials said.\n") == {}  # no party spoken of
