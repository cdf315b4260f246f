"""Organizations' precision in news stories, round 8, third part (generator/draft/misreadings.py):
a name right before "Index" is a market's index, a name right followed by a country's name is
the body's arm there. The registry is synthetic: every organization is made up ("Zorbco",
"Quelvex"); the countries are real, since the rule reads them from the gazetteer."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_ids, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbco-ratings:
          name: Zorbco Ratings Group
          aliases: [ZRG, Z&R]
        quelvex:
          name: Quelvex
        brannox-motors:
          name: Brannox Motors
          aliases: [Brannox]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("precision8c") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _linking(gazetteer, text: str):
    return link(text, tokenize(text), gazetteer)


_ids = linked_ids
_reasons = doubt_reasons


@pytest.mark.parametrize("index", ["ZRG Index", "ZRG index", "Z&R Index"])
def test_a_name_before_index_is_the_market_index(gazetteer, index):
    text = f"Stocks end mixed.\nShares closed mixed on Tuesday, and the {index} was down one to 666."
    assert "zorbco-ratings" not in _ids(gazetteer, text)
    assert "a market's index" in _reasons(gazetteer, text)


def test_a_name_before_other_words_stays_the_body(gazetteer):
    text = "Ratings.\nZRG rated the bonds AA on Tuesday, the agency said."
    assert "zorbco-ratings" in _ids(gazetteer, text)


@pytest.mark.parametrize("country", ["Australia", "Japan"])
def test_a_name_followed_by_a_countrys_name_is_its_arm_there(gazetteer, country):
    text = f"Strike ends.\nWorkers voted on Friday to return to work at Brannox {country}'s assembly line."
    assert "brannox-motors" not in _ids(gazetteer, text)
    assert f"the body's arm in {country}" in _reasons(gazetteer, text)


def test_a_name_followed_by_a_lower_case_word_stays_the_body(gazetteer):
    text = "Strike ends.\nWorkers voted on Friday to return to work at Quelvex plants in Australia."
    assert "quelvex" in _ids(gazetteer, text)


def test_a_full_name_before_index_stays_the_body(gazetteer):
    text = "Stocks end mixed.\nShares closed mixed on Tuesday, and the Zorbco Ratings Group index was down one."
    assert "zorbco-ratings" in _ids(gazetteer, text)


def test_a_name_followed_by_a_countrys_peoples_word_stays_the_body(gazetteer):
    text = "Strike ends.\nBrannox Motors said workers voted on Friday to return to work at Brannox Japanese plants."
    assert [m.words for m in _linking(gazetteer, text).mentions if m.target.id == "brannox-motors"] == \
        ["Brannox Motors", "Brannox"]
