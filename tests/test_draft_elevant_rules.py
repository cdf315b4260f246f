"""Rules written on ELEVANT's News-Fair dev check (generator/draft/institutions.py), on a
synthetic registry: every organization is made up ("Zorbland Wednesday", "Pan Examplian
Airways")."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.institutions import calendar_word, institution_continuing
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbland-wednesday:
          name: Zorbland Wednesday F.C.
          aliases: [Zorbland Wednesday, Wednesday]
        zorbmay:
          name: Zorbmay Holdings
          aliases: [May]
        pan-examplian:
          name: Pan Examplian Airways
          aliases: [Pan Examplian]
        quarx-red-star:
          name: Quarx Red Star
        vintco:
          name: Vintco Industries
          aliases: [VINT]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("elevant-rules") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def test_a_day_or_month_is_no_registered_one_word_alias_by_itself(gazetteer):
    assert calendar_word("Wednesday") and calendar_word("may") and not calendar_word("Wednesdays")
    text = "The trial in Zorbtown ended on Wednesday. The ruling is due in May, its lawyers said.\n"
    assert linked_words(gazetteer, text) == {}


def test_the_full_name_beside_a_day_still_finds_the_organization(gazetteer):
    text = "Zorbland Wednesday won on Wednesday night. Wednesday had lost twice before.\n"
    assert linked_words(gazetteer, text).get("Zorbland Wednesday") == "zorbland-wednesday"


def test_a_registered_name_running_on_into_an_institutions_name_is_another_body(gazetteer):
    text = "The Pan Examplian Health Organization says the outbreak will last. It thanked Quarx Red Star.\n"
    found = linked_words(gazetteer, text)
    assert "pan-examplian" not in found.values() and found.get("Quarx Red Star") == "quarx-red-star"
    found = linked_words(gazetteer, "Officials of the Quarx Red Star Society and of Pan Examplian Airways met in the old "
                              "town hall on the river.\n")
    assert found == {"Pan Examplian Airways": "pan-examplian"}
    assert "quarx-red-star" not in linked_words(gazetteer, "Officials of the Quarx Red Star Society met in the old town hall on the river.\n").values()


def test_a_name_followed_by_a_companys_or_a_products_word_is_still_the_registered_one(gazetteer):
    assert linked_words(gazetteer, "Pan Examplian Cargo Services flew, and Pan Examplian Airways too.\n")[
        "Pan Examplian"] == "pan-examplian"
    assert linked_words(gazetteer, "Shares of Quarx Red Star Group rose.\n")["Quarx Red Star"] == "quarx-red-star"


def test_an_institutions_head_after_a_headline_name_or_an_acronym_says_nothing(gazetteer):
    tokens = tokenize("Pan Examplian Health Organization Warns Of Long Outbreak\n")
    assert institution_continuing("Pan Examplian Health Organization Warns Of Long Outbreak\n", tokens, 0, 2,
                                  lambda offset: True) == ""
    text = "Officials of the Pan Examplian Health Organization met.\n"
    tokens = tokenize(text)
    start = next(i for i, t in enumerate(tokens) if t.text == "Pan")
    assert institution_continuing(text, tokens, start, start + 2, lambda offset: False) \
        == "Pan Examplian Health Organization"
    # one word too (round 10, tests/test_draft_orgprec4.py): "the Zorbco Foundation" is not Zorbco
    assert institution_continuing(text, tokens, start + 1, start + 2, lambda offset: False) \
        == "Examplian Health Organization"
    assert linked_words(gazetteer, "VINT Council members met the board.\n").get("VINT") == "vintco"


def test_a_compass_word_after_a_registered_name_makes_a_longer_places_name(gazetteer):
    text = "The member for Quarx Red Star West, a seat in the north, said the vote was fair and calm.\n"
    assert linked_words(gazetteer, text) == {}
    text = "Quarx Red Star West Zorbland Ltd, and Quarx Red Star itself, took part in the old town fair.\n"
    assert linked_words(gazetteer, text).get("Quarx Red Star") == "quarx-red-star"
