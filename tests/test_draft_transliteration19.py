"""A registered foreign person's two-word Cyrillic name written with its surname transliterated
otherwise (the nineteenth round's reading of SlavicNER's US-election topic): the final "s" of an
English surname as с or з ("Зорг Квиллинс" for Зорг Квиллинз, in any case), and one vowel for
another (а, е, э: an English unstressed vowel) in a surname the dictionary's guess reads as one a
woman bears unchanged (Флуман, as Труман); never a lone surname, never a Russian surname with a
woman's form of its own ("Синтава" is no "Синтова"). The people are made up; the places are real."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.vowelnames import _guessed_foreign
from generator.pipeline import read_model

from .conftest import linked_ids, write_corpus

PEOPLE = {
    "people/p.yml": """
        zorg-quillins:
          name: Зорг Квиллинз
        tim-fluman:
          name: Тим Флуман
        vera-sinthova:
          name: Вера Синтова
    """,
}


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp("translit19") / "c", PEOPLE)))


@pytest.mark.parametrize("text", [
    "В Огайо выступил Зорг Квиллинс.",
    "Сенатор встретился с Зоргом Квиллинсом в Техасе.",
    "Позиция Зорга Квиллинса в Техасе не изменилась.",
])
def test_a_final_s_as_s_or_z_is_the_registered_name(people, text):
    assert linked_ids(people, text) == {"zorg-quillins"}


@pytest.mark.parametrize("text", [
    "В Огайо выступил Тим Флумен.",
    "Это было в годы правления Тима Флумена.",
])
def test_a_vowel_in_a_surname_a_woman_bears_unchanged_is_transliterated_otherwise(people, text):
    assert linked_ids(people, text) == {"tim-fluman"}


@pytest.mark.parametrize("text", [
    "В Огайо выступил Квиллинс.",  # a lone surname: no given name says whose
    "В Огайо выступил Флумен.",
    "В Огайо выступил Зорг Квиллинсон.",  # a letter more: another name
    "В Огайо выступил Тим Флумон.",  # о for а: no unstressed vowel's spelling ("Хансон", "Хансен")
    "Вера Синтава пришла в Москве.",  # a Russian surname with a woman's form: a vowel is another name
])
def test_no_other_spelling_is_read_as_the_name(people, text):
    assert linked_ids(people, text) == set()


def test_a_guessed_surname_a_woman_bears_unchanged_is_foreign():
    assert _guessed_foreign("Флуман")  # guessed a surname, the same for a woman
    assert not _guessed_foreign("Синтова")  # the guess reads a woman's form of Синтов
    assert not _guessed_foreign("Рейган")  # known to the dictionary
