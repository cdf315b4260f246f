"""Russian lone surnames and names of people as SlavicNER's US-election topic writes them (the fifteenth
round's fresh dev part). The registry and the texts are synthetic: every person is made up ("Гаррет
Брамсон"); the places are real."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.morph import names_no_one
from generator.pipeline import read_model

from .conftest import linked_ids, write_corpus

REGISTRY = {
    "people/p.yml": """
        garret-bramson:
          name: Гаррет Брамсон
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("usnames15") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("text", [
    "Свержение Брамсона! Сообщение появилось на сайте ведомства.",  # a common noun opening a headline
    "А Брамсона можно попробовать взять на испуг.",  # a conjunction opening a sentence
    "Голоса переключали С Брамсона на другого кандидата.",  # a preposition written with a capital
])
def test_a_capitalised_word_that_names_no_one_is_no_other_bearer_s_given_name(gazetteer, text):
    assert "garret-bramson" in linked_ids(gazetteer, text)


@pytest.mark.parametrize("text", [
    "Сторонники Джеба Брамсона вышли на улицы. Свержение Брамсона!",  # a given name the dictionary lacks
    "Письмо Мо Брамсона зачитали. Брамсона поддержат.",  # two letters: a short given name
    "См. Брамсон Р., Раскин Д. Изжила ли себя коллегия.",  # an initial after the surname
    "Он магистр статистики Университета Брамсона в Хьюстоне.",  # a capitalised noun inside a sentence
    "Он умер в своём доме в городе Брамсон-Мар в Пенсильвании.",  # a hyphened place's name
])
def test_a_given_name_or_an_initial_beside_the_surname_still_makes_another_name(gazetteer, text):
    assert "garret-bramson" not in linked_ids(gazetteer, text)


def test_what_names_no_one():
    assert names_no_one("Свержение") and names_no_one("Политику") and names_no_one("А")
    assert not names_no_one("Мэри") and not names_no_one("Пол") and not names_no_one("Тиффани")
    assert not names_no_one("Мо") and not names_no_one("Р", initial=True) and not names_no_one("Москва")

