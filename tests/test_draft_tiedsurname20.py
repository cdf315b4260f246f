"""A lone surname the dictionary reads as a surname and as an adjective with no preference between
them (the twentieth round's reading of SlavicNER's US-election topic: "Зеленский", "Навального"):
inside a sentence, with no noun after it that the adjective agrees with, the capital decides for the
surname. The people are made up (given names no language has); their surnames are dictionary words
of that kind, as such surnames are; the places are real."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import linked_ids, write_corpus

PEOPLE = {
    "people/p.yml": """
        kvillem-vyazemsky:
          name: Квиллем Вяземский
    """,
}


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp("tied20") / "c", PEOPLE)))


@pytest.mark.parametrize("text", [
    "Вчера в Омске Вяземский заявил о своей отставке.",
    "В Омске много говорят о Вяземском и его отставке.",
    "Журналисты обсуждают арест Вяземского в Омске.",
])
def test_a_surname_tied_with_an_adjective_is_the_surname(people, text):
    assert linked_ids(people, text) == {"kvillem-vyazemsky"}


@pytest.mark.parametrize("text", [
    "Вчера в Омске открыли Вяземский переулок.",  # the adjective of a name: a noun agrees with it
    "Жители Вяземского района в Омске недовольны.",
])
def test_an_adjective_before_a_noun_it_agrees_with_is_no_surname(people, text):
    assert linked_ids(people, text) == set()
