"""Lone English surnames, round 14 (draft/english_surnames.py). The registry is synthetic: made-up
people ("Zorbello Zorbstrand"); the texts are made up too."""

from __future__ import annotations

from .conftest import people_found

REGISTRY = (
    "zorbello-zorbstrand:\n  name: Zorbello Zorbstrand\n"
    "vexello-vexstrand:\n  name: Vexello Vexstrand\n"
)


def test_a_given_name_after_an_abbreviated_title_is_another_bearer(tmp_path):
    # "Rep. Will Adams" is not Tony Adams: the title's full stop ends no sentence, so "Will" is a
    # given name of another full name, though it is also a word.
    found = people_found(tmp_path, REGISTRY)
    assert found("The panel was led by Dr. Will Zorbstrand, a former psychologist.") == {}
    assert found("Events were coordinated through state Rep. Will Vexstrand of Sidney.") == {}


def test_a_sentence_first_given_name_the_dictionary_does_not_know_is_another_bearer(tmp_path):
    # "John", "David" are on the stop list of frequent words, but no dictionary word: a given name.
    found = people_found(tmp_path, REGISTRY)
    assert found("The vote was close. John Zorbstrand, a local farmer, voted no.") == {}
    assert found("David Vexstrand told reporters the plant would close.") == {}


def test_the_title_alone_still_names_the_registered_bearer(tmp_path):
    found = people_found(tmp_path, REGISTRY)
    assert found("The panel was led by Dr. Zorbstrand, a former psychologist.") == {"Zorbstrand": "zorbello-zorbstrand"}
    # A sentence-first function word is still no given name ("But Assad", "Later Nixon").
    assert found("Vexello Vexstrand met the president. Later Vexstrand said no.") == {
        "Vexello Vexstrand": "vexello-vexstrand", "Vexstrand": "vexello-vexstrand"}
    assert found("Zorbello Zorbstrand left early. But Zorbstrand came back.") == {
        "Zorbello Zorbstrand": "zorbello-zorbstrand", "Zorbstrand": "zorbello-zorbstrand"}
