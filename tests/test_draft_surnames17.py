"""Russian surnames of people in the seventeenth round's reading of SlavicNER's US-election topic:
a surname the dictionary knows only as a short adjective ("Ромашков", of "ромашковый") still
declines after a given name. The people are made up ("Андрей Ромашков", "Анна Ромашкова"); the
places are real."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.morph import inflections
from generator.pipeline import read_model

from .conftest import linked_ids, write_corpus

PEOPLE = {
    "people/p.yml": """
        andrey-romashkov:
          name: Андрей Ромашков
        anna-romashkova:
          name: Анна Ромашкова
    """,
}


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp("people") / "c", PEOPLE)))


def test_a_short_adjective_surname_declines_as_a_surname():
    assert {"Андреем Ромашковым", "Андрея Ромашкова", "Андрею Ромашкову", "Андрее Ромашкове"} <= inflections(
        "Андрей Ромашков")
    assert {"Анной Ромашковой", "Анну Ромашкову"} <= inflections("Анна Ромашкова")


def test_its_gender_is_the_given_name_s():
    assert "Андреем Ромашковой" not in inflections("Андрей Ромашков")
    assert "Анной Ромашковым" not in inflections("Анна Ромашкова")


@pytest.mark.parametrize("text, who", [
    ("Интервью с Андреем Ромашковым записали в Казани.", "andrey-romashkov"),
    ("Слова Андрея Ромашкова прозвучали в Омске.", "andrey-romashkov"),
    ("С Анной Ромашковой встретились в Томске.", "anna-romashkova"),
])
def test_the_declined_full_name_is_found(people, text, who):
    assert linked_ids(people, text) == {who}


def test_a_word_the_dictionary_knows_otherwise_is_untouched():
    # "Иванов" is a surname the dictionary knows; "Белый" an adjective that declines as one.
    assert "Андреем Ивановым" in inflections("Андрей Иванов")
    assert "Иваном Белым" in inflections("Иван Белый")
    assert inflections("Ромашков") == {"Ромашков"}  # no given name: nothing says it is a surname


# A foreign given name the dictionary guesses as an oblique plural of some noun.
FOREIGN = {
    "people/p.yml": """
        lindsey-bramson:
          name: Линдси Брамсон
    """,
}


@pytest.fixture(scope="module")
def foreign(tmp_path_factory):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp("foreign") / "c", FOREIGN)))


def test_a_foreign_given_name_guessed_as_a_plural_stays_as_written():
    # Before: "Хантерам Брамсон", "Линдсям Брамсон" (the given name declined as a plural noun).
    assert inflections("Хантер Брамсон") == {"Хантер Брамсон", "Хантер Брамсона", "Хантер Брамсону",
                                            "Хантер Брамсоном", "Хантер Брамсоне"}
    assert "Линдси Брамсоном" in inflections("Линдси Брамсон")
    assert not any(form.startswith("Линдсям") for form in inflections("Линдси Брамсон"))


def test_the_name_after_it_declines(foreign):
    text = "Встреча с Линдси Брамсоном прошла в Вашингтоне."
    assert linked_ids(foreign, text) == {"lindsey-bramson"}


def test_a_plural_name_the_dictionary_knows_still_declines_as_one():
    assert "Объединённых Арабских Эмиратов" in inflections("Объединённые Арабские Эмираты")


# A made-up person whose surname is a real city's name.
BOSTON = {
    "people/p.yml": """
        edwin-boston:
          name: Эдвин Бостон
    """,
}


def test_a_place_after_a_kind_of_place_is_no_title_s_surname(tmp_path):
    gazetteer = build_gazetteer(read_model(write_corpus(tmp_path / "c", BOSTON)))
    assert linked_ids(gazetteer, "Он баллотировался на пост мэра города Бостон.") == set()
    # The title alone still names him.
    assert linked_ids(gazetteer, "Письмо мэру Бостону пришло вчера.") == {"edwin-boston"}
