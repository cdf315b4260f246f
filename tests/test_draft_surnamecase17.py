"""A lone Russian surname two registered people bear in different cases (surname_case.py): "Кукушкина"
is Пётр Кукушкин's genitive and Анна Кукушкина's nominative. After an inanimate noun the surname is a
genitive attribute ("Правительство Кукушкина": his), after a one-case preposition it takes that case
("к Кукушкиной": hers); elsewhere, or where the noun may be a time word or a title, draft abstains.
The people are made up."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus

PEOPLE = {
    "people/p.yml": """
        petr-kukushkin:
          name: Пётр Кукушкин
        anna-kukushkina:
          name: Анна Кукушкина
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp("surnamecase17") / "c", PEOPLE)))


def _drafted(gazetteer, text: str) -> set[str]:
    return {m.target.id for m in link(text, tokenize(text), gazetteer).mentions}


def test_after_an_inanimate_noun_the_bearer_whose_genitive_it_is(gazetteer):
    assert _drafted(gazetteer, "Правительство Кукушкина внесло в парламент законопроект.") == {"petr-kukushkin"}


def test_after_a_one_case_preposition_the_bearer_whose_case_it_is(gazetteer):
    assert _drafted(gazetteer, "Журналисты обратились к Кукушкиной с вопросом.") == {"anna-kukushkina"}
    assert _drafted(gazetteer, "Журналисты побывали у Кукушкина дома.") == {"petr-kukushkin"}


def test_not_after_a_time_word_opening_the_clause(gazetteer):
    assert _drafted(gazetteer, "Летом Кукушкина выиграла турнир.") == set()


def test_not_after_a_title_and_its_genitive(gazetteer):
    assert _drafted(gazetteer, "Об этом сообщил министр спорта Кукушкина в пятницу.") == set()


def test_not_where_the_verb_after_it_is_the_surname_s(gazetteer):
    assert _drafted(gazetteer, "Новость Кукушкина прокомментировала коротко.") == set()
