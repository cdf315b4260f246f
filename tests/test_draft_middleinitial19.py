"""A registered person's name of three words written with its middle name by its initial (the
nineteenth round's reading of SlavicNER's US-election topic: "Джон К. Адамс" for Джон Куинси
Адамс): the man, in any case and either script, and not a namesake without that middle name; never
a Russian name's patronymic by its initial. The people are made up; the places are real."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.personforms import with_middle_initial
from generator.pipeline import read_model

from .conftest import linked_ids, write_corpus

PEOPLE = {
    "people/p.yml": """
        zorg-quincy-blaxter:
          name: Зорг Квинси Блакстер
        zorg-blaxter:
          name: Зорг Блакстер
        zorb-quill-blaxter:
          name: Zorb Quill Blaxter
    """,
}


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp("initial19") / "c", PEOPLE)))


@pytest.mark.parametrize("text, who", [
    ("В 1824 году в Огайо был избран Зорг К. Блакстер.", "zorg-quincy-blaxter"),
    ("Победа досталась Зоргу К. Блакстеру в Техасе.", "zorg-quincy-blaxter"),
    ("Voters in Ohio elected Zorb Q. Blaxter in 1824.", "zorb-quill-blaxter"),
])
def test_a_middle_name_by_its_initial_is_the_man_who_bears_it(people, text, who):
    assert linked_ids(people, text) == {who}


@pytest.mark.parametrize("text", [
    "В 1824 году в Огайо был избран Зорг Т. Блакстер.",  # another middle name
    "Voters in Ohio elected Zorb T. Blaxter in 1824.",
])
def test_another_initial_is_not_the_name(people, text):
    assert linked_ids(people, text) == set()


def test_a_russian_patronymic_is_not_initialled_alone():
    assert with_middle_initial("Зорг Квинси Блакстер") == {"Зорг К. Блакстер": "with its middle name's initial"}
    assert not with_middle_initial("Иван Петрович Зорбинов")
    assert not with_middle_initial("Зорбинов Иван Петрович")  # surname first
    assert not with_middle_initial("Зорбо Вексович Квиллстранд")  # a patronymic the dictionary only guesses
    assert not with_middle_initial("Zorbo W. Quillstrand")  # an initial already
    assert not with_middle_initial("Zorbo de Quillstrand")  # a particle is no middle name
