"""A country written after a body's name, and registered namesakes told apart by the country their
ids end with (homes.owned_by): "Зорблинского министерства Германии" is the namesake whose id ends with
Germany, though its registered name names no country. Every organization here is made up."""

from __future__ import annotations

from .conftest import linked_ids, organizations_gazetteer


NAMESAKES = {
    "zorb-ministry-germany": {"name": "Зорблинское министерство"},
    "zorb-ministry-poland": {"name": "Зорблинское министерство"},
}


def test_the_owner_after_the_name_chooses_the_namesake_its_id_places_there(tmp_path):
    text = "Представитель Зорблинского министерства Германии заявил, что переговоры продолжатся."
    ids = linked_ids(organizations_gazetteer(tmp_path, NAMESAKES), text)
    assert "zorb-ministry-germany" in ids and "zorb-ministry-poland" not in ids


def test_an_owner_no_namesakes_id_names_leaves_none(tmp_path):
    text = "Представитель Зорблинского министерства Франции заявил, что переговоры продолжатся."
    ids = linked_ids(organizations_gazetteer(tmp_path, NAMESAKES), text)
    assert "zorb-ministry-germany" not in ids and "zorb-ministry-poland" not in ids


MINISTRY = {"zorb-ministry-russia": {"name": "Зорбнадзор России"}}


def test_one_russian_word_is_the_body_of_the_one_country_the_text_names(tmp_path):
    text = "В России начали новую кампанию. Об этом сообщил глава Зорбнадзора Иван Плимм."
    assert "zorb-ministry-russia" in linked_ids(organizations_gazetteer(tmp_path, MINISTRY), text)


def test_not_in_a_text_naming_another_country_too(tmp_path):
    text = "В России и Украине начали новую кампанию. Об этом сообщил глава Зорбнадзора Иван Плимм."
    assert "zorb-ministry-russia" not in linked_ids(organizations_gazetteer(tmp_path, MINISTRY), text)


def test_not_after_an_adjective_that_tells_which_body(tmp_path):
    text = "В России начали новую кампанию. Об этом сообщили в пресс-службе регионального Зорбнадзора."
    assert "zorb-ministry-russia" not in linked_ids(organizations_gazetteer(tmp_path, MINISTRY), text)


def test_not_before_a_place_that_owns_it(tmp_path):
    text = "В России начали новую кампанию. Об этом сообщил глава Зорбнадзора Удмуртии Иван Плимм."
    assert "zorb-ministry-russia" not in linked_ids(organizations_gazetteer(tmp_path, MINISTRY), text)
