"""Lone surnames in Russian news that the dictionary does not know (rule learnt on SlavicNER's dev
topics: "Мэй", "Рааб", transliterated from another script). The registry and the texts are
synthetic: every person is made up ("Эмиль Кваакс", "Ирма Зоббэй")."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import linked_ids, write_corpus

REGISTRY = {
    "people/p.yml": """
        emil-kvaaks:
          name: Эмиль Кваакс
        irma-zobbei:
          name: Ирма Зоббэй
        gvindl-one:
          name: Арвид Гвиндл
        gvindl-two:
          name: Бруно Гвиндл
        petr-stol:
          name: Пётр Стол
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("russian_surnames") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("sentence, person", [
    ("Переговоры продолжатся, но план Кваакс пока не раскрыл.", "emil-kvaaks"),
    ("Оппозиция раскритиковала план, который предложил министр Кваакс.", "emil-kvaaks"),
    ("В кабинете Зоббэй сменился третий министр.", "irma-zobbei"),
    ("У парламента Зорбленда собрались сторонники Зоббэй.", "irma-zobbei"),
])
def test_a_word_the_dictionary_does_not_know_is_the_surname_of_its_one_bearer(gazetteer, sentence, person):
    text = f"Новости Зорбленда\n\n{sentence}"
    assert person in linked_ids(gazetteer, text)


def test_after_a_kinship_word_such_a_word_may_be_the_relative_s_given_name(gazetteer):
    text = "Новости Зорбленда\n\nНа церемонии выступила его дочь Кваакс, студентка из Примерска."
    assert "emil-kvaaks" not in linked_ids(gazetteer, text)


@pytest.mark.parametrize("sentence", [
    "Министр Гвиндл заявил, что переговоры продолжатся.",  # two registered bearers
    "Министр Стол заявил, что переговоры продолжатся.",  # an ordinary word the dictionary knows
    "Министр КваАкс заявил, что переговоры продолжатся.",  # letters of an acronym, not a surname
    "Вчера пришли Пётр и Зоббэя не было.",  # a case form the dictionary cannot read: maybe another's name
])
def test_a_shared_a_known_or_an_acronym_like_word_stays_unlinked(gazetteer, sentence):
    text = f"Новости Зорбленда\n\n{sentence}"
    assert not {"gvindl-one", "gvindl-two", "petr-stol", "emil-kvaaks", "irma-zobbei"} & linked_ids(gazetteer, text)
