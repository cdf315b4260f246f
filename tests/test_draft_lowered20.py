"""A state body's registered name written all in lower case, as Russian news writes a description
("коллегии зорбщиков"), is that body where the registry also spells it with its country
("Коллегия зорбщиков США") and the text names that country (lowered_ru.py). Not with no country
named, not with no such spelling, not before a capitalised owner or a region's kind, not after an
adjective that names no country. Every body here is made up; the countries are real."""

from __future__ import annotations

from .conftest import linked_ids, linked_words, organizations_gazetteer

BODY = {"zorb-electors-us": {"name": "Коллегия зорбщиков", "aliases": ["Коллегия зорбщиков США"]}}
NO_COUNTRY_SPELLING = {"zorb-electors-us": {"name": "Коллегия зорбщиков"}}


def test_the_description_of_a_body_whose_country_the_text_names(tmp_path):
    text = "Выборы в США закончились. Голоса коллегии зорбщиков подсчитают в декабре."
    words = linked_words(organizations_gazetteer(tmp_path, BODY), text)
    assert words.get("коллегии зорбщиков") == "zorb-electors-us"


def test_in_another_case_form_too(tmp_path):
    text = "В США решение принимает коллегия зорбщиков, и президента избирают коллегией зорбщиков."
    words = linked_words(organizations_gazetteer(tmp_path, BODY), text)
    assert words.get("коллегия зорбщиков") == "zorb-electors-us"


def test_with_no_country_named_it_stays_a_description(tmp_path):
    text = "Голоса коллегии зорбщиков подсчитают в декабре."
    assert "zorb-electors-us" not in linked_ids(organizations_gazetteer(tmp_path, BODY), text)


def test_with_no_spelling_naming_a_country_it_stays_a_description(tmp_path):
    text = "Выборы в США закончились. Голоса коллегии зорбщиков подсчитают в декабре."
    assert "zorb-electors-us" not in linked_ids(organizations_gazetteer(tmp_path, NO_COUNTRY_SPELLING), text)


def test_a_region_s_body_is_not_the_country_s(tmp_path):
    gazetteer = organizations_gazetteer(tmp_path, BODY)
    assert "zorb-electors-us" not in linked_ids(
        gazetteer, "Выборы в США закончились. Председатель коллегии зорбщиков штата выступила с речью.")
    assert "zorb-electors-us" not in linked_ids(
        gazetteer, "Выборы в США закончились. Члены коллегии зорбщиков Флориды собрались в столице.")


def test_after_an_adjective_naming_no_country_it_is_a_longer_description(tmp_path):
    text = "Выборы в США закончились. Голоса местной коллегии зорбщиков подсчитают в декабре."
    assert "zorb-electors-us" not in linked_ids(organizations_gazetteer(tmp_path, BODY), text)


def test_capitalised_it_is_the_name_as_before(tmp_path):
    text = "Голоса Коллегии зорбщиков подсчитают в декабре."
    assert "zorb-electors-us" in linked_ids(organizations_gazetteer(tmp_path, BODY), text)
