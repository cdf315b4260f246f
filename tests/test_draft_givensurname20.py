"""A registered foreign surname the dictionary knows first as a given name ("Уоррен", "Сандерс"),
written alone as registered (the twentieth round's reading of SlavicNER's US-election topic): the
surname, unless the word is a word of another full name in the text, a registered person's given
name, or a relative's name after a kinship word. The people are made up (their given names no
language has; the surname is a dictionary given name, as such surnames are); the places are real."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import linked_ids, write_corpus

PEOPLE = {
    "people/p.yml": """
        zorg-warren:
          name: Зорг Уоррен
        zorg-petrov:
          name: Зорг Петров
        kvil-thomas:
          name: Квил Томас
        thomas-blerk:
          name: Томас Блерк
    """,
}


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp("given20") / "c", PEOPLE)))


@pytest.mark.parametrize("text", [
    "Сенатора Уоррен поддержали в Омске.",
    "В Омске о своих планах рассказала Уоррен.",
])
def test_a_surname_the_dictionary_reads_as_a_given_name_is_the_surname(people, text):
    assert linked_ids(people, text) == {"zorg-warren"}


@pytest.mark.parametrize("text", [
    "В Омске Томас заявил о своей отставке.",  # a registered person's given name too
    "Уоррен Блэк приехал в Омск. Там Уоррен заявил о своей отставке.",  # another's full name here
    "В Омске живет его сын Уоррен.",  # a relative's own given name
])
def test_a_given_name_of_someone_else_is_no_surname(people, text):
    assert linked_ids(people, text) == set()


@pytest.mark.parametrize("text", [
    "Вице-премьер Уоррен бен Квилла прибыл в Омск.",  # an Arabic name's particle follows: a longer name
    "В Омск прибыл министр Уоррен аль-Квилли.",
    "В Омске выступил Петров ван Блеркен.",  # any lone surname, not only a given name's
])
def test_a_word_before_a_lowercase_name_particle_is_no_lone_surname(people, text):
    assert linked_ids(people, text) == set()


def test_a_lone_surname_before_a_lowercase_word_that_opens_no_name_is_the_surname(people):
    assert linked_ids(people, "В Омске выступил Петров де факто.") == {"zorg-petrov"}
