"""A Russian word the dictionary reads as a place, in a case form that is also another word's name
("Милане": Milan's locative, and the dative of the given names Миланя and Милана), is still a
place name (morph.is_dictionary_place): a club registered under the city's name needs the text's
support there as in the nominative. The clubs here are made up; the cities are real."""

from __future__ import annotations

from generator.draft.morph import is_dictionary_place

from .conftest import linked_ids, organizations_gazetteer


def test_a_place_whose_case_form_is_another_words_name_is_a_place():
    assert is_dictionary_place("Милане") and is_dictionary_place("Вене")


def test_a_place_whose_own_word_is_a_name_too_is_not_judged():
    assert not is_dictionary_place("Пушкине") and not is_dictionary_place("Владимире")


def test_a_club_named_as_its_city_is_not_the_city_in_the_locative(tmp_path):
    gazetteer = organizations_gazetteer(tmp_path, {"zorb-club-milan": {"name": "Милан"}})
    text = "Судья в Милане распорядился освободить подозреваемого."
    assert "zorb-club-milan" not in linked_ids(gazetteer, text)
