"""Draft, round 12 (dpeople12): a couple named by its given names and one plural surname
(couples.py). Synthetic names only (invented surnames, ordinary given names)."""

from __future__ import annotations

from .conftest import people_found

PEOPLE = """
    sergey-zorbinov:
      name: Сергей Зорбинов
    yulia-zorbinova:
      name: Юлия Зорбинова
    pavel-kvartsel:
      name: Павел Кварцель
    marina-kvartsel:
      name: Марина Кварцель
    anna-vexlerova:
      name: Анна Векслерова
    anna-vexlerova-2:
      name: Анна Векслерова-Смит
"""


def test_couple_named_by_given_names_and_a_plural_surname(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    # The plural of a surname in -ов (the dictionary's reading), both members found: the second
    # by the plural, the first as a relative's given name (family.py).
    assert found("В город прибыли Сергей и Юлия Зорбиновы.") == {
        "Юлия Зорбиновы": "yulia-zorbinova", "Сергей": "sergey-zorbinov"}
    # A surname in a soft consonant, its plural read by the dictionary too.
    assert found("Как сообщается, Павел и Марина Кварцели покинули страну.") == {
        "Марина Кварцели": "marina-kvartsel", "Павел": "pavel-kvartsel"}


def test_no_couple_without_a_second_member(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    # A given name alone before the plural: no second member named, nothing found.
    assert found("Вчера Юлия Зорбиновы прибыли в город.") == {}
    # "и" after a lower-case word: no member before it.
    assert found("Прибыли гости и Юлия Зорбиновы.") == {}
