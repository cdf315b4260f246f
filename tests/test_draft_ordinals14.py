"""Round 14's three hand-made readings replaced by one reading each: an ordinal in figures before a
body's name is what pymorphy3 reads as an ordinal ("1-ую армию ЗНР", "22-я армия ЗНР"), not a list
of endings; Russian initials after a body's words are read by one function with one limit in both
places that read them (homes.py, homeland.py); and a Russian region's name is looked up by the
adjective and noun readings that agree ("Южному Округу": "округ", not "округа"). The registry,
the bodies and the regions are synthetic; the countries are real."""

from __future__ import annotations

import pytest

from generator.draft import countryreads
from generator.draft.gazetteer import Form, Target, build_gazetteer
from generator.draft.homeland import leave_out_foreign_institutions
from generator.draft.linker import link
from generator.draft.morph import ordinal_in_figures
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_ids, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbland-army:
          name: Армия ЗНР
        zorbian-defence:
          name: Министерство обороны Российской Федерации
          aliases:
          - Минобороны
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("ordinals14") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("text", [
    "Войска окружили 1-ую армию ЗНР у реки Зорбы.\n",  # an ending the old list lacked
    "Генералы 3-ей армии ЗНР прибыли на переговоры.\n",  # "третьей": also not in the list
    "Бойцы 22-й армии ЗНР вышли к реке Зорбе.\n",  # a compound ordinal: its last word's ending
    "Командир 45-й армии ЗНР прибыл в штаб.\n",
])
def test_an_ordinal_pymorphy3_reads_before_a_body_makes_a_numbered_unit(gazetteer, text):
    assert "zorbland-army" not in linked_ids(gazetteer, text)
    assert "a numbered unit of it" in doubt_reasons(gazetteer, text)


@pytest.mark.parametrize("text", [
    "В 2019-го года Армия ЗНР провела учения.\n",  # a year, not an ordinal of three figures
    "Около 12-ти Армия ЗНР начала учения.\n",  # a cardinal's ending ("двенадцати"), no ordinal
])
def test_a_number_that_is_no_ordinal_leaves_the_body(gazetteer, text):
    assert "zorbland-army" in linked_ids(gazetteer, text)


@pytest.mark.parametrize("word, ordinal", [
    ("1-й", True), ("3-его", True), ("22-я", True), ("45-го", True), ("120-м", True), ("300-й", True),
    ("1-ую", True), ("12-ти", False), ("1-его", False), ("2019-го", False), ("ЗНР", False),
])
def test_ordinals_in_figures_by_their_last_word(word, ordinal):
    assert ordinal_in_figures(word) is ordinal


def _kept(gazetteer, text: str) -> set[str]:
    """The ids left after homeland.py has left out other countries' institutions (as compose does)."""
    linking = link(text, tokenize(text), gazetteer)
    leave_out_foreign_institutions(linking, gazetteer, text)
    return {m.target.id for m in linking.mentions}


def test_five_initials_after_a_short_form_name_its_owner(gazetteer):
    text = ("Самолёт Минобороны ЗКНДР разбился по пути в Сирию. Власти Сирии и Турции "
            "выразили соболезнования.\n")
    assert "zorbian-defence" in _kept(gazetteer, text)


def test_a_long_capitalised_word_after_a_short_form_is_no_owner(gazetteer):
    text = ("Самолёт Минобороны ЗОРБЛАНДИИ разбился по пути в Сирию. Власти Сирии и Турции "
            "выразили соболезнования.\n")
    assert "zorbian-defence" not in _kept(gazetteer, text)


def _zorbia(code: str) -> list[Form]:
    return [Form(Target("country", code, "Zorbia"), "Округ", "name", False, True)]


def test_a_region_is_looked_up_by_the_readings_that_agree(monkeypatch):
    # "Округу" is likeliest "округа" (a neighbourhood, feminine); after "Южному" only "округ" agrees.
    monkeypatch.setattr(countryreads, "_russian_subdivisions", lambda: {("южный", "округ"): frozenset({"ZZ"})})
    assert not countryreads._a_russian_regions_name("Южному", "Округу", _zorbia("ZZ"))  # the country's own
    assert countryreads._a_russian_regions_name("Южному", "Округу", _zorbia("ZY"))  # another country's region
