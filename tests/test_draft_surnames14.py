"""Lone English surnames, round 14 (draft/english_surnames.py). The registry is synthetic: made-up
people ("Zorbello Zorbstrand"); the texts are made up too."""

from __future__ import annotations

from .conftest import people_found

REGISTRY = (
    "zorbello-zorbstrand:\n  name: Zorbello Zorbstrand\n"
    "vexello-vexstrand:\n  name: Vexello Vexstrand\n"
)


def test_a_given_name_after_an_abbreviated_title_is_another_bearer(tmp_path):
    # "Rep. John Adams" is not Tony Adams: the title's full stop ends no sentence, so "John" is
    # a given name of another full name, though the dictionary also knows it as a word.
    found = people_found(tmp_path, REGISTRY)
    assert found("The team was led by Dr. James Zorbstrand, a former psychologist.") == {}
    assert found("Events were coordinated through state Rep. John Vexstrand of Sidney.") == {}


def test_the_title_alone_still_names_the_registered_bearer(tmp_path):
    found = people_found(tmp_path, REGISTRY)
    assert found("The team was led by Dr. Zorbstrand, a former psychologist.") == {"Zorbstrand": "zorbello-zorbstrand"}
    # A sentence that ends on a full title word is still a sentence's end.
    assert found("Vexello Vexstrand met the president. Later Vexstrand said no.") == {
        "Vexello Vexstrand": "vexello-vexstrand", "Vexstrand": "vexello-vexstrand"}
