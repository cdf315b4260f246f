"""Russian surnames of people in the eighteenth round's reading of SlavicNER's US-election topic:
a registered name whose surname is hyphened to an epithet ("Джон Зорбсон-старший", the elder) is
found by the surname with its epithet in any case ("Зорбсону-старшему"), and its bare surname is
his too, shared with his namesakes; a one-letter word is no surname whose case could pick a bearer.
The people are made up ("Зорбсон", "Иван В"); the places are real."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.personforms import surname_with_epithet
from generator.draft.surname_case import the_one_in_case
from generator.draft.surnames import owners
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import linked_ids, write_corpus

FAMILY = {
    "people/p.yml": """
        john-zorbson-sr:
          name: Джон Зорбсон-старший
        john-zorbson-jr:
          name: Джон Зорбсон-младший
          aliases: [Джон Зорбсон]
    """,
}
ELDER = {
    "people/p.yml": """
        john-zorbson-sr:
          name: Джон Зорбсон-старший
    """,
}


@pytest.fixture(scope="module")
def family(tmp_path_factory):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp("family18") / "c", FAMILY)))


@pytest.fixture(scope="module")
def elder(tmp_path_factory):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp("elder18") / "c", ELDER)))


def test_an_epithet_is_a_lower_case_adjective_after_a_hyphen():
    assert surname_with_epithet("Джон Зорбсон-старший") == "Зорбсон-старший"
    assert surname_with_epithet("Джон Зорбсон-младший") == "Зорбсон-младший"
    assert surname_with_epithet("Николай Римский-Корсаков") == ""  # a double surname
    assert surname_with_epithet("Зорбсон-старший") == ""  # no given name: nothing says it is a person's
    assert surname_with_epithet("Джон Зорбсон-тест") == ""  # no adjective


@pytest.mark.parametrize("text, who", [
    ("Это удалось Рейгану и Зорбсону-старшему в Калифорнии.", "john-zorbson-sr"),
    ("Тогда Зорбсон-младший собрал больше голосов в Огайо.", "john-zorbson-jr"),
    ("При Зорбсоне-старшем Техас голосовал иначе.", "john-zorbson-sr"),
])
def test_the_surname_with_its_epithet_names_him_in_any_case(family, text, who):
    assert linked_ids(family, text) == {who}


def test_the_bare_surname_is_his_too(family, elder):
    assert {p.id for p in owners(elder)[tokenize("Зорбсон")[0].key]} == {"john-zorbson-sr"}
    # Shared with the younger, the bare surname alone names neither.
    assert {p.id for p in owners(family)[tokenize("Зорбсон")[0].key]} == {"john-zorbson-sr", "john-zorbson-jr"}
    assert linked_ids(family, "Тогда Зорбсон выиграл выборы в Огайо.") == set()


LETTER = {
    "people/p.yml": """
        ivan-v:
          name: Иван В
        john-v:
          name: John V
    """,
}


@pytest.fixture(scope="module")
def letter(tmp_path_factory):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp("letter18") / "c", LETTER)))


@pytest.mark.parametrize("text", ["План для В готов.", "Письмо к В пришло."])
def test_a_one_letter_word_picks_no_bearer_by_its_case(letter, text):
    tokens = tokenize(text)
    i = next(n for n, t in enumerate(tokens) if t.text == "В")
    assert the_one_in_case(text, tokens, i, owners(letter)[tokens[i].key]) == (None, "")


OUTLET = {
    "people/p.yml": """
        andrew-quiller:
          name: Эндрю Квиллер
        petr-kukushkin:
          name: Пётр Кукушкин
    """,
}


@pytest.fixture(scope="module")
def outlet(tmp_path_factory):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp("outlet18") / "c", OUTLET)))


@pytest.mark.parametrize("text", [
    "Об этом в среду сообщил телеканал Квиллер со ссылкой на источники в Огайо.",
    "Как пишет газета Квиллер, выборы в Техасе прошли спокойно.",
    "Акции компании Квиллер упали в Нью-Йорке.",
])
def test_a_name_after_a_kind_of_outlet_is_the_outlet_s(outlet, text):
    assert linked_ids(outlet, text) == set()


def test_the_lone_surname_elsewhere_is_still_his(outlet):
    assert linked_ids(outlet, "Об этом в среду заявил Квиллер в Огайо.") == {"andrew-quiller"}


def test_a_man_s_genitive_after_a_firm_is_his(outlet):
    # "компании Кукушкина": his firm, the person named (the genitive is no apposition).
    assert linked_ids(outlet, "Акции компании Кукушкина упали в Нью-Йорке.") == {"petr-kukushkin"}


WOMAN = {
    "people/p.yml": """
        anna-quiller:
          name: Анна Квиллер
    """,
}


@pytest.fixture(scope="module")
def woman(tmp_path_factory):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp("woman18") / "c", WOMAN)))


def test_a_lone_surname_whose_verb_shows_the_other_sex_is_a_namesake(woman):
    assert linked_ids(woman, "Квиллер заявил, что выборы в Огайо прошли честно.") == set()
    assert linked_ids(woman, "«Выборы прошли честно», — заявил Квиллер в Огайо.") == set()


def test_a_lone_surname_whose_verb_shows_her_sex_is_hers(woman):
    assert linked_ids(woman, "Квиллер заявила, что выборы в Огайо прошли честно.") == {"anna-quiller"}
