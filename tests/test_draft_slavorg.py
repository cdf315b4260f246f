"""Organizations in Russian political news (rules learnt on SlavicNER's dev topics: Brexit,
Nord Stream, COVID-19). The registry and the texts are synthetic: every organization is made
up ("Stoulik", "Бэнкер", "Зорблов")."""

from __future__ import annotations

import pytest

from generator.draft.adjectives import country_of_adjective
from generator.draft.contractions import _contracts_a_name
from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import linked_ids, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        stoulik-group:
          name: Stoulik
        benker-bank:
          name: Бэнкер
        zorblov-works:
          name: Зорблов
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("slavorg") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("text, found", [
    ("Акции компании Стоулик выросли на треть.", "stoulik-group"),  # no Russian word: the firm heard
    ("The Zorblov plant reopened on Monday.", "zorblov-works"),
    ("Shares of Zorblov rose, analysts said.", "zorblov-works"),
    # a Latin word in a Russian text is a foreign name quoted, even an English word
    ("Мэр написал об этом в своём микроблоге в Banker вечером в среду.", "benker-bank"),
])
def test_a_name_heard_in_the_other_script_is_still_found(gazetteer, text, found):
    assert found in linked_ids(gazetteer, text)


@pytest.mark.parametrize("text, registered", [
    ("В Зорбтоне отмечают день (Banker in Examplia Day), как и каждый год.", "benker-bank"),  # a Latin phrase
    ("Shares rose at Banker, analysts said.", "benker-bank"),  # an English word, not "Бэнкер"
    ("Письмо от Стоулика Мартина пришло вчера.", "stoulik-group"),  # a man's name, not the firm
])
def test_a_word_of_its_own_language_or_a_longer_names_first_word_is_no_name_heard(gazetteer, text, registered):
    assert registered not in linked_ids(gazetteer, text)


@pytest.mark.parametrize("word, code", [
    ("турецкого", "TR"), ("Турецкий", "TR"), ("литовскому", "LT"), ("венгерская", "HU"), ("норвежского", "NO"),
    ("греческим", "GR"),  # the stem's alternations: турец/Турция, литов/Литва, норвеж/Норвегия, греч/Греция
    ("немецкого", "DE"), ("немецкое", "DE"), ("финского", "FI"),  # a language's name, its one likeliest country
])
def test_a_country_adjective_whose_stem_changes_names_its_country(word, code):
    assert country_of_adjective(word) == code


@pytest.mark.parametrize("word", [
    "английского",  # English: its likeliest territory is the United States, not England
    "арабского",  # Arabic: ar is Argentina's code, its likeliest territory Egypt
    "шведского",  # швед/Швеция is no regular alternation
    "медицинского", "коммерческого", "крымского", "московского", "человеческого",
])
def test_other_adjectives_name_no_country(word):
    assert country_of_adjective(word) is None


OWNERS = {"organizations/o.yml": """
    zorbkom-turkey:
      name: Зорбком Турции
      aliases: [ЗКМ]
    zorbkom-germany:
      name: Зорбком Германии
      aliases: [ЗКМ]
"""}


@pytest.mark.parametrize("adjective, body", [("турецкого", "zorbkom-turkey"), ("немецкого", "zorbkom-germany"),
                                             ("Немецкий", "zorbkom-germany"), ("турецкому", "zorbkom-turkey")])
def test_such_an_adjective_before_a_shared_short_form_chooses_its_countrys_body(tmp_path, adjective, body):
    gazetteer = build_gazetteer(read_model(write_corpus(tmp_path / "c", OWNERS)))
    found = linked_ids(gazetteer, f"Новости\n\nГлава {adjective} ЗКМ заявил о переговорах с соседями.")
    assert found == {body}


# "Шаранта" is a place to the Russian dictionary (a French department); the organizations here are
# made up: one registers it as the contraction of its longer name, the other as a name alone.
CONTRACTED = {"organizations/o.yml": """
    sharanta-union:
      name: Шаранта
      aliases: [Шаровая Рантация]
    dakota-group:
      name: Дакота
"""}


@pytest.fixture(scope="module")
def contracted(tmp_path_factory):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp("contracted") / "c", CONTRACTED)))


@pytest.mark.parametrize("text", ["Лидеры Шаранты встретились в Зорбтоне в среду.",
                                  "Решение Шаранта приняла единогласно, сообщили в Зорбтоне."])
def test_a_contraction_of_the_organizations_own_longer_name_is_no_place(contracted, text):
    assert "sharanta-union" in linked_ids(contracted, text)


def test_a_word_the_dictionary_knows_as_a_place_still_needs_support_when_it_contracts_nothing(contracted):
    assert "dakota-group" not in linked_ids(contracted, "Лидеры Дакоты встретились в Зорбтоне в среду.")


@pytest.mark.parametrize("word, names, contracts", [
    ("Зорбсоюз", ("Зорбийский Союз",), True), ("Минзорб", ("Министерство зорбов",), True),
    ("Госзорба", ("Государственная зорба",), True), ("Зорбсоюз", ("Зорбийский Совет",), False),
    ("Зорбия", ("Зорбийский Союз",), False),  # a word of one name is no contraction of two
])
def test_a_contraction_takes_the_beginning_of_every_word_in_order(word, names, contracts):
    assert _contracts_a_name(word, names) is contracts


LONG_NAMES = {"organizations/o.yml": """
    kvartsev-centre:
      name: Национальный центр зорбологии и квелистики имени Н. Ф. Кварцева
    zorbology-institute:
      name: Институт зорбологии
"""}


@pytest.fixture(scope="module")
def long_names(tmp_path_factory):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp("long") / "c", LONG_NAMES)))


@pytest.mark.parametrize("text", [
    "Вакцину создал Национальный центр зорбологии и квелистики имени Н. Ф. Кварцева в Зорбтоне.",
    "Вакцину создали ученые Национального центра зорбологии и квелистики имени Н. Ф. Кварцева.",
])
def test_a_registered_name_with_initials_and_a_one_letter_word_is_found_as_written(long_names, text):
    assert "kvartsev-centre" in linked_ids(long_names, text)  # the "и" is a word, not a lower-case initial


@pytest.mark.parametrize("text", [
    "Вакцину создали сотрудники Института зорбологии Минздрава России, сообщили в Зорбтоне.",
    "Вакцину создали сотрудники Института зорбологии Министерства здравоохранения Украины.",
])
def test_a_body_after_a_name_is_its_owner_not_the_country_that_body_belongs_to(long_names, text):
    assert "zorbology-institute" in linked_ids(long_names, text)


def test_a_country_right_after_a_name_still_makes_it_that_countrys(long_names):
    text = "Вакцину создали сотрудники Института зорбологии Республики Казахстан, сообщили в Москве."
    assert "zorbology-institute" not in linked_ids(long_names, text)


STATE_NAMED = {"organizations/o.yml": """
    zorb-airline:
      name: Норвегия
"""}


@pytest.fixture(scope="module")
def state_named(tmp_path_factory):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp("state") / "c", STATE_NAMED)))


def _kinds(gazetteer, text: str) -> set[str]:
    from generator.draft.linker import link
    from generator.draft.text import tokenize

    return {m.target.kind for m in link(text, tokenize(text), gazetteer).mentions}


@pytest.mark.parametrize("text", ["Авиакомпания «Норвегия» открыла рейс в Зорбтон.",
                                  "Пассажиры \"Норвегии\" ждали вылета в Зорбтон."])
def test_a_quoted_russian_name_like_a_countrys_is_the_organization_alone(state_named, text):
    assert _kinds(state_named, text) == {"organization"}


def test_unquoted_it_is_still_the_state_and_the_organization(state_named):
    assert _kinds(state_named, "Норвегия выразила протест послу Зорбландии.") == {"organization", "country"}
