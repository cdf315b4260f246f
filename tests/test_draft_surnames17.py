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
